/* The "platform" check: account-policy, clause 4(1) — the limits of the
 * platform the draft's account posts to.
 *
 * The post is the body up to the signature: the text/plain pieces when the
 * draft has any, else the HTML ones rendered as text, joined by a newline
 * and trimmed of surrounding white space (mail clients add it; the subject
 * is not part of a post).  Three detections, each a rule of its own:
 * "length" counts X's weighted length as twitter-text v3 does (NFC; code
 * points U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037
 * weigh 1, all others 2; every URL, bare domains included, weighs 23; an
 * emoji sequence — ZWJ sequence, flag, keycap, skin tone — weighs 2 as a
 * whole) and code points for the other platforms; "hashtags" counts
 * hashtags (# and ＃, not inside URLs, not all digits) the way twitter-text
 * recognises them; "image" requires an image or video attachment.  The
 * limits are keys of the rule (PLATFORM_max_chars, x_max_weighted,
 * PLATFORM_max_hashtags, PLATFORM_require_image) because platforms change
 * them; an account's own max_length, max_hashtags and require_image
 * (yes/no) override them.  A draft without an account draws nothing here.
 * Findings point at where the post goes over the limit, so the report can
 * show what to cut.  This file does not check wording, links or images'
 * content (other families do), and it does not know the platforms' other
 * rules (video length, image count).  Compiled data is immutable; each check
 * opens its own ICU break iterator, so checks may run in parallel.
 */
#include "config.h"

#include "../rules-private.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utext.h>

static const char *const platform_keys[] = {
	"detect",
	"tlds",
	"x_max_weighted",
	"x_url_length",
	"x_max_hashtags",
	"x_require_image",
	"facebook_max_chars",
	"facebook_max_hashtags",
	"facebook_require_image",
	"instagram_max_chars",
	"instagram_max_hashtags",
	"instagram_require_image",
	"threads_max_chars",
	"threads_max_hashtags",
	"threads_require_image",
	"line_max_chars",
	"line_max_hashtags",
	"line_require_image",
	"youtube_max_chars",
	"youtube_max_hashtags",
	"youtube_require_image",
	NULL,
};

/* The platforms of the configuration schema, with the names staff know. */
static const struct {
	const char *id;
	const char *display;
} platforms[] = {
	{"x", "X"},
	{"facebook", "Facebook"},
	{"instagram", "Instagram"},
	{"threads", "Threads"},
	{"line", "LINE"},
	{"youtube", "YouTube"},
};

#define SG_N_PLATFORMS G_N_ELEMENTS(platforms)

/* twitter-text v3: transformedURLLength. */
#define SG_X_URL_LENGTH 23

/* A post longer than this is not counted further: the limits are a few
 * thousand characters, and counting stops once the verdict is known. */
#define SG_POST_MAX_BYTES (4 * 1024 * 1024)

typedef enum {
	SG_DETECT_LENGTH = 1 << 0,
	SG_DETECT_HASHTAGS = 1 << 1,
	SG_DETECT_IMAGE = 1 << 2,
} SgPlatformDetect;

typedef struct {
	guint64 max_chars;    /* 0: not limited; for X the weighted length */
	guint64 max_hashtags; /* 0: not limited */
	int require_image;    /* -1: not set */
} SgPlatformLimits;

typedef struct {
	guint detect;
	SgPlatformLimits limits[SG_N_PLATFORMS];
	guint url_length;
	GHashTable *tlds;
} SgPlatformData;

static void
platform_data_free(gpointer p)
{
	SgPlatformData *data = p;

	g_clear_pointer(&data->tlds, g_hash_table_unref);
	g_free(data);
}

static gint
platform_index(const char *id)
{
	for (guint i = 0; id != NULL && i < SG_N_PLATFORMS; i++)
		if (g_ascii_strcasecmp(platforms[i].id, id) == 0)
			return (gint)i;
	return -1;
}

/* --- the post ------------------------------------------------------------- */

/* A stretch of the post and where it came from. */
typedef struct {
	gsize post; /* offset in the post text */
	gsize len;
	guint index;  /* run piece */
	gsize offset; /* offset in the piece text */
} SgPostSeg;

typedef struct {
	GString *text;
	GArray *segs;     /* SgPostSeg */
	gsize start, end; /* the trimmed post within text */
} SgPost;

static void
post_clear(SgPost *post)
{
	g_string_free(post->text, TRUE);
	g_array_unref(post->segs);
}

static bool
is_trim_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static void
build_post(SgCheckRun *run, SgPost *post)
{
	guint n = sg_check_run_get_n_pieces(run);
	bool has_plain = false;

	post->text = g_string_new(NULL);
	post->segs = g_array_new(FALSE, FALSE, sizeof(SgPostSeg));
	for (guint i = 0; i < n; i++) {
		const SgTextPiece *piece = sg_check_run_get_piece(run, i);

		if (piece->kind == SG_PIECE_BODY &&
		    g_strcmp0(piece->mime_type, "text/plain") == 0)
			has_plain = true;
	}
	for (guint i = 0; i < n; i++) {
		const SgTextPiece *piece = sg_check_run_get_piece(run, i);
		gsize room = SG_POST_MAX_BYTES - post->text->len;
		SgPostSeg seg = {.index = i};

		if (piece->kind != SG_PIECE_BODY ||
		    g_strcmp0(piece->mime_type,
		              has_plain ? "text/plain" : "text/html") != 0)
			continue;
		if (post->text->len > 0 && room > 1) {
			g_string_append_c(post->text, '\n');
			room--;
		}
		seg.post = post->text->len;
		seg.len = MIN(piece->post_len, room);
		/* Never cut a character in two. */
		while (seg.len > 0 && seg.len < piece->post_len &&
		       (piece->text[seg.len] & 0xC0) == 0x80)
			seg.len--;
		g_string_append_len(post->text, piece->text, (gssize)seg.len);
		g_array_append_val(post->segs, seg);
	}
	post->start = 0;
	post->end = post->text->len;
	while (post->start < post->end &&
	       is_trim_space(post->text->str[post->start]))
		post->start++;
	while (post->end > post->start &&
	       is_trim_space(post->text->str[post->end - 1]))
		post->end--;
}

/* Maps a post offset back to a run piece and an offset in its text. */
static bool
post_locate(const SgPost *post, gsize at, guint *index, gsize *offset)
{
	for (guint i = 0; i < post->segs->len; i++) {
		const SgPostSeg *seg = &g_array_index(post->segs, SgPostSeg, i);

		if (at >= seg->post && at < seg->post + seg->len) {
			*index = seg->index;
			*offset = seg->offset + (at - seg->post);
			return true;
		}
	}
	return false;
}

/* --- URLs as twitter-text finds them -------------------------------------- */

typedef struct {
	gsize start, end;
} SgSpan;

static bool
url_preceding_ok(const char *text, gsize at, bool bare)
{
	gunichar prev;

	if (at == 0)
		return true;
	prev = g_utf8_get_char(g_utf8_prev_char(text + at));
	/* validUrlPrecedingChars excludes letters, digits, @, $ and #;
	 * a URL without protocol may not follow - _ . / either. */
	if (prev < 0x80 &&
	    (g_ascii_isalnum((char)prev) || strchr("@$#", (int)prev) != NULL))
		return false;
	if (prev == 0xFF20 || prev == 0xFF03) /* ＠ ＃ */
		return false;
	return !bare || strchr("-_./", (int)MIN(prev, 0x7F)) == NULL;
}

static bool
is_domain_char(gunichar c, bool ascii_only)
{
	if (c < 0x80)
		return g_ascii_isalnum((char)c) || c == '-' || c == '_';
	if (ascii_only)
		return false;
	return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

static bool
is_tld_boundary(char c)
{
	return !(g_ascii_isalnum(c) || c == '@' || c == '+' || c == '-');
}

/* The end of the domain at @p: the last dot whose following ASCII run is a
 * known top-level domain followed by a boundary; 0 when none. */
static gsize
domain_end(const char *p, gsize n, GHashTable *tlds, guint *labels)
{
	for (gsize i = n; i-- > 1;) {
		if (p[i] != '.')
			continue;
		gsize t = i + 1;
		while (t < n && (g_ascii_isalnum(p[t]) || p[t] == '-'))
			t++;
		if (t == i + 1 || (t < n && !is_tld_boundary(p[t])))
			continue;
		g_autofree char *tld =
		    g_ascii_strdown(p + i + 1, (gssize)(t - i - 1));
		if (!g_hash_table_contains(tlds, tld) &&
		    !g_str_has_prefix(tld, "xn--"))
			continue;
		*labels = 1;
		for (gsize k = 0; k < i; k++)
			*labels += p[k] == '.';
		*labels += 1;
		return t;
	}
	return 0;
}

static bool
is_path_char(gunichar c)
{
	if (c < 0x80)
		return g_ascii_isalnum((char)c) ||
		       strchr("!*';:=+,.$/%#[]-_~&|@?()", (int)c) != NULL;
	return (c >= 0x400 && c <= 0x4FF) ||
	       (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) ||
	       c == 0x2013;
}

static bool
is_path_end_char(gunichar c)
{
	if (c < 0x80)
		return g_ascii_isalnum((char)c) ||
		       strchr("=_#/-+&", (int)c) != NULL;
	return is_path_char(c) && c != 0x2013;
}

/* The path (and query) after a domain, ending on a character twitter-text
 * accepts at the end of a URL; unbalanced ')' is not part of it. */
static gsize
path_end(const char *text, gsize at, gsize len)
{
	gsize end = at, best = at;
	int depth = 0;

	while (end < len) {
		gunichar c = g_utf8_get_char(text + end);
		gsize next = (gsize)(g_utf8_next_char(text + end) - text);

		if (!is_path_char(c))
			break;
		if (c == '(')
			depth++;
		if (c == ')') {
			if (depth == 0)
				break;
			depth--;
		}
		end = next;
		if (is_path_end_char(c) || (c == ')' && depth >= 0))
			best = end;
	}
	return best;
}

static GArray *
find_urls(const char *text, gsize len, GHashTable *tlds)
{
	GArray *spans = g_array_new(FALSE, FALSE, sizeof(SgSpan));
	gsize i = 0;

	while (i < len) {
		gsize proto = 0;
		bool bare;

		if (g_ascii_strncasecmp(text + i, "https://",
		                        MIN(8, len - i)) == 0 &&
		    len - i >= 8)
			proto = 8;
		else if (g_ascii_strncasecmp(text + i, "http://",
		                             MIN(7, len - i)) == 0 &&
		         len - i >= 7)
			proto = 7;
		bare = proto == 0;
		if ((bare && !g_ascii_isalnum(text[i])) ||
		    !url_preceding_ok(text, i, bare)) {
			i = (gsize)(g_utf8_next_char(text + i) - text);
			continue;
		}

		/* The run of domain characters and dots. */
		gsize d = i + proto, r = d;
		while (r < len) {
			gunichar c = g_utf8_get_char(text + r);

			if (c != '.' && !is_domain_char(c, bare))
				break;
			r = (gsize)(g_utf8_next_char(text + r) - text);
		}
		guint labels = 0;
		gsize dend = domain_end(text + d, r - d, tlds, &labels);
		if (dend == 0) {
			i = r > i ? r : i + 1;
			continue;
		}
		gsize end = d + dend;
		bool path = false;
		if (end < len && text[end] == ':') {
			gsize k = end + 1;
			while (k < len && g_ascii_isdigit(text[k]))
				k++;
			if (k > end + 1)
				end = k;
		}
		if (end < len && (text[end] == '/' || text[end] == '?')) {
			gsize p = path_end(text, end, len);

			path = p > end;
			end = MAX(p, end);
		}
		if (bare && !path && labels == 2) {
			/* twitter-text: "example.jp" alone is not a link, a
			 * gTLD or .co/.tv one is. */
			const char *dot =
			    g_strrstr_len(text + d, (gssize)dend, ".");
			gsize tl = dend - (gsize)(dot + 1 - (text + d));

			if (tl == 2 && g_ascii_strncasecmp(dot + 1, "co", 2) &&
			    g_ascii_strncasecmp(dot + 1, "tv", 2)) {
				i = d + dend;
				continue;
			}
		}
		SgSpan span = {i, end};
		g_array_append_val(spans, span);
		i = end;
	}
	return spans;
}

/* --- counting ------------------------------------------------------------- */

static guint
x_weight(gunichar c)
{
	if (c <= 4351 || (c >= 8192 && c <= 8205) || (c >= 8208 && c <= 8223) ||
	    (c >= 8242 && c <= 8247))
		return 1;
	return 2;
}

/* An emoji sequence twitter-text counts as one: flags, keycaps, ZWJ
 * sequences, skin tones, and pictographs presented as emoji. */
static bool
cluster_is_emoji(const char *s, gsize n)
{
	gunichar first = g_utf8_get_char(s);
	bool fe0f = false, keycap = false, modifier = false, zwj = false;

	for (const char *p = s; p < s + n; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		fe0f = fe0f || c == 0xFE0F;
		keycap = keycap || c == 0x20E3;
		zwj = zwj || c == 0x200D;
		modifier = modifier || u_hasBinaryProperty(
		                           (UChar32)c, UCHAR_EMOJI_MODIFIER);
	}
	if (u_hasBinaryProperty((UChar32)first, UCHAR_REGIONAL_INDICATOR))
		return true;
	if (keycap && (g_ascii_isdigit((char)MIN(first, 0x7F)) ||
	               first == '#' || first == '*'))
		return true;
	if (u_hasBinaryProperty((UChar32)first, UCHAR_EXTENDED_PICTOGRAPHIC))
		return first >= 0x1100 || fe0f || modifier || zwj;
	return u_hasBinaryProperty((UChar32)first, UCHAR_EMOJI) &&
	       (fe0f || modifier);
}

/* Weight of a cluster that is not an emoji: its NFC code points. */
static guint
cluster_weight(const char *s, gsize n, bool weighted)
{
	g_autofree char *nfc = g_utf8_normalize(s, (gssize)n, G_NORMALIZE_NFC);
	guint w = 0;

	if (nfc == NULL)
		return (guint)n;
	for (const char *p = nfc; *p; p = g_utf8_next_char(p))
		w += weighted ? x_weight(g_utf8_get_char(p)) : 1;
	return w;
}

typedef struct {
	guint64 count;
	gsize over_at; /* post offset where the limit is passed */
	bool over;
} SgCount;

/* Counts [start, end) of @text; @urls (sorted spans) weigh @url_length
 * each when @weighted. */
static bool
count_post(const char *text, gsize start, gsize end, const GArray *urls,
           bool weighted, guint url_length, guint64 limit, SgCount *out,
           GError **error)
{
	UErrorCode status = U_ZERO_ERROR;
	UText *ut =
	    utext_openUTF8(NULL, text + start, (int64_t)(end - start), &status);
	UBreakIterator *bi = ubrk_open(UBRK_CHARACTER, "", NULL, 0, &status);
	guint u = 0, counted = G_MAXUINT;

	memset(out, 0, sizeof(*out));
	if (U_SUCCESS(status))
		ubrk_setUText(bi, ut, &status);
	if (U_FAILURE(status)) {
		g_set_error(error, SG_RULES_ERROR, SG_RULES_ERROR_CHECK,
		            "ICU break iterator: %s", u_errorName(status));
		ubrk_close(bi);
		utext_close(ut);
		return false;
	}
	for (int32_t s = ubrk_first(bi), e = ubrk_next(bi); e != UBRK_DONE;
	     s = e, e = ubrk_next(bi)) {
		gsize cs = start + (gsize)s, ce = start + (gsize)e;
		guint w;

		while (u < urls->len &&
		       g_array_index(urls, SgSpan, u).end <= cs)
			u++;
		if (weighted && u < urls->len &&
		    g_array_index(urls, SgSpan, u).start < ce) {
			/* Inside a URL: it weighs url_length in all, counted
			 * at its first cluster. */
			w = counted == u ? 0 : url_length;
			counted = u;
		} else if (weighted && cluster_is_emoji(text + cs, ce - cs)) {
			w = 2;
		} else {
			w = cluster_weight(text + cs, ce - cs, weighted);
		}
		out->count += w;
		if (!out->over && limit > 0 && out->count > limit) {
			out->over = true;
			out->over_at = cs;
		}
	}
	ubrk_close(bi);
	utext_close(ut);
	return true;
}

/* --- hashtags ------------------------------------------------------------- */

static bool
is_hashtag_special(gunichar c)
{
	static const gunichar special[] = {
		'_',    0x200C, 0x200D, 0xA67E, 0x05BE, 0x05F3,
		0x05F4, 0xFF5E, 0x301C, 0x309B, 0x309C, 0x30A0,
		0x30FB, 0x3003, 0x0F0B, 0x0F0C, 0x00B7,
	};

	for (guint i = 0; i < G_N_ELEMENTS(special); i++)
		if (special[i] == c)
			return true;
	return false;
}

static bool
is_hashtag_letter(gunichar c)
{
	return g_unichar_isalpha(c) || g_unichar_ismark(c);
}

static bool
is_hashtag_char(gunichar c)
{
	return is_hashtag_letter(c) ||
	       g_unichar_type(c) == G_UNICODE_DECIMAL_NUMBER ||
	       is_hashtag_special(c);
}

static bool
in_span(const GArray *spans, gsize at)
{
	for (guint i = 0; i < spans->len; i++) {
		const SgSpan *s = &g_array_index(spans, SgSpan, i);

		if (at >= s->start && at < s->end)
			return true;
	}
	return false;
}

/* Hashtags as twitter-text extracts them: '#' or '＃' not after a letter,
 * digit or '&', not before U+FE0F or U+20E3 (keycap #️⃣), with at least one
 * letter, not followed by another '#' or "://", and not inside a URL. */
static GArray *
find_hashtags(const char *text, gsize start, gsize end, const GArray *urls)
{
	GArray *tags = g_array_new(FALSE, FALSE, sizeof(SgSpan));
	gunichar prev = 0;

	for (gsize i = start; i < end;) {
		gunichar c = g_utf8_get_char(text + i);
		gsize next = (gsize)(g_utf8_next_char(text + i) - text);

		if ((c != '#' && c != 0xFF03) || prev == '&' ||
		    (prev != 0xFE0E && prev != 0xFE0F && prev != 0 &&
		     is_hashtag_char(prev)) ||
		    in_span(urls, i)) {
			prev = c;
			i = next;
			continue;
		}
		gsize k = next;
		bool letter = false;
		while (k < end) {
			gunichar h = g_utf8_get_char(text + k);

			if (!is_hashtag_char(h))
				break;
			letter = letter || is_hashtag_letter(h);
			k = (gsize)(g_utf8_next_char(text + k) - text);
		}
		gunichar after = k < end ? g_utf8_get_char(text + k) : 0;
		gunichar first = next < end ? g_utf8_get_char(text + next) : 0;
		if (letter && first != 0xFE0F && first != 0x20E3 &&
		    after != '#' && after != 0xFF03 &&
		    !(end - k >= 3 && memcmp(text + k, "://", 3) == 0)) {
			SgSpan tag = {i, k};
			g_array_append_val(tags, tag);
		}
		prev = g_utf8_get_char(g_utf8_prev_char(text + MAX(k, next)));
		i = MAX(k, next);
	}
	return tags;
}

/* --- findings ------------------------------------------------------------- */

static char *
fill_message(const char *template, const char *platform, guint64 count,
             guint64 limit)
{
	GString *out = g_string_new(NULL);

	for (const char *p = template; *p;) {
		if (g_str_has_prefix(p, "{platform}")) {
			g_string_append(out, platform);
			p += 10;
		} else if (g_str_has_prefix(p, "{count}")) {
			g_string_append_printf(out, "%" G_GUINT64_FORMAT,
			                       count);
			p += 7;
		} else if (g_str_has_prefix(p, "{limit}")) {
			g_string_append_printf(out, "%" G_GUINT64_FORMAT,
			                       limit);
			p += 7;
		} else if (g_str_has_prefix(p, "{over}")) {
			g_string_append_printf(out, "%" G_GUINT64_FORMAT,
			                       count > limit ? count - limit
			                                     : 0);
			p += 6;
		} else {
			g_string_append_c(out, *p++);
		}
	}
	return g_string_free(out, FALSE);
}

static void
finish(SgFinding *f, const char *platform, guint64 count, guint64 limit,
       const char *detail)
{
	char **texts[] = {&f->message_ja, &f->message_en, &f->advice_ja,
	                  &f->advice_en};

	for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
		char *filled;

		if (*texts[i] == NULL)
			continue;
		filled = fill_message(*texts[i], platform, count, limit);
		g_free(*texts[i]);
		*texts[i] = filled;
	}
	g_free(f->detail);
	f->detail = g_strdup(detail);
}

/* A finding at post offset @at: the excerpt is what follows, up to the end
 * of the line or about 30 characters. */
static SgFinding *
add_at(SgCheckRun *run, const SgRule *rule, const SgPost *post, gsize at,
       gsize until, const char *matched)
{
	guint index = 0;
	gsize offset = 0;

	if (!post_locate(post, at, &index, &offset))
		return sg_check_run_add_whole(run, rule, NULL);
	const SgTextPiece *piece = sg_check_run_get_piece(run, index);
	while (offset < piece->post_len &&
	       (piece->text[offset] == '\n' || piece->text[offset] == '\r'))
		offset++;
	gsize end = offset;
	guint chars = 0;
	while (end < piece->post_len && piece->text[end] != '\n' &&
	       piece->text[end] != '\r' && chars < 30 &&
	       (until == 0 || end - offset < until)) {
		end =
		    (gsize)(g_utf8_next_char(piece->text + end) - piece->text);
		chars++;
	}
	return sg_check_run_add_original(run, rule, index, offset,
	                                 MAX(end, offset), matched);
}

static bool
check_length(const SgRule *rule, SgCheckRun *run, const SgPost *post,
             const SgAccount *account, gint pi, GError **error)
{
	const SgPlatformData *data = rule->data;
	bool x = strcmp(platforms[pi].id, "x") == 0;
	guint64 limit = account->max_length > 0 ? account->max_length
	                                        : data->limits[pi].max_chars;
	g_autoptr(GArray) urls = NULL;
	SgCount count;

	if (limit == 0)
		return true;
	urls = x ? find_urls(post->text->str, post->end, data->tlds)
	         : g_array_new(FALSE, FALSE, sizeof(SgSpan));
	if (!count_post(post->text->str, post->start, post->end, urls, x,
	                data->url_length, limit, &count, error))
		return false;
	g_autofree char *detail = g_strdup_printf(
	    "%" G_GUINT64_FORMAT "/%" G_GUINT64_FORMAT, count.count, limit);
	if (!count.over) {
		/* Within the limit: the officer still sees how much of it the
		 * post uses (DESIGN flow 1), as an info finding. */
		SgFinding *f = sg_check_run_add_whole(run, rule, NULL);
		f->severity = SG_SEVERITY_INFO;
		g_free(f->message_ja);
		f->message_ja = g_strdup_printf(
		    "%s の文字数は %s で、上限内です。", platforms[pi].display,
		    detail);
		g_free(f->message_en);
		f->message_en = g_strdup_printf(
		    "The post uses %s of %s's length limit.", detail,
		    platforms[pi].display);
		g_clear_pointer(&f->advice_ja, g_free);
		g_clear_pointer(&f->advice_en, g_free);
		f->detail = g_strdup(detail);
		return true;
	}

	SgFinding *f = add_at(run, rule, post, count.over_at, 0, detail);
	finish(f, platforms[pi].display, count.count, limit, detail);
	return true;
}

static void
check_hashtags(const SgRule *rule, SgCheckRun *run, const SgPost *post,
               const SgAccount *account, gint pi)
{
	const SgPlatformData *data = rule->data;
	guint64 limit = account->max_hashtags > 0
	                    ? account->max_hashtags
	                    : data->limits[pi].max_hashtags;
	g_autoptr(GArray) urls = NULL;
	g_autoptr(GArray) tags = NULL;

	if (limit == 0)
		return;
	urls = find_urls(post->text->str, post->end, data->tlds);
	tags = find_hashtags(post->text->str, post->start, post->end, urls);
	if (tags->len <= limit)
		return;

	const SgSpan *first_over = &g_array_index(tags, SgSpan, limit);
	g_autofree char *detail =
	    g_strdup_printf("%u/%" G_GUINT64_FORMAT, tags->len, limit);
	SgFinding *f = add_at(run, rule, post, first_over->start,
	                      first_over->end - first_over->start, detail);
	finish(f, platforms[pi].display, tags->len, limit, detail);
}

static bool
bytes_are_image(GBytes *bytes)
{
	gsize n = 0;
	const guchar *d = bytes ? g_bytes_get_data(bytes, &n) : NULL;

	if (d == NULL)
		return false;
	return (n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF) ||
	       (n >= 8 && memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0) ||
	       (n >= 6 && memcmp(d, "GIF8", 4) == 0) ||
	       (n >= 12 && memcmp(d, "RIFF", 4) == 0 &&
	        memcmp(d + 8, "WEBP", 4) == 0) ||
	       (n >= 12 && memcmp(d + 4, "ftyp", 4) == 0 &&
	        (memcmp(d + 8, "hei", 3) == 0 ||
	         memcmp(d + 8, "mif1", 4) == 0 ||
	         memcmp(d + 8, "avif", 4) == 0));
}

/* An image or a video: what Instagram calls media.  The content is trusted
 * over a generic label (application/octet-stream from some clients). */
static bool
is_media(const SgAttachment *att)
{
	return (att->mime_type != NULL &&
	        (g_str_has_prefix(att->mime_type, "image/") ||
	         g_str_has_prefix(att->mime_type, "video/"))) ||
	       bytes_are_image(att->data);
}

static void
check_image(const SgRule *rule, SgCheckRun *run, const SgCheckContext *ctx,
            gint pi)
{
	const SgPlatformData *data = rule->data;
	const SgAccount *account = ctx->account;
	g_autofree char *group =
	    g_strdup_printf("account.%s", account->name ? account->name : "");
	const char *own =
	    ctx->config != NULL && account->name != NULL
	        ? sg_config_get_string(ctx->config, group, "require_image")
	        : "";
	GPtrArray *atts = sg_draft_get_attachments(sg_check_run_get_draft(run));
	bool need;

	/* yes/no on the account decide; "auto" leaves it to the rule. */
	if (g_strcmp0(own, "yes") == 0 || g_strcmp0(own, "no") == 0)
		need = strcmp(own, "yes") == 0;
	else if (data->limits[pi].require_image >= 0)
		need = data->limits[pi].require_image > 0;
	else
		need = account->require_image;
	if (!need)
		return;
	for (guint i = 0; i < atts->len; i++)
		if (is_media(g_ptr_array_index(atts, i)))
			return;

	SgFinding *f = sg_check_run_add_whole(run, rule, NULL);
	finish(f, platforms[pi].display, 0, 1, "0 images");
}

static bool
platform_check(const SgRule *rule, SgCheckRun *run, GError **error)
{
	const SgPlatformData *data = rule->data;
	const SgCheckContext *ctx = sg_check_run_get_context(run);
	gint pi;
	SgPost post;
	bool ok = true;

	if (ctx->account == NULL)
		return true;
	pi = platform_index(ctx->account->platform);
	if (pi < 0)
		return true;
	if (data->detect & SG_DETECT_IMAGE)
		check_image(rule, run, ctx, pi);
	if (!(data->detect & (SG_DETECT_LENGTH | SG_DETECT_HASHTAGS)))
		return true;

	build_post(run, &post);
	if (data->detect & SG_DETECT_LENGTH)
		ok = check_length(rule, run, &post, ctx->account, pi, error);
	if (ok && (data->detect & SG_DETECT_HASHTAGS))
		check_hashtags(rule, run, &post, ctx->account, pi);
	post_clear(&post);
	return ok;
}

/* --- compiling ------------------------------------------------------------ */

static bool
get_number(SgRuleLoader *loader, const char *key, guint64 *out)
{
	const char *v = sg_rule_loader_get_string(loader, key);
	g_autoptr(GError) error = NULL;

	if (v == NULL)
		return true;
	if (!g_ascii_string_to_unsigned(v, 10, 0, 100000000, out, &error)) {
		sg_rule_loader_problem(loader, key, NULL, 0,
		                       "%s = %s: write a whole number", key, v);
		return false;
	}
	return true;
}

static bool
get_bool(SgRuleLoader *loader, const char *key, int *out)
{
	const char *v = sg_rule_loader_get_string(loader, key);

	if (v == NULL)
		return true;
	if (g_ascii_strcasecmp(v, "true") == 0 ||
	    g_ascii_strcasecmp(v, "yes") == 0) {
		*out = 1;
	} else if (g_ascii_strcasecmp(v, "false") == 0 ||
	           g_ascii_strcasecmp(v, "no") == 0) {
		*out = 0;
	} else {
		sg_rule_loader_problem(loader, key, NULL, 0,
		                       "%s = %s: write true or false", key, v);
		return false;
	}
	return true;
}

static bool
read_tlds(SgRuleLoader *loader, SgPlatformData *data)
{
	const char *name = sg_rule_loader_get_string(loader, "tlds");
	g_autoptr(GPtrArray) entries = NULL;

	data->tlds =
	    g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	entries = sg_rule_loader_read_lines(
	    loader, "tlds", name ? name : "links-tlds.txt", NULL);
	if (entries == NULL)
		return false;
	for (guint i = 0; i < entries->len; i++) {
		const char *entry = g_ptr_array_index(entries, i);
		g_autofree char *tld =
		    g_strstrip(g_strdup(strchr(entry, '\t') + 1));

		if (*tld != '\0')
			g_hash_table_add(
			    data->tlds,
			    g_ascii_strdown(tld[0] == '.' ? tld + 1 : tld, -1));
	}
	return true;
}

static bool
platform_compile(SgRule *rule, SgRuleLoader *loader)
{
	SgPlatformData *data = g_new0(SgPlatformData, 1);
	g_auto(GStrv) detect = sg_rule_loader_get_list(loader, "detect");
	guint64 url_length = SG_X_URL_LENGTH;
	bool ok = true;

	rule->data = data;
	for (guint i = 0; detect[i] != NULL; i++) {
		if (g_ascii_strcasecmp(detect[i], "length") == 0)
			data->detect |= SG_DETECT_LENGTH;
		else if (g_ascii_strcasecmp(detect[i], "hashtags") == 0)
			data->detect |= SG_DETECT_HASHTAGS;
		else if (g_ascii_strcasecmp(detect[i], "image") == 0)
			data->detect |= SG_DETECT_IMAGE;
		else {
			sg_rule_loader_problem(loader, "detect", NULL, 0,
			                       "unknown detect '%s': use "
			                       "length, hashtags or image",
			                       detect[i]);
			ok = false;
		}
	}
	if (detect[0] == NULL) {
		sg_rule_loader_problem(loader, NULL, NULL, 0,
		                       "a platform rule needs detect = "
		                       "length, hashtags or image");
		ok = false;
	}
	for (guint i = 0; i < SG_N_PLATFORMS; i++) {
		const char *id = platforms[i].id;
		g_autofree char *chars = g_strdup_printf(
		    strcmp(id, "x") == 0 ? "%s_max_weighted" : "%s_max_chars",
		    id);
		g_autofree char *tags = g_strdup_printf("%s_max_hashtags", id);
		g_autofree char *image =
		    g_strdup_printf("%s_require_image", id);

		data->limits[i].require_image = -1;
		ok =
		    get_number(loader, chars, &data->limits[i].max_chars) && ok;
		ok = get_number(loader, tags, &data->limits[i].max_hashtags) &&
		     ok;
		ok = get_bool(loader, image, &data->limits[i].require_image) &&
		     ok;
	}
	ok = get_number(loader, "x_url_length", &url_length) && ok;
	data->url_length = (guint)url_length;
	if (data->detect & (SG_DETECT_LENGTH | SG_DETECT_HASHTAGS))
		ok = read_tlds(loader, data) && ok;
	return ok;
}

const SgRuleKind sg_rule_kind_platform = {
	.name = "platform",
	.keys = platform_keys,
	.compile = platform_compile,
	.check = platform_check,
	.free_data = platform_data_free,
};
