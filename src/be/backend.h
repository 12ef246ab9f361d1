/* SPDX-License-Identifier: MIT */
#ifndef PKT_BACKEND_H
#define PKT_BACKEND_H

#include <stddef.h>
#include <stdint.h>

#include "../core/cfg.h"
#include "../core/frame.h"
#include "../core/stats.h"

/*
 * A backend moves bursts of packets and nothing else: it never paces,
 * counts or prints.  The TX and RX loops in src/core own all of that.
 */
enum pkt_layer {
	PKT_LAYER_PAYLOAD,	/* buffers hold the UDP payload */
	PKT_LAYER_L2,		/* buffers hold the whole Ethernet frame */
};

struct pkt_buf {
	uint8_t *data;
	uint32_t len;
	uint16_t vlan;	/* RX: tag stripped by the kernel, or VLAN_NONE */
	uint64_t ts_ns;	/* RX: arrival (CLOCK_REALTIME) if the backend knows */
};

struct pkt_burst {
	unsigned n;
	unsigned cap;
	unsigned flow;	/* TX: flow (source port offset) of this burst */
	int err;	/* -errno of a failed call the backend worked around */
	struct pkt_buf *pkt;
};

/* Per-run, per-thread state a backend keeps.  Opaque to the loops. */
struct be_ctx {
	const struct cfg *cfg;
	const struct frame_tmpl *tmpl;	/* TX, L2 backends only */
	uint32_t run_id;		/* TX: run id for the payloads */
	uint16_t stream;		/* TX: sender thread index */
	unsigned thread;		/* RX: index of this thread */
	int fanout_id;			/* RX: shared by the threads of a run */
	struct be_ctx *lead;		/* RX: thread 0's context, opened first */
	char *err;			/* open: a one-line reason, if it has one */
	size_t errlen;
	void *priv;
};

/*
 * The sending half of a backend.  open builds the per-thread state in
 * be->priv; close must accept a context whose open failed or never ran.
 */
struct pkt_tx_ops {
	int (*open)(struct be_ctx *be);
	/*
	 * Points b->pkt[0..n) at buffers the loop fills (payload or frame,
	 * by layer) for up to b->cap packets; returns n (0 if the ring is
	 * full) or -errno.  Buffers keep their content between calls, so only
	 * the stamped fields change.
	 */
	int (*get)(struct be_ctx *be, struct pkt_burst *b);
	/* Sends the first b->n prepared packets; returns how many left. */
	int (*send)(struct be_ctx *be, struct pkt_burst *b);
	/* Optional: waits (bounded) until queued frames left; 0 or -errno. */
	int (*flush)(struct be_ctx *be);
	int (*kstats)(struct be_ctx *be, struct kstats *ks);
	void (*close)(struct be_ctx *be);
};

/* The receiving half; same open/close contract. */
struct pkt_rx_ops {
	int (*open)(struct be_ctx *be);
	/*
	 * Fills up to b->cap packets, waiting at most timeout_ms when none is
	 * ready.  Returns the count (0 on timeout) or -errno.  The buffers
	 * stay valid until the next call.
	 */
	int (*burst)(struct be_ctx *be, struct pkt_burst *b, int timeout_ms);
	/*
	 * Optional: the loop has counted the last burst; its buffers may go
	 * back to the kernel now rather than on the next call.
	 */
	void (*release)(struct be_ctx *be);
	int (*kstats)(struct be_ctx *be, struct kstats *ks);
	void (*close)(struct be_ctx *be);
};

struct pkt_backend {
	const char *name;
	const char *desc;
	enum pkt_layer layer;
	/*
	 * Options of the program tables (marked .be_only) that this backend
	 * reads, NULL-terminated; giving one to another backend is a usage
	 * error.
	 */
	const char *const *opts;
	/* Optional cross-field checks: 0, or -EINVAL with a message in err. */
	int (*check)(const struct cfg *c, char *err, size_t len);
	/*
	 * Optional: bytes the run would pin (rings, UMEM, socket buffers) over
	 * all threads, checked against --max-ring-mem before anything is
	 * allocated; what gets the product in words for the message.
	 */
	uint64_t (*mem)(const struct cfg *c, char *what, size_t len);
	const struct pkt_tx_ops *tx;
	const struct pkt_rx_ops *rx;
};

extern const struct pkt_backend be_udp;
extern const struct pkt_backend be_mmsg;
extern const struct pkt_backend be_mmap;
extern const struct pkt_backend be_xdp;

/* NULL-terminated list of backends, for --mode. */
extern const struct pkt_backend *const pkt_backends[];

const struct pkt_backend *backend_find(const char *name);
/* Does be read option name (one of its .opts)? */
int backend_has_opt(const struct pkt_backend *be, const char *name);
/* "a, b, c": the backends' names, or those that read option opt if set. */
const char *backend_names(char *buf, size_t len, const char *opt);

#endif
