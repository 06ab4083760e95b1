/* The libmilter callbacks of snsgate-milter.
 *
 * Callbacks only capture SMTP facts — envelope sender, recipients exactly as
 * given, the SASL login, header and body bytes — call the library and turn
 * its SgAction into libmilter calls and SMFIS_* answers.  Ordinary mail
 * steps aside at DATA, before any header or body crosses the socket.
 *
 * Round trips cost more than anything ordinary mail asks of us (issue #6):
 * the milter negotiates no reply at MAIL, RCPT, each header, end of
 * headers and body chunks (SMFIP_NR_*), so the MTA waits for it only at
 * DATA (ordinary mail: accept; a draft: continue) and at end of message.
 * A refusal found where no reply goes (a draft to the approval address
 * beside another recipient, a draft over the size limit) is kept and given
 * at the next stage that replies: DATA for the envelope, end of message
 * for the content.  With an MTA that cannot skip replies, libmilter
 * answers for us and refusals still wait for those stages.  The
 * per-message state is cleared by one idempotent function called from
 * envfrom, eom, abort and close, because libmilter calls no abort after a
 * final reply.  Any failure to apply an action is a temporary failure: the
 * MTA keeps the message and nothing half-rewritten is delivered.
 *
 * Threads: libmilter runs one thread per SMTP connection; each connection
 * has its own SgMilterConn, and the gateway snapshot is reference-counted.
 */
#include "config.h"

#include "milter.h"

#include <string.h>

typedef struct {
	SgGateway *gateway;	/* snapshot for the current message */
	char *sender;		/* addr-spec, "" for <> */
	GPtrArray *rcpts;	/* char *, as given at RCPT, NULL-terminated */
	char *auth;
	GByteArray *message;	/* headers and body as received */
	GHashTable *header_counts;	/* lower-case name → count */
	GPtrArray *header_names;	/* first-seen spelling, in order */
	gsize max_size;
	bool leadspc;		/* header values keep their leading space */
	bool ours;		/* a recipient is one of ours */
	bool headers_done;
	unsigned long no_reply;	/* SMFIP_NR_* in effect on this connection */
	bool deferred;		/* a refusal waits for a stage that replies */
	SgSmtpReply deferred_reply;
} SgMilterConn;

/* Body replacement packets: 1 KiB.  The MTA takes any size, but
 * miltertest (the protocol tests' peer) overflows a stack buffer on
 * packets of 2 KiB and more; the packets are one-way, so small ones cost
 * little. */
#define SG_BODY_CHUNK 1024

static GMutex gateway_lock;
static SgGateway *current_gateway;

void
sg_milter_set_gateway(SgGateway *gateway)
{
	g_mutex_lock(&gateway_lock);
	SgGateway *old = current_gateway;
	current_gateway = gateway;
	g_mutex_unlock(&gateway_lock);
	g_clear_pointer(&old, sg_gateway_unref);
}

SgGateway *
sg_milter_get_gateway(void)
{
	g_mutex_lock(&gateway_lock);
	SgGateway *gw = sg_gateway_ref(current_gateway);
	g_mutex_unlock(&gateway_lock);
	return gw;
}

/* Idempotent: called from envfrom, eom, abort and close. */
static void
conn_reset(SgMilterConn *conn)
{
	g_clear_pointer(&conn->gateway, sg_gateway_unref);
	g_clear_pointer(&conn->sender, g_free);
	g_clear_pointer(&conn->auth, g_free);
	g_clear_pointer(&conn->rcpts, g_ptr_array_unref);
	g_clear_pointer(&conn->message, g_byte_array_unref);
	g_clear_pointer(&conn->header_counts, g_hash_table_unref);
	g_clear_pointer(&conn->header_names, g_ptr_array_unref);
	conn->ours = false;
	conn->headers_done = false;
	conn->deferred = false;
}

static SgMilterConn *
conn_get(SMFICTX *ctx)
{
	SgMilterConn *conn = smfi_getpriv(ctx);

	if (conn == NULL) {
		conn = g_new0(SgMilterConn, 1);
		smfi_setpriv(ctx, conn);
	}
	return conn;
}

/* "<a@b>" → "a@b"; "<>" → "". */
static char *
strip_brackets(const char *arg)
{
	gsize n = strlen(arg);

	if (n >= 2 && arg[0] == '<' && arg[n - 1] == '>')
		return g_strndup(arg + 1, n - 2);
	return g_strdup(arg);
}

static const char *
queue_id(SMFICTX *ctx)
{
	const char *id = smfi_getsymval(ctx, "i");

	return id ? id : "NOQUEUE";
}

static sfsistat
tempfail(SMFICTX *ctx, const char *why)
{
	g_warning("%s: temporary failure: %s", queue_id(ctx), why);
	smfi_setreply(ctx, "451", "4.3.0",
		      "Temporary failure in the posting gateway; try later");
	return SMFIS_TEMPFAIL;
}

/* The answer to a stage that went well: none where none is expected. */
static sfsistat
go_on(const SgMilterConn *conn, unsigned long stage)
{
	return (conn->no_reply & stage) != 0 ? SMFIS_NOREPLY : SMFIS_CONTINUE;
}

/* A refusal at @stage: given now where the MTA waits for a reply, kept for
 * the next stage that replies otherwise (the first refusal wins). */
static sfsistat
refuse(SMFICTX *ctx, SgMilterConn *conn, unsigned long stage,
       const SgSmtpReply *reply)
{
	if ((conn->no_reply & stage) != 0) {
		if (!conn->deferred) {
			conn->deferred = true;
			conn->deferred_reply = *reply;
		}
		return SMFIS_NOREPLY;
	}
	g_autofree char *code = g_strdup_printf("%u", reply->code);
	smfi_setreply(ctx, code, (char *)reply->dsn, (char *)reply->text);
	return reply->code >= 500 ? SMFIS_REJECT : SMFIS_TEMPFAIL;
}

/* Gives a kept refusal, ending the message. */
static sfsistat
give_deferred(SMFICTX *ctx, SgMilterConn *conn)
{
	SgSmtpReply reply = conn->deferred_reply;

	conn_reset(conn);
	return refuse(ctx, conn, 0, &reply);
}

static const SgSmtpReply reply_tempfail = {
	451, "4.3.0", "Temporary failure in the posting gateway; try later"};
static const SgSmtpReply reply_too_large = {
	552, "5.3.4",
	"Draft too large for the posting gateway; attach smaller images"};

/* A temporary failure at a stage that may not reply. */
static sfsistat
tempfail_at(SMFICTX *ctx, SgMilterConn *conn, unsigned long stage,
	    const char *why)
{
	g_warning("%s: temporary failure: %s", queue_id(ctx), why);
	return refuse(ctx, conn, stage, &reply_tempfail);
}

static sfsistat
cb_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1,
	     unsigned long f2, unsigned long f3, unsigned long *pf0,
	     unsigned long *pf1, unsigned long *pf2, unsigned long *pf3)
{
	const unsigned long actions = SMFIF_ADDHDRS | SMFIF_CHGHDRS |
				      SMFIF_CHGBODY | SMFIF_ADDRCPT |
				      SMFIF_DELRCPT | SMFIF_CHGFROM;
	/* Headers exactly as sent (the stored draft is the submitted one);
	 * no connect/helo/unknown events: they would only cost time. */
	const unsigned long wanted = SMFIP_HDR_LEADSPC | SMFIP_NOCONNECT |
				     SMFIP_NOHELO | SMFIP_NOUNKNOWN;
	/* Stages whose answer is "go on" unless a refusal is kept for
	 * later (libmilter offers these even when the MTA lacks them and
	 * then answers for us). */
	const unsigned long no_reply = SMFIP_NR_MAIL | SMFIP_NR_RCPT |
				       SMFIP_NR_HDR | SMFIP_NR_EOH |
				       SMFIP_NR_BODY;

	if ((f0 & actions) != actions) {
		g_warning("the MTA does not offer the milter actions snsgate "
			  "needs; check milter_protocol");
		return SMFIS_REJECT;
	}
	*pf0 = actions;
	/* Only the macros read here: every other one Postfix would send at
	 * MAIL and RCPT (ten by default) is bytes to write and parse for
	 * each ordinary message. */
	if ((f0 & SMFIF_SETSYMLIST) != 0 &&
	    smfi_setsymlist(ctx, SMFIM_ENVFROM, (char *)"{auth_authen}") ==
		    MI_SUCCESS &&
	    smfi_setsymlist(ctx, SMFIM_ENVRCPT, (char *)"i") == MI_SUCCESS &&
	    smfi_setsymlist(ctx, SMFIM_DATA, (char *)"i") == MI_SUCCESS &&
	    smfi_setsymlist(ctx, SMFIM_EOH, (char *)"i") == MI_SUCCESS &&
	    smfi_setsymlist(ctx, SMFIM_EOM, (char *)"i") == MI_SUCCESS)
		*pf0 |= SMFIF_SETSYMLIST;
	*pf1 = f1 & (wanted | no_reply);
	conn_get(ctx)->leadspc = (f1 & SMFIP_HDR_LEADSPC) != 0;
	conn_get(ctx)->no_reply = f1 & no_reply;
	*pf2 = 0;
	*pf3 = 0;
	return SMFIS_CONTINUE;
}

static sfsistat
cb_envfrom(SMFICTX *ctx, char **argv)
{
	SgMilterConn *conn = conn_get(ctx);
	const char *auth = smfi_getsymval(ctx, "{auth_authen}");

	conn_reset(conn);
	conn->gateway = sg_milter_get_gateway();
	conn->sender = strip_brackets(argv[0] ? argv[0] : "");
	conn->auth = g_strdup(auth);
	conn->rcpts = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(conn->rcpts, NULL);
	conn->max_size = (gsize)sg_config_get_int(
		sg_gateway_get_config(conn->gateway), "limits",
		"max_message_size");
	return go_on(conn, SMFIP_NR_MAIL);
}

static sfsistat
cb_envrcpt(SMFICTX *ctx, char **argv)
{
	SgMilterConn *conn = conn_get(ctx);
	g_autofree char *bare = strip_brackets(argv[0] ? argv[0] : "");
	SgSmtpReply reply;

	if (conn->gateway == NULL)
		return tempfail_at(ctx, conn, SMFIP_NR_RCPT, "RCPT before MAIL");
	if (conn->deferred)
		return go_on(conn, SMFIP_NR_RCPT);	/* refused at DATA */
	if (!sg_gateway_check_rcpt(conn->gateway,
				   (const char *const *)conn->rcpts->pdata,
				   bare, &reply)) {
		g_info("NOQUEUE: refused rcpt=<%s> from=<%s>: %s%s", bare,
		       conn->sender, reply.text,
		       (conn->no_reply & SMFIP_NR_RCPT) != 0
			       ? " (the message is refused at DATA)"
			       : "");
		return refuse(ctx, conn, SMFIP_NR_RCPT, &reply);
	}
	if (sg_gateway_classify(conn->gateway, bare) != SG_RCPT_ORDINARY)
		conn->ours = true;
	/* Keep the NULL terminator last. */
	g_ptr_array_remove_index(conn->rcpts, conn->rcpts->len - 1);
	g_ptr_array_add(conn->rcpts, g_strdup(argv[0]));
	g_ptr_array_add(conn->rcpts, NULL);
	return go_on(conn, SMFIP_NR_RCPT);
}

static sfsistat
cb_data(SMFICTX *ctx)
{
	SgMilterConn *conn = conn_get(ctx);

	/* A recipient refused where no reply went: the whole message. */
	if (conn->deferred)
		return give_deferred(ctx, conn);
	/* Not ours: step aside before the content crosses the socket. */
	if (!conn->ours) {
		conn_reset(conn);
		return SMFIS_ACCEPT;
	}
	conn->message = g_byte_array_new();
	conn->header_counts =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	conn->header_names = g_ptr_array_new_with_free_func(g_free);
	return SMFIS_CONTINUE;
}

static bool
over_limit(SgMilterConn *conn, gsize more)
{
	return conn->message->len + more > conn->max_size;
}

static sfsistat
too_large(SMFICTX *ctx, SgMilterConn *conn, unsigned long stage)
{
	g_info("%s: refused: draft over max_message_size", queue_id(ctx));
	/* What was kept is of no more use (later stages see the kept
	 * refusal first). */
	g_clear_pointer(&conn->message, g_byte_array_unref);
	return refuse(ctx, conn, stage, &reply_too_large);
}

static sfsistat
cb_header(SMFICTX *ctx, char *name, char *value)
{
	SgMilterConn *conn = conn_get(ctx);
	gsize n = strlen(name) + strlen(value) + 3;

	if (conn->deferred)
		return go_on(conn, SMFIP_NR_HDR);
	if (conn->message == NULL)
		return tempfail_at(ctx, conn, SMFIP_NR_HDR,
				   "header outside a message");
	if (over_limit(conn, n))
		return too_large(ctx, conn, SMFIP_NR_HDR);
	g_byte_array_append(conn->message, (const guint8 *)name,
			    strlen(name));
	/* Without HDR_LEADSPC the MTA dropped the space after the colon. */
	g_byte_array_append(conn->message, (const guint8 *)": ",
			    conn->leadspc ? 1 : 2);
	g_byte_array_append(conn->message, (const guint8 *)value,
			    strlen(value));
	g_byte_array_append(conn->message, (const guint8 *)"\r\n", 2);

	g_autofree char *key = g_ascii_strdown(name, -1);
	guint count = GPOINTER_TO_UINT(
		g_hash_table_lookup(conn->header_counts, key));
	if (count == 0)
		g_ptr_array_add(conn->header_names, g_strdup(name));
	g_hash_table_insert(conn->header_counts, g_steal_pointer(&key),
			    GUINT_TO_POINTER(count + 1));
	return go_on(conn, SMFIP_NR_HDR);
}

static sfsistat
cb_eoh(SMFICTX *ctx)
{
	SgMilterConn *conn = conn_get(ctx);

	if (conn->deferred)
		return go_on(conn, SMFIP_NR_EOH);
	if (conn->message == NULL)
		return tempfail_at(ctx, conn, SMFIP_NR_EOH,
				   "end of headers outside a message");
	g_byte_array_append(conn->message, (const guint8 *)"\r\n", 2);
	conn->headers_done = true;
	return go_on(conn, SMFIP_NR_EOH);
}

static sfsistat
cb_body(SMFICTX *ctx, unsigned char *chunk, size_t len)
{
	SgMilterConn *conn = conn_get(ctx);

	if (conn->deferred)
		return go_on(conn, SMFIP_NR_BODY);
	if (conn->message == NULL)
		return tempfail_at(ctx, conn, SMFIP_NR_BODY,
				   "body outside a message");
	if (over_limit(conn, len))
		return too_large(ctx, conn, SMFIP_NR_BODY);
	g_byte_array_append(conn->message, chunk, (guint)len);
	return go_on(conn, SMFIP_NR_BODY);
}

/* Carries out a rewrite; false when the MTA refused a step. */
static bool
apply_rewrite(SMFICTX *ctx, SgMilterConn *conn, const SgAction *a)
{
	if (a->new_sender != NULL) {
		g_autofree char *from = g_strdup_printf("<%s>", a->new_sender);
		if (smfi_chgfrom(ctx, from, NULL) != MI_SUCCESS)
			return false;
	}
	for (guint i = 0; i < a->add_rcpts->len; i++) {
		g_autofree char *rcpt = g_strdup_printf(
			"<%s>", (char *)g_ptr_array_index(a->add_rcpts, i));
		if (smfi_addrcpt(ctx, rcpt) != MI_SUCCESS)
			return false;
	}
	for (guint i = 0; i < a->del_rcpts->len; i++)
		if (smfi_delrcpt(ctx, g_ptr_array_index(a->del_rcpts, i)) !=
		    MI_SUCCESS)
			return false;

	/* Every original header goes, trace fields excepted; the last
	 * occurrence first, so indices stay valid whatever the MTA does. */
	for (guint i = 0; i < conn->header_names->len; i++) {
		const char *name = g_ptr_array_index(conn->header_names, i);
		if (g_ascii_strcasecmp(name, "Received") == 0 ||
		    g_ascii_strcasecmp(name, "Return-Path") == 0)
			continue;
		g_autofree char *key = g_ascii_strdown(name, -1);
		guint count = GPOINTER_TO_UINT(
			g_hash_table_lookup(conn->header_counts, key));
		for (guint idx = count; idx >= 1; idx--)
			if (smfi_chgheader(ctx, (char *)name, (int)idx, NULL) !=
			    MI_SUCCESS)
				return false;
	}
	for (guint i = 0; i < a->message->headers->len; i++) {
		const SgHeader *h = g_ptr_array_index(a->message->headers, i);
		g_autofree char *value = conn->leadspc
						 ? g_strconcat(" ", h->value,
							       NULL)
						 : g_strdup(h->value);
		if (smfi_addheader(ctx, h->name, value) != MI_SUCCESS)
			return false;
	}
	gsize len = 0;
	const guint8 *body = g_bytes_get_data(a->message->body, &len);
	for (gsize off = 0; off < len; off += SG_BODY_CHUNK) {
		gsize n = MIN(len - off, SG_BODY_CHUNK);
		if (smfi_replacebody(ctx, (unsigned char *)body + off, (int)n) !=
		    MI_SUCCESS)
			return false;
	}
	return true;
}

static void
log_decision(SMFICTX *ctx, SgMilterConn *conn, const SgAction *a)
{
	g_info("%s: snsgate: %s from=<%s> account=%s ticket=%s verdict=%s "
	       "clauses=%s%s%s",
	       queue_id(ctx), a->event, conn->sender,
	       a->account ? a->account : "-", a->ticket ? a->ticket : "-",
	       sg_verdict_to_string(a->verdict),
	       a->clauses && *a->clauses ? a->clauses : "-",
	       a->detail ? " detail=" : "", a->detail ? a->detail : "");
}

static sfsistat
cb_eom(SMFICTX *ctx)
{
	SgMilterConn *conn = conn_get(ctx);
	sfsistat status;

	if (conn->deferred)
		return give_deferred(ctx, conn);
	if (conn->message == NULL || conn->gateway == NULL) {
		conn_reset(conn);
		return tempfail(ctx, "end of message outside a message");
	}
	g_autoptr(GBytes) message = g_byte_array_free_to_bytes(
		g_steal_pointer(&conn->message));
	SgEnvelope env = {
		.queue_id = queue_id(ctx),
		.sender = conn->sender,
		.recipients = (const char *const *)conn->rcpts->pdata,
		.auth_authen = conn->auth,
		.message = message,
		.now = g_get_real_time() / G_USEC_PER_SEC,
	};
	g_autoptr(SgAction) action = sg_gateway_process(conn->gateway, &env);

	log_decision(ctx, conn, action);
	switch (action->kind) {
	case SG_ACTION_ACCEPT:
		status = SMFIS_ACCEPT;
		break;
	case SG_ACTION_DISCARD:
		status = SMFIS_DISCARD;
		break;
	case SG_ACTION_REWRITE:
		status = apply_rewrite(ctx, conn, action)
				 ? SMFIS_ACCEPT
				 : tempfail(ctx, "the MTA refused a change");
		break;
	case SG_ACTION_REJECT:
	case SG_ACTION_TEMPFAIL:
	default: {
		g_autofree char *code =
			g_strdup_printf("%u", action->reply.code);
		smfi_setreply(ctx, code, (char *)action->reply.dsn,
			      (char *)action->reply.text);
		status = action->kind == SG_ACTION_REJECT ? SMFIS_REJECT
							  : SMFIS_TEMPFAIL;
	}
	}
	conn_reset(conn);
	return status;
}

static sfsistat
cb_abort(SMFICTX *ctx)
{
	SgMilterConn *conn = smfi_getpriv(ctx);

	if (conn != NULL)
		conn_reset(conn);
	return SMFIS_CONTINUE;
}

static sfsistat
cb_close(SMFICTX *ctx)
{
	SgMilterConn *conn = smfi_getpriv(ctx);

	if (conn != NULL) {
		conn_reset(conn);
		g_free(conn);
		smfi_setpriv(ctx, NULL);
	}
	return SMFIS_CONTINUE;
}

struct smfiDesc sg_milter_desc = {
	.xxfi_name = (char *)"snsgate",
	.xxfi_version = SMFI_VERSION,
	.xxfi_flags = SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_CHGBODY |
		      SMFIF_ADDRCPT | SMFIF_DELRCPT | SMFIF_CHGFROM,
	.xxfi_envfrom = cb_envfrom,
	.xxfi_envrcpt = cb_envrcpt,
	.xxfi_header = cb_header,
	.xxfi_eoh = cb_eoh,
	.xxfi_body = cb_body,
	.xxfi_eom = cb_eom,
	.xxfi_abort = cb_abort,
	.xxfi_close = cb_close,
	.xxfi_data = cb_data,
	.xxfi_negotiate = cb_negotiate,
};
