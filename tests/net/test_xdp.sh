#!/bin/bash
# SPDX-License-Identifier: MIT
# --mode xdp: paired with every mode in both directions on veth, macvlan
# and a bridge, each run counted exactly; two queues with --threads 2; no
# XDP program left behind after SIGTERM or SIGKILL; an interface that
# already has an XDP program is refused and left as it was; a queue the
# interface lacks is a usage error; on a veth pair tuned qdisc and
# threaded (TOPO_VETH_TUNE) an unpaced xdp->xdp run loses nothing at the
# sending veth, and an unknown tuning is refused.
#
# PKTBENCH_NET_COUNT packets per run (default 10000).
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

N=${PKTBENCH_NET_COUNT:-10000}
# The xdp receiver buffers 32768 frames (64 MiB of UMEM): over 3 s at this
# rate, enough for a receiver on a loaded machine.  Speed is bench/run.sh's
# job.
RATE=10kpps

# xdp_prog_id NS IF: the id of the XDP program on IF, or "none".
xdp_prog_id()
{
	ip -n "$1" -j -d link show dev "$2" |
		jq -r '.[0].xdp.prog.id // .[0].xdp.id // "none"'
}

# run_pair TX RX
run_pair()
{
	local tx=$1 rx=$2 label="$TOPO $1->$2" tag="${TOPO}_$1_$2"
	local before=$T_FAILS

	t_case "$label"
	net_pair "$tag" "$label" --mode "$rx" --count "$N" --idle-timeout 2s \
		--duration 60 -- --mode "$tx" --dst "$IP_RX" --count "$N" \
		--rate "$RATE" || return
	check_result "$TX_OUT" "$label: pktsend" pktsend "$tx" \
		.stats.sent "$N" \
		'.stats.pps > 0' true
	check_result "$RX_OUT" "$label: pktrecv" pktrecv "$rx" \
		.stats.received "$N" \
		.stats.unique "$N" \
		.stats.lost 0 \
		.stats.duplicates 0 \
		.stats.stop_reason count
	if [ "$tx" = xdp ]; then
		jexpect "$TX_OUT" "$label: pktsend" .stats.xdp_bind copy
	fi
	if [ "$rx" = xdp ]; then
		jexpect "$RX_OUT" "$label: pktrecv" \
			.stats.xdp_bind copy \
			'.stats.xdp_attach | test("^(native|generic)$")' true
		expect_eq "$label: XDP program left on $IF_RX" \
			"$(xdp_prog_id "$NS_RX" "$IF_RX")" none
	fi
	[ "$T_FAILS" = "$before" ] || dump_run "$tag"
}

# The receiver is killed with SIG; its program must be gone.
rx_killed()
{
	local sig=$1 tag="kill_$1" id

	t_case "SIG$sig to pktrecv --mode xdp: no XDP program left"
	rx_start "$tag" --mode xdp --interface "$IF_RX" --duration 60 ||
		{ dump_run "$tag"; return; }
	id=$(xdp_prog_id "$NS_RX" "$IF_RX")
	[ "$id" != none ] || fail "SIG$sig: no XDP program while pktrecv runs"
	rx_stop "$sig"
	rx_wait "$tag" 5
	[ "$sig" = KILL ] || expect_eq "SIG$sig: pktrecv exit" \
		"$(rc_str "$RX_RC")" 1
	# the link is released with the last reference, a moment after exit
	for _ in $(seq 20); do
		[ "$(xdp_prog_id "$NS_RX" "$IF_RX")" = none ] && break
		sleep 0.1
	done
	expect_eq "SIG$sig: XDP program on $IF_RX after pktrecv ended" \
		"$(xdp_prog_id "$NS_RX" "$IF_RX")" none
}

# A second receiver finds the first one's program: refused, exit 1, and
# the program stays, still delivering to the first.
foreign_prog()
{
	local tag=foreign id err

	t_case "a second receiver on an interface with an XDP program"
	rx_start "$tag" --mode xdp --interface "$IF_RX" --count "$N" \
		--idle-timeout 2s --duration 60 || { dump_run "$tag"; return; }
	id=$(xdp_prog_id "$NS_RX" "$IF_RX")
	err=$(ip netns exec "$NS_RX" "$RECV" --mode xdp --interface "$IF_RX" \
		--port 9001 --duration 1 2>&1 >/dev/null)
	expect_eq "foreign program: second pktrecv exit" "$?" 1
	case $err in
	*"already has an XDP program"*) ;;
	*) fail "foreign program: message: $err" ;;
	esac
	expect_eq "foreign program: program id after the refusal" \
		"$(xdp_prog_id "$NS_RX" "$IF_RX")" "$id"
	neigh_flush
	tx_run "$tag" --mode xdp --interface "$IF_TX" --dst "$IP_RX" \
		--count "$N" --rate "$RATE"
	rx_wait "$tag"
	expect_eq "foreign program: first pktrecv exit" "$(rc_str "$RX_RC")" 0
	jexpect "$RX_OUT" "foreign program: first pktrecv" \
		.stats.received "$N" .stats.lost 0
}

# A veth pair with two queues each way, one thread per queue.
two_queues()
{
	local tag=queues2 label="veth 2 queues, --threads 2"

	t_case "$label"
	TOPO_QUEUES=2 topo_veth || return
	rx_start "$tag" --mode xdp --interface "$IF_RX" --threads 2 \
		--count "$N" --idle-timeout 2s --duration 60 ||
		{ dump_run "$tag"; return; }
	neigh_flush
	tx_run "$tag" --mode xdp --interface "$IF_TX" --dst "$IP_RX" \
		--threads 2 --count "$N" --rate "$RATE"
	rx_wait "$tag"
	expect_eq "$label: pktsend exit" "$(rc_str "$TX_RC")" 0
	expect_eq "$label: pktrecv exit" "$(rc_str "$RX_RC")" 0
	jexpect "$RX_OUT" "$label: pktrecv" \
		.stats.received "$N" .stats.unique "$N" .stats.lost 0 \
		.stats.streams 2 .stats.threads 2
	# three threads need a third queue
	ip netns exec "$NS_RX" "$RECV" --mode xdp --interface "$IF_RX" \
		--threads 3 --duration 1 >/dev/null 2>&1
	expect_eq "$label: --threads 3 on 2 queues exit" "$?" 2
	topo_down
}

# TOPO_VETH_TUNE=qdisc: an unpaced AF_XDP sender is held back, not
# dropped, when the receiving veth's NAPI ring is full (Linux 6.16 and
# later).  Without the qdisc that ring drops, as tx_dropped of the sending
# veth, whenever the receive side falls behind.  What the receiver may
# still lose, when it is off the CPU longer than its frames last, is
# counted at its fill ring: every lost packet is there.
tuned_qdisc()
{
	local tag=tuned label="veth tuned qdisc,threaded: unpaced xdp->xdp" n=200000
	local kv

	kv=$(uname -r | awk -F. '{ printf "%d", $1 * 1000 + $2 }')
	if [ "$kv" -lt 6016 ]; then
		t_case_skip "$label" "Linux $(uname -r): veth backpressure came in 6.16"
		return
	fi
	t_case "$label"
	TOPO_VETH_TUNE="qdisc threaded" topo_veth || return
	expect_eq "$label: sender's qdisc" \
		"$(tc -n "$NS_TX" -j qdisc show dev "$IF_TX" | jq -r '.[0].kind')" pfifo
	expect_eq "$label: receiver's threaded NAPI" \
		"$(ip netns exec "$NS_RX" cat "/sys/class/net/$IF_RX/threaded")" 1
	net_pair "$tag" "$label" --mode xdp --count "$n" --idle-timeout 2s \
		--duration 60 -- --mode xdp --dst "$IP_RX" --count "$n" || return
	jexpect "$TX_OUT" "$label: pktsend" .stats.sent "$n" \
		.stats.if_tx_dropped 0
	jexpect "$RX_OUT" "$label: pktrecv" \
		'.stats.received + .stats.xdp_fill_empty' "$n" \
		'.stats.unique == .stats.received' true .stats.duplicates 0
	topo_down
	if TOPO_VETH_TUNE=fast topo_up native; then
		fail "TOPO_VETH_TUNE=fast: accepted"
	else
		case $NW_ERR in
		*"'fast' is not one of none, qdisc, threaded"*) ;;
		*) fail "TOPO_VETH_TUNE=fast: $NW_ERR" ;;
		esac
	fi
	topo_down
}

net_init
net_require_kinds veth macvlan bridge
if ! "$RECV" --mode xdp --help >/dev/null 2>&1; then
	t_skip "this pktrecv has no --mode xdp"
fi

for topo in veth macvlan bridge; do
	t_case "$topo: set-up"
	net_topo "$topo" || continue
	T_CASE=""	# a set-up that works is no case of its own
	for other in udp mmsg mmap xdp; do
		run_pair xdp "$other"
		[ "$other" = xdp ] || run_pair "$other" xdp
	done
	if [ "$topo" = veth ]; then
		rx_killed TERM
		rx_killed KILL
		foreign_prog
	fi
	topo_down
done
two_queues
tuned_qdisc
t_done
