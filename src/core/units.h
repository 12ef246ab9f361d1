/* SPDX-License-Identifier: MIT */
#ifndef PKT_UNITS_H
#define PKT_UNITS_H

#include <stdint.h>

/*
 * Bounded number parsing.  Every number that reaches pktbench from a user
 * goes through units_parse(): decimal digits, an optional fraction, an
 * optional suffix from the kind's table, and a [min, max] bound.
 *
 * Returns 0, -EINVAL (not a number of this kind) or -ERANGE (outside
 * [min, max] or overflow).
 */
enum units_kind {
	UNITS_PLAIN,	/* integer, no suffix: ports, ids */
	UNITS_COUNT,	/* k M G (x1000) */
	UNITS_BYTES,	/* plain bytes, optional k/K/M/G/T, KiB..TiB (1024) */
	UNITS_NSEC,	/* ns us ms s m h; no suffix = seconds */
};

int units_parse(const char *s, enum units_kind kind, uint64_t min,
		uint64_t max, uint64_t *out);

/*
 * A rate is either bits per second ("500M", "1.5G", "800Mbit") or packets
 * per second ("2Mpps", "100kpps").  "0", "max" and "unlimited" mean no
 * pacing.
 */
enum rate_unit {
	RATE_UNLIMITED = 0,
	RATE_BPS,
	RATE_PPS,
};

struct rate {
	enum rate_unit unit;
	uint64_t value;	/* bit/s or packet/s */
};

#define RATE_MAX_BPS 400000000000ULL	/* 400 Gbit/s */
#define RATE_MAX_PPS 1000000000ULL	/* 1 Gpps */

int units_parse_rate(const char *s, struct rate *out);

/* Formats v with an SI suffix ("1.50M"); returns buf. */
const char *units_fmt_si(char *buf, unsigned len, double v);

#endif
