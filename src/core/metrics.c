// SPDX-License-Identifier: MIT
/*
 * pktrecv --server --metrics: the publication of the run's counters and
 * the thread that serves them as /metrics (metrics.h).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../be/backend.h"
#include "clock.h"
#include "drops.h"
#include "log.h"
#include "metrics.h"
#include "run.h"
#include "units.h"

#define METRICS_POLL_MS	100
/*
 * Connections the kernel queues for accept: beyond the 8 served, the rest
 * are taken at once and answered 503, not left to SYN retries.
 */
#define METRICS_BACKLOG	64
#define METRICS_ACCEPTS	16	/* per wake-up, so the served ones go on */
#define METRICS_RESP_MAX (METRICS_BODY_MAX + 256)
#define NS_PER_S	1000000000ull

/* Every field of the view is a uint64_t: it is published word by word. */
#define VIEW_WORDS (sizeof(struct metrics_view) / sizeof(uint64_t))
#define VIEW_HEAD_WORDS (offsetof(struct metrics_view, lat) / sizeof(uint64_t))
_Static_assert(sizeof(struct metrics_view) % sizeof(uint64_t) == 0,
	       "metrics_view is published in 64-bit words");

struct metrics_conn {
	int fd;			/* -1: free */
	uint64_t deadline_ms;
	size_t in;		/* request bytes read */
	size_t out, sent;	/* response bytes, bytes written */
	int draining;		/* answered: reading to the client's close */
	char req[METRICS_REQ_MAX];
	char resp[METRICS_RESP_MAX];
};

struct metrics {
	int lfd;
	int stop;		/* atomic: the thread ends */
	pthread_t tid;
	/* the server's counters: atomics, any thread adds */
	uint64_t served, refused, busy;
	/* the run's figures: one writer (the RX supervisor), a seqlock */
	uint64_t seq;
	struct metrics_view pub;
	/* the writer's own state */
	struct metrics_view w;
	char mode[16];
	char ifname[16];
	struct drops_snap d0;
	uint64_t rate_t, rate_n, drops_t;
	/* the metrics thread's own */
	struct metrics_view copy;
	char body[METRICS_BODY_MAX];
	struct metrics_conn conn[METRICS_SCRAPERS];
};

/* --- the address ----------------------------------------------------- */

int metrics_addr_parse(const char *s, uint32_t *ip, uint16_t *port,
		       char *err, size_t len)
{
	const char *colon = strrchr(s, ':');
	char addr[INET_ADDRSTRLEN];
	struct in_addr a;
	uint64_t p;

	if (!colon || (size_t)(colon - s) >= sizeof(addr))
		goto bad;
	memcpy(addr, s, (size_t)(colon - s));
	addr[colon - s] = '\0';
	if (inet_pton(AF_INET, addr, &a) != 1 ||
	    units_parse(colon + 1, UNITS_PLAIN, 1, 65535, &p))
		goto bad;
	*ip = a.s_addr;
	*port = (uint16_t)p;
	return 0;
bad:
	return cfg_fail(err, len,
			"--metrics '%s': accepted ADDR:PORT, an IPv4 address and a port 1..65535 (e.g. 0.0.0.0:9102)",
			s);
}

int metrics_check(const struct cfg *c, char *err, size_t len)
{
	uint32_t ip;
	uint16_t port;

	/* without --server: refused by cfg_validate (OPT_CTL) */
	if (!c->metrics[0])
		return 0;
	if (metrics_addr_parse(c->metrics, &ip, &port, err, len))
		return -EINVAL;
	if (port == c->control_port &&
	    (!ip || !c->ctl_bind || ip == c->ctl_bind))
		return cfg_fail(err, len,
				"--metrics '%s': the port of --control-port %u; accepted another port",
				c->metrics, c->control_port);
	return 0;
}

/* --- publication (the RX loop's supervisor) ---------------------------- */

/*
 * The seqlock without fences (ThreadSanitizer knows no fences): each word
 * is stored with release, so a reader that sees a new word also sees the
 * odd sequence number stored before it; each word is loaded with acquire,
 * so the reader's second look at the sequence number comes after every
 * word.  On x86 these are plain moves.
 */
static void pub_store(struct metrics *m, int with_hist)
{
	const uint64_t *src = (const uint64_t *)&m->w;
	uint64_t *dst = (uint64_t *)&m->pub;
	size_t n = with_hist ? VIEW_WORDS : VIEW_HEAD_WORDS;
	uint64_t s = __atomic_load_n(&m->seq, __ATOMIC_RELAXED);

	__atomic_store_n(&m->seq, s + 1, __ATOMIC_RELAXED);
	for (size_t i = 0; i < n; i++)
		__atomic_store_n(&dst[i], src[i], __ATOMIC_RELEASE);
	__atomic_store_n(&m->seq, s + 2, __ATOMIC_RELEASE);
}

/* The metrics thread's copy; retries while the writer is at work. */
static void pub_load(struct metrics *m, struct metrics_view *v)
{
	const uint64_t *src = (const uint64_t *)&m->pub;
	uint64_t *dst = (uint64_t *)v;

	for (;;) {
		uint64_t s1 = __atomic_load_n(&m->seq, __ATOMIC_ACQUIRE), s2;

		if (!(s1 & 1)) {
			for (size_t i = 0; i < VIEW_WORDS; i++)
				dst[i] = __atomic_load_n(&src[i],
							 __ATOMIC_ACQUIRE);
			s2 = __atomic_load_n(&m->seq, __ATOMIC_RELAXED);
			if (s1 == s2)
				break;
		}
		sched_yield();
	}
	v->runs_served = __atomic_load_n(&m->served, __ATOMIC_RELAXED);
	v->runs_refused = __atomic_load_n(&m->refused, __ATOMIC_RELAXED);
	v->busy = __atomic_load_n(&m->busy, __ATOMIC_RELAXED);
}

static uint64_t sub0(uint64_t a, uint64_t b)
{
	return a > b ? a - b : 0;
}

/*
 * Drops by place as scripts/sweep/drops.jq names them, the receiver's
 * side: rx_if, udp_rcvbuf, ring, xdp and backlog (here without the
 * sender's tx_if and the loss cap only the join knows).
 */
static void places_set(struct metrics *m, uint64_t if_rx, uint64_t backlog,
		       uint64_t kernel, uint64_t xdp_dropped,
		       uint64_t xdp_ring_full)
{
	const char *mode = m->mode;
	struct metrics_view *w = &m->w;
	uint64_t xdp = strcmp(mode, "xdp") ? 0 : xdp_dropped + xdp_ring_full;

	w->drop_xdp = xdp;
	w->drop_udp_rcvbuf = !strcmp(mode, "udp") || !strcmp(mode, "mmsg") ?
				     kernel :
				     0;
	w->drop_ring = strcmp(mode, "mmap") ? 0 : kernel;
	w->drop_rx_if = if_rx == DROPS_NULL ? DROPS_NULL : sub0(if_rx, xdp);
	w->drop_backlog = backlog == DROPS_NULL ?
				  DROPS_NULL :
				  sub0(backlog, if_rx == DROPS_NULL ? 0 : if_rx);
}

void metrics_run_begin(struct metrics *m, const struct cfg *c)
{
	if (!m)
		return;
	memset(&m->w, 0, sizeof(m->w));
	hist_init(&m->w.lat);
	snprintf(m->mode, sizeof(m->mode), "%s", c->be->name);
	snprintf(m->ifname, sizeof(m->ifname), "%s", c->ifname);
	drops_snap_take(&m->d0, m->ifname);
	places_set(m, DROPS_NULL, DROPS_NULL, 0, 0, 0);
	m->rate_t = m->drops_t = time_mono_ns();
	m->rate_n = 0;
	pub_store(m, 1);
	__atomic_store_n(&m->busy, 1, __ATOMIC_RELAXED);
}

static void view_counts(struct metrics_view *w, const struct rx_result *r)
{
	w->run_id = r->run_id;
	w->received = r->received;
	w->lost = r->lost;
	w->duplicates = r->duplicates;
	w->reordered = r->reordered;
	w->run_mpps = (uint64_t)(r->pps * 1000);
}

void metrics_publish(struct metrics *m, const struct rx_result *r,
		     int with_hist)
{
	uint64_t now;

	if (!m)
		return;
	now = time_mono_ns();
	view_counts(&m->w, r);
	if (now - m->rate_t >= NS_PER_S) {
		m->w.rate_mpps = (r->received - m->rate_n) * 1000 * NS_PER_S /
				 (now - m->rate_t);
		m->rate_t = now;
		m->rate_n = r->received;
	}
	/* the namespace's counters: a netlink dump and two /proc files */
	if (now - m->drops_t >= NS_PER_S) {
		struct drops_snap d1, d;

		drops_snap_take(&d1, m->ifname);
		drops_snap_delta(&m->d0, &d1, &d);
		places_set(m, d.if_rx_dropped, d.backlog_drops, 0, 0, 0);
		m->drops_t = now;
	}
	if (with_hist)
		m->w.lat = r->lat_hist;
	pub_store(m, with_hist);
}

void metrics_run_end(struct metrics *m, const struct rx_result *r)
{
	if (!m)
		return;
	if (!r) {
		__atomic_fetch_add(&m->refused, 1, __ATOMIC_RELAXED);
		return;
	}
	view_counts(&m->w, r);
	m->w.rate_mpps = 0;
	places_set(m, r->if_rx_dropped, r->backlog_drops, r->kernel_drops,
		   r->xdp_rx_dropped, r->xdp_rx_ring_full);
	m->w.lat = r->lat_hist;
	pub_store(m, 1);
	__atomic_fetch_add(&m->served, 1, __ATOMIC_RELAXED);
	__atomic_store_n(&m->busy, 0, __ATOMIC_RELAXED);
}

void metrics_refused(struct metrics *m)
{
	if (m)
		__atomic_fetch_add(&m->refused, 1, __ATOMIC_RELAXED);
}

/* --- the exposition ---------------------------------------------------- */

struct buf {
	char *p;
	size_t len, n;
	int over;
};

static void put(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void put(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int k;

	if (b->over)
		return;
	va_start(ap, fmt);
	k = vsnprintf(b->p + b->n, b->len - b->n, fmt, ap);
	va_end(ap);
	if (k < 0 || (size_t)k >= b->len - b->n) {
		b->over = 1;
		b->p[b->n] = '\0';
		return;
	}
	b->n += (size_t)k;
}

static void family(struct buf *b, const char *name, const char *type,
		   const char *help)
{
	put(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void sample(struct buf *b, const char *name, const char *type,
		   const char *help, uint64_t v)
{
	family(b, name, type, help);
	put(b, "%s %llu\n", name, (unsigned long long)v);
}

/* le bounds, ns: 1-2-5 from 1 us to 10 s */
static const uint64_t lat_le_ns[] = {
	1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000,
	1000000, 2000000, 5000000, 10000000, 20000000, 50000000,
	100000000, 200000000, 500000000, 1000000000, 2000000000,
	5000000000, 10000000000,
};

/*
 * Cumulative counts at each bound: the values whose bucket lies at or
 * below it (a bucket that straddles a bound counts above it), so the
 * counts are those of hist_count_le(), in one pass.
 */
static void put_hist(struct buf *b, const struct hist *h)
{
	uint64_t n = 0;
	unsigned k = 0;

	family(b, "pktbench_latency_seconds", "histogram",
	       "One-way latency of the current or last run (2 significant digits).");
	for (unsigned i = 0; i < sizeof(lat_le_ns) / sizeof(lat_le_ns[0]);
	     i++) {
		for (; hist_next(h, &k) && hist_bucket_hi(k) <= lat_le_ns[i];
		     k++)
			n += h->bucket[k];
		put(b, "pktbench_latency_seconds_bucket{le=\"%g\"} %llu\n",
		    (double)lat_le_ns[i] / 1e9, (unsigned long long)n);
	}
	put(b, "pktbench_latency_seconds_bucket{le=\"+Inf\"} %llu\n",
	    (unsigned long long)h->count);
	put(b, "pktbench_latency_seconds_sum %.9f\n", (double)h->sum / 1e9);
	put(b, "pktbench_latency_seconds_count %llu\n",
	    (unsigned long long)h->count);
}

static void put_drops(struct buf *b, const struct metrics_view *v)
{
	static const struct {
		const char *place;
		size_t off;
	} places[] = {
#define P(p, f) { p, offsetof(struct metrics_view, f) }
		P("rx_if", drop_rx_if), P("udp_rcvbuf", drop_udp_rcvbuf),
		P("ring", drop_ring), P("xdp", drop_xdp),
		P("backlog", drop_backlog),
#undef P
	};

	family(b, "pktbench_drops_total", "counter",
	       "Packets of the current or last run dropped, by place (the names of scripts/sweep/drops.jq; unknown places left out).");
	for (unsigned i = 0; i < sizeof(places) / sizeof(places[0]); i++) {
		uint64_t x = *(const uint64_t *)((const char *)v +
						 places[i].off);

		if (x != DROPS_NULL)
			put(b, "pktbench_drops_total{place=\"%s\"} %llu\n",
			    places[i].place, (unsigned long long)x);
	}
}

int metrics_format(const struct metrics_view *v, char *p, size_t len)
{
	struct buf b = { p, len, 0, 0 };

	if (!len)
		return -E2BIG;
	p[0] = '\0';
	sample(&b, "pktbench_received_packets_total", "counter",
	       "Test packets of the current or last run, duplicates included.",
	       v->received);
	sample(&b, "pktbench_lost_packets_total", "counter",
	       "Packets of the current or last run lost (highest sequence + 1 - unique).",
	       v->lost);
	sample(&b, "pktbench_duplicate_packets_total", "counter",
	       "Sequence numbers of the current or last run seen again.",
	       v->duplicates);
	sample(&b, "pktbench_reordered_packets_total", "counter",
	       "Packets of the current or last run that arrived after a higher sequence number.",
	       v->reordered);
	put_drops(&b, v);
	family(&b, "pktbench_rate_pps", "gauge",
	       "Packets per second of the current run over the last whole second (0 between runs).");
	put(&b, "pktbench_rate_pps %.3f\n", (double)v->rate_mpps / 1000);
	family(&b, "pktbench_run_pps", "gauge",
	       "received / (last - first arrival) of the current or last run, the result's pps.");
	put(&b, "pktbench_run_pps %.3f\n", (double)v->run_mpps / 1000);
	sample(&b, "pktbench_run_id", "gauge",
	       "Run id counted in the current or last run (0: none yet).",
	       v->run_id);
	put_hist(&b, &v->lat);
	sample(&b, "pktbench_runs_served_total", "counter",
	       "Runs this server's receiver ran to their end.", v->runs_served);
	sample(&b, "pktbench_runs_refused_total", "counter",
	       "Run requests refused (bad, denied, over a cap) or whose receiver did not start.",
	       v->runs_refused);
	sample(&b, "pktbench_busy", "gauge",
	       "1 while a run holds the server, else 0.", v->busy);
	return b.over ? -E2BIG : (int)b.n;
}

/* --- the server thread ------------------------------------------------- */

static uint64_t mono_ms(void)
{
	return time_mono_ns() / 1000000;
}

static void conn_close(struct metrics_conn *cn)
{
	close(cn->fd);
	cn->fd = -1;
}

static void conn_respond(struct metrics_conn *cn, const char *status,
			 const char *extra, const char *body, size_t blen)
{
	int k = snprintf(cn->resp, sizeof(cn->resp),
			 "HTTP/1.1 %s\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\nContent-Length: %zu\r\n%sConnection: close\r\n\r\n",
			 status, blen, extra);

	if (k < 0 || (size_t)k + blen > sizeof(cn->resp)) {
		cn->out = 0;
		return;
	}
	memcpy(cn->resp + k, body, blen);
	cn->out = (size_t)k + blen;
	cn->sent = 0;
}

static void conn_answer(struct metrics *m, struct metrics_conn *cn, int ret,
			const struct http_req *r)
{
	static const char e400[] = "bad request\n", e405[] = "only GET\n",
			  e404[] = "not found: /metrics only\n",
			  e431[] = "request too long\n",
			  e500[] = "exposition too long\n";
	int n;

	if (ret == -E2BIG)
		conn_respond(cn, "431 Request Header Fields Too Large", "",
			     e431, sizeof(e431) - 1);
	else if (ret)
		conn_respond(cn, "400 Bad Request", "", e400,
			     sizeof(e400) - 1);
	else if (r->method != HTTP_GET)
		conn_respond(cn, "405 Method Not Allowed", "Allow: GET\r\n",
			     e405, sizeof(e405) - 1);
	else if (strcmp(r->path, "/metrics"))
		conn_respond(cn, "404 Not Found", "", e404, sizeof(e404) - 1);
	else if (pub_load(m, &m->copy),
		 (n = metrics_format(&m->copy, m->body, sizeof(m->body))) < 0)
		conn_respond(cn, "500 Internal Server Error", "", e500,
			     sizeof(e500) - 1);
	else
		conn_respond(cn, "200 OK", "", m->body, (size_t)n);
	if (!cn->out)
		conn_close(cn);
}

static void conn_read(struct metrics *m, struct metrics_conn *cn)
{
	struct http_req r;
	ssize_t k;
	int ret;

	if (cn->out)
		return;		/* the answer is going out: nothing more read */
	k = recv(cn->fd, cn->req + cn->in, sizeof(cn->req) - cn->in,
		 MSG_DONTWAIT);
	if (k == 0 || (k < 0 && errno != EAGAIN && errno != EINTR)) {
		conn_close(cn);
		return;
	}
	if (k < 0)
		return;
	cn->in += (size_t)k;
	ret = http_parse(cn->req, cn->in, &r);
	if (ret != -EAGAIN)
		conn_answer(m, cn, ret, &r);
}

static void conn_write(struct metrics_conn *cn)
{
	ssize_t k = send(cn->fd, cn->resp + cn->sent, cn->out - cn->sent,
			 MSG_DONTWAIT | MSG_NOSIGNAL);

	if (k < 0 && (errno == EAGAIN || errno == EINTR))
		return;
	if (k < 0) {
		conn_close(cn);
		return;
	}
	cn->sent += (size_t)k;
	if (cn->sent == cn->out) {
		/*
		 * A close with unread bytes (the rest of a request answered
		 * early, a client writing in pieces) would reset the
		 * connection and lose the answer: read to the client's
		 * close, within the connection's deadline.
		 */
		shutdown(cn->fd, SHUT_WR);
		cn->draining = 1;
	}
}

static void conn_drain(struct metrics_conn *cn)
{
	ssize_t k = recv(cn->fd, cn->req, sizeof(cn->req), MSG_DONTWAIT);

	if (k == 0 || (k < 0 && errno != EAGAIN && errno != EINTR))
		conn_close(cn);
}

/*
 * A free slot takes the connection; without one it is answered 503.
 * 0, or -1 when nothing was waiting.
 */
static int metrics_accept(struct metrics *m)
{
	static const char busy[] =
		"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
	int fd = accept4(m->lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);

	if (fd < 0)
		return -1;
	for (unsigned i = 0; i < METRICS_SCRAPERS; i++) {
		struct metrics_conn *cn = &m->conn[i];

		if (cn->fd < 0) {
			cn->fd = fd;
			cn->in = cn->out = cn->sent = 0;
			cn->draining = 0;
			cn->deadline_ms = mono_ms() + METRICS_IO_MS;
			return 0;
		}
	}
	if (send(fd, busy, sizeof(busy) - 1, MSG_DONTWAIT | MSG_NOSIGNAL) < 0)
		(void)0;	/* it is closed either way */
	close(fd);
	return 0;
}

/*
 * The port needs no privilege, and capabilities are per thread: this one
 * drops all of its own at once, whatever the rest of the server keeps
 * (capset by syscall, the kernel's v3 layout; no libcap in a static
 * binary).  Dropping is always allowed.
 */
static void metrics_drop_caps(void)
{
	struct {
		uint32_t version;
		int pid;
	} h = { 0x20080522, 0 };	/* _LINUX_CAPABILITY_VERSION_3, self */
	struct {
		uint32_t effective, permitted, inheritable;
	} d[2] = { { 0, 0, 0 }, { 0, 0, 0 } };

	if (syscall(SYS_capset, &h, d))
		pkt_log(LOG_WARN, "--metrics: dropping capabilities: %s",
			strerror(errno));
}

static void *metrics_main(void *arg)
{
	struct metrics *m = arg;

	metrics_drop_caps();
	while (!__atomic_load_n(&m->stop, __ATOMIC_RELAXED)) {
		struct pollfd p[METRICS_SCRAPERS + 1];
		uint64_t now = mono_ms();

		p[0] = (struct pollfd){ m->lfd, POLLIN, 0 };
		for (unsigned i = 0; i < METRICS_SCRAPERS; i++) {
			struct metrics_conn *cn = &m->conn[i];

			if (cn->fd >= 0 && now >= cn->deadline_ms)
				conn_close(cn);	/* 5 s: slow or silent */
			p[i + 1] = (struct pollfd){
				cn->fd,
				(short)(cn->out && !cn->draining ? POLLOUT :
								    POLLIN),
				0
			};
		}
		if (poll(p, METRICS_SCRAPERS + 1, METRICS_POLL_MS) <= 0)
			continue;
		for (unsigned i = 0; i < METRICS_SCRAPERS; i++) {
			struct metrics_conn *cn = &m->conn[i];

			if (cn->fd < 0 || !p[i + 1].revents)
				continue;
			if (cn->draining)
				conn_drain(cn);
			else if (cn->out)
				conn_write(cn);
			else
				conn_read(m, cn);
		}
		for (unsigned i = 0; p[0].revents && i < METRICS_ACCEPTS; i++)
			if (metrics_accept(m))
				break;
	}
	return NULL;
}

int metrics_start(struct metrics **mp, const struct cfg *c, char *err,
		  size_t len)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	struct metrics *m;
	int one = 1, ret;

	*mp = NULL;
	if (!c->metrics[0])
		return 0;
	if (metrics_addr_parse(c->metrics, &a.sin_addr.s_addr, &a.sin_port,
			       err, len))
		return -EINVAL;
	a.sin_port = htons(a.sin_port);
	m = calloc(1, sizeof(*m));
	if (!m)
		return -ENOMEM;
	for (unsigned i = 0; i < METRICS_SCRAPERS; i++)
		m->conn[i].fd = -1;
	places_set(m, DROPS_NULL, DROPS_NULL, 0, 0, 0);
	hist_init(&m->w.lat);
	m->pub = m->w;
	m->lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (m->lfd < 0)
		goto fail;
	setsockopt(m->lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(m->lfd, (struct sockaddr *)&a, sizeof(a)) ||
	    listen(m->lfd, METRICS_BACKLOG))
		goto fail;
	ret = -pthread_create(&m->tid, NULL, metrics_main, m);
	if (ret) {
		errno = -ret;
		goto fail;
	}
	*mp = m;
	return 0;
fail:
	ret = -errno;
	snprintf(err, len, "--metrics %s: %s", c->metrics, strerror(-ret));
	if (m->lfd >= 0)
		close(m->lfd);
	free(m);
	return ret;
}

void metrics_stop(struct metrics *m)
{
	if (!m)
		return;
	__atomic_store_n(&m->stop, 1, __ATOMIC_RELAXED);
	pthread_join(m->tid, NULL);
	for (unsigned i = 0; i < METRICS_SCRAPERS; i++)
		if (m->conn[i].fd >= 0)
			close(m->conn[i].fd);
	close(m->lfd);
	free(m);
}
