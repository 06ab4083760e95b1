/* Throughput of the lexicon matcher against the PCRE2 baseline it replaced
 * (DESIGN §3): N pseudo-random Japanese-like terms (kana and kanji, 2 to 6
 * characters) are searched for in about 10 MB of normalized Japanese-like
 * text, once with sg_lexicon_scan() (vectorscan) and once with PCRE2 JIT,
 * whose single alternation of thousands of terms does not compile, so terms
 * go in chunks of at most 1,000, each chunk one prefix tree written as a
 * regex with (*MARK) naming the term.  Two kinds of lexicon are measured:
 * short terms drawn like the text, which hit every few bytes, and longer
 * ones drawn evenly, which hit about where the text quotes them.
 * Everything is generated from a fixed seed, so two runs scan the same
 * bytes.  It also times sg_norm_text_new() on the same text.  It measures;
 * it decides nothing and is not run by `make check`.  Single-threaded.
 *
 * Usage: lexicon-bench [--no-pcre2] [TEXT_MB [N_TERMS...]]
 * (default: 10 MB; 1000 10000 50000 terms)
 */
#include "config.h"

#include <snsgate/lexicon.h>
#include <snsgate/normalize.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BENCH_SEED 20260401
#define BENCH_CHUNK 1000	/* terms per PCRE2 pattern */

/* Frequent kanji of municipal notices, most frequent first. */
static const char common_kanji[] =
	"日本人年大区民中出生時行見月分後前間上東今会学高子外下来気小山話"
	"女北午百書先名川千水半男西電校語土木聞食車何南万毎白天母火右読友"
	"左休父雨国事業方新場員立開手力問代明動京目通言理体田主題意不作用"
	"度強公持野以思家世多正安院心界教文元重近考画海売知道集別物使品計"
	"死特私始朝運終台広住真有口少町料工建空急止送切転研足究楽起着店病"
	"質待試族銀早映親験英医仕去味写字答夜音注帰古歌買悪図週室歩風紙黒"
	"花春赤青館屋色走秋夏習駅洋旅服夕借曜飲肉貸堂鳥飯勉冬昼茶弟牛魚兄"
	"犬妹姉漢祝祭催案内届申請窓課係施設保育福祉健康防災避難訓練";

typedef struct {
	gunichar *kanji;
	guint n_kanji;
	GRand *rand;
	bool skew;	/* frequent characters come up more often */
	gint min_len;	/* of a term, in characters; the longest is 6 */
} Gen;

/* With @skew, low indices (frequent characters) come up more often. */
static guint
pick(Gen *g, guint n, bool skew)
{
	double r = g_rand_double(g->rand);

	return (guint)((skew ? r * r : r) * n);
}

static void
append_char(Gen *g, GString *s, bool skew)
{
	if (g_rand_int_range(g->rand, 0, 2) == 0)
		g_string_append_unichar(s, 0x3041 + pick(g, 83, skew));
	else
		g_string_append_unichar(s,
					g->kanji[pick(g, g->n_kanji, skew)]);
}

static char *
make_term(Gen *g)
{
	GString *s = g_string_new(NULL);
	gint n = g_rand_int_range(g->rand, g->min_len, 7);

	for (gint i = 0; i < n; i++)
		append_char(g, s, g->skew);
	return g_string_free(s, FALSE);
}

/* Distinct terms, in generation order. */
static GPtrArray *
make_terms(Gen *g, guint n)
{
	GPtrArray *terms = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash,
						      g_str_equal);

	while (terms->len < n) {
		char *t = make_term(g);

		if (g_hash_table_add(seen, t))
			g_ptr_array_add(terms, t);
		else
			g_free(t);
	}
	return terms;
}

/* Sentences of short words with punctuation, numbers, line breaks and, now
 * and then, one of @terms. */
static char *
make_text(Gen *g, gsize size, const GPtrArray *terms)
{
	GString *s = g_string_sized_new(size + 64);

	while (s->len < size) {
		gint words = g_rand_int_range(g->rand, 3, 12);

		for (gint w = 0; w < words; w++) {
			gint n = g_rand_int_range(g->rand, 1, 5);

			if (g_rand_int_range(g->rand, 0, 40) == 0) {
				g_string_append(
					s, g_ptr_array_index(
						   terms,
						   g_rand_int_range(
							   g->rand, 0,
							   (gint)terms->len)));
				continue;
			}
			if (g_rand_int_range(g->rand, 0, 25) == 0)
				g_string_append_printf(
					s, "%d",
					g_rand_int_range(g->rand, 1, 2027));
			for (gint i = 0; i < n; i++)
				append_char(g, s, true);
			if (g_rand_int_range(g->rand, 0, 4) == 0)
				g_string_append(s, "、");
		}
		g_string_append(s, g_rand_int_range(g->rand, 0, 5) == 0
					   ? "。\n"
					   : "。");
	}
	return g_string_free(s, FALSE);
}

/* --- vectorscan through lexicon.c --------------------------------------- */

static bool
count_match(G_GNUC_UNUSED guint term, G_GNUC_UNUSED gsize start,
	    G_GNUC_UNUSED gsize end, gpointer user_data)
{
	(*(guint64 *)user_data)++;
	return true;
}

typedef struct {
	double compile_s;
	double mb_s;
	guint64 matches;
	guint chunks;
	guint max_chunk;	/* terms in the largest PCRE2 chunk */
	guint split_chunks;	/* PCRE2 chunks found too large and split */
	guint failed_chunks;
} Result;

static Result
bench_lexicon(const GPtrArray *terms, const char *text, gsize len)
{
	Result res = {0};
	g_autoptr(GError) error = NULL;
	gint64 t0 = g_get_monotonic_time();
	SgLexicon *lexicon = sg_lexicon_new(
		(const char *const *)terms->pdata, terms->len, &error);
	double best = G_MAXDOUBLE;

	res.compile_s = (g_get_monotonic_time() - t0) / 1e6;
	if (lexicon == NULL) {
		fprintf(stderr, "lexicon: %s\n", error->message);
		res.failed_chunks = 1;
		return res;
	}
	SgLexiconScratch *scratch = sg_lexicon_scratch_new(lexicon);

	for (int round = 0; round < 5; round++) {
		guint64 n = 0;

		t0 = g_get_monotonic_time();
		if (!sg_lexicon_scan(lexicon, scratch, text, len, count_match,
				     &n, &error))
			g_error("scan: %s", error->message);
		best = MIN(best, (g_get_monotonic_time() - t0) / 1e6);
		res.matches = n;
	}
	res.mb_s = len / 1e6 / best;
	res.chunks = 1;
	sg_lexicon_scratch_free(scratch);
	sg_lexicon_unref(lexicon);
	return res;
}

/* --- the PCRE2 baseline ------------------------------------------------- */

static gint
compare_strings(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

typedef struct {
	const char *term;
	guint index;
} Entry;

static gint
compare_entries(gconstpointer a, gconstpointer b)
{
	return compare_strings(&((const Entry *)a)->term,
			       &((const Entry *)b)->term);
}

static void
append_byte(GString *re, guchar c)
{
	if (c < 0x80 && !g_ascii_isalnum((char)c))
		g_string_append_c(re, '\\');
	g_string_append_c(re, (char)c);
}

/* Writes the prefix tree of @e[0..n), sorted, whose first @depth bytes are
 * shared, as one regex: longer terms first, then the term that ends here;
 * each term's end names it with (*MARK).  A node with one way on needs no
 * group. */
static void
append_trie(GString *re, const Entry *e, guint n, gsize depth)
{
	guint i = 0;
	guint ways = 0;
	gssize ends_here = -1;
	bool group;

	if (e[0].term[depth] == '\0') {
		ends_here = e[0].index;
		i = 1;
		ways++;
	}
	for (guint k = i; k < n; ways++) {
		guchar c = (guchar)e[k].term[depth];

		while (k < n && (guchar)e[k].term[depth] == c)
			k++;
	}
	group = ways > 1;
	if (group)
		g_string_append(re, "(?:");
	for (bool first = true; i < n; first = false) {
		guchar c = (guchar)e[i].term[depth];
		guint j = i;

		while (j < n && (guchar)e[j].term[depth] == c)
			j++;
		if (!first)
			g_string_append_c(re, '|');
		append_byte(re, c);
		append_trie(re, e + i, j - i, depth + 1);
		i = j;
	}
	if (ends_here >= 0) {
		if (group)
			g_string_append_c(re, '|');
		g_string_append_printf(re, "(*MARK:%" G_GSSIZE_FORMAT ")",
				       ends_here);
	}
	if (group)
		g_string_append_c(re, ')');
}

/* Compiles @n terms from @from as one pattern into @codes.  A pattern too
 * large for PCRE2 (Debian builds it with 2-byte links: 64 KB of compiled
 * code) is split in two and counted in @res. */
static void
compile_chunk(const GPtrArray *terms, guint from, guint n, GPtrArray *codes,
	      Result *res)
{
	g_autofree Entry *e = g_new(Entry, n);
	g_autoptr(GString) re = g_string_new(NULL);
	int code = 0;
	PCRE2_SIZE offset = 0;
	pcre2_code *pc;

	for (guint i = 0; i < n; i++)
		e[i] = (Entry){g_ptr_array_index(terms, from + i), from + i};
	qsort(e, n, sizeof(Entry), compare_entries);
	append_trie(re, e, n, 0);
	pc = pcre2_compile((PCRE2_SPTR)re->str, re->len, 0, &code, &offset,
			   NULL);
	if (pc == NULL && code == PCRE2_ERROR_PATTERN_TOO_LARGE && n > 1) {
		res->split_chunks++;
		compile_chunk(terms, from, n / 2, codes, res);
		compile_chunk(terms, from + n / 2, n - n / 2, codes, res);
		return;
	}
	if (pc == NULL) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(code, msg, sizeof(msg));
		fprintf(stderr, "pcre2: chunk at %u (%zu bytes): %s\n", from,
			re->len, (const char *)msg);
		res->failed_chunks++;
		return;
	}
	if (pcre2_jit_compile(pc, PCRE2_JIT_COMPLETE) != 0)
		fprintf(stderr, "pcre2: no JIT for chunk at %u\n", from);
	res->max_chunk = MAX(res->max_chunk, n);
	g_ptr_array_add(codes, pc);
}

static Result
bench_pcre2(const GPtrArray *terms, const char *text, gsize len)
{
	Result res = {0};
	g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func(
		(GDestroyNotify)pcre2_code_free);
	gint64 t0 = g_get_monotonic_time();
	pcre2_match_data *md;
	gint64 scan_us = 0;

	for (guint from = 0; from < terms->len; from += BENCH_CHUNK)
		compile_chunk(terms, from, MIN(BENCH_CHUNK, terms->len - from),
			      codes, &res);
	res.chunks = codes->len;
	res.compile_s = (g_get_monotonic_time() - t0) / 1e6;
	md = pcre2_match_data_create(1, NULL);
	for (guint c = 0; c < codes->len; c++) {
		pcre2_code *pc = g_ptr_array_index(codes, c);
		PCRE2_SIZE at = 0;

		t0 = g_get_monotonic_time();
		while (pcre2_jit_match(pc, (PCRE2_SPTR)text, len, at, 0, md,
				       NULL) > 0) {
			res.matches++;
			at = pcre2_get_ovector_pointer(md)[1];
			if (pcre2_get_mark(md) == NULL)
				g_error("pcre2: match without a mark");
		}
		scan_us += g_get_monotonic_time() - t0;
	}
	pcre2_match_data_free(md);
	res.mb_s = scan_us > 0 ? len / 1e6 / (scan_us / 1e6) : 0;
	return res;
}

/* One table: terms from @g, text quoting some of them, every size. */
static void
run_scenario(Gen *g, const char *title, double mb, const GArray *sizes,
	     bool with_pcre2)
{
	guint max_terms = 0;

	for (guint i = 0; i < sizes->len; i++)
		max_terms = MAX(max_terms, g_array_index(sizes, guint, i));
	/* One pool of terms: the smaller lexicons are its prefixes, and the
	 * text quotes terms from the smallest, so every size has hits. */
	g_autoptr(GPtrArray) pool = make_terms(g, max_terms);
	g_autoptr(GPtrArray) quoted = g_ptr_array_new();
	for (guint i = 0; i < MIN(1000u, pool->len); i++)
		g_ptr_array_add(quoted, g_ptr_array_index(pool, i));
	g_autofree char *raw = make_text(g, (gsize)(mb * 1e6), quoted);
	gint64 t0 = g_get_monotonic_time();
	SgNormText *norm = sg_norm_text_new(raw, -1, SG_NORM_SQUEEZE);
	double norm_s = (g_get_monotonic_time() - t0) / 1e6;
	gsize len = 0;
	const char *text = sg_norm_text_get(norm, &len);

	printf("%s\ntext: %.1f MB normalized (sg_norm_text_new with "
	       "squeeze ran at %.0f MB/s)\n\n",
	       title, len / 1e6, strlen(raw) / 1e6 / norm_s);
	printf("%7s | %28s | %44s |\n", "", "vectorscan (sg_lexicon_scan)",
	       "PCRE2 JIT (prefix-tree alternations)");
	printf("%7s | %8s %8s %10s | %6s %6s %8s %8s %12s | %7s\n", "terms",
	       "compile", "MB/s", "matches", "chunks", "max", "compile",
	       "MB/s", "matches", "ratio");
	for (guint i = 0; i < sizes->len; i++) {
		guint n = g_array_index(sizes, guint, i);
		g_autoptr(GPtrArray) terms = g_ptr_array_new();

		for (guint t = 0; t < n; t++)
			g_ptr_array_add(terms, g_ptr_array_index(pool, t));
		Result hs = bench_lexicon(terms, text, len);
		Result pc = {0};

		if (with_pcre2)
			pc = bench_pcre2(terms, text, len);

		printf("%7u | %7.2fs %8.1f %10" G_GUINT64_FORMAT
		       " | %6u %6u %7.2fs %8.1f %12" G_GUINT64_FORMAT
		       " | %6.1fx%s\n",
		       n, hs.compile_s, hs.mb_s, hs.matches, pc.chunks,
		       pc.max_chunk, pc.compile_s, pc.mb_s, pc.matches,
		       pc.mb_s > 0 ? hs.mb_s / pc.mb_s : 0.0,
		       pc.failed_chunks > 0 ? " (PCRE2 chunks failed)" : "");
		fflush(stdout);
	}
	printf("\n");
	sg_norm_text_free(norm);
}

int
main(int argc, char **argv)
{
	bool with_pcre2 = argc < 2 || strcmp(argv[1], "--no-pcre2") != 0;
	int arg = with_pcre2 ? 1 : 2;
	double mb = argc > arg ? g_ascii_strtod(argv[arg], NULL) : 10;
	static const guint default_sizes[] = {1000, 10000, 50000};
	g_autoptr(GArray) sizes = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) kanji = g_array_new(FALSE, FALSE, sizeof(gunichar));
	Gen g = {.rand = g_rand_new_with_seed(BENCH_SEED)};

	for (int i = arg + 1; i < argc; i++) {
		guint n = (guint)g_ascii_strtoull(argv[i], NULL, 10);

		g_array_append_val(sizes, n);
	}
	if (sizes->len == 0)
		g_array_append_vals(sizes, default_sizes,
				    G_N_ELEMENTS(default_sizes));
	for (const char *p = common_kanji; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		g_array_append_val(kanji, c);
	}
	g.kanji = (gunichar *)(void *)kanji->data;
	g.n_kanji = kanji->len;

	g.skew = true;
	g.min_len = 2;
	run_scenario(&g, "A. terms of 2-6 characters drawn like the text "
		     "(frequent characters often): many hits", mb, sizes,
		     with_pcre2);
	g.skew = false;
	g.min_len = 4;
	run_scenario(&g, "B. terms of 4-6 characters drawn evenly: hits "
		     "mostly where the text quotes a term", mb, sizes,
		     with_pcre2);
	printf("PCRE2: chunks of at most %u terms, halved while PCRE2 "
	       "finds one too large\n(\"max\": the largest that compiled). "
	       "vectorscan reports every occurrence,\noverlaps included; "
	       "PCRE2 leftmost non-overlapping matches per chunk.\n",
	       BENCH_CHUNK);
	g_rand_free(g.rand);
	return 0;
}
