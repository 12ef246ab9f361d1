// SPDX-License-Identifier: MIT
/*
 * Regression tests for what the fuzz targets (tests/fuzz) found.  Each
 * case names the target and the input shape; docs/security.md lists them.
 *
 * A finding that hung runs in a child process: the parent waits a bound
 * (far above the microseconds a case needs) and reports "not ok" instead
 * of hanging the whole suite.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/cfg.h"
#include "core/metrics.h"
#include "core/run.h"
#include "core/stats.h"
#include "tap.h"

#define HANG_BOUND_MS 10000

/* Runs fn in a child; 0 if it exited 0 in time, 1 on failure, 2 on hang. */
static int run_bounded(int (*fn)(const void *), const void *arg)
{
	struct timespec tick = { 0, 10 * 1000 * 1000 };
	int status;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid < 0)
		return 1;
	if (!pid)
		_exit(fn(arg) ? 1 : 0);
	for (unsigned ms = 0; ms < HANG_BOUND_MS; ms += 10) {
		if (waitpid(pid, &status, WNOHANG) == pid)
			return WIFEXITED(status) && !WEXITSTATUS(status) ? 0 :
									   1;
		nanosleep(&tick, NULL);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	return 2;
}

struct seq_case {
	const char *name;
	uint64_t seqs[4];
	unsigned n;
	uint64_t unique, duplicates;
};

/* Feeds the sequence; the counters must add up (1: they do not). */
static int seq_case_run(const void *arg)
{
	const struct seq_case *c = arg;
	struct seq_track t;
	int bad;

	if (seq_track_init(&t))
		return 1;
	for (unsigned i = 0; i < c->n; i++)
		seq_track_add(&t, c->seqs[i]);
	bad = t.received != c->n || t.unique != c->unique ||
	      t.duplicates != c->duplicates;
	seq_track_free(&t);
	return bad;
}

/*
 * fuzz_seq, first minutes: a step inside the window that lands on
 * 2^64 - 1 made window_advance's "s <= new_max" loop never end (s wraps).
 */
static const struct seq_case seq_cases[] = {
	{ "step of 1 onto 2^64-1", { UINT64_MAX - 1, UINT64_MAX }, 2, 2, 0 },
	{ "step of 100 onto 2^64-1", { UINT64_MAX - 100, UINT64_MAX }, 2, 2,
	  0 },
	{ "step of window-1 onto 2^64-1",
	  { UINT64_MAX - (SEQ_WINDOW - 1), UINT64_MAX }, 2, 2, 0 },
	{ "aligned word below 2^64-1, then the top",
	  { UINT64_MAX - 64, UINT64_MAX, UINT64_MAX }, 3, 2, 1 },
	{ "2^64-1 first, then a repeat and one below",
	  { UINT64_MAX, UINT64_MAX, UINT64_MAX - 1 }, 3, 2, 1 },
};

/*
 * fuzz_cfg, input "--dst 9.0.3.2 --dst 2.0.2.8" to pktsend: formatting
 * the defaults read a NULL backend through --rx-mode, which is unset
 * unless --connect is used.  Every option of both programs must format
 * from the defaults.
 */
static int cfg_defaults_format(const void *arg)
{
	const struct opt *const tables[] = { pktsend_opts, pktrecv_opts };
	char buf[256];
	struct cfg c;

	(void)arg;
	for (unsigned t = 0; t < 2; t++) {
		cfg_defaults(&c, t ? ROLE_RECV : ROLE_SEND);
		for (const struct opt *o = tables[t]; o->name; o++)
			if (!cfg_value_str(&c, o, buf, sizeof(buf)))
				return 1;
	}
	return 0;
}

/*
 * fuzz_http, input "GET ?tis/emcrx=1 HTTP/1.0\n\n": a target that is a
 * query alone gave an empty path (answered 404, but the parser's contract
 * is a path of at least one byte).  It is refused as a bad request.
 */
static int http_query_alone(void)
{
	static const char s[] = "GET ?tis/emcrx=1 HTTP/1.0\n\n";
	struct http_req r;

	return http_parse(s, sizeof(s) - 1, &r) == -EINVAL ? 0 : 1;
}

int main(void)
{
	unsigned n = sizeof(seq_cases) / sizeof(seq_cases[0]);

	plan(n + 2);
	ok(http_query_alone() == 0,
	   "fuzz_http: a target of a query alone is -EINVAL, not an empty path");
	ok(run_bounded(cfg_defaults_format, NULL) == 0,
	   "fuzz_cfg: every option formats from the defaults (--rx-mode unset)");
	for (unsigned i = 0; i < n; i++) {
		int r = run_bounded(seq_case_run, &seq_cases[i]);

		if (r == 2)
			diag("still running after %u ms: a hang",
			     HANG_BOUND_MS);
		ok(r == 0, "fuzz_seq: %s: returns, counters add up",
		   seq_cases[i].name);
	}
	return done_testing();
}
