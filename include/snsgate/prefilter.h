/* A literal prefilter that lets a check skip the PCRE2 patterns that cannot
 * match a text.
 *
 * A rule set holds a few hundred patterns and every one of them used to run
 * one full PCRE2 pass over every text piece (issue #6: ~450 passes per
 * draft).  Most patterns contain a word every match must include ("候補",
 * "当選", one of "株式会社|有限会社").  When a rule set is loaded, each
 * pattern's required literals are extracted from its source; they all go
 * into one vectorscan literal database, which compiles in milliseconds (a
 * full HS_FLAG_PREFILTER database of the patterns took 40 s).  During a
 * check, the first pattern run over a text piece scans that piece once for
 * every literal; a pattern none of whose literals occurs is not run.
 *
 * Correctness over speed: extraction is conservative (any syntax it does
 * not fully understand yields "no literal", and such a pattern always
 * runs); caseless patterns only get literals made of characters whose case
 * cannot vary, plus ASCII letters scanned caselessly; a scan failure runs
 * every pattern.  Only texts the check run owns and has registered
 * (normalized views, valid UTF-8 by construction, alive for the whole
 * check) are filtered; any other text a rule passes runs every pattern.
 *
 * The collector and the check context are per thread: a rule set is loaded
 * in one thread, and one check runs in one thread, so pattern.c and the
 * rule kinds need not pass them around.
 */
#ifndef SNSGATE_PREFILTER_H
#define SNSGATE_PREFILTER_H

#include <glib.h>
#include <stdbool.h>

G_BEGIN_DECLS

GQuark sg_prefilter_error_quark(void);

typedef struct _SgPrefilter SgPrefilter;
typedef struct _SgPrefilterCollector SgPrefilterCollector;

/**
 * sg_prefilter_literals:
 * @regex: a pattern in PCRE2 syntax as sg_pattern_new() takes it
 * @caseless: whether the pattern is compiled caselessly
 *
 * Returns: (transfer full) (nullable): literals at least one of which
 * occurs in every match of @regex (caseless in ASCII letters when
 * @caseless), or NULL when no such set is known: the pattern must always
 * run.
 */
char **sg_prefilter_literals(const char *regex, bool caseless);

/**
 * sg_prefilter_collect_begin:
 *
 * Starts collecting, in this thread, the patterns sg_pattern_new()
 * compiles (a rule set's load).  Collectors nest.
 */
SgPrefilterCollector *sg_prefilter_collect_begin(void);

/**
 * sg_prefilter_collect_end:
 *
 * Stops collecting and compiles the literal database of the patterns
 * collected.  Returns: (transfer full) (nullable): NULL with @error set
 * when vectorscan fails (then no pattern is filtered: every one runs), or
 * when no pattern has literals (without @error).
 */
SgPrefilter *sg_prefilter_collect_end(SgPrefilterCollector *collector,
				      GError **error);

/**
 * sg_prefilter_register: (skip)
 *
 * Called by sg_pattern_new(): when a collector is active in this thread
 * and @regex has literals, adds them and returns the pattern's index
 * (>= 0) in the prefilter @serial will name; otherwise -1.
 */
gint sg_prefilter_register(const char *regex, bool caseless,
			   guint64 *serial);

void sg_prefilter_free(SgPrefilter *prefilter);

/** Returns: how many patterns @prefilter can skip (0 for NULL). */
guint sg_prefilter_get_n_patterns(const SgPrefilter *prefilter);

/**
 * sg_prefilter_check_begin:
 * @prefilter: (nullable): the rule set's prefilter, or NULL for none
 *
 * Makes @prefilter this thread's check context until
 * sg_prefilter_check_end().  Returns: an opaque previous context, for
 * sg_prefilter_check_end().
 */
gpointer sg_prefilter_check_begin(const SgPrefilter *prefilter);
void sg_prefilter_check_end(gpointer previous);

/**
 * sg_prefilter_add_text:
 *
 * Registers a text that stays alive and unchanged until the check ends
 * and is valid UTF-8 (a normalized view).  No-op outside a check.
 */
void sg_prefilter_add_text(const char *text, gsize len);

/**
 * sg_prefilter_should_run: (skip)
 * @serial, @index: what sg_prefilter_register() gave the pattern
 * @valid_utf8: (out): set true when @text is a registered text, known to
 *   be valid UTF-8 (PCRE2 need not check it again)
 *
 * Returns: false only when the pattern certainly has no match in @text.
 */
bool sg_prefilter_should_run(guint64 serial, gint index, const char *text,
			     gsize len, bool *valid_utf8);

/**
 * sg_prefilter_set_enabled:
 *
 * Process-wide switch (tests and benchmarks compare findings and time with
 * and without the prefilter).  Enabled by default.
 */
void sg_prefilter_set_enabled(bool enabled);

G_END_DECLS

#endif
