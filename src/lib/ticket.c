/* Approval tickets: readable ids, the HMAC-SHA256 tokens that vouch for a
 * ticket's claims, their constant-time verification, and the secret key
 * they are made with.  The token is what stops anyone who can send mail to
 * the approval address from approving a draft: only someone who received
 * the approval request knows it.  This file does not decide who may approve
 * (the reply and milter code match the officer), does not store tickets
 * (store.c) and never logs.  Randomness comes from getrandom(2) only, never
 * from GLib's non-cryptographic g_random.  The key file is read once, at
 * most SG_TICKET_MAX_KEY_BYTES of it, and the key's bytes are wiped when it
 * is freed (GHmac's internal copies of the padded key are outside our
 * reach).  A key is immutable after creation, so every function here may be
 * called from any thread at the same time.
 */
#include "config.h"

#include <snsgate/ticket.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

G_DEFINE_QUARK(sg-ticket-error-quark, sg_ticket_error)

/* A secret file larger than this is not a secret file (a certificate or a
 * key ring chosen by mistake); refusing it also bounds what we read. */
#define SG_TICKET_MAX_KEY_BYTES 4096

/* HMAC-SHA256 truncated to 160 bits (RFC 2104 §5 allows truncation to no
 * less than half the output) is 32 base32 characters without padding. */
#define SG_TICKET_MAC_BYTES 20
#define SG_TICKET_TOKEN_CHARS 32

#define SG_TICKET_ID_LEN 17	/* "SG-YYYYMMDD-XXXXX" */
#define SG_TICKET_ID_RANDOM 5

/* Versions the canonical encoding: a change of encoding must change it so
 * that old tokens stop verifying instead of verifying something else. */
#define SG_MAC_DOMAIN "snsgate-mac-v1"
#define SG_TICKET_DOMAIN "snsgate-ticket-v1"

/* RFC 4648 §6 in lower case: mail systems and people may change the case
 * of an address, never the letters; 32 bytes fit one cache line, so the
 * lookup indexed by MAC bits leaks nothing through the cache. */
static const char base32_alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";

/* Crockford's base32: no I, L, O or U, so an id read aloud or retyped from
 * a printout is not misread. */
static const char crockford_alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

struct _SgTicketKey {
	gsize len;
	guint8 bytes[];
};

SgTicketKey *
sg_ticket_key_new(const guint8 *secret, gsize len)
{
	SgTicketKey *key;

	g_return_val_if_fail(secret != NULL, NULL);
	g_return_val_if_fail(len >= SG_TICKET_MIN_KEY_BYTES, NULL);

	key = g_malloc(sizeof *key + len);
	key->len = len;
	memcpy(key->bytes, secret, len);
	return key;
}

void
sg_ticket_key_free(SgTicketKey *key)
{
	if (key == NULL)
		return;
	explicit_bzero(key->bytes, key->len);
	g_free(key);
}

/* Reads up to @size bytes; returns the count or -1 with errno set. */
static gssize
read_all(int fd, guint8 *buf, gsize size)
{
	gsize len = 0;

	while (len < size) {
		ssize_t n = read(fd, buf + len, size - len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0)
			break;
		len += (gsize)n;
	}
	return (gssize)len;
}

SgTicketKey *
sg_ticket_key_load(const char *path, GError **error)
{
	/* One byte more than the limit, to see a file that grew past it. */
	guint8 buf[SG_TICKET_MAX_KEY_BYTES + 1];
	SgTicketKey *key = NULL;
	struct stat st;
	gssize len;
	int fd;

	g_return_val_if_fail(path != NULL, NULL);

	/* O_NONBLOCK: a FIFO planted at the path must not hang the daemon in
	 * open(); fstat() below then refuses it.  The checks are made on the
	 * descriptor we read, not on the path, so the file cannot be swapped
	 * between check and use. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		int saved = errno;

		g_set_error(error, SG_TICKET_ERROR, SG_TICKET_ERROR_KEY,
			    "secret file %s: %s", path, g_strerror(saved));
		return NULL;
	}
	if (fstat(fd, &st) != 0) {
		int saved = errno;

		g_set_error(error, SG_TICKET_ERROR, SG_TICKET_ERROR_KEY,
			    "secret file %s: %s", path, g_strerror(saved));
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		g_set_error(error, SG_TICKET_ERROR, SG_TICKET_ERROR_KEY,
			    "secret file %s is not a regular file", path);
		goto out;
	}
	/* Anyone who can read the key can approve any draft. */
	if ((st.st_mode & 077) != 0) {
		g_set_error(error, SG_TICKET_ERROR, SG_TICKET_ERROR_KEY,
			    "secret file %s has mode %04o: it must not be "
			    "readable or writable by group or others "
			    "(chmod 600 %s)",
			    path, (unsigned)(st.st_mode & 07777), path);
		goto out;
	}
	if (st.st_size > SG_TICKET_MAX_KEY_BYTES) {
		g_set_error(error, SG_TICKET_ERROR, SG_TICKET_ERROR_KEY,
			    "secret file %s is larger than %d bytes", path,
			    SG_TICKET_MAX_KEY_BYTES);
		goto out;
	}
	len = read_all(fd, buf, sizeof buf);
	if (len < 0) {
		int saved = errno;

		g_set_error(error, SG_TICKET_ERROR, SG_TICKET_ERROR_KEY,
			    "secret file %s: %s", path, g_strerror(saved));
	} else if (len > SG_TICKET_MAX_KEY_BYTES) {
		g_set_error(error, SG_TICKET_ERROR, SG_TICKET_ERROR_KEY,
			    "secret file %s is larger than %d bytes", path,
			    SG_TICKET_MAX_KEY_BYTES);
	} else if (len < SG_TICKET_MIN_KEY_BYTES) {
		g_set_error(error, SG_TICKET_ERROR, SG_TICKET_ERROR_KEY,
			    "secret file %s holds %zd bytes; at least %d "
			    "random bytes are needed (head -c 32 /dev/urandom)",
			    path, len, SG_TICKET_MIN_KEY_BYTES);
	} else {
		key = sg_ticket_key_new(buf, (gsize)len);
	}
	explicit_bzero(buf, sizeof buf);
out:
	close(fd);
	return key;
}

/* Fills @buf from the kernel's generator; getrandom(2) blocks only until
 * the pool is first seeded, and may be interrupted by a signal. */
static bool
random_bytes(guint8 *buf, gsize len, GError **error)
{
	gsize done = 0;

	while (done < len) {
		ssize_t n = getrandom(buf + done, len - done, 0);

		if (n < 0) {
			int saved = errno;

			if (saved == EINTR)
				continue;
			g_set_error(error, SG_TICKET_ERROR,
				    SG_TICKET_ERROR_RANDOM,
				    "getrandom: %s", g_strerror(saved));
			return false;
		}
		done += (gsize)n;
	}
	return true;
}

char *
sg_ticket_new_id(GDateTime *when, GError **error)
{
	guint8 rnd[SG_TICKET_ID_RANDOM];
	char tail[SG_TICKET_ID_RANDOM + 1];
	int year, month, day;

	g_return_val_if_fail(when != NULL, NULL);

	if (!random_bytes(rnd, sizeof rnd, error))
		return NULL;
	/* 256 is a multiple of 32: masking keeps every character uniform. */
	for (guint i = 0; i < SG_TICKET_ID_RANDOM; i++)
		tail[i] = crockford_alphabet[rnd[i] & 31];
	tail[SG_TICKET_ID_RANDOM] = '\0';
	g_date_time_get_ymd(when, &year, &month, &day);
	return g_strdup_printf("SG-%04d%02d%02d-%s", year, month, day, tail);
}

static bool
is_crockford(char c)
{
	return c != '\0' && strchr(crockford_alphabet, c) != NULL;
}

bool
sg_ticket_id_is_valid(const char *id)
{
	int year = 0, month = 0, day = 0;

	if (id == NULL || strnlen(id, SG_TICKET_ID_LEN + 1) != SG_TICKET_ID_LEN)
		return false;
	if (strncmp(id, "SG-", 3) != 0 || id[11] != '-')
		return false;
	for (guint i = 3; i < 11; i++)
		if (!g_ascii_isdigit(id[i]))
			return false;
	for (guint i = 12; i < SG_TICKET_ID_LEN; i++)
		if (!is_crockford(id[i]))
			return false;
	for (guint i = 3; i < 7; i++)
		year = year * 10 + (id[i] - '0');
	month = (id[7] - '0') * 10 + (id[8] - '0');
	day = (id[9] - '0') * 10 + (id[10] - '0');
	return g_date_valid_dmy((GDateDay)day, (GDateMonth)month,
				(GDateYear)year) &&
	       year >= 1;
}

static bool
token_is_well_formed(const char *token)
{
	if (strnlen(token, SG_TICKET_TOKEN_CHARS + 1) != SG_TICKET_TOKEN_CHARS)
		return false;
	for (guint i = 0; i < SG_TICKET_TOKEN_CHARS; i++)
		if (token[i] == '\0' ||
		    strchr(base32_alphabet, token[i]) == NULL)
			return false;
	return true;
}

bool
sg_ticket_parse_extension(const char *local_extension, char **id,
			  char **token)
{
	g_autofree char *i = NULL;
	g_autofree char *t = NULL;
	const char *dot;

	if (id != NULL)
		*id = NULL;
	if (token != NULL)
		*token = NULL;
	if (local_extension == NULL)
		return false;
	dot = strchr(local_extension, '.');
	if (dot == NULL)
		return false;
	i = g_ascii_strup(local_extension, dot - local_extension);
	t = g_ascii_strdown(dot + 1, -1);
	if (!sg_ticket_id_is_valid(i) || !token_is_well_formed(t))
		return false;
	if (id != NULL)
		*id = g_steal_pointer(&i);
	if (token != NULL)
		*token = g_steal_pointer(&t);
	return true;
}

static void
put_u32(GByteArray *msg, guint32 v)
{
	guint8 be[4] = {v >> 24, v >> 16, v >> 8, v};

	g_byte_array_append(msg, be, sizeof be);
}

static void
put_u64(GByteArray *msg, guint64 v)
{
	put_u32(msg, (guint32)(v >> 32));
	put_u32(msg, (guint32)v);
}

static void
put_field(GByteArray *msg, const char *s)
{
	gsize len = strlen(s);

	g_return_if_fail(len <= G_MAXUINT32);
	put_u32(msg, (guint32)len);
	g_byte_array_append(msg, (const guint8 *)s, (guint)len);
}

static int
compare_strings(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Whether the @i-th of the sorted @strings equals the one before it. */
static bool
is_repeat(GPtrArray *strings, guint i)
{
	return i > 0 && strcmp(strings->pdata[i - 1], strings->pdata[i]) == 0;
}

/* The message the MAC covers.  Every string is length-prefixed, so no two
 * different claims encode alike however their text is chosen (a bare
 * separator would let "a|b" + "c" collide with "a" + "b|c"):
 *
 *   field("snsgate-ticket-v1") field(ID upper-cased) field(account)
 *   u32(n) field(officer_1) ... field(officer_n)
 *   u64(expires, two's complement) field(sha256 lower-cased)
 *
 * where field(s) = u32(strlen(s)) || s and integers are big-endian.
 * Officers are ASCII-lower-cased, sorted bytewise and deduplicated: the
 * token vouches for a set, whatever order the configuration lists it in.
 */
static GByteArray *
canonical_message(const SgTicketClaims *claims)
{
	GByteArray *msg = g_byte_array_new();
	g_autoptr(GPtrArray) officers = g_ptr_array_new_with_free_func(g_free);
	g_autofree char *id = g_ascii_strup(claims->id, -1);
	g_autofree char *sha = g_ascii_strdown(claims->draft_sha256, -1);
	guint n = 0;

	for (guint i = 0; claims->officers && claims->officers[i]; i++)
		g_ptr_array_add(officers,
				g_ascii_strdown(claims->officers[i], -1));
	g_ptr_array_sort(officers, compare_strings);
	for (guint i = 0; i < officers->len; i++)
		if (!is_repeat(officers, i))
			n++;

	put_field(msg, SG_TICKET_DOMAIN);
	put_field(msg, id);
	put_field(msg, claims->account);
	put_u32(msg, n);
	for (guint i = 0; i < officers->len; i++)
		if (!is_repeat(officers, i))
			put_field(msg, officers->pdata[i]);
	put_u64(msg, (guint64)claims->expires);
	put_field(msg, sha);
	return msg;
}

/* Writes the token of @msg, NUL-terminated, into @out. */
static void
compute_token(const SgTicketKey *key, const GByteArray *msg,
	      char out[SG_TICKET_TOKEN_CHARS + 1])
{
	g_autoptr(GHmac) hmac = g_hmac_new(G_CHECKSUM_SHA256, key->bytes,
					   key->len);
	guint8 mac[32];
	gsize mac_len = sizeof mac;
	guint32 bits = 0;
	int n_bits = 0;
	gsize o = 0;

	g_hmac_update(hmac, msg->data, msg->len);
	g_hmac_get_digest(hmac, mac, &mac_len);
	g_assert(mac_len == sizeof mac);

	/* 160 bits are exactly 32 characters of 5 bits: no padding. */
	for (gsize i = 0; i < SG_TICKET_MAC_BYTES; i++) {
		bits = (bits << 8) | mac[i];
		n_bits += 8;
		while (n_bits >= 5) {
			out[o++] = base32_alphabet[(bits >> (n_bits - 5)) & 31];
			n_bits -= 5;
		}
	}
	out[o] = '\0';
	explicit_bzero(mac, sizeof mac);
}

static bool
claims_are_complete(const SgTicketClaims *claims)
{
	return claims != NULL && claims->id != NULL &&
	       claims->account != NULL && claims->draft_sha256 != NULL;
}

char *
sg_ticket_sign(const SgTicketKey *key, const SgTicketClaims *claims)
{
	char token[SG_TICKET_TOKEN_CHARS + 1];

	g_return_val_if_fail(key != NULL, NULL);
	g_return_val_if_fail(claims_are_complete(claims), NULL);

	g_autoptr(GByteArray) msg = canonical_message(claims);
	compute_token(key, msg, token);
	return g_strdup(token);
}

/* Constant-time comparison of a presented token with the expected one. */
static bool
token_equal(const char *token, const GByteArray *expected_msg,
	    const SgTicketKey *key)
{
	char expected[SG_TICKET_TOKEN_CHARS + 1];
	guint8 diff = 0;

	/* The length of a valid token is public: refusing early on it tells
	 * an attacker nothing. */
	if (token == NULL ||
	    strnlen(token, SG_TICKET_TOKEN_CHARS + 1) != SG_TICKET_TOKEN_CHARS)
		return false;
	compute_token(key, expected_msg, expected);
	/* No early exit: the time taken must not tell a forger how many
	 * leading characters of a guess were right. */
	for (guint i = 0; i < SG_TICKET_TOKEN_CHARS; i++)
		diff |= (guint8)(g_ascii_tolower(token[i]) ^ expected[i]);
	explicit_bzero(expected, sizeof expected);
	return diff == 0;
}

bool
sg_ticket_verify(const SgTicketKey *key, const SgTicketClaims *claims,
		 const char *token)
{
	g_return_val_if_fail(key != NULL, false);
	g_return_val_if_fail(claims_are_complete(claims), false);

	g_autoptr(GByteArray) msg = canonical_message(claims);
	return token_equal(token, msg, key);
}

/* A MAC is separated from ticket tokens by its own first field, so no
 * value signed for one use verifies for another. */
static GByteArray *
mac_message(const char *purpose, const char *data)
{
	GByteArray *msg = g_byte_array_new();

	put_field(msg, SG_MAC_DOMAIN);
	put_field(msg, purpose);
	put_field(msg, data);
	return msg;
}

char *
sg_ticket_mac(const SgTicketKey *key, const char *purpose, const char *data)
{
	char token[SG_TICKET_TOKEN_CHARS + 1];

	g_return_val_if_fail(key != NULL && purpose != NULL, NULL);
	g_return_val_if_fail(data != NULL, NULL);

	g_autoptr(GByteArray) msg = mac_message(purpose, data);
	compute_token(key, msg, token);
	return g_strdup(token);
}

bool
sg_ticket_mac_verify(const SgTicketKey *key, const char *purpose,
		     const char *data, const char *token)
{
	g_return_val_if_fail(key != NULL && purpose != NULL, false);
	g_return_val_if_fail(data != NULL, false);

	g_autoptr(GByteArray) msg = mac_message(purpose, data);
	return token_equal(token, msg, key);
}

char *
sg_sha256_hex(const void *data, gsize len)
{
	g_return_val_if_fail(data != NULL || len == 0, NULL);

	if (data == NULL)
		data = "";
	return g_compute_checksum_for_data(G_CHECKSUM_SHA256, data, len);
}
