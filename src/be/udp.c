// SPDX-License-Identifier: MIT
/*
 * udp: the naive baseline, one system call per packet (sendto on a
 * connected socket, recvmsg so that SO_RXQ_OVFL drop counts arrive).
 */
#include <errno.h>
#include <string.h>
#include <time.h>

#include "../core/clock.h"
#include "sock.h"

static int udp_tx_burst(struct be_ctx *be, struct pkt_burst *b)
{
	struct sock_priv *sp = be->priv;
	int fd = sp->fd[b->flow % sp->nfd];

	b->err = 0;
	for (unsigned i = 0; i < b->n; i++) {
		if (sendto(fd, b->pkt[i].data, b->pkt[i].len, 0, NULL, 0) < 0) {
			b->err = -errno;
			return i ? (int)i : -errno;
		}
	}
	return (int)b->n;
}

static int udp_rx_burst(struct be_ctx *be, struct pkt_burst *b,
			int timeout_ms)
{
	struct sock_priv *sp = be->priv;
	unsigned cap = b->cap < sp->nslot ? b->cap : sp->nslot, n = 0;
	int fd = sp->fd[0], waited = 0;

	while (n < cap) {
		struct msghdr *mh = &sp->msg[n].msg_hdr;
		ssize_t len;

		mh->msg_control = sp->ctrl + n * SOCK_CTRL;
		mh->msg_controllen = SOCK_CTRL;
		len = recvmsg(fd, mh, MSG_DONTWAIT);
		if (len < 0) {
			if (errno == EINTR)
				break;
			if (errno != EAGAIN)
				return n ? (int)n : -errno;
			if (n || waited)
				break;
			waited = 1;
			if (sock_wait(fd, timeout_ms) <= 0)
				break;
			continue;
		}
		sock_rx_fill(sp, b, n, (unsigned)len, 0);
		if (!b->pkt[n].ts_ns)
			b->pkt[n].ts_ns = time_real_ns();
		n++;
	}
	return (int)n;
}

static const struct pkt_tx_ops udp_tx = {
	.open = sock_open,
	.get = sock_tx_get,
	.send = udp_tx_burst,
	.kstats = sock_kstats,
	.close = sock_close,
};

static const struct pkt_rx_ops udp_rx = {
	.open = sock_open,
	.burst = udp_rx_burst,
	.kstats = sock_kstats,
	.close = sock_close,
};

const struct pkt_backend be_udp = {
	.name = "udp",
	.desc = "one sendto/recvmsg system call per packet",
	.layer = PKT_LAYER_PAYLOAD,
	.opts = sock_opts,
	.mem = sock_mem,
	.tx = &udp_tx,
	.rx = &udp_rx,
};
