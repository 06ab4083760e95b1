/* The words of the reports snsgate writes (feedback, approval request,
 * release, rejection) and their two renderings.  Each report is built once
 * as a list of blocks (summary rows, paragraphs, findings, the post with
 * its findings highlighted, buttons) and rendered twice, as text/plain and
 * as HTML with inline styles and tables only, so the two alternatives say
 * the same thing.  Every string from the draft is cleaned (compose.c) and
 * escaped here; "http" in displayed text is written "hxxp" so no client
 * makes a link of it.  compose.c wraps the renderings in MIME.
 */
#include "config.h"

#include "compose-private.h"

#include <snsgate/rules.h>

#include <string.h>

/* --- times ------------------------------------------------------------- */

/* Japan Standard Time: UTC+9 all year (no DST since 1951), so a fixed
 * offset needs no tzdata. */
GDateTime *
sg_compose_to_jst(GDateTime *t)
{
	g_autoptr(GTimeZone) jst = g_time_zone_new_offset(9 * 3600);

	return g_date_time_to_timezone(t, jst);
}

char *
sg_compose_format_time(GDateTime *t, SgLang lang)
{
	static const char *const wday_ja[] = {"月", "火", "水", "木",
					      "金", "土", "日"};
	static const char *const wday_en[] = {"Mon", "Tue", "Wed", "Thu",
					      "Fri", "Sat", "Sun"};
	static const char *const mon_en[] = {"Jan", "Feb", "Mar", "Apr",
					     "May", "Jun", "Jul", "Aug",
					     "Sep", "Oct", "Nov", "Dec"};
	g_autoptr(GDateTime) j = NULL;
	int wday;

	if (t == NULL)
		return g_strdup(lang == SG_LANG_EN ? "unknown" : "不明");
	j = sg_compose_to_jst(t);
	wday = g_date_time_get_day_of_week(j) - 1;
	if (lang == SG_LANG_EN)
		return g_strdup_printf("%s, %d %s %d %02d:%02d JST",
				       wday_en[wday],
				       g_date_time_get_day_of_month(j),
				       mon_en[g_date_time_get_month(j) - 1],
				       g_date_time_get_year(j),
				       g_date_time_get_hour(j),
				       g_date_time_get_minute(j));
	return g_strdup_printf("%d年%d月%d日（%s）%02d:%02d",
			       g_date_time_get_year(j),
			       g_date_time_get_month(j),
			       g_date_time_get_day_of_month(j), wday_ja[wday],
			       g_date_time_get_hour(j),
			       g_date_time_get_minute(j));
}

/* --- words of the reports ---------------------------------------------- */

static const char *
severity_label(SgSeverity severity, SgLang lang)
{
	switch (severity) {
	case SG_SEVERITY_BLOCK:
		return SG_TR(lang, "差戻し", "Must fix");
	case SG_SEVERITY_WARN:
		return SG_TR(lang, "注意", "Warning");
	default:
		return SG_TR(lang, "参考", "Note");
	}
}

static const char *
platform_name(const char *platform)
{
	static const char *const names[][2] = {
		{"x", "X"},		{"twitter", "X"},
		{"facebook", "Facebook"}, {"instagram", "Instagram"},
		{"youtube", "YouTube"},	{"line", "LINE"},
		{"threads", "Threads"},
	};

	for (guint i = 0; i < G_N_ELEMENTS(names); i++)
		if (g_ascii_strcasecmp(platform, names[i][0]) == 0)
			return names[i][1];
	return platform;
}

static char *
account_text(const SgAccount *account, SgLang lang)
{
	g_autofree char *name = NULL;
	g_autofree char *platform = NULL;

	if (account == NULL)
		return g_strdup(SG_TR(lang, "（指定なし）", "(none)"));
	name = sg_compose_clean_line(account->display_name != NULL
				  && *account->display_name != '\0'
			  ? account->display_name
			  : account->name,
			  SG_COMPOSE_MAX_FIELD);
	if (account->platform == NULL || *account->platform == '\0')
		return g_steal_pointer(&name);
	platform = sg_compose_clean_line(platform_name(account->platform), 40);
	return g_strdup_printf(SG_TR(lang, "%s（%s）", "%s (%s)"), name,
			       platform);
}

static char *
place_text(const SgFinding *f, SgLang lang)
{
	g_autofree char *where = NULL;

	switch (f->piece_kind) {
	case SG_PIECE_SUBJECT:
		where = g_strdup(SG_TR(lang, "件名", "subject"));
		break;
	case SG_PIECE_ATTACHMENT: {
		g_autofree char *name = sg_compose_clean_line(f->piece_name, 100);

		where = g_strdup_printf(SG_TR(lang, "添付「%s」",
					   "attachment \"%s\""),
					name);
		break;
	}
	default:
		where = g_strdup(SG_TR(lang, "本文", "body"));
	}
	if (f->line == 0)
		return g_steal_pointer(&where);
	return g_strdup_printf(SG_TR(lang, "%s %u行目 %u文字目",
				  "%s, line %u, column %u"),
			       where, f->line, f->column);
}

/* The clause a sub-item belongs to ("5(4)ア" → "5(4)", "6(3)(エ)" →
 * "6(3)"): the guideline's sub-items only make sense after their lead
 * sentence ("次に掲げる情報を発信しないこと。"). */
static char *
parent_clause(const char *id)
{
	const char *close = strchr(id, ')');

	if (close == NULL || close[1] == '\0')
		return NULL;
	return g_strndup(id, (gsize)(close + 1 - id));
}

typedef struct {
	char *id;		/* canonical when known */
	const char *heading;	/* may be "" */
	const char *text;	/* nullable */
	char *parent_id;	/* nullable */
	const char *parent_text;
} SgClauseInfo;

static void
clause_info(const char *clause, SgClauseInfo *ci)
{
	const char *canon = sg_clause_canonical(clause);

	memset(ci, 0, sizeof *ci);
	ci->id = canon != NULL ? g_strdup(canon) : sg_compose_clean_line(clause, 40);
	ci->heading = canon != NULL ? sg_clause_heading(canon) : NULL;
	ci->text = canon != NULL ? sg_clause_text(canon) : NULL;
	if (canon == NULL)
		return;
	ci->parent_id = parent_clause(canon);
	ci->parent_text = ci->parent_id != NULL
				  ? sg_clause_text(ci->parent_id)
				  : NULL;
	if (ci->parent_text == NULL)
		g_clear_pointer(&ci->parent_id, g_free);
}

static void
clause_info_clear(SgClauseInfo *ci)
{
	g_clear_pointer(&ci->id, g_free);
	g_clear_pointer(&ci->parent_id, g_free);
}

/* --- what every report needs ------------------------------------------- */

void
sg_compose_context_init(SgContext *ctx, const SgComposeInput *in)
{
	GPtrArray *pieces = sg_draft_get_pieces(in->draft);
	GDateTime *date = sg_draft_get_date(in->draft);

	memset(ctx, 0, sizeof *ctx);
	ctx->in = in;
	ctx->lang = in->lang;
	ctx->subject = sg_compose_clean_line(sg_draft_get_subject(in->draft),
				  SG_COMPOSE_MAX_SUBJECT);
	ctx->author = sg_compose_clean_address(in->author);
	ctx->account = account_text(in->account, in->lang);
	ctx->submitted = sg_compose_format_time(date, in->lang);
	for (guint i = 0; pieces != NULL && i < pieces->len; i++) {
		const SgTextPiece *piece = g_ptr_array_index(pieces, i);

		if (piece->kind == SG_PIECE_SUBJECT
		    && ctx->subject_piece == NULL)
			ctx->subject_piece = piece;
		if (piece->kind == SG_PIECE_BODY && ctx->body == NULL)
			ctx->body = piece;
	}
	ctx->findings = g_ptr_array_new();
	for (guint i = 0; in->findings != NULL && i < in->findings->len;
	     i++) {
		const SgFinding *f = g_ptr_array_index(in->findings, i);

		if (f->severity <= SG_SEVERITY_BLOCK)
			ctx->counts[f->severity]++;
		ctx->n_findings++;
		if (ctx->findings->len < SG_COMPOSE_MAX_FINDINGS)
			g_ptr_array_add(ctx->findings, (gpointer)f);
	}
}

void
sg_compose_context_clear(SgContext *ctx)
{
	g_clear_pointer(&ctx->subject, g_free);
	g_clear_pointer(&ctx->author, g_free);
	g_clear_pointer(&ctx->account, g_free);
	g_clear_pointer(&ctx->submitted, g_free);
	g_clear_pointer(&ctx->findings, g_ptr_array_unref);
}

/* "差戻し 1 件、注意 2 件" */
static char *
counts_text(const SgContext *ctx)
{
	GString *out = g_string_new(NULL);
	bool en = ctx->lang == SG_LANG_EN;

	for (int s = SG_SEVERITY_BLOCK; s >= SG_SEVERITY_INFO; s--) {
		if (ctx->counts[s] == 0)
			continue;
		if (out->len > 0)
			g_string_append(out, en ? ", " : "、");
		g_string_append_printf(out, en ? "%s: %u" : "%s %u 件",
				       severity_label((SgSeverity)s, ctx->lang),
				       ctx->counts[s]);
	}
	if (out->len == 0)
		g_string_append(out, SG_TR(ctx->lang, "指摘なし", "no findings"));
	return g_string_free(out, FALSE);
}

static const char *
verdict_label(SgVerdict verdict, SgLang lang)
{
	switch (verdict) {
	case SG_VERDICT_BLOCK:
		return SG_TR(lang, "差戻し", "returned");
	case SG_VERDICT_WARN:
		return SG_TR(lang, "注意あり", "warnings");
	default:
		return SG_TR(lang, "問題なし", "no problems found");
	}
}

/* The address a corrected draft goes to: the recipient of the draft that
 * is the approval address (with its +ACCOUNT), else the approval address
 * itself. */
static char *
resubmit_address(const SgContext *ctx)
{
	g_autofree char *from = sg_compose_clean_address(ctx->in->from);
	GPtrArray *rcpts = sg_draft_get_recipients(ctx->in->draft);
	gsize local;
	const char *domain;

	if (from == NULL)
		return NULL;
	local = strcspn(from, "+@");
	domain = strrchr(from, '@');
	for (guint i = 0; rcpts != NULL && i < rcpts->len; i++) {
		g_autofree char *r = sg_compose_clean_address(g_ptr_array_index(rcpts, i));
		const char *rdomain = r != NULL ? strrchr(r, '@') : NULL;

		if (rdomain != NULL && g_ascii_strncasecmp(r, from, local) == 0
		    && r[local] != '\0' && strchr("+@-", r[local]) != NULL
		    && g_ascii_strcasecmp(rdomain, domain) == 0)
			return g_steal_pointer(&r);
	}
	return g_steal_pointer(&from);
}

/* --- text/plain -------------------------------------------------------- */

static const char rule_line[] =
	"----------------------------------------------------------------\n";

static void
text_field(GString *out, const char *label, const char *value)
{
	g_autofree char *v = sg_compose_clean_line(value, SG_COMPOSE_MAX_FIELD);

	if (*v == '\0')
		return;
	g_string_append_printf(out, "  %s: %s\n", label, v);
}

static void
text_clause(GString *out, const SgFinding *f, SgLang lang)
{
	SgClauseInfo ci;
	const char *label = SG_TR(lang, "規定", "Clause");

	/* The continuation lines line up under the first: "  規定: " is
	 * eight columns wide, "  Clause: " ten. */
	const char *indent = SG_TR(lang, "        ", "          ");

	clause_info(f->clause, &ci);
	if (ci.text == NULL) {
		g_string_append_printf(out, "  %s: %s\n", label, ci.id);
	} else if (ci.parent_id != NULL) {
		g_string_append_printf(out, "  %s: %s「%s」\n", label,
				       ci.parent_id, ci.parent_text);
		g_string_append_printf(out, "%s%s「%s」\n", indent, ci.id,
				       ci.text);
	} else {
		g_string_append_printf(out, "  %s: %s「%s」\n", label, ci.id,
				       ci.text);
	}
	clause_info_clear(&ci);
}

static void
text_finding(GString *out, const SgFinding *f, guint number, SgLang lang)
{
	g_autofree char *place = place_text(f, lang);
	SgClauseInfo ci;
	const char *advice = lang == SG_LANG_EN ? f->advice_en : f->advice_ja;
	const char *message = lang == SG_LANG_EN ? f->message_en
						 : f->message_ja;

	clause_info(f->clause, &ci);
	g_string_append_printf(out, "[%u] %s  %s", number,
			       severity_label(f->severity, lang), ci.id);
	if (ci.heading != NULL && *ci.heading != '\0' && lang != SG_LANG_EN)
		g_string_append_printf(out, " %s", ci.heading);
	g_string_append_c(out, '\n');
	clause_info_clear(&ci);

	text_field(out, SG_TR(lang, "場所", "Where"), place);
	if (f->excerpt != NULL && *f->excerpt != '\0') {
		g_autofree char *e = sg_compose_clean_line(f->excerpt,
						SG_COMPOSE_MAX_FIELD);
		g_string_append_printf(out, SG_TR(lang, "  %s: 「%s」\n",
					       "  %s: \"%s\"\n"),
				       SG_TR(lang, "該当箇所", "Excerpt"), e);
	}
	text_field(out, SG_TR(lang, "理由", "Why"), message);
	text_field(out, SG_TR(lang, "対応", "What to do"), advice);
	text_field(out, SG_TR(lang, "詳細", "Detail"), f->detail);
	text_clause(out, f, lang);
}

static void
text_findings(GString *out, const SgContext *ctx)
{
	guint shown = 0;

	g_string_append(out, rule_line);
	for (guint i = 0; i < ctx->findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(ctx->findings, i);

		if (shown > 0)
			g_string_append_c(out, '\n');
		text_finding(out, f, i + 1, ctx->lang);
		shown++;
	}
	if (ctx->n_findings > ctx->findings->len)
		g_string_append_printf(out,
				       SG_TR(ctx->lang,
					  "\nほか %u 件の指摘は省略しました。"
					  "\n",
					  "\n%u more findings not shown.\n"),
				       ctx->n_findings - ctx->findings->len);
	g_string_append(out, rule_line);
}

/* How much of @piece a report shows: all of it, or up to the character
 * that ends before SG_COMPOSE_MAX_SHOWN bytes. */
static gsize
shown_len(const SgTextPiece *piece, bool *cut)
{
	const char *end;

	*cut = piece->len > SG_COMPOSE_MAX_SHOWN;
	if (!*cut)
		return piece->len;
	end = g_utf8_find_prev_char(piece->text,
				    piece->text + SG_COMPOSE_MAX_SHOWN + 1);
	return end != NULL ? (gsize)(end - piece->text) : 0;
}

/* --- text/html --------------------------------------------------------- */

#define SG_FONT "font-family:Meiryo,'Hiragino Sans','Yu Gothic',sans-serif;"

/* Appends @s escaped for HTML text and attributes.  Controls are dropped,
 * line breaks become <br> when @br (else spaces), and "http" is written
 * "hxxp": no client then makes a link of a URL the draft mentions. */
static void
html_escape(GString *out, const char *s, gsize len, bool br)
{
	g_autofree char *valid = g_utf8_make_valid(s, (gssize)len);

	for (const char *p = valid; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		switch (c) {
		case '&':
			g_string_append(out, "&amp;");
			continue;
		case '<':
			g_string_append(out, "&lt;");
			continue;
		case '>':
			g_string_append(out, "&gt;");
			continue;
		case '"':
			g_string_append(out, "&quot;");
			continue;
		case '\'':
			g_string_append(out, "&#39;");
			continue;
		case '\n':
			g_string_append(out, br ? "<br>\n" : " ");
			continue;
		case '\t':
			g_string_append_c(out, ' ');
			continue;
		default:
			break;
		}
		if (sg_compose_is_control(c) || sg_compose_is_bidi_control(c))
			continue;
		if ((c == 'h' || c == 'H') && g_ascii_strncasecmp(p, "http", 4)
						      == 0) {
			g_string_append_c(out, p[0]);
			g_string_append_c(out, p[1] == 't' ? 'x' : 'X');
			g_string_append_c(out, p[2] == 't' ? 'x' : 'X');
			g_string_append_c(out, p[3]);
			p += 3;
			continue;
		}
		g_string_append_unichar(out, c);
	}
}

static void
html_text(GString *out, const char *s)
{
	if (s != NULL)
		html_escape(out, s, strlen(s), false);
}

static const char *
severity_colour(SgSeverity severity)
{
	switch (severity) {
	case SG_SEVERITY_BLOCK:
		return "#ffd7d5";
	case SG_SEVERITY_WARN:
		return "#fff1a8";
	default:
		return "#ddf4ff";
	}
}

static const char *
severity_text_colour(SgSeverity severity)
{
	switch (severity) {
	case SG_SEVERITY_BLOCK:
		return "#a40e26";
	case SG_SEVERITY_WARN:
		return "#7d4e00";
	default:
		return "#0a3069";
	}
}

/* A highlighted stretch of the shown text. */
typedef struct {
	gsize start;
	gsize end;
	SgSeverity severity;
	GArray *numbers;	/* guint: the findings marked here */
} SgSpan;

static void
span_free(SgSpan *span)
{
	if (span->numbers != NULL)
		g_array_unref(span->numbers);
	g_free(span);
}

static gint
uint_cmp(gconstpointer a, gconstpointer b)
{
	guint x = *(const guint *)a, y = *(const guint *)b;

	return x < y ? -1 : (x > y ? 1 : 0);
}

static gint
span_cmp(gconstpointer a, gconstpointer b)
{
	const SgSpan *x = *(const SgSpan *const *)a;
	const SgSpan *y = *(const SgSpan *const *)b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : (x->end > y->end ? 1 : 0);
}

/* Byte offsets in @text of finding @f, when its line, column and excerpt
 * really are there: a finding from another piece (the HTML alternative, an
 * attachment) is listed but not highlighted. */
static bool
finding_span(const char *text, gsize len, const SgFinding *f, gsize *start,
	     gsize *end)
{
	gsize off = 0;
	gsize n;

	if (f->line == 0 || f->column == 0 || f->excerpt == NULL
	    || f->excerpt[0] == '\0')
		return false;
	for (guint line = 1; line < f->line; line++) {
		const char *nl = memchr(text + off, '\n', len - off);

		if (nl == NULL)
			return false;
		off = (gsize)(nl - text) + 1;
	}
	for (guint col = 1; col < f->column; col++) {
		if (off >= len || text[off] == '\n')
			return false;
		off = (gsize)(g_utf8_next_char(text + off) - text);
	}
	n = strlen(f->excerpt);
	if (off > len || n > len - off
	    || memcmp(text + off, f->excerpt, n) != 0)
		return false;
	*start = off;
	*end = off + n;
	return true;
}

/* The spans of the findings in @kind found in @text, merged where they
 * overlap, in order. */
static GPtrArray *
find_spans(const SgContext *ctx, SgPieceKind kind, const char *text,
	   gsize len)
{
	g_autoptr(GPtrArray) raw =
		g_ptr_array_new_with_free_func((GDestroyNotify)span_free);
	GPtrArray *merged =
		g_ptr_array_new_with_free_func((GDestroyNotify)span_free);

	for (guint i = 0; i < ctx->findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(ctx->findings, i);
		gsize start, end;
		SgSpan *span;
		guint number;

		if (f->piece_kind != kind
		    || !finding_span(text, len, f, &start, &end))
			continue;
		span = g_new0(SgSpan, 1);
		span->start = start;
		span->end = end;
		span->severity = f->severity;
		span->numbers = g_array_new(FALSE, FALSE, sizeof(guint));
		number = i + 1;
		g_array_append_val(span->numbers, number);
		g_ptr_array_add(raw, span);
	}
	g_ptr_array_sort(raw, span_cmp);
	for (guint i = 0; i < raw->len; i++) {
		const SgSpan *span = g_ptr_array_index(raw, i);
		SgSpan *last = merged->len > 0
				       ? g_ptr_array_index(merged,
							   merged->len - 1)
				       : NULL;

		if (last != NULL && span->start < last->end) {
			last->end = MAX(last->end, span->end);
			last->severity = MAX(last->severity, span->severity);
			g_array_append_vals(last->numbers,
					    span->numbers->data,
					    span->numbers->len);
			continue;
		}
		last = g_new0(SgSpan, 1);
		*last = *span;
		last->numbers = g_array_copy(span->numbers);
		g_ptr_array_add(merged, last);
	}
	for (guint i = 0; i < merged->len; i++) {
		SgSpan *span = g_ptr_array_index(merged, i);

		g_array_sort(span->numbers, uint_cmp);
	}
	return merged;
}

/* @text (the first @len bytes) with the findings of @kind highlighted. */
static void
html_highlighted(GString *out, const SgContext *ctx, SgPieceKind kind,
		 const char *text, gsize len)
{
	g_autoptr(GPtrArray) spans = find_spans(ctx, kind, text, len);
	gsize pos = 0;

	for (guint i = 0; i < spans->len; i++) {
		const SgSpan *span = g_ptr_array_index(spans, i);

		html_escape(out, text + pos, span->start - pos, true);
		g_string_append_printf(
			out,
			"<mark style=\"background-color:%s;color:#1f2328;"
			"font-weight:bold;padding:0 1px;\">",
			severity_colour(span->severity));
		html_escape(out, text + span->start, span->end - span->start,
			    true);
		g_string_append_printf(
			out,
			"</mark><sup style=\"color:%s;font-size:11px;\">[",
			severity_text_colour(span->severity));
		for (guint j = 0; j < span->numbers->len; j++)
			g_string_append_printf(
				out, j > 0 ? ",%u" : "%u",
				g_array_index(span->numbers, guint, j));
		g_string_append(out, "]</sup>");
		pos = span->end;
	}
	html_escape(out, text + pos, len - pos, true);
}

static void
html_begin(GString *out, SgLang lang, const char *title)
{
	g_string_append_printf(out,
		"<!DOCTYPE html>\n"
		"<html lang=\"%s\">\n"
		"<head>\n"
		SG_META_PLACEHOLDER "\n"
		"<meta name=\"viewport\" content=\"width=device-width, "
		"initial-scale=1\">\n"
		"<title>",
		SG_TR(lang, "ja", "en"));
	html_text(out, title);
	g_string_append(out,
		"</title>\n"
		"</head>\n"
		"<body style=\"margin:0;padding:0;"
		"background-color:#ffffff;\">\n"
		"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" "
		"cellspacing=\"0\" border=\"0\" "
		"style=\"border-collapse:collapse;\">\n"
		"<tr><td style=\"padding:16px;" SG_FONT
		"font-size:15px;line-height:1.6;color:#1f2328;\">\n");
}

static void
html_end(GString *out)
{
	g_string_append(out, "</td></tr>\n</table>\n</body>\n</html>\n");
}

static void
html_para(GString *out, const char *text)
{
	g_string_append(out, "<p style=\"margin:0 0 12px 0;\">");
	html_text(out, text);
	g_string_append(out, "</p>\n");
}

static void
html_heading(GString *out, const char *text)
{
	g_string_append(out, "<h2 style=\"font-size:17px;margin:20px 0 8px 0;"
			     "padding:0 0 4px 0;border-bottom:2px solid "
			     "#d0d7de;\">");
	html_text(out, text);
	g_string_append(out, "</h2>\n");
}

static void
html_summary_begin(GString *out)
{
	g_string_append(out,
		"<table role=\"presentation\" cellpadding=\"4\" "
		"cellspacing=\"0\" border=\"0\" style=\"border-collapse:"
		"collapse;margin:0 0 12px 0;font-size:15px;\">\n");
}

static void
html_summary_row(GString *out, const char *label, const char *value)
{
	g_string_append(out, "<tr><th align=\"left\" valign=\"top\" "
			     "style=\"text-align:left;white-space:nowrap;"
			     "color:#57606a;font-weight:normal;padding-right:"
			     "12px;\">");
	html_text(out, label);
	g_string_append(out, "</th><td valign=\"top\">");
	html_text(out, value);
	g_string_append(out, "</td></tr>\n");
}

static void
html_finding_row(GString *out, const char *label, const char *value,
		 const SgFinding *excerpt_of)
{
	g_autofree char *v = NULL;

	if (value == NULL || *value == '\0')
		return;
	v = sg_compose_clean_line(value, SG_COMPOSE_MAX_FIELD);
	g_string_append(out, "<tr><th align=\"left\" valign=\"top\" "
			     "width=\"90\" style=\"text-align:left;"
			     "white-space:nowrap;background-color:#f6f8fa;"
			     "font-weight:normal;color:#57606a;\">");
	html_text(out, label);
	g_string_append(out, "</th><td valign=\"top\">");
	if (excerpt_of != NULL)
		g_string_append_printf(out, "<span style=\"background-color:"
					    "%s;font-weight:bold;\">",
				       severity_colour(excerpt_of->severity));
	html_text(out, v);
	if (excerpt_of != NULL)
		g_string_append(out, "</span>");
	g_string_append(out, "</td></tr>\n");
}

static void
html_finding(GString *out, const SgFinding *f, guint number, SgLang lang)
{
	g_autofree char *place = place_text(f, lang);
	SgClauseInfo ci;

	clause_info(f->clause, &ci);
	g_string_append(out,
		"<table role=\"presentation\" width=\"100%\" cellpadding=\"6\" "
		"cellspacing=\"0\" border=\"1\" style=\"border-collapse:"
		"collapse;border:1px solid #d0d7de;margin:0 0 12px 0;"
		"font-size:14px;\">\n");
	g_string_append_printf(out,
		"<tr><td colspan=\"2\" style=\"background-color:%s;color:%s;"
		"font-weight:bold;\">[%u] ",
		severity_colour(f->severity),
		severity_text_colour(f->severity), number);
	html_text(out, severity_label(f->severity, lang));
	g_string_append(out, "&nbsp; ");
	html_text(out, ci.id);
	if (ci.heading != NULL && *ci.heading != '\0'
	    && lang != SG_LANG_EN) {
		g_string_append_c(out, ' ');
		html_text(out, ci.heading);
	}
	g_string_append(out, "</td></tr>\n");
	html_finding_row(out, SG_TR(lang, "場所", "Where"), place, NULL);
	html_finding_row(out, SG_TR(lang, "該当箇所", "Excerpt"), f->excerpt, f);
	html_finding_row(out, SG_TR(lang, "理由", "Why"),
			 lang == SG_LANG_EN ? f->message_en : f->message_ja,
			 NULL);
	html_finding_row(out, SG_TR(lang, "対応", "What to do"),
			 lang == SG_LANG_EN ? f->advice_en : f->advice_ja,
			 NULL);
	html_finding_row(out, SG_TR(lang, "詳細", "Detail"), f->detail, NULL);
	if (ci.text != NULL) {
		g_string_append(out, "<tr><th align=\"left\" valign=\"top\" "
				     "style=\"text-align:left;white-space:"
				     "nowrap;background-color:#f6f8fa;"
				     "font-weight:normal;color:#57606a;\">");
		html_text(out, SG_TR(lang, "規定", "Clause"));
		g_string_append(out, "</th><td valign=\"top\">");
		if (ci.parent_id != NULL) {
			html_text(out, ci.parent_id);
			g_string_append(out, "「");
			html_text(out, ci.parent_text);
			g_string_append(out, "」<br>\n");
		}
		html_text(out, ci.id);
		g_string_append(out, "「");
		html_text(out, ci.text);
		g_string_append(out, "」</td></tr>\n");
	}
	g_string_append(out, "</table>\n");
	clause_info_clear(&ci);
}

static void
html_findings(GString *out, const SgContext *ctx)
{
	for (guint i = 0; i < ctx->findings->len; i++)
		html_finding(out, g_ptr_array_index(ctx->findings, i), i + 1,
			     ctx->lang);
	if (ctx->n_findings > ctx->findings->len) {
		g_autofree char *more = g_strdup_printf(
			SG_TR(ctx->lang, "ほか %u 件の指摘は省略しました。",
			   "%u more findings not shown."),
			ctx->n_findings - ctx->findings->len);
		html_para(out, more);
	}
}

/* The post (subject and text) in a framed box, findings highlighted. */
static void
html_post(GString *out, const SgContext *ctx)
{
	SgLang lang = ctx->lang;

	g_string_append(out,
		"<table role=\"presentation\" width=\"100%\" "
		"cellpadding=\"12\" "
		"cellspacing=\"0\" border=\"0\" style=\"border-collapse:"
		"collapse;border:1px solid #d0d7de;background-color:#f6f8fa;"
		"margin:0 0 12px 0;\">\n<tr><td style=\"" SG_FONT
		"font-size:15px;line-height:1.7;\">\n");
	if (ctx->subject_piece != NULL && ctx->subject_piece->len > 0) {
		g_autofree char *s = sg_compose_clean_line(ctx->subject_piece->text,
						G_MAXUINT);
		g_string_append(out, "<div style=\"margin:0 0 8px 0;"
				     "color:#57606a;\">");
		html_text(out, SG_TR(lang, "件名: ", "Subject: "));
		/* Highlight against the decoded subject as the rules saw
		 * it; the cleaned one only when that is the same. */
		if (strcmp(s, ctx->subject_piece->text) == 0)
			html_highlighted(out, ctx, SG_PIECE_SUBJECT, s,
					 strlen(s));
		else
			html_text(out, s);
		g_string_append(out, "</div>\n");
	}
	if (ctx->body != NULL) {
		bool cut = false;
		gsize len = shown_len(ctx->body, &cut);

		html_highlighted(out, ctx, SG_PIECE_BODY, ctx->body->text,
				 len);
		if (cut) {
			g_string_append(out, "<br>\n");
			html_text(out, SG_TR(lang,
				"（以下省略。全文は添付の投稿案をご覧"
				"ください）",
				"(cut; the attached draft has the whole "
				"text)"));
		}
	} else {
		html_text(out, SG_TR(lang, "（本文がありません）", "(no text)"));
	}
	g_string_append(out, "\n</td></tr>\n</table>\n");
}

/* RFC 6068 percent-encoding of UTF-8 for a mailto: URI, line breaks as
 * %0D%0A (§5).  The "h" of an "http" is encoded too, so that no "http"
 * appears in the HTML even when a subject quotes a URL; clients decode
 * it. */
static void
mailto_encode(GString *out, const char *s, const char *keep)
{
	for (const guchar *p = (const guchar *)s; *p != '\0'; p++) {
		bool http = g_ascii_strncasecmp((const char *)p, "http", 4)
			    == 0;

		if (*p == '\n') {
			g_string_append(out, "%0D%0A");
			continue;
		}
		if (!http && (g_ascii_isalnum(*p) || strchr(keep, *p) != NULL))
			g_string_append_c(out, (char)*p);
		else
			g_string_append_printf(out, "%%%02X", *p);
	}
}

static char *
mailto_href(const char *address, const char *subject, const char *body)
{
	GString *out = g_string_new("mailto:");

	mailto_encode(out, address, "-._~@+");
	g_string_append(out, "?subject=");
	mailto_encode(out, subject, "-._~");
	g_string_append(out, "&body=");
	mailto_encode(out, body, "-._~");
	return g_string_free(out, FALSE);
}

/* A button that Outlook's Word engine draws too: a coloured table cell
 * around a padded link. */
static void
html_button(GString *out, const char *href, const char *label,
	    const char *colour)
{
	g_string_append_printf(out,
		"<td align=\"center\" bgcolor=\"%s\" style=\"background-color:"
		"%s;border-radius:6px;\">"
		"<a href=\"",
		colour, colour);
	html_text(out, href);
	g_string_append(out,
		"\" style=\"display:inline-block;padding:14px 28px;" SG_FONT
		"font-size:18px;font-weight:bold;color:#ffffff;"
		"text-decoration:none;border-radius:6px;\">");
	html_text(out, label);
	g_string_append(out, "</a></td>\n");
}

static void
html_buttons(GString *out, const char *approve, const char *reject,
	     SgLang lang)
{
	g_string_append(out,
		"<table role=\"presentation\" cellpadding=\"0\" "
		"cellspacing=\"12\" border=\"0\" style=\"margin:8px 0 8px "
		"-12px;\">\n<tr>\n");
	html_button(out, approve, SG_TR(lang, "承認する", "Approve"), "#1a7f37");
	html_button(out, reject, SG_TR(lang, "差し戻す", "Return"), "#b35900");
	g_string_append(out, "</tr>\n</table>\n");
}

/* --- the reports ------------------------------------------------------ */

/* A report is written once, as a list of blocks, and rendered twice: as
 * the text/plain and the text/html alternative, so both always say the
 * same thing in the same words. */
typedef enum {
	SG_BLOCK_GREETING,	/* a paragraph set apart */
	SG_BLOCK_PARA,		/* a paragraph */
	SG_BLOCK_HEADING,
	SG_BLOCK_ROW,		/* "label: value"; consecutive rows form a
				 * summary table */
	SG_BLOCK_FINDINGS,	/* every finding, numbered */
	SG_BLOCK_POST,		/* the draft, findings highlighted in HTML */
	SG_BLOCK_QUOTE,		/* someone's words, lines kept */
	SG_BLOCK_CODE,		/* a line for the reply parser, verbatim */
	SG_BLOCK_BUTTONS,	/* the mailto: buttons */
	SG_BLOCK_SIGNATURE,
} SgBlockKind;

typedef enum {
	SG_IN_BOTH,
	SG_IN_TEXT,
	SG_IN_HTML,
} SgBlockWhere;

typedef struct {
	SgBlockKind kind;
	SgBlockWhere where;
	char *label;		/* ROW */
	char *text;		/* PARA, HEADING, ROW value, CODE */
	char *approve;		/* BUTTONS: the two mailto: URIs */
	char *reject;
} SgBlock;

static void
block_free(SgBlock *block)
{
	g_free(block->label);
	g_free(block->text);
	g_free(block->approve);
	g_free(block->reject);
	g_free(block);
}

static SgBlock *
add_block(GPtrArray *doc, SgBlockKind kind, SgBlockWhere where,
	  const char *text)
{
	SgBlock *block = g_new0(SgBlock, 1);

	block->kind = kind;
	block->where = where;
	block->text = g_strdup(text);
	g_ptr_array_add(doc, block);
	return block;
}

static void
add_row(GPtrArray *doc, const char *label, const char *value)
{
	add_block(doc, SG_BLOCK_ROW, SG_IN_BOTH, value)->label =
		g_strdup(label);
}

/* The summary every report opens with. */
static void
add_summary(GPtrArray *doc, const SgContext *ctx, const char *ticket)
{
	SgLang lang = ctx->lang;
	g_autofree char *counts = counts_text(ctx);
	g_autofree char *verdict = g_strdup_printf(
		SG_TR(lang, "%s（%s）", "%s (%s)"),
		verdict_label(ctx->in->verdict, lang), counts);

	if (ticket != NULL)
		add_row(doc, SG_TR(lang, "承認番号", "Ticket"), ticket);
	add_row(doc, SG_TR(lang, "件名", "Subject"), ctx->subject);
	add_row(doc, SG_TR(lang, "アカウント", "Account"), ctx->account);
	add_row(doc, SG_TR(lang, "投稿者", "Author"),
		ctx->author != NULL ? ctx->author
				    : SG_TR(lang, "不明", "unknown"));
	add_row(doc, SG_TR(lang, "送信日時", "Sent"), ctx->submitted);
	add_row(doc, SG_TR(lang, "判定", "Result"), verdict);
}

static void
add_signature(GPtrArray *doc, SgLang lang)
{
	add_block(doc, SG_BLOCK_SIGNATURE, SG_IN_BOTH,
		  SG_TR(lang, "SNS投稿承認窓口（自動送信）",
		     "SNS Posting Approval (automatic message)"));
}

#define SG_HXXP_JA "URL は、誤って開かないよう「hxxp」と表記しています。"
#define SG_HXXP_EN                                                          \
	"Links are written \"hxxp\" so that they cannot be opened by mistake."

GPtrArray *
sg_compose_feedback_doc(const SgContext *ctx)
{
	GPtrArray *doc =
		g_ptr_array_new_with_free_func((GDestroyNotify)block_free);
	SgLang lang = ctx->lang;
	SgVerdict verdict = ctx->in->verdict;
	g_autofree char *resubmit = resubmit_address(ctx);

	if (verdict == SG_VERDICT_BLOCK) {
		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
			"ご投稿案を確認しましたところ、千代田区ソーシャル"
			"メディア活用ガイドラインに抵触するおそれのある箇所が"
			"ありましたので、差し戻しいたします。",
			"We have checked your draft post and found passages "
			"that may conflict with the Chiyoda City Social Media "
			"Guidelines, so we are returning it to you."));
		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
			"下記の指摘事項をご確認のうえ、投稿案を修正して"
			"ください。",
			"Please review the findings below and revise the "
			"draft."));
	} else if (verdict == SG_VERDICT_WARN) {
		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
			"ご投稿案を確認しましたところ、確認が必要な箇所が"
			"ありました。下記の注意事項をご確認ください。",
			"We have checked your draft post and found points "
			"that need your attention. Please review them "
			"below."));
	} else {
		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
			"ご投稿案を確認しましたところ、ガイドラインに抵触する"
			"おそれのある箇所は見つかりませんでした。",
			"We have checked your draft post and found nothing "
			"that conflicts with the guidelines."));
	}
	add_summary(doc, ctx, NULL);
	add_block(doc, SG_BLOCK_HEADING, SG_IN_HTML,
		  SG_TR(lang, "投稿案（指摘箇所に色を付けています）",
		     "Your draft (findings highlighted)"));
	add_block(doc, SG_BLOCK_POST, SG_IN_HTML, NULL);
	if (ctx->findings->len > 0) {
		add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
			  SG_TR(lang, "指摘事項", "Findings"));
		add_block(doc, SG_BLOCK_FINDINGS, SG_IN_BOTH, NULL);
	}
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  SG_TR(lang, "次の手順", "What next"));
	if (verdict == SG_VERDICT_BLOCK && resubmit != NULL) {
		g_autofree char *p = g_strdup_printf(SG_TR(lang,
			"修正した投稿案は、新しいメールとして、前回と同じ"
			"アドレス（%s）へお送りください。あらためて確認"
			"いたします。",
			"Please send the revised draft as a new message to the "
			"same address as before (%s); we will check it again."),
			resubmit);

		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, p);
	}
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
		"このメールに返信すると、この内容が新しい投稿案として扱われ"
		"ますので、返信はしないでください。",
		"Please do not reply to this message: a reply would be "
		"treated as a new draft."));
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
		"元の投稿案は、このメールに添付しています。",
		"Your original draft is attached to this message."));
	add_block(doc, SG_BLOCK_PARA, SG_IN_HTML,
		  SG_TR(lang, SG_HXXP_JA, SG_HXXP_EN));
	add_signature(doc, lang);
	return doc;
}

GPtrArray *
sg_compose_request_doc(const SgContext *ctx, const char *ticket, const char *expiry,
	    const char *code, const char *reply_to, const char *re_subject)
{
	GPtrArray *doc =
		g_ptr_array_new_with_free_func((GDestroyNotify)block_free);
	SgLang lang = ctx->lang;
	g_autofree char *code_line = g_strdup_printf("承認コード: %s", code);
	SgBlock *buttons;

	add_block(doc, SG_BLOCK_GREETING, SG_IN_BOTH,
		  SG_TR(lang, "運用責任者様", "To the responsible officer,"));
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
		"次の投稿案について、承認の依頼がありました。内容をご確認の"
		"うえ、承認または差戻しをご回答ください。",
		"A draft post awaits your approval. Please review it and "
		"approve or return it."));
	add_summary(doc, ctx, ticket);
	add_row(doc, SG_TR(lang, "回答期限", "Answer by"), expiry);

	buttons = add_block(doc, SG_BLOCK_BUTTONS, SG_IN_HTML, NULL);
	buttons->approve = mailto_href(reply_to, re_subject,
				       SG_TR(lang, "承認", "APPROVE"));
	buttons->reject = mailto_href(reply_to, re_subject,
				      SG_TR(lang, "差戻し\n理由: ",
					 "REJECT\nReason: "));
	add_block(doc, SG_BLOCK_PARA, SG_IN_HTML, SG_TR(lang,
		"ボタンを押すと返信メールが作成されます。そのまま送信して"
		"ください（差し戻す場合は理由を書き添えてください）。ボタンが"
		"使えない場合は、次のとおり回答してください。",
		"Each button opens a prepared reply: send it as it is (when "
		"returning the draft, add your reason). If the buttons do "
		"not work, answer as follows."));
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  SG_TR(lang, "回答方法", "How to answer"));
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
		"このメールに『承認』とだけ書いて返信してください。差し戻す"
		"場合は『差戻し』と理由を書いて返信してください。",
		"Reply to this message with just \"APPROVE\" (or 承認). To "
		"return the draft, reply with \"REJECT\" (or 差戻し) and "
		"your reason."));
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
		"返信先のアドレスは変更しないでください。回答期限を過ぎると、"
		"この依頼は無効になります。",
		"Do not change the reply address. After the deadline this "
		"request expires."));
	/* For the reply parser: the same words in every language, alone
	 * on its line. */
	add_block(doc, SG_BLOCK_CODE, SG_IN_BOTH, code_line);

	if (ctx->findings->len > 0) {
		add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
			  SG_TR(lang, "確認が必要な点", "Points to check"));
		add_block(doc, SG_BLOCK_FINDINGS, SG_IN_BOTH, NULL);
	}
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  SG_TR(lang, "投稿案", "The draft"));
	add_block(doc, SG_BLOCK_POST, SG_IN_BOTH, NULL);
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
		"投稿案は、送信されたとおりの形でこのメールに添付しています。",
		"The draft is attached exactly as it was submitted."));
	add_block(doc, SG_BLOCK_PARA, SG_IN_HTML,
		  SG_TR(lang, SG_HXXP_JA, SG_HXXP_EN));
	add_signature(doc, lang);
	return doc;
}

/* What the decision was about, after the opening paragraph. */
static void
add_decision_rows(GPtrArray *doc, const SgContext *ctx, const char *ticket,
		  const char *who_label, const char *who)
{
	SgLang lang = ctx->lang;

	add_row(doc, SG_TR(lang, "承認番号", "Ticket"), ticket);
	add_row(doc, SG_TR(lang, "件名", "Subject"), ctx->subject);
	add_row(doc, SG_TR(lang, "アカウント", "Account"), ctx->account);
	add_row(doc, SG_TR(lang, "投稿者", "Author"),
		ctx->author != NULL ? ctx->author
				    : SG_TR(lang, "不明", "unknown"));
	add_row(doc, SG_TR(lang, "送信日時", "Sent"), ctx->submitted);
	add_row(doc, who_label, who);
}

GPtrArray *
sg_compose_release_doc(const SgContext *ctx, const char *ticket, const char *approver,
	    const char *approved_at, const char *sha256)
{
	GPtrArray *doc =
		g_ptr_array_new_with_free_func((GDestroyNotify)block_free);
	SgLang lang = ctx->lang;

	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
		"次の投稿案は、運用責任者により承認されました。",
		"The draft post below has been approved by the responsible "
		"officer."));
	add_decision_rows(doc, ctx, ticket, SG_TR(lang, "承認者", "Approved by"),
			  approver);
	add_row(doc, SG_TR(lang, "承認日時", "Approved at"), approved_at);
	add_row(doc, "SHA-256", sha256);
	if (ctx->findings->len > 0) {
		add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
			  SG_TR(lang, "確認済みの注意事項", "Points checked"));
		add_block(doc, SG_BLOCK_FINDINGS, SG_IN_BOTH, NULL);
	}
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  SG_TR(lang, "投稿案", "The draft"));
	add_block(doc, SG_BLOCK_POST, SG_IN_BOTH, NULL);
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
		"承認された投稿案は、送信されたとおりの形（添付ファイルを"
		"含みます）でこのメールに添付しています。公開には、添付の"
		"投稿案をそのままお使いください。",
		"The approved draft is attached exactly as it was submitted, "
		"attachments included. Please publish it as attached."));
	add_block(doc, SG_BLOCK_PARA, SG_IN_HTML,
		  SG_TR(lang, SG_HXXP_JA, SG_HXXP_EN));
	add_signature(doc, lang);
	return doc;
}

GPtrArray *
sg_compose_rejection_doc(const SgContext *ctx, const char *ticket, const char *officer,
	      const char *reason)
{
	GPtrArray *doc =
		g_ptr_array_new_with_free_func((GDestroyNotify)block_free);
	SgLang lang = ctx->lang;
	g_autofree char *resubmit = resubmit_address(ctx);

	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
		"ご投稿案は、運用責任者により差し戻されました。理由をご確認の"
		"うえ、投稿案を修正してください。",
		"Your draft post has been returned by the responsible "
		"officer. Please read the reason and revise the draft."));
	add_decision_rows(doc, ctx, ticket,
			  SG_TR(lang, "差し戻した人", "Returned by"), officer);
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  SG_TR(lang, "差戻しの理由", "Reason"));
	if (reason != NULL && reason[strspn(reason, " \t\n")] != '\0')
		add_block(doc, SG_BLOCK_QUOTE, SG_IN_BOTH, reason);
	else
		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH,
			  SG_TR(lang, "（理由の記載はありませんでした）",
			     "(no reason was given)"));
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  SG_TR(lang, "次の手順", "What next"));
	if (resubmit != NULL) {
		g_autofree char *p = g_strdup_printf(SG_TR(lang,
			"修正した投稿案は、新しいメールとして、前回と同じ"
			"アドレス（%s）へお送りください。あらためて確認"
			"いたします。",
			"Please send the revised draft as a new message to the "
			"same address as before (%s); we will check it again."),
			resubmit);

		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, p);
	}
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, SG_TR(lang,
		"元の投稿案は、このメールに添付しています。",
		"Your original draft is attached to this message."));
	add_signature(doc, lang);
	return doc;
}

/* The draft's text between two rules, cut at SG_COMPOSE_MAX_SHOWN. */
static void
text_post(GString *out, const SgContext *ctx)
{
	bool cut = false;
	g_autofree char *post = NULL;

	g_string_append(out, rule_line);
	if (ctx->body != NULL) {
		post = sg_compose_clean_text(ctx->body->text,
				  shown_len(ctx->body, &cut));
		g_string_append(out, post);
		if (post[0] != '\0' && !g_str_has_suffix(post, "\n"))
			g_string_append_c(out, '\n');
	}
	if (cut)
		g_string_append(out, SG_TR(ctx->lang,
			"（以下省略。全文は添付の投稿案をご覧ください）\n",
			"(cut; the attached draft has the whole text)\n"));
	g_string_append(out, rule_line);
}

/* @text indented, every line kept. */
static void
text_quote(GString *out, const char *text)
{
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);

	for (guint i = 0; lines[i] != NULL; i++) {
		if (lines[i + 1] == NULL && lines[i][0] == '\0')
			break;
		g_string_append_printf(out, "    %s\n", lines[i]);
	}
}

/* Paragraphs are lines; a blank line separates paragraphs from headings,
 * summaries and the rest. */
char *
sg_compose_render_text(GPtrArray *doc, const SgContext *ctx)
{
	GString *out = g_string_new(NULL);
	SgBlockKind prev = SG_BLOCK_PARA;

	for (guint i = 0; i < doc->len; i++) {
		const SgBlock *b = g_ptr_array_index(doc, i);

		if (b->where == SG_IN_HTML)
			continue;
		if (out->len > 0 && prev != SG_BLOCK_HEADING
		    && (b->kind != prev || b->kind == SG_BLOCK_HEADING))
			g_string_append_c(out, '\n');
		switch (b->kind) {
		case SG_BLOCK_GREETING:
		case SG_BLOCK_PARA:
		case SG_BLOCK_CODE:
			g_string_append_printf(out, "%s\n", b->text);
			break;
		case SG_BLOCK_QUOTE:
			text_quote(out, b->text);
			break;
		case SG_BLOCK_HEADING:
			g_string_append_printf(out, SG_TR(ctx->lang, "■ %s\n",
						       "== %s ==\n"),
					       b->text);
			break;
		case SG_BLOCK_ROW: {
			g_autofree char *v = sg_compose_clean_line(b->text, G_MAXUINT);

			g_string_append_printf(out, "%s: %s\n", b->label, v);
			break;
		}
		case SG_BLOCK_FINDINGS:
			text_findings(out, ctx);
			break;
		case SG_BLOCK_POST:
			text_post(out, ctx);
			break;
		case SG_BLOCK_SIGNATURE:
			g_string_append_printf(out, "-- \n%s\n", b->text);
			break;
		case SG_BLOCK_BUTTONS:
			break;
		}
		prev = b->kind;
	}
	return g_string_free(out, FALSE);
}

char *
sg_compose_render_html(GPtrArray *doc, const SgContext *ctx, const char *title)
{
	GString *out = g_string_new(NULL);
	bool in_rows = false;

	html_begin(out, ctx->lang, title);
	for (guint i = 0; i < doc->len; i++) {
		const SgBlock *b = g_ptr_array_index(doc, i);

		if (b->where == SG_IN_TEXT)
			continue;
		if (in_rows && b->kind != SG_BLOCK_ROW) {
			g_string_append(out, "</table>\n");
			in_rows = false;
		}
		switch (b->kind) {
		case SG_BLOCK_GREETING:
		case SG_BLOCK_PARA:
			html_para(out, b->text);
			break;
		case SG_BLOCK_QUOTE:
			g_string_append(out,
					"<table role=\"presentation\" "
					"cellpadding=\"0\" cellspacing=\"0\" "
					"border=\"0\" style=\"margin:0 0 "
					"12px 0;\"><tr><td style=\"border-"
					"left:4px solid #d0d7de;padding:4px "
					"12px;\">");
			html_escape(out, b->text, strlen(b->text), true);
			g_string_append(out, "</td></tr></table>\n");
			break;
		case SG_BLOCK_CODE:
			g_string_append(out, "<p style=\"margin:0 0 12px 0;"
					     "font-family:Consolas,Menlo,"
					     "monospace;\">");
			html_text(out, b->text);
			g_string_append(out, "</p>\n");
			break;
		case SG_BLOCK_HEADING:
			html_heading(out, b->text);
			break;
		case SG_BLOCK_ROW:
			if (!in_rows)
				html_summary_begin(out);
			in_rows = true;
			html_summary_row(out, b->label, b->text);
			break;
		case SG_BLOCK_FINDINGS:
			html_findings(out, ctx);
			break;
		case SG_BLOCK_POST:
			html_post(out, ctx);
			break;
		case SG_BLOCK_BUTTONS:
			html_buttons(out, b->approve, b->reject, ctx->lang);
			break;
		case SG_BLOCK_SIGNATURE:
			g_string_append(out,
					"<p style=\"margin:16px 0 0 0;"
					"color:#57606a;font-size:13px;\">");
			html_text(out, b->text);
			g_string_append(out, "</p>\n");
			break;
		}
	}
	if (in_rows)
		g_string_append(out, "</table>\n");
	html_end(out);
	return g_string_free(out, FALSE);
}

