/* SPDX-License-Identifier: MIT */
#ifndef PKT_DROPS_H
#define PKT_DROPS_H

#include <stddef.h>
#include <stdint.h>

/*
 * Where packets die, as far as the kernel of this namespace tells: the
 * counters are read at the start and at the end of a run and reported as
 * deltas (README, "Where packets die").  A counter that cannot be read
 * is DROPS_NULL (FIELD_NULL in the results), never 0.
 */
#define DROPS_NULL UINT64_MAX

struct drops_snap {
	char ifname[16];	/* whose counters; "": none known */
	uint64_t if_rx_dropped;	/* rtnl_link_stats64 of ifname */
	uint64_t if_tx_dropped;
	uint64_t qdisc_drops;	/* root qdisc of ifname; null: noqueue */
	uint64_t udp_rcvbuf_errors;	/* /proc/net/snmp Udp: RcvbufErrors */
	uint64_t backlog_drops;	/* /proc/net/softnet_stat column 2, summed */
};

/*
 * Reads every counter.  ifname "" asks for the one non-loopback interface
 * that is up (the receive interface of a udp/mmsg receiver bound to any
 * address), else lo if nothing else is up; with several, the interface
 * counters are null.
 */
void drops_snap_take(struct drops_snap *s, const char *ifname);

/* end - start per counter; null where either is null. */
void drops_snap_delta(const struct drops_snap *start,
		      const struct drops_snap *end, struct drops_snap *d);

/*
 * The parsers, for outside input (bounded, never reading past len).
 * Each returns 0 with the value set, or -errno: -ENOENT when the counter
 * is not there, -EINVAL for input that is not what the kernel writes.
 */
int drops_parse_snmp(const char *buf, size_t len, uint64_t *rcvbuf_errors);
int drops_parse_softnet(const char *buf, size_t len, uint64_t *dropped);

/* What an RTM_GETLINK dump told about one interface. */
struct drops_link {
	char want[16];		/* in: the name; "": the one non-loopback up */
	char name[16];		/* out */
	unsigned ifindex;	/* out */
	unsigned candidates;	/* out, want "": non-loopback up seen */
	int found;
	uint64_t rx_dropped, tx_dropped;
};

/* What an RTM_GETQDISC dump told about one interface's root qdisc. */
struct drops_qdisc {
	unsigned ifindex;	/* in */
	int found;		/* out: a root qdisc with statistics */
	int noqueue;		/* out: the root is noqueue (no queue, no drops) */
	uint32_t drops;
};

/*
 * One buffer of a netlink dump (what one recv returned): 1 when it held
 * NLMSG_DONE, 0 when more is to come, -errno for NLMSG_ERROR or a
 * malformed message.
 */
int drops_parse_links(const void *buf, size_t len, struct drops_link *l);
int drops_parse_qdiscs(const void *buf, size_t len, struct drops_qdisc *q);

#endif
