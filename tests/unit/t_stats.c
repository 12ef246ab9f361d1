// SPDX-License-Identifier: MIT
/* seq_track, lat_sample and seq_gen with crafted inputs (the latency
 * histogram: t_hist.c). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/stats.h"
#include "tap.h"

#define W SEQ_WINDOW

struct seq_want {
	uint64_t received, unique, duplicates, reordered, lost, too_old;
};

static void check_track(const char *name, const struct seq_track *t,
			const struct seq_want *w)
{
	is_u64(t->received, w->received, "%s: received", name);
	is_u64(t->unique, w->unique, "%s: unique", name);
	is_u64(t->duplicates, w->duplicates, "%s: duplicates", name);
	is_u64(t->reordered, w->reordered, "%s: reordered", name);
	is_u64(seq_track_lost(t), w->lost, "%s: lost", name);
	is_u64(t->too_old, w->too_old, "%s: too old", name);
}

static void run_seqs(const char *name, const uint64_t *seqs, size_t n,
		     const struct seq_want *w)
{
	struct seq_track t;

	if (seq_track_init(&t)) {
		ok(0, "%s: seq_track_init", name);
		return;
	}
	for (size_t i = 0; i < n; i++)
		seq_track_add(&t, seqs[i]);
	check_track(name, &t, w);
	seq_track_free(&t);
}

#define RUN(name, w, ...)                                                    \
	do {                                                                 \
		const uint64_t s_[] = { __VA_ARGS__ };                       \
		const struct seq_want w_ = w;                                \
		run_seqs(name, s_, sizeof(s_) / sizeof(s_[0]), &w_);         \
	} while (0)

/* received, unique, duplicates, reordered, lost, too_old */
#define WANT(r, u, d, o, l, t) { r, u, d, o, l, t }

static void test_seq_crafted(void)
{
	struct seq_track t;

	seq_track_init(&t);
	is_u64(seq_track_lost(&t), 0, "empty: lost 0");
	seq_track_free(&t);
	ok(t.bits == NULL, "seq_track_free clears bits");

	RUN("in order", WANT(10, 10, 0, 0, 0, 0), 0, 1, 2, 3, 4, 5, 6, 7, 8,
	    9);
	RUN("gaps", WANT(6, 6, 0, 0, 4, 0), 0, 1, 2, 5, 6, 9);
	RUN("immediate dup", WANT(5, 4, 1, 0, 0, 0), 0, 1, 1, 2, 3);
	RUN("delayed dup", WANT(6, 5, 1, 0, 0, 0), 0, 1, 2, 3, 1, 4);
	RUN("dup of the first", WANT(4, 3, 1, 0, 0, 0), 0, 1, 2, 0);
	RUN("triple", WANT(4, 2, 2, 0, 0, 0), 0, 1, 1, 1);
	RUN("swapped pairs", WANT(6, 6, 0, 3, 0, 0), 1, 0, 3, 2, 5, 4);
	RUN("late, then its dup", WANT(5, 4, 1, 1, 0, 0), 0, 2, 1, 1, 3);
	RUN("late fills a gap", WANT(6, 6, 0, 4, 0, 0), 0, 5, 1, 2, 3, 4);
	RUN("late fills part", WANT(3, 3, 0, 1, 3, 0), 0, 5, 2);
	RUN("start at 1000", WANT(10, 10, 0, 0, 1000, 0), 1000, 1001, 1002,
	    1003, 1004, 1005, 1006, 1007, 1008, 1009);
	RUN("start at 1000, then older", WANT(3, 3, 0, 2, 998, 0), 1000, 999,
	    998);
	RUN("one packet, seq 7", WANT(1, 1, 0, 0, 7, 0), 7);
	RUN("seq 0 only", WANT(1, 1, 0, 0, 0, 0), 0);

	/*
	 * A jump beyond the window clears it: the new top is fresh, one
	 * below it inside the window is late, and anything W or more below
	 * is too old to check, so it counts as late and unique even when it
	 * really is a duplicate (seq 1).  The jump's gap is not loss.
	 */
	RUN("jump past the window",
	    WANT(8, 6, 2, 3, 0, 2), 0, 1, W + 10, W + 10, 11, 11,
	    10, 1);
	/* the window edge: max - seq == W - 1 is inside, == W is not */
	RUN("window edge", WANT(5, 4, 1, 1, W + 1 - 4, 1), 0, W - 1, 0, W, 0);
	RUN("jump of exactly W", WANT(5, 4, 1, 2, W + 6 - 4, 1), 5, W + 5, 5,
	    W + 4, W + 5);
	/*
	 * Advancing clears the bits that enter the window, by words where
	 * aligned (W + 64..W + 127) and bit by bit at the ends (W + 140);
	 * bits of the old numbers still inside (160, 199) stay set.
	 */
	{
		uint64_t s[207];
		struct seq_want w = WANT(207, 205, 2, 3, W + 152 - 205, 1);
		unsigned n = 0;

		for (uint64_t i = 0; i < 200; i++)
			s[n++] = i;
		s[n++] = W + 150;
		s[n++] = W + 100;
		s[n++] = W + 140;
		s[n++] = W + 151;
		s[n++] = 160;
		s[n++] = 199;
		s[n++] = 150;
		run_seqs("window advance", s, n, &w);
	}
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t rng(void)
{
	uint64_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return rng_state = x;
}

/*
 * A long stream with loss, late duplicates and local reordering, checked
 * against a model that remembers every number: as long as nothing arrives
 * a window or more late, the bitmap must agree with it exactly.
 */
static void test_seq_model(void)
{
	const uint64_t base = 5000000000ull;	/* above 32 bits */
	const uint32_t m = 3 * W + 12345;
	struct dup_later {
		uint32_t seq, at;
	} dq[64];
	unsigned ndq = 0;
	uint32_t *arr = malloc(sizeof(*arr) * (m + m / 100));
	uint8_t *seen = calloc(m, 1);
	struct seq_track t;
	struct seq_want w = { 0 };
	uint64_t max = 0, maxlag = 0;
	size_t n = 0;

	if (!arr || !seen || seq_track_init(&t)) {
		ok(0, "model: allocation");
		return;
	}
	for (uint32_t s = 0; s < m; s++) {
		for (unsigned i = 0; i < ndq;) {
			if (dq[i].at <= n) {
				arr[n++] = dq[i].seq;
				dq[i] = dq[--ndq];
			} else {
				i++;
			}
		}
		if (rng() % 100 == 0)
			continue;	/* lost */
		arr[n++] = s;
		if (rng() % 500 == 0 && ndq < 64)
			dq[ndq++] = (struct dup_later){
				s, (uint32_t)n + 1 + (uint32_t)(rng() % 3000)
			};
	}
	for (size_t i = 0; i + 1 < n; i++) {
		if (rng() % 1000 == 0) {
			size_t j = i + 1 + rng() % 300;
			uint32_t x;

			if (j >= n)
				j = n - 1;
			x = arr[i];
			arr[i] = arr[j];
			arr[j] = x;
		}
	}

	for (size_t i = 0; i < n; i++) {
		uint32_t s = arr[i];

		w.received++;
		if (seen[s]) {
			w.duplicates++;
		} else {
			seen[s] = 1;
			w.unique++;
			if (i && s < max)
				w.reordered++;
		}
		if (!i || s > max)
			max = s;
		if (max - s > maxlag)
			maxlag = max - s;
		seq_track_add(&t, base + s);
	}
	/* a start above the window is a jump: the numbers below it are not
	 * lost */
	w.lost = max + 1 - w.unique - arr[0];
	diag("model: %zu arrivals, %llu late, %llu duplicates, lag up to %llu",
	     n, (unsigned long long)w.reordered,
	     (unsigned long long)w.duplicates, (unsigned long long)maxlag);
	ok(maxlag < W, "model: nothing a window late (lag %llu)",
	   (unsigned long long)maxlag);
	ok(w.duplicates > 1000 && w.reordered > 10000 && w.lost > 10000 &&
		   t.jumps == 1,
	   "model: the stream has faults of every kind");
	check_track("model", &t, &w);
	is_u64(t.max_seq, base + max, "model: max_seq");
	seq_track_free(&t);
	free(arr);
	free(seen);
}

static void test_seq_gen(void)
{
	static const uint64_t skip3[] = { 0, 1, 2, 4, 5, 6, 8, 9, 10, 12 };
	static const uint64_t dup3[] = { 0, 1, 2, 2, 3, 4, 4, 5, 6, 6 };
	struct seq_gen g = { 0 };
	struct seq_track t;
	unsigned bad = 0;

	for (uint64_t i = 0; i < 1000; i++)
		if (seq_gen_next(&g) != i)
			bad++;
	is_u64(bad, 0, "seq_gen: 0, 1, 2, ... without faults");
	is_u64(g.emitted, 1000, "seq_gen: emitted counts");

	g = (struct seq_gen){ .skip_every = 3 };
	for (unsigned i = 0; i < 10; i++)
		is_u64(seq_gen_next(&g), skip3[i], "skip_every 3: #%u", i);
	g = (struct seq_gen){ .dup_every = 3 };
	for (unsigned i = 0; i < 10; i++)
		is_u64(seq_gen_next(&g), dup3[i], "dup_every 3: #%u", i);

	/*
	 * After every 1000th packet one number is skipped (or repeated); the
	 * 100th fault would follow the last packet, so 99 show.
	 */
	seq_track_init(&t);
	g = (struct seq_gen){ .skip_every = 1000 };
	for (unsigned i = 0; i < 100000; i++)
		seq_track_add(&t, seq_gen_next(&g));
	check_track("skip_every 1000", &t,
		    &(struct seq_want)WANT(100000, 100000, 0, 0, 99, 0));
	is_u64(t.max_seq, 100098, "skip_every 1000: max_seq");
	seq_track_free(&t);

	seq_track_init(&t);
	g = (struct seq_gen){ .dup_every = 1000 };
	for (unsigned i = 0; i < 100000; i++)
		seq_track_add(&t, seq_gen_next(&g));
	check_track("dup_every 1000", &t,
		    &(struct seq_want)WANT(100000, 99901, 99, 0, 0, 0));
	is_u64(t.max_seq, 99900, "dup_every 1000: max_seq");
	seq_track_free(&t);
}

/* Numbers near 2^64 and jumps: bounded work, no wrapped loss. */
static void test_seq_extreme(void)
{
	static const struct {
		const char *name;
		uint64_t seqs[6];
		unsigned n;
		uint64_t unique, lost, jumps, dups;
	} c[] = {
		{ "2^64-1 first", { UINT64_MAX }, 1, 1, 0, 1, 0 },
		{ "0 then 2^64-1", { 0, UINT64_MAX }, 2, 2, 0, 1, 0 },
		{ "2^64-2, 2^64-1, dup", { UINT64_MAX - 1, UINT64_MAX,
					   UINT64_MAX }, 3, 2, 0, 1, 1 },
		/* inside the window below 2^64: advancing to the top */
		{ "2^64-W up to 2^64-1", { UINT64_MAX - W + 2, UINT64_MAX },
		  2, 2, W - 3, 1, 0 },
		{ "run, jump, run", { 0, 1, 2, 1ull << 40, (1ull << 40) + 2 },
		  5, 5, 1, 1, 0 },
		{ "window + 1 is a jump", { 0, W + 1 }, 2, 2, 0, 1, 0 },
		{ "window is not a jump", { 0, W }, 2, 2, W - 1, 0, 0 },
		{ "start at W", { W, W + 1 }, 2, 2, 0, 1, 0 },
		{ "start below W", { W - 1 }, 1, 1, W - 1, 0, 0 },
	};

	for (unsigned i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		struct seq_track t;

		if (seq_track_init(&t)) {
			ok(0, "%s: seq_track_init", c[i].name);
			continue;
		}
		for (unsigned j = 0; j < c[i].n; j++)
			seq_track_add(&t, c[i].seqs[j]);
		is_u64(t.unique, c[i].unique, "%s: unique", c[i].name);
		is_u64(seq_track_lost(&t), c[i].lost, "%s: lost", c[i].name);
		is_u64(t.jumps, c[i].jumps, "%s: jumps", c[i].name);
		is_u64(t.duplicates, c[i].dups, "%s: duplicates", c[i].name);
		seq_track_free(&t);
	}
	is_u64(seq_lost(UINT64_MAX, 1, 0), UINT64_MAX, "seq_lost: no wrap");
	is_u64(seq_lost(5, 10, 0), 0, "seq_lost: more unique than span");
	is_u64(seq_lost(10, 3, 20), 0, "seq_lost: skipped above max");
}

static void test_lat_sample(void)
{
	uint64_t lat = 12345, now = 1700000000000000000ull;

	ok(lat_sample(now, 0, &lat) == -ERANGE, "lat_sample: tx 0 invalid");
	ok(lat_sample(now, now + LAT_FUTURE_TOL_NS + 1, &lat) == -ERANGE,
	   "lat_sample: future beyond tolerance invalid");
	ok(lat_sample(now, UINT64_MAX, &lat) == -ERANGE,
	   "lat_sample: 2^64-1 invalid");
	ok(lat_sample(now, now - LAT_MAX_AGE_NS - 1, &lat) == -ERANGE,
	   "lat_sample: older than the max age invalid");
	ok(lat_sample(now, 1, &lat) == -ERANGE, "lat_sample: tx 1 ns invalid");
	is_u64(lat, 12345, "lat_sample: invalid leaves lat alone");
	ok(!lat_sample(now, now - 1000, &lat) && lat == 1000,
	   "lat_sample: 1000 ns");
	ok(!lat_sample(now, now + 5, &lat) && lat == 0,
	   "lat_sample: 5 ns ahead reads as 0");
	ok(!lat_sample(now, now - LAT_MAX_AGE_NS, &lat) &&
		   lat == LAT_MAX_AGE_NS,
	   "lat_sample: exactly the max age is valid");
}

int main(void)
{
	test_seq_extreme();
	test_lat_sample();
	test_seq_crafted();
	test_seq_model();
	test_seq_gen();
	return done_testing();
}
