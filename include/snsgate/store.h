/* The store: drafts, their findings, approval tickets and the append-only
 * audit log, in SQLite.
 *
 * WAL mode with synchronous=FULL: when a write returns, it is on disk, so a
 * draft the milter has accepted is never lost.  Every statement is prepared
 * once at open from one table and bound with parameters (no SQL is ever
 * built from mail).  The schema version lives in PRAGMA user_version and is
 * migrated at open.  A decision is one transaction that succeeds only for a
 * pending, unexpired ticket, so the first decision wins even when two
 * replies race.  The audit table is append-only (triggers refuse UPDATE and
 * DELETE).
 *
 * One SgStore may be shared by threads: calls are serialized by a mutex
 * (SQLite's own work is short; the milter's throughput bound is the MTA).
 */
#ifndef SNSGATE_STORE_H
#define SNSGATE_STORE_H

#include <glib.h>
#include <stdbool.h>
#include <snsgate/finding.h>
#include <snsgate/verdict.h>

G_BEGIN_DECLS

#define SG_STORE_ERROR (sg_store_error_quark())
GQuark sg_store_error_quark(void);

typedef enum {
	SG_STORE_ERROR_IO,		/* SQLite failed: busy, full, corrupt */
	SG_STORE_ERROR_NOT_FOUND,	/* no such ticket */
	SG_STORE_ERROR_DECIDED,		/* already decided; see the ticket */
	SG_STORE_ERROR_EXPIRED,		/* past its expiry */
} SgStoreError;

typedef enum {
	SG_TICKET_PENDING,
	SG_TICKET_APPROVED,
	SG_TICKET_REJECTED,
	SG_TICKET_EXPIRED,
} SgTicketStatus;

/* A submitted draft awaiting (or past) a decision. */
typedef struct {
	char *ticket;		/* ticket id */
	char *account;
	char *author;		/* envelope sender, lower case */
	char *subject;		/* decoded */
	char *queue_id;		/* MTA queue id, for the log only */
	char *sha256;		/* of @raw */
	GBytes *raw;		/* the message exactly as submitted */
	SgVerdict verdict;
	char **officers;	/* officer set at submission */
	gint64 submitted;	/* Unix time */
	gint64 expires;
	SgTicketStatus status;
	char *decided_by;	/* NULL while pending */
	gint64 decided_at;
	char *reason;		/* rejection reason, verbatim; may be NULL */
	bool reminded;		/* expiry reminder sent */
} SgTicketRecord;

void sg_ticket_record_free(SgTicketRecord *record);
const char *sg_ticket_status_to_string(SgTicketStatus status);

typedef struct _SgStore SgStore;

/**
 * sg_store_open:
 * @path: the database file (created with mode 0600 if missing)
 *
 * Returns: (transfer full) (nullable): the store, or NULL with @error.
 */
SgStore *sg_store_open(const char *path, GError **error);

/** sg_store_close: NULL is accepted. */
void sg_store_close(SgStore *store);

/**
 * sg_store_add_draft:
 * @record: the draft and its ticket (status must be pending)
 * @findings: (element-type SgFinding): findings to keep with it
 *
 * Stores the draft, its findings, its ticket and a "submitted" audit entry
 * in one durable transaction.
 */
bool sg_store_add_draft(SgStore *store, const SgTicketRecord *record,
			GPtrArray *findings, GError **error);

/**
 * sg_store_get_ticket:
 * Returns: (transfer full) (nullable): the record, NULL with
 * SG_STORE_ERROR_NOT_FOUND or IO.
 */
SgTicketRecord *sg_store_get_ticket(SgStore *store, const char *ticket,
				    GError **error);

/**
 * sg_store_decide:
 * @status: SG_TICKET_APPROVED or SG_TICKET_REJECTED
 * @officer: who decided
 * @reason: (nullable): rejection reason
 * @now: Unix time
 *
 * Decides a pending, unexpired ticket atomically, with an audit entry.
 * Fails with SG_STORE_ERROR_DECIDED (the record's decided_by/decided_at tell
 * who and when) or SG_STORE_ERROR_EXPIRED without changing anything.
 */
bool sg_store_decide(SgStore *store, const char *ticket, SgTicketStatus status,
		     const char *officer, const char *reason, gint64 now,
		     GError **error);

/**
 * sg_store_list_tickets:
 * @status: only this status, or -1 for all
 * @before: (nullable) only tickets expiring before this time when > 0
 *
 * Returns: (transfer full) (element-type SgTicketRecord): records without
 * their raw bytes, newest first.
 */
GPtrArray *sg_store_list_tickets(SgStore *store, int status, gint64 before,
				 GError **error);

/** Marks pending tickets whose expiry is <= @now as expired, each with an
 * "expired" audit entry, in one transaction; returns them (transfer full,
 * element-type SgTicketRecord, without their raw bytes, decided_at = @now)
 * for notification. */
GPtrArray *sg_store_expire(SgStore *store, gint64 now, GError **error);

/** Marks the expiry reminder of @ticket as sent. */
bool sg_store_mark_reminded(SgStore *store, const char *ticket,
			    GError **error);

/**
 * sg_store_audit:
 * @event: short word: submitted, bounced, forwarded, approved, rejected,
 *   refused, expired, reloaded, ...
 * @ticket: (nullable)
 * @actor: (nullable): the address that caused it
 * @detail: (nullable): free text (clauses, reasons)
 *
 * Appends one line to the audit log.
 */
bool sg_store_audit(SgStore *store, gint64 when, const char *event,
		    const char *ticket, const char *actor, const char *detail,
		    GError **error);

/* One audit entry. */
typedef struct {
	gint64 id;
	gint64 when;
	char *event;
	char *ticket;
	char *actor;
	char *detail;
} SgAuditEntry;

void sg_audit_entry_free(SgAuditEntry *entry);

/** Returns: (transfer full) (element-type SgAuditEntry): entries at or
 * after @since, oldest first. */
GPtrArray *sg_store_audit_since(SgStore *store, gint64 since, GError **error);

/** Returns: (transfer full) (element-type SgFinding): a draft's findings. */
GPtrArray *sg_store_get_findings(SgStore *store, const char *ticket,
				 GError **error);

/**
 * sg_store_count_recent:
 * Returns: how many audit entries of @event by @actor are at or after
 * @since (for per-address rate limits), or -1 with @error.
 */
gint64 sg_store_count_recent(SgStore *store, const char *event,
			     const char *actor, gint64 since, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgStore, sg_store_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SgTicketRecord, sg_ticket_record_free)

G_END_DECLS

#endif
