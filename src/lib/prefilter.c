/* The literal prefilter: required literals of a pattern, one vectorscan
 * literal database per rule set, and the per-thread check context that
 * tells sg_pattern_foreach() which patterns can be skipped on a text.
 *
 * Extraction parses the PCRE2 syntax the rule files use and computes, for
 * each sub-expression, the exact strings it can match (when that set is
 * small and known) and a set of strings one of which every match contains.
 * Sequences multiply exact sets ("清き(一票|投票)" → 清き一票, 清き投票),
 * alternatives unite them, a quantifier with a minimum of 0 or any construct
 * that is not plain text (classes, ".", \d, back-references) breaks the
 * run.  Zero-width items (anchors, look-arounds) match the empty string, so
 * the text on either side of them is still contiguous.  Anything the parser
 * does not know (inline options, conditionals, verbs, \Q…\E) gives up: such
 * a pattern always runs.  The tests compare the findings of the shipped
 * rules with and without the prefilter.
 */
#include "config.h"

#include <snsgate/prefilter.h>

#include <hs/hs.h>
#include <string.h>

/* Largest exact set a sequence keeps multiplying, and largest literal set
 * a pattern may need (beyond that a pattern is a word list: it runs). */
#define SG_PF_MAX_EXACT 64
#define SG_PF_MAX_REQUIRED 1024
/* Literals are cut to this many characters (see minimize()): the
 * database compiles in time proportional to its literals (with ~580
 * patterns: 4 characters 0.18 s, 6 0.28 s, uncut 0.4 s), and four
 * characters of a Japanese word rarely occur by chance. */
#define SG_PF_LITERAL_CHARS 4

G_DEFINE_QUARK(sg-prefilter-error-quark, sg_prefilter_error)

/* --- extraction -------------------------------------------------------- */

/* A set of strings: NULL means unknown (not exact / no requirement). */
typedef GPtrArray SgStrSet;

typedef struct {
	SgStrSet *exact;	/* every match is one of these */
	SgStrSet *req;		/* every match contains one of these */
} SgPfInfo;

typedef struct {
	const char *p;
	const char *end;
	bool caseless;
	bool bad;
	guint depth;
} SgPfParser;

static SgStrSet *
set_new(void)
{
	return g_ptr_array_new_with_free_func(g_free);
}

static SgStrSet *
set_of(const char *s, gsize len)
{
	SgStrSet *set = set_new();

	g_ptr_array_add(set, g_strndup(s, len));
	return set;
}

static bool
set_has(const SgStrSet *set, const char *s)
{
	for (guint i = 0; i < set->len; i++)
		if (strcmp(g_ptr_array_index(set, i), s) == 0)
			return true;
	return false;
}

static bool
set_has_empty(const SgStrSet *set)
{
	return set_has(set, "");
}

static SgStrSet *
set_copy(const SgStrSet *set)
{
	SgStrSet *copy = set_new();

	for (guint i = 0; i < set->len; i++)
		g_ptr_array_add(copy, g_strdup(g_ptr_array_index(set, i)));
	return copy;
}

/* Returns: the union, or NULL when larger than @max (consumes both). */
static SgStrSet *
set_union(SgStrSet *a, SgStrSet *b, guint max)
{
	if (a == NULL || b == NULL) {
		g_clear_pointer(&a, g_ptr_array_unref);
		g_clear_pointer(&b, g_ptr_array_unref);
		return NULL;
	}
	for (guint i = 0; i < b->len; i++) {
		const char *s = g_ptr_array_index(b, i);
		if (!set_has(a, s))
			g_ptr_array_add(a, g_strdup(s));
	}
	g_ptr_array_unref(b);
	if (a->len > max) {
		g_ptr_array_unref(a);
		return NULL;
	}
	return a;
}

/* Returns: every a+b, or NULL when that is more than SG_PF_MAX_EXACT. */
static SgStrSet *
set_cross(const SgStrSet *a, const SgStrSet *b)
{
	if ((guint64)a->len * b->len > SG_PF_MAX_EXACT)
		return NULL;
	SgStrSet *out = set_new();
	for (guint i = 0; i < a->len; i++)
		for (guint j = 0; j < b->len; j++) {
			char *s = g_strconcat(g_ptr_array_index(a, i),
					      g_ptr_array_index(b, j), NULL);
			if (set_has(out, s))
				g_free(s);
			else
				g_ptr_array_add(out, s);
		}
	return out;
}

static gsize
set_min_len(const SgStrSet *set)
{
	gsize min = G_MAXSIZE;

	for (guint i = 0; i < set->len; i++)
		min = MIN(min, strlen(g_ptr_array_index(set, i)));
	return min;
}

static void
info_clear(SgPfInfo *info)
{
	g_clear_pointer(&info->exact, g_ptr_array_unref);
	g_clear_pointer(&info->req, g_ptr_array_unref);
}

/* An exact set without the empty string is also a requirement. */
static SgPfInfo
info_exact(SgStrSet *exact)
{
	SgPfInfo info = {.exact = exact};

	if (exact != NULL && !set_has_empty(exact))
		info.req = set_copy(exact);
	return info;
}

static SgPfInfo
info_empty(void)
{
	return info_exact(set_of("", 0));
}

/* Keeps in *@best the better of it and @candidate (consumed): longer
 * shortest literal first (fewer false candidates), then fewer literals. */
static void
consider(SgStrSet **best, SgStrSet *candidate)
{
	if (candidate == NULL)
		return;
	if (candidate->len == 0 || set_has_empty(candidate)) {
		g_ptr_array_unref(candidate);
		return;
	}
	if (*best == NULL || set_min_len(candidate) > set_min_len(*best) ||
	    (set_min_len(candidate) == set_min_len(*best) &&
	     candidate->len < (*best)->len)) {
		g_clear_pointer(best, g_ptr_array_unref);
		*best = candidate;
		return;
	}
	g_ptr_array_unref(candidate);
}

static SgPfInfo parse_alternation(SgPfParser *ps);

/* Whether a caseless pattern's @c matches only itself.  ASCII letters are
 * matched caselessly by vectorscan, except k and s, which PCRE2 also
 * matches with U+212A KELVIN SIGN and U+017F LONG S. */
static bool
case_safe(gunichar c, bool caseless)
{
	if (!caseless || c < 0x80)
		return !(caseless && (c == 'k' || c == 's' || c == 'K' ||
				      c == 'S'));
	switch (g_unichar_type(c)) {
	case G_UNICODE_LOWERCASE_LETTER:
	case G_UNICODE_UPPERCASE_LETTER:
	case G_UNICODE_TITLECASE_LETTER:
	case G_UNICODE_UNASSIGNED:
	case G_UNICODE_PRIVATE_USE:
	case G_UNICODE_SURROGATE:
		return false;
	default:
		break;
	}
	return g_unichar_toupper(c) == c && g_unichar_tolower(c) == c &&
	       g_unichar_totitle(c) == c;
}

static SgPfInfo
literal_char(SgPfParser *ps, gunichar c)
{
	char buf[6];
	gint n;

	if (!case_safe(c, ps->caseless))
		return (SgPfInfo){0};
	n = g_unichar_to_utf8(c, buf);
	return info_exact(set_of(buf, (gsize)n));
}

/* Skips a character class; ps->p is after '['. */
static void
skip_class(SgPfParser *ps)
{
	bool first = true;

	if (ps->p < ps->end && *ps->p == '^')
		ps->p++;
	while (ps->p < ps->end) {
		char c = *ps->p;
		if (c == ']' && !first) {
			ps->p++;
			return;
		}
		first = false;
		if (c == '\\') {
			ps->p++;
			if (ps->p >= ps->end)
				break;
			char e = *ps->p++;
			if ((e == 'x' || e == 'p' || e == 'P' || e == 'o') &&
			    ps->p < ps->end && *ps->p == '{') {
				const char *close =
					memchr(ps->p, '}', ps->end - ps->p);
				if (close == NULL)
					break;
				ps->p = close + 1;
			} else if (e == 'Q' || e == 'E') {
				break;	/* \Q…\E inside a class: give up */
			}
			continue;
		}
		if (c == '[' && ps->p + 1 < ps->end &&
		    (ps->p[1] == ':' || ps->p[1] == '.' || ps->p[1] == '=')) {
			const char *close = g_strstr_len(ps->p + 2,
							 ps->end - ps->p - 2,
							 ":]");
			if (close == NULL || ps->p[1] != ':')
				break;
			ps->p = close + 2;
			continue;
		}
		ps->p = g_utf8_next_char(ps->p);
	}
	ps->bad = true;
}

static SgPfInfo
parse_escape(SgPfParser *ps)
{
	if (ps->p >= ps->end) {
		ps->bad = true;
		return (SgPfInfo){0};
	}
	char e = *ps->p++;

	switch (e) {
	case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
	case 'h': case 'H': case 'v': case 'V': case 'R': case 'N':
	case 'X': case 'C':
		return (SgPfInfo){0};
	case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
	case 'K':
		return info_empty();
	case 'p': case 'P':
		if (ps->p < ps->end && *ps->p == '{') {
			const char *close = memchr(ps->p, '}', ps->end - ps->p);
			if (close == NULL) {
				ps->bad = true;
				return (SgPfInfo){0};
			}
			ps->p = close + 1;
		} else if (ps->p < ps->end) {
			ps->p++;
		}
		return (SgPfInfo){0};
	case 'n': return literal_char(ps, '\n');
	case 't': return literal_char(ps, '\t');
	case 'r': return literal_char(ps, '\r');
	case 'f': return literal_char(ps, '\f');
	case 'e': return literal_char(ps, 0x1b);
	case 'a': return literal_char(ps, 0x07);
	case 'x': {
		gunichar c = 0;
		if (ps->p < ps->end && *ps->p == '{') {
			const char *q = ps->p + 1;
			guint digits = 0;
			while (q < ps->end && g_ascii_isxdigit(*q) &&
			       digits < 8) {
				c = c * 16 + (gunichar)g_ascii_xdigit_value(*q);
				q++;
				digits++;
			}
			if (q >= ps->end || *q != '}' || digits == 0) {
				ps->bad = true;
				return (SgPfInfo){0};
			}
			ps->p = q + 1;
		} else {
			for (guint i = 0; i < 2 && ps->p < ps->end &&
					  g_ascii_isxdigit(*ps->p);
			     i++, ps->p++)
				c = c * 16 +
				    (gunichar)g_ascii_xdigit_value(*ps->p);
		}
		if (c == 0 || !g_unichar_validate(c)) {
			ps->bad = true;
			return (SgPfInfo){0};
		}
		return literal_char(ps, c);
	}
	default:
		break;
	}
	if (e >= '1' && e <= '9') {
		/* A back-reference (or an octal escape): skip its digits. */
		while (ps->p < ps->end && g_ascii_isdigit(*ps->p))
			ps->p++;
		return (SgPfInfo){0};
	}
	if ((guchar)e >= 0x80) {
		/* An escaped non-ASCII character is itself. */
		const char *start = ps->p - 1;
		gunichar c = g_utf8_get_char_validated(start, ps->end - start);
		if (c == (gunichar)-1 || c == (gunichar)-2) {
			ps->bad = true;
			return (SgPfInfo){0};
		}
		ps->p = g_utf8_next_char(start);
		return literal_char(ps, c);
	}
	if (g_ascii_isalnum(e)) {
		/* \g, \k, \c, \o, \Q, \E, \0, …: not worth the risk. */
		ps->bad = true;
		return (SgPfInfo){0};
	}
	return literal_char(ps, (gunichar)e);
}

/* Parses a group after its '(' and returns its info, or sets bad. */
static SgPfInfo
parse_group(SgPfParser *ps)
{
	bool zero_width = false;

	if (ps->p < ps->end && *ps->p == '*') {
		ps->bad = true;	/* (*VERB) */
		return (SgPfInfo){0};
	}
	if (ps->p < ps->end && *ps->p == '?') {
		const char *q = ps->p + 1;
		if (q >= ps->end) {
			ps->bad = true;
			return (SgPfInfo){0};
		}
		if (*q == '#') {
			const char *close = memchr(q, ')', ps->end - q);
			if (close == NULL) {
				ps->bad = true;
				return (SgPfInfo){0};
			}
			ps->p = close + 1;
			return info_empty();
		}
		if (*q == ':' || *q == '>' || *q == '|') {
			ps->p = q + 1;
		} else if (*q == '=' || *q == '!') {
			ps->p = q + 1;
			zero_width = true;
		} else if (*q == '<' && q + 1 < ps->end &&
			   (q[1] == '=' || q[1] == '!')) {
			ps->p = q + 2;
			zero_width = true;
		} else if ((*q == '<' || *q == '\'' ||
			    (*q == 'P' && q + 1 < ps->end && q[1] == '<'))) {
			char close = *q == '\'' ? '\'' : '>';
			q += *q == 'P' ? 2 : 1;
			if (q >= ps->end ||
			    !(g_ascii_isalpha(*q) || *q == '_')) {
				ps->bad = true;
				return (SgPfInfo){0};
			}
			while (q < ps->end &&
			       (g_ascii_isalnum(*q) || *q == '_'))
				q++;
			if (q >= ps->end || *q != close) {
				ps->bad = true;
				return (SgPfInfo){0};
			}
			ps->p = q + 1;
		} else if (strchr("imsnUJ-", *q) != NULL) {
			/* Options that leave the literal text alone: ^ and $
			 * per line, "." and newlines, greediness, names.  A
			 * (?i) in a case-sensitive pattern does not. */
			bool off = false;
			for (; q < ps->end && strchr("imsnUJ-", *q); q++) {
				off = off || *q == '-';
				if (*q == 'i' && !off && !ps->caseless) {
					ps->bad = true;
					return (SgPfInfo){0};
				}
			}
			if (q < ps->end && *q == ')') {
				ps->p = q + 1;
				return info_empty();
			}
			if (q >= ps->end || *q != ':') {
				ps->bad = true;
				return (SgPfInfo){0};
			}
			ps->p = q + 1;
		} else {
			/* Conditionals, recursion, callouts, (?x). */
			ps->bad = true;
			return (SgPfInfo){0};
		}
	}
	if (++ps->depth > 200) {
		ps->bad = true;
		return (SgPfInfo){0};
	}
	SgPfInfo inner = parse_alternation(ps);
	ps->depth--;
	if (ps->bad || ps->p >= ps->end || *ps->p != ')') {
		ps->bad = true;
		info_clear(&inner);
		return (SgPfInfo){0};
	}
	ps->p++;
	if (zero_width) {
		info_clear(&inner);
		return info_empty();
	}
	return inner;
}

static SgPfInfo
parse_atom(SgPfParser *ps)
{
	const char *start = ps->p;
	char c = *ps->p;

	switch (c) {
	case '(':
		ps->p++;
		return parse_group(ps);
	case '[':
		ps->p++;
		skip_class(ps);
		return (SgPfInfo){0};
	case '.':
		ps->p++;
		return (SgPfInfo){0};
	case '^':
	case '$':
		ps->p++;
		return info_empty();
	case '\\':
		ps->p++;
		return parse_escape(ps);
	case '*':
	case '+':
	case '?':
	case '{':
		ps->bad = true;
		return (SgPfInfo){0};
	default:
		break;
	}
	gunichar u = g_utf8_get_char_validated(start, ps->end - start);
	if (u == (gunichar)-1 || u == (gunichar)-2) {
		ps->bad = true;
		return (SgPfInfo){0};
	}
	ps->p = g_utf8_next_char(start);
	return literal_char(ps, u);
}

/* Parses a quantifier if one follows; false when there is none. */
static bool
parse_quantifier(SgPfParser *ps, guint *min, gint *max)
{
	if (ps->p >= ps->end)
		return false;
	switch (*ps->p) {
	case '*':
		*min = 0, *max = -1;
		ps->p++;
		break;
	case '+':
		*min = 1, *max = -1;
		ps->p++;
		break;
	case '?':
		*min = 0, *max = 1;
		ps->p++;
		break;
	case '{': {
		/* {n}, {n,}, {n,m}; anything else is a literal '{' in PCRE2
		 * 10.42, which parse_atom refuses. */
		const char *q = ps->p + 1;
		guint64 n = 0, m = 0;
		if (q >= ps->end || !g_ascii_isdigit(*q))
			return false;
		for (; q < ps->end && g_ascii_isdigit(*q); q++)
			n = MIN(n * 10 + (guint64)(*q - '0'), 100000);
		if (q < ps->end && *q == '}') {
			m = n;
		} else if (q < ps->end && *q == ',') {
			q++;
			if (q < ps->end && *q == '}') {
				m = G_MAXUINT64;
			} else {
				if (q >= ps->end || !g_ascii_isdigit(*q))
					return false;
				for (; q < ps->end && g_ascii_isdigit(*q);
				     q++)
					m = MIN(m * 10 + (guint64)(*q - '0'),
						100000);
				if (q >= ps->end || *q != '}')
					return false;
			}
		} else {
			return false;
		}
		*min = (guint)n;
		*max = m == G_MAXUINT64 ? -1 : (gint)m;
		ps->p = q + 1;
		break;
	}
	default:
		return false;
	}
	/* Lazy or possessive: the same strings match. */
	if (ps->p < ps->end && (*ps->p == '?' || *ps->p == '+'))
		ps->p++;
	return true;
}

static SgPfInfo
apply_quantifier(SgPfInfo atom, guint min, gint max)
{
	if (min == 1 && max == 1)
		return atom;
	if (min == 0) {
		SgPfInfo out = {0};
		if (max == 1 && atom.exact != NULL) {
			out = info_exact(set_union(g_steal_pointer(&atom.exact),
						   set_of("", 0),
						   SG_PF_MAX_EXACT));
		}
		info_clear(&atom);
		return out;
	}
	/* At least one repetition: its requirement stands. */
	SgPfInfo out = {.req = g_steal_pointer(&atom.req)};
	info_clear(&atom);
	return out;
}

static SgPfInfo
parse_sequence(SgPfParser *ps)
{
	SgStrSet *run = set_of("", 0);
	SgStrSet *best = NULL;
	bool all_exact = true;

	while (!ps->bad && ps->p < ps->end && *ps->p != '|' && *ps->p != ')') {
		SgPfInfo item = parse_atom(ps);
		guint min;
		gint max;
		if (!ps->bad && parse_quantifier(ps, &min, &max))
			item = apply_quantifier(item, min, max);
		if (ps->bad) {
			info_clear(&item);
			break;
		}
		if (item.exact != NULL) {
			SgStrSet *cross = set_cross(run, item.exact);
			if (cross != NULL) {
				g_ptr_array_unref(run);
				run = cross;
			} else {
				all_exact = false;
				consider(&best, run);
				run = set_copy(item.exact);
			}
			info_clear(&item);
			continue;
		}
		all_exact = false;
		consider(&best, run);
		run = set_of("", 0);
		consider(&best, g_steal_pointer(&item.req));
		info_clear(&item);
	}
	if (ps->bad) {
		g_ptr_array_unref(run);
		g_clear_pointer(&best, g_ptr_array_unref);
		return (SgPfInfo){0};
	}
	SgPfInfo out = {0};
	if (all_exact)
		out.exact = set_copy(run);
	consider(&best, run);
	out.req = best;
	return out;
}

static SgPfInfo
parse_alternation(SgPfParser *ps)
{
	SgPfInfo out = parse_sequence(ps);

	while (!ps->bad && ps->p < ps->end && *ps->p == '|') {
		ps->p++;
		SgPfInfo next = parse_sequence(ps);
		out.exact = set_union(out.exact, g_steal_pointer(&next.exact),
				      SG_PF_MAX_EXACT);
		out.req = set_union(out.req, g_steal_pointer(&next.req),
				    SG_PF_MAX_REQUIRED);
	}
	if (ps->bad)
		info_clear(&out);
	return out;
}

/* The same requirement with fewer, shorter literals, for a database that
 * compiles fast: a prefix of a required literal is required too, and a
 * literal containing another of the set adds nothing. */
static SgStrSet *
minimize(const SgStrSet *set)
{
	SgStrSet *cut = set_new();
	SgStrSet *out = set_new();

	for (guint i = 0; i < set->len; i++) {
		const char *s = g_ptr_array_index(set, i);
		const char *end = s;
		for (guint n = 0; *end && n < SG_PF_LITERAL_CHARS; n++)
			end = g_utf8_next_char(end);
		char *prefix = g_strndup(s, (gsize)(end - s));
		if (set_has(cut, prefix))
			g_free(prefix);
		else
			g_ptr_array_add(cut, prefix);
	}
	for (guint i = 0; i < cut->len; i++) {
		const char *s = g_ptr_array_index(cut, i);
		bool redundant = false;
		for (guint j = 0; j < cut->len && !redundant; j++)
			redundant = j != i &&
				    strstr(s, g_ptr_array_index(cut, j)) !=
					    NULL;
		if (!redundant)
			g_ptr_array_add(out, g_strdup(s));
	}
	g_ptr_array_unref(cut);
	return out;
}

char **
sg_prefilter_literals(const char *regex, bool caseless)
{
	g_return_val_if_fail(regex != NULL, NULL);

	SgPfParser ps = {
		.p = regex,
		.end = regex + strlen(regex),
		.caseless = caseless,
	};
	SgPfInfo info = parse_alternation(&ps);
	if (ps.bad || ps.p != ps.end || info.req == NULL ||
	    info.req->len == 0 || set_has_empty(info.req)) {
		info_clear(&info);
		return NULL;
	}
	SgStrSet *min = minimize(info.req);
	info_clear(&info);
	g_ptr_array_add(min, NULL);
	return (char **)g_ptr_array_free(min, FALSE);
}

/* --- the database ------------------------------------------------------ */

struct _SgPrefilterCollector {
	SgPrefilterCollector *previous;
	guint64 serial;
	GHashTable *literal_ids;	/* "c" or "e" + literal → id + 1 */
	GPtrArray *literals;	/* char *, the same keys, by id */
	GPtrArray *owners;	/* GArray of guint32 pattern index, by id */
	guint n_patterns;
	guint n_refused;	/* patterns without literals: always run */
};

struct _SgPrefilter {
	guint64 serial;
	guint n_patterns;
	hs_database_t *db;
	GPtrArray *owners;	/* GArray of guint32, by literal id */
};

static _Thread_local SgPrefilterCollector *current_collector;
static guint64 last_serial;
static gint disabled;

static void
owners_free(gpointer p)
{
	g_array_unref(p);
}

SgPrefilterCollector *
sg_prefilter_collect_begin(void)
{
	SgPrefilterCollector *c = g_new0(SgPrefilterCollector, 1);

	c->previous = current_collector;
	c->serial = __atomic_add_fetch(&last_serial, 1, __ATOMIC_RELAXED);
	c->literal_ids = g_hash_table_new(g_str_hash, g_str_equal);
	c->literals = g_ptr_array_new_with_free_func(g_free);
	c->owners = g_ptr_array_new_with_free_func(owners_free);
	current_collector = c;
	return c;
}

gint
sg_prefilter_register(const char *regex, bool caseless, guint64 *serial)
{
	SgPrefilterCollector *c = current_collector;

	if (c == NULL)
		return -1;
	g_auto(GStrv) literals = sg_prefilter_literals(regex, caseless);
	if (literals == NULL) {
		c->n_refused++;
		g_debug("prefilter: no literal in %s: it always runs", regex);
		return -1;
	}
	guint32 index = c->n_patterns++;
	for (guint i = 0; literals[i] != NULL; i++) {
		char *key = g_strconcat(caseless ? "c" : "e", literals[i],
					NULL);
		guint id = GPOINTER_TO_UINT(
			g_hash_table_lookup(c->literal_ids, key));
		if (id == 0) {
			g_ptr_array_add(c->literals, key);
			g_ptr_array_add(c->owners,
					g_array_new(FALSE, FALSE,
						    sizeof(guint32)));
			id = c->literals->len;
			g_hash_table_insert(c->literal_ids, key,
					    GUINT_TO_POINTER(id));
		} else {
			g_free(key);
		}
		GArray *owners = g_ptr_array_index(c->owners, id - 1);
		if (owners->len == 0 ||
		    g_array_index(owners, guint32, owners->len - 1) != index)
			g_array_append_val(owners, index);
	}
	*serial = c->serial;
	return (gint)index;
}

SgPrefilter *
sg_prefilter_collect_end(SgPrefilterCollector *c, GError **error)
{
	g_return_val_if_fail(c != NULL && c == current_collector, NULL);

	current_collector = c->previous;
	SgPrefilter *pf = NULL;
	guint n = c->literals->len;

	gint64 started = g_get_monotonic_time();
	if (n > 0) {
		g_autofree const char **exprs = g_new(const char *, n);
		g_autofree unsigned *flags = g_new(unsigned, n);
		g_autofree unsigned *ids = g_new(unsigned, n);
		g_autofree size_t *lens = g_new(size_t, n);
		hs_compile_error_t *compile_error = NULL;
		hs_database_t *db = NULL;

		for (guint i = 0; i < n; i++) {
			const char *key = g_ptr_array_index(c->literals, i);
			exprs[i] = key + 1;
			lens[i] = strlen(key + 1);
			ids[i] = i;
			flags[i] = HS_FLAG_SINGLEMATCH |
				   (key[0] == 'c' ? HS_FLAG_CASELESS : 0);
		}
		if (hs_compile_lit_multi(exprs, flags, ids, lens, n,
					 HS_MODE_BLOCK, NULL, &db,
					 &compile_error) != HS_SUCCESS) {
			g_set_error(error, sg_prefilter_error_quark(), 0,
				    "prefilter: %s",
				    compile_error ? compile_error->message
						  : "vectorscan failed");
			hs_free_compile_error(compile_error);
		} else {
			pf = g_new0(SgPrefilter, 1);
			pf->serial = c->serial;
			pf->n_patterns = c->n_patterns;
			pf->db = db;
			pf->owners = g_steal_pointer(&c->owners);
		}
	}
	g_debug("prefilter: %u patterns filtered by %u literals (compiled in "
		"%.3f s), %u always run",
		c->n_patterns, n,
		(double)(g_get_monotonic_time() - started) / G_USEC_PER_SEC,
		c->n_refused);
	g_hash_table_unref(c->literal_ids);
	g_ptr_array_unref(c->literals);
	if (c->owners)
		g_ptr_array_unref(c->owners);
	g_free(c);
	return pf;
}

void
sg_prefilter_free(SgPrefilter *pf)
{
	if (pf == NULL)
		return;
	hs_free_database(pf->db);
	g_ptr_array_unref(pf->owners);
	g_free(pf);
}

guint
sg_prefilter_get_n_patterns(const SgPrefilter *pf)
{
	return pf ? pf->n_patterns : 0;
}

void
sg_prefilter_set_enabled(bool enabled)
{
	g_atomic_int_set(&disabled, enabled ? 0 : 1);
}

/* --- the check context ------------------------------------------------- */

typedef struct {
	gsize len;
	guint8 *candidates;	/* per pattern; NULL until scanned */
	bool failed;		/* the scan failed: run every pattern */
} SgPfText;

typedef struct _SgPfCheck SgPfCheck;
struct _SgPfCheck {
	SgPfCheck *previous;
	const SgPrefilter *pf;
	GHashTable *texts;	/* const char * → SgPfText * */
};

static _Thread_local SgPfCheck *current_check;

/* One scratch per thread, grown to fit every database it has served:
 * hs_alloc_scratch() does nothing when it already fits. */
static void
scratch_free(gpointer scratch)
{
	hs_free_scratch(scratch);
}

static GPrivate scratch_key = G_PRIVATE_INIT(scratch_free);
static _Thread_local guint64 scratch_fitted;

static void
pf_text_free(gpointer p)
{
	SgPfText *t = p;

	g_free(t->candidates);
	g_free(t);
}

gpointer
sg_prefilter_check_begin(const SgPrefilter *pf)
{
	SgPfCheck *check = g_new0(SgPfCheck, 1);

	check->previous = current_check;
	check->pf = pf;
	check->texts = g_hash_table_new_full(g_direct_hash, g_direct_equal,
					     NULL, pf_text_free);
	current_check = check;
	return check;
}

void
sg_prefilter_check_end(gpointer handle)
{
	SgPfCheck *check = handle;

	g_return_if_fail(check != NULL && check == current_check);
	current_check = check->previous;
	g_hash_table_unref(check->texts);
	g_free(check);
}

void
sg_prefilter_add_text(const char *text, gsize len)
{
	if (current_check == NULL || text == NULL)
		return;
	SgPfText *t = g_new0(SgPfText, 1);
	t->len = len;
	g_hash_table_replace(current_check->texts, (gpointer)text, t);
}

typedef struct {
	const SgPrefilter *pf;
	guint8 *candidates;
} SgPfScan;

static int
on_literal(unsigned int id, unsigned long long from, unsigned long long to,
	   unsigned int flags, void *user_data)
{
	SgPfScan *scan = user_data;
	GArray *owners = g_ptr_array_index(scan->pf->owners, id);

	for (guint i = 0; i < owners->len; i++)
		scan->candidates[g_array_index(owners, guint32, i)] = 1;
	return 0;
}

static void
scan_text(const SgPrefilter *pf, SgPfText *t, const char *text)
{
	hs_scratch_t *scratch = g_private_get(&scratch_key);
	SgPfScan scan = {.pf = pf};

	t->candidates = g_malloc0(MAX(pf->n_patterns, 1));
	scan.candidates = t->candidates;
	if (t->len > G_MAXUINT32) {
		t->failed = true;
		return;
	}
	/* hs_alloc_scratch() costs as much as a scan even when the scratch
	 * already fits: call it only for a database this thread's scratch
	 * was not last fitted to. */
	if (scratch == NULL || scratch_fitted != pf->serial) {
		if (hs_alloc_scratch(pf->db, &scratch) != HS_SUCCESS) {
			t->failed = true;
			return;
		}
		g_private_set(&scratch_key, scratch);
		scratch_fitted = pf->serial;
	}
	if (hs_scan(pf->db, text, (unsigned)t->len, 0, scratch, on_literal,
		    &scan) != HS_SUCCESS)
		t->failed = true;
}

bool
sg_prefilter_should_run(guint64 serial, gint index, const char *text,
			gsize len, bool *valid_utf8)
{
	SgPfCheck *check = current_check;

	*valid_utf8 = false;
	if (check == NULL || text == NULL)
		return true;
	SgPfText *t = g_hash_table_lookup(check->texts, text);
	if (t == NULL || t->len != len)
		return true;
	*valid_utf8 = true;
	const SgPrefilter *pf = check->pf;
	if (pf == NULL || index < 0 || serial != pf->serial ||
	    (guint)index >= pf->n_patterns || g_atomic_int_get(&disabled))
		return true;
	if (t->candidates == NULL && !t->failed)
		scan_text(pf, t, text);
	return t->failed || t->candidates[index] != 0;
}
