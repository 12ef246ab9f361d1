// SPDX-License-Identifier: MIT
/*
 * The xdp backend's pure parts: AF_XDP ring index arithmetic, and the
 * receiver's XDP program run by the kernel (BPF_PROG_TEST_RUN) on crafted
 * frames.  The program is built with XDP_TX as the action for a queue
 * without a socket, so "redirect to our socket" shows as XDP_TX and can
 * be told from XDP_PASS.  Without the right to load BPF (not root, no
 * CAP_BPF) those tests skip, saying so.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/bpf.h>
#include <net/if.h>
#include <string.h>
#include <unistd.h>

#include "be/xsk.h"
#include "core/cfg.h"
#include "core/frame.h"
#include "tap.h"

extern const struct opt pktrecv_opts[], pktsend_opts[];

#define PORT 9000

static void test_ring_index(void)
{
	is_u64(xsk_ring_used(10, 4), 6, "used 10 - 4");
	is_u64(xsk_ring_used(3, 0xfffffffeu), 5, "used across the u32 wrap");
	is_u64(xsk_ring_free(2048, 0xffffffffu, 0xfffff800u), 1,
	       "free near the wrap");
	is_u64(xsk_ring_free(2048, 5, 5), 2048, "empty ring all free");
	is_u64(xsk_ring_free(2048, 2048 + 7, 7), 0, "full ring no room");
	is_u64(xsk_ring_slot(2048, 2048), 0, "slot wraps to 0");
	is_u64(xsk_ring_slot(0xffffffffu, 2048), 2047, "slot at u32 max");
	is_u64(xsk_ring_slot(0xffffffffu + 1u, 2048), 0, "slot after u32 wrap");
}

/* Time x rate -> frames: a power of 2 that covers it, within bounds. */
static void test_frame_budget(void)
{
	struct cfg c;

	is_u64(xsk_frames_for(XSK_RIDE_NS, XSK_RIDE_PPS), XSK_FRAMES_DEFAULT,
	       "20 ms at 1.5 Mpps = 30000 frames -> 32768");
	is_u64(XSK_FRAMES_DEFAULT * (uint64_t)1000000000 / XSK_RIDE_PPS >=
		       XSK_RIDE_NS,
	       1, "the default rides out at least 20 ms at 1.5 Mpps");
	cfg_defaults(&c, ROLE_RECV);
	is_u64(c.xdp_frames, XSK_FRAMES_DEFAULT, "cfg default is the budget");
	cfg_defaults(&c, ROLE_SEND);
	is_u64(c.xdp_frames, XSK_FRAMES_DEFAULT, "sender: the same budget");
	is_u64(xsk_frames_for(1000000, 1000000), 1024, "1 ms at 1 Mpps: 1024");
	is_u64(xsk_frames_for(1000000, 1024000), 1024,
	       "exactly 1024 frames: 1024");
	is_u64(xsk_frames_for(1000000, 1025000), 2048,
	       "1025 frames round up to 2048");
	is_u64(xsk_frames_for(0, 0), XSK_FRAMES_MIN, "nothing: the minimum");
	is_u64(xsk_frames_for(3600ull * 1000000000, 1000000000),
	       XSK_FRAMES_MAX, "an hour at 1 Gpps: the maximum");
	ok(xsk_frames_valid(64) && xsk_frames_valid(1u << 18) &&
		   !xsk_frames_valid(32) && !xsk_frames_valid(1u << 19) &&
		   !xsk_frames_valid(3000) && !xsk_frames_valid(0),
	   "valid: powers of 2 in 64..262144 only");
	is_u64(xsk_umem_bytes(32768), 64ull << 20, "32768 frames: 64 MiB UMEM");
	is_u64(xsk_sock_bytes(32768), (64ull << 20) + 32768 * 24 + 64 * 8,
	       "a socket: UMEM + 24 B of ring per frame + spare ring");
}

static int cfg_run(struct cfg *c, enum prog_role role, char *err,
		   size_t errlen, const char *const *args)
{
	const struct opt *opts = role == ROLE_SEND ? pktsend_opts :
						     pktrecv_opts;
	char *argv[16];
	int argc = 0, ret;

	argv[argc++] = role == ROLE_SEND ? "pktsend" : "pktrecv";
	for (; *args && argc < 15; args++)
		argv[argc++] = (char *)*args;
	argv[argc] = NULL;
	cfg_defaults(c, role);
	err[0] = '\0';
	ret = cfg_parse(c, opts, argc, argv, err, errlen);
	if (!ret)
		ret = cfg_validate(c, opts, err, errlen);
	return ret;
}

/* --xdp-frames x --threads against --max-ring-mem, both programs. */
static void test_frame_cap(void)
{
	static const char *const dflt[] = {
		"--mode", "xdp", "--interface", "lo", "--max-ring-mem", "65M",
		NULL,
	};
	static const char *const tight[] = {
		"--mode", "xdp", "--interface", "lo", "--max-ring-mem", "64M",
		NULL,
	};
	static const char *const j2[] = {
		"--mode", "xdp", "--interface", "lo", "--threads", "2",
		"--xdp-frames", "16384", "--max-ring-mem", "65M", NULL,
	};
	static const char *const big[] = {
		"--mode", "xdp", "--interface", "lo", "--xdp-frames", "262144",
		"--threads", "4", "--max-ring-mem", "1024M", NULL,
	};
	static const char *const odd[] = {
		"--mode", "xdp", "--interface", "lo", "--xdp-frames", "3000",
		NULL,
	};
	static const char *const tx[] = {
		"--mode", "xdp", "--interface", "lo", "--dst", "10.0.0.1",
		"--xdp-frames", "65536", "--max-ring-mem", "100M", NULL,
	};
	static const char *const mmap[] = {
		"--mode", "mmap", "--interface", "lo", "--xdp-frames", "64",
		NULL,
	};
	char err[512];
	struct cfg c;

	if (!if_nametoindex("lo")) {
		skip("no lo interface here");
		return;
	}
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), dflt), 0,
	       "default budget fits 65M");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), tight), -EINVAL,
	       "default budget (64 MiB + rings) refused at 64M");
	has_str(err, "--xdp-frames 32768 x (2048 B of UMEM + 24 B of ring) x --threads 1 = 64.8 MiB, above the cap of 64.0 MiB (--max-ring-mem",
		"message names the product and the cap");
	ok(!strchr(err, '\n'), "one line");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), j2), 0,
	       "-j 2 x 16384 frames fits 65M");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), big), -EINVAL,
	       "-j 4 x 262144 frames (2 GiB) refused at 1024M");
	has_str(err, "--threads 4 = 2.0 GiB", "message names 2 GiB");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), odd), -EINVAL,
	       "--xdp-frames 3000 refused");
	has_str(err, "--xdp-frames 3000: accepted a power of 2 in 64..262144",
		"message names the range");
	is_int(cfg_run(&c, ROLE_SEND, err, sizeof(err), tx), -EINVAL,
	       "sender: 65536 frames (128 MiB) refused at 100M");
	has_str(err, "--xdp-frames 65536 x", "sender message names the flag");
	is_int(cfg_run(&c, ROLE_RECV, err, sizeof(err), mmap), -EINVAL,
	       "--xdp-frames with mmap refused");
	has_str(err, "--xdp-frames applies only to --mode xdp",
		"message names the flag and mode");
}

/*
 * The fill/RX cycle of the receiver and the TX/completion cycle of the
 * sender, with a stand-in kernel, started just below the u32 wrap of
 * the free-running indices: every frame comes back exactly once, the
 * free counts stay exact, and no ring ever holds more than it has.
 */
struct fake_ring {
	uint32_t prod, cons, flags;
	uint64_t addr[64];
	struct xsk_ring r;
};

static void fake_init(struct fake_ring *f, uint32_t start)
{
	memset(f, 0, sizeof(*f));
	f->prod = f->cons = start;
	f->r.producer = &f->prod;
	f->r.consumer = &f->cons;
	f->r.flags = &f->flags;
	f->r.ring = f->addr;
	f->r.size = 64;
	f->r.cached = start;
}

static void test_ring_wrap(void)
{
	struct fake_ring fq, rx;
	unsigned seen[64] = { 0 }, bad = 0, steps = 0;
	uint32_t start = 0xffffffffu - 200, got = 0;

	/* fill: we produce; rx: the kernel produces.  64 frames, 64 slots */
	fake_init(&fq, start);
	fake_init(&rx, start + 17);
	for (uint32_t i = 0; i < 64; i++)
		*xsk_ring_addr(&fq.r, fq.r.cached + i) = (uint64_t)i << 11;
	xsk_ring_publish(&fq.r, fq.r.producer, fq.r.cached + 64);
	for (unsigned round = 0; round < 1000; round++) {
		/* kernel: moves up to k frames fill -> rx */
		uint32_t k = (round * 7) % 50 + 1, n;

		n = xsk_ring_used(xsk_ring_peer(fq.r.producer), fq.cons);
		if (k > n)
			k = n;
		if (k > xsk_ring_free(64, rx.prod, rx.cons))
			bad++;
		for (uint32_t i = 0; i < k; i++)
			rx.addr[xsk_ring_slot(rx.prod + i, 64)] =
				fq.addr[xsk_ring_slot(fq.cons + i, 64)];
		fq.cons += k;
		rx.prod += k;
		/* we: take what rx has, count it, give it back to fill */
		n = xsk_ring_used(xsk_ring_peer(rx.r.producer), rx.r.cached);
		for (uint32_t i = 0; i < n; i++) {
			uint64_t a = *xsk_ring_addr(&rx.r, rx.r.cached + i);

			seen[(a >> 11) & 63]++;
			if (xsk_ring_free(64, fq.r.cached, fq.cons) == 0)
				bad++;
			*xsk_ring_addr(&fq.r, fq.r.cached) = a;
			xsk_ring_publish(&fq.r, fq.r.producer,
					 fq.r.cached + 1);
		}
		got += n;
		xsk_ring_publish(&rx.r, rx.r.consumer, rx.r.cached + n);
		if (xsk_ring_used(fq.prod, fq.cons) +
			    xsk_ring_used(rx.prod, rx.cons) != 64)
			bad++;
		steps++;
	}
	is_int(bad, 0, "fill + rx hold all 64 frames, never overfull, over %u rounds",
	       steps);
	ok(fq.prod < start && rx.prod < start,
	   "both rings' indices wrapped past 2^32 (fill %u, rx %u)", fq.prod,
	   rx.prod);
	for (unsigned i = 0; i < 64; i++)
		if (seen[i] < got / 64 - 1 || seen[i] > got / 64 + 1)
			bad++;
	is_int(bad, 0, "every frame came round evenly (%u packets)", got);

	/* TX: room is frames minus those sent but not completed */
	is_u64(xsk_ring_free(64, start + 230, start + 200), 34,
	       "TX room across the wrap: 64 - 30 in flight");
	is_u64(xsk_ring_free(64, start + 264, start + 200), 0,
	       "TX room: all 64 in flight across the wrap");
	is_u64(xsk_ring_free(32768, 5u, 0xffffffffu - 32762u), 0,
	       "32768 frames in flight across the wrap: none free");
}

/* A frame from the real template: what pktsend sends. */
static unsigned make_frame(uint8_t *buf, uint16_t dport, uint16_t vlan)
{
	struct frame_spec s = {
		.src_mac = { 2, 0, 0, 0, 0, 1 },
		.dst_mac = { 2, 0, 0, 0, 0, 2 },
		.src_ip = htonl(0xc0000201),
		.dst_ip = htonl(0xc0000202),
		.sport = 10000,
		.dport = dport,
		.vlan = vlan,
		.payload_len = 64,
		.run_id = 7,
	};
	struct frame_tmpl t;

	if (frame_tmpl_init(&t, &s))
		return 0;
	frame_write(&t, buf);
	return t.len;
}

static void test_prog(int fd)
{
	uint8_t f[256], g[256];
	unsigned len, bad = 0;
	int ret;

	len = make_frame(f, PORT, VLAN_NONE);
	is_int(xdp_prog_test_run(fd, f, len), XDP_TX, "our port: redirect");
	len = make_frame(f, PORT + 1, VLAN_NONE);
	is_int(xdp_prog_test_run(fd, f, len), XDP_PASS, "other port: pass");
	len = make_frame(f, PORT, 10);
	is_int(xdp_prog_test_run(fd, f, len), XDP_TX,
	       "our port, 802.1Q tag: redirect");
	len = make_frame(f, PORT + 1, 10);
	is_int(xdp_prog_test_run(fd, f, len), XDP_PASS,
	       "other port, 802.1Q tag: pass");

	/* IPv6: same bytes where the port would be, other EtherType */
	len = make_frame(f, PORT, VLAN_NONE);
	f[12] = 0x86;
	f[13] = 0xdd;
	is_int(xdp_prog_test_run(fd, f, len), XDP_PASS, "IPv6: pass");
	/* ARP */
	len = make_frame(f, PORT, VLAN_NONE);
	f[12] = 0x08;
	f[13] = 0x06;
	is_int(xdp_prog_test_run(fd, f, len), XDP_PASS, "ARP: pass");
	/* TCP to our port */
	len = make_frame(f, PORT, VLAN_NONE);
	f[14 + 9] = 6;
	is_int(xdp_prog_test_run(fd, f, len), XDP_PASS, "TCP: pass");
	/* a later fragment has no UDP header where the port would be */
	len = make_frame(f, PORT, VLAN_NONE);
	f[14 + 6] = 0x00;
	f[14 + 7] = 0x10;
	is_int(xdp_prog_test_run(fd, f, len), XDP_PASS, "fragment: pass");
	/* IP options move the UDP header */
	len = make_frame(f, PORT, VLAN_NONE);
	f[14] = 0x46;
	is_int(xdp_prog_test_run(fd, f, len), XDP_PASS, "IP options: pass");

	/*
	 * Every truncation: below 14 B the kernel refuses the run; with the
	 * headers cut (< 46 B tagged) the program passes; with all headers
	 * there it redirects, and pktrecv counts a short payload as foreign.
	 */
	len = make_frame(g, PORT, 10);
	for (unsigned l = 0; l < len; l++) {
		int want = l < 46 ? XDP_PASS : XDP_TX;

		memcpy(f, g, l);
		ret = xdp_prog_test_run(fd, f, l);
		if (ret != want && !(l < 14 && ret == -EINVAL)) {
			diag("tagged frame cut to %u B: got %d, want %d", l,
			     ret, want);
			bad++;
		}
	}
	is_int(bad, 0,
	       "tagged frame cut at each of 0..%u B: pass below 46 B, else redirect",
	       len - 1);
	bad = 0;
	len = make_frame(g, PORT, VLAN_NONE);
	for (unsigned l = 14; l < 42; l++) {
		if (xdp_prog_test_run(fd, g, l) != XDP_PASS) {
			diag("frame cut to %u B: not XDP_PASS", l);
			bad++;
		}
	}
	is_int(bad, 0, "untagged frame cut at each of 14..41 B: pass");
	is_int(xdp_prog_test_run(fd, g, 42), XDP_TX,
	       "headers complete at 42 B: redirect");
}

int main(void)
{
	struct bpf_insn insns[XDP_PROG_MAX_INSNS];
	char log[4096] = "";
	unsigned n;
	int map, prog;

	test_ring_index();
	test_frame_budget();
	test_frame_cap();
	test_ring_wrap();
	map = xdp_map_create(1);
	if (map < 0) {
		char why[96];

		snprintf(why, sizeof(why), "cannot create an XSKMAP here: %s",
			 strerror(-map));
		skip(why);
		return done_testing();
	}
	n = xdp_prog_build(insns, PORT, map, XDP_TX);
	ok(n > 0 && n <= XDP_PROG_MAX_INSNS, "program fits: %u instructions",
	   n);
	prog = xdp_prog_load(insns, n, log, sizeof(log));
	if (!is_int(prog >= 0, 1, "the verifier accepts the program")) {
		diag("%s: %s", strerror(-prog), log);
	} else {
		test_prog(prog);
		close(prog);
	}
	close(map);
	return done_testing();
}
