/* SPDX-License-Identifier: MIT */
#ifndef PKT_PRIV_H
#define PKT_PRIV_H

#include <stddef.h>
#include <stdint.h>

/*
 * Least privilege for pktrecv --server (docs/security.md): the server
 * keeps only the capabilities the modes it serves need, in every set
 * (effective, permitted, inheritable, ambient, and the bounding set where
 * CAP_SETPCAP allows), before it takes its first client.
 *
 * modes is a set of backends, bit i = pkt_backends[i]; 0 means all.
 */

/* The capabilities (bit n = capability n) that serving modes needs. */
uint64_t priv_caps_for(uint32_t modes);

/*
 * Drops every capability outside priv_caps_for(modes).  Never adds one.
 * 0, or -errno with the failing step in err.
 */
int priv_keep_modes(uint32_t modes, char *err, size_t len);

/* "udp,mmsg": the names of modes (0: every backend). */
const char *priv_modes_str(uint32_t modes, char *buf, size_t len);

#endif
