// SPDX-License-Identifier: MIT
/*
 * Least privilege for the server: only the capabilities its modes need.
 * No libcap (the binaries are static and small): capget/capset by
 * syscall, with the kernel's v3 layout (two 32-bit words per set).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../be/backend.h"
#include "priv.h"

#define CAP_V3		0x20080522
#define CAP_SETPCAP_	8
#define CAP_NET_ADMIN_	12
#define CAP_NET_RAW_	13
#define CAP_IPC_LOCK_	14
#define CAP_SYS_ADMIN_	21
#define CAP_BPF_	39
#define CAP_LAST	63

struct cap_hdr {
	uint32_t version;
	int pid;
};

struct cap_data {
	uint32_t effective, permitted, inheritable;
};

#define BIT(n) (1ull << (n))

/*
 * Sockets of the socket modes need none (ports below 1024 only where
 * net.ipv4.ip_unprivileged_port_start allows, as in Docker).  A raw
 * receiver needs NET_RAW for AF_PACKET or AF_XDP; one that attaches an
 * XDP program also NET_ADMIN (the link) and SYS_ADMIN or BPF (bpf(2);
 * Docker 20.10 knows no BPF, docs/docker.md), and IPC_LOCK where it has
 * it: the UMEM's locked memory is then not charged to RLIMIT_MEMLOCK
 * (xsk.c).
 */
static uint64_t caps_of(const struct pkt_backend *be)
{
	uint64_t caps = 0;

	if (be->layer == PKT_LAYER_L2)
		caps |= BIT(CAP_NET_RAW_);
	if (backend_has_opt(be, "xdp-attach"))
		caps |= BIT(CAP_NET_ADMIN_) | BIT(CAP_SYS_ADMIN_) |
			BIT(CAP_BPF_) | BIT(CAP_IPC_LOCK_);
	return caps;
}

uint64_t priv_caps_for(uint32_t modes)
{
	uint64_t caps = 0;

	for (unsigned i = 0; pkt_backends[i]; i++)
		if (!modes || (modes & (1u << i)))
			caps |= caps_of(pkt_backends[i]);
	return caps;
}

const char *priv_modes_str(uint32_t modes, char *buf, size_t len)
{
	size_t used = 0;

	buf[0] = '\0';
	for (unsigned i = 0; pkt_backends[i] && used < len; i++)
		if (!modes || (modes & (1u << i)))
			used += (size_t)snprintf(buf + used, len - used, "%s%s",
						 used ? "," : "",
						 pkt_backends[i]->name);
	return buf;
}

int priv_keep_modes(uint32_t modes, char *err, size_t len)
{
	struct cap_hdr h = { CAP_V3, 0 };
	struct cap_data d[2];
	uint64_t keep = priv_caps_for(modes), eff, perm;

	if (syscall(SYS_capget, &h, d)) {
		int e = errno;

		snprintf(err, len, "capget: %s", strerror(e));
		return -e;
	}
	eff = d[0].effective | (uint64_t)d[1].effective << 32;
	perm = d[0].permitted | (uint64_t)d[1].permitted << 32;
	/* the bounding set first: dropping needs SETPCAP, which goes next */
	if (eff & BIT(CAP_SETPCAP_))
		for (unsigned c = 0; c <= CAP_LAST; c++)
			if (!(keep & BIT(c)) &&
			    prctl(PR_CAPBSET_DROP, c, 0, 0, 0) && errno != EINVAL)
				break;
#ifdef PR_CAP_AMBIENT
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
#endif
	eff &= keep;
	perm &= keep;
	d[0] = (struct cap_data){ (uint32_t)eff, (uint32_t)perm, 0 };
	d[1] = (struct cap_data){ (uint32_t)(eff >> 32),
				  (uint32_t)(perm >> 32), 0 };
	if (syscall(SYS_capset, &h, d)) {
		int e = errno;

		snprintf(err, len, "capset: %s", strerror(e));
		return -e;
	}
	return 0;
}
