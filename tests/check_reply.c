/* Check suite for reply.c.  Every fixture in tests/data/reply/ (written by
 * make-replies.py the way Outlook, Gmail, Apple Mail, Android mail and
 * Thunderbird format a reply) is parsed through draft.c and compared with
 * its .expected key file: command, reason, ticket, token and own text.
 * Tables then cover the cut of the own text on plain strings, the command
 * rules on one-part messages (approve forms, negations, preambles, reasons
 * kept verbatim) and the ticket code line; a last test feeds truncated
 * fixtures and checks the invariants every reply keeps.  The parser takes
 * whole messages, so there is no chunked feeding to test here.
 */
#include "config.h"

#include <snsgate/reply.h>

#include <check.h>
#include <gmime/gmime.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static const char *const fixtures[] = {
	"outlook-approve-greeting",
	"outlook-original-message-reject",
	"outlook-html-only-reject",
	"outlook-html-only-approve",
	"outlook-cannot-approve",
	"gmail-approve",
	"gmail-fullwidth-ok",
	"gmail-wrapped-lowercase-ok",
	"gmail-hold",
	"gmail-ok-negated",
	"gmail-both-words",
	"gmail-empty",
	"gmail-quoted-only",
	"gmail-mention",
	"iphone-approve",
	"iphone-not-approve",
	"iphone-reject-same-line",
	"iphone-mailto-reject",
	"android-reject",
	"android-approve",
	"thunderbird-reject",
	"thunderbird-preamble-approve",
};

static void
setup(void)
{
	g_mime_init();
}

static const char *
command_name(SgReplyCommand command)
{
	switch (command) {
	case SG_REPLY_UNCLEAR:
		return "unclear";
	case SG_REPLY_APPROVE:
		return "approve";
	case SG_REPLY_REJECT:
		return "reject";
	}
	return "?";
}

#define ck_assert_text(name, what, got, want)                                  \
	ck_assert_msg(g_strcmp0((got), (want)) == 0,                          \
		      "%s: %s\n got: %s\nwant: %s", (name), (what), (got),     \
		      (want))

/* What every reply keeps, whatever it was fed. */
static void
check_invariants(const SgReply *reply)
{
	ck_assert_ptr_nonnull(reply);
	ck_assert(reply->command == SG_REPLY_UNCLEAR ||
		  reply->command == SG_REPLY_APPROVE ||
		  reply->command == SG_REPLY_REJECT);
	ck_assert_ptr_nonnull(reply->own_text);
	ck_assert(g_utf8_validate(reply->own_text, -1, NULL));
	if (reply->command == SG_REPLY_REJECT) {
		ck_assert_ptr_nonnull(reply->reason);
		ck_assert(g_utf8_validate(reply->reason, -1, NULL));
	} else {
		ck_assert_ptr_null(reply->reason);
	}
	ck_assert((reply->ticket == NULL) == (reply->token == NULL));
	if (reply->ticket != NULL) {
		ck_assert_uint_eq(strlen(reply->ticket), 17);
		ck_assert_uint_eq(strlen(reply->token), 32);
	}
}

static SgReply *
parse_bytes(const char *data, gsize len)
{
	g_autoptr(GError) error = NULL;
	SgDraft *draft = sg_draft_new_from_data(data, len, NULL, &error);
	SgReply *reply;

	ck_assert_msg(draft != NULL, "draft: %s",
		      error != NULL ? error->message : "?");
	reply = sg_reply_parse(draft);
	sg_draft_free(draft);
	check_invariants(reply);
	return reply;
}

/* A one-part UTF-8 reply with @body as its text. */
static SgReply *
parse_body(const char *body)
{
	g_autofree char *msg = g_strdup_printf(
		"From: yamada-t@city.chiyoda.lg.jp\n"
		"To: sns-approval@city.chiyoda.lg.jp\n"
		"Subject: Re: [承認依頼 SG-20261124-7K3QX] お知らせ\n"
		"MIME-Version: 1.0\n"
		"Content-Type: text/plain; charset=utf-8\n"
		"Content-Transfer-Encoding: 8bit\n\n%s",
		body);

	return parse_bytes(msg, strlen(msg));
}

static char *
want_str(GKeyFile *kf, const char *key)
{
	g_autoptr(GError) error = NULL;
	char *value = g_key_file_get_string(kf, "reply", key, &error);

	ck_assert_msg(value != NULL, "[reply] %s: %s", key,
		      error != NULL ? error->message : "missing");
	return value;
}

/* "" in an .expected file means "none". */
static char *
want_nullable(GKeyFile *kf, const char *key)
{
	char *value = want_str(kf, key);

	if (value[0] == '\0')
		g_clear_pointer(&value, g_free);
	return value;
}

START_TEST(test_fixture)
{
	const char *name = fixtures[_i];
	g_autofree char *eml = g_strdup_printf("reply/%s.eml", name);
	g_autofree char *exp = g_strdup_printf("reply/%s.expected", name);
	g_autofree char *exp_path = sg_test_data_path(exp);
	g_autoptr(GBytes) bytes = sg_test_read_data(eml);
	g_autoptr(GKeyFile) kf = g_key_file_new();
	g_autoptr(GError) error = NULL;
	g_autoptr(SgReply) reply = NULL;
	g_autofree char *command = NULL;
	g_autofree char *reason = NULL;
	g_autofree char *ticket = NULL;
	g_autofree char *token = NULL;
	g_autofree char *own = NULL;
	gsize len = 0;
	const char *data = g_bytes_get_data(bytes, &len);

	if (!g_key_file_load_from_file(kf, exp_path, G_KEY_FILE_NONE, &error))
		ck_abort_msg("%s: %s", exp_path, error->message);
	reply = parse_bytes(data, len);
	command = want_str(kf, "command");
	ticket = want_nullable(kf, "ticket");
	token = want_nullable(kf, "token");
	own = want_str(kf, "own-text");
	ck_assert_text(name, "own text", reply->own_text, own);
	ck_assert_text(name, "command", command_name(reply->command), command);
	if (strcmp(command, "reject") == 0)
		reason = want_str(kf, "reason");
	ck_assert_text(name, "reason", reply->reason, reason);
	ck_assert_text(name, "ticket", reply->ticket, ticket);
	ck_assert_text(name, "token", reply->token, token);
}
END_TEST

/* Every .eml in tests/data/reply is in the table above. */
START_TEST(test_every_fixture_listed)
{
	g_autofree char *dir_path = sg_test_data_path("reply");
	g_autoptr(GError) error = NULL;
	g_autoptr(GDir) dir = g_dir_open(dir_path, 0, &error);
	const char *entry;
	guint n = 0;

	ck_assert_msg(dir != NULL, "%s", error != NULL ? error->message : "");
	while ((entry = g_dir_read_name(dir)) != NULL) {
		g_autofree char *name = NULL;
		bool listed = false;

		if (!g_str_has_suffix(entry, ".eml"))
			continue;
		name = g_strndup(entry, strlen(entry) - 4);
		for (guint i = 0; i < G_N_ELEMENTS(fixtures); i++)
			listed = listed || strcmp(fixtures[i], name) == 0;
		ck_assert_msg(listed, "%s is not in fixtures[]", entry);
		n++;
	}
	ck_assert_uint_eq(n, G_N_ELEMENTS(fixtures));
}
END_TEST

/* --- own text on plain strings -------------------------------------------- */

typedef struct {
	const char *text;
	const char *own;
} OwnCase;

static const OwnCase own_cases[] = {
	{"承認\n\n> 引用", "承認"},
	{"承認\n  > 字下げした引用", "承認"},
	{"承認\n＞ 全角の引用", "承認"},
	{"承認\r\n\r\n> CRLF", "承認"},
	{"承認\n\nOn Tue, Nov 24, 2026 at 10:00 AM 広報 <koho@example.jp> "
	 "wrote:\n> x",
	 "承認"},
	{"承認\n\nOn Tue, Nov 24, 2026 at 10:00 AM 広報 <\nkoho@example.jp> "
	 "wrote:\n> x",
	 "承認"},
	/* The same in an HTML rendering: no '>' lines at all. */
	{"承認\n\nOn Tue, Nov 24, 2026 at 10:00 AM 広報 <\nkoho@example.jp> "
	 "wrote:\n本文",
	 "承認"},
	{"承認\nOn 2026/11/24 10:00, 広報課 wrote:\n本文", "承認"},
	{"承認\n2026年11月24日(火) 10:00 広報 <koho@example.jp>:\n\n> x",
	 "承認"},
	{"承認\n2026年11月24日(火) 10:00 広報 <koho@example.jp>:\n本文",
	 "承認"},
	{"承認\n2026年11月24日(火) 10:00 千代田区 SNS投稿承認窓口 <\n"
	 "sns-approval@city.chiyoda.lg.jp>:\n本文",
	 "承認"},
	{"承認\n2026/11/24 10:00、広報課 <koho@example.jp> のメッセージ:\n本文",
	 "承認"},
	{"承認\n２０２６/１１/２４ １０:００、広報課 <koho@example.jp>"
	 "のメール：\n本文",
	 "承認"},
	{"承認\n2026/11/24 10:00 に 広報課 さんは書きました:\n> x", "承認"},
	{"承認\n\n山田 太郎 wrote:\n> x", "承認"},
	{"承認\n\n広報 <koho@example.jp>:\n\n> x", "承認"},
	/* An officer's own colon line above an inline quote stays. */
	{"差戻し\n以下の点が違います:\n> 11月29日(月)",
	 "差戻し\n以下の点が違います:"},
	{"承認\n-----Original Message-----\nFrom: a", "承認"},
	{"承認\n----- Original Message -----\nFrom: a", "承認"},
	{"承認\n-----元のメッセージ-----\n差出人: a", "承認"},
	{"承認\n-------- 元のメッセージ --------\n差出人: a", "承認"},
	{"承認\n---------- Forwarded message ---------\nFrom: a", "承認"},
	{"承認\n\n差出人: 広報 <koho@example.jp>\n"
	 "送信日時: 2026年11月24日 10:00\n宛先: 山田\n件名: x\n\n本文",
	 "承認"},
	{"承認\n\nFrom: 広報 <koho@example.jp>\nSent: Tuesday, November 24, "
	 "2026 10:00 AM\nTo: 山田\nSubject: x",
	 "承認"},
	{"承認\n\nFrom: 広報 <koho@example.jp>\nDate: 2026年11月24日 火曜日 "
	 "10:00\nTo: 山田\nSubject: x",
	 "承認"},
	{"承認\n*From:* 広報 <koho@example.jp>\n*Sent:* Tuesday", "承認"},
	/* A long sender name wrapped onto a second line. */
	{"承認\n\n差出人: 千代田区 SNS投稿承認窓口 政策経営部 広報課 広報係\n"
	 " <sns-approval@city.chiyoda.lg.jp>\n送信日時: 2026年11月24日 10:00\n"
	 "宛先: 山田\n\n本文",
	 "承認"},
	/* Becky!: date on the first line, "Name <address> wrote:" below. */
	{"承認\n\nOn Tue, 24 Nov 2026 10:00:00 +0900\n"
	 "広報 <koho@example.jp> wrote:\n\n> x",
	 "承認"},
	{"承認\n差出人：　広報\n件名：　x", "承認"},
	/* One header-like line is the officer's. */
	{"承認\nFrom: 山田\nよろしく", "承認\nFrom: 山田\nよろしく"},
	{"承認\n________________________________\n差出人: x", "承認"},
	{"差戻し\n日付\n\n━━━━━━━━━━━━━━━━━━━━\n千代田区 広報課\n山田 太郎",
	 "差戻し\n日付"},
	{"差戻し\n日付\n＝＝＝＝＝＝＝＝＝＝\n山田", "差戻し\n日付"},
	{"差戻し\n日付\n☆★☆★☆★☆★☆★\n山田", "差戻し\n日付"},
	{"差戻し\n日付\n* * * * * * * * * *\n山田", "差戻し\n日付"},
	/* Short dashes or mixed symbols are the officer's. */
	{"差戻し\n日付 ----- 写真", "差戻し\n日付 ----- 写真"},
	{"差戻し\n-----\n写真", "差戻し\n-----\n写真"},
	{"差戻し\n→→→ 写真 ←←←", "差戻し\n→→→ 写真 ←←←"},
	{"承認\n-- \n山田", "承認"},
	{"承認\n--\n山田", "承認"},
	{"承認\n\nSent from my iPhone", "承認"},
	{"承認\n\nSent from Mail for Windows", "承認"},
	{"承認\n\niPhoneから送信", "承認"},
	{"承認\n\nAndroid から送信", "承認"},
	{"承認\n\nXperia™ から送信", "承認"},
	{"承認\n\nGalaxy スマートフォンから送信されました", "承認"},
	{"承認\n\nドコモメールから送信", "承認"},
	{"承認\n\nGet Outlook for iOS", "承認"},
	{"承認\n\nOutlook for Android を入手", "承認"},
	/* Not a footer: an officer's words that end the same way. */
	{"差戻し\n修正版は来週から送信", "差戻し\n修正版は来週から送信"},
	{"\n\n  承認\n\n", "  承認"},
	{"差戻し\n日付\n\n\n", "差戻し\n日付"},
	{"差戻し\n\n日付\n\n写真", "差戻し\n\n日付\n\n写真"},
	{"", ""},
	{"> 引用だけ", ""},
	{"\n\n> 引用だけ", ""},
	{"On Tue, Nov 24, 2026 at 10:00 AM 広報 <koho@example.jp> wrote:\n> x",
	 ""},
};

START_TEST(test_own_text)
{
	const OwnCase *c = &own_cases[_i];
	g_autofree char *own = sg_reply_own_text(c->text);

	ck_assert_text(c->text, "own text", own, c->own);
}
END_TEST

/* --- commands on one-part messages ---------------------------------------- */

typedef struct {
	const char *body;
	SgReplyCommand command;
	const char *reason;	/* REJECT only */
} CommandCase;

static const CommandCase command_cases[] = {
	/* Approve, in the forms officers write. */
	{"承認", SG_REPLY_APPROVE, NULL},
	{"承認します", SG_REPLY_APPROVE, NULL},
	{"承認します。", SG_REPLY_APPROVE, NULL},
	{"承認いたします。", SG_REPLY_APPROVE, NULL},
	{"承認致します", SG_REPLY_APPROVE, NULL},
	{"承認です", SG_REPLY_APPROVE, NULL},
	{"承認です！", SG_REPLY_APPROVE, NULL},
	{"承認しました。", SG_REPLY_APPROVE, NULL},
	{"承認済みです", SG_REPLY_APPROVE, NULL},
	{"承認で問題ありません。", SG_REPLY_APPROVE, NULL},
	{"承認する", SG_REPLY_APPROVE, NULL},
	{"『承認』", SG_REPLY_APPROVE, NULL},
	{"・承認", SG_REPLY_APPROVE, NULL},
	{"\u3000承認します", SG_REPLY_APPROVE, NULL},
	{"承認\u200bします", SG_REPLY_APPROVE, NULL},
	{"ＯＫ", SG_REPLY_APPROVE, NULL},
	{"OK", SG_REPLY_APPROVE, NULL},
	{"ok", SG_REPLY_APPROVE, NULL},
	{"Ok!", SG_REPLY_APPROVE, NULL},
	{"OKです", SG_REPLY_APPROVE, NULL},
	{"ＯＫです。", SG_REPLY_APPROVE, NULL},
	{"OK よろしくお願いします", SG_REPLY_APPROVE, NULL},
	{"APPROVE", SG_REPLY_APPROVE, NULL},
	{"Approved.", SG_REPLY_APPROVE, NULL},
	{"approve", SG_REPLY_APPROVE, NULL},
	{"Yes", SG_REPLY_APPROVE, NULL},
	{"yes.", SG_REPLY_APPROVE, NULL},
	{"許可", SG_REPLY_APPROVE, NULL},
	{"許可します。", SG_REPLY_APPROVE, NULL},
	{"了承", SG_REPLY_APPROVE, NULL},
	{"了承します。", SG_REPLY_APPROVE, NULL},
	{"了承いたします", SG_REPLY_APPROVE, NULL},
	{"お疲れ様です。\n承認します。", SG_REPLY_APPROVE, NULL},
	{"お疲れ様です。\n広報課の山田です。\n\n承認します。",
	 SG_REPLY_APPROVE, NULL},
	{"承認します。\n問題ありません。", SG_REPLY_APPROVE, NULL},
	{"承認します。問題ありません。", SG_REPLY_APPROVE, NULL},
	{"承認します。\nよろしくお願いします。\n山田", SG_REPLY_APPROVE, NULL},
	{"承認\n\nSent from my iPhone", SG_REPLY_APPROVE, NULL},
	{"承認\n-- \n山田", SG_REPLY_APPROVE, NULL},
	{"承認します。\nでは、よろしくお願いします。", SG_REPLY_APPROVE, NULL},
	{"承認します。お待ちしております。", SG_REPLY_APPROVE, NULL},
	{"OK\n\nThanks", SG_REPLY_APPROVE, NULL},
	{"承認コード: SG-20261124-7K3QX.abcdefghijklmnopqrstuvwxyz234567\n承認",
	 SG_REPLY_APPROVE, NULL},
	{"承認\n\n2026年11月24日(火) 10:00 広報 <koho@example.jp>:\n\n"
	 "> 差戻し",
	 SG_REPLY_APPROVE, NULL},

	/* Negations, conditions, questions: never an approval. */
	{"承認できません", SG_REPLY_UNCLEAR, NULL},
	{"承認できません。", SG_REPLY_UNCLEAR, NULL},
	{"承認しません", SG_REPLY_UNCLEAR, NULL},
	{"承認しない", SG_REPLY_UNCLEAR, NULL},
	{"承認は保留します", SG_REPLY_UNCLEAR, NULL},
	{"承認保留", SG_REPLY_UNCLEAR, NULL},
	{"承認待ち", SG_REPLY_UNCLEAR, NULL},
	{"承認不可", SG_REPLY_UNCLEAR, NULL},
	{"承認できかねます", SG_REPLY_UNCLEAR, NULL},
	{"承認 できません", SG_REPLY_UNCLEAR, NULL},
	{"承認、できません", SG_REPLY_UNCLEAR, NULL},
	{"承認しますが、日付は直してください", SG_REPLY_UNCLEAR, NULL},
	{"承認\nできません", SG_REPLY_UNCLEAR, NULL},
	{"承認\n\nは保留とします", SG_REPLY_UNCLEAR, NULL},
	{"OK\nnot yet", SG_REPLY_UNCLEAR, NULL},
	{"承認お願いします", SG_REPLY_UNCLEAR, NULL},
	{"承認をお願いします", SG_REPLY_UNCLEAR, NULL},
	{"承認してください", SG_REPLY_UNCLEAR, NULL},
	{"承認ですか？", SG_REPLY_UNCLEAR, NULL},
	{"承認でしょうか", SG_REPLY_UNCLEAR, NULL},
	{"OKですか", SG_REPLY_UNCLEAR, NULL},
	{"承認？", SG_REPLY_UNCLEAR, NULL},
	{"OK?", SG_REPLY_UNCLEAR, NULL},
	{"OK ?", SG_REPLY_UNCLEAR, NULL},
	{"OKではありません", SG_REPLY_UNCLEAR, NULL},
	{"OK ではありません", SG_REPLY_UNCLEAR, NULL},
	{"OK, not yet", SG_REPLY_UNCLEAR, NULL},
	{"not approve", SG_REPLY_UNCLEAR, NULL},
	{"Not approved", SG_REPLY_UNCLEAR, NULL},
	{"I approve", SG_REPLY_UNCLEAR, NULL},
	{"yes, but the date is wrong", SG_REPLY_UNCLEAR, NULL},
	{"了承しました", SG_REPLY_UNCLEAR, NULL},
	{"了解しました", SG_REPLY_UNCLEAR, NULL},
	{"先日承認した件ですが", SG_REPLY_UNCLEAR, NULL},
	{"まだ承認できません", SG_REPLY_UNCLEAR, NULL},
	{"承認。差戻し。", SG_REPLY_UNCLEAR, NULL},
	{"承認か差戻しか", SG_REPLY_UNCLEAR, NULL},
	{"OK\nNGの箇所があります", SG_REPLY_UNCLEAR, NULL},
	{"Oklahoma", SG_REPLY_UNCLEAR, NULL},
	{"token", SG_REPLY_UNCLEAR, NULL},
	{"×", SG_REPLY_UNCLEAR, NULL},
	{"", SG_REPLY_UNCLEAR, NULL},
	{"\n\n\n", SG_REPLY_UNCLEAR, NULL},
	{"> 承認", SG_REPLY_UNCLEAR, NULL},
	{"お疲れ様です。\n山田です。\n広報課です。\n承認",
	 SG_REPLY_UNCLEAR, NULL},
	{"お疲れ様です。いつもお世話になっております。先日ご相談した件につき"
	 "まして確認いたしました。\n承認",
	 SG_REPLY_UNCLEAR, NULL},
	{"差戻ししません", SG_REPLY_UNCLEAR, NULL},
	{"差し戻さない", SG_REPLY_UNCLEAR, NULL},
	{"差戻しは不要です", SG_REPLY_UNCLEAR, NULL},
	{"却下しないでください", SG_REPLY_UNCLEAR, NULL},
	{"NGではありません", SG_REPLY_UNCLEAR, NULL},
	{"NG not really", SG_REPLY_UNCLEAR, NULL},
	{"差戻しではなく承認で", SG_REPLY_UNCLEAR, NULL},
	{"差し戻し 承認", SG_REPLY_UNCLEAR, NULL},
	{"差戻しを検討しています", SG_REPLY_UNCLEAR, NULL},
	{"差戻しかもしれません", SG_REPLY_UNCLEAR, NULL},
	{"差し戻すべきか相談させてください", SG_REPLY_UNCLEAR, NULL},
	{"差戻しの予定です", SG_REPLY_UNCLEAR, NULL},

	/* Reject, with the reason as written. */
	{"差戻し", SG_REPLY_REJECT, ""},
	{"差し戻し", SG_REPLY_REJECT, ""},
	{"差戻", SG_REPLY_REJECT, ""},
	{"差戻し\n日付の曜日が違います。\n修正してください。",
	 SG_REPLY_REJECT, "日付の曜日が違います。\n修正してください。"},
	{"却下：写真の肖像権を確認してください",
	 SG_REPLY_REJECT, "写真の肖像権を確認してください"},
	{"却下: 写真", SG_REPLY_REJECT, "写真"},
	{"却下：ＵＲＬが違います", SG_REPLY_REJECT, "ＵＲＬが違います"},
	{"差し戻します。写真を差し替えてください。",
	 SG_REPLY_REJECT, "写真を差し替えてください。"},
	{"差し戻しします", SG_REPLY_REJECT, ""},
	{"差戻します", SG_REPLY_REJECT, ""},
	{"差戻しです。\n日付", SG_REPLY_REJECT, "日付"},
	{"差戻しでお願いします。日付が違います",
	 SG_REPLY_REJECT, "日付が違います"},
	{"差戻しで。", SG_REPLY_REJECT, ""},
	{"差し戻しをお願いします。", SG_REPLY_REJECT, ""},
	{"差戻 日付", SG_REPLY_REJECT, "日付"},
	{"差戻し\u3000日付が違います", SG_REPLY_REJECT, "日付が違います"},
	{"不承認", SG_REPLY_REJECT, ""},
	{"不承認です。理由は後ほど", SG_REPLY_REJECT, "理由は後ほど"},
	{"NG\n写真が暗い", SG_REPLY_REJECT, "写真が暗い"},
	{"ＮＧ", SG_REPLY_REJECT, ""},
	{"ng 写真", SG_REPLY_REJECT, "写真"},
	{"REJECT: wrong date", SG_REPLY_REJECT, "wrong date"},
	{"Rejected.\nWrong weekday.", SG_REPLY_REJECT, "Wrong weekday."},
	{"『差戻し』日付が違います", SG_REPLY_REJECT, "日付が違います"},
	{"差戻し\n理由: 日付の曜日が違います",
	 SG_REPLY_REJECT, "日付の曜日が違います"},
	{"差戻し\n理由：", SG_REPLY_REJECT, ""},
	{"REJECT\nReason: wrong date", SG_REPLY_REJECT, "wrong date"},
	{"差戻し：写真の使用許可を取ってください",
	 SG_REPLY_REJECT, "写真の使用許可を取ってください"},
	{"お疲れ様です。\n差戻しします。\n\u3000日付が違います。\n\n山田",
	 SG_REPLY_REJECT, "日付が違います。\n\n山田"},
	{"差戻し\n日付\n承認コード: SG-20261124-7K3QX."
	 "abcdefghijklmnopqrstuvwxyz234567\n",
	 SG_REPLY_REJECT, "日付"},
	{"差し戻し\n\n日付が違います。\n\nSent from my iPhone",
	 SG_REPLY_REJECT, "日付が違います。"},
	{"差戻し\n承認できない理由: 日付",
	 SG_REPLY_REJECT, "承認できない理由: 日付"},
};

START_TEST(test_command)
{
	const CommandCase *c = &command_cases[_i];
	g_autoptr(SgReply) reply = parse_body(c->body);

	ck_assert_msg(reply->command == c->command, "%s: got %s, want %s",
		      c->body, command_name(reply->command),
		      command_name(c->command));
	ck_assert_text(c->body, "reason", reply->reason, c->reason);
}
END_TEST

/* --- the ticket code line ------------------------------------------------- */

typedef struct {
	const char *body;
	const char *ticket;
	const char *token;
} CodeCase;

#define TOKEN "abcdefghijklmnopqrstuvwxyz234567"

static const CodeCase code_cases[] = {
	{"承認\n\n> 承認コード: SG-20261124-7K3QX." TOKEN "\n",
	 "SG-20261124-7K3QX", TOKEN},
	{"承認\n承認コード: SG-20261124-7K3QX." TOKEN, "SG-20261124-7K3QX",
	 TOKEN},
	{"承認\n>> 承認コード: SG-20261124-7K3QX." TOKEN,
	 "SG-20261124-7K3QX", TOKEN},
	{"承認\nCode: SG-20261124-7K3QX.ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
	 "SG-20261124-7K3QX", TOKEN},
	{"承認\ncode:sg-20261124-7k3qx." TOKEN, "SG-20261124-7K3QX", TOKEN},
	{"承認\n承認コード：ＳＧ－２０２６１１２４－７Ｋ３ＱＸ．" TOKEN,
	 "SG-20261124-7K3QX", TOKEN},
	{"承認\n承認コード: SG-20261124-7K3QX." TOKEN "。",
	 "SG-20261124-7K3QX", TOKEN},
	/* The same code twice (text and quote) is one code. */
	{"承認コード: SG-20261124-7K3QX." TOKEN "\n> 承認コード: "
	 "SG-20261124-7K3QX." TOKEN,
	 "SG-20261124-7K3QX", TOKEN},
	/* Two different codes are none. */
	{"承認コード: SG-20261124-7K3QX." TOKEN "\n> 承認コード: "
	 "SG-20261124-7K3QY." TOKEN,
	 NULL, NULL},
	/* Malformed. */
	{"承認コード: SG-20261124-7K3QX.abcdefghijklmnopqrstuvwxyz23456", NULL,
	 NULL},
	{"承認コード: SG-20261124-7K3QX." TOKEN "a", NULL, NULL},
	{"承認コード: SG-20261124-7K3QX.abcdefghijklmnopqrstuvwxyz234568",
	 NULL, NULL},
	{"承認コード: SG-20261124-7K3Q." TOKEN, NULL, NULL},
	{"承認コード: SG-2026112-7K3QX." TOKEN, NULL, NULL},
	{"承認コード: SG-20261124_7K3QX." TOKEN, NULL, NULL},
	{"承認コード: XG-20261124-7K3QX." TOKEN, NULL, NULL},
	{"承認コード: SG-20261124-7K3QX", NULL, NULL},
	{"承認番号: SG-20261124-7K3QX." TOKEN, NULL, NULL},
	{"SG-20261124-7K3QX." TOKEN, NULL, NULL},
	{"承認", NULL, NULL},
};

#undef TOKEN

START_TEST(test_code)
{
	const CodeCase *c = &code_cases[_i];
	g_autoptr(SgReply) reply = parse_body(c->body);

	ck_assert_text(c->body, "ticket", reply->ticket, c->ticket);
	ck_assert_text(c->body, "token", reply->token, c->token);
}
END_TEST

/* --- which body ----------------------------------------------------------- */

/* text/plain is preferred; an empty one gives way to the HTML; the code
 * line is found in any alternative. */
START_TEST(test_body_choice)
{
	static const char *const msg =
		"From: yamada-t@city.chiyoda.lg.jp\n"
		"MIME-Version: 1.0\n"
		"Content-Type: multipart/alternative; boundary=b\n\n"
		"--b\n"
		"Content-Type: text/plain; charset=utf-8\n\n"
		"%s\n"
		"--b\n"
		"Content-Type: text/html; charset=utf-8\n\n"
		"<p>差戻し</p><p>写真</p>"
		"<p>承認コード: SG-20261124-7K3QX."
		"abcdefghijklmnopqrstuvwxyz234567</p>\n"
		"--b--\n";
	g_autofree char *with_plain = g_strdup_printf(msg, "承認");
	g_autofree char *empty_plain = g_strdup_printf(msg, " \n");
	g_autoptr(SgReply) a = parse_bytes(with_plain, strlen(with_plain));
	g_autoptr(SgReply) b = parse_bytes(empty_plain, strlen(empty_plain));

	ck_assert_int_eq(a->command, SG_REPLY_APPROVE);
	ck_assert_str_eq(a->own_text, "承認");
	ck_assert_str_eq(a->ticket, "SG-20261124-7K3QX");
	ck_assert_int_eq(b->command, SG_REPLY_REJECT);
	/* The HTML's own text runs to the code line, which is no reason. */
	ck_assert_str_eq(b->reason, "写真");
	ck_assert_str_eq(b->ticket, "SG-20261124-7K3QX");
}
END_TEST

START_TEST(test_no_body)
{
	static const char *const msg =
		"From: yamada-t@city.chiyoda.lg.jp\n"
		"Subject: 承認\n"
		"MIME-Version: 1.0\n"
		"Content-Type: image/jpeg\n"
		"Content-Transfer-Encoding: base64\n\n"
		"/9j/4AAQ\n";
	g_autoptr(SgReply) reply = parse_bytes(msg, strlen(msg));

	/* The subject is the request's, never a command. */
	ck_assert_int_eq(reply->command, SG_REPLY_UNCLEAR);
	ck_assert_str_eq(reply->own_text, "");
	ck_assert_ptr_null(reply->ticket);
}
END_TEST

START_TEST(test_free_null)
{
	sg_reply_free(NULL);
}
END_TEST

START_TEST(test_own_text_invalid_utf8)
{
	g_autofree char *own = sg_reply_own_text("承認\xe3\x81\n> x\xff");

	ck_assert(g_utf8_validate(own, -1, NULL));
	ck_assert(g_str_has_prefix(own, "承認"));
}
END_TEST

/* --- robustness ---------------------------------------------------------- */

/* Every fixture cut short at many places, and each own-text case cut at
 * every character: the invariants hold and nothing crashes (ASan runs). */
START_TEST(test_truncated)
{
	for (guint f = 0; f < G_N_ELEMENTS(fixtures); f++) {
		g_autofree char *rel = g_strdup_printf("reply/%s.eml",
						       fixtures[f]);
		g_autoptr(GBytes) bytes = sg_test_read_data(rel);
		gsize len = 0;
		const char *data = g_bytes_get_data(bytes, &len);

		for (gsize cut = 1; cut < len; cut += 61) {
			g_autoptr(GError) error = NULL;
			SgDraft *draft = sg_draft_new_from_data(data, cut, NULL,
								&error);
			SgReply *reply;

			if (draft == NULL)
				continue;
			reply = sg_reply_parse(draft);
			check_invariants(reply);
			sg_reply_free(reply);
			sg_draft_free(draft);
		}
	}
	for (guint i = 0; i < G_N_ELEMENTS(own_cases); i++) {
		const char *text = own_cases[i].text;

		for (const char *p = text;; p = g_utf8_next_char(p)) {
			g_autofree char *prefix = g_strndup(text,
							    (gsize)(p - text));
			g_autofree char *own = sg_reply_own_text(prefix);

			ck_assert(g_utf8_validate(own, -1, NULL));
			ck_assert_uint_le(strlen(own), strlen(prefix));
			if (*p == '\0')
				break;
		}
	}
}
END_TEST

static Suite *
reply_suite(void)
{
	Suite *s = suite_create("reply");
	TCase *tc = tcase_create("fixtures");

	tcase_add_unchecked_fixture(tc, setup, NULL);
	tcase_add_loop_test(tc, test_fixture, 0, G_N_ELEMENTS(fixtures));
	tcase_add_test(tc, test_every_fixture_listed);
	suite_add_tcase(s, tc);

	tc = tcase_create("own-text");
	tcase_add_loop_test(tc, test_own_text, 0, G_N_ELEMENTS(own_cases));
	tcase_add_test(tc, test_own_text_invalid_utf8);
	suite_add_tcase(s, tc);

	tc = tcase_create("command");
	tcase_add_unchecked_fixture(tc, setup, NULL);
	tcase_add_loop_test(tc, test_command, 0, G_N_ELEMENTS(command_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("code");
	tcase_add_unchecked_fixture(tc, setup, NULL);
	tcase_add_loop_test(tc, test_code, 0, G_N_ELEMENTS(code_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("api");
	tcase_add_unchecked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_body_choice);
	tcase_add_test(tc, test_no_body);
	tcase_add_test(tc, test_free_null);
	suite_add_tcase(s, tc);

	tc = tcase_create("stress");
	tcase_add_unchecked_fixture(tc, setup, NULL);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_truncated);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(reply_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
