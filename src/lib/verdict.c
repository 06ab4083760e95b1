/* The verdict from the findings: the most severe finding decides; info
 * findings never change it.  Kept apart from the rules so that the account
 * policy (per-account severity overrides) has one place to live.
 */
#include "config.h"

#include <snsgate/verdict.h>

SgVerdict
sg_verdict_from_findings(GPtrArray *findings)
{
	SgVerdict verdict = SG_VERDICT_PASS;

	for (guint i = 0; findings != NULL && i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);
		if (f->severity == SG_SEVERITY_BLOCK)
			return SG_VERDICT_BLOCK;
		if (f->severity == SG_SEVERITY_WARN)
			verdict = SG_VERDICT_WARN;
	}
	return verdict;
}

const char *
sg_verdict_to_string(SgVerdict verdict)
{
	switch (verdict) {
	case SG_VERDICT_BLOCK:
		return "block";
	case SG_VERDICT_WARN:
		return "warn";
	case SG_VERDICT_PASS:
	default:
		return "pass";
	}
}
