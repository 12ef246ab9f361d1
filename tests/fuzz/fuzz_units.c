// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: the units parser.  Input: a selector byte (kind, or
 * the rate parser), 16 bytes of bounds for units_parse, then the text.
 * Checked: only 0, -EINVAL or -ERANGE come back; an accepted number lies
 * in [min, max]; an accepted rate is within the documented caps; a
 * number accepted with a suffix formats without overflowing its buffer.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/units.h"

#define MAX_TEXT 256

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

static uint64_t get_u64(const uint8_t *p)
{
	uint64_t v = 0;

	for (unsigned b = 0; b < 8; b++)
		v |= (uint64_t)p[b] << (8 * b);
	return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	char text[MAX_TEXT + 1], out[16];
	uint64_t min, max, v = 0;
	struct rate r;
	size_t n;
	int ret;

	if (len < 17)
		return 0;
	min = get_u64(data + 1);
	max = get_u64(data + 9);
	n = len - 17 < MAX_TEXT ? len - 17 : MAX_TEXT;
	memcpy(text, data + 17, n);
	text[n] = '\0';

	switch (data[0] % 5) {
	case 4:
		ret = units_parse_rate(text, &r);
		if (ret != 0 && ret != -EINVAL && ret != -ERANGE)
			abort();
		if (!ret && !((r.unit == RATE_UNLIMITED && !r.value) ||
			      (r.unit == RATE_BPS && r.value >= 1000 &&
			       r.value <= RATE_MAX_BPS) ||
			      (r.unit == RATE_PPS && r.value >= 1 &&
			       r.value <= RATE_MAX_PPS)))
			abort();
		if (!ret)
			units_fmt_si(out, sizeof(out), (double)r.value);
		break;
	default:
		ret = units_parse(text, (enum units_kind)(data[0] % 5), min,
				  max, &v);
		if (ret != 0 && ret != -EINVAL && ret != -ERANGE)
			abort();
		if (!ret && (v < min || v > max))
			abort();
		if (!ret)
			units_fmt_si(out, sizeof(out), (double)v);
		break;
	}
	return 0;
}
