/* Conversion of Japanese mail text to UTF-8 through ICU, and RFC 2047 header
 * decoding on top of it.
 *
 * Mail labels promise less than senders deliver: Outlook's "ISO-2022-JP" is
 * CP50220/50221 (NEC row 13 and the NEC-selected IBM rows 89-92), "shift_jis"
 * is CP932 and "euc-jp" is CP51932 or eucJP-ms.  A small alias map sends each
 * label to the ICU converter that is a superset of what is really sent, and a
 * counting callback turns every unconvertible sequence into U+FFFD so that
 * callers can report a parse note instead of silent mojibake.  ICU's own
 * ISO-2022-JP decodes JIS X 0208 through its Shift_JIS table
 * (ibm-943_P15A-2003, which is also its windows-31j), so it yields the CP932
 * code points (U+FF5E for 0x2141, U+FF0D for 0x215D) and accepts rows 13 and
 * 89-92, which is exactly CP50220/50221.  This file does not parse
 * MIME and never uses GMime's or glibc's charset code, except one glibc iconv
 * retry for eucJP-ms, whose 3-byte IBM extensions ICU lacks.  Every function
 * opens its own converter, so all of them are thread-safe.
 */
#include "config.h"

#include <snsgate/charset.h>

#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

G_DEFINE_QUARK(sg-charset-error-quark, sg_charset_error)

/* ICU converter names.  JIS7 (version 3) is the ICU ISO-2022-JP flavour that
 * accepts every designation CP5022x senders use: ESC $ B / ESC $ @ (through
 * windows-31j, so rows 13 and 89-92 decode), ESC ( J, ESC ( I and SO/SI
 * half-width katakana (CP50221/CP50222) and ESC $ ( D (JIS X 0212). */
#define SG_ICU_ISO2022JP "ISO_2022,locale=ja,version=3"
#define SG_ICU_ISO2022JP2 "ISO_2022,locale=ja,version=2"
#define SG_ICU_CP932 "windows-31j"
#define SG_ICU_EUCJP "EUC-JP"

/* Longest label we hand to ICU; real labels are far shorter. */
#define SG_CHARSET_LABEL_MAX 64

typedef struct {
	const char *label;
	const char *icu;
} SgCharsetAlias;

static const SgCharsetAlias aliases[] = {
	{"shift_jis", SG_ICU_CP932},
	{"shift-jis", SG_ICU_CP932},
	{"sjis", SG_ICU_CP932},
	{"x-sjis", SG_ICU_CP932},
	{"ms_kanji", SG_ICU_CP932},
	{"csshiftjis", SG_ICU_CP932},
	{"cp932", SG_ICU_CP932},
	{"ms932", SG_ICU_CP932},
	{"windows-31j", SG_ICU_CP932},
	{"cswindows31j", SG_ICU_CP932},
	{"windows-932", SG_ICU_CP932},
	{"x-ms-cp932", SG_ICU_CP932},
	{"iso-2022-jp", SG_ICU_ISO2022JP},
	{"csiso2022jp", SG_ICU_ISO2022JP},
	{"iso-2022-jp-ms", SG_ICU_ISO2022JP},
	{"iso-2022-jp-1", SG_ICU_ISO2022JP},
	{"iso-2022-jp-2", SG_ICU_ISO2022JP2},
	{"csiso2022jp2", SG_ICU_ISO2022JP2},
	{"iso-2022-jp-3", SG_ICU_ISO2022JP},
	{"cp50220", SG_ICU_ISO2022JP},
	{"cp50221", SG_ICU_ISO2022JP},
	{"cp50222", SG_ICU_ISO2022JP},
	{"x-windows-50220", SG_ICU_ISO2022JP},
	{"x-windows-50221", SG_ICU_ISO2022JP},
	{"euc-jp", SG_ICU_EUCJP},
	{"x-euc-jp", SG_ICU_EUCJP},
	{"eucjp", SG_ICU_EUCJP},
	{"cp51932", SG_ICU_EUCJP},
	{"euc-jp-ms", SG_ICU_EUCJP},
	{"eucjp-ms", SG_ICU_EUCJP},
	{"eucjp-win", SG_ICU_EUCJP},
	{"cseucpkdfmtjapanese", SG_ICU_EUCJP},
	{"ujis", SG_ICU_EUCJP},
	/* US-ASCII labelled mail that carries 8-bit text is nearly always
	 * UTF-8, and UTF-8 decodes true ASCII unchanged. */
	{"us-ascii", "UTF-8"},
	{"ascii", "UTF-8"},
	{"ansi_x3.4-1968", "UTF-8"},
	{"utf8", "UTF-8"},
	{"utf-8", "UTF-8"},
	/* As in the WHATWG Encoding Standard: senders mean windows-1252. */
	{"iso-8859-1", "windows-1252"},
	{"latin1", "windows-1252"},
};

const char *
sg_charset_canonical(const char *label)
{
	g_return_val_if_fail(label != NULL, NULL);

	for (gsize i = 0; i < G_N_ELEMENTS(aliases); i++) {
		if (g_ascii_strcasecmp(label, aliases[i].label) == 0)
			return aliases[i].icu;
	}
	return label;
}

/* Counts every sequence ICU cannot convert and writes U+FFFD for it.  ICU's
 * stock substitute callback would write the converter's own substitution
 * character, which for some tables is U+001A. */
static void
count_substitute_cb(const void *context, UConverterToUnicodeArgs *args,
		    const char *units, int32_t length,
		    UConverterCallbackReason reason, UErrorCode *err)
{
	static const UChar fffd = 0xFFFD;
	guint *count = (guint *)context;

	if (reason > UCNV_IRREGULAR)
		return;
	(*count)++;
	*err = U_ZERO_ERROR;
	ucnv_cbToUWriteUChars(args, &fffd, 1, 0, err);
}

/* A label is handed to ucnv_open() only when it looks like a charset name:
 * ICU reads ",option" suffixes and "" as "the default converter", neither of
 * which a mail sender may choose. */
static bool
label_is_sane(const char *name)
{
	gsize n = strlen(name);

	if (n == 0 || n > SG_CHARSET_LABEL_MAX)
		return false;
	for (const char *p = name; *p != '\0'; p++) {
		if (!g_ascii_isalnum(*p) && strchr("-_.:+()", *p) == NULL)
			return false;
	}
	return true;
}

/* Opens the converter for @label (already canonical or an ICU name). */
static UConverter *
open_converter(const char *label, const char *icu, GError **error)
{
	UErrorCode err = U_ZERO_ERROR;
	UConverter *cnv;

	cnv = ucnv_open(icu, &err);
	if (U_FAILURE(err) || cnv == NULL) {
		g_set_error(error, SG_CHARSET_ERROR, SG_CHARSET_ERROR_UNKNOWN,
			    "unknown charset \"%s\"", label);
		return NULL;
	}
	return cnv;
}

/* Converts with ICU into a NUL-terminated UTF-8 string, counting errors.
 * NUL and the C1 controls are also replaced and counted: the result is a C
 * string, and ICU's EUC-JP maps the CP932 lead bytes 0x80-0x8D to C1
 * controls instead of failing, which would hide a wrong label (and let
 * CP932 pass as EUC-JP when guessing). */
static char *
icu_to_utf8(const char *label, const char *icu, const char *data, gsize len,
	    guint *n_errors, GError **error)
{
	UConverter *cnv;
	UErrorCode err = U_ZERO_ERROR;
	GArray *u16;
	const char *src = data;
	const char *src_end = data + len;
	guint count = 0;
	int32_t out_len = 0;
	char *out;

	cnv = open_converter(label, icu, error);
	if (cnv == NULL)
		return NULL;
	ucnv_setToUCallBack(cnv, count_substitute_cb, &count, NULL, NULL,
			    &err);
	if (U_FAILURE(err)) {
		ucnv_close(cnv);
		g_set_error(error, SG_CHARSET_ERROR, SG_CHARSET_ERROR_FAILED,
			    "%s: %s", label, u_errorName(err));
		return NULL;
	}

	u16 = g_array_sized_new(FALSE, FALSE, sizeof(UChar), len + 16);
	for (;;) {
		UChar buf[4096];
		UChar *target = buf;

		err = U_ZERO_ERROR;
		ucnv_toUnicode(cnv, &target, buf + G_N_ELEMENTS(buf), &src,
			       src_end, NULL, TRUE, &err);
		g_array_append_vals(u16, buf, (guint)(target - buf));
		if (err == U_BUFFER_OVERFLOW_ERROR)
			continue;
		break;
	}
	ucnv_close(cnv);
	if (U_FAILURE(err)) {
		g_array_free(u16, TRUE);
		g_set_error(error, SG_CHARSET_ERROR, SG_CHARSET_ERROR_FAILED,
			    "%s: %s", label, u_errorName(err));
		return NULL;
	}

	for (guint i = 0; i < u16->len; i++) {
		UChar c = g_array_index(u16, UChar, i);

		if (c == 0 || (c >= 0x80 && c <= 0x9F)) {
			g_array_index(u16, UChar, i) = 0xFFFD;
			count++;
		}
	}

	err = U_ZERO_ERROR;
	u_strToUTF8WithSub(NULL, 0, &out_len, (const UChar *)u16->data,
			   (int32_t)u16->len, 0xFFFD, NULL, &err);
	if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) {
		g_array_free(u16, TRUE);
		g_set_error(error, SG_CHARSET_ERROR, SG_CHARSET_ERROR_FAILED,
			    "%s: %s", label, u_errorName(err));
		return NULL;
	}
	out = g_malloc((gsize)out_len + 1);
	err = U_ZERO_ERROR;
	u_strToUTF8WithSub(out, out_len + 1, NULL, (const UChar *)u16->data,
			   (int32_t)u16->len, 0xFFFD, NULL, &err);
	g_array_free(u16, TRUE);
	out[out_len] = '\0';
	if (n_errors != NULL)
		*n_errors = count;
	return out;
}

/* eucJP-ms puts the IBM extensions at 0x8FF3A1-0x8FFEFE (3 bytes), where ICU's
 * EUC-JP has nothing; glibc's EUC-JP-MS knows them (DESIGN §3). */
static char *
eucjp_ms_retry(const char *data, gsize len)
{
	g_autoptr(GError) error = NULL;
	gsize written = 0;
	char *out;

	out = g_convert(data, (gssize)len, "UTF-8", "EUC-JP-MS", NULL,
			&written, &error);
	if (out == NULL)
		return NULL;
	/* The same bar as ICU's output: no NUL, no C1 control (glibc too
	 * passes CP932 lead bytes through as C1). */
	for (gsize i = 0; i < written; i++) {
		if (out[i] == '\0' || ((guchar)out[i] == 0xC2 &&
					i + 1 < written &&
					(guchar)out[i + 1] >= 0x80 &&
					(guchar)out[i + 1] <= 0x9F)) {
			g_free(out);
			return NULL;
		}
	}
	return out;
}

char *
sg_charset_to_utf8(const char *label, const char *data, gsize len,
		   guint *n_errors, GError **error)
{
	const char *icu;
	guint count = 0;
	char *out;

	g_return_val_if_fail(label != NULL, NULL);
	g_return_val_if_fail(data != NULL || len == 0, NULL);
	g_return_val_if_fail(error == NULL || *error == NULL, NULL);

	if (data == NULL)
		data = "";
	icu = sg_charset_canonical(label);
	/* Our own names carry ICU options; only a mail label is vetted. */
	if (icu == label && !label_is_sane(label)) {
		g_set_error(error, SG_CHARSET_ERROR, SG_CHARSET_ERROR_UNKNOWN,
			    "unknown charset \"%s\"", label);
		return NULL;
	}
	out = icu_to_utf8(label, icu, data, len, &count, error);
	if (out == NULL)
		return NULL;
	if (count > 0 && strcmp(icu, SG_ICU_EUCJP) == 0) {
		char *ms = eucjp_ms_retry(data, len);

		if (ms != NULL) {
			g_free(out);
			out = ms;
			count = 0;
		}
	}
	if (n_errors != NULL)
		*n_errors = count;
	return out;
}

/* g_utf8_validate() rejects NUL; a NUL is no reason to doubt UTF-8. */
static bool
is_utf8(const char *data, gsize len)
{
	const char *p = data;
	const char *end = data + len;

	while (p < end) {
		const char *stop = NULL;

		if (g_utf8_validate(p, end - p, &stop))
			return true;
		if (*stop != '\0')
			return false;
		p = stop + 1;
	}
	return true;
}

/* ISO-2022-JP is 7-bit: its designations are what give it away. */
static bool
has_iso2022jp_escape(const char *data, gsize len)
{
	static const char *const designations[] = {
		"$B", "$@", "(B", "(J", "(I", "$(D",
	};

	for (const char *p = data; p != NULL && p < data + len;) {
		gsize rest;

		p = memchr(p, 0x1B, len - (gsize)(p - data));
		if (p == NULL)
			break;
		p++;
		rest = len - (gsize)(p - data);
		for (gsize i = 0; i < G_N_ELEMENTS(designations); i++) {
			gsize n = strlen(designations[i]);

			if (rest >= n && memcmp(p, designations[i], n) == 0)
				return true;
		}
	}
	return false;
}

static bool
has_8bit(const char *data, gsize len)
{
	for (gsize i = 0; i < len; i++) {
		if ((guchar)data[i] >= 0x80)
			return true;
	}
	return false;
}

static guint
count_errors(const char *icu, const char *data, gsize len)
{
	guint count = 0;
	g_autofree char *out = icu_to_utf8(icu, icu, data, len, &count, NULL);

	return out != NULL ? count : G_MAXUINT;
}

/* The names we hand out are our own static strings, whatever ICU's
 * detector spells them. */
static const char *
label_for_detected(const char *name)
{
	if (g_ascii_strcasecmp(name, "Shift_JIS") == 0)
		return "Shift_JIS";
	if (g_ascii_strcasecmp(name, "EUC-JP") == 0)
		return "EUC-JP";
	if (g_ascii_strcasecmp(name, "ISO-2022-JP") == 0)
		return "ISO-2022-JP";
	if (g_ascii_strcasecmp(name, "UTF-8") == 0)
		return "UTF-8";
	return g_intern_string(name);
}

/* ICU's detector: its best guess, or NULL. */
static const char *
detect(const char *data, gsize len, gint32 *confidence)
{
	UErrorCode err = U_ZERO_ERROR;
	UCharsetDetector *det;
	const UCharsetMatch *match;
	const char *name = NULL;

	*confidence = 0;
	det = ucsdet_open(&err);
	if (U_FAILURE(err))
		return NULL;
	ucsdet_setText(det, data, (int32_t)MIN(len, (gsize)G_MAXINT32), &err);
	match = ucsdet_detect(det, &err);
	if (U_SUCCESS(err) && match != NULL) {
		const char *n = ucsdet_getName(match, &err);

		*confidence = ucsdet_getConfidence(match, &err);
		if (U_SUCCESS(err) && n != NULL)
			name = label_for_detected(n);
	}
	ucsdet_close(det);
	return name;
}

/* Unlabelled 8-bit Japanese is CP932 or EUC-JP.  Decoding errors separate
 * them better than ICU's statistics on a short draft: CP932 text is almost
 * never valid EUC-JP (its lead bytes 0x81-0x9F are not EUC), while EUC-JP
 * text is nearly always "valid" CP932 (as half-width katakana), so a clean
 * EUC-JP decode wins.  The detector decides what neither explains (Latin-1,
 * Korean, ...). */
const char *
sg_charset_guess(const char *data, gsize len)
{
	guint sjis, euc;
	gint32 confidence;
	const char *detected;

	g_return_val_if_fail(data != NULL || len == 0, "UTF-8");

	/* 7-bit ISO-2022-JP is also valid UTF-8: the escapes decide first. */
	if (has_iso2022jp_escape(data, len) && !has_8bit(data, len))
		return "ISO-2022-JP";
	if (len == 0 || is_utf8(data, len))
		return "UTF-8";
	if (has_iso2022jp_escape(data, len))
		return "ISO-2022-JP";

	euc = count_errors(SG_ICU_EUCJP, data, len);
	if (euc > 0 && euc != G_MAXUINT) {
		g_autofree char *ms = eucjp_ms_retry(data, len);

		if (ms != NULL)
			euc = 0;
	}
	sjis = count_errors(SG_ICU_CP932, data, len);
	detected = detect(data, len, &confidence);
	if (euc == 0 && sjis != 0)
		return "EUC-JP";
	if (sjis == 0 && euc != 0)
		return "Shift_JIS";
	if (euc == 0 && sjis == 0) {
		if (detected != NULL && strcmp(detected, "Shift_JIS") == 0)
			return "Shift_JIS";
		return "EUC-JP";
	}
	if (detected != NULL && confidence >= 30 &&
	    strcmp(detected, "UTF-8") != 0)
		return detected;
	return sjis <= euc ? "Shift_JIS" : "EUC-JP";
}

/* --- RFC 2047 ------------------------------------------------------------- */

/* The decoder's state: output so far, and the bytes of a run of adjacent
 * encoded words in one charset, which are converted together so that a
 * character split across two words (RFC 2047 §5 forbids it; senders do it)
 * is rebuilt. */
typedef struct {
	GString *out;
	GByteArray *pending;
	char *pending_charset;
	guint errors;
} SgHeaderDecoder;

static int
b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* Strict base64 for encoded words (RFC 2047 §4.1); missing padding is
 * tolerated, anything else outside the alphabet makes the word malformed. */
static bool
decode_b(const char *text, gsize len, GByteArray *out)
{
	guint32 acc = 0;
	guint bits = 0;
	gsize i = 0;

	for (; i < len && text[i] != '='; i++) {
		int v = b64_value((unsigned char)text[i]);
		guint8 byte;

		if (v < 0)
			return false;
		acc = (acc << 6) | (guint32)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			byte = (guint8)(acc >> bits);
			g_byte_array_append(out, &byte, 1);
		}
	}
	if (bits == 6)
		return false;	/* a lone sextet carries no byte */
	for (; i < len; i++) {
		if (text[i] != '=')
			return false;
	}
	return true;
}

/* "Q" encoding (RFC 2047 §4.2). */
static bool
decode_q(const char *text, gsize len, GByteArray *out)
{
	for (gsize i = 0; i < len; i++) {
		guint8 byte = (guint8)text[i];

		if (byte == '_') {
			byte = ' ';
		} else if (byte == '=') {
			int hi, lo;

			if (len - i < 3)
				return false;
			hi = g_ascii_xdigit_value(text[i + 1]);
			lo = g_ascii_xdigit_value(text[i + 2]);
			if (hi < 0 || lo < 0)
				return false;
			byte = (guint8)(hi * 16 + lo);
			i += 2;
		}
		g_byte_array_append(out, &byte, 1);
	}
	return true;
}

/* Decodes raw 8-bit header bytes: UTF-8, then EUC-JP, then CP932 (DESIGN
 * §3's parser fallback order; EUC-JP before CP932 because EUC-JP text also
 * passes as CP932 half-width katakana, never the other way round).  7-bit
 * text with ISO-2022-JP escapes is decoded as such: old clients put raw JIS
 * into headers. */
static void
append_raw(SgHeaderDecoder *dec, const char *text, gsize len)
{
	static const char *const fallbacks[] = {SG_ICU_EUCJP, SG_ICU_CP932};
	bool eight_bit;
	g_autofree char *best = NULL;
	guint best_errors = G_MAXUINT;

	if (len == 0)
		return;
	eight_bit = has_8bit(text, len) || memchr(text, '\0', len) != NULL;
	if (!eight_bit && !has_iso2022jp_escape(text, len)) {
		g_string_append_len(dec->out, text, (gssize)len);
		return;
	}
	if (!eight_bit) {
		guint n = 0;
		g_autofree char *s = icu_to_utf8(SG_ICU_ISO2022JP,
						 SG_ICU_ISO2022JP, text, len,
						 &n, NULL);

		if (s != NULL) {
			g_string_append(dec->out, s);
			dec->errors += n;
			return;
		}
	}
	if (is_utf8(text, len) && memchr(text, '\0', len) == NULL) {
		g_string_append_len(dec->out, text, (gssize)len);
		return;
	}
	for (gsize i = 0; i < G_N_ELEMENTS(fallbacks); i++) {
		guint n = 0;
		char *s = icu_to_utf8(fallbacks[i], fallbacks[i], text, len,
				      &n, NULL);

		if (s == NULL)
			continue;
		if (n < best_errors) {
			g_free(best);
			best = s;
			best_errors = n;
		} else {
			g_free(s);
		}
		if (n == 0)
			break;
	}
	if (best != NULL) {
		g_string_append(dec->out, best);
		dec->errors += best_errors;
	}
}

static void
flush_pending(SgHeaderDecoder *dec)
{
	g_autoptr(GError) error = NULL;
	g_autofree char *s = NULL;
	guint n = 0;

	if (dec->pending_charset == NULL)
		return;
	s = sg_charset_to_utf8(dec->pending_charset,
			       (const char *)dec->pending->data,
			       dec->pending->len, &n, &error);
	if (s != NULL) {
		g_string_append(dec->out, s);
		dec->errors += n;
	} else {
		/* Unknown charset: count it, then salvage what we can. */
		dec->errors++;
		append_raw(dec, (const char *)dec->pending->data,
			   dec->pending->len);
	}
	g_byte_array_set_size(dec->pending, 0);
	g_clear_pointer(&dec->pending_charset, g_free);
}

/* An encoded word, decoded but not yet converted. */
typedef struct {
	char *charset;
	GByteArray *bytes;
	const char *end;	/* just past "?=" */
} SgEncodedWord;

static void
encoded_word_clear(SgEncodedWord *word)
{
	g_clear_pointer(&word->charset, g_free);
	g_clear_pointer(&word->bytes, g_byte_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(SgEncodedWord, encoded_word_clear)

/* Parses one encoded word "=?charset[*lang]?B|Q?text?=" at @p; false when
 * it is not a well-formed word.  Whitespace is not allowed inside a word
 * (RFC 2047 §5), which also keeps a malformed word from swallowing the rest
 * of the header. */
static bool
parse_encoded_word(const char *p, const char *end, SgEncodedWord *word)
{
	const char *cs = p + 2;
	const char *q, *text, *text_end;
	char *star;
	char enc;
	bool ok;

	q = cs;
	while (q < end && *q != '?' && !g_ascii_isspace(*q))
		q++;
	if (q == cs || q + 3 > end || *q != '?' || q[2] != '?')
		return false;
	enc = g_ascii_toupper(q[1]);
	if (enc != 'B' && enc != 'Q')
		return false;
	text = q + 3;
	text_end = text;
	while (text_end + 1 < end &&
	       !(text_end[0] == '?' && text_end[1] == '=')) {
		if (g_ascii_isspace(*text_end) || *text_end == '?')
			return false;
		text_end++;
	}
	if (text_end + 1 >= end)
		return false;

	word->bytes = g_byte_array_new();
	if (enc == 'B')
		ok = decode_b(text, (gsize)(text_end - text), word->bytes);
	else
		ok = decode_q(text, (gsize)(text_end - text), word->bytes);
	if (!ok) {
		g_clear_pointer(&word->bytes, g_byte_array_unref);
		return false;
	}
	word->charset = g_strndup(cs, (gsize)(q - cs));
	star = strchr(word->charset, '*');	/* RFC 2231 §5 language */
	if (star != NULL)
		*star = '\0';
	word->end = text_end + 2;
	return true;
}

/* Does @p start something that was meant to be an encoded word? */
static bool
looks_like_encoded_word(const char *p, const char *end)
{
	const char *q = p + 2;

	while (q < end && (g_ascii_isalnum(*q) || strchr("-_.:*", *q)))
		q++;
	return q > p + 2 && q + 2 < end && *q == '?' &&
	       strchr("BbQq", q[1]) != NULL && q[2] == '?';
}

/* Text between encoded words: dropped when it is only whitespace between
 * two words (RFC 2047 §6.2), else converted after the pending run. */
static void
append_text(SgHeaderDecoder *dec, const char *text, gsize len,
	    bool after_word)
{
	gsize i = 0;

	while (i < len && (text[i] == ' ' || text[i] == '\t'))
		i++;
	if (after_word && i == len)
		return;
	flush_pending(dec);
	append_raw(dec, text, len);
}

static void
queue_word(SgHeaderDecoder *dec, SgEncodedWord *word)
{
	if (dec->pending_charset != NULL &&
	    g_ascii_strcasecmp(dec->pending_charset, word->charset) != 0)
		flush_pending(dec);
	if (dec->pending_charset == NULL)
		dec->pending_charset = g_steal_pointer(&word->charset);
	g_byte_array_append(dec->pending, word->bytes->data,
			    word->bytes->len);
}

char *
sg_charset_decode_header(const char *raw, guint *n_errors)
{
	SgHeaderDecoder dec = {0};
	g_autoptr(GString) unfolded = g_string_new(NULL);
	const char *p, *end, *text_start;
	bool after_word = false;

	if (raw == NULL)
		raw = "";

	/* Unfolding (RFC 5322 §2.2.3) removes the line breaks only. */
	for (p = raw; *p != '\0'; p++) {
		if (*p != '\r' && *p != '\n')
			g_string_append_c(unfolded, *p);
	}

	dec.out = g_string_new(NULL);
	dec.pending = g_byte_array_new();
	p = unfolded->str;
	end = p + unfolded->len;
	text_start = p;
	while (p < end) {
		g_auto(SgEncodedWord) word = {0};

		if (!(p[0] == '=' && p + 1 < end && p[1] == '?')) {
			p++;
			continue;
		}
		if (!parse_encoded_word(p, end, &word)) {
			/* Kept as text; counted when it was meant as a
			 * word and not just "=?" in prose. */
			if (looks_like_encoded_word(p, end))
				dec.errors++;
			p++;
			continue;
		}
		append_text(&dec, text_start, (gsize)(p - text_start),
			    after_word);
		queue_word(&dec, &word);
		after_word = true;
		p = text_start = word.end;
	}
	append_text(&dec, text_start, (gsize)(end - text_start), false);
	flush_pending(&dec);

	g_byte_array_unref(dec.pending);
	if (n_errors != NULL)
		*n_errors = dec.errors;
	return g_strstrip(g_string_free(dec.out, FALSE));
}
