// SPDX-License-Identifier: MIT
/*
 * --check: the whole command line validated by the programs' own main
 * (prog_main), exit 0 or 2, and nothing opened: no output or ready file,
 * no name looked up, no listening socket.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/cfg.h"
#include "core/run.h"
#include "tap.h"

static int run(enum prog_role role, const char *const *args)
{
	char *argv[24];
	int argc = 0;

	argv[argc++] = (char *)(role == ROLE_SEND ? "pktsend" : "pktrecv");
	argv[argc++] = (char *)"--check";
	for (; *args; args++)
		argv[argc++] = (char *)*args;
	argv[argc] = NULL;
	return prog_main(role == ROLE_SEND ? &pktsend_ops : &pktrecv_ops,
			 argc, argv);
}

static void test_codes(void)
{
	static const struct {
		enum prog_role role;
		const char *args[12];
		int code;
	} c[] = {
		{ ROLE_SEND, { "-d", "10.0.0.1" }, 0 },
		{ ROLE_SEND, { "-d", "10.0.0.1", "-r", "MAX", "-n", "1G" }, 0 },
		{ ROLE_SEND, { "-d", "10.0.0.1", "-r", "1.5G", "-t", "2.5s" }, 0 },
		{ ROLE_SEND, { "-d", "10.0.0.1", "-r", "100kpps", "-s", "1k" },
		  0 },
		{ ROLE_SEND, { "-d", "10.0.0.1", "-n", "0" }, 2 },
		{ ROLE_SEND, { "-d", "10.0.0.1", "-r", "fast" }, 2 },
		{ ROLE_SEND, { "-n", "10" }, 2 },	/* no --dst */
		{ ROLE_SEND, { "-d", "10.0.0.1", "--dst-mac",
			       "02:00:00:00:00:01" }, 2 },	/* udp */
		{ ROLE_SEND, { "-d", "10.0.0.1", "-m", "mmap" }, 2 },
		{ ROLE_SEND, { "-d", "10.0.0.1", "-i", "lo", "-s", "70000" },
		  2 },
		{ ROLE_SEND, { "--connect", "rx.invalid" }, 0 },
		{ ROLE_SEND, { "--connect", "rx.invalid:0" }, 2 },
		{ ROLE_SEND, { "--connect", "10.0.0.1", "-f", "csv" }, 2 },
		{ ROLE_RECV, { "-n", "1M", "-T", "2s" }, 0 },
		{ ROLE_RECV, { "-T", "5us" }, 2 },
		{ ROLE_RECV, { "-m", "mmsg", "--rcvbuf", "4k" }, 0 },
		{ ROLE_RECV, { "-m", "mmap", "-i", "lo", "--rcvbuf", "4k" }, 2 },
		{ ROLE_RECV, { "--server", "--max-duration", "30s" }, 0 },
		{ ROLE_RECV, { "--server", "-I", "1s" }, 2 },
		{ ROLE_RECV, { "--server", "-o", "x.json" }, 2 },
		/* the control channel's options only with it (OPT_CTL) */
		{ ROLE_RECV, { "--ports", "9000-9010" }, 2 },
		{ ROLE_RECV, { "--server", "--ports", "9000-9010" }, 0 },
		{ ROLE_RECV, { "-n", "10", "--token-file", "/dev/null" }, 2 },
		{ ROLE_SEND, { "-d", "10.0.0.1", "--token", "s3cret" }, 2 },
		{ ROLE_SEND, { "-d", "10.0.0.1", "--rx-mode", "mmsg" }, 2 },
		{ ROLE_SEND, { "--connect", "rx.invalid", "--rx-mode", "mmsg" },
		  0 },
	};

	for (unsigned i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		char name[160] = "";

		for (unsigned k = 0; c[i].args[k]; k++)
			snprintf(name + strlen(name),
				 sizeof(name) - strlen(name), " %s",
				 c[i].args[k]);
		is_int(run(c[i].role, c[i].args), c[i].code, "%s --check%s: %d",
		       c[i].role == ROLE_SEND ? "pktsend" : "pktrecv", name,
		       c[i].code);
	}
}

/* What a run would create, --check leaves alone. */
static void test_nothing_opened(void)
{
	char dir[] = "/tmp/t_check.XXXXXX", out[64], ready[64];
	const char *send_args[] = { "-d", "127.0.0.1", "-n", "1", "-o", out,
				    NULL };
	const char *recv_args[] = { "-n", "1", "-o", out, "--ready-file",
				    ready, "-p", "9", NULL };

	if (!mkdtemp(dir)) {
		ok(0, "mkdtemp");
		return;
	}
	snprintf(out, sizeof(out), "%s/result.json", dir);
	snprintf(ready, sizeof(ready), "%s/ready", dir);
	is_int(run(ROLE_SEND, send_args), 0, "pktsend --check -o FILE: 0");
	ok(access(out, F_OK) && errno == ENOENT, "and FILE was not created");
	is_int(run(ROLE_RECV, recv_args), 0,
	       "pktrecv --check -o FILE --ready-file READY: 0");
	ok(access(out, F_OK) && errno == ENOENT, "and FILE was not created");
	ok(access(ready, F_OK) && errno == ENOENT,
	   "and READY was not created (nothing listened)");
	rmdir(dir);
}

int main(void)
{
	test_codes();
	test_nothing_opened();
	return done_testing();
}
