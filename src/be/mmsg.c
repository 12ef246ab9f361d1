// SPDX-License-Identifier: MIT
/* mmsg: sendmmsg/recvmmsg, one system call per batch. */
#include <errno.h>
#include <string.h>
#include <time.h>

#include "../core/clock.h"
#include "sock.h"

static int mmsg_tx_burst(struct be_ctx *be, struct pkt_burst *b)
{
	struct sock_priv *sp = be->priv;
	int fd = sp->fd[b->flow % sp->nfd];
	unsigned done = 0;

	b->err = 0;
	/* the buffers are sp->iov[0..n) already (sock_tx_get); lengths vary */
	for (unsigned i = 0; i < b->n; i++)
		sp->iov[i].iov_len = b->pkt[i].len;
	while (done < b->n) {
		int r = sendmmsg(fd, sp->msg + done, b->n - done, 0);

		if (r <= 0) {
			b->err = r < 0 ? -errno : -EIO;
			return done ? (int)done : b->err;
		}
		done += (unsigned)r;
	}
	return (int)done;
}

static int mmsg_rx_burst(struct be_ctx *be, struct pkt_burst *b,
			 int timeout_ms)
{
	struct sock_priv *sp = be->priv;
	unsigned cap = b->cap < sp->nslot ? b->cap : sp->nslot;
	uint64_t now;
	int fd = sp->fd[0], r;

	for (unsigned i = 0; i < cap; i++) {
		sp->msg[i].msg_hdr.msg_control = sp->ctrl + i * SOCK_CTRL;
		sp->msg[i].msg_hdr.msg_controllen = SOCK_CTRL;
	}
	r = recvmmsg(fd, sp->msg, cap, MSG_DONTWAIT, NULL);
	if (r < 0 && errno == EAGAIN) {
		if (sock_wait(fd, timeout_ms) <= 0)
			return 0;
		r = recvmmsg(fd, sp->msg, cap, MSG_DONTWAIT, NULL);
	}
	if (r < 0)
		return errno == EAGAIN || errno == EINTR ? 0 : -errno;
	now = time_real_ns();
	for (int i = 0; i < r; i++)
		sock_rx_fill(sp, b, (unsigned)i, sp->msg[i].msg_len, now);
	return r;
}

static const struct pkt_tx_ops mmsg_tx = {
	.open = sock_open,
	.get = sock_tx_get,
	.send = mmsg_tx_burst,
	.kstats = sock_kstats,
	.close = sock_close,
};

static const struct pkt_rx_ops mmsg_rx = {
	.open = sock_open,
	.burst = mmsg_rx_burst,
	.kstats = sock_kstats,
	.close = sock_close,
};

const struct pkt_backend be_mmsg = {
	.name = "mmsg",
	.desc = "sendmmsg/recvmmsg, one system call per batch",
	.layer = PKT_LAYER_PAYLOAD,
	.opts = sock_opts,
	.mem = sock_mem,
	.tx = &mmsg_tx,
	.rx = &mmsg_rx,
};
