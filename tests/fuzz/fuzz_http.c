// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: the metrics port's HTTP request parser
 * (src/core/http.c), the one piece of pktrecv --metrics that reads what
 * a scraper sends.  Input: the bytes as received.  Checked: only 0,
 * -EAGAIN, -E2BIG or -EINVAL come back; -EAGAIN only below
 * METRICS_REQ_MAX; a complete request ends within the input and the
 * limit, after a LF; its path is NUL-terminated, visible ASCII, shorter
 * than the buffer, starts where the input's target does and holds no '?'
 * or '#'; the answer does not depend on bytes past the request's end.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/metrics.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	const char *buf = (const char *)data;
	struct http_req r, again;
	size_t n;
	int ret;

	ret = http_parse(buf, len, &r);
	if (ret != 0 && ret != -EAGAIN && ret != -E2BIG && ret != -EINVAL)
		abort();
	if (ret == -EAGAIN && len >= METRICS_REQ_MAX)
		abort();
	if (ret)
		return 0;
	if (!r.end || r.end > len || r.end > METRICS_REQ_MAX ||
	    buf[r.end - 1] != '\n')
		abort();
	n = strnlen(r.path, sizeof(r.path));
	if (n == sizeof(r.path) || !n)
		abort();
	for (size_t i = 0; i < n; i++)
		if (r.path[i] <= 0x20 || r.path[i] >= 0x7f ||
		    r.path[i] == '?' || r.path[i] == '#')
			abort();
	/* the path is the input's target: after the method and one SP */
	{
		const char *sp = memchr(buf, ' ', len);

		if (!sp || (size_t)(sp - buf) + 1 + n > len ||
		    memcmp(sp + 1, r.path, n))
			abort();
		if (r.method == HTTP_GET &&
		    (sp - buf != 3 || memcmp(buf, "GET", 3)))
			abort();
	}
	/* what follows the request cannot change it */
	if (http_parse(buf, r.end, &again) || again.end != r.end ||
	    again.method != r.method || strcmp(again.path, r.path))
		abort();
	return 0;
}
