/* Check suite for normalize.c: what the normalized text is (NFKC_Casefold,
 * width and kana folding, dropped format characters, the squeeze of filler
 * between letters, and the near misses it must leave alone), that every span
 * of it maps back to the exact original bytes, and that original offsets
 * become the line and column a finding reports.  The cases are tables, one
 * loop test each, so a new case is one line.
 */
#include "config.h"

#include <snsgate/normalize.h>

#include <check.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "testutil.h"

typedef struct {
	const char *in;
	const char *out;
} NormCase;

/* SG_NORM_DEFAULT. */
static const NormCase plain_cases[] = {
	{"", ""},
	{"ＡＢＣ１２３", "abc123"},
	{"HeLLo ＷＯＲＬＤ", "hello world"},
	{"Straße", "strasse"},
	{"ﾊﾞｶ", "ばか"},
	{"ｶﾞｷﾞｸﾞ", "がぎぐ"},
	{"ﾊﾟﾝ", "ぱん"},
	{"カタカナ", "かたかな"},
	{"ヴァイオリン", "ゔぁいおりん"},
	{"ヵヶ", "ゕゖ"},
	{"ヽヾ", "ゝゞ"},
	{"ラーメン", "らーめん"},
	{"ﾗｰﾒﾝ", "らーめん"},
	{"か\u3099", "が"},
	{"か\u200b\u3099", "が"},
	{"死\u200bね", "死ね"},
	{"a\u200cb\u200dc\u2060d\ufeffe\u00adf", "abcdef"},
	{"\ufeff先頭", "先頭"},
	{"葛\U000e0100飾", "葛飾"},
	{"\u2764\ufe0f", "\u2764"},
	{"a\u0600b\ufff9c", "abc"},
	{"03\u22123264\u22122111", "03-3264-2111"},
	{"a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g", "a-b-c-d-e-f-g"},
	{"\u2212\ufe63\uff0d\u2043\u2e3a", "-----"},
	{"〜～~\u223c\u02dc\u3030", "~~~~~~"},
	{"１０時〜１２時", "10時~12時"},
	{"a\u3000b\u00a0c\td\u2003e\u202ff", "a b c d e f"},
	{"a\r\nb\rc\nd", "a\nb\nc\nd"},
	{"a\xc2\x85" "b\u2028c\u2029d", "a\nb\nc\nd"},
	{"a\x01" "b\x7f" "c", "a b c"},
	{"a\xff" "b", "a\ufffdb"},
	{"\xe3\x81", "\ufffd"},
	{"\xed\xa0\x80", "\ufffd\ufffd\ufffd"},
	{"㈱テスト", "(株)てすと"},
	{"①②", "12"},
	{"㌔", "きろ"},
	{"ｷｬﾝﾍﾟｰﾝ", "きゃんぺーん"},
	{"【日付】", "【日付】"},
	{"！？", "!?"},
	{"😀ばか", "😀ばか"},
	{"ｰ・･", "ー・・"},
};

/* SG_NORM_SQUEEZE. */
static const NormCase squeeze_cases[] = {
	{"部 外 秘", "部外秘"},
	{"部\u3000外\u3000秘", "部外秘"},
	{"死\u200bね", "死ね"},
	{"b a k a", "baka"},
	{"B A K A", "baka"},
	{"s.e.x", "sex"},
	{"死・ね", "死ね"},
	{"死･ね", "死ね"},
	{"ﾊﾞｶ", "ばか"},
	{"ﾊﾞ ｶ", "ばか"},
	{"ば-か", "ばか"},
	{"ば−か", "ばか"},
	{"ば〜か", "ばか"},
	{"ば ー か", "ばーか"},
	{"死☆ね", "死ね"},
	{"死★ね", "死ね"},
	{"死♪ね", "死ね"},
	{"死♡ね", "死ね"},
	{"死♥ね", "死ね"},
	{"死＊ね", "死ね"},
	{"死*ね", "死ね"},
	{"死_ね", "死ね"},
	{"死/ね", "死ね"},
	{"死|ね", "死ね"},
	{"死'ね", "死ね"},
	{"死`ね", "死ね"},
	{"死^ね", "死ね"},
	{"死😀ね", "死ね"},
	{"死 ・ ☆ ね", "死ね"},
	{"2026 年", "2026年"},
	/* Near misses: left alone. */
	{"kill you", "kill you"},
	{"kill   you", "kill you"},
	{"kill - you", "kill you"},
	{"k i l l you", "kill you"},
	{"i am", "i am"},
	{"self-harm", "self-harm"},
	{"www.example.com", "www.example.com"},
	{"2026-04-01", "2026-04-01"},
	{"3.14", "3.14"},
	{"03 3264 2111", "03 3264 2111"},
	{"1/2", "1/2"},
	{"死。ね", "死。ね"},
	{"死、ね", "死、ね"},
	{"死！ね", "死!ね"},
	{"死？ね", "死?ね"},
	{"「死」ね", "「死」ね"},
	{"死（ね）", "死(ね)"},
	{"死○ね", "死○ね"},
	{"死●ね", "死●ね"},
	{"○ ○", "○ ○"},
	{"〇〇 さん", "〇〇さん"},
	{"〒102-8688", "〒102-8688"},
	{"死\nね", "死\nね"},
	{"死\r\nね", "死\nね"},
	{" 死ね ", " 死ね "},
	{"・死ね・", "・死ね・"},
	{"ばか。 あほ", "ばか。 あほ"},
};

typedef struct {
	const char *in;
	SgNormFlags flags;
	const char *needle;	/* in the normalized text */
	const char *orig;	/* the original bytes it must map to */
} MapCase;

static const MapCase map_cases[] = {
	{"ＡＢＣ１２３", SG_NORM_DEFAULT, "c12", "Ｃ１２"},
	{"abcdef", SG_NORM_DEFAULT, "cd", "cd"},
	{"これはﾊﾞｶだ", SG_NORM_DEFAULT, "ばか", "ﾊﾞｶ"},
	{"これはﾊﾞｶだ", SG_NORM_DEFAULT, "か", "ｶ"},
	{"これはﾊﾞｶだ", SG_NORM_DEFAULT, "ば", "ﾊﾞ"},
	{"これはﾊﾞｶだ", SG_NORM_DEFAULT, "だ", "だ"},
	{"ｶﾞｷ", SG_NORM_DEFAULT, "き", "ｷ"},
	{"これは死\u200bねだ", SG_NORM_SQUEEZE, "死ね", "死\u200bね"},
	{"これは死\u200bねだ", SG_NORM_DEFAULT, "死ね", "死\u200bね"},
	{"これは死\u200bねだ", SG_NORM_DEFAULT, "ね", "ね"},
	{"これは死\u200bねだ", SG_NORM_DEFAULT, "死", "死"},
	{"Ａ\u200b\u200b", SG_NORM_DEFAULT, "a", "Ａ"},
	{"\u200b\u200bＡ", SG_NORM_DEFAULT, "a", "Ａ"},
	{"部 外 秘です", SG_NORM_SQUEEZE, "部外秘", "部 外 秘"},
	{"部 外 秘です", SG_NORM_SQUEEZE, "外", "外"},
	{"部 外 秘です", SG_NORM_SQUEEZE, "秘で", "秘で"},
	{"ok: b a k a!", SG_NORM_SQUEEZE, "baka", "b a k a"},
	{"ok: B  A  K  A!", SG_NORM_SQUEEZE, "ak", "A  K"},
	{"死・ね", SG_NORM_SQUEEZE, "死ね", "死・ね"},
	{"死 ・ ☆ ね", SG_NORM_SQUEEZE, "死ね", "死 ・ ☆ ね"},
	{"ﾊﾞ ｶ", SG_NORM_SQUEEZE, "ばか", "ﾊﾞ ｶ"},
	{"kill   you", SG_NORM_SQUEEZE, "kill you", "kill   you"},
	{"kill   you", SG_NORM_SQUEEZE, "you", "you"},
	{"kill   you", SG_NORM_SQUEEZE, "kill", "kill"},
	{"kill   you", SG_NORM_SQUEEZE, " you", "   you"},
	{"電話03−3264", SG_NORM_DEFAULT, "03-3264", "03−3264"},
	{"電話03−3264", SG_NORM_DEFAULT, "-", "−"},
	{"㈱テスト", SG_NORM_DEFAULT, "株", "㈱"},
	{"㈱テスト", SG_NORM_DEFAULT, "てす", "テス"},
	{"a\r\nb", SG_NORM_DEFAULT, "\nb", "\nb"},
	{"a\r\nb", SG_NORM_DEFAULT, "a\n", "a\r\n"},
	{"😀ばか", SG_NORM_DEFAULT, "ばか", "ばか"},
	{"x😀y", SG_NORM_DEFAULT, "😀", "😀"},
	{"１０時〜１２時", SG_NORM_DEFAULT, "~12", "〜１２"},
	{"Straße", SG_NORM_DEFAULT, "ss", "ß"},
	{"Straße", SG_NORM_DEFAULT, "s", "S"},
	{"Straße", SG_NORM_DEFAULT, "se", "ße"},
	{"か\u3099き", SG_NORM_DEFAULT, "が", "か\u3099"},
	{"か\u200b\u3099き", SG_NORM_DEFAULT, "が", "か\u200b\u3099"},
	{"が\u200b\u200bき", SG_NORM_DEFAULT, "が", "が"},
	{"が\u200b\u200bき", SG_NORM_DEFAULT, "き", "き"},
	{"ﾊﾞ\ufe0f\u200dｶ", SG_NORM_SQUEEZE, "ば", "ﾊﾞ"},
	{"ﾊﾞ\ufe0f\u200dｶ", SG_NORM_SQUEEZE, "か", "ｶ"},
	{"a\xff" "b", SG_NORM_DEFAULT, "\ufffd", "\xff"},
};

typedef struct {
	const char *text;
	const char *at;		/* the first occurrence of this in @text */
	guint line;
	guint column;
} PosCase;

static const char multi_line[] =
	"一行目です\r\n"
	"二行目の😀テスト\r\n"
	"\r\n"
	"third 𠮷野家\n"
	"end";

static const PosCase pos_cases[] = {
	{multi_line, "一行目", 1, 1},
	{multi_line, "です", 1, 4},
	{multi_line, "\r\n二", 1, 6},
	{multi_line, "二行目", 2, 1},
	{multi_line, "😀", 2, 5},
	{multi_line, "テスト", 2, 6},
	{multi_line, "\r\n\r\n", 2, 9},
	{multi_line, "third", 4, 1},
	{multi_line, "野家", 4, 8},
	{multi_line, "end", 5, 1},
	{"a\rb", "b", 1, 3},
	{"", "", 1, 1},
};

static const NormCase *
norm_case(int i, SgNormFlags *flags)
{
	gsize n_plain = G_N_ELEMENTS(plain_cases);

	if ((gsize)i < n_plain) {
		*flags = SG_NORM_DEFAULT;
		return &plain_cases[i];
	}
	*flags = SG_NORM_SQUEEZE;
	return &squeeze_cases[(gsize)i - n_plain];
}

START_TEST(test_plain)
{
	const NormCase *c = &plain_cases[_i];
	g_autofree char *s = sg_normalize_string(c->in, SG_NORM_DEFAULT);
	SgNormText *norm = sg_norm_text_new(c->in, -1, SG_NORM_DEFAULT);
	gsize len = 0;

	ck_assert_str_eq(s, c->out);
	ck_assert_str_eq(sg_norm_text_get(norm, &len), c->out);
	ck_assert_uint_eq(len, strlen(c->out));
	sg_norm_text_free(norm);
}
END_TEST

START_TEST(test_squeeze)
{
	const NormCase *c = &squeeze_cases[_i];
	g_autofree char *s = sg_normalize_string(c->in, SG_NORM_SQUEEZE);
	SgNormText *norm = sg_norm_text_new(c->in, -1, SG_NORM_SQUEEZE);

	ck_assert_str_eq(s, c->out);
	ck_assert_str_eq(sg_norm_text_get(norm, NULL), c->out);
	sg_norm_text_free(norm);
}
END_TEST

/* Terms and text are normalized separately: normalizing twice must change
 * nothing. */
START_TEST(test_idempotent)
{
	SgNormFlags flags;
	const NormCase *c = norm_case(_i, &flags);
	g_autofree char *once = sg_normalize_string(c->in, flags);
	g_autofree char *twice = sg_normalize_string(once, flags);

	ck_assert_str_eq(twice, once);
}
END_TEST

/* Every character of the normalized text maps inside the original, in
 * order, and the whole text maps to the whole original. */
START_TEST(test_map_monotonic)
{
	SgNormFlags flags;
	const NormCase *c = norm_case(_i, &flags);
	SgNormText *norm = sg_norm_text_new(c->in, -1, flags);
	gsize orig_len = strlen(c->in);
	gsize len = 0;
	const char *t = sg_norm_text_get(norm, &len);
	gsize prev_start = 0;
	gsize prev_end = 0;

	for (const char *p = t; p < t + len; p = g_utf8_next_char(p)) {
		gsize s = (gsize)(p - t);
		gsize e = (gsize)(g_utf8_next_char(p) - t);
		gsize os = 99;
		gsize oe = 99;

		sg_norm_text_map(norm, s, e, &os, &oe);
		ck_assert_uint_lt(os, oe);
		ck_assert_uint_le(oe, orig_len);
		ck_assert_uint_ge(os, prev_start);
		ck_assert_uint_ge(oe, prev_end);
		prev_start = os;
		prev_end = oe;
	}
	sg_norm_text_free(norm);
}
END_TEST

START_TEST(test_map)
{
	const MapCase *c = &map_cases[_i];
	SgNormText *norm = sg_norm_text_new(c->in, -1, c->flags);
	const char *t = sg_norm_text_get(norm, NULL);
	const char *hit = strstr(t, c->needle);
	gsize os = 0;
	gsize oe = 0;

	ck_assert_msg(hit != NULL, "\"%s\" not in \"%s\"", c->needle, t);
	sg_norm_text_map(norm, (gsize)(hit - t),
			 (gsize)(hit - t) + strlen(c->needle), &os, &oe);
	ck_assert_uint_le(os, oe);
	ck_assert_uint_le(oe, strlen(c->in));
	g_autofree char *got = g_strndup(c->in + os, oe - os);
	ck_assert_str_eq(got, c->orig);
	sg_norm_text_free(norm);
}
END_TEST

START_TEST(test_map_edges)
{
	SgNormText *norm = sg_norm_text_new("\u200bab\u200b", -1,
					    SG_NORM_DEFAULT);
	SgNormText *empty = sg_norm_text_new("", 0, SG_NORM_SQUEEZE);
	SgNormText *gone = sg_norm_text_new("\u200b\u200b", -1,
					    SG_NORM_SQUEEZE);
	gsize len = 99;
	gsize os = 99;
	gsize oe = 99;

	ck_assert_str_eq(sg_norm_text_get(norm, &len), "ab");
	ck_assert_uint_eq(len, 2);
	sg_norm_text_map(norm, 0, 2, &os, &oe);
	ck_assert_uint_eq(os, 3);
	ck_assert_uint_eq(oe, 5);
	sg_norm_text_map(norm, 1, 1, &os, &oe);
	ck_assert_uint_eq(os, 4);
	ck_assert_uint_eq(oe, 4);
	sg_norm_text_map(norm, 2, 2, &os, &oe);
	ck_assert_uint_eq(os, 8);
	ck_assert_uint_eq(oe, 8);

	ck_assert_str_eq(sg_norm_text_get(empty, &len), "");
	ck_assert_uint_eq(len, 0);
	sg_norm_text_map(empty, 0, 0, &os, &oe);
	ck_assert_uint_eq(os, 0);
	ck_assert_uint_eq(oe, 0);

	ck_assert_str_eq(sg_norm_text_get(gone, &len), "");
	sg_norm_text_map(gone, 0, 0, &os, &oe);
	ck_assert_uint_eq(os, 6);
	ck_assert_uint_eq(oe, 6);

	sg_norm_text_free(norm);
	sg_norm_text_free(empty);
	sg_norm_text_free(gone);
	sg_norm_text_free(NULL);
}
END_TEST

/* An explicit length: stops there, and a NUL inside is a control. */
START_TEST(test_length)
{
	static const char text[] = "ＡＢ\0ｃｄ";
	SgNormText *part = sg_norm_text_new(text, 3, SG_NORM_DEFAULT);
	SgNormText *whole = sg_norm_text_new(text, sizeof(text) - 1,
					     SG_NORM_DEFAULT);
	gsize len = 0;
	gsize os = 0;
	gsize oe = 0;

	ck_assert_str_eq(sg_norm_text_get(part, &len), "a");
	ck_assert_uint_eq(len, 1);
	ck_assert_str_eq(sg_norm_text_get(whole, &len), "ab cd");
	ck_assert_uint_eq(len, 5);
	sg_norm_text_map(whole, 3, 5, &os, &oe);
	ck_assert_uint_eq(os, 7);
	ck_assert_uint_eq(oe, 13);
	sg_norm_text_free(part);
	sg_norm_text_free(whole);
}
END_TEST

/* A crafted run of combining marks is normalized in bounded pieces and
 * still maps back whole. */
START_TEST(test_long_marks)
{
	g_autoptr(GString) in = g_string_new("x");
	SgNormText *norm;
	gsize len = 0;
	gsize os = 0;
	gsize oe = 0;

	for (guint i = 0; i < 20000; i++)
		g_string_append(in, i % 2 ? "\u0301" : "\u0316");
	g_string_append(in, "y");
	norm = sg_norm_text_new(in->str, (gssize)in->len, SG_NORM_SQUEEZE);
	const char *t = sg_norm_text_get(norm, &len);
	ck_assert_uint_eq(len, in->len);
	ck_assert_int_eq(t[0], 'x');
	ck_assert_int_eq(t[len - 1], 'y');
	sg_norm_text_map(norm, 0, len, &os, &oe);
	ck_assert_uint_eq(os, 0);
	ck_assert_uint_eq(oe, in->len);
	sg_norm_text_free(norm);
}
END_TEST

/* Normalizing piece by piece must give what ICU gives for the whole text:
 * random strings over characters that compose, decompose, reorder, expand
 * or vanish, compared with NFKC_Casefold of the whole string followed by
 * the katakana fold (the only fold these characters need). */
static const char *const differential_alphabet[] = {
	"a", "A", "e", "k", "\u0301", "\u0316", "\u0327", "\u0308",
	"か", "カ", "ｶ", "ﾊ", "ｳ", "ﾞ", "ﾟ", "\u3099", "\u309a", "は", "う",
	"\u200b", "\u200d", "\ufe0f", "\u034f", "\u00ad",
	"\u1100", "\u1161", "\u11a8", "가", "①", "㌔", "ﬁ", "ß",
	"\u212b", "ǅ", "\u0344", "\u0f73", "\u1e9b", "\U0001d15e", "漢",
	"、", "「", "ー", "ヽ", "ゝ", "ヾ", "ゞ", "ゟ", "ヿ", "゛", "ヷ", "ワ",
};

static char *
reference_normalize(const char *in)
{
	UErrorCode status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc = unorm2_getNFKCCasefoldInstance(&status);
	UChar src[256];
	UChar dst[1024];
	int32_t n = 0;
	GString *out = g_string_new(NULL);

	u_strFromUTF8(src, G_N_ELEMENTS(src), &n, in, -1, &status);
	n = unorm2_normalize(nfkc, src, n, dst, G_N_ELEMENTS(dst), &status);
	ck_assert_msg(U_SUCCESS(status), "%s", u_errorName(status));
	for (int32_t i = 0; i < n;) {
		UChar32 c;

		U16_NEXT(dst, i, n, c);
		if ((c >= 0x30a1 && c <= 0x30f6) || c == 0x30fd || c == 0x30fe)
			c -= 0x60;
		g_string_append_unichar(out, (gunichar)c);
	}
	return g_string_free(out, FALSE);
}

START_TEST(test_differential)
{
	GRand *rand = g_rand_new_with_seed(20260401);

	for (guint round = 0; round < 20000; round++) {
		g_autoptr(GString) in = g_string_new(NULL);
		guint n = (guint)g_rand_int_range(rand, 1, 13);

		for (guint i = 0; i < n; i++)
			g_string_append(
				in, differential_alphabet[g_rand_int_range(
					    rand, 0,
					    G_N_ELEMENTS(
						    differential_alphabet))]);
		g_autofree char *want = reference_normalize(in->str);
		g_autofree char *got = sg_normalize_string(in->str,
							   SG_NORM_DEFAULT);
		SgNormText *norm = sg_norm_text_new(in->str, -1,
						    SG_NORM_DEFAULT);

		ck_assert_msg(strcmp(got, want) == 0,
			      "round %u: \"%s\" gave \"%s\", ICU \"%s\"",
			      round, in->str, got, want);
		ck_assert_str_eq(sg_norm_text_get(norm, NULL), want);
		sg_norm_text_free(norm);
	}
	g_rand_free(rand);
}
END_TEST

START_TEST(test_position)
{
	const PosCase *c = &pos_cases[_i];
	const char *at = strstr(c->text, c->at);
	guint line = 0;
	guint column = 0;

	ck_assert_ptr_nonnull(at);
	sg_text_position(c->text, (gsize)(at - c->text), &line, &column);
	ck_assert_uint_eq(line, c->line);
	ck_assert_uint_eq(column, c->column);
}
END_TEST

/* The whole path a finding takes: normalized match, original span, line
 * and column. */
START_TEST(test_finding_place)
{
	static const char text[] =
		"お知らせ\r\n"
		"本日の ＫＩＬＬ  ＹＯＵ は\r\n"
		"😀これは部 外 秘、ﾊﾞ･ｶ です\r\n";
	static const struct {
		const char *needle;
		const char *orig;
		guint line;
		guint column;
	} want[] = {
		{"kill you", "ＫＩＬＬ  ＹＯＵ", 2, 5},
		{"部外秘", "部 外 秘", 3, 5},
		{"ばか", "ﾊﾞ･ｶ", 3, 11},
	};
	SgNormText *norm = sg_norm_text_new(text, -1, SG_NORM_SQUEEZE);
	const char *t = sg_norm_text_get(norm, NULL);

	for (gsize i = 0; i < G_N_ELEMENTS(want); i++) {
		const char *hit = strstr(t, want[i].needle);
		gsize os = 0;
		gsize oe = 0;
		guint line = 0;
		guint column = 0;

		ck_assert_ptr_nonnull(hit);
		sg_norm_text_map(norm, (gsize)(hit - t),
				 (gsize)(hit - t) + strlen(want[i].needle),
				 &os, &oe);
		g_autofree char *got = g_strndup(text + os, oe - os);
		ck_assert_str_eq(got, want[i].orig);
		sg_text_position(text, os, &line, &column);
		ck_assert_uint_eq(line, want[i].line);
		ck_assert_uint_eq(column, want[i].column);
	}
	sg_norm_text_free(norm);
}
END_TEST



static Suite *
normalize_suite(void)
{
	Suite *s = suite_create("normalize");
	TCase *tc = tcase_create("normalize");

	tcase_add_loop_test(tc, test_plain, 0, G_N_ELEMENTS(plain_cases));
	tcase_add_loop_test(tc, test_squeeze, 0,
			    G_N_ELEMENTS(squeeze_cases));
	tcase_add_loop_test(tc, test_idempotent, 0,
			    G_N_ELEMENTS(plain_cases) +
				    G_N_ELEMENTS(squeeze_cases));
	tcase_add_loop_test(tc, test_map_monotonic, 0,
			    G_N_ELEMENTS(plain_cases) +
				    G_N_ELEMENTS(squeeze_cases));
	tcase_add_loop_test(tc, test_map, 0, G_N_ELEMENTS(map_cases));
	tcase_add_test(tc, test_map_edges);
	tcase_add_test(tc, test_length);
	tcase_add_test(tc, test_long_marks);
	tcase_add_test(tc, test_differential);
	tcase_add_loop_test(tc, test_position, 0, G_N_ELEMENTS(pos_cases));
	tcase_add_test(tc, test_finding_place);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(normalize_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
