// SPDX-License-Identifier: MIT
/* The one TX loop: pace, stamp, hand bursts to the backend, count. */
#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "../be/backend.h"
#include "log.h"
#include "netdev.h"
#include "pace.h"
#include "run.h"

#define O(f) offsetof(struct tx_result, f)
const struct field tx_result_fields[] = {
	{ "sent", FIELD_U64, O(sent), "packets", "packets handed to the kernel" },
	{ "bytes", FIELD_U64, O(bytes), "B", "L2 bytes sent (14+20+8+payload, +4 with VLAN)" },
	{ "send_errors", FIELD_U64, O(send_errors), "calls", "failed send calls (ENOBUFS, EAGAIN, ...)" },
	{ "ring_full", FIELD_U64, O(ring_full), "times", "mmap: no free TX ring slot" },
	{ "wrong_format", FIELD_U64, O(wrong_format), "frames", "mmap: frames the kernel refused" },
	{ "duration_s", FIELD_F64, O(duration_s), "s", "first send to last send" },
	{ "pps", FIELD_F64, O(pps), "packet/s", "sent / duration_s" },
	{ "bps", FIELD_F64, O(bps), "bit/s", "bytes * 8 / duration_s" },
	{ "rate_req_pps", FIELD_F64, O(rate_req_pps), "packet/s", "requested rate; 0 = unlimited" },
	{ "run_id", FIELD_U64, O(run_id), "", "run id in every packet" },
	FIELD_END,
};
#undef O

uint64_t time_mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

uint64_t time_real_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

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

/* Builds the L2 template: interface facts, neighbour, addresses. */
static int tx_tmpl_build(const struct cfg *c, const struct run_io *io,
			 uint32_t run_id, struct frame_tmpl *t)
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
	} else {
		ret = netdev_resolve_mac(c->ifname, c->dst_ip, s.dst_mac, 3000);
		if (ret)
			return errmsg(io, ret,
				      "--dst %s: no neighbour entry on %s after 3 s (%s); is the address up on this link? --dst-mac sets it by hand",
				      inet_ntoa((struct in_addr){ c->dst_ip }),
				      c->ifname, strerror(-ret));
	}
	return frame_tmpl_init(t, &s);
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

static void tx_result_finish(const struct cfg *c, struct tx_result *r,
			     uint64_t t0, uint64_t t1)
{
	r->duration_s = t1 > t0 ? (double)(t1 - t0) / 1e9 : 0;
	if (r->duration_s > 0) {
		r->pps = (double)r->sent / r->duration_s;
		r->bps = (double)r->bytes * 8 / r->duration_s;
	}
	if (c->rate.unit == RATE_PPS)
		r->rate_req_pps = (double)c->rate.value;
	else if (c->rate.unit == RATE_BPS)
		r->rate_req_pps = (double)c->rate.value /
				  (double)frame_wire_bits((unsigned)c->size,
							  c->vlan != VLAN_NONE);
}

static void tx_interval(const struct cfg *c, const struct run_io *io,
			const struct tx_result *r, struct tx_result *last,
			uint64_t t_last, uint64_t now)
{
	struct tx_result d = *r;
	struct record rec = { io->imeta, c, NULL, tx_result_fields, &d };

	d.sent -= last->sent;
	d.bytes -= last->bytes;
	d.send_errors -= last->send_errors;
	d.ring_full -= last->ring_full;
	tx_result_finish(c, &d, t_last, now);
	emit_record(io->out, c->format, &rec, 0);
	fflush(io->out);
	*last = *r;
}

int run_tx(const struct cfg *c, const struct run_io *io, struct tx_result *r)
{
	const struct pkt_backend *ops = c->be;
	struct frame_tmpl tmpl;
	struct be_ctx be = { .cfg = c, .tmpl = &tmpl };
	struct seq_gen gen = { .skip_every = c->test_skip,
			       .dup_every = c->test_dup };
	struct pkt_burst b = { 0 };
	struct pacer pacer;
	struct tx_result last;
	struct kstats ks;
	uint64_t pps_num = 0, pps_den = 0, t0, t_last, next_iv, *seqs = NULL;
	uint64_t frame_bytes = c->size + FRAME_OVERHEAD +
			       (c->vlan != VLAN_NONE ? VLAN_TAG_LEN : 0);
	unsigned npend = 0, flow = 0;
	uint32_t run_id = (uint32_t)c->run_id;
	int ret;

	memset(r, 0, sizeof(*r));
	while (!run_id && getrandom(&run_id, sizeof(run_id), 0) < 0)
		;
	be.run_id = run_id;
	r->run_id = run_id;

	if (ops->layer == PKT_LAYER_L2) {
		ret = tx_tmpl_build(c, io, run_id, &tmpl);
		if (ret)
			return ret;
	}
	b.cap = (unsigned)c->batch;
	b.pkt = calloc(b.cap, sizeof(*b.pkt));
	seqs = calloc(b.cap, sizeof(*seqs));
	if (!b.pkt || !seqs) {
		ret = errmsg(io, -ENOMEM, "out of memory");
		goto out_free;
	}
	ret = ops->open(&be);
	if (ret == -EMSGSIZE) {
		ret = errmsg(io, -EINVAL,
			     "--size %llu: IPv4 (20 B) + UDP (8 B) + payload exceeds the path MTU to the destination; accepted %u..MTU-28",
			     (unsigned long long)c->size, PKT_HDR_LEN);
		goto out_free;
	}
	if (ret == -EPERM || ret == -EACCES) {
		ret = errmsg(io, -EPERM, "--mode %s: %s (needs CAP_NET_RAW)",
			     ops->name, strerror(-ret));
		goto out_free;
	}
	if (ret) {
		ret = errmsg(io, ret, "--mode %s: opening the backend: %s",
			     ops->name, strerror(-ret));
		goto out_free;
	}

	if (c->rate.unit == RATE_PPS) {
		pps_num = c->rate.value;
		pps_den = 1;
	} else if (c->rate.unit == RATE_BPS) {
		pps_num = c->rate.value;
		pps_den = frame_wire_bits((unsigned)c->size,
					  c->vlan != VLAN_NONE);
	}
	pace_init(&pacer, &pace_clock_mono, pps_num, pps_den, b.cap);
	t0 = t_last = pacer.start_ns;
	next_iv = c->interval_ns ? t0 + c->interval_ns : UINT64_MAX;
	memset(&last, 0, sizeof(last));

	while (!*io->stop) {
		uint64_t left = c->count ? c->count - r->sent : UINT64_MAX;
		uint64_t now, ts;
		unsigned k;
		int n;

		if (!left)
			break;
		k = pace_wait(&pacer, left < b.cap ? (unsigned)left : b.cap);
		now = time_mono_ns();
		if (c->duration_ns && now - t0 >= c->duration_ns)
			break;
		if (now >= next_iv) {
			tx_interval(c, io, r, &last, t_last, now);
			t_last = now;
			next_iv += c->interval_ns;
		}
		if (!k)
			continue;
		b.cap = k;
		n = ops->tx_get(&be, &b);
		b.cap = (unsigned)c->batch;
		if (n < 0) {
			ret = errmsg(io, n, "%s: %s", ops->name, strerror(-n));
			break;
		}
		if (!n) {
			r->ring_full++;
			b.n = 0;
			ops->tx_burst(&be, &b);	/* kick the queued frames */
			continue;
		}
		/* one timestamp per burst: the packets leave together */
		ts = time_real_ns();
		for (unsigned i = 0; i < (unsigned)n; i++) {
			if (i >= npend)
				seqs[i] = seq_gen_next(&gen);
			if (ops->layer == PKT_LAYER_L2)
				frame_stamp(&tmpl, b.pkt[i].data, flow,
					    seqs[i], ts);
			else
				payload_stamp(b.pkt[i].data, seqs[i], ts);
		}
		if (npend < (unsigned)n)
			npend = (unsigned)n;
		b.n = (unsigned)n;
		b.flow = flow;
		n = ops->tx_burst(&be, &b);
		if (b.err)
			r->send_errors++;
		if (n < 0 && !tx_err_transient(n)) {
			ret = errmsg(io, n, "%s: sending to %s: %s", ops->name,
				     inet_ntoa((struct in_addr){ c->dst_ip }),
				     strerror(-n));
			break;
		}
		if (n < 0)
			n = 0;
		/* unsent sequence numbers go first in the next burst */
		memmove(seqs, seqs + n, (npend - (unsigned)n) * sizeof(*seqs));
		npend -= (unsigned)n;
		pace_commit(&pacer, (unsigned)n);
		r->sent += (uint64_t)n;
		r->bytes += (uint64_t)n * frame_bytes;
		if (n)
			flow = (flow + 1) % (unsigned)c->flows;
		if (b.err == -ENOBUFS || b.err == -EAGAIN) {
			/* the queue below us is full: let it drain */
			struct timespec yield = { 0, 20000 };

			nanosleep(&yield, NULL);
		}
	}
	if (ops->tx_flush && ops->tx_flush(&be))
		pkt_log(LOG_WARN, "%s: queued frames did not leave in 1 s",
			ops->name);
	tx_result_finish(c, r, t0, time_mono_ns());
	if (!ops->kstats(&be, &ks))
		r->wrong_format = ks.tx_wrong_format;
	ops->close(&be);
out_free:
	free(b.pkt);
	free(seqs);
	return ret;
}
