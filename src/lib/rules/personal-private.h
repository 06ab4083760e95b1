/* What personal-info.c shares with personal-names.c: deciding whether a
 * name that a pattern found stands for a private person.
 *
 * A "detect = pattern" rule finds statements about a person with regexes in
 * which {NAME} stands for a name and honorific; personal-names.c builds that
 * group (and {CIRC}, the rule's vocabulary of a person's circumstances) and,
 * for every match, says whether the name is a private person's: not a role
 * (区長さん, 利用者様), not a public role in front of the name (講師の佐藤さん,
 * 区長の山本), not a fictional example (区役所太郎), and not in a sentence
 * about a public talk.  Private to src/lib/rules/; compiled data is
 * immutable and shared by parallel checks.
 */
#ifndef SNSGATE_RULES_PERSONAL_PRIVATE_H
#define SNSGATE_RULES_PERSONAL_PRIVATE_H

#include "../rules-private.h"

typedef struct _SgPiNames SgPiNames;

/* The rule keys personal-names.c reads (for the kind's key list). */
#define SG_PI_NAMES_KEYS                                                   \
	"name", "honorific", "not_names", "role_before", "fictional",      \
		"not_in_sentence", "circumstances"

/**
 * sg_pi_names_compile:
 * Reads the name keys of the rule being loaded; problems are reported
 * through @loader.
 *
 * Returns: (transfer full) (nullable): the compiled names, NULL after a
 * problem.
 */
SgPiNames *sg_pi_names_compile(SgRuleLoader *loader);

/** Frees @names (NULL is fine). */
void sg_pi_names_free(SgPiNames *names);

/**
 * sg_pi_names_expand:
 * @pattern: a pattern line as written in a .re file
 *
 * Returns: (transfer full): @pattern with {NAME} replaced by the capturing
 * name group and {CIRC} by the circumstance vocabulary.
 */
char *sg_pi_names_expand(const SgPiNames *names, const char *pattern);

/**
 * sg_pi_names_is_private:
 * @text: the normalized (squeezed) text the pattern ran on
 * @ns: start of the name in @text; @ne: its end
 *
 * Returns: whether the name at [@ns, @ne) may be a private person's.
 */
bool sg_pi_names_is_private(const SgPiNames *names, const char *text,
			    gsize len, gsize ns, gsize ne);

#endif
