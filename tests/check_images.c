/* Check suite for rules/images.c, the image-privacy family (clause 5(2)),
 * run through the shipped rule file conf/rules.d/90-image-privacy.conf and
 * the shipped configuration, on the fixtures tests/data/images/ (written by
 * make-images.py): the consent reminder once per image, however the image
 * is labelled; GPS positions in decimal degrees from EXIF (both byte
 * orders), a PNG eXIf chunk and XMP; authors who are not the ward (UTF-8,
 * Shift_JIS, UCS-2 XPAuthor) and the ward itself; and malformed EXIF —
 * garbage offsets, a huge entry count, truncation at every byte, random
 * corruption — which must never crash and never report a position.
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
	g_autofree char *path = sg_test_src_path("conf/snsgate.conf");
	g_autofree char *src =
	    sg_test_src_path("conf/rules.d/90-image-privacy.conf");
	g_autofree char *contents = NULL;
	g_autofree char *dst = NULL;
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) problems = NULL;

	config = sg_config_load(path, NULL, &error);
	ck_assert_msg(config != NULL, "%s", error ? error->message : "");
	rules_dir = g_dir_make_tmp("sg-images-XXXXXX", &error);
	ck_assert_msg(rules_dir != NULL, "%s", error ? error->message : "");
	ck_assert(g_file_get_contents(src, &contents, NULL, NULL));
	dst = g_build_filename(rules_dir, "90-image-privacy.conf", NULL);
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
	    g_build_filename(rules_dir, "90-image-privacy.conf", NULL);

	sg_rule_set_unref(rules);
	sg_config_unref(config);
	g_unlink(dst);
	g_rmdir(rules_dir);
	g_free(rules_dir);
}

/* --- drafts --------------------------------------------------------------- */

typedef struct {
	const char *name; /* file name in the draft */
	const char *type; /* Content-Type */
	GBytes *bytes;
} SgTestImage;

static SgDraft *
draft_with_images(const SgTestImage *images, guint n)
{
	GString *msg =
	    g_string_new("From: koho-tanto1@city.chiyoda.lg.jp\r\n"
	                 "To: sns-approval+instagram@city.chiyoda.lg.jp\r\n"
	                 "Subject: photo\r\n"
	                 "Date: Tue, 24 Nov 2026 10:00:00 +0900\r\n"
	                 "MIME-Version: 1.0\r\n"
	                 "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
	                 "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n"
	                 "Content-Transfer-Encoding: 8bit\r\n\r\n"
	                 "区民まつりの写真です。\r\n");
	g_autoptr(GError) error = NULL;
	SgDraft *draft;

	for (guint i = 0; i < n; i++) {
		gsize len = 0;
		const guchar *data = g_bytes_get_data(images[i].bytes, &len);
		g_autofree char *b64 = g_base64_encode(data, len);

		g_string_append_printf(
		    msg,
		    "--b\r\nContent-Type: %s\r\n"
		    "Content-Disposition: attachment; filename=\"%s\"\r\n"
		    "Content-Transfer-Encoding: base64\r\n\r\n%s\r\n",
		    images[i].type, images[i].name, b64);
	}
	g_string_append(msg, "--b--\r\n");
	draft = sg_draft_new_from_data(msg->str, msg->len, NULL, &error);
	ck_assert_msg(draft != NULL, "%s", error ? error->message : "");
	g_string_free(msg, TRUE);
	return draft;
}

static SgDraft *
draft_with_fixture(const char *fixture, const char *type)
{
	g_autofree char *rel = g_build_filename("images", fixture, NULL);
	g_autoptr(GBytes) bytes = sg_test_read_data(rel);
	SgTestImage image = {fixture, type, bytes};

	return draft_with_images(&image, 1);
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

/* --- consent -------------------------------------------------------------- */

START_TEST(test_consent_per_image)
{
	g_autoptr(GBytes) a = sg_test_read_data("images/plain.jpg");
	g_autoptr(GBytes) b = sg_test_read_data("images/gps.png");
	g_autoptr(GBytes) pdf = g_bytes_new_static("%PDF-1.4\n", 9);
	const SgTestImage images[] = {
		{"photo1.jpg", "image/jpeg", a},
		{"photo2.png", "image/png", b},
		/* Same name again (iPhone Mail names them all alike). */
		{"photo1.jpg", "image/jpeg", a},
		/* Mislabelled, found by its content. */
		{"scan.dat", "application/octet-stream", a},
		{"memo.pdf", "application/pdf", pdf},
	};
	SgDraft *draft = draft_with_images(images, G_N_ELEMENTS(images));
	g_autoptr(GPtrArray) findings = check(draft);
	const SgFinding *f = find_rule(findings, "image-consent");
	g_autofree char *part = NULL;

	ck_assert_uint_eq(count_rule(findings, "image-consent"), 4);
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->severity, SG_SEVERITY_WARN);
	ck_assert_str_eq(f->clause, "5(2)");
	ck_assert_str_eq(f->family, "image-privacy");
	part = sg_finding_dup_part(f);
	ck_assert(g_str_has_prefix(part, "attachment:"));
	ck_assert_ptr_nonnull(strstr(f->message_ja, "同意"));
	ck_assert_ptr_nonnull(strstr(f->message_en, "consent"));
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_no_image_no_finding)
{
	g_autoptr(GBytes) pdf = g_bytes_new_static("%PDF-1.4\n", 9);
	const SgTestImage att = {"memo.pdf", "application/pdf", pdf};
	SgDraft *draft = draft_with_images(&att, 1);
	g_autoptr(GPtrArray) findings = check(draft);

	ck_assert_uint_eq(findings->len, 0);
	sg_draft_free(draft);
}
END_TEST

/* --- GPS ------------------------------------------------------------------ */

static const struct {
	const char *fixture;
	const char *type;
	const char *position; /* NULL: no GPS finding */
} gps_cases[] = {
	{"gps.jpg", "image/jpeg", "35.6940, 139.7536"},
	{"gps-be.jpg", "image/jpeg", "-34.6037, -58.3816"},
	{"gps.png", "image/png", "35.6940, 139.7536"},
	{"xmp-gps.jpg", "image/jpeg", "35.6940, 139.7536"},
	{"gps.jpg", "application/octet-stream", "35.6940, 139.7536"},
	{"plain.jpg", "image/jpeg", NULL},
	{"artist.jpg", "image/jpeg", NULL},
	{"ward.jpg", "image/jpeg", NULL},
	{"garbage-app1.jpg", "image/jpeg", NULL},
	{"huge-count.jpg", "image/jpeg", NULL},
	{"truncated.jpg", "image/jpeg", NULL},
};

START_TEST(test_gps)
{
	SgDraft *draft =
	    draft_with_fixture(gps_cases[_i].fixture, gps_cases[_i].type);
	g_autoptr(GPtrArray) findings = check(draft);
	const SgFinding *f = find_rule(findings, "image-gps");

	/* Every image gets the consent reminder, broken ones too. */
	ck_assert_uint_eq(count_rule(findings, "image-consent"), 1);
	if (gps_cases[_i].position == NULL) {
		ck_assert_msg(f == NULL, "%s: unexpected %s",
		              gps_cases[_i].fixture, f ? f->detail : "");
	} else {
		ck_assert_msg(f != NULL, "%s: no GPS finding",
		              gps_cases[_i].fixture);
		ck_assert_str_eq(f->detail, gps_cases[_i].position);
		ck_assert_int_eq(f->severity, SG_SEVERITY_WARN);
		ck_assert_ptr_nonnull(strstr(f->message_ja, "GPS"));
		ck_assert_ptr_nonnull(strstr(f->message_en, "GPS"));
		ck_assert_ptr_nonnull(
		    strstr(f->message_ja, gps_cases[_i].position));
		ck_assert_str_eq(f->piece_name, gps_cases[_i].fixture);
	}
	sg_draft_free(draft);
}
END_TEST

START_TEST(test_gps_unreadable)
{
	SgDraft *draft =
	    draft_with_fixture("zero-denominator.jpg", "image/jpeg");
	g_autoptr(GPtrArray) findings = check(draft);
	const SgFinding *f = find_rule(findings, "image-gps");

	/* GPS tags are there though no position can be read from them. */
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(strstr(f->detail, "unreadable"));
	sg_draft_free(draft);
}
END_TEST

/* --- authors -------------------------------------------------------------- */

static const struct {
	const char *fixture;
	const char *names; /* substring of the detail; NULL: none */
} author_cases[] = {
	{"artist.jpg", "山田 太郎"},
	{"artist.jpg", "Example Studio"},
	{"sjis-artist.jpg", "佐藤花子"},
	{"xp-author.jpg", "鈴木一郎"},
	{"ward.jpg", NULL},
	{"copyright-only.jpg", NULL},
	{"plain.jpg", NULL},
	{"gps.jpg", NULL},
	{"garbage-app1.jpg", NULL},
};

START_TEST(test_author)
{
	SgDraft *draft =
	    draft_with_fixture(author_cases[_i].fixture, "image/jpeg");
	g_autoptr(GPtrArray) findings = check(draft);
	const SgFinding *f = find_rule(findings, "image-author");

	if (author_cases[_i].names == NULL) {
		ck_assert_msg(f == NULL, "%s: unexpected %s",
		              author_cases[_i].fixture, f ? f->detail : "");
	} else {
		ck_assert_msg(f != NULL, "%s: no author finding",
		              author_cases[_i].fixture);
		ck_assert_msg(strstr(f->detail, author_cases[_i].names) != NULL,
		              "%s: detail %s", author_cases[_i].fixture,
		              f->detail);
		ck_assert_ptr_nonnull(
		    strstr(f->message_ja, author_cases[_i].names));
		ck_assert_int_eq(f->severity, SG_SEVERITY_WARN);
	}
	sg_draft_free(draft);
}
END_TEST

/* --- malformed EXIF ------------------------------------------------------- */

/* Every prefix of a JPEG with EXIF GPS: no crash, and a position only when
 * the whole GPS IFD is there. */
START_TEST(test_every_truncation)
{
	g_autoptr(GBytes) full = sg_test_read_data("images/gps.jpg");
	gsize len = 0;
	const guchar *data = g_bytes_get_data(full, &len);

	for (gsize n = 0; n <= len; n++) {
		g_autoptr(GBytes) cut = g_bytes_new(data, n);
		const SgTestImage image = {"cut.jpg", "image/jpeg", cut};
		SgDraft *draft = draft_with_images(&image, 1);
		g_autoptr(GPtrArray) findings = check(draft);
		const SgFinding *f = find_rule(findings, "image-gps");

		if (f != NULL)
			ck_assert_msg(strcmp(f->detail, "35.6940, 139.7536") ==
			                      0 ||
			                  strstr(f->detail, "unreadable"),
			              "prefix %zu: %s", n, f->detail);
		sg_draft_free(draft);
	}
}
END_TEST

/* Random bytes written over the EXIF block (deterministic seed). */
START_TEST(test_corruption)
{
	g_autoptr(GBytes) full = sg_test_read_data("images/gps.jpg");
	gsize len = 0;
	const guchar *data = g_bytes_get_data(full, &len);
	g_autoptr(GRand) rand = g_rand_new_with_seed(20261124);

	for (guint round = 0; round < 300; round++) {
		g_autofree guchar *copy = g_memdup2(data, len);
		guint flips = (guint)g_rand_int_range(rand, 1, 12);

		for (guint k = 0; k < flips; k++) {
			/* The APP1 segment starts after SOI and APP0. */
			gsize at = (gsize)g_rand_int_range(rand, 20,
			                                   (gint32)len - 100);
			copy[at] = (guchar)g_rand_int_range(rand, 0, 256);
		}
		g_autoptr(GBytes) bytes = g_bytes_new(copy, len);
		const SgTestImage image = {"x.jpg", "image/jpeg", bytes};
		SgDraft *draft = draft_with_images(&image, 1);
		g_autoptr(GPtrArray) findings = check(draft);

		ck_assert_uint_eq(count_rule(findings, "image-consent"), 1);
		sg_draft_free(draft);
	}
}
END_TEST

#define BLOB(s)                                                                \
	{                                                                      \
		s, sizeof(s) - 1                                               \
	}

START_TEST(test_tiny_and_empty)
{
	static const struct {
		const char *data;
		gsize len;
	} blobs[] = {
		BLOB(""),
		BLOB("\xff"),
		BLOB("\xff\xd8"),
		BLOB("\xff\xd8\xff"),
		BLOB("\xff\xd8\xff\xe1"),
		BLOB("\xff\xd8\xff\xe1\x00"),
		BLOB("\xff\xd8\xff\xe1\x00\x01"),
		BLOB("\xff\xd8\xff\xe1\x00\x02"),
		BLOB("\xff\xd8\xff\xe1\xff\xff"
			 "Exif"),
		BLOB("\xff\xd8\xff\xe1\x00\x16"
			 "Exif\x00\x00II*\x00"
			 "\x08\x00\x00\x00\xff\xff"),
		BLOB("\x89PNG\r\n\x1a\n"),
		BLOB("\x89PNG\r\n\x1a\n\xff\xff\xff\xff"
			 "eXIf"),
		BLOB("\x89PNG\r\n\x1a\n\x00\x00\x00\x08"
			 "eXIfII*\x00"
			 "\xff\xff\xff\xff\x00\x00\x00\x00"),
		BLOB("RIFF\x10\x00\x00\x00WEBPEXIF\xff\xff\xff\x7f"),
		BLOB("RIFF\x10\x00\x00\x00WEBPEXIF\x08\x00\x00\x00"
			 "MM\x00*\xff\xff\xff\xff"),
		BLOB("II*\x00\xff\xff\xff\xff"),
		BLOB("MM\x00*\x00\x00\x00\x08\xff\xff"),
		BLOB("\x00\x00\x00\x18"
			 "ftypheic"
			 "Exif\x00\x00MM\x00*"
			 "\x00\x00\x00\x08\x00\x01"),
	};

	for (guint i = 0; i < G_N_ELEMENTS(blobs); i++) {
		g_autoptr(GBytes) bytes =
		    g_bytes_new(blobs[i].data, blobs[i].len);
		const SgTestImage image = {"t.jpg", "image/jpeg", bytes};
		SgDraft *draft = draft_with_images(&image, 1);
		g_autoptr(GPtrArray) findings = check(draft);

		ck_assert_msg(find_rule(findings, "image-gps") == NULL,
		              "blob %u", i);
		ck_assert_uint_eq(count_rule(findings, "image-consent"), 1);
		sg_draft_free(draft);
	}
}
END_TEST

static Suite *
images_suite(void)
{
	Suite *s = suite_create("images");
	TCase *tc = tcase_create("images");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_consent_per_image);
	tcase_add_test(tc, test_no_image_no_finding);
	tcase_add_loop_test(tc, test_gps, 0, G_N_ELEMENTS(gps_cases));
	tcase_add_test(tc, test_gps_unreadable);
	tcase_add_loop_test(tc, test_author, 0, G_N_ELEMENTS(author_cases));
	tcase_add_test(tc, test_every_truncation);
	tcase_add_test(tc, test_corruption);
	tcase_add_test(tc, test_tiny_and_empty);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(images_suite());
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
