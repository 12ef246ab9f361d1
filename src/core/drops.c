// SPDX-License-Identifier: MIT
/*
 * Drop counters of this namespace (and the host-wide backlog), read at
 * the start and the end of a run.  Everything read here is outside input:
 * the parsers take (buffer, length), never read past it and refuse what
 * the kernel would not write.
 */
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <linux/gen_stats.h>
#include <linux/netlink.h>
#include <linux/pkt_sched.h>
#include <linux/rtnetlink.h>

#include "drops.h"

#define SNMP_MAX (64u << 10)
#define SOFTNET_MAX (256u << 10)	/* ~2000 CPUs of 13 columns */
#define NL_BUF (64u << 10)

/* --- text parsers ------------------------------------------------------- */

/* The line at *pos (without '\n'); 0 at the end, -EINVAL if unterminated. */
static int next_line(const char *buf, size_t len, size_t *pos,
		     const char **line, size_t *llen)
{
	const char *nl;

	if (*pos >= len)
		return 0;
	nl = memchr(buf + *pos, '\n', len - *pos);
	if (!nl)
		return -EINVAL;	/* a truncated read */
	*line = buf + *pos;
	*llen = (size_t)(nl - *line);
	*pos += *llen + 1;
	return 1;
}

/* Token number idx (0-based) of a space-separated line. */
static int line_token(const char *l, size_t n, unsigned idx, const char **tok,
		      size_t *tlen)
{
	size_t i = 0;

	for (unsigned k = 0;; k++) {
		size_t start;

		while (i < n && l[i] == ' ')
			i++;
		if (i == n)
			return -ENOENT;
		start = i;
		while (i < n && l[i] != ' ')
			i++;
		if (k == idx) {
			*tok = l + start;
			*tlen = i - start;
			return 0;
		}
	}
}

static int parse_num(const char *s, size_t n, unsigned base, unsigned maxdig,
		     uint64_t *v)
{
	uint64_t x = 0;

	if (!n || n > maxdig)
		return -EINVAL;
	for (size_t i = 0; i < n; i++) {
		unsigned d;

		if (s[i] >= '0' && s[i] <= '9')
			d = (unsigned)(s[i] - '0');
		else if (base == 16 && s[i] >= 'a' && s[i] <= 'f')
			d = (unsigned)(s[i] - 'a' + 10);
		else
			return -EINVAL;
		if (x > (UINT64_MAX - d) / base)
			return -EINVAL;
		x = x * base + d;
	}
	*v = x;
	return 0;
}

static int is_udp_line(const char *l, size_t n)
{
	return n >= 5 && !memcmp(l, "Udp: ", 5);
}

/*
 * /proc/net/snmp: "Udp: Name Name ...\nUdp: value value ...\n"; the value
 * under RcvbufErrors.
 */
int drops_parse_snmp(const char *buf, size_t len, uint64_t *rcvbuf_errors)
{
	const char *l, *tok;
	size_t pos = 0, n, tlen;
	int r;

	while ((r = next_line(buf, len, &pos, &l, &n)) == 1 &&
	       !is_udp_line(l, n))
		;
	if (r <= 0)
		return r ? r : -ENOENT;
	for (unsigned k = 1;; k++) {
		if (line_token(l, n, k, &tok, &tlen))
			return -ENOENT;
		if (tlen == 12 && !memcmp(tok, "RcvbufErrors", 12)) {
			const char *v;
			size_t vn;

			r = next_line(buf, len, &pos, &v, &vn);
			if (r <= 0 || !is_udp_line(v, vn) ||
			    line_token(v, vn, k, &tok, &tlen))
				return -EINVAL;
			return parse_num(tok, tlen, 10, 20, rcvbuf_errors);
		}
	}
}

/* /proc/net/softnet_stat: one line per CPU, %08x columns; the 2nd summed. */
int drops_parse_softnet(const char *buf, size_t len, uint64_t *dropped)
{
	const char *l, *tok;
	size_t pos = 0, n, tlen;
	uint64_t sum = 0, v;
	unsigned lines = 0;
	int r;

	while ((r = next_line(buf, len, &pos, &l, &n)) == 1) {
		if (line_token(l, n, 0, &tok, &tlen) ||
		    parse_num(tok, tlen, 16, 8, &v) ||
		    line_token(l, n, 1, &tok, &tlen) ||
		    parse_num(tok, tlen, 16, 8, &v))
			return -EINVAL;
		sum += v;
		lines++;
	}
	if (r < 0 || !lines)
		return -EINVAL;
	*dropped = sum;
	return 0;
}

/* --- netlink dumps ------------------------------------------------------ */

/*
 * Walks the messages of one dump buffer, calling fn on each data message
 * with its payload.  Headers are copied out: the buffer need not be
 * aligned.
 */
static int nl_walk(const uint8_t *buf, size_t len,
		   int (*fn)(const uint8_t *p, size_t n, void *arg), void *arg)
{
	size_t off = 0;

	while (len - off >= sizeof(struct nlmsghdr)) {
		struct nlmsghdr h;
		size_t body;
		int r;

		memcpy(&h, buf + off, sizeof(h));
		if (h.nlmsg_len < sizeof(h) || h.nlmsg_len > len - off)
			return -EINVAL;
		body = h.nlmsg_len - sizeof(h);
		if (h.nlmsg_type == NLMSG_DONE)
			return 1;
		if (h.nlmsg_type == NLMSG_ERROR) {
			struct nlmsgerr e;

			if (body < sizeof(e))
				return -EINVAL;
			memcpy(&e, buf + off + sizeof(h), sizeof(e));
			return e.error < 0 && e.error > -4096 ? e.error : -EIO;
		}
		if (h.nlmsg_type >= NLMSG_MIN_TYPE) {
			r = fn(buf + off + sizeof(h), body, arg);
			if (r < 0)
				return r;
		}
		off += NLMSG_ALIGN(h.nlmsg_len) < len - off ?
			       NLMSG_ALIGN(h.nlmsg_len) :
			       len - off;
	}
	return off == len ? 0 : -EINVAL;
}

/*
 * The attribute of type want in p[0..n), its payload in *a, *alen;
 * -ENOENT if absent, -EINVAL if the attributes overrun.
 */
static int nl_attr(const uint8_t *p, size_t n, unsigned short want,
		   const uint8_t **a, size_t *alen)
{
	size_t off = 0;

	while (n - off >= sizeof(struct rtattr)) {
		struct rtattr ra;

		memcpy(&ra, p + off, sizeof(ra));
		if (ra.rta_len < sizeof(ra) || ra.rta_len > n - off)
			return -EINVAL;
		if ((ra.rta_type & NLA_TYPE_MASK) == want) {
			*a = p + off + sizeof(ra);
			*alen = ra.rta_len - sizeof(ra);
			return 0;
		}
		off += RTA_ALIGN(ra.rta_len) < n - off ? RTA_ALIGN(ra.rta_len) :
							 n - off;
	}
	return -ENOENT;
}

static int link_msg(const uint8_t *p, size_t n, void *arg)
{
	struct drops_link *l = arg;
	struct ifinfomsg ifi;
	struct rtnl_link_stats64 st;
	const size_t need = offsetof(struct rtnl_link_stats64, tx_dropped) +
			    sizeof(st.tx_dropped);
	const uint8_t *a;
	char name[IF_NAMESIZE];
	size_t alen, hl = NLMSG_ALIGN(sizeof(ifi));

	if (n < hl)
		return -EINVAL;
	memcpy(&ifi, p, sizeof(ifi));
	if (nl_attr(p + hl, n - hl, IFLA_IFNAME, &a, &alen))
		return 0;
	if (!alen || alen > sizeof(name) || !memchr(a, '\0', alen))
		return -EINVAL;
	memcpy(name, a, alen);
	if (l->want[0]) {
		if (strcmp(name, l->want))
			return 0;
	} else {
		if ((ifi.ifi_flags & IFF_LOOPBACK) || !(ifi.ifi_flags & IFF_UP))
			return 0;
		if (++l->candidates > 1) {
			l->found = 0;	/* which one is ambiguous */
			return 0;
		}
	}
	if (nl_attr(p + hl, n - hl, IFLA_STATS64, &a, &alen) || alen < need)
		return 0;
	memset(&st, 0, sizeof(st));
	memcpy(&st, a, alen < sizeof(st) ? alen : sizeof(st));
	memcpy(l->name, name, sizeof(name));
	l->ifindex = ifi.ifi_index > 0 ? (unsigned)ifi.ifi_index : 0;
	l->rx_dropped = st.rx_dropped;
	l->tx_dropped = st.tx_dropped;
	l->found = 1;
	return 0;
}

int drops_parse_links(const void *buf, size_t len, struct drops_link *l)
{
	return nl_walk(buf, len, link_msg, l);
}

static int qdisc_msg(const uint8_t *p, size_t n, void *arg)
{
	struct drops_qdisc *q = arg;
	struct tcmsg tc;
	struct gnet_stats_queue gq;
	struct tc_stats ts;
	const uint8_t *a, *s;
	size_t alen, slen, hl = NLMSG_ALIGN(sizeof(tc));

	if (n < hl)
		return -EINVAL;
	memcpy(&tc, p, sizeof(tc));
	if (tc.tcm_ifindex <= 0 || (unsigned)tc.tcm_ifindex != q->ifindex ||
	    tc.tcm_parent != TC_H_ROOT)
		return 0;
	if (!nl_attr(p + hl, n - hl, TCA_KIND, &a, &alen) && alen >= 8 &&
	    !memcmp(a, "noqueue", 8)) {
		q->noqueue = 1;
		return 0;
	}
	if (!nl_attr(p + hl, n - hl, TCA_STATS2, &a, &alen) &&
	    !nl_attr(a, alen, TCA_STATS_QUEUE, &s, &slen) &&
	    slen >= sizeof(gq)) {
		memcpy(&gq, s, sizeof(gq));
		q->drops = gq.drops;
		q->found = 1;
	} else if (!nl_attr(p + hl, n - hl, TCA_STATS, &a, &alen) &&
		   alen >= sizeof(ts)) {
		memcpy(&ts, a, sizeof(ts));
		q->drops = ts.drops;
		q->found = 1;
	}
	return 0;
}

int drops_parse_qdiscs(const void *buf, size_t len, struct drops_qdisc *q)
{
	return nl_walk(buf, len, qdisc_msg, q);
}

/* One rtnetlink dump of type, each buffer through parse.  0 or -errno. */
static int nl_dump(int type, int (*parse)(const void *, size_t, void *),
		   void *arg)
{
	struct {
		struct nlmsghdr h;
		union {
			struct ifinfomsg ifi;
			struct tcmsg tc;
		} u;
	} req;
	struct timeval tv = { 1, 0 };
	uint8_t *buf;
	int fd, r = -EIO;

	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = sizeof(req);
	req.h.nlmsg_type = (unsigned short)type;
	req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	req.h.nlmsg_seq = 1;
	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	if (fd < 0)
		return -errno;
	buf = malloc(NL_BUF);
	if (!buf) {
		close(fd);
		return -ENOMEM;
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	if (send(fd, &req, sizeof(req), 0) < 0) {
		r = -errno;
		goto out;
	}
	/* a dump of a few hundred interfaces ends long before this */
	for (int i = 0; i < 10000; i++) {
		ssize_t n = recv(fd, buf, NL_BUF, MSG_TRUNC);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			r = -errno;
			break;
		}
		if ((size_t)n > NL_BUF) {
			r = -EMSGSIZE;
			break;
		}
		r = parse(buf, (size_t)n, arg);
		if (r)
			break;
	}
	r = r == 1 ? 0 : r ? r : -EIO;
out:
	free(buf);
	close(fd);
	return r;
}

static int links_cb(const void *b, size_t n, void *arg)
{
	return drops_parse_links(b, n, arg);
}

static int qdiscs_cb(const void *b, size_t n, void *arg)
{
	return drops_parse_qdiscs(b, n, arg);
}

/* --- snapshots ---------------------------------------------------------- */

/* The whole file into a new buffer of at most cap bytes; -EFBIG beyond. */
static ssize_t read_file(const char *path, size_t cap, char **out)
{
	size_t len = 0;
	char *buf = malloc(cap);
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (!buf || fd < 0) {
		int e = fd < 0 ? -errno : -ENOMEM;

		free(buf);
		if (fd >= 0)
			close(fd);
		return e;
	}
	for (;;) {
		ssize_t n = read(fd, buf + len, cap - len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			if (n < 0) {
				n = -errno;
				free(buf);
				return n;
			}
			break;
		}
		len += (size_t)n;
		if (len == cap) {
			close(fd);
			free(buf);
			return -EFBIG;
		}
	}
	*out = buf;
	return (ssize_t)len;
}

static uint64_t snap_text(const char *path, size_t cap,
			  int (*parse)(const char *, size_t, uint64_t *))
{
	char *buf = NULL;
	ssize_t n = read_file(path, cap, &buf);
	uint64_t v = DROPS_NULL;

	if (n >= 0 && parse(buf, (size_t)n, &v))
		v = DROPS_NULL;
	free(buf);
	return v;
}

void drops_snap_take(struct drops_snap *s, const char *ifname)
{
	struct drops_link l;
	struct drops_qdisc q;
	int r;

	memset(&l, 0, sizeof(l));
	snprintf(l.want, sizeof(l.want), "%s", ifname ? ifname : "");
	s->ifname[0] = '\0';
	s->if_rx_dropped = s->if_tx_dropped = s->qdisc_drops = DROPS_NULL;
	r = nl_dump(RTM_GETLINK, links_cb, &l);
	if (!r && !l.found && !l.want[0] && !l.candidates) {
		/* nothing up but loopback: the packets come in there */
		memset(&l, 0, sizeof(l));
		snprintf(l.want, sizeof(l.want), "lo");
		r = nl_dump(RTM_GETLINK, links_cb, &l);
	}
	if (!r && l.found) {
		memcpy(s->ifname, l.name, sizeof(s->ifname));
		s->if_rx_dropped = l.rx_dropped;
		s->if_tx_dropped = l.tx_dropped;
		memset(&q, 0, sizeof(q));
		q.ifindex = l.ifindex;
		if (!nl_dump(RTM_GETQDISC, qdiscs_cb, &q) && q.found &&
		    !q.noqueue)
			s->qdisc_drops = q.drops;
	}
	s->udp_rcvbuf_errors = snap_text("/proc/net/snmp", SNMP_MAX,
					 drops_parse_snmp);
	s->backlog_drops = snap_text("/proc/net/softnet_stat", SOFTNET_MAX,
				     drops_parse_softnet);
}

static uint64_t delta(uint64_t a, uint64_t b)
{
	if (a == DROPS_NULL || b == DROPS_NULL)
		return DROPS_NULL;
	return b >= a ? b - a : 0;
}

void drops_snap_delta(const struct drops_snap *start,
		      const struct drops_snap *end, struct drops_snap *d)
{
	int same = !strcmp(start->ifname, end->ifname);

	memcpy(d->ifname, end->ifname, sizeof(d->ifname));
	d->if_rx_dropped = same ? delta(start->if_rx_dropped,
					end->if_rx_dropped) : DROPS_NULL;
	d->if_tx_dropped = same ? delta(start->if_tx_dropped,
					end->if_tx_dropped) : DROPS_NULL;
	/* 32-bit in the kernel: a wrap between the reads is one lap */
	d->qdisc_drops = !same || start->qdisc_drops == DROPS_NULL ||
					 end->qdisc_drops == DROPS_NULL ?
				 DROPS_NULL :
				 (uint32_t)(end->qdisc_drops -
					    start->qdisc_drops);
	d->udp_rcvbuf_errors = delta(start->udp_rcvbuf_errors,
				     end->udp_rcvbuf_errors);
	d->backlog_drops = delta(start->backlog_drops, end->backlog_drops);
}
