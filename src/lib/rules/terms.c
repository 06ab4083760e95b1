/* The "terms" check: the lexicon families (defamation, discrimination, ...).
 *
 * A terms rule names lexicon files (one term per line, optional exception
 * contexts after tabs: "ばか<TAB>!ばかり") whose terms go into the rule
 * set's shared lexicon, and pattern files (one PCRE2 regex per line) for
 * structure a word list cannot express ("…候補に清き一票を").  Terms and the
 * text are normalized alike, so a lexicon writes each word once; patterns
 * are written in the normalized form (hiragana, lower case, ASCII digits)
 * because normalizing a regex would break its syntax.  This file compiles
 * both and runs the patterns; rules.c scans the lexicon for every rule in
 * one pass.
 */
#include "config.h"

#include "../rules-private.h"

#include <string.h>

static const char *const terms_keys[] = {"lexicons", "patterns", "terms",
					 NULL};

typedef struct {
	GPtrArray *patterns;	/* SgPattern * */
} SgTermsData;

static void
terms_data_free(gpointer p)
{
	SgTermsData *data = p;

	g_ptr_array_unref(data->patterns);
	g_free(data);
}

/* "LINE\tTEXT" from the loader → TEXT and LINE. */
static const char *
split_entry(const char *entry, guint *line)
{
	char *end = NULL;

	*line = (guint)g_ascii_strtoull(entry, &end, 10);
	return end + 1;
}

static void
add_lexicon_entry(SgRuleLoader *loader, SgRule *rule, const char *text)
{
	g_auto(GStrv) fields = g_strsplit(text, "\t", -1);
	g_autoptr(GPtrArray) contexts = g_ptr_array_new();

	for (guint i = 1; fields[i] != NULL; i++) {
		char *field = g_strstrip(fields[i]);
		if (field[0] == '!' && field[1] != '\0')
			g_ptr_array_add(contexts, field + 1);
	}
	g_ptr_array_add(contexts, NULL);
	sg_rule_loader_add_term(loader, rule, fields[0],
				(char **)contexts->pdata);
}

static bool
terms_compile(SgRule *rule, SgRuleLoader *loader)
{
	g_auto(GStrv) lexicons = sg_rule_loader_get_list(loader, "lexicons");
	g_auto(GStrv) pattern_files = sg_rule_loader_get_list(loader,
							      "patterns");
	g_auto(GStrv) inline_terms = sg_rule_loader_get_list(loader, "terms");
	SgTermsData *data = g_new0(SgTermsData, 1);
	bool ok = true;

	data->patterns =
		g_ptr_array_new_with_free_func((GDestroyNotify)sg_pattern_free);
	rule->data = data;

	for (guint i = 0; inline_terms[i] != NULL; i++)
		sg_rule_loader_add_term(loader, rule, inline_terms[i], NULL);
	for (guint i = 0; lexicons[i] != NULL; i++) {
		g_autoptr(GPtrArray) entries = sg_rule_loader_read_lines(
			loader, "lexicons", lexicons[i], NULL);
		if (entries == NULL) {
			ok = false;
			continue;
		}
		for (guint j = 0; j < entries->len; j++) {
			guint line = 0;
			const char *text =
				split_entry(g_ptr_array_index(entries, j),
					    &line);
			add_lexicon_entry(loader, rule, text);
		}
	}
	for (guint i = 0; pattern_files[i] != NULL; i++) {
		g_autofree char *path = NULL;
		g_autoptr(GPtrArray) entries = sg_rule_loader_read_lines(
			loader, "patterns", pattern_files[i], &path);
		if (entries == NULL) {
			ok = false;
			continue;
		}
		for (guint j = 0; j < entries->len; j++) {
			guint line = 0;
			const char *text =
				split_entry(g_ptr_array_index(entries, j),
					    &line);
			g_autoptr(GError) error = NULL;
			SgPattern *pattern = sg_pattern_new(text, true, &error);
			if (pattern == NULL) {
				sg_rule_loader_problem(loader, "patterns", path,
						       line, "%s",
						       error->message);
				ok = false;
				continue;
			}
			g_ptr_array_add(data->patterns, pattern);
		}
	}
	if (lexicons[0] == NULL && pattern_files[0] == NULL &&
	    inline_terms[0] == NULL) {
		sg_rule_loader_problem(loader, NULL, NULL, 0,
				       "a terms rule needs lexicons, patterns "
				       "or terms");
		ok = false;
	}
	return ok;
}

typedef struct {
	SgCheckRun *run;
	const SgRule *rule;
	const SgPattern *pattern;
	guint index;
	const SgNormText *norm;
	const char *text;
	gsize len;
} SgPatternScan;

static bool
on_pattern(gsize start, gsize end, const gsize *groups, guint n_groups,
	   gpointer user_data)
{
	SgPatternScan *scan = user_data;

	if (end == start ||
	    sg_check_run_covered_by_exception(scan->text, scan->len, start,
					      end, scan->rule->exceptions))
		return true;
	sg_check_run_add_norm(scan->run, scan->rule, scan->index, scan->norm,
			      start, end, sg_pattern_get_source(scan->pattern));
	return true;
}

static bool
terms_check(const SgRule *rule, SgCheckRun *run, GError **error)
{
	const SgTermsData *data = rule->data;

	for (guint p = 0; p < data->patterns->len; p++) {
		for (guint i = 0; i < sg_check_run_get_n_pieces(run); i++) {
			SgPatternScan scan = {
				.run = run,
				.rule = rule,
				.pattern = g_ptr_array_index(data->patterns, p),
				.index = i,
			};
			scan.norm = sg_check_run_get_norm(run, i,
							  SG_NORM_SQUEEZE);
			scan.text = sg_norm_text_get(scan.norm, &scan.len);
			if (!sg_pattern_foreach(scan.pattern, scan.text,
						scan.len, on_pattern, &scan,
						error))
				return false;
		}
	}
	return true;
}

const SgRuleKind sg_rule_kind_terms = {
	.name = "terms",
	.keys = terms_keys,
	.compile = terms_compile,
	.check = terms_check,
	.free_data = terms_data_free,
};
