// SPDX-License-Identifier: MIT
/*
 * mmap RX: walks the blocks of a PACKET_RX_RING (TPACKET_V3), handing a
 * block back to the kernel once the loop is done with its packets.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "../core/clock.h"
#include "../core/log.h"
#include "mmap.h"

#ifndef PACKET_IGNORE_OUTGOING
#define PACKET_IGNORE_OUTGOING 23
#endif

#define RX_RETIRE_MS 10

struct mmap_rx {
	struct mmap_ring r;
	int sink;		/* UDP socket that drops our port */
	unsigned nblocks, block_size, cur;
	struct tpacket_block_desc *bd;	/* block being walked, or NULL */
	struct tpacket3_hdr *pkt;	/* next packet in bd */
	unsigned left;			/* packets left in bd */
	struct kstats ks;
};

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

static int mmap_rx_ring(const struct cfg *c, struct mmap_rx *mr)
{
	int ver = TPACKET_V3, one = 1;
	struct tpacket_req3 req;
	struct sockaddr_ll sll = {
		.sll_family = AF_PACKET,
		.sll_protocol = htons(ETH_P_ALL),
		.sll_ifindex = (int)c->ifindex,
	};

	if (setsockopt(mr->r.fd, SOL_PACKET, PACKET_VERSION, &ver,
		       sizeof(ver)))
		return -errno;
	/* the receiver's own transmissions (ICMP errors) are not ours */
	setsockopt(mr->r.fd, SOL_PACKET, PACKET_IGNORE_OUTGOING, &one,
		   sizeof(one));
	mr->nblocks = (unsigned)c->ring_blocks;
	mr->block_size = (unsigned)c->block_size;
	req = (struct tpacket_req3){
		.tp_block_size = mr->block_size,
		.tp_block_nr = mr->nblocks,
		.tp_frame_size = (unsigned)c->frame_size,
		.tp_frame_nr = mr->block_size / (unsigned)c->frame_size *
			       mr->nblocks,
		/*
		 * A partly filled block reaches us after this long at the
		 * latest; arrival times come from the ring headers, so this
		 * bounds only how late the last packets are seen.
		 */
		.tp_retire_blk_tov = RX_RETIRE_MS,
	};
	return mmap_ring_map_bind(&mr->r, PACKET_RX_RING, &req, sizeof(req),
				  (size_t)mr->block_size * mr->nblocks, &sll);
}

static int mmap_rx_fanout(struct be_ctx *be, struct mmap_rx *mr)
{
	int arg = (be->fanout_id & 0xffff) | (PACKET_FANOUT_HASH << 16);

	if (be->cfg->threads > 1 &&
	    setsockopt(mr->r.fd, SOL_PACKET, PACKET_FANOUT, &arg, sizeof(arg)))
		return -errno;
	return 0;
}

static void mmap_rx_close(struct be_ctx *be)
{
	struct mmap_rx *mr = be->priv;

	if (!mr)
		return;
	mmap_ring_close(&mr->r);
	if (mr->sink >= 0)
		close(mr->sink);
	free(mr);
	be->priv = NULL;
}

static int mmap_rx_open(struct be_ctx *be)
{
	const struct cfg *c = be->cfg;
	struct mmap_rx *mr;
	int ret;

	mr = calloc(1, sizeof(*mr));
	if (!mr)
		return -ENOMEM;
	be->priv = mr;
	mr->sink = -1;
	ret = mmap_ring_open(&mr->r);
	if (!ret)
		ret = mmap_rx_ring(c, mr);
	if (!ret && !c->no_sink && be->thread == 0) {
		mr->sink = mmap_sink_open(c);
		/* a busy port only costs speed: say so and go on */
		if (mr->sink < 0)
			pkt_log(LOG_WARN,
				"no UDP sink on port %u (%s); the kernel will answer each packet with ICMP",
				c->dport, strerror(-mr->sink));
	}
	if (!ret)
		ret = mmap_rx_fanout(be, mr);
	if (ret)
		mmap_rx_close(be);
	return ret;
}

static struct tpacket_block_desc *rx_block(struct mmap_rx *mr, unsigned i)
{
	return (struct tpacket_block_desc *)(mr->r.ring +
					     (size_t)i * mr->block_size);
}

static int block_is_user(struct tpacket_block_desc *bd)
{
	return !!(mmap_status_load(&bd->hdr.bh1.block_status) &
		  TP_STATUS_USER);
}

/* The next block, waiting up to timeout_ms: 1, 0 (none yet) or -errno. */
static int mmap_rx_next_block(struct mmap_rx *mr, int timeout_ms)
{
	struct tpacket_block_desc *bd = rx_block(mr, mr->cur);

	if (!block_is_user(bd)) {
		struct pollfd p = { .fd = mr->r.fd,
				    .events = POLLIN | POLLERR };

		if (poll(&p, 1, timeout_ms) < 0 && errno != EINTR)
			return -errno;
		if (!block_is_user(bd))
			return 0;
	}
	mr->bd = bd;
	mr->left = bd->hdr.bh1.num_pkts;
	mr->pkt = (struct tpacket3_hdr *)((uint8_t *)bd +
					  bd->hdr.bh1.offset_to_first_pkt);
	return 1;
}

static int mmap_rx_burst(struct be_ctx *be, struct pkt_burst *b,
			 int timeout_ms)
{
	struct mmap_rx *mr = be->priv;
	unsigned n = 0;
	int ret;

	if (mr->bd && !mr->left) {
		/* the caller is done with the last burst: return the block */
		mmap_status_store(&mr->bd->hdr.bh1.block_status,
				  TP_STATUS_KERNEL);
		mr->bd = NULL;
		mr->cur = (mr->cur + 1) % mr->nblocks;
	}
	if (!mr->bd) {
		ret = mmap_rx_next_block(mr, timeout_ms);
		if (ret <= 0)
			return ret;
	}
	while (n < b->cap && mr->left) {
		struct tpacket3_hdr *h = mr->pkt;
		struct pkt_buf *pb = &b->pkt[n++];

		pb->data = (uint8_t *)h + h->tp_mac;
		pb->len = h->tp_snaplen;
		pb->ts_ns = timespec_ns(&(struct timespec){
			.tv_sec = h->tp_sec, .tv_nsec = h->tp_nsec });
		pb->vlan = (h->tp_status & TP_STATUS_VLAN_VALID) ?
				   (h->hv1.tp_vlan_tci & 0x0fff) :
				   VLAN_NONE;
		mr->pkt = (struct tpacket3_hdr *)((uint8_t *)h +
						  h->tp_next_offset);
		mr->left--;
	}
	return (int)n;
}

static int mmap_rx_kstats(struct be_ctx *be, struct kstats *ks)
{
	struct mmap_rx *mr = be->priv;
	struct tpacket_stats_v3 st;
	socklen_t len = sizeof(st);

	/* reading the counters resets them, so keep a running sum */
	if (!getsockopt(mr->r.fd, SOL_PACKET, PACKET_STATISTICS, &st, &len)) {
		mr->ks.rx_drops += st.tp_drops;
		mr->ks.rx_freeze += st.tp_freeze_q_cnt;
	}
	*ks = mr->ks;
	return 0;
}

const struct pkt_rx_ops mmap_rx_ops = {
	.open = mmap_rx_open,
	.burst = mmap_rx_burst,
	.kstats = mmap_rx_kstats,
	.close = mmap_rx_close,
};
