/* Charset conversion to UTF-8 through ICU.
 *
 * Japanese mail arrives labelled with charsets that mean something wider than
 * their names: Outlook's "ISO-2022-JP" carries CP932 extensions (CP50220/
 * CP50221: ①, ㈱, ～), "shift_jis" is really CP932 and "euc-jp" may be CP51932
 * or eucJP-ms.  These functions map the label to the superset ICU converter,
 * convert, and count every byte sequence that could not be converted, so a
 * caller can report a parse note instead of silent mojibake.  No GMime here:
 * GMime's charset filter garbles exactly these cases (DESIGN §3).
 *
 * Thread-safe: each call opens its own converter.
 */
#ifndef SNSGATE_CHARSET_H
#define SNSGATE_CHARSET_H

#include <glib.h>
#include <stdbool.h>

G_BEGIN_DECLS

#define SG_CHARSET_ERROR (sg_charset_error_quark())
GQuark sg_charset_error_quark(void);

typedef enum {
	SG_CHARSET_ERROR_UNKNOWN,	/* no converter for the label */
	SG_CHARSET_ERROR_FAILED,	/* ICU failed for another reason */
} SgCharsetError;

/**
 * sg_charset_canonical:
 * @label: a MIME charset label as found in mail ("Shift_JIS", "x-sjis", ...)
 *
 * Maps a label to the ICU converter snsgate uses for it: the Microsoft
 * superset where mail clients really send one (shift_jis → windows-31j,
 * iso-2022-jp → the converter that also accepts CP50220/50221 extensions,
 * euc-jp → a CP51932-compatible converter).
 *
 * Returns: (transfer none): a converter name, or @label itself when no alias
 * applies.
 */
const char *sg_charset_canonical(const char *label);

/**
 * sg_charset_to_utf8:
 * @label: MIME charset label (mapped through sg_charset_canonical())
 * @data: bytes to convert
 * @len: length of @data
 * @n_errors: (out) (optional): number of unconvertible sequences, each
 *   replaced by U+FFFD in the result
 * @error: set when no converter exists for @label
 *
 * Returns: (transfer full) (nullable): NUL-terminated UTF-8, or NULL with
 * @error set.
 */
char *sg_charset_to_utf8(const char *label, const char *data, gsize len,
			 guint *n_errors, GError **error);

/**
 * sg_charset_guess:
 * @data: unlabelled bytes
 * @len: length of @data
 *
 * Guesses the charset of unlabelled text: "UTF-8" if it is valid UTF-8 (and
 * plain ASCII), "ISO-2022-JP" when it contains ISO-2022-JP escapes, otherwise
 * ICU's charset detector's best Japanese-aware guess.
 *
 * Returns: (transfer none): a charset label usable with sg_charset_to_utf8().
 */
const char *sg_charset_guess(const char *data, gsize len);

/**
 * sg_charset_decode_header:
 * @raw: a raw header value, possibly holding RFC 2047 encoded words and raw
 *   8-bit bytes
 * @n_errors: (out) (optional): count of undecodable sequences or malformed
 *   encoded words
 *
 * Decodes RFC 2047 words through ICU (so CP932-only characters survive),
 * joining adjacent words of the same charset before conversion so that a
 * character split across two encoded words is rebuilt; raw 8-bit runs are
 * tried as UTF-8, then CP932, then EUC-JP.  Folding whitespace is unfolded.
 *
 * Returns: (transfer full): UTF-8 text, never NULL.
 */
char *sg_charset_decode_header(const char *raw, guint *n_errors);

G_END_DECLS

#endif
