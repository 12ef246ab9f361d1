// SPDX-License-Identifier: MIT
/*
 * xdp RX: one AF_XDP socket per receive queue (thread i binds queue i),
 * fed by an XDP program that redirects our UDP port into an XSKMAP and
 * passes everything else to the stack.  Thread 0 creates the map, loads
 * the program and attaches it with a bpf_link, so the kernel detaches it
 * when the process ends, however it ends.
 *
 * AF_XDP gives no per-packet timestamp here: a burst's packets all get
 * the time the burst was read.
 */
#include <errno.h>
#include <linux/bpf.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/clock.h"
#include "xsk.h"

/* linux/if_link.h, which musl builds do not have */
#define XDP_FLAGS_SKB_MODE (1U << 1)
#define XDP_FLAGS_DRV_MODE (1U << 2)

/* What thread 0 sets up for the whole run. */
struct xdp_run {
	int map_fd, prog_fd, link_fd;
	const char *attach;	/* "native" or "generic" */
};

struct xdp_rx {
	struct xsk x;
	struct xdp_run run;	/* thread 0 only */
	unsigned held;		/* frames of the last burst, still ours */
	uint64_t *held_addr;
};

static int say(struct be_ctx *be, int ret, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int say(struct be_ctx *be, int ret, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(be->err, be->errlen, fmt, ap);
	va_end(ap);
	return ret;
}

static int xdp_rx_prog(struct be_ctx *be, struct xdp_run *run)
{
	struct bpf_insn insns[XDP_PROG_MAX_INSNS];
	char log[1024];
	unsigned n;

	run->map_fd = xdp_map_create((unsigned)be->cfg->threads);
	if (run->map_fd == -EPERM)
		return say(be, -EPERM,
			   "--mode xdp: loading the XDP program needs CAP_BPF (or CAP_SYS_ADMIN) and CAP_NET_ADMIN");
	if (run->map_fd < 0)
		return say(be, run->map_fd, "--mode xdp: creating the XSKMAP: %s",
			   strerror(-run->map_fd));
	n = xdp_prog_build(insns, be->cfg->dport, run->map_fd, XDP_PASS);
	run->prog_fd = xdp_prog_load(insns, n, log, sizeof(log));
	if (run->prog_fd == -EPERM)
		return say(be, -EPERM,
			   "--mode xdp: loading the XDP program needs CAP_BPF (or CAP_SYS_ADMIN) and CAP_NET_ADMIN");
	if (run->prog_fd < 0)
		return say(be, run->prog_fd,
			   "--mode xdp: loading the XDP program: %s; verifier: %.200s",
			   strerror(-run->prog_fd), log);
	return 0;
}

/* Never replaces a program someone else attached. */
static int xdp_rx_attach(struct be_ctx *be, struct xdp_run *run)
{
	const struct cfg *c = be->cfg;
	int mode = (int)c->xdp_attach, fd;

	if (mode != XDP_ATTACH_GENERIC) {
		fd = xdp_link_create(run->prog_fd, c->ifindex,
				     XDP_FLAGS_DRV_MODE);
		run->attach = "native";
		if (fd >= 0 || mode == XDP_ATTACH_NATIVE || fd == -EBUSY ||
		    fd == -EEXIST || fd == -EPERM)
			goto done;
	}
	fd = xdp_link_create(run->prog_fd, c->ifindex, XDP_FLAGS_SKB_MODE);
	run->attach = "generic";
done:
	if (fd == -EBUSY || fd == -EEXIST)
		return say(be, -EBUSY,
			   "--interface %s already has an XDP program that is not ours; left as it is (ip link show dev %s); remove it or use another --mode",
			   c->ifname, c->ifname);
	if (fd == -EPERM)
		return say(be, -EPERM,
			   "--mode xdp: attaching the XDP program needs CAP_NET_ADMIN");
	if (fd < 0 && mode == XDP_ATTACH_NATIVE)
		return say(be, fd == -EINVAL ? -EOPNOTSUPP : fd,
			   "--xdp-attach native: %s has no native XDP here (%s); accepted auto or generic",
			   c->ifname, strerror(-fd));
	if (fd < 0)
		return say(be, fd, "--interface %s: attaching the XDP program: %s",
			   c->ifname, strerror(-fd));
	run->link_fd = fd;
	return 0;
}

/* Every frame starts in the fill ring. */
static void xdp_rx_fill_all(struct xdp_rx *xr)
{
	struct xsk_ring *fq = &xr->x.fill;

	for (uint32_t i = 0; i < xr->x.frames; i++)
		*xsk_ring_addr(fq, i) = (uint64_t)i * XSK_FRAME_SIZE;
	xsk_ring_publish(fq, fq->producer, xr->x.frames);
}

static void xdp_rx_close(struct be_ctx *be)
{
	struct xdp_rx *xr = be->priv;

	if (!xr)
		return;
	/* the link first: the program goes before its sockets */
	if (xr->run.link_fd >= 0)
		close(xr->run.link_fd);
	if (xr->run.prog_fd >= 0)
		close(xr->run.prog_fd);
	if (xr->run.map_fd >= 0)
		close(xr->run.map_fd);
	xsk_close(&xr->x);
	free(xr->held_addr);
	free(xr);
	be->priv = NULL;
}

static int xdp_rx_open(struct be_ctx *be)
{
	struct xdp_rx *xr, *lead;
	int ret;

	xr = calloc(1, sizeof(*xr));
	if (!xr)
		return -ENOMEM;
	be->priv = xr;
	xr->run = (struct xdp_run){ -1, -1, -1, NULL };
	xr->x.fd = -1;	/* xsk_open has not run yet */
	xr->held_addr = calloc(be->cfg->batch, sizeof(*xr->held_addr));
	ret = xr->held_addr ? 0 : -ENOMEM;
	/*
	 * The program first: an interface with someone else's program is
	 * refused before we touch its queues.  Until our socket is in the
	 * map, the program passes our port to the stack.
	 */
	/* all threads' UMEMs count against one limit: thread 0 checks */
	if (!ret && be->thread == 0)
		ret = xsk_memlock_check(be->cfg, be->err, be->errlen);
	if (!ret && be->thread == 0)
		ret = xdp_rx_prog(be, &xr->run);
	if (!ret && be->thread == 0)
		ret = xdp_rx_attach(be, &xr->run);
	if (!ret)
		ret = xsk_open(&xr->x, be->cfg, 1, 0, be->err, be->errlen);
	if (!ret)
		xdp_rx_fill_all(xr);
	if (!ret)
		ret = xsk_bind(&xr->x, be->cfg, be->thread, be->err,
			       be->errlen);
	lead = be->thread ? be->lead->priv : xr;
	if (!ret) {
		ret = xdp_map_set(lead->run.map_fd, be->thread, xr->x.fd);
		if (ret)
			say(be, ret, "--mode xdp: adding the socket to the XSKMAP: %s",
			    strerror(-ret));
	}
	if (ret)
		xdp_rx_close(be);
	return ret;
}

/* Gives the last burst's frames back to the kernel. */
static void xdp_rx_release(struct xdp_rx *xr)
{
	struct xsk_ring *fq = &xr->x.fill;

	for (unsigned i = 0; i < xr->held; i++)
		*xsk_ring_addr(fq, fq->cached + i) = xr->held_addr[i];
	if (xr->held)
		xsk_ring_publish(fq, fq->producer, fq->cached + xr->held);
	xr->held = 0;
}

static int xdp_rx_burst(struct be_ctx *be, struct pkt_burst *b,
			int timeout_ms)
{
	struct xdp_rx *xr = be->priv;
	struct xsk_ring *rx = &xr->x.rx;
	uint32_t prod, n;
	uint64_t ts;

	xdp_rx_release(xr);
	prod = xsk_ring_peer(rx->producer);
	if (prod == rx->cached) {
		struct pollfd p = { .fd = xr->x.fd, .events = POLLIN };

		if (poll(&p, 1, timeout_ms) < 0 && errno != EINTR)
			return -errno;
		prod = xsk_ring_peer(rx->producer);
	}
	n = xsk_ring_used(prod, rx->cached);
	if (n > b->cap)
		n = b->cap;
	ts = time_real_ns();	/* one arrival time per burst */
	for (uint32_t i = 0; i < n; i++) {
		const struct xdp_desc *d = xsk_ring_desc(rx, rx->cached + i);
		struct pkt_buf *pb = &b->pkt[i];

		pb->data = xr->x.umem + d->addr;
		pb->len = d->len;
		pb->vlan = VLAN_NONE;	/* a tag stays in the frame */
		pb->ts_ns = ts;
		xr->held_addr[i] = d->addr & ~(uint64_t)(XSK_FRAME_SIZE - 1);
	}
	xr->held = n;
	if (n)
		xsk_ring_publish(rx, rx->consumer, rx->cached + n);
	return (int)n;
}

static int xdp_rx_kstats(struct be_ctx *be, struct kstats *ks)
{
	struct xdp_rx *xr = be->priv;

	memset(ks, 0, sizeof(*ks));
	xsk_kstats(&xr->x, ks);
	ks->rx_drops = ks->xdp_rx_dropped + ks->xdp_rx_ring_full;
	if (xr->run.attach)
		snprintf(ks->xdp_attach, sizeof(ks->xdp_attach), "%s",
			 xr->run.attach);
	return 0;
}

const struct pkt_rx_ops xdp_rx_ops = {
	.open = xdp_rx_open,
	.burst = xdp_rx_burst,
	.kstats = xdp_rx_kstats,
	.close = xdp_rx_close,
};
