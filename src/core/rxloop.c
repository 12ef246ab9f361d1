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
#include "log.h"
#include "run.h"
#include "stats.h"

#define O(f) offsetof(struct rx_result, f)
const struct field rx_result_fields[] = {
	{ "received", FIELD_U64, O(received), "packets", "test packets received, duplicates included" },
	{ "unique", FIELD_U64, O(unique), "packets", "distinct sequence numbers" },
	{ "lost", FIELD_U64, O(lost), "packets", "per stream: highest sequence + 1 - unique, summed" },
	{ "lost_vs_count", FIELD_U64, O(lost_vs_count), "packets", "--count - unique, when --count is given" },
	{ "duplicates", FIELD_U64, O(duplicates), "packets", "sequence numbers seen again" },
	{ "reordered", FIELD_U64, O(reordered), "packets", "arrived after a higher sequence number" },
	{ "foreign", FIELD_U64, O(foreign), "packets", "malformed or other runs' packets to our port" },
	{ "filtered", FIELD_U64, O(filtered), "packets", "our port but not --vlan" },
	{ "max_seq", FIELD_U64, O(max_seq), "", "highest sequence number seen (of any stream)" },
	{ "streams", FIELD_U64, O(streams), "", "sender threads seen, one sequence space each" },
	{ "bytes", FIELD_U64, O(bytes), "B", "L2 bytes (14+20+8+payload, +4 with VLAN)" },
	{ "first_ns", FIELD_U64, O(first_ns), "ns", "first arrival, CLOCK_REALTIME" },
	{ "last_ns", FIELD_U64, O(last_ns), "ns", "last arrival, CLOCK_REALTIME" },
	{ "duration_s", FIELD_F64, O(duration_s), "s", "last - first arrival" },
	{ "pps", FIELD_F64, O(pps), "packet/s", "received / duration_s (the study's metric)" },
	{ "bps", FIELD_F64, O(bps), "bit/s", "bytes * 8 / duration_s" },
	{ "lat_min_ns", FIELD_U64, O(lat_min_ns), "ns", "one-way latency, minimum" },
	{ "lat_p50_ns", FIELD_U64, O(lat_p50_ns), "ns", "one-way latency, median" },
	{ "lat_p99_ns", FIELD_U64, O(lat_p99_ns), "ns", "one-way latency, 99th percentile" },
	{ "lat_max_ns", FIELD_U64, O(lat_max_ns), "ns", "one-way latency, maximum" },
	{ "kernel_drops", FIELD_U64, O(kernel_drops), "packets", "ring tp_drops or socket SO_RXQ_OVFL" },
	{ "kernel_freeze", FIELD_U64, O(kernel_freeze), "times", "mmap: ring tp_freeze_q_cnt" },
	{ "run_id", FIELD_U64, O(run_id), "", "run id counted" },
	{ "threads", FIELD_U64, O(threads), "", "receive threads" },
	{ "stop_reason", FIELD_STR, O(stop_reason), "", "count, duration, idle, signal or error" },
	FIELD_END,
};
#undef O

#define RX_POLL_MS 50
#define RX_TICK_NS 5000000ull

/* Counters a worker publishes after every burst for the supervisor. */
struct rx_pub {
	uint64_t received, bytes, first_ns, last_ns;
};

struct rx_worker {
	const struct cfg *c;
	struct be_ctx be;
	pthread_t tid;
	int *done;		/* shared; set by the supervisor or a worker */
	int ret;
	uint32_t run_id;
	uint64_t received;
	/* one sequence space per sender thread (stream), made on first use */
	struct seq_track *seq[PKT_MAX_STREAMS];
	struct lat_hist lat;
	uint64_t foreign, filtered, bytes, first_ns, last_ns;
	struct kstats ks;
	struct rx_pub pub;
};

static void rx_publish(struct rx_worker *w)
{
	__atomic_store_n(&w->pub.received, w->received, __ATOMIC_RELAXED);
	__atomic_store_n(&w->pub.bytes, w->bytes, __ATOMIC_RELAXED);
	__atomic_store_n(&w->pub.first_ns, w->first_ns, __ATOMIC_RELAXED);
	__atomic_store_n(&w->pub.last_ns, w->last_ns, __ATOMIC_RELAXED);
}

static void rx_packet(struct rx_worker *w, const struct pkt_buf *pb,
		      enum pkt_layer layer)
{
	const struct cfg *c = w->c;
	struct seq_track *st;
	struct pkt_info pi;
	int r;

	if (layer == PKT_LAYER_L2) {
		r = frame_parse(pb->data, pb->len, c->dport, pb->vlan, &pi);
		if (r == -ENOENT)
			return;	/* not UDP to our port: other traffic */
	} else {
		r = payload_parse(pb->data, pb->len, &pi);
		pi.vlan = VLAN_NONE;
	}
	if (r) {
		w->foreign++;
		return;
	}
	if (c->vlan != VLAN_NONE && pi.vlan != c->vlan) {
		w->filtered++;
		return;
	}
	if (!w->run_id)
		w->run_id = pi.run_id;
	if (pi.run_id != w->run_id || pi.stream >= PKT_MAX_STREAMS) {
		w->foreign++;
		return;
	}
	st = w->seq[pi.stream];
	if (!st) {
		st = calloc(1, sizeof(*st));
		if (!st || seq_track_init(st)) {
			free(st);
			w->foreign++;	/* out of memory: cannot account it */
			return;
		}
		w->seq[pi.stream] = st;
	}
	seq_track_add(st, pi.seq);
	w->received++;
	w->bytes += frame_wire_bits(pi.payload_len, pi.vlan != VLAN_NONE) / 8;
	ts_span_add(&w->first_ns, &w->last_ns, pb->ts_ns);
	if (pb->ts_ns >= pi.tx_ns)
		lat_hist_add(&w->lat, pb->ts_ns - pi.tx_ns);
}

static void *rx_worker_main(void *arg)
{
	struct rx_worker *w = arg;
	const struct pkt_backend *ops = w->c->be;
	struct pkt_burst b = { .cap = (unsigned)w->c->batch };
	int single = w->c->threads == 1;

	b.pkt = calloc(b.cap, sizeof(*b.pkt));
	if (!b.pkt) {
		w->ret = -ENOMEM;
		goto out;
	}
	while (!__atomic_load_n(w->done, __ATOMIC_RELAXED)) {
		int n = ops->rx_burst(&w->be, &b, RX_POLL_MS);

		if (n < 0) {
			w->ret = n;
			break;
		}
		for (int i = 0; i < n; i++)
			rx_packet(w, &b.pkt[i], ops->layer);
		if (n)
			rx_publish(w);
		/* one thread can stop at exactly --count itself */
		if (single && w->c->count && w->received >= w->c->count)
			break;
	}
	ops->kstats(&w->be, &w->ks);
out:
	free(b.pkt);
	__atomic_store_n(w->done, 1, __ATOMIC_RELAXED);
	return NULL;
}

static void rx_merge(const struct cfg *c, struct rx_worker *w, unsigned n,
		     struct rx_result *r)
{
	struct lat_hist *lat = &w[0].lat;

	for (unsigned i = 0; i < n; i++) {
		r->received += w[i].received;
		r->foreign += w[i].foreign;
		r->filtered += w[i].filtered;
		r->bytes += w[i].bytes;
		r->kernel_drops += w[i].ks.rx_drops;
		r->kernel_freeze += w[i].ks.rx_freeze;
		if (w[i].first_ns)
			ts_span_add(&r->first_ns, &r->last_ns, w[i].first_ns);
		if (w[i].last_ns)
			ts_span_add(&r->first_ns, &r->last_ns, w[i].last_ns);
		if (w[i].run_id && !r->run_id)
			r->run_id = w[i].run_id;
		if (i)
			lat_hist_merge(lat, &w[i].lat);
	}
	/*
	 * Receive threads see disjoint flows of each sender stream, so a
	 * stream's loss is measured against the highest number any thread
	 * saw of it.
	 */
	for (unsigned s = 0; s < PKT_MAX_STREAMS; s++) {
		uint64_t max_seq = 0, unique = 0;
		int any = 0;

		for (unsigned i = 0; i < n; i++) {
			const struct seq_track *t = w[i].seq[s];

			if (!t || !t->any)
				continue;
			if (!any || t->max_seq > max_seq)
				max_seq = t->max_seq;
			any = 1;
			unique += t->unique;
			r->duplicates += t->duplicates;
			r->reordered += t->reordered;
		}
		if (!any)
			continue;
		r->streams++;
		r->unique += unique;
		if (max_seq + 1 > unique)
			r->lost += max_seq + 1 - unique;
		if (max_seq > r->max_seq)
			r->max_seq = max_seq;
	}
	if (c->count && c->count > r->unique)
		r->lost_vs_count = c->count - r->unique;
	r->duration_s = (double)(r->last_ns - r->first_ns) / 1e9;
	if (r->duration_s > 0) {
		r->pps = (double)r->received / r->duration_s;
		r->bps = (double)r->bytes * 8 / r->duration_s;
	}
	r->lat_min_ns = lat->count ? lat->min : 0;
	r->lat_p50_ns = lat_hist_quantile(lat, 0.50);
	r->lat_p99_ns = lat_hist_quantile(lat, 0.99);
	r->lat_max_ns = lat->max;
	r->threads = n;
}

/* What the supervisor sees of all workers right now. */
static void rx_peek(struct rx_worker *w, unsigned n, struct rx_pub *sum)
{
	memset(sum, 0, sizeof(*sum));
	for (unsigned i = 0; i < n; i++) {
		uint64_t f = __atomic_load_n(&w[i].pub.first_ns,
					     __ATOMIC_RELAXED);
		uint64_t l = __atomic_load_n(&w[i].pub.last_ns,
					     __ATOMIC_RELAXED);

		sum->received += __atomic_load_n(&w[i].pub.received,
						 __ATOMIC_RELAXED);
		sum->bytes += __atomic_load_n(&w[i].pub.bytes,
					      __ATOMIC_RELAXED);
		if (f)
			ts_span_add(&sum->first_ns, &sum->last_ns, f);
		if (l)
			ts_span_add(&sum->first_ns, &sum->last_ns, l);
	}
}

static void rx_interval(const struct cfg *c, const struct run_io *io,
			const struct rx_pub *now, struct rx_pub *last,
			uint64_t dt_ns)
{
	struct rx_result d = { 0 };
	struct record rec = { io->imeta, c, NULL, rx_result_fields, &d };

	d.received = now->received - last->received;
	d.bytes = now->bytes - last->bytes;
	d.first_ns = now->first_ns;
	d.last_ns = now->last_ns;
	d.duration_s = (double)dt_ns / 1e9;
	d.pps = (double)d.received / d.duration_s;
	d.bps = (double)d.bytes * 8 / d.duration_s;
	d.threads = c->threads;
	snprintf(d.stop_reason, sizeof(d.stop_reason), "running");
	emit_record(io->out, c->format, &rec, 0);
	fflush(io->out);
	*last = *now;
}

static const char *rx_supervise(const struct cfg *c, const struct run_io *io,
				struct rx_worker *w, unsigned n, int *done)
{
	uint64_t t0 = time_mono_ns(), t_iv = t0;
	struct rx_pub last = { 0 }, sum;
	struct timespec tick = { 0, RX_TICK_NS };

	for (;;) {
		uint64_t now = time_mono_ns();

		rx_peek(w, n, &sum);
		if (*io->stop)
			return "signal";
		if (__atomic_load_n(done, __ATOMIC_RELAXED))
			return c->count && sum.received >= c->count ? "count" :
								      "error";
		if (c->count && sum.received >= c->count)
			return "count";
		if (c->duration_ns && now - t0 >= c->duration_ns)
			return "duration";
		if (c->idle_ns && sum.last_ns &&
		    time_real_ns() > sum.last_ns + c->idle_ns)
			return "idle";
		if (c->interval_ns && now - t_iv >= c->interval_ns) {
			rx_interval(c, io, &sum, &last, now - t_iv);
			t_iv = now;
		}
		nanosleep(&tick, NULL);
	}
}

int run_rx(const struct cfg *c, const struct run_io *io, struct rx_result *r)
{
	unsigned n = (unsigned)c->threads, started = 0;
	struct rx_worker *w;
	const char *why;
	int done = 0, ret = 0;

	memset(r, 0, sizeof(*r));
	w = calloc(n, sizeof(*w));
	if (!w) {
		snprintf(io->err, io->errlen, "out of memory");
		return -ENOMEM;
	}
	for (unsigned i = 0; i < n; i++) {
		w[i].c = c;
		w[i].done = &done;
		w[i].run_id = (uint32_t)c->run_id;
		w[i].be = (struct be_ctx){ .cfg = c,
					   .thread = i,
					   .fanout_id = (int)(getpid() & 0xffff) };
		lat_hist_init(&w[i].lat);
		ret = c->be->open(&w[i].be);
		if (ret) {
			snprintf(io->err, io->errlen,
				 "--mode %s: opening the backend (thread %u): %s%s",
				 c->be->name, i, strerror(-ret),
				 ret == -EPERM ? " (needs CAP_NET_RAW)" : "");
			n = i + 1;
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
	if (!ret && !c->quiet)
		/* scripts wait for this line before they start a sender */
		fprintf(stderr, "pktrecv: ready: %s on %s port %u, %u thread%s\n",
			c->be->name, c->ifname[0] ? c->ifname : "any", c->dport,
			n, n > 1 ? "s" : "");
	if (!ret && c->ready_file[0]) {
		FILE *rf = fopen(c->ready_file, "w");

		if (rf)
			fclose(rf);
		else
			pkt_log(LOG_WARN, "--ready-file %s: %s", c->ready_file,
				strerror(errno));
	}
	if (!ret && io->ready)
		io->ready(io->ready_arg);
	why = ret ? "error" : rx_supervise(c, io, w, started, &done);
	__atomic_store_n(&done, 1, __ATOMIC_RELAXED);
	for (unsigned i = 0; i < started; i++)
		pthread_join(w[i].tid, NULL);
	for (unsigned i = 0; i < started && !ret; i++) {
		if (w[i].ret) {
			ret = w[i].ret;
			snprintf(io->err, io->errlen, "%s: receiving: %s",
				 c->be->name, strerror(-ret));
		}
	}
	rx_merge(c, w, started ? started : 1, r);
	snprintf(r->stop_reason, sizeof(r->stop_reason), "%s",
		 ret ? "error" : why);
out:
	for (unsigned i = 0; i < n; i++) {
		if (w[i].be.priv)
			c->be->close(&w[i].be);
		for (unsigned s = 0; s < PKT_MAX_STREAMS; s++) {
			if (w[i].seq[s])
				seq_track_free(w[i].seq[s]);
			free(w[i].seq[s]);
		}
	}
	free(w);
	return ret;
}
