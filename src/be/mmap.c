// SPDX-License-Identifier: MIT
/*
 * mmap: AF_PACKET rings.  TX writes whole frames into a PACKET_TX_RING
 * (TPACKET_V2 slots, mmap_tx.c) and flushes a batch with one send call; RX
 * walks PACKET_RX_RING blocks (TPACKET_V3, mmap_rx.c).  See
 * packet_mmap.rst.  This file: the shared ring set-up, the options and
 * their checks.
 */
#include <errno.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../core/frame.h"
#include "mmap.h"

int mmap_ring_open(struct mmap_ring *r)
{
	r->ring = NULL;
	r->fd = socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, 0);
	return r->fd < 0 ? -errno : 0;
}

int mmap_ring_map_bind(struct mmap_ring *r, int opt, const void *req,
		       socklen_t req_len, size_t len,
		       const struct sockaddr_ll *sll)
{
	if (setsockopt(r->fd, SOL_PACKET, opt, req, req_len))
		return -errno;
	r->ring_len = len;
	r->ring = mmap(NULL, len, PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_POPULATE, r->fd, 0);
	if (r->ring == MAP_FAILED) {
		r->ring = NULL;
		return -errno;
	}
	if (bind(r->fd, (const struct sockaddr *)sll, sizeof(*sll)))
		return -errno;
	return 0;
}

void mmap_ring_close(struct mmap_ring *r)
{
	if (r->ring)
		munmap(r->ring, r->ring_len);
	if (r->fd >= 0)
		close(r->fd);
	r->ring = NULL;
	r->fd = -1;
}

static int is_pow2(uint64_t v)
{
	return v && !(v & (v - 1));
}

static int mmap_check(const struct cfg *c, char *err, size_t len)
{
	uint64_t need = c->size + FRAME_OVERHEAD + VLAN_TAG_LEN + 64;

	if (!c->ifname[0])
		return cfg_fail(err, len,
			    "--interface is required with --mode mmap; accepted an existing interface name");
	if (c->role == ROLE_SEND) {
		if (!is_pow2(c->frame_size))
			return cfg_fail(err, len,
				    "--frame-size %llu: accepted a power of 2 in 128..65536",
				    (unsigned long long)c->frame_size);
		if (c->frame_size < need)
			return cfg_fail(err, len,
				    "--frame-size %llu: too small for --size %llu; accepted at least %llu (payload + headers + ring header)",
				    (unsigned long long)c->frame_size,
				    (unsigned long long)c->size,
				    (unsigned long long)need);
		return 0;
	}
	if (!is_pow2(c->block_size) || c->block_size < 4096)
		return cfg_fail(err, len,
			    "--block-size %llu: accepted a power of 2 in 4096..64M",
			    (unsigned long long)c->block_size);
	if (!is_pow2(c->frame_size) || c->frame_size > c->block_size)
		return cfg_fail(err, len,
			    "--frame-size %llu: accepted a power of 2 in 128..--block-size (%llu)",
			    (unsigned long long)c->frame_size,
			    (unsigned long long)c->block_size);
	return 0;
}

static const char *const mmap_opts[] = {
	"vlan", "dst-mac", "ring-frames", "frame-size", "qdisc-bypass",
	"ring-blocks", "block-size", "no-vnet-hdr", "no-sink", "max-ring-mem", "any-dst",
	NULL,
};

const struct pkt_backend be_mmap = {
	.name = "mmap",
	.desc = "AF_PACKET PACKET_TX_RING (V2) / PACKET_RX_RING (TPACKET_V3)",
	.layer = PKT_LAYER_L2,
	.opts = mmap_opts,
	.check = mmap_check,
	.tx = &mmap_tx_ops,
	.rx = &mmap_rx_ops,
};
