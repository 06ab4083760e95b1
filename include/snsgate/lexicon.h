/* A compiled set of literal terms and the scanner that finds them.
 *
 * Terms are matched as literals in normalized text (normalize.h); the caller
 * normalizes terms and text the same way.  The matcher is vectorscan
 * (Hyperscan's portable fork): one literal database for all terms, whatever
 * their number, scanned in a single pass (DESIGN §3 has the measurements
 * that chose it).  Terms that begin or end with an ASCII letter or digit
 * only match at ASCII word boundaries, so "sm" does not fire inside "sms".
 *
 * An SgLexicon is immutable after compilation and shared between threads;
 * each thread scans with its own SgLexiconScratch.
 */
#ifndef SNSGATE_LEXICON_H
#define SNSGATE_LEXICON_H

#include <glib.h>
#include <stdbool.h>

G_BEGIN_DECLS

#define SG_LEXICON_ERROR (sg_lexicon_error_quark())
GQuark sg_lexicon_error_quark(void);

typedef enum {
	SG_LEXICON_ERROR_COMPILE,	/* the matcher refused the terms */
	SG_LEXICON_ERROR_SCAN,		/* the scan failed */
} SgLexiconError;

typedef struct _SgLexicon SgLexicon;
typedef struct _SgLexiconScratch SgLexiconScratch;

/**
 * SgLexiconMatchFunc:
 * @term: index of the term, as passed to sg_lexicon_new()
 * @start: byte offset of the match in the scanned text
 * @end: end byte offset (exclusive)
 * @user_data: as passed to sg_lexicon_scan()
 *
 * Called for every occurrence, overlapping ones included, in order of @end.
 *
 * Returns: true to go on scanning, false to stop.
 */
typedef bool (*SgLexiconMatchFunc)(guint term, gsize start, gsize end,
				   gpointer user_data);

/**
 * sg_lexicon_new:
 * @terms: UTF-8 terms, already normalized
 * @n_terms: number of terms (0 gives a lexicon that never matches)
 * @error: set when the matcher cannot compile them, or a term is empty
 *
 * Identical terms may be given: each match is then reported once for each
 * of their indices, in increasing order.
 *
 * Returns: (transfer full) (nullable): the compiled lexicon.
 */
SgLexicon *sg_lexicon_new(const char *const *terms, guint n_terms,
			  GError **error);

/** sg_lexicon_ref: Returns: (transfer full): @lexicon. */
SgLexicon *sg_lexicon_ref(SgLexicon *lexicon);
/** sg_lexicon_unref: NULL is accepted. */
void sg_lexicon_unref(SgLexicon *lexicon);

/** Returns: the number of terms. */
guint sg_lexicon_get_n_terms(const SgLexicon *lexicon);

/** Returns: (transfer none): term @index as compiled. */
const char *sg_lexicon_get_term(const SgLexicon *lexicon, guint index);

/**
 * sg_lexicon_scratch_new:
 * @lexicon: (nullable): the lexicon to size it for
 *
 * Returns: (transfer full): scan scratch space for one thread, valid for
 * @lexicon.  Scanning another lexicon with it grows it to fit that one too;
 * it keeps a reference to the last lexicon it was sized for.
 */
SgLexiconScratch *sg_lexicon_scratch_new(const SgLexicon *lexicon);
/** sg_lexicon_scratch_free: NULL is accepted. */
void sg_lexicon_scratch_free(SgLexiconScratch *scratch);

/**
 * sg_lexicon_scan:
 * @scratch: (nullable): this thread's scratch, or NULL to use a temporary one
 * @text: normalized UTF-8 text
 * @len: its length in bytes
 *
 * Returns: false with @error set when the scan failed; stopping early from
 * @func is not a failure.
 */
bool sg_lexicon_scan(const SgLexicon *lexicon, SgLexiconScratch *scratch,
		     const char *text, gsize len, SgLexiconMatchFunc func,
		     gpointer user_data, GError **error);

G_END_DECLS

#endif
