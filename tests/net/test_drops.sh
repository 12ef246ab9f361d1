#!/bin/bash
# SPDX-License-Identifier: MIT
# Drop attribution (README, "Where packets die") with forced loss over a
# veth pair: an unpaced sender against a udp receiver with a 4 KiB socket
# buffer, against a mmap receiver with a two-block ring, and through a
# small tbf qdisc on the sending veth.  Each run's
# join (scripts/sweep/drops.jq) must attribute sent - received exactly,
# to the right place, and both programs' summary lines must name it; a
# paced run without loss attributes nothing.  The ring's tp_drops also
# count frames other than test packets (ARP): there the join may report
# "over", at most the frames the interface received beyond those sent.
#
# PKTBENCH_NET_COUNT packets per forced-loss run (default 200000).
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

N=${PKTBENCH_NET_COUNT:-200000}
JOIN=$NET_ROOT/scripts/sweep/drops.jq

rx_frames()
{
	ip -n "$NS_RX" -j -s link show dev "$IF_RX" | jq '.[0].stats64.rx.packets'
}

# run_loss TAG TXMODE RXARGS...: one unpaced run; sets J (the join) and
# OTHER, the frames IF_RX received beyond the test packets (ARP, ...).
run_loss()
{
	local tag=$1 tx=$2 f0

	shift 2
	neigh_warm || return 1
	f0=$(rx_frames)
	rx_start "$tag" "$@" --idle-timeout 1s --duration 20 || return 1
	tx_run "$tag" --mode "$tx" --dst "$IP_RX" --count "$N"
	[ "$TX_RC" = 0 ] || rx_stop
	rx_wait "$tag" 30
	OTHER=$(($(rx_frames) - f0 - $(jq .stats.sent "$TX_OUT")))
	expect_eq "$tag: pktsend exit" "$(rc_str "$TX_RC")" 0
	expect_eq "$tag: pktrecv exit" "$(rc_str "$RX_RC")" 0
	J=$(printf '{"rx":%s,"tx":%s}' "$(cat "$RX_OUT")" "$(cat "$TX_OUT")" |
		jq -c -f "$JOIN") || { fail "$tag: drops.jq failed"; return 1; }
	echo "$J" >"$NET_TMP/$tag.join"
}

# expect_join TAG PLACE [OVER]: the loss is > 0 and all of it at PLACE;
# OVER (default 0) is what PLACE may count beyond it.
expect_join()
{
	local tag=$1 place=$2 over=${3:-0} sent recv

	sent=$(jq .stats.sent "$TX_OUT")
	recv=$(jq .stats.unique "$RX_OUT")
	jexpect "$NET_TMP/$tag.join" "$tag: join" \
		'.lost > 0' true \
		.lost "$((sent - recv))" \
		.attributed "$((sent - recv))" \
		".places.$place - .over" "$((sent - recv))" \
		.unattributed 0 \
		".over <= $over" true \
		.largest "$place" || fail "$tag: join was $J"
}

net_init
net_require_kinds veth
t_case "veth: set-up"
topo_veth || t_done
T_CASE=""	# a set-up that works is no case of its own

t_case "udp receiver, 4 KiB socket buffer: all loss at udp_rcvbuf"
if run_loss udp_rcvbuf mmsg --mode udp --rcvbuf 4k; then
	expect_join udp_rcvbuf udp_rcvbuf
	# the socket's drops and the namespace's RcvbufErrors: the same packets
	jexpect "$RX_OUT" "udp_rcvbuf: pktrecv" \
		'.stats.udp_rcvbuf_errors == .stats.kernel_drops' true \
		.stats.drops_if "$IF_RX" \
		'.stats.if_rx_dropped' 0 \
		'.config.rcvbuf' 4096
	# veth has no qdisc: null, not 0
	jexpect "$TX_OUT" "udp_rcvbuf: pktsend" \
		.stats.qdisc_drops null \
		.stats.if_tx_dropped 0 \
		.stats.drops_if "$IF_TX"
	d=$(jq .stats.kernel_drops "$RX_OUT")
	grep -qx "pktrecv: drops: $d at the UDP receive buffer (SO_RXQ_OVFL); own $d, interface $IF_RX 0, backlog [0-9]*" \
		"$RX_ERR" || fail "udp_rcvbuf: no summary line naming the socket: $(grep drops: "$RX_ERR")"
	grep -q "^pktsend: drops:" "$TX_ERR" &&
		fail "udp_rcvbuf: pktsend reports drops it did not see: $(grep drops: "$TX_ERR")"
fi

t_case "mmap receiver, two 4 KiB blocks: all loss at the ring"
if run_loss ring mmsg --mode mmap --interface "$IF_RX" \
	--ring-blocks 2 --block-size 4096; then
	# tp_drops counts every frame the full ring refused, ARP too: the
	# ring may count beyond the loss, at most the other frames that came
	expect_join ring ring "$OTHER"
	d=$(jq .stats.kernel_drops "$RX_OUT")
	grep -q "^pktrecv: drops: $d at the packet ring (tp_drops);" "$RX_ERR" ||
		fail "ring: no summary line naming the ring: $(grep drops: "$RX_ERR")"
fi

# A token bucket of 10 Mbit/s with room for 10 KB on the sending veth: an
# unpaced udp sender overflows it, and UDP without IP_RECVERR reports the
# drop as a success, so the packets count as sent.
if ! command -v tc >/dev/null; then
	t_case_skip "tbf qdisc on the sender: all loss at the qdisc" "no tc (iproute2)"
else
	t_case "tbf qdisc on the sender: all loss at the qdisc"
	if ip netns exec "$NS_TX" tc qdisc add dev "$IF_TX" root tbf \
		rate 10mbit burst 10kb limit 10kb; then
		N=20000
		if run_loss qdisc udp --mode udp; then
			expect_join qdisc qdisc
			d=$(jq .stats.qdisc_drops "$TX_OUT")
			grep -qx "pktsend: drops: $d at the qdisc of $IF_TX; qdisc $d, interface 0" \
				"$TX_ERR" || fail "qdisc: no summary line naming the qdisc: $(grep drops: "$TX_ERR")"
		fi
		ip netns exec "$NS_TX" tc qdisc del dev "$IF_TX" root
	else
		fail "tc qdisc add tbf on $IF_TX failed"
	fi
fi

t_case "paced, no loss: nothing attributed"
neigh_warm &&
	rx_start clean --mode udp --count 2000 --idle-timeout 1s --duration 20 &&
	{
		tx_run clean --mode udp --dst "$IP_RX" --count 2000 --rate 20kpps
		rx_wait clean 30
		printf '{"rx":%s,"tx":%s}' "$(cat "$RX_OUT")" "$(cat "$TX_OUT")" |
			jq -c -f "$JOIN" >"$NET_TMP/clean.join"
		jexpect "$NET_TMP/clean.join" "clean: join" \
			.lost 0 .attributed 0 .unattributed 0 .over 0 \
			.largest none
		grep -q "^pktrecv: drops: none seen; own 0, interface $IF_RX 0, backlog" \
			"$RX_ERR" || fail "clean: summary: $(grep drops: "$RX_ERR")"
	}
topo_down
t_done
