/* Check suite for stream-bytes.c: reads, seeks, bounds and substreams of
 * the read-only stream the MIME parser reads drafts through, compared with
 * GMime's own memory stream over the same bytes.
 */
#include "config.h"

#include <check.h>
#include <snsgate/gmime-auto.h>
#include <snsgate/stream-bytes.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static const char text[] = "From: a@example.jp\r\n\r\nhello, world\r\n";

static GMimeStream *
new_stream(void)
{
	g_autoptr(GBytes) bytes = g_bytes_new_static(text, strlen(text));

	return sg_stream_bytes_new(bytes);
}

START_TEST(test_read_all)
{
	g_autoptr(GMimeStream) s = new_stream();
	char buf[8];
	GString *got = g_string_new(NULL);
	ssize_t n;

	ck_assert_int_eq(g_mime_stream_length(s), (gint64)strlen(text));
	while ((n = g_mime_stream_read(s, buf, sizeof buf)) > 0)
		g_string_append_len(got, buf, n);
	ck_assert_int_eq(n, 0);
	ck_assert(g_mime_stream_eos(s));
	ck_assert_str_eq(got->str, text);
	ck_assert_int_eq(g_mime_stream_reset(s), 0);
	ck_assert_int_eq(g_mime_stream_tell(s), 0);
	ck_assert(!g_mime_stream_eos(s));
	g_string_free(got, TRUE);
}
END_TEST

START_TEST(test_seek_and_bounds)
{
	g_autoptr(GMimeStream) s = new_stream();
	gint64 len = (gint64)strlen(text);
	char c = 0;

	ck_assert_int_eq(g_mime_stream_seek(s, 6, GMIME_STREAM_SEEK_SET), 6);
	ck_assert_int_eq(g_mime_stream_read(s, &c, 1), 1);
	ck_assert_int_eq(c, 'a');
	ck_assert_int_eq(g_mime_stream_seek(s, -2, GMIME_STREAM_SEEK_END),
			 len - 2);
	ck_assert_int_eq(g_mime_stream_seek(s, 1, GMIME_STREAM_SEEK_CUR),
			 len - 1);
	ck_assert_int_eq(g_mime_stream_seek(s, len + 1, GMIME_STREAM_SEEK_SET),
			 -1);
	ck_assert_int_eq(g_mime_stream_seek(s, -1, GMIME_STREAM_SEEK_SET), -1);
	/* Read-only. */
	ck_assert_int_eq(g_mime_stream_write(s, "x", 1), -1);
}
END_TEST

START_TEST(test_substream)
{
	g_autoptr(GMimeStream) s = new_stream();
	gint64 start = (gint64)(strstr(text, "hello") - text);
	g_autoptr(GMimeStream) sub =
		g_mime_stream_substream(s, start, start + 5);
	char buf[16] = {0};

	ck_assert_int_eq(g_mime_stream_length(sub), 5);
	ck_assert_int_eq(g_mime_stream_read(sub, buf, sizeof buf), 5);
	ck_assert_str_eq(buf, "hello");
	ck_assert_int_eq(g_mime_stream_read(sub, buf, sizeof buf), 0);
	/* The parent's position is its own. */
	ck_assert_int_eq(g_mime_stream_tell(s), 0);
	ck_assert_int_eq(g_mime_stream_reset(sub), 0);
	ck_assert_int_eq(g_mime_stream_tell(sub), start);
}
END_TEST

/* The parser gives the same message through both streams. */
START_TEST(test_parses_like_mem)
{
	g_autofree char *path = sg_test_data_path("draft/mixed-attachments.eml");
	g_autofree char *data = NULL;
	gsize len = 0;

	ck_assert(g_file_get_contents(path, &data, &len, NULL));
	g_autoptr(GBytes) bytes = g_bytes_new_static(data, len);
	g_autoptr(GMimeStream) ours = sg_stream_bytes_new(bytes);
	g_autoptr(GMimeStream) mem = g_mime_stream_mem_new_with_buffer(data,
								       len);
	g_autoptr(GMimeParser) p1 = g_mime_parser_new_with_stream(ours);
	g_autoptr(GMimeParser) p2 = g_mime_parser_new_with_stream(mem);
	g_autoptr(GMimeMessage) m1 = g_mime_parser_construct_message(p1, NULL);
	g_autoptr(GMimeMessage) m2 = g_mime_parser_construct_message(p2, NULL);

	ck_assert_ptr_nonnull(m1);
	ck_assert_ptr_nonnull(m2);
	g_autofree char *s1 = g_mime_object_to_string(GMIME_OBJECT(m1), NULL);
	g_autofree char *s2 = g_mime_object_to_string(GMIME_OBJECT(m2), NULL);
	ck_assert_str_eq(s1, s2);
}
END_TEST

static Suite *
stream_bytes_suite(void)
{
	Suite *s = suite_create("stream-bytes");
	TCase *tc = tcase_create("stream");

	tcase_add_test(tc, test_read_all);
	tcase_add_test(tc, test_seek_and_bounds);
	tcase_add_test(tc, test_substream);
	tcase_add_test(tc, test_parses_like_mem);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(stream_bytes_suite());
	int failed;

	g_mime_init();
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
