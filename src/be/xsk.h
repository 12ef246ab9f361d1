/* SPDX-License-Identifier: MIT */
#ifndef PKT_BE_XSK_H
#define PKT_BE_XSK_H

#include <linux/if_xdp.h>
#include <stddef.h>
#include <stdint.h>

#include "backend.h"

/*
 * What the xdp TX (xdp_tx.c) and RX (xdp_rx.c) halves share: an AF_XDP
 * socket, its UMEM and the four single-producer single-consumer rings
 * (if_xdp.h, Documentation/networking/af_xdp.rst).
 *
 * The UMEM is sized for time, not a constant: a receiver that is off the
 * CPU for a while (another thread, a softirq, a loaded host) loses
 * nothing as long as the fill ring still has frames for what arrives
 * meanwhile.  The default rides out XSK_RIDE_NS at XSK_RIDE_PPS, in
 * frames of XSK_FRAME_SIZE bytes, one UMEM per socket and one socket per
 * thread (queue); --xdp-frames picks another count.  The rings a
 * direction uses (RX + fill, TX + completion) have as many entries as
 * there are frames, so none of them can overflow whatever the split of
 * frames between them; the other pair is XSK_RING_SPARE entries.
 */
#define XSK_FRAME_SIZE 2048u
#define XSK_RIDE_NS 20000000ull	/* 20 ms ... */
#define XSK_RIDE_PPS 1500000ull	/* ... at 1.5 Mpps: 30000 -> 32768 */
#define XSK_FRAMES_DEFAULT 32768u
#define XSK_FRAMES_MIN 64u
#define XSK_FRAMES_MAX (1u << 18)	/* 512 MiB of UMEM per socket */
#define XSK_RING_SPARE 64u
/* Copy mode puts received frames this far into their UMEM chunk. */
#define XSK_HEADROOM 256u
#define XSK_MAX_FRAME (XSK_FRAME_SIZE - XSK_HEADROOM)

#ifndef AF_XDP
#define AF_XDP 44
#endif
#ifndef SOL_XDP
#define SOL_XDP 283
#endif
#ifndef XDP_MAX_TX_SKB_BUDGET
#define XDP_MAX_TX_SKB_BUDGET 9	/* Linux 6.17: descriptors per sendto */
#endif

/* One mapped ring: the kernel's producer and consumer words and the slots. */
struct xsk_ring {
	uint32_t *producer;
	uint32_t *consumer;
	uint32_t *flags;
	void *ring;
	uint32_t size;		/* entries, a power of 2 */
	uint32_t cached;	/* our side's index, written with release */
	void *map;
	size_t map_len;
};

/*
 * Frames that cover ns at pps: rounded up to a power of 2 (ring sizes
 * must be one), within XSK_FRAMES_MIN..XSK_FRAMES_MAX.
 */
static inline uint32_t xsk_frames_for(uint64_t ns, uint64_t pps)
{
	uint64_t want = (ns / 1000 * pps + 999999) / 1000000;
	uint32_t n = XSK_FRAMES_MIN;

	while (n < XSK_FRAMES_MAX && n < want)
		n <<= 1;
	return n;
}

static inline int xsk_frames_valid(uint64_t n)
{
	return n >= XSK_FRAMES_MIN && n <= XSK_FRAMES_MAX && !(n & (n - 1));
}

/* UMEM bytes of one socket: what counts against RLIMIT_MEMLOCK. */
static inline uint64_t xsk_umem_bytes(uint64_t frames)
{
	return frames * XSK_FRAME_SIZE;
}

/*
 * Bytes one socket pins: its UMEM, plus the rings (kernel memory, not
 * memlock, but just as unswappable): in either direction one descriptor
 * ring (16 B) and one address ring (8 B) of frames entries, and a spare
 * address ring.
 */
static inline uint64_t xsk_sock_bytes(uint64_t frames)
{
	return xsk_umem_bytes(frames) + frames * (16 + 8) +
	       XSK_RING_SPARE * 8;
}

/*
 * Index arithmetic: producer and consumer are free-running 32-bit
 * counters, so differences stay right across their wrap.
 */
static inline uint32_t xsk_ring_used(uint32_t prod, uint32_t cons)
{
	return prod - cons;
}

static inline uint32_t xsk_ring_free(uint32_t size, uint32_t prod,
				     uint32_t cons)
{
	return size - (prod - cons);
}

static inline uint32_t xsk_ring_slot(uint32_t idx, uint32_t size)
{
	return idx & (size - 1);
}

/* The other side's index: acquire, so its slot contents are visible. */
static inline uint32_t xsk_ring_peer(const uint32_t *word)
{
	return __atomic_load_n(word, __ATOMIC_ACQUIRE);
}

/* Publishes our index after the slots: release. */
static inline void xsk_ring_publish(struct xsk_ring *r, uint32_t *word,
				    uint32_t v)
{
	r->cached = v;
	__atomic_store_n(word, v, __ATOMIC_RELEASE);
}

static inline int xsk_ring_needs_wakeup(const struct xsk_ring *r)
{
	return !!(__atomic_load_n(r->flags, __ATOMIC_RELAXED) &
		  XDP_RING_NEED_WAKEUP);
}

static inline uint64_t *xsk_ring_addr(struct xsk_ring *r, uint32_t idx)
{
	return (uint64_t *)r->ring + xsk_ring_slot(idx, r->size);
}

static inline struct xdp_desc *xsk_ring_desc(struct xsk_ring *r,
					     uint32_t idx)
{
	return (struct xdp_desc *)r->ring + xsk_ring_slot(idx, r->size);
}

enum xsk_ring_kind {
	XSK_RING_FILL,
	XSK_RING_COMP,
	XSK_RING_RX,
	XSK_RING_TX,
};

/* A socket with its UMEM and the rings it asked for. */
struct xsk {
	int fd;
	uint8_t *umem;
	uint32_t frames;	/* UMEM frames, entries of the big rings */
	struct xsk_ring fill, comp, rx, tx;
	int zerocopy;		/* bound in zero-copy mode */
};

/* What xsk_open and the receiver's program loader say without AF_XDP. */
#define XSK_NO_AF_XDP "--mode xdp: this kernel has no AF_XDP sockets (CONFIG_XDP_SOCKETS)"

/*
 * 0 when this kernel makes AF_XDP sockets, else -errno of socket():
 * -EAFNOSUPPORT when it has none (Debian's UML kernel, for one).
 */
int xsk_available(void);
/*
 * Socket, UMEM and rings (rx and/or tx as asked), in that order; then
 * xsk_bind.  Return 0 or -errno; err gets a reason for the errors a user
 * can act on (capability, memlock limit).
 */
int xsk_open(struct xsk *x, const struct cfg *c, int want_rx, int want_tx,
	     char *err, size_t errlen);
/*
 * Locked memory for the UMEMs of all threads: 0 with CAP_IPC_LOCK (the
 * kernel then charges no memlock) or when RLIMIT_MEMLOCK covers them,
 * raising the soft (and, where allowed, the hard) limit; else -EPERM and
 * one line in err naming the limit and the bytes needed.
 */
int xsk_memlock_check(const struct cfg *c, char *err, size_t errlen);
/* Binds to (ifindex, queue): zero-copy, copy, or zero-copy then copy. */
int xsk_bind(struct xsk *x, const struct cfg *c, unsigned queue, char *err,
	     size_t errlen);
void xsk_close(struct xsk *x);
/* Adds XDP_STATISTICS to ks. */
void xsk_kstats(const struct xsk *x, struct kstats *ks);

/* How many queues ifname has, from sysfs; 0 if unknown. */
unsigned xsk_queue_count(const char *ifname, const char *dir);

/* The XDP program (xdp_prog.c). */
#define XDP_PROG_MAX_INSNS 64
/*
 * Builds the program into insns: UDP/IPv4 (802.1Q tag allowed) to dport
 * goes to bpf_redirect_map(map_fd, rx_queue_index, fallback); all else
 * XDP_PASS.  fallback is what a queue without a socket returns (XDP_PASS
 * in use; tests pick another to see the branch taken).  Returns the
 * instruction count.
 */
struct bpf_insn;
unsigned xdp_prog_build(struct bpf_insn *insns, uint16_t dport, int map_fd,
			unsigned fallback);
int xdp_prog_load(const struct bpf_insn *insns, unsigned n, char *log,
		  size_t loglen);
int xdp_map_create(unsigned entries);
int xdp_map_set(int map_fd, unsigned key, int fd);
/* bpf_link of prog_fd to ifindex; flags XDP_FLAGS_{DRV,SKB}_MODE. */
int xdp_link_create(int prog_fd, unsigned ifindex, unsigned flags);
/* BPF_PROG_TEST_RUN once on data: the program's return value or -errno. */
int xdp_prog_test_run(int prog_fd, const void *data, unsigned len);

/* Option values (struct cfg xdp_bind / xdp_attach). */
enum xdp_bind_mode {
	XDP_BIND_AUTO,
	XDP_BIND_COPY,
	XDP_BIND_ZEROCOPY,
};

enum xdp_attach_mode {
	XDP_ATTACH_AUTO,
	XDP_ATTACH_NATIVE,
	XDP_ATTACH_GENERIC,
};

extern const struct pkt_tx_ops xdp_tx_ops;
extern const struct pkt_rx_ops xdp_rx_ops;

#endif
