// SPDX-License-Identifier: MIT
/* The log-linear latency histogram (hist.h). */
#include <string.h>

#include "hist.h"

void hist_init(struct hist *h)
{
	memset(h, 0, sizeof(*h));
	h->min = UINT64_MAX;
}

/*
 * Units below 2^(SUB_BITS+1) map 1:1 (the first octave's 128 buckets are
 * one unit wide too, so the linear part runs on into it); from octave
 * [2^m, 2^(m+1)) on, the 7 bits below the top one pick the bucket.
 */
unsigned hist_bucket(uint64_t ns)
{
	uint64_t u = ns >> HIST_UNIT_SHIFT;
	unsigned msb, shift;

	if (u < HIST_SUB)
		return (unsigned)u;
	msb = 63u - (unsigned)__builtin_clzll(u);
	shift = msb - HIST_SUB_BITS;
	return ((shift + 1) << HIST_SUB_BITS) +
	       (unsigned)((u >> shift) & (HIST_SUB - 1));
}

/* Bucket b's lowest unit and its width in units (log2). */
static uint64_t bucket_lo_units(unsigned b, unsigned *shift)
{
	if (b < HIST_SUB) {
		*shift = 0;
		return b;
	}
	*shift = (b >> HIST_SUB_BITS) - 1;
	return (uint64_t)(HIST_SUB | (b & (HIST_SUB - 1))) << *shift;
}

uint64_t hist_bucket_lo(unsigned b)
{
	unsigned shift;

	return bucket_lo_units(b, &shift) << HIST_UNIT_SHIFT;
}

uint64_t hist_bucket_hi(unsigned b)
{
	unsigned shift;
	uint64_t lo = bucket_lo_units(b, &shift);

	return ((lo + (1ull << shift)) << HIST_UNIT_SHIFT) - 1;
}

void hist_merge(struct hist *dst, const struct hist *src)
{
	dst->count += src->count;
	dst->over += src->over;
	dst->sum += src->sum;
	if (src->min < dst->min)
		dst->min = src->min;
	if (src->max > dst->max)
		dst->max = src->max;
	for (unsigned i = 0; i < HIST_BUCKETS; i++)
		dst->bucket[i] += src->bucket[i];
}

uint64_t hist_quantile(const struct hist *h, double q)
{
	uint64_t rank, seen = 0;

	if (!h->count)
		return 0;
	if (q <= 0)
		return h->min;
	if (q >= 1)
		return h->max;
	/* ceil(q * count), at least 1 */
	rank = (uint64_t)(q * (double)h->count);
	if ((double)rank < q * (double)h->count)
		rank++;
	if (!rank)
		rank = 1;
	for (unsigned b = 0; hist_next(h, &b); b++) {
		seen += h->bucket[b];
		if (seen >= rank) {
			uint64_t v = hist_bucket_hi(b);

			if (v > h->max)
				v = h->max;
			return v < h->min ? h->min : v;
		}
	}
	return h->max;	/* among the values above the top bucket */
}

uint64_t hist_count_le(const struct hist *h, uint64_t ns)
{
	uint64_t n = 0;

	for (unsigned b = 0; hist_next(h, &b) && hist_bucket_hi(b) <= ns; b++)
		n += h->bucket[b];
	if (h->over && ns >= h->max)
		n += h->over;
	return n;
}

int hist_next(const struct hist *h, unsigned *b)
{
	for (; *b < HIST_BUCKETS; (*b)++)
		if (h->bucket[*b])
			return 1;
	return 0;
}

void hist_coarsen(struct hist *h, unsigned bits)
{
	unsigned mask = (1u << bits) - 1;

	if (!bits || bits > HIST_SUB_BITS)
		return;
	/* groups never straddle an octave: HIST_SUB is a multiple of 2^bits */
	for (unsigned b = 0; b < HIST_BUCKETS; b++) {
		if ((b | mask) != b && h->bucket[b]) {
			h->bucket[b | mask] += h->bucket[b];
			h->bucket[b] = 0;
		}
	}
}
