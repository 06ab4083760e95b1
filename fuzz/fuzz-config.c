/* libFuzzer target: the administrator-written files, as bytes.  Each input
 * is written to a temporary snsgate.conf and loaded with sg_config_load
 * (every getter is then exercised on what loaded), and written again as
 * the only file of a temporary rules directory and loaded with
 * sg_rule_set_load against the shipped configuration (so a fuzzed rule can
 * name the shipped lexicon and pattern files); a rule set that loads is run
 * over a fixed draft.  A configuration is trusted input, but a typo must
 * give a message, never a crash, a hang or a rule set that crashes later.
 * Aborts when a load fails without a problem or an error message.  The
 * temporary directory lives under $TMPDIR and is removed at exit.
 */
#include "fuzz-common.h"

#include <snsgate/verdict.h>

static SgConfig *shipped;
static SgDraft *sample;
static char *tmp_dir;
static char *conf_path;
static char *rules_dir;
static char *rules_path;

static const char sample_message[] =
	"From: koho-tanto1@city.chiyoda.lg.jp\r\n"
	"To: sns-approval+x@city.chiyoda.lg.jp\r\n"
	"Subject: =?UTF-8?B?44CQ5pel5LuY44CR44Kk44OZ44Oz44OI44Gu44GK55+l44KJ44Gb?=\r\n"
	"Date: Tue, 19 May 2026 10:00:00 +0900\r\n"
	"MIME-Version: 1.0\r\n"
	"Content-Type: text/plain; charset=UTF-8\r\n"
	"Content-Transfer-Encoding: 8bit\r\n"
	"\r\n"
	"5月20日（月・祝）10時から区役所で説明会を開きます。\r\n"
	"詳しくは https://www.city.chiyoda.lg.jp/ または bit.ly/abc へ。\r\n"
	"問合せ 03-3264-2111、担当 山田太郎 090-1234-5678。\r\n"
	"あの業者は詐欺師だ。ばかなことを言うな。〇〇時〇〇分集合（仮）。\r\n"
	"#千代田区 #イベント @someone\r\n";

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
cleanup(void)
{
	if (rules_path != NULL)
		g_unlink(rules_path);
	if (rules_dir != NULL)
		g_rmdir(rules_dir);
	if (conf_path != NULL)
		g_unlink(conf_path);
	if (tmp_dir != NULL)
		g_rmdir(tmp_dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	g_autofree char *top = NULL;
	g_autoptr(GError) error = NULL;

	(void)argc;
	(void)argv;
	sg_fuzz_init_common();
	top = sg_fuzz_top_srcdir();
	sg_fuzz_load_shipped(top, &shipped, NULL);
	tmp_dir = g_dir_make_tmp("snsgate-fuzz-config-XXXXXX", &error);
	if (tmp_dir == NULL) {
		fprintf(stderr, "fuzz: %s\n", error->message);
		abort();
	}
	conf_path = g_build_filename(tmp_dir, "snsgate.conf", NULL);
	rules_dir = g_build_filename(tmp_dir, "rules.d", NULL);
	rules_path = g_build_filename(rules_dir, "10-fuzz.conf", NULL);
	if (g_mkdir(rules_dir, 0700) != 0)
		abort();
	atexit(cleanup);
	sample = sg_draft_new_from_data(sample_message,
					sizeof sample_message - 1, NULL,
					&error);
	if (sample == NULL)
		abort();
	return 0;
}

static void
write_or_die(const char *path, const uint8_t *data, size_t size)
{
	g_autoptr(GError) error = NULL;

	if (!g_file_set_contents(path, (const char *)data, (gssize)size,
				 &error)) {
		fprintf(stderr, "fuzz: %s\n", error->message);
		abort();
	}
}

/* Every problem is a non-empty "FILE:LINE: ..." string; the
 * configuration's are valid UTF-8 even when the file is not (config.c
 * cleans them).  Rule-file problems may still quote invalid bytes (see
 * doc/FUZZING.md). */
static void
check_problems(GPtrArray *problems, bool utf8)
{
	for (guint i = 0; problems != NULL && i < problems->len; i++) {
		const char *p = g_ptr_array_index(problems, i);

		SG_FUZZ_ASSERT(p != NULL && *p != '\0');
		if (utf8)
			SG_FUZZ_ASSERT(g_utf8_validate(p, -1, NULL));
	}
}

static void
exercise_config(const SgConfig *config)
{
	static const char *const allow_keys[] = {"phones", "domains",
						 "emails", "nope"};
	GPtrArray *accounts = sg_config_get_accounts(config);
	g_autoptr(GPtrArray) rcpts = g_ptr_array_new_with_free_func(g_free);
	const char *approval;

	for (guint i = 0; i < sg_config_schema_size(); i++) {
		const char *group, *key, *doc;

		sg_config_schema_get(i, &group, &key, &doc);
		SG_FUZZ_ASSERT(sg_config_get_string(config, group, key) !=
			       NULL);
		(void)sg_config_get_int(config, group, key);
	}
	for (gsize i = 0; i < G_N_ELEMENTS(allow_keys); i++) {
		const char *const *list =
			sg_config_get_allow_list(config, allow_keys[i]);

		SG_FUZZ_ASSERT(list != NULL);
	}
	approval = sg_config_get_string(config, "gateway", "approval_address");
	g_ptr_array_add(rcpts, g_strdup(approval));
	for (guint i = 0; i < accounts->len; i++) {
		const SgAccount *a = g_ptr_array_index(accounts, i);
		const char *at = strrchr(approval, '@');
		g_autofree char *local = g_strndup(
			approval, at ? (gsize)(at - approval) : strlen(approval));
		char *addr = g_strdup_printf(
			"%s%s%s%s", local,
			sg_config_get_string(config, "gateway",
					     "recipient_delimiter"),
			a->name, at ? at : "");

		SG_FUZZ_ASSERT(a->name != NULL);
		SG_FUZZ_ASSERT(a->officers != NULL && a->operators != NULL &&
			       a->publish_to != NULL);
		SG_FUZZ_ASSERT(sg_config_get_account(config, a->name) != NULL);
		(void)sg_config_account_for_address(config, addr);
		g_ptr_array_add(rcpts, addr);
	}
	g_ptr_array_add(rcpts, NULL);
	for (guint i = 0; i < accounts->len; i++) {
		const SgAccount *a = g_ptr_array_index(accounts, i);

		for (guint j = 0; a->operators[j] != NULL; j++)
			(void)sg_config_find_account(
				config, (const char *const *)rcpts->pdata,
				a->operators[j]);
	}
	(void)sg_config_find_account(config, (const char *const *)rcpts->pdata,
				     NULL);
	(void)sg_config_get_path(config);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* As a configuration file. */
	{
		g_autoptr(GPtrArray) problems = NULL;
		g_autoptr(GError) error = NULL;
		g_autoptr(SgConfig) config = NULL;

		write_or_die(conf_path, data, size);
		config = sg_config_load(conf_path, &problems, &error);
		check_problems(problems, true);
		if (config == NULL)
			SG_FUZZ_ASSERT(error != NULL);
		else
			exercise_config(config);
	}
	/* As a rules file, against the shipped lexicons. */
	{
		g_autoptr(GPtrArray) problems = NULL;
		g_autoptr(GError) error = NULL;
		SgRuleSet *rules;

		write_or_die(rules_path, data, size);
		rules = sg_rule_set_load(shipped, rules_dir, &problems, &error);
		check_problems(problems, false);
		if (rules == NULL) {
			SG_FUZZ_ASSERT(error != NULL);
			return 0;
		}
		for (int i = 0; i < 2; i++) {
			g_autoptr(GPtrArray) findings = NULL;
			g_autoptr(GError) check_error = NULL;
			GPtrArray *accounts = sg_config_get_accounts(shipped);
			SgCheckContext context = {
				.config = shipped,
				.account = accounts->len > 0
						   ? g_ptr_array_index(accounts,
								       0)
						   : NULL,
				.self_check = i == 1,
			};

			findings = sg_rule_set_check(rules, sample, &context,
						     &check_error);
			if (findings == NULL)
				SG_FUZZ_ASSERT(check_error != NULL);
			else
				(void)sg_verdict_from_findings(findings);
		}
		sg_rule_set_unref(rules);
	}
	return 0;
}
