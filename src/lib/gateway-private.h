/* What gateway.c (drafts) shares with approval.c (officer replies): the
 * gateway snapshot's fields and the helpers both flows build actions with.
 */
#ifndef SNSGATE_GATEWAY_PRIVATE_H
#define SNSGATE_GATEWAY_PRIVATE_H

#include <snsgate/gateway.h>
#include <snsgate/draft.h>
#include <snsgate/rules.h>
#include <snsgate/store.h>
#include <snsgate/ticket.h>

struct _SgGateway {
	gint ref_count;
	SgConfig *config;
	SgRuleSet *rules;
	SgStore *store;
	SgTicketKey *key;
	char *approval_local;	/* "sns-approval" */
	char *approval_domain;	/* "city.chiyoda.lg.jp" */
	char *self_check;	/* lower case, "" when unset */
	const char *delimiter;
	SgLang lang;
};

/* "<Foo@Example.JP>" → "foo@example.jp" (transfer full). */
char *sg_gw_bare_address(const char *address);

/* The extension of @address at the approval address: NULL when it is not
 * the approval address, "" for the plain address (transfer full). */
char *sg_gw_approval_extension(const SgGateway *gw, const char *address);

/* Whether @address is in @list (lower-case addr-specs). */
bool sg_gw_address_in(const char *address, char *const *list);

SgAction *sg_gw_action_new(SgActionKind kind, const char *event);
SgAction *sg_gw_action_tempfail(const char *event, const char *detail);

/* Rewrites the message to go to @to alone, from the approval address. */
void sg_gw_redirect(SgAction *a, const SgGateway *gw,
		    const char *const *recipients, const char *const *to);

/* A fresh value for the signed loop header (transfer full). */
char *sg_gw_loop_token(const SgGateway *gw);

/* Whether feedback may go back to the envelope sender: only the
 * organisation's own addresses get an answer (no open reflector). */
bool sg_gw_may_answer(const SgGateway *gw, const SgEnvelope *env);

/* The refusal for a sender sg_gw_may_answer() rejects (transfer full). */
SgAction *sg_gw_refuse_outsider(const SgEnvelope *env);

SgComposeInput sg_gw_compose_input(const SgGateway *gw,
				   const SgAccount *account,
				   const char *author, const SgDraft *draft,
				   GBytes *original, SgVerdict verdict,
				   GPtrArray *findings, const char *loop);

/* approval.c: an officer's reply to @ticket/@token (either may be NULL
 * when the reply names no ticket). */
SgAction *sg_gw_process_reply(SgGateway *gw, const SgEnvelope *env,
			      const SgDraft *draft, const char *ticket,
			      const char *token);

/* approval.c: the ticket a message to the approval address answers, from
 * its recipient extension or its In-Reply-To/References; false if none. */
bool sg_gw_find_ticket(const SgGateway *gw, const SgEnvelope *env,
		       const SgDraft *draft, char **ticket, char **token);

#endif
