/* PCRE2 patterns for everything snsgate matches with a regular expression.
 *
 * Compilation turns on UTF mode with UCP (so \d and \w mean Unicode classes)
 * and JIT.  Matching sets a match limit and a heap limit on a per-call match
 * context: those are the named limits that keep a hostile draft from
 * driving a pattern into catastrophic backtracking (with JIT the depth limit
 * is ignored; the heap and match limits still apply).  Patterns are shared
 * between threads; match data and contexts are kept per thread.  A pattern
 * the rule set's literal prefilter (prefilter.c) shows cannot match a text
 * the check run registered is not run at all.
 */
#include "config.h"

#include <snsgate/pattern.h>
#include <snsgate/prefilter.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Limits from rspamd's experience: high enough for any honest pattern on a
 * 10 MB text, low enough that a pathological one stops within milliseconds.
 */
#define SG_PATTERN_MATCH_LIMIT 1000000
#define SG_PATTERN_HEAP_LIMIT_KB (16 * 1024)

struct _SgPattern {
	pcre2_code *code;
	char *source;
	guint n_groups;
	/* Which prefilter may skip this pattern (see prefilter.h). */
	guint64 filter_serial;
	gint filter_index;	/* -1: never skipped */
};

G_DEFINE_QUARK(sg-pattern-error-quark, sg_pattern_error)

typedef struct {
	pcre2_match_context *mctx;	/* the limits below */
	pcre2_match_data *md;
	guint pairs;		/* ovector pairs md holds */
	bool busy;
} SgMatchState;

static SgMatchState *
match_state_new(void)
{
	SgMatchState *state = g_new0(SgMatchState, 1);

	state->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(state->mctx, SG_PATTERN_MATCH_LIMIT);
	pcre2_set_heap_limit(state->mctx, SG_PATTERN_HEAP_LIMIT_KB);
	return state;
}

static void
match_state_free(gpointer p)
{
	SgMatchState *state = p;

	pcre2_match_data_free(state->md);
	pcre2_match_context_free(state->mctx);
	g_free(state);
}

static GPrivate match_state_key = G_PRIVATE_INIT(match_state_free);

static char *
pcre2_message(int code)
{
	PCRE2_UCHAR buf[256];

	if (pcre2_get_error_message(code, buf, sizeof buf) < 0)
		return g_strdup_printf("PCRE2 error %d", code);
	return g_strdup((const char *)buf);
}

SgPattern *
sg_pattern_new(const char *regex, bool caseless, GError **error)
{
	g_return_val_if_fail(regex != NULL, NULL);

	int errcode = 0;
	PCRE2_SIZE erroffset = 0;
	uint32_t options = PCRE2_UTF | PCRE2_UCP;
	if (caseless)
		options |= PCRE2_CASELESS;

	pcre2_code *code = pcre2_compile((PCRE2_SPTR)regex,
					 PCRE2_ZERO_TERMINATED, options,
					 &errcode, &erroffset, NULL);
	if (code == NULL) {
		g_autofree char *msg = pcre2_message(errcode);
		g_set_error(error, SG_PATTERN_ERROR, SG_PATTERN_ERROR_COMPILE,
			    "invalid pattern at offset %zu: %s",
			    (size_t)erroffset, msg);
		return NULL;
	}
	/* JIT is an optimisation: a platform without it still matches. */
	(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);

	uint32_t captures = 0;
	pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &captures);

	SgPattern *pattern = g_new0(SgPattern, 1);
	pattern->code = code;
	pattern->source = g_strdup(regex);
	pattern->n_groups = captures + 1;
	pattern->filter_index = sg_prefilter_register(
		regex, caseless, &pattern->filter_serial);
	return pattern;
}

void
sg_pattern_free(SgPattern *pattern)
{
	if (pattern == NULL)
		return;
	pcre2_code_free(pattern->code);
	g_free(pattern->source);
	g_free(pattern);
}

const char *
sg_pattern_get_source(const SgPattern *pattern)
{
	g_return_val_if_fail(pattern != NULL, NULL);
	return pattern->source;
}

bool
sg_pattern_foreach(const SgPattern *pattern, const char *text, gsize len,
		   SgPatternMatchFunc func, gpointer user_data, GError **error)
{
	g_return_val_if_fail(pattern != NULL, false);
	g_return_val_if_fail(text != NULL || len == 0, false);

	/* A text the check run registered is valid UTF-8 by construction,
	 * and when none of the pattern's literals occurs in it the pattern
	 * cannot match: the one pass over it is saved. */
	bool valid_utf8 = false;
	if (!sg_prefilter_should_run(pattern->filter_serial,
				     pattern->filter_index, text, len,
				     &valid_utf8))
		return true;

	/* A pattern runs hundreds of times per draft: the match context and
	 * data are kept per thread rather than created per call (a callback
	 * that runs another pattern gets its own). */
	SgMatchState *state = g_private_get(&match_state_key);
	SgMatchState *own = NULL;
	if (state == NULL) {
		state = match_state_new();
		g_private_set(&match_state_key, state);
	}
	if (state->busy)
		state = own = match_state_new();
	state->busy = true;
	if (state->pairs < pattern->n_groups) {
		pcre2_match_data_free(state->md);
		state->pairs = MAX(pattern->n_groups, 16);
		state->md = pcre2_match_data_create(state->pairs, NULL);
	}
	pcre2_match_context *mctx = state->mctx;
	pcre2_match_data *md = state->md;
	gsize stack_groups[32];
	g_autofree gsize *heap_groups =
		2 * pattern->n_groups > G_N_ELEMENTS(stack_groups)
			? g_new(gsize, 2 * pattern->n_groups)
			: NULL;
	gsize *groups = heap_groups ? heap_groups : stack_groups;
	bool ok = true;
	PCRE2_SIZE offset = 0;

	/* PCRE2 validates the whole subject as UTF-8 on every call unless
	 * told not to: once is enough, or a text with many matches costs
	 * (matches x length). */
	uint32_t options = valid_utf8 ? PCRE2_NO_UTF_CHECK : 0;

	while (offset <= len) {
		int rc = pcre2_match(pattern->code, (PCRE2_SPTR)text, len,
				     offset, options, md, mctx);
		options = PCRE2_NO_UTF_CHECK;
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc < 0) {
			g_autofree char *msg = pcre2_message(rc);
			bool limit = rc == PCRE2_ERROR_MATCHLIMIT ||
				     rc == PCRE2_ERROR_HEAPLIMIT ||
				     rc == PCRE2_ERROR_DEPTHLIMIT ||
				     rc == PCRE2_ERROR_JIT_STACKLIMIT;
			g_set_error(error, SG_PATTERN_ERROR,
				    limit ? SG_PATTERN_ERROR_LIMIT
					  : SG_PATTERN_ERROR_MATCH,
				    "pattern %s: %s", pattern->source, msg);
			ok = false;
			break;
		}
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		for (guint i = 0; i < pattern->n_groups; i++) {
			bool set = i < (guint)rc && ov[2 * i] != PCRE2_UNSET;
			groups[2 * i] = set ? ov[2 * i] : G_MAXSIZE;
			groups[2 * i + 1] = set ? ov[2 * i + 1] : G_MAXSIZE;
		}
		if (!func(ov[0], ov[1], groups, pattern->n_groups, user_data))
			break;
		if (ov[1] > ov[0]) {
			offset = ov[1];
		} else {
			/* An empty match: step over one whole character. */
			offset = ov[1] + 1;
			while (offset < len &&
			       ((guchar)text[offset] & 0xC0) == 0x80)
				offset++;
		}
	}
	state->busy = false;
	if (own != NULL)
		match_state_free(own);
	return ok;
}

static bool
stop_at_first(gsize start, gsize end, const gsize *groups, guint n_groups,
	      gpointer user_data)
{
	*(bool *)user_data = true;
	return false;
}

bool
sg_pattern_search(const SgPattern *pattern, const char *text, gsize len)
{
	bool found = false;

	(void)sg_pattern_foreach(pattern, text, len, stop_at_first, &found,
				 NULL);
	return found;
}
