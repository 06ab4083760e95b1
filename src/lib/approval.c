/* Approval by reply (DESIGN §1 flow 2): an officer's reply to an approval
 * request releases the stored draft, returns it to its author, or decides
 * nothing and is answered.
 *
 * Order of checks, each failure answered to the replier and audited, the
 * ticket left unchanged: the ticket exists; its token verifies against the
 * stored claims (ticket, account, officer set, expiry, draft SHA-256 — a
 * forged or replayed-elsewhere token fails here); the replier is an officer
 * of the ticket by envelope sender, header From and SASL login; the author
 * never approves their own draft; the per-address rate limit; the reply is
 * clear; the ticket is still pending and unexpired (the store decides
 * atomically, so the first decision wins a race).  Approve rewrites the
 * reply into the release of the stored draft exactly as submitted to
 * publish_to and the author; reject rewrites it to the author with the
 * officer's reason word for word.  Automatic mail never reaches here.
 */
#include "config.h"

#include "gateway-private.h"

#include <snsgate/reply.h>

#include <string.h>

/* "<SG-20261124-7K3QX.token@domain>" anywhere in @header → ticket, token. */
static bool
ticket_in_header(const SgGateway *gw, const char *header, char **ticket,
		 char **token)
{
	if (header == NULL)
		return false;
	g_auto(GStrv) ids = g_strsplit_set(header, "<> \t\r\n,", -1);
	for (guint i = 0; ids[i]; i++) {
		char *at = strrchr(ids[i], '@');
		if (at == NULL || g_ascii_strcasecmp(at + 1,
						     gw->approval_domain) != 0)
			continue;
		g_autofree char *local = g_strndup(ids[i], at - ids[i]);
		if (sg_ticket_parse_extension(local, ticket, token))
			return true;
	}
	return false;
}

bool
sg_gw_find_ticket(const SgGateway *gw, const SgEnvelope *env,
		  const SgDraft *draft, char **ticket, char **token)
{
	*ticket = NULL;
	*token = NULL;
	for (guint i = 0; env->recipients && env->recipients[i]; i++) {
		g_autofree char *ext =
			sg_gw_approval_extension(gw, env->recipients[i]);
		if (ext != NULL && *ext != '\0' &&
		    sg_ticket_parse_extension(ext, ticket, token))
			return true;
	}
	return ticket_in_header(gw, sg_draft_get_header(draft, "In-Reply-To"),
				ticket, token) ||
	       ticket_in_header(gw, sg_draft_get_header(draft, "References"),
				ticket, token);
}

/* A short answer to the replier: what happened and what to do. */
static SgAction *
answer(SgGateway *gw, const SgEnvelope *env, const SgDraft *draft,
       const char *event, const char *ticket, const char *subject_ja,
       const char *subject_en, const char *text_ja, const char *text_en)
{
	if (!sg_gw_may_answer(gw, env))
		return sg_gw_refuse_outsider(env);

	g_autoptr(GError) error = NULL;
	g_autofree char *replier = sg_gw_bare_address(env->sender);
	g_autofree char *loop = sg_gw_loop_token(gw);
	SgComposeInput in = sg_gw_compose_input(gw, NULL, replier, draft,
						env->message, SG_VERDICT_PASS,
						NULL, loop);
	const char *to[] = {replier, NULL};
	bool en = gw->lang == SG_LANG_EN;
	SgAction *a = sg_gw_action_new(SG_ACTION_REWRITE, event);

	a->ticket = g_strdup(ticket);
	a->detail = g_strdup(text_en);
	if (!sg_store_audit(gw->store, env->now, event, ticket, replier,
			    text_en, &error)) {
		sg_action_free(a);
		return sg_gw_action_tempfail("store-failed", error->message);
	}
	sg_gw_redirect(a, gw, env->recipients, to);
	a->message = sg_compose_notice(&in, replier,
				       en ? subject_en : subject_ja,
				       en ? text_en : text_ja);
	return a;
}

static const char help_ja[] =
	"ご返信の内容から承認・差し戻しを判断できませんでした。\n"
	"承認する場合は本文の1行目に「承認」とだけ書いて、"
	"差し戻す場合は「差戻し」と理由を書いて、承認依頼メールに"
	"返信してください。\nこのメールへの返信では手続きは進みません。";
static const char help_en[] =
	"Your reply did not say whether to approve or reject.  Reply to the "
	"approval request with APPROVE on the first line, or REJECT followed "
	"by the reason.  Replying to this message does nothing.";

static bool
officer_matches(const SgTicketRecord *record, const SgEnvelope *env,
		const SgDraft *draft)
{
	const char *from = sg_draft_get_from(draft);

	if (!sg_gw_address_in(env->sender, record->officers) ||
	    from == NULL || !sg_gw_address_in(from, record->officers))
		return false;
	g_autofree char *sender = sg_gw_bare_address(env->sender);
	g_autofree char *header_from = sg_gw_bare_address(from);
	/* Both must be the same officer, not two officers' addresses. */
	if (strcmp(sender, header_from) != 0)
		return false;
	if (env->auth_authen != NULL && *env->auth_authen != '\0') {
		g_autofree char *login = sg_gw_bare_address(env->auth_authen);
		if (strcmp(login, sender) != 0 &&
		    !(g_str_has_prefix(sender, login) &&
		      sender[strlen(login)] == '@'))
			return false;
	}
	return true;
}

/* The compose input for a decided ticket: the stored draft, parsed again
 * (transfer full in @stored), as submitted. */
static bool
stored_input(SgGateway *gw, const SgTicketRecord *record, SgDraft **stored,
	     char **loop, SgComposeInput *in, GError **error)
{
	gsize len = 0;
	const char *raw = g_bytes_get_data(record->raw, &len);

	*stored = sg_draft_new_from_data(raw, len, NULL, error);
	if (*stored == NULL)
		return false;
	*loop = sg_gw_loop_token(gw);
	*in = sg_gw_compose_input(gw,
				  sg_config_get_account(gw->config,
							record->account),
				  record->author, *stored, record->raw,
				  record->verdict, NULL, *loop);
	return true;
}

/* A decision's action: the reply rewritten to @to, from the approval
 * address, with the ticket's fields for the log line. */
static SgAction *
decision_action(SgGateway *gw, const SgEnvelope *env,
		const SgTicketRecord *record, const char *event,
		const char *officer, const char *const *to)
{
	SgAction *a = sg_gw_action_new(SG_ACTION_REWRITE, event);

	a->ticket = g_strdup(record->ticket);
	a->account = g_strdup(record->account);
	a->verdict = record->verdict;
	a->detail = g_strdup_printf("by %s", officer);
	sg_gw_redirect(a, gw, env->recipients, to);
	return a;
}

static SgAction *
release(SgGateway *gw, const SgEnvelope *env, const SgTicketRecord *record,
	const char *officer)
{
	g_autoptr(GError) error = NULL;
	g_autofree char *loop = NULL;
	SgDraft *stored = NULL;
	SgComposeInput in;

	if (!stored_input(gw, record, &stored, &loop, &in, &error))
		return sg_gw_action_tempfail("stored-draft-unreadable",
					     error->message);
	g_autoptr(GPtrArray) to = g_ptr_array_new();
	for (guint i = 0; in.account && in.account->publish_to[i]; i++)
		g_ptr_array_add(to, in.account->publish_to[i]);
	g_ptr_array_add(to, record->author);
	g_ptr_array_add(to, NULL);

	SgAction *a = decision_action(gw, env, record, "approved", officer,
				      (const char *const *)to->pdata);
	a->message = sg_compose_release(&in, record->ticket, officer,
					env->now, record->sha256,
					(const char *const *)to->pdata);
	sg_draft_free(stored);
	return a;
}

static SgAction *
reject(SgGateway *gw, const SgEnvelope *env, const SgTicketRecord *record,
       const char *officer, const char *reason)
{
	g_autoptr(GError) error = NULL;
	g_autofree char *loop = NULL;
	SgDraft *stored = NULL;
	SgComposeInput in;

	if (!stored_input(gw, record, &stored, &loop, &in, &error))
		return sg_gw_action_tempfail("stored-draft-unreadable",
					     error->message);
	const char *to[] = {record->author, NULL};
	SgAction *a = decision_action(gw, env, record, "rejected", officer, to);
	a->message = sg_compose_rejection(&in, record->ticket, officer,
					  reason);
	sg_draft_free(stored);
	return a;
}

static char *
already_decided_text(const SgTicketRecord *r, bool en)
{
	g_autoptr(GDateTime) when = g_date_time_new_from_unix_local(
		r->decided_at);
	g_autofree char *t = g_date_time_format(when, "%Y-%m-%d %H:%M");
	const char *what_ja = r->status == SG_TICKET_APPROVED ? "承認"
			      : r->status == SG_TICKET_REJECTED
				      ? "差し戻し"
				      : "期限切れに";
	const char *what_en = r->status == SG_TICKET_APPROVED ? "approved"
			      : r->status == SG_TICKET_REJECTED
				      ? "rejected"
				      : "expired";

	if (r->status == SG_TICKET_EXPIRED)
		return en ? g_strdup_printf("%s expired at %s; ask the author "
					    "to submit it again.",
					    r->ticket, t)
			  : g_strdup_printf("%s は %s に期限切れとなりました。"
					    "作成者に再提出を依頼してください。",
					    r->ticket, t);
	return en ? g_strdup_printf("%s was already %s by %s at %s.",
				    r->ticket, what_en, r->decided_by, t)
		  : g_strdup_printf("%s は %s に %s が%sしています。",
				    r->ticket, t, r->decided_by, what_ja);
}

SgAction *
sg_gw_process_reply(SgGateway *gw, const SgEnvelope *env,
		    const SgDraft *draft, const char *ticket,
		    const char *token)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(SgReply) reply = sg_reply_parse(draft);
	g_autofree char *replier = sg_gw_bare_address(env->sender);

	if (ticket == NULL && reply->ticket != NULL) {
		ticket = reply->ticket;
		token = reply->token;
	}
	if (ticket == NULL)
		return answer(gw, env, draft, "refused", NULL,
			      "【SNS投稿承認】承認コードがありません",
			      "[SNS approval] no approval code",
			      "どの承認依頼への返信か分かりませんでした。"
			      "承認依頼メールにそのまま返信してください。",
			      "This reply names no approval request.  Reply to "
			      "the approval request itself.");

	/* Rate limit before any other work: a flood of forged replies must
	 * not grow the audit log without bound either. */
	gint64 recent = sg_store_count_recent(gw->store, "reply", replier,
					      env->now - 3600, &error);
	if (recent < 0)
		return sg_gw_action_tempfail("store-failed", error->message);
	if (recent >= sg_config_get_int(gw->config, "gateway",
					"reply_rate_limit")) {
		/* Dropped, not answered: answering a flood would feed it.
		 * The refusal is still audited. */
		if (!sg_store_audit(gw->store, env->now, "rate-limited", ticket,
				    replier, NULL, &error))
			return sg_gw_action_tempfail("store-failed",
						     error->message);
		SgAction *a = sg_gw_action_new(SG_ACTION_DISCARD,
					       "rate-limited");
		a->ticket = g_strdup(ticket);
		a->detail = g_strdup(replier);
		return a;
	}
	if (!sg_store_audit(gw->store, env->now, "reply", ticket, replier,
			    NULL, &error))
		return sg_gw_action_tempfail("store-failed", error->message);

	g_autoptr(SgTicketRecord) record =
		sg_store_get_ticket(gw->store, ticket, &error);
	if (record == NULL) {
		if (!g_error_matches(error, SG_STORE_ERROR,
				     SG_STORE_ERROR_NOT_FOUND))
			return sg_gw_action_tempfail("store-failed",
						     error->message);
		return answer(gw, env, draft, "refused", ticket,
			      "【SNS投稿承認】承認依頼が見つかりません",
			      "[SNS approval] unknown request",
			      "この承認コードの承認依頼は登録されていません。",
			      "No approval request has this code.");
	}
	g_autofree char *claims_id = g_strdup(record->ticket);
	SgTicketClaims claims = {
		.id = claims_id,
		.account = record->account,
		.officers = (const char *const *)record->officers,
		.expires = record->expires,
		.draft_sha256 = record->sha256,
	};
	if (token == NULL || !sg_ticket_verify(gw->key, &claims, token))
		return answer(gw, env, draft, "refused", ticket,
			      "【SNS投稿承認】承認コードが正しくありません",
			      "[SNS approval] invalid approval code",
			      "承認コードが正しくありません。承認依頼メールに"
			      "そのまま返信してください。",
			      "The approval code is not valid.  Reply to the "
			      "approval request itself.");
	if (g_ascii_strcasecmp(record->author, replier) == 0)
		return answer(gw, env, draft, "refused", ticket,
			      "【SNS投稿承認】ご自身の投稿案は承認できません",
			      "[SNS approval] you cannot decide your own draft",
			      "投稿案の作成者は、その投稿案を承認・差し戻し"
			      "できません（職務の分離）。",
			      "The author of a draft can never decide it "
			      "(separation of duties).");
	if (!officer_matches(record, env, draft))
		return answer(gw, env, draft, "refused", ticket,
			      "【SNS投稿承認】承認の権限がありません",
			      "[SNS approval] not an officer of this account",
			      "このアカウントの運用責任者として登録された"
			      "アドレスから返信してください。",
			      "Only the account's responsible officers may "
			      "decide, from their registered address.");
	if (reply->command == SG_REPLY_UNCLEAR)
		return answer(gw, env, draft, "unclear", ticket,
			      "【SNS投稿承認】返信の内容を判断できませんでした",
			      "[SNS approval] reply not understood", help_ja,
			      help_en);

	SgTicketStatus decision = reply->command == SG_REPLY_APPROVE
					  ? SG_TICKET_APPROVED
					  : SG_TICKET_REJECTED;
	/* The release or rejection is composed before the decision commits:
	 * a stored draft that cannot be read again must leave the ticket
	 * pending (and the reply deferred), never decided with nothing sent. */
	g_autoptr(SgAction) outcome =
		decision == SG_TICKET_APPROVED
			? release(gw, env, record, replier)
			: reject(gw, env, record, replier,
				 reply->reason ? reply->reason : "");
	if (outcome->kind == SG_ACTION_TEMPFAIL)
		return g_steal_pointer(&outcome);
	if (!sg_store_decide(gw->store, ticket, decision, replier,
			     reply->reason, env->now, &error)) {
		if (!g_error_matches(error, SG_STORE_ERROR,
				     SG_STORE_ERROR_DECIDED) &&
		    !g_error_matches(error, SG_STORE_ERROR,
				     SG_STORE_ERROR_EXPIRED))
			return sg_gw_action_tempfail("store-failed",
						     error->message);
		g_clear_error(&error);
		g_autoptr(SgTicketRecord) now =
			sg_store_get_ticket(gw->store, ticket, &error);
		if (now == NULL)
			return sg_gw_action_tempfail("store-failed",
						     error->message);
		if (now->status == SG_TICKET_PENDING) {
			/* Pending but past its expiry: expire job not run
			 * yet; the ticket is final all the same. */
			now->status = SG_TICKET_EXPIRED;
			now->decided_at = now->expires;
		}
		g_autofree char *ja = already_decided_text(now, false);
		g_autofree char *en_text = already_decided_text(now, true);
		return answer(gw, env, draft, "refused", ticket,
			      "【SNS投稿承認】この承認依頼は処理済みです",
			      "[SNS approval] already decided", ja, en_text);
	}
	return g_steal_pointer(&outcome);
}
