/* Internals of config.c that rules.c shares: the line index that gives
 * GKeyFile's groups and keys the line numbers it does not keep.
 */
#ifndef SNSGATE_CONFIG_PRIVATE_H
#define SNSGATE_CONFIG_PRIVATE_H

#include <glib.h>

/**
 * sg_keyfile_index_lines:
 * @contents: the key file's text
 *
 * Returns: (transfer full): "group" and "group\x1fkey" → line (1-based, as
 * GUINT_TO_POINTER); look keys up with sg_keyfile_line().
 */
GHashTable *sg_keyfile_index_lines(const char *contents);

/** Returns: the line of @key in @group (or of @group when @key is NULL or
 * not written), 0 when unknown. */
guint sg_keyfile_line(GHashTable *lines, const char *group, const char *key);

#endif
