/* Check suite for gateway.c and approval.c: the decisions the milter
 * carries out, without an MTA.  A temporary directory holds a store and a
 * secret; the shipped rules are used.  Covers recipient classification and
 * the one-recipient rule, the draft flows (forward with a stored ticket,
 * bounce citing the clause, a non-operator refused, an unknown account),
 * automatic mail and our own loop-marked mail dropped, the size limit, and
 * the reply flows: approve, reject with reason, replay, forged From, wrong
 * envelope, tampered token, the author deciding their own draft, an unclear
 * reply, a reply naming no ticket, and a reply by In-Reply-To alone.
 */
#include "config.h"

#include <check.h>
#include <gmime/gmime.h>
#include <glib/gstdio.h>
#include <snsgate/gateway.h>
#include <snsgate/store.h>
#include <sqlite3.h>
#include <string.h>

#include "testutil.h"

#define DOMAIN "city.chiyoda.lg.jp"
#define AUTHOR "koho-tanto1@" DOMAIN
#define OFFICER "koho-sekininsha@" DOMAIN

static char *tmpdir;
static SgGateway *gw;
static gint64 now;

static void
setup(void)
{
	g_autoptr(GError) error = NULL;
	g_autofree char *shipped = sg_test_src_path("conf/snsgate.conf");
	g_autofree char *text = NULL;
	g_autofree char *conf_dir = sg_test_src_path("conf");

	tmpdir = g_dir_make_tmp("sg-gateway-XXXXXX", &error);
	ck_assert_msg(tmpdir != NULL, "%s", error ? error->message : "");
	g_autofree char *secret = g_build_filename(tmpdir, "secret", NULL);
	ck_assert(g_file_set_contents(secret,
				      "0123456789abcdef0123456789abcdef!!",
				      -1, NULL));
	g_chmod(secret, 0600);
	ck_assert(g_file_get_contents(shipped, &text, NULL, NULL));

	/* The shipped configuration with our store and secret, and
	 * koho-tanto2 also an officer of facebook (separation of duties). */
	g_autoptr(GString) conf = g_string_new(text);
	g_autofree char *store = g_build_filename(tmpdir, "store.db", NULL);
	g_autofree char *rules = g_build_filename(conf_dir, "rules.d", NULL);
	g_autofree char *lexicon = g_build_filename(conf_dir, "lexicon", NULL);
	g_autofree char *extra = g_strdup_printf(
		"store = %s\nsecret_file = %s\nrules = %s\nlexicons = %s\n",
		store, secret, rules, lexicon);
	g_autoptr(GRegex) strip = g_regex_new(
		"^(store|secret_file|rules|lexicons) = .*\\n",
		G_REGEX_MULTILINE, 0, NULL);
	g_autofree char *stripped =
		g_regex_replace_literal(strip, conf->str, -1, 0, "", 0, NULL);
	g_string_assign(conf, stripped);
	char *gateway_group = strstr(conf->str, "[gateway]\n");
	ck_assert_ptr_nonnull(gateway_group);
	g_string_insert(conf, gateway_group - conf->str + strlen("[gateway]\n"),
			extra);
	char *fb = strstr(conf->str, "[account.facebook]");
	char *officers = strstr(fb, "officers = ");
	char *eol = strchr(officers, '\n');
	g_string_insert(conf, eol - conf->str,
			"; koho-tanto2@" DOMAIN);

	g_autofree char *path = g_build_filename(tmpdir, "snsgate.conf", NULL);
	ck_assert(g_file_set_contents(path, conf->str, -1, NULL));
	g_autoptr(SgConfig) config = sg_config_load(path, NULL, &error);
	ck_assert_msg(config != NULL, "%s", error ? error->message : "");
	gw = sg_gateway_new(config, NULL, &error);
	ck_assert_msg(gw != NULL, "%s", error ? error->message : "");
	now = g_get_real_time() / G_USEC_PER_SEC;
}

static void
remove_tree(const char *dir)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const char *name;

	while (d && (name = g_dir_read_name(d)) != NULL) {
		g_autofree char *p = g_build_filename(dir, name, NULL);
		g_remove(p);
	}
	g_rmdir(dir);
}

static void
teardown(void)
{
	g_clear_pointer(&gw, sg_gateway_unref);
	remove_tree(tmpdir);
	g_clear_pointer(&tmpdir, g_free);
}

static char *
message(const char *from, const char *to, const char *extra,
	const char *body)
{
	return g_strdup_printf(
		"From: %s\r\nTo: %s\r\nSubject: =?UTF-8?B?"
		"44GK55+l44KJ44Gb?=\r\nDate: Tue, 24 Nov 2026 10:00:00 +0900\r\n"
		"Message-ID: <draft-%" G_GINT64_FORMAT "@" DOMAIN ">\r\n%s"
		"MIME-Version: 1.0\r\nContent-Type: text/plain; "
		"charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s\r\n",
		from, to, g_get_monotonic_time(), extra ? extra : "", body);
}

/* Processes @msg sent by @sender to @rcpt (as given at RCPT). */
static SgAction *
process(const char *sender, const char *rcpt, const char *msg)
{
	g_autofree char *given = g_strdup_printf("<%s>", rcpt);
	const char *rcpts[] = {given, NULL};
	g_autoptr(GBytes) bytes = g_bytes_new(msg, strlen(msg));
	SgEnvelope env = {
		.sender = sender,
		.recipients = rcpts,
		.message = bytes,
		.now = now,
	};
	SgAction *a = sg_gateway_process(gw, &env);

	ck_assert_ptr_nonnull(a);
	return a;
}

static bool
has_rcpt(const SgAction *a, const char *addr)
{
	for (guint i = 0; a->add_rcpts && i < a->add_rcpts->len; i++)
		if (g_ascii_strcasecmp(g_ptr_array_index(a->add_rcpts, i),
				       addr) == 0)
			return true;
	return false;
}

static const char clean_body[] =
	"区立図書館では、12月から平日の開館時間を午後8時まで延長します。";

/* Submits a clean draft; returns the Reply-To address of the request. */
static char *
submit(const char *account, const char *author)
{
	g_autofree char *to = g_strdup_printf("sns-approval+%s@" DOMAIN,
					      account);
	g_autofree char *msg = message(author, to, NULL, clean_body);
	g_autoptr(SgAction) a = process(author, to, msg);

	ck_assert_int_eq(a->kind, SG_ACTION_REWRITE);
	ck_assert_str_eq(a->event, "forwarded");
	const char *reply_to = sg_composed_get_header(a->message, "Reply-To");
	ck_assert_ptr_nonnull(reply_to);
	g_autofree char *addr = g_strstrip(g_strdup(reply_to));
	return g_steal_pointer(&addr);
}

/* --- recipients ------------------------------------------------------- */

static const struct {
	const char *address;
	SgRcptKind kind;
} classify_cases[] = {
	{"sns-approval@" DOMAIN, SG_RCPT_DRAFT},
	{"<SNS-Approval+X@City.Chiyoda.LG.JP>", SG_RCPT_DRAFT},
	{"sns-approval+facebook@" DOMAIN, SG_RCPT_DRAFT},
	{"sns-approval+SG-20261124-7K3QX.abcdefghijklmnopqrstuvwxyz234567@"
	 DOMAIN,
	 SG_RCPT_REPLY},
	{"sns-check@" DOMAIN, SG_RCPT_SELF_CHECK},
	{"sns-approval@elsewhere.example", SG_RCPT_ORDINARY},
	{"sns-approvals@" DOMAIN, SG_RCPT_ORDINARY},
	{"koho-post@" DOMAIN, SG_RCPT_ORDINARY},
	{"<>", SG_RCPT_ORDINARY},
};

START_TEST(test_classify)
{
	ck_assert_int_eq(sg_gateway_classify(gw, classify_cases[_i].address),
			 classify_cases[_i].kind);
}
END_TEST

START_TEST(test_one_recipient)
{
	SgSmtpReply reply;
	const char *none[] = {NULL};
	const char *ordinary[] = {"<koho-post@" DOMAIN ">", NULL};
	const char *draft[] = {"<sns-approval+x@" DOMAIN ">", NULL};

	ck_assert(sg_gateway_check_rcpt(gw, none, "sns-approval+x@" DOMAIN,
					&reply));
	ck_assert(sg_gateway_check_rcpt(gw, ordinary, "koho-x@" DOMAIN,
					&reply));
	ck_assert(!sg_gateway_check_rcpt(gw, draft, "koho-post@" DOMAIN,
					 &reply));
	ck_assert_uint_eq(reply.code, 550);
	ck_assert_str_eq(reply.dsn, "5.7.0");
	ck_assert(!sg_gateway_check_rcpt(gw, ordinary,
					 "sns-approval+x@" DOMAIN, &reply));
}
END_TEST

/* --- drafts ----------------------------------------------------------- */

START_TEST(test_ordinary_passes)
{
	g_autofree char *msg = message(AUTHOR, "koho-post@" DOMAIN, NULL,
				       "会議のご案内です。");
	g_autoptr(SgAction) a = process(AUTHOR, "koho-post@" DOMAIN, msg);

	ck_assert_int_eq(a->kind, SG_ACTION_ACCEPT);
}
END_TEST

START_TEST(test_forward)
{
	g_autofree char *msg = message(AUTHOR, "sns-approval+x@" DOMAIN, NULL,
				       clean_body);
	g_autoptr(SgAction) a = process(AUTHOR, "sns-approval+x@" DOMAIN, msg);
	g_autoptr(GError) error = NULL;

	ck_assert_int_eq(a->kind, SG_ACTION_REWRITE);
	ck_assert_str_eq(a->event, "forwarded");
	ck_assert(has_rcpt(a, OFFICER));
	ck_assert_int_eq(a->del_rcpts->len, 1);
	ck_assert_str_eq(g_ptr_array_index(a->del_rcpts, 0),
			 "<sns-approval+x@" DOMAIN ">");
	ck_assert_ptr_nonnull(a->ticket);
	ck_assert_ptr_nonnull(sg_composed_get_header(a->message,
						     "X-SNSGate-Loop"));
	/* Durable before the answer: the ticket is in the store. */
	g_autofree char *db = g_build_filename(tmpdir, "store.db", NULL);
	g_autoptr(SgStore) store = sg_store_open(db, &error);
	g_autoptr(SgTicketRecord) r = sg_store_get_ticket(store, a->ticket,
							  &error);
	ck_assert_msg(r != NULL, "%s", error ? error->message : "");
	ck_assert_int_eq(r->status, SG_TICKET_PENDING);
	ck_assert_str_eq(r->author, AUTHOR);
	ck_assert_uint_eq(g_bytes_get_size(r->raw), strlen(msg));

	/* The forwarded request is ours: it is never processed again. */
	g_autoptr(GBytes) out = sg_composed_to_bytes(a->message);
	ck_assert(sg_gateway_is_loop(gw, out));
	g_autofree char *text = g_strndup(g_bytes_get_data(out, NULL),
					  g_bytes_get_size(out));
	g_autoptr(SgAction) again =
		process(AUTHOR, "sns-approval+x@" DOMAIN, text);
	ck_assert_int_eq(again->kind, SG_ACTION_DISCARD);
	ck_assert_str_eq(again->event, "loop");
}
END_TEST

START_TEST(test_bounce)
{
	g_autofree char *msg = message(AUTHOR, "sns-approval+x@" DOMAIN, NULL,
				       "道路工事が遅れているのは、請負業者が"
				       "嘘つきで無能だからです。");
	g_autoptr(SgAction) a = process(AUTHOR, "sns-approval+x@" DOMAIN, msg);

	ck_assert_int_eq(a->kind, SG_ACTION_REWRITE);
	ck_assert_str_eq(a->event, "bounced");
	ck_assert_int_eq(a->verdict, SG_VERDICT_BLOCK);
	ck_assert(has_rcpt(a, AUTHOR));
	ck_assert(!has_rcpt(a, OFFICER));
	ck_assert(strstr(a->clauses, "5(4)ア") != NULL);
	ck_assert_ptr_null(a->ticket);
}
END_TEST

START_TEST(test_non_operator)
{
	const char *mallory = "mallory@" DOMAIN;
	g_autofree char *msg = message(mallory, "sns-approval+x@" DOMAIN, NULL,
				       clean_body);
	g_autoptr(SgAction) a = process(mallory, "sns-approval+x@" DOMAIN, msg);

	ck_assert_int_eq(a->kind, SG_ACTION_REWRITE);
	ck_assert_str_eq(a->event, "refused");
	ck_assert_str_eq(a->clauses, "4(2)");
	ck_assert(has_rcpt(a, mallory));
	ck_assert(!has_rcpt(a, OFFICER));

	/* The right envelope but another header From is refused too. */
	g_autofree char *forged = message(mallory, "sns-approval+x@" DOMAIN,
					  NULL, clean_body);
	g_autoptr(SgAction) b = process(AUTHOR, "sns-approval+x@" DOMAIN,
					forged);
	ck_assert_str_eq(b->event, "refused");
}
END_TEST

/* Feedback goes only to the organisation's addresses: an outsider writing
 * to the approval or self-check address, or forging a reply, is refused at
 * SMTP and nothing carries their message anywhere. */
START_TEST(test_outsider_refused)
{
	const char *outsider = "victim@elsewhere.example";
	const char *rcpts[] = {"sns-approval+x@" DOMAIN, "sns-approval@" DOMAIN,
			       "sns-check@" DOMAIN,
			       "sns-approval+SG-20261124-7K3QX.abcdefgh@" DOMAIN};

	for (guint i = 0; i < G_N_ELEMENTS(rcpts); i++) {
		g_autofree char *msg = message(outsider, rcpts[i], NULL,
					       clean_body);
		g_autoptr(SgAction) a = process(outsider, rcpts[i], msg);
		ck_assert_msg(a->kind == SG_ACTION_REJECT, "%s: %s", rcpts[i],
			      a->event);
		ck_assert_str_eq(a->event, "refused-outsider");
		ck_assert_uint_eq(a->reply.code, 550);
		ck_assert_ptr_null(a->message);
	}

	/* A look-alike of the ward's domain is an outsider too; a subdomain
	 * of it is not. */
	const char *lookalike = "koho-tanto1@city.chiyoda.lg.jp.example";
	g_autofree char *msg = message(lookalike, "sns-check@" DOMAIN, NULL,
				       clean_body);
	g_autoptr(SgAction) b = process(lookalike, "sns-check@" DOMAIN, msg);
	ck_assert_str_eq(b->event, "refused-outsider");
	const char *sub = "someone@mail." DOMAIN;
	g_autofree char *msg2 = message(sub, "sns-check@" DOMAIN, NULL,
					clean_body);
	g_autoptr(SgAction) c = process(sub, "sns-check@" DOMAIN, msg2);
	ck_assert_str_eq(c->event, "self-checked");
	ck_assert(has_rcpt(c, sub));
}
END_TEST

/* An autoresponder that answers feedback without Auto-Submitted would
 * loop; past answer_rate_limit (60 an hour) drafts are refused at SMTP. */
START_TEST(test_answer_rate_limit)
{
	const char *to = "sns-check@" DOMAIN;

	for (guint i = 0; i < 60; i++) {
		g_autofree char *msg = message(AUTHOR, to, NULL, "Re: test");
		g_autoptr(SgAction) a = process(AUTHOR, to, msg);
		ck_assert_str_eq(a->event, "self-checked");
	}
	g_autofree char *msg = message(AUTHOR, to, NULL, "Re: test");
	g_autoptr(SgAction) a = process(AUTHOR, to, msg);
	ck_assert_int_eq(a->kind, SG_ACTION_REJECT);
	ck_assert_str_eq(a->event, "rate-limited");
	ck_assert_uint_eq(a->reply.code, 550);

	/* Another sender is not affected. */
	const char *other = "koho-tanto2@" DOMAIN;
	g_autofree char *msg2 = message(other, to, NULL, "Re: test");
	g_autoptr(SgAction) b = process(other, to, msg2);
	ck_assert_str_eq(b->event, "self-checked");
}
END_TEST

/* A message attached inside the draft goes out with the release, so its
 * text is checked: a violation in it returns the draft. */
START_TEST(test_attached_message_checked)
{
	const char *to = "sns-approval+x@" DOMAIN;
	g_autofree char *msg = g_strdup_printf(
		"From: %s\r\nTo: %s\r\nSubject: info\r\n"
		"Date: Tue, 24 Nov 2026 10:00:00 +0900\r\n"
		"MIME-Version: 1.0\r\n"
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
		"--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n"
		"--b\r\nContent-Type: message/rfc822\r\n\r\n"
		"Subject: x\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
		"あの業者は詐欺師だ。\r\n--b--\r\n",
		AUTHOR, to, clean_body);
	g_autoptr(SgAction) a = process(AUTHOR, to, msg);

	ck_assert_str_eq(a->event, "bounced");
	ck_assert(strstr(a->clauses, "5(4)ア") != NULL);
}
END_TEST

START_TEST(test_unknown_account)
{
	g_autofree char *msg = message(AUTHOR, "sns-approval+tiktok@" DOMAIN,
				       NULL, clean_body);
	g_autoptr(SgAction) a =
		process(AUTHOR, "sns-approval+tiktok@" DOMAIN, msg);

	ck_assert_str_eq(a->event, "bounced");
	ck_assert_str_eq(a->clauses, "4(1)");
}
END_TEST

START_TEST(test_automatic_dropped)
{
	g_autofree char *auto_reply =
		message(AUTHOR, "sns-approval+x@" DOMAIN,
			"Auto-Submitted: auto-replied\r\n", "不在です。");
	g_autofree char *bulk = message(AUTHOR, "sns-approval+x@" DOMAIN,
					"Precedence: bulk\r\n", clean_body);
	g_autofree char *bounce = message("MAILER-DAEMON@" DOMAIN,
					  "sns-approval+x@" DOMAIN, NULL,
					  "Undelivered");
	g_autoptr(SgAction) a = process(AUTHOR, "sns-approval+x@" DOMAIN,
					auto_reply);
	g_autoptr(SgAction) b = process(AUTHOR, "sns-approval+x@" DOMAIN, bulk);
	g_autoptr(SgAction) c = process("", "sns-approval+x@" DOMAIN, bounce);

	ck_assert_int_eq(a->kind, SG_ACTION_DISCARD);
	ck_assert_int_eq(b->kind, SG_ACTION_DISCARD);
	ck_assert_int_eq(c->kind, SG_ACTION_DISCARD);
}
END_TEST

START_TEST(test_self_check)
{
	g_autofree char *msg = message("someone@" DOMAIN, "sns-check@" DOMAIN,
				       NULL, "あの業者は嘘つきです。");
	g_autoptr(SgAction) a = process("someone@" DOMAIN, "sns-check@" DOMAIN,
					msg);

	ck_assert_str_eq(a->event, "self-checked");
	ck_assert(has_rcpt(a, "someone@" DOMAIN));
	ck_assert_ptr_null(a->ticket);
}
END_TEST

/* --- replies ---------------------------------------------------------- */

static SgAction *
reply_from(const char *envelope, const char *from, const char *to,
	   const char *body, const char *extra)
{
	g_autofree char *msg = message(from, to, extra, body);

	return process(envelope, to, msg);
}

START_TEST(test_approve_then_replay)
{
	g_autofree char *addr = submit("x", AUTHOR);
	g_autoptr(SgAction) a = reply_from(OFFICER, OFFICER, addr,
					   "承認します\r\n\r\n> 承認依頼", NULL);

	ck_assert_str_eq(a->event, "approved");
	ck_assert(has_rcpt(a, "koho-post@" DOMAIN));
	ck_assert(has_rcpt(a, AUTHOR));
	ck_assert_ptr_nonnull(sg_composed_get_header(a->message,
						     "X-SNSGate-Draft-SHA256"));

	g_autoptr(SgAction) b = reply_from(OFFICER, OFFICER, addr, "承認",
					   NULL);
	ck_assert_str_eq(b->event, "refused");
	ck_assert(strstr(b->detail, "already approved") != NULL);
	ck_assert(!has_rcpt(b, "koho-post@" DOMAIN));
}
END_TEST

/* A stored draft that cannot be read again leaves the ticket pending and
 * the reply deferred: never decided with no release sent. */
START_TEST(test_unreadable_draft_not_decided)
{
	g_autofree char *addr = submit("x", AUTHOR);
	g_autofree char *path = g_build_filename(tmpdir, "store.db", NULL);
	sqlite3 *db = NULL;

	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "UPDATE tickets SET raw = X''", NULL,
				      NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);

	g_autoptr(SgAction) a = reply_from(OFFICER, OFFICER, addr, "承認",
					   NULL);
	ck_assert_int_eq(a->kind, SG_ACTION_TEMPFAIL);
	ck_assert_str_eq(a->event, "stored-draft-unreadable");
	g_autoptr(SgAction) b = reply_from(OFFICER, OFFICER, addr, "承認",
					   NULL);
	ck_assert_str_eq(b->event, "stored-draft-unreadable");
}
END_TEST

START_TEST(test_reject_with_reason)
{
	g_autofree char *addr = submit("x", AUTHOR);
	g_autoptr(SgAction) a =
		reply_from(OFFICER, OFFICER, addr,
			   "差戻し\r\n写真の肖像権を確認してください。", NULL);

	ck_assert_str_eq(a->event, "rejected");
	ck_assert(has_rcpt(a, AUTHOR));
	ck_assert(!has_rcpt(a, "koho-post@" DOMAIN));
	g_autoptr(GBytes) out = sg_composed_to_bytes(a->message);
	ck_assert_uint_gt(g_bytes_get_size(out), 0);
}
END_TEST

START_TEST(test_forgeries)
{
	g_autofree char *addr = submit("x", AUTHOR);
	const char *mallory = "mallory@" DOMAIN;

	/* Forged header From. */
	g_autoptr(SgAction) a = reply_from(OFFICER, mallory, addr, "承認",
					   NULL);
	ck_assert_str_eq(a->event, "refused");
	/* Right From, wrong envelope. */
	g_autoptr(SgAction) b = reply_from(mallory, OFFICER, addr, "承認",
					   NULL);
	ck_assert_str_eq(b->event, "refused");
	ck_assert(has_rcpt(b, mallory));
	/* Tampered token. */
	g_autofree char *bad = g_strdup(addr);
	char *dot = strchr(bad, '.');
	dot[3] = dot[3] == 'a' ? 'b' : 'a';
	g_autoptr(SgAction) c = reply_from(OFFICER, OFFICER, bad, "承認", NULL);
	ck_assert_str_eq(c->event, "refused");
	ck_assert(strstr(c->detail, "not valid") != NULL);
	/* None of them released anything; the officer still can. */
	g_autoptr(SgAction) d = reply_from(OFFICER, OFFICER, addr, "承認",
					   NULL);
	ck_assert_str_eq(d->event, "approved");
}
END_TEST

START_TEST(test_own_draft)
{
	const char *both = "koho-tanto2@" DOMAIN;
	g_autofree char *addr = submit("facebook", both);
	g_autoptr(SgAction) a = reply_from(both, both, addr, "承認", NULL);

	ck_assert_str_eq(a->event, "refused");
	ck_assert(strstr(a->detail, "separation of duties") != NULL);
}
END_TEST

START_TEST(test_unclear_and_no_ticket)
{
	g_autofree char *addr = submit("x", AUTHOR);
	g_autoptr(SgAction) a = reply_from(OFFICER, OFFICER, addr,
					   "承認できません", NULL);
	ck_assert_str_eq(a->event, "unclear");
	ck_assert(has_rcpt(a, OFFICER));

	/* The plain address with In-Reply-To naming the request decides. */
	g_autofree char *local = g_strndup(addr, strchr(addr, '@') - addr);
	g_autofree char *irt = g_strdup_printf(
		"In-Reply-To: <%s@" DOMAIN ">\r\n",
		local + strlen("sns-approval+"));
	g_autoptr(SgAction) b = reply_from(OFFICER, OFFICER,
					   "sns-approval@" DOMAIN, "承認", irt);
	ck_assert_str_eq(b->event, "approved");
}
END_TEST

START_TEST(test_size_limit)
{
	gsize big = 26 * 1024 * 1024;
	g_autofree char *body = g_malloc(big + 1);

	memset(body, 'a', big);
	body[big] = '\0';
	g_autofree char *msg = message(AUTHOR, "sns-approval+x@" DOMAIN, NULL,
				       body);
	g_autoptr(SgAction) a = process(AUTHOR, "sns-approval+x@" DOMAIN, msg);
	ck_assert_int_eq(a->kind, SG_ACTION_REJECT);
	ck_assert_uint_eq(a->reply.code, 552);
}
END_TEST

int
main(void)
{
	g_mime_init();
	Suite *s = suite_create("gateway");
	TCase *tc = tcase_create("gateway");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_classify, 0, G_N_ELEMENTS(classify_cases));
	tcase_add_test(tc, test_one_recipient);
	tcase_add_test(tc, test_ordinary_passes);
	tcase_add_test(tc, test_forward);
	tcase_add_test(tc, test_bounce);
	tcase_add_test(tc, test_non_operator);
	tcase_add_test(tc, test_outsider_refused);
	tcase_add_test(tc, test_answer_rate_limit);
	tcase_add_test(tc, test_attached_message_checked);
	tcase_add_test(tc, test_unknown_account);
	tcase_add_test(tc, test_automatic_dropped);
	tcase_add_test(tc, test_self_check);
	tcase_add_test(tc, test_approve_then_replay);
	tcase_add_test(tc, test_unreadable_draft_not_decided);
	tcase_add_test(tc, test_reject_with_reason);
	tcase_add_test(tc, test_forgeries);
	tcase_add_test(tc, test_own_draft);
	tcase_add_test(tc, test_unclear_and_no_ticket);
	tcase_add_test(tc, test_size_limit);
	suite_add_tcase(s, tc);

	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
