/* SPDX-License-Identifier: MIT */
#ifndef PKT_STATS_H
#define PKT_STATS_H

#include <stdint.h>

/*
 * Sequence analysis with bounded memory: a bitmap of the last SEQ_WINDOW
 * sequence numbers below the highest seen.  A number above the highest is
 * new; one inside the window is a duplicate if its bit is set, otherwise a
 * late (reordered) arrival; one below the window is counted as reordered
 * and unique, since it can no longer be checked.  One more than a window
 * above the highest is a jump: counted in jumps, and the numbers it
 * skipped are not lost (skipped).
 */
#define SEQ_WINDOW_BITS 20
#define SEQ_WINDOW (1ull << SEQ_WINDOW_BITS)

struct seq_track {
	uint64_t *bits;		/* SEQ_WINDOW bits, indexed by seq mod window */
	uint64_t max_seq;	/* highest seen, valid if any */
	int any;
	uint64_t received;
	uint64_t unique;
	uint64_t duplicates;
	uint64_t reordered;
	uint64_t too_old;
	uint64_t jumps;		/* forward jumps beyond the window */
	uint64_t skipped;	/* sequence numbers those jumps passed over */
};

int seq_track_init(struct seq_track *t);
void seq_track_free(struct seq_track *t);
void seq_track_add(struct seq_track *t, uint64_t seq);
/* Lost against the highest sequence number seen: max + 1 - unique. */
uint64_t seq_track_lost(const struct seq_track *t);
/* max_seq + 1 - unique - skipped, never below 0 and never wrapping. */
uint64_t seq_lost(uint64_t max_seq, uint64_t unique, uint64_t skipped);

/*
 * One-way latency of a packet stamped tx_ns and arriving at rx_ns, both
 * CLOCK_REALTIME.  A zero stamp, one more than LAT_FUTURE_TOL_NS in the
 * future or more than LAT_MAX_AGE_NS old says nothing about the path:
 * -ERANGE, and the caller counts it as invalid.  0 and *lat otherwise.
 */
#define LAT_FUTURE_TOL_NS 10000000ull		/* 10 ms */
#define LAT_MAX_AGE_NS 3600000000000ull	/* 1 h */
int lat_sample(uint64_t rx_ns, uint64_t tx_ns, uint64_t *lat);

/* Running min/max of a timestamp pair. */
static inline void ts_span_add(uint64_t *first, uint64_t *last, uint64_t ts)
{
	if (!*first || ts < *first)
		*first = ts;
	if (ts > *last)
		*last = ts;
}

/* Kernel-side counters a backend can read. */
struct kstats {
	uint64_t rx_drops;	/* ring tp_drops or SO_RXQ_OVFL */
	uint64_t rx_freeze;	/* TPACKET_V3 tp_freeze_q_cnt */
	uint64_t tx_wrong_format;	/* TX ring slots the kernel refused */
	/* xdp: XDP_STATISTICS of the AF_XDP socket */
	uint64_t xdp_rx_dropped;	/* no room in the UMEM, too long, ... */
	uint64_t xdp_rx_ring_full;	/* RX ring full */
	uint64_t xdp_fill_empty;	/* fill ring had no frame */
	uint64_t xdp_tx_ring_empty;	/* kicks that found the TX ring empty */
	uint64_t xdp_invalid;		/* invalid RX and TX descriptors */
	char xdp_bind[12];		/* "copy" or "zerocopy"; "": not xdp */
	char xdp_attach[12];		/* "native" or "generic"; "": none */
};

/* Deterministic sequence numbers for the sender, with test-only faults. */
struct seq_gen {
	uint64_t next;
	uint64_t emitted;
	uint64_t skip_every;	/* 0: off; after every N packets skip one */
	uint64_t dup_every;	/* 0: off; after every N packets repeat one */
};

static inline uint64_t seq_gen_next(struct seq_gen *g)
{
	uint64_t s = g->next;

	g->emitted++;
	g->next++;
	if (g->skip_every && g->emitted % g->skip_every == 0)
		g->next++;
	if (g->dup_every && g->emitted % g->dup_every == 0)
		g->next = s;
	return s;
}

#endif
