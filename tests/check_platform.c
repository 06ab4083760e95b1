/* Check suite for rules/platform.c, the account-policy family (clause
 * 4(1)), run through the shipped rule file conf/rules.d/80-account-policy.conf
 * with the accounts of tests/data/platform/platform.conf.  Exact X weighted
 * lengths on crafted texts (ASCII, CJK, full width, half-width kana, URLs
 * with and without a scheme, e-mail addresses, emoji ZWJ sequences, flags,
 * keycaps, skin tones, combining marks, the punctuation ranges that weigh
 * 1) read from the detail of an account whose limit is 1; the 280/281
 * boundary; Instagram's 2,200 characters and 30/31 hashtags (full-width ＃,
 * tags in URLs, numbers and keycaps that are not tags); the image an
 * Instagram post needs; and what is not the post (subject, signature, the
 * HTML twin of a plain part).
 */
#include "config.h"

#include <check.h>
#include <gmime/gmime.h>
#include <glib/gstdio.h>
#include <snsgate/draft.h>
#include <snsgate/rules.h>
#include <string.h>

#include "testutil.h"

static SgConfig *config;
static SgRuleSet *rules;
static char *rules_dir;

static void
setup(void)
{
	g_autofree char *path = sg_test_data_path("platform/platform.conf");
	g_autofree char *src =
	    sg_test_src_path("conf/rules.d/80-account-policy.conf");
	g_autofree char *contents = NULL;
	g_autofree char *dst = NULL;
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) problems = NULL;

	config = sg_config_load(path, &problems, &error);
	ck_assert_msg(config != NULL, "%s: %s", error ? error->message : "",
	              problems && problems->len
	                  ? (char *)g_ptr_array_index(problems, 0)
	                  : "");
	g_clear_pointer(&problems, g_ptr_array_unref);
	rules_dir = g_dir_make_tmp("sg-platform-XXXXXX", &error);
	ck_assert_msg(rules_dir != NULL, "%s", error ? error->message : "");
	ck_assert(g_file_get_contents(src, &contents, NULL, NULL));
	dst = g_build_filename(rules_dir, "80-account-policy.conf", NULL);
	ck_assert(g_file_set_contents(dst, contents, -1, NULL));
	rules = sg_rule_set_load(config, rules_dir, &problems, &error);
	ck_assert_msg(rules != NULL, "%s: %s", error ? error->message : "",
	              problems && problems->len
	                  ? (char *)g_ptr_array_index(problems, 0)
	                  : "");
}

static void
teardown(void)
{
	g_autofree char *dst =
	    g_build_filename(rules_dir, "80-account-policy.conf", NULL);

	sg_rule_set_unref(rules);
	sg_config_unref(config);
	g_unlink(dst);
	g_rmdir(rules_dir);
	g_free(rules_dir);
}

/* --- drafts --------------------------------------------------------------- */

#define HEADERS                                                                \
	"From: staff@city.chiyoda.lg.jp\r\n"                                   \
	"To: sns-approval@city.chiyoda.lg.jp\r\n"                              \
	"Date: Tue, 24 Nov 2026 10:00:00 +0900\r\n"                            \
	"MIME-Version: 1.0\r\n"

/* A tiny JPEG's first bytes, enough for content sniffing. */
#define JPEG_BASE64 "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAP//////////////////8="

static SgDraft *
parse(const char *msg)
{
	g_autoptr(GError) error = NULL;
	SgDraft *draft = sg_draft_new_from_data(msg, strlen(msg), NULL, &error);

	ck_assert_msg(draft != NULL, "%s", error ? error->message : "");
	return draft;
}

static SgDraft *
draft_text(const char *subject, const char *body)
{
	g_autofree char *msg = g_strdup_printf(
	    HEADERS "Subject: %s\r\n"
	            "Content-Type: text/plain; charset=UTF-8\r\n"
	            "Content-Transfer-Encoding: 8bit\r\n\r\n%s",
	    subject, body);

	return parse(msg);
}

static SgDraft *
draft_html(const char *html)
{
	g_autofree char *msg = g_strdup_printf(
	    HEADERS "Subject: test\r\n"
	            "Content-Type: text/html; charset=UTF-8\r\n"
	            "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n",
	    html);

	return parse(msg);
}

static SgDraft *
draft_alternative(const char *plain, const char *html)
{
	g_autofree char *msg = g_strdup_printf(
	    HEADERS "Subject: test\r\n"
	            "Content-Type: multipart/alternative; boundary=b\r\n\r\n"
	            "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n"
	            "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
	            "--b\r\nContent-Type: text/html; charset=UTF-8\r\n"
	            "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
	            "--b--\r\n",
	    plain, html);

	return parse(msg);
}

static SgDraft *
draft_with_attachment(const char *body, const char *type, const char *name)
{
	g_autofree char *msg = g_strdup_printf(
	    HEADERS "Subject: test\r\n"
	            "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
	            "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n"
	            "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
	            "--b\r\nContent-Type: %s; name=%s\r\n"
	            "Content-Disposition: attachment; filename=%s\r\n"
	            "Content-Transfer-Encoding: base64\r\n\r\n" JPEG_BASE64
	            "\r\n--b--\r\n",
	    body, type, name, name);

	return parse(msg);
}

static char *
repeat(const char *s, guint n)
{
	GString *out = g_string_new(NULL);

	for (guint i = 0; i < n; i++)
		g_string_append(out, s);
	return g_string_free(out, FALSE);
}

static GPtrArray *
check_as(const SgDraft *draft, const char *account)
{
	SgCheckContext ctx = {
		.config = config,
		.account =
			account != NULL ? sg_config_get_account(config, account)
					: NULL,
	};
	g_autoptr(GError) error = NULL;
	GPtrArray *findings;

	ck_assert_msg(account == NULL || ctx.account != NULL, "no account %s",
	              account);
	findings = sg_rule_set_check(rules, draft, &ctx, &error);
	ck_assert_msg(findings != NULL, "%s", error ? error->message : "");
	return findings;
}

/* The first finding of @rule at @severity or above. */
static const SgFinding *
find_at(GPtrArray *findings, const char *rule, SgSeverity severity)
{
	for (guint i = 0; i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);

		if (g_strcmp0(f->rule, rule) == 0 && f->severity >= severity)
			return f;
	}
	return NULL;
}

/* A finding that @rule is broken (the length used is only info). */
static const SgFinding *
find_rule(GPtrArray *findings, const char *rule)
{
	return find_at(findings, rule, SG_SEVERITY_WARN);
}

/* The count in a finding's detail "COUNT/LIMIT"; -1 without a finding. */
static gint64
detail_count(GPtrArray *findings, const char *rule)
{
	const SgFinding *f = find_rule(findings, rule);

	if (f == NULL || f->detail == NULL)
		return -1;
	return g_ascii_strtoll(f->detail, NULL, 10);
}

/* --- X weighted length ---------------------------------------------------- */

/* Every text weighs at least 2, so that it is over the limit of 1. */

static const struct {
	const char *text;
	gint64 weight;
} x_cases[] = {
	{"hello", 5},
	{"こんにちは", 10},
	{"千代田区", 8},
	{"ｈｅｌｌｏ", 10}, /* full width */
	{"ｶﾀｶﾅ", 8},        /* half-width kana */
	{"Ωмир", 4},        /* Greek, Cyrillic < U+1100 */
	{"한국어", 6},
	{"\xe1\x84\x80", 2},                  /* U+1100, the first 2 */
	{"\xf0\xa0\xae\xb7", 2},              /* 𠮷, outside the BMP */
	{"\xe2\x80\x93\xe2\x80\x94", 2},      /* – — in 8208–8223 */
	{"\xe2\x80\x9cquote\xe2\x80\x9d", 7}, /* “ ” */
	{"\xe2\x80\xa6", 2},                  /* … U+2026 is not in a range */
	{"\xe2\x80\xb2"
	 "a",
	 2},                 /* ′ U+2032 weighs 1 */
	{"\xe3\x80\x82", 2}, /* 。 */
	{"cafe\xcc\x81", 4}, /* e + U+0301 → é (NFC) */
	{"\xc2\xa9"
	 "a",
	 2}, /* © as text weighs 1 */
	{"a\nb", 3},
	{"  abc\n\n\n", 3}, /* trimmed */
	{"https://www.city.chiyoda.lg.jp/koho/a/very/long/path/index.html", 23},
	{"詳細は https://t.co/x", 30},
	{"city.chiyoda.lg.jp/kurashi/", 23}, /* bare domain with a path */
	{"example.com", 23},                 /* bare gTLD domain */
	{"example.jp", 10},                  /* bare ccTLD alone: text */
	{"example.jp/x", 23},
	{"t.co/abc", 23},
	{"(https://example.com)", 25},
	{"https://example.com/a.b.", 24}, /* final '.' is text */
	{"https://example.comです", 27},  /* the URL ends at です */
	{"a@example.com", 13},            /* an e-mail is not a URL */
	{"http://203.0.113.5/", 19},      /* no TLD: not a URL */
	{"URL:https://example.com/x", 27},
	{"\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f"
	 "\x91\xa7\xe2\x80\x8d\xf0\x9f\x91\xa6",
	 2},                                     /* 👨‍👩‍👧‍👦 */
	{"\xf0\x9f\x87\xaf\xf0\x9f\x87\xb5", 2}, /* 🇯🇵 */
	{"1\xef\xb8\x8f\xe2\x83\xa3", 2},        /* 1️⃣ */
	{"\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", 2}, /* 👍🏽 */
	{"\xf0\x9f\x8f\xb3\xef\xb8\x8f\xe2\x80\x8d\xf0\x9f\x8c\x88", 2},
	/* 🏳️‍🌈 */
	{"\xe2\x9d\xa4\xef\xb8\x8f", 2},         /* ❤️ */
	{"\xf0\x9f\x98\x80\xf0\x9f\x98\x80", 4}, /* two emoji */
	{"#千代田区", 9},
};

START_TEST(test_x_weight)
{
	SgDraft *draft = draft_text("件名は数えない", x_cases[_i].text);
	g_autoptr(GPtrArray) findings = check_as(draft, "x-count");
	gint64 got = detail_count(findings, "account-length");

	ck_assert_msg(got == x_cases[_i].weight,
	              "'%s': weight %" G_GINT64_FORMAT
	              ", expected %" G_GINT64_FORMAT,
	              x_cases[_i].text, got, x_cases[_i].weight);
	sg_draft_free(draft);
}
END_TEST

static const struct {
	const char *unit;
	guint n;
	const char *tail;
	bool over;
} boundary_cases[] = {
	{"a", 280, "", false},
	{"a", 281, "", true},
	{"あ", 140, "", false},
	{"あ", 140, "a", true},
	{"a", 257, " https://www.city.chiyoda.lg.jp/a/long/path", true},
	{"a", 256, " https://www.city.chiyoda.lg.jp/a/long/path", false},
	{"\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", 140, "", false},
	{"\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd", 141, "", true},
};

START_TEST(test_x_boundary)
{
	g_autofree char *units =
	    repeat(boundary_cases[_i].unit, boundary_cases[_i].n);
	g_autofree char *text =
	    g_strconcat(units, boundary_cases[_i].tail, "\r\n", NULL);
	SgDraft *draft = draft_text("test", text);
	g_autoptr(GPtrArray) findings = check_as(draft, "x");
	const SgFinding *f = find_rule(findings, "account-length");

	ck_assert_msg((f != NULL) == boundary_cases[_i].over,
	              "%u x '%s' + '%s': %s", boundary_cases[_i].n,
	              boundary_cases[_i].unit, boundary_cases[_i].tail,
	              f ? f->detail : "no finding");
	if (f != NULL) {
		ck_assert_int_eq(f->severity, SG_SEVERITY_BLOCK);
		ck_assert_str_eq(f->clause, "4(1)");
		ck_assert_str_eq(f->family, "account-policy");
	} else {
		/* Within the limit the length used is shown for the officer. */
		const SgFinding *info =
		    find_at(findings, "account-length", SG_SEVERITY_INFO);
		ck_assert_ptr_nonnull(info);
		ck_assert_int_eq(info->severity, SG_SEVERITY_INFO);
		ck_assert_str_eq(info->detail, "280/280");
		ck_assert_ptr_nonnull(strstr(info->message_ja, "280/280"));
	}
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_x_finding)
{
	g_autofree char *line1 = repeat("あ", 100);
	g_autofree char *line2 = repeat("い", 100);
	g_autofree char *text = g_strdup_printf("%s\r\n%s\r\n", line1, line2);
	SgDraft *draft = draft_text("test", text);
	g_autoptr(GPtrArray) findings = check_as(draft, "x");
	const SgFinding *f = find_rule(findings, "account-length");

	/* 200 + 1 (newline) + 200 = 401; the 140th character of line 2 is
	 * the first over 280 (200 + 1 + 79 * 2 = 359 > 280 at column 40). */
	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(f->detail, "401/280");
	ck_assert_uint_eq(f->line, 2);
	ck_assert_uint_eq(f->column, 40);
	ck_assert_ptr_nonnull(strstr(f->message_ja, "401/280"));
	ck_assert_ptr_nonnull(strstr(f->message_en, "X"));
	ck_assert(g_str_has_prefix(f->excerpt, "いい"));
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_account_max_length)
{
	g_autofree char *text = repeat("a", 101);
	SgDraft *draft = draft_text("test", text);
	g_autoptr(GPtrArray) findings = check_as(draft, "x-short");
	const SgFinding *f = find_rule(findings, "account-length");

	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(f->detail, "101/100");
	sg_draft_free(draft);
}
END_TEST

/* --- what is and is not the post ------------------------------------------ */

START_TEST(test_not_the_post)
{
	g_autofree char *subject = repeat("長い件名", 100);
	g_autofree char *body = repeat("a", 270);
	g_autofree char *sig = repeat("署名", 100);
	g_autofree char *text =
	    g_strdup_printf("%s\r\n-- \r\n%s\r\n", body, sig);
	SgDraft *draft = draft_text(subject, text);
	g_autoptr(GPtrArray) findings = check_as(draft, "x");

	ck_assert_ptr_null(find_rule(findings, "account-length"));
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_alternative_counted_once)
{
	g_autofree char *body = repeat("あ", 100);
	g_autofree char *html = g_strdup_printf("<p>%s</p>", body);
	SgDraft *draft = draft_alternative(body, html);
	g_autoptr(GPtrArray) findings = check_as(draft, "x-count");

	ck_assert_int_eq(detail_count(findings, "account-length"), 200);
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_html_only)
{
	SgDraft *draft = draft_html(
	    "<html><body><p>お知らせ</p><p><a href=\"https://example.com/"
	    "x\">https://example.com/x</a></p></body></html>");
	g_autoptr(GPtrArray) findings = check_as(draft, "x-count");

	/* お知らせ (8) + newline (1) + URL (23) */
	ck_assert_int_eq(detail_count(findings, "account-length"), 32);
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_no_account)
{
	g_autofree char *text = repeat("あ", 1000);
	SgDraft *draft = draft_text("test", text);
	g_autoptr(GPtrArray) findings = check_as(draft, NULL);

	ck_assert_uint_eq(findings->len, 0);
	sg_draft_free(draft);
}
END_TEST

/* --- Instagram and others ------------------------------------------------- */

START_TEST(test_instagram_chars)
{
	g_autofree char *ok = repeat("あ", 2200);
	g_autofree char *over = repeat("あ", 2201);
	SgDraft *d1 = draft_with_attachment(ok, "image/jpeg", "a.jpg");
	SgDraft *d2 = draft_with_attachment(over, "image/jpeg", "a.jpg");
	g_autoptr(GPtrArray) f1 = check_as(d1, "instagram");
	g_autoptr(GPtrArray) f2 = check_as(d2, "instagram");
	const SgFinding *f = find_rule(f2, "account-length");

	ck_assert_ptr_null(find_rule(f1, "account-length"));
	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(f->detail, "2201/2200");
	ck_assert_ptr_nonnull(strstr(f->message_ja, "Instagram"));
	sg_draft_free(d1);
	sg_draft_free(d2);
}
END_TEST

START_TEST(test_instagram_counts_code_points)
{
	/* Instagram counts characters: a URL and an emoji as written. */
	SgDraft *draft = draft_text(
	    "test", "https://example.com/ \xf0\x9f\x87\xaf\xf0\x9f\x87\xb5");
	g_autoptr(GPtrArray) findings = check_as(draft, "instagram-count");

	ck_assert_int_eq(detail_count(findings, "account-length"), 23);
	sg_draft_free(draft);
}
END_TEST

static char *
hashtags(guint n)
{
	GString *s = g_string_new("区民まつりのお知らせ\n");

	for (guint i = 1; i <= n; i++)
		g_string_append_printf(s, "#タグ%u ", i);
	return g_string_free(s, FALSE);
}

START_TEST(test_instagram_hashtags_boundary)
{
	g_autofree char *t30 = hashtags(30);
	g_autofree char *t31 = hashtags(31);
	SgDraft *d30 = draft_with_attachment(t30, "image/jpeg", "a.jpg");
	SgDraft *d31 = draft_with_attachment(t31, "image/jpeg", "a.jpg");
	g_autoptr(GPtrArray) f30 = check_as(d30, "instagram");
	g_autoptr(GPtrArray) f31 = check_as(d31, "instagram");
	const SgFinding *f = find_rule(f31, "account-hashtags");

	ck_assert_ptr_null(find_rule(f30, "account-hashtags"));
	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(f->detail, "31/30");
	ck_assert_int_eq(f->severity, SG_SEVERITY_BLOCK);
	ck_assert_str_eq(f->excerpt, "#タグ31");
	ck_assert_ptr_nonnull(strstr(f->message_ja, "31"));
	/* X has no hashtag limit. */
	{
		SgDraft *dx = draft_text("test", t31);
		g_autoptr(GPtrArray) fx = check_as(dx, "x");

		ck_assert_ptr_null(find_rule(fx, "account-hashtags"));
		sg_draft_free(dx);
	}
	sg_draft_free(d30);
	sg_draft_free(d31);
}
END_TEST

static const struct {
	const char *text;
	gint64 tags;
} hashtag_cases[] = {
	{"#a #b", 2},
	{"＃全角 ＃ハッシュ", 2},
	{"#千代田区 #区民まつり2026", 2},
	{"#a https://example.com/#frag #b", 2}, /* not inside URLs */
	{"#a #123 #b", 2},                      /* digits only */
	{"#a C#sharp #b", 2},                   /* after a letter */
	{"#a #\xef\xb8\x8f\xe2\x83\xa3 #b", 2}, /* keycap #️⃣ */
	{"#a &#39; #b", 2},                     /* after '&' */
	{"#a#b #c #d", 2},                      /* #a#b is none */
	{"#a_b #ｶﾀｶﾅ #ちよだ・まつり", 3},
};

START_TEST(test_hashtag_count)
{
	SgDraft *draft = draft_text("test", hashtag_cases[_i].text);
	g_autoptr(GPtrArray) findings = check_as(draft, "instagram-count");
	gint64 got = detail_count(findings, "account-hashtags");

	ck_assert_msg(got == hashtag_cases[_i].tags,
	              "'%s': %" G_GINT64_FORMAT
	              " hashtags, expected %" G_GINT64_FORMAT,
	              hashtag_cases[_i].text, got, hashtag_cases[_i].tags);
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_instagram_image)
{
	SgDraft *none = draft_text("test", "写真はありません");
	SgDraft *jpeg =
	    draft_with_attachment("写真です", "image/jpeg", "photo.jpg");
	SgDraft *octet = draft_with_attachment(
	    "写真です", "application/octet-stream", "photo.jpg");
	SgDraft *pdf =
	    draft_with_attachment("資料です", "application/pdf", "memo.pdf");
	g_autoptr(GPtrArray) f_none = check_as(none, "instagram");
	g_autoptr(GPtrArray) f_jpeg = check_as(jpeg, "instagram");
	g_autoptr(GPtrArray) f_octet = check_as(octet, "instagram");
	g_autoptr(GPtrArray) f_pdf_x = check_as(pdf, "x");
	g_autoptr(GPtrArray) f_noimage = check_as(none, "instagram-noimage");
	g_autoptr(GPtrArray) f_fb = check_as(none, "facebook");
	g_autoptr(GPtrArray) f_x = check_as(none, "x");
	const SgFinding *f = find_rule(f_none, "account-image");

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->severity, SG_SEVERITY_BLOCK);
	ck_assert_str_eq(f->clause, "4(1)");
	ck_assert_ptr_nonnull(strstr(f->message_ja, "Instagram"));
	ck_assert_ptr_null(find_rule(f_jpeg, "account-image"));
	/* Sniffed as JPEG whatever the label says. */
	ck_assert_ptr_null(find_rule(f_octet, "account-image"));
	ck_assert_ptr_null(find_rule(f_pdf_x, "account-image"));
	ck_assert_ptr_null(find_rule(f_noimage, "account-image"));
	/* require_image = yes on the account. */
	ck_assert_ptr_nonnull(find_rule(f_fb, "account-image"));
	ck_assert_ptr_null(find_rule(f_x, "account-image"));
	sg_draft_free(none);
	sg_draft_free(jpeg);
	sg_draft_free(octet);
	sg_draft_free(pdf);
}
END_TEST

START_TEST(test_threads_chars)
{
	g_autofree char *ok = repeat("あ", 500);
	g_autofree char *over = repeat("a", 501);
	SgDraft *d1 = draft_text("test", ok);
	SgDraft *d2 = draft_text("test", over);
	g_autoptr(GPtrArray) f1 = check_as(d1, "threads");
	g_autoptr(GPtrArray) f2 = check_as(d2, "threads");

	ck_assert_ptr_null(find_rule(f1, "account-length"));
	ck_assert_int_eq(detail_count(f2, "account-length"), 501);
	sg_draft_free(d1);
	sg_draft_free(d2);
}
END_TEST

static Suite *
platform_suite(void)
{
	Suite *s = suite_create("platform");
	TCase *tc = tcase_create("platform");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_x_weight, 0, G_N_ELEMENTS(x_cases));
	tcase_add_loop_test(tc, test_x_boundary, 0,
	                    G_N_ELEMENTS(boundary_cases));
	tcase_add_test(tc, test_x_finding);
	tcase_add_test(tc, test_account_max_length);
	tcase_add_test(tc, test_not_the_post);
	tcase_add_test(tc, test_alternative_counted_once);
	tcase_add_test(tc, test_html_only);
	tcase_add_test(tc, test_no_account);
	tcase_add_test(tc, test_instagram_chars);
	tcase_add_test(tc, test_instagram_counts_code_points);
	tcase_add_test(tc, test_instagram_hashtags_boundary);
	tcase_add_loop_test(tc, test_hashtag_count, 0,
	                    G_N_ELEMENTS(hashtag_cases));
	tcase_add_test(tc, test_instagram_image);
	tcase_add_test(tc, test_threads_chars);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(platform_suite());
	int failed;

	/* Once per process: GMime's global state does not survive a
	 * shutdown and a second init (CK_FORK=no runs every test here). */
	g_mime_init();
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	g_mime_shutdown();
	return failed == 0 ? 0 : 1;
}
