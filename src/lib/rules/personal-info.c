/* The "personal-info" check (guideline 5(2)): personal information that a
 * ward post must not carry.  One kind, several detectors; a rule picks one
 * with "detect =":
 *
 *   phone             Japanese telephone numbers in every usual notation
 *                     (03-3264-2111, 03(3264)2111, +81-3-3264-2111,
 *                     090 1234 5678, 0120-123-456 …), by the national
 *                     numbering plan: digit count and prefix decide, so
 *                     dates, prices, ISBNs, postal codes and longer digit
 *                     runs never look like phones.  Numbers on the [allow]
 *                     lists are compared digits only, in any notation.
 *   email             addresses whose domain (or a parent of it) and whose
 *                     address are not on the [allow] lists.
 *   my-number         12-digit individual numbers with a valid check digit.
 *   corporate-number  13-digit corporate numbers with a valid check digit
 *                     next to a required label (public data: not shipped
 *                     as a rule, kept for administrators who want it).
 *   card              13–19 digit card numbers passing Luhn with a known
 *                     issuer prefix.
 *   pattern           regular expressions (conf/lexicon/personal-*.re) about
 *                     a named private person's address, birth date, age,
 *                     taxes, benefits, health or other circumstances; {NAME}
 *                     in a pattern stands for a person's name with an
 *                     honorific and {CIRC} for the rule's circumstance
 *                     vocabulary.  Who a name may be (not a role, not an
 *                     official in their role, not 区役所太郎, not a speaker)
 *                     is decided in personal-names.c; one statement two
 *                     patterns describe is reported once.
 *
 * Numbers are read from the normalized, unsqueezed view (full-width digits
 * are ASCII, every dash is '-', （ is '('); patterns run on the squeezed view
 * like the lexicon.  Every label, list, prefix, issuer range and pattern
 * comes from the rule's keys, so administrators tune them in conf/.  Messages
 * are the rule's own, with {written}, {type}, {name} … filled in.  This file
 * does not decide what is allowed beyond the [allow] lists, does not look at
 * images (image-privacy does), and does not guess at names without an
 * honorific: precision comes first.  Compiled data is immutable; checks run
 * in parallel.
 */
#include "config.h"

#include "personal-private.h"

#include <string.h>

static const char *const pi_keys[] = {
	"detect",	  "allow",	  "prefixes",	  "skip_prefixes",
	"labels",	  "label_window", "org_words",	  "person_words",
	"org_window",	  "org_severity", "at_marks",	  "not_tlds",
	"issuers",	  "patterns",	  SG_PI_NAMES_KEYS,
	NULL,
};

typedef enum {
	SG_PI_PHONE,
	SG_PI_EMAIL,
	SG_PI_MY_NUMBER,
	SG_PI_CORPORATE,
	SG_PI_CARD,
	SG_PI_PATTERN,
} SgPiDetect;

static const char *const detect_names[] = {
	"phone", "email", "my-number", "corporate-number", "card", "pattern",
};

/* A card issuer range: the first @digits digits between @lo and @hi, and a
 * length whose bit is set in @lengths. */
typedef struct {
	guint digits;
	guint lo;
	guint hi;
	guint32 lengths;
	char *name;
} SgCardIssuer;

typedef struct {
	SgPattern *pattern;
	char *what_ja;
	char *what_en;
} SgPiPattern;

typedef struct {
	SgPiDetect detect;
	char **allow;		/* names of [allow] lists */
	char **prefixes;	/* phone: report only these (digits) */
	char **skip_prefixes;	/* phone: never report these */
	char **labels;		/* normalized: no number right after one */
	guint label_window;
	char **org_words;	/* normalized */
	char **person_words;	/* normalized */
	guint org_window;
	SgSeverity org_severity;
	bool has_org_severity;
	SgPattern *email;
	char **not_tlds;
	GArray *issuers;	/* SgCardIssuer */
	GPtrArray *patterns;	/* SgPiPattern * */
	SgPiNames *names;	/* who a pattern's {NAME} may be */
} SgPiData;

static void
card_issuer_clear(gpointer p)
{
	SgCardIssuer *issuer = p;

	g_free(issuer->name);
}

static void
pi_pattern_free(gpointer p)
{
	SgPiPattern *pat = p;

	sg_pattern_free(pat->pattern);
	g_free(pat->what_ja);
	g_free(pat->what_en);
	g_free(pat);
}

static void
pi_data_free(gpointer p)
{
	SgPiData *data = p;

	g_strfreev(data->allow);
	g_strfreev(data->prefixes);
	g_strfreev(data->skip_prefixes);
	g_strfreev(data->labels);
	g_strfreev(data->org_words);
	g_strfreev(data->person_words);
	g_clear_pointer(&data->email, sg_pattern_free);
	g_strfreev(data->not_tlds);
	g_clear_pointer(&data->issuers, g_array_unref);
	g_clear_pointer(&data->patterns, g_ptr_array_unref);
	sg_pi_names_free(data->names);
	g_free(data);
}

/* --- small text helpers ---------------------------------------------- */

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_alnum(gunichar c)
{
	return c < 0x80 && g_ascii_isalnum((char)c);
}

/* The code point before @pos (0 at the start), and where it starts. */
static gunichar
char_before(const char *text, gsize pos, gsize *at)
{
	if (pos == 0) {
		if (at)
			*at = 0;
		return 0;
	}
	const char *p = g_utf8_find_prev_char(text, text + pos);
	if (p == NULL)
		p = text;
	if (at)
		*at = (gsize)(p - text);
	return g_utf8_get_char(p);
}

static gunichar
char_at(const char *text, gsize len, gsize pos)
{
	return pos < len ? g_utf8_get_char(text + pos) : 0;
}

/* Whether @word occurs in @text[@start, @end). */
static bool
contains_in(const char *text, gsize start, gsize end, const char *word)
{
	gsize n = strlen(word);

	if (n == 0 || end - start < n)
		return false;
	for (gsize p = start; p + n <= end; p++)
		if (memcmp(text + p, word, n) == 0)
			return true;
	return false;
}

/* Start of the window of @chars code points before @pos on its line. */
static gsize
window_before(const char *text, gsize pos, guint chars)
{
	for (guint i = 0; i < chars && pos > 0; i++) {
		gsize at = 0;
		if (char_before(text, pos, &at) == '\n')
			break;
		pos = at;
	}
	return pos;
}

/* End of the window of @chars code points after @pos on its line. */
static gsize
window_after(const char *text, gsize len, gsize pos, guint chars)
{
	for (guint i = 0; i < chars && pos < len; i++) {
		if (text[pos] == '\n')
			break;
		pos = (gsize)(g_utf8_next_char(text + pos) - text);
	}
	return pos;
}

static bool
any_word_in(const char *text, gsize start, gsize end, char *const *words)
{
	for (guint i = 0; words && words[i]; i++)
		if (contains_in(text, start, end, words[i]))
			return true;
	return false;
}

/* The ASCII word (letters) that ends at @pos, lower case already. */
static bool
ascii_word_before_is(const char *text, gsize pos, const char *const *words)
{
	gsize s = pos;

	while (s > 0 && g_ascii_isalpha(text[s - 1]))
		s--;
	for (guint i = 0; words[i]; i++)
		if (strlen(words[i]) == pos - s &&
		    g_ascii_strncasecmp(text + s, words[i], pos - s) == 0)
			return true;
	return false;
}

/* Characters that may stand between a label and its number:
 * "受付番号：", "No. ", "注文番号は". */
static bool
is_label_gap(gunichar c)
{
	switch (c) {
	case ' ':
	case ':':
	case '=':
	case '#':
	case '.':
	case '-':
	case '(':
	case ')':
	case '[':
	case ']':
	case '<':
	case '>':
	case 0x300C:	/* 「 」 『 』 【 】 〔 〕 */
	case 0x300D:
	case 0x300E:
	case 0x300F:
	case 0x3010:
	case 0x3011:
	case 0x3014:
	case 0x3015:
	case 0x306F:	/* は */
		return true;
	default:
		return false;
	}
}

/* Whether a label (受付番号, no., 〒 …) stands right before @start, with at
 * most @window gap characters between. */
static bool
after_label(const char *text, gsize start, char *const *labels,
	    guint window)
{
	gsize p = start;

	for (guint i = 0; i < window && p > 0; i++) {
		gsize at = 0;
		if (!is_label_gap(char_before(text, p, &at)))
			break;
		p = at;
	}
	for (guint i = 0; labels && labels[i]; i++) {
		gsize n = strlen(labels[i]);
		if (n == 0 || n > p || memcmp(text + p - n, labels[i], n) != 0)
			continue;
		/* An ASCII label is a word: "no" is not the end of "piano". */
		if (is_alnum((guchar)labels[i][0]) && p - n > 0 &&
		    is_alnum((guchar)text[p - n - 1]))
			continue;
		return true;
	}
	return false;
}

/* --- digit chains ----------------------------------------------------- */

#define SG_PI_MAX_GROUPS 24

typedef struct {
	gsize start;		/* first digit */
	gsize end;
} SgGroup;

/* Digit groups joined by separators, e.g. "03(3264)2111": groups 03, 3264,
 * 2111.  @lead is where the chain starts, before a "+" or "(". */
typedef struct {
	SgGroup g[SG_PI_MAX_GROUPS];
	guint n;
	gsize lead;
	bool plus;
	bool overflow;		/* more groups than we keep: never a number */
} SgChain;

/* Bytes of a separator character at @pos, 0 when there is none.  Phones
 * also use '.', brackets, the long-vowel mark (03ー3264ー2111) and the
 * middle dot (090・1234・5678; NFKC makes ･ a ・ and ． a '.'). */
static gsize
separator_len(const char *text, gsize len, gsize pos, bool phone)
{
	if (pos >= len)
		return 0;
	char c = text[pos];
	if (c == '-' || c == ' ')
		return 1;
	if (!phone)
		return 0;
	if (c == '.' || c == '(' || c == ')')
		return 1;
	if (pos + 3 <= len && (memcmp(text + pos, "\xe3\x83\xbc", 3) == 0 ||
			       memcmp(text + pos, "\xe3\x83\xbb", 3) == 0))
		return 3;
	return 0;
}

static gsize
digits_end(const char *text, gsize len, gsize pos)
{
	while (pos < len && is_digit(text[pos]))
		pos++;
	return pos;
}

/* Reads the chain whose first digit is at @pos.  Separator runs are at most
 * @max_run characters and must be followed by a digit. */
static gsize
read_chain(const char *text, gsize len, gsize pos, bool phone,
	   guint max_run, SgChain *chain)
{
	memset(chain, 0, sizeof(*chain));
	chain->lead = pos;
	/* "(03)1234-5678": the bracket is part of the number; in
	 * "（090-1234-5678）" it is not. */
	if (phone && pos > 0 && text[pos - 1] == '(' &&
	    text[digits_end(text, len, pos)] == ')')
		chain->lead = pos - 1;
	if (phone && chain->lead > 0 && text[chain->lead - 1] == '+') {
		chain->lead--;
		chain->plus = true;
	}
	for (;;) {
		gsize end = digits_end(text, len, pos);
		if (chain->n == SG_PI_MAX_GROUPS) {
			chain->overflow = true;
			return end;
		}
		chain->g[chain->n].start = pos;
		chain->g[chain->n].end = end;
		chain->n++;
		gsize q = end;
		guint run = 0;
		gsize n;
		while (run < max_run &&
		       (n = separator_len(text, len, q, phone)) > 0) {
			q += n;
			run++;
		}
		if (run == 0 || q >= len || !is_digit(text[q]))
			return end;
		pos = q;
	}
}

/* Whether the separator after group @i holds a space or a closing bracket
 * (a place where two numbers written side by side may be told apart:
 * "03-1234-5678 090-…", "（神田2-8-3）090-1234-5678"). */
static bool
spaced_after(const char *text, const SgChain *chain, guint i)
{
	if (i + 1 >= chain->n)
		return true;
	for (gsize p = chain->g[i].end; p < chain->g[i + 1].start; p++)
		if (text[p] == ' ' || text[p] == ')')
			return true;
	return false;
}

static const char *const phone_words[] = {"tel", "fax", "phone", "mobile",
					  "call", NULL};

/* Whether what is before @lead lets a number start there: not a digit or an
 * ASCII word ("abc0312345678", except "tel03…"), not inside a URL, a
 * decimal, a time or a price. */
static bool
start_ok(const char *text, gsize lead, bool phone)
{
	gsize at = 0;
	gunichar c = char_before(text, lead, &at);

	if (c == 0)
		return true;
	if (is_alnum(c))
		return phone && g_ascii_isalpha((char)c) &&
		       ascii_word_before_is(text, lead, phone_words);
	if (c == 0xA5 || (c < 0x80 && strchr("/\\_@=&?#%$+*", (int)c)))
		return false;
	if (c == '.' || c == ',' || c == '-' || c == ':') {
		gunichar b = char_before(text, at, NULL);
		if (c == ':' && g_ascii_isalpha((char)b))
			return true;
		if (c == '.' && phone && ascii_word_before_is(text, at,
							      phone_words))
			return true;
		return !is_alnum(b);
	}
	return true;
}

/* Whether what follows @end lets a number end there. */
static bool
end_ok(const char *text, gsize len, gsize end)
{
	gunichar c = char_at(text, len, end);

	if (is_alnum(c) || c == '%')
		return false;
	if (c == '.' || c == ',' || c == ':' || c == '/')
		return !(end + 1 < len && is_digit(text[end + 1]));
	return true;
}

/* --- phones ----------------------------------------------------------- */

typedef enum {
	SG_PHONE_NONE,
	SG_PHONE_FIXED,
	SG_PHONE_MOBILE,
	SG_PHONE_IP,
	SG_PHONE_SERVICE,
} SgPhoneType;

/* The national numbering plan (総務省 電気通信番号計画), longest prefix
 * first: the length a number with that prefix has. */
static const struct {
	const char *prefix;
	guint len;
	SgPhoneType type;
	const char *ja;
	const char *en;
} phone_plan[] = {
	{"0120", 10, SG_PHONE_SERVICE, "フリーダイヤルの番号",
	 "toll-free number"},
	{"0800", 11, SG_PHONE_SERVICE, "フリーダイヤルの番号",
	 "toll-free number"},
	{"0570", 10, SG_PHONE_SERVICE, "ナビダイヤルの番号",
	 "navi-dial number"},
	{"0180", 10, SG_PHONE_SERVICE, "情報サービスの番号",
	 "information-service number"},
	{"0990", 10, SG_PHONE_SERVICE, "情報サービスの番号",
	 "information-service number"},
	{"050", 11, SG_PHONE_IP, "IP電話の番号", "IP phone number"},
	{"070", 11, SG_PHONE_MOBILE, "携帯電話の番号", "mobile number"},
	{"080", 11, SG_PHONE_MOBILE, "携帯電話の番号", "mobile number"},
	{"090", 11, SG_PHONE_MOBILE, "携帯電話の番号", "mobile number"},
	{"020", 0, SG_PHONE_NONE, NULL, NULL},	/* M2M, pagers */
	{"060", 0, SG_PHONE_NONE, NULL, NULL},	/* unassigned */
	{"00", 0, SG_PHONE_NONE, NULL, NULL},	/* international prefix */
	{"0", 10, SG_PHONE_FIXED, "固定電話の番号", "fixed-line number"},
};

static guint
phone_plan_find(const char *digits)
{
	for (guint i = 0; i < G_N_ELEMENTS(phone_plan); i++)
		if (g_str_has_prefix(digits, phone_plan[i].prefix))
			return i;
	return G_N_ELEMENTS(phone_plan);
}

/* A phone candidate: groups [first, last] of a chain, in national form. */
typedef struct {
	char digits[24];
	guint lens[SG_PI_MAX_GROUPS];
	guint n;
} SgPhoneDigits;

/* Whether the grouping looks like a phone number's: area code 2–5 digits,
 * subscriber number 3–4 (4 for ordinary numbers), or all digits apart. */
static bool
phone_grouping_ok(const SgPhoneDigits *pd, SgPhoneType type)
{
	guint total = (guint)strlen(pd->digits);
	bool singles = true;

	if (pd->n == 1)
		return true;
	for (guint i = 0; i < pd->n; i++)
		singles &= pd->lens[i] == 1;
	if (singles)
		return true;
	if (pd->lens[0] < 2 || pd->lens[0] > 5)
		return false;
	if (pd->n == 2)
		return total - pd->lens[0] >= 5;
	if (pd->n != 3 || pd->lens[1] < 1 || pd->lens[1] > 4)
		return false;
	if (type == SG_PHONE_SERVICE)
		return pd->lens[2] == 3 || pd->lens[2] == 4;
	return pd->lens[2] == 4;
}

/* Builds the national digits of groups [@first, @last]; for a leading
 * "+81" the country code goes and the trunk 0 comes back ("+81 (0)3 …").
 * Returns: 1 with @pd set, 0 when no digit is left yet ("+81" alone), -1
 * when the groups cannot be a Japanese number. */
static int
phone_digits(const char *text, const SgChain *chain, guint first,
	     guint last, SgPhoneDigits *pd)
{
	bool intl = first == 0 && chain->plus;
	bool dropped_cc = false;
	gsize nd = 0;

	memset(pd, 0, sizeof(*pd));
	for (guint i = first; i <= last; i++) {
		const char *s = text + chain->g[i].start;
		gsize n = chain->g[i].end - chain->g[i].start;

		if (intl && i == 0) {
			if (n < 2 || s[0] != '8' || s[1] != '1')
				return -1;	/* not a Japanese number */
			s += 2;
			n -= 2;
			if (n == 0) {
				dropped_cc = true;
				continue;
			}
		}
		/* "+81 (0)3 …": the written trunk prefix. */
		if (intl && dropped_cc && nd == 0 && n == 1 && s[0] == '0' &&
		    i < last)
			continue;
		if (nd + n + 1 >= sizeof(pd->digits))
			return -1;
		if (intl && nd == 0 && s[0] != '0') {
			pd->digits[nd++] = '0';
			pd->lens[pd->n]++;
		}
		memcpy(pd->digits + nd, s, n);
		nd += n;
		pd->lens[pd->n++] += (guint)n;
	}
	pd->digits[nd] = '\0';
	return pd->n > 0 ? 1 : 0;
}

/* National digits of a phone written in an allow-list, "" when it holds
 * none; *@prefix when it ends in '*' (03-5211-*). */
static char *
allow_phone_key(const char *entry, bool *prefix)
{
	g_autofree char *norm = sg_normalize_string(entry, SG_NORM_DEFAULT);
	GString *d = g_string_new(NULL);
	const char *p = norm;

	while (*p == ' ')
		p++;
	bool plus = *p == '+';
	for (const char *q = p; *q; q++)
		if (is_digit(*q))
			g_string_append_c(d, *q);
	*prefix = g_str_has_suffix(g_strstrip(norm), "*");
	if (plus && g_str_has_prefix(d->str, "81")) {
		g_string_erase(d, 0, 2);
		if (d->str[0] != '0')
			g_string_prepend_c(d, '0');
	}
	return g_string_free(d, FALSE);
}

static bool
phone_allowed(const SgPiData *data, const SgConfig *config,
	      const char *digits)
{
	if (config == NULL)
		return false;
	for (guint l = 0; data->allow && data->allow[l]; l++) {
		const char *const *list =
			sg_config_get_allow_list(config, data->allow[l]);
		for (guint i = 0; list && list[i]; i++) {
			bool prefix = false;
			g_autofree char *key =
				allow_phone_key(list[i], &prefix);
			if (*key == '\0')
				continue;
			if (prefix ? g_str_has_prefix(digits, key)
				   : strcmp(digits, key) == 0)
				return true;
		}
	}
	return false;
}

static bool
has_prefix_in(const char *digits, char *const *prefixes)
{
	for (guint i = 0; prefixes && prefixes[i]; i++)
		if (g_str_has_prefix(digits, prefixes[i]))
			return true;
	return false;
}

/* Spans a pattern rule reported in one piece: a statement that two of its
 * patterns describe ("佐藤さんはがんで通院") is one finding, not two. */
#define SG_PI_MAX_SPANS 16

typedef struct {
	SgCheckRun *run;
	const SgRule *rule;
	const SgPiData *data;
	guint index;
	const SgNormText *norm;
	const char *text;
	gsize len;
	gsize spans[SG_PI_MAX_SPANS][2];
	guint n_spans;
} SgPiScan;

static void
report_phone(SgPiScan *scan, gsize start, gsize end, const char *digits,
	     guint plan)
{
	const SgPiData *data = scan->data;
	const SgConfig *config = sg_check_run_get_context(scan->run)->config;

	if (data->prefixes && data->prefixes[0] &&
	    !has_prefix_in(digits, data->prefixes))
		return;
	if (has_prefix_in(digits, data->skip_prefixes))
		return;
	if (phone_allowed(data, config, digits))
		return;
	if (after_label(scan->text, start, data->labels, data->label_window) ||
	    sg_check_run_covered_by_exception(scan->text, scan->len, start, end,
					      scan->rule->exceptions))
		return;

	SgFinding *f = sg_check_run_add_norm(scan->run, scan->rule,
					     scan->index, scan->norm, start,
					     end, digits);
	/* A fixed line or a free dial next to an organisation's name (〇〇課,
	 * 株式会社, 相談ダイヤル …) and no person is most likely that
	 * organisation's.  Mobile and IP numbers are a person's as often. */
	SgPhoneType type = phone_plan[plan].type;
	if (data->has_org_severity &&
	    (type == SG_PHONE_FIXED || type == SG_PHONE_SERVICE)) {
		gsize ws = window_before(scan->text, start, data->org_window);
		gsize we = window_after(scan->text, scan->len, end, 12);
		if (any_word_in(scan->text, ws, we, data->org_words) &&
		    !any_word_in(scan->text, ws, we, data->person_words))
			f->severity = data->org_severity;
	}
	const char *kv[] = {"written", f->excerpt,
			    "excerpt", f->excerpt,
			    "type",    phone_plan[plan].ja,
			    "type_en", phone_plan[plan].en,
			    "digits",  digits,
			    NULL};
	sg_finding_set_messages(f, scan->rule, kv);
	f->detail = g_strdup_printf("%s %s", phone_plan[plan].en, digits);
}

/* Finds the phone numbers in one chain.  Two numbers may be written side
 * by side with a space, so a number may end at a spaced separator; one that
 * would end inside a longer run ("03-3264-2111-5") is no number. */
static void
scan_phone_chain(SgPiScan *scan, const SgChain *chain)
{
	guint first = 0;

	if (chain->overflow)
		return;
	while (first < chain->n) {
		gsize lead = first == 0 ? chain->lead : chain->g[first].start;
		guint best = G_MAXUINT, best_plan = 0;
		SgPhoneDigits best_pd;

		if (first > 0 && lead > 0 && scan->text[lead - 1] == '(' &&
		    scan->text[chain->g[first].end] == ')')
			lead--;
		for (guint last = first; last < chain->n; last++) {
			SgPhoneDigits pd;
			int got = phone_digits(scan->text, chain, first, last,
					       &pd);
			if (got < 0)
				break;
			if (got == 0)
				continue;
			gsize nd = strlen(pd.digits);
			if (nd > 11)
				break;
			if (!spaced_after(scan->text, chain, last))
				continue;
			guint plan = phone_plan_find(pd.digits);
			if (plan >= G_N_ELEMENTS(phone_plan) ||
			    phone_plan[plan].len != nd ||
			    !phone_grouping_ok(&pd, phone_plan[plan].type))
				continue;
			best = last;
			best_plan = plan;
			best_pd = pd;
		}
		if (best == G_MAXUINT) {
			/* Try again after the next space. */
			guint next = first + 1;
			while (next < chain->n &&
			       !spaced_after(scan->text, chain, next - 1))
				next++;
			first = next;
			continue;
		}
		gsize end = chain->g[best].end;
		if ((first > 0 || start_ok(scan->text, lead, true)) &&
		    (best + 1 < chain->n ||
		     end_ok(scan->text, scan->len, end)))
			report_phone(scan, lead, end, best_pd.digits,
				     best_plan);
		first = best + 1;
	}
}

/* --- check digits ----------------------------------------------------- */

/* The My Number check digit (検査用数字, set by the Ministry of Internal
 * Affairs' ordinance under the My Number Act): P1..P11 from the right,
 * Q = n+1 (n ≤ 6), n−5 (n ≥ 7); 11 − (Σ P·Q mod 11), 0 when that is ≤ 1. */
static bool
my_number_valid(const char *d)
{
	guint sum = 0;

	for (guint n = 1; n <= 11; n++) {
		guint p = (guint)(d[11 - n] - '0');
		guint q = n <= 6 ? n + 1 : n - 5;
		sum += p * q;
	}
	guint r = sum % 11;
	guint check = r <= 1 ? 0 : 11 - r;
	return check == (guint)(d[11] - '0');
}

/* The corporate number check digit (法人番号の指定等に関する省令): the
 * leading digit is 9 − (Σ P·Q mod 9), Q = 1 for odd n and 2 for even n
 * counted from the right. */
static bool
corporate_number_valid(const char *d)
{
	guint sum = 0;

	for (guint n = 1; n <= 12; n++) {
		guint p = (guint)(d[13 - n] - '0');
		sum += p * (n % 2 == 1 ? 1 : 2);
	}
	return 9 - sum % 9 == (guint)(d[0] - '0');
}

static bool
luhn_valid(const char *d, gsize n)
{
	guint sum = 0;

	for (gsize i = 0; i < n; i++) {
		guint v = (guint)(d[n - 1 - i] - '0');
		if (i % 2 == 1) {
			v *= 2;
			if (v > 9)
				v -= 9;
		}
		sum += v;
	}
	return sum % 10 == 0;
}

static const SgCardIssuer *
card_issuer(const SgPiData *data, const char *d, gsize n)
{
	for (guint i = 0; i < data->issuers->len; i++) {
		const SgCardIssuer *is =
			&g_array_index(data->issuers, SgCardIssuer, i);
		if (n > 31 || !(is->lengths & (1u << n)) || is->digits > n)
			continue;
		guint v = 0;
		for (guint k = 0; k < is->digits; k++)
			v = v * 10 + (guint)(d[k] - '0');
		if (v >= is->lo && v <= is->hi)
			return is;
	}
	return NULL;
}

/* --- ID numbers: my-number, corporate-number, card -------------------- */

/* Whether a chain of ID-number groups is written as one: all digits
 * together, one digit apart, or groups of @min..6 joined by one kind of
 * separator. */
static bool
id_grouping_ok(const char *text, const SgChain *chain, guint min)
{
	bool singles = true;
	char sep = 0;

	if (chain->n == 1)
		return true;
	for (guint i = 0; i < chain->n; i++) {
		gsize n = chain->g[i].end - chain->g[i].start;
		singles &= n == 1;
		if (i + 1 < chain->n) {
			char s = text[chain->g[i].end];
			if (sep != 0 && s != sep)
				return false;
			sep = s;
		}
	}
	if (singles)
		return true;
	for (guint i = 0; i < chain->n; i++) {
		gsize n = chain->g[i].end - chain->g[i].start;
		if (n > 6 || (n < min && i + 1 < chain->n) || n == 0)
			return false;
	}
	return true;
}

static void
scan_id_chain(SgPiScan *scan, const SgChain *chain)
{
	const SgPiData *data = scan->data;
	char d[32];
	gsize n = 0;
	gsize start = chain->g[0].start;
	gsize end = chain->g[chain->n - 1].end;

	if (chain->overflow)
		return;
	for (guint i = 0; i < chain->n; i++) {
		gsize gl = chain->g[i].end - chain->g[i].start;
		if (n + gl >= sizeof(d))
			return;
		memcpy(d + n, scan->text + chain->g[i].start, gl);
		n += gl;
	}
	d[n] = '\0';
	if (!start_ok(scan->text, start, false) ||
	    !end_ok(scan->text, scan->len, end))
		return;

	const char *brand = NULL;
	const char *brand_en = NULL;
	switch (data->detect) {
	case SG_PI_MY_NUMBER:
		if (n != 12 || !id_grouping_ok(scan->text, chain, 4) ||
		    !my_number_valid(d))
			return;
		brand = "マイナンバー（個人番号）";
		brand_en = "My Number (individual number)";
		break;
	case SG_PI_CORPORATE:
		/* Only where a label (the "labels" key) says what it is. */
		if (n != 13 || !id_grouping_ok(scan->text, chain, 1) ||
		    !corporate_number_valid(d) ||
		    !after_label(scan->text, start, data->labels,
				 data->label_window))
			return;
		brand = "法人番号";
		brand_en = "corporate number";
		break;
	case SG_PI_CARD: {
		if (n < 13 || n > 19 || !id_grouping_ok(scan->text, chain, 3) ||
		    !luhn_valid(d, n))
			return;
		const SgCardIssuer *is = card_issuer(data, d, n);
		if (is == NULL)
			return;
		/* A labelled corporate number is public and is no card. */
		if (n == 13 && corporate_number_valid(d) &&
		    contains_in(scan->text,
				window_before(scan->text, start, 12), start,
				"法人番号"))
			return;
		brand = is->name;
		brand_en = is->name;
		break;
	}
	default:
		return;
	}
	if ((data->detect != SG_PI_CORPORATE &&
	     after_label(scan->text, start, data->labels,
			 data->label_window)) ||
	    sg_check_run_covered_by_exception(scan->text, scan->len, start, end,
					      scan->rule->exceptions))
		return;
	SgFinding *f = sg_check_run_add_norm(scan->run, scan->rule,
					     scan->index, scan->norm, start,
					     end, d);
	const char *kv[] = {"written", f->excerpt, "excerpt", f->excerpt,
			    "type",    brand,	  "type_en", brand_en,
			    NULL};
	sg_finding_set_messages(f, scan->rule, kv);
	f->detail = g_strdup_printf("%s, %zu digits, check digit valid",
				    brand_en, n);
}

static void
scan_numbers(SgPiScan *scan)
{
	bool phone = scan->data->detect == SG_PI_PHONE;
	gsize pos = 0;

	while (pos < scan->len) {
		if (!is_digit(scan->text[pos]) ||
		    (pos > 0 && is_digit(scan->text[pos - 1]))) {
			pos++;
			continue;
		}
		SgChain chain;
		gsize end = read_chain(scan->text, scan->len, pos, phone,
				       phone ? 3 : 1, &chain);
		if (phone)
			scan_phone_chain(scan, &chain);
		else
			scan_id_chain(scan, &chain);
		pos = end > pos ? end : pos + 1;
	}
}

/* --- e-mail ----------------------------------------------------------- */

static bool
email_allowed(const SgPiData *data, const SgConfig *config,
	      const char *address, const char *domain)
{
	if (config == NULL)
		return false;
	for (guint l = 0; data->allow && data->allow[l]; l++) {
		const char *const *list =
			sg_config_get_allow_list(config, data->allow[l]);
		for (guint i = 0; list && list[i]; i++) {
			g_autofree char *e =
				sg_normalize_string(list[i], SG_NORM_DEFAULT);
			g_strstrip(e);
			if (*e == '\0')
				continue;
			if (strchr(e, '@') != NULL) {
				if (strcmp(e, address) == 0)
					return true;
				continue;
			}
			const char *dom = e[0] == '.' ? e + 1 : e;
			gsize dn = strlen(dom), n = strlen(domain);
			if (strcmp(domain, dom) == 0 ||
			    (n > dn && domain[n - dn - 1] == '.' &&
			     strcmp(domain + n - dn, dom) == 0))
				return true;
		}
	}
	return false;
}

static bool
on_email(gsize start, gsize end, const gsize *groups, guint n_groups,
	 gpointer user_data)
{
	SgPiScan *scan = user_data;
	const SgPiData *data = scan->data;

	if (n_groups < 3 || groups[2] == G_MAXSIZE || groups[4] == G_MAXSIZE)
		return true;
	g_autofree char *local =
		g_strndup(scan->text + groups[2], groups[3] - groups[2]);
	g_autofree char *domain =
		g_strndup(scan->text + groups[4], groups[5] - groups[4]);
	const char *tld = strrchr(domain, '.');

	/* icon@2x.png is a file name; the top-level domain is letters. */
	if (tld == NULL || strlen(tld + 1) < 2)
		return true;
	for (const char *p = tld + 1; *p; p++)
		if (!g_ascii_isalpha(*p))
			return true;
	if (data->not_tlds && g_strv_contains((const char *const *)
					      data->not_tlds, tld + 1))
		return true;
	if (start >= 2 && scan->text[start - 1] == '/' &&
	    scan->text[start - 2] == '/')
		return true;	/* https://user@host: a link, not a mailbox */
	g_autofree char *address = g_strdup_printf("%s@%s", local, domain);
	const SgConfig *config = sg_check_run_get_context(scan->run)->config;
	if (email_allowed(data, config, address, domain))
		return true;
	if (sg_check_run_covered_by_exception(scan->text, scan->len, start, end,
					      scan->rule->exceptions))
		return true;
	SgFinding *f = sg_check_run_add_norm(scan->run, scan->rule,
					     scan->index, scan->norm, start,
					     end, address);
	const char *kv[] = {"written", f->excerpt, "excerpt", f->excerpt,
			    "domain",  domain,	   "address", address,
			    NULL};
	sg_finding_set_messages(f, scan->rule, kv);
	f->detail = g_strdup_printf("domain %s is not on the allow-list",
				    domain);
	return true;
}

/* --- patterns about a named person ------------------------------------ */

typedef struct {
	SgPiScan *scan;
	const SgPiPattern *pattern;
} SgPiPatternScan;

static bool
on_pattern(gsize start, gsize end, const gsize *groups, guint n_groups,
	   gpointer user_data)
{
	SgPiPatternScan *ps = user_data;
	SgPiScan *scan = ps->scan;
	gsize ns = G_MAXSIZE, ne = G_MAXSIZE;

	if (end == start)
		return true;
	/* The first group that took part is the {NAME}. */
	for (guint g = 1; g < n_groups; g++) {
		if (groups[2 * g] != G_MAXSIZE) {
			ns = groups[2 * g];
			ne = groups[2 * g + 1];
			break;
		}
	}
	if (ns != G_MAXSIZE &&
	    !sg_pi_names_is_private(scan->data->names, scan->text, scan->len,
				    ns, ne))
		return true;
	if (sg_check_run_covered_by_exception(scan->text, scan->len, start, end,
					      scan->rule->exceptions))
		return true;
	for (guint i = 0; i < scan->n_spans; i++)
		if (start < scan->spans[i][1] && scan->spans[i][0] < end)
			return true;
	if (scan->n_spans < SG_PI_MAX_SPANS) {
		scan->spans[scan->n_spans][0] = start;
		scan->spans[scan->n_spans][1] = end;
		scan->n_spans++;
	}
	SgFinding *f = sg_check_run_add_norm(
		scan->run, scan->rule, scan->index, scan->norm, start, end,
		sg_pattern_get_source(ps->pattern->pattern));
	const char *what = ps->pattern->what_ja ? ps->pattern->what_ja : "";
	const char *what_en = ps->pattern->what_en ? ps->pattern->what_en
						   : what;
	g_autofree char *name = NULL;
	if (ns != G_MAXSIZE) {
		gsize os = 0, oe = 0;
		const SgTextPiece *piece =
			sg_check_run_get_piece(scan->run, scan->index);
		sg_norm_text_map(scan->norm, ns, ne, &os, &oe);
		name = g_strndup(piece->text + os, oe - os);
	}
	const char *kv[] = {
		"written", f->excerpt,
		"excerpt", f->excerpt,
		"name",	   name ? name : "",
		"what",	   what,
		"what_en", what_en,
		NULL,
	};
	sg_finding_set_messages(f, scan->rule, kv);
	if (ps->pattern->what_en != NULL)
		f->detail = g_strdup(ps->pattern->what_en);
	return true;
}

/* --- compiling -------------------------------------------------------- */

/* "LINE\tTEXT" from the loader → TEXT and LINE. */
static const char *
split_entry(const char *entry, guint *line)
{
	char *end = NULL;

	*line = (guint)g_ascii_strtoull(entry, &end, 10);
	return end + 1;
}

static char **
normalized_list(SgRuleLoader *loader, const char *key)
{
	g_auto(GStrv) items = sg_rule_loader_get_list(loader, key);
	GPtrArray *out = g_ptr_array_new();

	for (guint i = 0; items[i]; i++) {
		char *n = sg_normalize_string(items[i], SG_NORM_DEFAULT);
		if (*n == '\0')
			g_free(n);
		else
			g_ptr_array_add(out, n);
	}
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

static bool
digit_list(SgRuleLoader *loader, const char *key, char ***out)
{
	g_auto(GStrv) items = sg_rule_loader_get_list(loader, key);

	for (guint i = 0; items[i]; i++) {
		for (const char *p = items[i]; *p; p++) {
			if (!is_digit(*p)) {
				sg_rule_loader_problem(
					loader, key, NULL, 0,
					"%s: prefixes are digits, e.g. 0120",
					items[i]);
				return false;
			}
		}
	}
	*out = g_steal_pointer(&items);
	return true;
}

static bool
uint_key(SgRuleLoader *loader, const char *key, guint def, guint max,
	 guint *out)
{
	const char *v = sg_rule_loader_get_string(loader, key);
	char *end = NULL;

	*out = def;
	if (v == NULL || *v == '\0')
		return true;
	guint64 n = g_ascii_strtoull(v, &end, 10);
	if (end == v || *end != '\0' || n > max) {
		sg_rule_loader_problem(loader, key, NULL, 0,
				       "%s: use a number from 0 to %u", v, max);
		return false;
	}
	*out = (guint)n;
	return true;
}

/* "4:13,16,19:Visa", "51-55:16:Mastercard", "35:16-19:JCB". */
static bool
parse_issuer(const char *spec, SgCardIssuer *out)
{
	g_auto(GStrv) f = g_strsplit(spec, ":", 3);
	char *end = NULL;

	memset(out, 0, sizeof(*out));
	if (g_strv_length(f) < 2)
		return false;
	g_strstrip(f[0]);
	g_strstrip(f[1]);
	out->digits = (guint)strcspn(f[0], "-");
	if (out->digits == 0 || out->digits > 6)
		return false;
	out->lo = (guint)g_ascii_strtoull(f[0], &end, 10);
	if (end != f[0] + out->digits)
		return false;
	out->hi = out->lo;
	if (*end == '-') {
		const char *h = end + 1;
		out->hi = (guint)g_ascii_strtoull(h, &end, 10);
		if (*end != '\0' || (guint)(end - h) != out->digits)
			return false;
	} else if (*end != '\0') {
		return false;
	}
	g_auto(GStrv) lens = g_strsplit(f[1], ",", -1);
	for (guint i = 0; lens[i]; i++) {
		guint lo = 0, hi = 0;
		g_strstrip(lens[i]);
		lo = (guint)g_ascii_strtoull(lens[i], &end, 10);
		hi = lo;
		if (*end == '-')
			hi = (guint)g_ascii_strtoull(end + 1, &end, 10);
		if (*end != '\0' || lo < 12 || hi > 19 || lo > hi)
			return false;
		for (guint l = lo; l <= hi; l++)
			out->lengths |= 1u << l;
	}
	out->name = g_strdup(f[2] ? g_strstrip(f[2]) : "カード番号");
	return out->lo <= out->hi;
}

static bool
compile_issuers(SgRuleLoader *loader, SgPiData *data)
{
	g_auto(GStrv) specs = sg_rule_loader_get_list(loader, "issuers");
	bool ok = true;

	data->issuers = g_array_new(FALSE, TRUE, sizeof(SgCardIssuer));
	g_array_set_clear_func(data->issuers, card_issuer_clear);
	for (guint i = 0; specs[i]; i++) {
		SgCardIssuer is;
		if (!parse_issuer(specs[i], &is)) {
			g_free(is.name);
			sg_rule_loader_problem(
				loader, "issuers", NULL, 0,
				"%s: write PREFIX[-PREFIX]:LENGTHS[:NAME], "
				"e.g. 51-55:16:Mastercard",
				specs[i]);
			ok = false;
			continue;
		}
		g_array_append_val(data->issuers, is);
	}
	if (ok && data->issuers->len == 0) {
		sg_rule_loader_problem(loader, "issuers", NULL, 0,
				       "a card rule needs issuers = …");
		ok = false;
	}
	return ok;
}

static bool
compile_email(SgRuleLoader *loader, SgPiData *data)
{
	g_auto(GStrv) marks = sg_rule_loader_get_list(loader, "at_marks");
	GString *re = g_string_new(
		"(?<![a-z0-9._%+\\-/])([a-z0-9][a-z0-9._%+\\-]{0,63})"
		"(?:@| ?@ ?");
	g_autoptr(GError) error = NULL;

	for (guint i = 0; marks[i]; i++) {
		g_autofree char *n =
			sg_normalize_string(marks[i], SG_NORM_DEFAULT);
		g_autofree char *q = g_regex_escape_string(g_strstrip(n), -1);
		g_string_append_printf(re, "| ?%s ?", q);
	}
	g_string_append(re, ")((?:[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?\\.)+"
			    "[a-z][a-z0-9\\-]{0,62})"
			    "(?![a-z0-9\\-]|\\.[a-z0-9])");
	data->email = sg_pattern_new(re->str, true, &error);
	g_string_free(re, TRUE);
	if (data->email == NULL) {
		sg_rule_loader_problem(loader, "at_marks", NULL, 0, "%s",
				       error->message);
		return false;
	}
	data->not_tlds = normalized_list(loader, "not_tlds");
	return true;
}

static bool
compile_patterns(SgRuleLoader *loader, SgPiData *data)
{
	g_auto(GStrv) files = sg_rule_loader_get_list(loader, "patterns");
	bool ok = true;

	data->names = sg_pi_names_compile(loader);
	if (data->names == NULL)
		return false;

	data->patterns = g_ptr_array_new_with_free_func(pi_pattern_free);
	for (guint i = 0; files[i]; i++) {
		g_autofree char *path = NULL;
		g_autoptr(GPtrArray) entries = sg_rule_loader_read_lines(
			loader, "patterns", files[i], &path);
		if (entries == NULL) {
			ok = false;
			continue;
		}
		for (guint j = 0; j < entries->len; j++) {
			guint line = 0;
			const char *text = split_entry(
				g_ptr_array_index(entries, j), &line);
			g_auto(GStrv) f = g_strsplit(text, "\t", 3);
			g_autofree char *re =
				sg_pi_names_expand(data->names, f[0]);
			g_autoptr(GError) error = NULL;
			SgPattern *p = sg_pattern_new(re, true, &error);
			if (p == NULL) {
				sg_rule_loader_problem(loader, "patterns", path,
						       line, "%s",
						       error->message);
				ok = false;
				continue;
			}
			SgPiPattern *pat = g_new0(SgPiPattern, 1);
			pat->pattern = p;
			if (f[1] && *g_strstrip(f[1]))
				pat->what_ja = g_strdup(f[1]);
			if (f[1] && f[2] && *g_strstrip(f[2]))
				pat->what_en = g_strdup(f[2]);
			g_ptr_array_add(data->patterns, pat);
		}
	}
	if (ok && data->patterns->len == 0) {
		sg_rule_loader_problem(loader, "patterns", NULL, 0,
				       "a pattern rule needs patterns = "
				       "FILE.re");
		ok = false;
	}
	return ok;
}

static bool
pi_compile(SgRule *rule, SgRuleLoader *loader)
{
	const char *detect = sg_rule_loader_get_string(loader, "detect");
	const char *org_sev = sg_rule_loader_get_string(loader,
							"org_severity");
	SgPiData *data = g_new0(SgPiData, 1);
	bool ok = true;
	guint i;

	rule->data = data;
	for (i = 0; i < G_N_ELEMENTS(detect_names); i++)
		if (g_strcmp0(detect, detect_names[i]) == 0)
			break;
	if (i == G_N_ELEMENTS(detect_names)) {
		sg_rule_loader_problem(loader, "detect", NULL, 0,
				       "detect = %s: use phone, email, "
				       "my-number, corporate-number, card or "
				       "pattern",
				       detect ? detect : "(missing)");
		return false;
	}
	data->detect = (SgPiDetect)i;
	data->allow = sg_rule_loader_get_list(loader, "allow");
	data->labels = normalized_list(loader, "labels");
	data->org_words = normalized_list(loader, "org_words");
	data->person_words = normalized_list(loader, "person_words");
	ok &= uint_key(loader, "label_window", 4, 40, &data->label_window);
	ok &= uint_key(loader, "org_window", 30, 200, &data->org_window);
	ok &= digit_list(loader, "prefixes", &data->prefixes);
	ok &= digit_list(loader, "skip_prefixes", &data->skip_prefixes);
	if (org_sev != NULL && *org_sev != '\0') {
		if (sg_severity_from_string(org_sev, &data->org_severity)) {
			data->has_org_severity = true;
		} else {
			sg_rule_loader_problem(loader, "org_severity", NULL, 0,
					       "%s: use block, warn or info",
					       org_sev);
			ok = false;
		}
	}
	switch (data->detect) {
	case SG_PI_EMAIL:
		ok &= compile_email(loader, data);
		break;
	case SG_PI_CARD:
		ok &= compile_issuers(loader, data);
		break;
	case SG_PI_CORPORATE:
		if (data->labels[0] == NULL) {
			sg_rule_loader_problem(
				loader, "labels", NULL, 0,
				"a corporate-number rule reports only "
				"labelled numbers: add labels = 法人番号");
			ok = false;
		}
		break;
	case SG_PI_PATTERN:
		ok &= compile_patterns(loader, data);
		break;
	default:
		break;
	}
	return ok;
}

/* --- checking --------------------------------------------------------- */

static bool
pi_check(const SgRule *rule, SgCheckRun *run, GError **error)
{
	const SgPiData *data = rule->data;
	bool pattern = data->detect == SG_PI_PATTERN;

	for (guint i = 0; i < sg_check_run_get_n_pieces(run); i++) {
		SgPiScan scan = {
			.run = run,
			.rule = rule,
			.data = data,
			.index = i,
		};
		scan.norm = sg_check_run_get_norm(
			run, i, pattern ? SG_NORM_SQUEEZE : SG_NORM_DEFAULT);
		scan.text = sg_norm_text_get(scan.norm, &scan.len);
		switch (data->detect) {
		case SG_PI_EMAIL:
			if (!sg_pattern_foreach(data->email, scan.text,
						scan.len, on_email, &scan,
						error))
				return false;
			break;
		case SG_PI_PATTERN:
			for (guint p = 0; p < data->patterns->len; p++) {
				SgPiPatternScan ps = {
					.scan = &scan,
					.pattern = g_ptr_array_index(
						data->patterns, p),
				};
				if (!sg_pattern_foreach(ps.pattern->pattern,
							scan.text, scan.len,
							on_pattern, &ps, error))
					return false;
			}
			break;
		default:
			scan_numbers(&scan);
			break;
		}
	}
	return true;
}

const SgRuleKind sg_rule_kind_personal_info = {
	.name = "personal-info",
	.keys = pi_keys,
	.compile = pi_compile,
	.check = pi_check,
	.free_data = pi_data_free,
};
