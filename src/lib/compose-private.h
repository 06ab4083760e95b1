/* What compose.c (MIME, headers, encodings) and compose-report.c (the
 * reports' wording and their text/plain and text/html rendering) share:
 * the limits on what a report quotes, the per-report context, and the
 * cleaning functions every string from a draft goes through.
 */
#ifndef SNSGATE_COMPOSE_PRIVATE_H
#define SNSGATE_COMPOSE_PRIVATE_H

#include <snsgate/compose.h>

#include <stdbool.h>

/* The original subject keeps at most this many characters in headers and
 * mailto: links; the attached draft keeps it whole. */
#define SG_COMPOSE_MAX_SUBJECT 200
/* Excerpts, messages and other one-line fields quoted in a report. */
#define SG_COMPOSE_MAX_FIELD 500
/* Bytes of the draft's text shown in a report (the whole draft is
 * attached); bounds the mail we write for a 25 MB draft. */
#define SG_COMPOSE_MAX_SHOWN (64 * 1024)
/* Findings listed one by one; the rest are counted. */
#define SG_COMPOSE_MAX_FINDINGS 200
/* Encoded bytes per RFC 2047 word: 39 bytes of UTF-8 are 52 base64
 * characters, a 64-character word; 36 bytes of ISO-2022-JP (escapes
 * included) a 66-character one.  Either fits a 78-column line after
 * "Subject: " (RFC 5322 §2.1.1) and RFC 2047 §2's 75-character limit. */
#define SG_WORD_UTF8_BYTES 39
#define SG_WORD_JIS_BYTES 36
#define SG_FOLD_COLUMNS 78
/* RFC 5322 §2.1.1: no line of a 7bit body may exceed 998 octets. */
#define SG_MAX_LINE_OCTETS 998
/* Where html_begin() leaves the charset to text_part(), which knows it only
 * once the text is converted.  Escaped text can never contain it ('"'
 * becomes &quot;). */
#define SG_META_PLACEHOLDER "<meta charset=\"@CHARSET@\">"

/* Japanese or English; a macro so that printf formats stay literals the
 * compiler checks. */
#define SG_TR(lang, ja, en) ((lang) == SG_LANG_EN ? (en) : (ja))

/* What every report needs, cleaned once. */
typedef struct {
	const SgComposeInput *in;
	SgLang lang;
	char *subject;		/* the original subject, one clean line */
	char *author;		/* nullable */
	char *account;
	char *submitted;	/* the draft's Date, in JST */
	const SgTextPiece *body;	/* the post: first body piece */
	const SgTextPiece *subject_piece;
	GPtrArray *findings;	/* SgFinding *, borrowed, capped */
	guint n_findings;	/* all of them */
	guint counts[3];	/* by severity */
} SgContext;

/* --- cleaning (compose.c) --------------------------------------------- */

/* Bidirectional overrides and isolates, which could reorder what a reader
 * sees. */
bool sg_compose_is_bidi_control(gunichar c);
/* C0, C1 and other controls that never belong in a header or a report. */
bool sg_compose_is_control(gunichar c);
/* @s as one line of valid UTF-8 without controls, at most @max characters
 * (transfer full). */
char *sg_compose_clean_line(const char *s, guint max);
/* @s (of @len bytes) as valid UTF-8 text: line breaks kept, other controls
 * dropped (transfer full). */
char *sg_compose_clean_text(const char *s, gsize len);
/* A bare address, or "" when @s is not one (transfer full). */
char *sg_compose_clean_address(const char *s);

/* --- the reports (compose-report.c) ----------------------------------- */

/* @t in Japan Standard Time (transfer full). */
GDateTime *sg_compose_to_jst(GDateTime *t);
/* @t as a report shows it, in JST (transfer full). */
char *sg_compose_format_time(GDateTime *t, SgLang lang);

void sg_compose_context_init(SgContext *ctx, const SgComposeInput *in);
void sg_compose_context_clear(SgContext *ctx);

/* Each report as a list of blocks (transfer full), rendered by
 * sg_compose_render_text() and sg_compose_render_html(). */
GPtrArray *sg_compose_feedback_doc(const SgContext *ctx);
GPtrArray *sg_compose_request_doc(const SgContext *ctx, const char *ticket,
				  const char *expiry, const char *code,
				  const char *reply_to,
				  const char *re_subject);
GPtrArray *sg_compose_release_doc(const SgContext *ctx, const char *ticket,
				  const char *approver,
				  const char *approved_at,
				  const char *sha256);
GPtrArray *sg_compose_rejection_doc(const SgContext *ctx, const char *ticket,
				    const char *officer, const char *reason);

/* The text/plain and text/html alternatives of @doc (transfer full). */
char *sg_compose_render_text(GPtrArray *doc, const SgContext *ctx);
char *sg_compose_render_html(GPtrArray *doc, const SgContext *ctx,
			     const char *title);

#endif /* SNSGATE_COMPOSE_PRIVATE_H */
