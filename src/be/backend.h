/* SPDX-License-Identifier: MIT */
#ifndef PKT_BACKEND_H
#define PKT_BACKEND_H

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
	void *priv;
};

struct pkt_backend {
	const char *name;
	const char *desc;
	enum pkt_layer layer;
	int (*open)(struct be_ctx *be);
	/*
	 * TX: points b->pkt[0..n) at buffers the loop fills (payload or frame,
	 * by layer) for up to b->cap packets; returns n (0 if the ring is
	 * full) or -errno.  Buffers keep their content between calls, so only
	 * the stamped fields change.
	 */
	int (*tx_get)(struct be_ctx *be, struct pkt_burst *b);
	/* Sends the first b->n prepared packets; returns how many left. */
	int (*tx_burst)(struct be_ctx *be, struct pkt_burst *b);
	/* Optional: waits (bounded) until queued frames left; 0 or -errno. */
	int (*tx_flush)(struct be_ctx *be);
	/*
	 * RX: fills up to b->cap packets, waiting at most timeout_ms when none
	 * is ready.  Returns the count (0 on timeout) or -errno.  The buffers
	 * stay valid until the next call.
	 */
	int (*rx_burst)(struct be_ctx *be, struct pkt_burst *b,
			int timeout_ms);
	int (*kstats)(struct be_ctx *be, struct kstats *ks);
	void (*close)(struct be_ctx *be);
};

extern const struct pkt_backend be_udp;
extern const struct pkt_backend be_mmsg;
extern const struct pkt_backend be_mmap;

/* NULL-terminated list of backends, for --mode. */
extern const struct pkt_backend *const pkt_backends[];

const struct pkt_backend *backend_find(const char *name);

#endif
