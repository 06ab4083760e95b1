/* snsgate: the command-line edge of the library.  It dispatches to a
 * subcommand, installs the one log writer (stderr) and maps library errors
 * to exit statuses; every decision is made in src/lib.
 */
#include "config.h"

#include "cli.h"

#include <gmime/gmime.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

static const char usage[] =
	"usage: snsgate COMMAND [OPTIONS]\n"
	"\n"
	"commands:\n"
	"  check [--config FILE] [--account NAME] [--format text|json]\n"
	"        [--lang ja|en] FILE.eml|- ...\n"
	"                       check drafts against the guideline\n"
	"  config test [--config FILE]\n"
	"                       check the configuration and every rule\n"
	"  queue list [--all] | queue show TICKET\n"
	"                       approval requests in the store\n"
	"  audit [--since WHEN] the audit log\n"
	"  stats [--since WHEN] per-account figures\n"
	"  expire [--dry-run]   remind and expire pending requests\n"
	"  version              print the version\n"
	"\n"
	"snsgate check exits 0 when no draft is blocked, 1 when any is, 2 on\n"
	"an error.  See snsgate(1).\n";

void
sg_cli_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	g_autofree char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	fprintf(stderr, "snsgate: %s\n", msg);
}

/* The CLI's log writer: warnings and errors on stderr, the rest only with
 * G_MESSAGES_DEBUG (GLib's own filter, applied in the default writer). */
static GLogWriterOutput
cli_log_writer(GLogLevelFlags level, const GLogField *fields, gsize n_fields,
	       gpointer user_data)
{
	if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL |
		     G_LOG_LEVEL_WARNING)) {
		for (gsize i = 0; i < n_fields; i++)
			if (strcmp(fields[i].key, "MESSAGE") == 0)
				fprintf(stderr, "snsgate: %s\n",
					(const char *)fields[i].value);
		return G_LOG_WRITER_HANDLED;
	}
	return g_log_writer_default(level, fields, n_fields, user_data);
}

SgConfig *
sg_cli_load_config(const char *path, GPtrArray **problems, GError **error)
{
	if (path == NULL)
		path = g_getenv("SNSGATE_CONFIG");
	if (path == NULL) {
		if (!g_file_test(SG_CONFIG_DEFAULT_PATH, G_FILE_TEST_EXISTS)) {
			if (problems)
				*problems = NULL;
			return sg_config_new_default();
		}
		path = SG_CONFIG_DEFAULT_PATH;
	}
	return sg_config_load(path, problems, error);
}

int
main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	g_log_set_writer_func(cli_log_writer, NULL, NULL);

	if (argc < 2) {
		fputs(usage, stderr);
		return SG_EXIT_ERROR;
	}
	const char *command = argv[1];
	if (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0 ||
	    strcmp(command, "help") == 0) {
		fputs(usage, stdout);
		return SG_EXIT_OK;
	}
	if (strcmp(command, "version") == 0 ||
	    strcmp(command, "--version") == 0) {
		printf("snsgate %s\n", PACKAGE_VERSION);
		return SG_EXIT_OK;
	}

	g_mime_init();
	int status;
	if (strcmp(command, "check") == 0) {
		status = sg_cli_check(argc - 1, argv + 1);
	} else if (strcmp(command, "config") == 0) {
		status = sg_cli_config(argc - 1, argv + 1);
	} else if (strcmp(command, "queue") == 0) {
		status = sg_cli_queue(argc - 1, argv + 1);
	} else if (strcmp(command, "audit") == 0) {
		status = sg_cli_audit(argc - 1, argv + 1);
	} else if (strcmp(command, "stats") == 0) {
		status = sg_cli_stats(argc - 1, argv + 1);
	} else if (strcmp(command, "expire") == 0) {
		status = sg_cli_expire(argc - 1, argv + 1);
	} else {
		sg_cli_error("unknown command '%s'; try snsgate --help",
			     command);
		status = SG_EXIT_ERROR;
	}
	g_mime_shutdown();
	return status;
}
