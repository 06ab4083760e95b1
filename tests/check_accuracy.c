/* Check suite for rules/accuracy.c, conf/rules.d/30-accuracy.conf and the
 * holiday table conf/lexicon/holidays-ja.txt: weekdays in every date form,
 * lists and ranges, holidays, impossible dates and times, era years, years
 * taken from the Date header, and template placeholders, each as hits,
 * evasions (full-width digits and brackets, ISO-2022-JP) and near-misses
 * (correct weekdays, a yearless January date under a December header,
 * コンテスト, 未定, headings in brackets).  The clean notices under
 * tests/data/accuracy/clean/ must draw no finding at all.
 */
#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <gmime/gmime.h>
#include <snsgate/draft.h>
#include <snsgate/rules.h>
#include <string.h>

#include "testutil.h"

#define NOV24 "Tue, 24 Nov 2026 10:00:00 +0900"
#define DEC28 "Mon, 28 Dec 2026 17:30:00 +0900"

static SgConfig *config;
static SgRuleSet *rules;
static char *rules_dir;

/* A rules directory holding only the shipped 30-accuracy.conf, so that this
 * suite tests it alone, whatever the other families do. */
static char *
isolated_rules_dir(void)
{
	g_autoptr(GError) error = NULL;
	g_autofree char *src =
		sg_test_src_path("conf/rules.d/30-accuracy.conf");
	g_autofree char *contents = NULL;
	gsize len = 0;
	char *dir = g_dir_make_tmp("snsgate-acc-XXXXXX", &error);

	ck_assert_msg(dir != NULL, "%s", error ? error->message : "");
	ck_assert_msg(g_file_get_contents(src, &contents, &len, &error), "%s",
		      error ? error->message : "");
	g_autofree char *dst = g_build_filename(dir, "30-accuracy.conf", NULL);
	ck_assert_msg(g_file_set_contents(dst, contents, (gssize)len, &error),
		      "%s", error ? error->message : "");
	return dir;
}

static void
setup(void)
{
	g_autofree char *path = sg_test_src_path("conf/snsgate.conf");
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) problems = NULL;

	config = sg_config_load(path, NULL, &error);
	ck_assert_msg(config != NULL, "%s", error ? error->message : "");
	rules_dir = isolated_rules_dir();
	rules = sg_rule_set_load(config, rules_dir, &problems, &error);
	ck_assert_msg(rules != NULL, "%s: %s", error ? error->message : "",
		      problems && problems->len
			      ? (char *)g_ptr_array_index(problems, 0)
			      : "");
}

static void
teardown(void)
{
	g_autofree char *file =
		g_build_filename(rules_dir, "30-accuracy.conf", NULL);

	g_remove(file);
	g_rmdir(rules_dir);
	g_clear_pointer(&rules_dir, g_free);
	g_clear_pointer(&rules, sg_rule_set_unref);
	g_clear_pointer(&config, sg_config_unref);
}

/* A draft whose body is @text, sent at @date (an RFC 5322 date). */
static SgDraft *
draft_from_text(const char *date, const char *text)
{
	g_autofree char *msg = g_strdup_printf(
		"From: staff@city.chiyoda.lg.jp\r\n"
		"To: sns-approval+x@city.chiyoda.lg.jp\r\n"
		"Subject: draft\r\n"
		"Date: %s\r\n"
		"MIME-Version: 1.0\r\n"
		"Content-Type: text/plain; charset=UTF-8\r\n"
		"Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n",
		date, text);
	g_autoptr(GError) error = NULL;
	SgDraft *draft = sg_draft_new_from_data(msg, strlen(msg), NULL, &error);

	ck_assert_msg(draft != NULL, "%s", error ? error->message : "");
	return draft;
}

static GPtrArray *
check_draft(SgRuleSet *set, const SgDraft *draft)
{
	SgCheckContext ctx = {.config = config};
	g_autoptr(GError) error = NULL;
	GPtrArray *findings = sg_rule_set_check(set, draft, &ctx, &error);

	ck_assert_msg(findings != NULL, "%s", error ? error->message : "");
	return findings;
}

/* The accuracy findings as "rule«excerpt»" words, in text order. */
static char *
describe(GPtrArray *findings)
{
	GString *out = g_string_new(NULL);

	for (guint i = 0; i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);
		if (g_strcmp0(f->family, "accuracy") != 0)
			continue;
		g_string_append_printf(out, "%s%s«%s»", out->len ? " " : "",
				       f->rule + strlen("accuracy-"),
				       f->excerpt);
	}
	return g_string_free(out, FALSE);
}

/* One case: when the draft was sent, its text, and its findings ("" for
 * none) as "weekday«…»", "date«…»" … */
typedef struct {
	const char *date;
	const char *text;
	const char *expect;
} SgCase;

static void
run_case(const SgCase *c)
{
	SgDraft *draft = draft_from_text(c->date ? c->date : NOV24, c->text);
	g_autoptr(GPtrArray) findings = check_draft(rules, draft);
	g_autofree char *got = describe(findings);

	ck_assert_msg(strcmp(got, c->expect) == 0,
		      "'%s':\n  got      %s\n  expected %s", c->text, got,
		      c->expect);
	sg_draft_free(draft);
}

/* --- weekdays and holidays ---------------------------------------------- */

static const SgCase weekday_cases[] = {
	/* right, in every form (2026-11-24 is a Tuesday) */
	{NULL, "11月24日（火）", ""},
	{NULL, "11月24日(火曜日)", ""},
	{NULL, "11月24日（火曜）", ""},
	{NULL, "11月24日火曜日", ""},
	{NULL, "11/24(火)", ""},
	{NULL, "11/24（Tue）", ""},
	{NULL, "2026年11月24日(火)", ""},
	{NULL, "2026/11/24(火)", ""},
	{NULL, "令和8年11月24日（火）", ""},
	{NULL, "R8.11.24(火)", ""},
	{NULL, "１１月２４日（火）", ""},
	{NULL, "11 月 24 日 ( 火 )", ""},
	{NULL, "11月24日【火】", ""},
	{NULL, "11月23日(月・祝)", ""},
	{NULL, "11月23日（祝）", ""},
	{NULL, "9月22日(火・休日)", ""},
	{NULL, "2026年5月6日（水・振休）", ""},
	{NULL, "11月28日(土)・29日(日)", ""},
	{NULL, "11月28日(土)～30日(月)", ""},
	{NULL, "11月28日(土)から12月1日(火)まで", ""},
	{NULL, "11月28日・29日（土・日）", ""},
	{NULL, "11/28(土)・29(日)", ""},
	{NULL, "12月31日(木)～1月3日(日)", ""},
	{NULL, "12月29日(火)~3日(日)", ""},
	{NULL, "2027年1月5日(火)", ""},
	{NULL, "令和9年1月5日(火)", ""},
	{NULL, "2028年2月29日(火)", ""},
	{NULL, "11月24日(火)10時～12月1日(火)", ""},
	/* a date without a year is the occurrence nearest the Date header */
	{DEC28, "1月5日(火)", ""},
	{DEC28, "12月20日(日)", ""},
	{NOV24, "12月1日(火)", ""},
	{NOV24, "11月20日(金)", ""},
	/* a year written earlier in the text sets the context */
	{NOV24,
	 "令和8年1月10日（土）から2月9日（月）まで。説明会は1月20日（火）",
	 ""},
	{NOV24, "2027年1月4日(月)開始。説明会は1月20日（水）", ""},
	{NOV24, "昭和20年8月15日から。11月25日(火)", "weekday«11月25日(火)»"},
	{NOV24, "2026年1月10日（土）開始。説明会は1月20日（水）",
	 "weekday«1月20日（水）»"},
	/* far from the header, the adjacent year may be meant */
	{NOV24, "3月20日(金・祝)", ""},
	{NOV24, "3月20日(土)", ""},
	{NOV24, "2月12日(木・祝)",
	 "holiday«2月12日(木・祝)» weekday«2月12日(木・祝)»"},
	/* wrong */
	{NULL, "11月25日(火)", "weekday«11月25日(火)»"},
	{NULL, "１１月２５日（火）", "weekday«１１月２５日（火）»"},
	{NULL, "11/25（火曜日）", "weekday«11/25（火曜日）»"},
	{NULL, "2026年11月25日火曜日", "weekday«2026年11月25日火曜日»"},
	{NULL, "令和8年11月25日（火）", "weekday«令和8年11月25日（火）»"},
	{NULL, "R8.11.25(火)", "weekday«R8.11.25(火)»"},
	{NULL, "2027年11月24日(火)", "weekday«2027年11月24日(火)»"},
	{NULL, "令和9年11月24日(火)", "weekday«令和9年11月24日(火)»"},
	{NULL, "11月28日(土)・29日(月)", "weekday«29日(月)»"},
	{NULL, "11月28日(日)～30日(月)", "weekday«11月28日(日)»"},
	{NULL, "11/28(土)・29(土)", "weekday«29(土)»"},
	{NULL, "11月28日・29日（日・月）",
	 "weekday«11月28日・29日（日・月）» weekday«29日（日・月）»"},
	{NULL, "12月31日(木)～1月3日(月)", "weekday«1月3日(月)»"},
	{NULL, "11/24(Wed)", "weekday«11/24(Wed)»"},
	{DEC28, "1月5日(月)", "weekday«1月5日(月)»"},
	{NOV24, "12月1日(月)", "weekday«12月1日(月)»"},
	/* holidays: 11/24 is none; 11/23 is */
	{NULL, "11月24日(火・祝)", "holiday«11月24日(火・祝)»"},
	{NULL, "11月25日（祝）", "holiday«11月25日（祝）»"},
	{NULL, "11月23日(火・祝)", "weekday«11月23日(火・祝)»"},
	{NULL, "9月23日(水)", ""},
	{NULL, "9月24日(木・祝)", "holiday«9月24日(木・祝)»"},
	/* ambiguous groups are left alone */
	{NULL, "11月28日(土・日)", ""},
	{NULL, "11月24日(予定)", ""},
	{NULL, "11月24日(日本語)", ""},
	{NULL, "11/24(month)", ""},
	{NULL, "11/24(Tues.)", ""},
};

START_TEST(test_weekdays)
{
	run_case(&weekday_cases[_i]);
}
END_TEST

/* --- impossible dates and times, eras ----------------------------------- */

static const SgCase date_cases[] = {
	{NULL, "2月30日", "date«2月30日»"},
	{NULL, "4月31日に開催", "date«4月31日»"},
	{NULL, "13月", "date«13月»"},
	{NULL, "2026年13月1日", "date«2026年13月1日»"},
	{NULL, "2026年2月29日", "date«2026年2月29日»"},
	{NULL, "2月29日", "date«2月29日»"},
	{NULL, "２月３０日（月）", "date«２月３０日»"},
	{NULL, "2026/4/31", "date«2026/4/31»"},
	{NULL, "2/30(月)", "date«2/30»"},
	{NULL, "11月0日", "date«11月0日»"},
	{NULL, "2028年2月29日", ""},
	{NULL, "12月31日", ""},
	{NULL, "3か月後、13ヶ月", ""},
	{NULL, "2/30の確率", ""},
	{NULL, "令和8年度", ""},
	/* times */
	{NULL, "25時から", "time«25時»"},
	{NULL, "10時75分", "time«10時75分»"},
	{NULL, "午後13時", "time«午後13時»"},
	{NULL, "10:00～25:00", "time«25:00»"},
	{NULL, "9:75から", "time«9:75»"},
	{NULL, "24時間営業", ""},
	{NULL, "25時間", ""},
	{NULL, "24時まで", ""},
	{NULL, "午後0時30分", ""},
	{NULL, "17:15~20:00", ""},
	{NULL, "25:23で勝利", ""},
	{NULL, "3時限目", ""},
	/* era years */
	{NULL, "令和8年（2026年）", ""},
	{NULL, "2026年(令和8年)", ""},
	{NULL, "令和8年度（2026年度）", ""},
	{NULL, "令和9年(2026年)", "era«令和9年(2026年)»"},
	{NULL, "2026年（令和7年）", "era«2026年（令和7年）»"},
	{NULL, "令和元年4月1日", "era«令和元年4月1日»"},
	{NULL, "令和元年5月1日", ""},
	{NULL, "平成31年4月30日", ""},
	{NULL, "平成31年5月1日", "era«平成31年5月1日»"},
	{NULL, "平成40年", "era«平成40年»"},
	{NULL, "令和0年", "era«令和0年»"},
	{NULL, "昭和64年1月7日", ""},
	{NULL, "昭和64年1月8日", "era«昭和64年1月8日»"},
	{NULL, "H31.4.30", ""},
	{NULL, "R1.4.1", "era«R1.4.1»"},
};

START_TEST(test_dates)
{
	run_case(&date_cases[_i]);
}
END_TEST

/* --- placeholders ------------------------------------------------------- */

static const SgCase placeholder_cases[] = {
	{NULL, "〇〇公園で開催", "placeholder«〇〇»"},
	{NULL, "○○さんが登壇", "placeholder«○○»"},
	{NULL, "●●地区", "placeholder«●●»"},
	{NULL, "◯◯小学校", "placeholder«◯◯»"},
	{NULL, "××会館", "placeholder«××»"},
	{NULL, "○月○日に", "placeholder«○月○日»"},
	{NULL, "〇時〇分から", "placeholder«〇時〇分»"},
	{NULL, "11月○日", "placeholder«11月○日»"},
	{NULL, "24日(○)", "placeholder«(○)»"},
	{NULL, "XX公園", "placeholder«XX»"},
	{NULL, "第xx回", "placeholder«xx»"},
	{NULL, "ＸＸ会場", "placeholder«ＸＸ»"},
	{NULL, "氏名＿＿＿＿", "placeholder«＿＿＿＿»"},
	{NULL, "日時：【日付】", "placeholder«【日付】»"},
	{NULL, "【日付】に【会場】で開催",
	 "placeholder«【日付】» placeholder«【会場】»"},
	{NULL, "【要確認】開始時刻", "placeholder«【要確認】»"},
	{NULL, "［ここに写真］", "placeholder«［ここに写真］»"},
	{NULL, "講演会（仮）", "placeholder«（仮）»"},
	{NULL, "仮題：区政のこれから", "placeholder«仮題»"},
	{NULL, "ダミーテキスト", "placeholder«ダミー»"},
	{NULL, "ﾀﾞﾐｰ", "placeholder«ﾀﾞﾐｰ»"},
	{NULL, "テスト送信です", "placeholder«テスト送信»"},
	{NULL, "テスト投稿", "placeholder«テスト投稿»"},
	{NULL, "これはテストです", "placeholder«これはテスト»"},
	{NULL, "【テスト】", "placeholder«【テスト】»"},
	{NULL, "テスト", "placeholder«テスト»"},
	{NULL, "test post", "placeholder«test post»"},
	{NULL, "開始時刻 TBD", "placeholder«TBD»"},
	/* near-misses */
	{NULL, "フォトコンテストの作品を募集", ""},
	{NULL, "フォトコンテスト投稿作品", ""},
	{NULL, "プロテストに合格", ""},
	{NULL, "体力テストの結果", ""},
	{NULL, "テストの点数", ""},
	{NULL, "防災メールのテスト配信を行います", ""},
	{NULL, "日程は未定です", ""},
	{NULL, "（仮称）千代田区立図書館", ""},
	{NULL, "ダミー人形を使った実験", ""},
	{NULL, "二〇〇〇年、一〇〇円", ""},
	{NULL, "○日時：11月24日", ""},
	{NULL, "XXLサイズ、Xmas", ""},
	{NULL, "https://example.jp/xx/___/page", ""},
	{NULL, "xx_yy@example.jp", ""},
	{NULL, "【会場】区役所1階", ""},
	{NULL, "■【日時】11月24日（火）", ""},
	{NULL, "1.【会場】区民ホール", ""},
	{NULL, "【お知らせ】年末年始の休館", ""},
	{NULL, "3×3バスケット", ""},
	/* examples, not gaps */
	{NULL, "「○○人は出て行け」「祖国へ帰れ」など", ""},
	{NULL, "記入例：〇〇 〇〇（千代田 太郎）", ""},
	{NULL, "例えば「〇〇さんへ」と書きます", ""},
	{NULL, "「〇〇まつり」を開催します", "placeholder«〇〇»"},
};

START_TEST(test_placeholders)
{
	run_case(&placeholder_cases[_i]);
}
END_TEST

/* --- finding fields ----------------------------------------------------- */

START_TEST(test_weekday_message)
{
	SgDraft *draft =
		draft_from_text(NOV24, "説明会\r\n日時：１１月２５日（火）");
	g_autoptr(GPtrArray) findings = check_draft(rules, draft);

	ck_assert_uint_eq(findings->len, 1);
	const SgFinding *f = g_ptr_array_index(findings, 0);
	ck_assert_str_eq(f->rule, "accuracy-weekday");
	ck_assert_str_eq(f->family, "accuracy");
	ck_assert_str_eq(f->clause, "5(3)");
	ck_assert_int_eq(f->severity, SG_SEVERITY_BLOCK);
	ck_assert_uint_eq(f->line, 2);
	ck_assert_uint_eq(f->column, 4);
	ck_assert_str_eq(f->excerpt, "１１月２５日（火）");
	ck_assert_str_eq(f->message_ja,
			 "日付と曜日が一致しません。2026年11月25日は水曜日です"
			 "が、（火）と書かれています。");
	ck_assert_str_eq(f->message_en,
			 "The weekday does not match the date: 25 November "
			 "2026 is a Wednesday, not （火）.");
	ck_assert_str_eq(f->detail, "2026-11-25 is a Wednesday (year taken "
				    "from the Date header)");
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_reason_messages)
{
	static const struct {
		const char *text;
		const char *ja;
		const char *en;
	} cases[] = {
		{"4月31日", "4月は30日までです", "April has 30 days"},
		{"2026年2月29日", "2026年は閏年ではない", "not a leap year"},
		{"令和9年（2026年）", "令和9年は2027年ですが、2026年",
		 "Reiwa 9 is 2027, not 2026"},
		{"令和元年4月1日", "令和は2019年5月1日から",
		 "began on 1 May 2019"},
		{"10時75分", "分は59分まで", "minutes run from 0 to 59"},
		{"11月24日(火・祝)", "2026年11月24日は祝日ではありません",
		 "not a national holiday"},
		{"〇〇公園", "「〇〇」", "〇〇"},
	};

	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		SgDraft *draft = draft_from_text(NOV24, cases[i].text);
		g_autoptr(GPtrArray) findings = check_draft(rules, draft);
		ck_assert_msg(findings->len == 1, "'%s': %u findings",
			      cases[i].text, findings->len);
		const SgFinding *f = g_ptr_array_index(findings, 0);
		ck_assert_msg(strstr(f->message_ja, cases[i].ja) != NULL,
			      "'%s': %s", cases[i].text, f->message_ja);
		ck_assert_msg(strstr(f->message_en, cases[i].en) != NULL,
			      "'%s': %s", cases[i].text, f->message_en);
		ck_assert_ptr_null(strchr(f->message_ja, '{'));
		sg_draft_free(draft);
	}
}
END_TEST

/* An ISO-2022-JP draft: full-width digits and brackets arrive as JIS. */
START_TEST(test_iso2022jp)
{
	g_autoptr(GBytes) bytes = sg_test_read_data("accuracy/iso2022jp.eml");
	g_autoptr(GError) error = NULL;
	SgDraft *draft = sg_draft_new_from_data(
		g_bytes_get_data(bytes, NULL), g_bytes_get_size(bytes), NULL,
		&error);

	ck_assert_msg(draft != NULL, "%s", error ? error->message : "");
	g_autoptr(GPtrArray) findings = check_draft(rules, draft);
	g_autofree char *got = describe(findings);
	ck_assert_str_eq(got, "weekday«１１月２５日（火）» placeholder«〇〇»");
	sg_draft_free(draft);
}
END_TEST

/* The subject is checked too, against the same Date header. */
START_TEST(test_subject)
{
	g_autofree char *msg = g_strdup_printf(
		"From: staff@city.chiyoda.lg.jp\r\n"
		"Subject: =?UTF-8?B?%s?=\r\n"
		"Date: " NOV24 "\r\n"
		"MIME-Version: 1.0\r\n"
		"Content-Type: text/plain; charset=UTF-8\r\n\r\n本文\r\n",
		"MTHmnIgyNeaXpe+8iOeBq++8ieOBruOBiuefpeOCieOBmw==");
	SgDraft *draft = sg_draft_new_from_data(msg, strlen(msg), NULL, NULL);
	g_autoptr(GPtrArray) findings = check_draft(rules, draft);

	ck_assert_uint_eq(findings->len, 1);
	const SgFinding *f = g_ptr_array_index(findings, 0);
	ck_assert_int_eq(f->piece_kind, SG_PIECE_SUBJECT);
	ck_assert_str_eq(f->excerpt, "11月25日（火）");
	sg_draft_free(draft);
}
END_TEST

/* Clean municipal notices draw no accuracy finding at all. */
START_TEST(test_clean_notices)
{
	g_autofree char *dir_path = sg_test_data_path("accuracy/clean");
	g_autoptr(GDir) dir = g_dir_open(dir_path, 0, NULL);
	g_autoptr(GString) failures = g_string_new(NULL);
	const char *name;
	guint n = 0;

	ck_assert_ptr_nonnull(dir);
	while ((name = g_dir_read_name(dir)) != NULL) {
		if (!g_str_has_suffix(name, ".txt"))
			continue;
		g_autofree char *rel =
			g_strdup_printf("accuracy/clean/%s", name);
		g_autoptr(GBytes) bytes = sg_test_read_data(rel);
		g_autofree char *text =
			g_strndup(g_bytes_get_data(bytes, NULL),
				  g_bytes_get_size(bytes));
		SgDraft *draft = draft_from_text(NOV24, text);
		g_autoptr(GPtrArray) findings = check_draft(rules, draft);
		g_autofree char *got = describe(findings);
		if (*got != '\0')
			g_string_append_printf(failures, "\n  %s: %s", name,
					       got);
		sg_draft_free(draft);
		n++;
	}
	ck_assert_msg(n >= 8, "only %u notices", n);
	ck_assert_msg(failures->len == 0, "findings in clean notices:%s",
		      failures->str);
}
END_TEST

/* --- the holiday table -------------------------------------------------- */

static GHashTable *
read_holidays(void)
{
	g_autofree char *path =
		sg_test_src_path("conf/lexicon/holidays-ja.txt");
	g_autofree char *contents = NULL;
	g_autoptr(GError) error = NULL;
	GHashTable *table =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);

	ck_assert_msg(g_file_get_contents(path, &contents, NULL, &error), "%s",
		      error ? error->message : "");
	g_auto(GStrv) lines = g_strsplit(contents, "\n", -1);
	for (guint i = 0; lines[i]; i++) {
		if (lines[i][0] == '#' || lines[i][0] == '\0')
			continue;
		ck_assert_msg(strlen(lines[i]) > 11 && lines[i][10] == ' ',
			      "holidays-ja.txt:%u: %s", i + 1, lines[i]);
		g_hash_table_insert(table, g_strndup(lines[i], 10),
				    g_strdup(lines[i] + 11));
	}
	return table;
}

/* 2026 exactly as the Cabinet Office publishes it. */
START_TEST(test_holidays_2026)
{
	g_autoptr(GHashTable) table = read_holidays();
	static const char *const expected[] = {
		"2026-01-01", "2026-01-12", "2026-02-11", "2026-02-23",
		"2026-03-20", "2026-04-29", "2026-05-03", "2026-05-04",
		"2026-05-05", "2026-05-06", "2026-07-20", "2026-08-11",
		"2026-09-21", "2026-09-22", "2026-09-23", "2026-10-12",
		"2026-11-03", "2026-11-23",
	};
	guint n = 0;
	GHashTableIter iter;
	gpointer key;

	for (guint i = 0; i < G_N_ELEMENTS(expected); i++)
		ck_assert_msg(g_hash_table_contains(table, expected[i]),
			      "%s missing", expected[i]);
	g_hash_table_iter_init(&iter, table);
	while (g_hash_table_iter_next(&iter, &key, NULL))
		n += g_str_has_prefix(key, "2026-");
	ck_assert_uint_eq(n, G_N_ELEMENTS(expected));
	ck_assert_str_eq(g_hash_table_lookup(table, "2026-05-06"), "振替休日");
	ck_assert_str_eq(g_hash_table_lookup(table, "2026-09-22"),
			 "国民の休日");
}
END_TEST

/* Every year 2019–2030 follows the holiday law's rules: a holiday on a
 * Sunday moves to the next day that is not one, a day between two
 * holidays is one, and the Happy Monday holidays fall on Mondays. */
START_TEST(test_holiday_rules)
{
	g_autoptr(GHashTable) table = read_holidays();

	for (int y = 2019; y <= 2030; y++) {
		guint n = 0;
		GDate d;
		g_date_clear(&d, 1);
		g_date_set_dmy(&d, 1, G_DATE_JANUARY, (GDateYear)y);
		for (; g_date_get_year(&d) == (GDateYear)y;
		     g_date_add_days(&d, 1)) {
			char key[16];
			g_snprintf(key, sizeof(key), "%04d-%02d-%02d", y,
				   g_date_get_month(&d), g_date_get_day(&d));
			const char *name = g_hash_table_lookup(table, key);
			if (name == NULL)
				continue;
			n++;
			/* 2020 and 2021 moved 海の日 and スポーツの日 for
			 * the Olympic Games. */
			bool olympic = y == 2020 || y == 2021;
			if (strcmp(name, "成人の日") == 0 ||
			    (strcmp(name, "海の日") == 0 && !olympic) ||
			    strcmp(name, "敬老の日") == 0 ||
			    (strcmp(name, "スポーツの日") == 0 && !olympic) ||
			    strcmp(name, "体育の日") == 0)
				ck_assert_msg(g_date_get_weekday(&d) ==
						      G_DATE_MONDAY,
					      "%s %s is no Monday", key, name);
			if (strcmp(name, "振替休日") == 0)
				ck_assert_msg(g_date_get_weekday(&d) !=
						      G_DATE_SUNDAY,
					      "%s", key);
			if (g_date_get_weekday(&d) != G_DATE_SUNDAY ||
			    strcmp(name, "振替休日") == 0)
				continue;
			/* A Sunday holiday: the next non-holiday is 振替. */
			GDate next = d;
			for (;;) {
				g_date_add_days(&next, 1);
				g_snprintf(key, sizeof(key), "%04d-%02d-%02d",
					   g_date_get_year(&next),
					   g_date_get_month(&next),
					   g_date_get_day(&next));
				const char *nn =
					g_hash_table_lookup(table, key);
				ck_assert_msg(nn != NULL, "%s: no 振替休日 "
					      "after a Sunday holiday", key);
				if (strcmp(nn, "振替休日") == 0)
					break;
			}
		}
		ck_assert_msg(n >= 16 && n <= 22, "%d: %u holidays", y, n);
	}
}
END_TEST

/* --- rule files --------------------------------------------------------- */

static const struct {
	const char *where;
	const char *word;
} broken_problems[] = {
	{"10-broken.conf:7:", "detect = spelling"},
	{"bad-holidays.txt:3:", "2026-02-30"},
	{"bad-holidays.txt:4:", "2026/03/20"},
	{"bad-placeholders.re:3:", "invalid pattern"},
	{"10-broken.conf:24:", "「"},
	{"10-broken.conf:32:", "400"},
};

START_TEST(test_broken_rules)
{
	g_autofree char *dir = sg_test_data_path("accuracy/broken.d");
	g_autoptr(GPtrArray) problems = NULL;
	g_autoptr(GError) error = NULL;
	SgRuleSet *set = sg_rule_set_load(config, dir, &problems, &error);

	ck_assert_ptr_null(set);
	ck_assert(g_error_matches(error, SG_RULES_ERROR,
				  SG_RULES_ERROR_INVALID));
	for (guint i = 0; i < G_N_ELEMENTS(broken_problems); i++) {
		bool found = false;
		for (guint j = 0; j < problems->len; j++) {
			const char *p = g_ptr_array_index(problems, j);
			found |= strstr(p, broken_problems[i].where) != NULL &&
				 strstr(p, broken_problems[i].word) != NULL;
		}
		ck_assert_msg(found, "no problem '%s' at %s",
			      broken_problems[i].word,
			      broken_problems[i].where);
	}
}
END_TEST

int
main(void)
{
	/* Once per process: GMime cannot be initialized twice. */
	g_mime_init();
	Suite *s = suite_create("accuracy");
	TCase *tc = tcase_create("accuracy");

	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_weekdays, 0,
			    G_N_ELEMENTS(weekday_cases));
	tcase_add_loop_test(tc, test_dates, 0, G_N_ELEMENTS(date_cases));
	tcase_add_loop_test(tc, test_placeholders, 0,
			    G_N_ELEMENTS(placeholder_cases));
	tcase_add_test(tc, test_weekday_message);
	tcase_add_test(tc, test_reason_messages);
	tcase_add_test(tc, test_iso2022jp);
	tcase_add_test(tc, test_subject);
	tcase_add_test(tc, test_clean_notices);
	tcase_add_test(tc, test_holidays_2026);
	tcase_add_test(tc, test_holiday_rules);
	tcase_add_test(tc, test_broken_rules);
	suite_add_tcase(s, tc);

	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	g_mime_shutdown();
	return failed == 0 ? 0 : 1;
}
