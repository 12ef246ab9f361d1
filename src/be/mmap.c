// SPDX-License-Identifier: MIT
/*
 * mmap: AF_PACKET rings.  TX writes whole frames into a PACKET_TX_RING
 * (TPACKET_V2 slots) and flushes a batch with one send call; RX walks
 * PACKET_RX_RING blocks (TPACKET_V3).  See packet_mmap.rst.
 */
#include <arpa/inet.h>
#include <endian.h>
#include <errno.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "../core/log.h"
#include "backend.h"

#ifndef PACKET_IGNORE_OUTGOING
#define PACKET_IGNORE_OUTGOING 23
#endif

/* Frame data sits right after the aligned V2 header (no PACKET_TX_HAS_OFF). */
#define TX_DATA_OFF TPACKET_ALIGN(sizeof(struct tpacket2_hdr))
#define RX_RETIRE_MS 10

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

struct mmap_priv {
	int fd;
	int sink;		/* RX: UDP socket that drops our port */
	unsigned vnet;		/* TX: vnet header bytes before each frame */
	uint8_t *ring;
	size_t ring_len;
	/* TX */
	unsigned nframes, frame_size, head;
	uint64_t wrong_format;
	/* RX */
	unsigned nblocks, block_size, cur;
	struct tpacket_block_desc *bd;	/* block being walked, or NULL */
	struct tpacket3_hdr *pkt;	/* next packet in bd */
	unsigned left;			/* packets left in bd */
	struct kstats ks;
};

static void *tx_slot(struct mmap_priv *mp, unsigned i)
{
	return mp->ring + (size_t)(i % mp->nframes) * mp->frame_size;
}

/*
 * Asks for the ring, maps it, then binds: binding last means no packet is
 * queued before the ring exists (packet_mmap.rst).
 */
static int ring_map_bind(struct mmap_priv *mp, int opt, const void *req,
			 socklen_t req_len, size_t len,
			 const struct sockaddr_ll *sll)
{
	if (setsockopt(mp->fd, SOL_PACKET, opt, req, req_len))
		return -errno;
	mp->ring_len = len;
	mp->ring = mmap(NULL, len, PROT_READ | PROT_WRITE,
			MAP_SHARED | MAP_POPULATE, mp->fd, 0);
	if (mp->ring == MAP_FAILED) {
		mp->ring = NULL;
		return -errno;
	}
	if (bind(mp->fd, (const struct sockaddr *)sll, sizeof(*sll)))
		return -errno;
	return 0;
}

static int mmap_tx_setup(struct be_ctx *be, struct mmap_priv *mp)
{
	const struct cfg *c = be->cfg;
	int ver = TPACKET_V2, one = 1, ret;
	unsigned per_block;
	struct tpacket_req req;
	struct sockaddr_ll sll = {
		.sll_family = AF_PACKET,
		.sll_protocol = 0,	/* TX only: no receive hook */
		.sll_ifindex = (int)c->ifindex,
	};

	if (setsockopt(mp->fd, SOL_PACKET, PACKET_VERSION, &ver, sizeof(ver)))
		return -errno;
	if (!c->no_vnet_hdr) {
		if (setsockopt(mp->fd, SOL_PACKET, PACKET_VNET_HDR, &one,
			       sizeof(one)))
			return -errno;
		mp->vnet = sizeof(struct vnet_hdr);
	}
	if (c->qdisc_bypass &&
	    setsockopt(mp->fd, SOL_PACKET, PACKET_QDISC_BYPASS, &one,
		       sizeof(one)))
		return -errno;
	/* blocks of at least a page; frames never straddle blocks */
	mp->frame_size = (unsigned)c->frame_size;
	per_block = mp->frame_size >= 65536 ? 1 : 65536 / mp->frame_size;
	mp->nframes = (unsigned)((c->ring_frames + per_block - 1) / per_block *
				 per_block);
	req = (struct tpacket_req){
		.tp_block_size = per_block * mp->frame_size,
		.tp_block_nr = mp->nframes / per_block,
		.tp_frame_size = mp->frame_size,
		.tp_frame_nr = mp->nframes,
	};
	ret = ring_map_bind(mp, PACKET_TX_RING, &req, sizeof(req),
			    (size_t)req.tp_block_size * req.tp_block_nr, &sll);
	if (ret)
		return ret;
	/* write every slot's template once; per packet only stamps change */
	for (unsigned i = 0; i < mp->nframes; i++) {
		struct tpacket2_hdr *h = tx_slot(mp, i);

		uint8_t *d = (uint8_t *)h + TX_DATA_OFF;

		if (mp->vnet) {
			struct vnet_hdr v = { .hdr_len = htole16(
						      (uint16_t)be->tmpl->len) };

			memcpy(d, &v, sizeof(v));
		}
		frame_write(be->tmpl, d + mp->vnet);
		h->tp_len = be->tmpl->len + mp->vnet;
	}
	return 0;
}

/*
 * The ring sees our packets before the IP stack does; without a socket on
 * the port, the stack then answers every one with an ICMP port unreachable
 * (route lookups, rate limiting) on the sending CPU.  A UDP socket whose
 * filter drops everything ends each packet at the socket lookup instead.
 */
static int mmap_sink_open(const struct cfg *c)
{
	struct sock_filter drop = BPF_STMT(BPF_RET | BPF_K, 0);
	struct sock_fprog prog = { .len = 1, .filter = &drop };
	struct sockaddr_in addr = {
		.sin_family = AF_INET,
		.sin_port = htons(c->dport),
	};
	int fd, ret, zero = 0;

	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog)) ||
	    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &zero, sizeof(zero)) ||
	    setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, c->ifname,
		       (socklen_t)strlen(c->ifname)) ||
	    bind(fd, (struct sockaddr *)&addr, sizeof(addr))) {
		ret = -errno;
		close(fd);
		return ret;
	}
	return fd;
}

static int mmap_rx_setup(struct be_ctx *be, struct mmap_priv *mp)
{
	const struct cfg *c = be->cfg;
	int ver = TPACKET_V3, one = 1, ret;
	struct tpacket_req3 req;
	struct sockaddr_ll sll = {
		.sll_family = AF_PACKET,
		.sll_protocol = htons(ETH_P_ALL),
		.sll_ifindex = (int)c->ifindex,
	};

	if (setsockopt(mp->fd, SOL_PACKET, PACKET_VERSION, &ver, sizeof(ver)))
		return -errno;
	/* the receiver's own transmissions (ICMP errors) are not ours */
	setsockopt(mp->fd, SOL_PACKET, PACKET_IGNORE_OUTGOING, &one,
		   sizeof(one));
	mp->nblocks = (unsigned)c->ring_blocks;
	mp->block_size = (unsigned)c->block_size;
	req = (struct tpacket_req3){
		.tp_block_size = mp->block_size,
		.tp_block_nr = mp->nblocks,
		.tp_frame_size = (unsigned)c->frame_size,
		.tp_frame_nr = mp->block_size / (unsigned)c->frame_size *
			       mp->nblocks,
		/*
		 * A partly filled block reaches us after this long at the
		 * latest; arrival times come from the ring headers, so this
		 * bounds only how late the last packets are seen.
		 */
		.tp_retire_blk_tov = RX_RETIRE_MS,
	};
	ret = ring_map_bind(mp, PACKET_RX_RING, &req, sizeof(req),
			    (size_t)mp->block_size * mp->nblocks, &sll);
	if (ret)
		return ret;
	if (!c->no_sink && be->thread == 0) {
		mp->sink = mmap_sink_open(c);
		/* a busy port only costs speed: say so and go on */
		if (mp->sink < 0)
			pkt_log(LOG_WARN,
				"no UDP sink on port %u (%s); the kernel will answer each packet with ICMP",
				c->dport, strerror(-mp->sink));
	}
	if (c->threads > 1) {
		int arg = (be->fanout_id & 0xffff) |
			  (PACKET_FANOUT_HASH << 16);

		if (setsockopt(mp->fd, SOL_PACKET, PACKET_FANOUT, &arg,
			       sizeof(arg)))
			return -errno;
	}
	return 0;
}

static void mmap_close(struct be_ctx *be)
{
	struct mmap_priv *mp = be->priv;

	if (!mp)
		return;
	if (mp->ring)
		munmap(mp->ring, mp->ring_len);
	if (mp->fd >= 0)
		close(mp->fd);
	if (mp->sink >= 0)
		close(mp->sink);
	free(mp);
	be->priv = NULL;
}

static int mmap_open(struct be_ctx *be)
{
	struct mmap_priv *mp;
	int ret;

	mp = calloc(1, sizeof(*mp));
	if (!mp)
		return -ENOMEM;
	be->priv = mp;
	mp->sink = -1;
	mp->fd = socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, 0);
	if (mp->fd < 0) {
		ret = -errno;
		goto fail;
	}
	ret = be->cfg->role == ROLE_SEND ? mmap_tx_setup(be, mp) :
					   mmap_rx_setup(be, mp);
	if (ret)
		goto fail;
	return 0;
fail:
	mmap_close(be);
	return ret;
}

static uint32_t status_load(const volatile uint32_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

static void status_store(volatile uint32_t *p, uint32_t v)
{
	__atomic_store_n(p, v, __ATOMIC_RELEASE);
}

static int mmap_tx_get(struct be_ctx *be, struct pkt_burst *b)
{
	struct mmap_priv *mp = be->priv;
	unsigned n;

	for (n = 0; n < b->cap && n < mp->nframes; n++) {
		struct tpacket2_hdr *h = tx_slot(mp, mp->head + n);
		uint32_t st = status_load(&h->tp_status);

		if (st == TP_STATUS_WRONG_FORMAT) {
			/* the kernel refused this frame; reuse the slot */
			mp->wrong_format++;
			status_store(&h->tp_status, TP_STATUS_AVAILABLE);
		} else if (st != TP_STATUS_AVAILABLE) {
			break;	/* still queued: the ring is full */
		}
		b->pkt[n].data = (uint8_t *)h + TX_DATA_OFF + mp->vnet;
		b->pkt[n].len = be->tmpl->len;
	}
	return (int)n;
}

static int mmap_tx_kick(struct mmap_priv *mp, int flags)
{
	/* one call hands every SEND_REQUEST slot to the driver */
	if (sendto(mp->fd, NULL, 0, flags, NULL, 0) < 0)
		return -errno;
	return 0;
}

static int mmap_tx_burst(struct be_ctx *be, struct pkt_burst *b)
{
	struct mmap_priv *mp = be->priv;

	for (unsigned i = 0; i < b->n; i++) {
		struct tpacket2_hdr *h = tx_slot(mp, mp->head + i);

		status_store(&h->tp_status, TP_STATUS_SEND_REQUEST);
	}
	mp->head = (mp->head + b->n) % mp->nframes;
	/* queued frames stay in the ring on ENOBUFS and go with the next kick */
	b->err = mmap_tx_kick(mp, 0);
	return (int)b->n;
}

static int mmap_tx_flush(struct be_ctx *be)
{
	struct mmap_priv *mp = be->priv;
	struct timespec ms = { 0, 1000000 };

	for (int tries = 0; tries < 1000; tries++) {
		unsigned busy = 0;

		for (unsigned i = 0; i < mp->nframes && !busy; i++) {
			struct tpacket2_hdr *h = tx_slot(mp, i);
			uint32_t st = status_load(&h->tp_status);

			busy = st == TP_STATUS_SEND_REQUEST ||
			       st == TP_STATUS_SENDING;
		}
		if (!busy)
			return 0;
		mmap_tx_kick(mp, MSG_DONTWAIT);
		nanosleep(&ms, NULL);
	}
	return -ETIMEDOUT;
}

static struct tpacket_block_desc *rx_block(struct mmap_priv *mp, unsigned i)
{
	return (struct tpacket_block_desc *)(mp->ring +
					     (size_t)i * mp->block_size);
}

static int mmap_rx_burst(struct be_ctx *be, struct pkt_burst *b,
			 int timeout_ms)
{
	struct mmap_priv *mp = be->priv;
	unsigned n = 0;

	if (mp->bd && !mp->left) {
		/* the caller is done with the last burst: return the block */
		status_store(&mp->bd->hdr.bh1.block_status, TP_STATUS_KERNEL);
		mp->bd = NULL;
		mp->cur = (mp->cur + 1) % mp->nblocks;
	}
	if (!mp->bd) {
		struct tpacket_block_desc *bd = rx_block(mp, mp->cur);

		if (!(status_load(&bd->hdr.bh1.block_status) &
		      TP_STATUS_USER)) {
			struct pollfd p = { .fd = mp->fd,
					    .events = POLLIN | POLLERR };

			if (poll(&p, 1, timeout_ms) < 0 && errno != EINTR)
				return -errno;
			if (!(status_load(&bd->hdr.bh1.block_status) &
			      TP_STATUS_USER))
				return 0;
		}
		mp->bd = bd;
		mp->left = bd->hdr.bh1.num_pkts;
		mp->pkt = (struct tpacket3_hdr *)((uint8_t *)bd +
						  bd->hdr.bh1.offset_to_first_pkt);
	}
	while (n < b->cap && mp->left) {
		struct tpacket3_hdr *h = mp->pkt;
		struct pkt_buf *pb = &b->pkt[n++];

		pb->data = (uint8_t *)h + h->tp_mac;
		pb->len = h->tp_snaplen;
		pb->ts_ns = (uint64_t)h->tp_sec * 1000000000ull + h->tp_nsec;
		pb->vlan = (h->tp_status & TP_STATUS_VLAN_VALID) ?
				   (h->hv1.tp_vlan_tci & 0x0fff) :
				   VLAN_NONE;
		mp->pkt = (struct tpacket3_hdr *)((uint8_t *)h +
						  h->tp_next_offset);
		mp->left--;
	}
	return (int)n;
}

static int mmap_kstats(struct be_ctx *be, struct kstats *ks)
{
	struct mmap_priv *mp = be->priv;
	struct tpacket_stats_v3 st;
	socklen_t len = sizeof(st);

	/* reading the counters resets them, so keep a running sum */
	if (be->cfg->role == ROLE_RECV &&
	    !getsockopt(mp->fd, SOL_PACKET, PACKET_STATISTICS, &st, &len)) {
		mp->ks.rx_drops += st.tp_drops;
		mp->ks.rx_freeze += st.tp_freeze_q_cnt;
	}
	mp->ks.tx_wrong_format = mp->wrong_format;
	*ks = mp->ks;
	return 0;
}

const struct pkt_backend be_mmap = {
	.name = "mmap",
	.desc = "AF_PACKET PACKET_TX_RING (V2) / PACKET_RX_RING (TPACKET_V3)",
	.layer = PKT_LAYER_L2,
	.open = mmap_open,
	.tx_get = mmap_tx_get,
	.tx_burst = mmap_tx_burst,
	.tx_flush = mmap_tx_flush,
	.rx_burst = mmap_rx_burst,
	.kstats = mmap_kstats,
	.close = mmap_close,
};
