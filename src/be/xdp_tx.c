// SPDX-License-Identifier: MIT
/*
 * xdp TX: frames written once into the UMEM from the frame template, sent
 * through the TX ring and come back on the completion ring.
 *
 * Frames are used in ring order: frame i carries every packet whose TX
 * ring index is i mod frames (--xdp-frames, as for the receiver).  The
 * TX and completion rings have an entry per frame and the kernel
 * completes in order, so a frame is free again exactly when its index
 * has come back on the completion ring, and no free list is needed: the
 * sender waits on the completion ring only when every frame is in
 * flight.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "xsk.h"

struct xdp_tx {
	struct xsk x;
	uint32_t done;		/* TX ring index completed up to */
	uint32_t frame_len;
};

static uint8_t *tx_frame(struct xdp_tx *xt, uint32_t idx)
{
	return xt->x.umem + (size_t)xsk_ring_slot(idx, xt->x.frames) *
				    XSK_FRAME_SIZE;
}

/* Counts what the completion ring gave back and hands its slots back. */
static void xdp_tx_reap(struct xdp_tx *xt)
{
	struct xsk_ring *cq = &xt->x.comp;
	uint32_t prod = xsk_ring_peer(cq->producer);
	uint32_t n = xsk_ring_used(prod, cq->cached);

	if (!n)
		return;
	xt->done += n;
	xsk_ring_publish(cq, cq->consumer, prod);
}

static void xdp_tx_close(struct be_ctx *be)
{
	struct xdp_tx *xt = be->priv;

	if (!xt)
		return;
	xsk_close(&xt->x);
	free(xt);
	be->priv = NULL;
}

static int xdp_tx_open(struct be_ctx *be)
{
	struct xdp_tx *xt;
	int ret, budget;

	xt = calloc(1, sizeof(*xt));
	if (!xt)
		return -ENOMEM;
	be->priv = xt;
	/* the streams' UMEMs count against one limit: stream 0 checks */
	ret = be->stream ? 0 :
			   xsk_memlock_check(be->cfg, be->err, be->errlen);
	if (!ret)
		ret = xsk_open(&xt->x, be->cfg, 0, 1, be->err, be->errlen);
	if (!ret)
		/* the queue is the thread's; a --clients run offsets stream */
		ret = xsk_bind(&xt->x, be->cfg,
			       (unsigned)(be->stream - be->cfg->stream_base),
			       be->err, be->errlen);
	if (ret) {
		xdp_tx_close(be);
		return ret;
	}
	/* copy mode sends 32 frames per sendto unless told more (6.17+) */
	budget = (int)xt->x.frames;
	setsockopt(xt->x.fd, SOL_XDP, XDP_MAX_TX_SKB_BUDGET, &budget,
		   sizeof(budget));
	xt->frame_len = be->tmpl->len;
	for (uint32_t i = 0; i < xt->x.frames; i++)
		frame_write(be->tmpl, tx_frame(xt, i));
	return 0;
}

static int xdp_tx_get(struct be_ctx *be, struct pkt_burst *b)
{
	struct xdp_tx *xt = be->priv;
	struct xsk_ring *tx = &xt->x.tx;
	uint32_t room, n;

	xdp_tx_reap(xt);
	/* a frame is free once its TX index has completed */
	room = xsk_ring_free(xt->x.frames, tx->cached, xt->done);
	n = b->cap < room ? b->cap : room;
	for (uint32_t i = 0; i < n; i++) {
		b->pkt[i].data = tx_frame(xt, tx->cached + i);
		b->pkt[i].len = xt->frame_len;
	}
	return (int)n;
}

/*
 * One sendto hands the TX ring to the kernel.  In copy mode it sends a
 * budget of frames per call and says EAGAIN when it stopped early, so
 * kick again while it makes progress.
 */
static int xdp_tx_kick(struct xdp_tx *xt)
{
	struct xsk_ring *tx = &xt->x.tx;
	int err = 0;

	for (int i = 0; i < 64; i++) {
		if (!xsk_ring_needs_wakeup(tx))
			return 0;
		if (sendto(xt->x.fd, NULL, 0, MSG_DONTWAIT, NULL, 0) >= 0)
			err = 0;
		else
			err = -errno;
		if (err != -EAGAIN && err != -EBUSY)
			break;
		if (xsk_ring_peer(tx->consumer) == tx->cached)
			break;
	}
	return err == -EAGAIN || err == -EBUSY ? 0 : err;
}

static int xdp_tx_send(struct be_ctx *be, struct pkt_burst *b)
{
	struct xdp_tx *xt = be->priv;
	struct xsk_ring *tx = &xt->x.tx;
	uint32_t idx = tx->cached;

	for (unsigned i = 0; i < b->n; i++) {
		struct xdp_desc *d = xsk_ring_desc(tx, idx + i);

		d->addr = (uint64_t)xsk_ring_slot(idx + i, xt->x.frames) *
			  XSK_FRAME_SIZE;
		d->len = b->pkt[i].len;
		d->options = 0;
	}
	if (b->n)
		xsk_ring_publish(tx, tx->producer, idx + b->n);
	/* descriptors stay queued on an error and go with the next kick */
	b->err = xdp_tx_kick(xt);
	return (int)b->n;
}

static int xdp_tx_flush(struct be_ctx *be)
{
	struct xdp_tx *xt = be->priv;
	struct timespec ms = { 0, 1000000 };

	for (int tries = 0; tries < 1000; tries++) {
		xdp_tx_reap(xt);
		if (xt->done == xt->x.tx.cached)
			return 0;
		xdp_tx_kick(xt);
		nanosleep(&ms, NULL);
	}
	return -ETIMEDOUT;
}

static int xdp_tx_kstats(struct be_ctx *be, struct kstats *ks)
{
	struct xdp_tx *xt = be->priv;

	memset(ks, 0, sizeof(*ks));
	xsk_kstats(&xt->x, ks);
	return 0;
}

const struct pkt_tx_ops xdp_tx_ops = {
	.open = xdp_tx_open,
	.get = xdp_tx_get,
	.send = xdp_tx_send,
	.flush = xdp_tx_flush,
	.kstats = xdp_tx_kstats,
	.close = xdp_tx_close,
};
