/* libFuzzer target: a raw message as a staff member could mail it, through
 * everything the draft flow does with it before the milter answers: parse
 * (sg_draft_new_from_data with the configured limits), check with the
 * shipped rules (conf/snsgate.conf, loaded once), the verdict, the JSON
 * report, the feedback bounce and, for a draft that is not blocked, the
 * approval request.  Besides memory errors and undefined behaviour (ASan,
 * UBSan), it aborts when an output breaks a promise of the headers: text
 * pieces and reports that are not valid UTF-8, a JSON report that is not
 * one line, or a composed header that is not 7-bit or carries a CR, LF or
 * NUL (header injection).  The store, tickets and libmilter are not
 * involved.  Build with ./configure --enable-fuzzing CC=clang.
 */
#include "fuzz-common.h"

#include <snsgate/compose.h>
#include <snsgate/report.h>
#include <snsgate/verdict.h>

static SgConfig *config;
static SgRuleSet *rules;
static SgDraftLimits limits;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	g_autofree char *top = NULL;

	(void)argc;
	(void)argv;
	sg_fuzz_init_common();
	top = sg_fuzz_top_srcdir();
	sg_fuzz_load_shipped(top, &config, &rules);
	limits = sg_fuzz_limits(config);
	return 0;
}

static void
check_findings(GPtrArray *findings, const SgDraft *draft)
{
	guint n_pieces = sg_draft_get_pieces(draft)->len;

	(void)n_pieces;
	for (guint i = 0; i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);

		SG_FUZZ_ASSERT(f->rule != NULL);
		SG_FUZZ_ASSERT(f->severity <= SG_SEVERITY_BLOCK);
		SG_FUZZ_ASSERT(f->excerpt == NULL ||
			       g_utf8_validate(f->excerpt, -1, NULL));
	}
}

/* A composed message's headers are 7-bit, one line each, and serialize
 * into a header block where every line is a field or a continuation. */
static void
check_composed(const SgComposed *composed)
{
	g_autoptr(GBytes) bytes = NULL;
	gsize len = 0;
	const char *data;
	const char *end;
	guint fields = 0;

	SG_FUZZ_ASSERT(composed != NULL);
	for (guint i = 0; i < composed->headers->len; i++) {
		const SgHeader *h = g_ptr_array_index(composed->headers, i);

		SG_FUZZ_ASSERT(h->name != NULL && *h->name != '\0');
		SG_FUZZ_ASSERT(h->value != NULL);
		for (const char *p = h->name; *p != '\0'; p++)
			SG_FUZZ_ASSERT(*p > 0x20 && *p < 0x7F && *p != ':');
		for (const char *p = h->value; *p != '\0'; p++)
			SG_FUZZ_ASSERT((guchar)*p < 0x80 && *p != '\r' &&
				       *p != '\n');
	}
	bytes = sg_composed_to_bytes(composed);
	data = g_bytes_get_data(bytes, &len);
	SG_FUZZ_ASSERT(data != NULL && len > 4);
	/* The header block ends at the first empty line. */
	end = g_strstr_len(data, (gssize)len, "\r\n\r\n");
	SG_FUZZ_ASSERT(end != NULL);
	for (const char *line = data; line < end + 2;) {
		const char *nl = g_strstr_len(line, end + 2 - line, "\r\n");

		SG_FUZZ_ASSERT(nl != NULL);
		if (*line != ' ' && *line != '\t') {
			SG_FUZZ_ASSERT(memchr(line, ':', (gsize)(nl - line)) !=
				       NULL);
			fields++;
		}
		line = nl + 2;
	}
	SG_FUZZ_ASSERT(fields == composed->headers->len);
}

static const SgAccount *
pick_account(const SgDraft *draft, size_t size)
{
	GPtrArray *rcpts = sg_draft_get_recipients(draft);
	g_autoptr(GPtrArray) list = g_ptr_array_sized_new(rcpts->len + 1);
	GPtrArray *accounts;
	const SgAccount *account;

	for (guint i = 0; i < rcpts->len; i++)
		g_ptr_array_add(list, g_ptr_array_index(rcpts, i));
	g_ptr_array_add(list, NULL);
	account = sg_config_find_account(config,
					 (const char *const *)list->pdata,
					 sg_draft_get_from(draft));
	if (account != NULL)
		return account;
	/* Cover every platform's rules even without a matching To:. */
	accounts = sg_config_get_accounts(config);
	if (accounts->len == 0 || size % 4 == 0)
		return NULL;
	return g_ptr_array_index(accounts, size % accounts->len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) findings = NULL;
	g_autoptr(GBytes) original = NULL;
	g_autofree char *json = NULL;
	g_autofree char *text = NULL;
	SgDraft *draft;
	const SgAccount *account;
	const char *author;
	SgVerdict verdict;

	draft = sg_draft_new_from_data((const char *)data, size, &limits,
				       &error);
	if (draft == NULL) {
		SG_FUZZ_ASSERT(error != NULL);
		return 0;
	}
	sg_fuzz_check_draft(draft);
	account = pick_account(draft, size);

	SgCheckContext context = {
		.config = config,
		.account = account,
		.self_check = size % 8 == 7,
	};
	findings = sg_rule_set_check(rules, draft, &context, &error);
	if (findings == NULL) {
		/* An internal failure (a PCRE2 limit, say) is an error the
		 * milter answers with 451: allowed, but it must say why. */
		SG_FUZZ_ASSERT(error != NULL);
		sg_draft_free(draft);
		return 0;
	}
	check_findings(findings, draft);
	verdict = sg_verdict_from_findings(findings);

	SgReport report = {
		.file = "fuzz.eml",
		.account = account ? account->name : NULL,
		.verdict = verdict,
		.findings = findings,
		.notes = sg_draft_get_notes(draft),
	};
	json = sg_report_render_json(&report, size % 2 ? SG_LANG_EN
						      : SG_LANG_JA);
	SG_FUZZ_ASSERT(g_utf8_validate(json, -1, NULL));
	SG_FUZZ_ASSERT(g_str_has_suffix(json, "}\n"));
	SG_FUZZ_ASSERT(strchr(json, '\n') == json + strlen(json) - 1);
	text = sg_report_render_text(&report, SG_LANG_JA);
	SG_FUZZ_ASSERT(g_utf8_validate(text, -1, NULL));

	original = g_bytes_new(data, size);
	author = sg_draft_get_from(draft);
	if (author == NULL)
		author = "koho-tanto1@city.chiyoda.lg.jp";
	SgComposeInput in = {
		.lang = size % 2 ? SG_LANG_EN : SG_LANG_JA,
		.iso2022jp = size % 3 == 0,
		.from = sg_config_get_string(config, "gateway",
					     "approval_address"),
		.domain = "city.chiyoda.lg.jp",
		.loop_token = "fuzz0loop0token0000000000000000",
		.account = account,
		.author = author,
		.draft = draft,
		.original = original,
		.verdict = verdict,
		.findings = findings,
	};
	{
		g_autoptr(SgComposed) feedback = sg_compose_feedback(&in);

		check_composed(feedback);
	}
	if (verdict != SG_VERDICT_BLOCK && account != NULL) {
		const char *const *officers =
			(const char *const *)account->officers;
		g_autoptr(SgComposed) request = sg_compose_request(
			&in, "SG-20261124-7K3QX",
			"sns-approval+SG-20261124-7K3QX.abcdefghijklmnopqrstuvwxyz234567"
			"@city.chiyoda.lg.jp",
			"<SG-20261124-7K3QX.abcdefghijklmnopqrstuvwxyz234567"
			"@city.chiyoda.lg.jp>",
			1795000000, officers);

		check_composed(request);
	}
	sg_draft_free(draft);
	return 0;
}
