// SPDX-License-Identifier: MIT
/*
 * xdp RX: one AF_XDP socket per receive queue (thread i binds queue i),
 * fed by an XDP program that redirects our UDP port into an XSKMAP and
 * passes everything else to the stack.  Thread 0 creates the map, loads
 * the program and attaches it with a bpf_link, so the kernel detaches it
 * when the process ends, however it ends.
 *
 * AF_XDP gives no per-packet timestamp here: a burst's packets all get
 * the time the burst was read.
 *
 * Frames go back to the fill ring as soon as the loop has counted their
 * burst (the release op), so the kernel always has every frame but the
 * ones being counted.  An empty RX ring is looked at again after a short
 * nap while traffic flows, and waited for with poll() once it stopped:
 * a thread asleep in poll() makes the kernel wake it for every batch it
 * delivers, in copy mode on the sender's CPU (veth), which costs more
 * than the nap.
 */
#include <errno.h>
#include <linux/bpf.h>
#include <net/if.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "../core/clock.h"
#include "../core/log.h"
#include "xsk.h"

#ifndef SO_BUSY_POLL
#define SO_BUSY_POLL 46
#endif
#ifndef SO_INCOMING_NAPI_ID
#define SO_INCOMING_NAPI_ID 56
#endif
#ifndef SO_PREFER_BUSY_POLL
#define SO_PREFER_BUSY_POLL 69
#endif
#ifndef SO_BUSY_POLL_BUDGET
#define SO_BUSY_POLL_BUDGET 70
#endif

#define XDP_NAP_NS 50000		/* between looks at an empty ring */
#define XDP_NAP_WINDOW_NS 200000000ull	/* nap this long after a packet */
#define XDP_BUSY_POLL_US 20

/* linux/if_link.h, which musl builds do not have */
#define XDP_FLAGS_SKB_MODE (1U << 1)
#define XDP_FLAGS_DRV_MODE (1U << 2)

/* What thread 0 sets up for the whole run. */
struct xdp_run {
	int map_fd, prog_fd, link_fd;
	const char *attach;	/* "native" or "generic" */
};

struct xdp_rx {
	struct xsk x;
	struct xdp_run run;	/* thread 0 only */
	unsigned held;		/* frames of the last burst, still ours */
	uint64_t *held_addr;
	uint64_t last_ns;	/* monotonic time of the last packet */
	int napi_seen;		/* --busy-poll: the NAPI id was looked at */
};

static int say(struct be_ctx *be, int ret, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int say(struct be_ctx *be, int ret, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(be->err, be->errlen, fmt, ap);
	va_end(ap);
	return ret;
}

static int xdp_rx_prog(struct be_ctx *be, struct xdp_run *run)
{
	struct bpf_insn insns[XDP_PROG_MAX_INSNS];
	char log[1024];
	unsigned n;

	/* without AF_XDP the XSKMAP is refused with a bare EINVAL: say why */
	if (xsk_available() == -EAFNOSUPPORT)
		return say(be, -EAFNOSUPPORT, XSK_NO_AF_XDP);
	run->map_fd = xdp_map_create((unsigned)be->cfg->threads);
	if (run->map_fd == -EPERM)
		return say(be, -EPERM,
			   "--mode xdp: loading the XDP program needs CAP_BPF (or CAP_SYS_ADMIN) and CAP_NET_ADMIN");
	if (run->map_fd < 0)
		return say(be, run->map_fd, "--mode xdp: creating the XSKMAP: %s",
			   strerror(-run->map_fd));
	n = xdp_prog_build(insns, be->cfg->dport, run->map_fd, XDP_PASS);
	run->prog_fd = xdp_prog_load(insns, n, log, sizeof(log));
	if (run->prog_fd == -EPERM)
		return say(be, -EPERM,
			   "--mode xdp: loading the XDP program needs CAP_BPF (or CAP_SYS_ADMIN) and CAP_NET_ADMIN");
	if (run->prog_fd < 0)
		return say(be, run->prog_fd,
			   "--mode xdp: loading the XDP program: %s; verifier: %.200s",
			   strerror(-run->prog_fd), log);
	return 0;
}

/* A number from /sys/class/net/IF/NAME, or -1. */
static long sysfs_num(const char *ifname, const char *name)
{
	char path[96];
	long v = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/sys/class/net/%s/%s", ifname, name);
	f = fopen(path, "r");
	if (!f)
		return -1;
	if (fscanf(f, "%ld", &v) != 1)
		v = -1;
	fclose(f);
	return v;
}

/* The driver's name (ETHTOOL_GDRVINFO), or "" if it does not say. */
static void if_driver(const char *ifname, char *drv, size_t len)
{
	/* struct ethtool_drvinfo: u32 cmd, char driver[32], ... (196 B) */
	uint32_t info[64] = { 0x3 /* ETHTOOL_GDRVINFO */ };
	struct ifreq ifr;
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);

	drv[0] = '\0';
	if (fd < 0)
		return;
	memset(&ifr, 0, sizeof(ifr));
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", ifname);
	ifr.ifr_data = (void *)info;
	if (!ioctl(fd, 0x8946 /* SIOCETHTOOL */, &ifr))
		snprintf(drv, len, "%.31s", (const char *)&info[1]);
	close(fd);
}

/*
 * Native XDP refuses (ERANGE) an MTU whose frames do not fit one page
 * with the XDP headroom and the skb's shared info, unless the program
 * takes multi-buffer frames, which ours does not.  veth checks its
 * peer's MTU: 4096 - 256 - 320 - 14 = 3506 B with 4 KiB pages (Linux
 * 6.x, x86_64).  Other drivers have limits of their own.
 */
#define VETH_XDP_MAX_MTU 3506

static int xdp_rx_mtu_say(struct be_ctx *be)
{
	const struct cfg *c = be->cfg;
	long mtu = sysfs_num(c->ifname, "mtu");
	long peer = sysfs_num(c->ifname, "iflink");
	char drv[32], pname[IF_NAMESIZE] = "";

	if_driver(c->ifname, drv, sizeof(drv));
	if (!strcmp(drv, "veth")) {
		/*
		 * An index names the peer only in its own namespace: here, the
		 * interface it names points back at us.
		 */
		if (peer <= 0 || !if_indextoname((unsigned)peer, pname) ||
		    sysfs_num(pname, "iflink") != (long)c->ifindex ||
		    !strcmp(pname, c->ifname))
			pname[0] = '\0';
		if (pname[0])
			return say(be, -EOPNOTSUPP,
				   "--xdp-attach native: the MTU of %s's veth peer %s (%ld) is above %d B, the most native XDP on veth takes for a program without multi-buffer frames (a page per frame); lower it (ip link set dev %s mtu %d) or use --xdp-attach generic",
				   c->ifname, pname,
				   sysfs_num(pname, "mtu"), VETH_XDP_MAX_MTU,
				   pname, VETH_XDP_MAX_MTU);
		return say(be, -EOPNOTSUPP,
			   "--xdp-attach native: the MTU of %s's veth peer (ifindex %ld, in another namespace) is above %d B, the most native XDP on veth takes for a program without multi-buffer frames (a page per frame); lower it (ip link set dev PEER mtu %d in that namespace) or use --xdp-attach generic",
			   c->ifname, peer, VETH_XDP_MAX_MTU,
			   VETH_XDP_MAX_MTU);
	}
	return say(be, -EOPNOTSUPP,
		   "--xdp-attach native: the MTU of %s (%ld) is above what native XDP on driver %s takes for a program without multi-buffer frames (about a page per frame: %d B on veth); lower it (ip link set dev %s mtu 1500) or use --xdp-attach generic",
		   c->ifname, mtu, drv[0] ? drv : "(unknown)",
		   VETH_XDP_MAX_MTU, c->ifname);
}

/* Never replaces a program someone else attached. */
static int xdp_rx_attach(struct be_ctx *be, struct xdp_run *run)
{
	const struct cfg *c = be->cfg;
	int mode = (int)c->xdp_attach, fd;

	if (mode != XDP_ATTACH_GENERIC) {
		fd = xdp_link_create(run->prog_fd, c->ifindex,
				     XDP_FLAGS_DRV_MODE);
		run->attach = "native";
		if (fd >= 0 || mode == XDP_ATTACH_NATIVE || fd == -EBUSY ||
		    fd == -EEXIST || fd == -EPERM)
			goto done;
	}
	fd = xdp_link_create(run->prog_fd, c->ifindex, XDP_FLAGS_SKB_MODE);
	run->attach = "generic";
done:
	if (fd == -EBUSY || fd == -EEXIST)
		return say(be, -EBUSY,
			   "--interface %s already has an XDP program that is not ours; left as it is (ip link show dev %s); remove it or use another --mode",
			   c->ifname, c->ifname);
	if (fd == -EPERM)
		return say(be, -EPERM,
			   "--mode xdp: attaching the XDP program needs CAP_NET_ADMIN");
	if (fd == -ERANGE && mode == XDP_ATTACH_NATIVE)
		return xdp_rx_mtu_say(be);
	if (fd < 0 && mode == XDP_ATTACH_NATIVE)
		return say(be, fd == -EINVAL ? -EOPNOTSUPP : fd,
			   "--xdp-attach native: %s has no native XDP here (%s); accepted auto or generic",
			   c->ifname, strerror(-fd));
	if (fd < 0)
		return say(be, fd, "--interface %s: attaching the XDP program: %s",
			   c->ifname, strerror(-fd));
	run->link_fd = fd;
	return 0;
}

/* Every frame starts in the fill ring. */
static void xdp_rx_fill_all(struct xdp_rx *xr)
{
	struct xsk_ring *fq = &xr->x.fill;

	for (uint32_t i = 0; i < xr->x.frames; i++)
		*xsk_ring_addr(fq, i) = (uint64_t)i * XSK_FRAME_SIZE;
	xsk_ring_publish(fq, fq->producer, xr->x.frames);
}

/*
 * --busy-poll: the socket options, each refused by a kernel without
 * them.  Raising SO_BUSY_POLL or its budget above the sysctls takes
 * CAP_NET_ADMIN.
 */
static int xdp_rx_busy_poll(struct be_ctx *be, struct xdp_rx *xr)
{
	static const struct {
		int opt;
		const char *name;
	} o[] = { { SO_PREFER_BUSY_POLL, "SO_PREFER_BUSY_POLL" },
		  { SO_BUSY_POLL, "SO_BUSY_POLL" },
		  { SO_BUSY_POLL_BUDGET, "SO_BUSY_POLL_BUDGET" } };
	int v[] = { 1, XDP_BUSY_POLL_US, (int)be->cfg->batch };

	for (unsigned i = 0; i < 3; i++) {
		int ret;

		if (!setsockopt(xr->x.fd, SOL_SOCKET, o[i].opt, &v[i],
				sizeof(v[i])))
			continue;
		ret = -errno;
		if (ret == -EPERM)
			return say(be, -EPERM,
				   "--busy-poll: %s %d needs CAP_NET_ADMIN",
				   o[i].name, v[i]);
		return say(be, -EOPNOTSUPP,
			   "--busy-poll: this kernel has no %s on AF_XDP sockets (%s; Linux 5.11 and later have it)",
			   o[i].name, strerror(-ret));
	}
	return 0;
}

static void xdp_rx_close(struct be_ctx *be)
{
	struct xdp_rx *xr = be->priv;

	if (!xr)
		return;
	/* the link first: the program goes before its sockets */
	if (xr->run.link_fd >= 0)
		close(xr->run.link_fd);
	if (xr->run.prog_fd >= 0)
		close(xr->run.prog_fd);
	if (xr->run.map_fd >= 0)
		close(xr->run.map_fd);
	xsk_close(&xr->x);
	free(xr->held_addr);
	free(xr);
	be->priv = NULL;
}

static int xdp_rx_open(struct be_ctx *be)
{
	struct xdp_rx *xr, *lead;
	int ret;

	xr = calloc(1, sizeof(*xr));
	if (!xr)
		return -ENOMEM;
	be->priv = xr;
	xr->run = (struct xdp_run){ -1, -1, -1, NULL };
	xr->x.fd = -1;	/* xsk_open has not run yet */
	xr->held_addr = calloc(be->cfg->batch, sizeof(*xr->held_addr));
	ret = xr->held_addr ? 0 : -ENOMEM;
	/*
	 * The program first: an interface with someone else's program is
	 * refused before we touch its queues.  Until our socket is in the
	 * map, the program passes our port to the stack.
	 */
	/* all threads' UMEMs count against one limit: thread 0 checks */
	if (!ret && be->thread == 0)
		ret = xsk_memlock_check(be->cfg, be->err, be->errlen);
	if (!ret && be->thread == 0)
		ret = xdp_rx_prog(be, &xr->run);
	if (!ret && be->thread == 0)
		ret = xdp_rx_attach(be, &xr->run);
	if (!ret)
		ret = xsk_open(&xr->x, be->cfg, 1, 0, be->err, be->errlen);
	if (!ret)
		xdp_rx_fill_all(xr);
	if (!ret)
		ret = xsk_bind(&xr->x, be->cfg, be->thread, be->err,
			       be->errlen);
	if (!ret && be->cfg->busy_poll)
		ret = xdp_rx_busy_poll(be, xr);
	lead = be->thread ? be->lead->priv : xr;
	if (!ret) {
		ret = xdp_map_set(lead->run.map_fd, be->thread, xr->x.fd);
		if (ret)
			say(be, ret, "--mode xdp: adding the socket to the XSKMAP: %s",
			    strerror(-ret));
	}
	if (ret)
		xdp_rx_close(be);
	return ret;
}

/*
 * Gives the last burst's frames back to the kernel.  The fill ring has an
 * entry per frame, so there is always room.
 */
static void xdp_rx_refill(struct xdp_rx *xr)
{
	struct xsk_ring *fq = &xr->x.fill;

	if (!xr->held)
		return;
	for (unsigned i = 0; i < xr->held; i++)
		*xsk_ring_addr(fq, fq->cached + i) = xr->held_addr[i];
	xsk_ring_publish(fq, fq->producer, fq->cached + xr->held);
	xr->held = 0;
	/* a driver that ran dry (zero-copy) waits to be told of new frames */
	if (xsk_ring_needs_wakeup(fq))
		recvfrom(xr->x.fd, NULL, 0, MSG_DONTWAIT, NULL, NULL);
}

static void xdp_rx_release(struct be_ctx *be)
{
	xdp_rx_refill(be->priv);
}

/*
 * Waits at most timeout_ms for the RX ring to fill: busy-polls the NAPI
 * (--busy-poll), naps while traffic flows, else sleeps in poll().
 */
static int xdp_rx_wait(struct xdp_rx *xr, const struct cfg *c,
		       int timeout_ms)
{
	struct xsk_ring *rx = &xr->x.rx;
	struct timespec nap = { 0, XDP_NAP_NS };
	uint64_t now = time_mono_ns();
	uint64_t end = now + (uint64_t)timeout_ms * 1000000;

	while (now < end) {
		if (xsk_ring_peer(rx->producer) != rx->cached)
			return 0;
		if (c->busy_poll) {
			recvfrom(xr->x.fd, NULL, 0, MSG_DONTWAIT, NULL, NULL);
		} else if (now - xr->last_ns < XDP_NAP_WINDOW_NS) {
			nanosleep(&nap, NULL);
		} else {
			struct pollfd p = { .fd = xr->x.fd, .events = POLLIN };
			int ms = (int)((end - now + 999999) / 1000000);

			if (poll(&p, 1, ms) < 0 && errno != EINTR)
				return -errno;
			return 0;
		}
		now = time_mono_ns();
	}
	return 0;
}

/* Busy polling needs a NAPI id, which the socket gets with its packets. */
static void xdp_rx_napi_check(struct be_ctx *be, struct xdp_rx *xr)
{
	unsigned id = 0;
	socklen_t len = sizeof(id);

	xr->napi_seen = 1;
	if (!getsockopt(xr->x.fd, SOL_SOCKET, SO_INCOMING_NAPI_ID, &id, &len) &&
	    !id)
		pkt_log(LOG_WARN,
			"--busy-poll: %s gives its AF_XDP socket no NAPI id (veth and generic XDP have none); the options are set but busy polling does nothing here",
			be->cfg->ifname);
}

static int xdp_rx_burst(struct be_ctx *be, struct pkt_burst *b,
			int timeout_ms)
{
	struct xdp_rx *xr = be->priv;
	struct xsk_ring *rx = &xr->x.rx;
	uint32_t prod, n;
	uint64_t ts;

	xdp_rx_refill(xr);	/* if the loop did not release them */
	prod = xsk_ring_peer(rx->producer);
	if (prod == rx->cached) {
		int ret = xdp_rx_wait(xr, be->cfg, timeout_ms);

		if (ret)
			return ret;
		prod = xsk_ring_peer(rx->producer);
	}
	n = xsk_ring_used(prod, rx->cached);
	if (n > b->cap)
		n = b->cap;
	ts = time_real_ns();	/* one arrival time per burst */
	for (uint32_t i = 0; i < n; i++) {
		const struct xdp_desc *d = xsk_ring_desc(rx, rx->cached + i);
		struct pkt_buf *pb = &b->pkt[i];

		pb->data = xr->x.umem + d->addr;
		pb->len = d->len;
		pb->vlan = VLAN_NONE;	/* a tag stays in the frame */
		pb->ts_ns = ts;
		xr->held_addr[i] = d->addr & ~(uint64_t)(XSK_FRAME_SIZE - 1);
	}
	xr->held = n;
	if (!n)
		return 0;
	xsk_ring_publish(rx, rx->consumer, rx->cached + n);
	xr->last_ns = time_mono_ns();
	if (be->cfg->busy_poll && !xr->napi_seen)
		xdp_rx_napi_check(be, xr);
	return (int)n;
}

static int xdp_rx_kstats(struct be_ctx *be, struct kstats *ks)
{
	struct xdp_rx *xr = be->priv;

	memset(ks, 0, sizeof(*ks));
	xsk_kstats(&xr->x, ks);
	ks->rx_drops = ks->xdp_rx_dropped + ks->xdp_rx_ring_full;
	if (xr->run.attach)
		snprintf(ks->xdp_attach, sizeof(ks->xdp_attach), "%s",
			 xr->run.attach);
	return 0;
}

const struct pkt_rx_ops xdp_rx_ops = {
	.open = xdp_rx_open,
	.burst = xdp_rx_burst,
	.release = xdp_rx_release,
	.kstats = xdp_rx_kstats,
	.close = xdp_rx_close,
};
