/* SPDX-License-Identifier: MIT */
#ifndef PKT_BE_SOCK_H
#define PKT_BE_SOCK_H

#include <stdint.h>
#include <sys/socket.h>

#include "backend.h"

/*
 * What the udp and mmsg backends share: one connected socket per flow for
 * TX, one SO_REUSEPORT socket per thread for RX, and the message arrays
 * that both recvmsg and recvmmsg fill.
 */
#define SOCK_SLOT 65536u	/* the largest UDP datagram fits */
#define SOCK_CTRL 64u

struct sock_priv {
	unsigned nfd;
	int *fd;
	unsigned nslot;
	uint8_t *buf;		/* nslot * SOCK_SLOT (RX) or * size (TX) */
	struct mmsghdr *msg;
	struct iovec *iov;
	uint8_t *ctrl;		/* nslot * SOCK_CTRL: SO_RXQ_OVFL, SCM_TIMESTAMPNS */
	uint32_t drops;		/* last SO_RXQ_OVFL value */
};

/* The options the udp and mmsg backends read (backend.h .opts). */
extern const char *const sock_opts[];
uint64_t sock_mem(const struct cfg *c, char *what, size_t len);

int sock_open(struct be_ctx *be);
void sock_close(struct be_ctx *be);
int sock_tx_get(struct be_ctx *be, struct pkt_burst *b);
int sock_kstats(struct be_ctx *be, struct kstats *ks);
/* Waits up to timeout_ms for fd to become readable: 1, 0 or -errno. */
int sock_wait(int fd, int timeout_ms);
/*
 * Fills b->pkt[i] from message i, noting SO_RXQ_OVFL; the arrival time is
 * the kernel's (SO_TIMESTAMPNS), else ts.
 */
void sock_rx_fill(struct sock_priv *sp, struct pkt_burst *b, unsigned i,
		  unsigned len, uint64_t ts);

#endif
