/* The gateway's decisions for messages in the mail path (DESIGN §1 flows 1,
 * 4, 5 and 6): classify recipients, refuse drafts with other recipients,
 * check a draft, then return it to its author or store it and forward it to
 * the officers; give self-check feedback; drop automatic mail and our own
 * messages; let everything else pass untouched.
 *
 * This file decides and composes; it never talks SMTP.  Every failure of the
 * store, the key or the rules becomes a TEMPFAIL action (fail closed): a
 * draft is bounced, forwarded or refused for now, never accepted unchecked.
 * Officer replies (+TICKET.TOKEN) are decided by reply.c's flow.
 */
#include "config.h"

#include <snsgate/gateway.h>

#include "gateway-private.h"

#include <snsgate/reply.h>

#include <snsgate/draft.h>
#include <snsgate/rules.h>
#include <snsgate/store.h>
#include <snsgate/ticket.h>

#include <string.h>

G_DEFINE_QUARK(sg-gateway-error-quark, sg_gateway_error)

/* The header that marks messages we produced (DESIGN flow 5). */
#define SG_LOOP_HEADER "X-SNSGate-Loop"


static const SgSmtpReply reply_tempfail = {
	451, "4.3.0", "Temporary failure in the posting gateway; try later"};
static const SgSmtpReply reply_outsider = {
	550, "5.7.1",
	"The posting gateway answers only the organisation's own addresses"};
static const SgSmtpReply reply_rate_limited = {
	550, "5.7.1",
	"Too many drafts from this address in the last hour; send it again "
	"later"};
static const SgSmtpReply reply_not_alone = {
	550, "5.7.0",
	"Drafts go to the approval address alone; send it without other "
	"recipients"};

/* --- setup ------------------------------------------------------------ */

SgGateway *
sg_gateway_new(SgConfig *config, GPtrArray **problems, GError **error)
{
	g_return_val_if_fail(config != NULL, NULL);

	g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GError) local = NULL;
	SgGateway *gw = g_new0(SgGateway, 1);

	gw->ref_count = 1;
	gw->config = sg_config_ref(config);
	if (problems)
		*problems = NULL;

	g_autoptr(GPtrArray) rule_problems = NULL;
	gw->rules = sg_rule_set_load(config, NULL, &rule_problems, &local);
	if (rule_problems)
		g_ptr_array_extend_and_steal(found,
					     g_steal_pointer(&rule_problems));
	if (gw->rules == NULL)
		g_ptr_array_add(found, g_strdup_printf("rules: %s",
						       local->message));
	g_clear_error(&local);

	const char *secret =
		sg_config_get_path_setting(config, "gateway", "secret_file");
	gw->key = sg_ticket_key_load(secret, &local);
	if (gw->key == NULL)
		g_ptr_array_add(found, g_strdup_printf("secret_file %s: %s",
						       secret, local->message));
	g_clear_error(&local);

	const char *store = sg_config_get_path_setting(config, "gateway",
						       "store");
	gw->store = sg_store_open(store, &local);
	if (gw->store == NULL)
		g_ptr_array_add(found, g_strdup_printf("store %s: %s", store,
						       local->message));
	g_clear_error(&local);

	const char *approval =
		sg_config_get_string(config, "gateway", "approval_address");
	const char *at = strrchr(approval, '@');
	gw->approval_local = g_ascii_strdown(approval, at - approval);
	gw->approval_domain = g_ascii_strdown(at + 1, -1);
	gw->self_check = g_ascii_strdown(
		sg_config_get_string(config, "gateway", "self_check_address"),
		-1);
	gw->delimiter =
		sg_config_get_string(config, "gateway", "recipient_delimiter");
	sg_lang_from_string(sg_config_get_string(config, "gateway",
						 "language"),
			    &gw->lang);

	if (gw->rules == NULL || gw->key == NULL || gw->store == NULL) {
		g_set_error(error, SG_GATEWAY_ERROR, SG_GATEWAY_ERROR_SETUP,
			    "%s", (const char *)g_ptr_array_index(found, 0));
		if (problems)
			*problems = g_steal_pointer(&found);
		sg_gateway_unref(gw);
		return NULL;
	}
	if (problems)
		*problems = g_steal_pointer(&found);
	return gw;
}

SgGateway *
sg_gateway_ref(SgGateway *gateway)
{
	g_atomic_int_inc(&gateway->ref_count);
	return gateway;
}

void
sg_gateway_unref(SgGateway *gateway)
{
	if (gateway == NULL || !g_atomic_int_dec_and_test(&gateway->ref_count))
		return;
	sg_rule_set_unref(gateway->rules);
	sg_store_close(gateway->store);
	sg_ticket_key_free(gateway->key);
	sg_config_unref(gateway->config);
	g_free(gateway->approval_local);
	g_free(gateway->approval_domain);
	g_free(gateway->self_check);
	g_free(gateway);
}

const SgConfig *
sg_gateway_get_config(const SgGateway *gateway)
{
	return gateway->config;
}

void
sg_action_free(SgAction *action)
{
	if (action == NULL)
		return;
	g_free(action->new_sender);
	g_clear_pointer(&action->del_rcpts, g_ptr_array_unref);
	g_clear_pointer(&action->add_rcpts, g_ptr_array_unref);
	g_clear_pointer(&action->message, sg_composed_free);
	g_free(action->event);
	g_free(action->ticket);
	g_free(action->account);
	g_free(action->clauses);
	g_free(action->detail);
	g_free(action);
}

/* --- addresses -------------------------------------------------------- */

/* "<Foo@Example.JP>" → "foo@example.jp"; the local part is compared
 * case-insensitively too, as every office mail system does. */
char *
sg_gw_bare_address(const char *address)
{
	g_autofree char *s = g_strstrip(g_strdup(address ? address : ""));
	gsize n = strlen(s);

	if (n >= 2 && s[0] == '<' && s[n - 1] == '>') {
		s[n - 1] = '\0';
		return g_ascii_strdown(s + 1, -1);
	}
	return g_ascii_strdown(s, -1);
}

/* The extension of @address at the approval address: NULL when @address is
 * not the approval address, "" for the plain address. */
char *
sg_gw_approval_extension(const SgGateway *gw, const char *address)
{
	g_autofree char *bare = sg_gw_bare_address(address);
	char *at = strrchr(bare, '@');

	if (at == NULL || strcmp(at + 1, gw->approval_domain) != 0)
		return NULL;
	*at = '\0';
	gsize base = strlen(gw->approval_local);
	if (strncmp(bare, gw->approval_local, base) != 0)
		return NULL;
	if (bare[base] == '\0')
		return g_strdup("");
	if (*gw->delimiter == '\0' ||
	    strncmp(bare + base, gw->delimiter, strlen(gw->delimiter)) != 0)
		return NULL;
	return g_strdup(bare + base + strlen(gw->delimiter));
}

SgRcptKind
sg_gateway_classify(const SgGateway *gateway, const char *address)
{
	g_autofree char *ext = sg_gw_approval_extension(gateway, address);

	if (ext != NULL) {
		g_autofree char *id = NULL;
		g_autofree char *token = NULL;
		if (sg_ticket_parse_extension(ext, &id, &token))
			return SG_RCPT_REPLY;
		return SG_RCPT_DRAFT;
	}
	g_autofree char *bare = sg_gw_bare_address(address);
	if (*gateway->self_check != '\0' &&
	    strcmp(bare, gateway->self_check) == 0)
		return SG_RCPT_SELF_CHECK;
	return SG_RCPT_ORDINARY;
}

bool
sg_gateway_check_rcpt(const SgGateway *gateway, const char *const *earlier,
		      const char *address, SgSmtpReply *reply)
{
	bool ours = sg_gateway_classify(gateway, address) != SG_RCPT_ORDINARY;

	for (guint i = 0; earlier && earlier[i]; i++)
		ours |= sg_gateway_classify(gateway, earlier[i]) !=
			SG_RCPT_ORDINARY;
	if (ours && earlier != NULL && earlier[0] != NULL) {
		*reply = reply_not_alone;
		return false;
	}
	return true;
}

/* --- helpers for actions ---------------------------------------------- */

SgAction *
sg_gw_action_new(SgActionKind kind, const char *event)
{
	SgAction *a = g_new0(SgAction, 1);

	a->kind = kind;
	a->event = g_strdup(event);
	return a;
}

SgAction *
sg_gw_action_tempfail(const char *event, const char *detail)
{
	SgAction *a = sg_gw_action_new(SG_ACTION_TEMPFAIL, event);

	a->reply = reply_tempfail;
	a->detail = g_strdup(detail);
	return a;
}

/* Rewrites the message to go to @to alone, from the approval address. */
void
sg_gw_redirect(SgAction *a, const SgGateway *gw, const char *const *recipients,
	 const char *const *to)
{
	a->del_rcpts = g_ptr_array_new_with_free_func(g_free);
	a->add_rcpts = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; recipients && recipients[i]; i++)
		g_ptr_array_add(a->del_rcpts, g_strdup(recipients[i]));
	for (guint i = 0; to && to[i]; i++)
		g_ptr_array_add(a->add_rcpts, sg_gw_bare_address(to[i]));
	a->new_sender = g_strdup(
		sg_config_get_string(gw->config, "gateway", "approval_address"));
}

static char *
clause_list(GPtrArray *findings, SgSeverity min)
{
	g_autoptr(GString) out = g_string_new(NULL);

	for (guint i = 0; findings && i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);
		if (f->severity < min)
			continue;
		g_autofree char *needle = g_strdup_printf(",%s,", f->clause);
		g_autofree char *hay = g_strdup_printf(",%s,", out->str);
		if (strstr(hay, needle) != NULL)
			continue;
		if (out->len)
			g_string_append_c(out, ',');
		g_string_append(out, f->clause);
	}
	return g_strdup(out->str);
}

char *
sg_gw_loop_token(const SgGateway *gw)
{
	g_autoptr(GDateTime) now = g_date_time_new_now_utc();
	g_autofree char *nonce = sg_ticket_new_id(now, NULL);
	g_autofree char *mac =
		sg_ticket_mac(gw->key, "loop", nonce ? nonce : "none");

	return g_strdup_printf("%s.%s", nonce ? nonce : "none", mac);
}

bool
sg_gateway_is_loop(const SgGateway *gateway, GBytes *message)
{
	gsize len = 0;
	const char *data = g_bytes_get_data(message, &len);
	g_autofree char *head = NULL;

	/* Only the header section; the loop header is never in a body. */
	const char *end = g_strstr_len(data, len, "\n\r\n");
	if (end == NULL)
		end = g_strstr_len(data, len, "\n\n");
	head = g_strndup(data, end ? (gsize)(end - data) : len);
	g_auto(GStrv) lines = g_strsplit(head, "\n", -1);
	for (guint i = 0; lines[i]; i++) {
		if (g_ascii_strncasecmp(lines[i], SG_LOOP_HEADER ":",
					strlen(SG_LOOP_HEADER) + 1) != 0)
			continue;
		g_autofree char *value = g_strstrip(
			g_strdup(lines[i] + strlen(SG_LOOP_HEADER) + 1));
		char *dot = strrchr(value, '.');
		if (dot == NULL)
			continue;
		*dot = '\0';
		if (sg_ticket_mac_verify(gateway->key, "loop", value, dot + 1))
			return true;
	}
	return false;
}

/* RFC 3834 and common practice: mail a machine sent by itself must never
 * decide or be answered (DESIGN flow 2; loops with autoresponders). */
static bool
is_automatic(const SgDraft *draft, const char *sender)
{
	const char *auto_submitted = sg_draft_get_header(draft,
							 "Auto-Submitted");
	const char *precedence = sg_draft_get_header(draft, "Precedence");

	if (sender == NULL || *sender == '\0')
		return true;
	if (auto_submitted != NULL) {
		g_autofree char *v = g_ascii_strdown(auto_submitted, -1);
		if (strcmp(g_strstrip(v), "no") != 0)
			return true;
	}
	if (precedence != NULL) {
		g_autofree char *v = g_ascii_strdown(precedence, -1);
		g_strstrip(v);
		if (strcmp(v, "bulk") == 0 || strcmp(v, "junk") == 0 ||
		    strcmp(v, "list") == 0 || strcmp(v, "auto_reply") == 0)
			return true;
	}
	return sg_draft_get_header(draft, "X-Autoreply") != NULL ||
	       sg_draft_get_header(draft, "X-Autorespond") != NULL;
}

/* A finding that is not about the text: unknown account, sender. */
static SgFinding *
policy_finding(const char *rule, const char *family, const char *clause,
	       const char *message_ja, const char *message_en,
	       const char *advice_ja, const char *advice_en)
{
	SgFinding *f = sg_finding_new();

	f->rule = g_strdup(rule);
	f->family = g_strdup(family);
	f->clause = g_strdup(clause);
	f->severity = SG_SEVERITY_BLOCK;
	f->piece_kind = SG_PIECE_BODY;
	f->excerpt = g_strdup("");
	f->message_ja = g_strdup(message_ja);
	f->message_en = g_strdup(message_en);
	f->advice_ja = g_strdup(advice_ja);
	f->advice_en = g_strdup(advice_en);
	return f;
}

bool
sg_gw_address_in(const char *address, char *const *list)
{
	g_autofree char *bare = sg_gw_bare_address(address);

	for (guint i = 0; list && list[i]; i++)
		if (strcmp(bare, list[i]) == 0)
			return true;
	return false;
}

/* 4(2): the envelope sender, the header From and (when the MTA passes it)
 * the SASL login must all be an operator of the account. */
static bool
sender_is_operator(const SgAccount *account, const SgEnvelope *env,
		   const SgDraft *draft)
{
	const char *from = sg_draft_get_from(draft);

	if (!sg_gw_address_in(env->sender, account->operators))
		return false;
	if (from == NULL || !sg_gw_address_in(from, account->operators))
		return false;
	if (env->auth_authen != NULL && *env->auth_authen != '\0') {
		g_autofree char *login = sg_gw_bare_address(env->auth_authen);
		g_autofree char *sender = sg_gw_bare_address(env->sender);
		/* A login is either the whole address or its local part. */
		if (strcmp(login, sender) != 0 &&
		    !(g_str_has_prefix(sender, login) &&
		      sender[strlen(login)] == '@'))
			return false;
	}
	return true;
}

SgComposeInput
sg_gw_compose_input(const SgGateway *gw, const SgAccount *account,
	      const char *author, const SgDraft *draft, GBytes *original,
	      SgVerdict verdict, GPtrArray *findings, const char *loop)
{
	SgComposeInput in = {
		.lang = gw->lang,
		.iso2022jp = strcmp(sg_config_get_string(gw->config, "gateway",
							 "charset"),
				    "iso-2022-jp") == 0,
		.from = sg_config_get_string(gw->config, "gateway",
					     "approval_address"),
		.domain = gw->approval_domain,
		.loop_token = loop,
		.account = account,
		.author = author,
		.draft = draft,
		.original = original,
		.verdict = verdict,
		.findings = findings,
	};
	return in;
}

/* @domain is @allowed or one of its subdomains. */
static bool
domain_within(const char *domain, const char *allowed)
{
	gsize d = strlen(domain), a = strlen(allowed);

	if (a == 0 || d < a || g_ascii_strcasecmp(domain + d - a, allowed) != 0)
		return false;
	return d == a || domain[d - a - 1] == '.';
}

/* Feedback carries the message it answers, so sending it wherever the
 * unauthenticated envelope points would let anyone who can reach the
 * approval or self-check address make the ward's server deliver their
 * content anywhere.  An answer goes only to an authenticated sender, to an
 * address the configuration names (an operator or officer), or to the
 * organisation's domains ([allow] domains and the approval domain). */
bool
sg_gw_may_answer(const SgGateway *gw, const SgEnvelope *env)
{
	if (env->auth_authen != NULL && *env->auth_authen != '\0')
		return true;

	g_autofree char *sender = sg_gw_bare_address(env->sender);
	const char *at = strrchr(sender, '@');
	if (at == NULL || at[1] == '\0')
		return false;
	if (domain_within(at + 1, gw->approval_domain))
		return true;
	const char *const *own =
		sg_config_get_allow_list(gw->config, "domains");
	for (guint i = 0; own[i] != NULL; i++)
		if (domain_within(at + 1, own[i]))
			return true;
	GPtrArray *accounts = sg_config_get_accounts(gw->config);
	for (guint i = 0; i < accounts->len; i++) {
		const SgAccount *a = g_ptr_array_index(accounts, i);
		if (sg_gw_address_in(sender, a->operators) ||
		    sg_gw_address_in(sender, a->officers))
			return true;
	}
	return false;
}

SgAction *
sg_gw_refuse_outsider(const SgEnvelope *env)
{
	SgAction *a = sg_gw_action_new(SG_ACTION_REJECT, "refused-outsider");

	a->detail = g_strdup_printf("sender=%s", env->sender);
	a->reply = reply_outsider;
	return a;
}

/* Feedback mails sent to @author in the last hour; -1 on a store error.
 * An autoresponder that sets no Auto-Submitted header and answers our
 * feedback with a new "draft" would loop for ever; past the limit the draft
 * is refused at SMTP instead, which the other side's MTA turns into a
 * bounce to the null sender that nobody answers. */
static gint64
recent_answers(SgGateway *gw, const SgEnvelope *env, const char *author,
	       GError **error)
{
	static const char *const events[] = {"bounced", "refused",
					     "self-checked"};
	gint64 total = 0;

	for (guint i = 0; i < G_N_ELEMENTS(events); i++) {
		gint64 n = sg_store_count_recent(gw->store, events[i], author,
						 env->now - 3600, error);
		if (n < 0)
			return -1;
		total += n;
	}
	return total;
}

/* --- the flows -------------------------------------------------------- */

static SgAction *
bounce(SgGateway *gw, const SgEnvelope *env, const SgAccount *account,
       const SgDraft *draft, GPtrArray *findings, SgVerdict verdict,
       const char *event)
{
	g_autofree char *loop = sg_gw_loop_token(gw);
	g_autofree char *author = sg_gw_bare_address(env->sender);
	SgComposeInput in = sg_gw_compose_input(gw, account, author, draft,
					  env->message, verdict, findings,
					  loop);
	const char *to[] = {author, NULL};
	g_autoptr(GError) error = NULL;
	SgAction *a = sg_gw_action_new(SG_ACTION_REWRITE, event);

	a->verdict = verdict;
	a->account = g_strdup(account ? account->name : NULL);
	a->clauses = clause_list(findings, SG_SEVERITY_WARN);
	g_autofree char *detail =
		g_strdup_printf("account=%s clauses=%s",
				account ? account->name : "-", a->clauses);
	if (!sg_store_audit(gw->store, env->now, event, NULL, author, detail,
			    &error)) {
		sg_action_free(a);
		return sg_gw_action_tempfail("store-failed", error->message);
	}
	sg_gw_redirect(a, gw, env->recipients, to);
	a->message = sg_compose_feedback(&in);
	return a;
}

static SgAction *
forward(SgGateway *gw, const SgEnvelope *env, const SgAccount *account,
	const SgDraft *draft, GPtrArray *findings, SgVerdict verdict)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GDateTime) now = g_date_time_new_from_unix_local(env->now);
	g_autofree char *ticket = sg_ticket_new_id(now, &error);

	if (ticket == NULL)
		return sg_gw_action_tempfail("random-failed", error->message);

	gsize len = 0;
	const char *raw = g_bytes_get_data(env->message, &len);
	g_autofree char *sha = sg_sha256_hex(raw, len);
	gint64 expires = env->now + sg_config_get_int(gw->config, "gateway",
						      "ticket_ttl");
	SgTicketClaims claims = {
		.id = ticket,
		.account = account->name,
		.officers = (const char *const *)account->officers,
		.expires = expires,
		.draft_sha256 = sha,
	};
	g_autofree char *token = sg_ticket_sign(gw->key, &claims);
	g_autofree char *author = sg_gw_bare_address(env->sender);
	SgTicketRecord record = {
		.ticket = ticket,
		.account = account->name,
		.author = author,
		.subject = (char *)sg_draft_get_subject(draft),
		.queue_id = (char *)env->queue_id,
		.sha256 = sha,
		.raw = env->message,
		.verdict = verdict,
		.officers = account->officers,
		.submitted = env->now,
		.expires = expires,
		.status = SG_TICKET_PENDING,
	};
	/* Durable before the milter answers: once the MTA has the message,
	 * the draft is also in the store (DESIGN §5). */
	if (!sg_store_add_draft(gw->store, &record, findings, &error))
		return sg_gw_action_tempfail("store-failed", error->message);

	g_autofree char *reply_to = g_strdup_printf(
		"%s%s%s.%s@%s", gw->approval_local, gw->delimiter, ticket,
		token, gw->approval_domain);
	g_autofree char *message_id = g_strdup_printf(
		"<%s.%s@%s>", ticket, token, gw->approval_domain);
	g_autofree char *loop = sg_gw_loop_token(gw);
	SgComposeInput in = sg_gw_compose_input(gw, account, author, draft,
					  env->message, verdict, findings,
					  loop);
	SgAction *a = sg_gw_action_new(SG_ACTION_REWRITE, "forwarded");

	a->verdict = verdict;
	a->ticket = g_strdup(ticket);
	a->account = g_strdup(account->name);
	a->clauses = clause_list(findings, SG_SEVERITY_WARN);
	sg_gw_redirect(a, gw, env->recipients,
		 (const char *const *)account->officers);
	a->message = sg_compose_request(&in, ticket, reply_to, message_id,
					expires,
					(const char *const *)account->officers);
	return a;
}

static const SgAccount *
draft_account(SgGateway *gw, const SgEnvelope *env, bool *named_unknown)
{
	*named_unknown = false;
	for (guint i = 0; env->recipients && env->recipients[i]; i++) {
		g_autofree char *ext =
			sg_gw_approval_extension(gw, env->recipients[i]);
		if (ext == NULL)
			continue;
		if (*ext != '\0') {
			const SgAccount *a =
				sg_config_get_account(gw->config, ext);
			*named_unknown = a == NULL;
			return a;
		}
	}
	g_autofree char *sender = sg_gw_bare_address(env->sender);
	g_autofree char *approval = g_strdup_printf(
		"%s@%s", gw->approval_local, gw->approval_domain);
	const char *plain[] = {approval, NULL};
	return sg_config_find_account(gw->config, plain, sender);
}

static SgAction *
process_draft(SgGateway *gw, const SgEnvelope *env, const SgDraft *draft,
	      bool self_check)
{
	/* Every outcome but a forward answers the sender, and an outsider
	 * cannot be an operator: refuse before spending a check on it. */
	g_autoptr(GError) error = NULL;

	if (!sg_gw_may_answer(gw, env))
		return sg_gw_refuse_outsider(env);
	g_autofree char *author = sg_gw_bare_address(env->sender);
	gint64 answered = recent_answers(gw, env, author, &error);
	if (answered < 0)
		return sg_gw_action_tempfail("store-failed", error->message);
	if (answered >= sg_config_get_int(gw->config, "gateway",
					  "answer_rate_limit")) {
		SgAction *a = sg_gw_action_new(SG_ACTION_REJECT, "rate-limited");
		a->detail = g_strdup_printf("sender=%s", author);
		a->reply = reply_rate_limited;
		return a;
	}

	bool named_unknown = false;
	const SgAccount *account =
		self_check ? NULL : draft_account(gw, env, &named_unknown);

	if (!self_check && account == NULL) {
		g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func(
			(GDestroyNotify)sg_finding_free);
		g_ptr_array_add(
			findings,
			policy_finding(
				"unknown-account", "account-policy", "4(1)",
				named_unknown
					? "宛先のアカウント名が登録されていません。"
					: "投稿先のアカウントを特定できませんでした。",
				named_unknown
					? "The account in the address is not "
					  "registered."
					: "The account could not be determined.",
				"宛先を sns-approval+アカウント名@… の形にして、"
				"登録済みのアカウントを指定してください。",
				"Address the draft to sns-approval+ACCOUNT@… "
				"with a registered account."));
		return bounce(gw, env, NULL, draft, findings,
			      SG_VERDICT_BLOCK, "bounced");
	}
	if (!self_check && !sender_is_operator(account, env, draft)) {
		g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func(
			(GDestroyNotify)sg_finding_free);
		g_ptr_array_add(
			findings,
			policy_finding(
				"sender-auth", "sender-auth", "4(2)",
				"送信者はこのアカウントの運用担当者として登録されていません。",
				"The sender is not a registered operator of "
				"this account.",
				"登録済みの運用担当者のアドレスから送信するか、"
				"運用責任者に登録を依頼してください。",
				"Send from a registered operator's address, or "
				"ask the responsible officer to register you."));
		return bounce(gw, env, account, draft, findings,
			      SG_VERDICT_BLOCK, "refused");
	}

	SgCheckContext ctx = {
		.config = gw->config,
		.account = account,
		.self_check = self_check,
	};
	g_autoptr(GPtrArray) findings =
		sg_rule_set_check(gw->rules, draft, &ctx, &error);
	if (findings == NULL)
		return sg_gw_action_tempfail("check-failed", error->message);
	SgVerdict verdict = sg_verdict_from_findings(findings);

	/* Self-check: the report goes back whatever it says; nothing is
	 * stored or forwarded (DESIGN flow 4). */
	if (self_check)
		return bounce(gw, env, NULL, draft, findings, verdict,
			      "self-checked");
	if (verdict == SG_VERDICT_BLOCK)
		return bounce(gw, env, account, draft, findings, verdict,
			      "bounced");
	if (account->officers[0] == NULL)
		return sg_gw_action_tempfail("no-officer",
				       "the account has no officer");
	return forward(gw, env, account, draft, findings, verdict);
}

/* A message to the plain approval address answers a request when it
 * refers to one (In-Reply-To/References) or carries its code line; anything
 * else there is a draft from an operator of a single account. */
static bool
is_reply(SgGateway *gw, const SgEnvelope *env, const SgDraft *draft)
{
	g_autofree char *ticket = NULL;
	g_autofree char *token = NULL;

	if (sg_gw_find_ticket(gw, env, draft, &ticket, &token))
		return true;
	g_autoptr(SgReply) reply = sg_reply_parse(draft);
	return reply->ticket != NULL;
}

SgAction *
sg_gateway_process(SgGateway *gateway, const SgEnvelope *envelope)
{
	g_return_val_if_fail(gateway != NULL && envelope != NULL, NULL);

	SgRcptKind kind = SG_RCPT_ORDINARY;
	for (guint i = 0; envelope->recipients && envelope->recipients[i];
	     i++) {
		SgRcptKind k =
			sg_gateway_classify(gateway, envelope->recipients[i]);
		if (k != SG_RCPT_ORDINARY)
			kind = k;
	}
	if (kind == SG_RCPT_ORDINARY)
		return sg_gw_action_new(SG_ACTION_ACCEPT, "passed");
	if (envelope->recipients[1] != NULL) {
		/* The RCPT check refuses this already; never forward a draft
		 * that is also on its way elsewhere. */
		SgAction *a = sg_gw_action_new(SG_ACTION_REJECT, "refused");
		a->reply = reply_not_alone;
		return a;
	}

	gsize max = (gsize)sg_config_get_int(gateway->config, "limits",
					     "max_message_size");
	SgDraftLimits limits = {
		.max_message_bytes = max,
		.max_depth = (guint)sg_config_get_int(gateway->config,
						      "limits",
						      "max_mime_depth"),
		.max_parts = (guint)sg_config_get_int(gateway->config,
						      "limits",
						      "max_mime_parts"),
	};
	gsize len = 0;
	const char *data = g_bytes_get_data(envelope->message, &len);
	if (len > max) {
		SgAction *a = sg_gw_action_new(SG_ACTION_REJECT, "too-large");
		a->reply = (SgSmtpReply){552, "5.3.4",
					 "Draft too large for the posting "
					 "gateway; attach smaller images"};
		return a;
	}
	g_autoptr(GError) error = NULL;
	SgDraft *draft = sg_draft_new_from_data(data, len, &limits, &error);
	if (draft == NULL)
		return sg_gw_action_tempfail("parse-failed", error->message);

	SgAction *action;
	if (sg_gateway_is_loop(gateway, envelope->message)) {
		action = sg_gw_action_new(SG_ACTION_DISCARD, "loop");
	} else if (is_automatic(draft, envelope->sender)) {
		action = sg_gw_action_new(SG_ACTION_DISCARD, "ignored-automatic");
		(void)sg_store_audit(gateway->store, envelope->now,
				     "ignored-automatic", NULL,
				     envelope->sender, NULL, NULL);
	} else if (kind == SG_RCPT_REPLY ||
		   (kind == SG_RCPT_DRAFT && is_reply(gateway, envelope,
						      draft))) {
		g_autofree char *ticket = NULL;
		g_autofree char *token = NULL;
		sg_gw_find_ticket(gateway, envelope, draft, &ticket, &token);
		action = sg_gw_process_reply(gateway, envelope, draft, ticket,
					     token);
	} else {
		action = process_draft(gateway, envelope, draft,
				       kind == SG_RCPT_SELF_CHECK);
	}
	sg_draft_free(draft);
	return action;
}
