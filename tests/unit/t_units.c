// SPDX-License-Identifier: MIT
/* units_parse, units_parse_rate, and cfg_parse/cfg_validate end to end. */
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "be/backend.h"
#include "core/cfg.h"
#include "core/run.h"
#include "core/frame.h"
#include "core/priv.h"
#include "core/units.h"
#include "tap.h"

static const char *const kind_name[] = { "plain", "count", "bytes", "nsec" };

static void parse_ok(const char *s, enum units_kind k, uint64_t want)
{
	uint64_t v = 0xdeadbeef;
	int ret = units_parse(s, k, 0, UINT64_MAX, &v);

	if (ret) {
		is_int(ret, 0, "%s '%s' parses", kind_name[k], s);
		return;
	}
	is_u64(v, want, "%s '%s' = %llu", kind_name[k], s,
	       (unsigned long long)want);
}

static void parse_bad(const char *s, enum units_kind k, uint64_t min,
		      uint64_t max, int want)
{
	uint64_t v = 0xdeadbeef;
	int ret = units_parse(s, k, min, max, &v);

	is_int(ret, want, "%s '%s' in %llu..%llu is %s", kind_name[k], s,
	       (unsigned long long)min, (unsigned long long)max,
	       want == -EINVAL ? "-EINVAL" : "-ERANGE");
	is_u64(v, 0xdeadbeef, "%s '%s': output untouched on error",
	       kind_name[k], s);
}

static void test_units(void)
{
	parse_ok("0", UNITS_PLAIN, 0);
	parse_ok("65535", UNITS_PLAIN, 65535);
	parse_ok("007", UNITS_PLAIN, 7);
	parse_ok("18446744073709551615", UNITS_PLAIN, UINT64_MAX);

	parse_ok("42", UNITS_COUNT, 42);
	parse_ok("1.5k", UNITS_COUNT, 1500);
	parse_ok("1K", UNITS_COUNT, 1000);
	parse_ok("2M", UNITS_COUNT, 2000000);
	parse_ok("2.25M", UNITS_COUNT, 2250000);
	parse_ok("3G", UNITS_COUNT, 3000000000ull);
	parse_ok("0.000001G", UNITS_COUNT, 1000);
	parse_ok("1.0", UNITS_COUNT, 1);

	parse_ok("64", UNITS_BYTES, 64);
	parse_ok("64B", UNITS_BYTES, 64);
	parse_ok("1k", UNITS_BYTES, 1024);
	parse_ok("2K", UNITS_BYTES, 2048);
	parse_ok("4KiB", UNITS_BYTES, 4096);
	parse_ok("1M", UNITS_BYTES, 1048576);
	parse_ok("64MiB", UNITS_BYTES, 64ull << 20);

	parse_ok("10", UNITS_NSEC, 10000000000ull);
	parse_ok("1.5", UNITS_NSEC, 1500000000ull);
	parse_ok("2.5s", UNITS_NSEC, 2500000000ull);
	parse_ok("500ms", UNITS_NSEC, 500000000ull);
	parse_ok("3us", UNITS_NSEC, 3000);
	parse_ok("7ns", UNITS_NSEC, 7);
	parse_ok("1m", UNITS_NSEC, 60000000000ull);
	parse_ok("1.5m", UNITS_NSEC, 90000000000ull);
	parse_ok("2h", UNITS_NSEC, 7200000000000ull);
	parse_ok("0.5us", UNITS_NSEC, 500);

	parse_bad("", UNITS_PLAIN, 0, UINT64_MAX, -EINVAL);
	parse_bad("", UNITS_NSEC, 0, UINT64_MAX, -EINVAL);
	parse_bad("abc", UNITS_COUNT, 0, UINT64_MAX, -EINVAL);
	parse_bad("-5", UNITS_PLAIN, 0, UINT64_MAX, -EINVAL);
	parse_bad("-5", UNITS_COUNT, 0, UINT64_MAX, -EINVAL);
	parse_bad("+5", UNITS_PLAIN, 0, UINT64_MAX, -EINVAL);
	parse_bad(" 5", UNITS_PLAIN, 0, UINT64_MAX, -EINVAL);
	parse_bad("5 ", UNITS_PLAIN, 0, UINT64_MAX, -EINVAL);
	parse_bad("1.5", UNITS_COUNT, 0, UINT64_MAX, -EINVAL);
	parse_bad("1.0005k", UNITS_COUNT, 0, UINT64_MAX, -EINVAL);
	parse_bad("1.5", UNITS_PLAIN, 0, UINT64_MAX, -EINVAL);
	parse_bad("1.5k", UNITS_BYTES, 0, UINT64_MAX, -EINVAL);
	parse_bad("0.5ns", UNITS_NSEC, 0, UINT64_MAX, -EINVAL);
	parse_bad(".", UNITS_COUNT, 0, UINT64_MAX, -EINVAL);
	parse_bad("1.", UNITS_COUNT, 0, UINT64_MAX, -EINVAL);
	parse_bad(".5k", UNITS_COUNT, 0, UINT64_MAX, -EINVAL);
	parse_bad("2.s", UNITS_NSEC, 0, UINT64_MAX, -EINVAL);
	parse_bad("12x", UNITS_COUNT, 0, UINT64_MAX, -EINVAL);
	parse_bad("12x", UNITS_PLAIN, 0, UINT64_MAX, -EINVAL);
	parse_bad("5k", UNITS_PLAIN, 0, UINT64_MAX, -EINVAL);
	parse_bad("10sec", UNITS_NSEC, 0, UINT64_MAX, -EINVAL);
	parse_bad("1kk", UNITS_COUNT, 0, UINT64_MAX, -EINVAL);
	parse_bad("99999999999999999999999", UNITS_PLAIN, 0, UINT64_MAX,
		  -ERANGE);
	parse_bad("99999999999999999999999", UNITS_COUNT, 0, UINT64_MAX,
		  -ERANGE);
	parse_bad("18446744073709551616", UNITS_PLAIN, 0, UINT64_MAX, -ERANGE);
	parse_bad("20000000000G", UNITS_COUNT, 0, UINT64_MAX, -ERANGE);
	parse_bad("400000000000h", UNITS_NSEC, 0, UINT64_MAX, -ERANGE);
	parse_bad("70000", UNITS_PLAIN, 1, 65535, -ERANGE);
	parse_bad("0", UNITS_PLAIN, 1, 65535, -ERANGE);
	parse_bad("31", UNITS_BYTES, 32, 65507, -ERANGE);
	parse_bad("64k", UNITS_BYTES, 32, 65507, -ERANGE);
	parse_bad("999us", UNITS_NSEC, 1000000, UINT64_MAX, -ERANGE);
}

static void rate_ok(const char *s, enum rate_unit unit, uint64_t value)
{
	struct rate r = { RATE_PPS, 12345 };
	int ret = units_parse_rate(s, &r);

	is_int(ret, 0, "rate '%s' parses", s);
	ok(r.unit == unit && r.value == value,
	   "rate '%s' = %llu %s", s, (unsigned long long)value,
	   unit == RATE_BPS ? "bit/s" : unit == RATE_PPS ? "pps" : "unlimited");
	if (r.unit != unit || r.value != value)
		diag("got unit %d value %llu", r.unit,
		     (unsigned long long)r.value);
}

static void rate_bad(const char *s, int want)
{
	struct rate r = { RATE_PPS, 12345 };

	is_int(units_parse_rate(s, &r), want, "rate '%s' is %s", s,
	       want == -EINVAL ? "-EINVAL" : "-ERANGE");
}

static void test_rates(void)
{
	rate_ok("500M", RATE_BPS, 500000000ull);
	rate_ok("1.5G", RATE_BPS, 1500000000ull);
	rate_ok("800Mbit", RATE_BPS, 800000000ull);
	rate_ok("10Gbps", RATE_BPS, 10000000000ull);
	rate_ok("64kbit", RATE_BPS, 64000);
	rate_ok("400G", RATE_BPS, RATE_MAX_BPS);
	rate_ok("1000000", RATE_BPS, 1000000);	/* bare number: bit/s */
	rate_ok("1k", RATE_BPS, 1000);
	rate_ok("2Mpps", RATE_PPS, 2000000);
	rate_ok("100kpps", RATE_PPS, 100000);
	rate_ok("1.5Mpps", RATE_PPS, 1500000);
	rate_ok("1pps", RATE_PPS, 1);
	rate_ok("1Gpps", RATE_PPS, RATE_MAX_PPS);
	rate_ok("0", RATE_UNLIMITED, 0);
	rate_ok("max", RATE_UNLIMITED, 0);
	rate_ok("MAX", RATE_UNLIMITED, 0);
	rate_ok("unlimited", RATE_UNLIMITED, 0);

	rate_bad("", -EINVAL);
	rate_bad("abc", -EINVAL);
	rate_bad("-1M", -EINVAL);
	rate_bad("-5", -EINVAL);
	rate_bad("1.5pps", -EINVAL);
	rate_bad("5Xbit", -EINVAL);
	rate_bad("1.0000005M", -EINVAL);
	rate_bad("401G", -ERANGE);
	rate_bad("400000000001", -ERANGE);
	rate_bad("999", -ERANGE);
	rate_bad("5", -ERANGE);
	rate_bad("0pps", -ERANGE);
	rate_bad("2Gpps", -ERANGE);
	rate_bad("99999999999999999999999", -ERANGE);
	rate_bad("99999999999999999999999pps", -ERANGE);
}

/* The real option tables (src/pktsend.c, src/pktrecv.c, PKT_NO_MAIN). */
#define send_opts pktsend_opts
#define recv_opts pktrecv_opts

#define MAX_ARGS 48

/* Parses and validates a NULL-terminated argument list like main does. */
static int cfg_run(struct cfg *c, enum prog_role role, char *err,
		   size_t errlen, const char *const *args)
{
	char *argv[MAX_ARGS + 2];
	int argc = 0, ret;
	const struct opt *opts = role == ROLE_SEND ? send_opts : recv_opts;

	argv[argc++] = role == ROLE_SEND ? "pktsend" : "pktrecv";
	for (; *args && argc <= MAX_ARGS; args++)
		argv[argc++] = (char *)*args;
	argv[argc] = NULL;
	cfg_defaults(c, role);
	err[0] = '\0';
	ret = cfg_parse(c, opts, argc, argv, err, errlen);
	if (!ret)
		ret = cfg_validate(c, opts, err, errlen);
	return ret;
}

static uint64_t opt_bit(enum prog_role role, const char *name)
{
	const struct opt *opts = role == ROLE_SEND ? send_opts : recv_opts;

	return 1ull << (cfg_find(opts, name) - opts);
}

struct bad_case {
	enum prog_role role;
	const char *args[12];
	const char *want[3];	/* substrings of the message */
};

#define DST "--dst", "10.0.0.1"

static const struct bad_case bad_cases[] = {
	/* a string option's message names what it takes, not "path" */
	{ ROLE_SEND, { "--connect", "" },
	  { "--connect: HOST[:PORT] must be 1..255 characters" } },
	{ ROLE_RECV, { "--output", "" },
	  { "--output: FILE must be 1..255 characters" } },
	{ ROLE_SEND, { DST, "--mode", "foo" },
	  { "--mode", "'foo'", "udp, mmsg, mmap, xdp" } },
	{ ROLE_SEND, { DST, "--mode", "xdp" },
	  { "--interface", "--mode xdp" } },
	{ ROLE_SEND, { DST, "--xdp-bind", "copy" },
	  { "--xdp-bind", "--mode xdp", "mode is udp" } },
	{ ROLE_SEND, { DST, "--mode", "xdp", "--xdp-bind", "fast" },
	  { "--xdp-bind", "'fast'", "auto|copy|zerocopy" } },
	{ ROLE_SEND, { DST, "--mode", "xdp", "--xdp-bind", "auto|copy" },
	  { "--xdp-bind", "'auto|copy'" } },
	{ ROLE_SEND, { DST, "--mode", "xdp", "--xdp-bind", "" },
	  { "--xdp-bind", "auto|copy|zerocopy" } },
	{ ROLE_SEND, { DST, "--mode", "xdp", "--interface", "lo", "--size",
		       "1747" },
	  { "--size", "32..1746", "--mode xdp" } },
	{ ROLE_RECV, { "--mode", "mmap", "--xdp-attach", "native" },
	  { "--xdp-attach", "--mode xdp", "mode is mmap" } },
	{ ROLE_RECV, { "--mode", "xdp", "--xdp-attach", "driver" },
	  { "--xdp-attach", "auto|native|generic" } },
	{ ROLE_RECV, { "--mode", "xdp", "--interface", "lo", "--xdp-attach",
		       "generic", "--xdp-bind", "zerocopy" },
	  { "--xdp-bind zerocopy", "native" } },
	{ ROLE_SEND, { DST, "--size", "0" }, { "--size", "32..65507" } },
	{ ROLE_SEND, { DST, "--size", "70000" },
	  { "--size", "70000", "32..65507" } },
	{ ROLE_SEND, { DST, "-s", "1.5k" },
	  { "--size", "not a valid number", "32..65507" } },
	{ ROLE_SEND, { DST, "--rate", "abc" },
	  { "--rate", "not a rate", "1k..400G" } },
	{ ROLE_SEND, { DST, "--rate", "-5" }, { "--rate", "'-5'" } },
	{ ROLE_SEND, { DST, "--rate", "-1M" }, { "--rate", "not a rate" } },
	{ ROLE_SEND, { DST, "--rate", "500G" }, { "--rate", "out of range" } },
	{ ROLE_SEND, { DST, "--port", "70000" }, { "--port", "1..65535" } },
	{ ROLE_SEND, { DST, "--port", "0" }, { "--port", "1..65535" } },
	{ ROLE_SEND, { "--size", "100" }, { "--dst", "required" } },
	{ ROLE_SEND, { "--dst", "1.2.3" }, { "--dst", "'1.2.3'", "IPv4" } },
	{ ROLE_SEND, { "--dst", "10.0.0.256" }, { "--dst" } },
	{ ROLE_SEND, { "--dst", "224.0.0.1" }, { "--dst", "unicast" } },
	{ ROLE_SEND, { "--dst", "0.0.0.0" }, { "--dst" } },
	{ ROLE_SEND, { DST, "--dst-mac", "00:11:22:33:44" },
	  { "--dst-mac", "00:11:22:33:44", "xx:xx:xx:xx:xx:xx" } },
	{ ROLE_SEND, { DST, "--dst-mac", "00:11:22:33:44:5g" },
	  { "--dst-mac" } },
	{ ROLE_SEND, { DST, "--dst-mac", "00:11:22:33:44:55:" },
	  { "--dst-mac" } },
	{ ROLE_SEND, { DST, "--vlan", "5000" }, { "--vlan", "0..4094" } },
	{ ROLE_SEND, { DST, "--count", "99999999999999999999999" },
	  { "--count", "out of range", "1..281474976710656" } },
	{ ROLE_SEND, { DST, "--count", "0" },
	  { "--count", "1..281474976710656" } },
	{ ROLE_SEND, { DST, "--count", "1.5" },
	  { "--count", "not a valid number" } },
	{ ROLE_SEND, { DST, "--duration", "10us" },
	  { "--duration", "1ms..24h" } },
	{ ROLE_SEND, { DST, "--flows", "100", "--src-port", "65500" },
	  { "--flows", "65535" } },
	{ ROLE_SEND, { DST, "--mode", "mmap" },
	  { "--interface", "--mode mmap" } },
	{ ROLE_SEND, { DST, "--interface", "nosuchif0" },
	  { "--interface", "nosuchif0" } },
	{ ROLE_SEND, { DST, "--interface", "a/b" },
	  { "--interface", "'a/b'", "1..15" } },
	{ ROLE_SEND, { DST, "--interface", "abcdefghijklmnopq" },
	  { "--interface", "1..15" } },
	{ ROLE_SEND, { DST, "--vlan", "10" },
	  { "--vlan", "--mode mmap, xdp" } },
	{ ROLE_SEND, { DST, "--qdisc-bypass" },
	  { "--qdisc-bypass", "--mode mmap" } },
	{ ROLE_SEND, { DST, "--format", "xml" },
	  { "--format", "json, csv, text" } },
	{ ROLE_SEND, { DST, "--bogus" }, { "--bogus", "unknown option" } },
	{ ROLE_SEND, { DST, "-Z" }, { "-Z", "unknown option" } },
	{ ROLE_SEND, { DST, "--size" }, { "--size", "needs a value" } },
	{ ROLE_SEND, { DST, "extra" }, { "'extra'", "unexpected argument" } },
	{ ROLE_SEND, { "extra", DST }, { "'extra'", "unexpected argument" } },
	{ ROLE_RECV, { "--dst", "10.0.0.1" }, { "--dst", "unknown option" } },
	{ ROLE_RECV, { "--threads", "0" }, { "--threads", "1..64" } },
	{ ROLE_RECV, { "--port", "70000" }, { "--port", "1..65535" } },
	{ ROLE_RECV, { "--mode", "mmap" }, { "--interface", "--mode mmap" } },
	{ ROLE_RECV, { "--block-size", "4M" },
	  { "--block-size", "--mode mmap" } },
	{ ROLE_RECV, { "--mode", "foo" }, { "--mode", "'foo'" } },
};

static void test_cfg_bad(void)
{
	char err[512];
	struct cfg c;

	for (size_t i = 0; i < sizeof(bad_cases) / sizeof(bad_cases[0]); i++) {
		const struct bad_case *b = &bad_cases[i];
		char line[256] = "";
		int ret;

		for (unsigned j = 0; b->args[j]; j++) {
			strncat(line, " ", sizeof(line) - strlen(line) - 1);
			strncat(line, b->args[j],
				sizeof(line) - strlen(line) - 1);
		}
		ret = cfg_run(&c, b->role, err, sizeof(err), b->args);
		is_int(ret, -EINVAL, "%s%s: -EINVAL",
		       b->role == ROLE_SEND ? "pktsend" : "pktrecv", line);
		for (unsigned j = 0; j < 3 && b->want[j]; j++)
			has_str(err, b->want[j], "%s: message has \"%s\"",
				line, b->want[j]);
		ok(!strchr(err, '\n'), "%s: message is one line", line);
	}
}

static void test_cfg_good(void)
{
	static const char *const all[] = {
		"--dst", "10.1.2.3", "--size", "1k", "--rate", "1.5G",
		"--count", "2M", "--duration", "2.5s", "--port", "9999",
		"--src-port", "2000", "--flows", "8", "--mode", "mmsg",
		"--batch", "32", "--format", "csv", "--interval", "100ms",
		"--run-id", "42", "--quiet", "--output", "/tmp/r,1.csv",
		"--test-skip", "1000", NULL,
	};
	static const char *const shorts[] = {
		"-d", "192.168.0.1", "-s", "100", "-r", "2Mpps", "-n", "1.5k",
		"-t", "10", "-p", "1", "-q", "-fjson", NULL,
	};
	static const char *const dflt[] = { "--dst", "10.0.0.1", NULL };
	static const char *const recv[] = {
		"--port", "7000", "--threads", "4", "--idle-timeout", "500ms",
		"--count", "1G", "--run-id", "4294967295", "--format", "text",
		NULL,
	};
	char err[512];
	struct cfg c;
	int ret;

	ret = cfg_run(&c, ROLE_SEND, err, sizeof(err), all);
	if (!is_int(ret, 0, "long options parse"))
		diag("%s", err);
	is_u64(ntohl(c.dst_ip), 0x0a010203, "--dst 10.1.2.3 (network order)");
	is_u64(c.size, 1024, "--size 1k");
	ok(c.rate.unit == RATE_BPS && c.rate.value == 1500000000ull,
	   "--rate 1.5G = 1500000000 bit/s");
	is_u64(c.count, 2000000, "--count 2M");
	is_u64(c.duration_ns, 2500000000ull, "--duration 2.5s");
	is_u64(c.dport, 9999, "--port 9999");
	is_u64(c.sport, 2000, "--src-port 2000");
	is_u64(c.flows, 8, "--flows 8");
	ok(c.be == &be_mmsg, "--mode mmsg");
	is_u64(c.batch, 32, "--batch 32");
	is_int(c.format, OUT_CSV, "--format csv");
	is_u64(c.interval_ns, 100000000ull, "--interval 100ms");
	is_u64(c.run_id, 42, "--run-id 42");
	is_int(c.quiet, 1, "--quiet");
	is_str(c.output, "/tmp/r,1.csv", "--output");
	is_u64(c.test_skip, 1000, "--test-skip 1000");
	is_u64(c.vlan, VLAN_NONE, "vlan default VLAN_NONE");
	{
		static const char *const given[] = {
			"dst", "size", "rate", "count", "duration", "port",
			"src-port", "flows", "mode", "batch", "format",
			"interval", "run-id", "quiet", "output", "test-skip",
		};
		uint64_t want = 0;

		for (size_t i = 0; i < sizeof(given) / sizeof(given[0]); i++)
			want |= opt_bit(ROLE_SEND, given[i]);
		is_u64(c.set, want, "set has exactly the given options");
	}

	ret = cfg_run(&c, ROLE_SEND, err, sizeof(err), shorts);
	if (!is_int(ret, 0, "short options parse"))
		diag("%s", err);
	is_u64(ntohl(c.dst_ip), 0xc0a80001, "-d 192.168.0.1");
	is_u64(c.size, 100, "-s 100");
	ok(c.rate.unit == RATE_PPS && c.rate.value == 2000000,
	   "-r 2Mpps = 2000000 pps");
	is_u64(c.count, 1500, "-n 1.5k");
	is_u64(c.duration_ns, 10000000000ull, "-t 10 = 10 s");
	is_u64(c.dport, 1, "-p 1");
	is_int(c.quiet, 1, "-q");
	is_int(c.format, OUT_JSON, "-fjson");

	ret = cfg_run(&c, ROLE_SEND, err, sizeof(err), dflt);
	if (!is_int(ret, 0, "only --dst parses"))
		diag("%s", err);
	ok(c.be == &be_udp, "default mode udp");
	ok(c.rate.unit == RATE_UNLIMITED, "default rate unlimited");
	is_u64(c.size, 64, "default size 64");
	is_u64(c.dport, 9000, "default port 9000");
	is_u64(c.sport, 10000, "default src-port 10000");
	is_u64(c.batch, 64, "default batch 64");
	is_u64(c.count, 0, "default count 0 (no limit)");
	is_int(c.have_dst_mac, 0, "no --dst-mac");
	is_u64(c.set, opt_bit(ROLE_SEND, "dst"), "set has only --dst");

	ret = cfg_run(&c, ROLE_RECV, err, sizeof(err), recv);
	if (!is_int(ret, 0, "receiver options parse"))
		diag("%s", err);
	is_u64(c.dport, 7000, "recv --port 7000");
	is_u64(c.threads, 4, "recv --threads 4");
	is_u64(c.idle_ns, 500000000ull, "recv --idle-timeout 500ms");
	is_u64(c.count, 1000000000ull, "recv --count 1G");
	is_u64(c.run_id, 0xffffffffu, "recv --run-id 4294967295");
	is_int(c.format, OUT_TEXT, "recv --format text");
	is_u64(c.dst_ip, 0, "receiver needs no --dst");
}

/* mmap needs a real interface; every network namespace has lo. */
static void test_cfg_mmap(void)
{
	static const char *const send[] = {
		"--mode", "mmap", "--interface", "lo", "--dst", "10.0.0.1",
		"--vlan", "100", "--dst-mac", "00:11:22:aa:BB:cc",
		"--frame-size", "4k", "--ring-frames", "1k", "--qdisc-bypass",
		NULL,
	};
	static const char *const small[] = {
		"--mode", "mmap", "--interface", "lo", "--dst", "10.0.0.1",
		"--size", "2000", "--frame-size", "2048", NULL,
	};
	static const char *const pow2[] = {
		"--mode", "mmap", "--interface", "lo", "--dst", "10.0.0.1",
		"--frame-size", "1000", NULL,
	};
	static const char *const recv[] = {
		"--mode", "mmap", "--interface", "lo", "--block-size", "4M",
		"--ring-blocks", "8", "--vlan", "0", NULL,
	};
	static const char *const rbad[] = {
		"--mode", "mmap", "--interface", "lo", "--block-size", "6k",
		NULL,
	};
	const uint8_t mac[6] = { 0x00, 0x11, 0x22, 0xaa, 0xbb, 0xcc };
	unsigned lo = if_nametoindex("lo");
	char err[512];
	struct cfg c;
	int ret;

	if (!lo) {
		skip("no lo interface here");
		return;
	}
	ret = cfg_run(&c, ROLE_SEND, err, sizeof(err), send);
	if (!is_int(ret, 0, "mmap sender on lo parses"))
		diag("%s", err);
	ok(c.be == &be_mmap, "--mode mmap");
	is_str(c.ifname, "lo", "--interface lo");
	is_u64(c.ifindex, lo, "ifindex resolved by cfg_validate");
	is_u64(c.vlan, 100, "--vlan 100");
	ok(c.have_dst_mac && !memcmp(c.dst_mac, mac, 6),
	   "--dst-mac 00:11:22:aa:BB:cc");
	is_u64(c.frame_size, 4096, "--frame-size 4k");
	is_u64(c.ring_frames, 1000, "--ring-frames 1k (count: x1000)");
	is_int(c.qdisc_bypass, 1, "--qdisc-bypass");

	ret = cfg_run(&c, ROLE_SEND, err, sizeof(err), small);
	is_int(ret, -EINVAL, "mmap frame too small for --size");
	has_str(err, "--frame-size", "message names --frame-size");
	has_str(err, "2110", "message has the minimum 2000+42+4+64");

	ret = cfg_run(&c, ROLE_SEND, err, sizeof(err), pow2);
	is_int(ret, -EINVAL, "mmap --frame-size 1000 rejected");
	has_str(err, "power of 2", "message says power of 2");

	ret = cfg_run(&c, ROLE_RECV, err, sizeof(err), recv);
	if (!is_int(ret, 0, "mmap receiver on lo parses"))
		diag("%s", err);
	is_u64(c.block_size, 4u << 20, "--block-size 4M");
	is_u64(c.ring_blocks, 8, "--ring-blocks 8");
	is_u64(c.vlan, 0, "--vlan 0");

	ret = cfg_run(&c, ROLE_RECV, err, sizeof(err), rbad);
	is_int(ret, -EINVAL, "recv --block-size 6k rejected");
	has_str(err, "--block-size", "message names --block-size");
}

/* Ring memory: the default spread over threads, the cap, --max-ring-mem. */
static void test_cfg_ring_cap(void)
{
	static const char *const huge[] = {
		"--mode", "mmap", "--interface", "lo", "--ring-blocks", "4096",
		"--block-size", "64M", NULL,
	};
	static const char *const j64[] = {
		"--mode", "mmap", "--interface", "lo", "--threads", "64",
		"--max-ring-mem", "512M", NULL,
	};
	static const char *const j64low[] = {
		"--mode", "mmap", "--interface", "lo", "--threads", "64",
		"--max-ring-mem", "511M", NULL,
	};
	static const char *const j2[] = {
		"--mode", "mmap", "--interface", "lo", "--threads", "2", NULL,
	};
	static const char *const given[] = {
		"--mode", "mmap", "--interface", "lo", "--threads", "2",
		"--ring-blocks", "64", NULL,
	};
	static const char *const tx[] = {
		"--mode", "mmap", "--interface", "lo", "--dst", "10.0.0.1",
		"--ring-frames", "1M", "--frame-size", "64k", "--threads", "64",
		NULL,
	};
	static const char *const udp[] = {
		"--mode", "udp", "--max-ring-mem", "16M", NULL,
	};
	static const char *const udp32[] = {
		"--mode", "udp", "--max-ring-mem", "32M", NULL,
	};
	static const char *const flood[] = {
		"--mode", "mmsg", "--rcvbuf", "1024M", "--threads", "64", NULL,
	};
	static const char *const rcv_mmap[] = {
		"--mode", "mmap", "--interface", "lo", "--rcvbuf", "1M", NULL,
	};
	char err[512];
	struct cfg c;

	if (!if_nametoindex("lo")) {
		skip("no lo interface here");
		return;
	}
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), huge), -EINVAL,
	       "RX ring 4096 x 64M refused");
	has_str(err, "--ring-blocks 4096 x --block-size 67108864 x --threads 1 = 256.0 GiB",
		"message names the product");
	has_str(err, "MemAvailable", "message names the default cap");
	ok(!strchr(err, '\n'), "one line");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), j64), 0,
	       "-j 64, default ring, cap 512M: fits");
	is_u64(c.ring_blocks, 8, "-j 64: 8 blocks per thread");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), j64low), -EINVAL,
	       "-j 64, cap 511M refused");
	has_str(err, "= 512.0 MiB of RX ring, above the cap of 511.0 MiB (--max-ring-mem",
		"message names the product and the cap");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), j2), 0, "-j 2 fits");
	is_u64(c.ring_blocks, 32, "-j 2: 64 / 2 blocks per thread");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), given), 0,
	       "-j 2 --ring-blocks 64 fits");
	is_u64(c.ring_blocks, 64, "--ring-blocks given: kept");
	is_int(cfg_run(&c, ROLE_SEND, err, sizeof(err), tx), -EINVAL,
	       "TX ring 1M x 64k x 64 refused");
	has_str(err, "--ring-frames 1000000 x --frame-size 65536 x --threads 64 =",
		"TX message names the product");
	/* issue 18 item 17a: socket buffers count like the rings */
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), udp), -EINVAL,
	       "udp: default --rcvbuf 16M (32 MiB queued) refused at 16M");
	has_str(err, "--rcvbuf 16777216 x 2 (the kernel doubles SO_RCVBUF) x --threads 1 of socket receive buffers = 32.0 MiB, above the cap of 16.0 MiB (--max-ring-mem",
		"message names the product and the cap");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), udp32), 0,
	       "udp: 32 MiB of socket buffer fits 32M");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), flood), -EINVAL,
	       "--rcvbuf 1024M --threads 64 refused");
	has_str(err, "= 128.0 GiB, above the cap of", "message names 128 GiB");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), rcv_mmap), -EINVAL,
	       "--rcvbuf with mmap still refused");
	has_str(err, "--rcvbuf applies only to --mode udp, mmsg",
		"message names the modes");
}

/*
 * A parse that stopped inside a cluster of short options must not leak
 * into the next one: getopt keeps its position between calls.
 */
static void test_cfg_reparse(void)
{
	static const char *const bad[] = { DST, "-Zq", NULL };
	static const char *const good[] = { DST, NULL };
	char err[512];
	struct cfg c;

	is_int(cfg_run(&c, ROLE_SEND, err, sizeof(err), bad), -EINVAL,
	       "-Zq: unknown option");
	is_int(cfg_run(&c, ROLE_SEND, err, sizeof(err), good), 0,
	       "next parse succeeds");
	is_int(c.quiet, 0, "next parse did not see the old -q");
	is_u64(c.set, opt_bit(ROLE_SEND, "dst"), "next parse set only --dst");
}

/* --any-dst belongs to the raw receivers; a socket receiver refuses it. */
static void test_cfg_any_dst(void)
{
	static const char *const mmap_args[] = { "--mode", "mmap", "-i", "lo",
						 "--any-dst", NULL };
	static const char *const udp_args[] = { "--mode", "udp", "--any-dst",
						NULL };
	char err[512];
	struct cfg c;

	if (!if_nametoindex("lo")) {
		skip("no lo interface here");
		return;
	}
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), mmap_args), 0,
	       "pktrecv --mode mmap --any-dst parses");
	is_int(c.any_dst, 1, "--any-dst sets any_dst");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), udp_args), -EINVAL,
	       "pktrecv --mode udp --any-dst is refused");
	ok(strstr(err, "--any-dst") != NULL, "the message names --any-dst: %s",
	   err);
}

/* The xdp options: choices stored by index and printed back by name. */
static void test_cfg_xdp(void)
{
	static const char *const recv[] = { "--mode", "xdp", "--interface",
					    "lo", "--xdp-attach", "generic",
					    "--xdp-bind", "copy", NULL };
	char err[512], buf[64];
	struct cfg c;
	int ret;

	if (!if_nametoindex("lo")) {
		skip("no lo interface here");
		return;
	}
	ret = cfg_run(&c, ROLE_RECV, err, sizeof(err), recv);
	if (!is_int(ret, 0, "xdp receiver on lo parses"))
		diag("%s", err);
	ok(c.be == backend_find("xdp"), "--mode xdp");
	is_int(c.xdp_attach, 2, "--xdp-attach generic is choice 2");
	is_int(c.xdp_bind, 1, "--xdp-bind copy is choice 1");
	is_str(cfg_value_str(&c, cfg_find(recv_opts, "xdp-attach"), buf,
			     sizeof(buf)),
	       "generic", "config shows --xdp-attach generic");
	is_str(cfg_value_str(&c, cfg_find(recv_opts, "xdp-bind"), buf,
			     sizeof(buf)),
	       "copy", "config shows --xdp-bind copy");
	cfg_defaults(&c, ROLE_RECV);
	is_str(cfg_value_str(&c, cfg_find(recv_opts, "xdp-bind"), buf,
			     sizeof(buf)),
	       "auto", "default --xdp-bind auto");
}

static void test_cfg_usage(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	cfg_usage(send_opts, "pktsend", "--dst IP [options]", fp);
	fclose(fp);
	for (const struct opt *o = send_opts; o->name; o++) {
		char name[40];

		snprintf(name, sizeof(name), "--%s%s", o->name,
			 o->arg ? " " : "\n");
		if (o->hidden == OPT_HIDDEN)
			ok(!strstr(buf, name), "usage hides %s", o->name);
		else
			has_str(buf, o->type == OPT_FLAG ? o->help : name,
				"usage lists --%s", o->name);
	}
	free(buf);
}

/*
 * Sizes take G (and T) like k and M (issue 18, 17b): --rcvbuf 1G was
 * refused as "not a valid number" although 1G is its documented maximum.
 */
static void test_units_giga(void)
{
	static const char *const rcv1g[] = { "--rcvbuf", "1G", NULL };
	static const char *const rcv2g[] = { "--rcvbuf", "2GiB", NULL };
	char err[512];
	struct cfg c;

	parse_ok("1G", UNITS_BYTES, 1ull << 30);
	parse_ok("2GiB", UNITS_BYTES, 2ull << 30);
	parse_ok("1T", UNITS_BYTES, 1ull << 40);
	parse_ok("1TiB", UNITS_BYTES, 1ull << 40);
	parse_bad("1.5G", UNITS_BYTES, 0, UINT64_MAX, -EINVAL);
	parse_bad("1g", UNITS_BYTES, 0, UINT64_MAX, -EINVAL);
	parse_bad("2G", UNITS_BYTES, 1024, 1ull << 30, -ERANGE);
	parse_bad("17179869184G", UNITS_BYTES, 0, UINT64_MAX, -ERANGE);
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), rcv1g), 0,
	       "pktrecv --rcvbuf 1G accepted");
	is_u64(c.rcvbuf, 1ull << 30, "--rcvbuf 1G = 1073741824");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), rcv2g), -EINVAL,
	       "pktrecv --rcvbuf 2GiB refused");
	has_str(err, "--rcvbuf '2GiB': out of range; accepted 1024..1073741824",
		"2GiB: out of range, not \"not a valid number\"");
}

/*
 * The fd budget (issue 18, 17c): --threads 64 --flows 4096 is 262144
 * sockets; it must be refused up front, not fail late with "Too many
 * open files".  Lowers this process's hard RLIMIT_NOFILE: run last.
 */
static void test_cfg_fd_budget(void)
{
	static const char *const big[] = { DST, "--threads", "64", "--flows",
					   "4096", NULL };
	static const char *const fits[] = { DST, "--threads", "4", "--flows",
					    "200", NULL };
	static const char *const over[] = { DST, "--threads", "4", "--flows",
					    "241", NULL };
	static const char *const raw[] = { DST, "--mode", "mmap", "-i", "lo",
					   "--threads", "8", "--flows",
					   "4096", NULL };
	struct rlimit rl = { 256, 1024 };
	char err[512];
	struct cfg c;

	if (setrlimit(RLIMIT_NOFILE, &rl)) {
		skip("cannot set RLIMIT_NOFILE");
		return;
	}
	is_int(cfg_run(&c, ROLE_SEND, err, sizeof(err), big), -EINVAL,
	       "--threads 64 --flows 4096, hard limit 1024: refused");
	has_str(err, "--threads 64 x --flows 4096 = 262144 sockets (+64 for the rest), above the open-file limit 1024 (RLIMIT_NOFILE",
		"message names the product and the limit");
	has_str(err, "accepted --threads x --flows up to 960",
		"message names what is accepted");
	ok(!strchr(err, '\n'), "one line");
	is_int(cfg_run(&c, ROLE_SEND, err, sizeof(err), fits), 0,
	       "--threads 4 --flows 200 (800 + 64 <= 1024) fits");
	getrlimit(RLIMIT_NOFILE, &rl);
	is_u64(rl.rlim_cur, 864, "soft limit 256 raised to the need, 864");
	is_int(cfg_run(&c, ROLE_SEND, err, sizeof(err), over), -EINVAL,
	       "--threads 4 --flows 241 (964 + 64 > 1024) refused");
	if (if_nametoindex("lo"))
		is_int(cfg_run(&c, ROLE_SEND, err, sizeof(err), raw), 0,
		       "mmap: flows are not sockets, 8 x 4096 fits");
	else
		skip("no lo interface here");
}

/*
 * --server-modes (issue 18, item 4): a set of backends, each once; the
 * capabilities kept are those the set needs (bit n = capability n).
 */
static void test_cfg_server_modes(void)
{
	static const char *const two[] = { "--server", "--server-modes",
					   "mmsg,udp", NULL };
	static const char *const bad[] = { "--server", "--server-modes",
					   "udp,raw", NULL };
	static const char *const rep[] = { "--server", "--server-modes",
					   "udp,mmsg,udp", NULL };
	static const char *const trail[] = { "--server", "--server-modes",
					     "udp,", NULL };
	char err[512], buf[64];
	struct cfg c;

	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), two), 0,
	       "--server-modes mmsg,udp parses");
	is_int((int)c.server_modes, 0x3, "mmsg,udp: bits of udp and mmsg");
	is_str(priv_modes_str(c.server_modes, buf, sizeof(buf)), "udp,mmsg",
	       "shown in table order");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), bad), -EINVAL,
	       "udp,raw refused");
	has_str(err, "--server-modes 'udp,raw': unknown mode 'raw'; accepted a comma-separated list of udp, mmsg, mmap, xdp",
		"names the unknown mode and the accepted ones");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), rep), -EINVAL,
	       "udp,mmsg,udp refused");
	has_str(err, "repeated mode 'udp'", "names the repeated mode");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), trail), -EINVAL,
	       "udp, (empty item) refused");
	is_u64(priv_caps_for(0x3), 0, "udp,mmsg: no capability");
	is_u64(priv_caps_for(0x4), 1ull << 13, "mmap: NET_RAW");
	is_u64(priv_caps_for(0x8),
	       (1ull << 12) | (1ull << 13) | (1ull << 14) | (1ull << 21) |
		       (1ull << 39),
	       "xdp: NET_ADMIN, NET_RAW, IPC_LOCK, SYS_ADMIN, BPF");
	is_u64(priv_caps_for(0), priv_caps_for(0xf), "none given: all modes");
}

/*
 * The control channel's options (OPT_CTL), every one of the tables: a
 * good value refused without --server / --connect, with one line naming
 * the option and what it needs, and taken with it.  The list is exact, so
 * an option that loses OPT_CTL, or a new one without a value here, fails.
 */
static void test_cfg_ctl_only(void)
{
	static const struct {
		enum prog_role role;
		const char *name, *val;
	} ctl[] = {
		{ ROLE_SEND, "rx-mode", "mmsg" },
		{ ROLE_SEND, "rx-threads", "2" },
		{ ROLE_SEND, "token", "s3cret" },
		{ ROLE_SEND, "token-file", "/run/pkt.token" },
		{ ROLE_SEND, "connect-timeout", "5s" },
		{ ROLE_RECV, "control-port", "9002" },
		{ ROLE_RECV, "bind", "127.0.0.1" },
		{ ROLE_RECV, "token", "s3cret" },
		{ ROLE_RECV, "token-file", "/run/pkt.token" },
		{ ROLE_RECV, "ports", "9000-9010" },
		{ ROLE_RECV, "max-duration", "30s" },
		{ ROLE_RECV, "max-threads", "2" },
		{ ROLE_RECV, "server-modes", "udp" },
		{ ROLE_RECV, "clients", "2" },
		{ ROLE_RECV, "join-timeout", "5s" },
		{ ROLE_RECV, "metrics", "127.0.0.1:9102" },
	};
	const size_t n = sizeof(ctl) / sizeof(ctl[0]);
	unsigned tagged = 0;
	char err[512], want[64], flag[32];
	struct cfg c;

	/* the help says "--server: ..." or "--connect: ..." of each */
	for (int r = ROLE_SEND; r <= ROLE_RECV; r++)
		for (const struct opt *o = r == ROLE_SEND ? send_opts : recv_opts;
		     o->name; o++) {
			const int is_ctl = (o->hidden & OPT_CTL) == OPT_CTL;
			const char *need = r == ROLE_SEND ? "--connect" : "--server";

			tagged += is_ctl;
			ok(is_ctl == !strncmp(o->help, need, strlen(need)),
			   "--%s: OPT_CTL %s its help \"%.20s...\"", o->name,
			   is_ctl ? "and" : "nor", o->help);
		}
	is_int((int)tagged, (int)n, "OPT_CTL options: the %zu of this test", n);
	for (size_t i = 0; i < n; i++) {
		const int send = ctl[i].role == ROLE_SEND;
		const struct opt *o = cfg_find(send ? send_opts : recv_opts,
					       ctl[i].name);
		const char *alone[] = { flag, ctl[i].val, DST, NULL };
		const char *with[] = { flag, ctl[i].val, DST,
				       send ? "--connect" : "--server",
				       send ? "10.0.0.2" : NULL, NULL };

		snprintf(flag, sizeof(flag), "--%s", ctl[i].name);
		ok(o && (o->hidden & OPT_CTL) == OPT_CTL, "%s %s: OPT_CTL",
		   send ? "pktsend" : "pktrecv", flag);
		if (!send)
			alone[2] = NULL;	/* pktrecv has no --dst */
		is_int(cfg_run(&c, ctl[i].role, err, sizeof(err), alone),
		       -EINVAL, "%s %s %s alone: -EINVAL",
		       send ? "pktsend" : "pktrecv", flag, ctl[i].val);
		snprintf(want, sizeof(want), "%s: only with --%s;", flag,
			 send ? "connect" : "server");
		ok(!strncmp(err, want, strlen(want)) && !strchr(err, '\n'),
		   "%s: one line, \"%s\": %s", flag, want, err);
		if (!send)
			with[2] = "--server", with[3] = NULL;
		is_int(cfg_run(&c, ctl[i].role, err, sizeof(err), with), 0,
		       "%s %s with %s: taken %s", send ? "pktsend" : "pktrecv",
		       flag, send ? "--connect" : "--server", err);
	}
}

int main(void)
{
	test_units();
	test_units_giga();
	test_rates();
	test_cfg_bad();
	test_cfg_good();
	test_cfg_mmap();
	test_cfg_ring_cap();
	test_cfg_reparse();
	test_cfg_xdp();
	test_cfg_any_dst();
	test_cfg_usage();
	test_cfg_server_modes();
	test_cfg_ctl_only();
	test_cfg_fd_budget();	/* lowers RLIMIT_NOFILE: last */
	return done_testing();
}
