// SPDX-License-Identifier: MIT
/*
 * The one RX loop.  Each thread owns a backend context, a sequence tracker
 * and a latency histogram; the calling thread supervises the stop rules
 * and interval records, then merges the threads' results.
 */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../be/backend.h"
#include "drops.h"
#include "log.h"
#include "metrics.h"
#include "netdev.h"
#include "run.h"
#include "stats.h"

#define O(f) offsetof(struct rx_result, f)
const struct field rx_result_fields[] = {
	{ "received", FIELD_U64, O(received), "packets", "test packets of the counted run, duplicates included" },
	{ "unique", FIELD_U64, O(unique), "packets", "distinct sequence numbers" },
	{ "lost", FIELD_U64, O(lost), "packets", "per stream: highest sequence + 1 - unique - numbers passed by seq_jumps, summed" },
	{ "lost_vs_count", FIELD_U64, O(lost_vs_count), "packets", "--count - unique, when --count is given" },
	{ "duplicates", FIELD_U64, O(duplicates), "packets", "sequence numbers seen again" },
	{ "reordered", FIELD_U64, O(reordered), "packets", "arrived after a higher sequence number" },
	{ "seq_jumps", FIELD_U64, O(seq_jumps), "times", "forward sequence jumps beyond the 2^20 window: not counted as lost" },
	{ "foreign", FIELD_U64, O(foreign), "packets", "to our port but not counted: malformed + foreign_mac + foreign_ip + bad_csum + other_runs_packets" },
	{ "malformed", FIELD_U64, O(malformed), "packets", "truncated, bad lengths, not a test payload" },
	{ "foreign_mac", FIELD_U64, O(foreign_mac), "packets", "raw modes: to another unicast MAC" },
	{ "foreign_ip", FIELD_U64, O(foreign_ip), "packets", "raw modes: to an IPv4 address not of this host" },
	{ "bad_csum", FIELD_U64, O(bad_csum), "packets", "raw modes: wrong IPv4 header checksum" },
	{ "other_runs", FIELD_U64, O(other_runs), "", "other run ids told apart (up to 7 per thread)" },
	{ "other_runs_packets", FIELD_U64, O(other_runs_packets), "packets", "test packets of runs other than run_id" },
	{ "filtered", FIELD_U64, O(filtered), "packets", "our port but not --vlan" },
	{ "max_seq", FIELD_U64, O(max_seq), "", "highest sequence number seen (of any stream)" },
	{ "streams", FIELD_U64, O(streams), "", "sender threads seen, one sequence space each" },
	{ "bytes", FIELD_U64, O(bytes), "B", "L2 bytes (14+20+8+payload, +4 with VLAN)" },
	{ "first_ns", FIELD_U64, O(first_ns), "ns", "first arrival, CLOCK_REALTIME" },
	{ "last_ns", FIELD_U64, O(last_ns), "ns", "last arrival, CLOCK_REALTIME" },
	{ "duration_s", FIELD_F64, O(duration_s), "s", "last - first arrival" },
	{ "pps", FIELD_F64, O(pps), "packet/s", "received / duration_s (the study's metric)" },
	{ "bps", FIELD_F64, O(bps), "bit/s", "bytes * 8 / duration_s" },
	{ "lat_invalid", FIELD_U64, O(lat_invalid), "packets", "send time 0, > 10 ms ahead or > 1 h old: not in latency" },
	{ "lat_min_ns", FIELD_U64_NULL, O(lat_min_ns), "ns", "one-way latency, minimum (null: no valid time)" },
	{ "lat_p50_ns", FIELD_U64_NULL, O(lat_p50_ns), "ns", "one-way latency, median (from lat_hist: within 1 % above)" },
	{ "lat_p90_ns", FIELD_U64_NULL, O(lat_p90_ns), "ns", "one-way latency, 90th percentile" },
	{ "lat_p99_ns", FIELD_U64_NULL, O(lat_p99_ns), "ns", "one-way latency, 99th percentile" },
	{ "lat_p999_ns", FIELD_U64_NULL, O(lat_p999_ns), "ns", "one-way latency, 99.9th percentile" },
	{ "lat_p9999_ns", FIELD_U64_NULL, O(lat_p9999_ns), "ns", "one-way latency, 99.99th percentile" },
	{ "lat_max_ns", FIELD_U64_NULL, O(lat_max_ns), "ns", "one-way latency, maximum" },
	{ "kernel_drops", FIELD_U64, O(kernel_drops), "packets", "ring tp_drops or socket SO_RXQ_OVFL" },
	{ "kernel_freeze", FIELD_U64, O(kernel_freeze), "times", "mmap: ring tp_freeze_q_cnt" },
	{ "xdp_rx_dropped", FIELD_U64, O(xdp_rx_dropped), "packets", "xdp: XDP_STATISTICS rx_dropped" },
	{ "xdp_rx_ring_full", FIELD_U64, O(xdp_rx_ring_full), "packets", "xdp: XDP_STATISTICS rx_ring_full" },
	{ "xdp_fill_empty", FIELD_U64, O(xdp_fill_empty), "times", "xdp: XDP_STATISTICS rx_fill_ring_empty_descs" },
	{ "xdp_invalid", FIELD_U64, O(xdp_invalid), "descs", "xdp: XDP_STATISTICS invalid RX descriptors" },
	{ "xdp_bind", FIELD_STR, O(xdp_bind), "", "xdp: AF_XDP mode used, copy or zerocopy" },
	{ "xdp_attach", FIELD_STR, O(xdp_attach), "", "xdp: XDP program mode used, native or generic" },
	{ "if_rx_dropped", FIELD_U64_NULL, O(if_rx_dropped), "packets", "rx_dropped of drops_if during the run (null: no interface known)" },
	{ "udp_rcvbuf_errors", FIELD_U64_NULL, O(udp_rcvbuf_errors), "packets", "Udp RcvbufErrors of this namespace (/proc/net/snmp) during the run, every socket's" },
	{ "backlog_drops", FIELD_U64_NULL, O(backlog_drops), "packets", "per-CPU backlog drops (/proc/net/softnet_stat) during the run: host-wide, not per namespace" },
	{ "drops_if", FIELD_STR, O(drops_if), "", "interface of if_rx_dropped: --interface, else the one non-loopback interface up, else lo" },
	{ "run_id", FIELD_U64, O(run_id), "", "run id counted: --run-id, else the one with the most packets" },
	{ "threads", FIELD_U64, O(threads), "", "receive threads" },
	{ "stop_reason", FIELD_STR, O(stop_reason), "", "count, duration, idle, signal or error" },
	{ "lat_hist_over", FIELD_U64, O(lat_hist_over), "packets", "valid latencies above the top bucket (17.18 s): in lat_max_ns, not in lat_hist" },
	{ "lat_hist_sub_buckets", FIELD_U64, O(lat_hist_sub), "", "lat_hist buckets per power of two: 128 (2 significant digits), fewer where a record had to fit a control message" },
	{ "lat_hist", FIELD_HIST, O(lat_hist), "ns", "one-way latency histogram: each non-empty bucket as its largest value (ns) and its count, ascending" },
	FIELD_END,
};
#undef O

#define RX_POLL_MS 50
#define RX_TICK_NS 5000000ull
/* --metrics: the latency histogram is published every this many ticks */
#define RX_HIST_TICKS 20

/*
 * Runs one thread tells apart.  Without --run-id the result is the run
 * with the most packets over all threads, so a few stray packets that
 * arrive first cannot capture the receiver.  Each run needs sequence
 * trackers (128 KiB each, made per stream on first use): a thread makes
 * at most RX_TRACKERS, enough for one run of PKT_MAX_STREAMS senders and
 * a couple of streams of each other run.
 */
#define RX_RUNS 8
#define RX_TRACKERS (PKT_MAX_STREAMS + 2 * RX_RUNS)

struct rx_run {
	uint32_t id;
	uint64_t received, bytes, first_ns, last_ns, lat_invalid;
	uint64_t untracked;	/* no tracker left: in received only */
	struct seq_track *seq[PKT_MAX_STREAMS];
	struct hist lat;
	struct {
		uint64_t n, sum, min, max;
	} slat[PKT_MAX_STREAMS];	/* per stream: a sender's share */
	/* since the last interval record */
	struct hist ilat;
	uint64_t ifirst_ns, ilast_ns;
};

struct rx_worker {
	const struct cfg *c;
	const struct frame_dst *dst;	/* L2 backends: who we count for */
	struct be_ctx be;
	pthread_t tid;
	/* the counters below, between this thread and the supervisor */
	pthread_mutex_t mu;
	int *done;		/* shared; set by the supervisor or a worker */
	int ret;
	int pin_ret;		/* --cpu: sched_setaffinity failed */
	unsigned idx;
	unsigned nruns, ntrack;
	struct rx_run run[RX_RUNS];
	uint64_t malformed, foreign_mac, foreign_ip, bad_csum;
	uint64_t other_run;	/* runs beyond RX_RUNS, or not --run-id */
	uint64_t filtered;
	struct kstats ks;
};

/* The run of id, told apart on first sight while there is room. */
static struct rx_run *rx_run_get(struct rx_worker *w, uint32_t id)
{
	for (unsigned i = 0; i < w->nruns; i++)
		if (w->run[i].id == id)
			return &w->run[i];
	if (w->nruns == RX_RUNS)
		return NULL;
	w->run[w->nruns].id = id;
	return &w->run[w->nruns++];
}

static struct seq_track *rx_tracker(struct rx_worker *w, struct rx_run *run,
				    unsigned stream)
{
	struct seq_track *st = run->seq[stream];

	if (st || w->ntrack >= RX_TRACKERS)
		return st;
	st = calloc(1, sizeof(*st));
	if (!st || seq_track_init(st)) {
		free(st);
		return NULL;
	}
	w->ntrack++;
	return run->seq[stream] = st;
}

/*
 * Validation first, in this order: addressed to us (raw modes), IPv4
 * checksum, well formed, VLAN.  Only a packet that passed all of it may
 * start a run.
 */
static int rx_validate(struct rx_worker *w, const struct pkt_buf *pb,
		       enum pkt_layer layer, struct pkt_info *pi)
{
	int r, d;

	if (layer != PKT_LAYER_L2) {
		pi->vlan = VLAN_NONE;
		r = payload_parse(pb->data, pb->len, pi);
	} else {
		r = frame_parse(pb->data, pb->len, w->c->dport, pb->vlan, pi);
		if (r == -ENOENT)
			return r;	/* not UDP to our port */
		/* --any-dst: a listener counts what passes, not what is ours */
		d = w->c->any_dst ? 0 :
				    frame_dst_check(pb->data, pb->len, w->dst);
		if (d == FRAME_FOREIGN_MAC) {
			w->foreign_mac++;
			return -EPROTO;
		}
		if (d == FRAME_FOREIGN_IP) {
			w->foreign_ip++;
			return -EPROTO;
		}
		if (r == -EBADMSG) {
			w->bad_csum++;
			return r;
		}
	}
	if (r || pi->stream >= PKT_MAX_STREAMS) {
		w->malformed++;
		return -EPROTO;
	}
	if (w->c->vlan != VLAN_NONE && pi->vlan != w->c->vlan) {
		w->filtered++;
		return -ENOENT;
	}
	return 0;
}

static void rx_packet(struct rx_worker *w, const struct pkt_buf *pb,
		      enum pkt_layer layer)
{
	struct seq_track *st;
	struct rx_run *run;
	struct pkt_info pi;
	uint64_t lat;

	if (rx_validate(w, pb, layer, &pi))
		return;
	run = rx_run_get(w, pi.run_id);
	if (!run) {
		w->other_run++;
		return;
	}
	/* with --run-id no other run can be counted: it needs no tracker */
	st = w->c->run_id && run->id != w->c->run_id ?
		     NULL :
		     rx_tracker(w, run, pi.stream);
	if (st)
		seq_track_add(st, pi.seq);
	else
		run->untracked++;
	run->received++;
	run->bytes += frame_wire_bits(pi.payload_len, pi.vlan != VLAN_NONE) / 8;
	ts_span_add(&run->first_ns, &run->last_ns, pb->ts_ns);
	ts_span_add(&run->ifirst_ns, &run->ilast_ns, pb->ts_ns);
	if (lat_sample(pb->ts_ns, pi.tx_ns, &lat)) {
		run->lat_invalid++;
		return;
	}
	hist_add(&run->lat, lat);
	hist_add(&run->ilat, lat);
	if (!run->slat[pi.stream].n || lat < run->slat[pi.stream].min)
		run->slat[pi.stream].min = lat;
	if (lat > run->slat[pi.stream].max)
		run->slat[pi.stream].max = lat;
	run->slat[pi.stream].n++;
	run->slat[pi.stream].sum += lat;
}

/* The most packets of one run in this thread (its own --count stop). */
static uint64_t rx_lead(const struct rx_worker *w)
{
	uint64_t m = 0;

	for (unsigned i = 0; i < w->nruns; i++) {
		if (w->c->run_id && w->run[i].id != w->c->run_id)
			continue;
		if (w->run[i].received > m)
			m = w->run[i].received;
	}
	return m;
}

static void *rx_worker_main(void *arg)
{
	struct rx_worker *w = arg;
	const struct pkt_backend *be = w->c->be;
	const struct pkt_rx_ops *ops = be->rx;
	struct pkt_burst b = { .cap = (unsigned)w->c->batch };
	int single = w->c->threads == 1;

	if (w->c->cpus.n) {
		w->pin_ret = cpu_pin(w->c->cpus.cpu[w->idx]);
		if (w->pin_ret) {
			w->ret = w->pin_ret;
			goto out;
		}
	}
	b.pkt = calloc(b.cap, sizeof(*b.pkt));
	if (!b.pkt) {
		w->ret = -ENOMEM;
		goto out;
	}
	/* every burst is bounded work: the done flag is seen each 50 ms */
	while (!__atomic_load_n(w->done, __ATOMIC_RELAXED)) {
		int n = ops->burst(&w->be, &b, RX_POLL_MS);
		uint64_t lead;

		if (n < 0) {
			w->ret = n;
			break;
		}
		pthread_mutex_lock(&w->mu);
		for (int i = 0; i < n; i++)
			rx_packet(w, &b.pkt[i], be->layer);
		lead = rx_lead(w);
		pthread_mutex_unlock(&w->mu);
		if (n && ops->release)
			ops->release(&w->be);
		/* one thread can stop at exactly --count itself */
		if (single && w->c->count && lead >= w->c->count)
			break;
	}
	ops->kstats(&w->be, &w->ks);
out:
	free(b.pkt);
	/* after the last burst: rx_supervise reads it before collecting */
	__atomic_store_n(w->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

/* Packets per run id over all threads; callers hold every thread's lock. */
struct rx_tally {
	unsigned n;
	struct {
		uint32_t id;
		uint64_t received;
	} *run;		/* room for RX_RUNS per thread */
};

/* The counted run: --run-id, else the one with the most packets. */
static int rx_tally_runs(const struct cfg *c, struct rx_worker *w,
			 unsigned n, struct rx_tally *t, uint32_t *lead)
{
	int best = -1;

	t->n = 0;
	for (unsigned i = 0; i < n; i++) {
		for (unsigned k = 0; k < w[i].nruns; k++) {
			const struct rx_run *run = &w[i].run[k];
			unsigned j;

			for (j = 0; j < t->n && t->run[j].id != run->id; j++)
				;
			if (j == t->n) {
				t->run[j].id = run->id;
				t->run[j].received = 0;
				t->n++;
			}
			t->run[j].received += run->received;
		}
	}
	for (unsigned j = 0; j < t->n; j++) {
		if (c->run_id) {
			if (t->run[j].id == c->run_id)
				best = (int)j;
		} else if (best < 0 ||
			   t->run[j].received > t->run[best].received) {
			best = (int)j;
		}
	}
	*lead = best < 0 ? (uint32_t)c->run_id : t->run[best].id;
	return best;
}

static void rx_lock(struct rx_worker *w, unsigned n, int lock)
{
	for (unsigned i = 0; i < n; i++)
		(lock ? pthread_mutex_lock : pthread_mutex_unlock)(&w[i].mu);
}

/* The latency fields from r->lat_hist; null without a valid time. */
static void rx_lat_set(struct rx_result *r)
{
	static const struct {
		size_t off;
		double q;
	} pct[] = {
#define P(f, q) { offsetof(struct rx_result, f), q }
		P(lat_p50_ns, 0.50), P(lat_p90_ns, 0.90), P(lat_p99_ns, 0.99),
		P(lat_p999_ns, 0.999), P(lat_p9999_ns, 0.9999),
#undef P
	};
	const struct hist *h = &r->lat_hist;

	r->lat_min_ns = h->count ? h->min : FIELD_NULL;
	r->lat_max_ns = h->count ? h->max : FIELD_NULL;
	for (unsigned i = 0; i < sizeof(pct) / sizeof(pct[0]); i++)
		*(uint64_t *)((char *)r + pct[i].off) =
			h->count ? hist_quantile(h, pct[i].q) : FIELD_NULL;
	r->lat_hist_over = h->over;
	r->lat_hist_sub = HIST_SUB;
}

/*
 * Receive threads see disjoint flows of each sender stream, so a
 * stream's loss is measured against the highest number any thread saw of
 * it.
 */
static void rx_merge_seq(struct rx_run *const *runs, unsigned n,
			 struct rx_result *r)
{
	for (unsigned s = 0; s < PKT_MAX_STREAMS; s++) {
		uint64_t max_seq = 0, unique = 0, skipped = 0;
		int any = 0;

		for (unsigned i = 0; i < n; i++) {
			const struct seq_track *t = runs[i] ? runs[i]->seq[s] :
							      NULL;

			if (!t || !t->any)
				continue;
			if (!any || t->max_seq > max_seq)
				max_seq = t->max_seq;
			any = 1;
			unique += t->unique;
			skipped += t->skipped;
			r->duplicates += t->duplicates;
			r->reordered += t->reordered;
			r->stream[s].duplicates += t->duplicates;
			r->stream[s].reordered += t->reordered;
			r->stream[s].received += t->unique + t->duplicates;
			r->seq_jumps += t->jumps;
		}
		if (!any)
			continue;
		r->stream[s].unique = unique;
		r->stream[s].lost = seq_lost(max_seq, unique, skipped);
		r->streams++;
		r->unique += unique;
		r->lost += seq_lost(max_seq, unique, skipped);
		if (max_seq > r->max_seq)
			r->max_seq = max_seq;
	}
}

/*
 * What rx_collect reports: the supervisor's every-tick view needs no
 * latency (merging histograms under every thread's lock costs); an
 * interval record has the latency and arrival span of the interval (and
 * restarts them); the result has everything.
 */
enum rx_view {
	RX_VIEW_TICK,
	RX_VIEW_INTERVAL,
	RX_VIEW_RESULT,
};

/* Adds one thread's share of the counted run to r (and ispan). */
static void rx_collect_run(struct rx_run *run, enum rx_view view,
			   struct rx_result *r, uint64_t ispan[2])
{
	r->received += run->received;
	r->bytes += run->bytes;
	r->lat_invalid += run->lat_invalid;
	if (run->first_ns)
		ts_span_add(&r->first_ns, &r->last_ns, run->first_ns);
	if (run->last_ns)
		ts_span_add(&r->first_ns, &r->last_ns, run->last_ns);
	if (view == RX_VIEW_RESULT) {
		hist_merge(&r->lat_hist, &run->lat);
		for (unsigned s = 0; s < PKT_MAX_STREAMS; s++) {
			struct rx_stream *st = &r->stream[s];

			if (!run->slat[s].n)
				continue;
			if (!st->lat_n || run->slat[s].min < st->lat_min)
				st->lat_min = run->slat[s].min;
			if (run->slat[s].max > st->lat_max)
				st->lat_max = run->slat[s].max;
			st->lat_n += run->slat[s].n;
			st->lat_sum += run->slat[s].sum;
		}
	}
	if (view != RX_VIEW_INTERVAL)
		return;
	hist_merge(&r->lat_hist, &run->ilat);
	if (run->ifirst_ns)
		ts_span_add(&ispan[0], &ispan[1], run->ifirst_ns);
	if (run->ilast_ns)
		ts_span_add(&ispan[0], &ispan[1], run->ilast_ns);
}

/* The rates and latency fields from the counters collected in r. */
static void rx_result_finish(const struct cfg *c, struct rx_result *r)
{
	r->foreign = r->malformed + r->foreign_mac + r->foreign_ip +
		     r->bad_csum + r->other_runs_packets;
	if (c->count && c->count > r->unique)
		r->lost_vs_count = c->count - r->unique;
	r->duration_s = (double)(r->last_ns - r->first_ns) / 1e9;
	if (r->duration_s > 0) {
		r->pps = (double)r->received / r->duration_s;
		r->bps = (double)r->bytes * 8 / r->duration_s;
	}
	rx_lat_set(r);
}

/*
 * The figures of the counted run so far (cumulative), as view says.
 * Callers hold every thread's lock, or joined the threads.
 */
static void rx_collect(const struct cfg *c, struct rx_worker *w, unsigned n,
		       struct rx_tally *t, struct rx_result *r,
		       enum rx_view view)
{
	struct rx_run *runs[64] = { NULL };	/* n <= 64: --threads */
	uint64_t ispan[2] = { 0, 0 };
	uint32_t id;
	int best;

	memset(r, 0, sizeof(*r));
	/* drop counters are read at the start and the end only */
	r->if_rx_dropped = r->udp_rcvbuf_errors = r->backlog_drops = FIELD_NULL;
	hist_init(&r->lat_hist);
	best = rx_tally_runs(c, w, n, t, &id);
	for (unsigned j = 0; j < t->n; j++) {
		if ((int)j != best) {
			r->other_runs++;
			r->other_runs_packets += t->run[j].received;
		}
	}
	for (unsigned i = 0; i < n; i++) {
		struct rx_worker *x = &w[i];

		r->malformed += x->malformed;
		r->foreign_mac += x->foreign_mac;
		r->foreign_ip += x->foreign_ip;
		r->bad_csum += x->bad_csum;
		r->filtered += x->filtered;
		r->other_runs_packets += x->other_run;
		r->kernel_drops += x->ks.rx_drops;
		r->kernel_freeze += x->ks.rx_freeze;
		r->xdp_rx_dropped += x->ks.xdp_rx_dropped;
		r->xdp_rx_ring_full += x->ks.xdp_rx_ring_full;
		r->xdp_fill_empty += x->ks.xdp_fill_empty;
		r->xdp_invalid += x->ks.xdp_invalid;
		if (!r->xdp_bind[0])
			memcpy(r->xdp_bind, x->ks.xdp_bind,
			       sizeof(r->xdp_bind));
		if (!r->xdp_attach[0])
			memcpy(r->xdp_attach, x->ks.xdp_attach,
			       sizeof(r->xdp_attach));
		for (unsigned k = 0; k < x->nruns; k++) {
			struct rx_run *run = &x->run[k];

			if (best >= 0 && run->id == id) {
				runs[i] = run;
				rx_collect_run(run, view, r, ispan);
			}
			if (view == RX_VIEW_INTERVAL) {
				/* every run's interval starts again */
				hist_init(&run->ilat);
				run->ifirst_ns = run->ilast_ns = 0;
			}
		}
	}
	rx_merge_seq(runs, n, r);
	if (view == RX_VIEW_INTERVAL) {
		r->first_ns = ispan[0];
		r->last_ns = ispan[1];
	}
	rx_result_finish(c, r);
	r->run_id = id;
	r->threads = n;
}

static uint64_t sub0(uint64_t a, uint64_t b)
{
	return a > b ? a - b : 0;
}

/*
 * One interval record: the counters' growth since the last record, the
 * latency and arrival span of the interval itself.  0 or -EIO.
 */
static int rx_interval(const struct cfg *c, const struct run_io *io,
		       const struct rx_result *now, struct rx_result *last,
		       struct rx_result *dp, uint64_t dt_ns)
{
	struct rx_result *d = dp;
	struct record rec = { io->imeta, c, NULL, rx_result_fields, d };

	*d = *now;

	/* another run took the lead: its figures start from zero */
	if (now->run_id != last->run_id)
		memset(last, 0, sizeof(*last));
#define DELTA(f) d->f = sub0(now->f, last->f)
	DELTA(received);
	DELTA(unique);
	DELTA(lost);
	DELTA(duplicates);
	DELTA(reordered);
	DELTA(seq_jumps);
	DELTA(foreign);
	DELTA(malformed);
	DELTA(foreign_mac);
	DELTA(foreign_ip);
	DELTA(bad_csum);
	DELTA(other_runs_packets);
	DELTA(filtered);
	DELTA(bytes);
	DELTA(lat_invalid);
#undef DELTA
	d->lost_vs_count = 0;
	d->duration_s = (double)dt_ns / 1e9;
	d->pps = (double)d->received / d->duration_s;
	d->bps = (double)d->bytes * 8 / d->duration_s;
	d->threads = c->threads;
	snprintf(d->stop_reason, sizeof(d->stop_reason), "running");
	*last = *now;
	if (io->interval)
		return io->interval(io->ready_arg, d) ? -EIO : 0;
	if (emit_record(io->out, c->format, &rec, 0) || fflush(io->out) ||
	    ferror(io->out))
		return -EIO;
	return 0;
}

/*
 * Stop rules and interval records.  sv: room for three results (now, the
 * last interval's and the interval record), heap, not stack: each holds a
 * histogram, and a --server run is a thread with a small stack (musl).
 */
static const char *rx_supervise(const struct cfg *c, const struct run_io *io,
				struct rx_worker *w, unsigned n, int *done,
				struct rx_tally *t, struct rx_result *sv,
				int *err)
{
	uint64_t t0 = time_mono_ns(), t_iv = t0, ticks = 0;
	struct rx_result *now = &sv[0], *last = &sv[1];
	struct timespec tick = { 0, RX_TICK_NS };

	for (;;) {
		uint64_t mono = time_mono_ns();
		int ival = c->interval_ns && mono - t_iv >= c->interval_ns;
		int hist = !ival && io->metrics && ++ticks % RX_HIST_TICKS == 0;
		int fin;

		if (*io->stop)
			return "signal";
		/*
		 * Read the flag before collecting: a worker sets it after
		 * its last burst, so a collect that follows a set flag sees
		 * that burst.  (Read after, a worker that reached --count
		 * between the two looked like one that failed.)
		 */
		fin = __atomic_load_n(done, __ATOMIC_ACQUIRE);
		rx_lock(w, n, 1);
		rx_collect(c, w, n, t, now,
			   ival ? RX_VIEW_INTERVAL :
			   hist ? RX_VIEW_RESULT : RX_VIEW_TICK);
		rx_lock(w, n, 0);
		metrics_publish(io->metrics, now, hist);
		if (fin)
			return c->count && now->received >= c->count ? "count" :
								      "error";
		if (c->count && now->received >= c->count)
			return "count";
		if (c->duration_ns && mono - t0 >= c->duration_ns)
			return "duration";
		if (c->idle_ns && now->last_ns &&
		    time_real_ns() > now->last_ns + c->idle_ns)
			return "idle";
		if (ival) {
			if (rx_interval(c, io, now, last, &sv[2], mono - t_iv)) {
				*err = -EIO;
				return "error";
			}
			t_iv = mono;
		}
		nanosleep(&tick, NULL);
	}
}

/* Who a raw receiver counts frames for: the interface's MAC, our IPs. */
static int rx_dst_init(const struct cfg *c, struct frame_dst *d)
{
	struct netdev_info ni;
	int ret;

	memset(d, 0, sizeof(*d));
	if (c->be->layer != PKT_LAYER_L2)
		return 0;
	ret = netdev_query(c->ifname, &ni);
	if (ret)
		return ret;
	memcpy(d->mac, ni.mac, 6);
	ret = netdev_host_ips(d->ip, FRAME_DST_MAX_IP);
	if (ret < 0)
		return ret;
	d->nip = (unsigned)ret;
	return 0;
}

static void rx_workers_free(const struct cfg *c, struct rx_worker *w,
			    unsigned n)
{
	for (unsigned i = 0; i < n; i++) {
		c->be->rx->close(&w[i].be);
		for (unsigned k = 0; k < RX_RUNS; k++) {
			for (unsigned s = 0; s < PKT_MAX_STREAMS; s++) {
				if (w[i].run[k].seq[s])
					seq_track_free(w[i].run[k].seq[s]);
				free(w[i].run[k].seq[s]);
			}
		}
		pthread_mutex_destroy(&w[i].mu);
	}
	free(w);
}

static void rx_announce(const struct cfg *c, unsigned n)
{
	if (!c->quiet)
		/* scripts wait for this line before they start a sender */
		fprintf(stderr, "pktrecv: ready: %s on %s port %u, %u thread%s\n",
			c->be->name, c->ifname[0] ? c->ifname : "any", c->dport,
			n, n > 1 ? "s" : "");
	if (c->ready_file[0])
		run_ready_file(c->ready_file);
}

static int rx_open_error(const struct cfg *c, const struct run_io *io,
			 unsigned i, int ret)
{
	if (io->err[0])
		return ret;	/* the backend said why */
	if (ret == -EADDRINUSE)
		snprintf(io->err, io->errlen, "port %u is in use", c->dport);
	else
		snprintf(io->err, io->errlen,
			 "--mode %s: opening the backend (thread %u): %s%s",
			 c->be->name, i, strerror(-ret),
			 ret == -EPERM ? " (needs CAP_NET_RAW)" : "");
	return ret;
}

static void rx_drops_set(const struct cfg *c, const struct drops_snap *d0,
			 struct rx_result *r)
{
	struct drops_snap d1, d;

	drops_snap_take(&d1, c->ifname);
	drops_snap_delta(d0, &d1, &d);
	r->if_rx_dropped = d.if_rx_dropped;
	r->udp_rcvbuf_errors = d.udp_rcvbuf_errors;
	r->backlog_drops = d.backlog_drops;
	memcpy(r->drops_if, d.ifname, sizeof(r->drops_if));
}

void run_ready_file(const char *path)
{
	FILE *rf = fopen(path, "w");

	if (rf)
		fclose(rf);
	else
		pkt_log(LOG_WARN, "--ready-file %s: %s", path, strerror(errno));
}

int run_rx(const struct cfg *c, const struct run_io *io, struct rx_result *r)
{
	unsigned n = (unsigned)c->threads, started = 0, made = 0;
	struct rx_tally t = { 0 };
	struct drops_snap d0;
	struct frame_dst dst;
	struct rx_worker *w;
	struct rx_result *sv;
	const char *why;
	int done = 0, ret, err = 0;

	memset(r, 0, sizeof(*r));
	ret = rx_dst_init(c, &dst);
	if (ret) {
		snprintf(io->err, io->errlen, "--interface %s: %s", c->ifname,
			 strerror(-ret));
		return ret;
	}
	w = calloc(n, sizeof(*w));
	t.run = calloc((size_t)n * RX_RUNS, sizeof(*t.run));
	sv = calloc(3, sizeof(*sv));
	if (!w || !t.run || !sv || n > 64) {
		free(w);
		free(t.run);
		free(sv);
		snprintf(io->err, io->errlen, "out of memory");
		return -ENOMEM;
	}
	/* every thread binds before the ready line: nobody can slip in */
	for (; made < n; made++) {
		struct rx_worker *x = &w[made];

		x->c = c;
		x->idx = made;
		x->dst = &dst;
		x->done = &done;
		x->be = (struct be_ctx){
			.cfg = c,
			.thread = made,
			.fanout_id = (int)(getpid() & 0xffff),
			.lead = &w[0].be,
			.err = io->err,
			.errlen = io->errlen,
		};
		pthread_mutex_init(&x->mu, NULL);
		for (unsigned k = 0; k < RX_RUNS; k++) {
			hist_init(&x->run[k].lat);
			hist_init(&x->run[k].ilat);
		}
		if (c->run_id)
			rx_run_get(x, (uint32_t)c->run_id);
		io->err[0] = '\0';
		ret = c->be->rx->open(&x->be);
		if (ret) {
			rx_open_error(c, io, made, ret);
			made++;
			goto out;
		}
	}
	for (; started < n; started++) {
		ret = -pthread_create(&w[started].tid, NULL, rx_worker_main,
				      &w[started]);
		if (ret) {
			snprintf(io->err, io->errlen, "starting thread: %s",
				 strerror(-ret));
			break;
		}
	}
	drops_snap_take(&d0, c->ifname);
	if (!ret)
		rx_announce(c, n);
	if (!ret)
		metrics_run_begin(io->metrics, c);
	if (!ret && io->ready)
		io->ready(io->ready_arg);
	why = ret ? "error" :
		    rx_supervise(c, io, w, started, &done, &t, sv, &err);
	__atomic_store_n(&done, 1, __ATOMIC_RELAXED);
	for (unsigned i = 0; i < started; i++)
		pthread_join(w[i].tid, NULL);
	if (!ret && err) {
		ret = err;
		snprintf(io->err, io->errlen, "writing an interval record: %s",
			 strerror(-err));
	}
	for (unsigned i = 0; i < started && !ret; i++) {
		if (w[i].pin_ret) {
			ret = w[i].pin_ret;
			snprintf(io->err, io->errlen,
				 "--cpu: pinning thread %u to CPU %u: %s", i,
				 c->cpus.cpu[i], strerror(-ret));
		} else if (w[i].ret) {
			ret = w[i].ret;
			snprintf(io->err, io->errlen, "%s: receiving: %s",
				 c->be->name, strerror(-ret));
		}
	}
	rx_collect(c, w, started ? started : 1, &t, r, RX_VIEW_RESULT);
	rx_drops_set(c, &d0, r);
	snprintf(r->stop_reason, sizeof(r->stop_reason), "%s",
		 ret ? "error" : why);
out:
	/* a receiver that never listened is a refusal, not a run */
	metrics_run_end(io->metrics, started == n ? r : NULL);
	rx_workers_free(c, w, made);
	free(t.run);
	free(sv);
	return ret;
}
