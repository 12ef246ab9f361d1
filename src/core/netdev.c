// SPDX-License-Identifier: MIT
/* Interface facts and neighbour resolution through ioctls. */
#include <arpa/inet.h>
#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <stdio.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "netdev.h"

#ifndef IP_MTU
#define IP_MTU 14
#endif

static int ifreq_ioctl(int fd, const char *ifname, unsigned long req,
		       struct ifreq *ifr)
{
	memset(ifr, 0, sizeof(*ifr));
	snprintf(ifr->ifr_name, sizeof(ifr->ifr_name), "%s", ifname);
	return ioctl(fd, req, ifr) ? -errno : 0;
}

int netdev_query(const char *ifname, struct netdev_info *ni)
{
	struct ifreq ifr;
	int fd, ret;

	memset(ni, 0, sizeof(*ni));
	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	ret = ifreq_ioctl(fd, ifname, SIOCGIFINDEX, &ifr);
	if (ret)
		goto out;
	ni->ifindex = (unsigned)ifr.ifr_ifindex;
	ret = ifreq_ioctl(fd, ifname, SIOCGIFMTU, &ifr);
	if (ret)
		goto out;
	ni->mtu = (unsigned)ifr.ifr_mtu;
	ret = ifreq_ioctl(fd, ifname, SIOCGIFHWADDR, &ifr);
	if (ret)
		goto out;
	memcpy(ni->mac, ifr.ifr_hwaddr.sa_data, 6);
	ret = ifreq_ioctl(fd, ifname, SIOCGIFFLAGS, &ifr);
	if (ret)
		goto out;
	ni->arp = !(ifr.ifr_flags & (IFF_LOOPBACK | IFF_NOARP));
	/* no IPv4 address is not an error here; the caller decides */
	if (!ifreq_ioctl(fd, ifname, SIOCGIFADDR, &ifr))
		memcpy(&ni->ip,
		       &((struct sockaddr_in *)(void *)&ifr.ifr_addr)->sin_addr,
		       4);
out:
	close(fd);
	return ret;
}

static int arp_lookup(int fd, const char *ifname, uint32_t ip, uint8_t mac[6])
{
	struct arpreq req;
	struct sockaddr_in *sin = (struct sockaddr_in *)(void *)&req.arp_pa;

	memset(&req, 0, sizeof(req));
	sin->sin_family = AF_INET;
	sin->sin_addr.s_addr = ip;
	snprintf(req.arp_dev, sizeof(req.arp_dev), "%s", ifname);
	if (ioctl(fd, SIOCGARP, &req))
		return -errno;
	if (!(req.arp_flags & ATF_COM))
		return -EAGAIN;
	memcpy(mac, req.arp_ha.sa_data, 6);
	return 0;
}

static void sleep_ms(unsigned ms)
{
	struct timespec ts = { .tv_sec = 0, .tv_nsec = (long)ms * 1000000 };

	nanosleep(&ts, NULL);
}

int netdev_resolve_mac(const char *ifname, uint32_t dst_ip, uint8_t mac[6],
		       unsigned timeout_ms)
{
	struct sockaddr_in dst = {
		.sin_family = AF_INET,
		.sin_port = htons(9),	/* discard */
		.sin_addr.s_addr = dst_ip,
	};
	int fd, ret = -EHOSTUNREACH;

	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	for (unsigned waited = 0; waited <= timeout_ms; waited += 10) {
		ret = arp_lookup(fd, ifname, dst_ip, mac);
		if (!ret)
			break;
		/*
		 * A datagram to the discard port makes the kernel resolve the
		 * neighbour; repeat it every 200 ms in case the first
		 * solicitation was lost.
		 */
		if (waited % 200 == 0) {
			setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, ifname,
				   (socklen_t)strlen(ifname));
			sendto(fd, "", 1, MSG_DONTWAIT,
			       (struct sockaddr *)&dst, sizeof(dst));
		}
		sleep_ms(10);
	}
	close(fd);
	if (ret == -ENXIO || ret == -EAGAIN)
		ret = -EHOSTUNREACH;
	return ret;
}

int netdev_path_mtu(uint32_t dst_ip, const char *ifname)
{
	struct sockaddr_in dst = {
		.sin_family = AF_INET,
		.sin_port = htons(9),
		.sin_addr.s_addr = dst_ip,
	};
	socklen_t sl;
	int fd, mtu, ret;

	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (ifname && *ifname &&
	    setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, ifname,
		       (socklen_t)strlen(ifname))) {
		ret = -errno;
		goto out;
	}
	if (connect(fd, (struct sockaddr *)&dst, sizeof(dst))) {
		ret = -errno;
		goto out;
	}
	sl = sizeof(mtu);
	if (getsockopt(fd, IPPROTO_IP, IP_MTU, &mtu, &sl))
		ret = -errno;
	else
		ret = mtu;
out:
	close(fd);
	return ret;
}

int netdev_route_ifname(uint32_t dst_ip, char *ifname, int *arp)
{
	struct sockaddr_in dst = {
		.sin_family = AF_INET,
		.sin_port = htons(9),
		.sin_addr.s_addr = dst_ip,
	}, src;
	socklen_t sl = sizeof(src);
	struct ifaddrs *ifa, *i;
	int fd, ret = -ENODEV;

	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (connect(fd, (struct sockaddr *)&dst, sizeof(dst)) ||
	    getsockname(fd, (struct sockaddr *)&src, &sl)) {
		ret = -errno;
		close(fd);
		return ret;
	}
	close(fd);
	if (getifaddrs(&ifa))
		return -errno;
	for (i = ifa; i; i = i->ifa_next) {
		const struct sockaddr_in *a = (void *)i->ifa_addr;

		if (!a || a->sin_family != AF_INET ||
		    a->sin_addr.s_addr != src.sin_addr.s_addr)
			continue;
		snprintf(ifname, IF_NAMESIZE, "%s", i->ifa_name);
		*arp = !(i->ifa_flags & (IFF_LOOPBACK | IFF_NOARP));
		ret = 0;
		break;
	}
	freeifaddrs(ifa);
	return ret;
}

int netdev_host_ips(uint32_t *ips, unsigned max)
{
	struct ifaddrs *ifa, *i;
	unsigned n = 0;

	if (getifaddrs(&ifa))
		return -errno;
	for (i = ifa; i && n < max; i = i->ifa_next) {
		const struct sockaddr_in *a = (void *)i->ifa_addr;

		if (a && a->sin_family == AF_INET)
			ips[n++] = a->sin_addr.s_addr;
	}
	freeifaddrs(ifa);
	return (int)n;
}
