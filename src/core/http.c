// SPDX-License-Identifier: MIT
/*
 * The HTTP/1.x request parser of the metrics port (metrics.h).  Outside
 * input: bounded by len and METRICS_REQ_MAX, never reads past either,
 * keeps nothing of the request but the method and the path
 * (tests/fuzz/fuzz_http.c).
 */
#include <errno.h>
#include <string.h>

#include "metrics.h"

/* RFC 9110 tchar: what a method may hold. */
static int is_tchar(unsigned char ch)
{
	if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
	    (ch >= 'A' && ch <= 'Z'))
		return 1;
	return ch && strchr("!#$%&'*+-.^_`|~", ch) != NULL;
}

/* Visible ASCII: what a request target may hold. */
static int is_vchar(unsigned char ch)
{
	return ch > 0x20 && ch < 0x7f;
}

/*
 * The request line in buf[0..eol) (CR stripped): 0 and r's method and
 * path, or -EINVAL / -E2BIG.
 */
static int http_request_line(const char *buf, size_t eol, struct http_req *r)
{
	size_t i = 0, m, t, p;

	while (i < eol && is_tchar((unsigned char)buf[i]))
		i++;
	if (!i || i >= eol || buf[i] != ' ')
		return -EINVAL;
	m = i++;
	t = i;
	while (i < eol && is_vchar((unsigned char)buf[i]))
		i++;
	if (i == t || i >= eol || buf[i] != ' ')
		return -EINVAL;
	if (eol - i - 1 != 8 || memcmp(buf + i + 1, "HTTP/1.", 7) ||
	    buf[i + 8] < '0' || buf[i + 8] > '9')
		return -EINVAL;
	for (p = t; p < i && buf[p] != '?' && buf[p] != '#'; p++)
		;
	if (p == t)
		return -EINVAL;	/* a query alone: no path (fuzz_http) */
	if (p - t >= sizeof(r->path))
		return -E2BIG;
	r->method = m == 3 && !memcmp(buf, "GET", 3) ? HTTP_GET : HTTP_OTHER;
	memcpy(r->path, buf + t, p - t);
	r->path[p - t] = '\0';
	return 0;
}

int http_parse(const char *buf, size_t len, struct http_req *r)
{
	const char *lf;
	size_t pos, eol;
	int ret;

	memset(r, 0, sizeof(*r));
	if (len > METRICS_REQ_MAX)
		len = METRICS_REQ_MAX;
	lf = memchr(buf, '\n', len);
	if (!lf)
		return len == METRICS_REQ_MAX ? -E2BIG : -EAGAIN;
	eol = (size_t)(lf - buf);
	pos = eol + 1;
	if (eol && buf[eol - 1] == '\r')
		eol--;
	ret = http_request_line(buf, eol, r);
	if (ret)
		return ret;
	/* header lines, unread, up to the empty one */
	for (;;) {
		lf = memchr(buf + pos, '\n', len - pos);
		if (!lf)
			return len == METRICS_REQ_MAX ? -E2BIG : -EAGAIN;
		eol = (size_t)(lf - buf);
		if (memchr(buf + pos, '\0', eol - pos))
			return -EINVAL;
		if (eol == pos || (eol == pos + 1 && buf[pos] == '\r')) {
			r->end = eol + 1;
			return 0;
		}
		pos = eol + 1;
	}
}
