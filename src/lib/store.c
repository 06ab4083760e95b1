/* The store: submitted drafts with their tickets and findings, and the
 * append-only audit log, in one SQLite database.  It is what makes an
 * accepted draft durable (WAL, synchronous=FULL: a write that returned is
 * on disk) and what makes the first decision on a ticket the only one (a
 * decision is one BEGIN IMMEDIATE transaction whose UPDATE matches only a
 * pending, unexpired ticket).  It does not decide who may approve (the
 * caller has matched the officer), sends no mail and never logs.  All SQL
 * lives in the tables below: migrations and connection settings run at
 * open, and every statement is prepared once at open and bound with
 * parameters, so no SQL is ever built from mail.  The schema version is
 * PRAGMA user_version, migrated at open; a newer database is refused.
 * Threads: one SgStore owns one connection (opened SQLITE_OPEN_FULLMUTEX)
 * and its prepared statements; every public function holds store->lock for
 * its whole duration, since a prepared statement is state that two threads
 * must not interleave.  Several processes (the milter, the CLI) may open
 * the same file: writers queue on SQLite's lock for up to
 * SG_STORE_BUSY_TIMEOUT_MS, then fail with SG_STORE_ERROR_IO (a temporary
 * failure for the milter, never an accept).
 */
#include "config.h"

#include <snsgate/store.h>

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

G_DEFINE_QUARK(sg-store-error-quark, sg_store_error)

#define SG_STORE_SCHEMA_VERSION 1
#define SG_STORE_BUSY_TIMEOUT_MS 5000

/* Migrations: migrations[v] takes a database from user_version v to v + 1,
 * inside the transaction that also sets the new version, so a crash leaves
 * either the old schema or the new one.  Never edit a shipped step; add
 * one.
 *
 * Version 1.  STRICT tables refuse values of the wrong type.  Status,
 * verdict, severity and part kinds are stored as words so that an
 * administrator reading the file with sqlite3(1) understands it.  Officers
 * are newline-joined: an SMTP address cannot contain a line break (RFC 5321
 * §4.1.2 qtextSMTP).  audit.ticket has no foreign key: refused replies are
 * audited with ticket ids that do not exist.  The triggers keep the audit
 * log append-only for every client of the file, snsgate's own or sqlite3(1);
 * they are a guard against mistakes and casual tampering, not against
 * someone who can rewrite the file.
 */
static const char *const migrations[] = {
	"CREATE TABLE tickets ("
	"  id TEXT PRIMARY KEY NOT NULL,"
	"  account TEXT NOT NULL,"
	"  author TEXT NOT NULL,"
	"  subject TEXT,"
	"  queue_id TEXT,"
	"  sha256 TEXT NOT NULL,"
	"  raw BLOB NOT NULL,"
	"  verdict TEXT NOT NULL"
	"    CHECK (verdict IN ('pass', 'warn', 'block')),"
	"  officers TEXT NOT NULL,"
	"  submitted INTEGER NOT NULL,"
	"  expires INTEGER NOT NULL,"
	"  status TEXT NOT NULL"
	"    CHECK (status IN ('pending', 'approved', 'rejected', 'expired')),"
	"  decided_by TEXT,"
	"  decided_at INTEGER,"
	"  reason TEXT,"
	"  reminded INTEGER NOT NULL DEFAULT 0"
	") STRICT;"
	"CREATE INDEX tickets_status_expires ON tickets (status, expires);"
	"CREATE TABLE findings ("
	"  ticket TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,"
	"  seq INTEGER NOT NULL,"
	"  rule TEXT,"
	"  family TEXT,"
	"  clause TEXT,"
	"  severity TEXT NOT NULL"
	"    CHECK (severity IN ('info', 'warn', 'block')),"
	"  part_kind TEXT NOT NULL"
	"    CHECK (part_kind IN ('subject', 'body', 'attachment')),"
	"  part_name TEXT,"
	"  line INTEGER NOT NULL,"
	"  col INTEGER NOT NULL,"
	"  excerpt TEXT,"
	"  matched TEXT,"
	"  message_ja TEXT,"
	"  message_en TEXT,"
	"  advice_ja TEXT,"
	"  advice_en TEXT,"
	"  detail TEXT,"
	"  PRIMARY KEY (ticket, seq)"
	") STRICT;"
	"CREATE TABLE audit ("
	"  id INTEGER PRIMARY KEY AUTOINCREMENT,"
	"  at INTEGER NOT NULL,"
	"  event TEXT NOT NULL,"
	"  ticket TEXT,"
	"  actor TEXT,"
	"  detail TEXT"
	") STRICT;"
	"CREATE INDEX audit_at ON audit (at);"
	"CREATE INDEX audit_event_actor_at ON audit (event, actor, at);"
	"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN"
	"  SELECT RAISE(ABORT, 'the audit log is append-only');"
	"END;"
	"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN"
	"  SELECT RAISE(ABORT, 'the audit log is append-only');"
	"END;"
	"PRAGMA user_version = 1;",
};

G_STATIC_ASSERT(G_N_ELEMENTS(migrations) == SG_STORE_SCHEMA_VERSION);

/* Connection settings, run in order at open.  They are per connection
 * (journal_mode is also recorded in the file), so every open runs them. */
static const char *const settings[] = {
	/* Refuse to let functions named in the schema run with the
	 * privileges of the application (a planted database). */
	"PRAGMA trusted_schema = OFF",
	"PRAGMA foreign_keys = ON",
	"PRAGMA synchronous = FULL",
};

/* The rest of what runs at open, before the statements below can be
 * prepared (they name tables the migrations create). */
typedef enum {
	OPEN_JOURNAL_MODE,
	OPEN_USER_VERSION,
	OPEN_BEGIN,
	OPEN_COMMIT,
	OPEN_ROLLBACK,
	OPEN_COUNT
} SgOpenSqlId;

static const char *const open_sql[OPEN_COUNT] = {
	[OPEN_JOURNAL_MODE] = "PRAGMA journal_mode = WAL",
	[OPEN_USER_VERSION] = "PRAGMA user_version",
	[OPEN_BEGIN] = "BEGIN IMMEDIATE",
	[OPEN_COMMIT] = "COMMIT",
	[OPEN_ROLLBACK] = "ROLLBACK",
};

/* The columns of a ticket record, in the order of the COL_ values. */
#define TICKET_COLUMNS                                                         \
	"id, account, author, subject, queue_id, sha256, verdict, officers, "  \
	"submitted, expires, status, decided_by, decided_at, reason, "         \
	"reminded"

enum {
	COL_ID,
	COL_ACCOUNT,
	COL_AUTHOR,
	COL_SUBJECT,
	COL_QUEUE_ID,
	COL_SHA256,
	COL_VERDICT,
	COL_OFFICERS,
	COL_SUBMITTED,
	COL_EXPIRES,
	COL_STATUS,
	COL_DECIDED_BY,
	COL_DECIDED_AT,
	COL_REASON,
	COL_REMINDED,
	COL_RAW, /* only in ST_GET_TICKET */
};

#define FINDING_COLUMNS                                                        \
	"rule, family, clause, severity, part_kind, part_name, line, col, "    \
	"excerpt, matched, message_ja, message_en, advice_ja, advice_en, "     \
	"detail"

typedef enum {
	ST_BEGIN,
	ST_COMMIT,
	ST_ROLLBACK,
	ST_INSERT_TICKET,
	ST_INSERT_FINDING,
	ST_INSERT_AUDIT,
	ST_GET_TICKET,
	ST_GET_STATE,
	ST_DECIDE,
	ST_LIST_TICKETS,
	ST_LIST_DUE,
	ST_EXPIRE,
	ST_MARK_REMINDED,
	ST_AUDIT_SINCE,
	ST_GET_FINDINGS,
	ST_COUNT_RECENT,
	ST_COUNT
} SgStatementId;

/* Every statement snsgate runs on an open store. */
static const char *const statements[ST_COUNT] = {
	/* IMMEDIATE takes the write lock at once: two deciders queue on it
	 * instead of both reading "pending" and one failing to upgrade. */
	[ST_BEGIN] = "BEGIN IMMEDIATE",
	[ST_COMMIT] = "COMMIT",
	[ST_ROLLBACK] = "ROLLBACK",
	[ST_INSERT_TICKET] =
		"INSERT INTO tickets (" TICKET_COLUMNS ", raw) VALUES (?1, ?2, "
		"?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'pending', NULL, NULL, NULL, "
		"0, ?11)",
	[ST_INSERT_FINDING] =
		"INSERT INTO findings (ticket, seq, " FINDING_COLUMNS ") "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
		"?13, ?14, ?15, ?16, ?17)",
	[ST_INSERT_AUDIT] = "INSERT INTO audit (at, event, ticket, actor, "
			    "detail) VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_GET_TICKET] = "SELECT " TICKET_COLUMNS ", raw FROM tickets "
			  "WHERE id = ?1",
	[ST_GET_STATE] = "SELECT status, decided_by, decided_at, expires "
			 "FROM tickets WHERE id = ?1",
	/* The whole rule of "first decision wins, never after expiry". */
	[ST_DECIDE] = "UPDATE tickets SET status = ?2, decided_by = ?3, "
		      "decided_at = ?4, reason = ?5 WHERE id = ?1 AND "
		      "status = 'pending' AND expires > ?4",
	[ST_LIST_TICKETS] = "SELECT " TICKET_COLUMNS " FROM tickets "
			    "WHERE (?1 IS NULL OR status = ?1) "
			    "AND (?2 <= 0 OR expires < ?2) "
			    "ORDER BY submitted DESC, rowid DESC",
	[ST_LIST_DUE] = "SELECT " TICKET_COLUMNS " FROM tickets "
			"WHERE status = 'pending' AND expires <= ?1 "
			"ORDER BY expires, id",
	[ST_EXPIRE] = "UPDATE tickets SET status = 'expired', "
		      "decided_at = ?2 WHERE id = ?1 AND status = 'pending'",
	[ST_MARK_REMINDED] = "UPDATE tickets SET reminded = 1 WHERE id = ?1",
	[ST_AUDIT_SINCE] = "SELECT id, at, event, ticket, actor, detail "
			   "FROM audit WHERE at >= ?1 ORDER BY at, id",
	[ST_GET_FINDINGS] = "SELECT " FINDING_COLUMNS " FROM findings "
			    "WHERE ticket = ?1 ORDER BY seq",
	[ST_COUNT_RECENT] = "SELECT count(*) FROM audit WHERE event = ?1 "
			    "AND actor IS ?2 AND at >= ?3",
};

struct _SgStore {
	GMutex lock;
	char *path;
	sqlite3 *db;
	sqlite3_stmt *stmts[ST_COUNT];
};

/* A prepared statement lent to one call: g_autoptr(SgStmt) resets it and
 * clears its bindings on every way out (bound text is SQLITE_STATIC and
 * must not outlive the call; an un-reset SELECT would hold a read
 * transaction open).  Declared after the GMutexLocker, so it is released
 * while the lock is still held. */
typedef sqlite3_stmt SgStmt;

static void
stmt_release(SgStmt *stmt)
{
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgStmt, stmt_release)

static SgStmt *
stmt_lend(SgStore *store, SgStatementId id)
{
	return store->stmts[id];
}

static const char *const status_names[] = {
	[SG_TICKET_PENDING] = "pending",
	[SG_TICKET_APPROVED] = "approved",
	[SG_TICKET_REJECTED] = "rejected",
	[SG_TICKET_EXPIRED] = "expired",
};

static const char *const piece_kind_names[] = {
	[SG_PIECE_SUBJECT] = "subject",
	[SG_PIECE_BODY] = "body",
	[SG_PIECE_ATTACHMENT] = "attachment",
};

const char *
sg_ticket_status_to_string(SgTicketStatus status)
{
	g_return_val_if_fail((guint)status < G_N_ELEMENTS(status_names),
			     "unknown");
	return status_names[status];
}

/* The schema's CHECK constraints admit only known words; should a newer
 * snsgate ever add one, an unknown status reads as expired, never as
 * pending (fail closed). */
static SgTicketStatus
status_from_string(const char *s)
{
	for (guint i = 0; i < G_N_ELEMENTS(status_names); i++)
		if (g_strcmp0(s, status_names[i]) == 0)
			return (SgTicketStatus)i;
	return SG_TICKET_EXPIRED;
}

static SgVerdict
verdict_from_string(const char *s)
{
	if (g_strcmp0(s, "pass") == 0)
		return SG_VERDICT_PASS;
	if (g_strcmp0(s, "warn") == 0)
		return SG_VERDICT_WARN;
	return SG_VERDICT_BLOCK;
}

static SgPieceKind
piece_kind_from_string(const char *s)
{
	for (guint i = 0; i < G_N_ELEMENTS(piece_kind_names); i++)
		if (g_strcmp0(s, piece_kind_names[i]) == 0)
			return (SgPieceKind)i;
	return SG_PIECE_BODY;
}

static const char *
piece_kind_to_string(SgPieceKind kind)
{
	if ((guint)kind >= G_N_ELEMENTS(piece_kind_names))
		return "body";
	return piece_kind_names[kind];
}

void
sg_ticket_record_free(SgTicketRecord *record)
{
	if (record == NULL)
		return;
	g_clear_pointer(&record->ticket, g_free);
	g_clear_pointer(&record->account, g_free);
	g_clear_pointer(&record->author, g_free);
	g_clear_pointer(&record->subject, g_free);
	g_clear_pointer(&record->queue_id, g_free);
	g_clear_pointer(&record->sha256, g_free);
	g_clear_pointer(&record->raw, g_bytes_unref);
	g_clear_pointer(&record->officers, g_strfreev);
	g_clear_pointer(&record->decided_by, g_free);
	g_clear_pointer(&record->reason, g_free);
	g_free(record);
}

void
sg_audit_entry_free(SgAuditEntry *entry)
{
	if (entry == NULL)
		return;
	g_clear_pointer(&entry->event, g_free);
	g_clear_pointer(&entry->ticket, g_free);
	g_clear_pointer(&entry->actor, g_free);
	g_clear_pointer(&entry->detail, g_free);
	g_free(entry);
}

/* Sets @error from the connection's last error: "PATH: OP: SQLite's
 * message".  Call it before anything else touches the connection (a
 * ROLLBACK would replace the message).  Returns false. */
static bool G_GNUC_PRINTF(3, 4)
fail(SgStore *store, GError **error, const char *format, ...)
{
	g_autofree char *op = NULL;
	va_list args;

	va_start(args, format);
	op = g_strdup_vprintf(format, args);
	va_end(args);
	g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_IO, "%s: %s: %s",
		    store->path, op, sqlite3_errmsg(store->db));
	return false;
}

/* Steps a statement that returns no rows, once. */
static bool
step_done(SgStore *store, SgStmt *st, const char *op, GError **error)
{
	if (sqlite3_step(st) != SQLITE_DONE)
		return fail(store, error, "%s", op);
	return true;
}

static bool
run(SgStore *store, SgStatementId id, const char *op, GError **error)
{
	g_autoptr(SgStmt) st = stmt_lend(store, id);

	return step_done(store, st, op, error);
}

static bool
begin(SgStore *store, GError **error)
{
	return run(store, ST_BEGIN, "begin transaction", error);
}

static bool
commit(SgStore *store, GError **error)
{
	return run(store, ST_COMMIT, "commit", error);
}

/* Rolls back the open transaction, if SQLite has not already done so
 * (it does after SQLITE_FULL, SQLITE_IOERR and the like). */
static void
rollback(SgStore *store)
{
	if (!sqlite3_get_autocommit(store->db))
		run(store, ST_ROLLBACK, "rollback", NULL);
}

static int
bind_text(SgStmt *st, int i, const char *s)
{
	/* NULL binds SQL NULL. */
	return sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}

static char *
column_dup(SgStmt *st, int col)
{
	return g_strdup((const char *)sqlite3_column_text(st, col));
}

static char *
format_time(gint64 when)
{
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local(when);

	if (dt == NULL)
		return g_strdup_printf("@%" G_GINT64_FORMAT, when);
	return g_date_time_format(dt, "%Y-%m-%d %H:%M:%S %z");
}

/* Runs the migrations from the file's user_version up to ours, in one
 * write transaction, so two processes opening a new file at once do not
 * both create the schema. */
static bool
migrate(SgStore *store, GError **error)
{
	sqlite3_stmt *st = NULL;
	char *message = NULL;
	int version;

	if (sqlite3_exec(store->db, open_sql[OPEN_BEGIN], NULL, NULL, NULL) !=
	    SQLITE_OK)
		return fail(store, error, "begin migration");
	if (sqlite3_prepare_v2(store->db, open_sql[OPEN_USER_VERSION], -1,
			       &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW) {
		fail(store, error, "read the schema version");
		goto fail;
	}
	version = sqlite3_column_int(st, 0);
	sqlite3_finalize(g_steal_pointer(&st));
	if (version > SG_STORE_SCHEMA_VERSION || version < 0) {
		g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_IO,
			    "%s: schema version %d is not one this snsgate "
			    "knows (%d or older); was the database written by "
			    "a newer release?",
			    store->path, version, SG_STORE_SCHEMA_VERSION);
		goto fail;
	}
	for (; version < SG_STORE_SCHEMA_VERSION; version++) {
		if (sqlite3_exec(store->db, migrations[version], NULL, NULL,
				 &message) != SQLITE_OK) {
			g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_IO,
				    "%s: migrate schema %d to %d: %s",
				    store->path, version, version + 1,
				    message != NULL ? message : "failed");
			sqlite3_free(message);
			goto fail;
		}
	}
	if (sqlite3_exec(store->db, open_sql[OPEN_COMMIT], NULL, NULL, NULL) !=
	    SQLITE_OK) {
		fail(store, error, "commit migration");
		goto fail;
	}
	return true;
fail:
	sqlite3_finalize(st);
	if (!sqlite3_get_autocommit(store->db))
		sqlite3_exec(store->db, open_sql[OPEN_ROLLBACK], NULL, NULL,
			     NULL);
	return false;
}

static bool
configure_connection(SgStore *store, GError **error)
{
	sqlite3_stmt *st = NULL;
	bool wal;

	sqlite3_extended_result_codes(store->db, 1);
	sqlite3_busy_timeout(store->db, SG_STORE_BUSY_TIMEOUT_MS);
	for (guint i = 0; i < G_N_ELEMENTS(settings); i++)
		if (sqlite3_exec(store->db, settings[i], NULL, NULL, NULL) !=
		    SQLITE_OK)
			return fail(store, error, "%s", settings[i]);
	/* journal_mode answers with the mode it is in: a file system
	 * without shared memory may refuse WAL, and we would rather not run
	 * than run with other durability than the one documented. */
	if (sqlite3_prepare_v2(store->db, open_sql[OPEN_JOURNAL_MODE], -1, &st,
			       NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW) {
		fail(store, error, "%s", open_sql[OPEN_JOURNAL_MODE]);
		sqlite3_finalize(st);
		return false;
	}
	wal = g_strcmp0((const char *)sqlite3_column_text(st, 0), "wal") == 0;
	sqlite3_finalize(st);
	if (!wal) {
		g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_IO,
			    "%s: cannot use write-ahead logging here",
			    store->path);
		return false;
	}
	return true;
}

static bool
prepare_statements(SgStore *store, GError **error)
{
	for (guint i = 0; i < ST_COUNT; i++) {
		const char *tail = NULL;

		if (sqlite3_prepare_v3(store->db, statements[i], -1,
				       SQLITE_PREPARE_PERSISTENT,
				       &store->stmts[i], &tail) != SQLITE_OK)
			return fail(store, error, "prepare statement %u", i);
		/* One statement per entry: more would be silently ignored. */
		g_assert(tail != NULL && *tail == '\0');
	}
	return true;
}

SgStore *
sg_store_open(const char *path, GError **error)
{
	g_autoptr(SgStore) store = NULL;
	int fd;
	int rc;

	g_return_val_if_fail(path != NULL, NULL);

	/* SQLite would create the file 0644 less the umask, and the store
	 * holds unpublished drafts and staff addresses; create it 0600
	 * ourselves (an empty file is an empty database).  SQLite gives the
	 * -wal and -shm files the mode of the database file.  The umask is
	 * left alone: it is process-wide, and threads may be running. */
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOCTTY, 0600);
	if (fd < 0) {
		int saved = errno;

		g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_IO,
			    "%s: cannot open the store: %s", path,
			    g_strerror(saved));
		return NULL;
	}
	close(fd);

	store = g_new0(SgStore, 1);
	g_mutex_init(&store->lock);
	store->path = g_strdup(path);
	rc = sqlite3_open_v2(path, &store->db,
			     SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX,
			     NULL);
	if (rc != SQLITE_OK) {
		g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_IO,
			    "%s: cannot open the store: %s", path,
			    store->db != NULL ? sqlite3_errmsg(store->db)
					      : sqlite3_errstr(rc));
		return NULL;
	}
	if (!configure_connection(store, error) || !migrate(store, error) ||
	    !prepare_statements(store, error))
		return NULL;
	return g_steal_pointer(&store);
}

void
sg_store_close(SgStore *store)
{
	if (store == NULL)
		return;
	for (guint i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(store->stmts[i]);
	/* close_v2 defers the close should anything still be open instead
	 * of failing; nothing should be. */
	sqlite3_close_v2(store->db);
	g_mutex_clear(&store->lock);
	g_free(store->path);
	g_free(store);
}

static bool
insert_audit(SgStore *store, gint64 when, const char *event,
	     const char *ticket, const char *actor, const char *detail,
	     GError **error)
{
	g_autoptr(SgStmt) st = stmt_lend(store, ST_INSERT_AUDIT);

	if (sqlite3_bind_int64(st, 1, when) != SQLITE_OK ||
	    bind_text(st, 2, event) != SQLITE_OK ||
	    bind_text(st, 3, ticket) != SQLITE_OK ||
	    bind_text(st, 4, actor) != SQLITE_OK ||
	    bind_text(st, 5, detail) != SQLITE_OK)
		return fail(store, error, "bind audit entry");
	return step_done(store, st, "append to the audit log", error);
}

static bool
insert_ticket(SgStore *store, const SgTicketRecord *record, GError **error)
{
	g_autoptr(SgStmt) st = stmt_lend(store, ST_INSERT_TICKET);
	g_autofree char *officers = NULL;
	gsize raw_len = 0;
	const void *raw = g_bytes_get_data(record->raw, &raw_len);

	if (record->officers != NULL)
		officers = g_strjoinv("\n", record->officers);
	else
		officers = g_strdup("");
	/* A NULL pointer would bind SQL NULL, not an empty message. */
	if (raw == NULL)
		raw = "";
	if (bind_text(st, 1, record->ticket) != SQLITE_OK ||
	    bind_text(st, 2, record->account) != SQLITE_OK ||
	    bind_text(st, 3, record->author) != SQLITE_OK ||
	    bind_text(st, 4, record->subject) != SQLITE_OK ||
	    bind_text(st, 5, record->queue_id) != SQLITE_OK ||
	    bind_text(st, 6, record->sha256) != SQLITE_OK ||
	    bind_text(st, 7, sg_verdict_to_string(record->verdict)) !=
		    SQLITE_OK ||
	    bind_text(st, 8, officers) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 9, record->submitted) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 10, record->expires) != SQLITE_OK ||
	    sqlite3_bind_blob64(st, 11, raw, raw_len, SQLITE_STATIC) !=
		    SQLITE_OK)
		return fail(store, error, "bind ticket %s", record->ticket);
	if (sqlite3_step(st) != SQLITE_DONE)
		return fail(store, error, "insert ticket %s", record->ticket);
	return true;
}

static bool
insert_finding(SgStore *store, const char *ticket, guint seq,
	       const SgFinding *f, GError **error)
{
	g_autoptr(SgStmt) st = stmt_lend(store, ST_INSERT_FINDING);

	if (bind_text(st, 1, ticket) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, seq) != SQLITE_OK ||
	    bind_text(st, 3, f->rule) != SQLITE_OK ||
	    bind_text(st, 4, f->family) != SQLITE_OK ||
	    bind_text(st, 5, f->clause) != SQLITE_OK ||
	    bind_text(st, 6, sg_severity_to_string(f->severity)) != SQLITE_OK ||
	    bind_text(st, 7, piece_kind_to_string(f->piece_kind)) !=
		    SQLITE_OK ||
	    bind_text(st, 8, f->piece_name) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 9, f->line) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 10, f->column) != SQLITE_OK ||
	    bind_text(st, 11, f->excerpt) != SQLITE_OK ||
	    bind_text(st, 12, f->matched) != SQLITE_OK ||
	    bind_text(st, 13, f->message_ja) != SQLITE_OK ||
	    bind_text(st, 14, f->message_en) != SQLITE_OK ||
	    bind_text(st, 15, f->advice_ja) != SQLITE_OK ||
	    bind_text(st, 16, f->advice_en) != SQLITE_OK ||
	    bind_text(st, 17, f->detail) != SQLITE_OK)
		return fail(store, error, "bind finding %u of %s", seq, ticket);
	if (sqlite3_step(st) != SQLITE_DONE)
		return fail(store, error, "insert finding %u of %s", seq,
			    ticket);
	return true;
}

bool
sg_store_add_draft(SgStore *store, const SgTicketRecord *record,
		   GPtrArray *findings, GError **error)
{
	g_autoptr(GMutexLocker) locker = NULL;
	g_autofree char *detail = NULL;
	guint n_findings = findings != NULL ? findings->len : 0;

	g_return_val_if_fail(store != NULL, false);
	g_return_val_if_fail(record != NULL, false);
	g_return_val_if_fail(record->ticket != NULL, false);
	g_return_val_if_fail(record->account != NULL, false);
	g_return_val_if_fail(record->author != NULL, false);
	g_return_val_if_fail(record->sha256 != NULL, false);
	g_return_val_if_fail(record->raw != NULL, false);
	g_return_val_if_fail(record->status == SG_TICKET_PENDING, false);
	for (guint i = 0; record->officers && record->officers[i]; i++)
		g_return_val_if_fail(strchr(record->officers[i], '\n') == NULL,
				     false);

	detail = g_strdup_printf("account=%s verdict=%s findings=%u",
				 record->account,
				 sg_verdict_to_string(record->verdict),
				 n_findings);
	locker = g_mutex_locker_new(&store->lock);
	if (!begin(store, error))
		return false;
	if (!insert_ticket(store, record, error))
		goto fail;
	for (guint i = 0; i < n_findings; i++)
		if (!insert_finding(store, record->ticket, i,
				    g_ptr_array_index(findings, i), error))
			goto fail;
	if (!insert_audit(store, record->submitted, "submitted",
			  record->ticket, record->author, detail, error) ||
	    !commit(store, error))
		goto fail;
	return true;
fail:
	rollback(store);
	return false;
}

static SgTicketRecord *
record_from_row(SgStmt *st, bool with_raw)
{
	SgTicketRecord *r = g_new0(SgTicketRecord, 1);
	const char *officers;

	r->ticket = column_dup(st, COL_ID);
	r->account = column_dup(st, COL_ACCOUNT);
	r->author = column_dup(st, COL_AUTHOR);
	r->subject = column_dup(st, COL_SUBJECT);
	r->queue_id = column_dup(st, COL_QUEUE_ID);
	r->sha256 = column_dup(st, COL_SHA256);
	r->verdict = verdict_from_string(
		(const char *)sqlite3_column_text(st, COL_VERDICT));
	officers = (const char *)sqlite3_column_text(st, COL_OFFICERS);
	if (officers != NULL && *officers != '\0')
		r->officers = g_strsplit(officers, "\n", -1);
	else
		r->officers = g_new0(char *, 1);
	r->submitted = sqlite3_column_int64(st, COL_SUBMITTED);
	r->expires = sqlite3_column_int64(st, COL_EXPIRES);
	r->status = status_from_string(
		(const char *)sqlite3_column_text(st, COL_STATUS));
	r->decided_by = column_dup(st, COL_DECIDED_BY);
	r->decided_at = sqlite3_column_int64(st, COL_DECIDED_AT);
	r->reason = column_dup(st, COL_REASON);
	r->reminded = sqlite3_column_int64(st, COL_REMINDED) != 0;
	if (with_raw) {
		/* blob before bytes, as sqlite3_column_blob(3) advises. */
		const void *raw = sqlite3_column_blob(st, COL_RAW);
		int len = sqlite3_column_bytes(st, COL_RAW);

		r->raw = g_bytes_new(raw, (gsize)len);
	}
	return r;
}

SgTicketRecord *
sg_store_get_ticket(SgStore *store, const char *ticket, GError **error)
{
	g_autoptr(GMutexLocker) locker = NULL;
	g_autoptr(SgStmt) st = NULL;
	int rc;

	g_return_val_if_fail(store != NULL, NULL);
	g_return_val_if_fail(ticket != NULL, NULL);

	locker = g_mutex_locker_new(&store->lock);
	st = stmt_lend(store, ST_GET_TICKET);
	if (bind_text(st, 1, ticket) != SQLITE_OK) {
		fail(store, error, "bind ticket %s", ticket);
		return NULL;
	}
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		return record_from_row(st, true);
	if (rc == SQLITE_DONE)
		g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_NOT_FOUND,
			    "no ticket %s", ticket);
	else
		fail(store, error, "read ticket %s", ticket);
	return NULL;
}

/* Says why @ticket could not be decided at @now; the caller's
 * transaction is still open, so what it reads is what the UPDATE saw. */
static void
explain_refusal(SgStore *store, const char *ticket, gint64 now,
		GError **error)
{
	g_autoptr(SgStmt) st = stmt_lend(store, ST_GET_STATE);
	g_autofree char *at = NULL;
	SgTicketStatus status;
	int rc;

	if (bind_text(st, 1, ticket) != SQLITE_OK) {
		fail(store, error, "bind ticket %s", ticket);
		return;
	}
	rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_NOT_FOUND,
			    "no ticket %s", ticket);
		return;
	}
	if (rc != SQLITE_ROW) {
		fail(store, error, "read ticket %s", ticket);
		return;
	}
	status = status_from_string((const char *)sqlite3_column_text(st, 0));
	if (status == SG_TICKET_APPROVED || status == SG_TICKET_REJECTED) {
		const char *by = (const char *)sqlite3_column_text(st, 1);

		at = format_time(sqlite3_column_int64(st, 2));
		g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_DECIDED,
			    "ticket %s was already %s by %s at %s", ticket,
			    sg_ticket_status_to_string(status),
			    by != NULL ? by : "(unknown)", at);
		return;
	}
	at = format_time(sqlite3_column_int64(st, 3));
	if (status == SG_TICKET_EXPIRED || sqlite3_column_int64(st, 3) <= now) {
		g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_EXPIRED,
			    "ticket %s expired at %s", ticket, at);
		return;
	}
	/* Pending and unexpired, yet the UPDATE matched nothing. */
	g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_IO,
		    "%s: ticket %s could not be decided", store->path, ticket);
}

bool
sg_store_decide(SgStore *store, const char *ticket, SgTicketStatus status,
		const char *officer, const char *reason, gint64 now,
		GError **error)
{
	g_autoptr(GMutexLocker) locker = NULL;
	const char *event;

	g_return_val_if_fail(store != NULL, false);
	g_return_val_if_fail(ticket != NULL, false);
	g_return_val_if_fail(officer != NULL, false);
	g_return_val_if_fail(status == SG_TICKET_APPROVED ||
				     status == SG_TICKET_REJECTED,
			     false);

	event = sg_ticket_status_to_string(status);
	locker = g_mutex_locker_new(&store->lock);
	if (!begin(store, error))
		return false;
	{
		g_autoptr(SgStmt) st = stmt_lend(store, ST_DECIDE);

		if (bind_text(st, 1, ticket) != SQLITE_OK ||
		    bind_text(st, 2, event) != SQLITE_OK ||
		    bind_text(st, 3, officer) != SQLITE_OK ||
		    sqlite3_bind_int64(st, 4, now) != SQLITE_OK ||
		    bind_text(st, 5, reason) != SQLITE_OK) {
			fail(store, error, "bind decision on %s", ticket);
			goto fail;
		}
		if (!step_done(store, st, "decide", error))
			goto fail;
	}
	if (sqlite3_changes(store->db) != 1) {
		explain_refusal(store, ticket, now, error);
		goto fail;
	}
	if (!insert_audit(store, now, event, ticket, officer, reason, error) ||
	    !commit(store, error))
		goto fail;
	return true;
fail:
	rollback(store);
	return false;
}

/* Collects every row of the bound @st as ticket records. */
static GPtrArray *
collect_records(SgStore *store, SgStmt *st, const char *op, GError **error)
{
	g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func(
		(GDestroyNotify)sg_ticket_record_free);
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		g_ptr_array_add(records, record_from_row(st, false));
	if (rc != SQLITE_DONE) {
		fail(store, error, "%s", op);
		return NULL;
	}
	return g_steal_pointer(&records);
}

GPtrArray *
sg_store_list_tickets(SgStore *store, int status, gint64 before,
		      GError **error)
{
	g_autoptr(GMutexLocker) locker = NULL;
	g_autoptr(SgStmt) st = NULL;
	const char *word = NULL;

	g_return_val_if_fail(store != NULL, NULL);
	g_return_val_if_fail(status >= -1 && status <= SG_TICKET_EXPIRED,
			     NULL);

	if (status >= 0)
		word = sg_ticket_status_to_string((SgTicketStatus)status);
	locker = g_mutex_locker_new(&store->lock);
	st = stmt_lend(store, ST_LIST_TICKETS);
	if (bind_text(st, 1, word) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, before) != SQLITE_OK) {
		fail(store, error, "bind ticket list");
		return NULL;
	}
	return collect_records(store, st, "list tickets", error);
}

/* The pending tickets due at @now, read inside the caller's transaction. */
static GPtrArray *
list_due(SgStore *store, gint64 now, GError **error)
{
	g_autoptr(SgStmt) st = stmt_lend(store, ST_LIST_DUE);

	if (sqlite3_bind_int64(st, 1, now) != SQLITE_OK) {
		fail(store, error, "bind expiry time");
		return NULL;
	}
	return collect_records(store, st, "list due tickets", error);
}

static bool
expire_one(SgStore *store, const char *ticket, gint64 now, GError **error)
{
	g_autoptr(SgStmt) st = stmt_lend(store, ST_EXPIRE);

	if (bind_text(st, 1, ticket) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 2, now) != SQLITE_OK)
		return fail(store, error, "bind expiry of %s", ticket);
	return step_done(store, st, "expire ticket", error);
}

GPtrArray *
sg_store_expire(SgStore *store, gint64 now, GError **error)
{
	g_autoptr(GMutexLocker) locker = NULL;
	g_autoptr(GPtrArray) due = NULL;

	g_return_val_if_fail(store != NULL, NULL);

	locker = g_mutex_locker_new(&store->lock);
	if (!begin(store, error))
		return NULL;
	/* The write lock is held from BEGIN IMMEDIATE on: no decision can
	 * slip in between this read and the updates. */
	due = list_due(store, now, error);
	if (due == NULL)
		goto fail;
	for (guint i = 0; i < due->len; i++) {
		SgTicketRecord *r = g_ptr_array_index(due, i);

		if (!expire_one(store, r->ticket, now, error) ||
		    !insert_audit(store, now, "expired", r->ticket, NULL, NULL,
				  error))
			goto fail;
		r->status = SG_TICKET_EXPIRED;
		r->decided_at = now;
	}
	if (!commit(store, error))
		goto fail;
	return g_steal_pointer(&due);
fail:
	rollback(store);
	return NULL;
}

bool
sg_store_mark_reminded(SgStore *store, const char *ticket, GError **error)
{
	g_autoptr(GMutexLocker) locker = NULL;
	g_autoptr(SgStmt) st = NULL;

	g_return_val_if_fail(store != NULL, false);
	g_return_val_if_fail(ticket != NULL, false);

	locker = g_mutex_locker_new(&store->lock);
	st = stmt_lend(store, ST_MARK_REMINDED);
	if (bind_text(st, 1, ticket) != SQLITE_OK)
		return fail(store, error, "bind ticket %s", ticket);
	if (!step_done(store, st, "mark reminder sent", error))
		return false;
	if (sqlite3_changes(store->db) == 0) {
		g_set_error(error, SG_STORE_ERROR, SG_STORE_ERROR_NOT_FOUND,
			    "no ticket %s", ticket);
		return false;
	}
	return true;
}

bool
sg_store_audit(SgStore *store, gint64 when, const char *event,
	       const char *ticket, const char *actor, const char *detail,
	       GError **error)
{
	g_autoptr(GMutexLocker) locker = NULL;

	g_return_val_if_fail(store != NULL, false);
	g_return_val_if_fail(event != NULL, false);

	locker = g_mutex_locker_new(&store->lock);
	return insert_audit(store, when, event, ticket, actor, detail, error);
}

GPtrArray *
sg_store_audit_since(SgStore *store, gint64 since, GError **error)
{
	g_autoptr(GMutexLocker) locker = NULL;
	g_autoptr(SgStmt) st = NULL;
	g_autoptr(GPtrArray) entries = NULL;
	int rc;

	g_return_val_if_fail(store != NULL, NULL);

	entries = g_ptr_array_new_with_free_func(
		(GDestroyNotify)sg_audit_entry_free);
	locker = g_mutex_locker_new(&store->lock);
	st = stmt_lend(store, ST_AUDIT_SINCE);
	if (sqlite3_bind_int64(st, 1, since) != SQLITE_OK) {
		fail(store, error, "bind audit time");
		return NULL;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		SgAuditEntry *e = g_new0(SgAuditEntry, 1);

		e->id = sqlite3_column_int64(st, 0);
		e->when = sqlite3_column_int64(st, 1);
		e->event = column_dup(st, 2);
		e->ticket = column_dup(st, 3);
		e->actor = column_dup(st, 4);
		e->detail = column_dup(st, 5);
		g_ptr_array_add(entries, e);
	}
	if (rc != SQLITE_DONE) {
		fail(store, error, "read the audit log");
		return NULL;
	}
	return g_steal_pointer(&entries);
}

GPtrArray *
sg_store_get_findings(SgStore *store, const char *ticket, GError **error)
{
	g_autoptr(GMutexLocker) locker = NULL;
	g_autoptr(SgStmt) st = NULL;
	g_autoptr(GPtrArray) findings = NULL;
	int rc;

	g_return_val_if_fail(store != NULL, NULL);
	g_return_val_if_fail(ticket != NULL, NULL);

	findings = g_ptr_array_new_with_free_func(
		(GDestroyNotify)sg_finding_free);
	locker = g_mutex_locker_new(&store->lock);
	st = stmt_lend(store, ST_GET_FINDINGS);
	if (bind_text(st, 1, ticket) != SQLITE_OK) {
		fail(store, error, "bind ticket %s", ticket);
		return NULL;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		SgFinding *f = sg_finding_new();
		SgSeverity severity = SG_SEVERITY_BLOCK;

		f->rule = column_dup(st, 0);
		f->family = column_dup(st, 1);
		f->clause = column_dup(st, 2);
		/* Unknown words read as the most severe (fail closed). */
		sg_severity_from_string(
			(const char *)sqlite3_column_text(st, 3), &severity);
		f->severity = severity;
		f->piece_kind = piece_kind_from_string(
			(const char *)sqlite3_column_text(st, 4));
		f->piece_name = column_dup(st, 5);
		f->line = (guint)sqlite3_column_int64(st, 6);
		f->column = (guint)sqlite3_column_int64(st, 7);
		f->excerpt = column_dup(st, 8);
		f->matched = column_dup(st, 9);
		f->message_ja = column_dup(st, 10);
		f->message_en = column_dup(st, 11);
		f->advice_ja = column_dup(st, 12);
		f->advice_en = column_dup(st, 13);
		f->detail = column_dup(st, 14);
		g_ptr_array_add(findings, f);
	}
	if (rc != SQLITE_DONE) {
		fail(store, error, "read findings of %s", ticket);
		return NULL;
	}
	return g_steal_pointer(&findings);
}

gint64
sg_store_count_recent(SgStore *store, const char *event, const char *actor,
		      gint64 since, GError **error)
{
	g_autoptr(GMutexLocker) locker = NULL;
	g_autoptr(SgStmt) st = NULL;

	g_return_val_if_fail(store != NULL, -1);
	g_return_val_if_fail(event != NULL, -1);

	locker = g_mutex_locker_new(&store->lock);
	st = stmt_lend(store, ST_COUNT_RECENT);
	if (bind_text(st, 1, event) != SQLITE_OK ||
	    bind_text(st, 2, actor) != SQLITE_OK ||
	    sqlite3_bind_int64(st, 3, since) != SQLITE_OK) {
		fail(store, error, "bind audit count");
		return -1;
	}
	if (sqlite3_step(st) != SQLITE_ROW) {
		fail(store, error, "count audit entries");
		return -1;
	}
	return sqlite3_column_int64(st, 0);
}
