/* The messages snsgate writes: the feedback report that returns a draft to
 * its author, the approval request sent to the account's officers, the
 * release of an approved draft, the officer's rejection and short notices.
 * Each report is written once as a list of blocks and rendered twice, as
 * text/plain and as text/html, so the two alternatives say the same thing.
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

/* --- SgComposed -------------------------------------------------------- */

/* memmem(), which C11 lacks. */
static const char *
find_bytes(const char *hay, gsize len, const char *needle, gsize n)
{
	const char *p = hay;
	const char *end = hay + len;

	while (n > 0 && (gsize)(end - p) >= n) {
		p = memchr(p, needle[0], (gsize)(end - p) - n + 1);
		if (p == NULL)
			return NULL;
		if (memcmp(p, needle, n) == 0)
			return p;
		p++;
	}
	return NULL;
}

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

/* Appends @value folded at its spaces and tabs with @newline, so lines
 * stay within 78 columns where the value allows it (RFC 5322 §2.2.3), the
 * first line starting at @column; every piece begins with its white space
 * (one is added before the first) and the last ends with @newline. */
static void
append_folded(GString *out, gsize column, const char *value,
	      const char *newline)
{
	const char *p = value;

	if (*p != ' ' && *p != '\t') {
		g_string_append_c(out, ' ');
		column++;
	}
	while (*p != '\0') {
		/* A piece: its leading white space and the word after it. */
		gsize ws = strspn(p, " \t");
		gsize n = ws + strcspn(p + ws, " \t");

		if (column + n > SG_FOLD_COLUMNS && column > 0 && ws > 0
		    && n > ws && p != value) {
			g_string_append(out, newline);
			column = 0;
		}
		g_string_append_len(out, p, (gssize)n);
		column += n;
		p += n;
	}
	g_string_append(out, newline);
}

GBytes *
sg_composed_to_bytes(const SgComposed *composed)
{
	g_autoptr(GString) out = NULL;
	gsize len = 0;
	const char *data;

	g_return_val_if_fail(composed != NULL, NULL);

	out = g_string_new(NULL);
	for (guint i = 0; i < composed->headers->len; i++) {
		const SgHeader *h = g_ptr_array_index(composed->headers, i);

		g_string_append_printf(out, "%s:", h->name);
		append_folded(out, strlen(h->name) + 1, h->value, "\r\n");
	}
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

/* Letters, digits and the bytes in @keep from @s, up to its first line
 * break (what follows one is an injection attempt); used for tokens,
 * ticket ids and domains. */
static char *
clean_token(const char *s, const char *keep)
{
	GString *out = g_string_new(NULL);

	for (const char *p = s != NULL ? s : ""; *p != '\0'; p++) {
		if (*p == '\r' || *p == '\n')
			break;
		if (g_ascii_isalnum(*p) || strchr(keep, *p) != NULL)
			g_string_append_c(out, *p);
	}
	return g_string_free(out, FALSE);
}

/* The id-left@id-right of a Message-ID ("<...>" optional), cleaned, or
 * NULL. */
static char *
clean_msgid(const char *s)
{
	g_autofree char *line = NULL;
	g_autofree char *id = NULL;
	char *p;

	if (s == NULL)
		return NULL;
	line = g_strndup(s, strcspn(s, "\r\n"));
	p = strchr(line, '<');
	p = p != NULL ? p + 1 : line;
	p[strcspn(p, ">")] = '\0';
	id = clean_token(p, "!#$%&'*+-/=?^_`{|}~.@");
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

/* A word that may stand in a header as it is: printable ASCII that does not
 * look like an encoded word (the reader would decode it). */
static bool
is_plain_word(const char *s, gsize len)
{
	for (gsize i = 0; i < len; i++)
		if ((guchar)s[i] <= 0x20 || (guchar)s[i] > 0x7e)
			return false;
	return find_bytes(s, len, "=?", 2) == NULL;
}

/* The bytes of @s..@end in the word's charset: the UTF-8 itself, or
 * ISO-2022-JP (false when a character has no JIS X 0208 code). */
static bool
word_bytes(UConverter *jis, const char *s, const char *end, GString *out)
{
	g_string_truncate(out, 0);
	if (jis == NULL) {
		g_string_append_len(out, s, end - s);
		return true;
	}
	return jis_line(jis, s, (gsize)(end - s), out);
}

static void
append_b_word(GString *out, const char *charset, const GString *bytes)
{
	g_autofree char *b64 = g_base64_encode((const guchar *)bytes->str,
					       bytes->len);

	g_string_append_printf(out, " =?%s?B?%s?=", charset, b64);
}

/* RFC 2047 §5 (3): the Q encoding as allowed in a phrase. */
static gsize
q_length(const GString *bytes)
{
	gsize n = 0;

	for (gsize i = 0; i < bytes->len; i++)
		n += g_ascii_isalnum(bytes->str[i])
				     || strchr("!*+-/ ", bytes->str[i]) != NULL
			     ? 1
			     : 3;
	return n;
}

static void
append_q_word(GString *out, const char *charset, const GString *bytes)
{
	g_string_append_printf(out, " =?%s?Q?", charset);
	for (gsize i = 0; i < bytes->len; i++) {
		guchar c = (guchar)bytes->str[i];

		if (c == ' ')
			g_string_append_c(out, '_');
		else if (g_ascii_isalnum(c) || strchr("!*+-/", c) != NULL)
			g_string_append_c(out, (char)c);
		else
			g_string_append_printf(out, "=%02X", c);
	}
	g_string_append(out, "?=");
}

/* Appends the run @s..@end as encoded words of at most @max bytes, never
 * splitting a character (RFC 2047 §5).  Every word but the last holds a
 * multiple of three bytes: GMime 3.2 decodes adjacent words of a charset
 * as one base64 stream and drops whatever follows a padded word.  A piece
 * that allows no such cut (one ASCII letter before kana) goes in the Q
 * encoding, which has no padding. */
static bool
encode_run(GString *out, const char *s, const char *end, UConverter *jis)
{
	const char *charset = jis != NULL ? "ISO-2022-JP" : "UTF-8";
	gsize max = jis != NULL ? SG_WORD_JIS_BYTES : SG_WORD_UTF8_BYTES;
	g_autoptr(GString) bytes = g_string_new(NULL);

	while (s < end) {
		const char *best = NULL;
		const char *aligned = NULL;
		const char *q = NULL;

		for (const char *p = g_utf8_next_char(s); p <= end;
		     p = g_utf8_next_char(p)) {
			if (!word_bytes(jis, s, p, bytes))
				return false;
			if (q_length(bytes) <= max)
				q = p;
			if (bytes->len > max && best != NULL)
				break;
			best = p;
			if (bytes->len % 3 == 0)
				aligned = p;
			if (p == end)
				break;
		}
		if (best != end && aligned != NULL)
			best = aligned;
		else if (best != end)
			best = q != NULL ? q : g_utf8_next_char(s);
		if (!word_bytes(jis, s, best, bytes))
			return false;
		if (best == end || bytes->len % 3 == 0)
			append_b_word(out, charset, bytes);
		else
			append_q_word(out, charset, bytes);
		s = best;
	}
	return true;
}

/* A header value for @s (already one clean line): its plain ASCII words as
 * they are, every run of other words as RFC 2047 encoded words (the spaces
 * inside a run encoded with it), in ISO-2022-JP when @jis and every
 * character has a JIS X 0208 code, else in UTF-8.  Words are separated by
 * single spaces, where fold_raw() may fold. */
static char *
encode_text(const char *s, bool jis)
{
	g_autoptr(GString) out = g_string_new(NULL);
	UConverter *cnv = jis ? jis_open() : NULL;
	const char *p = s;

	while (*p != '\0') {
		const char *word_end = p + strcspn(p, " ");
		const char *run_end;

		if (is_plain_word(p, (gsize)(word_end - p))) {
			g_string_append_c(out, ' ');
			g_string_append_len(out, p, word_end - p);
			p = *word_end == ' ' ? word_end + 1 : word_end;
			continue;
		}
		/* The run goes on up to the next plain word. */
		run_end = word_end;
		while (*run_end == ' ') {
			const char *next = run_end + 1;
			const char *next_end = next + strcspn(next, " ");

			if (is_plain_word(next, (gsize)(next_end - next)))
				break;
			run_end = next_end;
		}
		if (cnv == NULL || !encode_run(out, p, run_end, cnv)) {
			if (cnv != NULL) {
				/* Not all JIS: the whole value in UTF-8, so
				 * one header does not mix charsets. */
				ucnv_close(cnv);
				cnv = NULL;
				g_string_truncate(out, 0);
				p = s;
				continue;
			}
			encode_run(out, p, run_end, NULL);
		}
		p = *run_end == ' ' ? run_end + 1 : run_end;
	}
	if (cnv != NULL)
		ucnv_close(cnv);
	/* Drop the leading space. */
	return g_strdup(out->len > 0 ? out->str + 1 : "");
}

/* A raw header value for GMime: a leading space, folded with "\n " at the
 * spaces of @value, ending in "\n" (GMime writes the line ends of the
 * format options). */
static char *
fold_raw(const char *name, const char *value)
{
	GString *out = g_string_new(NULL);

	append_folded(out, strlen(name) + 1, value, "\n");
	return g_string_free(out, FALSE);
}

/* Replaces the raw value GMime wrote for header @name with our own
 * encoding of it. */
static void
set_raw_header(GMimeMessage *msg, const char *name, const char *value)
{
	GMimeHeaderList *list =
		g_mime_object_get_header_list(GMIME_OBJECT(msg));
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

/* Japanese or English; a macro so that printf formats stay literals the
 * compiler checks. */
#define tr(lang, ja, en) ((lang) == SG_LANG_EN ? (en) : (ja))

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

	/* The continuation lines line up under the first: "  規定: " is
	 * eight columns wide, "  Clause: " ten. */
	const char *indent = tr(lang, "        ", "          ");

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

	text_field(out, tr(lang, "場所", "Where"), place);
	if (f->excerpt != NULL && *f->excerpt != '\0') {
		g_autofree char *e = clean_line(f->excerpt,
						SG_COMPOSE_MAX_FIELD);
		g_string_append_printf(out, tr(lang, "  %s: 「%s」\n",
					       "  %s: \"%s\"\n"),
				       tr(lang, "該当箇所", "Excerpt"), e);
	}
	text_field(out, tr(lang, "理由", "Why"), message);
	text_field(out, tr(lang, "対応", "What to do"), advice);
	text_field(out, tr(lang, "詳細", "Detail"), f->detail);
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
				       tr(ctx->lang,
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

/* Where html_begin() leaves the charset to text_part(), which knows it only
 * once the text is converted.  Escaped text can never contain it ('"'
 * becomes &quot;). */
#define SG_META_PLACEHOLDER "<meta charset=\"@CHARSET@\">"

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
		tr(lang, "ja", "en"));
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
	v = clean_line(value, SG_COMPOSE_MAX_FIELD);
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
	html_finding_row(out, tr(lang, "場所", "Where"), place, NULL);
	html_finding_row(out, tr(lang, "該当箇所", "Excerpt"), f->excerpt, f);
	html_finding_row(out, tr(lang, "理由", "Why"),
			 lang == SG_LANG_EN ? f->message_en : f->message_ja,
			 NULL);
	html_finding_row(out, tr(lang, "対応", "What to do"),
			 lang == SG_LANG_EN ? f->advice_en : f->advice_ja,
			 NULL);
	html_finding_row(out, tr(lang, "詳細", "Detail"), f->detail, NULL);
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
		g_autofree char *s = clean_line(ctx->subject_piece->text,
						G_MAXUINT);
		g_string_append(out, "<div style=\"margin:0 0 8px 0;"
				     "color:#57606a;\">");
		html_text(out, tr(lang, "件名: ", "Subject: "));
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
			html_text(out, tr(lang,
				"（以下省略。全文は添付の投稿案をご覧"
				"ください）",
				"(cut; the attached draft has the whole "
				"text)"));
		}
	} else {
		html_text(out, tr(lang, "（本文がありません）", "(no text)"));
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
	html_button(out, approve, tr(lang, "承認する", "Approve"), "#1a7f37");
	html_button(out, reject, tr(lang, "差し戻す", "Return"), "#b35900");
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
		tr(lang, "%s（%s）", "%s (%s)"),
		verdict_label(ctx->in->verdict, lang), counts);

	if (ticket != NULL)
		add_row(doc, tr(lang, "承認番号", "Ticket"), ticket);
	add_row(doc, tr(lang, "件名", "Subject"), ctx->subject);
	add_row(doc, tr(lang, "アカウント", "Account"), ctx->account);
	add_row(doc, tr(lang, "投稿者", "Author"),
		ctx->author != NULL ? ctx->author
				    : tr(lang, "不明", "unknown"));
	add_row(doc, tr(lang, "送信日時", "Sent"), ctx->submitted);
	add_row(doc, tr(lang, "判定", "Result"), verdict);
}

static void
add_signature(GPtrArray *doc, SgLang lang)
{
	add_block(doc, SG_BLOCK_SIGNATURE, SG_IN_BOTH,
		  tr(lang, "SNS投稿承認窓口（自動送信）",
		     "SNS Posting Approval (automatic message)"));
}

#define SG_HXXP_JA "URL は、誤って開かないよう「hxxp」と表記しています。"
#define SG_HXXP_EN                                                          \
	"Links are written \"hxxp\" so that they cannot be opened by mistake."

static GPtrArray *
feedback_doc(const SgContext *ctx)
{
	GPtrArray *doc =
		g_ptr_array_new_with_free_func((GDestroyNotify)block_free);
	SgLang lang = ctx->lang;
	SgVerdict verdict = ctx->in->verdict;
	g_autofree char *resubmit = resubmit_address(ctx);

	if (verdict == SG_VERDICT_BLOCK) {
		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
			"ご投稿案を確認しましたところ、千代田区ソーシャル"
			"メディア活用ガイドラインに抵触するおそれのある箇所が"
			"ありましたので、差し戻しいたします。",
			"We have checked your draft post and found passages "
			"that may conflict with the Chiyoda City Social Media "
			"Guidelines, so we are returning it to you."));
		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
			"下記の指摘事項をご確認のうえ、投稿案を修正して"
			"ください。",
			"Please review the findings below and revise the "
			"draft."));
	} else if (verdict == SG_VERDICT_WARN) {
		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
			"ご投稿案を確認しましたところ、確認が必要な箇所が"
			"ありました。下記の注意事項をご確認ください。",
			"We have checked your draft post and found points "
			"that need your attention. Please review them "
			"below."));
	} else {
		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
			"ご投稿案を確認しましたところ、ガイドラインに抵触する"
			"おそれのある箇所は見つかりませんでした。",
			"We have checked your draft post and found nothing "
			"that conflicts with the guidelines."));
	}
	add_summary(doc, ctx, NULL);
	add_block(doc, SG_BLOCK_HEADING, SG_IN_HTML,
		  tr(lang, "投稿案（指摘箇所に色を付けています）",
		     "Your draft (findings highlighted)"));
	add_block(doc, SG_BLOCK_POST, SG_IN_HTML, NULL);
	if (ctx->findings->len > 0) {
		add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
			  tr(lang, "指摘事項", "Findings"));
		add_block(doc, SG_BLOCK_FINDINGS, SG_IN_BOTH, NULL);
	}
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  tr(lang, "次の手順", "What next"));
	if (verdict == SG_VERDICT_BLOCK && resubmit != NULL) {
		g_autofree char *p = g_strdup_printf(tr(lang,
			"修正した投稿案は、新しいメールとして、前回と同じ"
			"アドレス（%s）へお送りください。あらためて確認"
			"いたします。",
			"Please send the revised draft as a new message to the "
			"same address as before (%s); we will check it again."),
			resubmit);

		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, p);
	}
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
		"このメールに返信すると、この内容が新しい投稿案として扱われ"
		"ますので、返信はしないでください。",
		"Please do not reply to this message: a reply would be "
		"treated as a new draft."));
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
		"元の投稿案は、このメールに添付しています。",
		"Your original draft is attached to this message."));
	add_block(doc, SG_BLOCK_PARA, SG_IN_HTML,
		  tr(lang, SG_HXXP_JA, SG_HXXP_EN));
	add_signature(doc, lang);
	return doc;
}

static GPtrArray *
request_doc(const SgContext *ctx, const char *ticket, const char *expiry,
	    const char *code, const char *reply_to, const char *re_subject)
{
	GPtrArray *doc =
		g_ptr_array_new_with_free_func((GDestroyNotify)block_free);
	SgLang lang = ctx->lang;
	g_autofree char *code_line = g_strdup_printf("承認コード: %s", code);
	SgBlock *buttons;

	add_block(doc, SG_BLOCK_GREETING, SG_IN_BOTH,
		  tr(lang, "運用責任者様", "To the responsible officer,"));
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
		"次の投稿案について、承認の依頼がありました。内容をご確認の"
		"うえ、承認または差戻しをご回答ください。",
		"A draft post awaits your approval. Please review it and "
		"approve or return it."));
	add_summary(doc, ctx, ticket);
	add_row(doc, tr(lang, "回答期限", "Answer by"), expiry);

	buttons = add_block(doc, SG_BLOCK_BUTTONS, SG_IN_HTML, NULL);
	buttons->approve = mailto_href(reply_to, re_subject,
				       tr(lang, "承認", "APPROVE"));
	buttons->reject = mailto_href(reply_to, re_subject,
				      tr(lang, "差戻し\n理由: ",
					 "REJECT\nReason: "));
	add_block(doc, SG_BLOCK_PARA, SG_IN_HTML, tr(lang,
		"ボタンを押すと返信メールが作成されます。そのまま送信して"
		"ください（差し戻す場合は理由を書き添えてください）。ボタンが"
		"使えない場合は、次のとおり回答してください。",
		"Each button opens a prepared reply: send it as it is (when "
		"returning the draft, add your reason). If the buttons do "
		"not work, answer as follows."));
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  tr(lang, "回答方法", "How to answer"));
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
		"このメールに『承認』とだけ書いて返信してください。差し戻す"
		"場合は『差戻し』と理由を書いて返信してください。",
		"Reply to this message with just \"APPROVE\" (or 承認). To "
		"return the draft, reply with \"REJECT\" (or 差戻し) and "
		"your reason."));
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
		"返信先のアドレスは変更しないでください。回答期限を過ぎると、"
		"この依頼は無効になります。",
		"Do not change the reply address. After the deadline this "
		"request expires."));
	/* For the reply parser: the same words in every language, alone
	 * on its line. */
	add_block(doc, SG_BLOCK_CODE, SG_IN_BOTH, code_line);

	if (ctx->findings->len > 0) {
		add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
			  tr(lang, "確認が必要な点", "Points to check"));
		add_block(doc, SG_BLOCK_FINDINGS, SG_IN_BOTH, NULL);
	}
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  tr(lang, "投稿案", "The draft"));
	add_block(doc, SG_BLOCK_POST, SG_IN_BOTH, NULL);
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
		"投稿案は、送信されたとおりの形でこのメールに添付しています。",
		"The draft is attached exactly as it was submitted."));
	add_block(doc, SG_BLOCK_PARA, SG_IN_HTML,
		  tr(lang, SG_HXXP_JA, SG_HXXP_EN));
	add_signature(doc, lang);
	return doc;
}

/* What the decision was about, after the opening paragraph. */
static void
add_decision_rows(GPtrArray *doc, const SgContext *ctx, const char *ticket,
		  const char *who_label, const char *who)
{
	SgLang lang = ctx->lang;

	add_row(doc, tr(lang, "承認番号", "Ticket"), ticket);
	add_row(doc, tr(lang, "件名", "Subject"), ctx->subject);
	add_row(doc, tr(lang, "アカウント", "Account"), ctx->account);
	add_row(doc, tr(lang, "投稿者", "Author"),
		ctx->author != NULL ? ctx->author
				    : tr(lang, "不明", "unknown"));
	add_row(doc, tr(lang, "送信日時", "Sent"), ctx->submitted);
	add_row(doc, who_label, who);
}

static GPtrArray *
release_doc(const SgContext *ctx, const char *ticket, const char *approver,
	    const char *approved_at, const char *sha256)
{
	GPtrArray *doc =
		g_ptr_array_new_with_free_func((GDestroyNotify)block_free);
	SgLang lang = ctx->lang;

	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
		"次の投稿案は、運用責任者により承認されました。",
		"The draft post below has been approved by the responsible "
		"officer."));
	add_decision_rows(doc, ctx, ticket, tr(lang, "承認者", "Approved by"),
			  approver);
	add_row(doc, tr(lang, "承認日時", "Approved at"), approved_at);
	add_row(doc, "SHA-256", sha256);
	if (ctx->findings->len > 0) {
		add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
			  tr(lang, "確認済みの注意事項", "Points checked"));
		add_block(doc, SG_BLOCK_FINDINGS, SG_IN_BOTH, NULL);
	}
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  tr(lang, "投稿案", "The draft"));
	add_block(doc, SG_BLOCK_POST, SG_IN_BOTH, NULL);
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
		"承認された投稿案は、送信されたとおりの形（添付ファイルを"
		"含みます）でこのメールに添付しています。公開には、添付の"
		"投稿案をそのままお使いください。",
		"The approved draft is attached exactly as it was submitted, "
		"attachments included. Please publish it as attached."));
	add_block(doc, SG_BLOCK_PARA, SG_IN_HTML,
		  tr(lang, SG_HXXP_JA, SG_HXXP_EN));
	add_signature(doc, lang);
	return doc;
}

static GPtrArray *
rejection_doc(const SgContext *ctx, const char *ticket, const char *officer,
	      const char *reason)
{
	GPtrArray *doc =
		g_ptr_array_new_with_free_func((GDestroyNotify)block_free);
	SgLang lang = ctx->lang;
	g_autofree char *resubmit = resubmit_address(ctx);

	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
		"ご投稿案は、運用責任者により差し戻されました。理由をご確認の"
		"うえ、投稿案を修正してください。",
		"Your draft post has been returned by the responsible "
		"officer. Please read the reason and revise the draft."));
	add_decision_rows(doc, ctx, ticket,
			  tr(lang, "差し戻した人", "Returned by"), officer);
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  tr(lang, "差戻しの理由", "Reason"));
	if (reason != NULL && reason[strspn(reason, " \t\n")] != '\0')
		add_block(doc, SG_BLOCK_QUOTE, SG_IN_BOTH, reason);
	else
		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH,
			  tr(lang, "（理由の記載はありませんでした）",
			     "(no reason was given)"));
	add_block(doc, SG_BLOCK_HEADING, SG_IN_BOTH,
		  tr(lang, "次の手順", "What next"));
	if (resubmit != NULL) {
		g_autofree char *p = g_strdup_printf(tr(lang,
			"修正した投稿案は、新しいメールとして、前回と同じ"
			"アドレス（%s）へお送りください。あらためて確認"
			"いたします。",
			"Please send the revised draft as a new message to the "
			"same address as before (%s); we will check it again."),
			resubmit);

		add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, p);
	}
	add_block(doc, SG_BLOCK_PARA, SG_IN_BOTH, tr(lang,
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
		post = clean_text(ctx->body->text,
				  shown_len(ctx->body, &cut));
		g_string_append(out, post);
		if (post[0] != '\0' && !g_str_has_suffix(post, "\n"))
			g_string_append_c(out, '\n');
	}
	if (cut)
		g_string_append(out, tr(ctx->lang,
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
static char *
render_text(GPtrArray *doc, const SgContext *ctx)
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
			g_string_append_printf(out, tr(ctx->lang, "■ %s\n",
						       "== %s ==\n"),
					       b->text);
			break;
		case SG_BLOCK_ROW: {
			g_autofree char *v = clean_line(b->text, G_MAXUINT);

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

static char *
render_html(GPtrArray *doc, const SgContext *ctx, const char *title)
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

/* @text with the charset placeholder of html_begin(), if any, naming
 * @charset. */
static char *
name_charset(const char *text, const char *charset)
{
	const char *meta = strstr(text, SG_META_PLACEHOLDER);

	if (meta == NULL)
		return g_strdup(text);
	return g_strdup_printf("%.*s<meta charset=\"%s\">%s",
			       (int)(meta - text), text, charset,
			       meta + strlen(SG_META_PLACEHOLDER));
}

/* A text part of @utf8 (LF line ends): ISO-2022-JP 7bit when asked and
 * every character has a strict JIS X 0208 code, else UTF-8 base64.  Base64
 * rather than quoted-printable: iPhone Mail and Outlook render both, but
 * base64 has no line length or trailing-space pitfalls and is smaller for
 * Japanese.  The text is CRLF-canonical before encoding (RFC 2046 §4.1.1).
 * An ISO-2022-JP part whose lines exceed 998 octets goes in base64 too. */
static GMimeObject *
text_part(const char *subtype, const char *utf8, bool jis)
{
	g_autoptr(GBytes) bytes = NULL;
	const char *charset = "ISO-2022-JP";
	GMimeContentEncoding encoding = GMIME_CONTENT_ENCODING_7BIT;
	GMimeObject *part;

	if (jis) {
		g_autofree char *t = name_charset(utf8, charset);

		bytes = to_iso2022jp(t);
		if (bytes != NULL && !lines_fit(bytes))
			encoding = GMIME_CONTENT_ENCODING_BASE64;
	}
	if (bytes == NULL) {
		g_autofree char *t = name_charset(utf8, "UTF-8");
		g_auto(GStrv) lines = g_strsplit(t, "\n", -1);
		char *text = g_strjoinv("\r\n", lines);

		bytes = g_bytes_new_take(text, strlen(text));
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
original_part(GBytes *original)
{
	GMimeObject *part = part_over_bytes("message", "rfc822", original,
					    raw_encoding(original));

	g_mime_object_set_disposition(part, "attachment");
	g_mime_object_set_content_disposition_parameter(part, "filename",
							"draft.eml");
	return part;
}

static bool
bytes_contain(GBytes *bytes, const char *needle)
{
	gsize len = 0;
	const char *data = bytes != NULL ? g_bytes_get_data(bytes, &len) : NULL;

	return data != NULL && find_bytes(data, len, needle, strlen(needle))
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

		part = original_part(in->original);
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
 * (unfolded) and body; the body shares the serialized bytes, so a large
 * draft is not copied once more. */
static SgComposed *
split_message(GMimeMessage *msg)
{
	GMimeFormatOptions *options = g_mime_format_options_new();
	g_autoptr(GMimeStream) stream = g_mime_stream_mem_new();
	g_autoptr(GBytes) whole = NULL;
	SgComposed *composed = g_new0(SgComposed, 1);
	gsize len = 0;
	const char *data, *end, *p;
	const char *sep;

	g_mime_format_options_set_newline_format(options,
						 GMIME_NEWLINE_FORMAT_DOS);
	g_mime_object_write_to_stream(GMIME_OBJECT(msg), options, stream);
	g_mime_format_options_free(options);
	g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
	whole = g_byte_array_free_to_bytes(
		g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream)));
	data = g_bytes_get_data(whole, &len);
	end = data + len;

	composed->headers =
		g_ptr_array_new_with_free_func((GDestroyNotify)header_free);
	sep = find_bytes(data, len, "\r\n\r\n", 4);
	if (sep == NULL)
		sep = end;
	for (p = data; p < sep;) {
		const char *eol = find_bytes(p, (gsize)(sep - p), "\r\n", 2);
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
	composed->body = g_bytes_new_from_bytes(whole, (gsize)(p - data),
						(gsize)(end - p));
	return composed;
}

/* The draft's own Message-ID, for In-Reply-To and References. */
static char *
draft_message_id(const SgDraft *draft)
{
	const char *raw = draft != NULL ? sg_draft_get_header(draft,
							      "Message-ID")
					: NULL;
	g_autofree char *id = NULL;

	if (raw == NULL)
		return NULL;
	id = g_mime_utils_decode_message_id(raw);
	return id != NULL ? clean_msgid(id) : NULL;
}

/* Threads our answer under the draft (RFC 5322 §3.6.4). */
static void
set_in_reply_to(GMimeMessage *msg, const SgDraft *draft)
{
	g_autofree char *id = draft_message_id(draft);
	g_autofree char *bracketed = NULL;

	if (id == NULL)
		return;
	bracketed = g_strdup_printf("<%s>", id);
	g_mime_object_set_header(GMIME_OBJECT(msg), "In-Reply-To", bracketed,
				 NULL);
	g_mime_object_set_header(GMIME_OBJECT(msg), "References", bracketed,
				 NULL);
}

static char *
new_message_id(const char *domain)
{
	g_autofree char *d = clean_token(domain, "-.");

	return g_mime_utils_generate_message_id(*d != '\0' ? d : "localhost");
}

/* "PREFIX ORIGINAL", without a trailing space for an empty subject. */
static char *
prefixed_subject(const char *prefix, const char *subject)
{
	char *s = g_strdup_printf("%s %s", prefix, subject);

	return g_strchomp(s);
}

/* Renders @doc into both alternatives, attaches the draft, adds the
 * headers of every message, and splits the result. */
static SgComposed *
finish_with_doc(GMimeMessage *msg, const SgComposeInput *in,
		const SgContext *ctx, GPtrArray *doc, const char *title)
{
	g_autofree char *plain = render_text(doc, ctx);
	g_autofree char *html = render_html(doc, ctx, title);
	g_autoptr(GMimeMultipart) body =
		(GMimeMultipart *)build_body(plain, html, in);

	finish_message(msg, in, GMIME_OBJECT(body));
	return split_message(msg);
}

SgComposed *
sg_compose_feedback(const SgComposeInput *input)
{
	SgContext ctx;
	g_autoptr(GMimeMessage) msg = NULL;
	g_autoptr(GPtrArray) doc = NULL;
	g_autofree char *subject = NULL;
	g_autofree char *message_id = NULL;
	const char *to[2];
	SgComposed *composed;

	g_return_val_if_fail(input != NULL, NULL);
	g_return_val_if_fail(input->draft != NULL, NULL);
	g_return_val_if_fail(input->from != NULL, NULL);

	context_init(&ctx, input);
	/* A self-check that passed is no bounce. */
	subject = prefixed_subject(input->verdict == SG_VERDICT_BLOCK
					   ? tr(ctx.lang, "[差戻し]",
						"[Returned]")
					   : tr(ctx.lang, "[確認結果]",
						"[Check result]"),
				   ctx.subject);
	to[0] = ctx.author;
	to[1] = NULL;
	message_id = new_message_id(input->domain);
	msg = new_message(input, subject, to, message_id);
	set_in_reply_to(msg, input->draft);
	doc = feedback_doc(&ctx);
	composed = finish_with_doc(msg, input, &ctx, doc,
				   tr(ctx.lang, "投稿案の確認結果",
				      "Result of the draft check"));
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
	g_autoptr(GDateTime) expiry_time = NULL;
	g_autoptr(GPtrArray) doc = NULL;
	g_autofree char *tk = NULL;
	g_autofree char *prefix = NULL;
	g_autofree char *subject = NULL;
	g_autofree char *re_subject = NULL;
	g_autofree char *reply = NULL;
	g_autofree char *id = NULL;
	g_autofree char *code = NULL;
	g_autofree char *expiry = NULL;
	g_autofree char *expiry_full = NULL;
	SgComposed *composed;

	g_return_val_if_fail(input != NULL, NULL);
	g_return_val_if_fail(input->draft != NULL, NULL);
	g_return_val_if_fail(input->from != NULL, NULL);
	g_return_val_if_fail(ticket != NULL, NULL);
	g_return_val_if_fail(reply_to != NULL, NULL);

	context_init(&ctx, input);
	tk = clean_token(ticket, "-._");
	prefix = g_strdup_printf(tr(ctx.lang, "[承認依頼 %s]",
				    "[Approval request %s]"),
				 tk);
	subject = prefixed_subject(prefix, ctx.subject);
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
	doc = request_doc(&ctx, tk, expiry_full, code,
			  reply != NULL ? reply : "", re_subject);
	composed = finish_with_doc(msg, input, &ctx, doc,
				   tr(ctx.lang, "投稿案の承認依頼",
				      "Approval request for a draft post"));
	context_clear(&ctx);
	return composed;
}

/* An officer's address as we show it: the addr-spec, or the cleaned text
 * when it is not one. */
static char *
shown_address(const char *s)
{
	char *addr = clean_address(s);

	return addr != NULL ? addr : clean_line(s, 254);
}

SgComposed *
sg_compose_release(const SgComposeInput *input, const char *ticket,
		   const char *approver, gint64 approved_at,
		   const char *sha256, const char *const *to)
{
	SgContext ctx;
	g_autoptr(GMimeMessage) msg = NULL;
	g_autoptr(GDateTime) when = NULL;
	g_autoptr(GDateTime) when_jst = NULL;
	g_autoptr(GPtrArray) doc = NULL;
	g_autofree char *tk = NULL;
	g_autofree char *who = NULL;
	g_autofree char *sha = NULL;
	g_autofree char *subject = NULL;
	g_autofree char *message_id = NULL;
	g_autofree char *at_text = NULL;
	g_autofree char *at_header = NULL;
	GMimeObject *obj;
	SgComposed *composed;

	g_return_val_if_fail(input != NULL, NULL);
	g_return_val_if_fail(input->draft != NULL, NULL);
	g_return_val_if_fail(input->from != NULL, NULL);
	g_return_val_if_fail(ticket != NULL, NULL);

	context_init(&ctx, input);
	tk = clean_token(ticket, "-._");
	who = shown_address(approver);
	sha = clean_token(sha256, "");
	when = g_date_time_new_from_unix_utc(approved_at);
	when_jst = to_jst(when);
	at_text = format_time(when, ctx.lang);
	at_header = g_mime_utils_header_format_date(when_jst);
	subject = prefixed_subject(tr(ctx.lang, "[承認済]", "[Approved]"),
				   ctx.subject);
	message_id = new_message_id(input->domain);

	msg = new_message(input, subject, to, message_id);
	set_in_reply_to(msg, input->draft);
	obj = GMIME_OBJECT(msg);
	g_mime_object_set_header(obj, "X-SNSGate-Ticket", tk, NULL);
	if (*who != '\0')
		g_mime_object_set_header(obj, "X-SNSGate-Approved-By", who,
					 NULL);
	g_mime_object_set_header(obj, "X-SNSGate-Approved-At", at_header,
				 NULL);
	if (*sha != '\0')
		g_mime_object_set_header(obj, "X-SNSGate-Draft-SHA256", sha,
					 NULL);
	doc = release_doc(&ctx, tk, who, at_text, sha);
	composed = finish_with_doc(msg, input, &ctx, doc,
				   tr(ctx.lang, "承認済みの投稿案",
				      "Approved draft post"));
	context_clear(&ctx);
	return composed;
}

SgComposed *
sg_compose_rejection(const SgComposeInput *input, const char *ticket,
		     const char *officer, const char *reason)
{
	SgContext ctx;
	g_autoptr(GMimeMessage) msg = NULL;
	g_autoptr(GPtrArray) doc = NULL;
	g_autofree char *tk = NULL;
	g_autofree char *who = NULL;
	g_autofree char *why = NULL;
	g_autofree char *subject = NULL;
	g_autofree char *message_id = NULL;
	const char *to[2];
	SgComposed *composed;

	g_return_val_if_fail(input != NULL, NULL);
	g_return_val_if_fail(input->draft != NULL, NULL);
	g_return_val_if_fail(input->from != NULL, NULL);

	context_init(&ctx, input);
	tk = clean_token(ticket, "-._");
	who = shown_address(officer);
	/* Word for word, but never more than a report shows of a draft. */
	why = clean_text(reason != NULL ? reason : "",
			 MIN(reason != NULL ? strlen(reason) : 0,
			     SG_COMPOSE_MAX_SHOWN));
	subject = prefixed_subject(tr(ctx.lang, "[差戻し]", "[Returned]"),
				   ctx.subject);
	to[0] = ctx.author;
	to[1] = NULL;
	message_id = new_message_id(input->domain);

	msg = new_message(input, subject, to, message_id);
	set_in_reply_to(msg, input->draft);
	g_mime_object_set_header(GMIME_OBJECT(msg), "X-SNSGate-Ticket", tk,
				 NULL);
	doc = rejection_doc(&ctx, tk, who, why);
	composed = finish_with_doc(msg, input, &ctx, doc,
				   tr(ctx.lang, "投稿案の差戻し",
				      "Draft post returned"));
	context_clear(&ctx);
	return composed;
}

SgComposed *
sg_compose_notice(const SgComposeInput *input, const char *to,
		  const char *subject, const char *text)
{
	g_autoptr(GMimeMessage) msg = NULL;
	g_autoptr(GPtrArray) rcpts = g_ptr_array_new_with_free_func(g_free);
	g_auto(GStrv) list = NULL;
	g_autofree char *clean_subject = NULL;
	g_autofree char *message_id = NULL;
	g_autofree char *body = NULL;
	g_autofree char *shown = NULL;
	GMimeObject *part;

	g_return_val_if_fail(input != NULL, NULL);
	g_return_val_if_fail(input->from != NULL, NULL);

	/* One address or a list ("a@x, b@y", as the expiry job writes). */
	list = g_strsplit_set(to != NULL ? to : "", ",;", -1);
	for (guint i = 0; list[i] != NULL; i++)
		g_ptr_array_add(rcpts, g_strdup(list[i]));
	g_ptr_array_add(rcpts, NULL);

	clean_subject = clean_line(subject, SG_COMPOSE_MAX_SUBJECT);
	message_id = new_message_id(input->domain);
	msg = new_message(input, clean_subject,
			  (const char *const *)rcpts->pdata, message_id);
	set_in_reply_to(msg, input->draft);

	shown = clean_text(text != NULL ? text : "",
			   text != NULL ? strlen(text) : 0);
	body = g_strdup_printf("%s%s\n-- \n%s\n", shown,
			       g_str_has_suffix(shown, "\n") ? "" : "\n",
			       tr(input->lang, "SNS投稿承認窓口（自動送信）",
				  "SNS Posting Approval (automatic message)"));
	part = text_part("plain", body, input->iso2022jp);
	finish_message(msg, input, part);
	g_object_unref(part);
	return split_message(msg);
}
