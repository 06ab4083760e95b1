/* Person detection for the personal-info patterns (guideline 5(2)): which
 * name a pattern found is a private person's.
 *
 * A pattern rule writes {NAME} for a name and honorific (the rule's "name"
 * and "honorific" regexes: surname in kanji, given name in kanji or kana,
 * then さん/様/氏/君/ちゃん) and {CIRC} for its vocabulary of a person's
 * circumstances (the "circumstances" files, one regex alternative a line:
 * bereavement, illness and test results, benefits, arrears, trouble at the
 * counter …).  Patterns alone cannot tell a resident from an official or a
 * public figure, so every match is then checked here:
 *
 *   not_names        the name ends with a role or relation (区長, 利用者,
 *                    お客): 山田区長さん, 利用者様;
 *   role_before      a public role stands right before it, with only の,
 *                    ：, 、, は or a space between (講師の佐藤さん, 区長の山本,
 *                    内科医 田村氏, 担当：山田): officials and speakers in their
 *                    role are published on purpose;
 *   fictional        the name is a stock example (区役所太郎, 千代田花子);
 *   not_in_sentence  the sentence is about a public talk or an example
 *                    (講演, 体験談, 記入例): a speaker's own story is public.
 *
 * Lists are normalized like the text when loaded.  This file does not guess
 * at names without an honorific (a participant list in a table is found by
 * its phone numbers and addresses), and does not use a morphological
 * analyser: MeCab 0.996 with ipadic was measured on the dev corpora and
 * fresh sentences (30 private persons in 214 texts).  Its 人名 tags alone
 * find every name but at precision 0.44 (神田, ちよ, すまーと are 人名 to
 * ipadic); with an honorific they add nothing over these patterns
 * (precision 0.84 against 0.96, recall 0.90 both), at ~100-130 µs per KB
 * of text.  Names in kana only (グエンさん, ｻﾄｳ ﾋﾛｼさん) are a known gap.
 * Compiled data is immutable; checks run in parallel.
 */
#include "config.h"

#include "personal-private.h"

#include <string.h>

struct _SgPiNames {
	char *name_group;	/* "(NAME)(?:HONORIFIC)" */
	char *circ_group;	/* "(?:A|B|…)" or NULL */
	char **not_names;	/* normalized, squeezed */
	char **role_before;
	char **fictional;
	char **not_in_sentence;
};

void
sg_pi_names_free(SgPiNames *names)
{
	if (names == NULL)
		return;
	g_free(names->name_group);
	g_free(names->circ_group);
	g_strfreev(names->not_names);
	g_strfreev(names->role_before);
	g_strfreev(names->fictional);
	g_strfreev(names->not_in_sentence);
	g_free(names);
}

/* "LINE\tTEXT" from the loader → TEXT. */
static const char *
entry_text(const char *entry)
{
	const char *tab = strchr(entry, '\t');

	return tab ? tab + 1 : entry;
}

/* The entries of the files named by @key, normalized when @normalize
 * (word lists) or as written (regex fragments); NULL after a problem. */
static char **
read_list(SgRuleLoader *loader, const char *key, bool normalize)
{
	g_auto(GStrv) files = sg_rule_loader_get_list(loader, key);
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func(g_free);
	bool ok = true;

	for (guint i = 0; files[i]; i++) {
		g_autoptr(GPtrArray) entries =
			sg_rule_loader_read_lines(loader, key, files[i], NULL);
		if (entries == NULL) {
			ok = false;
			continue;
		}
		for (guint j = 0; j < entries->len; j++) {
			g_autofree char *t = g_strdup(
				entry_text(g_ptr_array_index(entries, j)));
			char *n = normalize ? sg_normalize_string(
						      g_strstrip(t),
						      SG_NORM_SQUEEZE)
					    : g_strdup(g_strstrip(t));
			if (*n == '\0')
				g_free(n);
			else
				g_ptr_array_add(out, n);
		}
	}
	if (!ok)
		return NULL;
	g_ptr_array_set_free_func(out, NULL);
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(g_steal_pointer(&out), FALSE);
}

SgPiNames *
sg_pi_names_compile(SgRuleLoader *loader)
{
	const char *name = sg_rule_loader_get_string(loader, "name");
	const char *hon = sg_rule_loader_get_string(loader, "honorific");
	SgPiNames *names = g_new0(SgPiNames, 1);
	g_auto(GStrv) circ = NULL;

	names->not_names = read_list(loader, "not_names", true);
	g_autofree char *roles = NULL;
	if (names->not_names != NULL && names->not_names[0] != NULL) {
		/* A name ending with a role is refused inside the regex, not
		 * after the match: otherwise "民生委員さんから、…河合さんが孤立"
		 * would be one match on 民生委員, dropped, and the scan would
		 * resume after it, past the real name. */
		GString *lb = g_string_new("(?<!");
		for (guint i = 0; names->not_names[i]; i++) {
			g_autofree char *q =
				g_regex_escape_string(names->not_names[i], -1);
			g_string_append_printf(lb, "%s%s", i ? "|" : "", q);
		}
		g_string_append_c(lb, ')');
		roles = g_string_free(lb, FALSE);
	}
	names->name_group = g_strdup_printf(
		"(%s)%s(?:%s)", name && *name ? name : "\\p{Han}{1,6}",
		roles ? roles : "", hon && *hon ? hon : "さん|様|氏");
	names->role_before = read_list(loader, "role_before", true);
	names->fictional = read_list(loader, "fictional", true);
	names->not_in_sentence = read_list(loader, "not_in_sentence", true);
	circ = read_list(loader, "circumstances", false);
	if (names->not_names == NULL || names->role_before == NULL ||
	    names->fictional == NULL || names->not_in_sentence == NULL ||
	    circ == NULL) {
		sg_pi_names_free(names);
		return NULL;
	}
	if (circ[0] != NULL) {
		g_autofree char *alt = g_strjoinv("|", circ);
		names->circ_group = g_strdup_printf("(?:%s)", alt);
	}
	return names;
}

/* Replaces every @from in @s by @to. */
static char *
replace_all(const char *s, const char *from, const char *to)
{
	g_auto(GStrv) parts = g_strsplit(s, from, -1);

	return g_strjoinv(to, parts);
}

char *
sg_pi_names_expand(const SgPiNames *names, const char *pattern)
{
	g_autofree char *re = replace_all(pattern, "{NAME}",
					  names->name_group);

	/* Without a vocabulary {CIRC} matches nothing, so the pattern is
	 * harmless rather than a compile error. */
	return replace_all(re, "{CIRC}",
			   names->circ_group ? names->circ_group : "(*FAIL)");
}

static bool
ends_with_any(const char *s, gsize n, char *const *words)
{
	for (guint i = 0; words && words[i]; i++) {
		gsize k = strlen(words[i]);
		if (k > 0 && k <= n && memcmp(s + n - k, words[i], k) == 0)
			return true;
	}
	return false;
}

/* What may stand between a role and the name: 講師の佐藤さん, 講師：佐藤さん,
 * 講師は佐藤さん, 「講師」佐藤さん. */
static bool
is_role_gap(gunichar c)
{
	return c == 0x306E /* の */ || c == 0x306F /* は */ || c == ':' ||
	       c == ' ' || c == 0x3001 /* 、 */ || c == ',' || c == '=' ||
	       c == '(' || c == ')' || c == 0x300C || c == 0x300D ||
	       c == 0x3010 || c == 0x3011 || c == 0x30FB /* ・ */;
}

static bool
role_before(const SgPiNames *names, const char *text, gsize ns)
{
	gsize p = ns;

	for (guint i = 0; i < 3 && p > 0; i++) {
		const char *prev = g_utf8_find_prev_char(text, text + p);
		if (prev == NULL || !is_role_gap(g_utf8_get_char(prev)))
			break;
		p = (gsize)(prev - text);
	}
	return ends_with_any(text, p, names->role_before);
}

static bool
is_sentence_end(gunichar c)
{
	return c == 0x3002 /* 。 */ || c == '!' || c == '?' || c == '\n';
}

/* Whether a word of @words occurs in the sentence around [@ns, @ne). */
static bool
in_sentence(const char *text, gsize len, gsize ns, gsize ne,
	    char *const *words)
{
	gsize s = ns, e = ne;

	if (words == NULL || words[0] == NULL)
		return false;
	while (s > 0) {
		const char *prev = g_utf8_find_prev_char(text, text + s);
		if (prev == NULL || is_sentence_end(g_utf8_get_char(prev)))
			break;
		s = (gsize)(prev - text);
	}
	while (e < len && !is_sentence_end(g_utf8_get_char(text + e)))
		e = (gsize)(g_utf8_next_char(text + e) - text);
	for (guint i = 0; words[i]; i++) {
		gsize k = strlen(words[i]);
		for (gsize p = s; p + k <= e; p++)
			if (memcmp(text + p, words[i], k) == 0)
				return true;
	}
	return false;
}

bool
sg_pi_names_is_private(const SgPiNames *names, const char *text, gsize len,
		       gsize ns, gsize ne)
{
	if (ends_with_any(text + ns, ne - ns, names->not_names))
		return false;
	for (guint i = 0; names->fictional && names->fictional[i]; i++)
		if (g_strstr_len(text + ns, (gssize)(ne - ns),
				 names->fictional[i]) != NULL)
			return false;
	if (role_before(names, text, ns))
		return false;
	/* Squeezing removes the space in "講師 佐藤さん", so the role may open
	 * the name itself; one-letter roles (課, 室) are surnames too (室井). */
	for (guint i = 0; names->role_before && names->role_before[i]; i++) {
		const char *r = names->role_before[i];
		gsize k = strlen(r);
		if (g_utf8_strlen(r, -1) >= 2 && k < ne - ns &&
		    memcmp(text + ns, r, k) == 0)
			return false;
	}
	return !in_sentence(text, len, ns, ne, names->not_in_sentence);
}
