/* The messages snsgate writes: the feedback that returns a draft to its
 * author, the approval request to the officers, and (for the approval flow)
 * the release, the rejection and short notices.
 *
 * The gateway acts on the message in flight (DESIGN §1), so a composed
 * message is returned as the header fields to set and the new body; the
 * milter replaces the original's headers and body with them, and the
 * expiry job hands the same thing, as a whole message, to sendmail.
 * Japanese text in the polite register of a city office by default,
 * English by configuration; UTF-8 by default, ISO-2022-JP by option.
 * Header values are RFC 2047-encoded ASCII, never raw 8-bit, and never carry
 * a CR or LF from their inputs (header injection).  Every message carries
 * Auto-Submitted: auto-generated and X-Auto-Response-Suppress: All.
 *
 * Thread-safe; GMime must be initialized.
 */
#ifndef SNSGATE_COMPOSE_H
#define SNSGATE_COMPOSE_H

#include <glib.h>
#include <snsgate/config.h>
#include <snsgate/draft.h>
#include <snsgate/finding.h>
#include <snsgate/report.h>
#include <snsgate/verdict.h>

G_BEGIN_DECLS

/* One header field: name and its value, already encoded (ASCII). */
typedef struct {
	char *name;
	char *value;
} SgHeader;

/* A composed message. */
typedef struct {
	GPtrArray *headers;	/* SgHeader *, in order; includes MIME-Version,
				 * Content-Type and Content-Transfer-Encoding */
	GBytes *body;		/* the body, CRLF line ends */
} SgComposed;

void sg_composed_free(SgComposed *composed);

/** Returns: (transfer none) (nullable): the value of header @name. */
const char *sg_composed_get_header(const SgComposed *composed,
				   const char *name);

/**
 * sg_composed_to_bytes:
 * Returns: (transfer full): the whole message (headers, blank line, body).
 */
GBytes *sg_composed_to_bytes(const SgComposed *composed);

/* What every composition needs; all borrowed. */
typedef struct {
	SgLang lang;
	bool iso2022jp;			/* ISO-2022-JP instead of UTF-8 */
	const char *from;		/* the approval address */
	const char *domain;		/* for Message-IDs */
	const char *loop_token;		/* value of X-SNSGate-Loop */
	const SgAccount *account;	/* nullable */
	const char *author;		/* the draft's author (address) */
	const SgDraft *draft;		/* the parsed draft */
	GBytes *original;		/* the draft's bytes as submitted */
	SgVerdict verdict;
	GPtrArray *findings;		/* SgFinding * */
} SgComposeInput;

/**
 * sg_compose_feedback:
 *
 * The bounce to the author: To the author, From the approval address,
 * Subject "[差戻し] ORIGINAL", a multipart/mixed body with a
 * multipart/alternative report (text/plain, and text/html showing the draft
 * with the offending excerpts highlighted) and the original draft attached
 * as message/rfc822.  Each finding: clause id, the clause's text quoted from
 * the guideline, where (part, line, column), the excerpt, why and what to
 * do.  Also used for self-check results.
 *
 * Returns: (transfer full): the message.
 */
SgComposed *sg_compose_feedback(const SgComposeInput *input);

/**
 * sg_compose_request:
 * @ticket: the ticket id
 * @reply_to: sns-approval+TICKET.TOKEN@DOMAIN
 * @message_id: the Message-ID to set, "<TICKET.TOKEN@DOMAIN>"
 * @expires: Unix time the ticket expires
 * @officers: (array zero-terminated=1): To addresses
 *
 * The approval request to the officers: Subject "[承認依頼 TICKET] ORIGINAL",
 * Reply-To @reply_to, a summary (account, author, verdict, warnings with
 * clauses, platform length), how to answer (reply 承認 or 差戻し + reason),
 * the code line "承認コード: TICKET.TOKEN", two mailto: buttons in the HTML
 * part (承認する / 差し戻す, prefilled replies; no web links), and the draft
 * exactly as submitted attached as message/rfc822.
 */
SgComposed *sg_compose_request(const SgComposeInput *input,
			       const char *ticket, const char *reply_to,
			       const char *message_id, gint64 expires,
			       const char *const *officers);

/**
 * sg_compose_release:
 * @ticket: the ticket id
 * @approver: the officer who approved
 * @approved_at: Unix time of the decision
 * @sha256: the draft's SHA-256 (hex)
 * @to: (array zero-terminated=1): publish_to addresses and the author
 *
 * The approved draft on its way to publishing: Subject "[承認済] ORIGINAL",
 * X-SNSGate-Ticket, X-SNSGate-Approved-By, X-SNSGate-Approved-At and
 * X-SNSGate-Draft-SHA256 headers, a short note, and the draft exactly as
 * submitted (input->original) attached as message/rfc822, attachments
 * intact.
 */
SgComposed *sg_compose_release(const SgComposeInput *input,
			       const char *ticket, const char *approver,
			       gint64 approved_at, const char *sha256,
			       const char *const *to);

/**
 * sg_compose_rejection:
 * @reason: the officer's reason, quoted word for word (may be "")
 *
 * The officer's rejection to the author: Subject "[差戻し] ORIGINAL", who
 * rejected it and why, and the draft attached as message/rfc822.
 */
SgComposed *sg_compose_rejection(const SgComposeInput *input,
				 const char *ticket, const char *officer,
				 const char *reason);

/**
 * sg_compose_notice:
 * @to: the recipient
 * @subject: the whole subject
 * @text: the message, plain text
 *
 * A short notice (help for an unclear reply, a refused reply, an expiry
 * reminder), text/plain only.
 */
SgComposed *sg_compose_notice(const SgComposeInput *input, const char *to,
			      const char *subject, const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgComposed, sg_composed_free)

G_END_DECLS

#endif
