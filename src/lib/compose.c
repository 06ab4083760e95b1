/* The messages snsgate writes: the feedback report that returns a draft to
 * its author, the approval request sent to the account's officers, the
 * release of an approved draft, the officer's rejection and short notices.
 * compose-report.c writes each report and renders it as text/plain and
 * text/html; this file cleans what goes into headers, encodes, and builds
 * the MIME message around the two renderings.
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

#include "compose-private.h"

#include <snsgate/gmime-auto.h>
#include <snsgate/rules.h>

#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ustring.h>


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
bool
sg_compose_is_bidi_control(gunichar c)
{
	return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
	       || c == 0x200e || c == 0x200f || c == 0x061c;
}

bool
sg_compose_is_control(gunichar c)
{
	return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
	       || c == 0x2028 || c == 0x2029;
}

/* One line of text for a header or a one-line report field: valid UTF-8,
 * every control character and line break (CR, LF, NUL, U+2028...) turned
 * into a space, runs of spaces collapsed, trimmed, and at most @max
 * characters (an ellipsis marks a cut). */
char *
sg_compose_clean_line(const char *s, guint max)
{
	g_autofree char *valid = g_utf8_make_valid(s != NULL ? s : "", -1);
	GString *out = g_string_new(NULL);
	guint n = 0;
	bool space = false;

	for (const char *p = valid; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);

		if (sg_compose_is_bidi_control(c))
			continue;
		if (sg_compose_is_control(c) || c == ' ') {
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
char *
sg_compose_clean_text(const char *s, gsize len)
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
		if (sg_compose_is_control(c) || sg_compose_is_bidi_control(c))
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
char *
sg_compose_clean_address(const char *s)
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
	return SG_TR(lang, "SNS投稿承認窓口", "SNS Posting Approval");
}

/* Date, From, To, Subject, Message-ID in that order, our own encoding of
 * Subject and From. */
static GMimeMessage *
new_message(const SgComposeInput *in, const char *subject,
	    const char *const *to, const char *message_id)
{
	GMimeMessage *msg = g_mime_message_new(FALSE);
	g_autoptr(GDateTime) now = g_date_time_new_now_local();
	g_autofree char *from = sg_compose_clean_address(in->from);
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
		g_autofree char *addr = sg_compose_clean_address(to[i]);
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
	g_autofree char *plain = sg_compose_render_text(doc, ctx);
	g_autofree char *html = sg_compose_render_html(doc, ctx, title);
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

	sg_compose_context_init(&ctx, input);
	/* A self-check that passed is no bounce. */
	subject = prefixed_subject(input->verdict == SG_VERDICT_BLOCK
					   ? SG_TR(ctx.lang, "[差戻し]",
						"[Returned]")
					   : SG_TR(ctx.lang, "[確認結果]",
						"[Check result]"),
				   ctx.subject);
	to[0] = ctx.author;
	to[1] = NULL;
	message_id = new_message_id(input->domain);
	msg = new_message(input, subject, to, message_id);
	set_in_reply_to(msg, input->draft);
	doc = sg_compose_feedback_doc(&ctx);
	composed = finish_with_doc(msg, input, &ctx, doc,
				   SG_TR(ctx.lang, "投稿案の確認結果",
				      "Result of the draft check"));
	sg_compose_context_clear(&ctx);
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

	sg_compose_context_init(&ctx, input);
	tk = clean_token(ticket, "-._");
	prefix = g_strdup_printf(SG_TR(ctx.lang, "[承認依頼 %s]",
				    "[Approval request %s]"),
				 tk);
	subject = prefixed_subject(prefix, ctx.subject);
	re_subject = g_strdup_printf("Re: %s", subject);
	reply = sg_compose_clean_address(reply_to);
	id = clean_msgid(message_id);
	if (id == NULL)
		id = new_message_id(input->domain);
	code = approval_code(tk, reply, id);
	expiry_time = g_date_time_new_from_unix_utc(expires);
	expiry = sg_compose_format_time(expiry_time, ctx.lang);
	expiry_full = g_strdup_printf(SG_TR(ctx.lang, "%s（日本時間）まで",
					 "%s (Japan time)"),
				      expiry);

	msg = new_message(input, subject, officers, id);
	if (reply != NULL) {
		InternetAddress *ia = internet_address_mailbox_new(NULL, reply);

		internet_address_list_add(g_mime_message_get_reply_to(msg),
					  ia);
		g_object_unref(ia);
	}
	doc = sg_compose_request_doc(&ctx, tk, expiry_full, code,
			  reply != NULL ? reply : "", re_subject);
	composed = finish_with_doc(msg, input, &ctx, doc,
				   SG_TR(ctx.lang, "投稿案の承認依頼",
				      "Approval request for a draft post"));
	sg_compose_context_clear(&ctx);
	return composed;
}

/* An officer's address as we show it: the addr-spec, or the cleaned text
 * when it is not one. */
static char *
shown_address(const char *s)
{
	char *addr = sg_compose_clean_address(s);

	return addr != NULL ? addr : sg_compose_clean_line(s, 254);
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

	sg_compose_context_init(&ctx, input);
	tk = clean_token(ticket, "-._");
	who = shown_address(approver);
	sha = clean_token(sha256, "");
	when = g_date_time_new_from_unix_utc(approved_at);
	when_jst = sg_compose_to_jst(when);
	at_text = sg_compose_format_time(when, ctx.lang);
	at_header = g_mime_utils_header_format_date(when_jst);
	subject = prefixed_subject(SG_TR(ctx.lang, "[承認済]", "[Approved]"),
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
	doc = sg_compose_release_doc(&ctx, tk, who, at_text, sha);
	composed = finish_with_doc(msg, input, &ctx, doc,
				   SG_TR(ctx.lang, "承認済みの投稿案",
				      "Approved draft post"));
	sg_compose_context_clear(&ctx);
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

	sg_compose_context_init(&ctx, input);
	tk = clean_token(ticket, "-._");
	who = shown_address(officer);
	/* Word for word, but never more than a report shows of a draft. */
	why = sg_compose_clean_text(reason != NULL ? reason : "",
			 MIN(reason != NULL ? strlen(reason) : 0,
			     SG_COMPOSE_MAX_SHOWN));
	subject = prefixed_subject(SG_TR(ctx.lang, "[差戻し]", "[Returned]"),
				   ctx.subject);
	to[0] = ctx.author;
	to[1] = NULL;
	message_id = new_message_id(input->domain);

	msg = new_message(input, subject, to, message_id);
	set_in_reply_to(msg, input->draft);
	g_mime_object_set_header(GMIME_OBJECT(msg), "X-SNSGate-Ticket", tk,
				 NULL);
	doc = sg_compose_rejection_doc(&ctx, tk, who, why);
	composed = finish_with_doc(msg, input, &ctx, doc,
				   SG_TR(ctx.lang, "投稿案の差戻し",
				      "Draft post returned"));
	sg_compose_context_clear(&ctx);
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

	clean_subject = sg_compose_clean_line(subject, SG_COMPOSE_MAX_SUBJECT);
	message_id = new_message_id(input->domain);
	msg = new_message(input, clean_subject,
			  (const char *const *)rcpts->pdata, message_id);
	set_in_reply_to(msg, input->draft);

	shown = sg_compose_clean_text(text != NULL ? text : "",
			   text != NULL ? strlen(text) : 0);
	body = g_strdup_printf("%s%s\n-- \n%s\n", shown,
			       g_str_has_suffix(shown, "\n") ? "" : "\n",
			       SG_TR(input->lang, "SNS投稿承認窓口（自動送信）",
				  "SNS Posting Approval (automatic message)"));
	part = text_part("plain", body, input->iso2022jp);
	finish_message(msg, input, part);
	g_object_unref(part);
	return split_message(msg);
}
