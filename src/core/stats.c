// SPDX-License-Identifier: MIT
/* Sequence analysis and latency samples. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "stats.h"

int seq_track_init(struct seq_track *t)
{
	memset(t, 0, sizeof(*t));
	t->bits = calloc(SEQ_WINDOW / 64, sizeof(uint64_t));
	return t->bits ? 0 : -ENOMEM;
}

void seq_track_free(struct seq_track *t)
{
	free(t->bits);
	t->bits = NULL;
}

static int bit_test_set(uint64_t *bits, uint64_t seq)
{
	uint64_t i = seq & (SEQ_WINDOW - 1), m = 1ull << (i & 63);
	int was = !!(bits[i >> 6] & m);

	bits[i >> 6] |= m;
	return was;
}

static void bit_clear(uint64_t *bits, uint64_t seq)
{
	uint64_t i = seq & (SEQ_WINDOW - 1);

	bits[i >> 6] &= ~(1ull << (i & 63));
}

/*
 * Clears the bits of (old_max, new_max], which now enter the window.  The
 * loop counts the distance, never compares against new_max: new_max may
 * be UINT64_MAX, where s <= new_max can never turn false.
 */
static void window_advance(struct seq_track *t, uint64_t new_max)
{
	uint64_t s = t->max_seq + 1, left = new_max - t->max_seq;

	if (left >= SEQ_WINDOW) {
		memset(t->bits, 0, SEQ_WINDOW / 8);
		return;
	}
	while (left) {
		/* whole words at a time once aligned */
		if (!(s & 63) && left >= 64) {
			t->bits[(s & (SEQ_WINDOW - 1)) >> 6] = 0;
			s += 64;
			left -= 64;
			continue;
		}
		bit_clear(t->bits, s);
		s++;
		left--;
	}
}

void seq_track_add(struct seq_track *t, uint64_t seq)
{
	t->received++;
	if (!t->any) {
		/* the first number counts from -1: a start far up is a jump */
		if (seq >= SEQ_WINDOW) {
			t->jumps++;
			t->skipped += seq;
		}
		t->any = 1;
		t->max_seq = seq;
		bit_test_set(t->bits, seq);
		t->unique++;
		return;
	}
	if (seq > t->max_seq) {
		/*
		 * A jump past the whole window cannot be told from a sender
		 * that restarted or a forged number: count it as a jump and
		 * leave the numbers it skipped out of the loss.
		 */
		if (seq - t->max_seq > SEQ_WINDOW) {
			t->jumps++;
			t->skipped += seq - t->max_seq - 1;
		}
		window_advance(t, seq);
		t->max_seq = seq;
		bit_test_set(t->bits, seq);
		t->unique++;
		return;
	}
	if (t->max_seq - seq >= SEQ_WINDOW) {
		/* too old to tell a duplicate from a late arrival */
		t->too_old++;
		t->reordered++;
		t->unique++;
		return;
	}
	if (bit_test_set(t->bits, seq)) {
		t->duplicates++;
		return;
	}
	t->reordered++;
	t->unique++;
}

uint64_t seq_lost(uint64_t max_seq, uint64_t unique, uint64_t skipped)
{
	/* max_seq + 1 - unique - skipped, saturating: max_seq may be 2^64-1 */
	uint64_t span = max_seq - skipped;

	if (skipped <= max_seq && span >= unique)
		return span - unique + 1;
	return 0;
}

uint64_t seq_track_lost(const struct seq_track *t)
{
	if (!t->any)
		return 0;
	return seq_lost(t->max_seq, t->unique, t->skipped);
}

int lat_sample(uint64_t rx_ns, uint64_t tx_ns, uint64_t *lat)
{
	if (!tx_ns || !rx_ns)
		return -ERANGE;
	if (tx_ns > rx_ns) {
		/* a clock step or skew this small reads as zero latency */
		if (tx_ns - rx_ns > LAT_FUTURE_TOL_NS)
			return -ERANGE;
		*lat = 0;
		return 0;
	}
	if (rx_ns - tx_ns > LAT_MAX_AGE_NS)
		return -ERANGE;
	*lat = rx_ns - tx_ns;
	return 0;
}
