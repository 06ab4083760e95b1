/* Rendering of check results: the JSON object of the `snsgate check`
 * contract and the terminal text report, in Japanese or English.
 *
 * JSON is written by hand (the format is small and fixed, and a JSON library
 * would be one more dependency for a dozen keys); strings are escaped per
 * RFC 8259 and invalid UTF-8 is replaced, so the output always parses.
 */
#include "config.h"

#include <snsgate/report.h>
#include <snsgate/rules.h>

#include <string.h>

gboolean
sg_lang_from_string(const char *name, SgLang *lang)
{
	if (g_strcmp0(name, "ja") == 0) {
		*lang = SG_LANG_JA;
		return TRUE;
	}
	if (g_strcmp0(name, "en") == 0) {
		*lang = SG_LANG_EN;
		return TRUE;
	}
	return FALSE;
}

void
sg_json_append_string(GString *out, const char *s)
{
	g_autofree char *valid = g_utf8_make_valid(s ? s : "", -1);

	g_string_append_c(out, '"');
	for (const char *p = valid; *p; p++) {
		guchar c = (guchar)*p;
		switch (c) {
		case '"':
			g_string_append(out, "\\\"");
			break;
		case '\\':
			g_string_append(out, "\\\\");
			break;
		case '\n':
			g_string_append(out, "\\n");
			break;
		case '\r':
			g_string_append(out, "\\r");
			break;
		case '\t':
			g_string_append(out, "\\t");
			break;
		default:
			if (c < 0x20)
				g_string_append_printf(out, "\\u%04x", c);
			else
				g_string_append_c(out, (char)c);
		}
	}
	g_string_append_c(out, '"');
}

static void
json_key(GString *out, const char *key, bool first)
{
	if (!first)
		g_string_append_c(out, ',');
	sg_json_append_string(out, key);
	g_string_append_c(out, ':');
}

static void
json_finding(GString *out, const SgFinding *f, SgLang lang)
{
	g_autofree char *part = sg_finding_dup_part(f);
	bool en = lang == SG_LANG_EN;

	g_string_append_c(out, '{');
	json_key(out, "rule", true);
	sg_json_append_string(out, f->family);
	json_key(out, "rule_id", false);
	sg_json_append_string(out, f->rule);
	json_key(out, "clause", false);
	sg_json_append_string(out, f->clause);
	json_key(out, "severity", false);
	sg_json_append_string(out, sg_severity_to_string(f->severity));
	json_key(out, "part", false);
	sg_json_append_string(out, part);
	json_key(out, "line", false);
	g_string_append_printf(out, "%u", f->line);
	json_key(out, "column", false);
	g_string_append_printf(out, "%u", f->column);
	json_key(out, "excerpt", false);
	sg_json_append_string(out, f->excerpt);
	json_key(out, "message", false);
	sg_json_append_string(out, en ? f->message_en : f->message_ja);
	if ((en ? f->advice_en : f->advice_ja) != NULL) {
		json_key(out, "advice", false);
		sg_json_append_string(out, en ? f->advice_en : f->advice_ja);
	}
	if (f->detail != NULL) {
		json_key(out, "detail", false);
		sg_json_append_string(out, f->detail);
	}
	g_string_append_c(out, '}');
}

char *
sg_report_render_json(const SgReport *report, SgLang lang)
{
	GString *out = g_string_new("{");
	bool first = true;

	json_key(out, "file", true);
	sg_json_append_string(out, report->file);
	json_key(out, "verdict", false);
	sg_json_append_string(out, sg_verdict_to_string(report->verdict));
	json_key(out, "account", false);
	if (report->account)
		sg_json_append_string(out, report->account);
	else
		g_string_append(out, "null");

	json_key(out, "findings", false);
	g_string_append_c(out, '[');
	for (guint i = 0; report->findings && i < report->findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(report->findings, i);
		if (f->severity == SG_SEVERITY_INFO)
			continue;
		if (!first)
			g_string_append_c(out, ',');
		json_finding(out, f, lang);
		first = false;
	}
	g_string_append_c(out, ']');

	first = true;
	json_key(out, "info", false);
	g_string_append_c(out, '[');
	for (guint i = 0; report->findings && i < report->findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(report->findings, i);
		if (f->severity != SG_SEVERITY_INFO)
			continue;
		if (!first)
			g_string_append_c(out, ',');
		json_finding(out, f, lang);
		first = false;
	}
	g_string_append_c(out, ']');

	json_key(out, "notes", false);
	g_string_append_c(out, '[');
	for (guint i = 0; report->notes && i < report->notes->len; i++) {
		if (i > 0)
			g_string_append_c(out, ',');
		sg_json_append_string(out, g_ptr_array_index(report->notes, i));
	}
	g_string_append(out, "]}\n");
	return g_string_free(out, FALSE);
}

static const char *
verdict_text(SgVerdict verdict, SgLang lang)
{
	static const char *const ja[] = {
		"問題は見つかりませんでした（承認依頼に進めます）",
		"確認が必要な点があります（注意付きで承認依頼に進めます）",
		"ガイドラインに抵触するおそれがあります（差し戻しとなります）",
	};
	static const char *const en[] = {
		"no problems found (goes to approval)",
		"points to confirm (goes to approval with warnings)",
		"conflicts with the guideline (returned to the author)",
	};
	return lang == SG_LANG_EN ? en[verdict] : ja[verdict];
}

static const char *
severity_label(SgSeverity severity, SgLang lang)
{
	static const char *const ja[] = {"参考", "注意", "差戻し"};
	static const char *const en[] = {"info", "warn", "block"};

	return lang == SG_LANG_EN ? en[severity] : ja[severity];
}

static char *
place_text(const SgFinding *f, SgLang lang)
{
	bool en = lang == SG_LANG_EN;
	g_autofree char *where = NULL;

	switch (f->piece_kind) {
	case SG_PIECE_SUBJECT:
		where = g_strdup(en ? "subject" : "件名");
		break;
	case SG_PIECE_ATTACHMENT:
		where = g_strdup_printf(en ? "attachment %s" : "添付「%s」",
					f->piece_name ? f->piece_name : "");
		break;
	default:
		where = g_strdup(en ? "body" : "本文");
	}
	if (f->line == 0)
		return g_steal_pointer(&where);
	return g_strdup_printf(en ? "%s line %u, column %u"
				  : "%s %u行目 %u文字目",
			       where, f->line, f->column);
}

char *
sg_report_render_text(const SgReport *report, SgLang lang)
{
	GString *out = g_string_new(NULL);
	bool en = lang == SG_LANG_EN;

	g_string_append_printf(out, "%s: %s", report->file,
			       verdict_text(report->verdict, lang));
	if (report->account)
		g_string_append_printf(out, en ? " [account %s]"
					       : "［アカウント %s］",
				       report->account);
	g_string_append_c(out, '\n');
	for (guint i = 0; report->findings && i < report->findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(report->findings, i);
		g_autofree char *place = place_text(f, lang);
		const char *heading = sg_clause_heading(f->clause);
		g_autofree char *excerpt = g_strdelimit(
			g_strdup(f->excerpt ? f->excerpt : ""), "\r\n", ' ');

		g_string_append_printf(
			out, "  [%s] %s%s%s%s %s",
			severity_label(f->severity, lang), f->clause,
			heading && *heading && !en ? "（" : "",
			heading && *heading && !en ? heading : "",
			heading && *heading && !en ? "）" : "", place);
		if (*excerpt)
			g_string_append_printf(out, en ? " \"%s\"" : " 「%s」",
					       excerpt);
		if (f->detail)
			g_string_append_printf(out, " (%s)", f->detail);
		g_string_append_printf(out, "\n      %s\n",
				       en ? f->message_en : f->message_ja);
		const char *advice = en ? f->advice_en : f->advice_ja;
		if (advice)
			g_string_append_printf(out, "      → %s\n", advice);
	}
	for (guint i = 0; report->notes && i < report->notes->len; i++)
		g_string_append_printf(out, en ? "  note: %s\n"
					       : "  解析メモ: %s\n",
				       (const char *)g_ptr_array_index(
					       report->notes, i));
	return g_string_free(out, FALSE);
}
