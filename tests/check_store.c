/* Check suite for store.c: durability settings, byte-exact round trips,
 * the "first decision wins" rule under racing threads and processes'
 * connections, the append-only audit log as seen by another SQLite client,
 * expiry, rate-limit counts, hostile text in every field, reopening and
 * clean failures.  Each test works in a fresh temporary directory.
 */
#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <snsgate/store.h>
#include <snsgate/ticket.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NOW 1795000000	/* 2026-11-18 */
#define DAY 86400
#define KOHO "koho-sekininsha@city.chiyoda.lg.jp"
#define FUKU "fuku@city.chiyoda.lg.jp"

static char *tmpdir;
static char *db_path;

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
setup(void)
{
	g_autoptr(GError) error = NULL;

	tmpdir = g_dir_make_tmp("snsgate-store-XXXXXX", &error);
	ck_assert_msg(tmpdir != NULL, "%s", error ? error->message : "");
	db_path = g_build_filename(tmpdir, "snsgate.db", NULL);
}

static void
teardown(void)
{
	remove_tree(tmpdir);
	g_clear_pointer(&tmpdir, g_free);
	g_clear_pointer(&db_path, g_free);
}

static SgStore *
open_store(void)
{
	g_autoptr(GError) error = NULL;
	SgStore *store = sg_store_open(db_path, &error);

	ck_assert_msg(store != NULL, "%s", error ? error->message : "");
	return store;
}

/* A raw message with NUL bytes, bytes that are not UTF-8 and an
 * ISO-2022-JP escape, which must all come back byte for byte. */
static const char raw_message[] =
	"From: koho-tanto1@city.chiyoda.lg.jp\r\n"
	"Subject: =?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=\r\n\r\n"
	"\x1b$B$3$s$K$A$O\x1b(B\r\n\0\0binary\xff\xfe\x80\0end";

static const char *const officers[] = {
	"koho-sekininsha@city.chiyoda.lg.jp",
	"fuku@city.chiyoda.lg.jp",
	NULL,
};

static SgTicketRecord *
make_record(const char *ticket, gint64 submitted, gint64 expires)
{
	SgTicketRecord *r = g_new0(SgTicketRecord, 1);

	r->ticket = g_strdup(ticket);
	r->account = g_strdup("x");
	r->author = g_strdup("koho-tanto1@city.chiyoda.lg.jp");
	r->subject = g_strdup("区民まつりのお知らせ");
	r->queue_id = g_strdup("4XyZ1k2B3c");
	r->raw = g_bytes_new(raw_message, sizeof raw_message);
	r->sha256 = sg_sha256_hex(raw_message, sizeof raw_message);
	r->verdict = SG_VERDICT_WARN;
	r->officers = g_strdupv((char **)officers);
	r->submitted = submitted;
	r->expires = expires;
	r->status = SG_TICKET_PENDING;
	return r;
}

static SgFinding *
make_finding(const char *rule, SgSeverity severity, SgPieceKind kind)
{
	SgFinding *f = sg_finding_new();

	f->rule = g_strdup(rule);
	f->family = g_strdup("accuracy");
	f->clause = g_strdup("5(3)");
	f->severity = severity;
	f->piece_kind = kind;
	f->piece_name = kind == SG_PIECE_ATTACHMENT ? g_strdup("案内.txt")
						    : NULL;
	f->line = 3;
	f->column = 12;
	f->excerpt = g_strdup("11月24日（月）");
	f->matched = g_strdup("(月)");
	f->message_ja = g_strdup("曜日が日付と合いません");
	f->message_en = g_strdup("The weekday does not match the date");
	f->advice_ja = g_strdup("日付を確認してください");
	f->advice_en = NULL;
	f->detail = g_strdup("2026-11-24 is a Tuesday");
	return f;
}

static GPtrArray *
make_findings(void)
{
	GPtrArray *a = g_ptr_array_new_with_free_func(
		(GDestroyNotify)sg_finding_free);

	g_ptr_array_add(a, make_finding("weekday", SG_SEVERITY_WARN,
					SG_PIECE_BODY));
	g_ptr_array_add(a, make_finding("placeholder", SG_SEVERITY_INFO,
					SG_PIECE_SUBJECT));
	g_ptr_array_add(a, make_finding("pii", SG_SEVERITY_BLOCK,
					SG_PIECE_ATTACHMENT));
	return a;
}

static void
add(SgStore *store, const char *ticket, gint64 submitted, gint64 expires)
{
	g_autoptr(SgTicketRecord) r = make_record(ticket, submitted, expires);
	g_autoptr(GError) error = NULL;

	ck_assert_msg(sg_store_add_draft(store, r, NULL, &error), "%s",
		      error ? error->message : "");
}

/* Runs one query on a second, independent connection (as sqlite3(1) or
 * another process would) and returns the first column of its first row. */
static char *
query_other(const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	char *result = NULL;

	ck_assert_int_eq(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READWRITE,
					 NULL),
			 SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		result = g_strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return result;
}

/* sqlite3_auto_extension() hands us every connection the process opens,
 * so the test can read the per-connection settings of the store's own
 * connection without a test-only entry point in the library. */
static sqlite3 *captured_db;

static int
capture_db(sqlite3 *db, char **message,
	   const struct sqlite3_api_routines *api)
{
	captured_db = db;
	return SQLITE_OK;
}

static char *
pragma_on(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	char *result = NULL;

	ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	result = g_strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return result;
}

START_TEST(test_open_settings)
{
	g_autoptr(SgStore) store = NULL;
	g_autofree char *wal = g_strconcat(db_path, "-wal", NULL);
	g_autofree char *journal = NULL;
	g_autofree char *sync = NULL;
	g_autofree char *fk = NULL;
	g_autofree char *version = NULL;
	g_autofree char *other_journal = NULL;
	struct stat st;

	/* A permissive umask must not make the store readable by others. */
	umask(0);
	ck_assert_int_eq(sqlite3_auto_extension((void (*)(void))capture_db),
			 SQLITE_OK);
	store = open_store();
	sqlite3_cancel_auto_extension((void (*)(void))capture_db);
	ck_assert_ptr_nonnull(captured_db);

	ck_assert_int_eq(stat(db_path, &st), 0);
	ck_assert_uint_eq(st.st_mode & 07777, 0600);
	add(store, "SG-20261118-AAAAA", NOW, NOW + DAY);
	ck_assert_int_eq(stat(wal, &st), 0);
	ck_assert_uint_eq(st.st_mode & 07777, 0600);

	journal = pragma_on(captured_db, "PRAGMA journal_mode");
	sync = pragma_on(captured_db, "PRAGMA synchronous");
	fk = pragma_on(captured_db, "PRAGMA foreign_keys");
	version = pragma_on(captured_db, "PRAGMA user_version");
	ck_assert_str_eq(journal, "wal");
	ck_assert_str_eq(sync, "2");	/* FULL */
	ck_assert_str_eq(fk, "1");
	ck_assert_str_eq(version, "1");
	/* WAL is recorded in the file: every client sees it. */
	other_journal = query_other("PRAGMA journal_mode");
	ck_assert_str_eq(other_journal, "wal");
}
END_TEST

static void
assert_finding_eq(const SgFinding *a, const SgFinding *b)
{
	ck_assert_str_eq(a->rule, b->rule);
	ck_assert_str_eq(a->family, b->family);
	ck_assert_str_eq(a->clause, b->clause);
	ck_assert_int_eq(a->severity, b->severity);
	ck_assert_int_eq(a->piece_kind, b->piece_kind);
	ck_assert_pstr_eq(a->piece_name, b->piece_name);
	ck_assert_uint_eq(a->line, b->line);
	ck_assert_uint_eq(a->column, b->column);
	ck_assert_pstr_eq(a->excerpt, b->excerpt);
	ck_assert_pstr_eq(a->matched, b->matched);
	ck_assert_pstr_eq(a->message_ja, b->message_ja);
	ck_assert_pstr_eq(a->message_en, b->message_en);
	ck_assert_pstr_eq(a->advice_ja, b->advice_ja);
	ck_assert_pstr_eq(a->advice_en, b->advice_en);
	ck_assert_pstr_eq(a->detail, b->detail);
}

static void
assert_record_eq(const SgTicketRecord *a, const SgTicketRecord *b)
{
	ck_assert_str_eq(a->ticket, b->ticket);
	ck_assert_str_eq(a->account, b->account);
	ck_assert_str_eq(a->author, b->author);
	ck_assert_pstr_eq(a->subject, b->subject);
	ck_assert_pstr_eq(a->queue_id, b->queue_id);
	ck_assert_str_eq(a->sha256, b->sha256);
	ck_assert_int_eq(a->verdict, b->verdict);
	ck_assert_uint_eq(g_strv_length(a->officers),
			  g_strv_length(b->officers));
	for (guint i = 0; a->officers[i]; i++)
		ck_assert_str_eq(a->officers[i], b->officers[i]);
	ck_assert_int_eq(a->submitted, b->submitted);
	ck_assert_int_eq(a->expires, b->expires);
}

START_TEST(test_round_trip)
{
	g_autoptr(SgStore) store = open_store();
	g_autoptr(SgTicketRecord) r = make_record("SG-20261118-7K3QX", NOW,
						  NOW + 3 * DAY);
	g_autoptr(GPtrArray) findings = make_findings();
	g_autoptr(GError) error = NULL;
	g_autoptr(SgTicketRecord) got = NULL;
	g_autoptr(GPtrArray) got_findings = NULL;
	g_autoptr(GPtrArray) audit = NULL;
	g_autoptr(GPtrArray) none = NULL;
	const SgAuditEntry *e;

	ck_assert(sg_store_add_draft(store, r, findings, &error));
	got = sg_store_get_ticket(store, r->ticket, &error);
	ck_assert_msg(got != NULL, "%s", error ? error->message : "");
	assert_record_eq(got, r);
	ck_assert(g_bytes_equal(got->raw, r->raw));
	ck_assert_uint_eq(g_bytes_get_size(got->raw), sizeof raw_message);
	ck_assert_int_eq(got->status, SG_TICKET_PENDING);
	ck_assert_ptr_null(got->decided_by);
	ck_assert_ptr_null(got->reason);
	ck_assert(!got->reminded);

	got_findings = sg_store_get_findings(store, r->ticket, &error);
	ck_assert_ptr_nonnull(got_findings);
	ck_assert_uint_eq(got_findings->len, findings->len);
	for (guint i = 0; i < findings->len; i++)
		assert_finding_eq(g_ptr_array_index(got_findings, i),
				  g_ptr_array_index(findings, i));
	none = sg_store_get_findings(store, "SG-20261118-NOPE0", &error);
	ck_assert_uint_eq(none->len, 0);

	audit = sg_store_audit_since(store, 0, &error);
	ck_assert_uint_eq(audit->len, 1);
	e = g_ptr_array_index(audit, 0);
	ck_assert_str_eq(e->event, "submitted");
	ck_assert_str_eq(e->ticket, r->ticket);
	ck_assert_str_eq(e->actor, r->author);
	ck_assert_int_eq(e->when, NOW);
	ck_assert(strstr(e->detail, "findings=3") != NULL);
}
END_TEST

START_TEST(test_empty_draft)
{
	g_autoptr(SgStore) store = open_store();
	g_autoptr(SgTicketRecord) r = make_record("SG-20261118-EEEEE", NOW,
						  NOW + DAY);
	g_autoptr(SgTicketRecord) got = NULL;

	/* An empty message and no officers are stored as such, not as
	 * NULLs that would fail the schema. */
	g_bytes_unref(r->raw);
	r->raw = g_bytes_new(NULL, 0);
	g_clear_pointer(&r->officers, g_strfreev);
	g_clear_pointer(&r->subject, g_free);
	ck_assert(sg_store_add_draft(store, r, NULL, NULL));
	got = sg_store_get_ticket(store, r->ticket, NULL);
	ck_assert_uint_eq(g_bytes_get_size(got->raw), 0);
	ck_assert_ptr_nonnull(got->officers);
	ck_assert_ptr_null(got->officers[0]);
	ck_assert_ptr_null(got->subject);
}
END_TEST

START_TEST(test_duplicate_rolls_back)
{
	g_autoptr(SgStore) store = open_store();
	g_autoptr(SgTicketRecord) r = make_record("SG-20261118-DDDDD", NOW,
						  NOW + DAY);
	g_autoptr(GPtrArray) findings = make_findings();
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) audit = NULL;
	g_autoptr(GPtrArray) got = NULL;

	ck_assert(sg_store_add_draft(store, r, NULL, NULL));
	/* The same ticket id again: the whole transaction must go, findings
	 * and audit entry included. */
	ck_assert(!sg_store_add_draft(store, r, findings, &error));
	ck_assert(g_error_matches(error, SG_STORE_ERROR, SG_STORE_ERROR_IO));
	ck_assert_msg(strstr(error->message, r->ticket) != NULL, "%s",
		      error->message);
	ck_assert_msg(strstr(error->message, "UNIQUE") != NULL, "%s",
		      error->message);
	audit = sg_store_audit_since(store, 0, NULL);
	ck_assert_uint_eq(audit->len, 1);
	got = sg_store_get_findings(store, r->ticket, NULL);
	ck_assert_uint_eq(got->len, 0);
	/* The store is still usable after the failure. */
	add(store, "SG-20261118-DDDDE", NOW, NOW + DAY);
}
END_TEST

START_TEST(test_decide)
{
	g_autoptr(SgStore) store = open_store();
	g_autoptr(GError) error = NULL;
	g_autoptr(SgTicketRecord) got = NULL;
	g_autoptr(GPtrArray) audit = NULL;
	const SgAuditEntry *e;

	add(store, "SG-20261118-AAAAA", NOW, NOW + DAY);
	ck_assert(sg_store_decide(store, "SG-20261118-AAAAA",
				  SG_TICKET_APPROVED,
				  "koho-sekininsha@city.chiyoda.lg.jp", NULL,
				  NOW + 60, &error));
	got = sg_store_get_ticket(store, "SG-20261118-AAAAA", NULL);
	ck_assert_int_eq(got->status, SG_TICKET_APPROVED);
	ck_assert_str_eq(got->decided_by, "koho-sekininsha@city.chiyoda.lg.jp");
	ck_assert_int_eq(got->decided_at, NOW + 60);

	/* A second decision, even a different one, changes nothing. */
	ck_assert(!sg_store_decide(store, "SG-20261118-AAAAA",
				   SG_TICKET_REJECTED,
				   "fuku@city.chiyoda.lg.jp", "late", NOW + 120,
				   &error));
	ck_assert(g_error_matches(error, SG_STORE_ERROR,
				  SG_STORE_ERROR_DECIDED));
	ck_assert_msg(strstr(error->message,
			     "koho-sekininsha@city.chiyoda.lg.jp") != NULL,
		      "%s", error->message);
	ck_assert_msg(strstr(error->message, "approved") != NULL, "%s",
		      error->message);
	g_clear_pointer(&got, sg_ticket_record_free);
	got = sg_store_get_ticket(store, "SG-20261118-AAAAA", NULL);
	ck_assert_int_eq(got->status, SG_TICKET_APPROVED);
	ck_assert_ptr_null(got->reason);

	audit = sg_store_audit_since(store, NOW + 1, NULL);
	ck_assert_uint_eq(audit->len, 1);
	e = g_ptr_array_index(audit, 0);
	ck_assert_str_eq(e->event, "approved");
	ck_assert_str_eq(e->actor, "koho-sekininsha@city.chiyoda.lg.jp");
	ck_assert_str_eq(e->ticket, "SG-20261118-AAAAA");
}
END_TEST

START_TEST(test_reject_with_reason)
{
	g_autoptr(SgStore) store = open_store();
	g_autoptr(SgTicketRecord) got = NULL;
	const char *reason = "日付が違います。\n11/24は火曜日です。";

	add(store, "SG-20261118-BBBBB", NOW, NOW + DAY);
	ck_assert(sg_store_decide(store, "SG-20261118-BBBBB",
				  SG_TICKET_REJECTED, "fuku@city.chiyoda.lg.jp",
				  reason, NOW + 1, NULL));
	got = sg_store_get_ticket(store, "SG-20261118-BBBBB", NULL);
	ck_assert_int_eq(got->status, SG_TICKET_REJECTED);
	ck_assert_str_eq(got->reason, reason);
}
END_TEST

START_TEST(test_decide_refusals)
{
	g_autoptr(SgStore) store = open_store();
	g_autoptr(GError) error = NULL;
	g_autoptr(SgTicketRecord) got = NULL;
	g_autoptr(GPtrArray) expired = NULL;

	add(store, "SG-20261118-CCCCC", NOW, NOW + DAY);
	/* At the expiry second itself the ticket is no longer open. */
	ck_assert(!sg_store_decide(store, "SG-20261118-CCCCC",
				   SG_TICKET_APPROVED, FUKU, NULL, NOW + DAY,
				   &error));
	ck_assert(g_error_matches(error, SG_STORE_ERROR,
				  SG_STORE_ERROR_EXPIRED));
	g_clear_error(&error);
	got = sg_store_get_ticket(store, "SG-20261118-CCCCC", NULL);
	ck_assert_int_eq(got->status, SG_TICKET_PENDING);
	ck_assert_ptr_null(got->decided_by);

	/* Marked expired: still refused as expired, whatever the time. */
	expired = sg_store_expire(store, NOW + DAY, &error);
	ck_assert_ptr_nonnull(expired);
	ck_assert_uint_eq(expired->len, 1);
	ck_assert(!sg_store_decide(store, "SG-20261118-CCCCC",
				   SG_TICKET_APPROVED, FUKU, NULL, NOW,
				   &error));
	ck_assert(g_error_matches(error, SG_STORE_ERROR,
				  SG_STORE_ERROR_EXPIRED));
	g_clear_error(&error);

	ck_assert(!sg_store_decide(store, "SG-20261118-NONE0",
				   SG_TICKET_APPROVED, FUKU, NULL, NOW,
				   &error));
	ck_assert(g_error_matches(error, SG_STORE_ERROR,
				  SG_STORE_ERROR_NOT_FOUND));
	g_clear_error(&error);
	ck_assert_ptr_null(sg_store_get_ticket(store, "SG-20261118-NONE0",
					       &error));
	ck_assert(g_error_matches(error, SG_STORE_ERROR,
				  SG_STORE_ERROR_NOT_FOUND));
}
END_TEST

/* --- racing decisions ------------------------------------------------- */

typedef struct {
	SgStore *store;		/* shared, or NULL to open one's own */
	const char *ticket;
	SgTicketStatus status;
	const char *officer;
	gint *gate;
	bool ok;
	GError *error;
} Racer;

static gpointer
race(gpointer data)
{
	Racer *r = data;
	g_autoptr(SgStore) own = NULL;
	SgStore *store = r->store;

	if (store == NULL)
		store = own = sg_store_open(db_path, &r->error);
	/* Both threads leave the gate together. */
	g_atomic_int_inc(r->gate);
	while (g_atomic_int_get(r->gate) < 2)
		;
	if (store == NULL)
		return NULL;
	r->ok = sg_store_decide(store, r->ticket, r->status, r->officer,
				NULL, NOW + 1, &r->error);
	return NULL;
}

static void
run_race(bool shared)
{
	g_autoptr(SgStore) store = open_store();
	char ticket[] = "SG-20261118-R0000";

	for (guint round = 0; round < 20; round++) {
		gint gate = 0;
		Racer a = {shared ? store : NULL, ticket, SG_TICKET_APPROVED,
			   KOHO, &gate, false, NULL};
		Racer b = {shared ? store : NULL, ticket, SG_TICKET_REJECTED,
			   FUKU, &gate, false, NULL};
		GThread *ta, *tb;
		g_autoptr(SgTicketRecord) got = NULL;
		Racer *loser;

		ticket[15] = "0123456789ABCDEFGHJK"[round];
		add(store, ticket, NOW, NOW + DAY);
		ta = g_thread_new("racer-a", race, &a);
		tb = g_thread_new("racer-b", race, &b);
		g_thread_join(ta);
		g_thread_join(tb);
		ck_assert_msg(a.ok != b.ok, "round %u: %d %d (%s / %s)", round,
			      a.ok, b.ok, a.error ? a.error->message : "",
			      b.error ? b.error->message : "");
		loser = a.ok ? &b : &a;
		ck_assert_msg(g_error_matches(loser->error, SG_STORE_ERROR,
					      SG_STORE_ERROR_DECIDED),
			      "%s", loser->error->message);
		got = sg_store_get_ticket(store, ticket, NULL);
		ck_assert_int_eq(got->status, a.ok ? SG_TICKET_APPROVED
						   : SG_TICKET_REJECTED);
		ck_assert_str_eq(got->decided_by, a.ok ? a.officer : b.officer);
		g_clear_error(&a.error);
		g_clear_error(&b.error);
	}
	{
		/* One decision audited per ticket, never two. */
		gint64 n = sg_store_count_recent(store, "approved", KOHO, 0,
						 NULL);
		gint64 m = sg_store_count_recent(store, "rejected", FUKU, 0,
						 NULL);

		ck_assert_int_eq(n + m, 20);
	}
}

START_TEST(test_race_shared_store)
{
	run_race(true);
}
END_TEST

START_TEST(test_race_two_connections)
{
	/* As the milter and `snsgate queue decide` would: two connections
	 * to one file, serialized by SQLite's write lock. */
	run_race(false);
}
END_TEST

/* --- audit, expiry, counts ------------------------------------------- */

START_TEST(test_audit_append_only)
{
	g_autoptr(SgStore) store = open_store();
	g_autoptr(GPtrArray) audit = NULL;
	sqlite3 *db = NULL;
	char *message = NULL;
	int rc;

	ck_assert(sg_store_audit(store, NOW, "refused", "SG-20261118-XXXXX",
				 "mallory@example.com", "bad token", NULL));
	ck_assert_int_eq(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READWRITE,
					 NULL),
			 SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	rc = sqlite3_exec(db, "UPDATE audit SET actor = 'someone-else'", NULL,
			  NULL, &message);
	ck_assert_int_ne(rc, SQLITE_OK);
	ck_assert_msg(strstr(message, "append-only") != NULL, "%s", message);
	sqlite3_free(message);
	rc = sqlite3_exec(db, "DELETE FROM audit", NULL, NULL, &message);
	ck_assert_int_ne(rc, SQLITE_OK);
	sqlite3_free(message);
	/* Appending is what the log is for. */
	ck_assert_int_eq(sqlite3_exec(db,
				      "INSERT INTO audit (at, event) VALUES "
				      "(1, 'reloaded')",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);

	audit = sg_store_audit_since(store, 0, NULL);
	ck_assert_ptr_nonnull(audit);
	ck_assert_uint_eq(audit->len, 2);
	/* Oldest first, by time then by order of writing. */
	ck_assert_str_eq(((SgAuditEntry *)audit->pdata[0])->event, "reloaded");
	ck_assert_str_eq(((SgAuditEntry *)audit->pdata[1])->actor,
			 "mallory@example.com");
	ck_assert_ptr_null(((SgAuditEntry *)audit->pdata[0])->ticket);
}
END_TEST

START_TEST(test_expire)
{
	g_autoptr(SgStore) store = open_store();
	g_autoptr(GPtrArray) expired = NULL;
	g_autoptr(GPtrArray) again = NULL;
	g_autoptr(GPtrArray) audit = NULL;
	g_autoptr(SgTicketRecord) got = NULL;
	g_autoptr(GError) error = NULL;
	g_autoptr(GHashTable) names = g_hash_table_new(g_str_hash, g_str_equal);

	add(store, "SG-20261118-E0001", NOW, NOW + 100);	/* due */
	add(store, "SG-20261118-E0002", NOW, NOW + 200);	/* due at now */
	add(store, "SG-20261118-E0003", NOW, NOW + 300);	/* not yet */
	add(store, "SG-20261118-E0004", NOW, NOW + 100);	/* decided */
	ck_assert(sg_store_decide(store, "SG-20261118-E0004",
				  SG_TICKET_APPROVED, "fuku@city.chiyoda.lg.jp",
				  NULL, NOW + 50, NULL));

	expired = sg_store_expire(store, NOW + 200, &error);
	ck_assert_msg(expired != NULL, "%s", error ? error->message : "");
	ck_assert_uint_eq(expired->len, 2);
	for (guint i = 0; i < expired->len; i++) {
		SgTicketRecord *r = g_ptr_array_index(expired, i);

		ck_assert_int_eq(r->status, SG_TICKET_EXPIRED);
		ck_assert_str_eq(r->author, "koho-tanto1@city.chiyoda.lg.jp");
		ck_assert_uint_eq(g_strv_length(r->officers), 2);
		g_hash_table_add(names, r->ticket);
	}
	ck_assert(g_hash_table_contains(names, "SG-20261118-E0001"));
	ck_assert(g_hash_table_contains(names, "SG-20261118-E0002"));

	got = sg_store_get_ticket(store, "SG-20261118-E0001", NULL);
	ck_assert_int_eq(got->status, SG_TICKET_EXPIRED);
	g_clear_pointer(&got, sg_ticket_record_free);
	got = sg_store_get_ticket(store, "SG-20261118-E0004", NULL);
	ck_assert_int_eq(got->status, SG_TICKET_APPROVED);

	again = sg_store_expire(store, NOW + 200, &error);
	ck_assert_uint_eq(again->len, 0);
	ck_assert_int_eq(sg_store_count_recent(store, "expired", NULL, 0,
					       NULL),
			 2);
	audit = sg_store_audit_since(store, NOW + 200, NULL);
	ck_assert_uint_eq(audit->len, 2);
}
END_TEST

START_TEST(test_list_and_remind)
{
	g_autoptr(SgStore) store = open_store();
	g_autoptr(GPtrArray) all = NULL;
	g_autoptr(GPtrArray) pending = NULL;
	g_autoptr(GPtrArray) soon = NULL;
	g_autoptr(GError) error = NULL;
	g_autoptr(SgTicketRecord) got = NULL;

	add(store, "SG-20261118-L0001", NOW, NOW + DAY);
	add(store, "SG-20261118-L0002", NOW + 10, NOW + 2 * DAY);
	add(store, "SG-20261118-L0003", NOW + 20, NOW + 3 * DAY);
	ck_assert(sg_store_decide(store, "SG-20261118-L0003",
				  SG_TICKET_REJECTED, "fuku@city.chiyoda.lg.jp",
				  "no", NOW + 30, NULL));

	all = sg_store_list_tickets(store, -1, 0, &error);
	ck_assert_ptr_nonnull(all);
	ck_assert_uint_eq(all->len, 3);
	/* Newest first, and without the raw message. */
	ck_assert_str_eq(((SgTicketRecord *)all->pdata[0])->ticket,
			 "SG-20261118-L0003");
	ck_assert_str_eq(((SgTicketRecord *)all->pdata[2])->ticket,
			 "SG-20261118-L0001");
	ck_assert_ptr_null(((SgTicketRecord *)all->pdata[0])->raw);
	ck_assert_str_eq(((SgTicketRecord *)all->pdata[0])->reason, "no");

	pending = sg_store_list_tickets(store, SG_TICKET_PENDING, 0, &error);
	ck_assert_uint_eq(pending->len, 2);
	soon = sg_store_list_tickets(store, SG_TICKET_PENDING,
				     NOW + 2 * DAY, &error);
	ck_assert_uint_eq(soon->len, 1);
	ck_assert_str_eq(((SgTicketRecord *)soon->pdata[0])->ticket,
			 "SG-20261118-L0001");

	ck_assert(sg_store_mark_reminded(store, "SG-20261118-L0001", &error));
	got = sg_store_get_ticket(store, "SG-20261118-L0001", NULL);
	ck_assert(got->reminded);
	ck_assert(!sg_store_mark_reminded(store, "SG-20261118-NONE0", &error));
	ck_assert(g_error_matches(error, SG_STORE_ERROR,
				  SG_STORE_ERROR_NOT_FOUND));
}
END_TEST

START_TEST(test_count_recent)
{
	g_autoptr(SgStore) store = open_store();
	const char *who = "koho-sekininsha@city.chiyoda.lg.jp";

	for (int i = 0; i < 5; i++)
		ck_assert(sg_store_audit(store, NOW + i * 60, "refused", NULL,
					 who, NULL, NULL));
	ck_assert(sg_store_audit(store, NOW, "refused", NULL,
				 "other@example.com", NULL, NULL));
	ck_assert(sg_store_audit(store, NOW, "approved", NULL, who, NULL,
				 NULL));
	ck_assert_int_eq(sg_store_count_recent(store, "refused", who, NOW,
					       NULL),
			 5);
	ck_assert_int_eq(sg_store_count_recent(store, "refused", who,
					       NOW + 120, NULL),
			 3);
	ck_assert_int_eq(sg_store_count_recent(store, "refused", who,
					       NOW + 241, NULL),
			 0);
	ck_assert_int_eq(sg_store_count_recent(store, "approved", who, 0,
					       NULL),
			 1);
	ck_assert_int_eq(sg_store_count_recent(store, "refused",
					       "nobody@example.com", 0, NULL),
			 0);
}
END_TEST

/* --- hostile text ----------------------------------------------------- */

static const char *const hostile[] = {
	"'; DROP TABLE audit; --",
	"\"); DELETE FROM tickets; --",
	"Robert'); DROP TABLE tickets;--",
	"%s%n%x ?1 :name @x $y",
	"\\' \\\" `` ''",
	"千代田区 🏯 \u202e\u200b\ufeff 𠮷野家",
	"line1\r\nline2\ttab",
};

START_TEST(test_hostile_text)
{
	const char *h = hostile[_i];
	g_autoptr(SgStore) store = open_store();
	g_autoptr(SgTicketRecord) r = make_record("SG-20261118-H0000", NOW,
						  NOW + DAY);
	g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func(
		(GDestroyNotify)sg_finding_free);
	g_autoptr(SgTicketRecord) got = NULL;
	g_autoptr(GPtrArray) got_findings = NULL;
	g_autoptr(GPtrArray) audit = NULL;
	g_autoptr(GPtrArray) all = NULL;
	g_autoptr(GError) error = NULL;
	SgFinding *f = sg_finding_new();
	const SgAuditEntry *e;
	const char *officers_h[] = {h, NULL};

	/* Officers are newline-joined, so a line break is not an address:
	 * that field alone gets the first line of the hostile text. */
	g_autofree char *officer = g_strndup(h, strcspn(h, "\n"));

	officers_h[0] = officer;
	g_free(r->account);
	r->account = g_strdup(h);
	g_free(r->author);
	r->author = g_strdup(h);
	g_free(r->subject);
	r->subject = g_strdup(h);
	g_free(r->queue_id);
	r->queue_id = g_strdup(h);
	g_strfreev(r->officers);
	r->officers = g_strdupv((char **)officers_h);
	f->rule = g_strdup(h);
	f->family = g_strdup(h);
	f->clause = g_strdup(h);
	f->piece_kind = SG_PIECE_ATTACHMENT;
	f->piece_name = g_strdup(h);
	f->excerpt = g_strdup(h);
	f->matched = g_strdup(h);
	f->message_ja = g_strdup(h);
	f->message_en = g_strdup(h);
	f->advice_ja = g_strdup(h);
	f->advice_en = g_strdup(h);
	f->detail = g_strdup(h);
	g_ptr_array_add(findings, f);

	ck_assert_msg(sg_store_add_draft(store, r, findings, &error), "%s",
		      error ? error->message : "");
	ck_assert(sg_store_decide(store, r->ticket, SG_TICKET_REJECTED, h, h,
				  NOW + 1, &error));
	ck_assert(sg_store_audit(store, NOW + 2, h, h, h, h, &error));

	got = sg_store_get_ticket(store, r->ticket, &error);
	ck_assert_ptr_nonnull(got);
	assert_record_eq(got, r);
	ck_assert_str_eq(got->decided_by, h);
	ck_assert_str_eq(got->reason, h);
	got_findings = sg_store_get_findings(store, r->ticket, &error);
	ck_assert_uint_eq(got_findings->len, 1);
	assert_finding_eq(got_findings->pdata[0], f);

	audit = sg_store_audit_since(store, NOW + 2, &error);
	ck_assert_uint_eq(audit->len, 1);
	e = audit->pdata[0];
	ck_assert_str_eq(e->event, h);
	ck_assert_str_eq(e->ticket, h);
	ck_assert_str_eq(e->actor, h);
	ck_assert_str_eq(e->detail, h);
	ck_assert_int_eq(sg_store_count_recent(store, h, h, 0, NULL), 1);

	/* Every table is still there and whole. */
	all = sg_store_list_tickets(store, -1, 0, &error);
	ck_assert_uint_eq(all->len, 1);
	g_clear_pointer(&audit, g_ptr_array_unref);
	audit = sg_store_audit_since(store, 0, &error);
	ck_assert_uint_eq(audit->len, 3);
}
END_TEST

/* --- reopening and failures ----------------------------------------- */

START_TEST(test_reopen)
{
	g_autoptr(SgTicketRecord) got = NULL;
	g_autofree char *version = NULL;
	SgStore *store = open_store();

	add(store, "SG-20261118-P0001", NOW, NOW + DAY);
	sg_store_close(store);
	version = query_other("PRAGMA user_version");
	ck_assert_str_eq(version, "1");

	store = open_store();
	got = sg_store_get_ticket(store, "SG-20261118-P0001", NULL);
	ck_assert_ptr_nonnull(got);
	ck_assert_uint_eq(g_bytes_get_size(got->raw), sizeof raw_message);
	add(store, "SG-20261118-P0002", NOW, NOW + DAY);
	sg_store_close(store);
	g_free(version);
	version = query_other("PRAGMA user_version");
	ck_assert_str_eq(version, "1");
}
END_TEST

static void
assert_open_fails(const char *path, const char *why)
{
	g_autoptr(GError) error = NULL;
	SgStore *store = sg_store_open(path, &error);

	ck_assert_ptr_null(store);
	ck_assert(g_error_matches(error, SG_STORE_ERROR, SG_STORE_ERROR_IO));
	ck_assert_msg(strstr(error->message, path) != NULL, "%s",
		      error->message);
	ck_assert_msg(strstr(error->message, why) != NULL, "%s",
		      error->message);
}

START_TEST(test_open_failures)
{
	g_autofree char *file = g_build_filename(tmpdir, "plain", NULL);
	g_autofree char *under_file = g_build_filename(file, "x.db", NULL);
	g_autofree char *no_dir = g_build_filename(tmpdir, "no", "x.db", NULL);
	g_autofree char *junk = g_build_filename(tmpdir, "junk.db", NULL);
	char garbage[4096];

	ck_assert(g_file_set_contents(file, "x", 1, NULL));
	assert_open_fails(under_file, "Not a directory");
	assert_open_fails(no_dir, "No such file");
	assert_open_fails(tmpdir, "Is a directory");

	memset(garbage, 'z', sizeof garbage);
	ck_assert(g_file_set_contents(junk, garbage, sizeof garbage, NULL));
	assert_open_fails(junk, "not a database");

	if (geteuid() != 0) {
		/* Permissions do not bind root, who runs some CI. */
		g_autofree char *ro = g_build_filename(tmpdir, "ro", NULL);
		g_autofree char *inside = g_build_filename(ro, "x.db", NULL);

		ck_assert_int_eq(g_mkdir(ro, 0500), 0);
		assert_open_fails(inside, "Permission denied");
		g_chmod(ro, 0700);
	}
}
END_TEST

START_TEST(test_newer_schema_refused)
{
	g_autofree char *v = NULL;
	sqlite3 *db = NULL;

	ck_assert_int_eq(sqlite3_open(db_path, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "PRAGMA user_version = 2", NULL,
				      NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	assert_open_fails(db_path, "schema version 2");
	/* Refusing did not touch it. */
	v = query_other("PRAGMA user_version");
	ck_assert_str_eq(v, "2");
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("store");
	TCase *tc = tcase_create("store");
	SRunner *sr;
	int failed;

	tcase_add_checked_fixture(tc, setup, teardown);
	/* Every draft write is fsync'ed, and the races run 20 rounds. */
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_open_settings);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_empty_draft);
	tcase_add_test(tc, test_duplicate_rolls_back);
	tcase_add_test(tc, test_decide);
	tcase_add_test(tc, test_reject_with_reason);
	tcase_add_test(tc, test_decide_refusals);
	tcase_add_test(tc, test_race_shared_store);
	tcase_add_test(tc, test_race_two_connections);
	tcase_add_test(tc, test_audit_append_only);
	tcase_add_test(tc, test_expire);
	tcase_add_test(tc, test_list_and_remind);
	tcase_add_test(tc, test_count_recent);
	tcase_add_loop_test(tc, test_hostile_text, 0, G_N_ELEMENTS(hostile));
	tcase_add_test(tc, test_reopen);
	tcase_add_test(tc, test_open_failures);
	tcase_add_test(tc, test_newer_schema_refused);
	suite_add_tcase(s, tc);

	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
