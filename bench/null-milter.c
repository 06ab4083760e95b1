/* The null milter: the floor for any milter (DESIGN §6, §8).  It asks the
 * MTA for no actions and accepts every message at the first event it is
 * given, so what remains is the cost of having a milter at all: one more
 * socket per SMTP connection, the negotiation and one round trip.
 *
 * usage: null-milter -p SOCKET [-a connect|envfrom]
 *   SOCKET in libmilter's form (unix:/path or inet:PORT@127.0.0.1); the
 *   socket is created mode 0666 so an MTA running as another user reaches
 *   it.  -a: accept at connect (default) or at MAIL FROM.
 * Runs in the foreground until SIGTERM/SIGINT.  Benchmarks only.
 */
#include "config.h"

#include <libmilter/mfapi.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static sfsistat
accept_connect(SMFICTX *ctx, char *host, _SOCK_ADDR *addr)
{
	(void)ctx;
	(void)host;
	(void)addr;
	return SMFIS_ACCEPT;
}

static sfsistat
accept_envfrom(SMFICTX *ctx, char **argv)
{
	(void)ctx;
	(void)argv;
	return SMFIS_ACCEPT;
}

int
main(int argc, char **argv)
{
	struct smfiDesc desc = {
		.xxfi_name = (char *)"null",
		.xxfi_version = SMFI_VERSION,
		.xxfi_flags = 0,
		.xxfi_connect = accept_connect,
	};
	const char *socket = NULL;
	int opt;

	while ((opt = getopt(argc, argv, "p:a:")) != -1) {
		if (opt == 'p') {
			socket = optarg;
		} else if (opt == 'a' && strcmp(optarg, "envfrom") == 0) {
			desc.xxfi_connect = NULL;
			desc.xxfi_envfrom = accept_envfrom;
		} else if (!(opt == 'a' && strcmp(optarg, "connect") == 0)) {
			fprintf(stderr, "usage: null-milter -p SOCKET "
					"[-a connect|envfrom]\n");
			return 2;
		}
	}
	if (socket == NULL) {
		fprintf(stderr, "null-milter: -p SOCKET is required\n");
		return 2;
	}
	umask(0);
	if (smfi_setconn((char *)socket) != MI_SUCCESS ||
	    smfi_register(desc) != MI_SUCCESS ||
	    smfi_opensocket(true) != MI_SUCCESS) {
		fprintf(stderr, "null-milter: cannot listen on %s\n", socket);
		return 1;
	}
	return smfi_main() == MI_SUCCESS ? 0 : 1;
}
