/* SPDX-License-Identifier: MIT */
#ifndef PKT_METRICS_H
#define PKT_METRICS_H

/*
 * pktrecv --server --metrics ADDR:PORT: /metrics in the Prometheus text
 * exposition format (version 0.0.4), served by one thread of its own
 * (docs/security.md, "The metrics port").
 *
 * Publication: the RX loop's supervisor, which collects the threads'
 * counters every tick under the locks it takes anyway, writes them into
 * a snapshot guarded by a sequence counter (a seqlock: one writer, the
 * readers retry).  The receive threads' hot path is untouched, and a
 * scraper never blocks the run: the metrics thread copies the snapshot
 * and formats from its copy.
 */
#include <stddef.h>
#include <stdint.h>

#include "cfg.h"
#include "hist.h"

struct rx_result;
struct metrics;

#define METRICS_SCRAPERS	8	/* connections served at once */
#define METRICS_IO_MS		5000	/* one scrape, accept to close */
#define METRICS_REQ_MAX		2048	/* request line and headers */
#define METRICS_BODY_MAX	8192

/*
 * What the exposition shows: the server's and the current run's.  Every
 * field a uint64_t (published word by word), the histogram last.
 */
struct metrics_view {
	uint64_t runs_served;	/* receivers that ran and ended */
	uint64_t runs_refused;	/* requests refused, receivers not started */
	uint64_t busy;		/* 1 while a run holds the server */
	uint64_t run_id;	/* the counted run (0: none yet) */
	uint64_t received, lost, duplicates, reordered;
	uint64_t rate_mpps;	/* 1/1000 pps over the last whole second, 0 between runs */
	uint64_t run_mpps;	/* 1/1000 pps: received / duration, the result's pps */
	/* drops by place, drops.jq's receiver-side names; DROPS_NULL: unknown */
	uint64_t drop_rx_if, drop_udp_rcvbuf, drop_ring, drop_xdp;
	uint64_t drop_backlog;
	struct hist lat;
};

/*
 * --metrics ADDR:PORT: an IPv4 address and a port 1..65535.  0 with the
 * address set, or -EINVAL with a one-line reason naming the flag in err.
 */
int metrics_addr_parse(const char *s, uint32_t *ip, uint16_t *port,
		       char *err, size_t len);

/* The server's checks of --metrics (what --check runs too); without
 * --server it is cfg_validate's to refuse (OPT_CTL). */
int metrics_check(const struct cfg *c, char *err, size_t len);

/*
 * Listens on c->metrics and starts the thread.  0 and *mp set (NULL
 * when --metrics is not given), or -errno with the reason in err.
 */
int metrics_start(struct metrics **mp, const struct cfg *c, char *err,
		  size_t len);
/* Stops the thread, closes every socket; NULL is fine. */
void metrics_stop(struct metrics *m);

/*
 * The publishers; each takes NULL (no --metrics) and does nothing.
 * run_begin: every receive thread listens.  publish: the supervisor's
 * figures of the counted run (lat_hist only where with_hist).  run_end:
 * the result (NULL: the receiver never started, a refusal).
 */
void metrics_run_begin(struct metrics *m, const struct cfg *c);
void metrics_publish(struct metrics *m, const struct rx_result *r,
		     int with_hist);
void metrics_run_end(struct metrics *m, const struct rx_result *r);
/* A run request the control channel refused. */
void metrics_refused(struct metrics *m);

/*
 * The exposition of v into buf: bytes written, or -E2BIG (never more
 * than len, always NUL-terminated when len > 0).
 */
int metrics_format(const struct metrics_view *v, char *buf, size_t len);

/* --- the request line (src/core/http.c) ------------------------------- */
enum http_method {
	HTTP_GET,
	HTTP_OTHER,	/* a well-formed token that is not GET: 405 */
};

struct http_req {
	enum http_method method;
	char path[256];	/* the target up to '?', NUL-terminated */
	size_t end;	/* bytes of request line and headers, blank line included */
};

/*
 * Parses the request held in buf[0..len): "METHOD SP target SP
 * HTTP/1.x" CRLF, then header lines up to an empty one (LF alone is
 * taken for CRLF).  Only the method and the path are kept: nothing else
 * of the request is used.  Returns 0 (complete), -EAGAIN (more to come,
 * within METRICS_REQ_MAX), -E2BIG (longer than that, or a target over
 * 255 bytes) or -EINVAL (not HTTP/1.x).
 */
int http_parse(const char *buf, size_t len, struct http_req *r);

#endif
