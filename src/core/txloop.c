// SPDX-License-Identifier: MIT
/* The one TX loop: pace, stamp, hand bursts to the backend, count. */
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "../be/backend.h"
#include "drops.h"
#include "log.h"
#include "netdev.h"
#include "pace.h"
#include "run.h"

#define O(f) offsetof(struct tx_result, f)
const struct field tx_result_fields[] = {
	{ "sent", FIELD_U64, O(sent), "packets", "packets handed to the kernel" },
	{ "bytes", FIELD_U64, O(bytes), "B", "L2 bytes sent (14+20+8+payload, +4 with VLAN), each packet's own size" },
	{ "send_errors", FIELD_U64, O(send_errors), "calls", "failed send calls (ENOBUFS, EAGAIN, ...): their packets are sent again, not lost" },
	{ "ring_full", FIELD_U64, O(ring_full), "times", "mmap: no free TX ring slot; the loop kicks the ring and tries again, nothing is dropped" },
	{ "wrong_format", FIELD_U64, O(wrong_format), "frames", "mmap: frames the kernel refused after they counted as sent: lost at the sender" },
	{ "duration_s", FIELD_F64, O(duration_s), "s", "first send to last send" },
	{ "pps", FIELD_F64, O(pps), "packet/s", "sent / duration_s" },
	{ "bps", FIELD_F64, O(bps), "bit/s", "bytes * 8 / duration_s" },
	{ "rate_req_pps", FIELD_F64, O(rate_req_pps), "packet/s", "requested rate (--size imix: at its mean size); 0 = unlimited" },
	{ "run_id", FIELD_U64, O(run_id), "", "run id in every packet" },
	{ "threads", FIELD_U64, O(threads), "", "sender threads, one sequence stream each" },
	{ "xdp_tx_ring_empty", FIELD_U64, O(xdp_tx_ring_empty), "times", "xdp: XDP_STATISTICS tx_ring_empty_descs" },
	{ "xdp_invalid", FIELD_U64, O(xdp_invalid), "descs", "xdp: XDP_STATISTICS invalid TX descriptors" },
	{ "xdp_bind", FIELD_STR, O(xdp_bind), "", "xdp: AF_XDP mode used, copy or zerocopy" },
	{ "if_tx_dropped", FIELD_U64_NULL, O(if_tx_dropped), "packets", "tx_dropped of drops_if during the run (null: no interface known)" },
	{ "qdisc_drops", FIELD_U64_NULL, O(qdisc_drops), "packets", "drops of the root qdisc of drops_if during the run (null: noqueue, as on veth, or unknown)" },
	{ "drops_if", FIELD_STR, O(drops_if), "", "interface of if_tx_dropped: --interface, else the one the route to --dst leaves by" },
	FIELD_END,
};
#undef O

static int errmsg(const struct run_io *io, int ret, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int errmsg(const struct run_io *io, int ret, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(io->err, io->errlen, fmt, ap);
	va_end(ap);
	return ret;
}

/* What an L2 frame needs: interface facts, neighbour, addresses. */
static int tx_spec_build(const struct cfg *c, const struct run_io *io,
			 uint32_t run_id, struct frame_spec *sp)
{
	struct frame_spec s = {
		.dst_ip = c->dst_ip,
		.sport = c->sport,
		.dport = c->dport,
		.vlan = (uint16_t)c->vlan,
		.payload_len = (unsigned)c->size,
		.run_id = run_id,
	};
	struct netdev_info ni;
	int ret;

	ret = netdev_query(c->ifname, &ni);
	if (ret)
		return errmsg(io, -EINVAL, "--interface %s: %s", c->ifname,
			      strerror(-ret));
	if (c->size + IP4_HDR_LEN + UDP_HDR_LEN > ni.mtu)
		return errmsg(io, -EINVAL,
			      "--size %llu: accepted %u..%u: IPv4 (20 B) + UDP (8 B) + payload must fit the MTU %u of %s",
			      (unsigned long long)c->size, PKT_HDR_LEN,
			      ni.mtu - IP4_HDR_LEN - UDP_HDR_LEN, ni.mtu,
			      c->ifname);
	if (!ni.ip)
		return errmsg(io, -EINVAL,
			      "--interface %s: has no IPv4 address to send from",
			      c->ifname);
	memcpy(s.src_mac, ni.mac, 6);
	s.src_ip = ni.ip;
	if (c->have_dst_mac) {
		memcpy(s.dst_mac, c->dst_mac, 6);
	} else if (!ni.arp) {
		/* loopback and NOARP links have no neighbours: zero MAC */
		memset(s.dst_mac, 0, 6);
	} else {
		ret = netdev_resolve_mac(c->ifname, c->dst_ip, s.dst_mac, 3000);
		if (ret)
			return errmsg(io, ret,
				      "--dst %s: no neighbour entry on %s after 3 s (%s); is the address up on this link? --dst-mac sets it by hand",
				      inet_ntoa((struct in_addr){ c->dst_ip }),
				      c->ifname, strerror(-ret));
	}
	*sp = s;
	return 0;
}

/*
 * A udp or mmsg sender's first burst would wait in the kernel's small
 * queue of packets for an unresolved neighbour, which drops silently when
 * it overflows.  Resolve the next hop first, as the mmap sender must.
 */
static void tx_neigh_warm(const struct cfg *c)
{
	char ifname[IF_NAMESIZE];
	uint8_t mac[6];
	int arp = 1;

	if (c->ifname[0]) {
		struct netdev_info ni;

		snprintf(ifname, sizeof(ifname), "%s", c->ifname);
		/* loopback and NOARP links have no neighbours to wait for */
		if (!netdev_query(ifname, &ni))
			arp = ni.arp;
	} else if (netdev_route_ifname(c->dst_ip, ifname, &arp))
		return;	/* no route: the first send will say so */
	if (arp && netdev_resolve_mac(ifname, c->dst_ip, mac, 1000))
		pkt_log(LOG_WARN,
			"%s: no neighbour entry for %s after 1 s; the first packets may be dropped while it resolves",
			ifname, inet_ntoa((struct in_addr){ c->dst_ip }));
}

static void tx_open_error(const struct cfg *c, const struct run_io *io,
			  int ret)
{
	int mtu = netdev_path_mtu(c->dst_ip, c->ifname);

	if (io->err[0])
		return;	/* the backend said why */
	if (ret == -EMSGSIZE)
		errmsg(io, ret,
		       "--size %llu: accepted %u..%d: IPv4 (20 B) + UDP (8 B) + payload must fit the path MTU %d to %s",
		       (unsigned long long)c->size, PKT_HDR_LEN, mtu - 28, mtu,
		       inet_ntoa((struct in_addr){ c->dst_ip }));
	else
		errmsg(io, ret, "--mode %s: opening the backend: %s%s",
		       c->be->name, strerror(-ret),
		       ret == -EPERM ? " (needs CAP_NET_RAW)" : "");
}

/*
 * Errors a sender rides out: a full queue, or an ICMP port unreachable
 * reported once on a connected socket (the receiver was not up yet).
 */
static int tx_err_transient(int err)
{
	return err == -ENOBUFS || err == -EAGAIN || err == -ECONNREFUSED ||
	       err == -EINTR;
}

/*
 * --size imix: prefix[j] = the wire bits (study count) of packets 0..j-1
 * of a cycle, prefix[IMIX_CYCLE] those of a whole cycle.  The pacer takes
 * it for a bit rate, so each packet costs its own size.
 */
static void tx_imix_prefix(const struct cfg *c, uint64_t *prefix)
{
	prefix[0] = 0;
	for (unsigned j = 0; j < IMIX_CYCLE; j++)
		prefix[j + 1] = prefix[j] +
				frame_wire_bits(imix_payload_len[imix_class(j)],
						c->vlan != VLAN_NONE);
}

/* L2 bytes of packets k..k+n-1 of a thread (--size imix). */
static uint64_t tx_imix_bytes(const struct cfg *c, uint64_t k, unsigned n)
{
	uint64_t bytes = 0;

	for (unsigned i = 0; i < n; i++)
		bytes += frame_wire_bits(imix_payload_len[imix_class(k + i)],
					 c->vlan != VLAN_NONE) / 8;
	return bytes;
}

static void tx_result_finish(const struct cfg *c, struct tx_result *r,
			     uint64_t t0, uint64_t t1)
{
	uint64_t prefix[IMIX_CYCLE + 1];

	r->duration_s = t1 > t0 ? (double)(t1 - t0) / 1e9 : 0;
	if (r->duration_s > 0) {
		r->pps = (double)r->sent / r->duration_s;
		r->bps = (double)r->bytes * 8 / r->duration_s;
	}
	if (c->rate.unit == RATE_PPS)
		r->rate_req_pps = (double)c->rate.value;
	else if (c->rate.unit == RATE_BPS && c->imix) {
		tx_imix_prefix(c, prefix);
		r->rate_req_pps = (double)c->rate.value * IMIX_CYCLE /
				  (double)prefix[IMIX_CYCLE];
	} else if (c->rate.unit == RATE_BPS)
		r->rate_req_pps = (double)c->rate.value /
				  (double)frame_wire_bits((unsigned)c->size,
							  c->vlan != VLAN_NONE);
}

/* One sender thread: its own backend, pacer, sequence space and counters. */
struct tx_worker {
	const struct cfg *c;
	const struct run_io *io;
	unsigned idx, nthreads;
	uint64_t count;		/* this thread's share; 0: no limit */
	uint64_t pps_num, pps_den;
	const uint64_t *imix_prefix;	/* pacer cycle: imix at a bit rate */
	struct frame_tmpl tmpl;		/* --size imix: the largest class's */
	struct frame_tmpl imix[IMIX_CLASSES];	/* L2, --size imix */
	struct be_ctx be;
	pthread_t tid;
	struct tx_result r;
	uint64_t t0, t1;
	int ret;
	int pin_ret;		/* --cpu: sched_setaffinity failed */
	int *finished;		/* shared count of finished workers */
	uint64_t pub_sent, pub_bytes;
};

/*
 * --size imix: packet k of this thread gets its class's length, and an L2
 * frame its class's headers (the payload pattern is already there: the
 * backends filled every buffer with the largest frame).  Returns the
 * template to stamp it with.
 */
static const struct frame_tmpl *tx_imix_size(struct tx_worker *w,
					     struct pkt_buf *pb, uint64_t k)
{
	unsigned cls = imix_class(k);

	if (w->c->be->layer != PKT_LAYER_L2) {
		pb->len = imix_payload_len[cls];
		return &w->tmpl;
	}
	frame_write_hdr(&w->imix[cls], pb->data);
	pb->len = w->imix[cls].len;
	return &w->imix[cls];
}

static void *tx_worker_main(void *arg)
{
	struct tx_worker *w = arg;
	const struct cfg *c = w->c;
	const struct pkt_tx_ops *ops = c->be->tx;
	struct seq_gen gen = { .skip_every = c->test_skip,
			       .dup_every = c->test_dup };
	struct pkt_burst b = { .cap = (unsigned)c->batch };
	struct tx_result *r = &w->r;
	struct pacer pacer;
	struct kstats ks;
	uint64_t *seqs = NULL, k = 0;
	uint64_t frame_bytes = c->size + FRAME_OVERHEAD +
			       (c->vlan != VLAN_NONE ? VLAN_TAG_LEN : 0);
	unsigned npend = 0, flow = w->idx % (unsigned)c->flows;

	if (c->cpus.n) {
		w->pin_ret = cpu_pin(c->cpus.cpu[w->idx]);
		if (w->pin_ret) {
			w->ret = w->pin_ret;
			goto out;
		}
	}
	b.pkt = calloc(b.cap, sizeof(*b.pkt));
	seqs = calloc(b.cap, sizeof(*seqs));
	if (!b.pkt || !seqs) {
		w->ret = -ENOMEM;
		goto out;
	}
	pace_init(&pacer, &pace_clock_mono, w->pps_num, w->pps_den, b.cap);
	if (w->imix_prefix)
		pace_set_cycle(&pacer, w->imix_prefix, IMIX_CYCLE);
	w->t0 = pacer.start_ns;
	while (!*w->io->stop) {
		uint64_t left = w->count ? w->count - r->sent : UINT64_MAX;
		uint64_t ts;
		unsigned want;
		int n;

		if (!left)
			break;
		want = pace_wait(&pacer, left < b.cap ? (unsigned)left : b.cap);
		if (c->duration_ns && time_mono_ns() - w->t0 >= c->duration_ns)
			break;
		if (!want)
			continue;
		b.cap = want;
		n = ops->get(&w->be, &b);
		b.cap = (unsigned)c->batch;
		if (n < 0) {
			w->ret = n;
			break;
		}
		if (!n) {
			r->ring_full++;
			b.n = 0;
			ops->send(&w->be, &b);	/* kick queued frames */
			continue;
		}
		/* one timestamp per burst: the packets leave together */
		ts = time_real_ns();
		for (unsigned i = 0; i < (unsigned)n; i++) {
			const struct frame_tmpl *t = &w->tmpl;

			if (i >= npend)
				seqs[i] = seq_gen_next(&gen);
			if (c->imix)
				t = tx_imix_size(w, &b.pkt[i], r->sent + i);
			if (c->be->layer == PKT_LAYER_L2)
				frame_stamp(t, b.pkt[i].data, flow, seqs[i],
					    ts);
			else
				payload_stamp(b.pkt[i].data, seqs[i], ts);
		}
		if (npend < (unsigned)n)
			npend = (unsigned)n;
		b.n = (unsigned)n;
		b.flow = flow;
		n = ops->send(&w->be, &b);
		if (b.err)
			r->send_errors++;
		if (n < 0 && !tx_err_transient(n)) {
			w->ret = n;
			break;
		}
		if (n < 0)
			n = 0;
		/* unsent sequence numbers go first in the next burst */
		memmove(seqs, seqs + n, (npend - (unsigned)n) * sizeof(*seqs));
		npend -= (unsigned)n;
		pace_commit(&pacer, (unsigned)n);
		r->bytes += c->imix ? tx_imix_bytes(c, r->sent, (unsigned)n) :
				      (uint64_t)n * frame_bytes;
		r->sent += (uint64_t)n;
		__atomic_store_n(&w->pub_sent, r->sent, __ATOMIC_RELAXED);
		__atomic_store_n(&w->pub_bytes, r->bytes, __ATOMIC_RELAXED);
		if (n) {
			/* thread t walks flows t, t+N, t+2N, ... */
			k++;
			flow = (unsigned)((w->idx + k * w->nthreads) %
					  c->flows);
		}
		if (b.err == -ENOBUFS || b.err == -EAGAIN) {
			/* the queue below us is full: let it drain */
			struct timespec yield = { 0, 20000 };

			nanosleep(&yield, NULL);
		}
	}
	if (ops->flush && ops->flush(&w->be))
		pkt_log(LOG_WARN, "%s: queued frames did not leave in 1 s",
			c->be->name);
	w->t1 = time_mono_ns();
	if (!ops->kstats(&w->be, &ks)) {
		r->wrong_format = ks.tx_wrong_format;
		r->xdp_tx_ring_empty = ks.xdp_tx_ring_empty;
		r->xdp_invalid = ks.xdp_invalid;
		memcpy(r->xdp_bind, ks.xdp_bind, sizeof(r->xdp_bind));
	}
out:
	free(b.pkt);
	free(seqs);
	__atomic_add_fetch(w->finished, 1, __ATOMIC_RELEASE);
	return NULL;
}

/*
 * Interval records from the workers' published counters.  A record that
 * cannot be written ends the run (through the stop flag): -EIO.
 */
static int tx_supervise(const struct cfg *c, const struct run_io *io,
			struct tx_worker *w, unsigned n, int *finished)
{
	int ret = 0;

	struct timespec tick = { 0, 5000000 };
	struct tx_result last = { 0 };
	uint64_t t_iv = time_mono_ns();

	while (__atomic_load_n(finished, __ATOMIC_ACQUIRE) < (int)n) {
		uint64_t now = time_mono_ns();

		if (c->interval_ns && now - t_iv >= c->interval_ns) {
			struct tx_result d = { 0 }, cur = { 0 };
			struct record rec = { io->imeta, c, NULL,
					      tx_result_fields, &d };

			for (unsigned i = 0; i < n; i++) {
				cur.sent += __atomic_load_n(&w[i].pub_sent,
							    __ATOMIC_RELAXED);
				cur.bytes += __atomic_load_n(&w[i].pub_bytes,
							     __ATOMIC_RELAXED);
			}
			d.sent = cur.sent - last.sent;
			d.bytes = cur.bytes - last.bytes;
			d.run_id = w[0].r.run_id;
			d.if_tx_dropped = d.qdisc_drops = FIELD_NULL;
			tx_result_finish(c, &d, t_iv, now);
			/* --connect: the receiver's records share the stream */
			flockfile(io->out);
			if (!ret && (emit_record(io->out, c->format, &rec, 0) ||
				     fflush(io->out) || ferror(io->out))) {
				ret = -EIO;
				*io->stop = 1;
			}
			funlockfile(io->out);
			last = cur;
			t_iv = now;
		}
		nanosleep(&tick, NULL);
	}
	return ret;
}

static void tx_merge(const struct cfg *c, struct tx_worker *w, unsigned n,
		     struct tx_result *r)
{
	uint64_t t0 = UINT64_MAX, t1 = 0;

	for (unsigned i = 0; i < n; i++) {
		r->sent += w[i].r.sent;
		r->bytes += w[i].r.bytes;
		r->send_errors += w[i].r.send_errors;
		r->ring_full += w[i].r.ring_full;
		r->wrong_format += w[i].r.wrong_format;
		r->xdp_tx_ring_empty += w[i].r.xdp_tx_ring_empty;
		r->xdp_invalid += w[i].r.xdp_invalid;
		if (!r->xdp_bind[0])
			memcpy(r->xdp_bind, w[i].r.xdp_bind,
			       sizeof(r->xdp_bind));
		if (w[i].t0 && w[i].t0 < t0)
			t0 = w[i].t0;
		if (w[i].t1 > t1)
			t1 = w[i].t1;
	}
	tx_result_finish(c, r, t0 == UINT64_MAX ? 0 : t0, t1);
	r->threads = n;
}

/* The interface whose drop counters count: --interface, else the route's. */
static void tx_drops_ifname(const struct cfg *c, char ifname[IF_NAMESIZE])
{
	int arp;

	snprintf(ifname, IF_NAMESIZE, "%s", c->ifname);
	if (!ifname[0] && netdev_route_ifname(c->dst_ip, ifname, &arp))
		ifname[0] = '\0';
}

static void tx_drops_set(const char *ifname, const struct drops_snap *d0,
			 struct tx_result *r)
{
	struct drops_snap d1, d;

	r->if_tx_dropped = r->qdisc_drops = FIELD_NULL;
	if (!ifname[0])
		return;	/* none known: null, not a counter of another link */
	drops_snap_take(&d1, ifname);
	drops_snap_delta(d0, &d1, &d);
	r->if_tx_dropped = d.if_tx_dropped;
	r->qdisc_drops = d.qdisc_drops;
	memcpy(r->drops_if, d.ifname, sizeof(r->drops_if));
}

int run_tx(const struct cfg *c, const struct run_io *io, struct tx_result *r)
{
	const struct pkt_backend *be = c->be;
	const struct pkt_tx_ops *ops = be->tx;
	unsigned n = (unsigned)c->threads, opened = 0, started = 0;
	uint64_t pps_num = 0, pps_den = 0, imix_prefix[IMIX_CYCLE + 1];
	uint32_t run_id = (uint32_t)c->run_id;
	struct frame_spec spec;
	struct drops_snap d0;
	char drops_if[IF_NAMESIZE];
	struct tx_worker *w;
	int finished = 0, ret = 0, iv_ret;

	memset(r, 0, sizeof(*r));
	while (!run_id && getrandom(&run_id, sizeof(run_id), 0) < 0)
		;
	r->run_id = run_id;
	if (be->layer == PKT_LAYER_L2) {
		ret = tx_spec_build(c, io, run_id, &spec);
		if (ret)
			return ret;
	}
	if (c->rate.unit == RATE_PPS) {
		pps_num = c->rate.value;
		pps_den = 1;
	} else if (c->rate.unit == RATE_BPS && c->imix) {
		/* bits per second; each packet costs its own bits */
		pps_num = c->rate.value;
		pps_den = 1;
		tx_imix_prefix(c, imix_prefix);
	} else if (c->rate.unit == RATE_BPS) {
		pps_num = c->rate.value;
		pps_den = frame_wire_bits((unsigned)c->size,
					  c->vlan != VLAN_NONE);
	}
	w = calloc(n, sizeof(*w));
	if (!w)
		return errmsg(io, -ENOMEM, "out of memory");
	for (; opened < n; opened++) {
		struct tx_worker *x = &w[opened];

		x->c = c;
		x->io = io;
		x->idx = opened;
		x->nthreads = n;
		x->finished = &finished;
		/* the count and the rate are split evenly over the threads */
		x->count = c->count ? c->count / n + (opened < c->count % n) : 0;
		x->pps_num = pps_num;
		x->pps_den = pps_den * n;
		if (c->imix && c->rate.unit == RATE_BPS)
			x->imix_prefix = imix_prefix;
		x->r.run_id = run_id;
		x->be = (struct be_ctx){ .cfg = c, .tmpl = &x->tmpl,
					 .run_id = run_id,
					 .stream = (uint16_t)(c->stream_base + opened),
					 .err = io->err,
					 .errlen = io->errlen };
		if (be->layer == PKT_LAYER_L2) {
			spec.stream = (uint16_t)(c->stream_base + opened);
			ret = frame_tmpl_init(&x->tmpl, &spec);
			for (unsigned k = 0; c->imix && !ret && k < IMIX_CLASSES;
			     k++) {
				struct frame_spec ks = spec;

				ks.payload_len = imix_payload_len[k];
				ret = frame_tmpl_init(&x->imix[k], &ks);
			}
			if (ret) {
				errmsg(io, ret, "building the frame: %s",
				       strerror(-ret));
				goto out;
			}
		}
		io->err[0] = '\0';
		ret = ops->open(&x->be);
		if (ret) {
			/* a failed open has cleaned up after itself */
			tx_open_error(c, io, ret);
			ret = ret == -EMSGSIZE ? -EINVAL : ret;
			goto out;
		}
	}
	/* after the backends checked --size against the path MTU */
	if (be->layer != PKT_LAYER_L2)
		tx_neigh_warm(c);
	tx_drops_ifname(c, drops_if);
	drops_snap_take(&d0, drops_if);
	for (; started < n; started++) {
		ret = -pthread_create(&w[started].tid, NULL, tx_worker_main,
				      &w[started]);
		if (ret) {
			errmsg(io, ret, "starting thread: %s", strerror(-ret));
			/* the started ones end on their own count or signal */
			break;
		}
	}
	iv_ret = tx_supervise(c, io, w, started, &finished);
	for (unsigned i = 0; i < started; i++)
		pthread_join(w[i].tid, NULL);
	tx_merge(c, w, started, r);
	tx_drops_set(drops_if, &d0, r);
	if (!ret && iv_ret)
		ret = errmsg(io, iv_ret, "writing an interval record: %s",
			     strerror(-iv_ret));
	for (unsigned i = 0; i < started && !ret; i++) {
		if (w[i].pin_ret) {
			ret = errmsg(io, w[i].pin_ret,
				     "--cpu: pinning thread %u to CPU %u: %s", i,
				     c->cpus.cpu[i], strerror(-w[i].pin_ret));
		} else if (w[i].ret) {
			ret = w[i].ret;
			errmsg(io, ret, "%s: sending to %s: %s", be->name,
			       inet_ntoa((struct in_addr){ c->dst_ip }),
			       strerror(-ret));
		}
	}
out:
	for (unsigned i = 0; i < opened; i++)
		ops->close(&w[i].be);
	free(w);
	return ret;
}
