/* Check suite for lexicon.c: every occurrence of every term is reported with
 * its index and exact byte span, overlapping ones included and in order of
 * end; ASCII terms respect word boundaries; duplicates, empty lexicons,
 * large generated lexicons, early stops, scratch reuse across lexicons and
 * threads all behave as lexicon.h promises.
 */
#include "config.h"

#include <snsgate/lexicon.h>

#include <check.h>
#include <string.h>

#include "testutil.h"

typedef struct {
	guint term;
	gsize start;
	gsize end;
} Hit;

typedef struct {
	GArray *hits;		/* of Hit */
	guint stop_after;	/* 0: never stop */
} Collector;

static bool
collect(guint term, gsize start, gsize end, gpointer user_data)
{
	Collector *c = user_data;
	Hit hit = {term, start, end};

	g_array_append_val(c->hits, hit);
	return c->stop_after == 0 || c->hits->len < c->stop_after;
}

static gint
compare_hits(gconstpointer a, gconstpointer b)
{
	const Hit *x = a;
	const Hit *y = b;

	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->term < y->term ? -1 : x->term > y->term;
}

/* Scans and returns the hits, checking they come in order of end; hits
 * with the same end are sorted so that tests can compare exactly. */
static GArray *
scan_all(const SgLexicon *lexicon, SgLexiconScratch *scratch,
	 const char *text, guint stop_after)
{
	Collector c = {
		.hits = g_array_new(FALSE, FALSE, sizeof(Hit)),
		.stop_after = stop_after,
	};
	g_autoptr(GError) error = NULL;

	ck_assert_msg(sg_lexicon_scan(lexicon, scratch, text, strlen(text),
				      collect, &c, &error),
		      "%s", error ? error->message : "");
	for (guint i = 1; i < c.hits->len; i++)
		ck_assert_uint_le(g_array_index(c.hits, Hit, i - 1).end,
				  g_array_index(c.hits, Hit, i).end);
	g_array_sort(c.hits, compare_hits);
	return c.hits;
}

static SgLexicon *
lexicon_new(const char *const *terms, guint n)
{
	g_autoptr(GError) error = NULL;
	SgLexicon *lexicon = sg_lexicon_new(terms, n, &error);

	ck_assert_msg(lexicon != NULL, "%s", error ? error->message : "");
	return lexicon;
}

#define MAX_HITS 8

typedef struct {
	const char *terms[6];	/* NULL-terminated */
	const char *text;
	guint n_hits;
	Hit hits[MAX_HITS];	/* sorted by end, start, term */
} ScanCase;

static const ScanCase scan_cases[] = {
	/* basic hits, byte offsets */
	{{"ばか", "あほ", "部外秘", NULL},
	 "これは部外秘の資料、ばかなことを",
	 2, {{2, 9, 18}, {0, 30, 36}}},
	/* a term at the very start and the very end */
	{{"ばか", NULL}, "ばか", 1, {{0, 0, 6}}},
	{{"ばか", "だ", NULL}, "ばかだ", 2, {{0, 0, 6}, {1, 6, 9}}},
	/* nothing */
	{{"ばか", NULL}, "ばっか", 0, {{0}}},
	{{"ばか", NULL}, "", 0, {{0}}},
	/* overlapping and nested terms all fire */
	{{"あいう", "いうえ", "いう", "あいうえ", NULL},
	 "あいうえ",
	 4, {{0, 0, 9}, {2, 3, 9}, {3, 0, 12}, {1, 3, 12}}},
	/* every occurrence, self-overlapping too */
	{{"ああ", NULL}, "あああ", 2, {{0, 0, 6}, {0, 3, 9}}},
	/* ASCII word boundaries */
	{{"sm", NULL}, "sms", 0, {{0}}},
	{{"sm", NULL}, "xsm", 0, {{0}}},
	{{"sm", NULL}, "sm1", 0, {{0}}},
	{{"sm", NULL}, "sm ", 1, {{0, 0, 2}}},
	{{"sm", NULL}, "a sm", 1, {{0, 2, 4}}},
	{{"sm", NULL}, "sm.sm-sm", 3, {{0, 0, 2}, {0, 3, 5}, {0, 6, 8}}},
	{{"sm", NULL}, "ばかsmだ", 1, {{0, 6, 8}}},
	{{"nazi", NULL}, "nazis", 0, {{0}}},
	{{"kill you", NULL}, "i kill you.", 1, {{0, 2, 10}}},
	{{"kill you", NULL}, "skill you", 0, {{0}}},
	/* only the alphanumeric side is bounded */
	{{"+81", NULL}, "tel+81 3", 1, {{0, 3, 6}}},
	{{"+81", NULL}, "+812", 0, {{0}}},
	{{"#ad", NULL}, "x#ad", 1, {{0, 1, 4}}},
	/* a Japanese term is not bounded by ASCII letters */
	{{"部外秘", NULL}, "abc部外秘def", 1, {{0, 3, 12}}},
	/* UTF-8 beyond the BMP */
	{{"😀😀", "𠮷野家", NULL},
	 "a😀😀😀𠮷野家",
	 3, {{0, 1, 9}, {0, 5, 13}, {1, 13, 23}}},
	/* identical terms: each index is reported */
	{{"ばか", "あほ", "ばか", NULL},
	 "ばかあほ",
	 3, {{0, 0, 6}, {2, 0, 6}, {1, 6, 12}}},
};

START_TEST(test_scan)
{
	const ScanCase *c = &scan_cases[_i];
	guint n = 0;

	while (c->terms[n] != NULL)
		n++;
	SgLexicon *lexicon = lexicon_new(c->terms, n);
	SgLexiconScratch *scratch = sg_lexicon_scratch_new(lexicon);

	for (int pass = 0; pass < 2; pass++) {
		/* With this thread's scratch, then with a temporary one. */
		GArray *hits = scan_all(lexicon, pass == 0 ? scratch : NULL,
					c->text, 0);

		ck_assert_uint_eq(hits->len, c->n_hits);
		for (guint i = 0; i < c->n_hits; i++) {
			const Hit *h = &g_array_index(hits, Hit, i);

			ck_assert_uint_eq(h->term, c->hits[i].term);
			ck_assert_uint_eq(h->start, c->hits[i].start);
			ck_assert_uint_eq(h->end, c->hits[i].end);
		}
		g_array_unref(hits);
	}
	ck_assert_uint_eq(sg_lexicon_get_n_terms(lexicon), n);
	for (guint i = 0; i < n; i++)
		ck_assert_str_eq(sg_lexicon_get_term(lexicon, i), c->terms[i]);
	sg_lexicon_scratch_free(scratch);
	sg_lexicon_unref(lexicon);
}
END_TEST

START_TEST(test_empty_lexicon)
{
	SgLexicon *lexicon = lexicon_new(NULL, 0);
	SgLexiconScratch *scratch = sg_lexicon_scratch_new(lexicon);
	GArray *hits = scan_all(lexicon, scratch, "なんでも anything", 0);

	ck_assert_uint_eq(hits->len, 0);
	ck_assert_uint_eq(sg_lexicon_get_n_terms(lexicon), 0);
	g_array_unref(hits);
	hits = scan_all(lexicon, NULL, "", 0);
	ck_assert_uint_eq(hits->len, 0);
	g_array_unref(hits);
	sg_lexicon_scratch_free(scratch);
	sg_lexicon_unref(lexicon);
	sg_lexicon_scratch_free(NULL);
	sg_lexicon_unref(NULL);
}
END_TEST

START_TEST(test_empty_term)
{
	static const char *const terms[] = {"ばか", ""};
	g_autoptr(GError) error = NULL;
	SgLexicon *lexicon = sg_lexicon_new(terms, 2, &error);

	ck_assert_ptr_null(lexicon);
	ck_assert(g_error_matches(error, SG_LEXICON_ERROR,
				  SG_LEXICON_ERROR_COMPILE));
	ck_assert_str_eq(error->message, "term 1 is empty");
}
END_TEST

START_TEST(test_stop_early)
{
	static const char *const terms[] = {"ば", "か", "ばか"};
	SgLexicon *lexicon = lexicon_new(terms, 3);
	GArray *hits = scan_all(lexicon, NULL, "ばかばかばか", 1);

	ck_assert_uint_eq(hits->len, 1);
	ck_assert_uint_eq(g_array_index(hits, Hit, 0).term, 0);
	ck_assert_uint_eq(g_array_index(hits, Hit, 0).start, 0);
	ck_assert_uint_eq(g_array_index(hits, Hit, 0).end, 3);
	g_array_unref(hits);
	hits = scan_all(lexicon, NULL, "ばかばかばか", 4);
	ck_assert_uint_eq(hits->len, 4);
	g_array_unref(hits);
	hits = scan_all(lexicon, NULL, "ばかばかばか", 0);
	ck_assert_uint_eq(hits->len, 9);
	g_array_unref(hits);
	sg_lexicon_unref(lexicon);
}
END_TEST

/* Term @i as 4 to 6 characters of kana and kanji, distinct for each
 * @i < 86^3: the number in base 86 written in 3 to 5 kana, after a kanji
 * that gives that length. */
static char *
generated_term(guint i)
{
	static const gunichar kana = 0x3041;	/* ぁ…, 86 of them */
	static const gunichar kanji = 0x4e00;
	GString *s = g_string_new(NULL);
	guint len = 3 + i % 3;

	g_string_append_unichar(s, kanji + len);
	for (guint d = 0, v = i; d < len; d++, v /= 86)
		g_string_append_unichar(s, kana + v % 86);
	return g_string_free(s, FALSE);
}

START_TEST(test_generated)
{
	const guint n = 10000;
	g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GString) text = g_string_new(NULL);
	g_autofree gsize *where = g_new(gsize, n);
	g_autofree guint *found = g_new0(guint, n);
	g_autoptr(GHashTable) distinct = g_hash_table_new(g_str_hash,
							  g_str_equal);

	for (guint i = 0; i < n; i++) {
		char *t = generated_term(i);

		g_ptr_array_add(terms, t);
		ck_assert(g_hash_table_add(distinct, t));
	}
	/* Every term once, in reverse, separated by punctuation. */
	for (guint i = n; i-- > 0;) {
		where[i] = text->len;
		g_string_append(text, g_ptr_array_index(terms, i));
		g_string_append(text, "、");
	}
	SgLexicon *lexicon = lexicon_new(
		(const char *const *)terms->pdata, terms->len);
	SgLexiconScratch *scratch = sg_lexicon_scratch_new(lexicon);
	GArray *hits = scan_all(lexicon, scratch, text->str, 0);

	for (guint h = 0; h < hits->len; h++) {
		const Hit *hit = &g_array_index(hits, Hit, h);
		const char *term = g_ptr_array_index(terms, hit->term);

		ck_assert_uint_eq(hit->end - hit->start, strlen(term));
		ck_assert(memcmp(text->str + hit->start, term,
				 strlen(term)) == 0);
		if (hit->start == where[hit->term])
			found[hit->term]++;
	}
	for (guint i = 0; i < n; i++)
		ck_assert_msg(found[i] == 1, "term %u found %u times", i,
			      found[i]);
	g_array_unref(hits);
	sg_lexicon_scratch_free(scratch);
	sg_lexicon_unref(lexicon);
}
END_TEST

/* One scratch serves several lexicons: it grows for each. */
START_TEST(test_scratch_shared)
{
	static const char *const small[] = {"ばか"};
	g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func(g_free);

	for (guint i = 0; i < 2000; i++)
		g_ptr_array_add(terms, generated_term(i));
	g_ptr_array_add(terms, g_strdup("ばか"));
	SgLexicon *a = lexicon_new(small, 1);
	SgLexicon *b = lexicon_new((const char *const *)terms->pdata,
				   terms->len);
	SgLexicon *none = lexicon_new(NULL, 0);
	SgLexiconScratch *scratch = sg_lexicon_scratch_new(none);

	for (int round = 0; round < 3; round++) {
		GArray *hits = scan_all(a, scratch, "ばかだ", 0);

		ck_assert_uint_eq(hits->len, 1);
		ck_assert_uint_eq(g_array_index(hits, Hit, 0).term, 0);
		g_array_unref(hits);
		hits = scan_all(b, scratch, "ばかだ", 0);
		ck_assert_uint_eq(hits->len, 1);
		ck_assert_uint_eq(g_array_index(hits, Hit, 0).term, 2000);
		g_array_unref(hits);
	}
	/* The lexicon a scratch last grew for may go first. */
	sg_lexicon_unref(b);
	sg_lexicon_unref(a);
	sg_lexicon_unref(none);
	sg_lexicon_scratch_free(scratch);
}
END_TEST

START_TEST(test_ref)
{
	static const char *const terms[] = {"ばか"};
	SgLexicon *lexicon = lexicon_new(terms, 1);

	ck_assert_ptr_eq(sg_lexicon_ref(lexicon), lexicon);
	sg_lexicon_unref(lexicon);
	ck_assert_str_eq(sg_lexicon_get_term(lexicon, 0), "ばか");
	sg_lexicon_unref(lexicon);
}
END_TEST

typedef struct {
	const SgLexicon *lexicon;
	const char *text;
	guint hits;
} ThreadJob;

static gpointer
scan_thread(gpointer data)
{
	ThreadJob *job = data;
	SgLexiconScratch *scratch = sg_lexicon_scratch_new(job->lexicon);

	for (int i = 0; i < 50; i++) {
		GArray *hits = scan_all(job->lexicon, scratch, job->text, 0);

		job->hits += hits->len;
		g_array_unref(hits);
	}
	sg_lexicon_scratch_free(scratch);
	return NULL;
}

/* One lexicon, four threads, each with its own scratch. */
START_TEST(test_threads)
{
	static const char *const terms[] = {"ばか", "あほ", "sm"};
	SgLexicon *lexicon = lexicon_new(terms, 3);
	g_autoptr(GString) text = g_string_new(NULL);
	ThreadJob jobs[4];
	GThread *threads[4];

	for (int i = 0; i < 1000; i++)
		g_string_append(text, "ばかとあほ sm sms ");
	for (int t = 0; t < 4; t++) {
		jobs[t] = (ThreadJob){lexicon, text->str, 0};
		threads[t] = g_thread_new("scan", scan_thread, &jobs[t]);
	}
	for (int t = 0; t < 4; t++) {
		g_thread_join(threads[t]);
		ck_assert_uint_eq(jobs[t].hits, 50 * 3000);
	}
	sg_lexicon_unref(lexicon);
}
END_TEST

static Suite *
lexicon_suite(void)
{
	Suite *s = suite_create("lexicon");
	TCase *tc = tcase_create("lexicon");

	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_scan, 0, G_N_ELEMENTS(scan_cases));
	tcase_add_test(tc, test_empty_lexicon);
	tcase_add_test(tc, test_empty_term);
	tcase_add_test(tc, test_stop_early);
	tcase_add_test(tc, test_generated);
	tcase_add_test(tc, test_scratch_shared);
	tcase_add_test(tc, test_ref);
	tcase_add_test(tc, test_threads);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(lexicon_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
