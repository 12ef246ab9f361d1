// SPDX-License-Identifier: MIT
/* The pacer: absolute deadlines, sleep for long gaps, spin for short. */
#include <errno.h>
#include <time.h>

#include "clock.h"
#include "pace.h"

static uint64_t mono_now(void *arg)
{
	(void)arg;
	return time_mono_ns();
}

static void mono_sleep_until(void *arg, uint64_t deadline)
{
	struct timespec ts = {
		.tv_sec = (time_t)(deadline / 1000000000ull),
		.tv_nsec = (long)(deadline % 1000000000ull),
	};

	(void)arg;
	/* EINTR returns early; the caller re-checks the time and its stop flag */
	clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
}

const struct pace_clock pace_clock_mono = {
	.now = mono_now,
	.sleep_until = mono_sleep_until,
	.arg = NULL,
};

/*
 * Sleeping costs a timer wake-up of tens of microseconds, and the kernel
 * may oversleep by as much; shorter gaps are cheaper and more exact to
 * spin.  The sleep aims this much before the deadline, then spins.
 */
#define PACE_SPIN_NS 60000ull
#define PACE_MAX_SLEEP_NS 50000000ull

int pace_init(struct pacer *p, const struct pace_clock *clk, uint64_t pps_num,
	      uint64_t pps_den, unsigned burst)
{
	if (!clk || !burst || (pps_den && !pps_num))
		return -EINVAL;
	p->clk = clk;
	p->start_ns = clk->now(clk->arg);
	/* interval = 1e9 / (num / den) = 1e9 * den / num */
	p->ns_num = pps_den ? 1000000000ull * pps_den : 0;
	p->ns_den = pps_den ? pps_num : 0;
	p->sent = 0;
	p->burst = burst;
	p->spin_ns = PACE_SPIN_NS;
	p->prefix = NULL;
	p->cycle = 0;
	return 0;
}

void pace_set_cycle(struct pacer *p, const uint64_t *prefix, unsigned cycle)
{
	p->prefix = cycle ? prefix : NULL;
	p->cycle = cycle;
}

/* The units packets 0..n-1 cost: n, or whole cycles plus a part of one. */
static unsigned __int128 pace_units(const struct pacer *p, uint64_t n)
{
	if (!p->prefix)
		return n;
	return (unsigned __int128)(n / p->cycle) * p->prefix[p->cycle] +
	       p->prefix[n % p->cycle];
}

uint64_t pace_due_ns(const struct pacer *p, uint64_t n)
{
	if (!p->ns_den)
		return 0;
	return (uint64_t)(pace_units(p, n) * p->ns_num / p->ns_den);
}

/*
 * Packets due by elapsed time t: those with due(n) <= t.  due() rounds
 * down, so that is units(n) * num / den < t + 1, i.e. units(n) < u with
 * u = ceil((t + 1) * den / num); floor(t * den / num) + 1 misses packet
 * n at exactly due(n).  With a cycle, units(n) grows by whole cycles
 * plus prefix[n % cycle]: whole cycles below u, then the prefixes below
 * the rest.
 */
static uint64_t pace_due_by(const struct pacer *p, uint64_t t)
{
	uint64_t u = (uint64_t)((((unsigned __int128)t + 1) * p->ns_den +
				 p->ns_num - 1) / p->ns_num);
	uint64_t whole, rest, n;

	if (!p->prefix)
		return u;
	if (!u)
		return 0;
	/* the last unit due is u - 1: packets with units(n) <= u - 1 */
	whole = (u - 1) / p->prefix[p->cycle];
	rest = (u - 1) % p->prefix[p->cycle];
	n = whole * p->cycle;
	for (unsigned j = 0; j < p->cycle && p->prefix[j] <= rest; j++)
		n++;
	return n;
}

unsigned pace_wait(struct pacer *p, unsigned max)
{
	const struct pace_clock *clk = p->clk;
	uint64_t due, now, elapsed, avail;
	unsigned lim = max < p->burst ? max : p->burst;

	if (!lim)
		return 0;
	if (!p->ns_den)
		return lim;
	due = pace_due_ns(p, p->sent);
	for (int slept = 0;; ) {
		now = clk->now(clk->arg);
		elapsed = now - p->start_ns;
		if (elapsed >= due)
			break;
		if (due - elapsed > p->spin_ns) {
			uint64_t wake = due - p->spin_ns / 2;

			/* bounded, so the caller sees its stop flag */
			if (slept)
				return 0;
			if (wake - elapsed > PACE_MAX_SLEEP_NS)
				wake = elapsed + PACE_MAX_SLEEP_NS;
			clk->sleep_until(clk->arg, p->start_ns + wake);
			slept = 1;
		}
		/* else spin: read the clock again */
	}
	avail = pace_due_by(p, elapsed) - p->sent;
	return avail < lim ? (unsigned)avail : lim;
}
