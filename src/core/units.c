// SPDX-License-Identifier: MIT
/* Bounded number parsing with units. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "units.h"

struct suffix {
	const char *name;
	uint64_t mul;
};

static const struct suffix sfx_count[] = {
	{ "k", 1000ull }, { "K", 1000ull }, { "M", 1000000ull },
	{ "G", 1000000000ull }, { NULL, 0 },
};

static const struct suffix sfx_bytes[] = {
	{ "B", 1 }, { "k", 1024 }, { "K", 1024 }, { "KiB", 1024 },
	{ "M", 1024 * 1024 }, { "MiB", 1024 * 1024 },
	{ "G", 1ull << 30 }, { "GiB", 1ull << 30 },
	{ "T", 1ull << 40 }, { "TiB", 1ull << 40 }, { NULL, 0 },
};

static const struct suffix sfx_nsec[] = {
	{ "", 1000000000ull },	/* a bare number is seconds */
	{ "ns", 1 }, { "us", 1000ull }, { "ms", 1000000ull },
	{ "s", 1000000000ull }, { "m", 60000000000ull },
	{ "h", 3600000000000ull }, { NULL, 0 },
};

static const struct suffix sfx_bits[] = {
	{ "", 1 }, { "k", 1000ull }, { "K", 1000ull }, { "M", 1000000ull },
	{ "G", 1000000000ull }, { "kbit", 1000ull }, { "Kbit", 1000ull },
	{ "Mbit", 1000000ull }, { "Gbit", 1000000000ull },
	{ "kbps", 1000ull }, { "Mbps", 1000000ull }, { "Gbps", 1000000000ull },
	{ NULL, 0 },
};

static const struct suffix sfx_pps[] = {
	{ "pps", 1 }, { "kpps", 1000ull }, { "Kpps", 1000ull },
	{ "Mpps", 1000000ull }, { "Gpps", 1000000000ull }, { NULL, 0 },
};

/*
 * Parses "<digits>[.<digits>]<suffix>" exactly, without floating point:
 * the fraction is scaled by the suffix's multiplier and must come out
 * whole ("1.5G" is fine, "1.5" packets is not).
 */
static int parse_scaled(const char *s, const struct suffix *tab,
			int allow_frac, uint64_t *out)
{
	uint64_t ip = 0, fp = 0, fscale = 1;
	const char *p = s;
	int digits = 0;

	if (!s || !*s)
		return -EINVAL;
	for (; *p >= '0' && *p <= '9'; p++, digits++) {
		if (ip > (UINT64_MAX - (uint64_t)(*p - '0')) / 10)
			return -ERANGE;
		ip = ip * 10 + (uint64_t)(*p - '0');
	}
	if (*p == '.' && allow_frac) {
		/* digits on both sides of the point: no "1." or ".5k" */
		if (!digits || p[1] < '0' || p[1] > '9')
			return -EINVAL;
		p++;
		for (; *p >= '0' && *p <= '9'; p++, digits++) {
			if (fscale >= 1000000000000ull)
				return -EINVAL;	/* absurd precision */
			fp = fp * 10 + (uint64_t)(*p - '0');
			fscale *= 10;
		}
	}
	if (!digits)
		return -EINVAL;
	for (const struct suffix *x = tab; x && x->name; x++) {
		unsigned __int128 v;

		if (strcmp(p, x->name))
			continue;
		v = (unsigned __int128)ip * x->mul;
		if (fp) {
			unsigned __int128 f = (unsigned __int128)fp * x->mul;

			if (f % fscale)
				return -EINVAL;
			v += f / fscale;
		}
		if (v > UINT64_MAX)
			return -ERANGE;
		*out = (uint64_t)v;
		return 0;
	}
	if (!*p && (!tab || !tab[0].name || tab[0].name[0])) {
		/* no suffix and the table has no bare entry: plain number */
		if (fp)
			return -EINVAL;
		*out = ip;
		return 0;
	}
	return -EINVAL;
}

int units_parse(const char *s, enum units_kind kind, uint64_t min,
		uint64_t max, uint64_t *out)
{
	const struct suffix *tab = NULL;
	uint64_t v;
	int ret;

	switch (kind) {
	case UNITS_PLAIN:
		break;
	case UNITS_COUNT:
		tab = sfx_count;
		break;
	case UNITS_BYTES:
		tab = sfx_bytes;
		break;
	case UNITS_NSEC:
		tab = sfx_nsec;
		break;
	}
	ret = parse_scaled(s, tab, kind == UNITS_COUNT || kind == UNITS_NSEC,
			   &v);
	if (ret)
		return ret;
	if (v < min || v > max)
		return -ERANGE;
	*out = v;
	return 0;
}

int units_parse_rate(const char *s, struct rate *out)
{
	uint64_t v;
	size_t len;
	int ret;

	if (!s)
		return -EINVAL;
	if (!strcasecmp(s, "max") || !strcasecmp(s, "unlimited") ||
	    !strcmp(s, "0")) {
		out->unit = RATE_UNLIMITED;
		out->value = 0;
		return 0;
	}
	/*
	 * Only a "pps" suffix means packets: parse_scaled takes a bare number
	 * as plain when the table has no "" entry, which would turn "1000000"
	 * into 1 Mpps instead of 1 Mbit/s.
	 */
	len = strlen(s);
	if (len >= 3 && !strcmp(s + len - 3, "pps")) {
		ret = parse_scaled(s, sfx_pps, 1, &v);
		if (ret)
			return ret;
		if (v < 1 || v > RATE_MAX_PPS)
			return -ERANGE;
		out->unit = RATE_PPS;
		out->value = v;
		return 0;
	}
	ret = parse_scaled(s, sfx_bits, 1, &v);
	if (ret)
		return ret;
	if (v < 1000 || v > RATE_MAX_BPS)
		return -ERANGE;
	out->unit = RATE_BPS;
	out->value = v;
	return 0;
}

const char *units_fmt_si(char *buf, unsigned len, double v)
{
	static const char pfx[] = " kMGT";
	unsigned i = 0;

	while (v >= 1000.0 && i < sizeof(pfx) - 2) {
		v /= 1000.0;
		i++;
	}
	if (i)
		snprintf(buf, len, "%.2f%c", v, pfx[i]);
	else
		snprintf(buf, len, "%.0f", v);
	return buf;
}
