// SPDX-License-Identifier: MIT
/* Checksums, frame templates, stamping and frame_parse. */
#include <arpa/inet.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/frame.h"
#include "tap.h"

static uint16_t get16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static uint64_t get64(const uint8_t *p)
{
	uint64_t v = 0;

	for (unsigned i = 0; i < 8; i++)
		v = v << 8 | p[i];
	return v;
}

static void test_csum(void)
{
	static const uint8_t rfc[] = { 0x00, 0x01, 0xf2, 0x03,
				       0xf4, 0xf5, 0xf6, 0xf7 };
	static const uint8_t iph[] = {
		0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11,
		0xb8, 0x61, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7,
	};
	static const uint8_t odd[] = { 0x01, 0x02, 0x03 };
	uint8_t buf[20], ff[4096];

	is_u64(csum_partial(rfc, sizeof(rfc), 0), 0xddf2,
	       "RFC 1071 example: sum 0xddf2");
	is_u64(csum_fold(csum_partial(rfc, sizeof(rfc), 0)), 0x220d,
	       "RFC 1071 example: checksum 0x220d");
	is_u64(csum_partial(rfc + 4, 4, csum_partial(rfc, 4, 0)), 0xddf2,
	       "RFC 1071 example: in two parts");
	is_u64(csum_partial(rfc, 0, 0x1234), 0x1234, "empty: sum unchanged");
	is_u64(csum_partial(odd, 3, 0), 0x0402,
	       "odd length: last byte is the high half");

	is_u64(csum_fold(csum_partial(iph, sizeof(iph), 0)), 0,
	       "IPv4 header with its checksum folds to 0");
	memcpy(buf, iph, sizeof(buf));
	buf[10] = buf[11] = 0;
	is_u64(csum_fold(csum_partial(buf, sizeof(buf), 0)), 0xb861,
	       "IPv4 header checksum 0xb861");

	memset(ff, 0xff, sizeof(ff));
	is_u64(csum_partial(ff, sizeof(ff), 0), 0xffff,
	       "4096 x 0xff: carries fold to 0xffff");
	is_u64(csum_partial(ff, 2, 0xffff), 0xffff, "0xffff + 0xffff");
	is_u64(csum_fold(0), 0xffff, "fold(0) = 0xffff");
	is_u64(csum_fold(0x1ffff), 0xfffe, "fold(0x1ffff) = ~0x0001");
	is_u64(csum_fold(0xffffffff), 0, "fold(0xffffffff) = 0");
}

/* RFC 768 from scratch: pseudo header, UDP header and payload. */
static uint32_t ref_udp_sum(const uint8_t *ip, const uint8_t *udp,
			    unsigned udp_len)
{
	uint64_t s = 17 + (uint64_t)udp_len;

	for (unsigned i = 12; i < 20; i += 2)
		s += get16(ip + i);
	for (unsigned i = 0; i < udp_len; i++)
		s += (i & 1) ? udp[i] : (uint64_t)udp[i] << 8;
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint32_t)s;
}

static const uint8_t mac_a[6] = { 0x02, 0, 0, 0, 0, 0x01 };
static const uint8_t mac_b[6] = { 0x02, 0, 0, 0, 0, 0x02 };

static void spec_init(struct frame_spec *s, unsigned payload, uint16_t vlan)
{
	memset(s, 0, sizeof(*s));
	memcpy(s->src_mac, mac_a, 6);
	memcpy(s->dst_mac, mac_b, 6);
	s->src_ip = htonl(0x0a000001);
	s->dst_ip = htonl(0x0a000002);
	s->sport = 10000;
	s->dport = 9000;
	s->vlan = vlan;
	s->payload_len = payload;
	s->run_id = 0xabcdef01;
}

static void test_layout(uint16_t vlan)
{
	const char *tag = vlan == VLAN_NONE ? "untagged" : "VLAN 100";
	unsigned l3 = vlan == VLAN_NONE ? 14 : 18;
	struct frame_tmpl t;
	struct frame_spec s;
	uint8_t f[256];
	const uint8_t *ip = f + l3, *udp = ip + 20, *pl = udp + 8;
	unsigned bad = 0;

	spec_init(&s, 64, vlan);
	s.stream = 0x0102;
	is_int(frame_tmpl_init(&t, &s), 0, "%s: template", tag);
	is_u64(t.len, l3 + 20 + 8 + 64, "%s: frame length", tag);
	is_u64(t.l3_off, l3, "%s: IP at %u", tag, l3);
	memset(f, 0xee, sizeof(f));
	frame_write(&t, f);
	frame_stamp(&t, f, 3, 0x0102030405060708ull, 0x1122334455667788ull);

	ok(!memcmp(f, mac_b, 6) && !memcmp(f + 6, mac_a, 6),
	   "%s: dst MAC, then src MAC", tag);
	if (vlan == VLAN_NONE) {
		is_u64(get16(f + 12), 0x0800, "%s: ethertype IPv4 at 12", tag);
	} else {
		is_u64(get16(f + 12), 0x8100, "%s: ethertype 802.1Q at 12",
		       tag);
		is_u64(get16(f + 14), 100, "%s: TCI 100 at 14", tag);
		is_u64(get16(f + 16), 0x0800, "%s: ethertype IPv4 at 16", tag);
	}
	is_u64(ip[0], 0x45, "%s: IPv4, IHL 5", tag);
	is_u64(get16(ip + 2), 20 + 8 + 64, "%s: IP total length 92", tag);
	is_u64(get16(ip + 6), 0x4000, "%s: DF, offset 0", tag);
	is_u64(ip[8], 64, "%s: TTL 64", tag);
	is_u64(ip[9], 17, "%s: protocol UDP", tag);
	is_u64((uint64_t)get16(ip + 12) << 16 | get16(ip + 14), 0x0a000001,
	       "%s: source 10.0.0.1", tag);
	is_u64((uint64_t)get16(ip + 16) << 16 | get16(ip + 18), 0x0a000002,
	       "%s: destination 10.0.0.2", tag);
	is_u64(csum_fold(csum_partial(ip, 20, 0)), 0,
	       "%s: IP header checksum valid", tag);
	is_u64(get16(udp), 10003, "%s: source port = 10000 + flow 3", tag);
	is_u64(get16(udp + 2), 9000, "%s: destination port 9000", tag);
	is_u64(get16(udp + 4), 8 + 64, "%s: UDP length 72", tag);
	is_u64(ref_udp_sum(ip, udp, 72), 0xffff, "%s: UDP checksum valid",
	       tag);
	is_u64(get64(pl),
	       (uint64_t)PKT_MAGIC << 32 | PKT_VERSION << 16 | 0x0102,
	       "%s: magic PKTB, version 1, stream 0x0102", tag);
	is_u64(get64(pl + 8), 0xabcdef0100000000ull, "%s: run id, reserved",
	       tag);
	is_u64(get64(pl + 16), 0x0102030405060708ull, "%s: seq big-endian",
	       tag);
	is_u64(get64(pl + 24), 0x1122334455667788ull,
	       "%s: tx_ns big-endian", tag);
	for (unsigned i = 32; i < 64; i++)
		if (pl[i] != (uint8_t)(0xa5 ^ i))
			bad++;
	is_u64(bad, 0, "%s: payload pattern", tag);
	is_u64(f[t.len], 0xee, "%s: nothing written past the frame", tag);
}

static void test_tmpl_bounds(void)
{
	struct frame_tmpl t;
	struct frame_spec s;

	spec_init(&s, PKT_HDR_LEN - 1, VLAN_NONE);
	is_int(frame_tmpl_init(&t, &s), -EINVAL, "payload 31: -EINVAL");
	spec_init(&s, PAYLOAD_MAX_UDP + 1, VLAN_NONE);
	is_int(frame_tmpl_init(&t, &s), -EINVAL, "payload 65508: -EINVAL");
	spec_init(&s, PAYLOAD_MAX_UDP, 5);
	is_int(frame_tmpl_init(&t, &s), 0, "payload 65507 tagged: ok");
	is_u64(t.len, 18 + 20 + 8 + PAYLOAD_MAX_UDP, "  frame length");
	is_u64(frame_wire_bits(64, 0), 848, "wire bits: 64 B untagged");
	is_u64(frame_wire_bits(64, 1), 880, "wire bits: 64 B tagged");
}

/* 0 if a stamped datagram's checksum and source port are right. */
static unsigned stamp_check(const uint8_t *ip, uint8_t *udp, unsigned payload,
			    unsigned flow)
{
	unsigned bad = 0;
	uint8_t save[2];
	uint32_t want;

	if (ref_udp_sum(ip, udp, 8 + payload) != 0xffff)
		bad++;
	memcpy(save, udp + 6, 2);
	put16(udp + 6, 0);
	want = ~ref_udp_sum(ip, udp, 8 + payload) & 0xffff;
	if (!want)
		want = 0xffff;	/* RFC 768: 0 is sent as all ones */
	if (get16(save) != want)
		bad++;
	memcpy(udp + 6, save, 2);
	if (get16(udp) != 10000 + flow)
		bad++;
	return bad;
}

/* The stamped checksum must equal one computed from scratch, every time. */
static void test_stamp_csum(void)
{
	static const unsigned sizes[] = { 32, 33, 64, 65, 1024, 1472, 2079,
					  2080, 2081, 2100, 4129, 9000,
					  PAYLOAD_MAX_UDP };
	static const uint64_t vals[][2] = {
		{ 0, 0 },
		{ 1, 1234567890123456789ull },
		{ UINT64_MAX, UINT64_MAX },
		{ 0x0102030405060708ull, 0x8000000000000000ull },
		{ 999999, 1700000000000000000ull },
	};
	static const unsigned flows[] = { 0, 3, 55535 };
	uint8_t *f = malloc(18 + 28 + PAYLOAD_MAX_UDP);

	for (unsigned v = 0; v < 2; v++) {
		uint16_t vlan = v ? 4094 : VLAN_NONE;

		for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
			struct frame_tmpl t;
			struct frame_spec s;
			unsigned bad = 0, badip = 0, badlen = 0;
			uint8_t *ip, *udp;

			spec_init(&s, sizes[i], vlan);
			s.stream = (uint16_t)(i * 4099);
			frame_tmpl_init(&t, &s);
			ip = f + t.l3_off;
			udp = ip + 20;
			frame_write(&t, f);
			for (size_t j = 0; j < sizeof(vals) / sizeof(vals[0]);
			     j++) {
				for (size_t k = 0; k < 3; k++) {
					frame_stamp(&t, f, flows[k], vals[j][0],
						    vals[j][1]);
					bad += stamp_check(ip, udp, sizes[i],
							   flows[k]);
				}
			}
			if (csum_fold(csum_partial(ip, 20, 0)))
				badip++;
			if (get16(ip + 2) != 28 + sizes[i] ||
			    get16(udp + 4) != 8 + sizes[i])
				badlen++;
			is_u64(bad, 0,
			       "%s, payload %u: 15 stamps, UDP checksum as "
			       "computed from scratch",
			       v ? "VLAN" : "untagged", sizes[i]);
			is_u64(badip + badlen, 0,
			       "%s, payload %u: IP checksum and lengths",
			       v ? "VLAN" : "untagged", sizes[i]);
		}
	}
	free(f);
}

/* Across many seqs the sum hits 0, which UDP must send as 0xffff. */
static void test_stamp_zero(void)
{
	struct frame_tmpl t;
	struct frame_spec s;
	uint8_t f[128];
	unsigned bad = 0, zero = 0, ones = 0;
	uint8_t *udp = f + 14 + 20;

	spec_init(&s, 64, VLAN_NONE);
	frame_tmpl_init(&t, &s);
	frame_write(&t, f);
	for (uint64_t seq = 0; seq < 300000; seq++) {
		frame_stamp(&t, f, 0, seq, 42);
		if (!get16(udp + 6))
			zero++;
		if (get16(udp + 6) == 0xffff)
			ones++;
		if (ref_udp_sum(f + 14, udp, 72) != 0xffff)
			bad++;
	}
	is_u64(zero, 0, "300000 stamps: checksum never 0");
	is_u64(bad, 0, "300000 stamps: all valid");
	ok(ones > 0, "the 0 -> 0xffff case happened (%u times)", ones);
}

static void build(uint8_t *f, struct frame_tmpl *t, unsigned payload,
		  uint16_t vlan, uint64_t seq)
{
	struct frame_spec s;

	spec_init(&s, payload, vlan);
	s.stream = vlan == VLAN_NONE ? 0 : 0x0302;
	frame_tmpl_init(t, &s);
	frame_write(t, f);
	frame_stamp(t, f, 0, seq, 1700000000123456789ull);
}

static int parse(const uint8_t *f, size_t len, uint16_t meta,
		 struct pkt_info *pi)
{
	/* an exact-size copy, so ASan sees any read past len */
	uint8_t *c = malloc(len ? len : 1);
	int ret;

	memcpy(c, f, len);
	ret = frame_parse(c, len, 9000, meta, pi);
	free(c);
	return ret;
}

static void test_parse_good(void)
{
	struct frame_tmpl t;
	struct pkt_info pi;
	uint8_t f[256], g[256];

	build(f, &t, 64, VLAN_NONE, 77);
	memset(&pi, 0, sizeof(pi));
	is_int(parse(f, t.len, VLAN_NONE, &pi), 0, "good frame parses");
	is_u64(pi.seq, 77, "  seq");
	is_u64(pi.tx_ns, 1700000000123456789ull, "  tx_ns");
	is_u64(pi.run_id, 0xabcdef01, "  run_id");
	is_u64(pi.payload_len, 64, "  payload_len");
	is_u64(pi.vlan, VLAN_NONE, "  untagged");
	is_u64(pi.stream, 0, "  stream 0");
	is_int(parse(f, t.len, 42, &pi), 0, "with a stripped tag");
	is_u64(pi.vlan, 42, "  vlan from vlan_meta");
	is_int(frame_parse(f, t.len, 9001, VLAN_NONE, &pi), -ENOENT,
	       "other UDP port: -ENOENT");

	memset(f + t.len, 0, 20);
	is_int(parse(f, t.len + 20, VLAN_NONE, &pi), 0,
	       "Ethernet padding after the datagram");
	is_u64(pi.payload_len, 64, "  padding is not payload");

	build(f, &t, 64, 100, 78);
	is_int(parse(f, t.len, VLAN_NONE, &pi), 0, "tagged frame parses");
	is_u64(pi.stream, 0x0302, "  stream");
	is_u64(pi.vlan, 100, "  vlan from the in-band tag");
	is_u64(pi.seq, 78, "  seq");
	put16(f + 14, 0xe000 | 100);
	is_int(parse(f, t.len, VLAN_NONE, &pi), 0, "tag with priority 7");
	is_u64(pi.vlan, 100, "  priority bits masked off");

	/* a 4-byte IP option (IHL 6): UDP starts at IHL * 4 */
	build(f, &t, 64, VLAN_NONE, 79);
	memcpy(g, f, 34);
	memset(g + 34, 1, 4);	/* NOPs */
	memcpy(g + 38, f + 34, t.len - 34);
	g[14] = 0x46;
	put16(g + 16, 20 + 4 + 8 + 64);
	put16(g + 24, 0);
	put16(g + 24, csum_fold(csum_partial(g + 14, 24, 0)));
	is_int(parse(g, t.len + 4, VLAN_NONE, &pi), 0, "IHL 6 parses");
	is_u64(pi.seq, 79, "  seq behind the option");

	build(f, &t, PKT_HDR_LEN, VLAN_NONE, 80);
	is_int(parse(f, t.len, VLAN_NONE, &pi), 0, "32 B payload parses");
	is_u64(pi.payload_len, 32, "  payload_len 32");

	memset(&pi, 0, sizeof(pi));
	is_int(payload_parse(f + 42, 32, &pi), 0, "payload_parse: 32 B");
	is_u64(pi.seq, 80, "  seq");
	is_int(payload_parse(f + 42, 31, &pi), -EPROTO, "payload_parse: 31 B");
	is_int(payload_parse(f + 42, 0, &pi), -EPROTO, "payload_parse: 0 B");
}

struct mangle {
	const char *name;
	int off;		/* from the IP header; -1: none */
	int len;		/* 1 or 2 bytes */
	uint16_t val;
	int trunc;		/* bytes cut from the end */
	int want;
};

static void test_parse_bad(void)
{
	/* the good frame: 14 + 20 + 8 + 64 = 106 bytes, IP total 92 */
	static const struct mangle m[] = {
		{ "truncated IP header", -1, 0, 0, 106 - 24, -EPROTO },
		{ "IHL 4", 0, 1, 0x44, 0, -EPROTO },
		{ "IHL 0", 0, 1, 0x40, 0, -EPROTO },
		{ "IHL 15, beyond a 54 B frame", 0, 1, 0x4f, 106 - 54,
		  -EPROTO },
		{ "IP version 6", 0, 1, 0x65, 0, -EPROTO },
		{ "IP total length beyond the frame", 2, 2, 93, 0, -EPROTO },
		{ "IP total length under IHL + 8", 2, 2, 27, 0, -EPROTO },
		{ "UDP length beyond the IP datagram", 24, 2, 73, 0, -EPROTO },
		{ "UDP length 7", 24, 2, 7, 0, -EPROTO },
		{ "payload 31 B, shorter than the header", 24, 2, 39, 0,
		  -EPROTO },
		{ "foreign magic", 28, 1, 'X', 0, -EPROTO },
		{ "wrong version", 32, 2, 2, 0, -EPROTO },
		{ "more fragments", 6, 2, 0x2000, 0, -EPROTO },
		{ "fragment offset", 6, 2, 0x4001, 0, -EPROTO },
		{ "datagram cut short", -1, 0, 0, 1, -EPROTO },
		{ "TCP", 9, 1, 6, 0, -ENOENT },
		{ "ICMP", 9, 1, 1, 0, -ENOENT },
		{ "ARP ethertype", -14 + 12, 2, 0x0806, 0, -ENOENT },
		{ "IPv6 ethertype", -14 + 12, 2, 0x86dd, 0, -ENOENT },
		{ "other UDP port", 22, 2, 9001, 0, -ENOENT },
		{ "Ethernet header only", -1, 0, 0, 106 - 14, -EPROTO },
		{ "13 bytes", -1, 0, 0, 106 - 13, -ENOENT },
	};
	struct frame_tmpl t;
	struct pkt_info pi;
	uint8_t good[256], f[256];

	build(good, &t, 64, VLAN_NONE, 5);
	for (size_t i = 0; i < sizeof(m) / sizeof(m[0]); i++) {
		memcpy(f, good, t.len);
		if (m[i].len == 1)
			f[14 + m[i].off] = (uint8_t)m[i].val;
		else if (m[i].len == 2)
			put16(f + 14 + m[i].off, m[i].val);
		is_int(parse(f, t.len - (unsigned)m[i].trunc, VLAN_NONE, &pi),
		       m[i].want, "%s: %s", m[i].name,
		       m[i].want == -ENOENT ? "-ENOENT" : "-EPROTO");
	}

	build(good, &t, 64, 100, 5);
	is_int(parse(good, 17, VLAN_NONE, &pi), -ENOENT,
	       "tagged, 17 bytes: -ENOENT");
	put16(good + 16, 0x0806);
	is_int(parse(good, t.len, VLAN_NONE, &pi), -ENOENT,
	       "tagged ARP: -ENOENT");
}

/* Every prefix of a good frame: never a read past the end. */
static void test_parse_truncations(uint16_t vlan)
{
	struct frame_tmpl t;
	struct pkt_info pi;
	uint8_t f[256];
	unsigned bad = 0, l2 = vlan == VLAN_NONE ? 14 : 18;

	build(f, &t, 64, vlan, 9);
	for (size_t len = 0; len <= t.len; len++) {
		int ret = parse(f, len, VLAN_NONE, &pi), want;

		if (len == t.len)
			want = 0;
		else if (len < l2)
			want = -ENOENT;
		else
			want = -EPROTO;
		if (ret != want) {
			if (!bad++)
				diag("length %zu: %d, want %d", len, ret, want);
		}
	}
	is_u64(bad, 0, "%s: all %u truncations as expected",
	       vlan == VLAN_NONE ? "untagged" : "tagged", t.len + 1);
}

static uint64_t rng_state = 0x2545f4914f6cdd1dull;

static uint64_t rng(void)
{
	uint64_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return rng_state = x;
}

/* Random byte flips and lengths (fixed seed): only 0, -ENOENT, -EPROTO,
 * -EBADMSG. */
static void test_parse_fuzz(void)
{
	struct frame_tmpl t[2];
	struct pkt_info pi;
	uint8_t good[2][256], f[256];
	unsigned odd = 0, n[4] = { 0 };

	build(good[0], &t[0], 64, VLAN_NONE, 1);
	build(good[1], &t[1], 40, 7, 2);
	for (unsigned i = 0; i < 200000; i++) {
		unsigned w = i & 1, len = t[w].len, flips = 1 + rng() % 4;
		int ret;

		memcpy(f, good[w], len);
		for (unsigned k = 0; k < flips; k++)
			f[rng() % len] = (uint8_t)rng();
		if (rng() % 4 == 0)
			len = (unsigned)(rng() % (len + 1));
		ret = parse(f, len, (uint16_t)(rng() % 2 ? VLAN_NONE : 3), &pi);
		if (ret == 0) {
			n[0]++;
			if (pi.payload_len + 8 + 20 + 14 > len)
				odd++;
		} else if (ret == -ENOENT) {
			n[1]++;
		} else if (ret == -EPROTO) {
			n[2]++;
		} else if (ret == -EBADMSG) {
			n[3]++;
		} else {
			odd++;
		}
	}
	diag("fuzz: %u parsed, %u other traffic, %u malformed, %u bad csum",
	     n[0], n[1], n[2], n[3]);
	is_u64(odd, 0,
	       "200000 mangled frames: 0, -ENOENT, -EPROTO or -EBADMSG only");
	ok(n[0] && n[1] && n[2] && n[3], "fuzz reached all four outcomes");
}

/* The IPv4 header checksum and who the frame is addressed to. */
static void test_parse_dst(void)
{
	struct frame_dst d = { .mac = { 2, 0, 0, 0, 0, 2 }, .nip = 2 };
	struct frame_tmpl t;
	struct pkt_info pi;
	uint8_t f[256], g[256];

	build(f, &t, 64, VLAN_NONE, 5);
	memcpy(f, d.mac, 6);
	memcpy(&d.ip[0], f + 14 + 16, 4);	/* the template's dst IP */
	d.ip[1] = htonl(0xc6336401);
	is_int(frame_dst_check(f, t.len, &d), 0, "dst: our MAC and IP");
	memcpy(g, f, t.len);
	g[5] ^= 1;
	is_int(frame_dst_check(g, t.len, &d), FRAME_FOREIGN_MAC,
	       "dst: another MAC");
	memset(g, 0xff, 6);
	is_int(frame_dst_check(g, t.len, &d), 0, "dst: broadcast passes");
	g[0] = 0x01;
	is_int(frame_dst_check(g, t.len, &d), 0, "dst: multicast passes");
	memcpy(g, f, t.len);
	g[14 + 19] ^= 1;
	is_int(frame_dst_check(g, t.len, &d), FRAME_FOREIGN_IP,
	       "dst: another IP");
	d.nip = 0;
	is_int(frame_dst_check(g, t.len, &d), 0, "dst: no address, no check");
	is_int(frame_dst_check(g, 13, &d), -EPROTO, "dst: 13 bytes");
	d.nip = 1;
	is_int(frame_dst_check(f, 14 + 19, &d), -EPROTO,
	       "dst: IP header cut");
	/* the IP header checksum: one flipped bit of the TTL */
	memcpy(g, f, t.len);
	g[14 + 8] ^= 1;
	is_int(parse(g, t.len, VLAN_NONE, &pi), -EBADMSG,
	       "bad IPv4 header checksum: -EBADMSG");
	g[14 + 8] ^= 1;
	is_int(parse(g, t.len, VLAN_NONE, &pi), 0, "checksum restored: 0");
}

/* --size imix: the sequence, its proportions and its sizes. */
static void test_imix(void)
{
	uint64_t n[IMIX_CLASSES] = { 0 }, bits = 0, bad = 0;

	for (uint64_t k = 0; k < 12000; k++) {
		unsigned c = imix_class(k);

		if (c >= IMIX_CLASSES) {
			bad++;
			continue;
		}
		n[c]++;
		bits += frame_wire_bits(imix_payload_len[c], 0);
	}
	is_u64(bad, 0, "imix: 12 000 packets, every class valid");
	is_u64(n[0], 7000, "imix: 7000 small of 12 000");
	is_u64(n[1], 4000, "imix: 4000 middle of 12 000");
	is_u64(n[2], 1000, "imix: 1000 large of 12 000");
	/* from any start: a thread's count may end mid-cycle */
	for (uint64_t s = 0; s < 12; s++) {
		uint64_t w[IMIX_CLASSES] = { 0 };

		for (uint64_t k = s; k < s + IMIX_CYCLE; k++)
			w[imix_class(k)]++;
		bad += w[0] != 7 || w[1] != 4 || w[2] != 1;
	}
	is_u64(bad, 0, "imix: every 12 consecutive packets are 7:4:1");
	is_u64(imix_frame_len[0], 64, "imix: 64-byte frames");
	is_u64(imix_frame_len[1], 570, "imix: 570-byte frames");
	is_u64(imix_frame_len[2], 1518, "imix: 1518-byte frames");
	is_u64(imix_payload_len[1], 570 - 46, "imix: 570 - 46 = 524 B payload");
	is_u64(imix_payload_len[2], 1518 - 46,
	       "imix: 1518 - 46 = 1472 B payload, a 1500-byte IPv4 packet");
	is_u64(imix_payload_len[0], PKT_HDR_LEN,
	       "imix: the 64-byte class is the smallest test packet, 32 B");
	is_u64(IMIX_PAYLOAD_MAX, imix_payload_len[2], "imix: the largest");
	/* by the study's count, (payload + 42) x 8 */
	is_u64(bits, 1000ull * (7 * 592 + 4 * 4528 + 12112),
	       "imix: 12 000 packets are 1000 x (7 x 592 + 4 x 4528 + 12112) bits");
}

/* An IMIX slot: the largest frame once, then any class's headers over it. */
static void test_write_hdr(void)
{
	static uint8_t slot[2048], ref[2048];
	struct frame_tmpl big, t;
	struct frame_spec s;
	unsigned bad = 0;

	for (unsigned v = 0; v < 2; v++) {
		uint16_t vlan = v ? 100 : VLAN_NONE;

		spec_init(&s, IMIX_PAYLOAD_MAX, vlan);
		frame_tmpl_init(&big, &s);
		frame_write(&big, slot);
		for (uint64_t k = 0; k < 3 * IMIX_CYCLE; k++) {
			unsigned c = imix_class(k);

			spec_init(&s, imix_payload_len[c], vlan);
			frame_tmpl_init(&t, &s);
			frame_write_hdr(&t, slot);
			frame_stamp(&t, slot, (unsigned)k, k, 1000 + k);
			frame_write(&t, ref);
			frame_stamp(&t, ref, (unsigned)k, k, 1000 + k);
			bad += memcmp(slot, ref, t.len) != 0;
			bad += stamp_check(slot + t.l3_off,
					   slot + t.l3_off + 20,
					   imix_payload_len[c], (unsigned)k);
		}
		is_u64(bad, 0,
		       "%s: 36 imix packets written over one slot equal whole frames, checksums valid",
		       v ? "VLAN" : "untagged");
	}
}

int main(void)
{
	test_imix();
	test_write_hdr();
	test_parse_dst();
	test_csum();
	test_layout(VLAN_NONE);
	test_layout(100);
	test_tmpl_bounds();
	test_stamp_csum();
	test_stamp_zero();
	test_parse_good();
	test_parse_bad();
	test_parse_truncations(VLAN_NONE);
	test_parse_truncations(100);
	test_parse_fuzz();
	return done_testing();
}
