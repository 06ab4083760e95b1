/* What the three libFuzzer targets share: finding the source tree (for the
 * shipped conf/snsgate.conf and its rules), one-time GMime and log set-up,
 * and a few invariant checks that abort on violation so libFuzzer records
 * them as crashes.
 *
 * The source tree is found, in order, from $SG_TOP_SRCDIR, from where this
 * file was compiled (__FILE__, absolute or relative to the build tree), from
 * the binary's own directory (an in-tree build) and from abs_top_srcdir in
 * the build tree's Makefile.  Not part of the library; header-only so that
 * Makefile.am needs one source file per target.  Single-threaded, as
 * libFuzzer runs its callback.
 */
#ifndef SNSGATE_FUZZ_COMMON_H
#define SNSGATE_FUZZ_COMMON_H

#include "config.h"

#include <gmime/gmime.h>
#include <glib.h>
#include <glib/gstdio.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <snsgate/config.h>
#include <snsgate/draft.h>
#include <snsgate/rules.h>

static inline bool
sg_fuzz_is_top(const char *dir)
{
	g_autofree char *conf =
		g_build_filename(dir, "conf", "snsgate.conf", NULL);

	return g_file_test(conf, G_FILE_TEST_IS_REGULAR);
}

/* The directory holding the running binary (the build tree's fuzz/). */
static inline char *
sg_fuzz_exe_dir(void)
{
	g_autofree char *exe = g_file_read_link("/proc/self/exe", NULL);

	return exe != NULL ? g_path_get_dirname(exe) : g_get_current_dir();
}

/* abs_top_srcdir from the build tree's Makefile (a VPATH build). */
static inline char *
sg_fuzz_srcdir_from_makefile(const char *build_top)
{
	g_autofree char *makefile = g_build_filename(build_top, "Makefile",
						     NULL);
	g_autofree char *contents = NULL;
	g_auto(GStrv) lines = NULL;

	if (!g_file_get_contents(makefile, &contents, NULL, NULL))
		return NULL;
	lines = g_strsplit(contents, "\n", -1);
	for (guint i = 0; lines[i] != NULL; i++) {
		if (g_str_has_prefix(lines[i], "abs_top_srcdir = "))
			return g_strstrip(g_strdup(lines[i] + 17));
	}
	return NULL;
}

/* Returns: (transfer full): the source tree, or aborts with a message. */
static inline char *
sg_fuzz_top_srcdir(void)
{
	const char *env = g_getenv("SG_TOP_SRCDIR");
	g_autofree char *exe_dir = sg_fuzz_exe_dir();
	g_autofree char *build_top = g_path_get_dirname(exe_dir);
	g_autofree char *file_dir = g_path_get_dirname(__FILE__);
	char *candidate;

	if (env != NULL && *env != '\0') {
		if (sg_fuzz_is_top(env))
			return g_strdup(env);
		fprintf(stderr, "fuzz: SG_TOP_SRCDIR=%s has no "
			"conf/snsgate.conf\n", env);
		abort();
	}
	/* __FILE__ is srcdir/fuzz/fuzz-common.h as the compiler saw it. */
	if (g_path_is_absolute(file_dir))
		candidate = g_build_filename(file_dir, "..", NULL);
	else
		candidate = g_build_filename(build_top, file_dir, "..", NULL);
	if (sg_fuzz_is_top(candidate))
		return candidate;
	g_free(candidate);
	if (sg_fuzz_is_top(build_top))
		return g_strdup(build_top);
	candidate = sg_fuzz_srcdir_from_makefile(build_top);
	if (candidate != NULL && sg_fuzz_is_top(candidate))
		return candidate;
	g_free(candidate);
	fprintf(stderr, "fuzz: cannot find the source tree; set "
		"SG_TOP_SRCDIR to the directory holding conf/snsgate.conf\n");
	abort();
}

/* Library and GLib messages: criticals are programmer errors and must be
 * crashes; everything else is dropped so the fuzzer's output stays quiet.
 * SG_FUZZ_VERBOSE=1 keeps them. */
static void
sg_fuzz_log(const char *domain, GLogLevelFlags level, const char *message,
	    gpointer user_data)
{
	(void)user_data;
	if ((level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR)) != 0 ||
	    g_getenv("SG_FUZZ_VERBOSE") != NULL)
		fprintf(stderr, "fuzz: %s: %s\n", domain ? domain : "-",
			message);
	if ((level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR)) != 0)
		abort();
}

static inline void
sg_fuzz_init_common(void)
{
	g_mime_init();
	g_log_set_default_handler(sg_fuzz_log, NULL);
	g_log_set_always_fatal(G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL);
}

/* Loads the shipped configuration and rules, or aborts. */
static inline void
sg_fuzz_load_shipped(const char *top, SgConfig **config, SgRuleSet **rules)
{
	g_autofree char *path =
		g_build_filename(top, "conf", "snsgate.conf", NULL);
	g_autoptr(GPtrArray) problems = NULL;
	g_autoptr(GError) error = NULL;

	*config = sg_config_load(path, &problems, &error);
	if (*config == NULL) {
		fprintf(stderr, "fuzz: %s: %s\n", path, error->message);
		abort();
	}
	if (rules == NULL)
		return;
	g_clear_pointer(&problems, g_ptr_array_unref);
	*rules = sg_rule_set_load(*config, NULL, &problems, &error);
	if (*rules == NULL) {
		fprintf(stderr, "fuzz: rules: %s\n", error->message);
		abort();
	}
}

/* The configured limits, as the CLI and the milter use them. */
static inline SgDraftLimits
sg_fuzz_limits(const SgConfig *config)
{
	SgDraftLimits limits = {
		.max_message_bytes = (gsize)sg_config_get_int(
			config, "limits", "max_message_size"),
		.max_depth = (guint)sg_config_get_int(config, "limits",
						      "max_mime_depth"),
		.max_parts = (guint)sg_config_get_int(config, "limits",
						      "max_mime_parts"),
	};
	return limits;
}

/* An invariant the code promises; a violation is a crash for libFuzzer. */
#define SG_FUZZ_ASSERT(cond)                                                  \
	do {                                                                  \
		if (!(cond)) {                                                \
			fprintf(stderr, "fuzz: %s:%d: invariant failed: %s\n", \
				__FILE__, __LINE__, #cond);                   \
			abort();                                              \
		}                                                             \
	} while (0)

/* Every piece of a draft is valid UTF-8 of its stated length. */
static inline void
sg_fuzz_check_draft(const SgDraft *draft)
{
	GPtrArray *pieces = sg_draft_get_pieces(draft);
	GPtrArray *links = sg_draft_get_links(draft);
	GPtrArray *notes = sg_draft_get_notes(draft);

	SG_FUZZ_ASSERT(pieces->len >= 1);
	for (guint i = 0; i < pieces->len; i++) {
		const SgTextPiece *p = g_ptr_array_index(pieces, i);

		SG_FUZZ_ASSERT(p->text != NULL);
		SG_FUZZ_ASSERT(strlen(p->text) == p->len);
		SG_FUZZ_ASSERT(p->post_len <= p->len);
		SG_FUZZ_ASSERT(g_utf8_validate(p->text, (gssize)p->len,
					       NULL));
	}
	for (guint i = 0; i < links->len; i++) {
		const SgLink *l = g_ptr_array_index(links, i);
		const SgTextPiece *p;

		SG_FUZZ_ASSERT(l->href != NULL);
		SG_FUZZ_ASSERT(l->piece < pieces->len);
		p = g_ptr_array_index(pieces, l->piece);
		SG_FUZZ_ASSERT(l->offset <= p->len);
		SG_FUZZ_ASSERT(l->length <= p->len - l->offset);
	}
	for (guint i = 0; i < notes->len; i++) {
		const char *n = g_ptr_array_index(notes, i);

		SG_FUZZ_ASSERT(g_utf8_validate(n, -1, NULL));
		SG_FUZZ_ASSERT(strchr(n, '\n') == NULL);
	}
	(void)sg_draft_get_subject(draft);
	(void)sg_draft_get_from(draft);
	(void)sg_draft_get_recipients(draft);
	(void)sg_draft_get_date(draft);
	(void)sg_draft_get_attachments(draft);
	(void)sg_draft_get_header(draft, "Subject");
}

#endif
