/* SPDX-License-Identifier: MIT */
#ifndef PKT_NETDEV_H
#define PKT_NETDEV_H

#include <stdint.h>

/* What an L2 sender needs to know about its interface. */
struct netdev_info {
	unsigned ifindex;
	unsigned mtu;
	uint8_t mac[6];
	uint32_t ip;	/* first IPv4 address, network order; 0 if none */
	int arp;	/* 0 for loopback and NOARP devices: no neighbours */
};

int netdev_query(const char *ifname, struct netdev_info *ni);

/*
 * Finds dst_ip's MAC in the kernel's neighbour table (SIOCGARP), first
 * provoking resolution with one small datagram to the discard port if the
 * entry is missing.  Waits at most timeout_ms.  0 or -errno
 * (-EHOSTUNREACH when resolution did not complete).
 */
int netdev_resolve_mac(const char *ifname, uint32_t dst_ip, uint8_t mac[6],
		       unsigned timeout_ms);

/*
 * The interface that owns the source address the kernel picks for dst_ip,
 * into ifname[IF_NAMESIZE]; *arp is 0 for loopback and NOARP devices.
 * 0 or -errno.
 */
int netdev_route_ifname(uint32_t dst_ip, char *ifname, int *arp);

/*
 * This host's IPv4 addresses (of every interface, so a VLAN device on top
 * of the receiving one counts), at most max; the count or -errno.
 */
int netdev_host_ips(uint32_t *ips, unsigned max);

/* The path MTU towards dst_ip, from a connected UDP socket (IP_MTU). */
int netdev_path_mtu(uint32_t dst_ip, const char *ifname);

#endif
