// SPDX-License-Identifier: MIT
/*
 * pktrecv --server: one run at a time for pktsend --connect.  The control
 * loop runs here; the receiver runs in a worker thread and reports
 * "listening" and "finished" through a pipe, so one poll() sees the
 * client, the worker and newcomers (answered "busy") together.
 *
 * Authentication comes first: while no run is active, every connection
 * waits in a bounded table (SRV_PENDING_MAX, SRV_PENDING_PEER per
 * address, CTL_IO_MS from accept to a whole request) until its "run"
 * message is read and its token checked.  Only then does it become the
 * active run; a connection that has not authenticated never makes
 * another one "busy".  Failed token checks back off per address and in
 * total (struct ctl_gate) and are logged once per SRV_LOG_MS.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stddef.h>
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
#include "priv.h"
#include "metrics.h"
#include "run.h"

#define SRV_GRACE_NS	2000000000ull	/* receiver outlives the sender's -t */
#define SRV_DRAIN_MS	500		/* after "done": packets in flight */
#define SRV_PENDING_MAX	16	/* unauthenticated connections at once */
#define SRV_PENDING_PEER 4	/* of them from one address */
#define SRV_PEERS	64	/* addresses whose failures are remembered */
#define SRV_LOG_MS	5000	/* failed checks: one summary line per */
/* token failures: free ones, then a block from base doubling up to max */
#define SRV_PEER_FREE	3
#define SRV_PEER_BASE_MS 1000
#define SRV_PEER_MAX_MS	60000
#define SRV_ALL_FREE	30
#define SRV_ALL_BASE_MS	500
#define SRV_ALL_MAX_MS	10000

/* What a client may set, by option name; anything else is refused. */
static const char *const client_keys[] = {
	"mode", "port", "count", "duration", "idle-timeout", "threads",
	"run-id", "interval", NULL,
};

#define SRV_IQUEUE	8	/* interval messages not yet sent */
#define SRV_CLIENTS_MAX	16	/* --clients */

/*
 * Interval messages on their way to one client: whole messages go in
 * while they fit (the rest are dropped, counted), and out as far as the
 * client's socket takes them without waiting, so a client that stalls
 * holds up neither the run nor the other clients.
 */
struct srv_ivout {
	size_t off, len;	/* buf[off..len) not written yet */
	uint64_t sent, drop;	/* messages taken in, and dropped */
	char buf[CTL_MSG_MAX];
};

/* --clients N: one sender of the run. */
struct srv_member {
	struct ctl_conn conn;
	char peer[48];
	uint64_t base, streams;	/* its stream ids: base .. base+streams-1 */
	uint64_t duration_ns;	/* what it asked, grace included */
	uint64_t sent;
	int done;		/* said "done", or left */
	int gone;		/* left, or broke the protocol: no result */
	int eof;		/* half-closed after "done" */
	int want_iv;		/* asked for the interval stream */
	struct srv_ivout iv;
};

/* One run: the receiver's config, its thread and its result. */
struct srv_run {
	struct cfg c;
	struct run_io io;
	struct rx_result r;
	volatile sig_atomic_t stop;
	int pipe[2];	/* worker -> control loop: 'r'eady, 'i'nterval, 'd'one */
	int ret;
	char err[512];
	pthread_t tid;
	struct metrics *m;	/* --metrics, NULL */
	unsigned ver;
	/*
	 * Interval records for the client (version 2): the worker builds
	 * each message, the control loop sends it.  A client that does not
	 * keep up loses records (idrop here, or its srv_ivout's), never the
	 * run.
	 */
	pthread_mutex_t qmu;
	unsigned qhead, qlen;
	uint64_t idrop;
	struct ctl_out q[SRV_IQUEUE];
	struct ctl_out iout;
	char irec[CTL_MSG_MAX];
};

/* A connection that has not authenticated yet. */
struct srv_pending {
	struct ctl_conn conn;
	uint32_t ip;
	uint64_t end_ms;	/* its whole request by then */
	char peer[48];
};

struct srv_peer {
	uint32_t ip;
	struct ctl_gate gate;
};

/* Refusals counted between two summary lines. */
struct srv_fails {
	uint64_t since_ms;	/* 0: none since the last line */
	unsigned wrong;		/* token checks that failed */
	unsigned blocked;	/* requests refused unchecked, backing off */
	unsigned evicted;	/* pending connections pushed out */
	char last[48];
};

struct srv {
	const struct cfg *base;
	const struct opt *opts;
	volatile sig_atomic_t *stop;
	int lfd;
	unsigned ver;		/* the session's protocol version */
	char peer[48];
	int eof;		/* the client half-closed after "done" */
	unsigned npend;
	struct srv_pending pend[SRV_PENDING_MAX];
	struct srv_peer peers[SRV_PEERS];
	struct ctl_gate all;
	struct srv_fails fl;
	struct ctl_conn conn;
	struct ctl_msg msg;
	struct ctl_out out;
	struct srv_ivout iv;	/* the one client's interval messages */
	struct srv_run run;
	char ignored[256];	/* server options this run's mode ignores */
	/* --clients N: the senders joined so far (none: one-client runs) */
	unsigned nmem;
	uint64_t join_end_ms;
	uint64_t mstreams;	/* stream ids handed out */
	uint64_t mdur_ns;	/* the longest listening time asked */
	struct srv_member mem[SRV_CLIENTS_MAX];
	char share[512];
	char rec[CTL_MSG_MAX];	/* the receiver's JSON record */
};

static uint64_t mono_ms(void)
{
	return time_mono_ns() / 1000000;
}

/* One log line about peer; the text is escaped (it may hold peer bytes). */
static void srv_log(const char *peer, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void srv_log(const char *peer, const char *fmt, ...)
{
	char raw[1024], esc[CTL_ESC_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);
	ctl_escape(esc, sizeof(esc), raw);
	if (peer)
		pkt_log(LOG_INFO, "control %s: %s", peer, esc);
	else
		pkt_log(LOG_INFO, "control: %s", esc);
}

/* Takes one whole message, or counts it dropped when it does not fit. */
static void srv_iv_put(struct srv_ivout *q, const struct ctl_out *o)
{
	if (q->off) {
		memmove(q->buf, q->buf + q->off, q->len - q->off);
		q->len -= q->off;
		q->off = 0;
	}
	if (o->len > sizeof(q->buf) - q->len) {
		q->drop++;
		return;
	}
	memcpy(q->buf + q->len, o->buf, o->len);
	q->len += o->len;
	q->sent++;
}

/*
 * Writes what the socket takes now; 0, or -errno when the client is
 * gone (what was waiting is let go).
 */
static int srv_iv_flush(int fd, struct srv_ivout *q)
{
	while (q->off < q->len) {
		ssize_t n = send(fd, q->buf + q->off, q->len - q->off,
				 MSG_DONTWAIT | MSG_NOSIGNAL);

		if (n > 0) {
			q->off += (size_t)n;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return 0;
		q->off = q->len = 0;
		return n < 0 ? -errno : -EPIPE;
	}
	q->off = q->len = 0;
	return 0;
}

/*
 * Before any other message to the client: the interval bytes still
 * waiting, within CTL_IO_MS, so each message stays whole; 0 or -errno.
 */
static int srv_iv_sync(int fd, struct srv_ivout *q)
{
	uint64_t end = mono_ms() + CTL_IO_MS;

	for (;;) {
		struct pollfd p = { fd, POLLOUT, 0 };
		uint64_t now = mono_ms();
		int ret = srv_iv_flush(fd, q);

		if (ret || !q->len)
			return ret;
		if (now >= end) {
			q->off = q->len = 0;
			return -ETIMEDOUT;
		}
		if (poll(&p, 1, (int)(end - now)) < 0 && errno != EINTR) {
			q->off = q->len = 0;
			return -errno;
		}
	}
}

static void srv_send_error(struct srv *s, const char *type, int code,
			   const char *why)
{
	ctl_out_init_v(&s->out, s->ver, type);
	ctl_out_u64(&s->out, "code", (uint64_t)code);
	ctl_out_str(&s->out, "error", why);
	if (!ctl_out_end(&s->out))
		if (!srv_iv_sync(s->conn.fd, &s->iv))
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
	       !strcmp(k, "token") || !strcmp(k, "streams");
}

/* --server-modes: a mode outside it is refused before anything opens. */
static int srv_mode_served(const struct cfg *base, const struct cfg *c,
			   char *err, size_t len)
{
	char names[64];
	unsigned i = 0;

	while (pkt_backends[i] && pkt_backends[i] != c->be)
		i++;
	if (!base->server_modes || (base->server_modes & (1u << i)))
		return 0;
	snprintf(err, len,
		 "--mode %s: not served here; this server's --server-modes: %s",
		 c->be->name, priv_modes_str(base->server_modes, names,
					     sizeof(names)));
	return -EINVAL;
}

/* The bytes of an option's field in struct cfg; 0: not one we reset. */
static size_t opt_field_size(const struct opt *o)
{
	switch (o->type) {
	case OPT_U64:
	case OPT_SIZE:
		return sizeof(uint64_t);
	case OPT_U16:
		return sizeof(uint16_t);
	case OPT_FLAG:
	case OPT_CHOICE:
		return sizeof(int);
	default:
		return 0;
	}
}

/*
 * The server's own backend options (--rcvbuf, the ring geometry, --vlan,
 * ...) belong to the modes that read them: a run in another mode takes
 * the option's default instead, as a plain pktrecv in that mode would,
 * and its record's config says so.  The names dropped go to ign.
 */
static void srv_drop_foreign(const struct srv *s, struct cfg *c, char *ign,
			     size_t len)
{
	struct cfg d;
	char names[128];
	size_t used = 0;

	ign[0] = '\0';
	cfg_defaults(&d, ROLE_RECV);
	for (unsigned i = 0; s->opts[i].name; i++) {
		const struct opt *o = &s->opts[i];
		size_t n = opt_field_size(o);

		if (!(c->set & (1ull << i)) || backend_has_opt(c->be, o->name) ||
		    !*backend_names(names, sizeof(names), o->name) || !n)
			continue;
		memcpy((char *)c + o->off, (const char *)&d + o->off, n);
		c->set &= ~(1ull << i);
		if (used < len)
			used += (size_t)snprintf(ign + used, len - used,
						 "%s--%s", used ? " " : "",
						 o->name);
	}
}

/* The data port: inside --ports, and no socket of anybody else on it. */
static int srv_port_check(const struct srv *s, const struct cfg *c,
			  char *err, size_t len)
{
	uint16_t lo = s->base->port_lo, hi = s->base->port_hi;
	int used;

	if (!lo)
		lo = hi = s->base->dport;
	if (c->dport < lo || c->dport > hi) {
		snprintf(err, len,
			 "--port %u: this server lets clients use %u..%u (its --ports)",
			 c->dport, lo, hi);
		return -EINVAL;
	}
	/*
	 * Between runs the server holds no UDP socket, so any socket on the
	 * port is somebody else's; with --threads > 1 the receiver would
	 * join its SO_REUSEPORT group and take a share of its datagrams.
	 */
	used = ctl_udp_port_used(c->dport);
	if (used) {
		snprintf(err, len,
			 used > 0 ? "--port %u: in use on the server's host by a socket the server did not open; accepted a free port in %u..%u" :
				    "--port %u: cannot tell whether it is free (/proc/net/udp); accepted a free port in %u..%u",
			 c->dport, lo, hi);
		return -EINVAL;
	}
	return 0;
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
				 "'%s' is not a value a client may set; accepted mode, port, count, duration, idle-timeout, threads, run-id, interval",
				 m->kv[i].key);
			return -EINVAL;
		}
		if (!strcmp(m->kv[i].key, "pktbench") ||
		    !strcmp(m->kv[i].key, "type") ||
		    !strcmp(m->kv[i].key, "token") ||
		    !strcmp(m->kv[i].key, "streams"))
			continue;
		ret = cfg_set(c, s->opts, m->kv[i].key, m->kv[i].val, err, len);
		if (ret)
			return -EINVAL;
	}
	ret = srv_mode_served(s->base, c, err, len);
	if (ret)
		return ret;
	srv_drop_foreign(s, c, s->ignored, sizeof(s->ignored));
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
	ret = srv_port_check(s, c, err, len);
	if (ret)
		return ret;
	/* the receiver starts before the sender: it gets a grace period */
	c->duration_ns = (c->duration_ns ? c->duration_ns :
					   s->base->max_duration_ns) +
			 SRV_GRACE_NS;
	c->server = 0;
	/* --interval (version 2): records go to the client, not stdout */
	c->output[0] = '\0';
	c->ready_file[0] = '\0';
	return 0;
}

static void srv_ready_cb(void *arg)
{
	struct srv_run *run = arg;

	if (write(run->pipe[1], "r", 1) < 0)
		(void)0;	/* the control loop then waits for 'd' */
}

/*
 * A record as one JSON line in buf, its latency histogram merged into
 * groups of 2^bits buckets (lat_hist_sub_buckets says so).
 */
static void srv_rec_json(const struct cfg *c, const struct opt *opts,
			 const char *type, struct rx_result *r, unsigned bits,
			 char *buf, size_t len)
{
	struct run_meta meta;
	struct record rec;
	FILE *mf;

	if (bits) {
		hist_coarsen(&r->lat_hist, bits);
		r->lat_hist_sub = HIST_SUB >> bits;
	}
	run_meta_init(&meta, "pktrecv", type);
	rec = (struct record){ &meta, c, opts, rx_result_fields, r };
	buf[0] = '\0';
	mf = fmemopen(buf, len, "w");
	if (mf) {
		if (emit_json(mf, &rec) || fputc('\0', mf) == EOF)
			buf[0] = '\0';
		fclose(mf);
	}
	buf[strcspn(buf, "\n")] = '\0';
}

/* Worker thread: one interval record into the queue for the client. */
static int srv_interval_cb(void *arg, struct rx_result *r)
{
	struct srv_run *run = arg;
	struct ctl_out *o = &run->iout;

	for (unsigned bits = 0; bits <= HIST_SUB_BITS; bits++) {
		srv_rec_json(&run->c, NULL, "interval", r, bits, run->irec,
			     sizeof(run->irec));
		ctl_out_init_v(o, run->ver, "interval");
		ctl_out_str(o, "record", run->irec);
		if (run->irec[0] && !ctl_out_end(o))
			break;
		o->len = 0;
	}
	pthread_mutex_lock(&run->qmu);
	if (!o->len || run->qlen == SRV_IQUEUE) {
		run->idrop++;
	} else {
		memcpy(&run->q[(run->qhead + run->qlen) % SRV_IQUEUE], o,
		       offsetof(struct ctl_out, buf) + o->len);
		run->qlen++;
	}
	pthread_mutex_unlock(&run->qmu);
	if (write(run->pipe[1], "i", 1) < 0)
		(void)0;	/* the queue is read again at the end */
	return 0;
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
	run->qhead = run->qlen = 0;
	run->idrop = 0;
	if (run->c.interval_ns)
		run->io.interval = srv_interval_cb;
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
		/*
		 * after a half-close the client's side only takes the rest:
		 * interval bytes waiting, and the result
		 */
		short ev = (short)((s->eof ? 0 : POLLIN) |
				   (s->iv.len ? POLLOUT : 0));
		struct pollfd p[3] = { { run->pipe[0], POLLIN, 0 },
				       { ev ? s->conn.fd : -1, ev, 0 },
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
		if (p[1].revents && s->iv.len &&
		    srv_iv_flush(s->conn.fd, &s->iv))
			return -ECONNRESET;
		if (p[1].revents & ~POLLOUT && !s->eof) {
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
	srv_log(s->peer, "run %llu ended: %s",
		(unsigned long long)s->run.r.run_id, why);
}

/*
 * The "result" message with the record as JSON, its latency histogram
 * merged into groups of 2^bits buckets (lat_hist_sub_buckets says so).
 * 0, or -E2BIG when it does not fit one message.
 */
static int srv_result_msg(struct srv *s, unsigned bits, int code,
			  uint64_t sent, const char *share,
			  const struct srv_ivout *iv)
{
	srv_rec_json(&s->run.c, s->opts, "result", &s->run.r, bits, s->rec,
		     sizeof(s->rec));
	ctl_out_init_v(&s->out, s->ver, "result");
	ctl_out_u64(&s->out, "code", (uint64_t)code);
	ctl_out_u64(&s->out, "sent", sent);
	ctl_out_str(&s->out, "error", s->run.err);
	ctl_out_str(&s->out, "record", s->rec);
	if (share)
		ctl_out_str(&s->out, "share", share);
	/*
	 * The stream's own count (version 2): records this client was sent,
	 * and those dropped while it did not keep up (by the queue, or
	 * when its own waiting bytes were full).
	 */
	if (s->run.c.interval_ns && iv) {
		ctl_out_u64(&s->out, "interval_sent", iv->sent);
		ctl_out_u64(&s->out, "interval_dropped",
			    s->run.idrop + iv->drop);
	}
	return ctl_out_end(&s->out) || !s->rec[0] ? -E2BIG : 0;
}

/*
 * The queued interval records to each client that takes them, as far as
 * its socket takes them now; -errno if the one client is gone.  A member
 * of many that is gone shows on its next poll.
 */
static int srv_forward(struct srv *s)
{
	struct srv_run *run = &s->run;

	for (;;) {
		pthread_mutex_lock(&run->qmu);
		if (!run->qlen) {
			pthread_mutex_unlock(&run->qmu);
			break;
		}
		memcpy(&s->out, &run->q[run->qhead],
		       offsetof(struct ctl_out, buf) + run->q[run->qhead].len);
		run->qhead = (run->qhead + 1) % SRV_IQUEUE;
		run->qlen--;
		pthread_mutex_unlock(&run->qmu);
		/* --clients: every sender sees the whole receiver */
		for (unsigned k = 0; k < s->nmem; k++)
			if (s->mem[k].want_iv && !s->mem[k].gone &&
			    !s->mem[k].eof)
				srv_iv_put(&s->mem[k].iv, &s->out);
		if (!s->nmem && !s->eof)
			srv_iv_put(&s->iv, &s->out);
	}
	for (unsigned k = 0; k < s->nmem; k++)
		if (!s->mem[k].gone)
			srv_iv_flush(s->mem[k].conn.fd, &s->mem[k].iv);
	return s->nmem ? 0 : srv_iv_flush(s->conn.fd, &s->iv);
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
	srv_log(s->peer, "receiver failed: %s", run->err);
	return -1;
}

static void srv_supervise(struct srv *s);

/* An authenticated "run" request (in s->msg) on s->conn. */
static void srv_serve(struct srv *s)
{
	char err[512];
	int ret;

	s->eof = 0;
	s->run.ver = s->ver;
	ret = srv_cfg(s, &s->run.c, err, sizeof(err));
	if (!ret && srv_run_start(&s->run)) {
		snprintf(err, sizeof(err), "cannot start the receiver");
		ret = -ENOMEM;
	}
	if (ret) {
		srv_log(s->peer, "refused: %s", err);
		metrics_refused(s->run.m);
		srv_send_error(s, "error", 2, err);
		return;
	}
	if (s->ignored[0])
		srv_log(s->peer, "not for --mode %s, not applied: %s",
			s->run.c.be->name, s->ignored);
	if (srv_wait_ready(s))
		return;
	ctl_out_init_v(&s->out, s->ver, "ready");
	ctl_out_u64(&s->out, "port", s->run.c.dport);
	ctl_out_str(&s->out, "mode", s->run.c.be->name);
	ctl_out_u64(&s->out, "duration_ns",
		    s->run.c.duration_ns - SRV_GRACE_NS);
	if (s->ignored[0])
		ctl_out_str(&s->out, "ignored", s->ignored);
	ctl_out_end(&s->out);
	if (ctl_send(s->conn.fd, &s->out, CTL_IO_MS)) {
		srv_run_join(&s->run);
		srv_record(s, "the client went away");
		return;
	}
	srv_supervise(s);
}

/* --- before authentication ------------------------------------------- */

static void srv_pending_drop(struct srv *s, unsigned i)
{
	close(s->pend[i].conn.fd);
	/* the table is unordered: the last one takes the hole */
	if (i != s->npend - 1)
		memcpy(&s->pend[i], &s->pend[s->npend - 1], sizeof(s->pend[i]));
	s->npend--;
}

/* Answers pending connection i with an error (no wait) and drops it. */
static void srv_pending_refuse(struct srv *s, unsigned i, const char *type,
			       int code, const char *why)
{
	ctl_out_init_v(&s->out, s->ver, type);
	ctl_out_u64(&s->out, "code", (uint64_t)code);
	ctl_out_str(&s->out, "error", why);
	if (!ctl_out_end(&s->out) &&
	    send(s->pend[i].conn.fd, s->out.buf, s->out.len,
		 MSG_DONTWAIT | MSG_NOSIGNAL) < 0)
		(void)0;	/* a full buffer is the peer's problem */
	srv_pending_drop(s, i);
}

static struct ctl_gate *srv_peer_gate(struct srv *s, uint32_t ip)
{
	struct srv_peer *old = &s->peers[0];

	for (unsigned i = 0; i < SRV_PEERS; i++) {
		if (s->peers[i].ip == ip)
			return &s->peers[i].gate;
		if (s->peers[i].gate.last_ms < old->gate.last_ms)
			old = &s->peers[i];
	}
	/* the address failed longest ago makes room */
	*old = (struct srv_peer){ .ip = ip };
	return &old->gate;
}

/* The summary of refusals since the last one, once per SRV_LOG_MS. */
static void srv_fails_log(struct srv *s, uint64_t now)
{
	struct srv_fails *f = &s->fl;

	if (!f->since_ms || now - f->since_ms < SRV_LOG_MS)
		return;
	if (!f->wrong && !f->blocked && !f->evicted) {
		f->since_ms = 0;
		return;
	}
	srv_log(NULL,
		"in the last %.1f s: %u failed token checks, %u requests refused unchecked while backing off, %u waiting connections pushed out (last from %s)",
		(now - f->since_ms) / 1e3, f->wrong, f->blocked, f->evicted,
		f->last);
	*f = (struct srv_fails){ .since_ms = now };
}

/* Counts a refusal; the first after a quiet interval is logged at once. */
static void srv_fails_note(struct srv *s, uint64_t now, const char *peer,
			   unsigned *counter, const char *what)
{
	if (!s->fl.since_ms) {
		srv_log(peer, "%s (more are counted and logged every %d s)",
			what, SRV_LOG_MS / 1000);
		s->fl.since_ms = now;
		return;
	}
	(*counter)++;
	snprintf(s->fl.last, sizeof(s->fl.last), "%s", peer);
}

/* 0: pending i may be served; else it was refused and dropped. */
static int srv_pending_auth(struct srv *s, unsigned i, uint64_t now)
{
	struct srv_pending *pe = &s->pend[i];
	struct ctl_gate *g;
	char why[128];
	uint64_t left;

	if (!s->base->token[0])
		return 0;
	g = srv_peer_gate(s, pe->ip);
	left = ctl_gate_left(g, now);
	if (ctl_gate_left(&s->all, now) > left)
		left = ctl_gate_left(&s->all, now);
	if (left) {
		snprintf(why, sizeof(why),
			 "too many failed token checks; retry in %llu s",
			 (unsigned long long)(left + 999) / 1000);
		srv_fails_note(s, now, pe->peer, &s->fl.blocked, why);
		srv_pending_refuse(s, i, "denied", 1, why);
		return -1;
	}
	if (!ctl_auth(&s->msg, s->base->token, why, sizeof(why))) {
		*g = (struct ctl_gate){ 0 };	/* this address knows it */
		return 0;
	}
	ctl_gate_fail(g, now, SRV_PEER_FREE, SRV_PEER_BASE_MS,
		      SRV_PEER_MAX_MS);
	ctl_gate_fail(&s->all, now, SRV_ALL_FREE, SRV_ALL_BASE_MS,
		      SRV_ALL_MAX_MS);
	srv_fails_note(s, now, pe->peer, &s->fl.wrong, why);
	srv_pending_refuse(s, i, "denied", 1, why);
	return -1;
}

/*
 * Pending i authenticated: it becomes the active run.  Every other
 * pending connection is told "busy", as a newcomer would be.
 */
static void srv_join(struct srv *s, unsigned i);

static void srv_pending_run(struct srv *s, unsigned i)
{
	if (s->base->clients > 1) {
		srv_join(s, i);
		return;
	}
	memcpy(&s->conn, &s->pend[i].conn, sizeof(s->conn));
	snprintf(s->peer, sizeof(s->peer), "%s", s->pend[i].peer);
	s->pend[i].conn.fd = -1;
	if (i != s->npend - 1)
		memcpy(&s->pend[i], &s->pend[s->npend - 1], sizeof(s->pend[i]));
	s->npend--;
	while (s->npend)
		srv_pending_refuse(s, s->npend - 1, "busy", 1,
				   "a run is active on this server; try again later");
	srv_serve(s);
	close(s->conn.fd);
	s->conn.fd = -1;
}

/* A whole line arrived (or a bad one) on pending i. */
static void srv_pending_request(struct srv *s, unsigned i, uint64_t now)
{
	struct srv_pending *pe = &s->pend[i];
	char err[512];
	int ret = ctl_read(&pe->conn, &s->msg, 0, -1, NULL);

	if (ret) {
		srv_log(pe->peer, "%s", ret == -E2BIG ? "request too long" :
						"not a control message");
		srv_pending_refuse(s, i, "error", 2,
				   ret == -E2BIG ? "message too long" :
						   "not a control message");
		return;
	}
	s->ver = CTL_VERSION_MIN;	/* errors before the hello: the oldest */
	if (ctl_negotiate(&s->msg, &s->ver, err, sizeof(err))) {
		srv_log(pe->peer, "refused: %s", err);
		srv_pending_refuse(s, i, "error", 2, err);
		return;
	}
	if (!srv_pending_auth(s, i, now))
		srv_pending_run(s, i);
}

/* Reads what pending i has; 1 if the active run came and went. */
static int srv_pending_read(struct srv *s, unsigned i, uint64_t now)
{
	struct ctl_conn *cc = &s->pend[i].conn;
	ssize_t n = recv(cc->fd, cc->buf + cc->len, sizeof(cc->buf) - cc->len,
			 MSG_DONTWAIT);

	if (n < 0 && (errno == EAGAIN || errno == EINTR))
		return 0;
	if (n <= 0) {
		srv_log(s->pend[i].peer, "closed before a request");
		srv_pending_drop(s, i);
		return 0;
	}
	cc->len += (size_t)n;
	if (!memchr(cc->buf, '\n', cc->len) && cc->len < sizeof(cc->buf))
		return 0;
	srv_pending_request(s, i, now);
	return s->npend == 0;
}

/* The oldest pending connection, of address ip if ip is not 0. */
static int srv_pending_oldest(const struct srv *s, uint32_t ip,
			      unsigned *count)
{
	int old = -1;

	*count = 0;
	for (unsigned i = 0; i < s->npend; i++) {
		if (ip && s->pend[i].ip != ip)
			continue;
		(*count)++;
		if (old < 0 || s->pend[i].end_ms < s->pend[old].end_ms)
			old = (int)i;
	}
	return old;
}

static void srv_accept(struct srv *s, uint64_t now)
{
	struct sockaddr_in a;
	socklen_t alen = sizeof(a);
	char ip[INET_ADDRSTRLEN] = "?";
	struct srv_pending *pe;
	unsigned count;
	int fd, old;

	while ((fd = accept4(s->lfd, (struct sockaddr *)&a, &alen,
			     SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0) {
		/* one address holds few slots; a full table drops its oldest */
		old = srv_pending_oldest(s, a.sin_addr.s_addr, &count);
		if (count < SRV_PENDING_PEER)
			old = s->npend < SRV_PENDING_MAX ?
				      -1 :
				      srv_pending_oldest(s, 0, &count);
		if (old >= 0) {
			srv_fails_note(s, now, s->pend[old].peer,
				       &s->fl.evicted,
				       "too many connections waiting to authenticate: the oldest is dropped");
			srv_pending_refuse(s, (unsigned)old, "error", 2,
					   "too many connections waiting to authenticate");
		}
		pe = &s->pend[s->npend++];
		inet_ntop(AF_INET, &a.sin_addr, ip, sizeof(ip));
		snprintf(pe->peer, sizeof(pe->peer), "%s:%u", ip,
			 ntohs(a.sin_port));
		pe->ip = a.sin_addr.s_addr;
		pe->end_ms = now + CTL_IO_MS;
		pe->conn.fd = fd;
		pe->conn.len = 0;
		alen = sizeof(a);
	}
}

/* Pending connections past their time are told so and dropped. */
static void srv_pending_expire(struct srv *s, uint64_t now)
{
	for (unsigned i = s->npend; i-- > 0;) {
		if (now < s->pend[i].end_ms)
			continue;
		srv_log(s->pend[i].peer, "no request in time");
		srv_pending_refuse(s, i, "error", 2, "no request in time");
	}
}

/* --- many senders, one run (--clients N) ------------------------------ */

static void srv_mem_send(struct srv *s, struct srv_member *mb,
			 const char *type, int code, const char *why)
{
	ctl_out_init_v(&s->out, 2, type);
	ctl_out_u64(&s->out, "code", (uint64_t)code);
	ctl_out_str(&s->out, "error", why);
	if (!ctl_out_end(&s->out) && !srv_iv_sync(mb->conn.fd, &mb->iv))
		ctl_send(mb->conn.fd, &s->out, CTL_IO_MS);
}

/* Every joined sender is told why and let go; the gathering ends. */
static void srv_mem_release(struct srv *s, int code, const char *why)
{
	for (unsigned k = 0; k < s->nmem; k++) {
		if (why && !s->mem[k].gone)
			srv_mem_send(s, &s->mem[k], "error", code, why);
		close(s->mem[k].conn.fd);
	}
	s->nmem = 0;
}

static void srv_mem_drop(struct srv *s, unsigned k)
{
	close(s->mem[k].conn.fd);
	if (k != s->nmem - 1)
		memcpy(&s->mem[k], &s->mem[s->nmem - 1], sizeof(s->mem[k]));
	s->nmem--;
}

/* A joining request's own checks; 0, or -EINVAL with the reason. */
static int srv_join_check(struct srv *s, struct cfg *c, uint64_t *streams,
			  char *err, size_t len)
{
	const struct cfg *r = &s->run.c;
	int ret;

	if (s->ver < 2) {
		snprintf(err, len,
			 "this server makes one run of --clients %llu senders, each with its own stream ids: that needs protocol version 2; the client speaks %u",
			 (unsigned long long)s->base->clients, s->ver);
		return -EINVAL;
	}
	ret = srv_cfg(s, c, err, len);
	if (ret)
		return ret;
	*streams = 1;
	ret = ctl_msg_u64(&s->msg, "streams", PKT_MAX_STREAMS, streams);
	if ((ret && ret != -ENOENT) || !*streams) {
		snprintf(err, len, "'streams': accepted 1..%u", PKT_MAX_STREAMS);
		return -EINVAL;
	}
	if (s->nmem && (c->be != r->be || c->dport != r->dport ||
			c->threads != r->threads)) {
		snprintf(err, len,
			 "the run's receiver is --mode %s --port %u --threads %llu (the first client's); this client asked for --mode %s --port %u --threads %llu",
			 r->be->name, r->dport, (unsigned long long)r->threads,
			 c->be->name, c->dport, (unsigned long long)c->threads);
		return -EINVAL;
	}
	if (s->mstreams + *streams > PKT_MAX_STREAMS) {
		snprintf(err, len,
			 "%llu sender threads in all: above the %u stream ids of one run",
			 (unsigned long long)(s->mstreams + *streams),
			 PKT_MAX_STREAMS);
		return -EINVAL;
	}
	return 0;
}

static void srv_serve_many(struct srv *s);

/*
 * Pending i authenticated on a --clients N server: it joins the run
 * being gathered, which starts once N have joined.
 */
static void srv_join(struct srv *s, unsigned i)
{
	struct srv_member *mb = &s->mem[s->nmem];
	uint64_t streams = 1, now = mono_ms();
	char err[512];
	struct cfg c;

	memcpy(&mb->conn, &s->pend[i].conn, sizeof(mb->conn));
	memcpy(mb->peer, s->pend[i].peer, sizeof(mb->peer));
	if (i != s->npend - 1)
		memcpy(&s->pend[i], &s->pend[s->npend - 1], sizeof(s->pend[i]));
	s->npend--;
	if (srv_join_check(s, &c, &streams, err, sizeof(err))) {
		srv_log(mb->peer, "refused: %s", err);
		ctl_out_init_v(&s->out, s->ver, "error");
		ctl_out_u64(&s->out, "code", 2);
		ctl_out_str(&s->out, "error", err);
		if (!ctl_out_end(&s->out))
			ctl_send(mb->conn.fd, &s->out, CTL_IO_MS);
		close(mb->conn.fd);
		return;
	}
	if (s->nmem && c.interval_ns && !s->run.c.interval_ns)
		s->run.c.interval_ns = c.interval_ns;	/* the first to ask */
	if (!s->nmem) {
		s->run.c = c;	/* the first client sets the receiver */
		s->join_end_ms = now + s->base->join_timeout_ns / 1000000;
		s->mstreams = 0;
		s->mdur_ns = 0;
	}
	mb->base = s->mstreams;
	mb->streams = streams;
	mb->duration_ns = c.duration_ns;
	mb->sent = 0;
	mb->done = mb->gone = mb->eof = 0;
	mb->want_iv = c.interval_ns != 0;
	s->mstreams += streams;
	if (c.duration_ns > s->mdur_ns)
		s->mdur_ns = c.duration_ns;
	s->nmem++;
	srv_log(mb->peer, "joined the run: %u of %llu clients, stream ids %llu..%llu",
		s->nmem, (unsigned long long)s->base->clients,
		(unsigned long long)mb->base,
		(unsigned long long)(mb->base + streams - 1));
	ctl_out_init_v(&s->out, 2, "joined");
	ctl_out_u64(&s->out, "clients", s->base->clients);
	ctl_out_u64(&s->out, "joined", s->nmem);
	ctl_out_u64(&s->out, "wait_ms",
		    s->join_end_ms > now ? s->join_end_ms - now : 0);
	if (ctl_out_end(&s->out) || ctl_send(mb->conn.fd, &s->out, CTL_IO_MS)) {
		srv_mem_drop(s, s->nmem - 1);
		return;
	}
	if (s->nmem < s->base->clients)
		return;
	srv_serve_many(s);
	srv_mem_release(s, 0, NULL);
}

/* While gathering: the time is up, or a joined client left. */
static void srv_join_watch(struct srv *s, const struct pollfd *p, unsigned n,
			   uint64_t now)
{
	char why[160];

	for (unsigned k = n; k-- > 0;) {
		char b;

		if (!p[k].revents || k >= s->nmem)
			continue;
		if (recv(s->mem[k].conn.fd, &b, 1, MSG_DONTWAIT | MSG_PEEK) < 0 &&
		    (errno == EAGAIN || errno == EINTR))
			continue;
		/* nothing is due from a joined client before "ready" */
		srv_log(s->mem[k].peer, "left before the run started");
		srv_mem_drop(s, k);
	}
	if (!s->nmem || now < s->join_end_ms)
		return;
	snprintf(why, sizeof(why),
		 "--join-timeout %.0fs: %u of %llu clients joined; the run did not start",
		 s->base->join_timeout_ns / 1e9, s->nmem,
		 (unsigned long long)s->base->clients);
	srv_log(NULL, "%s", why);
	srv_mem_release(s, 1, why);
}

/*
 * srv_event for a run of many: the worker's pipe byte, 'm' (a message of
 * member *k in s->msg), 'e' (member *k's connection failed: -errno in
 * *err), 't', 's'.
 */
static int srv_many_event(struct srv *s, uint64_t end_ms, unsigned *k,
			  int *err)
{
	struct pollfd p[2 + SRV_CLIENTS_MAX];

	for (;;) {
		uint64_t now = mono_ms();
		char ch;
		int n;

		if (*s->stop)
			return 's';
		if (now >= end_ms)
			return 't';
		p[0] = (struct pollfd){ s->run.pipe[0], POLLIN, 0 };
		p[1] = (struct pollfd){ s->lfd, POLLIN, 0 };
		for (unsigned j = 0; j < s->nmem; j++) {
			struct srv_member *mb = &s->mem[j];

			/* after a half-close: only the interval bytes waiting */
			short ev = (short)((mb->gone || mb->eof ? 0 : POLLIN) |
					   (!mb->gone && mb->iv.len ? POLLOUT : 0));

			p[2 + j] = (struct pollfd){ ev ? mb->conn.fd : -1, ev, 0 };
			if (ev & POLLIN &&
			    memchr(mb->conn.buf, '\n', mb->conn.len)) {
				*k = j;
				*err = ctl_read(&mb->conn, &s->msg, 0, -1, NULL);
				return *err ? 'e' : 'm';
			}
		}
		n = poll(p, 2 + s->nmem,
			 end_ms - now < 200 ? (int)(end_ms - now) : 200);
		if (n <= 0)
			continue;
		if (p[1].revents)
			ctl_refuse_busy(s->lfd);
		if (p[0].revents && read(s->run.pipe[0], &ch, 1) == 1)
			return ch;
		for (unsigned j = 0; j < s->nmem; j++) {
			struct srv_member *mb = &s->mem[j];

			if (!p[2 + j].revents)
				continue;
			*k = j;
			if (mb->iv.len && srv_iv_flush(mb->conn.fd, &mb->iv)) {
				*err = -ECONNRESET;
				return 'e';
			}
			if (!(p[2 + j].revents & ~POLLOUT) || mb->eof)
				continue;
			*err = ctl_read(&s->mem[j].conn, &s->msg, CTL_IO_MS,
					s->lfd, s->stop);
			return *err ? 'e' : 'm';
		}
	}
}

/* The share of member mb: its streams' counts, as one JSON object. */
static void srv_share(struct srv *s, const struct srv_member *mb,
		      unsigned idx)
{
	struct rx_stream t = { 0 };
	char lmin[24] = "null", lmean[24] = "null", lmax[24] = "null";

	for (uint64_t i = mb->base; i < mb->base + mb->streams; i++) {
		const struct rx_stream *st = &s->run.r.stream[i];

		t.received += st->received;
		t.unique += st->unique;
		t.lost += st->lost;
		t.duplicates += st->duplicates;
		t.reordered += st->reordered;
		if (st->lat_n && (!t.lat_n || st->lat_min < t.lat_min))
			t.lat_min = st->lat_min;
		if (st->lat_max > t.lat_max)
			t.lat_max = st->lat_max;
		t.lat_n += st->lat_n;
		t.lat_sum += st->lat_sum;
	}
	if (t.lat_n) {
		snprintf(lmin, sizeof(lmin), "%llu",
			 (unsigned long long)t.lat_min);
		snprintf(lmean, sizeof(lmean), "%llu",
			 (unsigned long long)(t.lat_sum / t.lat_n));
		snprintf(lmax, sizeof(lmax), "%llu",
			 (unsigned long long)t.lat_max);
	}
	snprintf(s->share, sizeof(s->share),
		 "{\"clients\":%u,\"client\":%u,\"stream_first\":%llu,\"streams\":%llu,\"sent\":%llu,\"received\":%llu,\"unique\":%llu,\"lost\":%llu,\"duplicates\":%llu,\"reordered\":%llu,\"lat_min_ns\":%s,\"lat_mean_ns\":%s,\"lat_max_ns\":%s}",
		 s->nmem, idx, (unsigned long long)mb->base,
		 (unsigned long long)mb->streams, (unsigned long long)mb->sent,
		 (unsigned long long)t.received, (unsigned long long)t.unique,
		 (unsigned long long)t.lost, (unsigned long long)t.duplicates,
		 (unsigned long long)t.reordered, lmin, lmean, lmax);
}

/* A member's "done" (or its leaving); 1 when it is the last one. */
static int srv_mem_done(struct srv *s, unsigned k, int ev, int err)
{
	struct srv_member *mb = &s->mem[k];
	unsigned ndone = 0;
	char why[128];

	if (ev == 'e' && err == -ECONNRESET && mb->done) {
		mb->eof = 1;	/* a half-close after "done" */
		return 0;
	}
	if (ev == 'm' && !mb->done &&
	    !ctl_msg_expect(&s->msg, "done", why, sizeof(why)) &&
	    !ctl_msg_u64(&s->msg, "sent", UINT64_MAX, &mb->sent)) {
		mb->done = 1;
	} else {
		srv_log(mb->peer, "%s; the run goes on without it",
			ev == 'e' && err == -ECONNRESET ?
				"the client went away" :
				"bad message from the client");
		if (ev == 'm')
			srv_mem_send(s, mb, "error", 2,
				     "expected one 'done' message with 'sent'");
		mb->done = mb->gone = 1;
	}
	for (unsigned j = 0; j < s->nmem; j++)
		ndone += (unsigned)s->mem[j].done;
	return ndone == s->nmem;
}

/* Waits for the receiver of a run of many; 0, or -1 (all told). */
static int srv_many_ready(struct srv *s)
{
	unsigned k;
	int err;

	for (;;) {
		int ev = srv_many_event(s, mono_ms() + CTL_IO_MS, &k, &err);

		if (ev == 'r')
			return 0;
		if (ev == 'm' || ev == 'e') {
			srv_log(s->mem[k].peer, "left before ready");
			s->mem[k].gone = s->mem[k].done = 1;
			continue;
		}
		srv_run_join(&s->run);
		if (ev == 'd')
			srv_log(s->peer, "receiver failed: %s", s->run.err);
		srv_mem_release(s, ev == 'd' ? srv_run_code(&s->run) : 1,
				ev == 'd' ? s->run.err : "no ready in time");
		return -1;
	}
}

/*
 * The next event of a run: srv_event for one client (its message or
 * failure as client 0's 'm' or 'e'), srv_many_event for many.
 */
static int srv_sup_event(struct srv *s, uint64_t end_ms, unsigned *k,
			 int *err)
{
	int ev;

	if (s->nmem)
		return srv_many_event(s, end_ms, k, err);
	ev = srv_event(s, end_ms);
	*k = 0;
	*err = ev < 0 ? ev : 0;
	return ev < 0 ? 'e' : ev;
}

/*
 * Client k's message ('m', in s->msg) or failure ('e', err): 1 when it
 * was the last "done".  A member of many that breaks the protocol or
 * leaves is let go and the run goes on; the one client of a run ends it
 * (*why), after "done" only half-closing is legal.
 */
static int srv_sup_client(struct srv *s, unsigned k, int ev, int err,
			  int all, uint64_t *sent, const char **why)
{
	char msg[128];

	if (s->nmem)
		return srv_mem_done(s, k, ev, err);
	if (ev == 'e' && err == -ECONNRESET && all) {
		s->eof = 1;	/* a half-close after "done" is legal */
		return 0;
	}
	if (ev == 'm' && !all &&
	    !ctl_msg_expect(&s->msg, "done", msg, sizeof(msg)) &&
	    !ctl_msg_u64(&s->msg, "sent", UINT64_MAX, sent))
		return 1;
	if (ev == 'e' && err == -ECONNRESET) {
		*why = "the client went away";
		return 0;
	}
	*why = "bad message from the client";
	srv_send_error(s, "error", 2, ev == 'm' ?
		       "expected one 'done' message with 'sent'" :
		       "bad control message");
	return 0;
}

/*
 * The result to the one client: a message holds CTL_MSG_MAX bytes
 * (protocol version 1), so a wide latency histogram goes back at a
 * coarser resolution, as fine as fits.  The server's own log has it
 * whole.
 */
static void srv_result_one(struct srv *s, int code, uint64_t sent)
{
	for (unsigned bits = 0; bits <= HIST_SUB_BITS; bits++) {
		if (!srv_result_msg(s, bits, code, sent, NULL, &s->iv)) {
			if (!srv_iv_sync(s->conn.fd, &s->iv))
				ctl_send(s->conn.fd, &s->out, CTL_IO_MS);
			return;
		}
	}
	srv_send_error(s, "error", 1, "result record too large");
}

/* Each member of many that stayed gets the total and its own share. */
static void srv_result_many(struct srv *s, int code)
{
	uint64_t sent = 0;

	for (unsigned k = 0; k < s->nmem; k++) {
		struct srv_member *mb = &s->mem[k];
		unsigned bits;

		if (mb->gone)
			continue;
		sent += mb->sent;
		srv_share(s, mb, k);
		for (bits = 0; bits <= HIST_SUB_BITS; bits++)
			if (!srv_result_msg(s, bits, code, mb->sent, s->share,
					    mb->want_iv ? &mb->iv : NULL))
				break;
		if (bits > HIST_SUB_BITS)
			srv_mem_send(s, mb, "error", 1,
				     "result record too large");
		else if (!srv_iv_sync(mb->conn.fd, &mb->iv))
			ctl_send(mb->conn.fd, &s->out, CTL_IO_MS);
	}
	srv_log(s->peer, "%llu packets sent by the clients that reported, %llu received",
		(unsigned long long)sent, (unsigned long long)s->run.r.received);
}

/* No interval bytes waiting, none counted: before a run and after. */
static void srv_iv_reset(struct srv *s)
{
	s->iv.off = s->iv.len = 0;
	s->iv.sent = s->iv.drop = 0;
	for (unsigned k = 0; k < s->nmem; k++) {
		s->mem[k].iv.off = s->mem[k].iv.len = 0;
		s->mem[k].iv.sent = s->mem[k].iv.drop = 0;
	}
}

/*
 * After "ready", for one client or many: each sends and says "done";
 * the receiver drains SRV_DRAIN_MS after the last one and ends; each
 * client gets the result.  Interval records go out as they come.
 */
static void srv_supervise(struct srv *s)
{
	struct srv_run *run = &s->run;
	uint64_t end = mono_ms() + run->c.duration_ns / 1000000 + CTL_IO_MS;
	uint64_t drain = 0, sent = 0;
	const char *why = NULL;
	int finished = 0, all = 0, code;

	srv_iv_reset(s);
	while (!why && !(finished && all)) {
		unsigned k;
		int err, ev = srv_sup_event(s, drain && !finished ? drain : end,
					    &k, &err);

		if (ev == 'd') {
			finished = 1;
		} else if (ev == 'i') {
			if (srv_forward(s))
				why = "the client went away";
		} else if (ev == 'm' || ev == 'e') {
			if (srv_sup_client(s, k, ev, err, all, &sent, &why) &&
			    !all) {
				all = 1;
				drain = mono_ms() + SRV_DRAIN_MS;
			}
		} else if (ev == 't' && drain && !finished) {
			run->stop = 1;	/* drained: the worker ends with 'd' */
			drain = 0;
		} else if (ev == 't') {
			why = s->nmem ? "not every client said 'done' in time" :
					"the client did not say 'done' in time";
		} else if (ev == 's') {
			why = "the server is stopping";
		}
	}
	srv_run_join(run);
	if (!why || s->nmem)
		srv_forward(s);	/* the last records before the result */
	for (unsigned k = 0; k <= s->nmem; k++) {
		const struct srv_ivout *iv = k < s->nmem ? &s->mem[k].iv :
							   &s->iv;

		if ((k < s->nmem ? s->mem[k].want_iv : !s->nmem) &&
		    run->idrop + iv->drop)
			srv_log(k < s->nmem ? s->mem[k].peer : s->peer,
				"%llu interval records not sent: the client did not keep up",
				(unsigned long long)(run->idrop + iv->drop));
	}
	code = srv_run_code(run);
	if (all && !strcmp(run->r.stop_reason, "signal"))
		snprintf(run->r.stop_reason, sizeof(run->r.stop_reason),
			 "sender_done");
	srv_record(s, why ? why : run->err[0] ? run->err : "ok");
	if (s->nmem)
		srv_result_many(s, code);
	else if (!why || !strcmp(why, "the server is stopping"))
		srv_result_one(s, code, sent);
	srv_iv_reset(s);
}

/* All N joined: one receiver for all of them. */
static void srv_serve_many(struct srv *s)
{
	struct srv_run *run = &s->run;

	while (s->npend)
		srv_pending_refuse(s, s->npend - 1, "busy", 1,
				   "a run is active on this server; try again later");
	snprintf(s->peer, sizeof(s->peer), "run of %u clients", s->nmem);
	s->ver = run->ver = 2;
	s->eof = 0;
	/* each client stops its own sending; the receiver ends with all */
	run->c.count = 0;
	run->c.duration_ns = s->mdur_ns;
	if (srv_run_start(run)) {
		srv_mem_release(s, 1, "cannot start the receiver");
		return;
	}
	if (srv_many_ready(s))
		return;
	for (unsigned k = 0; k < s->nmem; k++) {
		struct srv_member *mb = &s->mem[k];

		if (mb->gone)
			continue;
		ctl_out_init_v(&s->out, 2, "ready");
		ctl_out_u64(&s->out, "port", run->c.dport);
		ctl_out_str(&s->out, "mode", run->c.be->name);
		ctl_out_u64(&s->out, "duration_ns",
			    mb->duration_ns - SRV_GRACE_NS);
		ctl_out_u64(&s->out, "run_id", run->c.run_id);
		ctl_out_u64(&s->out, "stream", mb->base);
		ctl_out_u64(&s->out, "clients", s->nmem);
		ctl_out_end(&s->out);
		if (ctl_send(mb->conn.fd, &s->out, CTL_IO_MS))
			mb->gone = mb->done = 1;
	}
	srv_supervise(s);
}

/* One turn of the idle loop: poll, read, accept, expire. */
static void srv_idle_turn(struct srv *s)
{
	struct pollfd p[1 + SRV_PENDING_MAX + SRV_CLIENTS_MAX];
	unsigned n = s->npend, m = s->nmem;
	uint64_t now = mono_ms();
	int wait = 500;

	p[0] = (struct pollfd){ s->lfd, POLLIN, 0 };
	for (unsigned i = 0; i < n; i++) {
		p[1 + i] = (struct pollfd){ s->pend[i].conn.fd, POLLIN, 0 };
		if (s->pend[i].end_ms <= now)
			wait = 0;
		else if (s->pend[i].end_ms - now < (uint64_t)wait)
			wait = (int)(s->pend[i].end_ms - now);
	}
	/* --clients N: the ones joined so far, and their deadline */
	for (unsigned k = 0; k < m; k++)
		p[1 + n + k] = (struct pollfd){ s->mem[k].conn.fd, POLLRDHUP,
						0 };
	if (m && s->join_end_ms <= now)
		wait = 0;
	else if (m && s->join_end_ms - now < (uint64_t)wait)
		wait = (int)(s->join_end_ms - now);
	if (poll(p, 1 + n + m, wait) < 0 && errno != EINTR)
		return;
	now = mono_ms();
	srv_join_watch(s, p + 1 + n, m, now);
	/* backwards: a dropped one takes the last one's place */
	for (unsigned i = n; i-- > 0;) {
		if (!p[1 + i].revents || i >= s->npend)
			continue;
		if (srv_pending_read(s, i, mono_ms()))
			return;	/* a run came and went: the table is new */
	}
	srv_pending_expire(s, mono_ms());
	if (p[0].revents)
		srv_accept(s, mono_ms());
	srv_fails_log(s, mono_ms());
}

static int srv_check(struct cfg *c, int *argv_warn, char *err, size_t len)
{
	if (c->output[0] || c->interval_ns) {
		snprintf(err, len,
			 "--%s: not with --server; each run's result goes to stdout and to its client",
			 c->output[0] ? "output" : "interval");
		return -EINVAL;
	}
	if (c->ports[0] && ctl_ports_parse(c->ports, &c->port_lo, &c->port_hi)) {
		snprintf(err, len,
			 "--ports '%s': accepted LO-HI or PORT, each 1..65535, LO <= HI",
			 c->ports);
		return -EINVAL;
	}
	return ctl_token_load(c, argv_warn, err, len);
}

int ctl_server_check(struct cfg *c, char *err, size_t len)
{
	int warn;

	return srv_check(c, &warn, err, len) ? -EINVAL : 0;
}

int ctl_server_main(struct cfg *c, const struct opt *opts,
		    volatile sig_atomic_t *stop, struct metrics *m)
{
	char err[512];
	struct srv *s;
	int warn;

	if (srv_check(c, &warn, err, sizeof(err))) {
		fprintf(stderr, "pktrecv: %s\n", err);
		return 2;
	}
	if (warn)
		pkt_log(LOG_WARN,
			"--token on the command line can be read by every local user (/proc/PID/cmdline); use --token-file FILE or PKT_TOKEN");
	s = calloc(1, sizeof(*s));
	if (!s)
		return 1;
	s->base = c;
	s->opts = opts;
	s->stop = stop;
	s->conn.fd = -1;
	s->run.m = m;
	s->ver = CTL_VERSION_MIN;
	pthread_mutex_init(&s->run.qmu, NULL);
	s->lfd = srv_listen(c, err, sizeof(err));
	if (s->lfd < 0) {
		fprintf(stderr, "pktrecv: %s\n", err);
		free(s);
		return 1;
	}
	/* least privilege from here on: the first client is still to come */
	if (priv_keep_modes(c->server_modes, err, sizeof(err))) {
		fprintf(stderr, "pktrecv: --server-modes: %s\n", err);
		close(s->lfd);
		free(s);
		return 1;
	}
	if (c->ready_file[0])
		run_ready_file(c->ready_file);
	if (!c->quiet)
		fprintf(stderr,
			"pktrecv: server: control port %u, %s, data ports %u..%u%s\n",
			c->control_port,
			c->clients > 1 ? "one run of --clients senders at a time" :
					 "one run at a time",
			c->port_lo ? c->port_lo : c->dport,
			c->port_lo ? c->port_hi : c->dport,
			c->token[0] ? ", token required" : "");
	while (!*stop)
		srv_idle_turn(s);
	while (s->npend)
		srv_pending_drop(s, s->npend - 1);
	srv_mem_release(s, 1, "the server is stopping");
	close(s->lfd);
	pthread_mutex_destroy(&s->run.qmu);
	free(s);
	return 0;
}
