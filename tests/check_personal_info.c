/* Check suite for rules/personal-info.c and conf/rules.d/20-personal-info.conf:
 * phone numbers in every notation (and the allow-list in every notation),
 * e-mail addresses, My Numbers, card numbers and statements about a named
 * person, each as hits, evasions (full-width digits, spaces, brackets,
 * ISO-2022-JP's minus sign) and near-misses (dates, prices, ISBNs, postal
 * codes, order numbers, roles and placeholders).  Drafts are built from text;
 * the shipped rule file runs alone with the fixture configuration
 * tests/data/personal-info/test.conf, whose allow-lists differ from the
 * ward's so that wildcards, +81 entries and subdomains are covered too, and
 * with the shipped configuration over the clean notices of check_accuracy.
 */
#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <gmime/gmime.h>
#include <snsgate/draft.h>
#include <snsgate/rules.h>
#include <string.h>

#include "testutil.h"

static SgConfig *config;
static SgRuleSet *rules;
static char *rules_dir;

/* A rules directory holding only the shipped 20-personal-info.conf, so
 * that this suite tests it alone, whatever the other families do. */
static char *
isolated_rules_dir(void)
{
	g_autoptr(GError) error = NULL;
	g_autofree char *src =
		sg_test_src_path("conf/rules.d/20-personal-info.conf");
	g_autofree char *contents = NULL;
	gsize len = 0;
	char *dir = g_dir_make_tmp("snsgate-pi-XXXXXX", &error);

	ck_assert_msg(dir != NULL, "%s", error ? error->message : "");
	ck_assert_msg(g_file_get_contents(src, &contents, &len, &error), "%s",
		      error ? error->message : "");
	g_autofree char *dst =
		g_build_filename(dir, "20-personal-info.conf", NULL);
	ck_assert_msg(g_file_set_contents(dst, contents, (gssize)len, &error),
		      "%s", error ? error->message : "");
	return dir;
}

static void
setup(void)
{
	g_autofree char *path = sg_test_data_path("personal-info/test.conf");
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
		g_build_filename(rules_dir, "20-personal-info.conf", NULL);

	g_remove(file);
	g_rmdir(rules_dir);
	g_clear_pointer(&rules_dir, g_free);
	g_clear_pointer(&rules, sg_rule_set_unref);
	g_clear_pointer(&config, sg_config_unref);
}

/* A draft whose body is @text, as a UTF-8 8bit text/plain message. */
static SgDraft *
draft_from_text(const char *text)
{
	g_autofree char *msg = g_strdup_printf(
		"From: staff@city.example.lg.jp\r\n"
		"To: sns-approval+x@city.example.lg.jp\r\n"
		"Subject: draft\r\n"
		"Date: Tue, 24 Nov 2026 10:00:00 +0900\r\n"
		"MIME-Version: 1.0\r\n"
		"Content-Type: text/plain; charset=UTF-8\r\n"
		"Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n",
		text);
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

/* The personal-info findings of @text, as "rule/severity«excerpt»" lines. */
static char *
describe(GPtrArray *findings)
{
	GString *out = g_string_new(NULL);

	for (guint i = 0; i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);
		if (g_strcmp0(f->family, "personal-info") != 0)
			continue;
		g_string_append_printf(out, "%s%s/%s«%s»", out->len ? " " : "",
				       f->rule,
				       sg_severity_to_string(f->severity),
				       f->excerpt);
	}
	return g_string_free(out, FALSE);
}

/* One case: the text, and what its findings must be ("" for none). */
typedef struct {
	const char *text;
	const char *expect;
} SgCase;

static void
run_case(const SgCase *c)
{
	SgDraft *draft = draft_from_text(c->text);
	g_autoptr(GPtrArray) findings = check_draft(rules, draft);
	g_autofree char *got = describe(findings);

	ck_assert_msg(strcmp(got, c->expect) == 0,
		      "'%s':\n  got      %s\n  expected %s", c->text, got,
		      c->expect);
	sg_draft_free(draft);
}

#define PHONE "personal-info-phone/block"
#define PHONE_WARN "personal-info-phone/warn"
#define SERVICE "personal-info-phone-service/warn"

/* --- phones ----------------------------------------------------------- */

static const SgCase phone_cases[] = {
	/* hits in every notation */
	{"連絡先 090-1234-5678", PHONE "«090-1234-5678»"},
	{"電話 03-1234-5678 まで", PHONE "«03-1234-5678»"},
	{"03(1234)5678", PHONE "«03(1234)5678»"},
	{"(03)1234-5678", PHONE "«(03)1234-5678»"},
	{"（０３）１２３４－５６７８", PHONE "«（０３）１２３４－５６７８»"},
	{"０９０－１２３４－５６７８", PHONE "«０９０－１２３４－５６７８»"},
	{"090\u22121234\u22125678", PHONE "«090\u22121234\u22125678»"},
	{"03ー1234ー5678", PHONE "«03ー1234ー5678»"},
	{"090 1234 5678", PHONE "«090 1234 5678»"},
	{"09012345678", PHONE "«09012345678»"},
	{"0 9 0 1 2 3 4 5 6 7 8", PHONE "«0 9 0 1 2 3 4 5 6 7 8»"},
	{"+81-90-1234-5678", PHONE "«+81-90-1234-5678»"},
	{"+81 (0)3 1234 5678", PHONE "«+81 (0)3 1234 5678»"},
	{"+813-1234-5678", PHONE "«+813-1234-5678»"},
	{"TEL03-1234-5678", PHONE "«03-1234-5678»"},
	{"tel:0312345678", PHONE "«0312345678»"},
	{"04992-1-2345", PHONE "«04992-1-2345»"},
	{"0422-12-3456", PHONE "«0422-12-3456»"},
	{"050-1234-5678", PHONE "«050-1234-5678»"},
	{"070.1234.5678", PHONE "«070.1234.5678»"},
	{"090・1234・5678", PHONE "«090・1234・5678»"},
	{"090･1234･5678", PHONE "«090･1234･5678»"},
	{"090．1234．5678", PHONE "«090．1234．5678»"},
	{"山田さん（080・2345・6789）まで", PHONE "«080・2345・6789»"},
	{"０３・１２３４・５６７８", PHONE "«０３・１２３４・５６７８»"},
	{"03-1234-5678、090-8765-4321",
	 PHONE "«03-1234-5678» " PHONE "«090-8765-4321»"},
	{"03 1234 5678 090 8765 4321",
	 PHONE "«03 1234 5678» " PHONE "«090 8765 4321»"},
	/* a private fixed line stays a block beside a person */
	{"町会長の山田さん宅 03-1234-5678", PHONE "«03-1234-5678»"},
	/* an organisation's fixed line is a warning */
	{"問合せ：千代田区立図書館 03-1234-5678", PHONE_WARN "«03-1234-5678»"},
	{"株式会社サンプル 03-1234-5678", PHONE_WARN "«03-1234-5678»"},
	{"03-1234-5678（子育て支援課）", PHONE_WARN "«03-1234-5678»"},
	/* but never a mobile number */
	{"事務局 090-1234-5678", PHONE "«090-1234-5678»"},
	/* free dial and navi dial: warn */
	{"0120-123-456", SERVICE "«0120-123-456»"},
	{"0120-12-3456", SERVICE "«0120-12-3456»"},
	{"０５７０－１２３－４５６", SERVICE "«０５７０－１２３－４５６»"},
	{"0800-123-4567", SERVICE "«0800-123-4567»"},
	/* a hotline named as such is only noted */
	{"法務局の人権相談（0570-003-110）",
	 "personal-info-phone-service/info«0570-003-110»"},
	{"〇〇相談ダイヤル 0120-123-456",
	 "personal-info-phone-service/info«0120-123-456»"},
	/* allow-listed, in any notation (fixture: 03-3264-2111, 03-5211-*,
	 * +81 45 111 2222, 0120-000-111) */
	{"区役所 03-3264-2111", ""},
	{"区役所 03(3264)2111", ""},
	{"区役所 +81-3-3264-2111", ""},
	{"区役所 ０３－３２６４－２１１１", ""},
	{"区役所 03\u22123264\u22122111", ""},
	{"区役所 (03) 3264-2111", ""},
	{"区役所 0332642111", ""},
	{"子育て推進課 03-5211-4221", ""},
	{"045-111-2222", ""},
	{"0120-000-111", ""},
	/* near-misses: not phone-shaped */
	{"2026-11-24 と 2026/11/24", ""},
	{"10:00-12:00、13:30～16:00", ""},
	{"参加費 3,000円、1,234,567円", ""},
	{"ISBN978-4-06-123456-7", ""},
	{"ISBN 0-306-40615-2", ""},
	{"〒102-8688 千代田区九段南1-2-1", ""},
	{"受付番号 0312345678", ""},
	{"注文番号：090-1234-5678", ""},
	{"No.0312345678", ""},
	{"No. 03-1234-5678", ""},
	{"会員ID 09012345678", ""},
	{"03-1234-5678-9", ""},
	{"1-03-1234-5678", ""},
	{"090-1234-56789", ""},
	{"031234567890", ""},
	{"0.0312345678", ""},
	{"https://example.jp/0312345678", ""},
	{"?id=09012345678", ""},
	{"abc0312345678", ""},
	{"+1-202-555-0100", ""},
	{"020-1234-5678", ""},
	{"00-1234-5678", ""},
	{"12345-67890", ""},
	{"1234-5678-9012", ""},
	{"第1・2・3会議室", ""},
	{"2026・11・24", ""},
	{"区役所 03・3264・2111", ""},
	{"1・090・1234・5678・9", ""},
};

START_TEST(test_phones)
{
	run_case(&phone_cases[_i]);
}
END_TEST

/* --- e-mail ------------------------------------------------------------ */

#define EMAIL "personal-info-email/block"

static const SgCase email_cases[] = {
	{"連絡は taro@example.com まで", EMAIL "«taro@example.com»"},
	{"ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ",
	 EMAIL "«ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ»"},
	{"Taro.Yamada@Example.CO.JP", EMAIL "«Taro.Yamada@Example.CO.JP»"},
	{"hanako(at)example.ne.jp", EMAIL "«hanako(at)example.ne.jp»"},
	{"hanako ＠ example.jp", EMAIL "«hanako ＠ example.jp»"},
	{"hanako◎example.jp", EMAIL "«hanako◎example.jp»"},
	{"メールtaro@example.comまで", EMAIL "«taro@example.com»"},
	{"x@city.example.lg.jp.evil.example",
	 EMAIL "«x@city.example.lg.jp.evil.example»"},
	{"x@evilcity.example.lg.jp", EMAIL "«x@evilcity.example.lg.jp»"},
	{"other@example.net", EMAIL "«other@example.net»"},
	/* allowed: the domain, its subdomains, listed addresses */
	{"info@city.example.lg.jp", ""},
	{"KOHO@CITY.EXAMPLE.LG.JP", ""},
	{"a@sub.city.example.lg.jp", ""},
	{"team@example.org と x@news.example.org", ""},
	{"press@example.net", ""},
	/* not addresses */
	{"icon@2x.png", ""},
	{"https://user@example.com/", ""},
	{"@chiyoda_city をフォロー", ""},
	{"3@5人", ""},
};

START_TEST(test_emails)
{
	run_case(&email_cases[_i]);
}
END_TEST

/* --- My Number and cards ------------------------------------------------ */

#define MYNUM "personal-info-my-number/block"
#define CARD "personal-info-card/block"

static const SgCase number_cases[] = {
	{"マイナンバー 123456789018", MYNUM "«123456789018»"},
	{"1234 5678 9018", MYNUM "«1234 5678 9018»"},
	{"１２３４－５６７８－９０１８",
	 MYNUM "«１２３４－５６７８－９０１８»"},
	{"番号は987654321093です", MYNUM "«987654321093»"},
	/* wrong check digit, wrong length, labelled, embedded */
	{"123456789019", ""},
	{"12345678901", ""},
	{"注文番号 123456789018", ""},
	{"1234567890180", ""},
	{"1234-5678-9018-1", ""},
	{"12345678.9018", ""},
	/* cards */
	{"4111 1111 1111 1111", CARD "«4111 1111 1111 1111»"},
	{"４１１１－１１１１－１１１１－１１１１",
	 CARD "«４１１１－１１１１－１１１１－１１１１»"},
	{"5555555555554444", CARD "«5555555555554444»"},
	{"2223 0000 4841 0010", CARD "«2223 0000 4841 0010»"},
	{"3782 822463 10005", CARD "«3782 822463 10005»"},
	{"3530111333300000", CARD "«3530111333300000»"},
	{"6011 1111 1111 1117", CARD "«6011 1111 1111 1117»"},
	{"36-2592-7458-0006", ""},	/* Luhn fails */
	{"4111111111111112", ""},	/* Luhn fails */
	{"9111111111111111", ""},	/* no issuer */
	{"3012 3456 7890 12", ""},	/* Luhn fails */
	{"4111 1111 1111 111", ""},	/* 15 digits: no Visa length */
	{"ISBN 9784061234567", ""},
	{"4111-1111 1111-1111", ""},	/* mixed separators */
	{"法人番号 4485995463998", ""},	/* Luhn-valid too */
	{"4485995463998", CARD "«4485995463998»"},
};

START_TEST(test_numbers)
{
	run_case(&number_cases[_i]);
}
END_TEST

/* --- a named person ----------------------------------------------------- */

#define ADDR "personal-info-address/block"
#define BIRTH "personal-info-birthdate/block"
#define STATUS "personal-info-status/block"
#define PROFILE "personal-info-profile/block"

static const SgCase person_cases[] = {
	{"山田さんの住所は九段南1-2-3です",
	 ADDR "«山田さんの住所は九段南1-2-3»"},
	{"山田花子様の自宅（九段北２丁目）",
	 ADDR "«山田花子様の自宅（九段北２丁目»"},
	{"九段南1-2-3の山田さん宅", ADDR "«1-2-3の山田さん宅»"},
	{"九段南2丁目在住の佐藤さん", ADDR "«2丁目在住の佐藤さん»"},
	{"ご意見をくださった麹町4丁目の岡田真理子さん",
	 ADDR "«4丁目の岡田真理子さん»"},
	{"神田須田町にお住まいの田中良子さんが",
	 ADDR "«にお住まいの田中良子さん»"},
	{"持ち主は山本健太さん（神田淡路町2丁目14番7号）です",
	 ADDR "«山本健太さん（神田淡路町2丁目»"},
	{"山田さん宅は九段南2丁目3番4号",
	 ADDR "«山田さん宅は九段南2丁目3番4号»"},
	{"山 田 さ ん の 住 所 は 九 段 南 1-2-3",
	 ADDR "«山 田 さ ん の 住 所 は 九 段 南 1-2-3»"},
	{"1985年4月1日生まれの山田さん",
	 BIRTH "«1985年4月1日生まれの山田さん»"},
	{"山田太郎さん（生年月日：昭和60年4月1日）",
	 BIRTH "«山田太郎さん（生年月日：昭和60年»"},
	{"佐藤氏は1970.1.2生", BIRTH "«佐藤氏は1970.1.2生»"},
	{"山田さんは住民税を滞納している", STATUS "«山田さんは住民税を滞納»"},
	{"滞納している山田さん", STATUS "«滞納している山田さん»"},
	{"生活保護を受給している佐藤さん",
	 STATUS "«生活保護を受給している佐藤さん»"},
	{"佐藤さんはがんで通院しています", STATUS "«佐藤さんはがんで通院»"},
	{"佐藤さんはウツ病で休職中", STATUS "«佐藤さんはウツ病で休職»"},
	{"認知症で入院中の鈴木様", STATUS "«認知症で入院中の鈴木様»"},
	{"中村さん（75歳）は、認知症が進み",
	 PROFILE "«中村さん（75歳）» " STATUS "«中村さん（75歳）は、認知症が進み»"},
	{"田中花子さんは糖尿病が悪化し", STATUS "«田中花子さんは糖尿病が悪化し»"},
	{"木村さん、住民税の滞納が続いています",
	 STATUS "«木村さん、住民税の滞納»"},
	{"小林様（神田）は国民健康保険料を滞納",
	 STATUS "«小林様（神田）は国民健康保険料を滞納»"},
	/* roles, placeholders and general wording are not persons */
	{"区長の住所は九段南1-2-1", ""},
	{"山田区長さんの自宅は1丁目", ""},
	{"〇〇さんの住所は九段南1-2-3", ""},
	{"○○様の自宅は2丁目", ""},
	{"皆さんのご自宅は1丁目から順に回ります", ""},
	{"利用者様の住所は1-2-3", ""},
	{"お客様の住所は1-2-3", ""},
	{"佐藤さんはがんばって練習しています", ""},
	{"佐藤さんはがんばって通院しています",
	 STATUS "«佐藤さんはがんばって通院して»"},
	{"12月25日生まれの山田さん", ""},
	{"住民税の滞納は早めにご相談ください", ""},
	{"生活保護の相談窓口は区役所2階です", ""},
	{"昨年同様、生活保護を受けて", ""},
	{"千代田区役所の住所は九段南1-2-1です", ""},
	{"講師の佐藤さん、住民税の滞納処分について解説", ""},
	{"講師：山田さん、がん検診の大切さ", ""},
	{"田中さんは、認知症になっても暮らせる町づくりを", ""},
};

START_TEST(test_persons)
{
	run_case(&person_cases[_i]);
}
END_TEST

/* A named private person with their circumstances, and clean near-misses
 * (officials and speakers in their role, stock examples, general advice),
 * from tests/data/personal-info/persons.cases: "+ text" must give a
 * personal-info block finding, "- text" no personal-info finding at all. */
START_TEST(test_person_cases)
{
	g_autoptr(GBytes) bytes =
		sg_test_read_data("personal-info/persons.cases");
	g_autofree char *text = g_strndup(g_bytes_get_data(bytes, NULL),
					  g_bytes_get_size(bytes));
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	g_autoptr(GString) failures = g_string_new(NULL);
	guint n_plus = 0, n_minus = 0;

	for (guint i = 0; lines[i] != NULL; i++) {
		const char *line = g_strchomp(lines[i]);
		bool expect = g_str_has_prefix(line, "+ ");
		if (!expect && !g_str_has_prefix(line, "- "))
			continue;
		expect ? n_plus++ : n_minus++;
		SgDraft *draft = draft_from_text(line + 2);
		g_autoptr(GPtrArray) findings = check_draft(rules, draft);
		bool block = false, any = false;
		for (guint j = 0; j < findings->len; j++) {
			const SgFinding *f = g_ptr_array_index(findings, j);
			if (g_strcmp0(f->family, "personal-info") != 0)
				continue;
			any = true;
			block |= f->severity == SG_SEVERITY_BLOCK;
		}
		if (expect ? !block : any) {
			g_autofree char *got = describe(findings);
			g_string_append_printf(failures, "\n  line %u %s %s [%s]",
					       i + 1,
					       expect ? "missed:" : "false hit:",
					       line + 2, got);
		}
		sg_draft_free(draft);
	}
	ck_assert_msg(n_plus >= 10 && n_minus >= 10,
		      "persons.cases: %u hits and %u near-misses", n_plus,
		      n_minus);
	ck_assert_msg(failures->len == 0, "persons.cases:%s", failures->str);
}
END_TEST

/* --- finding fields ------------------------------------------------------ */

START_TEST(test_finding_fields)
{
	SgDraft *draft = draft_from_text("お知らせ\r\n担当：山田さん"
					 "（０９０－１２３４－５６７８）");
	g_autoptr(GPtrArray) findings = check_draft(rules, draft);

	ck_assert_uint_eq(findings->len, 1);
	const SgFinding *f = g_ptr_array_index(findings, 0);
	ck_assert_str_eq(f->rule, "personal-info-phone");
	ck_assert_str_eq(f->family, "personal-info");
	ck_assert_str_eq(f->clause, "5(2)");
	ck_assert_int_eq(f->severity, SG_SEVERITY_BLOCK);
	ck_assert_uint_eq(f->line, 2);
	ck_assert_uint_eq(f->column, 9);
	ck_assert_str_eq(f->excerpt, "０９０－１２３４－５６７８");
	ck_assert_str_eq(f->matched, "09012345678");
	ck_assert_ptr_nonnull(strstr(f->message_ja,
				     "「０９０－１２３４－５６７８」"));
	ck_assert_ptr_nonnull(strstr(f->message_ja, "携帯電話"));
	ck_assert_ptr_nonnull(strstr(f->message_en, "mobile number"));
	ck_assert_ptr_null(strchr(f->message_en, '{'));
	ck_assert_ptr_nonnull(f->advice_ja);
	ck_assert_str_eq(f->detail, "mobile number 09012345678");
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_person_message)
{
	SgDraft *draft =
		draft_from_text("山田花子さんは生活保護を受給しています");
	g_autoptr(GPtrArray) findings = check_draft(rules, draft);

	ck_assert_uint_eq(findings->len, 1);
	const SgFinding *f = g_ptr_array_index(findings, 0);
	ck_assert_str_eq(f->rule, "personal-info-status");
	ck_assert_ptr_nonnull(strstr(f->message_ja, "（山田花子）"));
	ck_assert_ptr_nonnull(strstr(f->message_ja, "生活保護などの受給"));
	ck_assert_ptr_nonnull(strstr(f->message_en, "welfare"));
	sg_draft_free(draft);
}
END_TEST

/* An ISO-2022-JP draft: the full-width hyphen arrives as U+2212. */
START_TEST(test_iso2022jp)
{
	g_autoptr(GBytes) bytes =
		sg_test_read_data("personal-info/iso2022jp.eml");
	g_autoptr(GError) error = NULL;
	SgDraft *draft = sg_draft_new_from_data(
		g_bytes_get_data(bytes, NULL), g_bytes_get_size(bytes), NULL,
		&error);

	ck_assert_msg(draft != NULL, "%s", error ? error->message : "");
	g_autoptr(GPtrArray) findings = check_draft(rules, draft);
	g_autofree char *got = describe(findings);
	/* The private number only; the ward's main line is allowed. */
	ck_assert_msg(g_str_has_prefix(got, PHONE "«０３") &&
			      strstr(got, "２１１１") == NULL,
		      "got %s", got);
	sg_draft_free(draft);
}
END_TEST

/* The same finding in both alternatives is reported once. */
START_TEST(test_alternatives_once)
{
	const char *msg =
		"From: staff@city.example.lg.jp\r\n"
		"Subject: alt\r\n"
		"Date: Tue, 24 Nov 2026 10:00:00 +0900\r\n"
		"MIME-Version: 1.0\r\n"
		"Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
		"--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
		"連絡先 taro@example.com\r\n"
		"--b\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
		"<p>連絡先 <a href=\"mailto:taro@example.com\">"
		"taro@example.com</a></p>\r\n"
		"--b--\r\n";
	SgDraft *draft = sg_draft_new_from_data(msg, strlen(msg), NULL, NULL);
	g_autoptr(GPtrArray) findings = check_draft(rules, draft);
	g_autofree char *got = describe(findings);

	ck_assert_str_eq(got, EMAIL "«taro@example.com»");
	sg_draft_free(draft);
}
END_TEST

/* --- rule files ---------------------------------------------------------- */

START_TEST(test_corporate_number)
{
	g_autofree char *dir = sg_test_data_path("personal-info/rules.d");
	g_autoptr(GError) error = NULL;
	SgRuleSet *set = sg_rule_set_load(config, dir, NULL, &error);
	static const SgCase cases[] = {
		{"法人番号：8700110005901",
		 "test-corporate-number/info«8700110005901»"},
		{"法人番号 8700110005902", ""},	/* check digit */
		{"8700110005901", ""},		/* no label */
	};

	ck_assert_msg(set != NULL, "%s", error ? error->message : "");
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		SgDraft *draft = draft_from_text(cases[i].text);
		g_autoptr(GPtrArray) findings = check_draft(set, draft);
		g_autofree char *got = describe(findings);
		ck_assert_msg(strcmp(got, cases[i].expect) == 0,
			      "'%s': got %s", cases[i].text, got);
		sg_draft_free(draft);
	}
	sg_rule_set_unref(set);
}
END_TEST

static const struct {
	const char *where;
	const char *word;
} broken_problems[] = {
	{"10-broken.conf:7:", "detect = passport"},
	{"10-broken.conf:15:", "51-5x:16"},
	{"10-broken.conf:23:", "free"},
	{"bad.re:3:", "invalid pattern"},
	{"10-broken.conf:39:", "lots"},
	{"10-broken.conf:", "labels = 法人番号"},
};

START_TEST(test_broken_rules)
{
	g_autofree char *dir = sg_test_data_path("personal-info/broken.d");
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

/* The shipped configuration allows the ward's main line and domain. */
START_TEST(test_shipped_config)
{
	g_autofree char *path = sg_test_src_path("conf/snsgate.conf");
	g_autoptr(GError) error = NULL;
	g_autoptr(SgConfig) shipped = sg_config_load(path, NULL, &error);

	ck_assert_msg(shipped != NULL, "%s", error ? error->message : "");
	SgRuleSet *set = sg_rule_set_load(shipped, rules_dir, NULL, &error);
	ck_assert_msg(set != NULL, "%s", error ? error->message : "");
	SgDraft *draft = draft_from_text(
		"代表 03-3264-2111／03(3264)2111／+81-3-3264-2111／"
		"０３－３２６４－２１１１ info@city.chiyoda.lg.jp");
	SgCheckContext ctx = {.config = shipped};
	g_autoptr(GPtrArray) findings =
		sg_rule_set_check(set, draft, &ctx, &error);
	ck_assert_ptr_nonnull(findings);
	g_autofree char *got = describe(findings);
	ck_assert_str_eq(got, "");
	sg_draft_free(draft);
	sg_rule_set_unref(set);
}
END_TEST

/* The clean notices of check_accuracy carry official contacts, order
 * numbers, ISBNs, postal codes and prices: no personal information. */
START_TEST(test_clean_notices)
{
	g_autofree char *path = sg_test_src_path("conf/snsgate.conf");
	g_autofree char *dir_path = sg_test_data_path("accuracy/clean");
	g_autoptr(GError) error = NULL;
	g_autoptr(SgConfig) shipped = sg_config_load(path, NULL, &error);
	g_autoptr(GDir) dir = g_dir_open(dir_path, 0, NULL);
	g_autoptr(GString) failures = g_string_new(NULL);
	const char *name;
	guint n = 0;

	ck_assert_msg(shipped != NULL, "%s", error ? error->message : "");
	ck_assert_ptr_nonnull(dir);
	SgRuleSet *set = sg_rule_set_load(shipped, rules_dir, NULL, &error);
	ck_assert_msg(set != NULL, "%s", error ? error->message : "");
	while ((name = g_dir_read_name(dir)) != NULL) {
		if (!g_str_has_suffix(name, ".txt"))
			continue;
		g_autofree char *rel =
			g_strdup_printf("accuracy/clean/%s", name);
		g_autoptr(GBytes) bytes = sg_test_read_data(rel);
		g_autofree char *text =
			g_strndup(g_bytes_get_data(bytes, NULL),
				  g_bytes_get_size(bytes));
		SgDraft *draft = draft_from_text(text);
		SgCheckContext ctx = {.config = shipped};
		g_autoptr(GPtrArray) findings =
			sg_rule_set_check(set, draft, &ctx, &error);
		ck_assert_ptr_nonnull(findings);
		g_autofree char *got = describe(findings);
		if (*got != '\0')
			g_string_append_printf(failures, "\n  %s: %s", name,
					       got);
		sg_draft_free(draft);
		n++;
	}
	sg_rule_set_unref(set);
	ck_assert_msg(n >= 8, "only %u notices", n);
	ck_assert_msg(failures->len == 0, "findings in clean notices:%s",
		      failures->str);
}
END_TEST

int
main(void)
{
	/* Once per process: GMime cannot be initialized twice. */
	g_mime_init();
	Suite *s = suite_create("personal-info");
	TCase *tc = tcase_create("personal-info");

	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_phones, 0, G_N_ELEMENTS(phone_cases));
	tcase_add_loop_test(tc, test_emails, 0, G_N_ELEMENTS(email_cases));
	tcase_add_loop_test(tc, test_numbers, 0, G_N_ELEMENTS(number_cases));
	tcase_add_loop_test(tc, test_persons, 0, G_N_ELEMENTS(person_cases));
	tcase_add_test(tc, test_person_cases);
	tcase_add_test(tc, test_finding_fields);
	tcase_add_test(tc, test_person_message);
	tcase_add_test(tc, test_iso2022jp);
	tcase_add_test(tc, test_alternatives_once);
	tcase_add_test(tc, test_corporate_number);
	tcase_add_test(tc, test_broken_rules);
	tcase_add_test(tc, test_shipped_config);
	tcase_add_test(tc, test_clean_notices);
	suite_add_tcase(s, tc);

	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	g_mime_shutdown();
	return failed == 0 ? 0 : 1;
}
