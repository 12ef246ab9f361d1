// SPDX-License-Identifier: MIT
/* The pacer against a fake clock: no real time is read or slept. */
#include <errno.h>
#include <stdint.h>

#include "core/frame.h"
#include "core/pace.h"
#include "tap.h"

#define NSEC 1000000000ull
#define MAX_SLEEP_NS 50000000ull	/* pace.c: PACE_MAX_SLEEP_NS */

/*
 * Time moves only when the pacer sleeps, when the simulated sender spends
 * its send cost, or by `tick` per clock read (the cost of spinning, and
 * what keeps a spin from looping forever).
 */
struct fake_clock {
	uint64_t t;
	uint64_t tick;
	uint64_t reads;
	uint64_t sleeps;
	uint64_t max_sleep;
	uint64_t back_sleeps;	/* sleep_until a deadline already past */
};

static uint64_t fake_now(void *arg)
{
	struct fake_clock *fc = arg;
	uint64_t t = fc->t;

	fc->t += fc->tick;
	fc->reads++;
	return t;
}

static void fake_sleep_until(void *arg, uint64_t deadline)
{
	struct fake_clock *fc = arg;

	fc->sleeps++;
	if (deadline <= fc->t) {
		fc->back_sleeps++;
		return;
	}
	if (deadline - fc->t > fc->max_sleep)
		fc->max_sleep = deadline - fc->t;
	fc->t = deadline;
}

static void fake_init(struct fake_clock *fc, struct pace_clock *clk,
		      uint64_t tick)
{
	*fc = (struct fake_clock){ .t = 1000 * NSEC, .tick = tick };
	*clk = (struct pace_clock){ fake_now, fake_sleep_until, fc };
}

static void test_init(void)
{
	struct fake_clock fc;
	struct pace_clock clk;
	struct pacer p;

	fake_init(&fc, &clk, 0);
	is_int(pace_init(&p, NULL, 1, 1, 1), -EINVAL, "init: no clock");
	is_int(pace_init(&p, &clk, 1, 1, 0), -EINVAL, "init: burst 0");
	is_int(pace_init(&p, &clk, 0, 1, 1), -EINVAL, "init: 0 pps");
	is_int(pace_init(&p, &clk, 0, 0, 1), 0, "init: unlimited");
	is_int(pace_init(&p, &clk, 1000, 1, 8), 0, "init: 1000 pps");
	is_u64(p.start_ns, 1000 * NSEC, "start is the clock's now");
	is_u64(p.sent, 0, "nothing sent yet");
}

static void test_due(void)
{
	struct fake_clock fc;
	struct pace_clock clk;
	struct pacer p;
	unsigned bits = (unsigned)frame_wire_bits(64, 0);

	fake_init(&fc, &clk, 0);
	pace_init(&p, &clk, 1000000, 1, 64);
	is_u64(pace_due_ns(&p, 0), 0, "1 Mpps: due(0) = 0");
	is_u64(pace_due_ns(&p, 1), 1000, "1 Mpps: due(1) = 1000 ns");
	is_u64(pace_due_ns(&p, 1000000), NSEC, "1 Mpps: due(1e6) = 1 s");

	pace_init(&p, &clk, 3, 1, 64);
	is_u64(pace_due_ns(&p, 1), 333333333, "3 pps: due(1) = 333333333");
	is_u64(pace_due_ns(&p, 2), 666666666, "3 pps: due(2) = 666666666");
	is_u64(pace_due_ns(&p, 3), NSEC, "3 pps: due(3) = 1 s, no drift");
	is_u64(pace_due_ns(&p, 3000000000ull), 1000000000ull * NSEC,
	       "3 pps: due(3e9) = 1e9 s, no drift");

	is_u64(bits, 848, "64 B payload is 848 bits on the wire");
	pace_init(&p, &clk, 500000000, bits, 64);
	is_u64(p.ns_num, 848 * NSEC, "500 Mbit/s: ns_num = 1e9 * 848");
	is_u64(p.ns_den, 500000000, "500 Mbit/s: ns_den = 5e8");
	is_u64(pace_due_ns(&p, 1), 1696, "500 Mbit/s: due(1) = 1696 ns");
	is_u64(pace_due_ns(&p, 12345), 12345ull * 1696,
	       "500 Mbit/s: due(12345) = 12345 * 1696");
	is_u64(pace_due_ns(&p, 1000000000000ull), 1696000000000000ull,
	       "500 Mbit/s: due(1e12) exact (no 64-bit overflow)");

	/* 1.5 Gbit/s of 1472 B payloads: 12112 bits, 8074.67 ns */
	pace_init(&p, &clk, 1500000000, frame_wire_bits(1472, 0), 64);
	is_u64(pace_due_ns(&p, 1), 8074, "1.5 Gbit/s, 1472 B: due(1)");
	is_u64(pace_due_ns(&p, 3), 24224, "1.5 Gbit/s, 1472 B: due(3)");
	pace_init(&p, &clk, 1000000000, frame_wire_bits(64, 1), 64);
	is_u64(pace_due_ns(&p, 7), 6160, "1 Gbit/s, VLAN: due(7) = 7 * 880");
	is_u64(pace_due_ns(&p, 1000), 880000, "1 Gbit/s, VLAN: due(1000)");
	/* 7 Mbit/s of 848 bits: 121142.857... ns, rounded down */
	pace_init(&p, &clk, 7000000, 848, 64);
	is_u64(pace_due_ns(&p, 1), 121142, "7 Mbit/s: due(1) = floor");
	is_u64(pace_due_ns(&p, 7), 848000, "7 Mbit/s: due(7) exact");

	pace_init(&p, &clk, 0, 0, 64);
	is_u64(pace_due_ns(&p, 123456), 0, "unlimited: due(n) = 0");
}

struct sim {
	uint64_t pps_num, pps_den;
	unsigned batch;
	uint64_t cost;		/* fake ns per send call */
	uint64_t n;
	uint64_t tick;
};

/*
 * A sender that asks the pacer, spends `cost` per send call, and commits
 * everything it was granted.  Returns the achieved rate over the packets
 * after the first, in packets per second.
 */
static double sim_run(const struct sim *s, unsigned *max_grant,
		      uint64_t *zero_grants, uint64_t *bad_grants)
{
	struct fake_clock fc;
	struct pace_clock clk;
	struct pacer p;
	uint64_t sent = 0, first = 0, last = 0;

	fake_init(&fc, &clk, s->tick);
	pace_init(&p, &clk, s->pps_num, s->pps_den, s->batch);
	*max_grant = 0;
	*zero_grants = 0;
	*bad_grants = 0;
	while (sent < s->n) {
		uint64_t left = s->n - sent;
		unsigned max = left < s->batch ? (unsigned)left : s->batch;
		unsigned k = pace_wait(&p, max);

		if (!k) {
			(*zero_grants)++;
			continue;
		}
		if (k > max)
			(*bad_grants)++;
		if (k > *max_grant)
			*max_grant = k;
		/* the last packet of the grant must be due by now */
		if (fc.t - p.start_ns < pace_due_ns(&p, sent + k - 1))
			(*bad_grants)++;
		if (!sent)
			first = fc.t;
		last = fc.t;
		fc.t += s->cost;
		pace_commit(&p, k);
		sent += k;
	}
	/* the last grant's last packet is the n-th; it left at `last` */
	return (double)(s->n - 1) * 1e9 / (double)(last - first);
}

static void test_rate(void)
{
	static const struct sim sims[] = {
		/* 500 Mbit/s of 64 B: 1696 ns apart, sender keeps up */
		{ 500000000, 848, 64, 200, 200000, 10 },
		/* a send call costs 12 intervals: bursts of ~12 */
		{ 500000000, 848, 64, 20000, 200000, 10 },
		/* 1 Mpps, cost 5 intervals, burst 8 is enough */
		{ 1000000, 1, 8, 5000, 200000, 10 },
		/* 3 Mpps: a non-integer interval of 333.3 ns */
		{ 3000000, 1, 32, 1000, 300000, 10 },
		/* 1.5 Gbit/s of 1500 B (12336 bits), cost 100 us */
		{ 1500000000, 12336, 16, 100000, 100000, 10 },
		/* 7 Mbit/s: 121 us apart, each gap is a sleep and a spin */
		{ 7000000, 848, 64, 2000, 20000, 50 },
		/* 1000 pps, batch 1: long sleeps */
		{ 1000, 1, 1, 100, 5000, 100 },
		/* 40 pps: gaps near the 50 ms sleep bound */
		{ 40, 1, 4, 100, 400, 100 },
		/* 7 pps: every gap needs three bounded sleeps */
		{ 7, 1, 4, 100, 100, 100 },
	};

	for (size_t i = 0; i < sizeof(sims) / sizeof(sims[0]); i++) {
		const struct sim *s = &sims[i];
		double want = (double)s->pps_num / (double)s->pps_den;
		double got, err;
		uint64_t zero, bad;
		unsigned max_grant;

		got = sim_run(s, &max_grant, &zero, &bad);
		err = (got - want) / want;
		ok(err < 0.001 && err > -0.001,
		   "%llu/%llu pps, batch %u, cost %llu ns: rate within 0.1%%",
		   (unsigned long long)s->pps_num,
		   (unsigned long long)s->pps_den, s->batch,
		   (unsigned long long)s->cost);
		diag("  want %.3f pps, got %.3f (%+.5f%%), largest grant %u",
		     want, got, err * 100, max_grant);
		ok(max_grant <= s->batch, "  grants at most burst %u (got %u)",
		   s->batch, max_grant);
		is_u64(bad, 0, "  no grant beyond max or before its due time");
	}
}

/* A sender slower than the rate: bursts are capped, so the rate is too. */
static void test_rate_capped(void)
{
	const struct sim s = { 1000000, 1, 4, 10000, 100000, 50 };
	double want = 4 * 1e9 / (10000.0 + 50.0), got, err;
	uint64_t zero, bad;
	unsigned max_grant;

	got = sim_run(&s, &max_grant, &zero, &bad);
	err = (got - want) / want;
	ok(err < 0.001 && err > -0.001,
	   "1 Mpps, burst 4, cost 10 us: capped at 4 per call (%.0f pps)", got);
	is_u64(max_grant, 4, "catch-up bursts are exactly burst");
	is_u64(zero, 0, "a late sender never gets 0");
}

static void test_wait_limits(void)
{
	struct fake_clock fc;
	struct pace_clock clk;
	struct pacer p;

	fake_init(&fc, &clk, 0);
	pace_init(&p, &clk, 1000000, 1, 64);
	is_u64(pace_wait(&p, 0), 0, "max 0: 0");
	is_u64(pace_wait(&p, 5), 1, "at start: packet 0 is due, only it");
	pace_commit(&p, 1);

	fc.t = p.start_ns + NSEC;	/* a second late: 1e6 packets due */
	is_u64(pace_wait(&p, 1000), 64, "far behind: at most burst 64");
	is_u64(pace_wait(&p, 10), 10, "far behind: at most max 10");
	pace_commit(&p, 999990);
	is_u64(pace_wait(&p, 64), 10, "10 left due at 1 s: 10");
	pace_commit(&p, 10);
	is_u64(fc.sleeps, 0, "no sleep while behind");

	fake_init(&fc, &clk, 0);
	pace_init(&p, &clk, 1000000, 1, 64);
	fc.t = p.start_ns + 5500;	/* packets 0..5 due */
	is_u64(pace_wait(&p, 64), 6, "at 5.5 us, 1 Mpps: 6 due");
	pace_commit(&p, 2);
	is_u64(pace_wait(&p, 64), 4, "after committing 2 of 6: 4");

	/*
	 * An hour into a 400 Gbit/s run of 64 B frames: (t + 1) * rate is
	 * past 2^64, and 1698113207548 packets are due (a bisection over
	 * due(n) <= t, done outside).
	 */
	fake_init(&fc, &clk, 0);
	pace_init(&p, &clk, 400000000000ull, 848, 64);
	fc.t = p.start_ns + 3600 * NSEC;
	p.sent = 1698113207548ull - 5;
	is_u64(pace_wait(&p, 64), 5, "400 Gbit/s after 1 h: the last 5 due");
	p.sent += 5;
	is_u64(pace_due_ns(&p, p.sent), 3600 * NSEC + 1,
	       "400 Gbit/s after 1 h: the next is due 1 ns later");
	fc.tick = 1;	/* a spin on a clock that never moves is endless */
	is_u64(pace_wait(&p, 64), 1, "  and granted then, by spinning");
	is_u64(fc.sleeps, 0, "  without sleeping");
}

/*
 * At exactly due(n), packet n is due: pace_wait must not return 0 without
 * having slept (3 pps: due(1) = 333333333 is a rounded-down deadline).
 */
static void test_due_boundary(void)
{
	static const uint64_t rates[][2] = {
		{ 3, 1 }, { 7000000, 848 }, { 1000000, 1 }, { 3000000, 1 },
		{ 500000000, 848 },
	};

	for (size_t i = 0; i < sizeof(rates) / sizeof(rates[0]); i++) {
		struct fake_clock fc;
		struct pace_clock clk;
		struct pacer p;
		unsigned bad = 0;

		fake_init(&fc, &clk, 0);
		pace_init(&p, &clk, rates[i][0], rates[i][1], 1);
		for (uint64_t n = 0; n < 1000; n++) {
			fc.t = p.start_ns + pace_due_ns(&p, n);
			if (pace_wait(&p, 1) != 1)
				bad++;
			pace_commit(&p, 1);
		}
		is_u64(bad, 0, "%llu/%llu pps: at due(n), packet n is granted",
		       (unsigned long long)rates[i][0],
		       (unsigned long long)rates[i][1]);
		is_u64(fc.sleeps, 0, "  and nothing slept");
	}
}

static void test_unlimited(void)
{
	struct fake_clock fc;
	struct pace_clock clk;
	struct pacer p;
	uint64_t t0;
	unsigned bad = 0;

	fake_init(&fc, &clk, 7);
	pace_init(&p, &clk, 0, 0, 32);
	t0 = fc.t;
	for (unsigned i = 0; i < 100000; i++) {
		if (pace_wait(&p, 64) != 32 || pace_wait(&p, 5) != 5)
			bad++;
		pace_commit(&p, 32);
	}
	is_u64(bad, 0, "unlimited: always min(burst, max)");
	is_u64(fc.sleeps, 0, "unlimited: never sleeps");
	is_u64(fc.t, t0, "unlimited: never reads the clock");
}

static void test_sleep_bound(void)
{
	struct fake_clock fc;
	struct pace_clock clk;
	struct pacer p;
	uint64_t t0, calls = 0;
	unsigned k;

	fake_init(&fc, &clk, 0);
	pace_init(&p, &clk, 1, 1, 8);	/* 1 pps: 1 s apart */
	is_u64(pace_wait(&p, 8), 1, "1 pps: packet 0 at once");
	pace_commit(&p, 1);
	t0 = fc.t;
	is_u64(pace_wait(&p, 8), 0, "1 pps: 0 after one bounded sleep");
	is_u64(fc.sleeps, 1, "  exactly one sleep");
	is_u64(fc.t - t0, MAX_SLEEP_NS, "  of exactly 50 ms");

	fc.tick = 100;
	do {
		k = pace_wait(&p, 8);
		calls++;
	} while (!k && calls < 1000);
	is_u64(k, 1, "1 pps: packet 1 granted in the end");
	ok(fc.t - p.start_ns >= NSEC && fc.t - p.start_ns < NSEC + 1000,
	   "  at 1 s (+%lld ns)", (long long)(fc.t - p.start_ns - NSEC));
	is_u64(calls, 19, "  after 19 calls (18 x 50 ms, then a short sleep)");
	ok(fc.max_sleep <= MAX_SLEEP_NS, "  no sleep over 50 ms (max %llu)",
	   (unsigned long long)fc.max_sleep);
	is_u64(fc.back_sleeps, 0, "  never asked to sleep until the past");

	/* a gap under the spin threshold is spun, never slept */
	fake_init(&fc, &clk, 10);
	pace_init(&p, &clk, 50000, 1, 8);	/* 20 us apart */
	pace_wait(&p, 8);
	pace_commit(&p, 1);
	is_u64(pace_wait(&p, 8), 1, "20 us gap: granted after spinning");
	is_u64(fc.sleeps, 0, "  without sleeping");
	ok(fc.t - p.start_ns >= 20000 && fc.t - p.start_ns <= 20010,
	   "  at 20 us (+%lld ns)", (long long)(fc.t - p.start_ns - 20000));
}

/*
 * Packets of mixed costs (--size imix at a bit rate): each packet is due
 * when the bits before it have had their time, so the bit rate holds
 * packet by packet, not only on average.
 */
static void test_cycle(void)
{
	static const uint64_t w3[] = { 0, 1, 3, 6 };	/* costs 1, 2, 3 */
	uint64_t imix[IMIX_CYCLE + 1] = { 0 }, bits = 0, bad = 0, late = 0;
	struct fake_clock fc;
	struct pace_clock clk;
	struct pacer p;
	uint64_t sent = 0;

	fake_init(&fc, &clk, 0);
	pace_init(&p, &clk, 6, 1, 64);	/* 6 units per second */
	pace_set_cycle(&p, w3, 3);
	is_u64(pace_due_ns(&p, 0), 0, "costs 1,2,3 at 6/s: due(0) = 0");
	is_u64(pace_due_ns(&p, 1), 166666666, "due(1): 1 unit = 1/6 s");
	is_u64(pace_due_ns(&p, 2), 500000000, "due(2): 3 units = 1/2 s");
	is_u64(pace_due_ns(&p, 3), NSEC, "due(3): a cycle, 6 units = 1 s");
	is_u64(pace_due_ns(&p, 4), NSEC + 166666666, "due(4): 7 units");
	is_u64(pace_due_ns(&p, 3000000000ull), 1000000000ull * NSEC,
	       "due(3e9): 1e9 cycles = 1e9 s, no drift");
	/* at due(n) exactly, packets 0..n are due and n + 1 is not */
	pace_init(&p, &clk, 6, 1, 1024);
	pace_set_cycle(&p, w3, 3);
	for (uint64_t n = 0; n < 300; n++) {
		fc.t = p.start_ns + pace_due_ns(&p, n);
		if (pace_wait(&p, 1000) != n + 1)
			bad++;
	}
	is_u64(bad, 0, "300 packets: at due(n) exactly n + 1 are granted");

	/* IMIX at 100 Mbit/s: 12 000 packets take exactly their bits' time */
	for (unsigned j = 0; j < IMIX_CYCLE; j++)
		imix[j + 1] = imix[j] +
			      frame_wire_bits(imix_payload_len[imix_class(j)], 0);
	is_u64(imix[IMIX_CYCLE], 34368, "imix: a cycle is 34368 bits");
	fake_init(&fc, &clk, 10);
	pace_init(&p, &clk, 100000000, 1, 64);
	pace_set_cycle(&p, imix, IMIX_CYCLE);
	bad = 0;
	while (sent < 12000) {
		unsigned k = pace_wait(&p, 64);
		uint64_t t = fc.t - p.start_ns;

		if (!k)
			continue;
		/* the grant's last packet: its bits before it have had time */
		if (t < pace_due_ns(&p, sent + k - 1))
			bad++;
		/* and the next one is not yet due: no packet early */
		if (t >= pace_due_ns(&p, sent + k) && k < 64)
			late++;
		for (unsigned i = 0; i < k; i++)
			bits += frame_wire_bits(
				imix_payload_len[imix_class(sent + i)], 0);
		pace_commit(&p, k);
		sent += k;
		fc.t += 500;	/* a send call */
	}
	is_u64(bad, 0, "imix, 100 Mbit/s: no packet before its bits' time");
	is_u64(late, 0, "imix, 100 Mbit/s: every due packet granted");
	is_u64(bits, 1000ull * 34368, "imix: 12 000 packets, 1000 cycles of bits");
	is_u64(pace_due_ns(&p, 12000), 1000ull * 34368 * 10,
	       "imix: packet 12 000 due after 34368000 bits at 100 Mbit/s = 343.68 ms");
	is_u64(pace_due_ns(&p, 6), (4 * 592 + 2 * 4528) * 10,
	       "imix: packet 6 (the large one) after 4 small and 2 middle");
}

int main(void)
{
	test_init();
	test_due();
	test_rate();
	test_rate_capped();
	test_wait_limits();
	test_due_boundary();
	test_unlimited();
	test_sleep_bound();
	test_cycle();
	return done_testing();
}
