/* snsgate-milter: the gateway in the mail path.
 *
 * The process plumbing around libmilter: options, the configuration test
 * (-t), daemon mode, the pid file, dropping privileges, the syslog writer
 * (LOG_MAIL, one line per decision), reload and shutdown.
 *
 * libmilter treats SIGHUP as "stop" (its signal thread calls
 * mi_stop_milters), so a reload cannot be a SIGHUP inside the libmilter
 * process.  snsgate-milter therefore runs as two processes: a small
 * supervisor that owns the pid file and the signals, and the worker that
 * runs libmilter.  Both run as the gateway's user: root is dropped first.  SIGHUP to the supervisor becomes SIGUSR1 to the worker,
 * whose own thread loads the new configuration and rules and swaps them in
 * only if they load cleanly (a broken config is logged and the old one
 * keeps serving).  SIGTERM is passed on; a worker that dies is restarted.
 */
#include "config.h"

#include "milter.h"

#include <errno.h>
#include <grp.h>
#include <gmime/gmime.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <syslog.h>
#include <unistd.h>

static char *opt_config;
static char *opt_socket;
static char *opt_user;
static char *opt_pidfile;
static gboolean opt_foreground;
static gboolean opt_test;
static gboolean opt_verbose;

static const GOptionEntry entries[] = {
	{"config", 'c', 0, G_OPTION_ARG_FILENAME, &opt_config,
	 "configuration file (default " SG_CONFIG_DEFAULT_PATH ")", "FILE"},
	{"socket", 'p', 0, G_OPTION_ARG_STRING, &opt_socket,
	 "socket, unix:PATH or inet:PORT@HOST (default: from the config)",
	 "SOCKET"},
	{"user", 'u', 0, G_OPTION_ARG_STRING, &opt_user,
	 "user to run as (default: from the config when started as root)",
	 "USER"},
	{"pidfile", 'P', 0, G_OPTION_ARG_FILENAME, &opt_pidfile,
	 "write the process id to FILE", "FILE"},
	{"foreground", 'f', 0, G_OPTION_ARG_NONE, &opt_foreground,
	 "stay in the foreground and log to standard error too", NULL},
	{"test", 't', 0, G_OPTION_ARG_NONE, &opt_test,
	 "test the configuration and rules, then exit", NULL},
	{"verbose", 'v', 0, G_OPTION_ARG_NONE, &opt_verbose,
	 "log debug messages", NULL},
	{NULL},
};

/* The one log writer: syslog (mail facility), and stderr in the
 * foreground.  Levels are filtered here, never at call sites. */
static GLogWriterOutput
milter_log_writer(GLogLevelFlags level, const GLogField *fields,
		  gsize n_fields, gpointer user_data)
{
	const char *message = NULL;
	int priority;

	if ((level & G_LOG_LEVEL_DEBUG) && !opt_verbose)
		return G_LOG_WRITER_HANDLED;
	for (gsize i = 0; i < n_fields; i++)
		if (strcmp(fields[i].key, "MESSAGE") == 0)
			message = fields[i].value;
	if (message == NULL)
		return G_LOG_WRITER_UNHANDLED;
	if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL))
		priority = LOG_ERR;
	else if (level & G_LOG_LEVEL_WARNING)
		priority = LOG_WARNING;
	else if (level & (G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO))
		priority = LOG_INFO;
	else
		priority = LOG_DEBUG;
	syslog(priority, "%s", message);
	if (opt_foreground)
		fprintf(stderr, "snsgate-milter: %s\n", message);
	return G_LOG_WRITER_HANDLED;
}

static SgGateway *
load_gateway(GError **error)
{
	const char *path = opt_config ? opt_config : SG_CONFIG_DEFAULT_PATH;
	g_autoptr(GPtrArray) problems = NULL;
	g_autoptr(SgConfig) config = sg_config_load(path, &problems, error);

	for (guint i = 0; problems && i < problems->len; i++)
		g_warning("%s", (char *)g_ptr_array_index(problems, i));
	if (config == NULL)
		return NULL;
	g_autoptr(GPtrArray) gw_problems = NULL;
	SgGateway *gw = sg_gateway_new(config, &gw_problems, error);
	for (guint i = 0; gw_problems && i < gw_problems->len; i++)
		g_warning("%s", (char *)g_ptr_array_index(gw_problems, i));
	return gw;
}

static bool
drop_privileges(const char *user)
{
	struct passwd *pw = getpwnam(user);

	if (pw == NULL) {
		g_critical("user %s does not exist", user);
		return false;
	}
	if (initgroups(pw->pw_name, pw->pw_gid) != 0 ||
	    setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) {
		g_critical("cannot become user %s: %s", user,
			   g_strerror(errno));
		return false;
	}
	/* Never regain root. */
	if (setuid(0) == 0) {
		g_critical("privileges were not dropped");
		return false;
	}
	return true;
}

/* The worker's reload thread: SIGUSR1 means "load the configuration
 * again"; libmilter leaves SIGUSR1 alone. */
static gpointer
reload_thread(gpointer data)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	for (;;) {
		int sig = 0;
		if (sigwait(&set, &sig) != 0)
			continue;
		g_autoptr(GError) error = NULL;
		SgGateway *gw = load_gateway(&error);
		if (gw == NULL) {
			g_warning("reload refused, the running configuration "
				  "stays: %s",
				  error->message);
			continue;
		}
		sg_milter_set_gateway(gw);
		g_message("configuration and rules reloaded");
	}
	return NULL;
}

static int
run_worker(const char *socket)
{
	g_autoptr(GError) error = NULL;
	sigset_t set;
	SgGateway *gw = load_gateway(&error);

	if (gw == NULL) {
		g_critical("cannot start: %s", error->message);
		return EXIT_FAILURE;
	}
	sg_milter_set_gateway(gw);

	/* Block SIGUSR1 before any thread exists so only the reload thread
	 * receives it. */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, NULL);

	if (smfi_setconn((char *)socket) != MI_SUCCESS ||
	    smfi_register(sg_milter_desc) != MI_SUCCESS) {
		g_critical("cannot set up the milter on %s", socket);
		return EXIT_FAILURE;
	}
	/* The MTA's user must reach a unix socket; its directory's
	 * permissions decide who may. */
	umask(0111);
	if (smfi_opensocket(true) != MI_SUCCESS) {
		g_critical("cannot open the socket %s", socket);
		return EXIT_FAILURE;
	}
	umask(0077);
	g_thread_unref(g_thread_new("reload", reload_thread, NULL));
	g_message("ready on %s", socket);
	int rc = smfi_main();
	g_message("stopped");
	return rc == MI_SUCCESS ? EXIT_SUCCESS : EXIT_FAILURE;
}

static bool
write_pidfile(const char *path)
{
	g_autofree char *pid = g_strdup_printf("%ld\n", (long)getpid());
	g_autoptr(GError) error = NULL;

	if (!g_file_set_contents(path, pid, -1, &error)) {
		g_critical("pid file: %s", error->message);
		return false;
	}
	return true;
}

/* Removes the pid file if it is still ours: a new instance started while
 * this one was shutting down must keep its own. */
static void
remove_pidfile(const char *path)
{
	g_autofree char *contents = NULL;

	if (path == NULL || !g_file_get_contents(path, &contents, NULL, NULL))
		return;
	if (g_ascii_strtoll(contents, NULL, 10) == (gint64)getpid())
		unlink(path);
}

/* The supervisor: owns signals and the pid file; restarts a worker that
 * dies unexpectedly, at most once a second. */
static int
supervise(const char *socket)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGCHLD);
	pthread_sigmask(SIG_BLOCK, &set, NULL);

	for (;;) {
		gint64 started = g_get_monotonic_time();
		pid_t child = fork();
		if (child < 0) {
			g_critical("fork: %s", g_strerror(errno));
			return EXIT_FAILURE;
		}
		if (child == 0) {
			sigset_t none;
			sigemptyset(&none);
			pthread_sigmask(SIG_SETMASK, &none, NULL);
			_exit(run_worker(socket));
		}
		for (;;) {
			int sig = 0;
			sigwait(&set, &sig);
			if (sig == SIGHUP) {
				g_message("reload requested");
				kill(child, SIGUSR1);
				continue;
			}
			if (sig == SIGTERM || sig == SIGINT) {
				kill(child, SIGTERM);
				int wstatus = 0;
				waitpid(child, &wstatus, 0);
				remove_pidfile(opt_pidfile);
				return EXIT_SUCCESS;
			}
			int wstatus = 0;
			if (waitpid(child, &wstatus, WNOHANG) == child)
				break;
		}
		g_warning("worker exited unexpectedly; restarting");
		if (g_get_monotonic_time() - started < G_USEC_PER_SEC)
			g_usleep(G_USEC_PER_SEC);
	}
}

int
main(int argc, char **argv)
{
	g_autoptr(GOptionContext) ctx = g_option_context_new(NULL);
	g_autoptr(GError) error = NULL;

	g_option_context_add_main_entries(ctx, entries, NULL);
	g_option_context_set_summary(
		ctx, "The snsgate milter: checks social-media drafts in the "
		     "mail path and routes them for approval.");
	if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
		fprintf(stderr, "snsgate-milter: %s\n", error->message);
		return 2;
	}
	openlog("snsgate-milter", LOG_PID, LOG_MAIL);
	g_log_set_writer_func(milter_log_writer, NULL, NULL);
	g_mime_init();
	if (opt_test)
		opt_foreground = TRUE;

	/* Root is needed for nothing but becoming the gateway's user: drop
	 * it before anything is opened, so the store, the socket and the pid
	 * file all belong to that user (a store created by root could not be
	 * reopened on reload). */
	if (geteuid() == 0) {
		g_autofree char *user = g_strdup(opt_user);
		if (user == NULL) {
			const char *path = opt_config ? opt_config
						      : SG_CONFIG_DEFAULT_PATH;
			g_autoptr(SgConfig) config =
				sg_config_load(path, NULL, &error);
			if (config == NULL) {
				g_critical("cannot start: %s", error->message);
				return opt_test ? 2 : EXIT_FAILURE;
			}
			user = g_strdup(sg_config_get_string(config, "gateway",
							     "user"));
		}
		if (!drop_privileges(user))
			return opt_test ? 2 : EXIT_FAILURE;
	} else if (opt_user != NULL) {
		struct passwd *pw = getpwnam(opt_user);
		if (pw == NULL || pw->pw_uid != geteuid()) {
			g_critical("-u %s needs to be started as root", opt_user);
			return opt_test ? 2 : EXIT_FAILURE;
		}
	}

	if (opt_test) {
		/* Like nginx -t: every problem on stderr, exit 0 or 2. */
		g_autoptr(SgGateway) gw = load_gateway(&error);
		if (gw == NULL) {
			fprintf(stderr, "snsgate-milter: %s\n",
				error->message);
			return 2;
		}
		printf("snsgate-milter: configuration %s is OK\n",
		       sg_config_get_path(sg_gateway_get_config(gw)));
		return 0;
	}

	/* Load once to refuse a broken start; the worker loads its own,
	 * since an SQLite handle must not cross fork(). */
	SgGateway *gw = load_gateway(&error);
	if (gw == NULL) {
		g_critical("cannot start: %s", error->message);
		return EXIT_FAILURE;
	}
	g_autofree char *socket = g_strdup(
		opt_socket ? opt_socket
			   : sg_config_get_string(sg_gateway_get_config(gw),
						  "gateway", "socket"));
	sg_gateway_unref(gw);

	if (!opt_foreground && daemon(0, 0) != 0) {
		g_critical("cannot become a daemon: %s", g_strerror(errno));
		return EXIT_FAILURE;
	}
	if (opt_pidfile && !write_pidfile(opt_pidfile))
		return EXIT_FAILURE;
	return supervise(socket);
}
