// SPDX-License-Identifier: MIT
/*
 * xdp: AF_XDP sockets.  This file: socket, UMEM and ring set-up shared by
 * the TX (xdp_tx.c) and RX (xdp_rx.c) halves, the backend's options and
 * checks.  The XDP program is in xdp_prog.c.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "../core/frame.h"
#include "xsk.h"

static int say(char *err, size_t len, int ret, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int say(char *err, size_t len, int ret, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, len, fmt, ap);
	va_end(ap);
	return ret;
}

/* Is CAP_IPC_LOCK in our effective set?  (/proc: no libcap in musl.) */
static int xsk_has_ipc_lock(void)
{
	char line[128];
	unsigned long long eff = 0;
	FILE *f = fopen("/proc/self/status", "r");

	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "CapEff: %llx", &eff) == 1)
			break;
	fclose(f);
	return !!(eff & (1ull << 14));	/* CAP_IPC_LOCK */
}

static const char *mib(char *buf, size_t len, uint64_t v)
{
	snprintf(buf, len, "%.1f MiB", (double)v / (1 << 20));
	return buf;
}

static int xsk_memlock_say(const struct cfg *c, uint64_t need,
			   uint64_t limit, char *err, size_t errlen)
{
	char a[32], b[32];

	return say(err, errlen, -EPERM,
		   "--mode xdp: the UMEM needs %s of locked memory (--xdp-frames %llu x %u B x --threads %llu) and RLIMIT_MEMLOCK is %s without CAP_IPC_LOCK; grant CAP_IPC_LOCK (compose cap_add: [IPC_LOCK]), raise the limit (ulimit -l %llu) or lower --xdp-frames",
		   mib(a, sizeof(a), need), (unsigned long long)c->xdp_frames,
		   XSK_FRAME_SIZE, (unsigned long long)c->threads,
		   mib(b, sizeof(b), limit),
		   (unsigned long long)((need + 1023) >> 10));
}

/*
 * The kernel charges a UMEM to its user's RLIMIT_MEMLOCK unless the
 * process has CAP_IPC_LOCK (xdp_umem_account_pages).  Docker cannot give
 * a container a memlock limit above its own, but it can add IPC_LOCK.
 */
int xsk_memlock_check(const struct cfg *c, char *err, size_t errlen)
{
	uint64_t need = xsk_umem_bytes(c->xdp_frames) * c->threads;
	struct rlimit rl;

	if (xsk_has_ipc_lock() || getrlimit(RLIMIT_MEMLOCK, &rl) ||
	    rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= need)
		return 0;
	if (rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= need) {
		rl.rlim_cur = need;
		if (!setrlimit(RLIMIT_MEMLOCK, &rl))
			return 0;
	}
	/* the hard limit too, where we may (CAP_SYS_RESOURCE) */
	if (!setrlimit(RLIMIT_MEMLOCK, &(struct rlimit){ need, need }))
		return 0;
	return xsk_memlock_say(c, need, rl.rlim_cur, err, errlen);
}

static int xsk_umem_reg(struct xsk *x, const struct cfg *c, char *err,
			size_t errlen)
{
	struct xdp_umem_reg mr;
	struct rlimit rl = { 0, 0 };
	size_t len = xsk_umem_bytes(x->frames);

	x->umem = mmap(NULL, len, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	if (x->umem == MAP_FAILED) {
		x->umem = NULL;
		return -errno;
	}
	memset(&mr, 0, sizeof(mr));
	mr.addr = (uintptr_t)x->umem;
	mr.len = len;
	mr.chunk_size = XSK_FRAME_SIZE;
	if (!setsockopt(x->fd, SOL_XDP, XDP_UMEM_REG, &mr, sizeof(mr)))
		return 0;
	if (errno != ENOBUFS && errno != ENOMEM)
		return -errno;
	/* the limit is per user: other processes' locked memory counts */
	getrlimit(RLIMIT_MEMLOCK, &rl);
	return xsk_memlock_say(c, xsk_umem_bytes(c->xdp_frames) * c->threads,
			       rl.rlim_cur, err, errlen);
}

static int xsk_ring_map(struct xsk *x, struct xsk_ring *r,
			const struct xdp_ring_offset *off, size_t slot,
			uint64_t pgoff, uint32_t size)
{
	r->size = size;
	r->map_len = off->desc + r->size * slot;
	r->map = mmap(NULL, r->map_len, PROT_READ | PROT_WRITE,
		      MAP_SHARED | MAP_POPULATE, x->fd, (off_t)pgoff);
	if (r->map == MAP_FAILED) {
		r->map = NULL;
		return -errno;
	}
	r->producer = (uint32_t *)((uint8_t *)r->map + off->producer);
	r->consumer = (uint32_t *)((uint8_t *)r->map + off->consumer);
	r->flags = (uint32_t *)((uint8_t *)r->map + off->flags);
	r->ring = (uint8_t *)r->map + off->desc;
	return 0;
}

/*
 * The receiver's frames cycle through fill and RX, the sender's through
 * TX and completion: those get an entry per frame, the unused address
 * ring (the kernel wants both to bind) only XSK_RING_SPARE.
 */
static int xsk_rings(struct xsk *x, int want_rx, int want_tx)
{
	static const int opt[] = { XDP_UMEM_FILL_RING,
				   XDP_UMEM_COMPLETION_RING, XDP_RX_RING,
				   XDP_TX_RING };
	uint32_t fill = want_rx ? x->frames : XSK_RING_SPARE;
	uint32_t comp = want_tx ? x->frames : XSK_RING_SPARE;
	uint32_t entries[] = { fill, comp, x->frames, x->frames };
	struct xdp_mmap_offsets off;
	socklen_t len = sizeof(off);
	int ret = 0;

	for (unsigned i = 0; i < 4; i++) {
		if ((opt[i] == XDP_RX_RING && !want_rx) ||
		    (opt[i] == XDP_TX_RING && !want_tx))
			continue;
		if (setsockopt(x->fd, SOL_XDP, opt[i], &entries[i],
			       sizeof(entries[i])))
			return -errno;
	}
	if (getsockopt(x->fd, SOL_XDP, XDP_MMAP_OFFSETS, &off, &len))
		return -errno;
	ret = xsk_ring_map(x, &x->fill, &off.fr, sizeof(uint64_t),
			   XDP_UMEM_PGOFF_FILL_RING, fill);
	if (!ret)
		ret = xsk_ring_map(x, &x->comp, &off.cr, sizeof(uint64_t),
				   XDP_UMEM_PGOFF_COMPLETION_RING, comp);
	if (!ret && want_rx)
		ret = xsk_ring_map(x, &x->rx, &off.rx, sizeof(struct xdp_desc),
				   XDP_PGOFF_RX_RING, x->frames);
	if (!ret && want_tx)
		ret = xsk_ring_map(x, &x->tx, &off.tx, sizeof(struct xdp_desc),
				   XDP_PGOFF_TX_RING, x->frames);
	return ret;
}

int xsk_available(void)
{
	int fd = socket(AF_XDP, SOCK_RAW | SOCK_CLOEXEC, 0);

	if (fd < 0)
		return -errno;
	close(fd);
	return 0;
}

int xsk_open(struct xsk *x, const struct cfg *c, int want_rx, int want_tx,
	     char *err, size_t errlen)
{
	int ret;

	memset(x, 0, sizeof(*x));
	x->frames = (uint32_t)c->xdp_frames;
	x->fd = socket(AF_XDP, SOCK_RAW | SOCK_CLOEXEC, 0);
	if (x->fd < 0) {
		ret = -errno;
		if (ret == -EAFNOSUPPORT)
			return say(err, errlen, ret, XSK_NO_AF_XDP);
		if (ret == -EPERM)
			return say(err, errlen, ret,
				   "--mode xdp: an AF_XDP socket needs CAP_NET_RAW");
		return ret;
	}
	ret = xsk_umem_reg(x, c, err, errlen);
	if (!ret)
		ret = xsk_rings(x, want_rx, want_tx);
	return ret;
}

unsigned xsk_queue_count(const char *ifname, const char *dir)
{
	char path[64];
	unsigned n = 0;
	struct dirent *d;
	DIR *dp;

	snprintf(path, sizeof(path), "/sys/class/net/%s/queues", ifname);
	dp = opendir(path);
	if (!dp)
		return 0;
	while ((d = readdir(dp)))
		if (!strncmp(d->d_name, dir, strlen(dir)) &&
		    d->d_name[strlen(dir)] == '-')
			n++;
	closedir(dp);
	return n;
}

static int xsk_queue_check(const struct cfg *c, unsigned queue, char *err,
			   size_t errlen)
{
	unsigned rxq = xsk_queue_count(c->ifname, "rx");
	unsigned txq = xsk_queue_count(c->ifname, "tx");
	unsigned q = rxq < txq ? rxq : txq;

	/* AF_XDP binds to a queue both directions have */
	if (q && queue >= q)
		return say(err, errlen, -EINVAL,
			   "--threads %llu: %s has %u queue%s; with --mode xdp each thread binds its own queue: accepted 1..%u",
			   (unsigned long long)c->threads, c->ifname, q,
			   q > 1 ? "s" : "", q);
	return 0;
}

int xsk_bind(struct xsk *x, const struct cfg *c, unsigned queue, char *err,
	     size_t errlen)
{
	struct sockaddr_xdp sxdp = {
		.sxdp_family = AF_XDP,
		.sxdp_ifindex = c->ifindex,
		.sxdp_queue_id = queue,
		.sxdp_flags = XDP_USE_NEED_WAKEUP,
	};
	struct xdp_options xo = { 0 };
	socklen_t len = sizeof(xo);
	int ret;

	ret = xsk_queue_check(c, queue, err, errlen);
	if (ret)
		return ret;
	/* neither flag: the kernel tries zero-copy, then falls back to copy */
	if (c->xdp_bind == XDP_BIND_COPY)
		sxdp.sxdp_flags |= XDP_COPY;
	else if (c->xdp_bind == XDP_BIND_ZEROCOPY)
		sxdp.sxdp_flags |= XDP_ZEROCOPY;
	if (bind(x->fd, (struct sockaddr *)&sxdp, sizeof(sxdp))) {
		ret = -errno;
		if (ret == -EOPNOTSUPP && c->xdp_bind == XDP_BIND_ZEROCOPY)
			return say(err, errlen, ret,
				   "--xdp-bind zerocopy: the driver of %s has no AF_XDP zero-copy support; accepted auto or copy here",
				   c->ifname);
		if (ret == -EBUSY)
			return say(err, errlen, -EBUSY,
				   "--interface %s: queue %u already has an AF_XDP socket (another pktrecv or pktsend?)",
				   c->ifname, queue);
		return say(err, errlen, ret,
			   "--interface %s: binding an AF_XDP socket to queue %u: %s",
			   c->ifname, queue, strerror(-ret));
	}
	if (!getsockopt(x->fd, SOL_XDP, XDP_OPTIONS, &xo, &len))
		x->zerocopy = !!(xo.flags & XDP_OPTIONS_ZEROCOPY);
	return 0;
}

static void xsk_ring_unmap(struct xsk_ring *r)
{
	if (r->map)
		munmap(r->map, r->map_len);
	r->map = NULL;
}

void xsk_close(struct xsk *x)
{
	xsk_ring_unmap(&x->fill);
	xsk_ring_unmap(&x->comp);
	xsk_ring_unmap(&x->rx);
	xsk_ring_unmap(&x->tx);
	if (x->fd >= 0)
		close(x->fd);
	if (x->umem)
		munmap(x->umem, xsk_umem_bytes(x->frames));
	x->fd = -1;
	x->umem = NULL;
}

void xsk_kstats(const struct xsk *x, struct kstats *ks)
{
	struct xdp_statistics st;
	socklen_t len = sizeof(st);

	/* cumulative since the socket was made: no running sum needed */
	if (getsockopt(x->fd, SOL_XDP, XDP_STATISTICS, &st, &len))
		return;
	ks->xdp_rx_dropped = st.rx_dropped;
	ks->xdp_rx_ring_full = st.rx_ring_full;
	ks->xdp_fill_empty = st.rx_fill_ring_empty_descs;
	ks->xdp_tx_ring_empty = st.tx_ring_empty_descs;
	ks->xdp_invalid = st.rx_invalid_descs + st.tx_invalid_descs;
	snprintf(ks->xdp_bind, sizeof(ks->xdp_bind), "%s",
		 x->zerocopy ? "zerocopy" : "copy");
}

static int xdp_check(const struct cfg *c, char *err, size_t len)
{
	unsigned frame = (unsigned)c->size + FRAME_OVERHEAD + VLAN_TAG_LEN;

	if (!c->ifname[0])
		return say(err, len, -EINVAL,
			   "--interface is required with --mode xdp; accepted an existing interface name");
	if (frame > XSK_MAX_FRAME)
		return say(err, len, -EINVAL,
			   "--size %llu: accepted %u..%u with --mode xdp (frames live in %u-byte UMEM chunks)",
			   (unsigned long long)c->size, PKT_HDR_LEN,
			   XSK_MAX_FRAME - FRAME_OVERHEAD - VLAN_TAG_LEN,
			   XSK_FRAME_SIZE);
	if (!xsk_frames_valid(c->xdp_frames))
		return say(err, len, -EINVAL,
			   "--xdp-frames %llu: accepted a power of 2 in %u..%u (UMEM frames of %u B per thread)",
			   (unsigned long long)c->xdp_frames, XSK_FRAMES_MIN,
			   XSK_FRAMES_MAX, XSK_FRAME_SIZE);
	if (c->role == ROLE_RECV && c->xdp_attach != XDP_ATTACH_AUTO &&
	    c->xdp_bind == XDP_BIND_ZEROCOPY &&
	    c->xdp_attach == XDP_ATTACH_GENERIC)
		return say(err, len, -EINVAL,
			   "--xdp-bind zerocopy needs a native XDP program; accepted --xdp-attach auto or native with it");
	return 0;
}

/* UMEM and rings of every thread, for --max-ring-mem. */
static uint64_t xdp_mem(const struct cfg *c, char *what, size_t len)
{
	snprintf(what, len,
		 "--xdp-frames %llu x (%u B of UMEM + 24 B of ring) x --threads %llu",
		 (unsigned long long)c->xdp_frames, XSK_FRAME_SIZE,
		 (unsigned long long)c->threads);
	return xsk_sock_bytes(c->xdp_frames) * c->threads;
}

static const char *const xdp_opts[] = {
	"xdp-bind", "xdp-attach", "xdp-frames", "busy-poll", "dst-mac", "vlan",
	"any-dst", "max-ring-mem", NULL,
};

const struct pkt_backend be_xdp = {
	.name = "xdp",
	.desc = "AF_XDP sockets; RX through a small XDP program (bpf_link)",
	.layer = PKT_LAYER_L2,
	.opts = xdp_opts,
	.check = xdp_check,
	.mem = xdp_mem,
	.tx = &xdp_tx_ops,
	.rx = &xdp_rx_ops,
};
