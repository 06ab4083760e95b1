/* Check suite for prefilter.c: the required literals extracted from
 * patterns (sequences, alternatives, optional parts, classes, look-arounds,
 * escapes, caseless letters, and the syntax it must refuse), and the one
 * property that matters: the shipped rules find exactly the same things with
 * and without the prefilter, over every message under tests/data and the
 * held-out corpora (and the directories named in SG_PREFILTER_EXTRA,
 * colon-separated, if set).
 */
#include "config.h"

#include <check.h>
#include <gmime/gmime.h>
#include <snsgate/draft.h>
#include <snsgate/pattern.h>
#include <snsgate/prefilter.h>
#include <snsgate/rules.h>
#include <string.h>

#include "testutil.h"

static int
compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The literals of @regex, sorted and joined with "|"; "-" for none. */
static char *
literals(const char *regex, bool caseless)
{
	g_auto(GStrv) lits = sg_prefilter_literals(regex, caseless);

	if (lits == NULL)
		return g_strdup("-");
	qsort(lits, g_strv_length(lits), sizeof(char *), compare_strings);
	return g_strjoinv("|", lits);
}

static const struct {
	const char *regex;
	bool caseless;
	const char *expected;
} cases[] = {
	/* A literal containing another of the set goes; literals are cut
	 * to 4 characters. */
	{"候補に一票", true, "候補に一"},
	{"(候補)に一票", true, "候補に一"},
	{"清き(?:一票|投票)", true, "清き一票|清き投票"},
	{"(?:株式会社|有限会社)[^\\s。]{1,30}", true, "有限会社|株式会社"},
	/* The longest run wins over a shorter one. */
	{"候[^。]{0,5}当選確実", true, "当選確実"},
	/* An optional part: both forms. */
	{"清き?一票", true, "清き一票|清一票"},
	{"(?:ab)?", false, "-"},
	{"a*", false, "-"},
	{"候補|.", true, "-"},
	{"候補|当選", true, "候補|当選"},
	{"(?:候補|)一票", true, "一票"},
	{"(?:区役所|役所)に", true, "役所に"},
	{"あいうえおかきくけこさしすせそ", false, "あいうえ"},
	{"(?:候補|x*)一票", true, "一票"},
	{"(?:当選)+確実", true, "当選"},
	{"(?:当選){2,}", true, "当選"},
	{"(?:当選){0,3}", true, "-"},
	/* Zero-width items do not break a run. */
	{"(?<!お)客(?=様)さま", true, "客さま"},
	{"^候補$", true, "候補"},
	{"候補\\b票", true, "候補票"},
	{"候\\x{88dc}", true, "候補"},
	{"a\\.b", false, "a.b"},
	{"\\d+円", true, "円"},
	{"[候補]+です", true, "です"},
	{"[]候]選", true, "選"},
	{"[^]]選", true, "選"},
	{"(?<name>候補)者", true, "候補者"},
	{"(?#comment)候補", true, "候補"},
	/* Caseless: ASCII letters are scanned caselessly, k and s (Kelvin
	 * sign, long s) and letters with case outside ASCII break runs. */
	{"line", true, "line"},
	{"link", true, "lin"},
	{"ΑΒΓ候補", true, "候補"},
	{"ΑΒΓ候補", false, "ΑΒΓ候"},
	/* Syntax it must refuse: the pattern then always runs. */
	{"(?i)候補", false, "-"},
	{"(?i)候補", true, "候補"},
	{"(?m)^候補$", false, "候補"},
	{"(?s:候補.)者", false, "候補"},
	{"(?-i)line", true, "line"},
	{"(?x) 候 補", false, "-"},
	{"\\Q候補\\E", true, "-"},
	{"(*UTF)候補", true, "-"},
	{"(?(1)a|b)候補", true, "-"},
	{"候{,3}補", true, "-"},
	{"候補\\g{1}", true, "-"},
	{"(候補", true, "-"},
	{"[候補", true, "-"},
	/* A back-reference breaks the run but the text before stands. */
	{"(候補)\\1者", true, "候補"},
};

START_TEST(test_literals)
{
	g_autofree char *got =
		literals(cases[_i].regex, cases[_i].caseless);

	ck_assert_msg(strcmp(got, cases[_i].expected) == 0,
		      "%s: got \"%s\", expected \"%s\"", cases[_i].regex, got,
		      cases[_i].expected);
}
END_TEST

/* Every pattern the prefilter keeps must be found by its literals: a
 * pattern matching a text must have one of its literals in it. */
START_TEST(test_literals_are_required)
{
	static const struct {
		const char *regex;
		const char *text;
	} m[] = {
		{"清き?(?:一票|投票)", "清一票を"},
		{"(?<!お)客(?=様)", "この客様"},
		{"LINE(?:公式)?", "line公式"},
		{"[0-9]+件の(?:苦情|通報)", "12件の通報"},
	};

	for (guint i = 0; i < G_N_ELEMENTS(m); i++) {
		g_autoptr(SgPattern) p = sg_pattern_new(m[i].regex, true, NULL);
		g_auto(GStrv) lits = sg_prefilter_literals(m[i].regex, true);
		bool found = false;

		ck_assert(sg_pattern_search(p, m[i].text, strlen(m[i].text)));
		ck_assert_ptr_nonnull(lits);
		for (guint j = 0; lits[j]; j++) {
			g_autofree char *low =
				g_ascii_strdown(m[i].text, -1);
			g_autofree char *lit = g_ascii_strdown(lits[j], -1);
			found = found || strstr(low, lit) != NULL;
		}
		ck_assert_msg(found, "%s", m[i].regex);
	}
}
END_TEST

static void
collect_messages(const char *dir, GPtrArray *out)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const char *name;

	if (d == NULL)
		return;
	while ((name = g_dir_read_name(d)) != NULL) {
		g_autofree char *path = g_build_filename(dir, name, NULL);
		if (g_file_test(path, G_FILE_TEST_IS_DIR))
			collect_messages(path, out);
		else if (g_str_has_suffix(name, ".eml"))
			g_ptr_array_add(out, g_steal_pointer(&path));
	}
}

/* Every finding of a check, one per line. */
static char *
check_text(SgRuleSet *rules, const SgConfig *config, const SgDraft *draft)
{
	SgCheckContext context = {.config = config};
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) findings =
		sg_rule_set_check(rules, draft, &context, &error);
	GString *s = g_string_new(NULL);

	ck_assert_msg(findings != NULL, "%s", error ? error->message : "");
	for (guint i = 0; i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);
		g_string_append_printf(s, "%s %d %s %u:%u [%s] [%s] %s\n",
				       f->rule, (int)f->piece_kind,
				       f->piece_name ? f->piece_name : "",
				       f->line, f->column,
				       f->excerpt ? f->excerpt : "",
				       f->matched ? f->matched : "",
				       f->detail ? f->detail : "");
	}
	return g_string_free(s, FALSE);
}

START_TEST(test_shipped_rules_identical)
{
	g_autofree char *conf = sg_test_src_path("conf/snsgate.conf");
	g_autofree char *rules_dir = sg_test_src_path("conf/rules.d");
	g_autofree char *data_dir = sg_test_data_path("");
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) problems = NULL;
	SgConfig *config = sg_config_load(conf, NULL, &error);

	ck_assert_msg(config != NULL, "%s", error ? error->message : "");
	SgRuleSet *rules =
		sg_rule_set_load(config, rules_dir, &problems, &error);
	ck_assert_msg(rules != NULL, "%s", error ? error->message : "");

	g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
	collect_messages(data_dir, files);
	/* The held-out corpora too: drafts nobody wrote for these rules. */
	for (guint i = 0; i < 3; i++) {
		const char *const corpora[] = {"tests/heldout", "tests/heldout2",
					       "tests/heldout3"};
		g_autofree char *dir = sg_test_src_path(corpora[i]);
		collect_messages(dir, files);
	}
	const char *extra = g_getenv("SG_PREFILTER_EXTRA");
	if (extra != NULL) {
		g_auto(GStrv) dirs = g_strsplit(extra, ":", -1);
		for (guint i = 0; dirs[i]; i++)
			collect_messages(dirs[i], files);
	}
	ck_assert_uint_gt(files->len, 20);

	guint with_findings = 0;
	for (guint i = 0; i < files->len; i++) {
		const char *path = g_ptr_array_index(files, i);
		g_autofree char *data = NULL;
		gsize len = 0;
		ck_assert(g_file_get_contents(path, &data, &len, NULL));
		SgDraft *draft = sg_draft_new_from_data(data, len, NULL, NULL);
		if (draft == NULL)
			continue;	/* over a limit: nothing is checked */
		sg_prefilter_set_enabled(true);
		g_autofree char *on = check_text(rules, config, draft);
		sg_prefilter_set_enabled(false);
		g_autofree char *off = check_text(rules, config, draft);
		sg_prefilter_set_enabled(true);
		ck_assert_msg(strcmp(on, off) == 0,
			      "%s: with the prefilter:\n%s\nwithout:\n%s",
			      path, on, off);
		with_findings += on[0] != '\0';
		sg_draft_free(draft);
	}
	/* The comparison means something only if rules fire. */
	ck_assert_uint_gt(with_findings, 10);
	sg_rule_set_unref(rules);
	sg_config_unref(config);
}
END_TEST

/* A pattern compiled outside any rule set's load is never skipped, and a
 * text the check run did not register is never filtered. */
START_TEST(test_unregistered_runs)
{
	g_autoptr(SgPattern) p = sg_pattern_new("候補", true, NULL);
	const char *text = "山田候補";

	ck_assert(sg_pattern_search(p, text, strlen(text)));
	SgPrefilterCollector *c = sg_prefilter_collect_begin();
	g_autoptr(SgPattern) q = sg_pattern_new("当選", true, NULL);
	SgPrefilter *pf = sg_prefilter_collect_end(c, NULL);
	ck_assert_ptr_nonnull(pf);
	ck_assert_uint_eq(sg_prefilter_get_n_patterns(pf), 1);

	gpointer check = sg_prefilter_check_begin(pf);
	/* Not registered: runs (and matches). */
	const char *t2 = "当選確実";
	ck_assert(sg_pattern_search(q, t2, strlen(t2)));
	/* Registered, literal absent: skipped; present: runs. */
	g_autofree char *t3 = g_strdup("候補者");
	g_autofree char *t4 = g_strdup("当選者");
	sg_prefilter_add_text(t3, strlen(t3));
	sg_prefilter_add_text(t4, strlen(t4));
	ck_assert(!sg_pattern_search(q, t3, strlen(t3)));
	ck_assert(sg_pattern_search(q, t4, strlen(t4)));
	/* p is not in the prefilter: it always runs. */
	ck_assert(sg_pattern_search(p, t3, strlen(t3)));
	sg_prefilter_check_end(check);
	sg_prefilter_free(pf);
}
END_TEST

static Suite *
prefilter_suite(void)
{
	Suite *s = suite_create("prefilter");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 600);
	tcase_add_loop_test(tc, test_literals, 0, G_N_ELEMENTS(cases));
	tcase_add_test(tc, test_literals_are_required);
	tcase_add_test(tc, test_unregistered_runs);
	tcase_add_test(tc, test_shipped_rules_identical);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	g_mime_init();
	SRunner *sr = srunner_create(prefilter_suite());

	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
