/* Compiled PCRE2 patterns with JIT and the limits an attacker cannot push
 * past.
 *
 * Every regular expression snsgate runs over mail (rule patterns, number and
 * date recognisers) goes through here, so the match, depth and heap limits
 * that stop catastrophic backtracking are set in one place (rspamd's
 * regexp.c does the same).  Patterns run in UTF mode on UTF-8 text.
 *
 * An SgPattern is immutable and shared between threads; match data is
 * kept per thread.  Patterns compiled while a rule set loads join its
 * literal prefilter (prefilter.h): during that set's checks, a pattern none
 * of whose required literals occurs in a registered text is not run.
 */
#ifndef SNSGATE_PATTERN_H
#define SNSGATE_PATTERN_H

#include <glib.h>
#include <stdbool.h>

G_BEGIN_DECLS

#define SG_PATTERN_ERROR (sg_pattern_error_quark())
GQuark sg_pattern_error_quark(void);

typedef enum {
	SG_PATTERN_ERROR_COMPILE,	/* the regex is invalid */
	SG_PATTERN_ERROR_LIMIT,		/* a match hit a resource limit */
	SG_PATTERN_ERROR_MATCH,		/* any other matching failure */
} SgPatternError;

typedef struct _SgPattern SgPattern;

/**
 * SgPatternMatchFunc:
 * @start: byte offset of the whole match
 * @end: end byte offset (exclusive)
 * @groups: (array length=n_groups): start/end byte offsets of each capture
 *   group as pairs (unset groups are G_MAXSIZE)
 * @n_groups: number of groups (pairs) in @groups, group 0 first
 *
 * Returns: true to look for the next match, false to stop.
 */
typedef bool (*SgPatternMatchFunc)(gsize start, gsize end,
				   const gsize *groups, guint n_groups,
				   gpointer user_data);

/**
 * sg_pattern_new:
 * @regex: PCRE2 syntax, UTF-8
 * @caseless: match without regard to case
 * @error: set with the PCRE2 message and offset when @regex is invalid
 *
 * Returns: (transfer full) (nullable): the compiled, JIT-compiled pattern.
 */
SgPattern *sg_pattern_new(const char *regex, bool caseless, GError **error);

/** sg_pattern_free: NULL is accepted. */
void sg_pattern_free(SgPattern *pattern);

/** Returns: (transfer none): the source of the pattern. */
const char *sg_pattern_get_source(const SgPattern *pattern);

/**
 * sg_pattern_foreach:
 * @text: UTF-8 text
 * @len: its length in bytes
 * @func: called for each non-overlapping match, left to right
 *
 * Returns: false with @error set when a limit was hit (the text is hostile
 * or the pattern too costly); matches reported before that stand.
 */
bool sg_pattern_foreach(const SgPattern *pattern, const char *text,
			gsize len, SgPatternMatchFunc func, gpointer user_data,
			GError **error);

/** Returns: whether @pattern matches anywhere in @text (false on a limit). */
bool sg_pattern_search(const SgPattern *pattern, const char *text, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgPattern, sg_pattern_free)

G_END_DECLS

#endif
