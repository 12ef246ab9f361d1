// SPDX-License-Identifier: MIT
/*
 * The control channel's message layer: the flat JSON reader (with a
 * byte-flip and truncation fuzz), the builder, the record validator, the
 * token comparison, line reads over a socket pair, and cfg_set, through
 * which the server applies a client's values.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "be/backend.h"
#include "core/cfg.h"
#include "core/ctl.h"
#include "core/run.h"
#include "tap.h"

static struct ctl_msg m;

static int parse(const char *s)
{
	return ctl_msg_parse(&m, s, strlen(s));
}

static void test_good(void)
{
	uint64_t v = 0;

	is_int(parse("{\"pktbench\":1,\"type\":\"run\",\"port\":9000,\"mode\":\"mmsg\"}"),
	       0, "a run message parses");
	is_u64(m.n, 4, "it has 4 keys");
	is_str(ctl_msg_get(&m, "mode"), "mmsg", "mode is mmsg");
	is_int(ctl_msg_u64(&m, "port", 65535, &v), 0, "port is a number");
	is_u64(v, 9000, "port is 9000");
	is_int(ctl_msg_u64(&m, "mode", 65535, &v), -EINVAL,
	       "a string is not a number");
	is_int(ctl_msg_u64(&m, "count", 65535, &v), -ENOENT,
	       "a missing key is -ENOENT");
	is_int(ctl_msg_u64(&m, "port", 8999, &v), -EINVAL,
	       "a number above the caller's bound is refused");
	is_int(parse("{}"), 0, "the empty object parses");
	is_u64(m.n, 0, "with no keys");
	is_int(parse(" \t{ \"a\" : \"x\" , \"b\":0 }\t "), 0,
	       "blanks between tokens are fine");
	is_str(ctl_msg_get(&m, "a"), "x", "value a is x");
	is_int(parse("{\"s\":\"q\\\"b\\\\s\\/n\\nt\\tu\\u0041\\u007e\"}"), 0,
	       "escapes decode");
	is_str(ctl_msg_get(&m, "s"), "q\"b\\s/n\nt\tuA~", "to the bytes");
	is_int(parse("{\"n\":18446744073709551615}"), 0,
	       "2^64-1 is a number");
	is_int(ctl_msg_u64(&m, "n", UINT64_MAX, &v), 0, "that fits u64");
	is_u64(v, UINT64_MAX, "and reads back");
	is_int(parse("{\"n\":18446744073709551616}"), 0,
	       "2^64 is 20 digits: parses as text");
	is_int(ctl_msg_u64(&m, "n", UINT64_MAX, &v), -EINVAL,
	       "but is not a u64");
}

static void test_bad(void)
{
	static const char *const bad[] = {
		"", "{", "}", "[]", "{\"a\":1", "{\"a\":1}}", "{\"a\":1} x",
		"{\"a\"}", "{\"a\":}", "{a:1}", "{\"a\":1,}", "{,\"a\":1}",
		"{\"a\":-1}", "{\"a\":01}", "{\"a\":1.5}", "{\"a\":1e3}",
		"{\"a\":true}", "{\"a\":null}", "{\"a\":{}}", "{\"a\":[1]}",
		"{\"A\":1}", "{\"a b\":1}", "{\"\":1}", "{\"a\":1,\"a\":2}",
		"{\"a\":\"\\x\"}", "{\"a\":\"\\u0000\"}", "{\"a\":\"\\u0080\"}",
		"{\"a\":\"\\u007f\"}",
		"{\"a\":\"\\u00e9\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\ug000\"}",
		"{\"a\":\"tab\there\"}", "{\"a\":\"\xc3\xa9\"}",
		"{\"a\":\"x}", "{\"a\":123456789012345678901}",
		"{\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\":1}", "{\"a\":1}\r",
		NULL,
	};
	char many[1024];
	size_t n = 1;

	for (unsigned i = 0; bad[i]; i++)
		ok(parse(bad[i]) < 0, "refused: '%s'", bad[i]);
	many[0] = '{';
	for (unsigned i = 0; i <= CTL_KEYS_MAX; i++)
		n += (size_t)snprintf(many + n, sizeof(many) - n, "%s\"k%u\":1",
				      i ? "," : "", i);
	snprintf(many + n, sizeof(many) - n, "}");
	is_int(parse(many), -E2BIG, "%d keys are one too many",
	       CTL_KEYS_MAX + 1);
}

static void test_long(void)
{
	static char big[CTL_MSG_MAX + 16];
	size_t n;

	n = (size_t)snprintf(big, sizeof(big), "{\"a\":\"");
	memset(big + n, 'x', CTL_MSG_MAX - n - 3);
	n = CTL_MSG_MAX - 3;
	memcpy(big + n, "\"}", 3);
	is_int(ctl_msg_parse(&m, big, strlen(big)), 0,
	       "a message of CTL_MSG_MAX-1 bytes parses");
	memmove(big + 7, big + 6, strlen(big + 6) + 1);
	big[6] = 'y';
	is_int(ctl_msg_parse(&m, big, strlen(big)), -E2BIG,
	       "one byte more is -E2BIG");
}

static void test_builder(void)
{
	static const char nasty[] = "q\"uo\\te\n\x01 \x7f end";
	struct ctl_out o;
	uint64_t v;

	ctl_out_init(&o, "run");
	ctl_out_str(&o, "s", nasty);
	ctl_out_u64(&o, "n", UINT64_MAX);
	is_int(ctl_out_end(&o), 0, "a message builds");
	ok(o.len && o.buf[o.len - 1] == '\n' &&
		   !memchr(o.buf, '\n', o.len - 1),
	   "one line, ending in its only newline");
	is_int(ctl_msg_parse(&m, o.buf, o.len - 1), 0, "the reader takes it");
	is_str(ctl_msg_get(&m, "s"), "q\"uo\\te\n\x01 ? end",
	       "a string round-trips (DEL becomes ?)");
	is_int(ctl_msg_u64(&m, "n", UINT64_MAX, &v), 0, "n reads");
	is_u64(v, UINT64_MAX, "n round-trips");
	is_int(ctl_msg_expect(&m, "run", o.buf, sizeof(o.buf)), 0,
	       "version and type check");
	is_int(ctl_msg_expect(&m, "done", o.buf, sizeof(o.buf)), -EPROTO,
	       "the wrong type is -EPROTO");
	has_str(o.buf, "expected a 'done' message, got 'run'",
		"and says which");
	parse("{\"pktbench\":3,\"type\":\"run\"}");
	is_int(ctl_msg_expect(&m, "run", o.buf, sizeof(o.buf)), -EPROTO,
	       "version 3 is -EPROTO");
	has_str(o.buf, "protocol version 3; this side speaks 1..2",
		"and names both versions");

	ctl_out_init(&o, "result");
	for (unsigned i = 0; i < CTL_MSG_MAX / 8; i++)
		ctl_out_str(&o, "k", "0123456789");
	is_int(ctl_out_end(&o), -E2BIG, "an overfull message is -E2BIG");
	ok(o.len <= CTL_MSG_MAX, "without writing past its buffer");
}

/* A real receiver record, as the server embeds it. */
static void test_record(void)
{
	static char buf[CTL_MSG_MAX];
	struct rx_result r = { .received = 10 };
	struct run_meta meta;
	struct record rec;
	struct ctl_out o;
	struct cfg c;
	FILE *mf;

	cfg_defaults(&c, ROLE_RECV);
	run_meta_init(&meta, "pktrecv", "result");
	snprintf(r.stop_reason, sizeof(r.stop_reason), "count");
	rec = (struct record){ &meta, &c, pktrecv_opts, rx_result_fields, &r };
	mf = fmemopen(buf, sizeof(buf), "w");
	emit_json(mf, &rec);
	fputc('\0', mf);
	fclose(mf);
	buf[strcspn(buf, "\n")] = '\0';
	is_int(ctl_json_check(buf, strlen(buf)), 0,
	       "a receiver record is valid JSON (%zu bytes)", strlen(buf));
	ok(!strstr(buf, "token") && !strstr(buf, "max_duration"),
	   "control-plane options are not in the record");
	ctl_out_init(&o, "result");
	ctl_out_str(&o, "record", buf);
	is_int(ctl_out_end(&o), 0, "it fits a result message (%zu bytes)",
	       o.len);
	is_int(ctl_msg_parse(&m, o.buf, o.len - 1), 0, "which parses");
	is_str(ctl_msg_get(&m, "record"), buf, "back to the same record");

	static const char *const bad[] = {
		"", "[]", "{} {}", "{\"a\":}", "{\"a\":[1,]}", "{\"a\":01}",
		"{\"a\":1.}", "{\"a\":-}", "{\"a\":tru}", "{\"a\":\"\x01\"}",
		"{\"a\":{\"b\":{\"c\":{\"d\":1}}}}", "\"str\"", NULL,
	};
	for (unsigned i = 0; bad[i]; i++)
		is_int(ctl_json_check(bad[i], strlen(bad[i])), -EINVAL,
		       "not a record: '%s'", bad[i]);
	{
		const char *deep = "{\"a\":{\"b\":[1,-2.5e3,0.0,null,true,false,\"s\"]}}";

		is_int(ctl_json_check(deep, strlen(deep)), 0,
		       "three levels with every kind of value");
	}
}

/* Issue 18 items 5, 6: peer text reaches a terminal or log escaped. */
static void test_escape(void)
{
	char out[CTL_ESC_MAX], big[2000];
	size_t n;

	n = ctl_escape(out, sizeof(out), "ok \\ x");
	is_str(out, "ok \\\\ x", "printable text stays, a backslash doubles");
	is_u64(n, strlen(out), "the length returned is the length written");
	ctl_escape(out, sizeof(out), "a\nb\rc\td\x1b[31me\x07\x7f\xff");
	is_str(out, "a\\nb\\rc\\td\\x1b[31me\\x07\\x7f\\xff",
	       "control characters, DEL and high bytes are escaped");
	ctl_escape(out, sizeof(out), "x\npktsend: forged");
	ok(!strchr(out, '\n'), "a forged second line stays on the first");
	memset(big, 'A', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	n = ctl_escape(out, sizeof(out), big);
	is_u64(n, sizeof(out) - 1, "a long text is cut to the buffer");
	is_str(out + n - 3, "...", "and the cut is marked");
	memset(big, '\x1b', sizeof(big) - 1);
	n = ctl_escape(out, 12, big);
	is_str(out, "\\x1b\\x1b...", "no escape is cut in half");
	ctl_escape(out, 4, "abcdef");
	is_str(out, "...", "the smallest buffer holds the mark");
	ctl_escape(out, 4, "abc");
	is_str(out, "abc", "what fits exactly is not cut");
}

/* Issue 18 item 7: only the documented exit codes. */
static void test_verdict(void)
{
	static const uint64_t in[] = { 0, 1, 2, 3, 4, 5, 137, 255, 256,
				       UINT64_MAX };
	static const int want[] = { 0, 1, 2, 1, 4, 1, 1, 1, 1, 1 };

	for (unsigned i = 0; i < sizeof(in) / sizeof(in[0]); i++)
		is_int(ctl_verdict(in[i]), want[i], "server code %llu -> %d",
		       (unsigned long long)in[i], want[i]);
}

/* Issue 18 item 3: failures back off, doubling, capped, then forgiven. */
static void test_gate(void)
{
	struct ctl_gate g = { 0 };
	uint64_t t = 1000;

	for (int i = 0; i < 3; i++) {
		ctl_gate_fail(&g, t, 3, 1000, 8000);
		is_u64(ctl_gate_left(&g, t), 0, "free failure %d blocks nothing",
		       i + 1);
	}
	ctl_gate_fail(&g, t, 3, 1000, 8000);
	is_u64(ctl_gate_left(&g, t), 1000, "the 4th blocks 1 s");
	is_u64(ctl_gate_left(&g, t + 999), 1, "1 ms before its end");
	is_u64(ctl_gate_left(&g, t + 1000), 0, "and not after");
	t += 1000;
	ctl_gate_fail(&g, t, 3, 1000, 8000);
	is_u64(ctl_gate_left(&g, t), 2000, "the 5th blocks 2 s");
	t += 2000;
	ctl_gate_fail(&g, t, 3, 1000, 8000);
	is_u64(ctl_gate_left(&g, t), 4000, "the 6th 4 s");
	for (int i = 0; i < 40; i++)
		ctl_gate_fail(&g, t, 3, 1000, 8000);
	is_u64(ctl_gate_left(&g, t), 8000, "capped at the maximum");
	t += CTL_GATE_QUIET_MS + 8001;
	ctl_gate_fail(&g, t, 3, 1000, 8000);
	is_u64(ctl_gate_left(&g, t), 0,
	       "after a quiet minute failures are free again");
	is_u64(g.fails, 1, "counted from one");
}

/* Issue 18 item 1: a UDP port somebody holds is seen. */
static void test_port_used(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t alen = sizeof(a);
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	uint16_t lo = 0, hi = 0, port;

	if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof(a)) ||
	    getsockname(fd, (struct sockaddr *)&a, &alen)) {
		ok(0, "a UDP socket on loopback");
		return;
	}
	port = ntohs(a.sin_port);
	is_int(ctl_udp_port_used(port), 1, "a bound UDP port is in use");
	close(fd);
	is_int(ctl_udp_port_used(port), 0, "and free once it is closed");
	is_int(ctl_ports_parse("9000-9010", &lo, &hi), 0, "LO-HI parses");
	ok(lo == 9000 && hi == 9010, "to 9000..9010");
	is_int(ctl_ports_parse("9000", &lo, &hi), 0, "one port parses");
	ok(lo == 9000 && hi == 9000, "to 9000..9000");
	is_int(ctl_ports_parse("9010-9000", &lo, &hi), -EINVAL,
	       "LO above HI is refused");
	is_int(ctl_ports_parse("0-10", &lo, &hi), -EINVAL, "port 0 is refused");
	is_int(ctl_ports_parse("1-65536", &lo, &hi), -EINVAL,
	       "65536 is refused");
	is_int(ctl_ports_parse("1-", &lo, &hi), -EINVAL, "a half range too");
	is_int(ctl_ports_parse("-", &lo, &hi), -EINVAL, "a dash alone too");
}

/* Issue 18 item 3: the token from a file, the environment or argv. */
static void test_token_load(void)
{
	char path[] = "/tmp/t_ctl_tokenXXXXXX", err[300];
	struct cfg c;
	int fd = mkstemp(path), warn = -1;

	if (fd < 0 || write(fd, "s3cret\n", 7) != 7) {
		ok(0, "a temporary token file");
		return;
	}
	close(fd);
	cfg_defaults(&c, ROLE_RECV);
	snprintf(c.token_file, sizeof(c.token_file), "%s", path);
	is_int(ctl_token_load(&c, &warn, err, sizeof(err)), 0,
	       "a token file loads");
	is_str(c.token, "s3cret", "its line, without the newline");
	is_int(warn, 0, "with no warning");
	is_int(ctl_token_load(&c, &warn, err, sizeof(err)), -EINVAL,
	       "--token-file and --token together are refused");
	cfg_defaults(&c, ROLE_RECV);
	snprintf(c.token, sizeof(c.token), "argv");
	is_int(ctl_token_load(&c, &warn, err, sizeof(err)), 0,
	       "a token from argv loads");
	is_int(warn, 1, "with a warning");
	fd = open(path, O_WRONLY | O_TRUNC);
	if (fd >= 0 && write(fd, "a\nb\n", 4) == 4)
		(void)0;
	close(fd);
	cfg_defaults(&c, ROLE_RECV);
	snprintf(c.token_file, sizeof(c.token_file), "%s", path);
	is_int(ctl_token_load(&c, &warn, err, sizeof(err)), -EINVAL,
	       "a file of two lines is refused");
	ok(strstr(err, "--token-file") != NULL, "naming the flag: %s", err);
	is_str(c.token, "", "and no token is kept");
	unlink(path);
	is_int(ctl_token_load(&c, &warn, err, sizeof(err)), -EINVAL,
	       "a missing file is refused");
	cfg_defaults(&c, ROLE_RECV);
	setenv("PKT_TOKEN", "fromenv", 1);
	is_int(ctl_token_load(&c, &warn, err, sizeof(err)), 0,
	       "PKT_TOKEN loads");
	is_str(c.token, "fromenv", "its value");
	is_int(warn, 0, "with no warning");
	unsetenv("PKT_TOKEN");
}

static void test_token(void)
{
	ok(ctl_token_eq("s3cret", "s3cret"), "equal tokens match");
	ok(!ctl_token_eq("s3cret", "s3creT"), "last byte differs");
	ok(!ctl_token_eq("s3cret", "s3cre"), "a prefix does not match");
	ok(!ctl_token_eq("", "s3cret"), "empty does not match");
}

/*
 * Every truncation of a valid message is refused, and every single-byte
 * change either is refused or yields keys and values the reader's rules
 * allow; ASan and UBSan watch each call.
 */
static void test_fuzz(void)
{
	static const uint8_t flips[] = { 0x00, 0x01, 0x0a, 0x20, 0x22, 0x2c,
					 0x30, 0x3a, 0x5c, 0x7b, 0x7d, 0x7f,
					 0x80, 0xff };
	static char buf[CTL_MSG_MAX];
	struct ctl_out o;
	unsigned trunc_ok = 0, flips_ok = 0, flips_n = 0, bad_kv = 0;
	unsigned rnd_ok = 0;
	uint32_t seed = 12345;

	ctl_out_init(&o, "run");
	ctl_out_str(&o, "token", "t\"k\\n");
	ctl_out_str(&o, "mode", "mmap");
	ctl_out_u64(&o, "port", 9000);
	ctl_out_str(&o, "duration", "1500000000ns");
	ctl_out_end(&o);
	for (size_t len = 0; len < o.len - 1; len++)
		trunc_ok += !ctl_msg_parse(&m, o.buf, len);
	is_u64(trunc_ok, 0, "none of %zu truncations parses", o.len - 1);
	for (size_t i = 0; i < o.len - 1; i++) {
		for (unsigned f = 0; f < sizeof(flips); f++) {
			memcpy(buf, o.buf, o.len);
			if ((uint8_t)buf[i] == flips[f])
				continue;
			buf[i] = (char)flips[f];
			flips_n++;
			if (ctl_msg_parse(&m, buf, o.len - 1))
				continue;
			flips_ok++;
			for (unsigned k = 0; k < m.n; k++) {
				const char *p;

				for (p = m.kv[k].key; *p; p++)
					bad_kv += !((*p >= 'a' && *p <= 'z') ||
						    (*p >= '0' && *p <= '9') ||
						    *p == '_' || *p == '-');
				for (p = m.kv[k].val; *p; p++)
					bad_kv += (unsigned char)*p > 0x7e;
			}
		}
	}
	ok(flips_ok < flips_n, "%u of %u byte flips still parse", flips_ok,
	   flips_n);
	is_u64(bad_kv, 0, "every one that parses has clean keys and values");
	/* random lines from JSON's own alphabet */
	for (unsigned i = 0; i < 200000; i++) {
		static const char alpha[] = "{}[]\":,\\ 0123456789abtun-e.";
		size_t len;

		seed = seed * 1103515245 + 12345;
		len = (seed >> 16) % 48;
		for (size_t k = 0; k < len; k++) {
			seed = seed * 1103515245 + 12345;
			buf[k] = alpha[(seed >> 16) % (sizeof(alpha) - 1)];
		}
		rnd_ok += !ctl_msg_parse(&m, buf, len);
		ctl_json_check(buf, len);
	}
	ok(rnd_ok < 200000, "200000 random lines: %u parse, none crash",
	   rnd_ok);
}

static void test_read(void)
{
	static char big[CTL_MSG_MAX + 100];
	static struct ctl_conn cc;
	volatile sig_atomic_t stop = 0;
	int sv[2];

	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv)) {
		skip("socketpair");
		return;
	}
	cc.fd = sv[0];
	cc.len = 0;
	write(sv[1], "{\"pktbench\":1,\"ty", 17);
	is_int(ctl_read(&cc, &m, 50, -1, &stop), -ETIMEDOUT,
	       "half a message times out");
	write(sv[1], "pe\":\"done\"}\n{\"a\":1}\n", 21);
	is_int(ctl_read(&cc, &m, 50, -1, &stop), 0,
	       "the rest completes it");
	is_str(ctl_msg_get(&m, "type"), "done", "type done");
	is_int(ctl_read(&cc, &m, 50, -1, &stop), 0,
	       "a second message in the same write is kept");
	is_str(ctl_msg_get(&m, "a"), "1", "and read next");
	write(sv[1], "garbage\n", 8);
	is_int(ctl_read(&cc, &m, 50, -1, &stop), -EINVAL, "garbage: -EINVAL");
	memset(big, 'x', sizeof(big));
	write(sv[1], big, sizeof(big));
	is_int(ctl_read(&cc, &m, 50, -1, &stop), -E2BIG,
	       "no newline in CTL_MSG_MAX bytes: -E2BIG");
	cc.len = 0;
	write(sv[1], "{\"a\"", 4);
	close(sv[1]);
	is_int(ctl_read(&cc, &m, 50, -1, &stop), -ECONNRESET,
	       "a half line cut off by a close is -ECONNRESET");
	stop = 1;
	is_int(ctl_read(&cc, &m, 50, -1, &stop), -EINTR,
	       "a set stop flag is -EINTR");
	close(sv[0]);
}

/* The server builds a receiver's config from a client through cfg_set. */
static void test_cfg_set(void)
{
	char err[256] = "";
	struct cfg c;

	cfg_defaults(&c, ROLE_RECV);
	is_int(cfg_set(&c, pktrecv_opts, "mode", "mmsg", err, sizeof(err)), 0,
	       "mode mmsg");
	is_str(c.be->name, "mmsg", "sets the backend");
	is_int(cfg_set(&c, pktrecv_opts, "duration", "1500000000ns", err,
		       sizeof(err)), 0, "duration in ns");
	is_u64(c.duration_ns, 1500000000ull, "is 1.5 s");
	is_int(cfg_set(&c, pktrecv_opts, "port", "0", err, sizeof(err)),
	       -EINVAL, "port 0 is refused");
	has_str(err, "--port '0': out of range; accepted 1..65535",
		"with the command line's message");
	is_int(cfg_set(&c, pktrecv_opts, "mode", "../../bin/sh", err,
		       sizeof(err)), -EINVAL, "a path is not a mode");
	is_int(cfg_set(&c, pktrecv_opts, "nosuch", "1", err, sizeof(err)),
	       -ENOENT, "an unknown option is -ENOENT");
	is_int(cfg_set(&c, pktrecv_opts, "server", "1", err, sizeof(err)),
	       -EINVAL, "a flag takes no value");
	ok(cfg_find(pktrecv_opts, "token")->hidden == OPT_CTL,
	   "--token is in --help but never in results, and only with --server");
}

/* The hello: the request's version is the session's (1 or 2). */
static void test_negotiate(void)
{
	char err[256];
	unsigned ver = 0;
	struct ctl_out o;

	parse("{\"pktbench\":1,\"type\":\"run\",\"mode\":\"udp\"}");
	is_int(ctl_negotiate(&m, &ver, err, sizeof(err)), 0,
	       "a version 1 request is served");
	is_int((int)ver, 1, "in version 1");
	parse("{\"pktbench\":2,\"type\":\"run\",\"interval\":\"1s\"}");
	is_int(ctl_negotiate(&m, &ver, err, sizeof(err)), 0,
	       "a version 2 request with an interval stream is served");
	is_int((int)ver, 2, "in version 2");
	parse("{\"pktbench\":1,\"type\":\"run\",\"interval\":\"1s\"}");
	is_int(ctl_negotiate(&m, &ver, err, sizeof(err)), -EPROTO,
	       "an interval stream in a version 1 request is refused");
	has_str(err, "'interval' needs protocol version 2; the request speaks 1",
		"by name, with both versions");
	parse("{\"pktbench\":0,\"type\":\"run\"}");
	is_int(ctl_negotiate(&m, &ver, err, sizeof(err)), -EPROTO,
	       "version 0 is refused");
	parse("{\"pktbench\":3,\"type\":\"run\"}");
	is_int(ctl_negotiate(&m, &ver, err, sizeof(err)), -EPROTO,
	       "version 3 is refused");
	has_str(err, "this side speaks 1..2", "naming what this side speaks");
	parse("{\"pktbench\":2,\"type\":\"done\"}");
	is_int(ctl_negotiate(&m, &ver, err, sizeof(err)), -EPROTO,
	       "a hello is a run");
	/* the server answers in the session's version */
	ctl_out_init_v(&o, 1, "ready");
	ctl_out_end(&o);
	is_int(strncmp(o.buf, "{\"pktbench\":1,\"type\":\"ready\"", 28), 0,
	       "an answer in version 1 says so");
	ctl_out_init(&o, "run");
	ctl_out_end(&o);
	is_int(strncmp(o.buf, "{\"pktbench\":2,", 14), 0,
	       "a client's request says version 2");
}

int main(void)
{
	test_negotiate();
	test_good();
	test_bad();
	test_long();
	test_builder();
	test_record();
	test_token();
	test_escape();
	test_verdict();
	test_gate();
	test_port_used();
	test_token_load();
	test_fuzz();
	test_read();
	test_cfg_set();
	return done_testing();
}
