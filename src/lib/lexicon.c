/* The literal term matcher: every term of a rule set compiled into one
 * vectorscan literal database (hs_compile_lit_multi) and found in a single
 * pass over normalized text, whatever the number of terms (DESIGN §3 has the
 * measurements that chose vectorscan over PCRE2 alternations).  Identical
 * terms are compiled once and reported under each of their indices.  Since a
 * literal's start is its end minus its length, no start-of-match tracking is
 * asked of vectorscan, which keeps its fastest engines.  This file knows
 * nothing of rules, contexts or exceptions; it does not normalize (the caller
 * gives normalized terms and text) and does not limit text length beyond what
 * vectorscan can scan in one call (4 GiB).  An SgLexicon is immutable after
 * sg_lexicon_new() and may be scanned by any number of threads at once, each
 * with its own SgLexiconScratch; its reference count is atomic.
 */
#include "config.h"

#include <snsgate/lexicon.h>

#include <hs/hs.h>
#include <string.h>

#define SG_LEXICON_NONE G_MAXUINT

/* Which sides of a term must stand at an ASCII word boundary. */
enum {
	SG_BOUND_START = 1 << 0,
	SG_BOUND_END = 1 << 1,
};

struct _SgLexicon {
	gatomicrefcount ref_count;
	guint n_terms;
	char *term_block;	/* every term, NUL-terminated, end to end */
	char **terms;		/* n_terms + 1 pointers into term_block */
	guint *next_same;	/* per term: next index with the same text */
	guint n_unique;
	guint *first;		/* per unique literal: its first term index */
	gsize *unique_len;	/* per unique literal: its length in bytes */
	guint8 *bounds;		/* per unique literal: SG_BOUND_* */
	hs_database_t *db;	/* NULL when there are no terms */
	hs_scratch_t *proto;	/* cloned for each SgLexiconScratch */
};

struct _SgLexiconScratch {
	hs_scratch_t *hs;	/* NULL until a non-empty lexicon needs it */
	SgLexicon *grown_for;	/* held so that its address stays unique */
};

typedef struct {
	const SgLexicon *lexicon;
	const guchar *text;
	gsize len;
	SgLexiconMatchFunc func;
	gpointer user_data;
} SgLexiconRun;

G_DEFINE_QUARK(sg-lexicon-error-quark, sg_lexicon_error)

static bool
is_word_byte(guchar c)
{
	return c < 0x80 && g_ascii_isalnum((char)c);
}

/* Copies @terms into one block, so that a large lexicon costs two
 * allocations instead of one per term. */
static void
copy_terms(SgLexicon *lexicon, const char *const *terms, guint n_terms)
{
	gsize total = 0;
	char *p;

	lexicon->terms = g_new(char *, (gsize)n_terms + 1);
	for (guint i = 0; i < n_terms; i++)
		total += strlen(terms[i]) + 1;
	p = lexicon->term_block = g_malloc(total);
	for (guint i = 0; i < n_terms; i++) {
		gsize n = strlen(terms[i]) + 1;

		memcpy(p, terms[i], n);
		lexicon->terms[i] = p;
		p += n;
	}
	lexicon->terms[n_terms] = NULL;
	lexicon->n_terms = n_terms;
}

static void
lexicon_free(SgLexicon *lexicon)
{
	g_clear_pointer(&lexicon->term_block, g_free);
	g_clear_pointer(&lexicon->terms, g_free);
	g_clear_pointer(&lexicon->next_same, g_free);
	g_clear_pointer(&lexicon->first, g_free);
	g_clear_pointer(&lexicon->unique_len, g_free);
	g_clear_pointer(&lexicon->bounds, g_free);
	g_clear_pointer(&lexicon->proto, hs_free_scratch);
	g_clear_pointer(&lexicon->db, hs_free_database);
	g_free(lexicon);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgLexicon, sg_lexicon_unref)

/* Groups identical terms: each distinct text becomes one literal, and its
 * term indices are chained through next_same in increasing order. */
static void
lexicon_dedupe(SgLexicon *lexicon)
{
	g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash,
						      g_str_equal);
	g_autofree guint *last = g_new(guint, lexicon->n_terms);

	lexicon->next_same = g_new(guint, lexicon->n_terms);
	lexicon->first = g_new(guint, lexicon->n_terms);
	for (guint i = 0; i < lexicon->n_terms; i++) {
		gpointer found;

		lexicon->next_same[i] = SG_LEXICON_NONE;
		if (g_hash_table_lookup_extended(seen, lexicon->terms[i], NULL,
						 &found)) {
			guint u = GPOINTER_TO_UINT(found);

			lexicon->next_same[last[u]] = i;
			last[u] = i;
			continue;
		}
		g_hash_table_insert(seen, lexicon->terms[i],
				    GUINT_TO_POINTER(lexicon->n_unique));
		lexicon->first[lexicon->n_unique] = i;
		last[lexicon->n_unique] = i;
		lexicon->n_unique++;
	}
}

static bool
lexicon_compile(SgLexicon *lexicon, GError **error)
{
	guint n = lexicon->n_unique;
	g_autofree const char **lits = g_new(const char *, n);
	g_autofree unsigned *ids = g_new(unsigned, n);
	hs_compile_error_t *compile_error = NULL;
	hs_error_t rc;

	lexicon->unique_len = g_new(gsize, n);
	lexicon->bounds = g_new0(guint8, n);
	for (guint u = 0; u < n; u++) {
		const char *term = lexicon->terms[lexicon->first[u]];
		gsize len = strlen(term);

		lits[u] = term;
		ids[u] = u;
		lexicon->unique_len[u] = len;
		if (is_word_byte((guchar)term[0]))
			lexicon->bounds[u] |= SG_BOUND_START;
		if (is_word_byte((guchar)term[len - 1]))
			lexicon->bounds[u] |= SG_BOUND_END;
	}
	rc = hs_compile_lit_multi(lits, NULL, ids, lexicon->unique_len, n,
				  HS_MODE_BLOCK, NULL, &lexicon->db,
				  &compile_error);
	if (rc != HS_SUCCESS) {
		int at = compile_error != NULL ? compile_error->expression : -1;

		if (at >= 0 && (guint)at < n)
			g_set_error(error, SG_LEXICON_ERROR,
				    SG_LEXICON_ERROR_COMPILE,
				    "term %u \"%s\": %s",
				    lexicon->first[at], lits[at],
				    compile_error->message);
		else
			g_set_error(error, SG_LEXICON_ERROR,
				    SG_LEXICON_ERROR_COMPILE,
				    "cannot compile %u terms: %s", n,
				    compile_error != NULL
					    ? compile_error->message
					    : "unknown error");
		hs_free_compile_error(compile_error);
		return false;
	}
	rc = hs_alloc_scratch(lexicon->db, &lexicon->proto);
	if (rc != HS_SUCCESS) {
		g_set_error(error, SG_LEXICON_ERROR, SG_LEXICON_ERROR_COMPILE,
			    "cannot allocate scan space (vectorscan error %d)",
			    rc);
		return false;
	}
	return true;
}

SgLexicon *
sg_lexicon_new(const char *const *terms, guint n_terms, GError **error)
{
	g_return_val_if_fail(terms != NULL || n_terms == 0, NULL);
	g_return_val_if_fail(error == NULL || *error == NULL, NULL);

	g_autoptr(SgLexicon) lexicon = g_new0(SgLexicon, 1);

	g_atomic_ref_count_init(&lexicon->ref_count);
	for (guint i = 0; i < n_terms; i++) {
		g_return_val_if_fail(terms[i] != NULL, NULL);
		/* Terms come from configuration, normalized: one made only of
		 * characters that normalization drops ends up empty. */
		if (terms[i][0] == '\0') {
			g_set_error(error, SG_LEXICON_ERROR,
				    SG_LEXICON_ERROR_COMPILE,
				    "term %u is empty", i);
			return NULL;
		}
	}
	copy_terms(lexicon, terms, n_terms);
	if (n_terms == 0)
		return g_steal_pointer(&lexicon);
	lexicon_dedupe(lexicon);
	if (!lexicon_compile(lexicon, error))
		return NULL;
	return g_steal_pointer(&lexicon);
}

SgLexicon *
sg_lexicon_ref(SgLexicon *lexicon)
{
	g_return_val_if_fail(lexicon != NULL, NULL);

	g_atomic_ref_count_inc(&lexicon->ref_count);
	return lexicon;
}

void
sg_lexicon_unref(SgLexicon *lexicon)
{
	if (lexicon != NULL && g_atomic_ref_count_dec(&lexicon->ref_count))
		lexicon_free(lexicon);
}

guint
sg_lexicon_get_n_terms(const SgLexicon *lexicon)
{
	g_return_val_if_fail(lexicon != NULL, 0);

	return lexicon->n_terms;
}

const char *
sg_lexicon_get_term(const SgLexicon *lexicon, guint index)
{
	g_return_val_if_fail(lexicon != NULL, NULL);
	g_return_val_if_fail(index < lexicon->n_terms, NULL);

	return lexicon->terms[index];
}

/* Cloning never touches the database, so any number of threads may do it
 * at once from the shared prototype.  Fails only for lack of memory, which
 * aborts as g_malloc() does. */
static hs_scratch_t *
scratch_clone(const SgLexicon *lexicon)
{
	hs_scratch_t *hs = NULL;

	if (lexicon == NULL || lexicon->proto == NULL)
		return NULL;
	if (hs_clone_scratch(lexicon->proto, &hs) != HS_SUCCESS)
		g_error("vectorscan: out of memory for scan space");
	return hs;
}

SgLexiconScratch *
sg_lexicon_scratch_new(const SgLexicon *lexicon)
{
	SgLexiconScratch *scratch = g_new0(SgLexiconScratch, 1);

	scratch->hs = scratch_clone(lexicon);
	if (lexicon != NULL)
		scratch->grown_for = sg_lexicon_ref((SgLexicon *)lexicon);
	return scratch;
}

void
sg_lexicon_scratch_free(SgLexiconScratch *scratch)
{
	if (scratch == NULL)
		return;
	g_clear_pointer(&scratch->hs, hs_free_scratch);
	g_clear_pointer(&scratch->grown_for, sg_lexicon_unref);
	g_free(scratch);
}

/* Makes @scratch fit @lexicon too.  hs_alloc_scratch() keeps it valid for
 * every database it was grown for before, and is cheap when it already
 * fits. */
static bool
scratch_fit(SgLexiconScratch *scratch, const SgLexicon *lexicon,
	    GError **error)
{
	hs_error_t rc;

	if (scratch->grown_for == lexicon)
		return true;
	rc = hs_alloc_scratch(lexicon->db, &scratch->hs);
	if (rc != HS_SUCCESS) {
		g_set_error(error, SG_LEXICON_ERROR, SG_LEXICON_ERROR_SCAN,
			    "cannot grow scan space (vectorscan error %d)",
			    rc);
		return false;
	}
	g_clear_pointer(&scratch->grown_for, sg_lexicon_unref);
	scratch->grown_for = sg_lexicon_ref((SgLexicon *)lexicon);
	return true;
}

static int
on_match(unsigned int id, G_GNUC_UNUSED unsigned long long from,
	 unsigned long long to, G_GNUC_UNUSED unsigned int flags, void *ctx)
{
	const SgLexiconRun *run = ctx;
	const SgLexicon *lexicon = run->lexicon;
	gsize end = (gsize)to;
	gsize start = end - lexicon->unique_len[id];

	if ((lexicon->bounds[id] & SG_BOUND_START) && start > 0 &&
	    is_word_byte(run->text[start - 1]))
		return 0;
	if ((lexicon->bounds[id] & SG_BOUND_END) && end < run->len &&
	    is_word_byte(run->text[end]))
		return 0;
	for (guint i = lexicon->first[id]; i != SG_LEXICON_NONE;
	     i = lexicon->next_same[i])
		if (!run->func(i, start, end, run->user_data))
			return 1;
	return 0;
}

bool
sg_lexicon_scan(const SgLexicon *lexicon, SgLexiconScratch *scratch,
		const char *text, gsize len, SgLexiconMatchFunc func,
		gpointer user_data, GError **error)
{
	g_return_val_if_fail(lexicon != NULL, false);
	g_return_val_if_fail(text != NULL || len == 0, false);
	g_return_val_if_fail(func != NULL, false);
	g_return_val_if_fail(error == NULL || *error == NULL, false);

	SgLexiconRun run = {
		.lexicon = lexicon,
		.text = (const guchar *)(text != NULL ? text : ""),
		.len = len,
		.func = func,
		.user_data = user_data,
	};
	hs_scratch_t *temporary = NULL;
	hs_scratch_t *hs;
	hs_error_t rc;

	if (lexicon->db == NULL || len == 0)
		return true;
	if (len > G_MAXUINT) {
		g_set_error(error, SG_LEXICON_ERROR, SG_LEXICON_ERROR_SCAN,
			    "text of %" G_GSIZE_FORMAT " bytes is too long "
			    "to scan", len);
		return false;
	}
	if (scratch != NULL) {
		if (!scratch_fit(scratch, lexicon, error))
			return false;
		hs = scratch->hs;
	} else {
		hs = temporary = scratch_clone(lexicon);
	}
	rc = hs_scan(lexicon->db, (const char *)run.text, (unsigned int)len,
		     0, hs, on_match, &run);
	hs_free_scratch(temporary);
	if (rc != HS_SUCCESS && rc != HS_SCAN_TERMINATED) {
		g_set_error(error, SG_LEXICON_ERROR, SG_LEXICON_ERROR_SCAN,
			    "scan failed (vectorscan error %d)", rc);
		return false;
	}
	return true;
}
