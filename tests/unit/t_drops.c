// SPDX-License-Identifier: MIT
/*
 * The drop-counter parsers (src/core/drops.c) on text and netlink dumps
 * built here: what the kernel writes, and truncated or garbled versions
 * of it.
 */
#include <errno.h>
#include <net/if.h>
#include <stdint.h>
#include <string.h>

#include <linux/gen_stats.h>
#include <linux/netlink.h>
#include <linux/pkt_sched.h>
#include <linux/rtnetlink.h>

#include "core/drops.h"
#include "tap.h"

/* --- text --------------------------------------------------------------- */

static const char snmp[] =
	"Ip: Forwarding DefaultTTL InReceives\n"
	"Ip: 1 64 12\n"
	"Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors\n"
	"Udp: 32214 0 167786 200000 167786 0 0 0 0\n"
	"UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors\n"
	"UdpLite: 0 0 0 0 99 0 0 0 0\n";

static void snmp_case(const char *in, size_t len, int want_ret, uint64_t want,
		      const char *name)
{
	uint64_t v = 12345;
	int r = drops_parse_snmp(in, len, &v);

	is_int(r, want_ret, "snmp %s: return", name);
	if (!want_ret)
		is_u64(v, want, "snmp %s: RcvbufErrors", name);
	else
		is_u64(v, 12345, "snmp %s: value untouched", name);
}

static void test_snmp(void)
{
	const char *cut = strstr(snmp, "Udp: 32214");

	snmp_case(snmp, strlen(snmp), 0, 167786, "real");
	snmp_case(snmp, (size_t)(cut - snmp), -EINVAL, 0,
		  "cut after the header");
	snmp_case(snmp, (size_t)(cut - snmp) + 20, -EINVAL, 0,
		  "cut inside the values");
	snmp_case("", 0, -ENOENT, 0, "empty");
	snmp_case("UdpLite: RcvbufErrors\nUdpLite: 5\n", 33, -ENOENT, 0,
		  "UdpLite only");
	snmp_case("Udp: InDatagrams NoPorts\nUdp: 1 2\n", 34, -ENOENT, 0,
		  "no RcvbufErrors column");
	snmp_case("Udp: A RcvbufErrors\nUdp: 1\n", 28, -EINVAL, 0,
		  "values line too short");
	snmp_case("Udp: A RcvbufErrors\nUdp: 1 7x\n", 31, -EINVAL, 0,
		  "garbage number");
	snmp_case("Udp: A RcvbufErrors\nUdp: 1 -7\n", 31, -EINVAL, 0,
		  "negative number");
	snmp_case("Udp: A RcvbufErrors\nUdp: 1 99999999999999999999\n", 49,
		  -EINVAL, 0, "20 digits above 2^64");
	snmp_case("Udp: A RcvbufErrors\nUdp: 1 18446744073709551615\n", 49,
		  0, UINT64_MAX, "2^64-1");
	snmp_case("Udp: A RcvbufErrors\nIp: 1 2\n", 28, -EINVAL, 0,
		  "values line of another protocol");
	snmp_case("Udp: A  RcvbufErrors\nUdp: 1   42\n", 33, 0, 42,
		  "runs of spaces");
	snmp_case("Udp:RcvbufErrors\nUdp:3\n", 23, -ENOENT, 0,
		  "no space after Udp:");
}

static void softnet_case(const char *in, int want_ret, uint64_t want,
			 const char *name)
{
	uint64_t v = 12345;
	int r = drops_parse_softnet(in, strlen(in), &v);

	is_int(r, want_ret, "softnet %s: return", name);
	is_u64(v, want_ret ? 12345 : want, "softnet %s: value", name);
}

static void test_softnet(void)
{
	softnet_case("0001e240 00000010 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000\n"
		     "00000005 000000ff 00000001 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000001 00000001\n",
		     0, 0x10 + 0xff, "two CPUs, 13 columns");
	softnet_case("00000001 ffffffff\n00000001 ffffffff\n", 0,
		     2ull * 0xffffffffu, "sum above 32 bits");
	softnet_case("", -EINVAL, 0, "empty");
	softnet_case("00000001\n", -EINVAL, 0, "one column");
	softnet_case("00000001 100000000\n", -EINVAL, 0, "9 hex digits");
	softnet_case("00000001 0000001g\n", -EINVAL, 0, "not hex");
	softnet_case("00000001 00000002\n00000001 0000", -EINVAL, 0,
		     "last line cut");
	softnet_case("00000001 00000002\n\n", -EINVAL, 0, "empty line");
}

/* --- netlink ------------------------------------------------------------ */

struct nlbuf {
	uint8_t b[4096] __attribute__((aligned(4)));
	size_t len;
	size_t msg;	/* start of the open message */
};

static void nl_msg(struct nlbuf *n, unsigned short type, const void *hdr,
		   size_t hlen)
{
	struct nlmsghdr h = { .nlmsg_type = type };

	n->msg = n->len;
	memcpy(n->b + n->len, &h, sizeof(h));
	n->len += sizeof(h);
	memcpy(n->b + n->len, hdr, hlen);
	n->len += NLMSG_ALIGN(hlen);
}

static void nl_attr_put(struct nlbuf *n, unsigned short type, const void *p,
			size_t plen)
{
	struct rtattr ra = { .rta_len = (unsigned short)RTA_LENGTH(plen),
			     .rta_type = type };

	memcpy(n->b + n->len, &ra, sizeof(ra));
	memcpy(n->b + n->len + sizeof(ra), p, plen);
	n->len += RTA_SPACE(plen);
}

static void nl_end(struct nlbuf *n)
{
	uint32_t len = (uint32_t)(n->len - n->msg);

	memcpy(n->b + n->msg, &len, sizeof(len));
}

static void nl_done(struct nlbuf *n)
{
	int zero = 0;

	nl_msg(n, NLMSG_DONE, &zero, sizeof(zero));
	nl_end(n);
}

static void link_put(struct nlbuf *n, int index, unsigned flags,
		     const char *name, uint64_t rxd, uint64_t txd)
{
	struct ifinfomsg ifi = { .ifi_index = index, .ifi_flags = flags };
	struct rtnl_link_stats64 st = { .rx_dropped = rxd, .tx_dropped = txd };

	nl_msg(n, RTM_NEWLINK, &ifi, sizeof(ifi));
	nl_attr_put(n, IFLA_IFNAME, name, strlen(name) + 1);
	nl_attr_put(n, IFLA_STATS64, &st, sizeof(st));
	nl_end(n);
}

static void test_links(void)
{
	struct nlbuf n = { .len = 0 };
	struct drops_link l;
	struct nlmsgerr e = { .error = -EPERM };

	link_put(&n, 1, IFF_LOOPBACK | IFF_UP, "lo", 50, 60);
	link_put(&n, 2, IFF_UP, "veth0", 7, 9);
	link_put(&n, 3, 0, "eth1", 1, 2);	/* down */
	nl_done(&n);

	memset(&l, 0, sizeof(l));
	is_int(drops_parse_links(n.b, n.len, &l), 1, "links: done seen");
	ok(l.found && !strcmp(l.name, "veth0") && l.ifindex == 2,
	   "links: the one non-loopback up is veth0 (%s, %u)", l.name,
	   l.ifindex);
	is_u64(l.rx_dropped, 7, "links: veth0 rx_dropped");
	is_u64(l.tx_dropped, 9, "links: veth0 tx_dropped");

	memset(&l, 0, sizeof(l));
	strcpy(l.want, "eth1");
	drops_parse_links(n.b, n.len, &l);
	ok(l.found && l.ifindex == 3 && l.rx_dropped == 1,
	   "links: eth1 by name, down or not");

	memset(&l, 0, sizeof(l));
	strcpy(l.want, "nosuch");
	drops_parse_links(n.b, n.len, &l);
	ok(!l.found, "links: an absent name is not found");

	/* a second interface up: which one the packets take is unknown */
	n.len -= NLMSG_ALIGN(sizeof(struct nlmsghdr) + sizeof(int));
	link_put(&n, 4, IFF_UP, "veth1", 0, 0);
	memset(&l, 0, sizeof(l));
	is_int(drops_parse_links(n.b, n.len, &l), 0,
	       "links: no NLMSG_DONE yet");
	ok(!l.found && l.candidates == 2,
	   "links: two up, none chosen (%u candidates)", l.candidates);

	/* truncated anywhere inside the dump: refused, never overread */
	for (size_t cut = 1; cut < n.len; cut++) {
		int r;

		memset(&l, 0, sizeof(l));
		r = drops_parse_links(n.b, cut, &l);
		if (r != -EINVAL && r != 0) {
			ok(0, "links: cut at %zu returns %d", cut, r);
			break;
		}
		if (cut == n.len - 1)
			ok(1, "links: every cut refused or partial");
	}

	memset(&n, 0, sizeof(n));
	nl_msg(&n, NLMSG_ERROR, &e, sizeof(e));
	nl_end(&n);
	is_int(drops_parse_links(n.b, n.len, &l), -EPERM,
	       "links: NLMSG_ERROR passes its errno");

	/* a name without its NUL */
	memset(&n, 0, sizeof(n));
	{
		struct ifinfomsg ifi = { .ifi_index = 2, .ifi_flags = IFF_UP };

		nl_msg(&n, RTM_NEWLINK, &ifi, sizeof(ifi));
		nl_attr_put(&n, IFLA_IFNAME, "veth", 4);
		nl_end(&n);
	}
	memset(&l, 0, sizeof(l));
	is_int(drops_parse_links(n.b, n.len, &l), -EINVAL,
	       "links: IFLA_IFNAME without NUL refused");

	/* an attribute longer than its message */
	memset(&n, 0, sizeof(n));
	link_put(&n, 2, IFF_UP, "veth0", 7, 9);
	n.b[sizeof(struct nlmsghdr) + NLMSG_ALIGN(sizeof(struct ifinfomsg))] =
		0xff;
	memset(&l, 0, sizeof(l));
	drops_parse_links(n.b, n.len, &l);
	ok(!l.found, "links: overlong attribute: nothing taken");
}

static void qdisc_put(struct nlbuf *n, int index, uint32_t parent,
		      const char *kind, int stats2, uint32_t drops)
{
	struct tcmsg tc = { .tcm_ifindex = index, .tcm_parent = parent };

	nl_msg(n, RTM_NEWQDISC, &tc, sizeof(tc));
	nl_attr_put(n, TCA_KIND, kind, strlen(kind) + 1);
	if (stats2) {
		struct gnet_stats_queue q = { .drops = drops, .qlen = 3 };
		uint8_t nest[64];
		struct rtattr ra = { .rta_len = RTA_LENGTH(sizeof(q)),
				     .rta_type = TCA_STATS_QUEUE };

		memcpy(nest, &ra, sizeof(ra));
		memcpy(nest + sizeof(ra), &q, sizeof(q));
		nl_attr_put(n, TCA_STATS2, nest, RTA_SPACE(sizeof(q)));
	} else {
		struct tc_stats ts = { .drops = drops, .packets = 100 };

		nl_attr_put(n, TCA_STATS, &ts, sizeof(ts));
	}
	nl_end(n);
}

static void test_qdiscs(void)
{
	struct nlbuf n = { .len = 0 };
	struct drops_qdisc q;

	qdisc_put(&n, 1, TC_H_ROOT, "noqueue", 1, 0);
	qdisc_put(&n, 2, TC_H_ROOT, "pfifo", 1, 7);
	qdisc_put(&n, 2, 0x10001, "fq_codel", 1, 99);	/* a child */
	qdisc_put(&n, 3, TC_H_ROOT, "pfifo_fast", 0, 5);
	nl_done(&n);

	memset(&q, 0, sizeof(q));
	q.ifindex = 1;
	is_int(drops_parse_qdiscs(n.b, n.len, &q), 1, "qdisc: done seen");
	ok(q.noqueue && !q.found, "qdisc: noqueue has no drops to count");

	memset(&q, 0, sizeof(q));
	q.ifindex = 2;
	drops_parse_qdiscs(n.b, n.len, &q);
	ok(q.found && !q.noqueue, "qdisc: pfifo root found");
	is_u64(q.drops, 7, "qdisc: root drops from TCA_STATS2, not the child's");

	memset(&q, 0, sizeof(q));
	q.ifindex = 3;
	drops_parse_qdiscs(n.b, n.len, &q);
	ok(q.found && q.drops == 5, "qdisc: drops from TCA_STATS");

	memset(&q, 0, sizeof(q));
	q.ifindex = 9;
	drops_parse_qdiscs(n.b, n.len, &q);
	ok(!q.found && !q.noqueue, "qdisc: another interface's: none");

	for (size_t cut = 1; cut < n.len; cut++) {
		int r;

		memset(&q, 0, sizeof(q));
		q.ifindex = 3;
		r = drops_parse_qdiscs(n.b, cut, &q);
		if (r != -EINVAL && r != 0) {
			ok(0, "qdisc: cut at %zu returns %d", cut, r);
			break;
		}
		if (cut == n.len - 1)
			ok(1, "qdisc: every cut refused or partial");
	}
}

/* --- snapshots ---------------------------------------------------------- */

static void test_delta(void)
{
	struct drops_snap a = { "veth0", 10, 20, 0xfffffff0u, 5, 100 };
	struct drops_snap b = { "veth0", 15, 20, 0x10, DROPS_NULL, 90 };
	struct drops_snap d;

	drops_snap_delta(&a, &b, &d);
	is_u64(d.if_rx_dropped, 5, "delta: rx_dropped");
	is_u64(d.if_tx_dropped, 0, "delta: tx_dropped unchanged is 0");
	is_u64(d.qdisc_drops, 0x20, "delta: 32-bit qdisc counter wrapped once");
	is_u64(d.udp_rcvbuf_errors, DROPS_NULL, "delta: unreadable end: null");
	is_u64(d.backlog_drops, 0, "delta: a counter that went back: 0");

	strcpy(b.ifname, "veth1");
	drops_snap_delta(&a, &b, &d);
	ok(d.if_rx_dropped == DROPS_NULL && d.qdisc_drops == DROPS_NULL,
	   "delta: another interface at the end: null");
}

static void test_live(void)
{
	struct drops_snap s;

	drops_snap_take(&s, "pktbench-none0");
	ok(s.if_rx_dropped == DROPS_NULL && s.if_tx_dropped == DROPS_NULL &&
		   s.qdisc_drops == DROPS_NULL && !s.ifname[0],
	   "live: an absent interface: null counters, no name");
	ok(s.backlog_drops != DROPS_NULL, "live: softnet_stat read");
	ok(s.udp_rcvbuf_errors != DROPS_NULL, "live: /proc/net/snmp read");
	drops_snap_take(&s, "lo");
	ok(!strcmp(s.ifname, "lo") && s.if_rx_dropped != DROPS_NULL,
	   "live: lo by name has counters");
}

int main(void)
{
	test_snmp();
	test_softnet();
	test_links();
	test_qdiscs();
	test_delta();
	test_live();
	return done_testing();
}
