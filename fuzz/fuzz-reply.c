/* libFuzzer target: an officer's reply (or anything that claims to be one)
 * through sg_draft_new_from_data and sg_reply_parse, the path every message
 * to sns-approval+TICKET.TOKEN takes before a decision.  Also cuts each
 * body piece with sg_reply_own_text, and hands any ticket code line the
 * parser found to the ticket module (id validation, token verification with
 * a fixed key: a token of any length or content must just fail).  Aborts
 * when the result breaks reply.h's promises: a decision is never taken from
 * nothing (APPROVE and REJECT need own text), a REJECT has a reason, a
 * ticket comes with a token, every string is valid UTF-8.  No store, no
 * gateway: whether the replier may decide is checked elsewhere
 * (tests/check_ticket.c, tests/e2e).
 */
#include "fuzz-common.h"

#include <snsgate/reply.h>
#include <snsgate/ticket.h>

static SgDraftLimits limits;
static SgTicketKey *key;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const guint8 secret[32] = "snsgate-fuzz-key-not-a-secret!!";
	g_autofree char *top = NULL;
	SgConfig *config = NULL;

	(void)argc;
	(void)argv;
	sg_fuzz_init_common();
	top = sg_fuzz_top_srcdir();
	sg_fuzz_load_shipped(top, &config, NULL);
	limits = sg_fuzz_limits(config);
	sg_config_unref(config);
	key = sg_ticket_key_new(secret, sizeof secret);
	return 0;
}

static void
check_utf8(const char *s)
{
	if (s != NULL)
		SG_FUZZ_ASSERT(g_utf8_validate(s, -1, NULL));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(SgReply) reply = NULL;
	GPtrArray *pieces;
	SgDraft *draft;

	draft = sg_draft_new_from_data((const char *)data, size, &limits,
				       &error);
	if (draft == NULL) {
		SG_FUZZ_ASSERT(error != NULL);
		return 0;
	}
	sg_fuzz_check_draft(draft);

	reply = sg_reply_parse(draft);
	SG_FUZZ_ASSERT(reply != NULL);
	SG_FUZZ_ASSERT(reply->command <= SG_REPLY_REJECT);
	if (reply->command == SG_REPLY_REJECT)
		SG_FUZZ_ASSERT(reply->reason != NULL);
	if (reply->command != SG_REPLY_UNCLEAR)
		SG_FUZZ_ASSERT(reply->own_text != NULL &&
			       *reply->own_text != '\0');
	SG_FUZZ_ASSERT((reply->ticket == NULL) == (reply->token == NULL));
	check_utf8(reply->reason);
	check_utf8(reply->ticket);
	check_utf8(reply->token);
	check_utf8(reply->own_text);

	if (reply->ticket != NULL) {
		static const char *const officers[] = {
			"koho-sekininsha@city.chiyoda.lg.jp", NULL};
		SgTicketClaims claims = {
			.id = reply->ticket,
			.account = "x",
			.officers = officers,
			.expires = 1795000000,
			.draft_sha256 = "e3b0c44298fc1c149afbf4c8996fb924"
					"27ae41e4649b934ca495991b7852b855",
		};
		g_autofree char *good = NULL;
		g_autofree char *ext = g_strdup_printf("%s.%s", reply->ticket,
						       reply->token);
		g_autofree char *id = NULL;
		g_autofree char *token = NULL;

		(void)sg_ticket_id_is_valid(reply->ticket);
		/* A token lifted from mail never verifies by accident; the
		 * right one always does. */
		good = sg_ticket_sign(key, &claims);
		SG_FUZZ_ASSERT(good != NULL);
		SG_FUZZ_ASSERT(sg_ticket_verify(key, &claims, good));
		SG_FUZZ_ASSERT(!sg_ticket_verify(key, &claims, reply->token) ||
			       g_ascii_strcasecmp(reply->token, good) == 0);
		if (sg_ticket_parse_extension(ext, &id, &token))
			SG_FUZZ_ASSERT(id != NULL && token != NULL);
	}

	pieces = sg_draft_get_pieces(draft);
	for (guint i = 1; i < pieces->len; i++) {
		const SgTextPiece *p = g_ptr_array_index(pieces, i);
		g_autofree char *own = sg_reply_own_text(p->text);

		SG_FUZZ_ASSERT(own != NULL);
		SG_FUZZ_ASSERT(strlen(own) <= p->len);
		check_utf8(own);
	}
	sg_draft_free(draft);
	return 0;
}
