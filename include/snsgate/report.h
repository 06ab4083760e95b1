/* Reports: a checked draft's verdict and findings rendered for people (text,
 * Japanese or English) and for programs (the one-line JSON object of the
 * `snsgate check` contract, DESIGN §3).  Rendering only: nothing here
 * decides a verdict.  The feedback e-mail with its HTML highlights is built
 * on the same data by the compose module.
 */
#ifndef SNSGATE_REPORT_H
#define SNSGATE_REPORT_H

#include <glib.h>
#include <snsgate/finding.h>
#include <snsgate/verdict.h>

G_BEGIN_DECLS

typedef enum {
	SG_LANG_JA,
	SG_LANG_EN,
} SgLang;

/* What a report is made of; everything is borrowed. */
typedef struct {
	const char *file;	/* the input's name as given */
	const char *account;	/* nullable */
	SgVerdict verdict;
	GPtrArray *findings;	/* SgFinding * */
	GPtrArray *notes;	/* char *, parse notes; nullable */
} SgReport;

/** Returns: true and sets @lang when @name is "ja" or "en". */
gboolean sg_lang_from_string(const char *name, SgLang *lang);

/**
 * sg_report_render_json:
 *
 * One JSON object on one line, newline-terminated: file, verdict, account,
 * findings (rule, rule_id, clause, severity, part, line, column, excerpt,
 * message, advice, detail) and notes.  Info findings go to "info", not to
 * "findings", whose severities are warn and block only.
 *
 * Returns: (transfer full): UTF-8 JSON.
 */
char *sg_report_render_json(const SgReport *report, SgLang lang);

/**
 * sg_report_render_text:
 *
 * A short report for a terminal: a verdict line, then one line per finding
 * with clause, place and excerpt, then the parse notes.
 *
 * Returns: (transfer full): UTF-8 text.
 */
char *sg_report_render_text(const SgReport *report, SgLang lang);

/**
 * sg_json_append_string:
 * Appends @s to @out as a JSON string literal (quoted, escaped; invalid
 * UTF-8 replaced).
 */
void sg_json_append_string(GString *out, const char *s);

G_END_DECLS

#endif
