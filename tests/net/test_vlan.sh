#!/bin/bash
# SPDX-License-Identifier: MIT
# 802.1Q over a veth pair: pktsend --mode mmap --vlan 50 writes the tag,
# pktrecv --mode mmap --vlan 50 counts every frame, --vlan 51 none; the
# same with --mode xdp on both sides.
#
# The kernel has no 8021q here, and needs none: the receiver's AF_PACKET
# socket sees tagged frames on the plain veth (with the tag in the ring
# header or still in the frame; pktrecv reads both), and the stack drops
# them afterwards.  The tagged frames must carry the receiver's MAC, and
# the sender is given it with --dst-mac, read from "ip -j link".  It
# would also find it by itself, since it resolves on the untagged link
# where the address lives, but a receiver that only has the address on a
# VLAN interface would not answer that ARP; --dst-mac is the way that
# works in both cases, so it is the one tested.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

N=100000
N51=10000
# L2 bytes of one test frame: 14 + 4 (tag) + 20 + 8 + 64 payload
FRAME=110

net_init
net_require_kinds veth
topo_veth || t_done
[ -n "$MAC_RX" ] && [ "$MAC_RX" != null ] || {
	fail "no MAC for $IF_RX"
	t_done
}

# VLAN 50 to a receiver on VLAN 50: every frame, exactly
label="vlan 50->50" tag=v50
t_case "$label"
rx_start $tag --mode mmap --interface "$IF_RX" --vlan 50 \
	--count $N --idle-timeout 2s --duration 60 || t_done
tx_run $tag --mode mmap --interface "$IF_TX" --dst "$IP_RX" \
	--dst-mac "$MAC_RX" --vlan 50 --count $N --rate 100kpps
[ "$TX_RC" = 0 ] || rx_stop
rx_wait $tag
expect_eq "$label: pktsend exit" "$(rc_str "$TX_RC")" 0
expect_eq "$label: pktrecv exit" "$(rc_str "$RX_RC")" 0
check_result "$TX_OUT" "$label: pktsend" pktsend mmap \
	.config.vlan 50 \
	.config.dst_mac "$MAC_RX" \
	.stats.sent $N \
	.stats.bytes $((N * FRAME))
check_result "$RX_OUT" "$label" pktrecv mmap \
	.config.vlan 50 \
	.stats.received $N \
	.stats.unique $N \
	.stats.lost 0 \
	.stats.duplicates 0 \
	.stats.filtered 0 \
	.stats.foreign 0 \
	.stats.bytes $((N * FRAME)) \
	.stats.stop_reason count
[ "$T_FAILS" = 0 ] || dump_run $tag

# VLAN 50 to a receiver on VLAN 51: none counted, all filtered.  The run
# is short (0.1 s at 100 kpps) so that it ends well inside --duration 3.
label="vlan 50->51" tag=v51 before=$T_FAILS
t_case "$label"
rx_start $tag --mode mmap --interface "$IF_RX" --vlan 51 --duration 3 ||
	t_done
tx_run $tag --mode mmap --interface "$IF_TX" --dst "$IP_RX" \
	--dst-mac "$MAC_RX" --vlan 50 --count $N51 --rate 100kpps
rx_wait $tag
expect_eq "$label: pktsend exit" "$(rc_str "$TX_RC")" 0
expect_eq "$label: pktrecv exit" "$(rc_str "$RX_RC")" 1
check_result "$TX_OUT" "$label: pktsend" pktsend mmap .stats.sent $N51
check_result "$RX_OUT" "$label" pktrecv mmap \
	.config.vlan 51 \
	.stats.received 0 \
	.stats.unique 0 \
	.stats.filtered $N51 \
	.stats.foreign 0 \
	.stats.stop_reason duration
grep -q '^pktrecv: no test packet arrived' "$RX_ERR" ||
	fail "$label: stderr lacks \"pktrecv: no test packet arrived\": $(tail -1 "$RX_ERR")"
[ "$T_FAILS" = "$before" ] || dump_run $tag
# The same through AF_XDP on both sides: the receiver's XDP program
# redirects tagged frames to our port (t_xdp runs it on crafted frames),
# and the receiver counts only its VLAN.  10 kpps, as in test_xdp: the
# copy-mode receiver can lose a burst at 100 kpps on a loaded machine.
for vl in 50 51; do
	label="xdp vlan 50->$vl" tag=x$vl before=$T_FAILS
	t_case "$label"
	if [ $vl = 50 ]; then
		rx_start $tag --mode xdp --interface "$IF_RX" --vlan $vl \
			--count $N51 --idle-timeout 2s --duration 30 || t_done
	else
		rx_start $tag --mode xdp --interface "$IF_RX" --vlan $vl \
			--duration 3 || t_done
	fi
	tx_run $tag --mode xdp --interface "$IF_TX" --dst "$IP_RX" \
		--dst-mac "$MAC_RX" --vlan 50 --count $N51 --rate 10kpps
	[ "$TX_RC" = 0 ] || rx_stop
	rx_wait $tag
	expect_eq "$label: pktsend exit" "$(rc_str "$TX_RC")" 0
	check_result "$TX_OUT" "$label: pktsend" pktsend xdp .stats.sent $N51
	if [ $vl = 50 ]; then
		expect_eq "$label: pktrecv exit" "$(rc_str "$RX_RC")" 0
		check_result "$RX_OUT" "$label" pktrecv xdp \
			.config.vlan 50 \
			.stats.received $N51 \
			.stats.lost 0 \
			.stats.filtered 0 \
			.stats.foreign 0 \
			.stats.bytes $((N51 * FRAME)) \
			.stats.stop_reason count
	else
		expect_eq "$label: pktrecv exit" "$(rc_str "$RX_RC")" 1
		check_result "$RX_OUT" "$label" pktrecv xdp \
			.config.vlan 51 \
			.stats.received 0 \
			.stats.filtered $N51 \
			.stats.stop_reason duration
	fi
	[ "$T_FAILS" = "$before" ] || dump_run $tag
done
t_done
