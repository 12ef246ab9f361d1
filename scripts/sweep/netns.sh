# The netns runner: the same binaries in network namespaces wired to mimic
# each set-up, built by the topology home (networks/lib-setup.sh topo_up:
# native, bridge, macvlan, trunk, ovs), the code networks/prepare.sh and
# the tests run too.  Sourced by bin/pktbench after it; POSIX sh.  The
# names carry the topology's id (pk<pid>-...), so concurrent sweeps and
# tests never collide.  OVS is on the userspace datapath (netdev), or the
# kernel one with RN_OVS_DP=system (the uml runner).  The trunk without
# 8021q: mmap writes the 802.1Q tag itself (--vlan) over the macvlan path
# and udp/mmsg/xdp cannot run (recorded as failed).

SW_REASON=
RN_OVS_DP=${RN_OVS_DP:-netdev}
RN_RXPID=
RN_TXPID=
# A command prefix for the receiver (the ndr test's CPU-limited receiver).
RN_RX_WRAP=${PKTBENCH_RX_WRAP:-}

# Why this host cannot run SETUP, or nothing.  The trunk runs without
# 8021q too, as the --vlan model.
netns_probe() {
	SW_REASON=
	[ "$(id -u)" = 0 ] || { SW_REASON="needs root (network namespaces)"; return 1; }
	command -v ip >/dev/null || { SW_REASON="iproute2 (ip) missing"; return 1; }
	probe=$(nw_setup "$1" probe) || { SW_REASON="unknown set-up"; return 1; }
	for k in $(printf '%s\n' "$probe" | tr ',' ' '); do
		[ "$1" = trunk ] && [ "$k" = vlan ] && continue
		topo_probe "$k" || { SW_REASON=$NW_ERR; return 1; }
	done
}

# Points a set-up cannot run, known before running: prints the reason.
# TOPO_VLAN: the trunk is up as the --vlan model (no 8021q).
# RN_PROTOCOLS: the kernel's socket families (tests point it at a copy)
netns_point_reason() {
	SW_REASON=
	# xdp needs AF_XDP sockets, which the UML guest's kernel (Debian's
	# 6.1um) does not have: one reason instead of a failed pktrecv per run
	if [ "$2" = xdp ] && ! grep -q '^XDP ' "${RN_PROTOCOLS:-/proc/net/protocols}" 2>/dev/null; then
		SW_REASON="xdp: this kernel has no AF_XDP sockets (no XDP in ${RN_PROTOCOLS:-/proc/net/protocols}; CONFIG_XDP_SOCKETS)"
		return 1
	fi
	[ "$1" = trunk ] && [ -n "$TOPO_VLAN" ] || return 0
	# xdp: the parent's receive path takes the 802.1Q tag out of the frame
	# (skb_vlan_untag) before the macvlan's generic XDP program runs, so an
	# xdp receiver sees untagged frames and --vlan filters every one
	if [ "$2" = xdp ]; then
		SW_REASON="trunk: xdp on a macvlan sees frames after its parent took the 802.1Q tag out, so --vlan cannot tell VLANs apart without 8021q; only mmap --vlan models the trunk here"
		return 1
	fi
	if [ "$2" != mmap ]; then
		SW_REASON="trunk: $2 needs a VLAN sub-interface (parent.$TOPO_VLAN) and this kernel has no 8021q; only mmap --vlan models the trunk here"
		return 1
	fi
	return 0
}

netns_up() {
	SW_REASON=
	TOPO_OVS_DP=$RN_OVS_DP
	topo_up "$1" || { SW_REASON=$NW_ERR; return 1; }
}

netns_down() {
	topo_down
}

# Called once at the end: stop OVS when we started it and left no bridge.
netns_finish() {
	nw_ovs_stop
}

# Description of the set-up as built, for setups.jsonl.
netns_state() {
	jq -cn --arg setup "$1" --arg model "$TOPO_MODEL" \
		--argjson rx "$(sw_if_state_json "ip netns exec $TOPO_NS_RX" "$TOPO_IF_RX")" \
		--argjson tx "$(sw_if_state_json "ip netns exec $TOPO_NS_TX" "$TOPO_IF_TX")" \
		'{setup: $setup, runner: "netns", model: $model, rx_if: $rx, tx_if: $tx}'
}

# Stop what a run left running (SIGINT, errors).
netns_kill() {
	for p in $RN_TXPID $RN_RXPID; do
		kill -TERM "$p" 2>/dev/null
	done
}

# netns_run SETUP MODE COUNT RATE SIZE DIR: leaves DIR/rx.json and
# DIR/tx.json; returns 1 with SW_REASON when the point failed.  RATE is
# Mbit/s, or pktsend's own "<n>pps" or "max"; COUNT 0 sends for
# SW_DURATION seconds instead (pktbench ndr's trials).
netns_run() {
	setup=$1 mode=$2 count=$3 rate=$4 size=$5 d=$6
	SW_REASON=
	vl=
	[ "$setup" = trunk ] && { [ "$mode" = mmap ] || [ "$mode" = xdp ]; } &&
		[ -n "$TOPO_VLAN" ] && vl="--vlan $TOPO_VLAN"
	case $rate in *pps | max) ;; *) rate=${rate}M ;; esac
	# A safety net only: a run that has not ended at 5 kpps is broken
	# (RN_CAP_PPS: the uml runner's guest may be far slower).
	cap=$((count / ${RN_CAP_PPS:-5000} + 20))
	cnt="-n $count" txt=$cap
	if [ "$count" = 0 ]; then
		cnt='' txt=$SW_DURATION
		cap=$(awk -v t="$SW_DURATION" 'BEGIN { print int(t) + 20 }')
	fi
	rm -f "$d/rx.json" "$d/tx.json" "$d/ready"
	# the placement (runner_placement): each program on its CPU
	rcpu='' tcpu=''
	[ -n "${SW_RX_CPU:-}" ] && rcpu="--cpu $SW_RX_CPU"
	[ -n "${SW_TX_CPU:-}" ] && tcpu="--cpu $SW_TX_CPU"
	# shellcheck disable=SC2086
	$RN_RX_WRAP ip netns exec "$TOPO_NS_RX" "$SW_BIN/pktrecv" -q -m "$mode" -i "$TOPO_IF_RX" $vl $rcpu \
		$cnt -T "$SW_IDLE" -t "${cap}s" -b "$SW_BATCH" \
		--ready-file "$d/ready" -o "$d/rx.json" 2>"$d/rx.err" &
	RN_RXPID=$!
	i=0
	while [ ! -e "$d/ready" ]; do
		if ! kill -0 $RN_RXPID 2>/dev/null || [ $i -ge 100 ]; then
			kill -TERM $RN_RXPID 2>/dev/null
			wait $RN_RXPID
			RN_RXPID=
			SW_REASON="pktrecv did not start: $(tail -n 1 "$d/rx.err")"
			return 1
		fi
		[ -n "$SW_STOP" ] && { netns_kill; wait $RN_RXPID; RN_RXPID=; return 1; }
		i=$((i + 1))
		sleep 0.05
	done
	# shellcheck disable=SC2086
	ip netns exec "$TOPO_NS_TX" "$SW_BIN/pktsend" -q -m "$mode" -i "$TOPO_IF_TX" $vl $tcpu \
		-d "$TOPO_IP_RX" $cnt -r "$rate" -s "$size" -b "$SW_BATCH" \
		-t "${txt}s" -o "$d/tx.json" 2>"$d/tx.err" &
	RN_TXPID=$!
	sw_wait $RN_TXPID
	txrc=$SW_RC
	RN_TXPID=
	# The receiver ends on its count, or idle-timeout after the last
	# packet; give it that plus a margin, then stop it (it still reports).
	lim=$(awk -v t="$SW_IDLE" 'BEGIN { sub(/s$/, "", t); print int((t + 3) * 20) }')
	i=0
	while kill -0 $RN_RXPID 2>/dev/null; do
		if [ $i -ge "$lim" ] || [ -n "$SW_STOP" ]; then
			kill -TERM $RN_RXPID 2>/dev/null
			break
		fi
		i=$((i + 1))
		sleep 0.05
	done
	wait $RN_RXPID
	rxrc=$?
	RN_RXPID=
	[ -n "$SW_STOP" ] && return 1
	if [ $txrc -ne 0 ]; then
		SW_REASON="pktsend exit $txrc: $(tail -n 1 "$d/tx.err")"
		return 1
	fi
	if [ $rxrc -ne 0 ]; then
		SW_REASON="pktrecv exit $rxrc: $(tail -n 1 "$d/rx.err")"
		return 1
	fi
	return 0
}
