#!/bin/bash
# SPDX-License-Identifier: MIT
# --size imix on veth with every sender backend: 12 000 packets, each of
# its own length (7:4:1 of 32, 524 and 1472 B of payload), counted exactly
# by an unchanged receiver: the bytes on both sides are 1000 IMIX cycles
# (4 296 000 B by the study's count), nothing malformed or lost.  mmap
# and xdp write three header sets over frames of the largest size, so the
# ring and UMEM frames must carry every length.  Then a link whose MTU
# cannot carry the 1518-byte frames: exit 2 with the reason, for the L2
# and the socket backends alike.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

N=12000
BYTES=4296000	# 1000 x (7 x (32+42) + 4 x (524+42) + 1 x (1472+42))

# imix_run TXMODE RXMODE
imix_run()
{
	local tx=$1 rx=$2 before=$T_FAILS
	local label="imix $tx->$rx" tag="imix_${tx}_$rx"

	t_case "$label"
	net_pair "$tag" "$label" --mode "$rx" --count "$N" --idle-timeout 2s \
		--duration 60 -- --mode "$tx" --dst "$IP_RX" --count "$N" \
		--size imix --rate 20M || return
	check_result "$TX_OUT" "$label: pktsend" pktsend "$tx" \
		.stats.sent $N \
		.stats.bytes $BYTES \
		.config.size imix \
		'.stats.rate_req_pps | . * 1000 | round' 6983240
	check_result "$RX_OUT" "$label" pktrecv "$rx" \
		.stats.received $N \
		.stats.unique $N \
		.stats.bytes $BYTES \
		.stats.lost 0 \
		.stats.malformed 0 \
		.stats.stop_reason count
	[ "$T_FAILS" = "$before" ] || dump_run "$tag"
}

# imix_mtu MODE: an MTU of 1499 cannot carry a 1500-byte IPv4 packet.
imix_mtu()
{
	local m=$1 out rc why="above the path MTU 1499 to $IP_RX"
	local args=(--check --mode "$m" --dst "$IP_RX" --size imix)

	t_case "imix $m: MTU 1499 refused"
	case $m in
	mmap | xdp)
		args+=(--interface "$IF_TX")
		why="above the MTU 1499 of $IF_TX"
		;;
	esac
	out=$(ip netns exec "$NS_TX" "$SEND" "${args[@]}" 2>&1)
	rc=$?
	expect_eq "imix $m, MTU 1499: exit" "$rc" 2
	case $out in
	"pktsend: --size imix: its 1518-byte frames are IPv4 packets of 1500 B (1472 B of payload), $why; accepted where the MTU is at least 1500") ;;
	*) fail "imix $m, MTU 1499: '$out'" ;;
	esac
	# and the run itself, without --check, says the same
	out=$(ip netns exec "$NS_TX" "$SEND" "${args[@]:1}" --count 1 2>&1)
	expect_eq "imix $m, MTU 1499: run exit" "$?" 2
	case $out in
	*"--size imix: its 1518-byte frames"*"$why"*) ;;
	*) fail "imix $m, MTU 1499, run: '$out'" ;;
	esac
}

net_init
net_require_kinds veth
topo_veth || t_done

imix_run udp udp
imix_run mmsg mmsg
imix_run mmap mmap
imix_run xdp mmap
imix_run mmap xdp

ip -n "$NS_TX" link set "$IF_TX" mtu 1499
ip -n "$NS_RX" link set "$IF_RX" mtu 1499
for m in udp mmsg mmap xdp; do
	imix_mtu $m
done
t_done
