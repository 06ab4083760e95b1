/* `snsgate config test`: loads the configuration and every rule and prints
 * each problem with file and line, like `postfix check` or `nginx -t`.
 * Exit 0 when everything loads, 2 on any error.
 */
#include "config.h"

#include "cli.h"

#include <stdio.h>
#include <string.h>

static void
print_problems(GPtrArray *problems)
{
	for (guint i = 0; problems && i < problems->len; i++)
		fprintf(stderr, "%s\n",
			(const char *)g_ptr_array_index(problems, i));
}

int
sg_cli_config(int argc, char **argv)
{
	g_autofree char *config_path = NULL;
	const GOptionEntry entries[] = {
		{"config", 'c', 0, G_OPTION_ARG_FILENAME, &config_path,
		 "configuration file", "FILE"},
		{NULL},
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("test");
	g_autoptr(GError) error = NULL;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_summary(ctx, "Check the configuration and rules.");
	if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
		sg_cli_error("%s", error->message);
		return SG_EXIT_ERROR;
	}
	if (argc != 2 || strcmp(argv[1], "test") != 0) {
		sg_cli_error("usage: snsgate config test [--config FILE]");
		return SG_EXIT_ERROR;
	}

	g_autoptr(GPtrArray) problems = NULL;
	g_autoptr(SgConfig) config =
		sg_cli_load_config(config_path, &problems, &error);
	print_problems(problems);
	if (config == NULL) {
		sg_cli_error("%s", error->message);
		return SG_EXIT_ERROR;
	}

	g_autoptr(GPtrArray) rule_problems = NULL;
	SgRuleSet *rules =
		sg_rule_set_load(config, NULL, &rule_problems, &error);
	print_problems(rule_problems);
	if (rules == NULL) {
		sg_cli_error("%s", error->message);
		return SG_EXIT_ERROR;
	}
	printf("snsgate: configuration %s is OK: %u accounts, %u rules\n",
	       sg_config_get_path(config) ? sg_config_get_path(config)
					  : "(built-in defaults)",
	       sg_config_get_accounts(config)->len,
	       sg_rule_set_get_n_rules(rules));
	sg_rule_set_unref(rules);
	return SG_EXIT_OK;
}
