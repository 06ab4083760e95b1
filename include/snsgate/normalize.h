/* Normalization of decoded text for matching, with a map back to the
 * original.
 *
 * Matching runs on a normalized copy: NFKC_Casefold (which also drops
 * zero-width and format characters, the BOM, soft hyphens and variation
 * selectors), then one-to-one folds NFKC does not do: katakana → hiragana,
 * the tilde family (〜 ～ ~) → "~", the dash family (‐ ‑ ‒ – — ― − ﹣) → "-"
 * and every space → " "; CRLF and lone CRs become "\n".  With
 * SG_NORM_SQUEEZE, runs of spaces and filler symbols (・ . * _ - ~ / | ' ` ^,
 * ☆ ★ ♪ ♡ and other symbols, emoji) standing between two letters or digits
 * are removed too ("部 外 秘", "死・ね", "b a k a"), which is how writers
 * evade a word list.  Left alone: sentence punctuation, brackets, ○ ● and
 * other geometric shapes, line ends, a run between two digits ("2026-04-01",
 * "3.14"), and a run between two ASCII words when either is longer than one
 * character ("kill you"; a run there that holds a space becomes one space).
 *
 * Every byte of the normalized text maps back to a byte range of the
 * original, so a finding can report the original line, column and excerpt.
 * Normalization works chunk by chunk between normalization boundaries, so the
 * map is exact at chunk edges and spans the whole chunk inside one.
 *
 * Objects are immutable after creation; the functions are thread-safe.
 */
#ifndef SNSGATE_NORMALIZE_H
#define SNSGATE_NORMALIZE_H

#include <glib.h>
#include <stdbool.h>

G_BEGIN_DECLS

typedef enum {
	SG_NORM_DEFAULT = 0,
	SG_NORM_SQUEEZE = 1 << 0,	/* drop fillers between letters */
} SgNormFlags;

typedef struct _SgNormText SgNormText;

/**
 * sg_norm_text_new:
 * @text: UTF-8 text (invalid sequences are treated as U+FFFD)
 * @len: length in bytes, or -1 when NUL-terminated
 * @flags: SgNormFlags
 *
 * Returns: (transfer full): the normalized text with its offset map.
 */
SgNormText *sg_norm_text_new(const char *text, gssize len, SgNormFlags flags);

/** sg_norm_text_free: NULL is accepted. */
void sg_norm_text_free(SgNormText *norm);

/**
 * sg_norm_text_get:
 * @len: (out) (optional): byte length
 *
 * Returns: (transfer none): the normalized UTF-8 text, NUL-terminated.
 */
const char *sg_norm_text_get(const SgNormText *norm, gsize *len);

/**
 * sg_norm_text_map:
 * @start: byte offset in the normalized text
 * @end: end byte offset (exclusive), >= @start
 * @orig_start: (out): start byte offset in the original text
 * @orig_end: (out): end byte offset (exclusive) in the original text
 *
 * Maps a normalized span back to the smallest original span that produced
 * it: characters dropped inside the span (U+200B…) are covered, those just
 * outside it are not.  An empty span maps to an empty span.
 */
void sg_norm_text_map(const SgNormText *norm, gsize start, gsize end,
		      gsize *orig_start, gsize *orig_end);

/**
 * sg_normalize_string:
 * @text: UTF-8 text
 * @flags: SgNormFlags
 *
 * Normalizes without keeping a map: for lexicon terms and config values,
 * which must be normalized the same way as the text they are matched in.
 *
 * Returns: (transfer full): normalized UTF-8.
 */
char *sg_normalize_string(const char *text, SgNormFlags flags);

/**
 * sg_text_position:
 * @text: UTF-8 text
 * @offset: a byte offset into @text
 * @line: (out): 1-based line (lines end at LF; a CR before it is ignored)
 * @column: (out): 1-based column, counted in Unicode code points
 */
void sg_text_position(const char *text, gsize offset, guint *line,
		      guint *column);

G_END_DECLS

#endif
