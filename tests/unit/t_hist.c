// SPDX-License-Identifier: MIT
/*
 * The latency histogram (src/core/hist.c): bucket arithmetic at every
 * power of two and the edges, percentiles against a sorted reference on
 * random data (within the 1 % of 2 significant digits), merging, the
 * cumulative counts and coarsening.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/hist.h"
#include "tap.h"

static struct hist h, a, b, e, parts[4];

static void hist_range(struct hist *x, uint64_t from, uint64_t to)
{
	for (uint64_t v = from; v <= to; v++)
		hist_add(x, v);
}

/* At or above the truth by at most 1 % of it (8 ns below 1 us). */
static int within_res(uint64_t got, uint64_t truth)
{
	uint64_t tol = truth / 100 > 7 ? truth / 100 : 7;

	return got >= truth && got - truth <= tol;
}

/* The cases of the 1/16 histogram this one replaced, at its resolution. */
static void test_basics(void)
{
	uint64_t v, bad = 0;

	hist_init(&e);
	is_u64(hist_quantile(&e, 0.5), 0, "empty: p50 = 0");
	is_u64(hist_quantile(&e, 0), 0, "empty: p0 = 0");
	is_u64(hist_quantile(&e, 1), 0, "empty: p100 = 0");
	is_u64(e.count, 0, "empty: count 0");

	hist_init(&h);
	hist_add(&h, 1234);
	is_u64(h.min, 1234, "one value: min");
	is_u64(h.max, 1234, "one value: max");
	is_u64(hist_quantile(&h, 0.5), 1234, "one value: p50 is it");
	is_u64(hist_quantile(&h, 0.99), 1234, "one value: p99 is it");

	/* one bucket per 8 ns below 1 us: bucket tops read back exactly */
	hist_init(&h);
	for (v = 7; v <= 127; v += 8)
		hist_add(&h, v);
	is_u64(hist_quantile(&h, 0.5), 63, "7..127 by 8: p50 = 63, exact below 1 us");
	is_u64(hist_quantile(&h, 1.0 / 16), 7, "7..127 by 8: p1/16 = 7");
	is_u64(hist_quantile(&h, 0.99), 127, "7..127 by 8: p99 = 127");

	hist_init(&h);
	hist_range(&h, 1, 1000);
	is_u64(h.count, 1000, "1..1000: count");
	is_u64(h.min, 1, "1..1000: min exact");
	is_u64(h.max, 1000, "1..1000: max exact");
	is_u64(h.sum, 500500, "1..1000: sum exact");
	v = hist_quantile(&h, 0.5);
	ok(within_res(v, 500), "1..1000: p50 %llu within 1 %% of 500",
	   (unsigned long long)v);
	is_u64(v, 503, "1..1000: p50 is the top of 496..503");
	v = hist_quantile(&h, 0.99);
	ok(within_res(v, 990), "1..1000: p99 %llu within 1 %% of 990",
	   (unsigned long long)v);
	is_u64(v, 991, "1..1000: p99 is the top of 984..991");
	is_u64(hist_quantile(&h, 0.999), 999,
	       "1..1000: p99.9 is the top of 992..999");
	is_u64(hist_quantile(&h, 0), 1, "1..1000: p0 = min");
	is_u64(hist_quantile(&h, 1), 1000, "1..1000: p100 = max");
	hist_add(&h, 1001);
	is_u64(hist_quantile(&h, 0.999), 1001,
	       "1..1001: p99.9 (top 1007) capped by max");

	/* 980 fast and 20 slow: p50 fast, p99 slow */
	hist_init(&h);
	for (unsigned i = 0; i < 980; i++)
		hist_add(&h, 10000);
	for (unsigned i = 0; i < 20; i++)
		hist_add(&h, 1000000 + i);
	v = hist_quantile(&h, 0.5);
	ok(within_res(v, 10000), "bimodal: p50 %llu within 1 %% of 10000",
	   (unsigned long long)v);
	v = hist_quantile(&h, 0.99);
	ok(within_res(v, 1000009), "bimodal: p99 %llu within 1 %% of 1000009",
	   (unsigned long long)v);
	is_u64(hist_quantile(&h, 0.98), 10047,
	       "bimodal: p98 still fast (the top of 9984..10047)");

	/* every value's bucket top is within 1 % above it */
	for (v = 1; v <= HIST_MAX_NS; v += v / 7 + 1) {
		uint64_t q;

		hist_init(&h);
		hist_add(&h, v);
		hist_add(&h, HIST_MAX_NS);
		q = hist_quantile(&h, 0.5);
		if (!within_res(q, v) && !bad++)
			diag("value %llu reads back as %llu",
			     (unsigned long long)v, (unsigned long long)q);
	}
	is_u64(bad, 0, "1..17 s: every p50 within 1 %% above the value");
	hist_add(&h, UINT64_MAX);
	is_u64(h.over, 1, "UINT64_MAX is counted above the top bucket");
	is_u64(hist_quantile(&h, 0.99), UINT64_MAX, "and p99 reads the max");

	hist_init(&a);
	hist_init(&b);
	hist_init(&h);
	hist_range(&a, 501, 1000);
	hist_range(&b, 1, 500);
	hist_range(&h, 1, 1000);
	hist_merge(&a, &b);
	is_u64(a.count, 1000, "merge: count");
	is_u64(a.min, 1, "merge: min");
	is_u64(a.max, 1000, "merge: max");
	ok(!memcmp(a.bucket, h.bucket, sizeof(h.bucket)),
	   "merge: buckets equal one histogram of everything");
	is_u64(hist_quantile(&a, 0.5), 503, "merge: p50");
	is_u64(hist_quantile(&a, 0.99), 991, "merge: p99");
	hist_merge(&a, &e);
	is_u64(a.min, 1, "merge of empty: min unchanged");
	is_u64(a.count, 1000, "merge of empty: count unchanged");
	hist_merge(&e, &b);
	is_u64(e.min, 1, "merge into empty: min");
	is_u64(e.max, 500, "merge into empty: max");
	is_u64(hist_quantile(&e, 0.5), 255,
	       "merge into empty: p50 of 1..500 (top of 248..255)");
}

/* Every power of two, its neighbours, and the layout's edges. */
static void test_buckets(void)
{
	unsigned bad = 0, n = 0;

	is_u64(HIST_BUCKETS, 3200, "3200 buckets: 128 of 8 ns, then 24 octaves of 128");
	is_u64(HIST_MAX_NS, 17179869183ull, "the top bucket ends at 2^34 - 1 ns");
	for (unsigned k = 0; k <= 34; k++) {
		uint64_t p = 1ull << k;
		uint64_t v[3] = { p - 1, p, p + 1 };
		int good = 1;

		for (unsigned i = 0; i < 3; i++) {
			unsigned bk;

			if (v[i] > HIST_MAX_NS)
				continue;
			bk = hist_bucket(v[i]);
			good &= bk < HIST_BUCKETS &&
				hist_bucket_lo(bk) <= v[i] &&
				v[i] <= hist_bucket_hi(bk);
		}
		if (k >= 3 && p <= HIST_MAX_NS)
			/* a power of two from 8 ns on starts a bucket */
			good &= hist_bucket_lo(hist_bucket(p)) == p &&
				hist_bucket(p - 1) + 1 == hist_bucket(p);
		if (k >= 10 && p <= HIST_MAX_NS)
			/* and from 1024 ns on an octave of 128 buckets */
			good &= hist_bucket(p) % HIST_SUB == 0 &&
				hist_bucket(2 * p - 1) == hist_bucket(p) + 127;
		ok(good, "2^%u ns: 2^%u - 1, 2^%u, 2^%u + 1 in their buckets", k,
		   k, k, k);
	}
	is_u64(hist_bucket(0), 0, "0 ns: bucket 0");
	is_u64(hist_bucket(7), 0, "7 ns: bucket 0");
	is_u64(hist_bucket(8), 1, "8 ns: bucket 1");
	is_u64(hist_bucket(1023), 127, "1023 ns: bucket 127");
	is_u64(hist_bucket(1024), 128, "1024 ns: bucket 128");
	is_u64(hist_bucket(2047), 255, "2047 ns: bucket 255, 8 ns wide");
	is_u64(hist_bucket(2048), 256, "2048 ns: bucket 256, 16 ns wide");
	is_u64(hist_bucket_hi(256), 2063, "bucket 256: 2048..2063");
	is_u64(hist_bucket(HIST_MAX_NS), HIST_BUCKETS - 1,
	       "2^34 - 1 ns: the last bucket");
	is_u64(hist_bucket_lo(HIST_BUCKETS - 1), 17112760320ull,
	       "the last bucket: from 2^34 - 2^27 ns");
	is_u64(hist_bucket_hi(HIST_BUCKETS - 1), HIST_MAX_NS,
	       "the last bucket: to 2^34 - 1 ns");
	/* the whole layout: contiguous, self-consistent, 1/128 wide at most */
	for (unsigned bk = 0; bk < HIST_BUCKETS; bk++) {
		uint64_t lo = hist_bucket_lo(bk), hi = hist_bucket_hi(bk);
		uint64_t width = hi - lo + 1;

		n++;
		if ((bk && lo != hist_bucket_hi(bk - 1) + 1) ||
		    hist_bucket(lo) != bk || hist_bucket(hi) != bk ||
		    (width > 8 && width > lo / 128)) {
			if (!bad++)
				diag("bucket %u: %llu..%llu", bk,
				     (unsigned long long)lo,
				     (unsigned long long)hi);
		}
	}
	is_u64(bad, 0, "%u buckets: contiguous, each holds its own bounds, at most max(8 ns, lo/128) wide", n);
	hist_init(&h);
	hist_add(&h, HIST_MAX_NS);
	hist_add(&h, HIST_MAX_NS + 1);
	is_u64(h.bucket[HIST_BUCKETS - 1], 1, "2^34 - 1 ns: in the last bucket");
	is_u64(h.over, 1, "2^34 ns: above it, in over");
	is_u64(h.count, 2, "both in count");
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

/* xorshift64*: the same numbers on every run and machine */
static uint64_t rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dull;
}

static double rng_unit(void)
{
	return (double)(rng() >> 11) / 9007199254740992.0;	/* [0, 1) */
}

static int cmp_u64(const void *x, const void *y)
{
	uint64_t p = *(const uint64_t *)x, q = *(const uint64_t *)y;

	return p < q ? -1 : p > q;
}

#define NVAL 200000

/* Latencies: log-uniform over the range, veth-like, and a narrow band. */
static uint64_t draw(unsigned dist)
{
	switch (dist) {
	case 0:	/* 1 us .. 10 s, log-uniform */
		return (uint64_t)(1000.0 * pow(1e7, rng_unit()));
	case 1:	/* 5 us + exponential (mean 20 us), 0.1 % tail to 50 ms */
		if (rng() % 1000 == 0)
			return 1000000 + rng() % 49000000;
		return 5000 + (uint64_t)(-20000.0 * log(1.0 - rng_unit()));
	default: /* 1..2 us, uniform: one octave */
		return 1000 + rng() % 1000;
	}
}

static void test_percentiles(void)
{
	static const char *const name[] = { "log-uniform 1 us..10 s",
					    "veth-like 5 us + exp(20 us)",
					    "uniform 1..2 us" };
	static const double qs[] = { 0.5, 0.9, 0.99, 0.999, 0.9999 };
	uint64_t *val = malloc(NVAL * sizeof(*val));

	if (!val) {
		ok(0, "malloc");
		return;
	}
	for (unsigned d = 0; d < 3; d++) {
		uint64_t sum = 0;
		int same = 1;

		hist_init(&h);
		for (unsigned p = 0; p < 4; p++)
			hist_init(&parts[p]);
		for (unsigned i = 0; i < NVAL; i++) {
			val[i] = draw(d);
			sum += val[i];
			hist_add(&h, val[i]);
			hist_add(&parts[i % 4], val[i]);
		}
		qsort(val, NVAL, sizeof(*val), cmp_u64);
		is_u64(h.min, val[0], "%s: min exact", name[d]);
		is_u64(h.max, val[NVAL - 1], "%s: max exact", name[d]);
		is_u64(h.sum, sum, "%s: sum exact", name[d]);
		for (unsigned k = 0; k < sizeof(qs) / sizeof(qs[0]); k++) {
			/* the reference: the ceil(q * n)-th smallest value */
			uint64_t rank = (uint64_t)ceil(qs[k] * NVAL);
			uint64_t ref = val[rank - 1];
			uint64_t got = hist_quantile(&h, qs[k]);

			ok(within_res(got, ref),
			   "%s: p%g %llu ns within 1 %% above the sorted %llu ns",
			   name[d], qs[k] * 100, (unsigned long long)got,
			   (unsigned long long)ref);
		}
		/* four threads' histograms merged: the one of everything */
		hist_init(&a);
		for (unsigned p = 0; p < 4; p++)
			hist_merge(&a, &parts[p]);
		same = a.count == h.count && a.sum == h.sum &&
		       a.min == h.min && a.max == h.max && a.over == h.over &&
		       !memcmp(a.bucket, h.bucket, sizeof(h.bucket));
		ok(same, "%s: 4 per-thread histograms merged equal the whole",
		   name[d]);
		/* cumulative counts at bucket tops: exact */
		same = 1;
		for (unsigned t = 0; t < 50; t++) {
			unsigned bk = hist_bucket(val[rng() % NVAL]);
			uint64_t top = hist_bucket_hi(bk), want = 0;
			size_t lo = 0, hi = NVAL;

			while (lo < hi) {	/* values <= top */
				size_t mid = (lo + hi) / 2;

				if (val[mid] <= top)
					lo = mid + 1;
				else
					hi = mid;
			}
			want = lo;
			if (hist_count_le(&h, top) != want && same) {
				same = 0;
				diag("count_le(%llu) = %llu, want %llu",
				     (unsigned long long)top,
				     (unsigned long long)hist_count_le(&h, top),
				     (unsigned long long)want);
			}
		}
		ok(same, "%s: count_le at 50 bucket tops equals the sorted count",
		   name[d]);
	}
	free(val);
}

static unsigned nonempty(const struct hist *x)
{
	unsigned n = 0;

	for (unsigned bk = 0; hist_next(x, &bk); bk++)
		n++;
	return n;
}

static void test_coarsen(void)
{
	uint64_t tops[HIST_BUCKETS], before[HIST_BUCKETS];
	unsigned ntop = 0, n0, bad = 0;

	hist_init(&h);
	for (unsigned i = 0; i < NVAL; i++)
		hist_add(&h, draw(1));
	a = h;
	n0 = nonempty(&h);
	hist_coarsen(&a, 3);	/* 16 buckets per octave */
	ok(nonempty(&a) < n0 && nonempty(&a) > 0,
	   "coarsen by 3 bits: %u non-empty buckets, was %u", nonempty(&a), n0);
	for (unsigned bk = 0; hist_next(&a, &bk); bk++) {
		if ((bk & 7) != 7)
			bad++;
		tops[ntop] = hist_bucket_hi(bk);
		before[ntop++] = hist_count_le(&h, hist_bucket_hi(bk));
	}
	is_u64(bad, 0, "coarsen: counts sit in each group's last bucket");
	bad = 0;
	for (unsigned i = 0; i < ntop; i++)
		bad += hist_count_le(&a, tops[i]) != before[i];
	is_u64(bad, 0, "coarsen: cumulative counts at the groups' tops unchanged");
	is_u64(hist_count_le(&a, UINT64_MAX), h.count, "coarsen: total kept");
	for (unsigned k = 0; k < 3; k++) {
		double q = k == 0 ? 0.5 : k == 1 ? 0.99 : 0.9999;
		uint64_t fine = hist_quantile(&h, q), coarse = hist_quantile(&a, q);

		ok(coarse >= fine && coarse - fine <= fine * 8 / 128,
		   "coarsen: p%g %llu within 8/128 above %llu", q * 100,
		   (unsigned long long)coarse, (unsigned long long)fine);
	}
	b = h;
	hist_coarsen(&b, HIST_SUB_BITS);
	ok(nonempty(&b) <= HIST_BUCKETS / HIST_SUB,
	   "coarsen by 7 bits: one bucket per octave at most (%u)",
	   nonempty(&b));
	b = h;
	hist_coarsen(&b, 0);
	ok(!memcmp(&b, &h, sizeof(h)), "coarsen by 0 bits: unchanged");
}

int main(void)
{
	test_basics();
	test_buckets();
	test_percentiles();
	test_coarsen();
	return done_testing();
}
