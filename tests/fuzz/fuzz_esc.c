// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: the escaping of peer text before it reaches a
 * terminal or a log line (ctl_escape, src/core/ctl.c; issue 18 items 5
 * and 6).  Input: the first byte picks the buffer size (4..259), the rest
 * is the text (cut at its first NUL, as a C string would be).
 *
 * Checked: the output is printable ASCII only, shorter than the buffer,
 * its length is what the call returns; text that fits is reversible
 * (unescaping gives the input back); text that does not fit ends in
 * "..." and, without the mark, is the escaping of a prefix of the input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/ctl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

static char in[70000], out[260], back[260];

static int hexval(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	return -1;
}

/* Undoes ctl_escape on s[0..n); the bytes to back; -1 if not its form. */
static long unescape(const char *s, size_t n)
{
	size_t j = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\') {
			back[j++] = s[i];
			continue;
		}
		if (++i >= n)
			return -1;
		switch (s[i]) {
		case '\\': back[j++] = '\\'; break;
		case 'n': back[j++] = '\n'; break;
		case 'r': back[j++] = '\r'; break;
		case 't': back[j++] = '\t'; break;
		case 'x': {
			int h, l;

			if (i + 2 >= n)
				return -1;
			h = hexval(s[i + 1]);
			l = hexval(s[i + 2]);
			if (h < 0 || l < 0)
				return -1;
			back[j++] = (char)(h * 16 + l);
			i += 2;
			break;
		}
		default:
			return -1;
		}
	}
	return (long)j;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	size_t cap, n, inlen;
	long got;

	if (!len || len > sizeof(in))
		return 0;
	cap = 4 + data[0];
	memcpy(in, data + 1, len - 1);
	in[len - 1] = '\0';
	inlen = strlen(in);
	memset(out, 0x55, sizeof(out));
	n = ctl_escape(out, cap, in);
	if (n >= cap || n != strlen(out))
		abort();
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)out[i] < 0x20 || (unsigned char)out[i] > 0x7e)
			abort();
	got = unescape(out, n);
	if (got >= 0 && (size_t)got == inlen && !memcmp(back, in, inlen))
		return 0;	/* whole and reversible */
	/* cut: marked, and what stands before the mark is a true prefix */
	if (n < 3 || memcmp(out + n - 3, "...", 3))
		abort();
	got = unescape(out, n - 3);
	if (got < 0 || (size_t)got > inlen || memcmp(back, in, (size_t)got))
		abort();
	return 0;
}
