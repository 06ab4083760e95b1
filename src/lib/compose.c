/* The messages snsgate writes: the feedback report that returns a draft to
 * its author and the approval request sent to the account's officers.
 *
 * GMime builds the MIME tree and serializes it with CRLF line ends; this file
 * then splits the serialized top-level header from the body into an
 * SgComposed, which the milter applies to the message in flight.  The
 * original draft is attached as message/rfc822 over its own bytes, so the
 * attachment is the draft exactly as submitted (a draft with bare LF line
 * ends gets CRLF, its wire form: RFC 5322 §2.3).  Text parts are UTF-8 in
 * base64 (what Outlook, Thunderbird and iPhone Mail all render), or with
 * SgComposeInput.iso2022jp, ISO-2022-JP in 7bit converted by ICU; a part
 * that holds a character outside JIS X 0208 (①, ㈱, emoji, half-width kana)
 * goes out in UTF-8 instead, so nothing the author wrote is ever lost or
 * replaced.  Subject and display name are RFC 2047-encoded here, not by
 * GMime, whose encoder writes encoded words longer than RFC 2047's 75
 * characters.  Every string from the draft, the configuration or the
 * caller is cleaned before use: CR, LF, NUL and other controls never reach
 * a header (header injection) or a 7bit body (where an ESC from the draft
 * would change the ISO-2022-JP state).  The HTML parts carry no web links,
 * no scripts, no images and no <style> (mail clients strip it): inline
 * styles and tables only, and every "http" in displayed text is written
 * "hxxp" so no client turns it into a link.  This file decides nothing
 * about the draft and sends nothing.  Thread-safe: each call builds its own
 * objects and ICU converter; g_mime_init() must have been called.
 */
#include "config.h"

#include <snsgate/compose.h>

#include <snsgate/gmime-auto.h>
#include <snsgate/rules.h>

#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

/* The original subject keeps at most this many characters in headers and
 * mailto: links; the attached draft keeps it whole. */
#define SG_COMPOSE_MAX_SUBJECT 200
/* Excerpts, messages and other one-line fields quoted in a report. */
#define SG_COMPOSE_MAX_FIELD 500
/* Bytes of the draft's text shown in a report (the whole draft is
 * attached); bounds the mail we write for a 25 MB draft. */
#define SG_COMPOSE_MAX_SHOWN (64 * 1024)
/* Findings listed one by one; the rest are counted. */
#define SG_COMPOSE_MAX_FINDINGS 200
/* Encoded bytes per RFC 2047 word: 39 bytes of UTF-8 are 52 base64
 * characters, a 64-character word; 36 bytes of ISO-2022-JP (escapes
 * included) a 66-character one.  Either fits a 78-column line after
 * "Subject: " (RFC 5322 §2.1.1) and RFC 2047 §2's 75-character limit. */
#define SG_WORD_UTF8_BYTES 39
#define SG_WORD_JIS_BYTES 36
#define SG_FOLD_COLUMNS 78
/* RFC 5322 §2.1.1: no line of a 7bit body may exceed 998 octets. */
#define SG_MAX_LINE_OCTETS 998

typedef enum {
	SG_KIND_FEEDBACK,
	SG_KIND_REQUEST,
} SgKind;

/* --- SgComposed -------------------------------------------------------- */

static void
header_free(SgHeader *header)
{
	if (header == NULL)
		return;
	g_free(header->name);
	g_free(header->value);
	g_free(header);
}

void
sg_composed_free(SgComposed *composed)
{
	if (composed == NULL)
		return;
	g_clear_pointer(&composed->headers, g_ptr_array_unref);
	g_clear_pointer(&composed->body, g_bytes_unref);
	g_free(composed);
}

const char *
sg_composed_get_header(const SgComposed *composed, const char *name)
{
	g_return_val_if_fail(composed != NULL, NULL);
	g_return_val_if_fail(name != NULL, NULL);

	for (guint i = 0; i < composed->headers->len; i++) {
		const SgHeader *h = g_ptr_array_index(composed->headers, i);

		if (g_ascii_strcasecmp(h->name, name) == 0)
			return h->value;
	}
	return NULL;
}

/* Appends "NAME: VALUE" folded at white space to stay within 78 columns
 * where the value allows it; the values are the unfolded ones, so every
 * space was a folding point in the serialized message. */
static void
append_folded(GString *out, const SgHeader *h)
{
	gsize column = strlen(h->name) + 1;
	const char *p = h->value;

	g_string_append(out, h->name);
	g_string_append_c(out, ':');
	while (*p != '\0') {
		const char *space = strchr(p + 1, ' ');
		gsize n = space != NULL ? (gsize)(space - p) : strlen(p);

		/* p points at the space that precedes the word, or at the
		 * first character of the value. */
		if (p == h->value && *p != ' ') {
			g_string_append_c(out, ' ');
			column++;
		}
		if (column + n > SG_FOLD_COLUMNS && column > strlen(h->name) + 2
		    && *p == ' ') {
			g_string_append(out, "\r\n");
			column = 0;
		}
		g_string_append_len(out, p, (gssize)n);
		column += n;
		p += n;
	}
	g_string_append(out, "\r\n");
}

GBytes *
sg_composed_to_bytes(const SgComposed *composed)
{
	g_autoptr(GString) out = NULL;
	gsize len = 0;
	const char *data;

	g_return_val_if_fail(composed != NULL, NULL);

	out = g_string_new(NULL);
	for (guint i = 0; i < composed->headers->len; i++)
		append_folded(out, g_ptr_array_index(composed->headers, i));
	g_string_append(out, "\r\n");
	data = g_bytes_get_data(composed->body, &len);
	g_string_append_len(out, data, (gssize)len);
	return g_string_free_to_bytes(g_steal_pointer(&out));
}

/* --- cleaning what we are given ---------------------------------------- */

/* Characters that reorder the display of text around them (Trojan Source,
 * CVE-2021-42574): dropped from everything we show. */
static bool
is_bidi_control(gunichar c)
{
	return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
	       || c == 0x200e || c == 0x200f || c == 0x061c;
}

static bool
is_control(gunichar c)
{
	return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
	       || c == 0x2028 || c == 0x2029;
}

/* One line of text for a header or a one-line report field: valid UTF-8,
 * every control character and line break (CR, LF, NUL, U+2028...) turned
 * into a space, runs of spaces collapsed, trimmed, and at most @max
 * characters (an ellipsis marks a cut). */
static char *
clean_line(const char *s, guint max)
{
	g_autofree char *valid = g_utf8_make_valid(s != NULL ? s : "", -1);
	GString *out = g_string_new(NULL);
	guint n = 0;
	bool space = false;

	for (const char *p = valid; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (is_bidi_control(c))
			continue;
		if (is_control(c) || c == ' ') {
			space = out->len > 0;
			continue;
		}
		if (n >= max) {
			g_string_append(out, "…");
			break;
		}
		if (space) {
			g_string_append_c(out, ' ');
			n++;
			space = false;
		}
		g_string_append_unichar(out, c);
		n++;
	}
	return g_string_free(out, FALSE);
}

/* Multi-line text to show: valid UTF-8, LF line ends, no CR, no other
 * controls but TAB, no bidi controls. */
static char *
clean_text(const char *s, gsize len)
{
	g_autofree char *valid = g_utf8_make_valid(s, (gssize)len);
	GString *out = g_string_sized_new(len);

	for (const char *p = valid; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (c == '\r') {
			if (p[1] != '\n')
				g_string_append_c(out, '\n');
			continue;
		}
		if (c == '\n' || c == '\t') {
			g_string_append_c(out, (char)c);
			continue;
		}
		if (is_control(c) || is_bidi_control(c))
			continue;
		g_string_append_unichar(out, c);
	}
	return g_string_free(out, FALSE);
}

/* An addr-spec for an address header, or NULL when @s is not one.  A line
 * break ends the address: whatever follows one is an injection attempt
 * ("a@b\r\nBcc: victim@example.com"), never part of the address.  Only
 * dot-atom local parts and plain domains are accepted (RFC 5322 §3.4.1),
 * which is what the MTA hands the milter for staff and officers. */
static char *
clean_address(const char *s)
{
	g_autofree char *copy = NULL;
	char *p, *at;
	gsize n;

	if (s == NULL)
		return NULL;
	n = strcspn(s, "\r\n");
	copy = g_strndup(s, n);
	g_strstrip(copy);
	p = copy;
	n = strlen(p);
	if (n >= 2 && p[0] == '<' && p[n - 1] == '>') {
		p[n - 1] = '\0';
		p++;
	}
	if (*p == '\0' || strlen(p) > 254)
		return NULL;
	for (const char *q = p; *q != '\0'; q++)
		if (!g_ascii_isalnum(*q) && strchr("!#$%&'*+-/=?^_`{|}~.@", *q)
						    == NULL)
			return NULL;
	at = strrchr(p, '@');
	if (at == NULL || at == p || at[1] == '\0' || strchr(p, '@') != at)
		return NULL;
	return g_strdup(p);
}

/* Printable ASCII from @s keeping only the bytes in @keep (besides letters
 * and digits); used for tokens, ticket ids and domains. */
static char *
clean_token(const char *s, const char *keep)
{
	GString *out = g_string_new(NULL);

	for (const char *p = s != NULL ? s : ""; *p != '\0'; p++)
		if (g_ascii_isalnum(*p) || strchr(keep, *p) != NULL)
			g_string_append_c(out, *p);
	return g_string_free(out, FALSE);
}

/* The addr-spec inside "<id@domain>", cleaned, or NULL. */
static char *
clean_msgid(const char *s)
{
	g_autofree char *id = NULL;

	if (s == NULL)
		return NULL;
	id = clean_token(s, "!#$%&'*+-/=?^_`{|}~.@");
	if (strchr(id, '@') == NULL || id[0] == '@')
		return NULL;
	return g_steal_pointer(&id);
}

/* --- ISO-2022-JP ------------------------------------------------------- */

/* The JIS X 0208 characters that Unicode maps twice: JIS's own mapping
 * (WAVE DASH, MINUS SIGN, ...) and Microsoft's (FULLWIDTH TILDE, ...).
 * ICU's ISO-2022-JP converter knows only Microsoft's, so a Mac's 〜 would
 * not convert; both are the same JIS code, so we pass Microsoft's. */
static gunichar
jis_alias(gunichar c)
{
	switch (c) {
	case 0x301c:		/* WAVE DASH → 1-33 */
		return 0xff5e;
	case 0x2212:		/* MINUS SIGN → 1-61 */
		return 0xff0d;
	case 0x2016:		/* DOUBLE VERTICAL LINE → 1-34 */
		return 0x2225;
	case 0x2014:		/* EM DASH → 1-29 */
		return 0x2015;
	case 0x00a2:		/* CENT SIGN → 1-81 */
		return 0xffe0;
	case 0x00a3:		/* POUND SIGN → 1-82 */
		return 0xffe1;
	case 0x00ac:		/* NOT SIGN → 2-44 */
		return 0xffe2;
	default:
		return c;
	}
}

/* True when every double-byte code in @jis is in JIS X 0208 proper: rows
 * 1-8 and 16-84.  ICU's converter also writes NEC's row 13 (①, ㈱, №) and
 * IBM's rows 89-92 the way Outlook does (CP50220), which strict decoders
 * (glibc, GMime, many phones) show as garbage. */
static bool
jis_is_strict(const char *jis, gsize len)
{
	bool two = false;

	for (gsize i = 0; i < len; i++) {
		guchar b = (guchar)jis[i];

		if (b == 0x1b && i + 2 < len) {
			two = jis[i + 1] == '$';
			i += 2;
			continue;
		}
		if (!two)
			continue;
		if (!((b >= 0x21 && b <= 0x28) || (b >= 0x30 && b <= 0x74)))
			return false;
		i++;
	}
	return true;
}

/* Converts one line (no line break) to ISO-2022-JP ending in ASCII, as
 * RFC 1468 requires at each line end.  Returns false when any character
 * has no strict JIS X 0208 (or ASCII, JIS-Roman) code. */
static bool
jis_line(UConverter *cnv, const char *line, gsize len, GString *out)
{
	UErrorCode status = U_ZERO_ERROR;
	g_autofree UChar *u = NULL;
	g_autofree char *bytes = NULL;
	int32_t ulen = 0;
	int32_t n;
	gsize cap;

	if (len == 0)
		return true;
	if (len > G_MAXINT32 / 4)
		return false;
	u = g_new(UChar, len + 1);
	u_strFromUTF8(u, (int32_t)len + 1, &ulen, line, (int32_t)len,
		      &status);
	if (U_FAILURE(status))
		return false;
	for (int32_t i = 0; i < ulen; i++)
		if (!U16_IS_SURROGATE(u[i]))
			u[i] = (UChar)jis_alias(u[i]);
	/* At most 2 bytes per UTF-16 unit plus an escape pair around
	 * each. */
	cap = (gsize)ulen * 8 + 8;
	bytes = g_malloc(cap);
	n = ucnv_fromUChars(cnv, bytes, (int32_t)cap, u, ulen, &status);
	if (U_FAILURE(status) || !jis_is_strict(bytes, (gsize)n))
		return false;
	g_string_append_len(out, bytes, n);
	return true;
}

static UConverter *
jis_open(void)
{
	UErrorCode status = U_ZERO_ERROR;
	UConverter *cnv = ucnv_open("ISO-2022-JP", &status);

	if (U_FAILURE(status))
		return NULL;
	ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL,
			      NULL, &status);
	if (U_FAILURE(status)) {
		ucnv_close(cnv);
		return NULL;
	}
	return cnv;
}

/* @text (UTF-8, LF line ends) in ISO-2022-JP with CRLF line ends, or NULL
 * when a character has no strict JIS X 0208 code. */
static GBytes *
to_iso2022jp(const char *text)
{
	g_autoptr(GString) out = g_string_new(NULL);
	UConverter *cnv = jis_open();
	const char *p = text;
	bool ok = cnv != NULL;

	while (ok && *p != '\0') {
		const char *nl = strchr(p, '\n');
		gsize n = nl != NULL ? (gsize)(nl - p) : strlen(p);

		ok = jis_line(cnv, p, n, out);
		if (nl == NULL)
			break;
		g_string_append(out, "\r\n");
		p = nl + 1;
	}
	if (cnv != NULL)
		ucnv_close(cnv);
	if (!ok)
		return NULL;
	return g_string_free_to_bytes(g_steal_pointer(&out));
}

/* --- RFC 2047 ---------------------------------------------------------- */

static bool
needs_encoding(const char *s)
{
	for (const char *p = s; *p != '\0'; p++)
		if ((guchar)*p < 0x20 || (guchar)*p > 0x7e)
			return true;
	/* ASCII that looks like an encoded word would be decoded by the
	 * reader; encode it so it reads as written. */
	return strstr(s, "=?") != NULL;
}

static void
append_word(GString *out, const char *charset, const char *bytes, gsize len)
{
	g_autofree char *b64 = g_base64_encode((const guchar *)bytes, len);

	if (out->len > 0)
		g_string_append_c(out, ' ');
	g_string_append_printf(out, "=?%s?B?%s?=", charset, b64);
}

/* @s as ISO-2022-JP encoded words, each a whole ISO-2022-JP string
 * (RFC 1468 §4: encoded words start and end in ASCII), or NULL. */
static char *
encode_words_jis(const char *s)
{
	g_autoptr(GString) out = g_string_new(NULL);
	g_autoptr(GString) prev = g_string_new(NULL);
	g_autoptr(GString) cur = g_string_new(NULL);
	UConverter *cnv = jis_open();
	const char *start = s;
	const char *p = s;
	bool ok = cnv != NULL;

	while (ok && *p != '\0') {
		const char *next = g_utf8_next_char(p);

		g_string_truncate(cur, 0);
		ok = jis_line(cnv, start, (gsize)(next - start), cur);
		if (ok && cur->len > SG_WORD_JIS_BYTES && p != start) {
			append_word(out, "ISO-2022-JP", prev->str, prev->len);
			start = p;
			continue;
		}
		g_string_assign(prev, cur->str);
		p = next;
	}
	if (cnv != NULL)
		ucnv_close(cnv);
	if (!ok)
		return NULL;
	if (prev->len > 0)
		append_word(out, "ISO-2022-JP", prev->str, prev->len);
	return g_string_free(g_steal_pointer(&out), FALSE);
}

/* @s as UTF-8 encoded words, never splitting a character (RFC 2047 §5). */
static char *
encode_words_utf8(const char *s)
{
	GString *out = g_string_new(NULL);
	const char *start = s;
	const char *p = s;

	while (*p != '\0') {
		const char *next = g_utf8_next_char(p);

		if ((gsize)(next - start) > SG_WORD_UTF8_BYTES) {
			append_word(out, "UTF-8", start, (gsize)(p - start));
			start = p;
		}
		p = next;
	}
	if (p > start)
		append_word(out, "UTF-8", start, (gsize)(p - start));
	return g_string_free(out, FALSE);
}

/* A header value for @s (already one clean line): as is when it is plain
 * ASCII, else RFC 2047 encoded words separated by spaces, in ISO-2022-JP
 * when @jis and every character has a JIS X 0208 code, else in UTF-8. */
static char *
encode_text(const char *s, bool jis)
{
	char *words = NULL;

	if (!needs_encoding(s))
		return g_strdup(s);
	if (jis)
		words = encode_words_jis(s);
	return words != NULL ? words : encode_words_utf8(s);
}

/* A raw header value for GMime: a leading space, folded with "\n " at the
 * spaces of @value so lines stay within 78 columns, ending in "\n". */
static char *
fold_raw(const char *name, const char *value)
{
	GString *out = g_string_new(NULL);
	g_auto(GStrv) words = g_strsplit(value, " ", -1);
	gsize column = strlen(name) + 1;

	for (guint i = 0; words[i] != NULL; i++) {
		gsize n = strlen(words[i]);

		if (i > 0 && column + 1 + n > SG_FOLD_COLUMNS) {
			g_string_append(out, "\n");
			column = 0;
		}
		g_string_append_c(out, ' ');
		g_string_append(out, words[i]);
		column += 1 + n;
	}
	g_string_append_c(out, '\n');
	return g_string_free(out, FALSE);
}

/* Replaces the raw value GMime wrote for header @name with our own
 * encoding of it. */
static void
set_raw_header(GMimeMessage *msg, const char *name, const char *value)
{
	GMimeHeaderList *list = g_mime_object_get_header_list(GMIME_OBJECT(msg));
	GMimeHeader *header = g_mime_header_list_get_header(list, name);
	g_autofree char *raw = fold_raw(name, value);

	g_return_if_fail(header != NULL);
	g_mime_header_set_raw_value(header, raw);
}

/* --- times ------------------------------------------------------------- */

/* Japan Standard Time: UTC+9 all year (no DST since 1951), so a fixed
 * offset needs no tzdata. */
static GDateTime *
to_jst(GDateTime *t)
{
	g_autoptr(GTimeZone) jst = g_time_zone_new_offset(9 * 3600);

	return g_date_time_to_timezone(t, jst);
}

static char *
format_time(GDateTime *t, SgLang lang)
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
	j = to_jst(t);
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
tr(SgLang lang, const char *ja, const char *en)
{
	return lang == SG_LANG_EN ? en : ja;
}

static const char *
severity_label(SgSeverity severity, SgLang lang)
{
	switch (severity) {
	case SG_SEVERITY_BLOCK:
		return tr(lang, "差戻し", "Must fix");
	case SG_SEVERITY_WARN:
		return tr(lang, "注意", "Warning");
	default:
		return tr(lang, "参考", "Note");
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
		return g_strdup(tr(lang, "（指定なし）", "(none)"));
	name = clean_line(account->display_name != NULL
				  && *account->display_name != '\0'
			  ? account->display_name
			  : account->name,
			  SG_COMPOSE_MAX_FIELD);
	if (account->platform == NULL || *account->platform == '\0')
		return g_steal_pointer(&name);
	platform = clean_line(platform_name(account->platform), 40);
	return g_strdup_printf(tr(lang, "%s（%s）", "%s (%s)"), name,
			       platform);
}

static char *
place_text(const SgFinding *f, SgLang lang)
{
	g_autofree char *where = NULL;

	switch (f->piece_kind) {
	case SG_PIECE_SUBJECT:
		where = g_strdup(tr(lang, "件名", "subject"));
		break;
	case SG_PIECE_ATTACHMENT: {
		g_autofree char *name = clean_line(f->piece_name, 100);

		where = g_strdup_printf(tr(lang, "添付「%s」",
					   "attachment \"%s\""),
					name);
		break;
	}
	default:
		where = g_strdup(tr(lang, "本文", "body"));
	}
	if (f->line == 0)
		return g_steal_pointer(&where);
	return g_strdup_printf(tr(lang, "%s %u行目 %u文字目",
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
	ci->id = canon != NULL ? g_strdup(canon) : clean_line(clause, 40);
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

typedef struct {
	const SgComposeInput *in;
	SgLang lang;
	char *subject;		/* the original subject, one clean line */
	char *author;		/* nullable */
	char *account;
	char *submitted;	/* the draft's Date, in JST */
	const SgTextPiece *body;	/* the post: first body piece */
	const SgTextPiece *subject_piece;
	GPtrArray *findings;	/* SgFinding *, borrowed, capped */
	guint n_findings;	/* all of them */
	guint counts[3];	/* by severity */
} SgContext;

static void
context_init(SgContext *ctx, const SgComposeInput *in)
{
	GPtrArray *pieces = sg_draft_get_pieces(in->draft);
	GDateTime *date = sg_draft_get_date(in->draft);

	memset(ctx, 0, sizeof *ctx);
	ctx->in = in;
	ctx->lang = in->lang;
	ctx->subject = clean_line(sg_draft_get_subject(in->draft),
				  SG_COMPOSE_MAX_SUBJECT);
	ctx->author = clean_address(in->author);
	ctx->account = account_text(in->account, in->lang);
	ctx->submitted = format_time(date, in->lang);
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

static void
context_clear(SgContext *ctx)
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
		g_string_append(out, tr(ctx->lang, "指摘なし", "no findings"));
	return g_string_free(out, FALSE);
}

static const char *
verdict_label(SgVerdict verdict, SgLang lang)
{
	switch (verdict) {
	case SG_VERDICT_BLOCK:
		return tr(lang, "差戻し", "returned");
	case SG_VERDICT_WARN:
		return tr(lang, "注意あり", "warnings");
	default:
		return tr(lang, "問題なし", "no problems found");
	}
}

/* The address a corrected draft goes to: the recipient of the draft that
 * is the approval address (with its +ACCOUNT), else the approval address
 * itself. */
static char *
resubmit_address(const SgContext *ctx)
{
	g_autofree char *from = clean_address(ctx->in->from);
	GPtrArray *rcpts = sg_draft_get_recipients(ctx->in->draft);
	gsize local;
	const char *domain;

	if (from == NULL)
		return NULL;
	local = strcspn(from, "+@");
	domain = strrchr(from, '@');
	for (guint i = 0; rcpts != NULL && i < rcpts->len; i++) {
		g_autofree char *r = clean_address(g_ptr_array_index(rcpts, i));
		const char *rdomain = r != NULL ? strrchr(r, '@') : NULL;

		if (rdomain != NULL && g_ascii_strncasecmp(r, from, local) == 0
		    && strchr("+@-", r[local]) != NULL
		    && g_ascii_strcasecmp(rdomain, domain) == 0)
			return g_steal_pointer(&r);
	}
	return g_steal_pointer(&from);
}

/* --- text/plain -------------------------------------------------------- */

static const char rule_line[] =
	"----------------------------------------------------------------\n";

static void
text_field(GString *out, const char *label, const char *value, SgLang lang)
{
	g_autofree char *v = clean_line(value, SG_COMPOSE_MAX_FIELD);

	if (*v == '\0')
		return;
	g_string_append_printf(out, "  %s: %s\n", label, v);
}

static void
text_clause(GString *out, const SgFinding *f, SgLang lang)
{
	SgClauseInfo ci;
	const char *label = tr(lang, "規定", "Clause");

	clause_info(f->clause, &ci);
	if (ci.text == NULL) {
		g_string_append_printf(out, "  %s: %s\n", label, ci.id);
	} else if (ci.parent_id != NULL) {
		g_string_append_printf(out, "  %s: %s「%s」\n", label,
				       ci.parent_id, ci.parent_text);
		g_string_append_printf(out, "  %*s  %s「%s」\n",
				       (int)strlen(label) / (lang == SG_LANG_EN
								     ? 1
								     : 3)
					       * (lang == SG_LANG_EN ? 1 : 2),
				       "", ci.id, ci.text);
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

	text_field(out, tr(lang, "場所", "Where"), place, lang);
	if (f->excerpt != NULL && *f->excerpt != '\0') {
		g_autofree char *e = clean_line(f->excerpt,
						SG_COMPOSE_MAX_FIELD);
		g_string_append_printf(out, tr(lang, "  %s: 「%s」\n",
					       "  %s: \"%s\"\n"),
				       tr(lang, "該当箇所", "Excerpt"), e);
	}
	text_field(out, tr(lang, "理由", "Why"), message, lang);
	text_field(out, tr(lang, "対応", "What to do"), advice, lang);
	text_field(out, tr(lang, "詳細", "Detail"), f->detail, lang);
	text_clause(out, f, lang);
}

static void
text_findings(GString *out, const SgContext *ctx, SgSeverity min)
{
	guint shown = 0;

	g_string_append(out, rule_line);
	for (guint i = 0; i < ctx->findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(ctx->findings, i);

		if (f->severity < min)
			continue;
		if (shown > 0)
			g_string_append_c(out, '\n');
		text_finding(out, f, i + 1, ctx->lang);
		shown++;
	}
	if (ctx->n_findings > ctx->findings->len)
		g_string_append_printf(out,
				       tr(ctx->lang,
					  "\nほか %u 件の指摘は省略しました。\n",
					  "\n%u more findings not shown.\n"),
				       ctx->n_findings - ctx->findings->len);
	g_string_append(out, rule_line);
}

static void
text_summary_line(GString *out, const char *label, const char *value)
{
	g_string_append_printf(out, "%s: %s\n", label, value);
}

static char *
feedback_text(const SgContext *ctx)
{
	GString *out = g_string_new(NULL);
	SgLang lang = ctx->lang;
	SgVerdict verdict = ctx->in->verdict;
	g_autofree char *counts = counts_text(ctx);
	g_autofree char *verdict_line = NULL;
	g_autofree char *resubmit = resubmit_address(ctx);

	if (verdict == SG_VERDICT_BLOCK)
		g_string_append(out, tr(lang,
			"ご投稿案を確認しましたところ、千代田区ソーシャルメディア"
			"活用ガイドラインに抵触するおそれのある箇所がありました"
			"ので、差し戻しいたします。\n"
			"下記の指摘事項をご確認のうえ、投稿案を修正してください。\n",
			"We have checked your draft post and found passages "
			"that may conflict with the Chiyoda City Social Media "
			"Guidelines, so we are returning it to you.\n"
			"Please review the findings below and revise the "
			"draft.\n"));
	else if (verdict == SG_VERDICT_WARN)
		g_string_append(out, tr(lang,
			"ご投稿案を確認しましたところ、確認が必要な箇所があり"
			"ました。下記の注意事項をご確認ください。\n",
			"We have checked your draft post and found points "
			"that need your attention. Please review them "
			"below.\n"));
	else
		g_string_append(out, tr(lang,
			"ご投稿案を確認しましたところ、ガイドラインに抵触する"
			"おそれのある箇所は見つかりませんでした。\n",
			"We have checked your draft post and found nothing "
			"that conflicts with the guidelines.\n"));
	g_string_append_c(out, '\n');

	text_summary_line(out, tr(lang, "件名", "Subject"), ctx->subject);
	text_summary_line(out, tr(lang, "アカウント", "Account"),
			  ctx->account);
	if (ctx->author != NULL)
		text_summary_line(out, tr(lang, "投稿者", "Author"),
				  ctx->author);
	text_summary_line(out, tr(lang, "送信日時", "Sent"), ctx->submitted);
	verdict_line = g_strdup_printf(tr(lang, "%s（%s）", "%s (%s)"),
				       verdict_label(verdict, lang), counts);
	text_summary_line(out, tr(lang, "判定", "Result"), verdict_line);
	g_string_append_c(out, '\n');

	if (ctx->findings->len > 0) {
		text_findings(out, ctx, SG_SEVERITY_INFO);
		g_string_append_c(out, '\n');
	}

	if (verdict == SG_VERDICT_BLOCK && resubmit != NULL)
		g_string_append_printf(out, tr(lang,
			"修正した投稿案は、新しいメールとして、前回と同じアドレス"
			"（%s）へお送りください。あらためて確認いたします。\n",
			"Please send the revised draft as a new message to the "
			"same address as before (%s); we will check it "
			"again.\n"),
			resubmit);
	g_string_append(out, tr(lang,
		"このメールに返信すると、この内容が新しい投稿案として扱われます"
		"ので、返信はしないでください。\n"
		"元の投稿案は、このメールに添付しています。\n",
		"Please do not reply to this message: a reply would be "
		"treated as a new draft.\n"
		"Your original draft is attached to this message.\n"));
	g_string_append(out, tr(lang,
		"\n-- \nSNS投稿承認窓口（自動送信）\n",
		"\n-- \nSNS Posting Approval (automatic message)\n"));
	return g_string_free(out, FALSE);
}

/* The post text, cleaned and cut at SG_COMPOSE_MAX_SHOWN bytes. */
static char *
shown_text(const SgTextPiece *piece, bool *cut)
{
	gsize len = piece->len;

	*cut = false;
	if (len > SG_COMPOSE_MAX_SHOWN) {
		const char *end = g_utf8_find_prev_char(
			piece->text, piece->text + SG_COMPOSE_MAX_SHOWN + 1);

		len = end != NULL ? (gsize)(end - piece->text) : 0;
		*cut = true;
	}
	return clean_text(piece->text, len);
}

static char *
request_text(const SgContext *ctx, const char *ticket, const char *expiry,
	     const char *code)
{
	GString *out = g_string_new(NULL);
	SgLang lang = ctx->lang;
	g_autofree char *counts = counts_text(ctx);
	g_autofree char *verdict_line = NULL;

	g_string_append(out, tr(lang,
		"運用責任者様\n\n"
		"次の投稿案について、承認の依頼がありました。内容をご確認の"
		"うえ、承認または差戻しをご回答ください。\n\n",
		"To the responsible officer,\n\n"
		"A draft post awaits your approval. Please review it and "
		"approve or return it.\n\n"));
	text_summary_line(out, tr(lang, "承認番号", "Ticket"), ticket);
	text_summary_line(out, tr(lang, "アカウント", "Account"),
			  ctx->account);
	text_summary_line(out, tr(lang, "投稿者", "Author"),
			  ctx->author != NULL ? ctx->author
					      : tr(lang, "不明", "unknown"));
	text_summary_line(out, tr(lang, "送信日時", "Sent"), ctx->submitted);
	text_summary_line(out, tr(lang, "件名", "Subject"), ctx->subject);
	verdict_line = g_strdup_printf(tr(lang, "%s（%s）", "%s (%s)"),
				       verdict_label(ctx->in->verdict, lang),
				       counts);
	text_summary_line(out, tr(lang, "判定", "Result"), verdict_line);
	text_summary_line(out, tr(lang, "回答期限", "Answer by"), expiry);
	g_string_append_c(out, '\n');

	if (ctx->findings->len > 0) {
		g_string_append(out, tr(lang, "確認が必要な点:\n",
					"Points to check:\n"));
		text_findings(out, ctx, SG_SEVERITY_INFO);
		g_string_append_c(out, '\n');
	}

	g_string_append(out, tr(lang,
		"回答方法:\n"
		"このメールに『承認』とだけ書いて返信してください。差し戻す"
		"場合は『差戻し』と理由を書いて返信してください。\n"
		"返信先のアドレスは変更しないでください。回答期限を過ぎると、"
		"この依頼は無効になります。\n\n",
		"How to answer:\n"
		"Reply to this message with just \"APPROVE\" (or 承認). To "
		"return the draft, reply with \"REJECT\" (or 差戻し) and "
		"your reason.\n"
		"Do not change the reply address. After the deadline this "
		"request expires.\n\n"));
	/* The code line is for the reply parser: the same in every
	 * language, alone on its line. */
	g_string_append_printf(out, "承認コード: %s\n\n", code);

	if (ctx->body != NULL) {
		bool cut = false;
		g_autofree char *post = shown_text(ctx->body, &cut);

		g_string_append(out, tr(lang, "投稿案の本文:\n",
					"The draft's text:\n"));
		g_string_append(out, rule_line);
		g_string_append(out, post);
		if (post[0] != '\0' && !g_str_has_suffix(post, "\n"))
			g_string_append_c(out, '\n');
		if (cut)
			g_string_append(out, tr(lang,
				"（以下省略。全文は添付の投稿案をご覧ください）\n",
				"(cut; the attached draft has the whole "
				"text)\n"));
		g_string_append(out, rule_line);
		g_string_append_c(out, '\n');
	}
	g_string_append(out, tr(lang,
		"投稿案は、送信されたとおりの形でこのメールに添付しています。\n",
		"The draft is attached exactly as it was submitted.\n"));
	g_string_append(out, tr(lang,
		"\n-- \nSNS投稿承認窓口（自動送信）\n",
		"\n-- \nSNS Posting Approval (automatic message)\n"));
	return g_string_free(out, FALSE);
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
		if (is_control(c) || is_bidi_control(c))
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
	GString *numbers;	/* "1", "1,3" */
} SgSpan;

static void
span_free(SgSpan *span)
{
	if (span->numbers != NULL)
		g_string_free(span->numbers, TRUE);
	g_free(span);
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
	if (off > len || n > len - off || memcmp(text + off, f->excerpt, n) != 0)
		return false;
	*start = off;
	*end = off + n;
	return true;
}

/* The spans of the findings in @kind found in @text, merged where they
 * overlap, in order. */
static GPtrArray *
find_spans(const SgContext *ctx, SgPieceKind kind, const char *text,
	   gsize len, SgSeverity min)
{
	g_autoptr(GPtrArray) raw =
		g_ptr_array_new_with_free_func((GDestroyNotify)span_free);
	GPtrArray *merged =
		g_ptr_array_new_with_free_func((GDestroyNotify)span_free);

	for (guint i = 0; i < ctx->findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(ctx->findings, i);
		gsize start, end;
		SgSpan *span;

		if (f->piece_kind != kind || f->severity < min
		    || !finding_span(text, len, f, &start, &end))
			continue;
		span = g_new0(SgSpan, 1);
		span->start = start;
		span->end = end;
		span->severity = f->severity;
		span->numbers = g_string_new(NULL);
		g_string_append_printf(span->numbers, "%u", i + 1);
		g_ptr_array_add(raw, span);
	}
	g_ptr_array_sort(raw, span_cmp);
	for (guint i = 0; i < raw->len; i++) {
		SgSpan *span = g_ptr_array_index(raw, i);
		SgSpan *last = merged->len > 0
				       ? g_ptr_array_index(merged,
							   merged->len - 1)
				       : NULL;

		if (last != NULL && span->start < last->end) {
			last->end = MAX(last->end, span->end);
			last->severity = MAX(last->severity, span->severity);
			g_string_append_printf(last->numbers, ",%s",
					       span->numbers->str);
			continue;
		}
		g_ptr_array_add(merged, g_ptr_array_steal_index(raw, i));
		g_ptr_array_insert(raw, (gint)i, NULL);
	}
	return merged;
}

/* @text (the first @len bytes) with the findings of @kind highlighted. */
static void
html_highlighted(GString *out, const SgContext *ctx, SgPieceKind kind,
		 const char *text, gsize len, SgSeverity min)
{
	g_autoptr(GPtrArray) spans = find_spans(ctx, kind, text, len, min);
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
			"</mark><sup style=\"color:%s;font-size:11px;\">"
			"[%s]</sup>",
			severity_text_colour(span->severity),
			span->numbers->str);
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
		"<meta charset=\"@CHARSET@\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, "
		"initial-scale=1\">\n"
		"<title>",
		tr(lang, "ja", "en"));
	html_text(out, title);
	g_string_append(out,
		"</title>\n"
		"</head>\n"
		"<body style=\"margin:0;padding:0;background-color:#ffffff;\">\n"
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
		 bool is_excerpt)
{
	g_autofree char *v = NULL;

	if (value == NULL || *value == '\0')
		return;
	v = clean_line(value, SG_COMPOSE_MAX_FIELD);
	g_string_append(out, "<tr><th align=\"left\" valign=\"top\" "
			     "width=\"90\" style=\"text-align:left;"
			     "white-space:nowrap;background-color:#f6f8fa;"
			     "font-weight:normal;color:#57606a;\">");
	html_text(out, label);
	g_string_append(out, "</th><td valign=\"top\">");
	if (is_excerpt)
		g_string_append(out, "<span style=\"background-color:#fff1a8;"
				     "font-weight:bold;\">");
	html_text(out, v);
	if (is_excerpt)
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
	html_finding_row(out, tr(lang, "場所", "Where"), place, false);
	html_finding_row(out, tr(lang, "該当箇所", "Excerpt"), f->excerpt,
			 true);
	html_finding_row(out, tr(lang, "理由", "Why"),
			 lang == SG_LANG_EN ? f->message_en : f->message_ja,
			 false);
	html_finding_row(out, tr(lang, "対応", "What to do"),
			 lang == SG_LANG_EN ? f->advice_en : f->advice_ja,
			 false);
	html_finding_row(out, tr(lang, "詳細", "Detail"), f->detail, false);
	if (ci.text != NULL) {
		g_string_append(out, "<tr><th align=\"left\" valign=\"top\" "
				     "style=\"text-align:left;white-space:"
				     "nowrap;background-color:#f6f8fa;"
				     "font-weight:normal;color:#57606a;\">");
		html_text(out, tr(lang, "規定", "Clause"));
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
			tr(ctx->lang, "ほか %u 件の指摘は省略しました。",
			   "%u more findings not shown."),
			ctx->n_findings - ctx->findings->len);
		html_para(out, more);
	}
}

/* The post (subject and text) in a framed box, findings highlighted. */
static void
html_post(GString *out, const SgContext *ctx, SgSeverity min)
{
	SgLang lang = ctx->lang;

	g_string_append(out,
		"<table role=\"presentation\" width=\"100%\" cellpadding=\"12\" "
		"cellspacing=\"0\" border=\"0\" style=\"border-collapse:"
		"collapse;border:1px solid #d0d7de;background-color:#f6f8fa;"
		"margin:0 0 12px 0;\">\n<tr><td style=\"" SG_FONT
		"font-size:15px;line-height:1.7;\">\n");
	if (ctx->subject_piece != NULL && ctx->subject_piece->len > 0) {
		g_autofree char *s = clean_line(ctx->subject_piece->text,
						G_MAXUINT);
		g_string_append(out, "<div style=\"margin:0 0 8px 0;"
				     "color:#57606a;\">");
		html_text(out, tr(lang, "件名: ", "Subject: "));
		/* Highlight against the decoded subject as the rules saw
		 * it; the cleaned one only when that is the same. */
		if (strcmp(s, ctx->subject_piece->text) == 0)
			html_highlighted(out, ctx, SG_PIECE_SUBJECT, s,
					 strlen(s), min);
		else
			html_text(out, s);
		g_string_append(out, "</div>\n");
	}
	if (ctx->body != NULL) {
		gsize len = ctx->body->len;
		bool cut = len > SG_COMPOSE_MAX_SHOWN;

		if (cut) {
			const char *end = g_utf8_find_prev_char(
				ctx->body->text,
				ctx->body->text + SG_COMPOSE_MAX_SHOWN + 1);
			len = end != NULL ? (gsize)(end - ctx->body->text) : 0;
		}
		html_highlighted(out, ctx, SG_PIECE_BODY, ctx->body->text, len,
				 min);
		if (cut) {
			g_string_append(out, "<br>\n");
			html_text(out, tr(lang,
				"（以下省略。全文は添付の投稿案をご覧ください）",
				"(cut; the attached draft has the whole text)"));
		}
	} else {
		html_text(out, tr(lang, "（本文がありません）", "(no text)"));
	}
	g_string_append(out, "\n</td></tr>\n</table>\n");
}

static char *
feedback_html(const SgContext *ctx)
{
	GString *out = g_string_new(NULL);
	SgLang lang = ctx->lang;
	SgVerdict verdict = ctx->in->verdict;
	g_autofree char *counts = counts_text(ctx);
	g_autofree char *verdict_line = NULL;
	g_autofree char *resubmit = resubmit_address(ctx);

	html_begin(out, lang, tr(lang, "投稿案の確認結果",
				 "Result of the draft check"));
	if (verdict == SG_VERDICT_BLOCK) {
		html_para(out, tr(lang,
			"ご投稿案を確認しましたところ、千代田区ソーシャルメディア"
			"活用ガイドラインに抵触するおそれのある箇所がありました"
			"ので、差し戻しいたします。下記の指摘事項をご確認のうえ、"
			"投稿案を修正してください。",
			"We have checked your draft post and found passages "
			"that may conflict with the Chiyoda City Social Media "
			"Guidelines, so we are returning it to you. Please "
			"review the findings below and revise the draft."));
	} else if (verdict == SG_VERDICT_WARN) {
		html_para(out, tr(lang,
			"ご投稿案を確認しましたところ、確認が必要な箇所があり"
			"ました。下記の注意事項をご確認ください。",
			"We have checked your draft post and found points "
			"that need your attention. Please review them below."));
	} else {
		html_para(out, tr(lang,
			"ご投稿案を確認しましたところ、ガイドラインに抵触する"
			"おそれのある箇所は見つかりませんでした。",
			"We have checked your draft post and found nothing "
			"that conflicts with the guidelines."));
	}
	verdict_line = g_strdup_printf(tr(lang, "%s（%s）", "%s (%s)"),
				       verdict_label(verdict, lang), counts);
	html_summary_begin(out);
	html_summary_row(out, tr(lang, "件名", "Subject"), ctx->subject);
	html_summary_row(out, tr(lang, "アカウント", "Account"),
			 ctx->account);
	if (ctx->author != NULL)
		html_summary_row(out, tr(lang, "投稿者", "Author"),
				 ctx->author);
	html_summary_row(out, tr(lang, "送信日時", "Sent"), ctx->submitted);
	html_summary_row(out, tr(lang, "判定", "Result"), verdict_line);
	g_string_append(out, "</table>\n");

	html_heading(out, tr(lang, "投稿案（指摘箇所に色を付けています）",
			     "Your draft (findings highlighted)"));
	html_post(out, ctx, SG_SEVERITY_INFO);
	if (ctx->findings->len > 0) {
		html_heading(out, tr(lang, "指摘事項", "Findings"));
		html_findings(out, ctx);
	}

	html_heading(out, tr(lang, "次の手順", "What next"));
	if (verdict == SG_VERDICT_BLOCK && resubmit != NULL) {
		g_autofree char *p = g_strdup_printf(tr(lang,
			"修正した投稿案は、新しいメールとして、前回と同じアドレス"
			"（%s）へお送りください。あらためて確認いたします。",
			"Please send the revised draft as a new message to the "
			"same address as before (%s); we will check it again."),
			resubmit);
		html_para(out, p);
	}
	html_para(out, tr(lang,
		"このメールに返信すると、この内容が新しい投稿案として扱われます"
		"ので、返信はしないでください。元の投稿案は、このメールに添付"
		"しています。",
		"Please do not reply to this message: a reply would be "
		"treated as a new draft. Your original draft is attached to "
		"this message."));
	html_para(out, tr(lang,
		"URL は、誤って開かないよう「hxxp」と表記しています。",
		"Links are written \"hxxp\" so that they cannot be opened by "
		"mistake."));
	g_string_append(out, "<p style=\"margin:16px 0 0 0;color:#57606a;"
			     "font-size:13px;\">");
	html_text(out, tr(lang, "SNS投稿承認窓口（自動送信）",
			  "SNS Posting Approval (automatic message)"));
	g_string_append(out, "</p>\n");
	html_end(out);
	return g_string_free(out, FALSE);
}

/* RFC 6068 percent-encoding of UTF-8 for a mailto: URI.  Besides what RFC
 * 3986 reserves, every "h" is encoded too, so that no "http" can appear in
 * the HTML even when a subject quotes a URL; mail clients decode it. */
static void
mailto_encode(GString *out, const char *s, const char *keep)
{
	for (const guchar *p = (const guchar *)s; *p != '\0'; p++) {
		if (*p == '\n') {
			g_string_append(out, "%0D%0A");
			continue;
		}
		if ((g_ascii_isalnum(*p) && *p != 'h' && *p != 'H')
		    || strchr(keep, *p) != NULL)
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

static char *
request_html(const SgContext *ctx, const char *ticket, const char *expiry,
	     const char *code, const char *reply_to, const char *re_subject)
{
	GString *out = g_string_new(NULL);
	SgLang lang = ctx->lang;
	g_autofree char *counts = counts_text(ctx);
	g_autofree char *verdict_line = NULL;
	g_autofree char *approve = NULL;
	g_autofree char *reject = NULL;
	g_autofree char *code_line = NULL;

	approve = mailto_href(reply_to, re_subject,
			      tr(lang, "承認\n", "APPROVE\n"));
	reject = mailto_href(reply_to, re_subject,
			     tr(lang, "差戻し\n理由: ", "REJECT\nReason: "));
	html_begin(out, lang, tr(lang, "投稿案の承認依頼",
				 "Approval request for a draft post"));
	html_para(out, tr(lang, "運用責任者様", "To the responsible officer,"));
	html_para(out, tr(lang,
		"次の投稿案について、承認の依頼がありました。内容をご確認の"
		"うえ、承認または差戻しをご回答ください。",
		"A draft post awaits your approval. Please review it and "
		"approve or return it."));
	verdict_line = g_strdup_printf(tr(lang, "%s（%s）", "%s (%s)"),
				       verdict_label(ctx->in->verdict, lang),
				       counts);
	html_summary_begin(out);
	html_summary_row(out, tr(lang, "承認番号", "Ticket"), ticket);
	html_summary_row(out, tr(lang, "アカウント", "Account"),
			 ctx->account);
	html_summary_row(out, tr(lang, "投稿者", "Author"),
			 ctx->author != NULL ? ctx->author
					     : tr(lang, "不明", "unknown"));
	html_summary_row(out, tr(lang, "送信日時", "Sent"), ctx->submitted);
	html_summary_row(out, tr(lang, "件名", "Subject"), ctx->subject);
	html_summary_row(out, tr(lang, "判定", "Result"), verdict_line);
	html_summary_row(out, tr(lang, "回答期限", "Answer by"), expiry);
	g_string_append(out, "</table>\n");

	g_string_append(out,
		"<table role=\"presentation\" cellpadding=\"0\" "
		"cellspacing=\"12\" border=\"0\" style=\"margin:8px 0 8px "
		"-12px;\">\n<tr>\n");
	html_button(out, approve, tr(lang, "承認する", "Approve"), "#1a7f37");
	html_button(out, reject, tr(lang, "差し戻す", "Return"), "#b35900");
	g_string_append(out, "</tr>\n</table>\n");
	html_para(out, tr(lang,
		"ボタンを押すと返信メールが作成されます。そのまま送信して"
		"ください（差し戻す場合は理由を書き添えてください）。",
		"Each button opens a prepared reply: send it as it is (when "
		"returning the draft, add your reason)."));
	html_para(out, tr(lang,
		"ボタンが使えない場合は、このメールに『承認』とだけ書いて返信"
		"してください。差し戻す場合は『差戻し』と理由を書いて返信して"
		"ください。返信先のアドレスは変更しないでください。",
		"If the buttons do not work, reply to this message with just "
		"\"APPROVE\" (or 承認). To return the draft, reply with "
		"\"REJECT\" (or 差戻し) and your reason. Do not change the "
		"reply address."));
	code_line = g_strdup_printf("承認コード: %s", code);
	g_string_append(out, "<p style=\"margin:0 0 12px 0;font-family:"
			     "Consolas,Menlo,monospace;\">");
	html_text(out, code_line);
	g_string_append(out, "</p>\n");

	if (ctx->findings->len > 0) {
		html_heading(out, tr(lang, "確認が必要な点", "Points to check"));
		html_findings(out, ctx);
	}
	html_heading(out, tr(lang, "投稿案", "The draft"));
	html_post(out, ctx, SG_SEVERITY_INFO);
	html_para(out, tr(lang,
		"投稿案は、送信されたとおりの形でこのメールに添付しています。"
		"URL は、誤って開かないよう「hxxp」と表記しています。",
		"The draft is attached exactly as it was submitted. Links are "
		"written \"hxxp\" so that they cannot be opened by mistake."));
	g_string_append(out, "<p style=\"margin:16px 0 0 0;color:#57606a;"
			     "font-size:13px;\">");
	html_text(out, tr(lang, "SNS投稿承認窓口（自動送信）",
			  "SNS Posting Approval (automatic message)"));
	g_string_append(out, "</p>\n");
	html_end(out);
	return g_string_free(out, FALSE);
}

/* --- MIME -------------------------------------------------------------- */

static GMimeObject *
part_over_bytes(const char *type, const char *subtype, GBytes *bytes,
		GMimeContentEncoding encoding)
{
	g_autoptr(GMimePart) part = g_mime_part_new_with_type(type, subtype);
	gsize len = 0;
	const char *data = g_bytes_get_data(bytes, &len);
	g_autoptr(GMimeStream) stream =
		g_mime_stream_mem_new_with_buffer(data, len);
	g_autoptr(GMimeDataWrapper) wrapper = NULL;

	/* The wrapper's encoding is the part's when the bytes are already
	 * in that form (7bit, 8bit, binary): GMime then copies them as they
	 * are instead of re-encoding. */
	wrapper = g_mime_data_wrapper_new_with_stream(
		stream, encoding == GMIME_CONTENT_ENCODING_BASE64
				? GMIME_CONTENT_ENCODING_DEFAULT
				: encoding);
	g_mime_part_set_content(part, wrapper);
	g_mime_part_set_content_encoding(part, encoding);
	return GMIME_OBJECT(g_steal_pointer(&part));
}

static bool
lines_fit(GBytes *bytes)
{
	gsize len = 0;
	const char *data = g_bytes_get_data(bytes, &len);
	gsize run = 0;

	for (gsize i = 0; i < len; i++) {
		if (data[i] == '\n') {
			run = 0;
			continue;
		}
		if (++run > SG_MAX_LINE_OCTETS + 1)
			return false;
	}
	return true;
}

/* A text part of @utf8 (LF line ends): ISO-2022-JP 7bit when asked and
 * every character has a strict JIS X 0208 code, else UTF-8 base64.  Base64
 * rather than quoted-printable: iPhone Mail and Outlook render both, but
 * base64 has no line length or trailing-space pitfalls and is smaller for
 * Japanese.  The text is CRLF-canonical before encoding (RFC 2046 §4.1.1).
 * @html: the text holds "@CHARSET@" where its <meta> names the charset. */
static GMimeObject *
text_part(const char *subtype, const char *utf8, bool jis)
{
	g_autoptr(GBytes) bytes = NULL;
	g_autofree char *text = NULL;
	const char *charset = "ISO-2022-JP";
	GMimeContentEncoding encoding = GMIME_CONTENT_ENCODING_7BIT;
	GMimeObject *part;

	if (jis) {
		g_autofree char *t = NULL;
		g_auto(GStrv) pieces = g_strsplit(utf8, "@CHARSET@", -1);

		t = g_strjoinv("ISO-2022-JP", pieces);
		bytes = to_iso2022jp(t);
		if (bytes != NULL && !lines_fit(bytes))
			encoding = GMIME_CONTENT_ENCODING_BASE64;
	}
	if (bytes == NULL) {
		g_auto(GStrv) pieces = g_strsplit(utf8, "@CHARSET@", -1);
		g_autofree char *t = g_strjoinv("UTF-8", pieces);
		g_auto(GStrv) lines = g_strsplit(t, "\n", -1);

		text = g_strjoinv("\r\n", lines);
		bytes = g_bytes_new(text, strlen(text));
		charset = "UTF-8";
		encoding = GMIME_CONTENT_ENCODING_BASE64;
	}
	part = part_over_bytes("text", subtype, bytes, encoding);
	g_mime_object_set_content_type_parameter(part, "charset", charset);
	return part;
}

/* The transfer encoding that labels @bytes truthfully (RFC 2046 §5.2.1
 * allows only 7bit, 8bit or binary for message/rfc822). */
static GMimeContentEncoding
raw_encoding(GBytes *bytes)
{
	gsize len = 0;
	const guchar *data = g_bytes_get_data(bytes, &len);
	bool eight = false;

	if (!lines_fit(bytes))
		return GMIME_CONTENT_ENCODING_BINARY;
	for (gsize i = 0; i < len; i++) {
		if (data[i] == '\0')
			return GMIME_CONTENT_ENCODING_BINARY;
		if (data[i] == '\r' && (i + 1 == len || data[i + 1] != '\n'))
			return GMIME_CONTENT_ENCODING_BINARY;
		if (data[i] >= 0x80)
			eight = true;
	}
	return eight ? GMIME_CONTENT_ENCODING_8BIT
		     : GMIME_CONTENT_ENCODING_7BIT;
}

/* The draft as submitted, its bytes untouched but for bare LF → CRLF. */
static GMimeObject *
original_part(GBytes *original, SgLang lang)
{
	GMimeObject *part = part_over_bytes("message", "rfc822", original,
					    raw_encoding(original));

	g_mime_object_set_disposition(part, "attachment");
	g_mime_object_set_content_disposition_parameter(part, "filename",
							"draft.eml");
	g_mime_part_set_content_description(
		GMIME_PART(part),
		tr(lang, "投稿案（送信されたとおり）",
		   "The draft as submitted"));
	return part;
}

static bool
bytes_contain(GBytes *bytes, const char *needle)
{
	gsize len = 0;
	const char *data = bytes != NULL ? g_bytes_get_data(bytes, &len) : NULL;

	return data != NULL && memmem(data, len, needle, strlen(needle))
				       != NULL;
}

/* Gives @mp a boundary that occurs nowhere in @original: an 8bit
 * message/rfc822 part is not encoded, so a draft that happened to hold the
 * line "--BOUNDARY" would end the part early. */
static void
set_boundary(GMimeMultipart *mp, GBytes *original)
{
	for (int i = 0; i < 8; i++) {
		g_mime_multipart_set_boundary(mp, NULL);
		if (!bytes_contain(original,
				   g_mime_multipart_get_boundary(mp)))
			return;
	}
}

/* multipart/mixed: the alternatives, then the original as message/rfc822. */
static GMimeObject *
build_body(const char *plain, const char *html, const SgComposeInput *in)
{
	g_autoptr(GMimeMultipart) mixed =
		g_mime_multipart_new_with_subtype("mixed");
	g_autoptr(GMimeMultipart) alt =
		g_mime_multipart_new_with_subtype("alternative");
	GMimeObject *part;

	part = text_part("plain", plain, in->iso2022jp);
	g_mime_multipart_add(alt, part);
	g_object_unref(part);
	part = text_part("html", html, in->iso2022jp);
	g_mime_multipart_add(alt, part);
	g_object_unref(part);
	set_boundary(alt, in->original);
	g_mime_multipart_add(mixed, GMIME_OBJECT(alt));

	if (in->original != NULL) {
		GMimeContentEncoding enc = raw_encoding(in->original);

		part = original_part(in->original, in->lang);
		g_mime_multipart_add(mixed, part);
		g_object_unref(part);
		/* The top level says what its parts carry (RFC 2045 §6.4):
		 * the milter replaces the draft's own
		 * Content-Transfer-Encoding with this. */
		g_mime_object_set_header(
			GMIME_OBJECT(mixed), "Content-Transfer-Encoding",
			g_mime_content_encoding_to_string(enc), NULL);
	} else {
		g_mime_object_set_header(GMIME_OBJECT(mixed),
					 "Content-Transfer-Encoding", "7bit",
					 NULL);
	}
	set_boundary(mixed, in->original);
	return GMIME_OBJECT(g_steal_pointer(&mixed));
}

/* --- the message ------------------------------------------------------- */

static const char *
sender_name(SgLang lang)
{
	return tr(lang, "SNS投稿承認窓口", "SNS Posting Approval");
}

/* Date, From, To, Subject, Message-ID in that order, our own encoding of
 * Subject and From. */
static GMimeMessage *
new_message(const SgComposeInput *in, const char *subject,
	    const char *const *to, const char *message_id)
{
	GMimeMessage *msg = g_mime_message_new(FALSE);
	g_autoptr(GDateTime) now = g_date_time_new_now_local();
	g_autofree char *from = clean_address(in->from);
	g_autofree char *name = NULL;
	g_autofree char *from_value = NULL;
	g_autofree char *subject_value = NULL;
	InternetAddressList *list;
	guint n_to = 0;

	g_mime_message_set_date(msg, now);

	list = g_mime_message_get_from(msg);
	if (from != NULL) {
		InternetAddress *ia = internet_address_mailbox_new(
			sender_name(in->lang), from);

		internet_address_list_add(list, ia);
		g_object_unref(ia);
	}
	list = g_mime_message_get_to(msg);
	for (guint i = 0; to != NULL && to[i] != NULL; i++) {
		g_autofree char *addr = clean_address(to[i]);
		InternetAddress *ia;

		if (addr == NULL)
			continue;
		ia = internet_address_mailbox_new(NULL, addr);
		internet_address_list_add(list, ia);
		g_object_unref(ia);
		n_to++;
	}
	if (n_to == 0) {
		InternetAddress *ia = internet_address_group_new(
			"undisclosed-recipients");

		internet_address_list_add(list, ia);
		g_object_unref(ia);
	}
	g_mime_message_set_subject(msg, subject, "UTF-8");
	g_mime_message_set_message_id(msg, message_id);

	if (from != NULL) {
		name = encode_text(sender_name(in->lang), in->iso2022jp);
		from_value = g_strdup_printf("%s <%s>", name, from);
		set_raw_header(msg, "From", from_value);
	}
	subject_value = encode_text(subject, in->iso2022jp);
	set_raw_header(msg, "Subject", subject_value);
	return msg;
}

/* MIME-Version, the body, and the headers every message we write carries
 * so that no auto-responder answers it and snsgate never takes it for a
 * draft (RFC 3834 §5; Microsoft's X-Auto-Response-Suppress). */
static void
finish_message(GMimeMessage *msg, const SgComposeInput *in,
	       GMimeObject *body)
{
	GMimeObject *obj = GMIME_OBJECT(msg);
	g_autofree char *loop = clean_token(in->loop_token, "-._~+/=:;,");

	g_mime_object_set_header(obj, "MIME-Version", "1.0", NULL);
	g_mime_message_set_mime_part(msg, body);
	g_mime_object_set_header(obj, "Auto-Submitted", "auto-generated",
				 NULL);
	g_mime_object_set_header(obj, "X-Auto-Response-Suppress", "All",
				 NULL);
	if (*loop != '\0')
		g_mime_object_set_header(obj, "X-SNSGate-Loop", loop, NULL);
}

/* Serializes @msg with CRLF line ends and splits it into headers
 * (unfolded) and body. */
static SgComposed *
split_message(GMimeMessage *msg)
{
	GMimeFormatOptions *options = g_mime_format_options_new();
	g_autoptr(GMimeStream) stream = g_mime_stream_mem_new();
	SgComposed *composed = g_new0(SgComposed, 1);
	GByteArray *array;
	const char *data, *end, *p;
	const char *sep;

	g_mime_format_options_set_newline_format(options,
						 GMIME_NEWLINE_FORMAT_DOS);
	g_mime_object_write_to_stream(GMIME_OBJECT(msg), options, stream);
	g_mime_format_options_free(options);
	array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
	data = (const char *)array->data;
	end = data + array->len;

	composed->headers =
		g_ptr_array_new_with_free_func((GDestroyNotify)header_free);
	sep = memmem(data, array->len, "\r\n\r\n", 4);
	if (sep == NULL)
		sep = end;
	for (p = data; p < sep;) {
		const char *eol = memmem(p, (gsize)(sep - p), "\r\n", 2);
		const char *colon;
		SgHeader *h;

		if (eol == NULL)
			eol = sep;
		if ((*p == ' ' || *p == '\t') && composed->headers->len > 0) {
			/* A folded line: unfolding removes the CRLF only
			 * (RFC 5322 §2.2.3). */
			SgHeader *last = g_ptr_array_index(
				composed->headers, composed->headers->len - 1);
			char *joined = g_strdup_printf(
				"%s%.*s", last->value, (int)(eol - p), p);

			g_free(last->value);
			last->value = joined;
		} else if ((colon = memchr(p, ':', (gsize)(eol - p)))
			   != NULL) {
			const char *v = colon + 1;

			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			h = g_new0(SgHeader, 1);
			h->name = g_strndup(p, (gsize)(colon - p));
			h->value = g_strndup(v, (gsize)(eol - v));
			g_ptr_array_add(composed->headers, h);
		}
		p = eol + 2;
	}
	p = sep < end ? sep + 4 : end;
	composed->body = g_bytes_new(p, (gsize)(end - p));
	return composed;
}

/* The draft's own Message-ID, for In-Reply-To and References. */
static char *
draft_message_id(const SgDraft *draft)
{
	const char *raw = sg_draft_get_header(draft, "Message-ID");
	g_autofree char *id = NULL;

	if (raw == NULL)
		return NULL;
	id = g_mime_utils_decode_message_id(raw);
	return id != NULL ? clean_msgid(id) : NULL;
}

static char *
new_message_id(const char *domain)
{
	g_autofree char *d = clean_token(domain, "-.");

	return g_mime_utils_generate_message_id(*d != '\0' ? d : "localhost");
}

SgComposed *
sg_compose_feedback(const SgComposeInput *input)
{
	SgContext ctx;
	g_autoptr(GMimeMessage) msg = NULL;
	g_autofree char *subject = NULL;
	g_autofree char *plain = NULL;
	g_autofree char *html = NULL;
	g_autofree char *message_id = NULL;
	g_autofree char *reply_id = NULL;
	g_autoptr(GMimeMultipart) body = NULL;
	const char *to[2];
	SgComposed *composed;

	g_return_val_if_fail(input != NULL, NULL);
	g_return_val_if_fail(input->draft != NULL, NULL);

	context_init(&ctx, input);
	subject = g_strdup_printf("%s %s",
				  input->verdict == SG_VERDICT_BLOCK
					  ? tr(ctx.lang, "[差戻し]",
					       "[Returned]")
					  : tr(ctx.lang, "[確認結果]",
					       "[Check result]"),
				  ctx.subject);
	g_strchomp(subject);
	to[0] = ctx.author;
	to[1] = NULL;
	message_id = new_message_id(input->domain);
	msg = new_message(input, subject, to, message_id);
	reply_id = draft_message_id(input->draft);
	if (reply_id != NULL) {
		g_autofree char *bracketed = g_strdup_printf("<%s>", reply_id);

		g_mime_object_set_header(GMIME_OBJECT(msg), "In-Reply-To",
					 bracketed, NULL);
		g_mime_object_set_header(GMIME_OBJECT(msg), "References",
					 bracketed, NULL);
	}
	plain = feedback_text(&ctx);
	html = feedback_html(&ctx);
	body = (GMimeMultipart *)build_body(plain, html, input);
	finish_message(msg, input, GMIME_OBJECT(body));
	composed = split_message(msg);
	context_clear(&ctx);
	return composed;
}

/* TICKET.TOKEN: the extension of @reply_to from where @ticket starts to
 * the '@' (the delimiter is configurable), else the local part of
 * @message_id. */
static char *
approval_code(const char *ticket, const char *reply_to,
	      const char *message_id)
{
	const char *at = reply_to != NULL ? strrchr(reply_to, '@') : NULL;
	const char *start;

	if (at != NULL && *ticket != '\0') {
		g_autofree char *local = g_strndup(reply_to,
						   (gsize)(at - reply_to));

		start = strstr(local, ticket);
		if (start != NULL && start > local)
			return clean_token(start, "-._~=");
	}
	if (message_id != NULL) {
		g_autofree char *id = g_strndup(message_id,
						strcspn(message_id, "@"));

		return clean_token(id, "-._~=");
	}
	return g_strdup(ticket);
}

SgComposed *
sg_compose_request(const SgComposeInput *input, const char *ticket,
		   const char *reply_to, const char *message_id,
		   gint64 expires, const char *const *officers)
{
	SgContext ctx;
	g_autoptr(GMimeMessage) msg = NULL;
	g_autoptr(GMimeMultipart) body = NULL;
	g_autoptr(GDateTime) expiry_time = NULL;
	g_autofree char *tk = NULL;
	g_autofree char *subject = NULL;
	g_autofree char *re_subject = NULL;
	g_autofree char *reply = NULL;
	g_autofree char *id = NULL;
	g_autofree char *code = NULL;
	g_autofree char *expiry = NULL;
	g_autofree char *expiry_full = NULL;
	g_autofree char *plain = NULL;
	g_autofree char *html = NULL;
	SgComposed *composed;

	g_return_val_if_fail(input != NULL, NULL);
	g_return_val_if_fail(input->draft != NULL, NULL);
	g_return_val_if_fail(ticket != NULL, NULL);
	g_return_val_if_fail(reply_to != NULL, NULL);

	context_init(&ctx, input);
	tk = clean_token(ticket, "-._");
	subject = g_strdup_printf(tr(ctx.lang, "[承認依頼 %s] %s",
				     "[Approval request %s] %s"),
				  tk, ctx.subject);
	g_strchomp(subject);
	re_subject = g_strdup_printf("Re: %s", subject);
	reply = clean_address(reply_to);
	id = clean_msgid(message_id);
	if (id == NULL)
		id = new_message_id(input->domain);
	code = approval_code(tk, reply, id);
	expiry_time = g_date_time_new_from_unix_utc(expires);
	expiry = format_time(expiry_time, ctx.lang);
	expiry_full = g_strdup_printf(tr(ctx.lang, "%s（日本時間）まで",
					 "%s (Japan time)"),
				      expiry);

	msg = new_message(input, subject, officers, id);
	if (reply != NULL) {
		InternetAddress *ia = internet_address_mailbox_new(NULL, reply);

		internet_address_list_add(g_mime_message_get_reply_to(msg),
					  ia);
		g_object_unref(ia);
	}
	plain = request_text(&ctx, tk, expiry_full, code);
	html = request_html(&ctx, tk, expiry_full, code,
			    reply != NULL ? reply : "", re_subject);
	body = (GMimeMultipart *)build_body(plain, html, input);
	finish_message(msg, input, GMIME_OBJECT(body));
	composed = split_message(msg);
	context_clear(&ctx);
	return composed;
}
