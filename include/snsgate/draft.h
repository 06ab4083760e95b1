/* A draft post: one e-mail message parsed into what the rules check.
 *
 * The MIME structure comes from GMime; every piece of text is converted to
 * UTF-8 by charset.h (ICU), never by GMime's own charset filter.  The result
 * is a flat list of text pieces (the subject, each text/plain or text/html
 * body alternative, each text attachment), the links found in HTML and plain
 * text, the attachments with their bytes, and parse notes for anything odd:
 * a decoding problem becomes a note, never an error and never mojibake.
 *
 * An SgDraft is immutable once built and may be read from several threads.
 */
#ifndef SNSGATE_DRAFT_H
#define SNSGATE_DRAFT_H

#include <glib.h>
#include <stdbool.h>

G_BEGIN_DECLS

#define SG_DRAFT_ERROR (sg_draft_error_quark())
GQuark sg_draft_error_quark(void);

typedef enum {
	SG_DRAFT_ERROR_PARSE,	/* not an RFC 5322 message at all */
	SG_DRAFT_ERROR_LIMIT,	/* a configured limit was exceeded */
} SgDraftError;

typedef enum {
	SG_PIECE_SUBJECT,
	SG_PIECE_BODY,
	SG_PIECE_ATTACHMENT,	/* a text attachment, decoded */
} SgPieceKind;

/* One piece of decoded text.  Offsets elsewhere (links, findings) are byte
 * offsets into @text.  @post_len is where the post ends: the start of the
 * signature ("-- " line, RFC 3676 §4.3) or @len when there is none; rules
 * check [0, post_len) only, but positions are reported in the whole text.
 */
typedef struct {
	SgPieceKind kind;
	char *name;		/* attachment file name; NULL otherwise */
	char *mime_type;	/* "text/plain", "text/html"; NULL for subject */
	char *charset;		/* charset the piece was decoded from */
	char *text;		/* UTF-8, NUL-terminated */
	gsize len;
	gsize post_len;
	guint alternative;	/* 1-based index within multipart/alternative;
				 * 0 outside one */
} SgTextPiece;

/* A link: from an HTML <a href> or a URL written in text. */
typedef struct {
	char *href;		/* target as written (entities decoded) */
	char *text;		/* visible link text; NULL for a bare URL */
	guint piece;		/* index into sg_draft_get_pieces() */
	gsize offset;		/* byte offset of the link text (or URL) */
	gsize length;		/* its length in bytes */
} SgLink;

/* An attachment (any non-body leaf part). */
typedef struct {
	char *filename;		/* decoded (RFC 2047 / RFC 2231); may be NULL */
	char *mime_type;	/* lower case, e.g. "image/jpeg" */
	gsize size;		/* decoded size in bytes */
	/* What the checks need of the decoded content: text parts whole; a
	 * JPEG everything before its first scan (EXIF, XMP); other images
	 * whole; anything else its first bytes, enough to recognise an image
	 * by its magic.  Pixel data is not held. */
	GBytes *data;
} SgAttachment;

/* Limits an attacker controls; 0 means the built-in default. */
typedef struct {
	gsize max_message_bytes;	/* default 25 MiB */
	guint max_depth;		/* MIME nesting, default 32 */
	guint max_parts;		/* leaf parts, default 500 */
} SgDraftLimits;

typedef struct _SgDraft SgDraft;

/**
 * sg_draft_new_from_data:
 * @data: the raw message bytes (CRLF or LF line ends)
 * @len: length of @data
 * @limits: (nullable): limits, NULL for the defaults
 * @error: set when the message cannot be read at all or is over a limit
 *
 * Parses a message.  Anything recoverable (bad charset, broken encoded word,
 * invalid base64) is kept as a parse note and the message still parses.
 *
 * Returns: (transfer full) (nullable): a draft, or NULL with @error set.
 */
SgDraft *sg_draft_new_from_data(const char *data, gsize len,
				const SgDraftLimits *limits, GError **error);

/** sg_draft_free: frees @draft; NULL is accepted. */
void sg_draft_free(SgDraft *draft);

/** Returns: (transfer none): the decoded subject, "" when absent. */
const char *sg_draft_get_subject(const SgDraft *draft);

/**
 * Returns: (transfer none): the text pieces (SgTextPiece *), subject first,
 * then bodies in MIME order, then text attachments.
 */
GPtrArray *sg_draft_get_pieces(const SgDraft *draft);

/** Returns: (transfer none): links (SgLink *) in document order. */
GPtrArray *sg_draft_get_links(const SgDraft *draft);

/** Returns: (transfer none): attachments (SgAttachment *). */
GPtrArray *sg_draft_get_attachments(const SgDraft *draft);

/** Returns: (transfer none): parse notes (char *, English, one line each). */
GPtrArray *sg_draft_get_notes(const SgDraft *draft);

/** Returns: (transfer none) (nullable): the From address (addr-spec only). */
const char *sg_draft_get_from(const SgDraft *draft);

/** Returns: (transfer none): addr-specs of To and Cc (char *). */
GPtrArray *sg_draft_get_recipients(const SgDraft *draft);

/** Returns: (transfer none) (nullable): the Date header, NULL if absent or
 * unparsable. */
GDateTime *sg_draft_get_date(const SgDraft *draft);

/** Returns: (transfer none) (nullable): a header's raw value (first one,
 * name matched case-insensitively): unfolded and trimmed, encoded words
 * left encoded. */
const char *sg_draft_get_header(const SgDraft *draft, const char *name);

G_END_DECLS

#endif
