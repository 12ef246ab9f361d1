/* SPDX-License-Identifier: MIT */
#ifndef PKT_BE_MMAP_H
#define PKT_BE_MMAP_H

#include <linux/if_packet.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

#include "backend.h"

/*
 * What the mmap TX ring (mmap_tx.c) and RX ring (mmap_rx.c) share: an
 * AF_PACKET socket with one mapped ring, and the status word protocol.
 */
struct mmap_ring {
	int fd;
	uint8_t *ring;
	size_t ring_len;
};

/* Opens the AF_PACKET socket; the ring is not mapped yet. */
int mmap_ring_open(struct mmap_ring *r);
/*
 * Asks for the ring, maps it, then binds: binding last means no packet is
 * queued before the ring exists (packet_mmap.rst).
 */
int mmap_ring_map_bind(struct mmap_ring *r, int opt, const void *req,
		       socklen_t req_len, size_t len,
		       const struct sockaddr_ll *sll);
void mmap_ring_close(struct mmap_ring *r);

/* The kernel writes a slot's status last: read it with acquire... */
static inline uint32_t mmap_status_load(const volatile uint32_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

/* ...and hand a slot over with release, after its content. */
static inline void mmap_status_store(volatile uint32_t *p, uint32_t v)
{
	__atomic_store_n(p, v, __ATOMIC_RELEASE);
}

extern const struct pkt_tx_ops mmap_tx_ops;
extern const struct pkt_rx_ops mmap_rx_ops;

#endif
