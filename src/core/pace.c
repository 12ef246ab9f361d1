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
	return 0;
}

uint64_t pace_due_ns(const struct pacer *p, uint64_t n)
{
	if (!p->ns_den)
		return 0;
	return (uint64_t)((unsigned __int128)n * p->ns_num / p->ns_den);
}

/*
 * Packets due by elapsed time t: those with due(n) <= t.  due() rounds
 * down, so that is n * num / den < t + 1, i.e. ceil((t + 1) * den / num)
 * packets; floor(t * den / num) + 1 misses packet n at exactly due(n).
 */
static uint64_t pace_due_by(const struct pacer *p, uint64_t t)
{
	return (uint64_t)((((unsigned __int128)t + 1) * p->ns_den +
			   p->ns_num - 1) / p->ns_num);
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
