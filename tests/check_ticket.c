/* Check suite for ticket.c: the token is pinned by a known-answer test
 * computed outside snsgate (Python's hmac over the documented canonical
 * encoding), every claim is shown to be covered, tampering of every kind is
 * refused, the secret file is refused whenever it is unsafe, and ids are
 * well-formed and random.  Keys and files live in a fresh temporary
 * directory per test.
 */
#include "config.h"

#include <check.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <snsgate/ticket.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


static const char *const default_officers[] = {
	"koho-sekininsha@city.chiyoda.lg.jp",
	"fuku@city.chiyoda.lg.jp",
	NULL,
};

/* sha256("draft") */
#define DRAFT_SHA                                                              \
	"7743ce348d9284d677a185f33295b92266cc435a5b5f775029b300066d26693a"

static SgTicketClaims
default_claims(void)
{
	SgTicketClaims c = {
		.id = "SG-20261124-7K3QX",
		.account = "x",
		.officers = default_officers,
		.expires = 1795000000,
		.draft_sha256 = DRAFT_SHA,
	};
	return c;
}

static SgTicketKey *
test_key(guint8 first)
{
	guint8 bytes[SG_TICKET_MIN_KEY_BYTES];

	for (guint i = 0; i < sizeof bytes; i++)
		bytes[i] = (guint8)(first + i);
	return sg_ticket_key_new(bytes, sizeof bytes);
}

static bool
is_base32_lower(const char *s)
{
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '2' && *s <= '7')))
			return false;
	return true;
}

START_TEST(test_known_answer)
{
	/* Computed with Python 3's hmac and hashlib, independently of this
	 * code, over the encoding documented in ticket.c:
	 *   f = lambda s: struct.pack('>I', len(s.encode())) + s.encode()
	 *   msg = f('snsgate-ticket-v1') + f('SG-20261124-7K3QX') + f('x')
	 *       + struct.pack('>I', 2) + f('fuku@city.chiyoda.lg.jp')
	 *       + f('koho-sekininsha@city.chiyoda.lg.jp')
	 *       + struct.pack('>q', 1795000000) + f(sha256(b'draft'))
	 *   b32encode(hmac.new(bytes(range(32)), msg, sha256)
	 *             .digest()[:20]).lower()
	 * The id is given in lower case and the officers in mixed case and
	 * the "wrong" order, so the canonicalisation is pinned too. */
	static const char *const officers[] = {
		"Koho-Sekininsha@City.Chiyoda.lg.jp",
		"fuku@city.chiyoda.lg.jp",
		NULL,
	};
	SgTicketClaims c = default_claims();
	g_autoptr(SgTicketKey) key = test_key(0);
	g_autofree char *token = NULL;
	g_autofree char *token2 = NULL;

	c.id = "SG-20261124-7k3qx";
	c.officers = officers;
	token = sg_ticket_sign(key, &c);
	ck_assert_str_eq(token, "pvxmh7ht7ttj4tjy5kxor4crnttazmwy");

	/* No officers and a negative expiry (two's complement). */
	c.officers = NULL;
	c.expires = -1;
	token2 = sg_ticket_sign(key, &c);
	ck_assert_str_eq(token2, "hywbetghwoefpbbfjqyyfulin5ybwe6q");
}
END_TEST

START_TEST(test_sign_verify)
{
	SgTicketClaims c = default_claims();
	g_autoptr(SgTicketKey) key = test_key(0);
	g_autoptr(SgTicketKey) other = test_key(1);
	g_autofree char *token = sg_ticket_sign(key, &c);
	g_autofree char *again = sg_ticket_sign(key, &c);

	ck_assert_uint_eq(strlen(token), 32);
	ck_assert(is_base32_lower(token));
	ck_assert_str_eq(token, again);
	ck_assert(sg_ticket_verify(key, &c, token));
	/* Another key does not vouch for the same claims. */
	ck_assert(!sg_ticket_verify(other, &c, token));
}
END_TEST

/* Each row changes one claim; the token of the defaults must not verify. */
static const char *const fewer_officers[] = {
	"koho-sekininsha@city.chiyoda.lg.jp", NULL};
static const char *const more_officers[] = {
	"koho-sekininsha@city.chiyoda.lg.jp", "fuku@city.chiyoda.lg.jp",
	"mallory@city.chiyoda.lg.jp", NULL};
static const char *const other_officer[] = {
	"koho-sekininsha@city.chiyoda.lg.jp", "fuku@city.chiyoda.lg.jq", NULL};
/* Joined naively these would equal the defaults' fields: the length
 * prefixes must keep them apart. */
static const char *const shifted_officers[] = {
	"koho-sekininsha@city.chiyoda.lg.jpfuku@city.chiyoda.lg.jp", NULL};

static void
mutate_claims(int which, SgTicketClaims *c)
{
	switch (which) {
	case 0:
		c->id = "SG-20261124-7K3QY";
		break;
	case 1:
		c->id = "SG-20261125-7K3QX";
		break;
	case 2:
		c->account = "facebook";
		break;
	case 3:
		c->account = "X";
		break;
	case 4:
		c->officers = fewer_officers;
		break;
	case 5:
		c->officers = more_officers;
		break;
	case 6:
		c->officers = other_officer;
		break;
	case 7:
		c->officers = NULL;
		break;
	case 8:
		c->officers = shifted_officers;
		break;
	case 9:
		c->expires += 1;
		break;
	case 10:
		c->expires = -c->expires;
		break;
	case 11:
		c->draft_sha256 = "8743ce348d9284d677a185f33295b92266cc435a5b5f"
				  "775029b300066d26693a";
		break;
	case 12:
		c->draft_sha256 = "7743ce348d9284d677a185f33295b92266cc435a5b5f"
				  "775029b300066d26693b";
		break;
	default:
		ck_abort_msg("no mutation %d", which);
	}
}
#define N_MUTATIONS 13

START_TEST(test_each_claim_covered)
{
	SgTicketClaims c = default_claims();
	g_autoptr(SgTicketKey) key = test_key(0);
	g_autofree char *token = sg_ticket_sign(key, &c);
	g_autofree char *mutated_token = NULL;

	mutate_claims(_i, &c);
	ck_assert_msg(!sg_ticket_verify(key, &c, token), "mutation %d", _i);
	/* ... and the changed claims get a token of their own. */
	mutated_token = sg_ticket_sign(key, &c);
	ck_assert_str_ne(mutated_token, token);
	ck_assert(sg_ticket_verify(key, &c, mutated_token));
}
END_TEST

START_TEST(test_officer_set)
{
	static const char *const reordered[] = {
		"FUKU@city.chiyoda.lg.jp",
		"koho-sekininsha@CITY.chiyoda.lg.jp",
		"fuku@city.chiyoda.lg.jp", /* a repeat changes no set */
		NULL,
	};
	SgTicketClaims c = default_claims();
	g_autoptr(SgTicketKey) key = test_key(0);
	g_autofree char *token = sg_ticket_sign(key, &c);
	g_autofree char *token2 = NULL;

	c.officers = reordered;
	ck_assert(sg_ticket_verify(key, &c, token));
	token2 = sg_ticket_sign(key, &c);
	ck_assert_str_eq(token, token2);
	/* The hash and id are compared case-insensitively as well. */
	c.id = "sg-20261124-7k3qx";
	c.draft_sha256 = "7743CE348D9284D677A185F33295B92266CC435A5B5F775029B3"
			 "00066D26693A";
	ck_assert(sg_ticket_verify(key, &c, token));
}
END_TEST

START_TEST(test_tampered_tokens)
{
	SgTicketClaims c = default_claims();
	g_autoptr(SgTicketKey) key = test_key(0);
	g_autofree char *token = sg_ticket_sign(key, &c);
	g_autofree char *upper = g_ascii_strup(token, -1);
	g_autofree char *longer = g_strconcat(token, "a", NULL);
	g_autofree char *truncated = g_strndup(token, 31);

	/* One character changed, at every position. */
	for (guint i = 0; i < 32; i++) {
		g_autofree char *t = g_strdup(token);

		t[i] = t[i] == 'a' ? 'b' : 'a';
		ck_assert_msg(!sg_ticket_verify(key, &c, t), "position %u", i);
	}
	ck_assert(!sg_ticket_verify(key, &c, truncated));
	ck_assert(!sg_ticket_verify(key, &c, longer));
	ck_assert(!sg_ticket_verify(key, &c, ""));
	ck_assert(!sg_ticket_verify(key, &c, NULL));
	/* Padding or a stray character is not the token. */
	truncated[30] = '=';
	ck_assert(!sg_ticket_verify(key, &c, truncated));
	/* Mail systems may upper-case an address: still valid. */
	ck_assert(sg_ticket_verify(key, &c, upper));
	upper[5] = g_ascii_tolower(upper[5]);
	ck_assert(sg_ticket_verify(key, &c, upper));
}
END_TEST

/* --- the secret file ------------------------------------------------- */

static char *tmpdir;

static void
setup_tmpdir(void)
{
	g_autoptr(GError) error = NULL;

	tmpdir = g_dir_make_tmp("snsgate-ticket-XXXXXX", &error);
	ck_assert_msg(tmpdir != NULL, "%s",
		      error != NULL ? error->message : "");
}

static void
remove_tree(const char *path)
{
	GDir *dir;
	const char *name;

	if (g_file_test(path, G_FILE_TEST_IS_SYMLINK) ||
	    !g_file_test(path, G_FILE_TEST_IS_DIR)) {
		g_unlink(path);
		return;
	}
	dir = g_dir_open(path, 0, NULL);
	while (dir != NULL && (name = g_dir_read_name(dir)) != NULL) {
		g_autofree char *child = g_build_filename(path, name, NULL);

		remove_tree(child);
	}
	if (dir != NULL)
		g_dir_close(dir);
	g_rmdir(path);
}

static void
teardown_tmpdir(void)
{
	remove_tree(tmpdir);
	g_clear_pointer(&tmpdir, g_free);
}

/* Writes @len bytes 0, 1, 2, ... to @name in the test's directory with
 * @mode; returns its path. */
static char *
write_key_file(const char *name, gsize len, mode_t mode)
{
	g_autofree guint8 *bytes = g_malloc(len + 1);
	g_autoptr(GError) error = NULL;
	char *path = g_build_filename(tmpdir, name, NULL);

	for (gsize i = 0; i < len; i++)
		bytes[i] = (guint8)i;
	ck_assert(g_file_set_contents(path, (const char *)bytes,
				      (gssize)len, &error));
	ck_assert_int_eq(chmod(path, mode), 0);
	return path;
}

static void
assert_key_refused(const char *path, const char *why)
{
	g_autoptr(GError) error = NULL;
	SgTicketKey *key = sg_ticket_key_load(path, &error);

	ck_assert_ptr_null(key);
	ck_assert(g_error_matches(error, SG_TICKET_ERROR, SG_TICKET_ERROR_KEY));
	ck_assert_msg(strstr(error->message, path) != NULL, "%s",
		      error->message);
	ck_assert_msg(strstr(error->message, why) != NULL, "%s",
		      error->message);
}

START_TEST(test_key_file_ok)
{
	g_autofree char *path = write_key_file("secret", 32, 0600);
	g_autofree char *ro = write_key_file("secret-ro", 32, 0400);
	g_autoptr(GError) error = NULL;
	g_autoptr(SgTicketKey) loaded = sg_ticket_key_load(path, &error);
	g_autoptr(SgTicketKey) loaded_ro = NULL;
	g_autoptr(SgTicketKey) same = test_key(0);
	SgTicketClaims c = default_claims();
	g_autofree char *t1 = NULL;
	g_autofree char *t2 = NULL;

	ck_assert_msg(loaded != NULL, "%s", error ? error->message : "");
	/* The file's bytes are the key, exactly. */
	t1 = sg_ticket_sign(loaded, &c);
	t2 = sg_ticket_sign(same, &c);
	ck_assert_str_eq(t1, t2);
	loaded_ro = sg_ticket_key_load(ro, &error);
	ck_assert_ptr_nonnull(loaded_ro);
}
END_TEST

START_TEST(test_key_file_refused)
{
	g_autofree char *missing = g_build_filename(tmpdir, "none", NULL);
	g_autofree char *world = write_key_file("world", 64, 0644);
	g_autofree char *group = write_key_file("group", 64, 0640);
	g_autofree char *gwrite = write_key_file("gwrite", 64, 0620);
	g_autofree char *other = write_key_file("other", 64, 0604);
	g_autofree char *shortk = write_key_file("short", 31, 0600);
	g_autofree char *empty = write_key_file("empty", 0, 0600);
	g_autofree char *large = write_key_file("large", 4097, 0600);
	g_autofree char *dir = g_build_filename(tmpdir, "dir", NULL);

	ck_assert_int_eq(g_mkdir(dir, 0700), 0);
	assert_key_refused(missing, "No such file");
	assert_key_refused(world, "0644");
	assert_key_refused(group, "0640");
	assert_key_refused(gwrite, "0620");
	assert_key_refused(other, "0604");
	assert_key_refused(shortk, "31 bytes");
	assert_key_refused(empty, "0 bytes");
	assert_key_refused(large, "larger than");
	assert_key_refused(dir, "not a regular file");
}
END_TEST

START_TEST(test_key_file_largest)
{
	g_autofree char *path = write_key_file("big", 4096, 0600);
	g_autoptr(SgTicketKey) key = sg_ticket_key_load(path, NULL);

	ck_assert_ptr_nonnull(key);
}
END_TEST

/* --- ids -------------------------------------------------------------- */

START_TEST(test_new_ids)
{
	g_autoptr(GDateTime) when = g_date_time_new_utc(2026, 11, 24, 9, 0, 0);
	g_autoptr(GHashTable) seen =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	guint counts[5][256] = {{0}};
	guint collisions = 0;

	for (guint n = 0; n < 10000; n++) {
		g_autoptr(GError) error = NULL;
		char *id = sg_ticket_new_id(when, &error);

		ck_assert_msg(id != NULL, "%s", error ? error->message : "");
		ck_assert_msg(sg_ticket_id_is_valid(id), "%s", id);
		ck_assert(g_str_has_prefix(id, "SG-20261124-"));
		for (guint i = 0; i < 5; i++)
			counts[i][(guchar)id[12 + i]]++;
		if (!g_hash_table_add(seen, id))
			collisions++;
	}
	/* Five characters are 25 bits: 10,000 draws from 2^25 ids collide
	 * 10000 * 9999 / 2 / 2^25 = 1.49 times on average (birthday bound),
	 * so "all unique" would be a flaky test.  A Poisson(1.49) count
	 * exceeds 9 with probability about 4e-6; a broken or low-entropy
	 * generator collides thousands of times. */
	ck_assert_msg(collisions <= 9, "%u collisions", collisions);
	/* Every position uses all 32 symbols, and nothing else. */
	for (guint i = 0; i < 5; i++) {
		guint used = 0;

		for (guint c = 0; c < 256; c++)
			if (counts[i][c] > 0)
				used++;
		ck_assert_uint_eq(used, 32);
		ck_assert_uint_eq(counts[i]['I'] + counts[i]['L'] +
					  counts[i]['O'] + counts[i]['U'],
				  0);
	}
}
END_TEST

START_TEST(test_id_uses_given_date)
{
	g_autoptr(GDateTime) when = g_date_time_new_utc(2027, 1, 5, 23, 0, 0);
	g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier("+09:00");
	g_autoptr(GDateTime) local = g_date_time_to_timezone(when, tokyo);
	g_autofree char *id = sg_ticket_new_id(local, NULL);

	/* 23:00 UTC is the next morning in Tokyo: the id follows @when's own
	 * calendar. */
	ck_assert(g_str_has_prefix(id, "SG-20270106-"));
}
END_TEST

static const struct {
	const char *id;
	bool valid;
} id_cases[] = {
	{"SG-20261124-7K3QX", true},
	{"SG-20240229-00000", true},
	{"SG-20261231-ZZZZZ", true},
	{"SG-20261124-7K3Q", false},	/* short */
	{"SG-20261124-7K3QXX", false},	/* long */
	{"SG-20261124-7k3qx", false},	/* canonical form is upper case */
	{"sg-20261124-7K3QX", false},
	{"SG-20261124-7K3QI", false},	/* I, L, O, U are not Crockford */
	{"SG-20261124-7K3QL", false},
	{"SG-20261124-7K3QO", false},
	{"SG-20261124-7K3QU", false},
	{"SG-20261324-7K3QX", false},	/* month 13 */
	{"SG-20250229-7K3QX", false},	/* not a leap year */
	{"SG-00001124-7K3QX", false},	/* year 0 */
	{"SG-2026112A-7K3QX", false},
	{"SG_20261124-7K3QX", false},
	{"SG-20261124_7K3QX", false},
	{"SG-20261124-7K3Q ", false},
	{"", false},
	{"SG-20261124-7K3Q\xC3\x97", false},
};

START_TEST(test_id_is_valid)
{
	ck_assert_msg(sg_ticket_id_is_valid(id_cases[_i].id) ==
			      id_cases[_i].valid,
		      "%s", id_cases[_i].id);
}
END_TEST

START_TEST(test_id_null)
{
	ck_assert(!sg_ticket_id_is_valid(NULL));
}
END_TEST

#define TOKEN "pvxmh7ht7ttj4tjy5kxor4crnttazmwy"
#define TOKEN_UPPER "PVXMH7HT7TTJ4TJY5KXOR4CRNTTAZMWY"

static const struct {
	const char *extension;
	const char *id;		/* NULL: refused */
	const char *token;
} extension_cases[] = {
	{"SG-20261124-7K3QX." TOKEN, "SG-20261124-7K3QX", TOKEN},
	{"sg-20261124-7k3qx." TOKEN, "SG-20261124-7K3QX", TOKEN},
	{"SG-20261124-7K3QX." TOKEN_UPPER, "SG-20261124-7K3QX", TOKEN},
	{"Sg-20261124-7K3qX.PvXmh7ht7ttj4tjy5kxor4crnttazmwy",
	 "SG-20261124-7K3QX", TOKEN},
	{"SG-20261124-7K3QX", NULL, NULL},		/* no token */
	{"SG-20261124-7K3QX.", NULL, NULL},
	{".pvxmh7ht7ttj4tjy5kxor4crnttazmwy", NULL, NULL},
	{"SG-20261124-7K3QX." TOKEN "a", NULL, NULL},	/* 33 characters */
	{"SG-20261124-7K3QX.pvxmh7ht7ttj4tjy5kxor4crnttazmw", NULL, NULL},
	{"SG-20261124-7K3QX.pvxmh7ht7ttj4tjy5kxor4crnttazmw1", NULL, NULL},
	{"SG-20261124-7K3QX.pvxmh7ht7ttj4tjy5kxor4crnttazmw=", NULL, NULL},
	{"SG-20261124-7K3QX." TOKEN ".x", NULL, NULL},
	{"SG-20261124-7K3QI." TOKEN, NULL, NULL},	/* bad id */
	{"x." TOKEN, NULL, NULL},
	{"facebook", NULL, NULL},			/* an account */
	{"", NULL, NULL},
};

START_TEST(test_parse_extension)
{
	char *id = (char *)"untouched";
	char *token = (char *)"untouched";
	bool ok = sg_ticket_parse_extension(extension_cases[_i].extension, &id,
					    &token);

	if (extension_cases[_i].id == NULL) {
		ck_assert_msg(!ok, "%s", extension_cases[_i].extension);
		ck_assert_ptr_null(id);
		ck_assert_ptr_null(token);
		return;
	}
	ck_assert_msg(ok, "%s", extension_cases[_i].extension);
	ck_assert_str_eq(id, extension_cases[_i].id);
	ck_assert_str_eq(token, extension_cases[_i].token);
	g_free(id);
	g_free(token);
}
END_TEST

START_TEST(test_parse_then_verify)
{
	SgTicketClaims c = default_claims();
	g_autoptr(SgTicketKey) key = test_key(0);
	g_autofree char *token = sg_ticket_sign(key, &c);
	g_autofree char *ext = g_strdup_printf("%s.%s", c.id, token);
	g_autofree char *upper = g_ascii_strup(ext, -1);
	g_autofree char *id = NULL;
	g_autofree char *parsed = NULL;

	ck_assert(sg_ticket_parse_extension(upper, &id, &parsed));
	ck_assert_str_eq(id, c.id);
	ck_assert(sg_ticket_verify(key, &c, parsed));
	ck_assert(!sg_ticket_parse_extension(NULL, NULL, NULL));
}
END_TEST

/* The loop-header MAC: bound to its key, purpose and data, and never equal
 * to a ticket token computed over the same words. */
START_TEST(test_mac)
{
	g_autoptr(SgTicketKey) key = test_key(0x11);
	g_autoptr(SgTicketKey) other = test_key(0x22);
	g_autofree char *mac = sg_ticket_mac(key, "loop", "SG-20261124-7K3QX");

	ck_assert_uint_eq(strlen(mac), 32);
	ck_assert(sg_ticket_mac_verify(key, "loop", "SG-20261124-7K3QX", mac));
	g_autofree char *upper = g_ascii_strup(mac, -1);
	ck_assert(sg_ticket_mac_verify(key, "loop", "SG-20261124-7K3QX",
				       upper));
	ck_assert(!sg_ticket_mac_verify(other, "loop", "SG-20261124-7K3QX",
					mac));
	ck_assert(!sg_ticket_mac_verify(key, "other", "SG-20261124-7K3QX",
					mac));
	ck_assert(!sg_ticket_mac_verify(key, "loop", "SG-20261124-7K3QY",
					mac));
	mac[5] = mac[5] == 'a' ? 'b' : 'a';
	ck_assert(!sg_ticket_mac_verify(key, "loop", "SG-20261124-7K3QX",
					mac));
	ck_assert(!sg_ticket_mac_verify(key, "loop", "SG-20261124-7K3QX", ""));
	ck_assert(!sg_ticket_mac_verify(key, "loop", "SG-20261124-7K3QX",
					NULL));
}
END_TEST

START_TEST(test_sha256_hex)
{
	g_autofree char *abc = sg_sha256_hex("abc", 3);
	g_autofree char *empty = sg_sha256_hex(NULL, 0);
	g_autofree char *nul = sg_sha256_hex("a\0b", 3);

	/* FIPS 180-2 appendix B.1 and the empty message. */
	ck_assert_str_eq(abc, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9c"
			      "b410ff61f20015ad");
	ck_assert_str_eq(empty, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b9"
				"34ca495991b7852b855");
	ck_assert_str_ne(nul, abc);
	ck_assert_uint_eq(strlen(nul), 64);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("ticket");
	TCase *tc = tcase_create("token");
	TCase *keys = tcase_create("key");
	TCase *ids = tcase_create("id");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, test_known_answer);
	tcase_add_test(tc, test_sign_verify);
	tcase_add_loop_test(tc, test_each_claim_covered, 0, N_MUTATIONS);
	tcase_add_test(tc, test_officer_set);
	tcase_add_test(tc, test_tampered_tokens);
	tcase_add_test(tc, test_sha256_hex);
	tcase_add_test(tc, test_mac);
	suite_add_tcase(s, tc);

	tcase_add_checked_fixture(keys, setup_tmpdir, teardown_tmpdir);
	tcase_add_test(keys, test_key_file_ok);
	tcase_add_test(keys, test_key_file_refused);
	tcase_add_test(keys, test_key_file_largest);
	suite_add_tcase(s, keys);

	tcase_add_test(ids, test_new_ids);
	tcase_add_test(ids, test_id_uses_given_date);
	tcase_add_loop_test(ids, test_id_is_valid, 0, G_N_ELEMENTS(id_cases));
	tcase_add_test(ids, test_id_null);
	tcase_add_loop_test(ids, test_parse_extension, 0,
			    G_N_ELEMENTS(extension_cases));
	tcase_add_test(ids, test_parse_then_verify);
	suite_add_tcase(s, ids);

	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
