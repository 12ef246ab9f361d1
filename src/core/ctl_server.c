// SPDX-License-Identifier: MIT
/*
 * pktrecv --server: one run at a time for pktsend --connect.  The control
 * loop runs here; the receiver runs in a worker thread and reports
 * "listening" and "finished" through a pipe, so one poll() sees the
 * client, the worker and newcomers (answered "busy") together.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "../be/backend.h"
#include "ctl.h"
#include "log.h"
#include "metrics.h"
#include "run.h"

#define SRV_GRACE_NS	2000000000ull	/* receiver outlives the sender's -t */
#define SRV_DRAIN_MS	500		/* after "done": packets in flight */

/* What a client may set, by option name; anything else is refused. */
static const char *const client_keys[] = {
	"mode", "port", "count", "duration", "idle-timeout", "threads",
	"run-id", NULL,
};

/* One run: the receiver's config, its thread and its result. */
struct srv_run {
	struct cfg c;
	struct run_io io;
	struct rx_result r;
	volatile sig_atomic_t stop;
	int pipe[2];		/* worker -> control loop: 'r'eady, 'd'one */
	int ret;
	char err[512];
	pthread_t tid;
	struct metrics *m;	/* --metrics, NULL */
};

struct srv {
	const struct cfg *base;
	const struct opt *opts;
	volatile sig_atomic_t *stop;
	int lfd;
	char peer[48];
	struct ctl_conn conn;
	struct ctl_msg msg;
	struct ctl_out out;
	struct srv_run run;
	char rec[CTL_MSG_MAX];	/* the receiver's JSON record */
};

static uint64_t mono_ms(void)
{
	return time_mono_ns() / 1000000;
}

static void srv_send_error(struct srv *s, const char *type, int code,
			   const char *why)
{
	ctl_out_init(&s->out, type);
	ctl_out_u64(&s->out, "code", (uint64_t)code);
	ctl_out_str(&s->out, "error", why);
	if (!ctl_out_end(&s->out))
		ctl_send(s->conn.fd, &s->out, CTL_IO_MS);
}

static int srv_listen(const struct cfg *c, char *err, size_t len)
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_port = htons(c->control_port),
				 .sin_addr.s_addr = c->ctl_bind };
	int one = 1, fd;

	fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0)
		goto fail;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(fd, (struct sockaddr *)&a, sizeof(a)) || listen(fd, 8))
		goto fail;
	return fd;
fail:
	snprintf(err, len, "--control-port %u: %s", c->control_port,
		 strerror(errno));
	if (fd >= 0)
		close(fd);
	return -1;
}

static int key_allowed(const char *k)
{
	for (unsigned i = 0; client_keys[i]; i++)
		if (!strcmp(client_keys[i], k))
			return 1;
	return !strcmp(k, "pktbench") || !strcmp(k, "type") ||
	       !strcmp(k, "token");
}

/*
 * The receiver's config: the server's own command line, then the
 * client's values through the same option table and cfg_validate, then
 * the server's caps.  0, or -EINVAL with the reason in err.
 */
static int srv_cfg(struct srv *s, struct cfg *c, char *err, size_t len)
{
	const struct ctl_msg *m = &s->msg;
	int ret;

	*c = *s->base;
	for (unsigned i = 0; i < m->n; i++) {
		if (!key_allowed(m->kv[i].key)) {
			snprintf(err, len,
				 "'%s' is not a value a client may set; accepted mode, port, count, duration, idle-timeout, threads, run-id",
				 m->kv[i].key);
			return -EINVAL;
		}
		if (!strcmp(m->kv[i].key, "pktbench") ||
		    !strcmp(m->kv[i].key, "type") ||
		    !strcmp(m->kv[i].key, "token"))
			continue;
		ret = cfg_set(c, s->opts, m->kv[i].key, m->kv[i].val, err, len);
		if (ret)
			return -EINVAL;
	}
	ret = cfg_validate(c, s->opts, err, len);
	if (ret)
		return ret;
	if (c->duration_ns > s->base->max_duration_ns) {
		snprintf(err, len,
			 "--duration %.3fs: above this server's --max-duration %.3fs",
			 c->duration_ns / 1e9, s->base->max_duration_ns / 1e9);
		return -EINVAL;
	}
	if (c->threads > s->base->max_threads) {
		snprintf(err, len,
			 "--threads %llu: above this server's --max-threads %llu",
			 (unsigned long long)c->threads,
			 (unsigned long long)s->base->max_threads);
		return -EINVAL;
	}
	/* the receiver starts before the sender: it gets a grace period */
	c->duration_ns = (c->duration_ns ? c->duration_ns :
					   s->base->max_duration_ns) +
			 SRV_GRACE_NS;
	c->server = 0;
	c->interval_ns = 0;
	c->output[0] = '\0';
	c->ready_file[0] = '\0';
	return 0;
}

static int srv_auth(struct srv *s, char *err, size_t len)
{
	const char *t = ctl_msg_get(&s->msg, "token");

	if (!s->base->token[0])
		return 0;
	if (t && ctl_token_eq(t, s->base->token))
		return 0;
	snprintf(err, len, "%s", t ? "wrong token" : "this server needs a token (--token or PKT_TOKEN)");
	return -EACCES;
}

static void srv_ready_cb(void *arg)
{
	struct srv_run *run = arg;

	if (write(run->pipe[1], "r", 1) < 0)
		(void)0;	/* the control loop then waits for 'd' */
}

static void *srv_worker(void *arg)
{
	struct srv_run *run = arg;

	run->ret = run_rx(&run->c, &run->io, &run->r);
	if (write(run->pipe[1], "d", 1) < 0)
		(void)0;
	return NULL;
}

static int srv_run_start(struct srv_run *run)
{
	int ret;

	run->stop = 0;
	run->ret = 0;
	run->err[0] = '\0';
	run->io = (struct run_io){ .stop = &run->stop, .err = run->err,
				   .errlen = sizeof(run->err),
				   .ready = srv_ready_cb, .ready_arg = run,
				   .metrics = run->m };
	if (pipe2(run->pipe, O_CLOEXEC))
		return -errno;
	ret = -pthread_create(&run->tid, NULL, srv_worker, run);
	if (ret) {
		close(run->pipe[0]);
		close(run->pipe[1]);
	}
	return ret;
}

static void srv_run_join(struct srv_run *run)
{
	run->stop = 1;
	pthread_join(run->tid, NULL);
	close(run->pipe[0]);
	close(run->pipe[1]);
}

/* The exit code pktrecv would have had for this run. */
static int srv_run_code(struct srv_run *run)
{
	int ret = run->ret;

	if (ret == -EINVAL)
		return 2;
	if (ret == -EOPNOTSUPP || ret == -EAFNOSUPPORT ||
	    ret == -EPROTONOSUPPORT || ret == -EPERM)
		return 4;
	if (ret)
		return 1;
	if (!run->r.received) {
		snprintf(run->err, sizeof(run->err),
			 "no test packet arrived on port %u (stop: %s)",
			 run->c.dport, run->r.stop_reason);
		return 1;
	}
	return 0;
}

/*
 * Waits for the worker's next pipe byte, or a client message, or the
 * deadline.  Returns the pipe byte, 'm' for a message (in s->msg), 't'
 * on timeout, 's' when the server stops, or -errno of the client.
 */
static int srv_event(struct srv *s, uint64_t end_ms)
{
	struct srv_run *run = &s->run;

	for (;;) {
		struct pollfd p[3] = { { run->pipe[0], POLLIN, 0 },
				       { s->conn.fd, POLLIN, 0 },
				       { s->lfd, POLLIN, 0 } };
		uint64_t now = mono_ms();
		char ch;
		int n;

		if (*s->stop)
			return 's';
		if (now >= end_ms)
			return 't';
		/* a message already buffered counts first */
		if (memchr(s->conn.buf, '\n', s->conn.len)) {
			n = ctl_read(&s->conn, &s->msg, 0, -1, NULL);
			return n ? n : 'm';
		}
		n = poll(p, 3, end_ms - now < 200 ? (int)(end_ms - now) : 200);
		if (n < 0 && errno != EINTR)
			return -errno;
		if (n <= 0)
			continue;
		if (p[2].revents)
			ctl_refuse_busy(s->lfd);
		if (p[0].revents && read(run->pipe[0], &ch, 1) == 1)
			return ch;
		if (p[1].revents) {
			n = ctl_read(&s->conn, &s->msg, CTL_IO_MS, s->lfd,
				     s->stop);
			return n ? n : 'm';
		}
	}
}

/* Logs the run's record on stdout (the server's log) and stderr. */
static void srv_record(struct srv *s, const char *why)
{
	struct run_meta meta;
	struct record rec;

	run_meta_init(&meta, "pktrecv", "result");
	rec = (struct record){ &meta, &s->run.c, s->opts, rx_result_fields,
			       &s->run.r };
	emit_record(stdout, s->base->format, &rec, 1);
	fflush(stdout);
	pkt_log(LOG_INFO, "control %s: run %llu ended: %s", s->peer,
		(unsigned long long)s->run.r.run_id, why);
}

/*
 * The "result" message with the record as JSON, its latency histogram
 * merged into groups of 2^bits buckets (lat_hist_sub_buckets says so).
 * 0, or -E2BIG when it does not fit one message.
 */
static int srv_result_msg(struct srv *s, unsigned bits, int code,
			  uint64_t sent)
{
	struct run_meta meta;
	struct record rec;
	FILE *mf;

	if (bits) {
		hist_coarsen(&s->run.r.lat_hist, bits);
		s->run.r.lat_hist_sub = HIST_SUB >> bits;
	}
	run_meta_init(&meta, "pktrecv", "result");
	rec = (struct record){ &meta, &s->run.c, s->opts, rx_result_fields,
			       &s->run.r };
	s->rec[0] = '\0';
	mf = fmemopen(s->rec, sizeof(s->rec), "w");
	if (mf) {
		if (emit_json(mf, &rec) || fputc('\0', mf) == EOF)
			s->rec[0] = '\0';
		fclose(mf);
	}
	s->rec[strcspn(s->rec, "\n")] = '\0';
	ctl_out_init(&s->out, "result");
	ctl_out_u64(&s->out, "code", (uint64_t)code);
	ctl_out_u64(&s->out, "sent", sent);
	ctl_out_str(&s->out, "error", s->run.err);
	ctl_out_str(&s->out, "record", s->rec);
	return ctl_out_end(&s->out) || !s->rec[0] ? -E2BIG : 0;
}

/* After "ready": the client sends, says "done"; the result goes back. */
static void srv_supervise(struct srv *s)
{
	struct srv_run *run = &s->run;
	uint64_t end = mono_ms() + run->c.duration_ns / 1000000 + CTL_IO_MS;
	uint64_t drain = 0, sent = 0;
	const char *why = NULL;
	int finished = 0, done = 0, code;

	while (!why && !(finished && done)) {
		int ev = srv_event(s, drain && !finished ? drain : end);

		if (ev == 'd') {
			finished = 1;
		} else if (ev == 'm') {
			char err[128];

			if (done || ctl_msg_expect(&s->msg, "done", err,
						   sizeof(err)) ||
			    ctl_msg_u64(&s->msg, "sent", UINT64_MAX, &sent)) {
				why = "bad message from the client";
				srv_send_error(s, "error", 2,
					       "expected one 'done' message with 'sent'");
				break;
			}
			done = 1;
			drain = mono_ms() + SRV_DRAIN_MS;
		} else if (ev == 't' && drain && !finished) {
			run->stop = 1;	/* drained: the worker ends with 'd' */
			drain = 0;
		} else if (ev == 't') {
			why = "the client did not say 'done' in time";
		} else if (ev == 's') {
			why = "the server is stopping";
		} else if (ev != 'r') {
			why = ev == -ECONNRESET ? "the client went away" :
						  "bad message from the client";
			if (ev != -ECONNRESET)
				srv_send_error(s, "error", 2,
					       "bad control message");
		}
	}
	srv_run_join(run);
	code = srv_run_code(run);
	if (done && !strcmp(run->r.stop_reason, "signal"))
		snprintf(run->r.stop_reason, sizeof(run->r.stop_reason),
			 "sender_done");
	srv_record(s, why ? why : run->err[0] ? run->err : "ok");
	if (why && strcmp(why, "the server is stopping"))
		return;
	/*
	 * A message holds CTL_MSG_MAX bytes (protocol version 1): a wide
	 * latency histogram goes back at a coarser resolution, as fine as
	 * fits.  The server's own log above has it whole.
	 */
	for (unsigned bits = 0;; bits++) {
		if (!srv_result_msg(s, bits, code, sent)) {
			ctl_send(s->conn.fd, &s->out, CTL_IO_MS);
			return;
		}
		if (bits == HIST_SUB_BITS)
			break;
	}
	srv_send_error(s, "error", 1, "result record too large");
}

/* Waits for the receiver to listen; 0, or the exit code of a failure. */
static int srv_wait_ready(struct srv *s)
{
	struct srv_run *run = &s->run;

	for (;;) {
		int ev = srv_event(s, mono_ms() + CTL_IO_MS);

		if (ev == 'r')
			return 0;
		if (ev == 'd')
			break;
		/* a client that talks or leaves before ready: end it here */
		srv_run_join(run);
		srv_record(s, ev == -ECONNRESET ? "the client went away" :
						   "no ready in time");
		return -1;
	}
	srv_run_join(run);
	srv_send_error(s, "error", srv_run_code(run), run->err);
	pkt_log(LOG_INFO, "control %s: receiver failed: %s", s->peer,
		run->err);
	return -1;
}

static void srv_serve(struct srv *s)
{
	char err[512];
	int ret;

	ret = ctl_read(&s->conn, &s->msg, CTL_IO_MS, s->lfd, s->stop);
	if (ret) {
		pkt_log(LOG_INFO, "control %s: %s", s->peer,
			ret == -ETIMEDOUT ? "no request in time" :
			ret == -E2BIG ? "request too long" :
			ret == -ECONNRESET ? "closed before a request" :
					     "not a control message");
		if (ret != -ECONNRESET && ret != -EINTR)
			srv_send_error(s, "error", 2,
				       ret == -ETIMEDOUT ? "no request in time" :
				       ret == -E2BIG ? "message too long" :
						       "not a control message");
		return;
	}
	ret = ctl_msg_expect(&s->msg, "run", err, sizeof(err));
	if (!ret)
		ret = srv_auth(s, err, sizeof(err));
	if (!ret)
		ret = srv_cfg(s, &s->run.c, err, sizeof(err));
	if (!ret && srv_run_start(&s->run))
		snprintf(err, sizeof(err), "cannot start the receiver");
	if (ret) {
		pkt_log(LOG_INFO, "control %s: refused: %s", s->peer, err);
		metrics_refused(s->run.m);
		srv_send_error(s, ret == -EACCES ? "denied" : "error",
			       ret == -EACCES ? 1 : 2, err);
		return;
	}
	if (srv_wait_ready(s))
		return;
	ctl_out_init(&s->out, "ready");
	ctl_out_u64(&s->out, "port", s->run.c.dport);
	ctl_out_str(&s->out, "mode", s->run.c.be->name);
	ctl_out_u64(&s->out, "duration_ns",
		    s->run.c.duration_ns - SRV_GRACE_NS);
	ctl_out_end(&s->out);
	if (ctl_send(s->conn.fd, &s->out, CTL_IO_MS)) {
		srv_run_join(&s->run);
		srv_record(s, "the client went away");
		return;
	}
	srv_supervise(s);
}

static void srv_accept(struct srv *s)
{
	struct sockaddr_in a;
	socklen_t alen = sizeof(a);
	char ip[INET_ADDRSTRLEN] = "?";

	s->conn.fd = accept4(s->lfd, (struct sockaddr *)&a, &alen,
			     SOCK_NONBLOCK | SOCK_CLOEXEC);
	if (s->conn.fd < 0)
		return;
	inet_ntop(AF_INET, &a.sin_addr, ip, sizeof(ip));
	snprintf(s->peer, sizeof(s->peer), "%s:%u", ip, ntohs(a.sin_port));
	s->conn.len = 0;
	srv_serve(s);
	close(s->conn.fd);
	s->conn.fd = -1;
}

static int srv_check(struct cfg *c, char *err, size_t len)
{
	const char *env = getenv("PKT_TOKEN");

	if (c->output[0] || c->interval_ns) {
		snprintf(err, len,
			 "--%s: not with --server; each run's result goes to stdout and to its client",
			 c->output[0] ? "output" : "interval");
		return -EINVAL;
	}
	if (!c->token[0] && env && *env) {
		if (strlen(env) >= sizeof(c->token)) {
			snprintf(err, len,
				 "PKT_TOKEN: accepted 1..%zu characters",
				 sizeof(c->token) - 1);
			return -EINVAL;
		}
		snprintf(c->token, sizeof(c->token), "%s", env);
	}
	return 0;
}

int ctl_server_check(struct cfg *c, char *err, size_t len)
{
	return srv_check(c, err, len) ? -EINVAL : 0;
}

int ctl_server_main(struct cfg *c, const struct opt *opts,
		    volatile sig_atomic_t *stop, struct metrics *m)
{
	char err[512];
	struct srv *s;

	if (srv_check(c, err, sizeof(err))) {
		fprintf(stderr, "pktrecv: %s\n", err);
		return 2;
	}
	s = calloc(1, sizeof(*s));
	if (!s)
		return 1;
	s->base = c;
	s->opts = opts;
	s->stop = stop;
	s->conn.fd = -1;
	s->run.m = m;
	s->lfd = srv_listen(c, err, sizeof(err));
	if (s->lfd < 0) {
		fprintf(stderr, "pktrecv: %s\n", err);
		free(s);
		return 1;
	}
	if (c->ready_file[0])
		run_ready_file(c->ready_file);
	if (!c->quiet)
		fprintf(stderr,
			"pktrecv: server: control port %u, one run at a time%s\n",
			c->control_port, c->token[0] ? ", token required" : "");
	while (!*stop) {
		struct pollfd p = { s->lfd, POLLIN, 0 };

		if (poll(&p, 1, 500) > 0)
			srv_accept(s);
	}
	close(s->lfd);
	free(s);
	return 0;
}
