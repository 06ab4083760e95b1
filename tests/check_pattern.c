/* Check suite for pattern.c: UTF-8 matching with capture groups, empty
 * matches, invalid patterns and the limit that stops catastrophic
 * backtracking in bounded time.
 */
#include "config.h"

#include <check.h>
#include <snsgate/pattern.h>
#include <string.h>

typedef struct {
	GString *seen;
	guint count;
} Collect;

static bool
collect(gsize start, gsize end, const gsize *groups, guint n_groups,
	gpointer user_data)
{
	Collect *c = user_data;

	g_string_append_printf(c->seen, "%zu-%zu", (size_t)start,
			       (size_t)end);
	if (n_groups > 1 && groups[2] != G_MAXSIZE)
		g_string_append_printf(c->seen, "(%zu-%zu)", (size_t)groups[2],
				       (size_t)groups[3]);
	g_string_append_c(c->seen, ';');
	c->count++;
	return true;
}

START_TEST(test_matches)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(SgPattern) p = sg_pattern_new("(候補)に一票", false, &error);
	const char *text = "山田候補に一票を。田中候補に一票";
	Collect c = {g_string_new(NULL), 0};

	ck_assert_ptr_nonnull(p);
	ck_assert(sg_pattern_foreach(p, text, strlen(text), collect, &c,
				     &error));
	ck_assert_int_eq(c.count, 2);
	/* Byte offsets: 山田 is 6 bytes, 候補 6, に一票 9. */
	ck_assert_str_eq(c.seen->str, "6-21(6-12);33-48(33-39);");
	g_string_free(c.seen, TRUE);
}
END_TEST

START_TEST(test_caseless_and_empty)
{
	g_autoptr(SgPattern) p = sg_pattern_new("confidential", true, NULL);
	g_autoptr(SgPattern) empty = sg_pattern_new("x*", false, NULL);
	const char *text = "あConFidentialい";
	Collect c = {g_string_new(NULL), 0};

	ck_assert(sg_pattern_search(p, text, strlen(text)));
	/* Empty matches advance by whole characters, never inside one. */
	ck_assert(sg_pattern_foreach(empty, "あい", 6, collect, &c, NULL));
	ck_assert_str_eq(c.seen->str, "0-0;3-3;6-6;");
	g_string_free(c.seen, TRUE);
}
END_TEST

START_TEST(test_invalid)
{
	g_autoptr(GError) error = NULL;
	SgPattern *p = sg_pattern_new("(unclosed", false, &error);

	ck_assert_ptr_null(p);
	ck_assert(g_error_matches(error, SG_PATTERN_ERROR,
				  SG_PATTERN_ERROR_COMPILE));
	ck_assert(strstr(error->message, "offset 9") != NULL);
}
END_TEST

START_TEST(test_backtracking_limit)
{
	/* (a|a)+$ on "aaaa…c" backtracks exponentially without a limit. */
	g_autoptr(SgPattern) p = sg_pattern_new("(a|a)+$", false, NULL);
	g_autoptr(GError) error = NULL;
	char text[64];
	Collect c = {g_string_new(NULL), 0};

	memset(text, 'a', sizeof text - 1);
	text[sizeof text - 2] = 'c';
	text[sizeof text - 1] = '\0';
	ck_assert(!sg_pattern_foreach(p, text, strlen(text), collect, &c,
				      &error));
	ck_assert(g_error_matches(error, SG_PATTERN_ERROR,
				  SG_PATTERN_ERROR_LIMIT));
	ck_assert_int_eq(c.count, 0);
	g_string_free(c.seen, TRUE);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("pattern");
	TCase *tc = tcase_create("pattern");
	tcase_add_test(tc, test_matches);
	tcase_add_test(tc, test_caseless_and_empty);
	tcase_add_test(tc, test_invalid);
	tcase_add_test(tc, test_backtracking_limit);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
