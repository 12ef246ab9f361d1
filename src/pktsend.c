// SPDX-License-Identifier: MIT
/* pktsend: option table and main. */
#include <stddef.h>

#include "core/cfg.h"
#include "core/frame.h"
#include "core/run.h"

#define O(f) offsetof(struct cfg, f)

const struct opt pktsend_opts[] = {
	{ "mode", 'm', OPT_MODE, O(be), UNITS_PLAIN, 0, 0, "MODE",
	  "backend (default udp)", 0 },
	{ "dst", 'd', OPT_IP4, O(dst_ip), UNITS_PLAIN, 0, 0, "IP",
	  "destination IPv4 address (required)", 0 },
	{ "port", 'p', OPT_U16, O(dport), UNITS_PLAIN, 1, 65535, "PORT",
	  "destination UDP port (default 9000)", 0 },
	{ "src-port", 'P', OPT_U16, O(sport), UNITS_PLAIN, 1, 65535, "PORT",
	  "first source UDP port (default 10000)", 0 },
	{ "flows", 'F', OPT_U64, O(flows), UNITS_PLAIN, 1, 4096, "N",
	  "distinct source ports, one per burst in turn (default 1)", 0 },
	{ "count", 'n', OPT_U64, O(count), UNITS_COUNT, 1, 1ull << 48, "N",
	  "packets to send, k/M/G suffixes (default: no limit)", 0 },
	{ "duration", 't', OPT_U64, O(duration_ns), UNITS_NSEC, 1000000,
	  86400ull * 1000000000, "TIME", "stop after TIME (10, 2.5s, 500ms)",
	  0 },
	{ "size", 's', OPT_U64, O(size), UNITS_BYTES, PKT_HDR_LEN,
	  65507, "BYTES", "UDP payload bytes, 32..MTU-28 (default 64)", 0 },
	{ "rate", 'r', OPT_RATE, O(rate), UNITS_PLAIN, 0, 0, "RATE",
	  "500M, 1.5G (bit/s) or 2Mpps; 0 = unlimited (default)", 0 },
	{ "batch", 'b', OPT_U64, O(batch), UNITS_PLAIN, 1, 1024, "N",
	  "packets per send call and pacer burst (default 64)", 0 },
	{ "interface", 'i', OPT_IFNAME, O(ifname), UNITS_PLAIN, 0, 0, "IF",
	  "interface (required for mmap, xdp; binds udp/mmsg)", 0 },
	{ "dst-mac", 'M', OPT_MAC, O(dst_mac), UNITS_PLAIN, 0, 0, "MAC",
	  "destination MAC for mmap, xdp (default: neighbour table)", 0 },
	{ "vlan", 'v', OPT_U64, O(vlan), UNITS_PLAIN, 0, 4094, "ID",
	  "mmap, xdp: write an 802.1Q tag with this VLAN ID", 0 },
	{ "threads", 'j', OPT_U64, O(threads), UNITS_PLAIN, 1, PKT_MAX_STREAMS,
	  "N", "sender threads, each with its own socket or ring (default 1)",
	  0 },
	{ "ring-frames", 256, OPT_U64, O(ring_frames), UNITS_COUNT, 16,
	  1u << 20, "N", "mmap: TX ring frames (default 4096)", 0 },
	{ "frame-size", 257, OPT_U64, O(frame_size), UNITS_BYTES, 128,
	  1u << 16, "BYTES", "mmap: TX ring frame size, power of 2 (default 2048)",
	  0 },
	{ "qdisc-bypass", 258, OPT_FLAG, O(qdisc_bypass), UNITS_PLAIN, 0, 0,
	  NULL, "mmap: skip the qdisc layer (PACKET_QDISC_BYPASS)", 0 },
	{ "no-vnet-hdr", 263, OPT_FLAG, O(no_vnet_hdr), UNITS_PLAIN, 0, 0,
	  NULL,
	  "mmap: let skbs point into the ring, as trafgen does (default: copy each frame into the skb head via PACKET_VNET_HDR, cheaper)",
	  0 },
	{ "xdp-bind", 264, OPT_CHOICE, O(xdp_bind), UNITS_PLAIN, 0, 0,
	  "auto|copy|zerocopy",
	  "xdp: AF_XDP bind mode; auto tries zero-copy, then copy (default auto)",
	  0 },
	{ "max-ring-mem", 270, OPT_U64, O(max_ring_mem), UNITS_BYTES, 1u << 20,
	  1ull << 40, "BYTES",
	  "mmap: refuse rings above BYTES in all (default a quarter of MemAvailable)",
	  0 },
	{ "format", 'f', OPT_FORMAT, O(format), UNITS_PLAIN, 0, 0, "FMT",
	  "result format: json, csv or text (default json)", 0 },
	{ "output", 'o', OPT_PATH, O(output), UNITS_PLAIN, 0, 0, "FILE",
	  "write the result to FILE instead of stdout", 0 },
	{ "interval", 'I', OPT_U64, O(interval_ns), UNITS_NSEC, 10000000,
	  3600ull * 1000000000, "TIME", "also emit a record every TIME", 0 },
	{ "linger", 262, OPT_U64, O(linger_ns), UNITS_NSEC, 0,
	  86400ull * 1000000000, "TIME",
	  "after the report, wait TIME or a signal before exiting (compose)", 0 },
	{ "run-id", 259, OPT_U64, O(run_id), UNITS_PLAIN, 1, 0xffffffffu,
	  "ID", "run id in every packet (default random)", 0 },
	{ "quiet", 'q', OPT_FLAG, O(quiet), UNITS_PLAIN, 0, 0, NULL,
	  "no human summary on stderr", 0 },
	{ "test-skip", 260, OPT_U64, O(test_skip), UNITS_PLAIN, 1,
	  1ull << 48, "N", "test only: skip a sequence number after every N",
	  1 },
	{ "test-dup", 261, OPT_U64, O(test_dup), UNITS_PLAIN, 1, 1ull << 48,
	  "N", "test only: repeat a sequence number after every N", 1 },
	{ "connect", 280, OPT_PATH, O(connect), UNITS_PLAIN, 0, 0,
	  "HOST[:PORT]",
	  "run against pktrecv --server there (control port default 9001); print both results",
	  OPT_NO_RESULT },
	{ "rx-mode", 281, OPT_MODE, O(rx_be), UNITS_PLAIN, 0, 0, "MODE",
	  "--connect: the receiver's backend (default udp)", OPT_NO_RESULT },
	{ "rx-threads", 282, OPT_U64, O(rx_threads), UNITS_PLAIN, 1, 64, "N",
	  "--connect: the receiver's threads (default 1)", OPT_NO_RESULT },
	{ "token", 283, OPT_PATH, O(token), UNITS_PLAIN, 0, 0, "SECRET",
	  "--connect: the server's shared secret (or PKT_TOKEN)",
	  OPT_NO_RESULT },
	{ "connect-timeout", 284, OPT_U64, O(connect_timeout_ns), UNITS_NSEC,
	  1000000, 3600ull * 1000000000, "TIME",
	  "--connect: keep trying to reach the server this long (default 30s)",
	  OPT_NO_RESULT },
	OPT_END,
};

/* The unit tests link this file for its table, with PKT_NO_MAIN. */
#ifndef PKT_NO_MAIN
int main(int argc, char **argv)
{
	return prog_main(ROLE_SEND, pktsend_opts, argc, argv);
}
#endif
