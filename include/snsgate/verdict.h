/* The verdict on a draft: pass, warn or block, from its findings.
 *
 * The most severe finding decides: any block finding bounces the draft, any
 * warn finding forwards it with the warning shown, info findings never
 * change the verdict.
 */
#ifndef SNSGATE_VERDICT_H
#define SNSGATE_VERDICT_H

#include <glib.h>
#include <snsgate/finding.h>

G_BEGIN_DECLS

typedef enum {
	SG_VERDICT_PASS,
	SG_VERDICT_WARN,
	SG_VERDICT_BLOCK,
} SgVerdict;

/**
 * sg_verdict_from_findings:
 * @findings: (element-type SgFinding): the findings
 *
 * Returns: the verdict.
 */
SgVerdict sg_verdict_from_findings(GPtrArray *findings);

/** Returns: "pass", "warn" or "block". */
const char *sg_verdict_to_string(SgVerdict verdict);

G_END_DECLS

#endif
