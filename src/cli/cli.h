/* The snsgate command's subcommands and what they share: loading the
 * configuration and rules the way every subcommand does, and the stderr log
 * writer.  Each subcommand lives in its own file and returns the exit
 * status.
 */
#ifndef SNSGATE_CLI_H
#define SNSGATE_CLI_H

#include <glib.h>
#include <snsgate/config.h>
#include <snsgate/rules.h>

/* Exit statuses of the `snsgate check` contract. */
enum {
	SG_EXIT_OK = 0,
	SG_EXIT_BLOCKED = 1,
	SG_EXIT_ERROR = 2,
};

int sg_cli_check(int argc, char **argv);
int sg_cli_config(int argc, char **argv);
int sg_cli_queue(int argc, char **argv);
int sg_cli_audit(int argc, char **argv);
int sg_cli_stats(int argc, char **argv);
int sg_cli_expire(int argc, char **argv);

/**
 * sg_cli_load_config:
 * @path: (nullable): --config, or NULL for $SNSGATE_CONFIG, then the
 *   installed file
 *
 * Returns: (transfer full) (nullable): the configuration, or NULL with
 * @error set.
 */
SgConfig *sg_cli_load_config(const char *path, GPtrArray **problems,
			     GError **error);

/* Prints "snsgate: MESSAGE" on stderr. */
void sg_cli_error(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

#endif
