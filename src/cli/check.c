/* `snsgate check`: parses each draft, runs the rules and prints a report per
 * input, as text for people or as one JSON object per line (DESIGN §3).
 * Exit 0 when no input is blocked, 1 when any is, 2 on a usage, config or
 * input error; every input is still checked when one fails.
 */
#include "config.h"

#include "cli.h"

#include <snsgate/draft.h>
#include <snsgate/report.h>
#include <snsgate/verdict.h>

#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct {
	SgConfig *config;
	SgRuleSet *rules;
	const char *account_name;
	bool json;
	SgLang lang;
} SgCheckOptions;

static bool
read_input(const char *name, char **data, gsize *len, GError **error)
{
	if (strcmp(name, "-") != 0)
		return g_file_get_contents(name, data, len, error);

	GByteArray *buf = g_byte_array_new();
	guint8 chunk[65536];
	ssize_t n;
	while ((n = read(STDIN_FILENO, chunk, sizeof chunk)) > 0)
		g_byte_array_append(buf, chunk, (guint)n);
	if (n < 0) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_IO,
			    "cannot read standard input");
		g_byte_array_unref(buf);
		return false;
	}
	*len = buf->len;
	g_byte_array_append(buf, (const guint8 *)"", 1);
	*data = (char *)g_byte_array_free(buf, FALSE);
	return true;
}

/* Returns the exit status for this one input. */
static int
check_one(const SgCheckOptions *opts, const char *name)
{
	g_autofree char *data = NULL;
	gsize len = 0;
	g_autoptr(GError) error = NULL;

	if (!read_input(name, &data, &len, &error)) {
		sg_cli_error("%s: %s", name, error->message);
		return SG_EXIT_ERROR;
	}
	SgDraftLimits limits = {
		.max_message_bytes = (gsize)sg_config_get_int(
			opts->config, "limits", "max_message_size"),
		.max_depth = (guint)sg_config_get_int(opts->config, "limits",
						      "max_mime_depth"),
		.max_parts = (guint)sg_config_get_int(opts->config, "limits",
						      "max_mime_parts"),
	};
	SgDraft *draft = sg_draft_new_from_data(data, len, &limits, &error);
	if (draft == NULL) {
		sg_cli_error("%s: %s", name, error->message);
		return SG_EXIT_ERROR;
	}

	const SgAccount *account = NULL;
	if (opts->account_name != NULL) {
		account = sg_config_get_account(opts->config,
						opts->account_name);
	} else {
		GPtrArray *rcpts = sg_draft_get_recipients(draft);
		g_autoptr(GPtrArray) list = g_ptr_array_sized_new(rcpts->len + 1);
		for (guint i = 0; i < rcpts->len; i++)
			g_ptr_array_add(list, g_ptr_array_index(rcpts, i));
		g_ptr_array_add(list, NULL);
		account = sg_config_find_account(
			opts->config, (const char *const *)list->pdata,
			sg_draft_get_from(draft));
	}

	SgCheckContext context = {.config = opts->config, .account = account};
	g_autoptr(GPtrArray) findings =
		sg_rule_set_check(opts->rules, draft, &context, &error);
	if (findings == NULL) {
		sg_cli_error("%s: %s", name, error->message);
		sg_draft_free(draft);
		return SG_EXIT_ERROR;
	}
	SgReport report = {
		.file = name,
		.account = account ? account->name : NULL,
		.verdict = sg_verdict_from_findings(findings),
		.findings = findings,
		.notes = sg_draft_get_notes(draft),
	};
	g_autofree char *out = opts->json
				       ? sg_report_render_json(&report,
							       opts->lang)
				       : sg_report_render_text(&report,
							       opts->lang);
	fputs(out, stdout);
	fflush(stdout);
	sg_draft_free(draft);
	return report.verdict == SG_VERDICT_BLOCK ? SG_EXIT_BLOCKED
						  : SG_EXIT_OK;
}

int
sg_cli_check(int argc, char **argv)
{
	g_autofree char *config_path = NULL;
	g_autofree char *account = NULL;
	g_autofree char *format = NULL;
	g_autofree char *lang = NULL;
	g_autofree char *rules_dir = NULL;
	const GOptionEntry entries[] = {
		{"config", 'c', 0, G_OPTION_ARG_FILENAME, &config_path,
		 "configuration file", "FILE"},
		{"account", 'a', 0, G_OPTION_ARG_STRING, &account,
		 "check for this account (default: from the recipient)",
		 "NAME"},
		{"format", 'f', 0, G_OPTION_ARG_STRING, &format,
		 "output format: text (default) or json", "FORMAT"},
		{"lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
		 "report language: ja (default) or en", "LANG"},
		{"rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_dir,
		 "rules directory (default: from the configuration)", "DIR"},
		{NULL},
	};
	g_autoptr(GOptionContext) ctx =
		g_option_context_new("FILE.eml|- ...");
	g_autoptr(GError) error = NULL;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_summary(ctx,
				     "Check drafts against the guideline.");
	if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
		sg_cli_error("%s", error->message);
		return SG_EXIT_ERROR;
	}
	if (argc < 2) {
		sg_cli_error("no input; give FILE.eml or - for standard "
			     "input");
		return SG_EXIT_ERROR;
	}
	SgCheckOptions opts = {.lang = SG_LANG_JA};
	if (format != NULL && strcmp(format, "json") != 0 &&
	    strcmp(format, "text") != 0) {
		sg_cli_error("--format %s: use text or json", format);
		return SG_EXIT_ERROR;
	}
	opts.json = format != NULL && strcmp(format, "json") == 0;
	if (lang != NULL && !sg_lang_from_string(lang, &opts.lang)) {
		sg_cli_error("--lang %s: use ja or en", lang);
		return SG_EXIT_ERROR;
	}

	g_autoptr(GPtrArray) problems = NULL;
	g_autoptr(SgConfig) config =
		sg_cli_load_config(config_path, &problems, &error);
	if (config == NULL) {
		const char *first = problems && problems->len
					    ? g_ptr_array_index(problems, 0)
					    : error->message;
		sg_cli_error("configuration: %s%s", first,
			     problems && problems->len > 1
				     ? " (snsgate config test lists all)"
				     : "");
		return SG_EXIT_ERROR;
	}
	if (account != NULL && sg_config_get_account(config, account) == NULL) {
		sg_cli_error("--account %s: no [account.%s] in the "
			     "configuration",
			     account, account);
		return SG_EXIT_ERROR;
	}
	g_autoptr(GPtrArray) rule_problems = NULL;
	SgRuleSet *rules =
		sg_rule_set_load(config, rules_dir, &rule_problems, &error);
	if (rules == NULL) {
		const char *first =
			rule_problems && rule_problems->len
				? g_ptr_array_index(rule_problems, 0)
				: error->message;
		sg_cli_error("rules: %s%s", first,
			     rule_problems && rule_problems->len > 1
				     ? " (snsgate config test lists all)"
				     : "");
		return SG_EXIT_ERROR;
	}
	opts.config = config;
	opts.rules = rules;
	opts.account_name = account;

	int status = SG_EXIT_OK;
	for (int i = 1; i < argc; i++) {
		int one = check_one(&opts, argv[i]);
		if (one > status)
			status = one;
	}
	sg_rule_set_unref(rules);
	return status;
}
