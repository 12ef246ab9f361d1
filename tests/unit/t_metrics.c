// SPDX-License-Identifier: MIT
/*
 * The metrics port (src/core/metrics.c, src/core/http.c): the exposition
 * checked line by line against the text format's grammar (a checker of
 * its own below, itself shown to refuse what the grammar refuses), the
 * histogram's cumulative buckets, the request parser and --metrics.
 *
 *   t_metrics           the TAP tests
 *   t_metrics FILE      checks FILE (a scrape) against the grammar: exit
 *                       0, or 1 and the first bad line
 */
#include <arpa/inet.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/drops.h"
#include "core/metrics.h"
#include "tap.h"

/* --- the grammar checker -------------------------------------------------
 * Prometheus text exposition format 0.0.4:
 *   line      = ( comment | sample ) LF
 *   comment   = "# HELP " name SP docstring | "# TYPE " name SP type
 *             | "#" anything-else
 *   sample    = name [ "{" [ label *( "," label ) [ "," ] ] "}" ] SP value
 *               [ SP timestamp ]
 *   name      = [a-zA-Z_:][a-zA-Z0-9_:]*      label name [a-zA-Z_][a-zA-Z0-9_]*
 *   label     = lname "=" DQUOTE *( char | "\\" | "\"" | "\n" ) DQUOTE
 *   value     = a Go float: decimal, exponent, "+Inf", "-Inf", "NaN"
 * and the rules around it: HELP and TYPE at most once per family, TYPE
 * before its samples, a family's lines together; a histogram's samples are
 * name_bucket (with le, ascending, cumulative counts, the last +Inf),
 * name_sum and name_count, and count equals the +Inf bucket.  Stricter
 * than the format in one way: every family must have its TYPE (ours do).
 */
#define FAM_MAX 64

struct fam {
	char name[128];
	char type[16];
	int help, typed, closed;
};

struct chk {
	struct fam fam[FAM_MAX];
	unsigned n;
	int cur;		/* the family of the last line, -1 none */
	/* the histogram being read */
	double last_le, last_count, inf_count;
	int have_inf;
};

static int is_name(const char *s, size_t n, int label)
{
	if (!n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		int alpha = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
			    ch == '_' || (!label && ch == ':');

		if (!alpha && !(i && ch >= '0' && ch <= '9'))
			return 0;
	}
	return 1;
}

static size_t name_len(const char *s, int label)
{
	size_t n = 0;

	while (is_name(s, n + 1, label))
		n++;
	return n;
}

/* A Go ParseFloat value, the whole of s[0..n). */
static int is_value(const char *s, size_t n, double *v)
{
	char buf[64], *end;
	size_t i = 0;

	if (!n || n >= sizeof(buf))
		return 0;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (!strcmp(buf, "+Inf") || !strcmp(buf, "Inf")) {
		*v = INFINITY;
		return 1;
	}
	if (!strcmp(buf, "-Inf")) {
		*v = -INFINITY;
		return 1;
	}
	if (!strcmp(buf, "NaN")) {
		*v = NAN;
		return 1;
	}
	/* digits, '.', exponent only: strtod alone takes hex, inf, nan */
	if (buf[i] == '+' || buf[i] == '-')
		i++;
	if (!strchr("0123456789.", buf[i]) || !buf[i])
		return 0;
	for (; buf[i]; i++)
		if (!strchr("0123456789.eE+-", buf[i]))
			return 0;
	*v = strtod(buf, &end);
	return *end == '\0';
}

static struct fam *fam_get(struct chk *k, const char *name, size_t n)
{
	for (unsigned i = 0; i < k->n; i++)
		if (strlen(k->fam[i].name) == n &&
		    !memcmp(k->fam[i].name, name, n))
			return &k->fam[i];
	if (k->n == FAM_MAX || n >= sizeof(k->fam[0].name))
		return NULL;
	memcpy(k->fam[k->n].name, name, n);
	k->fam[k->n].name[n] = '\0';
	return &k->fam[k->n++];
}

/* The family line is about: its lines must come together. */
static const char *fam_enter(struct chk *k, struct fam *f)
{
	int idx = (int)(f - k->fam);

	if (k->cur == idx)
		return NULL;
	if (k->cur >= 0 && !strcmp(k->fam[k->cur].type, "histogram") &&
	    !k->have_inf)
		return "histogram without +Inf";
	if (k->cur >= 0)
		k->fam[k->cur].closed = 1;
	if (f->closed)
		return "family's lines not together";
	k->cur = idx;
	k->have_inf = 0;
	k->last_le = -INFINITY;
	k->last_count = 0;
	return NULL;
}

static const char *chk_comment(struct chk *k, const char *s, size_t n)
{
	int help = n > 7 && !memcmp(s, "# HELP ", 7);
	int type = n > 7 && !memcmp(s, "# TYPE ", 7);
	size_t nl;
	struct fam *f;
	const char *why;

	if (!help && !type)
		return NULL;	/* any other comment */
	nl = name_len(s + 7, 0);
	if (!nl || 7 + nl >= n || s[7 + nl] != ' ')
		return "HELP/TYPE: name SP expected";
	f = fam_get(k, s + 7, nl);
	if (!f)
		return "too many families";
	why = fam_enter(k, f);
	if (why)
		return why;
	if (help) {
		if (f->help++)
			return "second HELP";
		for (size_t i = 8 + nl; i < n; i++)
			if (s[i] == '\\' &&
			    (i + 1 == n || (s[i + 1] != '\\' && s[i + 1] != 'n')))
				return "HELP: bad escape";
			else if (s[i] == '\\')
				i++;
		return NULL;
	}
	if (f->typed++)
		return "second TYPE";
	if (n - 8 - nl >= sizeof(f->type))
		return "TYPE: unknown type";
	memcpy(f->type, s + 8 + nl, n - 8 - nl);
	f->type[n - 8 - nl] = '\0';
	if (strcmp(f->type, "counter") && strcmp(f->type, "gauge") &&
	    strcmp(f->type, "histogram") && strcmp(f->type, "summary") &&
	    strcmp(f->type, "untyped"))
		return "TYPE: unknown type";
	return NULL;
}

/* Labels from s[0] == '{': their end, and le's value when there is one. */
static const char *chk_labels(const char *s, size_t n, size_t *used,
			      char *le, size_t lelen)
{
	char seen[8][64];
	unsigned ns = 0;
	size_t i = 1;

	le[0] = '\0';
	while (i < n && s[i] != '}') {
		size_t ln = name_len(s + i, 1), v0;

		if (!ln || ln >= sizeof(seen[0]))
			return "label name expected";
		for (unsigned j = 0; j < ns; j++)
			if (strlen(seen[j]) == ln && !memcmp(seen[j], s + i, ln))
				return "label twice";
		if (ns == 8)
			return "too many labels";
		memcpy(seen[ns], s + i, ln);
		seen[ns++][ln] = '\0';
		i += ln;
		if (i + 1 >= n || s[i] != '=' || s[i + 1] != '"')
			return "label: =\" expected";
		i += 2;
		v0 = i;
		while (i < n && s[i] != '"') {
			if (s[i] == '\\') {
				if (i + 1 >= n || !strchr("\\\"n", s[i + 1]))
					return "label value: bad escape";
				i++;
			}
			i++;
		}
		if (i >= n)
			return "label value: no closing quote";
		if (!strcmp(seen[ns - 1], "le") && i - v0 < lelen) {
			memcpy(le, s + v0, i - v0);
			le[i - v0] = '\0';
		}
		i++;
		if (i < n && s[i] == ',')
			i++;
		else if (i < n && s[i] != '}')
			return "label: , or } expected";
	}
	if (i >= n)
		return "labels: no }";
	*used = i + 1;
	return NULL;
}

static const char *chk_hist(struct chk *k, const char *suffix,
			    const char *le, double v)
{
	double lev;

	if (!strcmp(suffix, "_bucket")) {
		if (!le[0] || !is_value(le, strlen(le), &lev))
			return "histogram bucket without a numeric le";
		if (!(lev > k->last_le))
			return "le not ascending";
		if (v < k->last_count)
			return "bucket counts not cumulative";
		k->last_le = lev;
		k->last_count = v;
		if (isinf(lev)) {
			k->have_inf = 1;
			k->inf_count = v;
		}
		return NULL;
	}
	if (!strcmp(suffix, "_count") &&
	    (!k->have_inf || v != k->inf_count))
		return "histogram _count is not the +Inf bucket";
	if (!strcmp(suffix, "_sum") || !strcmp(suffix, "_count"))
		return NULL;
	return "histogram sample not _bucket, _sum or _count";
}

static const char *chk_sample(struct chk *k, const char *s, size_t n)
{
	static const char *const sfx[] = { "_bucket", "_sum", "_count" };
	size_t nl = name_len(s, 0), i, v0;
	char le[64] = "";
	const char *why, *suffix = "";
	struct fam *f = NULL;
	double v, ts;

	if (!nl)
		return "sample: metric name expected";
	i = nl;
	if (i < n && s[i] == '{') {
		size_t used;

		why = chk_labels(s + i, n - i, &used, le, sizeof(le));
		if (why)
			return why;
		i += used;
	}
	if (i >= n || s[i] != ' ')
		return "sample: SP value expected";
	v0 = ++i;
	while (i < n && s[i] != ' ')
		i++;
	if (!is_value(s + v0, i - v0, &v))
		return "sample: value is not a float";
	if (i < n) {
		v0 = ++i;
		while (i < n && s[i] != ' ')
			i++;
		if (i < n || !is_value(s + v0, i - v0, &ts) || ts != floor(ts))
			return "sample: timestamp is not an integer";
	}
	/* the family: the name itself, or a histogram's with a suffix */
	for (unsigned j = 0; j < k->n && !f; j++)
		if (strlen(k->fam[j].name) == nl &&
		    !memcmp(k->fam[j].name, s, nl))
			f = &k->fam[j];
	for (unsigned x = 0; x < 3 && !f; x++) {
		size_t sl = strlen(sfx[x]);

		if (nl > sl && !memcmp(s + nl - sl, sfx[x], sl)) {
			for (unsigned j = 0; j < k->n && !f; j++)
				if (strlen(k->fam[j].name) == nl - sl &&
				    !memcmp(k->fam[j].name, s, nl - sl) &&
				    !strcmp(k->fam[j].type, "histogram"))
					f = &k->fam[j], suffix = sfx[x];
		}
	}
	if (!f)
		return "sample before its TYPE";
	why = fam_enter(k, f);
	if (why)
		return why;
	if (!strcmp(f->type, "histogram"))
		return chk_hist(k, suffix, le, v);
	return NULL;
}

/* 0, or the number of the first line that breaks the grammar (why set). */
static unsigned prom_check(const char *text, const char **why)
{
	static struct chk k;
	unsigned line = 0;
	const char *p = text;

	memset(&k, 0, sizeof(k));
	k.cur = -1;
	*why = NULL;
	while (*p) {
		const char *lf = strchr(p, '\n');
		size_t n;

		line++;
		if (!lf) {
			*why = "last line without LF";
			return line;
		}
		n = (size_t)(lf - p);
		if (n && p[0] == '#')
			*why = chk_comment(&k, p, n);
		else if (n)
			*why = chk_sample(&k, p, n);
		if (*why)
			return line;
		p = lf + 1;
	}
	if (k.cur >= 0 && !strcmp(k.fam[k.cur].type, "histogram") &&
	    !k.have_inf) {
		*why = "histogram without +Inf";
		return line;
	}
	return 0;
}

/* --- the tests ---------------------------------------------------------- */

static const char *const bad_lines[] = {
	"x 1",						/* no LF */
	"1x 1\n",					/* name */
	"# TYPE x counter\nx one\n",			/* value */
	"# TYPE x counter\nx 0x10\n",			/* hex */
	"# TYPE x counter\nx{a=\"1} 1\n",		/* quote */
	"# TYPE x counter\nx{a=\"1\",a=\"2\"} 1\n",	/* label twice */
	"# TYPE x counter\nx{a=\"\\t\"} 1\n",		/* escape */
	"# TYPE x counter\nx{1a=\"1\"} 1\n",		/* label name */
	"# TYPE x counter\nx  1\n",			/* two SP */
	"# TYPE x counter\nx 1 1.5\n",			/* timestamp */
	"# TYPE x counters\nx 1\n",			/* type */
	"# TYPE x counter\n# TYPE x counter\nx 1\n",	/* TYPE twice */
	"x 1\n# TYPE x counter\n",			/* TYPE after */
	"# TYPE x counter\n# TYPE y gauge\ny 1\nx 1\n",	/* apart */
	"# HELP x a \\t b\n# TYPE x gauge\nx 1\n",	/* help escape */
	"# TYPE h histogram\nh_bucket{le=\"2\"} 1\nh_bucket{le=\"1\"} 1\n",
	"# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"2\"} 1\n",
	"# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_count 3\n",
	"# TYPE h histogram\nh_bucket 1\n",		/* no le */
	"# TYPE h histogram\nh_bucket{le=\"1\"} 1\n",	/* no +Inf */
	"# TYPE h histogram\nh_max 1\n",		/* suffix */
	"# TYPE h histogram\nh_bucket{le=\"1\"} 1\n# TYPE x gauge\nx 1\n",
};

static const char good_text[] =
	"# HELP x a \\\\ b \\n c\n# TYPE x counter\nx 1\nx{a=\"q\\\"\\\\\\n\",b=\"\",} 2 1700000000000\n"
	"# random comment\n\n"
	"# TYPE g gauge\ng -1.5e-3\ng{z=\"1\"} +Inf\ng{z=\"2\"} NaN\n"
	"# TYPE h histogram\nh_bucket{le=\"0.5\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_sum 1.5\nh_count 2\n";

static void test_checker(void)
{
	const char *why;
	unsigned line;

	line = prom_check(good_text, &why);
	is_int(line, 0, "checker: every form of the grammar passes (%s)",
	       why ? why : "ok");
	for (unsigned i = 0; i < sizeof(bad_lines) / sizeof(bad_lines[0]);
	     i++) {
		line = prom_check(bad_lines[i], &why);
		ok(line != 0, "checker refuses bad case %u (%s)", i,
		   why ? why : "passed");
	}
}

static struct metrics_view v;
static char out[METRICS_BODY_MAX];

static int has_line(const char *text, const char *line)
{
	size_t n = strlen(line);

	for (const char *p = text; (p = strstr(p, line)); p++)
		if ((p == text || p[-1] == '\n') && p[n] == '\n')
			return 1;
	return 0;
}

static void test_format(void)
{
	const char *why;
	unsigned line;
	int n;

	memset(&v, 0, sizeof(v));
	hist_init(&v.lat);
	v.drop_rx_if = v.drop_backlog = DROPS_NULL;
	n = metrics_format(&v, out, sizeof(out));
	ok(n > 0 && (size_t)n == strlen(out), "empty view formats (%d bytes)",
	   n);
	line = prom_check(out, &why);
	is_int(line, 0, "empty view: grammar (%s)", why ? why : "ok");
	ok(!strstr(out, "place=\"rx_if\"") && !strstr(out, "place=\"backlog\""),
	   "unknown drop places are left out");
	ok(has_line(out, "pktbench_latency_seconds_bucket{le=\"+Inf\"} 0") &&
		   has_line(out, "pktbench_latency_seconds_count 0"),
	   "empty histogram: +Inf 0, count 0");

	v.received = 123456;
	v.lost = 7;
	v.duplicates = 3;
	v.reordered = 2;
	v.run_id = 42;
	v.rate_mpps = 99148648;
	v.run_mpps = 1500;
	v.drop_rx_if = 11;
	v.drop_udp_rcvbuf = 5;
	v.drop_backlog = 0;
	v.runs_served = 4;
	v.runs_refused = 1;
	v.busy = 1;
	hist_add(&v.lat, 1500);	/* le 2e-06 */
	hist_add(&v.lat, 1500);
	hist_add(&v.lat, 1500);
	hist_add(&v.lat, 3000);	/* le 5e-06 */
	hist_add(&v.lat, 3000);
	hist_add(&v.lat, 999);	/* bucket top 999: le 1e-06 */
	hist_add(&v.lat, 20000000000ull);	/* over: +Inf only */
	n = metrics_format(&v, out, sizeof(out));
	line = prom_check(out, &why);
	is_int(line, 0, "full view: grammar (%s)", why ? why : "ok");
	if (line)
		diag("%s", out);
	ok(has_line(out, "pktbench_received_packets_total 123456"), "received");
	ok(has_line(out, "pktbench_lost_packets_total 7"), "lost");
	ok(has_line(out, "pktbench_duplicate_packets_total 3"), "duplicates");
	ok(has_line(out, "pktbench_reordered_packets_total 2"), "reordered");
	ok(has_line(out, "pktbench_drops_total{place=\"rx_if\"} 11") &&
		   has_line(out, "pktbench_drops_total{place=\"udp_rcvbuf\"} 5") &&
		   has_line(out, "pktbench_drops_total{place=\"backlog\"} 0"),
	   "drops by place, drops.jq's names");
	ok(has_line(out, "pktbench_rate_pps 99148.648"), "rate, 3 decimals");
	ok(has_line(out, "pktbench_run_pps 1.500"), "run pps");
	ok(has_line(out, "pktbench_run_id 42"), "run id");
	ok(has_line(out, "pktbench_runs_served_total 4") &&
		   has_line(out, "pktbench_runs_refused_total 1") &&
		   has_line(out, "pktbench_busy 1"),
	   "served, refused, busy");
	ok(has_line(out, "pktbench_latency_seconds_bucket{le=\"1e-06\"} 1"),
	   "le 1 us: the 999 ns value");
	ok(has_line(out, "pktbench_latency_seconds_bucket{le=\"2e-06\"} 4"),
	   "le 2 us: cumulative 4");
	ok(has_line(out, "pktbench_latency_seconds_bucket{le=\"5e-06\"} 6"),
	   "le 5 us: cumulative 6");
	ok(has_line(out, "pktbench_latency_seconds_bucket{le=\"10\"} 6"),
	   "le 10 s: 6, the 20 s value above it");
	ok(has_line(out, "pktbench_latency_seconds_bucket{le=\"+Inf\"} 7") &&
		   has_line(out, "pktbench_latency_seconds_count 7"),
	   "+Inf and count: all 7");
	ok(has_line(out, "pktbench_latency_seconds_sum 20.000011499"),
	   "sum in seconds");

	memset(out, 'x', sizeof(out));
	n = metrics_format(&v, out, 100);
	is_int(n, -E2BIG, "a short buffer: -E2BIG");
	ok(memchr(out, '\0', 100) && out[100] == 'x',
	   "a short buffer: NUL-terminated, nothing past it");
}

static void test_http(void)
{
	struct http_req r;
	char big[METRICS_REQ_MAX + 10];
	const char *s;

	s = "GET /metrics HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n";
	is_int(http_parse(s, strlen(s), &r), 0, "GET: complete");
	ok(r.method == HTTP_GET, "GET: method");
	is_str(r.path, "/metrics", "GET: path");
	is_u64(r.end, strlen(s), "GET: end after the blank line");
	is_int(http_parse(s, strlen(s) - 2, &r), -EAGAIN,
	       "no blank line yet: -EAGAIN");
	is_int(http_parse(s, 10, &r), -EAGAIN, "half a request line: -EAGAIN");
	s = "GET /metrics?x=1#f HTTP/1.0\n\n";
	is_int(http_parse(s, strlen(s), &r), 0, "LF alone, HTTP/1.0");
	is_str(r.path, "/metrics", "the query is not the path");
	/* fuzz_http's finding is in t_fuzzfound.c */
	s = "POST /metrics HTTP/1.1\r\n\r\n";
	is_int(http_parse(s, strlen(s), &r), 0, "POST parses");
	ok(r.method == HTTP_OTHER, "POST: not GET (405)");
	s = "GETX /metrics HTTP/1.1\r\n\r\n";
	ok(!http_parse(s, strlen(s), &r) && r.method == HTTP_OTHER,
	   "GETX is not GET");
	s = "GET /metrics HTTP/2.0\r\n\r\n";
	is_int(http_parse(s, strlen(s), &r), -EINVAL, "HTTP/2.0: -EINVAL");
	s = "GET /metrics\r\n\r\n";
	is_int(http_parse(s, strlen(s), &r), -EINVAL, "HTTP/0.9: -EINVAL");
	s = "GET  /metrics HTTP/1.1\r\n\r\n";
	is_int(http_parse(s, strlen(s), &r), -EINVAL, "two spaces: -EINVAL");
	s = "\r\n";
	is_int(http_parse(s, strlen(s), &r), -EINVAL, "empty line: -EINVAL");
	is_int(http_parse("GET /\x01 HTTP/1.1\r\n\r\n", 20, &r), -EINVAL,
	       "control byte in the target: -EINVAL");
	is_int(http_parse("GET / HTTP/1.1\r\nA: \0\r\n\r\n", 23, &r), -EINVAL,
	       "NUL in a header: -EINVAL");
	memset(big, 'a', sizeof(big));
	memcpy(big, "GET /", 5);
	is_int(http_parse(big, sizeof(big), &r), -E2BIG,
	       "no end in METRICS_REQ_MAX: -E2BIG");
	memcpy(big + 5 + 300, " HTTP/1.1\r\n\r\n", 13);
	is_int(http_parse(big, 5 + 300 + 13, &r), -E2BIG,
	       "a 301-byte path: -E2BIG");
	memset(big, 'a', sizeof(big));
	memcpy(big, "GET / HTTP/1.1\r\n", 16);
	is_int(http_parse(big, sizeof(big), &r), -E2BIG,
	       "headers past METRICS_REQ_MAX: -E2BIG");
}

static void test_addr(void)
{
	char err[256];
	uint32_t ip;
	uint16_t port;

	is_int(metrics_addr_parse("127.0.0.1:9102", &ip, &port, err,
				  sizeof(err)),
	       0, "127.0.0.1:9102");
	ok(ip == htonl(0x7f000001) && port == 9102, "address and port");
	is_int(metrics_addr_parse("0.0.0.0:65535", &ip, &port, err,
				  sizeof(err)),
	       0, "0.0.0.0:65535");
	is_int(metrics_addr_parse("9102", &ip, &port, err, sizeof(err)),
	       -EINVAL, "a port alone: -EINVAL");
	has_str(err, "--metrics '9102': accepted ADDR:PORT", "names the flag");
	is_int(metrics_addr_parse("127.0.0.1:0", &ip, &port, err, sizeof(err)),
	       -EINVAL, "port 0: -EINVAL");
	is_int(metrics_addr_parse("127.0.0.1:65536", &ip, &port, err,
				  sizeof(err)),
	       -EINVAL, "port 65536: -EINVAL");
	is_int(metrics_addr_parse("localhost:9102", &ip, &port, err,
				  sizeof(err)),
	       -EINVAL, "a name: -EINVAL (no lookup)");
	is_int(metrics_addr_parse("127.0.0.1:", &ip, &port, err, sizeof(err)),
	       -EINVAL, "no port: -EINVAL");
}

static void test_check(void)
{
	char err[256];
	struct cfg c;

	/* without --server: cfg_validate's (OPT_CTL, t_units) */
	cfg_defaults(&c, ROLE_RECV);
	c.server = 1;
	is_int(metrics_check(&c, err, sizeof(err)), 0, "check: no --metrics");
	snprintf(c.metrics, sizeof(c.metrics), "0.0.0.0:9102");
	is_int(metrics_check(&c, err, sizeof(err)), 0,
	       "check: --server --metrics 0.0.0.0:9102");
	snprintf(c.metrics, sizeof(c.metrics), "0.0.0.0:%u", c.control_port);
	is_int(metrics_check(&c, err, sizeof(err)), -EINVAL,
	       "check: the control port: -EINVAL");
	has_str(err, "the port of --control-port", "check: names the clash");
	c.ctl_bind = htonl(0x0a000001);
	snprintf(c.metrics, sizeof(c.metrics), "10.0.0.2:%u", c.control_port);
	is_int(metrics_check(&c, err, sizeof(err)), 0,
	       "check: the control port's number on another address");
}

static int check_file(const char *path)
{
	static char text[1 << 16];
	const char *why;
	unsigned line;
	size_t n;
	FILE *f = fopen(path, "r");

	if (!f) {
		perror(path);
		return 2;
	}
	n = fread(text, 1, sizeof(text) - 1, f);
	fclose(f);
	text[n] = '\0';
	if (strlen(text) != n) {
		printf("%s: a NUL byte\n", path);
		return 1;
	}
	line = prom_check(text, &why);
	if (line) {
		printf("%s:%u: %s\n", path, line, why);
		return 1;
	}
	printf("%s: ok\n", path);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 2)
		return check_file(argv[1]);
	test_checker();
	test_format();
	test_http();
	test_addr();
	test_check();
	return done_testing();
}
