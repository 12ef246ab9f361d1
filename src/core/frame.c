// SPDX-License-Identifier: MIT
/* Test packet header, frame templates, checksums and frame parsing. */
#include <arpa/inet.h>
#include <endian.h>
#include <errno.h>
#include <string.h>

#include "frame.h"

#define ETHERTYPE_IP4 0x0800
#define ETHERTYPE_VLAN 0x8100
#define IPPROTO_UDP_ 17

const unsigned imix_frame_len[IMIX_CLASSES] = { 64, 570, 1518 };
const unsigned imix_payload_len[IMIX_CLASSES] = { PKT_HDR_LEN, 524,
						  IMIX_PAYLOAD_MAX };

unsigned imix_class(uint64_t k)
{
	/* 7 of class 0, 4 of 1, 1 of 2, spread over the cycle */
	static const uint8_t seq[IMIX_CYCLE] = { 0, 1, 0, 0, 1, 0,
						 2, 0, 1, 0, 0, 1 };

	return seq[k % IMIX_CYCLE];
}

uint32_t csum_partial(const void *buf, size_t len, uint32_t sum)
{
	const uint8_t *p = buf;
	uint64_t s = sum;

	for (; len >= 2; p += 2, len -= 2)
		s += (uint32_t)p[0] << 8 | p[1];
	if (len)
		s += (uint32_t)p[0] << 8;
	/* fold to 16 bits plus carry, so callers may add a few words */
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint32_t)s;
}

uint16_t csum_fold(uint32_t sum)
{
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static uint16_t get16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

void payload_init(uint8_t *p, unsigned len, uint32_t run_id)
{
	struct pkt_hdr h = {
		.magic = htonl(PKT_MAGIC),
		.version = htons(PKT_VERSION),
		.run_id = htonl(run_id),
	};

	for (unsigned i = 0; i < len; i++)
		p[i] = (uint8_t)(0xa5 ^ i);
	memcpy(p, &h, len < sizeof(h) ? len : sizeof(h));
}

void payload_set_stream(uint8_t *p, uint16_t stream)
{
	uint16_t v = htons(stream);

	memcpy(p + offsetof(struct pkt_hdr, stream), &v, 2);
}

void payload_stamp(uint8_t *p, uint64_t seq, uint64_t tx_ns)
{
	uint64_t s = htobe64(seq), t = htobe64(tx_ns);

	memcpy(p + offsetof(struct pkt_hdr, seq), &s, 8);
	memcpy(p + offsetof(struct pkt_hdr, tx_ns), &t, 8);
}

int payload_parse(const uint8_t *p, size_t len, struct pkt_info *pi)
{
	struct pkt_hdr h;

	if (len < sizeof(h))
		return -EPROTO;
	memcpy(&h, p, sizeof(h));
	if (ntohl(h.magic) != PKT_MAGIC || ntohs(h.version) != PKT_VERSION)
		return -EPROTO;
	pi->seq = be64toh(h.seq);
	pi->tx_ns = be64toh(h.tx_ns);
	pi->run_id = ntohl(h.run_id);
	pi->stream = ntohs(h.stream);
	pi->payload_len = (unsigned)len;
	return 0;
}

int frame_tmpl_init(struct frame_tmpl *t, const struct frame_spec *s)
{
	uint8_t *f = t->buf, *ip, *udp;
	unsigned l3 = ETH_HDR_LEN, udp_len, ip_len;
	uint8_t payload[PKT_HDR_LEN];
	uint32_t sum;

	if (s->payload_len < PKT_HDR_LEN ||
	    s->payload_len > 65535 - IP4_HDR_LEN - UDP_HDR_LEN)
		return -EINVAL;
	memset(t, 0, sizeof(*t));
	memcpy(f, s->dst_mac, 6);
	memcpy(f + 6, s->src_mac, 6);
	if (s->vlan != VLAN_NONE) {
		put16(f + 12, ETHERTYPE_VLAN);
		put16(f + 14, s->vlan & 0x0fff);
		l3 += VLAN_TAG_LEN;
	}
	put16(f + l3 - 2, ETHERTYPE_IP4);

	udp_len = UDP_HDR_LEN + s->payload_len;
	ip_len = IP4_HDR_LEN + udp_len;
	ip = f + l3;
	ip[0] = 0x45;
	put16(ip + 2, (uint16_t)ip_len);
	put16(ip + 6, 0x4000);	/* DF, id 0: never fragmented */
	ip[8] = 64;
	ip[9] = IPPROTO_UDP_;
	memcpy(ip + 12, &s->src_ip, 4);
	memcpy(ip + 16, &s->dst_ip, 4);
	put16(ip + 10, csum_fold(csum_partial(ip, IP4_HDR_LEN, 0)));

	udp = ip + IP4_HDR_LEN;
	put16(udp, s->sport);
	put16(udp + 2, s->dport);
	put16(udp + 4, (uint16_t)udp_len);
	payload_init(udp + UDP_HDR_LEN, PKT_HDR_LEN, s->run_id);
	payload_set_stream(udp + UDP_HDR_LEN, s->stream);

	t->len = l3 + ip_len;
	t->l3_off = l3;
	t->payload_len = s->payload_len;
	t->sport = s->sport;
	t->run_id = s->run_id;

	/*
	 * The UDP checksum covers the pseudo header, the UDP header and the
	 * payload.  Sum everything that never changes once, here, with the
	 * source port and the stamped header fields (seq, tx_ns) as zero;
	 * frame_stamp then adds just those words per packet.
	 */
	sum = csum_partial(ip + 12, 8, 0);
	sum += IPPROTO_UDP_ + udp_len;
	sum = csum_partial(udp + 2, 6 - 2, sum);	/* dport, length */
	{
		uint8_t *full = payload;
		uint8_t tmp[2048];
		unsigned n = s->payload_len, off = 0;

		payload_init(full, PKT_HDR_LEN, s->run_id);
		payload_set_stream(full, s->stream);
		sum = csum_partial(full, PKT_HDR_LEN, sum);
		/* the pattern after the header, in chunks */
		while (PKT_HDR_LEN + off < n) {
			unsigned c = n - PKT_HDR_LEN - off;
			unsigned start = PKT_HDR_LEN + off;

			if (c > sizeof(tmp))
				c = sizeof(tmp);
			for (unsigned i = 0; i < c; i++)
				tmp[i] = (uint8_t)(0xa5 ^ (start + i));
			/* chunks start at even offsets: PKT_HDR_LEN and 2048 */
			sum = csum_partial(tmp, c, sum);
			off += c;
		}
	}
	t->csum_base = sum;
	return 0;
}

void frame_write(const struct frame_tmpl *t, uint8_t *dst)
{
	unsigned hdr = t->l3_off + IP4_HDR_LEN + UDP_HDR_LEN;

	memcpy(dst, t->buf, hdr);
	payload_init(dst + hdr, t->payload_len, t->run_id);
	memcpy(dst + hdr, t->buf + hdr, PKT_HDR_LEN);
}

void frame_write_hdr(const struct frame_tmpl *t, uint8_t *dst)
{
	memcpy(dst, t->buf, t->l3_off + IP4_HDR_LEN + UDP_HDR_LEN + PKT_HDR_LEN);
}

void frame_stamp(const struct frame_tmpl *t, uint8_t *dst, unsigned flow,
		 uint64_t seq, uint64_t tx_ns)
{
	uint8_t *udp = dst + t->l3_off + IP4_HDR_LEN;
	uint16_t sport = (uint16_t)(t->sport + flow);
	uint32_t sum = t->csum_base;
	uint16_t c;

	put16(udp, sport);
	payload_stamp(udp + UDP_HDR_LEN, seq, tx_ns);
	sum += sport;
	sum = csum_partial(udp + UDP_HDR_LEN + offsetof(struct pkt_hdr, seq),
			   16, sum);
	c = csum_fold(sum);
	put16(udp + 6, c ? c : 0xffff);	/* 0 means "no checksum" in UDP */
}

int frame_parse(const uint8_t *f, size_t len, uint16_t dport,
		uint16_t vlan_meta, struct pkt_info *pi)
{
	unsigned l3 = ETH_HDR_LEN, ihl, ip_len, udp_len;
	uint16_t type, vlan = vlan_meta;
	const uint8_t *ip, *udp;

	if (len < ETH_HDR_LEN)
		return -ENOENT;
	type = get16(f + 12);
	if (type == ETHERTYPE_VLAN) {
		if (len < ETH_HDR_LEN + VLAN_TAG_LEN)
			return -ENOENT;
		vlan = get16(f + 14) & 0x0fff;
		type = get16(f + 16);
		l3 += VLAN_TAG_LEN;
	}
	if (type != ETHERTYPE_IP4)
		return -ENOENT;
	ip = f + l3;
	if (len < l3 + IP4_HDR_LEN)
		return -EPROTO;
	ihl = (ip[0] & 0x0f) * 4u;
	if ((ip[0] >> 4) != 4 || ihl < IP4_HDR_LEN || len < l3 + ihl)
		return -EPROTO;
	if (ip[9] != IPPROTO_UDP_)
		return -ENOENT;
	ip_len = get16(ip + 2);
	if (ip_len < ihl + UDP_HDR_LEN || l3 + ip_len > len)
		return -EPROTO;
	if (get16(ip + 6) & 0x3fff)
		return -EPROTO;	/* a fragment: we never send those */
	udp = ip + ihl;
	if (get16(udp + 2) != dport)
		return -ENOENT;
	/* the stack would drop it; a raw socket sees it anyway */
	if (csum_fold(csum_partial(ip, ihl, 0)) != 0)
		return -EBADMSG;
	udp_len = get16(udp + 4);
	if (udp_len < UDP_HDR_LEN || udp_len > ip_len - ihl)
		return -EPROTO;
	if (payload_parse(udp + UDP_HDR_LEN, udp_len - UDP_HDR_LEN, pi))
		return -EPROTO;
	pi->vlan = vlan;
	return 0;
}

static int mac_is(const uint8_t *a, const uint8_t *b)
{
	return !memcmp(a, b, 6);
}

int frame_dst_check(const uint8_t *f, size_t len, const struct frame_dst *d)
{
	unsigned l3 = ETH_HDR_LEN;
	uint32_t dst;

	if (len < ETH_HDR_LEN)
		return -EPROTO;
	/* group addresses (broadcast, multicast) have the I/G bit set */
	if (!(f[0] & 1) && !mac_is(f, d->mac))
		return FRAME_FOREIGN_MAC;
	if (!d->nip)
		return 0;
	if (get16(f + 12) == ETHERTYPE_VLAN)
		l3 += VLAN_TAG_LEN;
	if (len < l3 + IP4_HDR_LEN)
		return -EPROTO;
	memcpy(&dst, f + l3 + 16, 4);
	for (unsigned i = 0; i < d->nip; i++)
		if (d->ip[i] == dst)
			return 0;
	return FRAME_FOREIGN_IP;
}
