#!/bin/bash
# SPDX-License-Identifier: MIT
# Malformed frames reaching pktrecv --mode mmap are counted as foreign and
# skipped, never a crash: trafgen (netsniff-ng, installed by make deps)
# writes raw frames onto a veth pair -- truncated IP, a bad IHL, IP and UDP
# lengths beyond the frame, a foreign magic, a wrong header version, and
# ARP-typed and other-port frames that are not ours at all -- and then
# pktsend sends good packets.  The receiver must count exactly the good
# ones, and exactly the malformed ones as foreign.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

K=200		# copies of each raw frame
N=10000		# good packets afterwards

net_init
net_require_kinds veth
command -v trafgen >/dev/null || {
	fail "trafgen not found (Debian netsniff-ng; make deps installs it)"
	t_done
}
topo_veth || t_done
MAC_TX=$(ip -n "$NS_TX" -j link show "$IF_TX" | jq -r '.[0].address')

hexmac() { echo "0x${1//:/, 0x}"; }
# IPv4 header bytes (no options) with total length $1, IHL $2 (words)
ip4() { printf '0x%02x, 0x00, 0x%02x, 0x%02x, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0x00, 0x00, %s, %s' \
	$((0x40 | $2)) $(($1 >> 8)) $(($1 & 255)) "${IP_TX//./, }" "${IP_RX//./, }"; }
# UDP header to port 9000 with length $1
udp() { printf '0x27, 0x10, 0x23, 0x28, 0x%02x, 0x%02x, 0x00, 0x00' $(($1 >> 8)) $(($1 & 255)); }
eth() { echo "$(hexmac "$MAC_RX"), $(hexmac "$MAC_TX"), $1"; }
hdr() {	# magic version: our 32-byte header with seq 0
	echo "$1, 0x00, $2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, fill(0x00, 20)"
}
GOOD_MAGIC="0x50, 0x4b, 0x54, 0x42"

cat >"$NET_TMP/bad.cfg" <<EOF
{ $(eth "0x08, 0x00"), 0x45, 0x00, 0x00, 0x40, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11 }
{ $(eth "0x08, 0x00"), $(ip4 60 3), $(udp 40), $(hdr "$GOOD_MAGIC" 0x01) }
{ $(eth "0x08, 0x00"), $(ip4 60 15), $(udp 40), $(hdr "$GOOD_MAGIC" 0x01) }
{ $(eth "0x08, 0x00"), $(ip4 1400 5), $(udp 1380), $(hdr "$GOOD_MAGIC" 0x01) }
{ $(eth "0x08, 0x00"), $(ip4 60 5), $(udp 1000), $(hdr "$GOOD_MAGIC" 0x01) }
{ $(eth "0x08, 0x00"), $(ip4 60 5), $(udp 40), $(hdr "0x58, 0x58, 0x58, 0x58" 0x01) }
{ $(eth "0x08, 0x00"), $(ip4 60 5), $(udp 40), $(hdr "$GOOD_MAGIC" 0x09) }
{ $(eth "0x08, 0x00"), $(ip4 40 5), $(udp 20), fill(0x00, 12) }
{ $(eth "0x08, 0x06"), fill(0x00, 28) }
{ $(eth "0x08, 0x00"), $(ip4 60 5), 0x27, 0x10, 0x23, 0x29, 0x00, 0x28, 0x00, 0x00, $(hdr "$GOOD_MAGIC" 0x01) }
EOF
# frames 1..8 are malformed or foreign to port 9000; 9 (ARP) and 10
# (port 9001) are other traffic and must not count at all
MALFORMED=8
FRAMES=10

label="malformed" tag=bad
t_case "$label"
rx_start $tag --mode mmap --interface "$IF_RX" --count $N \
	--idle-timeout 2s --duration 60 || t_done
ip netns exec "$NS_TX" trafgen -i "$NET_TMP/bad.cfg" -o "$IF_TX" \
	-n $((K * FRAMES)) -P 1 -q >"$NET_TMP/trafgen.out" 2>&1 ||
	fail "$label: trafgen failed: $(tail -1 "$NET_TMP/trafgen.out")"
tx_run $tag --mode mmap --interface "$IF_TX" --dst "$IP_RX" \
	--count $N --rate 50kpps
rx_wait $tag
expect_eq "$label: pktsend exit" "$(rc_str "$TX_RC")" 0
expect_eq "$label: pktrecv exit" "$(rc_str "$RX_RC")" 0
check_result "$RX_OUT" "$label" pktrecv mmap \
	.stats.received $N \
	.stats.unique $N \
	.stats.lost 0 \
	.stats.duplicates 0 \
	.stats.foreign $((K * MALFORMED)) \
	.stats.stop_reason count
[ "$T_FAILS" = 0 ] || dump_run $tag
t_done
