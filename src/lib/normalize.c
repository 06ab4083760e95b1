/* Normalization of decoded text for matching, with a map back to the
 * original bytes.  The text is decoded code point by code point and cut into
 * pieces at normalization boundaries (unorm2_hasBoundaryBefore); each piece
 * goes through ICU's NFKC_Casefold on its own, which UAX #15 guarantees gives
 * the same result as normalizing the whole text, and then through the
 * one-to-one folds NFKC does not do (katakana to hiragana, tildes, dashes,
 * spaces, line ends, leftover format characters).  Every piece records the
 * original bytes it came from, so the map is exact at piece edges; pieces
 * that keep their byte length (nearly all Japanese text: kana, kanji, ASCII)
 * map byte for byte and are merged into runs, so the map stays a few entries
 * long; ASCII, kanji and kana that no voicing mark follows skip ICU
 * altogether.  SG_NORM_SQUEEZE then removes filler runs between letters in
 * a second pass that rewrites the map.  This file does not decide what text
 * means and matches nothing.  Work and memory are linear in the input: a
 * piece is cut after SG_NORM_MAX_PIECE code points (the stream-safe limit of
 * UAX #15) so that a crafted run of thousands of combining marks cannot make
 * ICU's canonical reordering quadratic.  Nothing is shared between calls:
 * every function here is thread-safe.
 */
#include "config.h"

#include <snsgate/normalize.h>

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

/* UAX #15 "Stream-Safe Text Format" allows 30 non-starters in a row; real
 * text never comes close, attack text does (see the file comment). */
#define SG_NORM_MAX_PIECE 32

/* A code point needs at most two UTF-16 units. */
#define SG_NORM_PIECE_UNITS (2 * SG_NORM_MAX_PIECE)

/* NFKC_Casefold expands one code point to at most 18 (U+FDFA); this holds a
 * whole piece's output in every case but the pathological, which grows. */
#define SG_NORM_OUT_UNITS 1024

/* One entry of the map: normalized bytes from @norm up to the next entry's
 * @norm come from original bytes @orig up to the next entry's @orig.  When
 * @linear is set both spans have the same length and map byte for byte;
 * otherwise every byte of one maps to the whole of the other.  An entry whose
 * span is empty in the normalized text marks original bytes that were
 * removed (format characters, squeezed fillers, the CR of CRLF). */
typedef struct {
	gsize norm;
	gsize orig;
	gboolean linear;
} SgNormSeg;

struct _SgNormText {
	char *text;
	gsize len;
	SgNormSeg *segs;	/* by norm; the last is {len, orig len} */
	gsize n_segs;
};

typedef struct {
	const UNormalizer2 *nfkc;	/* NULL when ICU failed: folds only */
	GString *out;
	GArray *segs;			/* of SgNormSeg; NULL: no map kept */
	UChar piece[SG_NORM_PIECE_UNITS];
	int32_t piece_len;		/* in UTF-16 units */
	guint piece_cps;
	gsize piece_start;		/* its original byte range */
	gsize piece_end;
	gsize ignored_start;		/* dropped bytes after the piece */
	bool ignored;
	UChar out_stack[SG_NORM_OUT_UNITS];
	UChar *out16;			/* out_stack or a larger heap buffer */
	int32_t out16_cap;
} SgNormBuilder;

typedef enum {
	SG_SQ_OTHER,
	SG_SQ_LETTER,
	SG_SQ_FILLER,
} SgSqueezeClass;

typedef enum {
	SG_SQ_KEEP,
	SG_SQ_REMOVE,
	SG_SQ_ONE_SPACE,
} SgSqueezeAction;

/* --- the map ---------------------------------------------------------- */

static void
seg_add(GArray *segs, gsize norm, gsize orig, gboolean linear)
{
	SgNormSeg seg = {.norm = norm, .orig = orig, .linear = linear};

	g_array_append_val(segs, seg);
}

/* Normalized bytes from @norm on come byte for byte from @orig on. */
static void
seg_linear(GArray *segs, gsize norm, gsize orig)
{
	if (segs == NULL)
		return;
	if (segs->len > 0) {
		const SgNormSeg *last =
			&g_array_index(segs, SgNormSeg, segs->len - 1);

		if (last->linear && last->orig + (norm - last->norm) == orig)
			return;
	}
	seg_add(segs, norm, orig, TRUE);
}

/* Normalized bytes from @norm on come, as a whole, from @orig on. */
static void
seg_piece(GArray *segs, gsize norm, gsize orig)
{
	if (segs != NULL)
		seg_add(segs, norm, orig, FALSE);
}

/* Original bytes from @orig on produced nothing.  Only the first of several
 * removals in a row is needed: it is where the previous piece ends. */
static void
seg_gap(GArray *segs, gsize norm, gsize orig)
{
	if (segs == NULL)
		return;
	if (segs->len > 0 &&
	    g_array_index(segs, SgNormSeg, segs->len - 1).norm == norm)
		return;
	seg_add(segs, norm, orig, FALSE);
}

/* Returns: the index of the last entry starting at or before @pos. */
static gsize
seg_find(const SgNormText *norm, gsize pos)
{
	gsize lo = 0;
	gsize hi = norm->n_segs;

	while (lo < hi) {
		gsize mid = lo + (hi - lo) / 2;

		if (norm->segs[mid].norm <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo - 1;
}

/* --- folding ---------------------------------------------------------- */

/* Kanji, kana and the commonest Japanese punctuation: NFKC_Casefold leaves
 * each of them alone, none combines with what precedes it, and only kana
 * combine with what follows (a voicing mark, U+3099/U+309A, or the
 * half-width ﾞ ﾟ that NFKC turns into one). */
static bool
is_plain_kana(UChar32 c)
{
	return (c >= 0x3041 && c <= 0x3096) || c == 0x309d || c == 0x309e ||
	       (c >= 0x30a1 && c <= 0x30fe);
}

static bool
is_plain_cjk(UChar32 c)
{
	return (c >= 0x4e00 && c <= 0x9fff) || is_plain_kana(c) ||
	       c == 0x3001 || c == 0x3002 || (c >= 0x300c && c <= 0x300f);
}

static bool
is_tilde(UChar32 c)
{
	switch (c) {
	case 0x007e:	/* ~ */
	case 0x02dc:	/* small tilde: NFKC would make it space + U+0303 */
	case 0x02f7:	/* modifier letter low tilde */
	case 0x2053:	/* swung dash */
	case 0x223c:	/* tilde operator */
	case 0x223d:	/* reversed tilde */
	case 0x301c:	/* wave dash 〜 */
	case 0x3030:	/* wavy dash 〰 */
	case 0xff5e:	/* full-width tilde ～ */
		return true;
	default:
		return false;
	}
}

/* ISO-2022-JP decodes the full-width hyphen-minus to U+2212 MINUS SIGN, and
 * Windows and Mac IMEs disagree on which dash a keystroke gives. */
static bool
is_dash(UChar32 c)
{
	if (c >= 0x2010 && c <= 0x2015)	/* hyphen … horizontal bar */
		return true;
	switch (c) {
	case 0x02d7:	/* modifier letter minus sign */
	case 0x2043:	/* hyphen bullet */
	case 0x2212:	/* minus sign */
	case 0x2e3a:	/* two-em dash */
	case 0x2e3b:	/* three-em dash */
	case 0xfe58:	/* small em dash */
	case 0xfe63:	/* small hyphen-minus */
	case 0xff0d:	/* full-width hyphen-minus */
		return true;
	default:
		return false;
	}
}

/* Applied before NFKC, so that NFKC cannot turn a tilde into a space and a
 * combining mark first. */
static UChar32
fold_before(UChar32 c)
{
	if (is_tilde(c))
		return '~';
	if (is_dash(c))
		return '-';
	return c;
}

/* Applied to NFKC_Casefold's output.  Returns: the folded code point, or -1
 * when it is dropped. */
static UChar32
fold_after(UChar32 c)
{
	if (c < 0x80) {
		if (c >= 'A' && c <= 'Z')	/* only without ICU */
			return c + ('a' - 'A');
		if (c == '\n')
			return c;
		if (c == '\r')	/* a lone CR; CRLF is handled earlier */
			return '\n';
		if (c < 0x20 || c == 0x7f)	/* tab, other controls */
			return ' ';
		return c;
	}
	if (c >= 0x30a1 && c <= 0x30f6)	/* katakana ァ … ヶ */
		return c - 0x60;
	switch (c) {
	case 0x30fd:	/* ヽ ヾ */
	case 0x30fe:
		return c - 0x60;
	case 0x0085:	/* next line, line and paragraph separators */
	case 0x2028:
	case 0x2029:
		return '\n';
	default:
		break;
	}
	if (is_plain_cjk(c))
		return c;
	if (is_tilde(c))
		return '~';
	if (is_dash(c))
		return '-';
	switch (u_charType(c)) {
	case U_SPACE_SEPARATOR:
	case U_CONTROL_CHAR:
		return ' ';
	case U_FORMAT_CHAR:	/* the few NFKC_Casefold keeps */
		return -1;
	default:
		return c;
	}
}

/* The output grows once in a while, so most code points are written
 * straight into it (GString's fields are public). */
static void
append_cp(GString *out, UChar32 c)
{
	if (G_LIKELY(out->len + U8_MAX_LENGTH < out->allocated_len)) {
		uint8_t *p = (uint8_t *)out->str;
		gsize n = out->len;

		U8_APPEND_UNSAFE(p, n, c);
		p[n] = '\0';
		out->len = n;
	} else {
		g_string_append_unichar(out, (gunichar)c);
	}
}

/* --- the first pass --------------------------------------------------- */

static void
emit_ascii(SgNormBuilder *b, UChar32 c, gsize orig, guchar next)
{
	gsize norm = b->out->len;

	if (c == '\r' && next == '\n') {
		seg_gap(b->segs, norm, orig);
		return;
	}
	append_cp(b->out, fold_after(c));
	seg_linear(b->segs, norm, orig);
}

/* A code point that normalization leaves alone. */
static void
emit_inert(SgNormBuilder *b, UChar32 c, gsize orig, gsize orig_len)
{
	gsize norm = b->out->len;
	UChar32 f = fold_after(c);

	if (f < 0) {
		seg_gap(b->segs, norm, orig);
		return;
	}
	append_cp(b->out, f);
	if (b->out->len - norm == orig_len)
		seg_linear(b->segs, norm, orig);
	else
		seg_piece(b->segs, norm, orig);
}

static void
piece_add(SgNormBuilder *b, UChar32 c, gsize orig, gsize orig_end)
{
	if (b->piece_len == 0)
		b->piece_start = orig;
	b->piece_end = orig_end;
	U16_APPEND_UNSAFE(b->piece, b->piece_len, c);
	b->piece_cps++;
}

/* Returns: the piece normalized, in b->out16; the piece as it is if ICU
 * fails (it cannot on valid UTF-16 but for memory). */
static int32_t
piece_normalize(SgNormBuilder *b)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t n;

	/* Most pieces are one kana that could have taken a voicing mark and
	 * did not: one without a mapping is its own normalization, and asking
	 * for the mapping costs ICU far less than normalizing. */
	if (b->piece_cps == 1) {
		UChar32 c;
		int32_t i = 0;

		U16_NEXT_UNSAFE(b->piece, i, c);
		n = unorm2_getDecomposition(b->nfkc, c, b->out16,
					    b->out16_cap, &status);
		if (U_SUCCESS(status) && n < 0) {
			memcpy(b->out16, b->piece,
			       sizeof(UChar) * (gsize)b->piece_len);
			return b->piece_len;
		}
		status = U_ZERO_ERROR;
	}
	n = unorm2_normalize(b->nfkc, b->piece, b->piece_len, b->out16,
			     b->out16_cap, &status);

	if (status == U_BUFFER_OVERFLOW_ERROR) {
		if (b->out16 != b->out_stack)
			g_free(b->out16);
		b->out16 = g_new(UChar, n);
		b->out16_cap = n;
		status = U_ZERO_ERROR;
		n = unorm2_normalize(b->nfkc, b->piece, b->piece_len,
				     b->out16, b->out16_cap, &status);
	}
	if (U_FAILURE(status)) {
		memcpy(b->out_stack, b->piece, sizeof(UChar) * b->piece_len);
		if (b->out16 != b->out_stack)
			g_free(b->out16);
		b->out16 = b->out_stack;
		b->out16_cap = SG_NORM_OUT_UNITS;
		n = b->piece_len;
	}
	return n;
}

static void
piece_flush(SgNormBuilder *b)
{
	gsize norm = b->out->len;
	guint out_cps = 0;
	int32_t n;

	if (b->piece_len == 0)
		return;
	n = piece_normalize(b);
	for (int32_t i = 0; i < n;) {
		UChar32 c;
		UChar32 f;

		U16_NEXT(b->out16, i, n, c);
		f = fold_after(c);
		if (f >= 0) {
			append_cp(b->out, f);
			out_cps++;
		}
	}
	if (b->out->len == norm)
		seg_gap(b->segs, norm, b->piece_start);
	else if (b->piece_cps == 1 && out_cps == 1 &&
		 b->out->len - norm == b->piece_end - b->piece_start)
		seg_linear(b->segs, norm, b->piece_start);
	else
		seg_piece(b->segs, norm, b->piece_start);
	b->piece_len = 0;
	b->piece_cps = 0;
}

/* Ends the current piece, and the ignorable characters after it. */
static void
piece_close(SgNormBuilder *b)
{
	piece_flush(b);
	if (b->ignored) {
		seg_gap(b->segs, b->out->len, b->ignored_start);
		b->ignored = false;
	}
}

/* Default_Ignorable_Code_Point: what NFKC_Casefold maps to nothing (U+200B,
 * U+200C, U+200D, U+2060, U+FEFF, U+00AD, variation selectors, Hangul
 * fillers…).  They are dropped here rather than handed to ICU, which would
 * glue them to the piece before them and so widen the map of a match that
 * merely ends next to one.  Dropping them first gives the same text: they
 * block no composition in NFKC_Casefold. */
static bool
is_ignorable(UChar32 c)
{
	return u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

/* Whether the code point at @s (@len bytes left) surely starts a new piece,
 * judged without ICU. */
static bool
starts_piece(const guint8 *s, gsize len)
{
	gsize i = 0;
	UChar32 c;

	if (len == 0 || s[0] < 0x80)
		return true;
	U8_NEXT_OR_FFFD(s, i, len, c);
	return is_plain_cjk(c);
}

static void
normalize_run(SgNormBuilder *b, const guint8 *s, gsize len)
{
	gsize i = 0;

	while (i < len) {
		gsize start = i;
		UChar32 c;

		U8_NEXT_OR_FFFD(s, i, len, c);
		/* ASCII before ASCII or Japanese interacts with nothing: the
		 * common case takes no call into ICU. */
		if (c < 0x80 && starts_piece(s + i, len - i)) {
			piece_close(b);
			emit_ascii(b, c, start, i < len ? s[i] : 0);
			continue;
		}
		/* Likewise Japanese text, but for a kana that a voicing mark
		 * may follow. */
		if (is_plain_cjk(c) &&
		    (!is_plain_kana(c) || starts_piece(s + i, len - i))) {
			piece_close(b);
			emit_inert(b, c, start, i - start);
			continue;
		}
		if (c >= 0x80 && is_ignorable(c)) {
			if (!b->ignored) {
				b->ignored = true;
				b->ignored_start = start;
			}
			continue;
		}
		c = fold_before(c);
		if (b->nfkc == NULL) {
			piece_close(b);
			emit_inert(b, c, start, i - start);
			continue;
		}
		if (b->piece_len > 0 &&
		    (b->piece_cps >= SG_NORM_MAX_PIECE ||
		     unorm2_hasBoundaryBefore(b->nfkc, c)))
			piece_flush(b);
		if (b->ignored) {
			/* Ignorables inside a piece belong to it; before a
			 * new one they are a gap of their own. */
			if (b->piece_len == 0)
				seg_gap(b->segs, b->out->len,
					b->ignored_start);
			b->ignored = false;
		}
		if (b->piece_len == 0 && unorm2_isInert(b->nfkc, c)) {
			emit_inert(b, c, start, i - start);
			continue;
		}
		piece_add(b, c, start, i);
	}
	piece_close(b);
}

/* --- squeezing -------------------------------------------------------- */

/* @digit: (out) (optional): set when @c is a decimal digit. */
static SgSqueezeClass
squeeze_class(gunichar c, bool *digit)
{
	if (digit != NULL)
		*digit = false;
	if (c < 0x80) {
		if (digit != NULL)
			*digit = g_ascii_isdigit((char)c);
		if (g_ascii_isalnum((char)c))
			return SG_SQ_LETTER;
		switch (c) {
		case ' ':
		case '.':
		case '*':
		case '_':
		case '-':
		case '~':
		case '/':
		case '|':
		case '\'':
		case '`':
		case '^':
			return SG_SQ_FILLER;
		default:
			return SG_SQ_OTHER;	/* ! ? , : ; ( ) " newline … */
		}
	}
	if (is_plain_cjk((UChar32)c)) {
		if (c <= 0x300f)	/* 、 。 「 」 『 』 */
			return SG_SQ_OTHER;
		return c == 0x30fb ? SG_SQ_FILLER : SG_SQ_LETTER;
	}
	switch (c) {
	case 0x00b7:	/* middle dot */
	case 0x2022:	/* bullet */
	case 0x2027:	/* hyphenation point */
	case 0x2219:	/* bullet operator */
	case 0x22c5:	/* dot operator */
	case 0x30fb:	/* katakana middle dot ・ (and ･ after NFKC) */
		return SG_SQ_FILLER;
	case 0x3012:	/* postal marks 〒 〠 〶 stand for something */
	case 0x3020:
	case 0x3036:
		return SG_SQ_OTHER;
	default:
		break;
	}
	/* Geometric shapes: ○ ● ◎ □ ■ ◯ are placeholders and redactions
	 * (〇〇さん, ●●地区), which other rules look for. */
	if (c >= 0x25a0 && c <= 0x25ff)
		return SG_SQ_OTHER;
	switch (u_charType((UChar32)c)) {
	case U_DECIMAL_DIGIT_NUMBER:
		if (digit != NULL)
			*digit = true;
		return SG_SQ_LETTER;
	case U_UPPERCASE_LETTER:
	case U_LOWERCASE_LETTER:
	case U_TITLECASE_LETTER:
	case U_MODIFIER_LETTER:
	case U_OTHER_LETTER:
	case U_NON_SPACING_MARK:
	case U_COMBINING_SPACING_MARK:
	case U_ENCLOSING_MARK:
	case U_LETTER_NUMBER:
	case U_OTHER_NUMBER:
		return SG_SQ_LETTER;
	case U_CONNECTOR_PUNCTUATION:
	case U_DASH_PUNCTUATION:
	case U_MODIFIER_SYMBOL:
	case U_OTHER_SYMBOL:	/* ☆ ★ ♪ ♡ ♥, emoji, U+FFFD */
		return SG_SQ_FILLER;
	default:
		return SG_SQ_OTHER;	/* sentence punctuation, brackets */
	}
}

typedef struct {
	char *text;
	gsize len;
	gsize w;		/* write offset; the read offset is ahead */
	const SgNormSeg *old;	/* the first pass's map, sentinel included */
	gsize n_old;
	gsize next_old;		/* the next entry of @old to enter */
	gsize cur;		/* the entry holding the current byte */
	gsize kept;		/* the entry of the last byte kept */
	GArray *segs;		/* the new map */
} SgSqueezer;

/* Enters the map entries that start at or before @r, carrying removals. */
static void
squeezer_seek(SgSqueezer *sq, gsize r)
{
	if (sq->old == NULL)
		return;
	while (sq->next_old + 1 < sq->n_old &&
	       sq->old[sq->next_old].norm <= r) {
		const SgNormSeg *seg = &sq->old[sq->next_old];

		if (seg->norm == seg[1].norm)
			seg_gap(sq->segs, sq->w, seg->orig);
		sq->cur = sq->next_old++;
	}
}

static void
squeezer_take(SgSqueezer *sq, gsize r, gsize n, bool keep)
{
	const SgNormSeg *seg;
	gsize orig;

	squeezer_seek(sq, r);
	if (sq->old != NULL) {
		seg = &sq->old[sq->cur];
		orig = seg->linear ? seg->orig + (r - seg->norm) : seg->orig;
		if (keep && seg->linear)
			seg_linear(sq->segs, sq->w, orig);
		else if (keep && sq->kept != sq->cur)
			seg_piece(sq->segs, sq->w, orig);
		else if (!keep && (seg->linear || sq->kept != sq->cur))
			seg_gap(sq->segs, sq->w, orig);
		if (keep)
			sq->kept = sq->cur;
	}
	if (keep) {
		if (sq->w != r)
			for (gsize i = 0; i < n; i++)
				sq->text[sq->w + i] = sq->text[r + i];
		sq->w += n;
	}
}

static gsize
char_len(const char *p)
{
	return (gsize)(g_utf8_next_char(p) - p);
}

/* Decides what happens to a filler run ending at @end, given the letter
 * before it (@prev, @prev_digit, the length of the ASCII word it ends) and
 * the letter after it. */
static SgSqueezeAction
squeeze_decide(const SgSqueezer *sq, gsize end, SgSqueezeClass prev,
	       bool prev_digit, gsize prev_word, bool has_space)
{
	gunichar next;
	bool next_digit;

	if (prev != SG_SQ_LETTER || end >= sq->len)
		return SG_SQ_KEEP;
	next = g_utf8_get_char(sq->text + end);
	if (squeeze_class(next, &next_digit) != SG_SQ_LETTER)
		return SG_SQ_KEEP;
	/* 2026-04-01, 3.14, 03 3264 2111: separators inside numbers. */
	if (prev_digit && next_digit)
		return SG_SQ_KEEP;
	/* "kill you" keeps its space; "b a k a" does not. */
	if (prev_word > 0 && next < 0x80 && g_ascii_isalnum((char)next) &&
	    (prev_word > 1 || (end + 1 < sq->len &&
			       g_ascii_isalnum(sq->text[end + 1]))))
		return has_space ? SG_SQ_ONE_SPACE : SG_SQ_KEEP;
	return SG_SQ_REMOVE;
}

/* Removes filler runs between letters from b->out, rewriting b->segs (which
 * ends with its sentinel) when there is one.  Works in place: the write
 * offset never passes the read offset. */
static void
squeeze(SgNormBuilder *b, gsize orig_len)
{
	SgSqueezer sq = {
		.text = b->out->str,
		.len = b->out->len,
		.kept = G_MAXSIZE,
	};
	SgSqueezeClass prev = SG_SQ_OTHER;
	bool prev_digit = false;
	gsize word = 0;		/* ASCII letters and digits before r */
	gsize r = 0;

	if (b->segs != NULL) {
		sq.old = (const SgNormSeg *)(void *)b->segs->data;
		sq.n_old = b->segs->len;
		sq.segs = g_array_sized_new(FALSE, FALSE, sizeof(SgNormSeg),
					    b->segs->len + 8);
	}
	while (r < sq.len) {
		gunichar c = g_utf8_get_char(sq.text + r);
		gsize n = char_len(sq.text + r);
		bool digit;
		SgSqueezeClass cls = squeeze_class(c, &digit);
		SgSqueezeAction action;
		bool has_space = false;
		bool spaced = false;
		gsize end = r;

		if (cls != SG_SQ_FILLER) {
			squeezer_take(&sq, r, n, true);
			prev = cls;
			prev_digit = digit;
			word = c < 0x80 && g_ascii_isalnum((char)c) ? word + 1
								    : 0;
			r += n;
			continue;
		}
		while (end < sq.len) {
			gunichar f = g_utf8_get_char(sq.text + end);

			if (squeeze_class(f, NULL) != SG_SQ_FILLER)
				break;
			has_space |= f == ' ';
			end += char_len(sq.text + end);
		}
		action = squeeze_decide(&sq, end, prev, prev_digit, word,
					has_space);
		while (r < end) {
			bool keep = action == SG_SQ_KEEP;

			n = char_len(sq.text + r);
			if (action == SG_SQ_ONE_SPACE && !spaced &&
			    sq.text[r] == ' ') {
				keep = true;
				spaced = true;
			}
			squeezer_take(&sq, r, n, keep);
			r += n;
		}
		prev = SG_SQ_FILLER;
		prev_digit = false;
		word = 0;
	}
	squeezer_seek(&sq, sq.len);
	g_string_truncate(b->out, sq.w);
	if (b->segs != NULL) {
		seg_add(sq.segs, sq.w, orig_len, FALSE);
		g_array_unref(b->segs);
		b->segs = sq.segs;
	}
}

/* --- entry points ----------------------------------------------------- */

static void
builder_init(SgNormBuilder *b, gsize len, bool with_map)
{
	UErrorCode status = U_ZERO_ERROR;

	b->nfkc = unorm2_getNFKCCasefoldInstance(&status);
	if (U_FAILURE(status)) {
		g_critical("ICU NFKC_Casefold data missing: %s",
			   u_errorName(status));
		b->nfkc = NULL;
	}
	b->out = g_string_sized_new(len + len / 8 + 16);
	b->segs = with_map ? g_array_sized_new(FALSE, FALSE,
					       sizeof(SgNormSeg), 16)
			   : NULL;
	b->piece_len = 0;
	b->piece_cps = 0;
	b->ignored = false;
	b->out16 = b->out_stack;
	b->out16_cap = SG_NORM_OUT_UNITS;
}

static void
builder_run(SgNormBuilder *b, const char *text, gsize len, SgNormFlags flags)
{
	normalize_run(b, (const guint8 *)text, len);
	if (b->out16 != b->out_stack)
		g_clear_pointer(&b->out16, g_free);
	if (b->segs != NULL)
		seg_add(b->segs, b->out->len, len, FALSE);
	if (flags & SG_NORM_SQUEEZE)
		squeeze(b, len);
}

SgNormText *
sg_norm_text_new(const char *text, gssize len, SgNormFlags flags)
{
	g_return_val_if_fail(text != NULL || len == 0, NULL);

	gsize n = len < 0 ? strlen(text) : (gsize)len;
	SgNormText *norm = g_new0(SgNormText, 1);
	SgNormBuilder b;

	builder_init(&b, n, true);
	builder_run(&b, text != NULL ? text : "", n, flags);
	norm->len = b.out->len;
	norm->text = g_string_free(b.out, FALSE);
	norm->n_segs = b.segs->len;
	norm->segs = (SgNormSeg *)(void *)g_array_free(b.segs, FALSE);
	return norm;
}

void
sg_norm_text_free(SgNormText *norm)
{
	if (norm == NULL)
		return;
	g_clear_pointer(&norm->text, g_free);
	g_clear_pointer(&norm->segs, g_free);
	g_free(norm);
}

const char *
sg_norm_text_get(const SgNormText *norm, gsize *len)
{
	g_return_val_if_fail(norm != NULL, NULL);

	if (len != NULL)
		*len = norm->len;
	return norm->text;
}

void
sg_norm_text_map(const SgNormText *norm, gsize start, gsize end,
		 gsize *orig_start, gsize *orig_end)
{
	const SgNormSeg *seg;

	g_return_if_fail(norm != NULL && orig_start != NULL &&
			 orig_end != NULL);
	*orig_start = *orig_end = 0;
	g_return_if_fail(start <= end && end <= norm->len);

	seg = &norm->segs[seg_find(norm, start)];
	*orig_start = seg->linear ? seg->orig + (start - seg->norm)
				  : seg->orig;
	if (end == start) {
		*orig_end = *orig_start;
		return;
	}
	seg = &norm->segs[seg_find(norm, end - 1)];
	*orig_end = seg->linear ? seg->orig + (end - seg->norm) : seg[1].orig;
}

char *
sg_normalize_string(const char *text, SgNormFlags flags)
{
	g_return_val_if_fail(text != NULL, NULL);

	SgNormBuilder b;
	gsize n = strlen(text);

	builder_init(&b, n, false);
	builder_run(&b, text, n, flags);
	return g_string_free(b.out, FALSE);
}

void
sg_text_position(const char *text, gsize offset, guint *line, guint *column)
{
	guint l = 1;
	guint col = 1;

	g_return_if_fail(text != NULL && line != NULL && column != NULL);

	for (gsize i = 0; i < offset && text[i] != '\0'; i++) {
		guchar ch = (guchar)text[i];

		if (ch == '\n') {
			l++;
			col = 1;
		} else if ((ch & 0xc0) != 0x80 &&
			   !(ch == '\r' && text[i + 1] == '\n')) {
			col++;
		}
	}
	*line = l;
	*column = col;
}
