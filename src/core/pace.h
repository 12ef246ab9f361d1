/* SPDX-License-Identifier: MIT */
#ifndef PKT_PACE_H
#define PKT_PACE_H

#include <stdint.h>

/*
 * The clock the pacer reads and sleeps on.  Real runs use CLOCK_MONOTONIC;
 * unit tests pass a fake whose sleep_until advances its own time.
 */
struct pace_clock {
	uint64_t (*now)(void *arg);
	void (*sleep_until)(void *arg, uint64_t deadline_ns);
	void *arg;
};

extern const struct pace_clock pace_clock_mono;

/*
 * Absolute-deadline token bucket.  Packet n (from 0) may leave at
 * start + n * ns_num / ns_den nanoseconds; nothing accumulates error, so
 * the achieved rate converges to the requested one whatever the batch or
 * syscall cost.  A sender that falls behind catches up in bursts of at
 * most `burst`.
 */
struct pacer {
	const struct pace_clock *clk;
	uint64_t start_ns;
	uint64_t ns_num;	/* interval = ns_num / ns_den nanoseconds */
	uint64_t ns_den;	/* 0: unlimited */
	uint64_t sent;
	unsigned burst;
	uint64_t spin_ns;	/* gaps shorter than this are spun */
	/* pace_set_cycle: packets of different costs; NULL: 1 each */
	const uint64_t *prefix;
	unsigned cycle;
};

/* pps_num / pps_den packets per second; pps_den == 0 means unlimited. */
int pace_init(struct pacer *p, const struct pace_clock *clk, uint64_t pps_num,
	      uint64_t pps_den, unsigned burst);
/*
 * Packets that cost different amounts (bits, for a bit rate of mixed
 * sizes): the rate of pace_init is then in cost units per second, and
 * packet n costs prefix[j + 1] - prefix[j] for j = n % cycle, so packet n
 * is due once the units of packets 0..n-1 have had their time.  prefix
 * (cycle + 1 entries, prefix[0] = 0, ascending) must outlive the pacer.
 */
void pace_set_cycle(struct pacer *p, const uint64_t *prefix, unsigned cycle);
/* Time packet n is due, relative to start. */
uint64_t pace_due_ns(const struct pacer *p, uint64_t n);
/*
 * Waits until at least one packet is due and returns how many may go now
 * (1..min(burst, max)).  Returns 0 if max is 0, or if nothing is due
 * after one sleep of at most 50 ms, so callers can check their stop flag.
 */
unsigned pace_wait(struct pacer *p, unsigned max);
/* Tells the pacer that n of the granted packets actually left. */
static inline void pace_commit(struct pacer *p, unsigned n)
{
	p->sent += n;
}

#endif
