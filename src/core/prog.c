// SPDX-License-Identifier: MIT
/* What pktsend's and pktrecv's main do: parse, validate, run, report. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../be/backend.h"
#include "ctl.h"
#include "run.h"
#include "units.h"

/* The one global: set by SIGINT/SIGTERM, read by the loops. */
static volatile sig_atomic_t stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	stop_flag = 1;
}

static void signals_install(void)
{
	struct sigaction sa = { .sa_handler = on_signal };

	/* no SA_RESTART: blocking calls return EINTR and the loops stop */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

/* Human summary, one line or two, on stderr. */
static void summary_tx(const struct tx_result *r)
{
	char a[32], b[32];

	fprintf(stderr,
		"pktsend: sent %llu packets in %.3f s: %s pps, %sbit/s; %llu send errors\n",
		(unsigned long long)r->sent, r->duration_s,
		units_fmt_si(a, sizeof(a), r->pps),
		units_fmt_si(b, sizeof(b), r->bps),
		(unsigned long long)r->send_errors);
}

static void summary_rx(const struct rx_result *r)
{
	char a[32], b[32];

	fprintf(stderr,
		"pktrecv: received %llu packets in %.3f s: %s pps, %sbit/s (stop: %s)\n"
		"pktrecv: lost %llu, duplicates %llu, reordered %llu, foreign %llu, kernel drops %llu; latency us min/p50/p99/max %.1f/%.1f/%.1f/%.1f\n",
		(unsigned long long)r->received, r->duration_s,
		units_fmt_si(a, sizeof(a), r->pps),
		units_fmt_si(b, sizeof(b), r->bps), r->stop_reason,
		(unsigned long long)r->lost, (unsigned long long)r->duplicates,
		(unsigned long long)r->reordered,
		(unsigned long long)r->foreign,
		(unsigned long long)r->kernel_drops, r->lat_min_ns / 1e3,
		r->lat_p50_ns / 1e3, r->lat_p99_ns / 1e3, r->lat_max_ns / 1e3);
}

int prog_main(enum prog_role role, const struct opt *opts, int argc,
	      char **argv)
{
	const char *prog = role == ROLE_SEND ? "pktsend" : "pktrecv";
	char msg[512] = "", tmp[300] = "";
	struct run_meta meta, imeta;
	struct tx_result txr;
	struct rx_result rxr;
	struct record rec;
	struct cfg c;
	struct ctl_client cl;	/* pktsend --connect */
	struct run_io io = { .stop = &stop_flag, .err = msg,
			     .errlen = sizeof(msg) };
	FILE *out = stdout;
	int ret, code = 0;

	cfg_defaults(&c, role);
	ret = cfg_parse(&c, opts, argc, argv, msg, sizeof(msg));
	if (ret == 1)
		return 0;
	if (!ret && c.connect[0])
		ret = ctl_client_prepare(&cl, &c, msg, sizeof(msg));
	if (!ret)
		ret = cfg_validate(&c, opts, msg, sizeof(msg));
	if (ret) {
		fprintf(stderr, "%s: %s\n", prog, msg);
		return 2;
	}
	if (c.server) {
		signals_install();
		return ctl_server_main(&c, opts, &stop_flag);
	}
	if (c.output[0]) {
		/* written under a temporary name and renamed when complete */
		snprintf(tmp, sizeof(tmp), "%s.tmp.%d", c.output, (int)getpid());
		out = fopen(tmp, "w");
		if (!out) {
			fprintf(stderr, "%s: --output %s: %s\n", prog, c.output,
				strerror(errno));
			return 2;
		}
	}
	signals_install();
	run_meta_init(&meta, prog, "result");
	run_meta_init(&imeta, prog, "interval");
	io.out = c.interval_ns ? out : NULL;
	io.imeta = &imeta;
	if (c.interval_ns && c.format == OUT_CSV)
		emit_csv(out, &(struct record){ &imeta, &c, NULL,
			role == ROLE_SEND ? tx_result_fields : rx_result_fields,
			NULL }, 1);

	if (role == ROLE_SEND && c.connect[0])
		ret = ctl_client_run(&cl, &c, &io, &txr);
	else if (role == ROLE_SEND)
		ret = run_tx(&c, &io, &txr);
	else
		ret = run_rx(&c, &io, &rxr);

	if (ret == -EINVAL) {
		code = 2;
	} else if (ret == -EOPNOTSUPP || ret == -EAFNOSUPPORT ||
		   ret == -EPROTONOSUPPORT) {
		code = 4;
	} else if (ret) {
		code = 1;
	} else if (role == ROLE_RECV && !rxr.received) {
		snprintf(msg, sizeof(msg),
			 "no test packet arrived on port %u (stop: %s)", c.dport,
			 rxr.stop_reason);
		code = 1;
	} else if (c.connect[0]) {
		code = ctl_client_code(&cl);	/* the receiver's verdict */
	}
	if (ret && (ret == -EINVAL || code == 4 ||
		    (role == ROLE_SEND ? !txr.sent : !rxr.received))) {
		/* nothing ran: no result to report */
		fprintf(stderr, "%s: %s\n", prog, msg);
		if (out != stdout) {
			fclose(out);
			unlink(tmp);
		}
		return code;
	}
	rec = (struct record){ &meta, &c, opts,
			       role == ROLE_SEND ? tx_result_fields :
						   rx_result_fields,
			       role == ROLE_SEND ? (void *)&txr : (void *)&rxr };
	/* after interval records, CSV starts a second table */
	if (c.interval_ns && c.format == OUT_CSV)
		fputc('\n', out);
	if (c.connect[0])
		ctl_client_emit(out, &cl, &rec);
	else
		emit_record(out, c.format, &rec, 1);
	if (!c.quiet)
		role == ROLE_SEND ? summary_tx(&txr) : summary_rx(&rxr);
	if (code)
		fprintf(stderr, "%s: %s\n", prog, msg);
	if (out != stdout) {
		if (fclose(out) || rename(tmp, c.output)) {
			fprintf(stderr, "%s: --output %s: %s\n", prog, c.output,
				strerror(errno));
			unlink(tmp);
			return 1;
		}
	} else {
		fflush(stdout);
	}
	if (role == ROLE_SEND && c.linger_ns && !code) {
		/* keep a compose run alive until the receiver has finished */
		uint64_t end = time_mono_ns() + c.linger_ns;
		struct timespec tick = { 0, 50000000 };

		while (!stop_flag && time_mono_ns() < end)
			nanosleep(&tick, NULL);
	}
	return code;
}
