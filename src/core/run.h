/* SPDX-License-Identifier: MIT */
#ifndef PKT_RUN_H
#define PKT_RUN_H

#include <signal.h>
#include <stdint.h>
#include <stdio.h>

#include "cfg.h"
#include "clock.h"
#include "emit.h"
#include "frame.h"
#include "hist.h"

struct tx_result {
	uint64_t sent;
	uint64_t bytes;		/* L2 frame bytes, study definition */
	uint64_t send_errors;	/* failed send calls (ENOBUFS, EAGAIN, ...) */
	uint64_t ring_full;	/* TX ring had no free slot */
	uint64_t wrong_format;	/* TX ring slots the kernel refused */
	double duration_s;
	double pps;
	double bps;
	double rate_req_pps;	/* 0: unlimited */
	uint64_t run_id;
	uint64_t threads;
	uint64_t xdp_tx_ring_empty;
	uint64_t xdp_invalid;
	char xdp_bind[12];
	/* drop counters of the sending interface (src/core/drops.h) */
	uint64_t if_tx_dropped;	/* FIELD_NULL: unknown */
	uint64_t qdisc_drops;	/* FIELD_NULL: no qdisc (noqueue) or unknown */
	char drops_if[16];
};

struct rx_result {
	uint64_t received;	/* test packets, duplicates included */
	uint64_t unique;
	uint64_t lost;		/* against the highest sequence number seen */
	uint64_t lost_vs_count;	/* against --count, when given */
	uint64_t duplicates;
	uint64_t reordered;
	uint64_t seq_jumps;	/* forward jumps past the tracker's window */
	uint64_t foreign;	/* the five reasons below, summed */
	uint64_t malformed;
	uint64_t foreign_mac;	/* raw modes: another host's frames */
	uint64_t foreign_ip;
	uint64_t bad_csum;
	uint64_t other_runs;	/* run ids other than run_id */
	uint64_t other_runs_packets;
	uint64_t filtered;	/* right port, wrong VLAN */
	uint64_t max_seq;
	uint64_t streams;
	uint64_t bytes;
	uint64_t first_ns, last_ns;	/* arrival, CLOCK_REALTIME */
	double duration_s;	/* last - first arrival */
	double pps;		/* received / duration, the study's metric */
	double bps;
	uint64_t lat_invalid;	/* send times that say nothing: not in lat_* */
	/* FIELD_NULL when no packet had a valid send time */
	uint64_t lat_min_ns, lat_p50_ns, lat_p90_ns, lat_p99_ns, lat_p999_ns;
	uint64_t lat_p9999_ns, lat_max_ns;
	uint64_t lat_hist_over;	/* valid times above the top bucket */
	uint64_t lat_hist_sub;	/* buckets per octave: 128, fewer coarsened */
	struct hist lat_hist;	/* every valid time (src/core/hist.h) */
	uint64_t kernel_drops;
	uint64_t kernel_freeze;
	uint64_t xdp_rx_dropped;
	uint64_t xdp_rx_ring_full;
	uint64_t xdp_fill_empty;
	uint64_t xdp_invalid;
	char xdp_bind[12];
	char xdp_attach[12];
	/* drop counters of this namespace (src/core/drops.h); FIELD_NULL: unknown */
	uint64_t if_rx_dropped;
	uint64_t udp_rcvbuf_errors;
	uint64_t backlog_drops;
	char drops_if[16];
	uint64_t run_id;
	uint64_t threads;
	char stop_reason[16];
	/*
	 * Per sender stream (the result only; not in the field table): what
	 * pktrecv --server --clients reports as each client's share.
	 */
	struct rx_stream {
		uint64_t received, unique, lost, duplicates, reordered;
		uint64_t lat_n, lat_sum, lat_min, lat_max;
	} stream[PKT_MAX_STREAMS];
};

extern const struct field tx_result_fields[];
extern const struct field rx_result_fields[];

/*
 * The one TX loop and the one RX loop.  stop is the program's signal flag.
 * Return 0, or -errno; a usage-class failure found while opening (size
 * above the MTU, missing interface address) is -EINVAL with a message in
 * err.
 */
struct run_io {
	volatile sig_atomic_t *stop;
	FILE *out;		/* interval records, NULL: none */
	const struct run_meta *imeta;
	char *err;		/* one-line reason on failure */
	size_t errlen;
	/* RX: called once every thread listens (pktrecv --server); NULL */
	void (*ready)(void *arg);
	void *ready_arg;
	/* RX: where the run's counters are published (--metrics); NULL */
	struct metrics *metrics;
	/*
	 * RX: each interval record goes here instead of to out (pktrecv
	 * --server streams it to its client); 0 or -errno.  NULL: out.
	 */
	int (*interval)(void *arg, struct rx_result *r);
};

/* Creates the --ready-file (empty) that scripts and health checks wait on. */
void run_ready_file(const char *path);

int run_tx(const struct cfg *c, const struct run_io *io,
	   struct tx_result *res);
int run_rx(const struct cfg *c, const struct run_io *io,
	   struct rx_result *res);

/* The option tables of src/pktsend.c and src/pktrecv.c. */
extern const struct opt pktsend_opts[];
extern const struct opt pktrecv_opts[];

struct ctl_client;

/*
 * What one program does that the other does not, given by its main
 * (src/pktsend.c, src/pktrecv.c): prog_main reaches each side only
 * through these, so a static binary links its own side alone.  NULL:
 * not this program's.
 */
struct prog_ops {
	enum prog_role role;
	const char *name;
	const struct opt *opts;
	const struct field *fields;	/* its result's field table */
	/* pktsend: one run here, or through a server (--connect) */
	int (*run_tx)(const struct cfg *c, const struct run_io *io,
		      struct tx_result *r);
	int (*connect_prepare)(struct ctl_client *cl, struct cfg *c,
			       char *err, size_t len);
	int (*connect_run)(struct ctl_client *cl, const struct cfg *c,
			   const struct run_io *io, struct tx_result *r);
	int (*connect_code)(const struct ctl_client *cl);
	int (*connect_emit)(FILE *fp, const struct ctl_client *cl,
			    const struct record *sender);
	/* pktrecv: one run; the checks of its server options; --server */
	int (*run_rx)(const struct cfg *c, const struct run_io *io,
		      struct rx_result *r);
	int (*check)(struct cfg *c, char *err, size_t len);
	int (*server)(struct cfg *c, const struct opt *opts);
};

/* The two programs' (src/pktsend.c, src/pktrecv.c). */
extern const struct prog_ops pktsend_ops;
extern const struct prog_ops pktrecv_ops;

/* Everything main does: parse, validate, run, report.  Returns the exit code. */
int prog_main(const struct prog_ops *ops, int argc, char **argv);
/* pktrecv's: --server and --metrics checked; the server and its metrics. */
int prog_recv_check(struct cfg *c, char *err, size_t len);
int prog_server(struct cfg *c, const struct opt *opts);

#endif
