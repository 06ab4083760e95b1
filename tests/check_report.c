/* Check suite for report.c and verdict.c: the JSON object of the check
 * contract (keys, escaping, info findings kept apart) and the text report
 * in both languages.
 */
#include "config.h"

#include <check.h>
#include <snsgate/report.h>
#include <string.h>

static SgFinding *
make_finding(SgSeverity severity, const char *excerpt)
{
	SgFinding *f = sg_finding_new();

	f->rule = g_strdup("defamation-insult");
	f->family = g_strdup("defamation");
	f->clause = g_strdup("5(4)ア");
	f->severity = severity;
	f->piece_kind = SG_PIECE_ATTACHMENT;
	f->piece_name = g_strdup("memo.txt");
	f->line = 3;
	f->column = 12;
	f->excerpt = g_strdup(excerpt);
	f->message_ja = g_strdup("中傷のおそれがあります。");
	f->message_en = g_strdup("Possible defamation.");
	f->advice_ja = g_strdup("削除してください。");
	return f;
}

START_TEST(test_verdict)
{
	g_autoptr(GPtrArray) findings =
		g_ptr_array_new_with_free_func((GDestroyNotify)sg_finding_free);

	ck_assert_int_eq(sg_verdict_from_findings(findings), SG_VERDICT_PASS);
	g_ptr_array_add(findings, make_finding(SG_SEVERITY_INFO, "a"));
	ck_assert_int_eq(sg_verdict_from_findings(findings), SG_VERDICT_PASS);
	g_ptr_array_add(findings, make_finding(SG_SEVERITY_WARN, "b"));
	ck_assert_int_eq(sg_verdict_from_findings(findings), SG_VERDICT_WARN);
	g_ptr_array_add(findings, make_finding(SG_SEVERITY_BLOCK, "c"));
	ck_assert_int_eq(sg_verdict_from_findings(findings),
			 SG_VERDICT_BLOCK);
	ck_assert_str_eq(sg_verdict_to_string(SG_VERDICT_WARN), "warn");
}
END_TEST

START_TEST(test_json)
{
	g_autoptr(GPtrArray) findings =
		g_ptr_array_new_with_free_func((GDestroyNotify)sg_finding_free);
	g_autoptr(GPtrArray) notes = g_ptr_array_new();
	g_ptr_array_add(findings,
			make_finding(SG_SEVERITY_BLOCK, "say \"hi\"\n\\\x01"));
	g_ptr_array_add(findings, make_finding(SG_SEVERITY_INFO, "i"));
	g_ptr_array_add(notes, "body: 1 undecodable sequence");
	SgReport report = {
		.file = "d.eml",
		.account = "x",
		.verdict = SG_VERDICT_BLOCK,
		.findings = findings,
		.notes = notes,
	};
	g_autofree char *json = sg_report_render_json(&report, SG_LANG_JA);

	ck_assert_str_eq(
		json,
		"{\"file\":\"d.eml\",\"verdict\":\"block\",\"account\":\"x\","
		"\"findings\":[{\"rule\":\"defamation\",\"rule_id\":"
		"\"defamation-insult\",\"clause\":\"5(4)ア\",\"severity\":"
		"\"block\",\"part\":\"attachment:memo.txt\",\"line\":3,"
		"\"column\":12,\"excerpt\":\"say \\\"hi\\\"\\n\\\\\\u0001\","
		"\"message\":\"中傷のおそれがあります。\",\"advice\":"
		"\"削除してください。\"}],\"info\":[{\"rule\":\"defamation\","
		"\"rule_id\":\"defamation-insult\",\"clause\":\"5(4)ア\","
		"\"severity\":\"info\",\"part\":\"attachment:memo.txt\","
		"\"line\":3,\"column\":12,\"excerpt\":\"i\",\"message\":"
		"\"中傷のおそれがあります。\",\"advice\":\"削除してください。\"}],"
		"\"notes\":[\"body: 1 undecodable sequence\"]}\n");

	report.account = NULL;
	g_autofree char *en = sg_report_render_json(&report, SG_LANG_EN);
	ck_assert(strstr(en, "\"account\":null") != NULL);
	ck_assert(strstr(en, "\"message\":\"Possible defamation.\"") != NULL);
}
END_TEST

START_TEST(test_json_invalid_utf8)
{
	g_autoptr(GString) out = g_string_new(NULL);

	sg_json_append_string(out, "a\xff" "b");
	ck_assert_str_eq(out->str, "\"a\xef\xbf\xbd" "b\"");
}
END_TEST

START_TEST(test_text)
{
	g_autoptr(GPtrArray) findings =
		g_ptr_array_new_with_free_func((GDestroyNotify)sg_finding_free);
	g_ptr_array_add(findings, make_finding(SG_SEVERITY_BLOCK, "うそ"));
	SgReport report = {
		.file = "d.eml",
		.verdict = SG_VERDICT_BLOCK,
		.findings = findings,
	};
	g_autofree char *ja = sg_report_render_text(&report, SG_LANG_JA);
	g_autofree char *en = sg_report_render_text(&report, SG_LANG_EN);

	ck_assert_msg(strstr(ja, "[差戻し] 5(4)ア（中傷・誹謗） 添付「memo.txt」 "
				 "3行目 12文字目 「うそ」") != NULL,
		      "%s", ja);
	ck_assert(strstr(ja, "→ 削除してください。") != NULL);
	ck_assert_msg(strstr(en, "[block] 5(4)ア attachment memo.txt line 3, "
				 "column 12 \"うそ\"") != NULL,
		      "%s", en);
	ck_assert(strstr(en, "Possible defamation.") != NULL);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("report");
	TCase *tc = tcase_create("report");
	tcase_add_test(tc, test_verdict);
	tcase_add_test(tc, test_json);
	tcase_add_test(tc, test_json_invalid_utf8);
	tcase_add_test(tc, test_text);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
