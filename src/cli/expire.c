/* `snsgate expire` (DESIGN §1 flow 3), run from a systemd timer or cron:
 * reminds author and officers of requests about to expire, marks requests
 * pending longer than ticket_ttl as expired (final: a late approval is
 * refused) and tells author and officers, through the local sendmail
 * interface.  Running it twice does nothing twice: reminders are marked in
 * the store, and expired tickets leave the pending set.
 */
#include "config.h"

#include "cli.h"

#include <snsgate/compose.h>
#include <snsgate/store.h>
#include <snsgate/ticket.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
	SgConfig *config;
	SgStore *store;
	SgTicketKey *key;
	SgLang lang;
	bool dry_run;
	guint sent;
	guint failed;
} SgExpireRun;

/* Hands a message to sendmail -i -f APPROVAL -- RCPTS; true on exit 0. */
static bool
sendmail(SgExpireRun *run, const SgComposed *message,
	 const char *const *rcpts, GError **error)
{
	const char *approval = sg_config_get_string(run->config, "gateway",
						    "approval_address");
	g_autoptr(GPtrArray) argv = g_ptr_array_new();
	g_autoptr(GBytes) bytes = sg_composed_to_bytes(message);
	gint in_fd = -1;
	GPid pid;
	int status = 0;

	g_ptr_array_add(argv, (char *)sg_config_get_string(
				      run->config, "gateway", "sendmail"));
	g_ptr_array_add(argv, "-i");
	g_ptr_array_add(argv, "-f");
	g_ptr_array_add(argv, (char *)approval);
	g_ptr_array_add(argv, "--");
	for (guint i = 0; rcpts[i]; i++)
		g_ptr_array_add(argv, (char *)rcpts[i]);
	g_ptr_array_add(argv, NULL);
	if (!g_spawn_async_with_pipes(NULL, (char **)argv->pdata, NULL,
				      G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
				      &pid, &in_fd, NULL, NULL, error))
		return false;
	gsize len = 0;
	const char *data = g_bytes_get_data(bytes, &len);
	bool ok = true;
	while (len > 0) {
		ssize_t n = write(in_fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			ok = false;
			break;
		}
		data += n;
		len -= (gsize)n;
	}
	close(in_fd);
	waitpid(pid, &status, 0);
	g_spawn_close_pid(pid);
	if (!ok || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		g_set_error(error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
			    "sendmail failed (status %d)", status);
		return false;
	}
	return true;
}

static void
notify(SgExpireRun *run, const SgTicketRecord *r, const char *subject,
       const char *text)
{
	g_autoptr(GPtrArray) rcpts = g_ptr_array_new();
	g_autoptr(GError) error = NULL;

	g_ptr_array_add(rcpts, r->author);
	for (guint i = 0; r->officers[i]; i++)
		g_ptr_array_add(rcpts, r->officers[i]);
	g_ptr_array_add(rcpts, NULL);
	if (run->dry_run) {
		printf("would notify %s: %s\n", r->ticket, subject);
		return;
	}
	g_autoptr(GDateTime) now = g_date_time_new_now_utc();
	g_autofree char *nonce = sg_ticket_new_id(now, NULL);
	g_autofree char *mac = sg_ticket_mac(run->key, "loop",
					     nonce ? nonce : "none");
	g_autofree char *loop = g_strdup_printf("%s.%s",
						nonce ? nonce : "none", mac);
	g_autofree char *to = g_strjoinv(", ", (char **)rcpts->pdata);
	const char *at = strrchr(sg_config_get_string(run->config, "gateway",
						      "approval_address"),
				 '@');
	SgComposeInput in = {
		.lang = run->lang,
		.from = sg_config_get_string(run->config, "gateway",
					     "approval_address"),
		.domain = at ? at + 1 : "localhost",
		.loop_token = loop,
		.author = r->author,
	};
	g_autoptr(SgComposed) message = sg_compose_notice(&in, to, subject,
							  text);
	if (sendmail(run, message, (const char *const *)rcpts->pdata,
		     &error)) {
		run->sent++;
	} else {
		run->failed++;
		sg_cli_error("%s: %s", r->ticket, error->message);
	}
}

static char *
local_time(gint64 t)
{
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local(t);

	return g_date_time_format(dt, "%Y-%m-%d %H:%M");
}

static void
remind(SgExpireRun *run, gint64 now)
{
	gint64 before = sg_config_get_int(run->config, "gateway",
					  "reminder_before");
	g_autoptr(GError) error = NULL;

	if (before <= 0)
		return;
	g_autoptr(GPtrArray) due = sg_store_list_tickets(
		run->store, SG_TICKET_PENDING, now + before, &error);
	for (guint i = 0; due && i < due->len; i++) {
		const SgTicketRecord *r = g_ptr_array_index(due, i);
		if (r->reminded || r->expires <= now)
			continue;
		g_autofree char *when = local_time(r->expires);
		bool en = run->lang == SG_LANG_EN;
		g_autofree char *subject = g_strdup_printf(
			en ? "[SNS approval] %s expires at %s"
			   : "【SNS投稿承認】%s はまもなく期限切れです",
			r->ticket, when);
		g_autofree char *text = g_strdup_printf(
			en ? "The approval request %s (%s) expires at %s.\n"
			     "Officers: reply to the request with APPROVE or "
			     "REJECT and a reason before then.\n"
			   : "承認依頼 %s（%s）は %s に期限切れとなります。\n"
			     "運用責任者の方は、それまでに承認依頼メールへ"
			     "「承認」または「差戻し」と理由を書いて返信して"
			     "ください。\n",
			r->ticket, r->subject ? r->subject : "", when);
		notify(run, r, subject, text);
		if (!run->dry_run)
			sg_store_mark_reminded(run->store, r->ticket, NULL);
	}
}

int
sg_cli_expire(int argc, char **argv)
{
	g_autofree char *config_path = NULL;
	gboolean dry_run = FALSE;
	const GOptionEntry entries[] = {
		{"config", 'c', 0, G_OPTION_ARG_FILENAME, &config_path,
		 "configuration file", "FILE"},
		{"dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
		 "show what would be done, change nothing", NULL},
		{NULL},
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
	g_autoptr(GError) error = NULL;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_summary(ctx, "Remind and expire pending approval "
					  "requests.");
	if (!g_option_context_parse(ctx, &argc, &argv, &error) || argc != 1) {
		sg_cli_error("%s", error ? error->message
					 : "usage: snsgate expire [--dry-run]");
		return SG_EXIT_ERROR;
	}
	g_autoptr(SgConfig) config =
		sg_cli_load_config(config_path, NULL, &error);
	if (config == NULL) {
		sg_cli_error("configuration: %s", error->message);
		return SG_EXIT_ERROR;
	}
	g_autoptr(SgTicketKey) key = sg_ticket_key_load(
		sg_config_get_path_setting(config, "gateway", "secret_file"),
		&error);
	if (key == NULL) {
		sg_cli_error("secret_file: %s", error->message);
		return SG_EXIT_ERROR;
	}
	g_autoptr(SgStore) store = sg_store_open(
		sg_config_get_path_setting(config, "gateway", "store"), &error);
	if (store == NULL) {
		sg_cli_error("store: %s", error->message);
		return SG_EXIT_ERROR;
	}
	SgExpireRun run = {
		.config = config,
		.store = store,
		.key = key,
		.dry_run = dry_run,
	};
	sg_lang_from_string(sg_config_get_string(config, "gateway", "language"),
			    &run.lang);
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;

	remind(&run, now);
	g_autoptr(GPtrArray) expired =
		dry_run ? sg_store_list_tickets(store, SG_TICKET_PENDING, now,
						&error)
			: sg_store_expire(store, now, &error);
	if (expired == NULL) {
		sg_cli_error("%s", error->message);
		return SG_EXIT_ERROR;
	}
	bool en = run.lang == SG_LANG_EN;
	for (guint i = 0; i < expired->len; i++) {
		const SgTicketRecord *r = g_ptr_array_index(expired, i);
		g_autofree char *subject = g_strdup_printf(
			en ? "[SNS approval] %s expired"
			   : "【SNS投稿承認】%s は期限切れとなりました",
			r->ticket);
		g_autofree char *text = g_strdup_printf(
			en ? "The approval request %s (%s) was not decided in "
			     "time and has expired; it can no longer be "
			     "approved.  Submit the draft again if it is "
			     "still needed.\n"
			   : "承認依頼 %s（%s）は期限までに判断されなかったため、"
			     "期限切れとなりました。この依頼は承認できません。"
			     "必要な場合は、投稿案をもう一度提出してください。\n",
			r->ticket, r->subject ? r->subject : "");
		notify(&run, r, subject, text);
	}
	printf("snsgate expire: %u expired, %u notices sent, %u failed\n",
	       expired->len, run.sent, run.failed);
	return run.failed ? SG_EXIT_ERROR : SG_EXIT_OK;
}
