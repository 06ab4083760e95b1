/* The rule set: every rule of conf/rules.d compiled, and the check that runs
 * them over a draft.
 *
 * Rules are GLib key files, one group per rule ("[rule ID]") with its family,
 * clause, severity, messages and the check that implements it: "terms" for
 * the lexicon families (lexicon files, patterns, exception contexts), or a
 * family that needs code (src/lib/rules/).  Loading collects every problem
 * with file and line.  The engine reports findings; it never logs or sends
 * mail, so the milter, the CLI and the tests share it.
 *
 * An SgRuleSet is immutable and reference-counted; sg_rule_set_check() may
 * run in many threads at once (each call takes its own scratch space).
 */
#ifndef SNSGATE_RULES_H
#define SNSGATE_RULES_H

#include <glib.h>
#include <stdbool.h>
#include <snsgate/config.h>
#include <snsgate/draft.h>
#include <snsgate/finding.h>

G_BEGIN_DECLS

#define SG_RULES_ERROR (sg_rules_error_quark())
GQuark sg_rules_error_quark(void);

typedef enum {
	SG_RULES_ERROR_INVALID,	/* a rule file has problems; see message */
	SG_RULES_ERROR_CHECK,	/* a check failed (internal, not the draft) */
} SgRulesError;

typedef struct _SgRuleSet SgRuleSet;

/* What a check needs to know besides the draft. */
typedef struct {
	const SgConfig *config;		/* allow-lists, limits */
	const SgAccount *account;	/* nullable: no account-specific rules */
	bool self_check;		/* personal-account self-check mode */
} SgCheckContext;

/**
 * sg_rule_set_load:
 * @config: the configuration (the rules directory and allow-lists)
 * @rules_dir: (nullable): overrides the configured rules directory
 * @problems: (out) (optional) (transfer full): every problem, "FILE:LINE:
 *   message" strings
 * @error: set when any rule file has an error
 *
 * Returns: (transfer full) (nullable): the compiled rule set.
 */
SgRuleSet *sg_rule_set_load(const SgConfig *config, const char *rules_dir,
			    GPtrArray **problems, GError **error);

SgRuleSet *sg_rule_set_ref(SgRuleSet *rules);
void sg_rule_set_unref(SgRuleSet *rules);

/** Returns: the number of rules loaded. */
guint sg_rule_set_get_n_rules(const SgRuleSet *rules);

/**
 * sg_rule_set_check:
 * @rules: the rule set
 * @draft: the parsed draft
 * @context: account and configuration
 * @error: set when a check fails internally (never for what the draft says)
 *
 * Runs every rule.  Findings are returned once each (a finding in two
 * alternatives of multipart/alternative is reported for the first), sorted
 * by severity, then place.
 *
 * Returns: (transfer full) (element-type SgFinding) (nullable): findings.
 */
GPtrArray *sg_rule_set_check(SgRuleSet *rules, const SgDraft *draft,
			     const SgCheckContext *context, GError **error);

/**
 * sg_clause_text:
 * @clause: a clause id ("5(4)ア"; compared after NFKC)
 *
 * Returns: (transfer none) (nullable): the clause's text quoted from the
 * guideline, or NULL for an unknown id.
 */
const char *sg_clause_text(const char *clause);

/** Returns: (transfer none) (nullable): the clause's short heading. */
const char *sg_clause_heading(const char *clause);

/** Returns: true when @clause is one of the guideline's clause ids. */
bool sg_clause_is_known(const char *clause);

/** Returns: (transfer none) (nullable): the id as the guideline writes it
 * (after NFKC, white space removed), NULL for an unknown id. */
const char *sg_clause_canonical(const char *clause);

G_END_DECLS

#endif
