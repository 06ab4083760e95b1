/* The gateway: what to do with a message in the mail path (DESIGN §1).
 *
 * An SgGateway is one immutable snapshot of everything a decision needs:
 * the configuration, the compiled rules, the store and the ticket key.  The
 * milter holds the current snapshot and swaps it on reload; each message
 * keeps the snapshot it started with.  The functions here take SMTP facts
 * (envelope sender, recipients as given at RCPT, SASL login, the message
 * bytes) and return an SgAction: accept unchanged, reject, fail temporarily,
 * discard, or rewrite (new envelope sender and recipients, new headers and
 * body) — which the milter carries out with libmilter calls.  Nothing here
 * knows libmilter, syslog or sockets, so the same decisions are tested
 * without an MTA.
 *
 * Fail closed: any internal error becomes a temporary failure (451 4.3.0),
 * never an accept of an unchecked draft.  Thread-safe.
 */
#ifndef SNSGATE_GATEWAY_H
#define SNSGATE_GATEWAY_H

#include <glib.h>
#include <stdbool.h>
#include <snsgate/compose.h>
#include <snsgate/config.h>
#include <snsgate/verdict.h>

G_BEGIN_DECLS

#define SG_GATEWAY_ERROR (sg_gateway_error_quark())
GQuark sg_gateway_error_quark(void);

typedef enum {
	SG_GATEWAY_ERROR_SETUP,	/* rules, store or key could not be loaded */
} SgGatewayError;

typedef struct _SgGateway SgGateway;

/**
 * sg_gateway_new:
 * @config: the configuration (referenced)
 * @problems: (out) (optional) (transfer full): every problem found
 * @error: set when the rules, the store or the secret cannot be used
 *
 * Returns: (transfer full) (nullable): a snapshot ready for messages.
 */
SgGateway *sg_gateway_new(SgConfig *config, GPtrArray **problems,
			  GError **error);

SgGateway *sg_gateway_ref(SgGateway *gateway);
void sg_gateway_unref(SgGateway *gateway);

/** Returns: (transfer none): the snapshot's configuration. */
const SgConfig *sg_gateway_get_config(const SgGateway *gateway);

/* What a recipient address is to the gateway. */
typedef enum {
	SG_RCPT_ORDINARY,	/* not ours: the message passes untouched */
	SG_RCPT_DRAFT,		/* the approval address, +ACCOUNT or plain */
	SG_RCPT_REPLY,		/* the approval address +TICKET.TOKEN */
	SG_RCPT_SELF_CHECK,	/* the self-check address */
} SgRcptKind;

/** Returns: the kind of @address (addr-spec, "<>" accepted). */
SgRcptKind sg_gateway_classify(const SgGateway *gateway, const char *address);

/* An SMTP reply for a rejection or a temporary failure; ASCII only. */
typedef struct {
	guint code;		/* 550, 451, 552 */
	const char *dsn;	/* "5.7.0" */
	const char *text;	/* static text */
} SgSmtpReply;

/**
 * sg_gateway_check_rcpt:
 * @earlier: (array zero-terminated=1): recipients already accepted
 * @address: the new recipient
 * @reply: (out): the rejection, when false is returned
 *
 * A message to the approval or self-check address must have no other
 * recipient (550 5.7.0): a draft is never also sent elsewhere.
 *
 * Returns: whether @address may be added.
 */
bool sg_gateway_check_rcpt(const SgGateway *gateway,
			   const char *const *earlier, const char *address,
			   SgSmtpReply *reply);

typedef enum {
	SG_ACTION_ACCEPT,	/* pass the message unchanged */
	SG_ACTION_REWRITE,	/* apply the rewrite below, then accept */
	SG_ACTION_REJECT,	/* permanent failure: reply */
	SG_ACTION_TEMPFAIL,	/* temporary failure: reply */
	SG_ACTION_DISCARD,	/* accept and drop (automatic mail to us) */
} SgActionKind;

typedef struct {
	SgActionKind kind;
	SgSmtpReply reply;	/* for REJECT and TEMPFAIL */
	/* REWRITE */
	char *new_sender;	/* envelope sender, NULL to keep */
	GPtrArray *del_rcpts;	/* char *, exactly as given at RCPT */
	GPtrArray *add_rcpts;	/* char *, addr-specs */
	SgComposed *message;	/* headers replacing the original's, body */
	/* for the one log line per decision */
	char *event;		/* bounced, forwarded, passed, refused, ... */
	char *ticket;
	char *account;
	SgVerdict verdict;
	char *clauses;		/* "5(4)ア,5(2)" */
	char *detail;		/* why, for errors and refusals */
} SgAction;

void sg_action_free(SgAction *action);

/* The facts of one message. */
typedef struct {
	const char *queue_id;		/* nullable */
	const char *sender;		/* envelope sender addr-spec ("" = <>) */
	const char *const *recipients;	/* as given at RCPT, NULL-terminated */
	const char *auth_authen;	/* SASL login, nullable */
	GBytes *message;		/* headers and body as received */
	gint64 now;			/* Unix time */
} SgEnvelope;

/**
 * sg_gateway_process:
 *
 * Decides what to do with a whole message.  Never NULL: an internal error
 * is a TEMPFAIL action whose detail says why.
 *
 * Returns: (transfer full): the action.
 */
SgAction *sg_gateway_process(SgGateway *gateway, const SgEnvelope *envelope);

/**
 * sg_gateway_is_loop:
 * Returns: whether @message carries snsgate's own signed loop header for
 * this installation (the message came from us).
 */
bool sg_gateway_is_loop(const SgGateway *gateway, GBytes *message);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgGateway, sg_gateway_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgAction, sg_action_free)

G_END_DECLS

#endif
