/* SPDX-License-Identifier: MIT */
#ifndef PKT_HIST_H
#define PKT_HIST_H

#include <stdint.h>

/*
 * Latency histogram, log-linear like HdrHistogram with 2 significant
 * digits: values in units of 8 ns; below 128 units (1024 ns) one bucket
 * per unit, above that 128 buckets per power of two.  A bucket is then at
 * most 1/128 of its lowest value wide, so any value read back (the top of
 * its bucket) is within 0.8 % of the true one from 800 ns up, and within
 * 8 ns below.  The top octave ends at 2^31 units (17.18 s); a larger
 * value is counted in `over` (and in min/max), not in a bucket.
 *
 * Fixed size (25 KiB), no allocation: one per thread and run, added to
 * per packet, merged bucket by bucket.  Two histograms merge exactly, so
 * the threads' (and later the clients') add up to one.  The bucket
 * bounds are the same for every histogram: a reader can sum them by
 * bound, or turn them into cumulative counts (Prometheus `le`) with
 * hist_count_le().
 */
#define HIST_UNIT_SHIFT 3	/* 8 ns units */
#define HIST_SUB_BITS 7		/* 128 buckets per power of two */
#define HIST_SUB (1u << HIST_SUB_BITS)
#define HIST_TOP_BIT 31		/* the last octave: [2^30, 2^31) units */
#define HIST_BUCKETS (HIST_SUB * (HIST_TOP_BIT - HIST_SUB_BITS + 1))
/* The largest value a bucket holds: 2^34 - 1 ns, 17.18 s. */
#define HIST_MAX_NS ((1ull << (HIST_TOP_BIT + HIST_UNIT_SHIFT)) - 1)

struct hist {
	uint64_t count;		/* every value, over included */
	uint64_t over;		/* above HIST_MAX_NS */
	uint64_t sum;		/* of all values, ns (Prometheus _sum) */
	uint64_t min, max;	/* exact; min is UINT64_MAX while empty */
	uint64_t bucket[HIST_BUCKETS];
};

void hist_init(struct hist *h);
/* Bucket index of a value (ns) up to HIST_MAX_NS. */
unsigned hist_bucket(uint64_t ns);
/* The smallest and the largest value (ns) bucket b holds. */
uint64_t hist_bucket_lo(unsigned b);
uint64_t hist_bucket_hi(unsigned b);

static inline void hist_add(struct hist *h, uint64_t ns)
{
	h->count++;
	h->sum += ns;
	if (ns < h->min)
		h->min = ns;
	if (ns > h->max)
		h->max = ns;
	if (ns > HIST_MAX_NS)
		h->over++;
	else
		h->bucket[hist_bucket(ns)]++;
}

void hist_merge(struct hist *dst, const struct hist *src);

/*
 * The value at quantile q (0..1): the smallest bucket top with at least
 * ceil(q * count) values at or below it, kept within [min, max].  p0 is
 * min, p100 max; 0 when empty.
 */
uint64_t hist_quantile(const struct hist *h, double q);

/* How many values are <= ns; exact where ns is a bucket top. */
uint64_t hist_count_le(const struct hist *h, uint64_t ns);

/*
 * The next non-empty bucket from *b on: 1 with *b set to it, 0 when none
 * is left.  for (b = 0; hist_next(h, &b); b++) walks them in order.
 */
int hist_next(const struct hist *h, unsigned *b);

/*
 * Merges every group of 2^bits neighbouring buckets (bits 1..HIST_SUB_BITS)
 * into the group's last, so that fewer buckets carry the same counts:
 * their tops stay bucket tops of the full layout, and the quantiles
 * stay within 2^bits / 128 of the true value.  For a record that must fit
 * a size (the v1 control channel).
 */
void hist_coarsen(struct hist *h, unsigned bits);

#endif
