// SPDX-License-Identifier: MIT
/* JSON, CSV and text from one field table, into memory streams. */
#include <arpa/inet.h>
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "be/backend.h"
#include "core/cfg.h"
#include "core/emit.h"
#include "core/run.h"
#include "tap.h"

struct my_stats {
	uint64_t packets;
	double rate;
	char name[32];
	uint64_t big;
};

#define S(f) offsetof(struct my_stats, f)
static const struct field my_fields[] = {
	{ "packets", FIELD_U64, S(packets), "packets", "packets seen" },
	{ "rate", FIELD_F64, S(rate), "packet/s", "packets per second" },
	{ "name", FIELD_STR, S(name), "", "a name" },
	{ "big", FIELD_U64, S(big), NULL, "the largest number" },
	FIELD_END,
};
#undef S

#define O(f) offsetof(struct cfg, f)
static const struct opt my_opts[] = {
	{ "mode", 'm', OPT_MODE, O(be), UNITS_PLAIN, 0, 0, "MODE", "mode", 0 },
	{ "dst", 'd', OPT_IP4, O(dst_ip), UNITS_PLAIN, 0, 0, "IP", "dst", 0 },
	{ "port", 'p', OPT_U16, O(dport), UNITS_PLAIN, 1, 65535, "PORT",
	  "port", 0 },
	{ "size", 's', OPT_U64, O(size), UNITS_BYTES, 32, 65507, "BYTES",
	  "size", 0 },
	{ "rate", 'r', OPT_RATE, O(rate), UNITS_PLAIN, 0, 0, "RATE", "rate",
	  0 },
	{ "duration", 't', OPT_U64, O(duration_ns), UNITS_NSEC, 1000000,
	  86400ull * 1000000000, "TIME", "duration", 0 },
	{ "vlan", 'v', OPT_U64, O(vlan), UNITS_PLAIN, 0, 4094, "ID", "vlan",
	  0 },
	{ "dst-mac", 'M', OPT_MAC, O(dst_mac), UNITS_PLAIN, 0, 0, "MAC",
	  "mac", 0 },
	{ "quiet", 'q', OPT_FLAG, O(quiet), UNITS_PLAIN, 0, 0, NULL, "quiet",
	  0 },
	{ "output", 'o', OPT_PATH, O(output), UNITS_PLAIN, 0, 0, "FILE",
	  "output", 0 },
	{ "test-skip", 260, OPT_U64, O(test_skip), UNITS_PLAIN, 1, 1ull << 48,
	  "N", "hidden", 1 },
	{ "format", 'f', OPT_FORMAT, O(format), UNITS_PLAIN, 0, 0, "FMT",
	  "format", 0 },
	OPT_END,
};
#undef O

static const struct run_meta meta = {
	.program = "pktsend",
	.type = "result",
	.kernel = "6.1.0-test",
	.version = "0.1.0",
};

enum how { HOW_JSON, HOW_CSV, HOW_CSV_NOHDR, HOW_TEXT };

/* The record's output as a string; the caller frees it. */
static char *capture(const struct record *r, enum how how, int *ret)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	if (!fp)
		return NULL;
	switch (how) {
	case HOW_JSON:
		*ret = emit_json(fp, r);
		break;
	case HOW_CSV:
		*ret = emit_csv(fp, r, 1);
		break;
	case HOW_CSV_NOHDR:
		*ret = emit_csv(fp, r, 0);
		break;
	case HOW_TEXT:
		*ret = emit_text(fp, r);
		break;
	}
	fclose(fp);
	return buf;
}

#define MAX_KEYS 64

struct keys {
	unsigned n;
	char name[MAX_KEYS][128];
};

/*
 * A small checker for the JSON we write: objects, strings, numbers,
 * null and flat arrays of whole numbers (histograms), no spaces.  Collects the leaf keys as "config.x" / "stats.y".
 * Returns 0 if it is exactly one well-formed object.
 */
static int json_keys(const char *s, struct keys *k)
{
	char prefix[4][64] = { "" }, str[48];
	int depth = 0, want_key = 0;

	k->n = 0;
	if (*s != '{')
		return -1;
	for (;;) {
		if (*s == '{') {
			if (depth == 3)
				return -1;
			depth++;
			want_key = 1;
			s++;
			if (*s == '}')
				continue;
		}
		if (*s == '}') {
			if (!depth)
				return -1;
			depth--;
			s++;
			if (!depth)
				return *s == '\0' ? 0 : -1;
			want_key = 0;
			continue;
		}
		if (*s == ',') {
			if (want_key)
				return -1;
			want_key = 1;
			s++;
			continue;
		}
		if (!want_key)
			return -1;
		/* "key": */
		if (*s++ != '"')
			return -1;
		{
			size_t n = 0;

			for (; *s && *s != '"'; s++) {
				if (*s == '\\')
					s++;
				if (!*s || n + 1 >= sizeof(str))
					return -1;
				str[n++] = *s;
			}
			str[n] = '\0';
		}
		if (*s++ != '"' || *s++ != ':')
			return -1;
		want_key = 0;
		if (*s == '{') {
			snprintf(prefix[depth], sizeof(prefix[0]), "%s.", str);
			continue;
		}
		if (k->n == MAX_KEYS)
			return -1;
		snprintf(k->name[k->n++], sizeof(k->name[0]), "%s%s",
			 depth > 1 ? prefix[depth - 1] : "", str);
		/* the value */
		if (*s == '"') {
			for (s++; *s && *s != '"'; s++) {
				if ((unsigned char)*s < 0x20)
					return -1;
				if (*s == '\\') {
					s++;
					if (!strchr("\"\\u", *s))
						return -1;
				}
			}
			if (*s++ != '"')
				return -1;
		} else if (!strncmp(s, "null", 4)) {
			s += 4;
		} else if (*s == '[') {
			for (s++; *s != ']';) {
				const char *v = s;

				s += strspn(s, "0123456789");
				if (s == v)
					return -1;
				if (*s == ',' && s[1] != ']')
					s++;
				else if (*s != ']')
					return -1;
			}
			s++;
		} else {
			const char *v = s;

			s += strspn(s, "-0123456789.");
			if (s == v)
				return -1;
		}
	}
}

/* Splits one CSV line (RFC 4180 quoting) into cells; returns the count. */
static unsigned csv_split(const char *line, char cells[][128], unsigned max)
{
	unsigned n = 0;

	for (;;) {
		size_t len = 0;
		char *c = cells[n];

		if (*line == '"') {
			for (line++; *line; line++) {
				if (*line == '"' && line[1] == '"')
					line++;
				else if (*line == '"')
					break;
				if (len < 127)
					c[len++] = *line;
			}
			if (*line == '"')
				line++;
		} else {
			for (; *line && *line != ',' && *line != '\n'; line++)
				if (len < 127)
					c[len++] = *line;
		}
		c[len] = '\0';
		if (++n == max || *line != ',')
			return n;
		line++;
	}
}

static void fill(struct cfg *c, struct my_stats *st)
{
	cfg_defaults(c, ROLE_SEND);
	c->dst_ip = htonl(0x0a000002);
	c->size = 1024;
	c->rate = (struct rate){ RATE_BPS, 500000000 };
	c->duration_ns = 2500000000ull;
	c->quiet = 1;
	c->test_skip = 77;
	snprintf(c->output, sizeof(c->output), "/tmp/a,b\"c.json");
	memset(st, 0, sizeof(*st));
	st->packets = 12345;
	st->rate = 1234.5;
	snprintf(st->name, sizeof(st->name), "a\"b\\c\x01" "d,e");
	st->big = UINT64_MAX;
}

static void test_json(void)
{
	static const char want[] =
		"{\"schema_version\":1,\"type\":\"result\","
		"\"program\":\"pktsend\",\"version\":\"0.1.0\","
		"\"kernel\":\"6.1.0-test\",\"config\":{"
		"\"mode\":\"udp\",\"dst\":\"10.0.0.2\",\"port\":9000,"
		"\"size\":1024,\"rate\":\"500000000bit/s\","
		"\"duration_ns\":2500000000,"
		"\"quiet\":1,\"output\":\"/tmp/a,b\\\"c.json\","
		"\"format\":\"json\"},\"stats\":{\"packets\":12345,"
		"\"rate\":1234.500,\"name\":\"a\\\"b\\\\c\\u0001d,e\","
		"\"big\":18446744073709551615}}\n";
	struct cfg c;
	struct my_stats st;
	struct record r = { &meta, &c, my_opts, my_fields, &st };
	struct keys k;
	char *out;
	int ret;

	fill(&c, &st);
	out = capture(&r, HOW_JSON, &ret);
	is_int(ret, 0, "emit_json returns 0");
	is_str(out, want, "JSON exactly as expected");
	ok(strchr(out, '\n') == out + strlen(out) - 1, "JSON is one line");
	out[strlen(out) - 1] = '\0';
	is_int(json_keys(out, &k), 0, "JSON is one well-formed object");
	ok(!strstr(out, "test-skip"), "hidden options are not reported");
	free(out);

	/* an interval record: no config, odd doubles */
	st.rate = NAN;
	r.opts = NULL;
	out = capture(&r, HOW_JSON, &ret);
	ok(!strstr(out, "config"), "no opts: no config section");
	has_str(out, "\"kernel\":\"6.1.0-test\",\"stats\":{",
		"no opts: stats follow the kernel");
	has_str(out, "\"rate\":0.000,", "NaN is written as 0.000");
	free(out);
	st.rate = -INFINITY;
	out = capture(&r, HOW_JSON, &ret);
	has_str(out, "\"rate\":0.000,", "-inf is written as 0.000");
	free(out);
	st.rate = 0.0005;
	out = capture(&r, HOW_JSON, &ret);
	has_str(out, "\"rate\":0.001,", "0.0005 rounds to 0.001");
	free(out);
}

static void test_json_cfg_values(void)
{
	struct cfg c;
	struct my_stats st;
	struct record r = { &meta, &c, my_opts, my_fields, &st };
	char *out;
	int ret;

	fill(&c, &st);
	c.be = &be_mmap;
	c.vlan = 100;
	c.have_dst_mac = 1;
	memcpy(c.dst_mac, (uint8_t[6]){ 0, 0x11, 0x22, 0xaa, 0xbb, 0xcc }, 6);
	c.rate = (struct rate){ RATE_PPS, 2000000 };
	c.format = OUT_CSV;
	c.quiet = 0;
	out = capture(&r, HOW_JSON, &ret);
	has_str(out, "\"mode\":\"mmap\",", "mode mmap");
	has_str(out, "\"vlan\":100,", "vlan 100 is a number");
	has_str(out, "\"dst_mac\":\"00:11:22:aa:bb:cc\",", "MAC lower case");
	has_str(out, "\"rate\":\"2000000pps\",", "rate in pps");
	has_str(out, "\"format\":\"csv\"}", "format csv");
	has_str(out, "\"quiet\":0,", "flag off is 0");
	free(out);
	c.rate = (struct rate){ RATE_UNLIMITED, 0 };
	out = capture(&r, HOW_JSON, &ret);
	has_str(out, "\"rate\":\"unlimited\",", "rate unlimited");
	free(out);
}

static void test_csv(void)
{
	static char head[MAX_KEYS][128], row[MAX_KEYS][128];
	struct cfg c;
	struct my_stats st;
	struct record r = { &meta, &c, my_opts, my_fields, &st };
	struct keys k;
	char *json, *csv, *nl, *bare;
	unsigned nh, nr, same = 1;
	int ret;

	fill(&c, &st);
	json = capture(&r, HOW_JSON, &ret);
	json[strlen(json) - 1] = '\0';
	json_keys(json, &k);
	csv = capture(&r, HOW_CSV, &ret);
	is_int(ret, 0, "emit_csv returns 0");
	nl = strchr(csv, '\n');
	ok(nl && strchr(nl + 1, '\n') == csv + strlen(csv) - 1,
	   "CSV is a header line and one row");
	nh = csv_split(csv, head, MAX_KEYS);
	nr = nl ? csv_split(nl + 1, row, MAX_KEYS) : 0;
	is_u64(nh, k.n, "CSV header has as many cells as JSON has values");
	is_u64(nr, nh, "CSV row has as many cells as the header");
	for (unsigned i = 0; i < nh && i < k.n; i++) {
		if (strcmp(head[i], k.name[i])) {
			diag("cell %u: '%s' vs JSON '%s'", i, head[i],
			     k.name[i]);
			same = 0;
		}
	}
	ok(same, "CSV header names are the JSON keys, in order");
	is_str(head[5], "config.mode", "first config column");
	is_str(head[10], "config.duration_ns", "durations say _ns");
	is_str(head[nh - 1], "stats.big", "last stats column");
	is_str(row[0], "1", "row: schema_version");
	is_str(row[12], "/tmp/a,b\"c.json", "row: path with comma, unquoted");
	is_str(row[nr - 2], "a\"b\\c\x01" "d,e", "row: name, unquoted");
	is_str(row[nr - 1], "18446744073709551615", "row: big");
	has_str(csv, ",\"/tmp/a,b\"\"c.json\",",
		"a value with a comma is quoted, quotes doubled");
	has_str(csv, ",\"a\"\"b\\c\x01" "d,e\",", "stats string quoted");

	bare = capture(&r, HOW_CSV_NOHDR, &ret);
	is_str(bare, nl + 1, "header 0: the row alone");
	free(bare);
	free(csv);
	free(json);

	r.opts = NULL;
	csv = capture(&r, HOW_CSV, &ret);
	is_str(csv,
	       "schema_version,type,program,version,kernel,stats.packets,"
	       "stats.rate,stats.name,stats.big\n"
	       "1,result,pktsend,0.1.0,6.1.0-test,12345,1234.500,"
	       "\"a\"\"b\\c\x01" "d,e\",18446744073709551615\n",
	       "CSV without config, exactly");
	free(csv);
}

static void test_text(void)
{
	struct cfg c;
	struct my_stats st;
	struct record r = { &meta, &c, my_opts, my_fields, &st };
	char *out;
	int ret;

	fill(&c, &st);
	out = capture(&r, HOW_TEXT, &ret);
	is_int(ret, 0, "emit_text returns 0");
	is_str(out,
	       "pktsend 0.1.0 (result) on Linux 6.1.0-test\n"
	       " config:\n"
	       "  mode             udp\n"
	       "  dst              10.0.0.2\n"
	       "  port             9000\n"
	       "  size             1024\n"
	       "  rate             500000000bit/s\n"
	       "  duration_ns      2500000000\n"
	       "  quiet            1\n"
	       "  output           /tmp/a,b\"c.json\n"
	       "  format           json\n"
	       " stats:\n"
	       "  packets          12345 packets\n"
	       "  rate             1234.500 packet/s\n"
	       "  name             a\"b\\c\x01" "d,e\n"
	       "  big              18446744073709551615\n",
	       "text exactly as expected");
	free(out);
}

static void test_dispatch(void)
{
	struct cfg c;
	struct my_stats st;
	struct record r = { &meta, &c, my_opts, my_fields, &st };
	static const enum how how[] = { HOW_JSON, HOW_CSV, HOW_TEXT };
	char *a, *b;
	size_t len;
	int ret;

	fill(&c, &st);
	for (unsigned f = OUT_JSON; f <= OUT_TEXT; f++) {
		FILE *fp = open_memstream(&b, &len);

		ret = emit_record(fp, (enum out_format)f, &r, 1);
		fclose(fp);
		a = capture(&r, how[f], &ret);
		is_str(b, a, "emit_record(%u) is the same as its emitter", f);
		free(a);
		free(b);
	}
	{
		FILE *fp = open_memstream(&b, &len);

		is_int(emit_record(fp, (enum out_format)(OUT_JSONL + 1), &r, 1), -EINVAL,
		       "emit_record: unknown format -EINVAL");
		fclose(fp);
		free(b);
	}
}

static void test_meta(void)
{
	struct run_meta m;

	run_meta_init(&m, "pktrecv", "interval");
	is_str(m.program, "pktrecv", "run_meta_init: program");
	is_str(m.type, "interval", "run_meta_init: type");
	is_str(m.version, PKT_VERSION_STR, "run_meta_init: version");
	ok(m.kernel[0] != '\0', "run_meta_init: kernel '%s'", m.kernel);
}

/* Every result field: a sane table, and once in the JSON of zeroes. */
static void test_result_table(const char *name, const struct field *fields,
			      const void *zero, size_t size)
{
	struct record r = { &meta, NULL, NULL, fields, zero };
	unsigned nf = 0, bad = 0, dup = 0, once = 0;
	struct keys k;
	char *out, key[80];
	int ret;

	for (const struct field *f = fields; f->name; f++, nf++) {
		size_t need = f->type == FIELD_STR ? 1 : 8;

		if (f->off + need > size || !f->help || !*f->help || !f->unit)
			bad++;
		for (const struct field *g = fields; g != f; g++)
			if (!strcmp(f->name, g->name))
				dup++;
	}
	is_u64(bad, 0, "%s: every field inside the struct, with help", name);
	is_u64(dup, 0, "%s: names unique", name);

	out = capture(&r, HOW_JSON, &ret);
	for (const struct field *f = fields; f->name; f++) {
		const char *p = out;
		unsigned n = 0;

		snprintf(key, sizeof(key), "\"%s\":", f->name);
		while ((p = strstr(p, key))) {
			n++;
			p++;
		}
		if (n == 1)
			once++;
		else
			diag("%s: %s appears %u times", name, f->name, n);
	}
	is_u64(once, nf, "%s: all %u fields appear exactly once", name, nf);
	out[strlen(out) - 1] = '\0';
	is_int(json_keys(out, &k), 0, "%s: well-formed JSON", name);
	is_u64(k.n, 5 + nf, "%s: 5 meta keys + %u stats", name, nf);
	has_str(out, "\"stats\":{\"", "%s: stats object", name);
	free(out);
}

/* A histogram field: its non-empty buckets as [le,n,...], "le:n ...". */
struct hist_stats {
	uint64_t n;
	struct hist h;
};

static void test_hist_field(void)
{
	static struct hist_stats st;
	static const struct field hf[] = {
		{ "n", FIELD_U64, offsetof(struct hist_stats, n), "", "n" },
		{ "lat", FIELD_HIST, offsetof(struct hist_stats, h), "ns",
		  "hist" },
		FIELD_END,
	};
	struct record r = { &meta, NULL, NULL, hf, &st };
	struct keys k;
	char *out;
	int ret;

	st.n = 3;
	hist_init(&st.h);
	out = capture(&r, HOW_JSON, &ret);
	has_str(out, "\"lat\":[]}}", "empty histogram: []");
	free(out);
	hist_add(&st.h, 1000);
	hist_add(&st.h, 1001);
	hist_add(&st.h, 50000);
	hist_add(&st.h, HIST_MAX_NS + 1);	/* over: in no bucket */
	out = capture(&r, HOW_JSON, &ret);
	is_int(ret, 0, "histogram: emit_json returns 0");
	has_str(out, "\"lat\":[1007,2,50175,1]}}",
		"histogram: JSON [le,n,...] of the non-empty buckets");
	out[strlen(out) - 1] = '\0';
	is_int(json_keys(out, &k), 0, "histogram: well-formed JSON");
	free(out);
	out = capture(&r, HOW_CSV, &ret);
	has_str(out, "stats.n,stats.lat\n", "histogram: CSV header");
	has_str(out, ",3,1007:2 50175:1\n", "histogram: CSV cell le:n le:n");
	free(out);
	out = capture(&r, HOW_TEXT, &ret);
	has_str(out, "  lat              1007:2 50175:1 ns\n",
		"histogram: text line");
	free(out);
}

/* A FIELD_U64_NULL field without a value: null, empty cell, "null". */
static void test_null(void)
{
	struct nstats {
		uint64_t lat, n;
	} st = { FIELD_NULL, 7 };
	static const struct field nf[] = {
		{ "lat", FIELD_U64_NULL, offsetof(struct nstats, lat), "ns",
		  "latency" },
		{ "n", FIELD_U64, offsetof(struct nstats, n), "", "count" },
		FIELD_END,
	};
	struct record r = { &meta, NULL, NULL, nf, &st };
	char *out;
	int ret;

	out = capture(&r, HOW_JSON, &ret);
	has_str(out, "\"stats\":{\"lat\":null,\"n\":7}", "null: JSON null");
	free(out);
	out = capture(&r, HOW_CSV, &ret);
	has_str(out, ",stats.lat,stats.n\n", "null: CSV header");
	has_str(out, ",,7\n", "null: CSV empty cell");
	free(out);
	out = capture(&r, HOW_TEXT, &ret);
	has_str(out, "  lat              null\n", "null: text, no unit");
	free(out);
	st.lat = 0;
	out = capture(&r, HOW_JSON, &ret);
	has_str(out, "\"lat\":0,", "null field with a value 0: 0");
	free(out);
	st.lat = FIELD_NULL - 1;
	out = capture(&r, HOW_JSON, &ret);
	has_str(out, "\"lat\":18446744073709551614,", "2^64-2 is a value");
	free(out);
}

int main(void)
{
	static const struct tx_result tx;

	test_null();
	static const struct rx_result rx;

	test_json();
	test_json_cfg_values();
	test_csv();
	test_text();
	test_dispatch();
	test_meta();
	test_hist_field();
	test_result_table("tx_result_fields", tx_result_fields, &tx,
			  sizeof(tx));
	test_result_table("rx_result_fields", rx_result_fields, &rx,
			  sizeof(rx));
	return done_testing();
}
