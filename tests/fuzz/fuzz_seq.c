// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: the sequence tracker fed with a packet sequence.
 * The input is a list of records: a tag byte, then either an absolute
 * 8-byte sequence number (tag bit 0 clear; little endian, so values near
 * 2^64 are one byte flip away) or a signed 16-bit step from the previous
 * one (tag bit 0 set), which keeps the walk inside the loss window.
 *
 * Checked after every packet: received = unique + duplicates, and the
 * tracker's other counters stay below what they count.  At the end, if
 * every number fell inside one window, unique must be the exact number of
 * distinct values: nothing inside the window is forgotten.
 *
 * FUZZ_SEQ_AVOID_MAX: built with it, the target never feeds 2^64 - 1, the
 * value that hung window_advance (tests/unit/t_fuzzfound.c), so a long run
 * on a tree without that fix can look for anything else.
 */
#include <stdlib.h>
#include <string.h>

#include "core/stats.h"

#define MAX_SEQS 1024

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static uint64_t seqs[MAX_SEQS];
	struct seq_track t;
	uint64_t seq = 0, lo = UINT64_MAX, hi = 0, distinct;
	size_t n = 0, i = 0;

	if (seq_track_init(&t))
		return 0;
	while (i < len && n < MAX_SEQS) {
		uint8_t tag = data[i++];

		if (!(tag & 1)) {
			if (len - i < 8)
				break;
			seq = 0;
			for (unsigned b = 0; b < 8; b++)
				seq |= (uint64_t)data[i + b] << (8 * b);
			i += 8;
		} else {
			if (len - i < 2)
				break;
			seq += (uint64_t)(int64_t)(int16_t)(data[i] |
							   data[i + 1] << 8);
			i += 2;
		}
#ifdef FUZZ_SEQ_AVOID_MAX
		if (seq == UINT64_MAX)
			seq--;
#endif
		seq_track_add(&t, seq);
		seqs[n++] = seq;
		lo = seq < lo ? seq : lo;
		hi = seq > hi ? seq : hi;
		if (t.received != n || t.unique + t.duplicates != n ||
		    t.reordered > t.unique || t.too_old > t.reordered ||
		    t.max_seq != hi)
			abort();
		(void)seq_track_lost(&t);
	}
	if (n && hi - lo < SEQ_WINDOW) {
		qsort(seqs, n, sizeof(seqs[0]), cmp_u64);
		distinct = 1;
		for (i = 1; i < n; i++)
			distinct += seqs[i] != seqs[i - 1];
		if (t.unique != distinct || t.too_old)
			abort();
	}
	seq_track_free(&t);
	return 0;
}
