/* SPDX-License-Identifier: MIT */
#ifndef PKT_CFG_H
#define PKT_CFG_H

#include <stddef.h>
#include <stdint.h>

#include "cpu.h"
#include "units.h"

#define PKT_VERSION_STR "0.1.0"
#define PKT_SCHEMA_VERSION 1

enum out_format {
	OUT_JSON,
	OUT_CSV,
	OUT_TEXT,
	OUT_JSONL,	/* the lines of json, named for a stream of records */
};

enum prog_role {
	ROLE_SEND,
	ROLE_RECV,
};

/*
 * The effective configuration of one run.  Parsed once from the command
 * line, validated as a whole, then passed around as const.
 */
struct cfg {
	enum prog_role role;
	const struct pkt_backend *be;
	char ifname[16];
	unsigned ifindex;
	uint32_t dst_ip;	/* network order */
	uint16_t dport;
	uint16_t sport;
	uint64_t flows;
	uint64_t count;		/* 0: no limit */
	uint64_t duration_ns;	/* 0: no limit */
	uint64_t idle_ns;	/* 0: off */
	uint64_t size;		/* UDP payload bytes (imix: the largest) */
	int imix;		/* --size imix: sizes of imix_class(k) */
	struct rate rate;
	uint64_t batch;
	uint8_t dst_mac[6];
	int have_dst_mac;
	uint64_t vlan;		/* VLAN_NONE: untagged / no filter */
	uint64_t threads;
	struct cpu_list cpus;	/* --cpu: thread i on cpus.cpu[i] */
	uint64_t ring_frames;	/* TX ring */
	uint64_t frame_size;	/* TX and RX ring frame size */
	uint64_t ring_blocks;	/* RX ring */
	uint64_t block_size;	/* RX ring block bytes */
	uint64_t max_ring_mem;	/* 0: a quarter of MemAvailable */
	uint64_t rcvbuf;	/* receiver udp/mmsg: SO_RCVBUF bytes */
	int qdisc_bypass;
	int no_vnet_hdr;	/* sender mmap: classic page-frag skbs */
	int no_sink;		/* receiver mmap: no UDP sink socket */
	int any_dst;		/* receiver, raw modes: no MAC/IP check */
	int xdp_bind;		/* enum xdp_bind_mode (src/be/xsk.h) */
	int xdp_attach;		/* enum xdp_attach_mode */
	uint64_t xdp_frames;	/* UMEM frames per thread (src/be/xsk.h) */
	int busy_poll;		/* receiver xdp: SO_PREFER_BUSY_POLL etc. */
	enum out_format format;
	char output[256];
	char ready_file[256];	/* receiver: created once listening */
	uint64_t linger_ns;	/* sender: wait this long after the report */
	uint64_t interval_ns;	/* 0: no interval records */
	uint64_t run_id;	/* sender: 0 = random; receiver: 0 = most packets */
	uint64_t test_skip;	/* test only: skip a sequence number every N */
	uint64_t test_dup;	/* test only: repeat a sequence number every N */
	int quiet;
	int check;		/* --check: validate, open nothing, exit */
	/* control channel (src/core/ctl*.c, docs/protocol.md) */
	int server;		/* pktrecv --server */
	uint16_t control_port;
	uint32_t ctl_bind;	/* network order; 0: any */
	char token[256];	/* "": none (or PKT_TOKEN) */
	char token_file[256];	/* --token-file: the token's file */
	char ports[256];	/* server: --ports LO-HI a client may use */
	uint16_t port_lo, port_hi;	/* parsed; 0: the data port alone */
	char metrics[256];	/* --metrics ADDR:PORT (src/core/metrics.h); "": off */
	uint64_t max_duration_ns;	/* server: caps on what a client asks */
	uint64_t max_threads;
	uint32_t server_modes;	/* modes a client may ask for: bit i =
				 * pkt_backends[i]; 0: all */
	uint64_t clients;		/* server: senders that make one run */
	uint64_t join_timeout_ns;	/* server: for all of them to join */
	uint64_t stream_base;		/* client: first stream id (not an option) */
	char connect[256];	/* pktsend --connect HOST[:PORT] */
	uint64_t connect_timeout_ns;
	const struct pkt_backend *rx_be;	/* --rx-mode */
	uint64_t rx_threads;
	uint64_t set;		/* bit i: option i of the table was given */
};

/* How an option's value is stored in struct cfg. */
enum opt_type {
	OPT_FLAG,	/* int set to 1 */
	OPT_U64,	/* bounded number, units kind */
	OPT_U16,	/* bounded number stored as uint16_t */
	OPT_MODE,	/* backend by name */
	OPT_IP4,
	OPT_MAC,
	OPT_IFNAME,
	OPT_RATE,
	OPT_FORMAT,
	OPT_PATH,
	OPT_CHOICE,	/* int: index of the value in arg, "a|b|c" */
	OPT_CPUS,	/* struct cpu_list */
	OPT_SIZE,	/* uint64_t bytes like OPT_U64, or "imix" (cfg.imix) */
	OPT_MODES,	/* uint32_t set of backends: "udp,mmsg" */
};

struct opt {
	const char *name;
	int key;		/* short option, or a value >= 256 */
	enum opt_type type;
	size_t off;		/* offset into struct cfg */
	enum units_kind kind;
	uint64_t min, max;
	const char *arg;	/* metavariable in --help */
	const char *help;
	int hidden;		/* OPT_HIDDEN, OPT_NO_RESULT or OPT_CTL */
};

#define OPT_HIDDEN	1	/* test only: not in --help or results */
#define OPT_NO_RESULT	2	/* control plane: in --help, not in results */
/*
 * The control channel's own: only with --server (pktrecv) or --connect
 * (pktsend), refused without it by cfg_validate; not in results.
 */
#define OPT_CTL		(OPT_NO_RESULT | 4)

#define OPT_END { NULL, 0, OPT_FLAG, 0, UNITS_PLAIN, 0, 0, NULL, NULL, 0 }

/* Fills cfg with the defaults of role. */
void cfg_defaults(struct cfg *c, enum prog_role role);

/*
 * Parses argv with getopt_long against the option table.  On a bad value
 * returns -EINVAL and writes a one-line message naming the option, the
 * value and the accepted range into err.  Returns 1 if --help or
 * --version was handled (text in err is then empty and output done).
 */
int cfg_parse(struct cfg *c, const struct opt *opts, int argc, char **argv,
	      char *err, size_t errlen);

/*
 * Sets option name of the table from its command-line text, as if given
 * as --name val; same contract as cfg_parse, -ENOENT if no such option.
 */
int cfg_set(struct cfg *c, const struct opt *opts, const char *name,
	    const char *val, char *err, size_t errlen);

/* Cross-field checks; same contract as cfg_parse. */
int cfg_validate(struct cfg *c, const struct opt *opts, char *err,
		 size_t errlen);

/* Usage text generated from the table. */
void cfg_usage(const struct opt *opts, const char *prog, const char *synopsis,
	       void *fp);

/*
 * Writes a one-line message into err (for cfg_parse, cfg_validate and the
 * backends' checks); returns -EINVAL.
 */
int cfg_fail(char *err, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The option (by name) that set a value, for messages from later stages. */
const struct opt *cfg_find(const struct opt *opts, const char *name);

/*
 * Does option name apply to the mode of c: read by its backend, or by no
 * backend at all (a common option)?  Results list only those.
 */
int cfg_opt_applies(const struct cfg *c, const char *name);

/* Formats an option's current value as text for results; returns buf. */
const char *cfg_value_str(const struct cfg *c, const struct opt *o, char *buf,
			  size_t len);

#endif
