/* The rules engine: loads conf/rules.d, compiles one shared lexicon for all
 * lexicon terms, runs every rule over a draft and collects the findings.
 *
 * Loading reads each *.conf file in name order; each "[rule ID]" group names
 * its family, clause, severity, messages and check kind, and the kind
 * compiles its own keys.  Every problem is collected with file and line
 * before the load fails.  Checking normalizes each text piece once per view,
 * scans the squeezed view of every piece with the one lexicon (a single
 * pass, however many terms), drops hits covered by an exception context, and
 * then lets each rule's kind run its own check (patterns, validators).  A
 * finding that repeats in a second alternative of multipart/alternative is
 * reported once.  The engine never logs and never sends mail.
 *
 * Thread rules: an SgRuleSet is immutable after loading; each check takes a
 * lexicon scratch from a pool, so checks may run in parallel.
 */
#include "config.h"

#include "config-private.h"
#include "rules-private.h"

#include <snsgate/lexicon.h>
#include <snsgate/prefilter.h>

#include <string.h>

G_DEFINE_QUARK(sg-rules-error-quark, sg_rules_error)

static const SgRuleKind *const rule_kinds[] = {
	&sg_rule_kind_terms,	     &sg_rule_kind_personal_info,
	&sg_rule_kind_accuracy,	     &sg_rule_kind_links,
	&sg_rule_kind_platform,	     &sg_rule_kind_images,
};

/* Keys every rule may have, whatever its kind. */
static const char *const common_keys[] = {
	"family", "clause",	"severity", "check",	  "message",
	"advice", "exceptions", "guards", "mode", "description", NULL,
};

typedef struct {
	SgRule *rule;
	char **contexts;	/* normalized; NULL-terminated, may be empty */
} SgTermEntry;

/* Places reported per rule; the rest are counted in the last one. */
#define SG_RULES_MAX_FINDINGS_PER_RULE 50

struct _SgRuleSet {
	gint ref_count;
	GPtrArray *rules;	/* SgRule * */
	GArray *terms;		/* SgTermEntry, indexed like the lexicon */
	SgLexicon *lexicon;
	GAsyncQueue *scratch_pool;
	SgPrefilter *prefilter;	/* NULL: every pattern runs */
};

struct _SgRuleLoader {
	SgRuleSet *set;
	const SgConfig *config;
	const char *lexicon_dir;
	const char *file;
	GKeyFile *kf;
	const char *group;
	GHashTable *lines;
	GPtrArray *problems;
	guint n_errors;
	GPtrArray *term_strings;	/* char *, normalized, like terms */
	GPtrArray *strings;	/* values handed out, freed with the loader */
};

typedef struct {
	SgNormText *plain;
	SgNormText *squeezed;
	GArray *line_starts;	/* gsize: byte offset of each line, lazily */
} SgPieceViews;

struct _SgCheckRun {
	SgRuleSet *set;
	const SgDraft *draft;
	const SgCheckContext *context;
	GPtrArray *pieces;	/* borrowed SgTextPiece * */
	SgPieceViews *views;
	GPtrArray *findings;
	GPtrArray *finding_piece;	/* piece index per finding */
};

/* --- rules ------------------------------------------------------------ */

static void
rule_free(SgRule *rule)
{
	if (rule == NULL)
		return;
	if (rule->kind && rule->kind->free_data && rule->data)
		rule->kind->free_data(rule->data);
	g_free(rule->id);
	g_free(rule->family);
	g_free(rule->clause);
	g_free(rule->message_ja);
	g_free(rule->message_en);
	g_free(rule->advice_ja);
	g_free(rule->advice_en);
	g_strfreev(rule->exceptions);
	g_strfreev(rule->guards);
	g_free(rule->file);
	g_free(rule);
}

/* --- the loader API for kinds ----------------------------------------- */

void
sg_rule_loader_problem(SgRuleLoader *loader, const char *key,
		       const char *file, guint line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	g_autofree char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	if (file == NULL) {
		file = loader->file;
		line = sg_keyfile_line(loader->lines, loader->group, key);
	}
	g_ptr_array_add(loader->problems,
			g_strdup_printf("%s:%u: [%s] %s", file, line,
					loader->group, msg));
	loader->n_errors++;
}

const char *
sg_rule_loader_get_string(SgRuleLoader *loader, const char *key)
{
	char *v = g_key_file_get_value(loader->kf, loader->group, key, NULL);

	if (v == NULL)
		return NULL;
	g_ptr_array_add(loader->strings, v);
	return g_strstrip(v);
}

static char *
get_localized(SgRuleLoader *loader, const char *key, const char *locale)
{
	g_autofree char *full = g_strdup_printf("%s[%s]", key, locale);
	char *v = g_key_file_get_value(loader->kf, loader->group, full, NULL);

	return v ? g_strstrip(v) : NULL;
}

char **
sg_rule_loader_get_list(SgRuleLoader *loader, const char *key)
{
	const char *v = sg_rule_loader_get_string(loader, key);
	GPtrArray *out = g_ptr_array_new();

	if (v != NULL) {
		g_auto(GStrv) items = g_strsplit(v, ";", -1);
		for (guint i = 0; items[i] != NULL; i++) {
			char *item = g_strstrip(items[i]);
			if (*item != '\0')
				g_ptr_array_add(out, g_strdup(item));
		}
	}
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

const SgConfig *
sg_rule_loader_get_config(SgRuleLoader *loader)
{
	return loader->config;
}

GPtrArray *
sg_rule_loader_read_lines(SgRuleLoader *loader, const char *key,
			  const char *name, char **path_out)
{
	g_autofree char *path = g_path_is_absolute(name)
					? g_strdup(name)
					: g_build_filename(loader->lexicon_dir,
							   name, NULL);
	g_autofree char *contents = NULL;
	g_autoptr(GError) error = NULL;

	if (!g_file_get_contents(path, &contents, NULL, &error)) {
		sg_rule_loader_problem(loader, key, NULL, 0,
				       "cannot read %s: %s", name,
				       error->message);
		return NULL;
	}
	if (!g_utf8_validate(contents, -1, NULL)) {
		sg_rule_loader_problem(loader, key, NULL, 0,
				       "%s is not UTF-8; save it as UTF-8",
				       path);
		return NULL;
	}
	GPtrArray *entries = g_ptr_array_new_with_free_func(g_free);
	g_auto(GStrv) rows = g_strsplit(contents, "\n", -1);
	for (guint i = 0; rows[i] != NULL; i++) {
		char *row = rows[i];
		gsize n = strlen(row);
		if (n > 0 && row[n - 1] == '\r')
			row[n - 1] = '\0';
		/* Leading blanks and comments only; a term may end in a space
		 * on purpose, so trailing blanks are not stripped. */
		while (*row == ' ')
			row++;
		if (*row == '\0' || *row == '#')
			continue;
		g_ptr_array_add(entries, g_strdup_printf("%u\t%s", i + 1, row));
	}
	if (path_out)
		*path_out = g_steal_pointer(&path);
	return entries;
}

void
sg_rule_loader_add_term(SgRuleLoader *loader, SgRule *rule, const char *term,
			char **contexts)
{
	char *norm = sg_normalize_string(term, SG_NORM_SQUEEZE);
	SgTermEntry entry = {.rule = rule};
	GPtrArray *ctx = g_ptr_array_new();

	if (*norm == '\0') {
		g_free(norm);
		g_ptr_array_free(ctx, TRUE);
		return;
	}
	for (guint i = 0; contexts && contexts[i]; i++)
		g_ptr_array_add(ctx, sg_normalize_string(contexts[i],
							 SG_NORM_SQUEEZE));
	g_ptr_array_add(ctx, NULL);
	entry.contexts = (char **)g_ptr_array_free(ctx, FALSE);
	g_array_append_val(loader->set->terms, entry);
	g_ptr_array_add(loader->term_strings, norm);
}

/* --- loading ---------------------------------------------------------- */

static const SgRuleKind *
find_kind(const char *name)
{
	for (guint i = 0; i < G_N_ELEMENTS(rule_kinds); i++)
		if (strcmp(rule_kinds[i]->name, name) == 0)
			return rule_kinds[i];
	return NULL;
}

/* @key's list, each item normalized as the text it is compared with. */
static char **
normalized_list(SgRuleLoader *loader, const char *key)
{
	g_auto(GStrv) items = sg_rule_loader_get_list(loader, key);
	GPtrArray *out = g_ptr_array_new();

	for (guint i = 0; items[i]; i++)
		g_ptr_array_add(out, sg_normalize_string(items[i],
							 SG_NORM_SQUEEZE));
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

static bool
key_is_known(const SgRuleKind *kind, const char *key)
{
	g_autofree char *base = g_strdup(key);
	char *bracket = strchr(base, '[');

	/* message[en], advice[en]: localized forms of known keys. */
	if (bracket != NULL)
		*bracket = '\0';
	if (g_strv_contains(common_keys, base))
		return true;
	return kind != NULL && kind->keys != NULL &&
	       g_strv_contains(kind->keys, base);
}

static void
load_rule(SgRuleLoader *loader)
{
	const char *group = loader->group;

	if (!g_str_has_prefix(group, "rule ") || group[5] == '\0') {
		sg_rule_loader_problem(loader, NULL, NULL, 0,
				       "groups are written [rule ID]");
		return;
	}
	const char *id = group + 5;
	for (guint i = 0; i < loader->set->rules->len; i++) {
		const SgRule *other = g_ptr_array_index(loader->set->rules, i);
		if (strcmp(other->id, id) == 0) {
			sg_rule_loader_problem(
				loader, NULL, NULL, 0,
				"rule %s is already defined at %s:%u", id,
				other->file, other->line);
			return;
		}
	}

	guint errors_before = loader->n_errors;
	const char *family = sg_rule_loader_get_string(loader, "family");
	const char *clause = sg_rule_loader_get_string(loader, "clause");
	const char *severity = sg_rule_loader_get_string(loader, "severity");
	const char *check = sg_rule_loader_get_string(loader, "check");
	const char *message = sg_rule_loader_get_string(loader, "message");
	const char *mode = sg_rule_loader_get_string(loader, "mode");
	const SgRuleKind *kind = find_kind(check ? check : "terms");

	if (family == NULL || *family == '\0')
		sg_rule_loader_problem(loader, NULL, NULL, 0,
				       "no family; add family = NAME");
	if (clause == NULL || !sg_clause_is_known(clause))
		sg_rule_loader_problem(
			loader, "clause", NULL, 0,
			"clause %s is not a clause of the guideline; write it "
			"as the guideline numbers it, e.g. 5(4)ア",
			clause ? clause : "(missing)");
	SgSeverity sev = SG_SEVERITY_BLOCK;
	if (severity != NULL && !sg_severity_from_string(severity, &sev))
		sg_rule_loader_problem(loader, "severity", NULL, 0,
				       "severity %s: use block, warn or info",
				       severity);
	if (kind == NULL)
		sg_rule_loader_problem(loader, "check", NULL, 0,
				       "unknown check '%s'", check);
	if (message == NULL || *message == '\0')
		sg_rule_loader_problem(loader, NULL, NULL, 0,
				       "no message; staff need to be told what "
				       "is wrong");
	if (mode != NULL && strcmp(mode, "self-check") != 0 &&
	    strcmp(mode, "always") != 0)
		sg_rule_loader_problem(loader, "mode", NULL, 0,
				       "mode %s: use always or self-check",
				       mode);
	g_auto(GStrv) keys = g_key_file_get_keys(loader->kf, group, NULL, NULL);
	for (guint i = 0; keys && keys[i]; i++)
		if (!key_is_known(kind, keys[i]))
			sg_rule_loader_problem(loader, keys[i], NULL, 0,
					       "unknown key '%s'", keys[i]);
	if (loader->n_errors > errors_before)
		return;

	SgRule *rule = g_new0(SgRule, 1);
	rule->id = g_strdup(id);
	rule->family = g_strdup(family);
	rule->clause = g_strdup(sg_clause_canonical(clause));
	rule->severity = sev;
	rule->message_ja = g_strdup(message);
	rule->message_en = get_localized(loader, "message", "en");
	rule->advice_ja = g_strdup(sg_rule_loader_get_string(loader, "advice"));
	rule->advice_en = get_localized(loader, "advice", "en");
	rule->self_check_only = g_strcmp0(mode, "self-check") == 0;
	rule->kind = kind;
	rule->file = g_strdup(loader->file);
	rule->line = sg_keyfile_line(loader->lines, group, NULL);
	rule->exceptions = normalized_list(loader, "exceptions");
	rule->guards = normalized_list(loader, "guards");

	g_ptr_array_add(loader->set->rules, rule);
	if (!kind->compile(rule, loader)) {
		/* Terms it registered still point at it, but a failed
		 * compile fails the whole load, so they are never scanned. */
		g_ptr_array_remove(loader->set->rules, rule);
	}
}

static void
load_file(SgRuleLoader *loader, const char *path)
{
	g_autofree char *contents = NULL;
	g_autoptr(GError) error = NULL;
	gsize len = 0;

	loader->file = path;
	loader->group = "";
	if (!g_file_get_contents(path, &contents, &len, &error)) {
		sg_rule_loader_problem(loader, NULL, path, 0, "%s",
				       error->message);
		return;
	}
	g_autoptr(GKeyFile) kf = g_key_file_new();
	/* Without KEEP_TRANSLATIONS GKeyFile drops message[en] unless the
	 * process runs in an English locale. */
	if (!g_key_file_load_from_data(kf, contents, len,
				       G_KEY_FILE_KEEP_TRANSLATIONS, &error)) {
		sg_rule_loader_problem(loader, NULL, path, 0, "%s",
				       error->message);
		return;
	}
	g_autoptr(GHashTable) lines = sg_keyfile_index_lines(contents);
	g_auto(GStrv) groups = g_key_file_get_groups(kf, NULL);
	loader->kf = kf;
	loader->lines = lines;
	for (guint i = 0; groups[i] != NULL; i++) {
		loader->group = groups[i];
		load_rule(loader);
	}
	loader->kf = NULL;
	loader->lines = NULL;
}

static gint
compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
term_entry_clear(gpointer p)
{
	SgTermEntry *entry = p;

	g_strfreev(entry->contexts);
}

static SgRuleSet *
rule_set_alloc(void)
{
	SgRuleSet *set = g_new0(SgRuleSet, 1);

	set->ref_count = 1;
	set->rules = g_ptr_array_new_with_free_func((GDestroyNotify)rule_free);
	set->terms = g_array_new(FALSE, TRUE, sizeof(SgTermEntry));
	g_array_set_clear_func(set->terms, term_entry_clear);
	set->scratch_pool = g_async_queue_new_full(
		(GDestroyNotify)sg_lexicon_scratch_free);
	return set;
}

SgRuleSet *
sg_rule_set_load(const SgConfig *config, const char *rules_dir,
		 GPtrArray **problems, GError **error)
{
	g_return_val_if_fail(config != NULL, NULL);

	if (rules_dir == NULL)
		rules_dir = sg_config_get_path_setting(config, "gateway",
						       "rules");
	g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) term_strings =
		g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func(g_free);
	SgRuleSet *set = rule_set_alloc();
	SgRuleLoader loader = {
		.set = set,
		.config = config,
		.lexicon_dir = sg_config_get_path_setting(config, "gateway",
							  "lexicons"),
		.problems = found,
		.term_strings = term_strings,
		.strings = strings,
		.group = "",
	};
	g_autoptr(GError) local = NULL;
	g_autoptr(GDir) dir = g_dir_open(rules_dir, 0, &local);

	if (problems)
		*problems = NULL;
	if (dir == NULL) {
		g_set_error(error, SG_RULES_ERROR, SG_RULES_ERROR_INVALID,
			    "rules directory: %s", local->message);
		sg_rule_set_unref(set);
		return NULL;
	}
	g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while ((name = g_dir_read_name(dir)) != NULL)
		if (g_str_has_suffix(name, ".conf") && name[0] != '.')
			g_ptr_array_add(files, g_build_filename(rules_dir, name,
								NULL));
	g_ptr_array_sort(files, compare_names);
	/* The patterns the rule kinds compile while loading go into this
	 * set's literal prefilter (prefilter.h). */
	SgPrefilterCollector *collector = sg_prefilter_collect_begin();
	for (guint i = 0; i < files->len; i++)
		load_file(&loader, g_ptr_array_index(files, i));
	set->prefilter = sg_prefilter_collect_end(collector, &local);
	if (local != NULL) {
		/* Not fatal: without it every pattern runs, as before. */
		g_warning("rules: %s; every pattern will run", local->message);
		g_clear_error(&local);
	}
	if (files->len == 0)
		sg_rule_loader_problem(&loader, NULL, rules_dir, 0,
				       "no rule files (*.conf) in %s",
				       rules_dir);

	if (loader.n_errors == 0) {
		set->lexicon = sg_lexicon_new(
			(const char *const *)term_strings->pdata,
			term_strings->len, &local);
		if (set->lexicon == NULL)
			sg_rule_loader_problem(&loader, NULL, rules_dir, 0,
					       "lexicon: %s", local->message);
	}
	if (loader.n_errors > 0) {
		g_set_error(error, SG_RULES_ERROR, SG_RULES_ERROR_INVALID,
			    "%u problem%s in the rules", loader.n_errors,
			    loader.n_errors == 1 ? "" : "s");
		if (problems)
			*problems = g_steal_pointer(&found);
		sg_rule_set_unref(set);
		return NULL;
	}
	if (problems)
		*problems = g_steal_pointer(&found);
	return set;
}

SgRuleSet *
sg_rule_set_ref(SgRuleSet *rules)
{
	g_return_val_if_fail(rules != NULL, NULL);
	g_atomic_int_inc(&rules->ref_count);
	return rules;
}

void
sg_rule_set_unref(SgRuleSet *rules)
{
	if (rules == NULL || !g_atomic_int_dec_and_test(&rules->ref_count))
		return;
	g_array_unref(rules->terms);
	g_ptr_array_unref(rules->rules);
	sg_lexicon_unref(rules->lexicon);
	sg_prefilter_free(rules->prefilter);
	g_async_queue_unref(rules->scratch_pool);
	g_free(rules);
}

guint
sg_rule_set_get_n_rules(const SgRuleSet *rules)
{
	return rules->rules->len;
}

/* --- the check run API for kinds -------------------------------------- */

const SgDraft *
sg_check_run_get_draft(SgCheckRun *run)
{
	return run->draft;
}

const SgCheckContext *
sg_check_run_get_context(SgCheckRun *run)
{
	return run->context;
}

guint
sg_check_run_get_n_pieces(SgCheckRun *run)
{
	return run->pieces->len;
}

const SgTextPiece *
sg_check_run_get_piece(SgCheckRun *run, guint index)
{
	g_return_val_if_fail(index < run->pieces->len, NULL);
	return g_ptr_array_index(run->pieces, index);
}

const SgNormText *
sg_check_run_get_norm(SgCheckRun *run, guint index, SgNormFlags flags)
{
	g_return_val_if_fail(index < run->pieces->len, NULL);
	const SgTextPiece *piece = g_ptr_array_index(run->pieces, index);
	SgPieceViews *views = &run->views[index];
	SgNormText **slot = (flags & SG_NORM_SQUEEZE) ? &views->squeezed
						      : &views->plain;

	if (*slot == NULL) {
		*slot = sg_norm_text_new(piece->text, (gssize)piece->post_len,
					 flags);
		/* Lives until the check ends: the prefilter may remember it. */
		gsize len = 0;
		const char *text = sg_norm_text_get(*slot, &len);
		sg_prefilter_add_text(text, len);
	}
	return *slot;
}

bool
sg_check_run_covered_by_exception(const char *text, gsize len, gsize start,
				  gsize end, char *const *contexts)
{
	for (guint i = 0; contexts && contexts[i]; i++) {
		gsize clen = strlen(contexts[i]);
		if (clen < end - start || clen > len)
			continue;
		/* Every placement of the context that still covers the hit. */
		gsize first = end >= clen ? end - clen : 0;
		for (gsize p = first; p <= start && p + clen <= len; p++)
			if (memcmp(text + p, contexts[i], clen) == 0)
				return true;
	}
	return false;
}

/* Line and column of @offset in piece @index.  A draft may carry thousands
 * of findings: counting from the start of the text for each one would be
 * quadratic, so each piece keeps the offsets of its line starts. */
static void
piece_position(SgCheckRun *run, guint index, gsize offset, guint *line,
	       guint *column)
{
	const SgTextPiece *piece = g_ptr_array_index(run->pieces, index);
	SgPieceViews *views = &run->views[index];

	if (views->line_starts == NULL) {
		views->line_starts = g_array_new(FALSE, FALSE, sizeof(gsize));
		gsize zero = 0;
		g_array_append_val(views->line_starts, zero);
		for (gsize i = 0; i < piece->len; i++) {
			if (piece->text[i] != '\n')
				continue;
			gsize next = i + 1;
			g_array_append_val(views->line_starts, next);
		}
	}
	/* The last line start at or before @offset. */
	guint lo = 0, hi = views->line_starts->len;
	while (hi - lo > 1) {
		guint mid = lo + (hi - lo) / 2;
		if (g_array_index(views->line_starts, gsize, mid) <= offset)
			lo = mid;
		else
			hi = mid;
	}
	gsize begin = g_array_index(views->line_starts, gsize, lo);
	guint unused = 0;

	sg_text_position(piece->text + begin, offset - begin, &unused, column);
	*line = lo + 1;
}

SgFinding *
sg_check_run_add_original(SgCheckRun *run, const SgRule *rule, guint index,
			  gsize start, gsize end, const char *matched)
{
	const SgTextPiece *piece = sg_check_run_get_piece(run, index);
	SgFinding *f = sg_finding_new();

	f->rule = g_strdup(rule->id);
	f->family = g_strdup(rule->family);
	f->clause = g_strdup(rule->clause);
	f->severity = rule->severity;
	f->piece_kind = piece->kind;
	f->piece_name = g_strdup(piece->name);
	piece_position(run, index, start, &f->line, &f->column);
	f->excerpt = g_strndup(piece->text + start, end - start);
	f->matched = g_strdup(matched);
	f->message_ja = g_strdup(rule->message_ja);
	f->message_en = g_strdup(rule->message_en ? rule->message_en
						  : rule->message_ja);
	f->advice_ja = g_strdup(rule->advice_ja);
	f->advice_en = g_strdup(rule->advice_en);
	g_ptr_array_add(run->findings, f);
	g_ptr_array_add(run->finding_piece, GUINT_TO_POINTER(index));
	return f;
}

SgFinding *
sg_check_run_add_norm(SgCheckRun *run, const SgRule *rule, guint index,
		      const SgNormText *norm, gsize start, gsize end,
		      const char *matched)
{
	gsize ostart = 0, oend = 0;

	sg_norm_text_map(norm, start, end, &ostart, &oend);
	return sg_check_run_add_original(run, rule, index, ostart, oend,
					 matched);
}

SgFinding *
sg_check_run_add_whole(SgCheckRun *run, const SgRule *rule,
		       const char *excerpt)
{
	SgFinding *f = sg_finding_new();

	f->rule = g_strdup(rule->id);
	f->family = g_strdup(rule->family);
	f->clause = g_strdup(rule->clause);
	f->severity = rule->severity;
	f->piece_kind = SG_PIECE_BODY;
	f->excerpt = g_strdup(excerpt ? excerpt : "");
	f->message_ja = g_strdup(rule->message_ja);
	f->message_en = g_strdup(rule->message_en ? rule->message_en
						  : rule->message_ja);
	f->advice_ja = g_strdup(rule->advice_ja);
	f->advice_en = g_strdup(rule->advice_en);
	g_ptr_array_add(run->findings, f);
	g_ptr_array_add(run->finding_piece, GUINT_TO_POINTER(G_MAXUINT));
	return f;
}

/* --- message templates ------------------------------------------------ */

/* The value of the key [@key, @end) in @kv, NULL when there is none. */
static const char *
lookup(const char *const *kv, const char *key, const char *end)
{
	gsize n = (gsize)(end - key);

	for (guint i = 0; kv[i] != NULL; i += 2)
		if (strlen(kv[i]) == n && strncmp(key, kv[i], n) == 0)
			return kv[i + 1] ? kv[i + 1] : "";
	return NULL;
}

/* Expands {key} in @tmpl from @kv (key, value pairs, NULL-terminated);
 * unknown keys stay as written. */
static char *
expand(const char *tmpl, const char *const *kv)
{
	GString *out = g_string_new(NULL);

	for (const char *p = tmpl; *p != '\0';) {
		const char *close = *p == '{' ? strchr(p, '}') : NULL;
		const char *value = close ? lookup(kv, p + 1, close) : NULL;

		if (value != NULL) {
			g_string_append(out, value);
			p = close + 1;
		} else {
			g_string_append_c(out, *p++);
		}
	}
	return g_string_free(out, FALSE);
}

void
sg_finding_set_messages(SgFinding *f, const SgRule *rule,
			const char *const *kv)
{
	g_free(f->message_ja);
	f->message_ja = expand(rule->message_ja, kv);
	g_free(f->message_en);
	f->message_en = expand(rule->message_en ? rule->message_en
						: rule->message_ja,
			       kv);
	if (rule->advice_ja != NULL) {
		g_free(f->advice_ja);
		f->advice_ja = expand(rule->advice_ja, kv);
	}
	if (rule->advice_en != NULL) {
		g_free(f->advice_en);
		f->advice_en = expand(rule->advice_en, kv);
	}
}

/* --- checking --------------------------------------------------------- */

typedef struct {
	SgCheckRun *run;
	guint index;
	const SgNormText *norm;
	const char *text;
	gsize len;
} SgTermScan;

static bool
rule_applies(const SgRule *rule, const SgCheckContext *context)
{
	return !rule->self_check_only || context->self_check;
}

static bool
is_sentence_end(const char *p)
{
	return *p == '\n' || *p == '!' || *p == '?' ||
	       strncmp(p, "。", strlen("。")) == 0;
}

/* Whether the sentence around [@start, @end) of the normalized @text holds
 * one of @guards: a word list does not know its context, and a warning
 * that quotes a chain letter's wording ("「5人に送らないと不幸になる」と
 * いったメッセージに注意") is not one. */
static bool
sentence_has_guard(const char *text, gsize len, gsize start, gsize end,
		   char *const *guards)
{
	if (guards == NULL || guards[0] == NULL)
		return false;
	gsize from = start, to = end;
	while (from > 0 && !is_sentence_end(text + from - 1) &&
	       !(from >= 3 && strncmp(text + from - 3, "。", 3) == 0))
		from--;
	while (to < len && !is_sentence_end(text + to))
		to++;
	for (guint i = 0; guards[i] != NULL; i++) {
		if (guards[i][0] != '\0' &&
		    g_strstr_len(text + from, (gssize)(to - from),
				 guards[i]) != NULL)
			return true;
	}
	return false;
}

static bool
on_term(guint term, gsize start, gsize end, gpointer user_data)
{
	SgTermScan *scan = user_data;
	const SgTermEntry *entry =
		&g_array_index(scan->run->set->terms, SgTermEntry, term);

	if (!rule_applies(entry->rule, scan->run->context))
		return true;
	if (sg_check_run_covered_by_exception(scan->text, scan->len, start,
					      end, entry->contexts) ||
	    sg_check_run_covered_by_exception(scan->text, scan->len, start,
					      end, entry->rule->exceptions) ||
	    sentence_has_guard(scan->text, scan->len, start, end,
			       entry->rule->guards))
		return true;
	g_autofree char *matched = g_strndup(scan->text + start, end - start);
	sg_check_run_add_norm(scan->run, entry->rule, scan->index, scan->norm,
			      start, end, matched);
	return true;
}

static gint
compare_findings(gconstpointer a, gconstpointer b)
{
	const SgFinding *x = *(SgFinding *const *)a;
	const SgFinding *y = *(SgFinding *const *)b;

	if (x->severity != y->severity)
		return (int)y->severity - (int)x->severity;
	if (x->piece_kind != y->piece_kind)
		return (int)x->piece_kind - (int)y->piece_kind;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->column != y->column)
		return x->column < y->column ? -1 : 1;
	return g_strcmp0(x->rule, y->rule);
}

/* The first alternative of multipart/alternative (numbered from 1), or a
 * body outside one (0). */
static bool
is_primary(const SgTextPiece *piece)
{
	return piece->alternative <= 1;
}

/* Drops repeats: the same rule and match in another alternative of the
 * body, or at the same place twice (two terms covering one span). */
static GPtrArray *
dedupe(SgCheckRun *run)
{
	GPtrArray *out =
		g_ptr_array_new_with_free_func((GDestroyNotify)sg_finding_free);
	g_autoptr(GHashTable) seen_body =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GHashTable) seen_place =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	for (guint i = 0; i < run->findings->len; i++) {
		SgFinding *f = g_ptr_array_index(run->findings, i);
		guint index = GPOINTER_TO_UINT(
			g_ptr_array_index(run->finding_piece, i));
		const SgTextPiece *piece =
			index < run->pieces->len
				? g_ptr_array_index(run->pieces, index)
				: NULL;
		g_autofree char *what = g_strdup_printf(
			"%s%s", f->rule, f->matched ? f->matched
							: f->excerpt);
		g_autofree char *place = g_strdup_printf(
			"%s%u%u%u%s", f->rule, index, f->line,
			f->column, f->excerpt);
		bool repeat = g_hash_table_contains(seen_place, place);
		if (piece != NULL && piece->kind == SG_PIECE_BODY) {
			if (!is_primary(piece) &&
			    g_hash_table_contains(seen_body, what))
				repeat = true;
			if (is_primary(piece))
				g_hash_table_add(seen_body,
						 g_steal_pointer(&what));
		}
		g_hash_table_add(seen_place, g_steal_pointer(&place));
		if (repeat) {
			sg_finding_free(f);
		} else {
			g_ptr_array_add(out, f);
		}
		run->findings->pdata[i] = NULL;
	}
	return out;
}

/* A rule reports at most SG_RULES_MAX_FINDINGS_PER_RULE places: a text
 * repeating one phrase thousands of times would otherwise make a report of
 * megabytes that nobody reads.  @findings is sorted, so the first places
 * are kept, and the last one kept says how many more there were. */
static void
cap_per_rule(GPtrArray *findings)
{
	g_autoptr(GHashTable) totals = g_hash_table_new_full(
		g_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GHashTable) seen = g_hash_table_new_full(
		g_str_hash, g_str_equal, g_free, NULL);
	guint kept = 0;

	for (guint i = 0; i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);
		guint n = GPOINTER_TO_UINT(g_hash_table_lookup(totals, f->rule));
		g_hash_table_insert(totals, g_strdup(f->rule),
				    GUINT_TO_POINTER(n + 1));
	}
	for (guint i = 0; i < findings->len; i++) {
		SgFinding *f = g_ptr_array_index(findings, i);
		guint total = GPOINTER_TO_UINT(
			g_hash_table_lookup(totals, f->rule));
		guint n = GPOINTER_TO_UINT(g_hash_table_lookup(seen, f->rule)) +
			  1;

		g_hash_table_insert(seen, g_strdup(f->rule),
				    GUINT_TO_POINTER(n));
		findings->pdata[i] = NULL;
		if (n > SG_RULES_MAX_FINDINGS_PER_RULE) {
			sg_finding_free(f);
			continue;
		}
		if (n == SG_RULES_MAX_FINDINGS_PER_RULE && total > n) {
			char *ja = g_strdup_printf(
				"%s（同様の箇所がほかに %u 件あります。）",
				f->message_ja, total - n);
			char *en = g_strdup_printf(
				"%s (%u more places like this.)",
				f->message_en, total - n);
			g_free(f->message_ja);
			g_free(f->message_en);
			f->message_ja = ja;
			f->message_en = en;
		}
		findings->pdata[kept++] = f;
	}
	g_ptr_array_set_size(findings, kept);
}

/* A pattern that hit its match or heap limit could not tell whether the
 * text breaks the rule.  Failing the whole check would defer the draft for
 * ever without telling its author why; passing it would let a crafted text
 * through.  It becomes a block finding of the rule instead. */
static void
add_limit_finding(SgCheckRun *run, const SgRule *rule)
{
	SgFinding *f = sg_check_run_add_whole(run, rule, NULL);

	f->severity = SG_SEVERITY_BLOCK;
	g_free(f->matched);
	f->matched = g_strdup("check-limit");
	g_free(f->message_ja);
	f->message_ja = g_strdup(
		"本文に同じ語句の極端な繰り返しなどがあり、この項目の自動確認を"
		"最後まで行えませんでした。");
	g_free(f->message_en);
	f->message_en = g_strdup(
		"The text could not be fully checked for this item (for "
		"example, a phrase repeated thousands of times).");
	g_free(f->advice_ja);
	f->advice_ja = g_strdup(
		"投稿として不自然な繰り返しや長大な記号の連続を取り除いて、"
		"もう一度送信してください。");
	g_free(f->advice_en);
	f->advice_en = g_strdup("Remove the unusual repetition and send the "
				"draft again.");
}

/* The first alternative of every body is scanned first, so the dedupe keeps the
 * plain-text finding when both alternatives carry the same text. */
static gint
compare_pieces(gconstpointer a, gconstpointer b)
{
	const SgTextPiece *x = *(SgTextPiece *const *)a;
	const SgTextPiece *y = *(SgTextPiece *const *)b;

	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	if (is_primary(x) != is_primary(y))
		return is_primary(x) ? -1 : 1;
	return 0;
}

GPtrArray *
sg_rule_set_check(SgRuleSet *rules, const SgDraft *draft,
		  const SgCheckContext *context, GError **error)
{
	g_return_val_if_fail(rules != NULL && draft != NULL, NULL);
	g_return_val_if_fail(context != NULL, NULL);

	GPtrArray *all = sg_draft_get_pieces(draft);
	SgCheckRun run = {
		.set = rules,
		.draft = draft,
		.context = context,
		.pieces = g_ptr_array_sized_new(all->len),
		.findings = g_ptr_array_new(),
		.finding_piece = g_ptr_array_new(),
	};
	/* A borrowed view: the draft owns the pieces. */
	for (guint i = 0; i < all->len; i++)
		g_ptr_array_add(run.pieces, g_ptr_array_index(all, i));
	g_ptr_array_sort(run.pieces, compare_pieces);
	run.views = g_new0(SgPieceViews, run.pieces->len);
	bool ok = true;
	gpointer prefilter = sg_prefilter_check_begin(rules->prefilter);

	SgLexiconScratch *scratch = g_async_queue_try_pop(rules->scratch_pool);
	if (scratch == NULL)
		scratch = sg_lexicon_scratch_new(rules->lexicon);
	for (guint i = 0; ok && i < run.pieces->len; i++) {
		SgTermScan scan = {.run = &run, .index = i};
		scan.norm = sg_check_run_get_norm(&run, i, SG_NORM_SQUEEZE);
		scan.text = sg_norm_text_get(scan.norm, &scan.len);
		ok = sg_lexicon_scan(rules->lexicon, scratch, scan.text,
				     scan.len, on_term, &scan, error);
	}
	g_async_queue_push(rules->scratch_pool, scratch);

	for (guint r = 0; ok && r < rules->rules->len; r++) {
		const SgRule *rule = g_ptr_array_index(rules->rules, r);
		g_autoptr(GError) local = NULL;

		if (!rule_applies(rule, context) || rule->kind->check == NULL ||
		    rule->kind->check(rule, &run, &local))
			continue;
		if (g_error_matches(local, SG_PATTERN_ERROR,
				    SG_PATTERN_ERROR_LIMIT)) {
			add_limit_finding(&run, rule);
		} else {
			g_propagate_error(error, g_steal_pointer(&local));
			ok = false;
		}
	}

	sg_prefilter_check_end(prefilter);
	GPtrArray *findings = ok ? dedupe(&run) : NULL;
	if (findings != NULL) {
		g_ptr_array_sort(findings, compare_findings);
		cap_per_rule(findings);
	}
	for (guint i = 0; i < run.findings->len; i++)
		sg_finding_free(g_ptr_array_index(run.findings, i));
	g_ptr_array_unref(run.findings);
	g_ptr_array_unref(run.finding_piece);
	for (guint i = 0; i < run.pieces->len; i++) {
		sg_norm_text_free(run.views[i].plain);
		sg_norm_text_free(run.views[i].squeezed);
		g_clear_pointer(&run.views[i].line_starts, g_array_unref);
	}
	g_free(run.views);
	g_ptr_array_unref(run.pieces);
	return findings;
}
