/* Findings: what a rule reports about a draft.
 *
 * A finding names its rule and family, the guideline clause it cites, its
 * severity, where it is (piece, original line and column, excerpt) and a
 * message in Japanese and English.  Findings are plain data, created by the
 * rules engine and read by the verdict, report and store modules.
 */
#ifndef SNSGATE_FINDING_H
#define SNSGATE_FINDING_H

#include <glib.h>
#include <snsgate/draft.h>

G_BEGIN_DECLS

typedef enum {
	SG_SEVERITY_INFO,
	SG_SEVERITY_WARN,
	SG_SEVERITY_BLOCK,
} SgSeverity;

typedef struct {
	char *rule;		/* the rule's id, e.g. "defamation-insult" */
	char *family;		/* its family, e.g. "defamation" */
	char *clause;		/* guideline clause id, e.g. "5(4)ア" */
	SgSeverity severity;
	SgPieceKind piece_kind;
	char *piece_name;	/* attachment name, or NULL */
	guint line;		/* 1-based; 0 when the finding has no place */
	guint column;		/* 1-based, in code points */
	char *excerpt;		/* the original text that matched */
	char *matched;		/* what matched: the lexicon term or pattern */
	char *message_ja;
	char *message_en;
	char *advice_ja;	/* what to do; may be NULL */
	char *advice_en;
	char *detail;		/* e.g. "262/280"; may be NULL */
} SgFinding;

/** Returns: (transfer full): a zeroed finding. */
SgFinding *sg_finding_new(void);
/** sg_finding_free: NULL is accepted. */
void sg_finding_free(SgFinding *finding);

/** Returns: "info", "warn" or "block". */
const char *sg_severity_to_string(SgSeverity severity);
/** Returns: true and sets @severity when @s names one. */
gboolean sg_severity_from_string(const char *s, SgSeverity *severity);

/**
 * sg_finding_dup_part:
 *
 * Returns: (transfer full): the part label of the JSON contract: "subject",
 * "body" or "attachment:NAME".
 */
char *sg_finding_dup_part(const SgFinding *finding);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgFinding, sg_finding_free)

G_END_DECLS

#endif
