// SPDX-License-Identifier: MIT
/* pktrecv: option table and main. */
#include <stddef.h>

#include "core/cfg.h"
#include "core/run.h"

#define O(f) offsetof(struct cfg, f)

const struct opt pktrecv_opts[] = {
	{ "mode", 'm', OPT_MODE, O(be), UNITS_PLAIN, 0, 0, "MODE",
	  "backend (default udp)", 0 },
	{ "port", 'p', OPT_U16, O(dport), UNITS_PLAIN, 1, 65535, "PORT",
	  "UDP port to count (default 9000)", 0 },
	{ "interface", 'i', OPT_IFNAME, O(ifname), UNITS_PLAIN, 0, 0, "IF",
	  "interface (required for mmap, xdp; binds udp/mmsg)", 0 },
	{ "vlan", 'v', OPT_U64, O(vlan), UNITS_PLAIN, 0, 4094, "ID",
	  "mmap, xdp: count only frames tagged with this VLAN ID", 0 },
	{ "count", 'n', OPT_U64, O(count), UNITS_COUNT, 1, 1ull << 48, "N",
	  "stop after N test packets; loss is also counted against N", 0 },
	{ "duration", 't', OPT_U64, O(duration_ns), UNITS_NSEC, 1000000,
	  86400ull * 1000000000, "TIME", "stop TIME after start", 0 },
	{ "idle-timeout", 'T', OPT_U64, O(idle_ns), UNITS_NSEC, 1000000,
	  86400ull * 1000000000, "TIME",
	  "stop when nothing arrived for TIME after the first packet", 0 },
	{ "threads", 'j', OPT_U64, O(threads), UNITS_PLAIN, 1, 64, "N",
	  "receive threads: PACKET_FANOUT (mmap), one queue each (xdp) or SO_REUSEPORT (default 1)",
	  0 },
	{ "batch", 'b', OPT_U64, O(batch), UNITS_PLAIN, 1, 1024, "N",
	  "packets per receive call (default 64)", 0 },
	{ "ring-blocks", 256, OPT_U64, O(ring_blocks), UNITS_PLAIN, 2, 4096,
	  "N", "mmap: RX ring blocks per thread (default 64 / --threads, at least 8)", 0 },
	{ "block-size", 257, OPT_U64, O(block_size), UNITS_BYTES, 4096,
	  64u << 20, "BYTES",
	  "mmap: RX ring block size, a power of 2 (default 1M)", 0 },
	{ "frame-size", 258, OPT_U64, O(frame_size), UNITS_BYTES, 128,
	  1u << 16, "BYTES", "mmap: RX ring frame size hint (default 2048)", 0 },
	{ "no-sink", 261, OPT_FLAG, O(no_sink), UNITS_PLAIN, 0, 0, NULL,
	  "mmap: do not bind a dropping UDP socket to the port (default: bind one, so the kernel sends no ICMP port unreachable per packet)",
	  0 },
	{ "any-dst", 271, OPT_FLAG, O(any_dst), UNITS_PLAIN, 0, 0, NULL,
	  "mmap, xdp: count test frames to any MAC and IPv4 address, as a listener on a trunk or mirror port (default: only frames to this host)",
	  0 },
	{ "xdp-bind", 262, OPT_CHOICE, O(xdp_bind), UNITS_PLAIN, 0, 0,
	  "auto|copy|zerocopy",
	  "xdp: AF_XDP bind mode; auto tries zero-copy, then copy (default auto)",
	  0 },
	{ "xdp-attach", 263, OPT_CHOICE, O(xdp_attach), UNITS_PLAIN, 0, 0,
	  "auto|native|generic",
	  "xdp: XDP program mode; auto tries native, then generic (default auto)",
	  0 },
	{ "max-ring-mem", 270, OPT_U64, O(max_ring_mem), UNITS_BYTES, 1u << 20,
	  1ull << 40, "BYTES",
	  "mmap: refuse rings above BYTES in all (default a quarter of MemAvailable)",
	  0 },
	{ "format", 'f', OPT_FORMAT, O(format), UNITS_PLAIN, 0, 0, "FMT",
	  "result format: json, csv or text (default json)", 0 },
	{ "output", 'o', OPT_PATH, O(output), UNITS_PLAIN, 0, 0, "FILE",
	  "write the result to FILE (atomically) instead of stdout", 0 },
	{ "interval", 'I', OPT_U64, O(interval_ns), UNITS_NSEC, 10000000,
	  3600ull * 1000000000, "TIME", "also emit a record every TIME", 0 },
	{ "ready-file", 260, OPT_PATH, O(ready_file), UNITS_PLAIN, 0, 0, "FILE",
	  "create FILE once listening (for health checks)", 0 },
	{ "run-id", 259, OPT_U64, O(run_id), UNITS_PLAIN, 1, 0xffffffffu,
	  "ID", "count only this run id (default: the first one seen)", 0 },
	{ "quiet", 'q', OPT_FLAG, O(quiet), UNITS_PLAIN, 0, 0, NULL,
	  "no human summary on stderr", 0 },
	{ "server", 280, OPT_FLAG, O(server), UNITS_PLAIN, 0, 0, NULL,
	  "serve runs for pktsend --connect on the control port, one at a time (docs/protocol.md)",
	  OPT_NO_RESULT },
	{ "control-port", 281, OPT_U16, O(control_port), UNITS_PLAIN, 1,
	  65535, "PORT", "--server: TCP control port (default 9001)",
	  OPT_NO_RESULT },
	{ "bind", 282, OPT_IP4, O(ctl_bind), UNITS_PLAIN, 0, 0, "IP",
	  "--server: listen on this address only (default all)",
	  OPT_NO_RESULT },
	{ "token", 283, OPT_PATH, O(token), UNITS_PLAIN, 0, 0, "SECRET",
	  "--server: refuse clients without this shared secret (or PKT_TOKEN)",
	  OPT_NO_RESULT },
	{ "max-duration", 284, OPT_U64, O(max_duration_ns), UNITS_NSEC, 1000000,
	  86400ull * 1000000000, "TIME",
	  "--server: longest run a client may ask for (default 60s)",
	  OPT_NO_RESULT },
	{ "max-threads", 285, OPT_U64, O(max_threads), UNITS_PLAIN, 1, 64, "N",
	  "--server: most receive threads a client may ask for (default 4)",
	  OPT_NO_RESULT },
	OPT_END,
};

/* The unit tests link this file for its table, with PKT_NO_MAIN. */
#ifndef PKT_NO_MAIN
int main(int argc, char **argv)
{
	return prog_main(ROLE_RECV, pktrecv_opts, argc, argv);
}
#endif
