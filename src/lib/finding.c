/* Findings as plain data: allocation, severity names and the part label of
 * the `snsgate check` JSON contract.  Nothing here decides what is found.
 */
#include "config.h"

#include <snsgate/finding.h>

#include <string.h>

SgFinding *
sg_finding_new(void)
{
	return g_new0(SgFinding, 1);
}

void
sg_finding_free(SgFinding *finding)
{
	if (finding == NULL)
		return;
	g_free(finding->rule);
	g_free(finding->family);
	g_free(finding->clause);
	g_free(finding->piece_name);
	g_free(finding->excerpt);
	g_free(finding->matched);
	g_free(finding->message_ja);
	g_free(finding->message_en);
	g_free(finding->advice_ja);
	g_free(finding->advice_en);
	g_free(finding->detail);
	g_free(finding);
}

static const char *const severity_names[] = {"info", "warn", "block"};

const char *
sg_severity_to_string(SgSeverity severity)
{
	g_return_val_if_fail(severity <= SG_SEVERITY_BLOCK, "info");
	return severity_names[severity];
}

gboolean
sg_severity_from_string(const char *s, SgSeverity *severity)
{
	for (guint i = 0; i < G_N_ELEMENTS(severity_names); i++) {
		if (g_strcmp0(s, severity_names[i]) == 0) {
			*severity = (SgSeverity)i;
			return TRUE;
		}
	}
	return FALSE;
}

char *
sg_finding_dup_part(const SgFinding *finding)
{
	switch (finding->piece_kind) {
	case SG_PIECE_SUBJECT:
		return g_strdup("subject");
	case SG_PIECE_ATTACHMENT:
		return g_strdup_printf("attachment:%s",
				       finding->piece_name ? finding->piece_name
							   : "");
	case SG_PIECE_BODY:
	default:
		return g_strdup("body");
	}
}
