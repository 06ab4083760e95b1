/* Check suite for charset.c: conversion of every Japanese encoding mail
 * really carries (fixtures in tests/data/charset/, written by
 * tests/data/draft/make-fixtures.py with each .expected holding the text
 * as typed), the label alias map, guessing of unlabelled text, and RFC 2047
 * header decoding, including characters split across encoded words and a
 * stress run over generated and random headers.  Expected strings name the
 * characters that break other decoders: ①, ㈱, ～, 髙, 﨑.
 */
#include "config.h"

#include <snsgate/charset.h>

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define ck_assert_text(what, got, want)                                        \
	ck_assert_msg(g_strcmp0((got), (want)) == 0,                          \
		      "%s\n got: %s\nwant: %s", (what), (got), (want))

/* --- conversion of fixture bytes ------------------------------------------ */

typedef struct {
	const char *file;	/* tests/data/charset/FILE.in and .expected */
	const char *label;
	guint errors;
} SgConvertCase;

static const SgConvertCase convert_cases[] = {
	/* Outlook's ISO-2022-JP (CP50220): NEC row 13, IBM rows 89-92. */
	{"cp50220", "ISO-2022-JP", 0},
	{"cp50220", "iso-2022-jp", 0},
	{"cp50220", "csISO2022JP", 0},
	{"cp50220", "ISO-2022-JP-MS", 0},
	{"cp50220", "iso-2022-jp-1", 0},
	{"cp50220", "iso-2022-jp-2", 0},
	{"cp50220", "iso-2022-jp-3", 0},
	{"cp50220", "CP50220", 0},
	/* CP50221 ESC ( I and CP50222 SO/SI half-width katakana. */
	{"cp50221-kana", "ISO-2022-JP", 0},
	{"cp50222-so", "ISO-2022-JP", 0},
	/* CP932, whatever it is called. */
	{"cp932", "Shift_JIS", 0},
	{"cp932", "shift_jis", 0},
	{"cp932", "sjis", 0},
	{"cp932", "x-sjis", 0},
	{"cp932", "MS_Kanji", 0},
	{"cp932", "cp932", 0},
	{"cp932", "windows-31j", 0},
	/* CP51932 and eucJP-ms labelled euc-jp. */
	{"cp51932", "EUC-JP", 0},
	{"cp51932", "x-euc-jp", 0},
	{"cp51932", "cp51932", 0},
	{"eucjp-ms", "euc-jp", 0},
	{"eucjp", "euc-jp", 0},
	{"utf8", "UTF-8", 0},
	{"utf8", "utf8", 0},
	/* Damage: counted, replaced by U+FFFD, never fatal. */
	{"broken-iso2022jp", "ISO-2022-JP", 2},
	{"invalid-utf8", "UTF-8", 2},
};

START_TEST(test_convert)
{
	const SgConvertCase *c = &convert_cases[_i];
	g_autofree char *in_rel = g_strdup_printf("charset/%s.in", c->file);
	g_autofree char *exp_rel = g_strdup_printf("charset/%s.expected",
						   c->file);
	g_autoptr(GBytes) in = sg_test_read_data(in_rel);
	g_autoptr(GBytes) expected = sg_test_read_data(exp_rel);
	g_autofree char *want = g_strndup(g_bytes_get_data(expected, NULL),
					  g_bytes_get_size(expected));
	g_autoptr(GError) error = NULL;
	g_autofree char *what = g_strdup_printf("%s as %s", c->file, c->label);
	gsize len = 0;
	const char *data = g_bytes_get_data(in, &len);
	guint errors = 99;
	g_autofree char *got = sg_charset_to_utf8(c->label, data, len, &errors,
						  &error);

	ck_assert_msg(got != NULL, "%s: %s", what, error->message);
	ck_assert_text(what, got, want);
	ck_assert_msg(errors == c->errors, "%s: %u errors", what, errors);
}
END_TEST

/* The characters the whole module exists for, spelled out. */
START_TEST(test_cp50220_characters)
{
	g_autoptr(GBytes) in = sg_test_read_data("charset/cp50220.in");
	gsize len = 0;
	const char *data = g_bytes_get_data(in, &len);
	guint errors = 99;
	g_autofree char *got = sg_charset_to_utf8("ISO-2022-JP", data, len,
						  &errors, NULL);

	ck_assert_str_eq(got, "①②③ ㈱ ～ 髙﨑 －∥￢― 区役所\n");
	ck_assert_uint_eq(errors, 0);
}
END_TEST

START_TEST(test_nul_and_c1)
{
	guint errors = 0;
	g_autofree char *nul = sg_charset_to_utf8("UTF-8", "a\0b", 3, &errors,
						  NULL);

	ck_assert_str_eq(nul, "a\xef\xbf\xbd" "b");
	ck_assert_uint_eq(errors, 1);

	/* CP932 "①" read as EUC-JP: ICU maps 0x87 to a C1 control. */
	{
		g_autofree char *c1 = sg_charset_to_utf8(
			"EUC-JP", "\x87\x40", 2, &errors, NULL);

		ck_assert_uint_eq(errors, 1);
		ck_assert_str_eq(c1, "\xef\xbf\xbd@");
	}
	{
		g_autofree char *empty = sg_charset_to_utf8("Shift_JIS", "", 0,
							    &errors, NULL);

		ck_assert_str_eq(empty, "");
		ck_assert_uint_eq(errors, 0);
	}
}
END_TEST

static const char *const unknown_labels[] = {
	"x-unknown",
	"",
	"utf-8,swaplfnl",	/* ICU option syntax is not for senders */
	"UTF-8 ",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
};

START_TEST(test_unknown_label)
{
	g_autoptr(GError) error = NULL;
	guint errors = 0;
	char *got = sg_charset_to_utf8(unknown_labels[_i], "abc", 3, &errors,
				       &error);

	ck_assert_ptr_null(got);
	ck_assert(g_error_matches(error, SG_CHARSET_ERROR,
				  SG_CHARSET_ERROR_UNKNOWN));
}
END_TEST

/* --- the alias map -------------------------------------------------------- */

static const struct {
	const char *label;
	const char *icu;
} canonical_cases[] = {
	{"Shift_JIS", "windows-31j"},
	{"SJIS", "windows-31j"},
	{"x-sjis", "windows-31j"},
	{"MS_Kanji", "windows-31j"},
	{"CP932", "windows-31j"},
	{"Windows-31J", "windows-31j"},
	{"ISO-2022-JP", "ISO_2022,locale=ja,version=3"},
	{"csISO2022JP", "ISO_2022,locale=ja,version=3"},
	{"ISO-2022-JP-MS", "ISO_2022,locale=ja,version=3"},
	{"ISO-2022-JP-1", "ISO_2022,locale=ja,version=3"},
	{"ISO-2022-JP-2", "ISO_2022,locale=ja,version=2"},
	{"ISO-2022-JP-3", "ISO_2022,locale=ja,version=3"},
	{"EUC-JP", "EUC-JP"},
	{"x-euc-jp", "EUC-JP"},
	{"CP51932", "EUC-JP"},
	{"us-ascii", "UTF-8"},
	{"ISO-8859-1", "windows-1252"},
	{"KOI8-R", "KOI8-R"},	/* no alias: the label itself */
};

START_TEST(test_canonical)
{
	ck_assert_str_eq(sg_charset_canonical(canonical_cases[_i].label),
			 canonical_cases[_i].icu);
}
END_TEST

/* --- guessing ------------------------------------------------------------- */

static const struct {
	const char *file;
	const char *guess;
} guess_cases[] = {
	{"utf8", "UTF-8"},
	{"cp50220", "ISO-2022-JP"},
	{"cp50221-kana", "ISO-2022-JP"},
	{"cp932", "Shift_JIS"},
	{"unlabelled-sjis", "Shift_JIS"},
	{"cp51932", "EUC-JP"},
	{"unlabelled-eucjp", "EUC-JP"},
	{"eucjp-ms", "EUC-JP"},
	{"unlabelled-latin1", "ISO-8859-1"},
};

START_TEST(test_guess)
{
	g_autofree char *rel = g_strdup_printf("charset/%s.in",
					       guess_cases[_i].file);
	g_autoptr(GBytes) in = sg_test_read_data(rel);
	gsize len = 0;
	const char *data = g_bytes_get_data(in, &len);
	const char *guess = sg_charset_guess(data, len);
	guint errors = 99;
	g_autofree char *text = NULL;

	ck_assert_text(guess_cases[_i].file, guess, guess_cases[_i].guess);
	/* Whatever is guessed must be usable as a label. */
	text = sg_charset_to_utf8(guess, data, len, &errors, NULL);
	ck_assert_ptr_nonnull(text);
	ck_assert_uint_eq(errors, 0);
}
END_TEST

START_TEST(test_guess_ascii)
{
	ck_assert_str_eq(sg_charset_guess("", 0), "UTF-8");
	ck_assert_str_eq(sg_charset_guess("plain text\r\n", 12), "UTF-8");
}
END_TEST

/* --- RFC 2047 ------------------------------------------------------------- */

typedef struct {
	const char *raw;
	const char *want;
	guint errors;
} SgHeaderCase;

static const SgHeaderCase header_cases[] = {
	/* Outlook ISO-2022-JP with CP50220 characters, folded. */
	{" =?ISO-2022-JP?B?GyRCIVobKEJGQhskQjdHOlwwTU1qIVsbKEI=?=\r\n"
	 " =?ISO-2022-JP?B?GyRCLWp8Ynl1N3pAXyROOSk7dhsoQg==?=\r\n"
	 " =?ISO-2022-JP?B?GyRCLSEbKEI=?=\r\n",
	 "【FB掲載依頼】㈱髙﨑建設の工事①", 0},
	/* Shift_JIS words carrying CP932-only ①②③ and 髙 (0xFBFC). */
	{"=?Shift_JIS?B?gXlYjGaN2ojLl4qBeodAh0GHQoLGh4o=?=\r\n"
	 " =?Shift_JIS?B?gsyVXI6m?=", "【X掲載依頼】①②③と㈱の表示", 0},
	{"=?shift_jis?B?+/w=?=", "髙", 0},
	/* UTF-8, B and Q, lower-case encoding letters, underscores. */
	{"=?UTF-8?B?44CQ6YeN6KaB44CR?=", "【重要】", 0},
	{"=?utf-8?q?=E5=8C=BA=E7=AB=8B_=E5=9B=B3=E6=9B=B8=E9=A4=A8?=",
	 "区立 図書館", 0},
	{"=?utf-8?b?44GC?=", "あ", 0},
	/* A character split across two words, B and Q. */
	{"=?UTF-8?B?44CQ6Q==?= =?UTF-8?B?h43opoHjgJE=?=", "【重要】", 0},
	{"=?UTF-8?Q?=E3=81?=\r\n =?UTF-8?Q?=82=E3?= =?UTF-8?Q?=81=84?=",
	 "あい", 0},
	/* ...and a Shift_JIS double byte split the same way. */
	{"=?Shift_JIS?B?hw==?= =?Shift_JIS?B?QA==?=", "①", 0},
	/* Whitespace between words goes, text around them stays. */
	{"Re: =?UTF-8?B?44GC?=  =?UTF-8?B?44GE?= [draft]", "Re: あい [draft]",
	 0},
	{"=?UTF-8?B?44GC?= and =?ISO-2022-JP?B?GyRCJCQbKEI=?=", "あ and い",
	 0},
	/* Different charsets side by side are still joined without space. */
	{"=?UTF-8?B?44GC?= =?ISO-2022-JP?B?GyRCJCQbKEI=?=", "あい", 0},
	/* RFC 2231 language suffix. */
	{"=?UTF-8*ja?B?44GC?=", "あ", 0},
	/* Raw 8-bit: UTF-8, CP932, EUC-JP (CP51932), raw JIS. */
	{"窓口のご案内（8bit）", "窓口のご案内（8bit）", 0},
	{"\x81\x79\x87\x40\x8f\x5a\x96\xaf\x90\xc5\x81\x7a",
	 "【①住民税】", 0},
	{"\xa4\xa2\xad\xa1\xfc\xe2", "あ①髙", 0},
	{"\x1b$B$\"\x1b(B raw", "あ raw", 0},
	{"mixed \xe3\x81\x82 =?UTF-8?B?44GE?=", "mixed あ い", 0},
	/* Malformed words: kept as text and counted. */
	{"=?UTF-8?B?!!!?=", "=?UTF-8?B?!!!?=", 1},
	{"=?UTF-8?B?44GC", "=?UTF-8?B?44GC", 1},
	{"=?UTF-8?Q?=ZZ?=", "=?UTF-8?Q?=ZZ?=", 1},
	{"a =?UTF-8?B?4?= b", "a =?UTF-8?B?4?= b", 1},
	/* An unknown charset is counted, its bytes salvaged. */
	{"=?x-unknown?B?YWJj?=", "abc", 1},
	/* Invalid bytes inside a valid word. */
	{"=?UTF-8?B?/w==?=", "\xef\xbf\xbd", 1},
	/* Not encoded words at all. */
	{"a=?b", "a=?b", 0},
	{"1 + 1 =? 2", "1 + 1 =? 2", 0},
	{"", "", 0},
	{"  \r\n  ", "", 0},
	{"plain\r\n folded\r\n\tline", "plain folded\tline", 0},
};

START_TEST(test_decode_header)
{
	const SgHeaderCase *c = &header_cases[_i];
	guint errors = 99;
	g_autofree char *got = sg_charset_decode_header(c->raw, &errors);

	ck_assert_text(c->raw, got, c->want);
	ck_assert_msg(errors == c->errors, "%s: %u errors", c->raw, errors);
}
END_TEST

/* One sentence in each encoding, as Windows writes it. */
#define SENTENCE "【お知らせ】①㈱髙﨑～区役所 ABC"

static const struct {
	const char *charset;
	const char *bytes;
} sentence[] = {
	{"UTF-8", SENTENCE},
	{"Shift_JIS",
	 "\x81\x79\x82\xa8\x92\x6d\x82\xe7\x82\xb9\x81\x7a\x87\x40\x87\x8a"
	 "\xfb\xfc\xfa\xb1\x81\x60\x8b\xe6\x96\xf0\x8f\x8a\x20\x41\x42\x43"},
	{"EUC-JP",
	 "\xa1\xda\xa4\xaa\xc3\xce\xa4\xe9\xa4\xbb\xa1\xdb\xad\xa1\xad\xea"
	 "\xfc\xe2\xf9\xf5\xa1\xc1\xb6\xe8\xcc\xf2\xbd\xea\x20\x41\x42\x43"},
	{"ISO-2022-JP",
	 "\x1b\x24\x42\x21\x5a\x24\x2a\x43\x4e\x24\x69\x24\x3b\x21\x5b\x2d"
	 "\x21\x2d\x6a\x7c\x62\x79\x75\x21\x41\x36\x68\x4c\x72\x3d\x6a\x1b"
	 "\x28\x42\x20\x41\x42\x43"},
};

static char *
encoded_word(const char *charset, bool q, const char *bytes, gsize len)
{
	g_autoptr(GString) s = g_string_new(NULL);

	g_string_append_printf(s, "=?%s?%c?", charset, q ? 'Q' : 'B');
	if (q) {
		for (gsize i = 0; i < len; i++)
			g_string_append_printf(s, "=%02X", (guchar)bytes[i]);
	} else {
		g_autofree char *b64 = g_base64_encode((const guchar *)bytes,
						       len);

		g_string_append(s, b64);
	}
	g_string_append(s, "?=");
	return g_string_free(g_steal_pointer(&s), FALSE);
}

/* The sentence cut at every byte into two, then three words, B and Q,
 * folded between the words: always rebuilt exactly. */
START_TEST(test_split_everywhere)
{
	const char *cs = sentence[_i].charset;
	const char *bytes = sentence[_i].bytes;
	gsize len = strlen(bytes);

	for (gsize cut = 0; cut <= len; cut++) {
		for (gsize cut2 = cut; cut2 <= len; cut2 += 3) {
			bool q = (cut + cut2) % 2 == 0;
			g_autofree char *w1 = encoded_word(cs, q, bytes, cut);
			g_autofree char *w2 = encoded_word(cs, !q, bytes + cut,
							   cut2 - cut);
			g_autofree char *w3 = encoded_word(cs, q, bytes + cut2,
							   len - cut2);
			g_autofree char *raw = g_strconcat(w1, "\r\n ", w2,
							   " ", w3, NULL);
			guint errors = 99;
			g_autofree char *got = sg_charset_decode_header(
				raw, &errors);

			ck_assert_text(raw, got, SENTENCE);
			ck_assert_uint_eq(errors, 0);
		}
	}
}
END_TEST

/* Random bytes, random words with random payloads: the decoder always
 * returns valid UTF-8 and never more errors than it has input. */
START_TEST(test_header_stress)
{
	static const char *const charsets[] = {
		"UTF-8", "Shift_JIS", "EUC-JP", "ISO-2022-JP", "x-bogus",
		"us-ascii", "ISO-8859-1",
	};
	static const char alphabet[] = "=?BQbq_ \r\n\t\x1b$(ABC+/09aZ\x80\xff";
	g_autoptr(GRand) rand = g_rand_new_with_seed(2047);

	for (guint n = 0; n < 5000; n++) {
		g_autoptr(GString) raw = g_string_new(NULL);
		guint parts = (guint)g_rand_int_range(rand, 1, 6);
		g_autofree char *got = NULL;
		guint errors = 0;

		for (guint k = 0; k < parts; k++) {
			guint8 payload[24];
			guint plen = (guint)g_rand_int_range(rand, 0, 24);

			for (guint j = 0; j < plen; j++)
				payload[j] = (guint8)g_rand_int_range(rand, 0,
								      256);
			if (g_rand_boolean(rand)) {
				g_autofree char *w = encoded_word(
					charsets[g_rand_int_range(
						rand, 0,
						G_N_ELEMENTS(charsets))],
					g_rand_boolean(rand),
					(const char *)payload, plen);

				g_string_append(raw, w);
			} else {
				for (guint j = 0; j < plen; j++)
					g_string_append_c(
						raw,
						alphabet[payload[j] %
							 (sizeof(alphabet) -
							  1)]);
			}
			if (g_rand_boolean(rand))
				g_string_append(raw, " ");
		}
		got = sg_charset_decode_header(raw->str, &errors);
		ck_assert_ptr_nonnull(got);
		ck_assert_msg(g_utf8_validate(got, -1, NULL), "%s", raw->str);
		ck_assert_uint_le(errors, raw->len);
	}
}
END_TEST

static Suite *
charset_suite(void)
{
	Suite *s = suite_create("charset");
	TCase *tc = tcase_create("convert");

	tcase_add_loop_test(tc, test_convert, 0, G_N_ELEMENTS(convert_cases));
	tcase_add_test(tc, test_cp50220_characters);
	tcase_add_test(tc, test_nul_and_c1);
	tcase_add_loop_test(tc, test_unknown_label, 0,
			    G_N_ELEMENTS(unknown_labels));
	tcase_add_loop_test(tc, test_canonical, 0,
			    G_N_ELEMENTS(canonical_cases));
	suite_add_tcase(s, tc);

	tc = tcase_create("guess");
	tcase_add_loop_test(tc, test_guess, 0, G_N_ELEMENTS(guess_cases));
	tcase_add_test(tc, test_guess_ascii);
	suite_add_tcase(s, tc);

	tc = tcase_create("header");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, test_decode_header, 0,
			    G_N_ELEMENTS(header_cases));
	tcase_add_loop_test(tc, test_split_everywhere, 0,
			    G_N_ELEMENTS(sentence));
	tcase_add_test(tc, test_header_stress);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(charset_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
