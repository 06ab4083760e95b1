/* Check suite for config.c: a valid file loads with every type converted
 * and paths resolved; a bad file reports every problem with its line; the
 * schema is fully documented in conf/snsgate.conf and snsgate.conf(5).
 */
#include "config.h"

#include <check.h>
#include <snsgate/config.h>
#include <string.h>

#include "testutil.h"

static SgConfig *
load_fixture(const char *name, GPtrArray **problems)
{
	g_autofree char *path = sg_test_data_path(name);
	g_autoptr(GError) error = NULL;
	SgConfig *config = sg_config_load(path, problems, &error);

	return config;
}

START_TEST(test_good)
{
	g_autoptr(GPtrArray) problems = NULL;
	g_autoptr(SgConfig) config = load_fixture("config/good.conf", &problems);

	ck_assert_ptr_nonnull(config);
	ck_assert_str_eq(sg_config_get_string(config, "gateway",
					      "approval_address"),
			 "sns-approval@city.example.lg.jp");
	ck_assert_int_eq(sg_config_get_int(config, "gateway", "ticket_ttl"),
			 2 * 86400);
	ck_assert_int_eq(sg_config_get_int(config, "limits",
					   "max_message_size"),
			 10 * 1024 * 1024);
	/* A default for a key the file does not set. */
	ck_assert_int_eq(sg_config_get_int(config, "limits", "max_mime_parts"),
			 500);
	const char *rules = sg_config_get_path_setting(config, "gateway",
						       "rules");
	ck_assert(g_path_is_absolute(rules));
	ck_assert(g_str_has_suffix(rules, "config/../rules/engine/rules.d"));

	const char *const *phones = sg_config_get_allow_list(config, "phones");
	ck_assert_int_eq(g_strv_length((char **)phones), 2);
	ck_assert_str_eq(phones[1], "03-1234-5679");
	ck_assert_int_eq(g_strv_length((char **)sg_config_get_allow_list(
				 config, "emails")),
			 0);

	ck_assert_int_eq(sg_config_get_accounts(config)->len, 2);
	const SgAccount *x = sg_config_get_account(config, "x");
	ck_assert_ptr_nonnull(x);
	ck_assert_str_eq(x->platform, "x");
	/* Addresses are compared in lower case. */
	ck_assert_str_eq(x->officers[0], "officer@city.example.lg.jp");
	ck_assert_int_eq(g_strv_length(x->operators), 2);
	ck_assert(!x->require_image);
}
END_TEST

START_TEST(test_account_for_address)
{
	g_autoptr(SgConfig) config = load_fixture("config/good.conf", NULL);
	const SgAccount *a;

	a = sg_config_account_for_address(config,
					  "sns-approval+fb@city.example.lg.jp");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->name, "fb");
	ck_assert_ptr_null(sg_config_account_for_address(
		config, "sns-approval+nope@city.example.lg.jp"));
	ck_assert_ptr_null(sg_config_account_for_address(
		config, "sns-approval+fb@elsewhere.example"));
	ck_assert_ptr_null(sg_config_account_for_address(
		config, "other+fb@city.example.lg.jp"));

	/* The plain address: the sender's only account, if there is one. */
	const char *plain[] = {"sns-approval@city.example.lg.jp", NULL};
	a = sg_config_find_account(config, plain, "staff1@city.example.lg.jp");
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->name, "x");
	/* staff2 operates two accounts: ambiguous, so none. */
	ck_assert_ptr_null(sg_config_find_account(config, plain,
						  "staff2@city.example.lg.jp"));
}
END_TEST

/* Each expected problem: the line it must be reported on and a word. */
static const struct {
	guint line;
	const char *word;
} bad_problems[] = {
	{3, "not an e-mail address"},
	{4, "not a duration"},
	{5, "must be one of ja|en"},
	{6, "unknown key 'colour'"},
	{9, "out of range"},
	{11, "unknown section [mystery]"},
	{15, "must be one of x|facebook"},
	{14, "has no officers"},
	{18, "account names use"},
};

START_TEST(test_bad)
{
	g_autofree char *path = sg_test_data_path("config/bad.conf");
	g_autoptr(GPtrArray) problems = NULL;
	g_autoptr(GError) error = NULL;
	g_autoptr(SgConfig) config = sg_config_load(path, &problems, &error);

	ck_assert_ptr_null(config);
	ck_assert(g_error_matches(error, SG_CONFIG_ERROR,
				  SG_CONFIG_ERROR_INVALID));
	ck_assert_ptr_nonnull(problems);
	for (guint i = 0; i < G_N_ELEMENTS(bad_problems); i++) {
		g_autofree char *prefix =
			g_strdup_printf("%s:%u: ", path, bad_problems[i].line);
		bool found = false;
		for (guint j = 0; j < problems->len; j++) {
			const char *p = g_ptr_array_index(problems, j);
			found |= g_str_has_prefix(p, prefix) &&
				 strstr(p, bad_problems[i].word) != NULL;
		}
		ck_assert_msg(found, "no problem '%s' at line %u",
			      bad_problems[i].word, bad_problems[i].line);
	}
}
END_TEST

START_TEST(test_unreadable)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(SgConfig) config =
		sg_config_load("/nonexistent/snsgate.conf", NULL, &error);

	ck_assert_ptr_null(config);
	ck_assert(g_error_matches(error, SG_CONFIG_ERROR,
				  SG_CONFIG_ERROR_READ));
}
END_TEST

START_TEST(test_defaults)
{
	g_autoptr(SgConfig) config = sg_config_new_default();

	ck_assert_str_eq(sg_config_get_string(config, "gateway", "language"),
			 "ja");
	ck_assert_int_eq(sg_config_get_int(config, "gateway", "ticket_ttl"),
			 3 * 86400);
	ck_assert_int_eq(sg_config_get_accounts(config)->len, 0);
}
END_TEST

/* The shipped example must load cleanly and name every key of the schema;
 * the man page must document every key. */
START_TEST(test_shipped_and_documented)
{
	g_autofree char *conf = sg_test_src_path("conf/snsgate.conf");
	g_autofree char *man = sg_test_src_path("doc/snsgate.conf.5");
	g_autoptr(GPtrArray) problems = NULL;
	g_autoptr(GError) error = NULL;
	g_autoptr(SgConfig) config = sg_config_load(conf, &problems, &error);
	g_autofree char *conf_text = NULL;
	g_autofree char *man_text = NULL;

	ck_assert_msg(config != NULL, "%s", error ? error->message : "");
	ck_assert_int_eq(problems->len, 0);
	ck_assert(g_file_get_contents(conf, &conf_text, NULL, NULL));
	ck_assert(g_file_get_contents(man, &man_text, NULL, NULL));
	for (guint i = 0; i < sg_config_schema_size(); i++) {
		const char *group, *key, *doc;
		sg_config_schema_get(i, &group, &key, &doc);
		g_autofree char *written = g_strdup_printf("\n%s =", key);
		g_autofree char *documented = g_strdup_printf(".B %s", key);
		ck_assert_msg(strstr(conf_text, written) != NULL,
			      "conf/snsgate.conf lacks [%s] %s", group, key);
		ck_assert_msg(strstr(man_text, documented) != NULL,
			      "snsgate.conf(5) lacks [%s] %s", group, key);
	}
}
END_TEST

static Suite *
config_suite(void)
{
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("config");

	tcase_add_test(tc, test_good);
	tcase_add_test(tc, test_account_for_address);
	tcase_add_test(tc, test_bad);
	tcase_add_test(tc, test_unreadable);
	tcase_add_test(tc, test_defaults);
	tcase_add_test(tc, test_shipped_and_documented);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(config_suite());

	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
