/* SPDX-License-Identifier: MIT */
#ifndef PKT_FRAME_H
#define PKT_FRAME_H

#include <stddef.h>
#include <stdint.h>

/*
 * Every test packet's UDP payload starts with this header, all fields in
 * network byte order.  The rest of the payload is a fixed pattern.
 */
#define PKT_MAGIC 0x504b5442u	/* "PKTB" */
#define PKT_VERSION 1

struct pkt_hdr {
	uint32_t magic;
	uint16_t version;
	uint16_t stream;	/* sender thread: each has its own sequence */
	uint32_t run_id;
	uint32_t reserved;
	uint64_t seq;
	uint64_t tx_ns;	/* CLOCK_REALTIME at send, nanoseconds */
} __attribute__((packed));

#define PKT_HDR_LEN ((unsigned)sizeof(struct pkt_hdr))	/* 32 */

#define ETH_HDR_LEN 14u
#define VLAN_TAG_LEN 4u
#define IP4_HDR_LEN 20u
#define UDP_HDR_LEN 8u
/* The study's per-packet overhead: Ethernet + IPv4 + UDP, no FCS. */
#define FRAME_OVERHEAD (ETH_HDR_LEN + IP4_HDR_LEN + UDP_HDR_LEN)
#define PAYLOAD_MAX_UDP 65507u

#define VLAN_NONE 0xffffu
#define PKT_MAX_STREAMS 64u

/* Bits one packet puts on the wire by the study's definition. */
static inline uint64_t frame_wire_bits(unsigned payload, int vlan)
{
	return 8ull * (payload + FRAME_OVERHEAD + (vlan ? VLAN_TAG_LEN : 0));
}

/*
 * --size imix: IMIX, 7:4:1 of 64-, 570- and 1518-byte Ethernet frames,
 * FCS included, sent as UDP payloads of frame - 46 bytes (Ethernet 14,
 * FCS 4, IPv4 20, UDP 8): 524 and 1472, and 32 for the 64-byte frame,
 * whose 18 bytes could not hold the test header (a 78-byte frame).  By
 * the study's count, (payload + 42) x 8 bits, that is 592, 4528 and 12112
 * bits.  Packet k of each sender thread is of class imix_class(k): every
 * 12 packets, 7 small, 4 middle and 1 large, interleaved.
 */
#define IMIX_CLASSES 3u
#define IMIX_CYCLE 12u
#define IMIX_PAYLOAD_MAX 1472u	/* a 1500-byte IPv4 packet */
extern const unsigned imix_frame_len[IMIX_CLASSES];	/* 64 570 1518 */
extern const unsigned imix_payload_len[IMIX_CLASSES];	/* 32 524 1472 */
unsigned imix_class(uint64_t k);

/* RFC 1071 one's complement sum helpers. */
uint32_t csum_partial(const void *buf, size_t len, uint32_t sum);
uint16_t csum_fold(uint32_t sum);

/* Fills a payload of len bytes: header with seq 0 and a fixed pattern. */
void payload_init(uint8_t *p, unsigned len, uint32_t run_id);
/* Sets the stream (sender thread) of an initialised payload. */
void payload_set_stream(uint8_t *p, uint16_t stream);
/* Writes the per-packet fields of an initialised payload. */
void payload_stamp(uint8_t *p, uint64_t seq, uint64_t tx_ns);

/*
 * An L2 frame template: everything that stays the same between packets,
 * plus the partial UDP checksum over it, so stamping a frame costs the
 * same for 64 B and 1400 B payloads.
 */
struct frame_tmpl {
	uint8_t buf[ETH_HDR_LEN + VLAN_TAG_LEN + IP4_HDR_LEN + UDP_HDR_LEN +
		    PKT_HDR_LEN];
	unsigned len;		/* whole frame length */
	unsigned l3_off;	/* 14 or 18 */
	unsigned payload_len;
	uint16_t sport;		/* base source port, host order */
	uint32_t csum_base;	/* UDP sum without sport and stamped fields */
	uint32_t run_id;
};

struct frame_spec {
	uint8_t src_mac[6], dst_mac[6];
	uint32_t src_ip, dst_ip;	/* network order */
	uint16_t sport, dport;		/* host order */
	uint16_t vlan;			/* VLAN_NONE or 0..4095 */
	unsigned payload_len;
	uint32_t run_id;
	uint16_t stream;
};

int frame_tmpl_init(struct frame_tmpl *t, const struct frame_spec *s);
/* Writes the whole frame (t->len bytes) into dst. */
void frame_write(const struct frame_tmpl *t, uint8_t *dst);
/*
 * Writes only the headers and the test header: over a frame of the same
 * addresses and any length, for the payload pattern is the same from its
 * first byte whatever the length (IMIX: one ring slot, three sizes).
 */
void frame_write_hdr(const struct frame_tmpl *t, uint8_t *dst);
/* Updates a frame written by frame_write for one packet. */
void frame_stamp(const struct frame_tmpl *t, uint8_t *dst, unsigned flow,
		 uint64_t seq, uint64_t tx_ns);

/* What the receiver learns from one frame or datagram. */
struct pkt_info {
	uint64_t seq;
	uint64_t tx_ns;
	uint32_t run_id;
	unsigned payload_len;
	uint16_t stream;
	uint16_t vlan;	/* VLAN_NONE when untagged */
};

/*
 * Parses an L2 frame.  vlan_meta is the tag the kernel stripped
 * (VLAN_NONE if none).  Returns 0 for a test packet to dport, -ENOENT for
 * other traffic (ARP, other ports), -EBADMSG for one to dport whose IPv4
 * header checksum is wrong, -EPROTO for a malformed or foreign frame to
 * dport.
 */
int frame_parse(const uint8_t *f, size_t len, uint16_t dport,
		uint16_t vlan_meta, struct pkt_info *pi);
/*
 * Who a raw receiver counts frames for: its MAC (group addresses always
 * pass) and its IPv4 addresses (none: no IP check).
 */
#define FRAME_DST_MAX_IP 16
struct frame_dst {
	uint8_t mac[6];
	unsigned nip;
	uint32_t ip[FRAME_DST_MAX_IP];	/* network order */
};

enum {
	FRAME_FOREIGN_MAC = 1,
	FRAME_FOREIGN_IP = 2,
};

/*
 * 0 if the frame is addressed to d, FRAME_FOREIGN_MAC or FRAME_FOREIGN_IP
 * if not, -EPROTO if too short to tell.
 */
int frame_dst_check(const uint8_t *f, size_t len, const struct frame_dst *d);

/* Parses a UDP payload; 0 or -EPROTO. */
int payload_parse(const uint8_t *p, size_t len, struct pkt_info *pi);

#endif
