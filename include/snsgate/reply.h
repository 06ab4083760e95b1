/* Officer replies: what an approval-by-reply message says.
 *
 * Reads the reply's own words — above the quoted original, the signature
 * and the client's "Sent from my iPhone" — and finds the command on the
 * first meaningful line: approve (承認, 承認します, OK, APPROVE, ...) or reject
 * (差戻し, 差し戻し, 却下, REJECT, ...) followed by the reason (the rest of
 * that line and the lines below, up to the quote).  Handles Outlook
 * (-----Original Message-----, 差出人:/From: blocks, HTML-only replies),
 * Gmail and Apple Mail ("On … wrote:", "2026/11/24 10:00、… のメッセージ:"),
 * '>' quoting, ISO-2022-JP and UTF-8, through draft.h's decoding.  Also
 * finds the ticket code line (承認コード: TICKET.TOKEN) when the reply went to
 * the plain approval address.  An unclear or empty reply is
 * SG_REPLY_UNCLEAR: it never decides anything.
 *
 * Pure functions; thread-safe.
 */
#ifndef SNSGATE_REPLY_H
#define SNSGATE_REPLY_H

#include <glib.h>
#include <snsgate/draft.h>

G_BEGIN_DECLS

typedef enum {
	SG_REPLY_UNCLEAR,	/* no command, or both, or only quoted text */
	SG_REPLY_APPROVE,
	SG_REPLY_REJECT,
} SgReplyCommand;

typedef struct {
	SgReplyCommand command;
	char *reason;		/* REJECT: the officer's words, verbatim
				 * (trimmed); may be ""; NULL otherwise */
	char *ticket;		/* from a code line in the reply, or NULL */
	char *token;		/* with @ticket */
	char *own_text;		/* the unquoted text the command came from */
} SgReply;

/**
 * sg_reply_parse:
 * @draft: the officer's message, parsed
 *
 * Returns: (transfer full): what the reply says; never NULL.
 */
SgReply *sg_reply_parse(const SgDraft *draft);

/** sg_reply_free: NULL is accepted. */
void sg_reply_free(SgReply *reply);

/**
 * sg_reply_own_text:
 * @text: a reply body (UTF-8)
 *
 * Returns: (transfer full): @text cut before the first quote marker,
 * signature or client footer; for tests and the audit log.
 */
char *sg_reply_own_text(const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgReply, sg_reply_free)

G_END_DECLS

#endif
