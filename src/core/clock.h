/* SPDX-License-Identifier: MIT */
#ifndef PKT_CLOCK_H
#define PKT_CLOCK_H

#include <stdint.h>
#include <time.h>

/* The one timespec-to-nanoseconds conversion. */
static inline uint64_t timespec_ns(const struct timespec *ts)
{
	return (uint64_t)ts->tv_sec * 1000000000ull + (uint64_t)ts->tv_nsec;
}

static inline uint64_t clock_ns(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return timespec_ns(&ts);
}

static inline uint64_t time_mono_ns(void)
{
	return clock_ns(CLOCK_MONOTONIC);
}

/* Wall clock: what the payload stamps and arrival times use. */
static inline uint64_t time_real_ns(void)
{
	return clock_ns(CLOCK_REALTIME);
}

#endif
