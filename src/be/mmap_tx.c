// SPDX-License-Identifier: MIT
/*
 * mmap TX: whole frames in a PACKET_TX_RING of TPACKET_V2 slots, written
 * once from the frame template; a batch goes with one send call.
 */
#include <endian.h>
#include <errno.h>
#include <linux/if_packet.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "mmap.h"

/* Frame data sits right after the aligned V2 header (no PACKET_TX_HAS_OFF). */
#define TX_DATA_OFF TPACKET_ALIGN(sizeof(struct tpacket2_hdr))

/*
 * struct virtio_net_hdr (linux/virtio_net.h; little endian here).  With
 * PACKET_VNET_HDR, hdr_len bytes of each frame are copied into the skb's
 * linear head; we set it to the whole frame.  Otherwise the skb points at
 * the ring's pages, and crossing into another namespace (veth, macvlan)
 * copies them again (skb_copy_ubufs) and the receiver pulls the headers
 * out of the fragments: about 20% more kernel time per packet here.
 */
struct vnet_hdr {
	uint8_t flags, gso_type;
	uint16_t hdr_len, gso_size, csum_start, csum_offset;
};

struct mmap_tx {
	struct mmap_ring r;
	unsigned vnet;		/* vnet header bytes before each frame */
	unsigned nframes, frame_size, head;
	uint64_t wrong_format;
};

static void *tx_slot(struct mmap_tx *mt, unsigned i)
{
	return mt->r.ring + (size_t)(i % mt->nframes) * mt->frame_size;
}

static int mmap_tx_sockopts(const struct cfg *c, struct mmap_tx *mt)
{
	int ver = TPACKET_V2, one = 1;

	if (setsockopt(mt->r.fd, SOL_PACKET, PACKET_VERSION, &ver,
		       sizeof(ver)))
		return -errno;
	if (!c->no_vnet_hdr) {
		if (setsockopt(mt->r.fd, SOL_PACKET, PACKET_VNET_HDR, &one,
			       sizeof(one)))
			return -errno;
		mt->vnet = sizeof(struct vnet_hdr);
	}
	if (c->qdisc_bypass &&
	    setsockopt(mt->r.fd, SOL_PACKET, PACKET_QDISC_BYPASS, &one,
		       sizeof(one)))
		return -errno;
	return 0;
}

static int mmap_tx_ring(const struct cfg *c, struct mmap_tx *mt)
{
	unsigned per_block;
	struct tpacket_req req;
	struct sockaddr_ll sll = {
		.sll_family = AF_PACKET,
		.sll_protocol = 0,	/* TX only: no receive hook */
		.sll_ifindex = (int)c->ifindex,
	};

	/* blocks of at least a page; frames never straddle blocks */
	mt->frame_size = (unsigned)c->frame_size;
	per_block = mt->frame_size >= 65536 ? 1 : 65536 / mt->frame_size;
	mt->nframes = (unsigned)((c->ring_frames + per_block - 1) / per_block *
				 per_block);
	req = (struct tpacket_req){
		.tp_block_size = per_block * mt->frame_size,
		.tp_block_nr = mt->nframes / per_block,
		.tp_frame_size = mt->frame_size,
		.tp_frame_nr = mt->nframes,
	};
	return mmap_ring_map_bind(&mt->r, PACKET_TX_RING, &req, sizeof(req),
				  (size_t)req.tp_block_size * req.tp_block_nr,
				  &sll);
}

/* hdr_len: the whole frame goes into the skb's head. */
static void mmap_vnet_len(uint8_t *vnet, unsigned frame_len)
{
	struct vnet_hdr v = { .hdr_len = htole16((uint16_t)frame_len) };

	memcpy(vnet, &v, sizeof(v));
}

/*
 * Every slot gets the template once (the largest frame, --size imix);
 * per packet only stamps, and with imix the headers, change.
 */
static void mmap_tx_fill(const struct frame_tmpl *t, struct mmap_tx *mt)
{
	for (unsigned i = 0; i < mt->nframes; i++) {
		struct tpacket2_hdr *h = tx_slot(mt, i);
		uint8_t *d = (uint8_t *)h + TX_DATA_OFF;

		if (mt->vnet)
			mmap_vnet_len(d, t->len);
		frame_write(t, d + mt->vnet);
		h->tp_len = t->len + mt->vnet;
	}
}

static void mmap_tx_close(struct be_ctx *be)
{
	struct mmap_tx *mt = be->priv;

	if (!mt)
		return;
	mmap_ring_close(&mt->r);
	free(mt);
	be->priv = NULL;
}

static int mmap_tx_open(struct be_ctx *be)
{
	struct mmap_tx *mt;
	int ret;

	mt = calloc(1, sizeof(*mt));
	if (!mt)
		return -ENOMEM;
	be->priv = mt;
	ret = mmap_ring_open(&mt->r);
	if (!ret)
		ret = mmap_tx_sockopts(be->cfg, mt);
	if (!ret)
		ret = mmap_tx_ring(be->cfg, mt);
	if (ret) {
		mmap_tx_close(be);
		return ret;
	}
	mmap_tx_fill(be->tmpl, mt);
	return 0;
}

static int mmap_tx_get(struct be_ctx *be, struct pkt_burst *b)
{
	struct mmap_tx *mt = be->priv;
	unsigned n;

	for (n = 0; n < b->cap && n < mt->nframes; n++) {
		struct tpacket2_hdr *h = tx_slot(mt, mt->head + n);
		uint32_t st = mmap_status_load(&h->tp_status);

		if (st == TP_STATUS_WRONG_FORMAT) {
			/* the kernel refused this frame; reuse the slot */
			mt->wrong_format++;
			mmap_status_store(&h->tp_status, TP_STATUS_AVAILABLE);
		} else if (st != TP_STATUS_AVAILABLE) {
			break;	/* still queued: the ring is full */
		}
		b->pkt[n].data = (uint8_t *)h + TX_DATA_OFF + mt->vnet;
		b->pkt[n].len = be->tmpl->len;
	}
	return (int)n;
}

static int mmap_tx_kick(struct mmap_tx *mt, int flags)
{
	/* one call hands every SEND_REQUEST slot to the driver */
	if (sendto(mt->r.fd, NULL, 0, flags, NULL, 0) < 0)
		return -errno;
	return 0;
}

static int mmap_tx_send(struct be_ctx *be, struct pkt_burst *b)
{
	struct mmap_tx *mt = be->priv;

	for (unsigned i = 0; i < b->n; i++) {
		struct tpacket2_hdr *h = tx_slot(mt, mt->head + i);

		/* each frame its own length: --size imix varies it */
		h->tp_len = b->pkt[i].len + mt->vnet;
		if (mt->vnet)
			mmap_vnet_len(b->pkt[i].data - mt->vnet,
				      b->pkt[i].len);
		mmap_status_store(&h->tp_status, TP_STATUS_SEND_REQUEST);
	}
	mt->head = (mt->head + b->n) % mt->nframes;
	/* queued frames stay in the ring on ENOBUFS and go with the next kick */
	b->err = mmap_tx_kick(mt, 0);
	return (int)b->n;
}

static int mmap_tx_busy(struct mmap_tx *mt)
{
	for (unsigned i = 0; i < mt->nframes; i++) {
		struct tpacket2_hdr *h = tx_slot(mt, i);
		uint32_t st = mmap_status_load(&h->tp_status);

		if (st == TP_STATUS_SEND_REQUEST || st == TP_STATUS_SENDING)
			return 1;
	}
	return 0;
}

static int mmap_tx_flush(struct be_ctx *be)
{
	struct mmap_tx *mt = be->priv;
	struct timespec ms = { 0, 1000000 };

	for (int tries = 0; tries < 1000; tries++) {
		if (!mmap_tx_busy(mt))
			return 0;
		mmap_tx_kick(mt, MSG_DONTWAIT);
		nanosleep(&ms, NULL);
	}
	return -ETIMEDOUT;
}

static int mmap_tx_kstats(struct be_ctx *be, struct kstats *ks)
{
	struct mmap_tx *mt = be->priv;

	memset(ks, 0, sizeof(*ks));
	ks->tx_wrong_format = mt->wrong_format;
	return 0;
}

const struct pkt_tx_ops mmap_tx_ops = {
	.open = mmap_tx_open,
	.get = mmap_tx_get,
	.send = mmap_tx_send,
	.flush = mmap_tx_flush,
	.kstats = mmap_tx_kstats,
	.close = mmap_tx_close,
};
