// SPDX-License-Identifier: MIT
/* Control messages: a strict bounded reader, a builder and their I/O. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "ctl.h"
#include "units.h"

/* --- reader ---------------------------------------------------------- */

struct scan {
	const char *p, *end;
};

static void skip_ws(struct scan *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t'))
		s->p++;
}

static int hexval(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/*
 * One escape after the backslash; the result is a byte in 0x01..0x7e.
 * DEL, non-ASCII (\u007f and up) and NUL are refused: nothing we speak needs
 * them, and a NUL would cut the C string short.
 */
static int scan_escape(struct scan *s, char *out)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *hit;
	int v = 0;

	if (s->p >= s->end)
		return -EINVAL;
	hit = strchr(from, *s->p);
	if (*s->p && hit) {
		*out = to[hit - from];
		s->p++;
		return 0;
	}
	if (*s->p != 'u' || s->end - s->p < 5)
		return -EINVAL;
	for (int i = 1; i <= 4; i++) {
		int h = hexval(s->p[i]);

		if (h < 0)
			return -EINVAL;
		v = v * 16 + h;
	}
	if (v == 0 || v > 0x7e)
		return -EINVAL;
	*out = (char)v;
	s->p += 5;
	return 0;
}

/*
 * A string literal; decoded into out (NUL-terminated, at most cap bytes
 * with the NUL) when out is not NULL.  Raw bytes must be printable ASCII.
 */
static int scan_string(struct scan *s, char *out, size_t cap, size_t *outlen)
{
	size_t n = 0;

	if (s->p >= s->end || *s->p != '"')
		return -EINVAL;
	for (s->p++; s->p < s->end; ) {
		char ch = *s->p++;

		if (ch == '"') {
			if (out)
				out[n] = '\0';
			if (outlen)
				*outlen = n;
			return 0;
		}
		if ((unsigned char)ch < 0x20 || (unsigned char)ch > 0x7e)
			return -EINVAL;
		if (ch == '\\' && scan_escape(s, &ch))
			return -EINVAL;
		if (out) {
			if (n + 1 >= cap)
				return -E2BIG;
			out[n] = ch;
		}
		n++;
	}
	return -EINVAL;
}

/* An unsigned integer: "0" or no leading zero, at most 20 digits. */
static int scan_uint(struct scan *s, const char **start, size_t *len)
{
	const char *p = s->p;

	while (s->p < s->end && *s->p >= '0' && *s->p <= '9')
		s->p++;
	*start = p;
	*len = (size_t)(s->p - p);
	if (!*len || *len > 20 || (*len > 1 && *p == '0'))
		return -EINVAL;
	return 0;
}

static int key_ok(const char *k)
{
	if (!*k)
		return 0;
	for (; *k; k++)
		if (!((*k >= 'a' && *k <= 'z') || (*k >= '0' && *k <= '9') ||
		      *k == '_' || *k == '-'))
			return 0;
	return 1;
}

static int msg_add(struct ctl_msg *m, struct scan *s, size_t *used)
{
	struct ctl_kv *kv;
	size_t n;
	int ret;

	if (m->n >= CTL_KEYS_MAX)
		return -E2BIG;
	kv = &m->kv[m->n];
	kv->key = m->buf + *used;
	ret = scan_string(s, m->buf + *used, CTL_KEY_MAX + 1, &n);
	if (ret)
		return -EINVAL;	/* a key too long is just a bad key */
	if (!key_ok(kv->key) || ctl_msg_get(m, kv->key))
		return -EINVAL;
	*used += n + 1;
	skip_ws(s);
	if (s->p >= s->end || *s->p++ != ':')
		return -EINVAL;
	skip_ws(s);
	kv->val = m->buf + *used;
	if (s->p < s->end && *s->p == '"') {
		kv->type = CTL_STR;
		ret = scan_string(s, m->buf + *used, sizeof(m->buf) - *used,
				  &n);
		if (ret)
			return ret;
	} else {
		const char *num;

		kv->type = CTL_NUM;
		if (scan_uint(s, &num, &n) || n + 1 > sizeof(m->buf) - *used)
			return -EINVAL;
		memcpy(m->buf + *used, num, n);
		m->buf[*used + n] = '\0';
	}
	*used += n + 1;
	m->n++;
	return 0;
}

int ctl_msg_parse(struct ctl_msg *m, const char *str, size_t len)
{
	struct scan s = { str, str + len };
	size_t used = 0;
	int ret;

	m->n = 0;
	if (len >= CTL_MSG_MAX)
		return -E2BIG;
	skip_ws(&s);
	if (s.p >= s.end || *s.p++ != '{')
		return -EINVAL;
	skip_ws(&s);
	if (s.p < s.end && *s.p == '}') {
		s.p++;
	} else {
		for (;;) {
			ret = msg_add(m, &s, &used);
			if (ret)
				return ret;
			skip_ws(&s);
			if (s.p < s.end && *s.p == ',') {
				s.p++;
				skip_ws(&s);
				continue;
			}
			if (s.p < s.end && *s.p == '}') {
				s.p++;
				break;
			}
			return -EINVAL;
		}
	}
	skip_ws(&s);
	return s.p == s.end ? 0 : -EINVAL;
}

const char *ctl_msg_get(const struct ctl_msg *m, const char *key)
{
	for (unsigned i = 0; i < m->n; i++)
		if (!strcmp(m->kv[i].key, key))
			return m->kv[i].val;
	return NULL;
}

int ctl_msg_u64(const struct ctl_msg *m, const char *key, uint64_t max,
		uint64_t *v)
{
	for (unsigned i = 0; i < m->n; i++) {
		if (strcmp(m->kv[i].key, key))
			continue;
		if (m->kv[i].type != CTL_NUM)
			return -EINVAL;
		return units_parse(m->kv[i].val, UNITS_PLAIN, 0, max, v) ?
			       -EINVAL : 0;
	}
	return -ENOENT;
}

int ctl_msg_expect(const struct ctl_msg *m, const char *type, char *err,
		   size_t errlen)
{
	const char *t = ctl_msg_get(m, "type");
	uint64_t v;

	if (ctl_msg_u64(m, "pktbench", UINT64_MAX, &v)) {
		snprintf(err, errlen, "not a pktbench control message");
		return -EPROTO;
	}
	if (v < CTL_VERSION_MIN || v > CTL_VERSION) {
		snprintf(err, errlen,
			 "protocol version %llu; this side speaks %d..%d",
			 (unsigned long long)v, CTL_VERSION_MIN, CTL_VERSION);
		return -EPROTO;
	}
	if (!t || strcmp(t, type)) {
		snprintf(err, errlen, "expected a '%s' message, got '%s'",
			 type, t ? t : "(no type)");
		return -EPROTO;
	}
	return 0;
}

/* --- a whole-value validator for embedded records -------------------- */

static int check_value(struct scan *s, int depth);

static int check_number(struct scan *s)
{
	const char *p = s->p;

	if (s->p < s->end && *s->p == '-')
		s->p++;
	if (s->p >= s->end || *s->p < '0' || *s->p > '9')
		return -EINVAL;
	if (*s->p == '0' && s->p + 1 < s->end && s->p[1] >= '0' &&
	    s->p[1] <= '9')
		return -EINVAL;
	while (s->p < s->end && *s->p >= '0' && *s->p <= '9')
		s->p++;
	if (s->p < s->end && *s->p == '.') {
		const char *f = ++s->p;

		while (s->p < s->end && *s->p >= '0' && *s->p <= '9')
			s->p++;
		if (s->p == f)
			return -EINVAL;
	}
	if (s->p < s->end && (*s->p == 'e' || *s->p == 'E')) {
		const char *e;

		s->p++;
		if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
			s->p++;
		e = s->p;
		while (s->p < s->end && *s->p >= '0' && *s->p <= '9')
			s->p++;
		if (s->p == e)
			return -EINVAL;
	}
	return s->p - p > 40 ? -EINVAL : 0;
}

static int check_word(struct scan *s, const char *w)
{
	size_t n = strlen(w);

	if ((size_t)(s->end - s->p) < n || memcmp(s->p, w, n))
		return -EINVAL;
	s->p += n;
	return 0;
}

/* An object or array; open is '{' or '['. */
static int check_container(struct scan *s, int depth, char open)
{
	char close = open == '{' ? '}' : ']';

	if (depth >= CTL_DEPTH_MAX)
		return -EINVAL;
	s->p++;
	skip_ws(s);
	if (s->p < s->end && *s->p == close) {
		s->p++;
		return 0;
	}
	for (;;) {
		if (open == '{') {
			if (scan_string(s, NULL, 0, NULL))
				return -EINVAL;
			skip_ws(s);
			if (s->p >= s->end || *s->p++ != ':')
				return -EINVAL;
			skip_ws(s);
		}
		if (check_value(s, depth + 1))
			return -EINVAL;
		skip_ws(s);
		if (s->p < s->end && *s->p == ',') {
			s->p++;
			skip_ws(s);
			continue;
		}
		if (s->p < s->end && *s->p == close) {
			s->p++;
			return 0;
		}
		return -EINVAL;
	}
}

static int check_value(struct scan *s, int depth)
{
	if (s->p >= s->end)
		return -EINVAL;
	switch (*s->p) {
	case '{':
	case '[':
		return check_container(s, depth, *s->p);
	case '"':
		return scan_string(s, NULL, 0, NULL);
	case 't':
		return check_word(s, "true");
	case 'f':
		return check_word(s, "false");
	case 'n':
		return check_word(s, "null");
	default:
		return check_number(s);
	}
}

int ctl_json_check(const char *str, size_t len)
{
	struct scan s = { str, str + len };

	if (!len || *str != '{' || check_value(&s, 0))
		return -EINVAL;
	return s.p == s.end ? 0 : -EINVAL;
}

/* --- builder ----------------------------------------------------------- */

static void out_add(struct ctl_out *o, const char *s, size_t n)
{
	/* two bytes stay free for "}\n" */
	if (o->overflow || n > sizeof(o->buf) - 2 - o->len) {
		o->overflow = 1;
		return;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

static void out_quoted(struct ctl_out *o, const char *s)
{
	char esc[8];

	out_add(o, "\"", 1);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"' || ch == '\\') {
			esc[0] = '\\';
			esc[1] = (char)ch;
			out_add(o, esc, 2);
		} else if (ch > 0x7e) {
			/* bytes the reader would refuse */
			out_add(o, "?", 1);
		} else if (ch < 0x20) {
			snprintf(esc, sizeof(esc), "\\u%04x", ch);
			out_add(o, esc, 6);
		} else {
			out_add(o, (const char *)&ch, 1);
		}
	}
	out_add(o, "\"", 1);
}

static void out_key(struct ctl_out *o, const char *key)
{
	out_add(o, ",", 1);
	out_quoted(o, key);
	out_add(o, ":", 1);
}

/* Keys a request may carry only from a version on. */
static const struct {
	const char *key;
	unsigned ver;
} ctl_keys_since[] = {
	{ "interval", 2 },
	{ "streams", 2 },
};

int ctl_negotiate(const struct ctl_msg *m, unsigned *ver, char *err,
		  size_t errlen)
{
	uint64_t v;

	if (ctl_msg_expect(m, "run", err, errlen))
		return -EPROTO;
	ctl_msg_u64(m, "pktbench", UINT64_MAX, &v);
	for (unsigned i = 0; i < sizeof(ctl_keys_since) /
					 sizeof(ctl_keys_since[0]); i++) {
		if (ctl_msg_get(m, ctl_keys_since[i].key) &&
		    v < ctl_keys_since[i].ver) {
			snprintf(err, errlen,
				 "'%s' needs protocol version %u; the request speaks %llu",
				 ctl_keys_since[i].key, ctl_keys_since[i].ver,
				 (unsigned long long)v);
			return -EPROTO;
		}
	}
	*ver = (unsigned)v;
	return 0;
}

void ctl_out_init(struct ctl_out *o, const char *type)
{
	ctl_out_init_v(o, CTL_VERSION, type);
}

void ctl_out_init_v(struct ctl_out *o, unsigned ver, const char *type)
{
	o->len = 0;
	o->overflow = 0;
	out_add(o, "{\"pktbench\":", 12);
	ctl_out_u64(o, NULL, ver);
	out_key(o, "type");
	out_quoted(o, type);
}

void ctl_out_str(struct ctl_out *o, const char *key, const char *val)
{
	out_key(o, key);
	out_quoted(o, val);
}

void ctl_out_u64(struct ctl_out *o, const char *key, uint64_t v)
{
	char num[24];

	if (key)
		out_key(o, key);
	out_add(o, num, (size_t)snprintf(num, sizeof(num), "%llu",
					 (unsigned long long)v));
}

int ctl_out_end(struct ctl_out *o)
{
	if (o->overflow)
		return -E2BIG;
	memcpy(o->buf + o->len, "}\n", 2);
	o->len += 2;
	return 0;
}

/* --- token ------------------------------------------------------------- */

int ctl_token_eq(const char *a, const char *b)
{
	unsigned char diff = 0;
	size_t la = strnlen(a, 256), lb = strnlen(b, 256);

	/* every byte of a fixed 256-byte window is compared */
	for (size_t i = 0; i < 256; i++) {
		unsigned char x = i < la ? (unsigned char)a[i] : 0;
		unsigned char y = i < lb ? (unsigned char)b[i] : 0;

		diff |= x ^ y;
	}
	return !diff && la == lb && la < 256;
}

int ctl_auth(const struct ctl_msg *m, const char *token, char *err,
	     size_t len)
{
	const char *t;

	if (ctl_msg_expect(m, "run", err, len))
		return -EPROTO;
	if (!token[0])
		return 0;
	t = ctl_msg_get(m, "token");
	if (t && ctl_token_eq(t, token))
		return 0;
	snprintf(err, len, "%s",
		 t ? "wrong token" :
		     "this server needs a token (--token-file, PKT_TOKEN or --token)");
	return -EACCES;
}

static int token_text_ok(const char *t)
{
	for (; *t; t++)
		if ((unsigned char)*t < 0x20 || (unsigned char)*t > 0x7e)
			return 0;
	return 1;
}

/* The file's one line, one trailing newline (or CRLF) allowed. */
static int token_read_file(struct cfg *c, char *err, size_t len)
{
	char buf[sizeof(c->token) + 2];
	ssize_t n;
	size_t got = 0;
	int fd = open(c->token_file, O_RDONLY | O_CLOEXEC | O_NOCTTY);

	if (fd < 0) {
		snprintf(err, len, "--token-file %s: %s", c->token_file,
			 strerror(errno));
		return -EINVAL;
	}
	while (got < sizeof(buf) &&
	       (n = read(fd, buf + got, sizeof(buf) - got)) > 0)
		got += (size_t)n;
	close(fd);
	if (got && buf[got - 1] == '\n')
		got--;
	if (got && buf[got - 1] == '\r')
		got--;
	if (got && got < sizeof(c->token)) {
		memcpy(c->token, buf, got);
		c->token[got] = '\0';
		if (strlen(c->token) == got && token_text_ok(c->token))
			return 0;
	}
	c->token[0] = '\0';
	snprintf(err, len,
		 "--token-file %s: accepted a file holding one line of 1..%zu printable ASCII characters",
		 c->token_file, sizeof(c->token) - 1);
	return -EINVAL;
}

int ctl_token_load(struct cfg *c, int *argv_warn, char *err, size_t len)
{
	const char *env = getenv("PKT_TOKEN");

	*argv_warn = 0;
	if (c->token_file[0] && c->token[0]) {
		snprintf(err, len,
			 "--token-file: not with --token; give the secret once, in the file");
		return -EINVAL;
	}
	if (c->token_file[0])
		return token_read_file(c, err, len);
	if (c->token[0]) {
		*argv_warn = 1;
	} else if (env && *env) {
		if (strlen(env) >= sizeof(c->token) || !token_text_ok(env)) {
			snprintf(err, len,
				 "PKT_TOKEN: accepted 1..%zu printable ASCII characters",
				 sizeof(c->token) - 1);
			return -EINVAL;
		}
		snprintf(c->token, sizeof(c->token), "%s", env);
	}
	return 0;
}

/* --- peer text, verdicts, back-off, ports --------------------------- */

/* One byte as ctl_escape writes it, into e[4]; returns its length. */
static size_t esc_one(unsigned char ch, char *e)
{
	static const char hex[] = "0123456789abcdef";
	static const char from[] = "\\\n\r\t", to[] = "\\nrt";
	const char *hit = ch ? strchr(from, ch) : NULL;

	if (hit) {
		e[0] = '\\';
		e[1] = to[hit - from];
		return 2;
	}
	if (ch < 0x20 || ch > 0x7e) {
		e[0] = '\\';
		e[1] = 'x';
		e[2] = hex[ch >> 4];
		e[3] = hex[ch & 15];
		return 4;
	}
	e[0] = (char)ch;
	return 1;
}

size_t ctl_escape(char *dst, size_t cap, const char *src)
{
	size_t n = 0, all = 0, room = cap - 1;
	char e[4];

	for (const char *p = src; *p && all <= room; p++)
		all += esc_one((unsigned char)*p, e);
	/* what does not fit whole leaves room for the "..." mark */
	if (all > room)
		room -= 3;
	for (; *src; src++) {
		size_t k = esc_one((unsigned char)*src, e);

		if (n + k > room)
			break;
		memcpy(dst + n, e, k);
		n += k;
	}
	if (all > cap - 1) {
		memcpy(dst + n, "...", 3);
		n += 3;
	}
	dst[n] = '\0';
	return n;
}

int ctl_verdict(uint64_t code)
{
	return code == 0 || code == 1 || code == 2 || code == 4 ? (int)code :
								  1;
}

uint64_t ctl_gate_left(const struct ctl_gate *g, uint64_t now_ms)
{
	return g->until_ms > now_ms ? g->until_ms - now_ms : 0;
}

void ctl_gate_fail(struct ctl_gate *g, uint64_t now_ms, unsigned free,
		   uint64_t base_ms, uint64_t max_ms)
{
	uint64_t d;

	if (g->last_ms && now_ms - g->last_ms > CTL_GATE_QUIET_MS &&
	    now_ms >= g->until_ms)
		*g = (struct ctl_gate){ 0 };
	g->last_ms = now_ms;
	if (++g->fails <= free)
		return;
	d = g->level < 30 ? base_ms << g->level : max_ms;
	g->until_ms = now_ms + (d < max_ms ? d : max_ms);
	if (g->level < 30)
		g->level++;
}

/* Any line of a /proc/net/udp{,6} table with local port `port`? */
static int udp_table_has(const char *path, uint16_t port)
{
	char line[512];
	FILE *f = fopen(path, "re");
	int found = 0;

	if (!f)
		return errno == ENOENT ? 0 : -errno;	/* no IPv6 here */
	while (!found && fgets(line, sizeof(line), f)) {
		/* "  sl  local_address ...": "0: 0100007F:2328 ..." */
		char *colon = strchr(line, ':');
		char *p;
		unsigned long v;

		if (!colon)
			continue;
		p = strchr(colon + 1, ':');	/* local address : port */
		if (!p)
			continue;
		errno = 0;
		v = strtoul(p + 1, NULL, 16);
		if (!errno && v == port)
			found = 1;
	}
	fclose(f);
	return found;
}

int ctl_udp_port_used(uint16_t port)
{
	int ret = udp_table_has("/proc/net/udp", port);

	if (ret)
		return ret;
	return udp_table_has("/proc/net/udp6", port);
}

int ctl_ports_parse(const char *s, uint16_t *lo, uint16_t *hi)
{
	const char *dash = strchr(s, '-');
	char a[8];
	uint64_t l, h;

	if (dash && (size_t)(dash - s) < sizeof(a)) {
		memcpy(a, s, (size_t)(dash - s));
		a[dash - s] = '\0';
		if (units_parse(a, UNITS_PLAIN, 1, 65535, &l) ||
		    units_parse(dash + 1, UNITS_PLAIN, 1, 65535, &h))
			return -EINVAL;
	} else if (dash || units_parse(s, UNITS_PLAIN, 1, 65535, &l)) {
		return -EINVAL;
	} else {
		h = l;
	}
	if (l > h)
		return -EINVAL;
	*lo = (uint16_t)l;
	*hi = (uint16_t)h;
	return 0;
}

/* --- I/O ------------------------------------------------------------- */

static int ms_left(uint64_t end_ms, uint64_t now_ms)
{
	return now_ms >= end_ms ? 0 : (int)(end_ms - now_ms);
}

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

void ctl_refuse_busy(int lfd)
{
	struct ctl_out o;
	int fd;

	/* the listening socket is non-blocking: drain what is queued */
	while ((fd = accept4(lfd, NULL, NULL,
			     SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0) {
		ctl_out_init(&o, "busy");
		ctl_out_str(&o, "error",
			    "a run is active on this server; try again later");
		ctl_out_end(&o);
		/* a full socket buffer is the client's problem, not ours */
		if (send(fd, o.buf, o.len, MSG_DONTWAIT | MSG_NOSIGNAL) < 0)
			(void)0;
		close(fd);
	}
}

int ctl_wait(int fd, short ev, int timeout_ms, int lfd,
	     volatile sig_atomic_t *stop)
{
	uint64_t end = now_ms() + (uint64_t)timeout_ms;

	for (;;) {
		struct pollfd p[2] = { { fd, ev, 0 }, { lfd, POLLIN, 0 } };
		int left = ms_left(end, now_ms()), n;

		if (stop && *stop)
			return -EINTR;
		if (!left)
			return -ETIMEDOUT;
		/* short slices: a signal to another thread is seen soon */
		n = poll(p, lfd >= 0 ? 2 : 1, left < 200 ? left : 200);
		if (n < 0 && errno != EINTR)
			return -errno;
		if (n <= 0)
			continue;
		if (lfd >= 0 && p[1].revents)
			ctl_refuse_busy(lfd);
		if (p[0].revents)
			return 0;
	}
}

int ctl_read(struct ctl_conn *cc, struct ctl_msg *m, int timeout_ms, int lfd,
	     volatile sig_atomic_t *stop)
{
	uint64_t end = now_ms() + (uint64_t)timeout_ms;

	for (;;) {
		char *nl = memchr(cc->buf, '\n', cc->len);
		ssize_t n;
		int ret;

		if (nl) {
			size_t len = (size_t)(nl - cc->buf);

			ret = ctl_msg_parse(m, cc->buf, len);
			memmove(cc->buf, nl + 1, cc->len - len - 1);
			cc->len -= len + 1;
			return ret == -E2BIG ? -E2BIG : ret ? -EINVAL : 0;
		}
		if (cc->len >= sizeof(cc->buf))
			return -E2BIG;
		ret = ctl_wait(cc->fd, POLLIN, ms_left(end, now_ms()), lfd,
			       stop);
		if (ret)
			return ret;
		n = recv(cc->fd, cc->buf + cc->len, sizeof(cc->buf) - cc->len,
			 MSG_DONTWAIT);
		if (n == 0)
			return -ECONNRESET;
		if (n < 0 && errno != EAGAIN && errno != EINTR)
			return -errno;
		if (n > 0)
			cc->len += (size_t)n;
	}
}

int ctl_send(int fd, const struct ctl_out *o, int timeout_ms)
{
	uint64_t end = now_ms() + (uint64_t)timeout_ms;
	size_t off = 0;

	while (off < o->len) {
		ssize_t n;
		int ret;

		n = send(fd, o->buf + off, o->len - off,
			 MSG_DONTWAIT | MSG_NOSIGNAL);
		if (n > 0) {
			off += (size_t)n;
			continue;
		}
		if (n < 0 && errno != EAGAIN && errno != EINTR)
			return -errno;
		ret = ctl_wait(fd, POLLOUT, ms_left(end, now_ms()), -1, NULL);
		if (ret)
			return ret;
	}
	return 0;
}
