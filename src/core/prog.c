// SPDX-License-Identifier: MIT
/* What pktsend's and pktrecv's main do: parse, validate, run, report. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../be/backend.h"
#include "ctl.h"
#include "metrics.h"
#include "run.h"
#include "units.h"

/*
 * The one global: set by SIGINT/SIGTERM/SIGHUP, read by the loops.  It
 * counts to 2: pktsend --connect still collects the receiver's result
 * after the first signal and gives up at the second.
 */
static volatile sig_atomic_t stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	stop_flag = stop_flag ? 2 : 1;
}

static void signals_install(void)
{
	struct sigaction sa = { .sa_handler = on_signal };

	/* no SA_RESTART: blocking calls return EINTR and the loops stop */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	/* a closed pipe is then EPIPE from write, which we report */
	signal(SIGPIPE, SIG_IGN);
}

/*
 * Where the records go: stdout; --output itself when it is not a regular
 * file (/dev/null, a FIFO, a terminal), written in place; or a temporary
 * file .NAME.tmp.PID beside it, renamed over NAME when complete.
 */
struct out_file {
	FILE *fp;
	char tmp[300];		/* "": no temporary file */
	const char *name;	/* for messages */
};

/* Splits path into its directory ("." if none) and base name. */
static void path_split(const char *path, char *dir, size_t dlen,
		       const char **base)
{
	const char *slash = strrchr(path, '/');

	if (!slash) {
		snprintf(dir, dlen, ".");
		*base = path;
	} else {
		snprintf(dir, dlen, "%.*s", slash == path ? 1 :
				 (int)(slash - path), path);
		*base = slash + 1;
	}
}

/*
 * Temporary files of earlier runs that were killed (SIGKILL, a crash):
 * .BASE.tmp.PID whose PID no longer lives.  A live PID may be another
 * run writing the same file: left alone.
 */
static void out_clean_stale(const char *dir, const char *base)
{
	char pfx[300], path[600];
	size_t plen;
	struct dirent *e;
	DIR *d;

	plen = (size_t)snprintf(pfx, sizeof(pfx), ".%s.tmp.", base);
	if (plen >= sizeof(pfx))
		return;
	d = opendir(dir);
	if (!d)
		return;
	while ((e = readdir(d))) {
		char *end;
		long pid;

		if (strncmp(e->d_name, pfx, plen))
			continue;
		errno = 0;
		pid = strtol(e->d_name + plen, &end, 10);
		if (errno || *end || end == e->d_name + plen || pid <= 0 ||
		    pid == (long)getpid())
			continue;
		if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir,
				     e->d_name) < sizeof(path))
			unlink(path);
	}
	closedir(d);
}

static int out_open(const char *path, struct out_file *o)
{
	char dir[300];
	const char *base;
	struct stat st;
	int fd;

	memset(o, 0, sizeof(*o));
	o->name = path[0] ? path : "stdout";
	if (!path[0]) {
		o->fp = stdout;
		return 0;
	}
	if (!stat(path, &st) && !S_ISREG(st.st_mode)) {
		/* a device or FIFO: renaming over it would replace it */
		o->fp = fopen(path, "w");
		return o->fp ? 0 : -errno;
	}
	path_split(path, dir, sizeof(dir), &base);
	out_clean_stale(dir, base);
	if ((size_t)snprintf(o->tmp, sizeof(o->tmp), "%s/.%s.tmp.%d", dir,
			     base, (int)getpid()) >= sizeof(o->tmp))
		return -ENAMETOOLONG;
	fd = open(o->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (fd < 0) {
		o->tmp[0] = '\0';
		return -errno;
	}
	o->fp = fdopen(fd, "w");
	if (!o->fp) {
		close(fd);
		unlink(o->tmp);
		o->tmp[0] = '\0';
		return -ENOMEM;
	}
	return 0;
}

/*
 * Flushes and closes; keeps the result (rename) only if keep and every
 * write succeeded.  0 or -errno of the first failure.
 */
static int out_close(struct out_file *o, const char *path, int keep)
{
	int ret = 0;

	if (fflush(o->fp) || ferror(o->fp))
		ret = errno ? -errno : -EIO;
	if (fclose(o->fp) && !ret)
		ret = errno ? -errno : -EIO;
	if (o->tmp[0]) {
		if (!ret && keep && rename(o->tmp, path))
			ret = -errno;
		if (ret || !keep)
			unlink(o->tmp);
	}
	return ret;
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

/* "123" or "unknown" for a counter that may be null. */
static const char *drops_str(char *buf, size_t len, uint64_t v)
{
	if (v == FIELD_NULL)
		return "unknown";
	snprintf(buf, len, "%llu", (unsigned long long)v);
	return buf;
}

/*
 * One line: the largest drop cause this side saw.  The receiver's own
 * counter (socket, ring or AF_XDP) comes first, the interface and the
 * host-wide backlog after it (README, "Where packets die").
 */
static void summary_rx_drops(const struct cfg *c, const struct rx_result *r)
{
	const char *where = "at the UDP receive buffer (SO_RXQ_OVFL)";
	uint64_t own = r->kernel_drops, best;
	char a[24], b[24];

	if (c->be->layer == PKT_LAYER_L2)
		where = r->xdp_bind[0] ? "at the AF_XDP socket (rx_dropped + rx_ring_full)" :
					 "at the packet ring (tp_drops)";
	best = own;
	if (r->if_rx_dropped != FIELD_NULL && r->if_rx_dropped > best) {
		best = r->if_rx_dropped;
		where = "at the receive interface (rx_dropped)";
	}
	if (r->backlog_drops != FIELD_NULL && r->backlog_drops > best) {
		best = r->backlog_drops;
		where = "in the CPU backlog (softnet_stat, host-wide)";
	}
	if (!best)
		fprintf(stderr, "pktrecv: drops: none seen; ");
	else
		fprintf(stderr, "pktrecv: drops: %llu %s; ",
			(unsigned long long)best, where);
	fprintf(stderr, "own %llu, interface %s%s%s, backlog %s\n",
		(unsigned long long)own, r->drops_if, r->drops_if[0] ? " " : "",
		drops_str(a, sizeof(a), r->if_rx_dropped),
		drops_str(b, sizeof(b), r->backlog_drops));
}

/* The sender's side, only when it saw a drop. */
static void summary_tx_drops(const struct tx_result *r)
{
	uint64_t q = r->qdisc_drops == FIELD_NULL ? 0 : r->qdisc_drops;
	uint64_t t = r->if_tx_dropped == FIELD_NULL ? 0 : r->if_tx_dropped;

	if (!q && !t && !r->wrong_format)
		return;
	if (r->wrong_format >= q && r->wrong_format >= t)
		fprintf(stderr, "pktsend: drops: %llu frames the kernel refused (wrong_format); ",
			(unsigned long long)r->wrong_format);
	else if (q >= t)
		fprintf(stderr, "pktsend: drops: %llu at the qdisc of %s; ",
			(unsigned long long)q, r->drops_if);
	else
		fprintf(stderr, "pktsend: drops: %llu at %s (tx_dropped); ",
			(unsigned long long)t, r->drops_if);
	fprintf(stderr, "qdisc %llu, interface %llu\n", (unsigned long long)q,
		(unsigned long long)t);
}

static void summary_rx(const struct rx_result *r)
{
	char a[32], b[32];

	fprintf(stderr,
		"pktrecv: received %llu packets in %.3f s: %s pps, %sbit/s (stop: %s)\n"
		"pktrecv: lost %llu, duplicates %llu, reordered %llu, foreign %llu, kernel drops %llu; ",
		(unsigned long long)r->received, r->duration_s,
		units_fmt_si(a, sizeof(a), r->pps),
		units_fmt_si(b, sizeof(b), r->bps), r->stop_reason,
		(unsigned long long)r->lost, (unsigned long long)r->duplicates,
		(unsigned long long)r->reordered,
		(unsigned long long)r->foreign,
		(unsigned long long)r->kernel_drops);
	if (r->lat_min_ns == FIELD_NULL)
		fprintf(stderr, "latency: no valid send time (%llu invalid)\n",
			(unsigned long long)r->lat_invalid);
	else
		fprintf(stderr,
			"latency us min/p50/p99/max %.1f/%.1f/%.1f/%.1f\n",
			r->lat_min_ns / 1e3, r->lat_p50_ns / 1e3,
			r->lat_p99_ns / 1e3, r->lat_max_ns / 1e3);
}

int prog_recv_check(struct cfg *c, char *err, size_t len)
{
	int ret = 0;

	if (c->check && c->server)
		ret = ctl_server_check(c, err, len);
	if (!ret)
		ret = metrics_check(c, err, len);
	return ret;
}

/* pktrecv --server, with its --metrics thread beside it. */
int prog_server(struct cfg *c, const struct opt *opts)
{
	struct metrics *m;
	char msg[512];
	int code;

	if (metrics_start(&m, c, msg, sizeof(msg))) {
		fprintf(stderr, "pktrecv: %s\n", msg);
		return 1;
	}
	code = ctl_server_main(c, opts, &stop_flag, m);
	metrics_stop(m);
	return code;
}

int prog_main(const struct prog_ops *ops, int argc, char **argv)
{
	const enum prog_role role = ops->role;
	const struct opt *opts = ops->opts;
	const char *prog = ops->name;
	char msg[512] = "";
	struct run_meta meta, imeta;
	struct tx_result txr;
	struct rx_result rxr;
	struct record rec;
	struct cfg c;
	struct ctl_client cl;	/* pktsend --connect */
	struct run_io io = { .stop = &stop_flag, .err = msg,
			     .errlen = sizeof(msg) };
	struct out_file of;
	FILE *out;
	int ret, code = 0;

	cfg_defaults(&c, role);
	ret = cfg_parse(&c, opts, argc, argv, msg, sizeof(msg));
	if (ret == 1)
		return 0;
	if (!ret && c.connect[0] && ops->connect_prepare)
		ret = ops->connect_prepare(&cl, &c, msg, sizeof(msg));
	if (!ret)
		ret = cfg_validate(&c, opts, msg, sizeof(msg));
	if (!ret && ops->check)
		ret = ops->check(&c, msg, sizeof(msg));
	if (ret) {
		fprintf(stderr, "%s: %s\n", prog, msg);
		return 2;
	}
	if (c.check)
		return 0;	/* nothing opened, nothing sent */
	signals_install();
	if (c.server && ops->server)
		return ops->server(&c, opts);
	errno = 0;
	ret = out_open(c.output, &of);
	if (ret) {
		fprintf(stderr, "%s: --output %s: %s\n", prog, c.output,
			strerror(-ret));
		return 2;
	}
	out = of.fp;
	run_meta_init(&meta, prog, "result");
	run_meta_init(&imeta, prog, "interval");
	io.out = c.interval_ns ? out : NULL;
	io.imeta = &imeta;
	if (c.interval_ns && c.format == OUT_CSV)
		emit_csv(out, &(struct record){ &imeta, &c, NULL, ops->fields,
						NULL }, 1);

	if (role == ROLE_SEND && c.connect[0])
		ret = ops->connect_run(&cl, &c, &io, &txr);
	else if (role == ROLE_SEND)
		ret = ops->run_tx(&c, &io, &txr);
	else
		ret = ops->run_rx(&c, &io, &rxr);

	if (ret == -EINVAL) {
		code = 2;
	} else if (ret == -EOPNOTSUPP || ret == -EAFNOSUPPORT ||
		   ret == -EPROTONOSUPPORT || ret == -EPERM) {
		code = 4;
	} else if (ret) {
		code = 1;
	} else if (role == ROLE_RECV && !rxr.received) {
		snprintf(msg, sizeof(msg),
			 "no test packet arrived on port %u (stop: %s)", c.dport,
			 rxr.stop_reason);
		code = 1;
	} else if (c.connect[0]) {
		code = ops->connect_code(&cl);	/* the receiver's verdict */
	}
	if (ret && (ret == -EINVAL || code == 4 ||
		    (role == ROLE_SEND ? !txr.sent : !rxr.received))) {
		/* nothing ran: no result to report */
		fprintf(stderr, "%s: %s\n", prog, msg);
		out_close(&of, c.output, 0);
		return code;
	}
	rec = (struct record){ &meta, &c, opts, ops->fields,
			       role == ROLE_SEND ? (void *)&txr : (void *)&rxr };
	/* after interval records, CSV starts a second table */
	if (c.interval_ns && c.format == OUT_CSV)
		fputc('\n', out);
	if (c.connect[0])
		ops->connect_emit(out, &cl, &rec);
	else
		emit_record(out, c.format, &rec, 1);
	if (!c.quiet && role == ROLE_SEND) {
		summary_tx(&txr);
		summary_tx_drops(&txr);
	} else if (!c.quiet) {
		summary_rx(&rxr);
		summary_rx_drops(&c, &rxr);
	}
	if (code)
		fprintf(stderr, "%s: %s\n", prog, msg);
	errno = 0;
	ret = out_close(&of, c.output, 1);
	if (ret) {
		/* EPIPE, ENOSPC, EIO: a result nobody got is a failure */
		fprintf(stderr, "%s: writing the result to %s: %s\n", prog,
			of.name, strerror(-ret));
		return 1;
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
