/* Approval tickets: readable ids and the signed tokens that let an officer
 * approve by reply without a forgeable address.
 *
 * A ticket id ("SG-20261124-7K3QX") is a date and random characters from
 * the operating system's secure generator.  Its token is an HMAC-SHA256
 * over the ticket id, the account, the officer set, the expiry and the
 * draft's SHA-256, keyed with the secret file, truncated to 160 bits and
 * written in lower-case base32 so it survives case-folding mail systems.
 * It travels in Reply-To (sns-approval+TICKET.TOKEN@…), the Message-ID and
 * a code line in the body.  Verification is constant-time.
 *
 * The key is loaded once and is immutable; all functions are thread-safe.
 */
#ifndef SNSGATE_TICKET_H
#define SNSGATE_TICKET_H

#include <glib.h>
#include <stdbool.h>

G_BEGIN_DECLS

#define SG_TICKET_ERROR (sg_ticket_error_quark())
GQuark sg_ticket_error_quark(void);

typedef enum {
	SG_TICKET_ERROR_KEY,		/* secret file missing, short, unsafe */
	SG_TICKET_ERROR_RANDOM,		/* no secure random bytes */
	SG_TICKET_ERROR_MALFORMED,	/* not a ticket id / token */
} SgTicketError;

/* The minimum secret length in bytes. */
#define SG_TICKET_MIN_KEY_BYTES 32

typedef struct _SgTicketKey SgTicketKey;

/* What a token vouches for.  Officers are compared as a set. */
typedef struct {
	const char *id;			/* "SG-20261124-7K3QX" */
	const char *account;		/* account name */
	const char *const *officers;	/* lower-case addr-specs */
	gint64 expires;			/* Unix time */
	const char *draft_sha256;	/* 64 lower-case hex digits */
} SgTicketClaims;

/**
 * sg_ticket_key_load:
 * @path: the secret file
 * @error: SG_TICKET_ERROR_KEY when the file is missing, not a regular file,
 *   readable or writable by group or others (mode must be 0600 or 0400), or
 *   shorter than SG_TICKET_MIN_KEY_BYTES
 *
 * Returns: (transfer full) (nullable): the key.
 */
SgTicketKey *sg_ticket_key_load(const char *path, GError **error);

/** Returns: (transfer full): a key from bytes (tests, key rotation tools);
 * @len must be >= SG_TICKET_MIN_KEY_BYTES. */
SgTicketKey *sg_ticket_key_new(const guint8 *secret, gsize len);

/** sg_ticket_key_free: wipes and frees; NULL is accepted. */
void sg_ticket_key_free(SgTicketKey *key);

/**
 * sg_ticket_new_id:
 * @when: the date the id carries
 *
 * Returns: (transfer full) (nullable): "SG-YYYYMMDD-XXXXX" with five random
 * characters of Crockford's base32, or NULL with @error set when the system
 * has no secure randomness.
 */
char *sg_ticket_new_id(GDateTime *when, GError **error);

/** Returns: whether @id has the form of a ticket id. */
bool sg_ticket_id_is_valid(const char *id);

/**
 * sg_ticket_sign:
 * Returns: (transfer full): the token for @claims (32 lower-case base32
 * characters).
 */
char *sg_ticket_sign(const SgTicketKey *key, const SgTicketClaims *claims);

/**
 * sg_ticket_verify:
 * @token: as found in a reply (any case)
 *
 * Returns: whether @token is the token of @claims; compares in constant
 * time.
 */
bool sg_ticket_verify(const SgTicketKey *key, const SgTicketClaims *claims,
		      const char *token);

/**
 * sg_ticket_parse_extension:
 * @local_extension: the part after the recipient delimiter, e.g.
 *   "SG-20261124-7K3QX.abcd…"
 * @id: (out) (transfer full): the ticket id, upper case
 * @token: (out) (transfer full): the token, lower case
 *
 * Returns: whether @local_extension has the TICKET.TOKEN form.
 */
bool sg_ticket_parse_extension(const char *local_extension, char **id,
			       char **token);

/**
 * sg_ticket_mac:
 * @purpose: a label separating uses of the key ("loop")
 * @data: what to authenticate
 *
 * Returns: (transfer full): a token (as sg_ticket_sign()) over @purpose and
 * @data, for values other than tickets that must prove they came from this
 * installation, such as the loop-prevention header.
 */
char *sg_ticket_mac(const SgTicketKey *key, const char *purpose,
		    const char *data);

/** Returns: whether @token is sg_ticket_mac(@key, @purpose, @data), in
 * constant time. */
bool sg_ticket_mac_verify(const SgTicketKey *key, const char *purpose,
			  const char *data, const char *token);

/** Returns: (transfer full): the lower-case hex SHA-256 of @data. */
char *sg_sha256_hex(const void *data, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgTicketKey, sg_ticket_key_free)

G_END_DECLS

#endif
