/* Fixture helpers for the Check suites: the Makefile exports SG_TEST_DATA and
 * SG_TOP_SRCDIR, so the suites find their data from any build directory.
 */
#include "testutil.h"

#include <check.h>
#include <stdlib.h>

char *
sg_test_data_path(const char *rel)
{
	const char *dir = g_getenv("SG_TEST_DATA");

	if (dir == NULL)
		dir = "tests/data";
	return g_build_filename(dir, rel, NULL);
}

char *
sg_test_src_path(const char *rel)
{
	const char *dir = g_getenv("SG_TOP_SRCDIR");

	if (dir == NULL)
		dir = ".";
	return g_build_filename(dir, rel, NULL);
}

GBytes *
sg_test_read_data(const char *rel)
{
	g_autofree char *path = sg_test_data_path(rel);
	g_autoptr(GError) error = NULL;
	char *contents = NULL;
	gsize len = 0;

	if (!g_file_get_contents(path, &contents, &len, &error))
		ck_abort_msg("cannot read fixture %s: %s", path,
			     error->message);
	return g_bytes_new_take(contents, len);
}
