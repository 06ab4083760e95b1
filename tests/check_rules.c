/* Check suite for rules.c and rules/terms.c: the engine's semantics on a
 * small test rule set (exception contexts, patterns, offsets in the
 * original text, findings once across alternatives, problems with file and
 * line), then every shipped lexicon family against its case file
 * tests/data/rules/FAMILY.cases ("+ text" must hit the family, "- text" must
 * not), and the corpus of municipal notices, which must never be blocked.
 */
#include "config.h"

#include <check.h>
#include <gmime/gmime.h>
#include <snsgate/draft.h>
#include <snsgate/rules.h>
#include <snsgate/verdict.h>
#include <string.h>

#include "testutil.h"

static SgConfig *engine_config;
static SgRuleSet *engine_rules;
static SgConfig *shipped_config;
static SgRuleSet *shipped_rules;

static void
setup_engine(void)
{
	g_autofree char *engine = sg_test_data_path("config/good.conf");
	g_autoptr(GError) error = NULL;

	engine_config = sg_config_load(engine, NULL, &error);
	ck_assert_msg(engine_config != NULL, "%s", error->message);
	engine_rules = sg_rule_set_load(engine_config, NULL, NULL, &error);
	ck_assert_msg(engine_rules != NULL, "%s", error->message);
}

static void
teardown_engine(void)
{
	sg_rule_set_unref(engine_rules);
	sg_config_unref(engine_config);
}

static void
setup_shipped(void)
{
	g_autofree char *shipped = sg_test_src_path("conf/snsgate.conf");
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) problems = NULL;

	shipped_config = sg_config_load(shipped, NULL, &error);
	ck_assert_msg(shipped_config != NULL, "%s", error->message);
	shipped_rules =
		sg_rule_set_load(shipped_config, NULL, &problems, &error);
	ck_assert_msg(shipped_rules != NULL, "%s: %s", error->message,
		      problems && problems->len
			      ? (char *)g_ptr_array_index(problems, 0)
			      : "");
}

static void
teardown_shipped(void)
{
	sg_rule_set_unref(shipped_rules);
	sg_config_unref(shipped_config);
}

/* A draft whose body is @text, as a UTF-8 8bit text/plain message. */
static SgDraft *
draft_from_text(const char *subject, const char *text)
{
	g_autofree char *msg = g_strdup_printf(
		"From: staff@city.example.lg.jp\r\n"
		"To: sns-approval+x@city.example.lg.jp\r\n"
		"Subject: %s\r\n"
		"Date: Tue, 24 Nov 2026 10:00:00 +0900\r\n"
		"MIME-Version: 1.0\r\n"
		"Content-Type: text/plain; charset=UTF-8\r\n"
		"Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n",
		subject, text);
	g_autoptr(GError) error = NULL;
	SgDraft *draft = sg_draft_new_from_data(msg, strlen(msg), NULL, &error);

	ck_assert_msg(draft != NULL, "%s", error ? error->message : "");
	return draft;
}

static GPtrArray *
check_with(SgRuleSet *rules, SgConfig *config, SgDraft *draft)
{
	SgCheckContext ctx = {.config = config};
	g_autoptr(GError) error = NULL;
	GPtrArray *findings = sg_rule_set_check(rules, draft, &ctx, &error);

	ck_assert_msg(findings != NULL, "%s", error ? error->message : "");
	return findings;
}

static guint
count_family(GPtrArray *findings, const char *family)
{
	guint n = 0;

	for (guint i = 0; i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);
		n += g_strcmp0(f->family, family) == 0;
	}
	return n;
}

/* --- engine semantics ------------------------------------------------- */

static const struct {
	const char *text;
	guint hits;
} insult_cases[] = {
	{"そんなのばかだ", 1},
	{"ﾊﾞｶげた話", 1},			/* half-width katakana */
	{"バ\u200bカにするな", 1},		/* zero-width inside */
	{"ば か", 1},				/* spacing */
	{"それだけばかりです", 0},		/* per-term context */
	{"はばかることなく", 0},		/* per-term context */
	{"ばかばかしい", 0},			/* rule-level context */
	{"あの人は嘘つきだ", 1},
	{"SMSで通知します", 0},			/* ASCII word boundary */
	{"SMの話", 1},
	{"ばかだ、ばかだ", 2},			/* each occurrence */
};

START_TEST(test_insult_terms)
{
	SgDraft *draft = draft_from_text("test", insult_cases[_i].text);
	g_autoptr(GPtrArray) findings =
		check_with(engine_rules, engine_config, draft);

	ck_assert_msg(count_family(findings, "defamation") ==
			      insult_cases[_i].hits,
		      "'%s': %u hits, expected %u", insult_cases[_i].text,
		      count_family(findings, "defamation"),
		      insult_cases[_i].hits);
	sg_draft_free(draft);
}
END_TEST

/* A pattern that hits its match limit gives a block finding of its rule,
 * never a failed check (which would defer the draft for ever) nor a pass. */
START_TEST(test_limit_is_a_finding)
{
	char text[64];

	memset(text, 'a', sizeof text - 1);
	text[sizeof text - 2] = 'c';
	text[sizeof text - 1] = '\0';
	SgDraft *draft = draft_from_text("test", text);
	g_autoptr(GPtrArray) findings =
		check_with(engine_rules, engine_config, draft);

	ck_assert_int_eq(findings->len, 1);
	const SgFinding *f = g_ptr_array_index(findings, 0);
	ck_assert_str_eq(f->rule, "test-backtrack");
	ck_assert_str_eq(f->matched, "check-limit");
	ck_assert_int_eq(f->severity, SG_SEVERITY_BLOCK);
	sg_draft_free(draft);
}
END_TEST

/* One rule reports at most 50 places; the last says how many more. */
START_TEST(test_findings_capped)
{
	g_autoptr(GString) text = g_string_new(NULL);

	for (guint i = 0; i < 80; i++)
		g_string_append(text, "あいつはばかだ。\n");
	SgDraft *draft = draft_from_text("test", text->str);
	g_autoptr(GPtrArray) findings =
		check_with(engine_rules, engine_config, draft);

	ck_assert_int_eq(findings->len, 50);
	const SgFinding *first = g_ptr_array_index(findings, 0);
	const SgFinding *last = g_ptr_array_index(findings, 49);
	ck_assert_uint_eq(first->line, 1);
	ck_assert_uint_eq(last->line, 50);
	ck_assert_ptr_nonnull(strstr(last->message_ja, "ほかに 30 件"));
	ck_assert_ptr_null(strstr(first->message_ja, "ほかに"));
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_finding_fields)
{
	SgDraft *draft = draft_from_text("件名", "一行目\r\n二行目はﾊﾞｶです");
	g_autoptr(GPtrArray) findings =
		check_with(engine_rules, engine_config, draft);

	ck_assert_int_eq(findings->len, 1);
	const SgFinding *f = g_ptr_array_index(findings, 0);
	ck_assert_str_eq(f->rule, "test-insult");
	ck_assert_str_eq(f->family, "defamation");
	ck_assert_str_eq(f->clause, "5(4)ア");
	ck_assert_int_eq(f->severity, SG_SEVERITY_BLOCK);
	ck_assert_int_eq(f->piece_kind, SG_PIECE_BODY);
	ck_assert_uint_eq(f->line, 2);
	ck_assert_uint_eq(f->column, 5);
	/* The excerpt is the original text, not the normalized form. */
	ck_assert_str_eq(f->excerpt, "ﾊﾞｶ");
	ck_assert_str_eq(f->message_ja, "中傷のおそれがあります。");
	ck_assert_str_eq(f->message_en, "Possible defamation.");
	ck_assert_str_eq(f->advice_ja, "表現を改めてください。");
	ck_assert_int_eq(sg_verdict_from_findings(findings),
			 SG_VERDICT_BLOCK);
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_subject_and_pattern)
{
	SgDraft *draft = draft_from_text("=?UTF-8?B?5ZiY44Gk44GN?=",
					 "山田サンに清き一票を！");
	g_autoptr(GPtrArray) findings =
		check_with(engine_rules, engine_config, draft);

	ck_assert_int_eq(findings->len, 2);
	/* Block before warn. */
	const SgFinding *f0 = g_ptr_array_index(findings, 0);
	const SgFinding *f1 = g_ptr_array_index(findings, 1);
	ck_assert_int_eq(f0->piece_kind, SG_PIECE_SUBJECT);
	ck_assert_str_eq(f0->excerpt, "嘘つき");
	ck_assert_str_eq(f1->rule, "test-endorse");
	ck_assert_int_eq(f1->severity, SG_SEVERITY_WARN);
	ck_assert_str_eq(f1->excerpt, "サンに清き一票を");
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_alternatives_once)
{
	const char *msg =
		"From: staff@city.example.lg.jp\r\n"
		"Subject: alt\r\n"
		"MIME-Version: 1.0\r\n"
		"Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
		"--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
		"彼は嘘つきです\r\n"
		"--b\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
		"<p>彼は嘘つきです。<b>ばか</b></p>\r\n"
		"--b--\r\n";
	SgDraft *draft = sg_draft_new_from_data(msg, strlen(msg), NULL, NULL);
	g_autoptr(GPtrArray) findings =
		check_with(engine_rules, engine_config, draft);

	/* 嘘つき once (both alternatives), ばか only in the HTML. */
	ck_assert_int_eq(findings->len, 2);
	sg_draft_free(draft);
}
END_TEST

static const struct {
	const char *where;
	const char *word;
} broken_problems[] = {
	{"10-broken.conf:1:", "clause (missing)"},
	{"10-broken.conf:10:", "severity fatal"},
	{"bad.re:2:", "invalid pattern"},
	{"10-broken.conf:24:", "cannot read nowhere.txt"},
	{"10-broken.conf:28:", "9(9)"},
	{"10-broken.conf:31:", "unknown key 'colour'"},
};

START_TEST(test_broken_rules)
{
	g_autofree char *dir = sg_test_data_path("rules/broken/rules.d");
	g_autoptr(GPtrArray) problems = NULL;
	g_autoptr(GError) error = NULL;
	SgRuleSet *rules =
		sg_rule_set_load(engine_config, dir, &problems, &error);

	ck_assert_ptr_null(rules);
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

START_TEST(test_clauses)
{
	ck_assert(sg_clause_is_known("5(4)ア"));
	ck_assert(sg_clause_is_known("5(4)ｱ"));	/* NFKC */
	ck_assert(sg_clause_is_known("6（3）（エ）"));
	ck_assert(!sg_clause_is_known("5(4)コ"));
	ck_assert_str_eq(sg_clause_canonical("5 (4) ｱ"), "5(4)ア");
	ck_assert_str_eq(sg_clause_text("5(4)ア"),
			 "個人又は団体を中傷し、又は誹謗する情報");
}
END_TEST

/* --- the shipped families --------------------------------------------- */

static const char *const families[] = {
	"defamation",   "discrimination", "illegal",	   "neutrality",
	"false-info",   "chain-message",  "reputation",	   "public-morals",
	"confidential", "decision-process", "harmful-links",
};

START_TEST(test_family_cases)
{
	const char *family = families[_i];
	g_autofree char *rel = g_strdup_printf("rules/%s.cases", family);
	g_autoptr(GBytes) bytes = sg_test_read_data(rel);
	g_autofree char *text = g_strndup(g_bytes_get_data(bytes, NULL),
					  g_bytes_get_size(bytes));
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	g_autoptr(GString) failures = g_string_new(NULL);
	guint n_plus = 0, n_minus = 0;

	for (guint i = 0; lines[i] != NULL; i++) {
		const char *line = g_strchomp(lines[i]);
		bool expect;
		if (g_str_has_prefix(line, "+ "))
			expect = true;
		else if (g_str_has_prefix(line, "- "))
			expect = false;
		else
			continue;
		expect ? n_plus++ : n_minus++;
		SgDraft *draft = draft_from_text("draft", line + 2);
		g_autoptr(GPtrArray) findings =
			check_with(shipped_rules, shipped_config, draft);
		bool hit = count_family(findings, family) > 0;
		if (hit != expect)
			g_string_append_printf(failures, "\n  %s:%u %s %s",
					       rel, i + 1,
					       expect ? "missed:" : "false hit:",
					       line + 2);
		sg_draft_free(draft);
	}
	ck_assert_msg(n_plus >= 20 && n_minus >= 20,
		      "%s: %u hits and %u near-misses; want 20 of each", rel,
		      n_plus, n_minus);
	ck_assert_msg(failures->len == 0, "%s", failures->str);
}
END_TEST

START_TEST(test_notices_never_blocked)
{
	g_autofree char *dir_path = sg_test_data_path("rules/notices");
	g_autoptr(GDir) dir = g_dir_open(dir_path, 0, NULL);
	g_autoptr(GString) failures = g_string_new(NULL);
	const char *name;
	guint n = 0;

	ck_assert_ptr_nonnull(dir);
	while ((name = g_dir_read_name(dir)) != NULL) {
		if (!g_str_has_suffix(name, ".txt"))
			continue;
		g_autofree char *rel = g_strdup_printf("rules/notices/%s",
						       name);
		g_autoptr(GBytes) bytes = sg_test_read_data(rel);
		g_autofree char *text =
			g_strndup(g_bytes_get_data(bytes, NULL),
				  g_bytes_get_size(bytes));
		SgDraft *draft = draft_from_text("お知らせ", text);
		g_autoptr(GPtrArray) findings =
			check_with(shipped_rules, shipped_config, draft);
		for (guint i = 0; i < findings->len; i++) {
			const SgFinding *f = g_ptr_array_index(findings, i);
			if (f->severity == SG_SEVERITY_BLOCK)
				g_string_append_printf(
					failures, "\n  %s:%u: %s「%s」", name,
					f->line, f->rule, f->excerpt);
		}
		sg_draft_free(draft);
		n++;
	}
	ck_assert_msg(n >= 30, "only %u notices", n);
	ck_assert_msg(failures->len == 0, "notices blocked:%s",
		      failures->str);
}
END_TEST

int
main(void)
{
	/* Once per process: GMime cannot be initialized twice. */
	g_mime_init();
	Suite *s = suite_create("rules");
	TCase *engine = tcase_create("engine");
	TCase *shipped = tcase_create("shipped");

	tcase_add_checked_fixture(engine, setup_engine, teardown_engine);
	tcase_add_loop_test(engine, test_insult_terms, 0,
			    G_N_ELEMENTS(insult_cases));
	tcase_add_test(engine, test_finding_fields);
	tcase_add_test(engine, test_limit_is_a_finding);
	tcase_add_test(engine, test_findings_capped);
	tcase_add_test(engine, test_subject_and_pattern);
	tcase_add_test(engine, test_alternatives_once);
	tcase_add_test(engine, test_broken_rules);
	tcase_add_test(engine, test_clauses);
	suite_add_tcase(s, engine);

	tcase_add_checked_fixture(shipped, setup_shipped, teardown_shipped);
	tcase_set_timeout(shipped, 60);
	tcase_add_loop_test(shipped, test_family_cases, 0,
			    G_N_ELEMENTS(families));
	tcase_add_test(shipped, test_notices_never_blocked);
	suite_add_tcase(s, shipped);

	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
