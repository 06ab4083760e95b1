/* What rules.c shares with the rule families under src/lib/rules/.
 *
 * Each family that needs code exports one SgRuleKind descriptor {name,
 * keys, compile, check, free}; a rule file selects it with "check = NAME".
 * compile() reads the rule's own keys through the SgRuleLoader (which knows
 * the file and line for every problem) and may register lexicon terms in the
 * rule set's one shared lexicon; check() reads the draft through the
 * SgCheckRun and reports findings with sg_check_run_add_*(): it never logs
 * and never sends anything.
 */
#ifndef SNSGATE_RULES_PRIVATE_H
#define SNSGATE_RULES_PRIVATE_H

#include <snsgate/normalize.h>
#include <snsgate/pattern.h>
#include <snsgate/rules.h>

typedef struct _SgRule SgRule;
typedef struct _SgRuleLoader SgRuleLoader;
typedef struct _SgCheckRun SgCheckRun;

typedef struct {
	const char *name;		/* the value of "check =" */
	const char *const *keys;	/* its own keys, NULL-terminated */
	/* Returns false when the rule cannot be used (problems reported). */
	bool (*compile)(SgRule *rule, SgRuleLoader *loader);
	/* Returns false with @error only for internal failures. */
	bool (*check)(const SgRule *rule, SgCheckRun *run, GError **error);
	void (*free_data)(gpointer data);
} SgRuleKind;

struct _SgRule {
	char *id;
	char *family;
	char *clause;
	SgSeverity severity;
	char *message_ja;
	char *message_en;
	char *advice_ja;
	char *advice_en;
	char **exceptions;	/* normalized contexts that cancel a hit */
	char **guards;		/* normalized words that cancel a lexicon
				 * hit anywhere in its sentence */
	bool self_check_only;	/* runs only for personal-post self-checks */
	const SgRuleKind *kind;
	gpointer data;		/* the kind's compiled state */
	char *file;
	guint line;
};

/* The families that need code; rules.c lists them. */
extern const SgRuleKind sg_rule_kind_terms;
extern const SgRuleKind sg_rule_kind_personal_info;
extern const SgRuleKind sg_rule_kind_accuracy;
extern const SgRuleKind sg_rule_kind_links;
extern const SgRuleKind sg_rule_kind_platform;
extern const SgRuleKind sg_rule_kind_images;

/* --- loading ---------------------------------------------------------- */

/** Returns: (transfer none) (nullable): the value of @key in the rule. */
const char *sg_rule_loader_get_string(SgRuleLoader *loader, const char *key);

/** Returns: (transfer full): @key split at ';' (empty items dropped),
 * never NULL. */
char **sg_rule_loader_get_list(SgRuleLoader *loader, const char *key);

/** Returns: (transfer none): the configuration rules are loaded for. */
const SgConfig *sg_rule_loader_get_config(SgRuleLoader *loader);

/**
 * sg_rule_loader_read_lines:
 * @name: a file in the lexicon directory (or an absolute path)
 * @key: the key that named it, for problem reports
 *
 * Reads a one-entry-per-line file: blank lines and lines starting with '#'
 * are skipped, and each entry keeps its line number.
 *
 * Returns: (transfer full) (nullable): entries as "LINE\tTEXT" strings, or
 * NULL after reporting a problem.
 */
GPtrArray *sg_rule_loader_read_lines(SgRuleLoader *loader, const char *key,
				     const char *name, char **path_out);

/** Records a problem at the rule's @key (or at @file:@line when given). */
void sg_rule_loader_problem(SgRuleLoader *loader, const char *key,
			    const char *file, guint line, const char *fmt,
			    ...) G_GNUC_PRINTF(5, 6);

/**
 * sg_rule_loader_add_term:
 * @rule: the rule that owns the term
 * @term: the term as written (normalized here)
 * @contexts: (nullable): exception contexts as written (normalized here)
 *
 * Adds a term to the rule set's shared lexicon: a hit that no context covers
 * becomes a finding of @rule.
 */
void sg_rule_loader_add_term(SgRuleLoader *loader, SgRule *rule,
			     const char *term, char **contexts);

/* --- checking --------------------------------------------------------- */

/** Returns: (transfer none): the draft being checked. */
const SgDraft *sg_check_run_get_draft(SgCheckRun *run);
/** Returns: (transfer none): the check context. */
const SgCheckContext *sg_check_run_get_context(SgCheckRun *run);
/** Returns: the number of text pieces. */
guint sg_check_run_get_n_pieces(SgCheckRun *run);
/** Returns: (transfer none): piece @index. */
const SgTextPiece *sg_check_run_get_piece(SgCheckRun *run, guint index);
/**
 * sg_check_run_get_norm:
 * @flags: SG_NORM_SQUEEZE for the view the lexicon and patterns use,
 *   SG_NORM_DEFAULT for one that keeps spaces and symbols (numbers, dates)
 *
 * Returns: (transfer none): the normalized post part of piece @index,
 * computed once per run.
 */
const SgNormText *sg_check_run_get_norm(SgCheckRun *run, guint index,
					SgNormFlags flags);

/**
 * sg_check_run_covered_by_exception:
 * Returns: whether an occurrence of one of @contexts in @text covers
 * [@start, @end).
 */
bool sg_check_run_covered_by_exception(const char *text, gsize len,
				       gsize start, gsize end,
				       char *const *contexts);

/**
 * sg_check_run_add_norm:
 * @norm: a view from sg_check_run_get_norm() for piece @index
 * @start: match start in @norm; @end: match end
 * @matched: (nullable): what matched (term or pattern), for the report
 *
 * Adds a finding of @rule at the original place of the match.
 *
 * Returns: (transfer none): the finding, so the caller may set its detail
 * or override its message.
 */
SgFinding *sg_check_run_add_norm(SgCheckRun *run, const SgRule *rule,
				 guint index, const SgNormText *norm,
				 gsize start, gsize end, const char *matched);

/**
 * sg_finding_set_messages:
 * @kv: (array zero-terminated=1): key, value pairs
 *
 * Sets @f's messages and advice from @rule's, with every {key} replaced by
 * its value from @kv (unknown keys stay as written): rules whose messages
 * name what was found ("{date} は{weekday}曜日です").
 */
void sg_finding_set_messages(SgFinding *f, const SgRule *rule,
			     const char *const *kv);

/** Adds a finding at original byte offsets of piece @index. */
SgFinding *sg_check_run_add_original(SgCheckRun *run, const SgRule *rule,
				     guint index, gsize start, gsize end,
				     const char *matched);

/** Adds a finding about the whole draft (no place); @excerpt nullable. */
SgFinding *sg_check_run_add_whole(SgCheckRun *run, const SgRule *rule,
				  const char *excerpt);

#endif
