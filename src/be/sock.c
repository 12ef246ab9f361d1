// SPDX-License-Identifier: MIT
/* Socket set-up shared by the udp and mmsg backends. */
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <linux/sock_diag.h>

#include "../core/clock.h"
#include "../core/netdev.h"
#include "sock.h"

#ifndef SO_RXQ_OVFL
#define SO_RXQ_OVFL 40
#endif
#ifndef SO_MEMINFO
#define SO_MEMINFO 55
#endif

const char *const sock_opts[] = { "rcvbuf", "max-ring-mem", NULL };

/*
 * What a flood can make the receive sockets hold, for --max-ring-mem:
 * the kernel doubles SO_RCVBUF for its bookkeeping and queues up to that,
 * on each thread's socket.  The sender queues nothing of ours.
 */
uint64_t sock_mem(const struct cfg *c, char *what, size_t len)
{
	if (c->role != ROLE_RECV) {
		snprintf(what, len, "no socket buffer of ours");
		return 0;
	}
	snprintf(what, len,
		 "--rcvbuf %llu x 2 (the kernel doubles SO_RCVBUF) x --threads %llu of socket receive buffers",
		 (unsigned long long)c->rcvbuf, (unsigned long long)c->threads);
	return c->rcvbuf * 2 * c->threads;
}

static int sock_tx_one(const struct cfg *c, unsigned flow)
{
	struct sockaddr_in src = {
		.sin_family = AF_INET,
		.sin_port = htons((uint16_t)(c->sport + flow)),
	};
	struct sockaddr_in dst = {
		.sin_family = AF_INET,
		.sin_port = htons(c->dport),
		.sin_addr.s_addr = c->dst_ip,
	};
	int one = 1, fd, ret;

	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (c->ifname[0] &&
	    setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, c->ifname,
		       (socklen_t)strlen(c->ifname)))
		goto fail;
	if (bind(fd, (struct sockaddr *)&src, sizeof(src)) ||
	    connect(fd, (struct sockaddr *)&dst, sizeof(dst)))
		goto fail;
	return fd;
fail:
	ret = -errno;
	close(fd);
	return ret;
}

static int sock_rx_one(const struct cfg *c)
{
	struct sockaddr_in addr = {
		.sin_family = AF_INET,
		.sin_port = htons(c->dport),
	};
	int one = 1, buf = (int)c->rcvbuf, fd, ret;

	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	/*
	 * A deep queue (16M by default) absorbs scheduling hiccups; a tiny
	 * one forces loss.  FORCE needs CAP_NET_ADMIN; without it the kernel
	 * caps SO_RCVBUF at net.core.rmem_max.
	 */
	if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &buf, sizeof(buf)))
		setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &buf, sizeof(buf));
	setsockopt(fd, SOL_SOCKET, SO_RXQ_OVFL, &one, sizeof(one));
	/*
	 * Arrival times from the kernel: a clock read after recvmsg would
	 * date a backlog read in one go as arriving at once, and overstate
	 * the rate whenever the receiver was not scheduled.
	 */
	setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof(one));
	/*
	 * Only the threads of one receiver share the port: the kernel lets a
	 * socket join a reuseport group only for the same effective user.
	 */
	if (c->threads > 1 &&
	    setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)))
		goto fail;
	if (c->ifname[0] &&
	    setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, c->ifname,
		       (socklen_t)strlen(c->ifname)))
		goto fail;
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)))
		goto fail;
	return fd;
fail:
	ret = -errno;
	close(fd);
	return ret;
}

int sock_open(struct be_ctx *be)
{
	const struct cfg *c = be->cfg;
	int tx = c->role == ROLE_SEND;
	size_t slot = tx ? c->size : SOCK_SLOT;
	struct sock_priv *sp;
	int ret = -ENOMEM;

	sp = calloc(1, sizeof(*sp));
	if (!sp)
		return -ENOMEM;
	be->priv = sp;
	sp->nfd = tx ? (unsigned)c->flows : 1;
	sp->nslot = (unsigned)c->batch;
	sp->fd = malloc(sp->nfd * sizeof(int));
	sp->msg = calloc(sp->nslot, sizeof(*sp->msg));
	sp->iov = calloc(sp->nslot, sizeof(*sp->iov));
	sp->ctrl = calloc(sp->nslot, SOCK_CTRL);
	/* RX slots are large but untouched pages cost nothing */
	sp->buf = mmap(NULL, sp->nslot * slot, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (sp->buf == MAP_FAILED)
		sp->buf = NULL;
	if (!sp->fd || !sp->msg || !sp->iov || !sp->ctrl || !sp->buf)
		goto fail;
	for (unsigned i = 0; i < sp->nfd; i++)
		sp->fd[i] = -1;
	for (unsigned i = 0; i < sp->nslot; i++) {
		sp->iov[i].iov_base = sp->buf + i * slot;
		sp->iov[i].iov_len = slot;
		sp->msg[i].msg_hdr.msg_iov = &sp->iov[i];
		sp->msg[i].msg_hdr.msg_iovlen = 1;
		if (tx) {
			payload_init(sp->buf + i * slot, (unsigned)slot,
				     be->run_id);
			payload_set_stream(sp->buf + i * slot, be->stream);
		}
	}
	for (unsigned i = 0; i < sp->nfd; i++) {
		ret = tx ? sock_tx_one(c, i) : sock_rx_one(c);
		if (ret < 0)
			goto fail;
		sp->fd[i] = ret;
	}
	if (tx) {
		int mtu = netdev_path_mtu(c->dst_ip, c->ifname);

		if (mtu > 0 && c->size + IP4_HDR_LEN + UDP_HDR_LEN >
				       (unsigned)mtu) {
			ret = -EMSGSIZE;
			goto fail;
		}
	}
	return 0;
fail:
	sock_close(be);
	return ret;
}

void sock_close(struct be_ctx *be)
{
	struct sock_priv *sp = be->priv;
	size_t slot = be->cfg->role == ROLE_SEND ? be->cfg->size : SOCK_SLOT;

	if (!sp)
		return;
	for (unsigned i = 0; sp->fd && i < sp->nfd; i++)
		if (sp->fd[i] >= 0)
			close(sp->fd[i]);
	if (sp->buf)
		munmap(sp->buf, sp->nslot * slot);
	free(sp->fd);
	free(sp->msg);
	free(sp->iov);
	free(sp->ctrl);
	free(sp);
	be->priv = NULL;
}

int sock_tx_get(struct be_ctx *be, struct pkt_burst *b)
{
	struct sock_priv *sp = be->priv;
	unsigned n = b->cap < sp->nslot ? b->cap : sp->nslot;

	for (unsigned i = 0; i < n; i++) {
		b->pkt[i].data = sp->iov[i].iov_base;
		b->pkt[i].len = (uint32_t)be->cfg->size;
	}
	return (int)n;
}

int sock_kstats(struct be_ctx *be, struct kstats *ks)
{
	struct sock_priv *sp = be->priv;
	uint32_t mi[SK_MEMINFO_VARS];
	socklen_t len = sizeof(mi);

	memset(ks, 0, sizeof(*ks));
	ks->rx_drops = sp->drops;
	/*
	 * SO_RXQ_OVFL comes with a packet and tells the drops before it was
	 * queued: those after the last one read show only in the socket's
	 * own counter.
	 */
	if (be->cfg->role == ROLE_RECV &&
	    !getsockopt(sp->fd[0], SOL_SOCKET, SO_MEMINFO, mi, &len) &&
	    len > SK_MEMINFO_DROPS * sizeof(mi[0]) &&
	    mi[SK_MEMINFO_DROPS] > ks->rx_drops)
		ks->rx_drops = mi[SK_MEMINFO_DROPS];
	return 0;
}

int sock_wait(int fd, int timeout_ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	int ret = poll(&p, 1, timeout_ms);

	if (ret < 0)
		return errno == EINTR ? 0 : -errno;
	return ret;
}

void sock_rx_fill(struct sock_priv *sp, struct pkt_burst *b, unsigned i,
		  unsigned len, uint64_t ts)
{
	struct msghdr *mh = &sp->msg[i].msg_hdr;

	for (struct cmsghdr *cm = CMSG_FIRSTHDR(mh); cm;
	     cm = CMSG_NXTHDR(mh, cm)) {
		if (cm->cmsg_level != SOL_SOCKET)
			continue;
		if (cm->cmsg_type == SO_RXQ_OVFL) {
			memcpy(&sp->drops, CMSG_DATA(cm), sizeof(sp->drops));
		} else if (cm->cmsg_type == SCM_TIMESTAMPNS) {
			struct timespec t;

			memcpy(&t, CMSG_DATA(cm), sizeof(t));
			ts = timespec_ns(&t);
		}
	}
	b->pkt[i].data = sp->iov[i].iov_base;
	/* a truncated datagram cannot be ours: report it empty (foreign) */
	b->pkt[i].len = (mh->msg_flags & MSG_TRUNC) ? 0 : len;
	b->pkt[i].vlan = VLAN_NONE;
	b->pkt[i].ts_ns = ts;
}
