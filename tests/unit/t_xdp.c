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
#include <string.h>
#include <unistd.h>

#include "be/xsk.h"
#include "core/frame.h"
#include "tap.h"

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
