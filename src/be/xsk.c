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

/*
 * UMEM pages count against RLIMIT_MEMLOCK (without CAP_IPC_LOCK).  Raise
 * the soft limit, and the hard one where we may (CAP_SYS_RESOURCE).
 */
static void xsk_memlock_raise(void)
{
	struct rlimit rl;
	rlim_t need = 16 * XSK_UMEM_LEN;

	if (getrlimit(RLIMIT_MEMLOCK, &rl) || rl.rlim_cur == RLIM_INFINITY)
		return;
	if (rl.rlim_cur >= need)
		return;
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < need) {
		struct rlimit up = { need, need };

		if (!setrlimit(RLIMIT_MEMLOCK, &up))
			return;
		need = rl.rlim_max;
	}
	rl.rlim_cur = need;
	setrlimit(RLIMIT_MEMLOCK, &rl);
}

static int xsk_umem_reg(struct xsk *x, char *err, size_t errlen)
{
	struct xdp_umem_reg mr;
	struct rlimit rl = { 0, 0 };

	x->umem = mmap(NULL, XSK_UMEM_LEN, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	if (x->umem == MAP_FAILED) {
		x->umem = NULL;
		return -errno;
	}
	memset(&mr, 0, sizeof(mr));
	mr.addr = (uintptr_t)x->umem;
	mr.len = XSK_UMEM_LEN;
	mr.chunk_size = XSK_FRAME_SIZE;
	if (!setsockopt(x->fd, SOL_XDP, XDP_UMEM_REG, &mr, sizeof(mr)))
		return 0;
	if (errno != ENOBUFS && errno != ENOMEM)
		return -errno;
	getrlimit(RLIMIT_MEMLOCK, &rl);
	return say(err, errlen, -ENOBUFS,
		   "AF_XDP UMEM of %zu KiB per thread: locked memory limit RLIMIT_MEMLOCK is %llu KiB; raise it (ulimit -l %zu, compose ulimits: memlock: %zu) or grant CAP_IPC_LOCK",
		   XSK_UMEM_LEN >> 10,
		   (unsigned long long)(rl.rlim_cur >> 10),
		   (XSK_UMEM_LEN >> 10) * 8, XSK_UMEM_LEN * 8);
}

static int xsk_ring_map(struct xsk *x, struct xsk_ring *r,
			const struct xdp_ring_offset *off, size_t slot,
			uint64_t pgoff)
{
	r->size = XSK_FRAMES;
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

static int xsk_rings(struct xsk *x, int want_rx, int want_tx)
{
	static const int opt[] = { XDP_UMEM_FILL_RING,
				   XDP_UMEM_COMPLETION_RING, XDP_RX_RING,
				   XDP_TX_RING };
	struct xdp_mmap_offsets off;
	socklen_t len = sizeof(off);
	unsigned entries = XSK_FRAMES;
	int ret = 0;

	for (unsigned i = 0; i < 4; i++) {
		if ((opt[i] == XDP_RX_RING && !want_rx) ||
		    (opt[i] == XDP_TX_RING && !want_tx))
			continue;
		if (setsockopt(x->fd, SOL_XDP, opt[i], &entries,
			       sizeof(entries)))
			return -errno;
	}
	if (getsockopt(x->fd, SOL_XDP, XDP_MMAP_OFFSETS, &off, &len))
		return -errno;
	ret = xsk_ring_map(x, &x->fill, &off.fr, sizeof(uint64_t),
			   XDP_UMEM_PGOFF_FILL_RING);
	if (!ret)
		ret = xsk_ring_map(x, &x->comp, &off.cr, sizeof(uint64_t),
				   XDP_UMEM_PGOFF_COMPLETION_RING);
	if (!ret && want_rx)
		ret = xsk_ring_map(x, &x->rx, &off.rx, sizeof(struct xdp_desc),
				   XDP_PGOFF_RX_RING);
	if (!ret && want_tx)
		ret = xsk_ring_map(x, &x->tx, &off.tx, sizeof(struct xdp_desc),
				   XDP_PGOFF_TX_RING);
	return ret;
}

int xsk_open(struct xsk *x, int want_rx, int want_tx, char *err,
	     size_t errlen)
{
	int ret;

	memset(x, 0, sizeof(*x));
	x->fd = socket(AF_XDP, SOCK_RAW | SOCK_CLOEXEC, 0);
	if (x->fd < 0) {
		ret = -errno;
		if (ret == -EAFNOSUPPORT)
			return say(err, errlen, ret,
				   "--mode xdp: this kernel has no AF_XDP sockets (CONFIG_XDP_SOCKETS)");
		if (ret == -EPERM)
			return say(err, errlen, ret,
				   "--mode xdp: an AF_XDP socket needs CAP_NET_RAW");
		return ret;
	}
	xsk_memlock_raise();
	ret = xsk_umem_reg(x, err, errlen);
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
		munmap(x->umem, XSK_UMEM_LEN);
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
	if (c->role == ROLE_RECV && c->xdp_attach != XDP_ATTACH_AUTO &&
	    c->xdp_bind == XDP_BIND_ZEROCOPY &&
	    c->xdp_attach == XDP_ATTACH_GENERIC)
		return say(err, len, -EINVAL,
			   "--xdp-bind zerocopy needs a native XDP program; accepted --xdp-attach auto or native with it");
	return 0;
}

static const char *const xdp_opts[] = {
	"xdp-bind", "xdp-attach", "dst-mac", "vlan", "any-dst", NULL,
};

const struct pkt_backend be_xdp = {
	.name = "xdp",
	.desc = "AF_XDP sockets; RX through a small XDP program (bpf_link)",
	.layer = PKT_LAYER_L2,
	.opts = xdp_opts,
	.check = xdp_check,
	.tx = &xdp_tx_ops,
	.rx = &xdp_rx_ops,
};
