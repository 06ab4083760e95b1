/* The operations view of the store (guideline 4(3), 運用状況の確認):
 * `snsgate queue list|show TICKET`, `snsgate audit [--since WHEN]` and
 * `snsgate stats [--since WHEN]`.  Read-only: decisions are made by
 * officers' replies, never from here.  WHEN is a date (2026-11-01), a
 * date and time, or a duration back from now (7d, 12h).
 */
#include "config.h"

#include "cli.h"

#include <snsgate/store.h>

#include <stdio.h>
#include <string.h>

static char *
format_time(gint64 t)
{
	if (t <= 0)
		return g_strdup("-");
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local(t);
	return g_date_time_format(dt, "%Y-%m-%d %H:%M");
}

/* "7d", "12h", "30m" back from now, or an ISO 8601 date / date-time in
 * local time; false when @s is neither. */
static bool
parse_since(const char *s, gint64 *out)
{
	char *end = NULL;
	gint64 n = g_ascii_strtoll(s, &end, 10);
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;

	if (end != s && end[0] != '\0' && end[1] == '\0' && n >= 0) {
		const char *units = "smhd";
		const gint64 secs[] = {1, 60, 3600, 86400};
		const char *u = strchr(units, end[0]);
		if (u != NULL) {
			*out = now - n * secs[u - units];
			return true;
		}
	}
	g_autoptr(GTimeZone) tz = g_time_zone_new_local();
	g_autofree char *full = strchr(s, 'T') || strchr(s, ' ')
					? g_strdelimit(g_strdup(s), " ", 'T')
					: g_strconcat(s, "T00:00:00", NULL);
	g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601(full, tz);
	if (dt == NULL)
		return false;
	*out = g_date_time_to_unix(dt);
	return true;
}

static SgStore *
open_store(const char *config_path, GError **error)
{
	g_autoptr(SgConfig) config =
		sg_cli_load_config(config_path, NULL, error);

	if (config == NULL)
		return NULL;
	return sg_store_open(sg_config_get_path_setting(config, "gateway",
							"store"),
			     error);
}

static int
queue_list(SgStore *store, bool all)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) list = sg_store_list_tickets(
		store, all ? -1 : SG_TICKET_PENDING, 0, &error);

	if (list == NULL) {
		sg_cli_error("%s", error->message);
		return SG_EXIT_ERROR;
	}
	printf("%-18s %-9s %-10s %-16s %-16s %s\n", "TICKET", "STATUS",
	       "ACCOUNT", "SUBMITTED", "EXPIRES", "AUTHOR / SUBJECT");
	for (guint i = 0; i < list->len; i++) {
		const SgTicketRecord *r = g_ptr_array_index(list, i);
		g_autofree char *sub = format_time(r->submitted);
		g_autofree char *exp = format_time(r->expires);
		printf("%-18s %-9s %-10s %-16s %-16s %s %s\n", r->ticket,
		       sg_ticket_status_to_string(r->status), r->account, sub,
		       exp, r->author, r->subject ? r->subject : "");
	}
	return SG_EXIT_OK;
}

static int
queue_show(SgStore *store, const char *ticket)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(SgTicketRecord) r = sg_store_get_ticket(store, ticket,
							  &error);

	if (r == NULL) {
		sg_cli_error("%s: %s", ticket, error->message);
		return SG_EXIT_ERROR;
	}
	g_autofree char *sub = format_time(r->submitted);
	g_autofree char *exp = format_time(r->expires);
	g_autofree char *dec = format_time(r->decided_at);
	g_autofree char *officers = g_strjoinv(", ", r->officers);
	printf("ticket:     %s\nstatus:     %s\naccount:    %s\n"
	       "author:     %s\nsubject:    %s\nverdict:    %s\n"
	       "officers:   %s\nsubmitted:  %s\nexpires:    %s\n"
	       "sha256:     %s\nqueue id:   %s\n",
	       r->ticket, sg_ticket_status_to_string(r->status), r->account,
	       r->author, r->subject ? r->subject : "",
	       sg_verdict_to_string(r->verdict), officers, sub, exp,
	       r->sha256, r->queue_id ? r->queue_id : "-");
	if (r->decided_by)
		printf("decided:    %s by %s\n", dec, r->decided_by);
	if (r->reason)
		printf("reason:     %s\n", r->reason);
	g_autoptr(GPtrArray) findings = sg_store_get_findings(store, ticket,
							      &error);
	for (guint i = 0; findings && i < findings->len; i++) {
		const SgFinding *f = g_ptr_array_index(findings, i);
		printf("finding:    [%s] %s %s line %u: %s\n",
		       sg_severity_to_string(f->severity), f->clause, f->rule,
		       f->line, f->excerpt ? f->excerpt : "");
	}
	return SG_EXIT_OK;
}

int
sg_cli_queue(int argc, char **argv)
{
	g_autofree char *config_path = NULL;
	gboolean all = FALSE;
	const GOptionEntry entries[] = {
		{"config", 'c', 0, G_OPTION_ARG_FILENAME, &config_path,
		 "configuration file", "FILE"},
		{"all", 'a', 0, G_OPTION_ARG_NONE, &all,
		 "list decided and expired tickets too", NULL},
		{NULL},
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("list|show TICKET");
	g_autoptr(GError) error = NULL;

	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
		sg_cli_error("%s", error->message);
		return SG_EXIT_ERROR;
	}
	bool list = argc == 2 && strcmp(argv[1], "list") == 0;
	bool show = argc == 3 && strcmp(argv[1], "show") == 0;
	if (!list && !show) {
		sg_cli_error("usage: snsgate queue list [--all] | show TICKET");
		return SG_EXIT_ERROR;
	}
	g_autoptr(SgStore) store = open_store(config_path, &error);
	if (store == NULL) {
		sg_cli_error("store: %s", error->message);
		return SG_EXIT_ERROR;
	}
	return list ? queue_list(store, all) : queue_show(store, argv[2]);
}

/* Options shared by audit and stats. */
static bool
parse_since_options(int *argc, char ***argv, const char *summary,
		    char **config_path, gint64 *since)
{
	g_autofree char *since_text = NULL;
	const GOptionEntry entries[] = {
		{"config", 'c', 0, G_OPTION_ARG_FILENAME, config_path,
		 "configuration file", "FILE"},
		{"since", 's', 0, G_OPTION_ARG_STRING, &since_text,
		 "from this date (2026-11-01) or this long ago (7d)", "WHEN"},
		{NULL},
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
	g_autoptr(GError) error = NULL;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_summary(ctx, summary);
	if (!g_option_context_parse(ctx, argc, argv, &error)) {
		sg_cli_error("%s", error->message);
		return false;
	}
	if (*argc != 1) {
		sg_cli_error("unexpected argument '%s'", (*argv)[1]);
		return false;
	}
	*since = 0;
	if (since_text != NULL && !parse_since(since_text, since)) {
		sg_cli_error("--since %s: write a date (2026-11-01) or a "
			     "duration (7d)",
			     since_text);
		return false;
	}
	return true;
}

int
sg_cli_audit(int argc, char **argv)
{
	g_autofree char *config_path = NULL;
	gint64 since = 0;
	g_autoptr(GError) error = NULL;

	if (!parse_since_options(&argc, &argv, "Print the audit log.",
				 &config_path, &since))
		return SG_EXIT_ERROR;
	g_autoptr(SgStore) store = open_store(config_path, &error);
	if (store == NULL) {
		sg_cli_error("store: %s", error->message);
		return SG_EXIT_ERROR;
	}
	g_autoptr(GPtrArray) entries = sg_store_audit_since(store, since,
							    &error);
	if (entries == NULL) {
		sg_cli_error("%s", error->message);
		return SG_EXIT_ERROR;
	}
	for (guint i = 0; i < entries->len; i++) {
		const SgAuditEntry *e = g_ptr_array_index(entries, i);
		g_autofree char *when = format_time(e->when);
		printf("%s %-18s %-18s %s %s\n", when, e->event,
		       e->ticket ? e->ticket : "-", e->actor ? e->actor : "-",
		       e->detail ? e->detail : "");
	}
	return SG_EXIT_OK;
}

/* Per-account counters for `snsgate stats`. */
typedef struct {
	guint submitted;	/* forwarded for approval */
	guint bounced;
	guint approved;
	guint rejected;
	guint expired;
	GHashTable *by_clause;	/* clause → bounces citing it */
	GArray *decision_secs;	/* gint64 */
} SgAccountStats;

static void
account_stats_free(SgAccountStats *s)
{
	g_hash_table_unref(s->by_clause);
	g_array_unref(s->decision_secs);
	g_free(s);
}

static SgAccountStats *
stats_for(GHashTable *table, const char *account)
{
	SgAccountStats *s = g_hash_table_lookup(table, account);

	if (s == NULL) {
		s = g_new0(SgAccountStats, 1);
		s->by_clause = g_hash_table_new_full(g_str_hash, g_str_equal,
						     g_free, NULL);
		s->decision_secs = g_array_new(FALSE, FALSE, sizeof(gint64));
		g_hash_table_insert(table, g_strdup(account), s);
	}
	return s;
}

/* "account=x clauses=5(4)ア,5(2)" → its parts. */
static char *
detail_field(const char *detail, const char *key)
{
	g_auto(GStrv) words = g_strsplit(detail ? detail : "", " ", -1);
	gsize n = strlen(key);

	for (guint i = 0; words[i]; i++)
		if (strncmp(words[i], key, n) == 0 && words[i][n] == '=')
			return g_strdup(words[i] + n + 1);
	return NULL;
}

static gint
compare_int64(gconstpointer a, gconstpointer b)
{
	gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

	return x < y ? -1 : x > y;
}

int
sg_cli_stats(int argc, char **argv)
{
	g_autofree char *config_path = NULL;
	gint64 since = 0;
	g_autoptr(GError) error = NULL;

	if (!parse_since_options(&argc, &argv,
				 "Per-account figures: submitted, bounced by "
				 "clause, approved, rejected, expired, median "
				 "time to decision.",
				 &config_path, &since))
		return SG_EXIT_ERROR;
	g_autoptr(SgStore) store = open_store(config_path, &error);
	if (store == NULL) {
		sg_cli_error("store: %s", error->message);
		return SG_EXIT_ERROR;
	}
	g_autoptr(GHashTable) table = g_hash_table_new_full(
		g_str_hash, g_str_equal, g_free,
		(GDestroyNotify)account_stats_free);

	g_autoptr(GPtrArray) entries = sg_store_audit_since(store, since,
							    &error);
	g_autoptr(GPtrArray) tickets =
		entries ? sg_store_list_tickets(store, -1, 0, &error) : NULL;
	if (tickets == NULL) {
		sg_cli_error("%s", error->message);
		return SG_EXIT_ERROR;
	}
	for (guint i = 0; i < entries->len; i++) {
		const SgAuditEntry *e = g_ptr_array_index(entries, i);
		if (strcmp(e->event, "bounced") != 0)
			continue;
		g_autofree char *account = detail_field(e->detail, "account");
		g_autofree char *clauses = detail_field(e->detail, "clauses");
		SgAccountStats *s = stats_for(table, account ? account : "-");
		s->bounced++;
		g_auto(GStrv) list = g_strsplit(clauses ? clauses : "", ",",
						-1);
		for (guint j = 0; list[j]; j++) {
			if (*list[j] == '\0')
				continue;
			guint n = GPOINTER_TO_UINT(
				g_hash_table_lookup(s->by_clause, list[j]));
			g_hash_table_insert(s->by_clause, g_strdup(list[j]),
					    GUINT_TO_POINTER(n + 1));
		}
	}
	for (guint i = 0; i < tickets->len; i++) {
		const SgTicketRecord *r = g_ptr_array_index(tickets, i);
		if (r->submitted < since)
			continue;
		SgAccountStats *s = stats_for(table, r->account);
		s->submitted++;
		if (r->status == SG_TICKET_APPROVED)
			s->approved++;
		else if (r->status == SG_TICKET_REJECTED)
			s->rejected++;
		else if (r->status == SG_TICKET_EXPIRED)
			s->expired++;
		if (r->decided_at > 0) {
			gint64 secs = r->decided_at - r->submitted;
			g_array_append_val(s->decision_secs, secs);
		}
	}

	printf("%-12s %9s %7s %8s %8s %7s %14s  %s\n", "ACCOUNT", "SUBMITTED",
	       "BOUNCED", "APPROVED", "REJECTED", "EXPIRED",
	       "MEDIAN DECISION", "BOUNCES BY CLAUSE");
	g_autoptr(GList) names = g_hash_table_get_keys(table);
	names = g_list_sort(names, (GCompareFunc)strcmp);
	for (GList *l = names; l; l = l->next) {
		SgAccountStats *s = g_hash_table_lookup(table, l->data);
		g_autofree char *median = g_strdup("-");
		if (s->decision_secs->len > 0) {
			g_array_sort(s->decision_secs, compare_int64);
			gint64 m = g_array_index(s->decision_secs, gint64,
						 s->decision_secs->len / 2);
			g_free(median);
			median = g_strdup_printf("%" G_GINT64_FORMAT "h%02dm",
						 m / 3600,
						 (int)(m % 3600 / 60));
		}
		g_autoptr(GString) clauses = g_string_new(NULL);
		g_autoptr(GList) cl = g_hash_table_get_keys(s->by_clause);
		cl = g_list_sort(cl, (GCompareFunc)strcmp);
		for (GList *c = cl; c; c = c->next)
			g_string_append_printf(
				clauses, "%s%s×%u", clauses->len ? " " : "",
				(char *)c->data,
				GPOINTER_TO_UINT(g_hash_table_lookup(
					s->by_clause, c->data)));
		printf("%-12s %9u %7u %8u %8u %7u %14s  %s\n",
		       (char *)l->data, s->submitted, s->bounced, s->approved,
		       s->rejected, s->expired, median, clauses->str);
	}
	return SG_EXIT_OK;
}
