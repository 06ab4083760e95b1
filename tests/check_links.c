/* Check suite for rules/links.c, the harmful-links family (clause 5(4)カ),
 * run through the shipped rule file conf/rules.d/70-harmful-links.conf and
 * the shipped configuration (its [allow] domains are city.chiyoda.lg.jp).
 * Table-driven: links that must draw a given rule (IP literals in every
 * browser form, blocklisted and obscene hosts, look-alikes of the ward's
 * domain, mixed scripts, punycode, deceptive link text, userinfo tricks,
 * javascript: links, shorteners), the same links disguised (full width,
 * upper case, trailing dot, zero-width characters, bare host names), and
 * near misses that must draw nothing (the ward's own hosts in every
 * notation, ordinary sites, e-mail addresses, version numbers, links in the
 * signature).  Then the fields of a finding, one finding across
 * alternatives, and problems in a broken rule file with file and line.
 * The other rule families are not loaded, so their state cannot break
 * these tests.
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

/* A rules directory holding only @name from conf/rules.d. */
static char *
isolated_rules_dir(const char *name)
{
	g_autoptr(GError) error = NULL;
	g_autofree char *rel = g_build_filename("conf/rules.d", name, NULL);
	g_autofree char *src = sg_test_src_path(rel);
	g_autofree char *contents = NULL;
	char *dir = g_dir_make_tmp("sg-links-XXXXXX", &error);

	ck_assert_msg(dir != NULL, "%s", error ? error->message : "");
	ck_assert_msg(g_file_get_contents(src, &contents, NULL, &error), "%s",
	              error ? error->message : "");
	g_autofree char *dst = g_build_filename(dir, name, NULL);
	ck_assert(g_file_set_contents(dst, contents, -1, NULL));
	return dir;
}

static void
remove_dir(const char *dir)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const char *name;

	while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
		g_autofree char *path = g_build_filename(dir, name, NULL);
		g_unlink(path);
	}
	g_rmdir(dir);
}

static void
setup(void)
{
	g_autofree char *path = sg_test_src_path("conf/snsgate.conf");
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) problems = NULL;

	config = sg_config_load(path, NULL, &error);
	ck_assert_msg(config != NULL, "%s", error ? error->message : "");
	rules_dir = isolated_rules_dir("70-harmful-links.conf");
	rules = sg_rule_set_load(config, rules_dir, &problems, &error);
	ck_assert_msg(rules != NULL, "%s: %s", error ? error->message : "",
	              problems && problems->len
	                  ? (char *)g_ptr_array_index(problems, 0)
	                  : "");
}

static void
teardown(void)
{
	sg_rule_set_unref(rules);
	sg_config_unref(config);
	remove_dir(rules_dir);
	g_free(rules_dir);
}

/* --- drafts --------------------------------------------------------------- */

#define HEADERS                                                                \
	"From: koho-tanto1@city.chiyoda.lg.jp\r\n"                             \
	"To: sns-approval+x@city.chiyoda.lg.jp\r\n"                            \
	"Date: Tue, 24 Nov 2026 10:00:00 +0900\r\n"                            \
	"MIME-Version: 1.0\r\n"

static SgDraft *
parse(const char *msg)
{
	g_autoptr(GError) error = NULL;
	SgDraft *draft = sg_draft_new_from_data(msg, strlen(msg), NULL, &error);

	ck_assert_msg(draft != NULL, "%s", error ? error->message : "");
	return draft;
}

static SgDraft *
draft_single(const char *subject, const char *type, const char *body)
{
	g_autofree char *msg = g_strdup_printf(
	    HEADERS "Subject: %s\r\n"
	            "Content-Type: %s; charset=UTF-8\r\n"
	            "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n",
	    subject, type, body);

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
draft_attachment(const char *body, const char *name, const char *text)
{
	g_autofree char *msg = g_strdup_printf(
	    HEADERS "Subject: test\r\n"
	            "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
	            "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n"
	            "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
	            "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n"
	            "Content-Disposition: attachment; filename=%s\r\n"
	            "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
	            "--b--\r\n",
	    body, name, text);

	return parse(msg);
}

static GPtrArray *
check(const SgDraft *draft)
{
	SgCheckContext ctx = {.config = config};
	g_autoptr(GError) error = NULL;
	GPtrArray *findings = sg_rule_set_check(rules, draft, &ctx, &error);

	ck_assert_msg(findings != NULL, "%s", error ? error->message : "");
	return findings;
}

static char *
describe(GPtrArray *findings)
{
	GString *s = g_string_new(NULL);

	for (guint i = 0; i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);

		g_string_append_printf(s, "\n  %s [%s] %s: %s", f->rule,
		                       sg_severity_to_string(f->severity),
		                       f->excerpt, f->detail ? f->detail : "");
	}
	if (findings->len == 0)
		g_string_append(s, " (none)");
	return g_string_free(s, FALSE);
}

static const SgFinding *
find_rule(GPtrArray *findings, const char *rule)
{
	for (guint i = 0; i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);

		if (g_strcmp0(f->rule, rule) == 0)
			return f;
	}
	return NULL;
}

static guint
count_rule(GPtrArray *findings, const char *rule)
{
	guint n = 0;

	for (guint i = 0; i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);

		n += g_strcmp0(f->rule, rule) == 0;
	}
	return n;
}

/* --- links that must be found --------------------------------------------- */

typedef enum { IN_TEXT, IN_HTML, IN_SUBJECT, IN_ATTACHMENT } SgWhere;

static SgDraft *
draft_for(SgWhere where, const char *content)
{
	switch (where) {
	case IN_HTML:
		return draft_single("test", "text/html", content);
	case IN_SUBJECT:
		return draft_single(content, "text/plain", "本文です。");
	case IN_ATTACHMENT:
		return draft_attachment("添付をご覧ください。", "memo.txt",
		                        content);
	case IN_TEXT:
	default:
		return draft_single("test", "text/plain", content);
	}
}

static const struct {
	SgWhere where;
	const char *content;
	const char *rule;
	SgSeverity severity;
} hit_cases[] = {
	/* IP literals in the forms browsers accept. */
	{IN_TEXT, "詳細は http://203.0.113.5/event をご覧ください。",
	 "harmful-link-ip", SG_SEVERITY_BLOCK},
	{IN_TEXT, "http://3232235777/", "harmful-link-ip", SG_SEVERITY_BLOCK},
	{IN_TEXT, "http://0xC0.0xA8.1.1/x",
	 "harmful-link-ip", SG_SEVERITY_BLOCK},
	{IN_TEXT, "http://0300.0250.0.1/",
	 "harmful-link-ip", SG_SEVERITY_BLOCK},
	{IN_TEXT, "http://0xcb007105/", "harmful-link-ip", SG_SEVERITY_BLOCK},
	{IN_TEXT, "http://[2001:db8::1]/",
	 "harmful-link-ip", SG_SEVERITY_BLOCK},
	{IN_TEXT, "会場案内 203.0.113.5/map", "harmful-link-ip", SG_SEVERITY_BLOCK},
	{IN_TEXT, "http://city.chiyoda.lg.jp@203.0.113.5/", "harmful-link-ip",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "http://city.chiyoda.lg.jp@203.0.113.5/",
	 "harmful-link-deceptive", SG_SEVERITY_BLOCK},
	/* Look-alikes of the ward's domain. */
	{IN_TEXT, "https://chiyoda-lg.jp/news", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://city-chiyoda.lg.jp/", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://city.chiyoda.lg.jp.evil.example/login",
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://www.city.chiyoda.lg.jp.example.com/",
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://cíty.chiyoda.lg.jp/", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://city.chiyoda.Ig.jp/", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://city.chiy0da.lg.jp/", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://city.chiyouda.lg.jp/", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://xn--cty-rma.chiyoda.lg.jp/",
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://\xd1\x81ity.chiyoda.lg.jp/", /* Cyrillic с */
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://www.c\xd1\x96ty.chiyoda.lg.jp/", /* Cyrillic і */
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://chiyoda.lg.jp/", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://wwwcity.chiyoda.lg.jp/", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "http://city.chiyoda.lg.jp%2Eevil.example/",
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	/* Mixed scripts in one label, not imitating the ward. */
	{IN_TEXT, "https://p\xd0\xb0ypal.example/", /* Cyrillic а */
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	/* Punycode that is not a look-alike only warns. */
	{IN_TEXT, "https://xn--wgv71a119e.example/", "harmful-link-punycode",
	 SG_SEVERITY_WARN},
	/* Deceptive link text and unsafe schemes in HTML. */
	{IN_HTML,
	 "<p><a href=\"https://evil.example/\">"
	 "https://www.city.chiyoda.lg.jp/</a></p>",
	 "harmful-link-deceptive", SG_SEVERITY_BLOCK},
	{IN_HTML,
	 "<p><a href=\"https://login.evil.example/\">"
	 "city.chiyoda.lg.jp のお知らせ</a></p>",
	 "harmful-link-deceptive", SG_SEVERITY_BLOCK},
	{IN_HTML, "<p><a href=\"javascript:alert(1)\">詳細</a></p>",
	 "harmful-link-scheme", SG_SEVERITY_BLOCK},
	{IN_HTML, "<p><a href=\" JavaScript:void(0)\">詳細</a></p>",
	 "harmful-link-scheme", SG_SEVERITY_BLOCK},
	{IN_HTML,
	 "<p><a href=\"data:text/html;base64,PHNjcmlwdD4=\">詳細</a></p>",
	 "harmful-link-scheme", SG_SEVERITY_BLOCK},
	{IN_HTML, "<p><a href=\"http://198.51.100.7/\">こちら</a></p>",
	 "harmful-link-ip", SG_SEVERITY_BLOCK},
	{IN_HTML, "<p><a href=\"https:\\\\chiyoda-lg.jp\\\">こちら</a></p>",
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	{IN_HTML, "<p><a href=\"//chiyoda-lg.jp/x\">こちら</a></p>",
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	/* Blocklisted domains and obscene host names. */
	{IN_TEXT, "http://videos.xxx/",
	 "harmful-link-blocked", SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://free-porn.example/", "harmful-link-blocked",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://www.onlinecasino.example/", "harmful-link-blocked",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://testsafebrowsing.appspot.com/s/malware.html",
	 "harmful-link-blocked", SG_SEVERITY_BLOCK},
	/* Shorteners warn. */
	{IN_TEXT, "申込みは https://bit.ly/3abcDEF から", "harmful-link-shortener",
	 SG_SEVERITY_WARN},
	{IN_TEXT, "https://t.co/AbCdEf", "harmful-link-shortener",
	 SG_SEVERITY_WARN},
	{IN_TEXT, "tinyurl.com/y3k9abcd", "harmful-link-shortener",
	 SG_SEVERITY_WARN},
	/* Evasions. */
	{IN_TEXT,
	 "\xef\xbd\x88\xef\xbd\x94\xef\xbd\x94\xef\xbd\x90\xef\xbc\x9a"
	 "\xef\xbc\x8f\xef\xbc\x8f\xef\xbc\x92\xef\xbc\x90\xef\xbc\x93"
	 "\xef\xbc\x8e\xef\xbc\x90\xef\xbc\x8e\xef\xbc\x91\xef\xbc\x91"
	 "\xef\xbc\x93\xef\xbc\x8e\xef\xbc\x95\xef\xbc\x8f",
	 "harmful-link-ip",
	 SG_SEVERITY_BLOCK}, /* ｈｔｔｐ：／／２０３．０．１１３．５／ */
	{IN_TEXT, "ｈｔｔｐｓ：／／ｃｉｔｙ－ｃｈｉｙｏｄａ．ｌｇ．ｊｐ／",
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	{IN_TEXT, "HTTP://CITY-CHIYODA.LG.JP/", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://chiyoda-lg.jp./", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "https://city\xe2\x80\x8b-chiyoda.lg.jp/",
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	{IN_TEXT, "詳しくはcity-chiyoda.lg.jp/eventまで。",
	 "harmful-link-lookalike", SG_SEVERITY_BLOCK},
	{IN_TEXT, "URL:https://chiyoda-lg.jp/", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	{IN_TEXT, "（https://chiyoda-lg.jp/）", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
	/* Other places: subject, text attachment. */
	{IN_SUBJECT, "お知らせ http://203.0.113.9/", "harmful-link-ip",
	 SG_SEVERITY_BLOCK},
	{IN_ATTACHMENT, "参考: https://chiyoda-lg.jp/", "harmful-link-lookalike",
	 SG_SEVERITY_BLOCK},
};

START_TEST(test_hits)
{
	SgDraft *draft = draft_for(hit_cases[_i].where, hit_cases[_i].content);
	g_autoptr(GPtrArray) findings = check(draft);
	g_autofree char *all = describe(findings);
	const SgFinding *f = find_rule(findings, hit_cases[_i].rule);

	ck_assert_msg(f != NULL, "'%s': no %s; got%s", hit_cases[_i].content,
	              hit_cases[_i].rule, all);
	ck_assert_msg(f->severity == hit_cases[_i].severity,
	              "'%s': %s has severity %s", hit_cases[_i].content,
	              f->rule, sg_severity_to_string(f->severity));
	ck_assert_str_eq(f->family, "harmful-links");
	ck_assert_str_eq(f->clause, "5(4)カ");
	sg_draft_free(draft);
}
END_TEST

/* --- near misses ---------------------------------------------------------- */

static const struct {
	SgWhere where;
	const char *content;
} clean_cases[] = {
	{IN_TEXT, "https://www.city.chiyoda.lg.jp/koho/index.html"},
	{IN_TEXT, "区HP（https://city.chiyoda.lg.jp/）をご覧ください。"},
	{IN_TEXT, "HTTPS://WWW.CITY.CHIYODA.LG.JP/"},
	{IN_TEXT, "https://www.city.chiyoda.lg.jp./"},
	{IN_TEXT, "ｈｔｔｐｓ：／／ｗｗｗ．ｃｉｔｙ．ｃｈｉｙｏｄａ．ｌｇ．ｊｐ／"},
	{IN_TEXT, "www.city.chiyoda.lg.jp/kurashi/gomi/"},
	{IN_TEXT, "https://www.metro.tokyo.lg.jp/"},
	{IN_TEXT, "https://www.city.shinjuku.lg.jp/"},
	{IN_TEXT, "https://www.city.chiba.lg.jp/"},
	{IN_TEXT, "https://town.chiyoda.gunma.jp/"},
	{IN_TEXT, "https://www.chiyoda-kanko.jp/"},
	{IN_TEXT, "https://visit-chiyoda.tokyo/"},
	{IN_TEXT, "https://www.youtube.com/watch?v=abc123"},
	{IN_TEXT, "https://ja.wikipedia.org/wiki/千代田区"},
	{IN_TEXT, "https://x.com/chiyoda_koho/status/1"},
	{IN_TEXT, "https://www.essex.ac.uk/ と https://www.sussex.ac.uk/"},
	{IN_TEXT, "問い合わせ: koho@city.chiyoda.lg.jp"},
	{IN_TEXT, "連絡先 info@free-casino.example まで"},
	{IN_TEXT, "バージョン1.2.3.4を公開しました。"},
	{IN_TEXT, "資料は report.pdf と node.js を参照。e.g. 例"},
	{IN_TEXT, "本文です。\n-- \nhttps://203.0.113.5/\n"},
	{IN_HTML, "<p><a href=\"https://www.city.chiyoda.lg.jp/\">千代田区ホーム"
			  "ページ</a></p>"},
	{IN_HTML, "<p><a href=\"https://www.city.chiyoda.lg.jp/kurashi/\">"
			  "www.city.chiyoda.lg.jp</a></p>"},
	{IN_HTML, "<p><a href=\"https://city.chiyoda.lg.jp/\">"
			  "https://www.city.chiyoda.lg.jp/</a></p>"},
	{IN_HTML, "<p><a href=\"mailto:koho@city.chiyoda.lg.jp\">"
			  "koho@city.chiyoda.lg.jp</a></p>"},
	{IN_HTML, "<p><a href=\"tel:03-3264-2111\">03-3264-2111</a></p>"},
	{IN_HTML, "<p><a href=\"#top\">ページの先頭へ</a></p>"},
	{IN_HTML, "<p><a href=\"https://www.youtube.com/watch?v=abc\">"
			  "youtu.be/abc</a></p>"},
	{IN_SUBJECT, "【お知らせ】区民まつり"},
};

START_TEST(test_clean)
{
	SgDraft *draft =
	    draft_for(clean_cases[_i].where, clean_cases[_i].content);
	g_autoptr(GPtrArray) findings = check(draft);
	g_autofree char *all = describe(findings);

	ck_assert_msg(findings->len == 0, "'%s': expected no finding, got%s",
	              clean_cases[_i].content, all);
	sg_draft_free(draft);
}
END_TEST

/* --- fields, alternatives, problems --------------------------------------- */

START_TEST(test_finding_fields)
{
	SgDraft *draft =
	    draft_single("test", "text/plain",
	                 "区からのお知らせ\r\n詳細は "
	                 "ｈｔｔｐｓ：／／ｃｈｉｙｏｄａ－ｌｇ．ｊｐ／ へ");
	g_autoptr(GPtrArray) findings = check(draft);
	const SgFinding *f = find_rule(findings, "harmful-link-lookalike");

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->piece_kind, SG_PIECE_BODY);
	ck_assert_uint_eq(f->line, 2);
	ck_assert_uint_eq(f->column, 5);
	/* The excerpt is the URL as written, full width and all. */
	ck_assert_str_eq(f->excerpt,
	                 "ｈｔｔｐｓ：／／ｃｈｉｙｏｄａ－ｌｇ．ｊｐ／");
	ck_assert_ptr_nonnull(strstr(f->message_ja, "chiyoda-lg.jp"));
	ck_assert_ptr_nonnull(strstr(f->message_en, "chiyoda-lg.jp"));
	ck_assert_ptr_nonnull(strstr(f->detail, "city.chiyoda.lg.jp"));
	ck_assert_ptr_nonnull(f->advice_ja);
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_html_excerpt_is_href)
{
	SgDraft *draft = draft_single(
	    "test", "text/html",
	    "<p>申込みは<a href=\"http://198.51.100.7/form\">こちら</a></p>");
	g_autoptr(GPtrArray) findings = check(draft);
	const SgFinding *f = find_rule(findings, "harmful-link-ip");

	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(f->excerpt, "http://198.51.100.7/form");
	ck_assert_uint_eq(f->line, 1);
	ck_assert_ptr_nonnull(strstr(f->message_ja, "198.51.100.7"));
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_integer_ip_detail)
{
	SgDraft *draft =
	    draft_single("test", "text/plain", "http://3232235777/");
	g_autoptr(GPtrArray) findings = check(draft);
	const SgFinding *f = find_rule(findings, "harmful-link-ip");

	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(strstr(f->detail, "192.168.1.1"));
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_alternatives_once)
{
	SgDraft *draft =
	    draft_alternative("詳細は https://chiyoda-lg.jp/ へ",
	                      "<p>詳細は <a href=\"https://chiyoda-lg.jp/\">"
	                      "https://chiyoda-lg.jp/</a> へ</p>");
	g_autoptr(GPtrArray) findings = check(draft);
	g_autofree char *all = describe(findings);

	ck_assert_msg(count_rule(findings, "harmful-link-lookalike") == 1,
	              "got%s", all);
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_only_in_html)
{
	/* The plain alternative shows no URL; the HTML one links to a
	 * look-alike behind innocent text. */
	SgDraft *draft = draft_alternative(
	    "詳細は区のホームページへ",
	    "<p>詳細は<a href=\"https://city-chiyoda.lg.jp/\">区のホーム"
	    "ページ</a>へ</p>");
	g_autoptr(GPtrArray) findings = check(draft);

	ck_assert_ptr_nonnull(find_rule(findings, "harmful-link-lookalike"));
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_every_occurrence)
{
	SgDraft *draft =
	    draft_single("test", "text/plain",
	                 "http://203.0.113.5/ と http://203.0.113.6/ の二つ");
	g_autoptr(GPtrArray) findings = check(draft);

	ck_assert_uint_eq(count_rule(findings, "harmful-link-ip"), 2);
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_attachment_part)
{
	SgDraft *draft =
	    draft_attachment("本文", "link.txt", "https://chiyoda-lg.jp/");
	g_autoptr(GPtrArray) findings = check(draft);
	const SgFinding *f = find_rule(findings, "harmful-link-lookalike");
	g_autofree char *part = NULL;

	ck_assert_ptr_nonnull(f);
	part = sg_finding_dup_part(f);
	ck_assert_str_eq(part, "attachment:link.txt");
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_broken_rules)
{
	g_autofree char *path = sg_test_data_path("links/broken.conf");
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) problems = NULL;
	g_autoptr(SgConfig) broken = sg_config_load(path, NULL, &error);
	SgRuleSet *set = NULL;
	g_autofree char *all = NULL;

	ck_assert_msg(broken != NULL, "%s", error ? error->message : "");
	set = sg_rule_set_load(broken, NULL, &problems, &error);

	ck_assert_ptr_null(set);
	ck_assert_ptr_nonnull(problems);
	g_ptr_array_add(problems, NULL);
	all = g_strjoinv("\n", (char **)problems->pdata);
	/* An unknown detect word, with the file and line of the key. */
	ck_assert_msg(strstr(all, "10-broken.conf:7:") != NULL &&
	                  strstr(all, "nonsense") != NULL,
	              "%s", all);
	/* A bad entry in a domain list, with its own file and line. */
	ck_assert_msg(strstr(all, "bad-domains.txt:3:") != NULL, "%s", all);
	/* detect = shortener without a list. */
	ck_assert_msg(strstr(all, "shorteners = FILE") != NULL, "%s", all);
}
END_TEST

static Suite *
links_suite(void)
{
	Suite *s = suite_create("links");
	TCase *tc = tcase_create("links");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_hits, 0, G_N_ELEMENTS(hit_cases));
	tcase_add_loop_test(tc, test_clean, 0, G_N_ELEMENTS(clean_cases));
	tcase_add_test(tc, test_finding_fields);
	tcase_add_test(tc, test_html_excerpt_is_href);
	tcase_add_test(tc, test_integer_ip_detail);
	tcase_add_test(tc, test_alternatives_once);
	tcase_add_test(tc, test_only_in_html);
	tcase_add_test(tc, test_every_occurrence);
	tcase_add_test(tc, test_attachment_part);
	tcase_add_test(tc, test_broken_rules);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(links_suite());
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
