# The netns runner: the same binaries in network namespaces wired to mimic
# each set-up.  Sourced by sweep.sh; POSIX sh.  Every name carries the
# prefix RN_P (pks<pid>), so concurrent sweeps and tests never collide.
#
#   native   sender ns --veth-- receiver ns
#   bridge   sender ns --veth-- [Linux bridge in a "host" ns] --veth-- receiver ns
#   macvlan  two macvlan (bridge mode) devices over a veth parent in a "host" ns
#   ovs      veths into an OVS bridge in the root ns, tx checksum offload
#            off on every veth end; the userspace datapath (netdev), or the
#            kernel one with RN_OVS_DP=system (the uml runner)
#
# OVS is started and the VLAN link made by networks/lib-setup.sh, the code
# networks/prepare.sh runs for the compose set-ups.
#   trunk    macvlan over parent.<vid> when this kernel has 8021q; without it
#            mmap writes the 802.1Q tag itself (--vlan) over the macvlan path
#            and udp/mmsg/xdp cannot run (recorded as failed)

RN_P=pks$$
RN_NS_S=${RN_P}s
RN_NS_R=${RN_P}r
RN_NS_H=${RN_P}h
RN_SRC_IP=198.18.0.1	# RFC 2544 benchmarking range, only inside our namespaces
RN_DST_IP=198.18.0.2
RN_VID=100
SW_REASON=
RN_VLAN_OK=		# "", yes or no: 8021q probed once
RN_TRUNK_VLAN=		# --vlan for mmap on the trunk model without 8021q
RN_OVS_DP=${RN_OVS_DP:-netdev}
RN_RXPID=
RN_TXPID=
# A command prefix for the receiver (the ndr test's CPU-limited receiver).
RN_RX_WRAP=${PKTBENCH_RX_WRAP:-}



# Why this host cannot run SETUP, or nothing.
netns_probe() {
	SW_REASON=
	[ "$(id -u)" = 0 ] || { SW_REASON="needs root (network namespaces)"; return 1; }
	command -v ip >/dev/null || { SW_REASON="iproute2 (ip) missing"; return 1; }
	case $1 in
	native | bridge | macvlan) return 0 ;;
	trunk) return 0 ;;	# at least the mmap --vlan model
	ovs)
		for c in ovs-vsctl ovs-vswitchd ovsdb-server ovs-appctl; do
			command -v $c >/dev/null || {
				SW_REASON="Open vSwitch not installed ($c missing; Debian: openvswitch-switch)"
				return 1
			}
		done
		return 0 ;;
	esac
	SW_REASON="unknown set-up"
	return 1
}

# 0 when this kernel makes VLAN sub-interfaces (8021q); probed once.
rn_vlan_probe() {
	if [ -z "$RN_VLAN_OK" ]; then
		RN_VLAN_OK=no
		nw_vlan_probe && RN_VLAN_OK=yes
	fi
	[ "$RN_VLAN_OK" = yes ]
}

# Points a set-up cannot run, known before running: prints the reason.
netns_point_reason() {
	SW_REASON=
	# xdp: the parent's receive path takes the 802.1Q tag out of the frame
	# (skb_vlan_untag) before the macvlan's generic XDP program runs, so an
	# xdp receiver sees untagged frames and --vlan filters every one
	if [ "$1" = trunk ] && [ "$2" = xdp ] && [ -n "$RN_TRUNK_VLAN" ]; then
		SW_REASON="trunk: xdp on a macvlan sees frames after its parent took the 802.1Q tag out, so --vlan cannot tell VLANs apart without 8021q; only mmap --vlan models the trunk here"
		return 1
	fi
	if [ "$1" = trunk ] && [ "$2" != mmap ] && [ -n "$RN_TRUNK_VLAN" ]; then
		SW_REASON="trunk: $2 needs a VLAN sub-interface (parent.$RN_VID) and this kernel has no 8021q; only mmap --vlan models the trunk here"
		return 1
	fi
	return 0
}

rn_ns_pair() {
	ip netns add $RN_NS_S && ip netns add $RN_NS_R
}

# Rename the endpoints eth0, address and raise them.
rn_endpoints() {
	ip -n $RN_NS_S link set "$1" name eth0 &&
		ip -n $RN_NS_R link set "$2" name eth0 &&
		ip -n $RN_NS_S addr add $RN_SRC_IP/24 dev eth0 &&
		ip -n $RN_NS_R addr add $RN_DST_IP/24 dev eth0 &&
		ip -n $RN_NS_S link set lo up && ip -n $RN_NS_R link set lo up &&
		ip -n $RN_NS_S link set eth0 up && ip -n $RN_NS_R link set eth0 up
}

rn_up_native() {
	rn_ns_pair &&
		ip link add ${RN_P}a netns $RN_NS_S type veth peer name ${RN_P}b netns $RN_NS_R &&
		rn_endpoints ${RN_P}a ${RN_P}b
}

rn_up_bridge() {
	rn_ns_pair && ip netns add $RN_NS_H &&
		ip -n $RN_NS_H link add br0 type bridge &&
		ip -n $RN_NS_H link set br0 up &&
		ip link add ${RN_P}a netns $RN_NS_S type veth peer name vs netns $RN_NS_H &&
		ip link add ${RN_P}b netns $RN_NS_R type veth peer name vr netns $RN_NS_H &&
		ip -n $RN_NS_H link set vs master br0 && ip -n $RN_NS_H link set vs up &&
		ip -n $RN_NS_H link set vr master br0 && ip -n $RN_NS_H link set vr up &&
		rn_endpoints ${RN_P}a ${RN_P}b
}

# macvlan devices in bridge mode over $1 (a device in the host ns).
rn_macvlans_on() {
	ip -n $RN_NS_H link add ms link "$1" type macvlan mode bridge &&
		ip -n $RN_NS_H link add mr link "$1" type macvlan mode bridge &&
		ip -n $RN_NS_H link set ms netns $RN_NS_S &&
		ip -n $RN_NS_H link set mr netns $RN_NS_R &&
		rn_endpoints ms mr
}

rn_parent() {
	rn_ns_pair && ip netns add $RN_NS_H &&
		ip -n $RN_NS_H link add par type veth peer name parpeer &&
		ip -n $RN_NS_H link set par up && ip -n $RN_NS_H link set parpeer up
}

rn_up_macvlan() {
	rn_parent && rn_macvlans_on par
}

rn_up_trunk() {
	RN_TRUNK_VLAN=
	rn_parent || return 1
	if rn_vlan_probe; then
		nw_vlan_add par $RN_VID $RN_NS_H && rn_macvlans_on par.$RN_VID
	else
		RN_TRUNK_VLAN=$RN_VID
		rn_macvlans_on par
	fi
}

rn_up_ovs() {
	nw_ovs_start || { SW_REASON=$NW_ERR; return 1; }
	rn_ns_pair &&
		nw_ovs_bridge ${RN_P}o "$RN_OVS_DP" &&
		nw_ovs_port ${RN_P}o ${RN_P}vs ${RN_P}a &&
		nw_ovs_port ${RN_P}o ${RN_P}vr ${RN_P}b || {
		SW_REASON=${NW_ERR:-ip netns add failed}
		return 1
	}
	ip link set ${RN_P}a netns $RN_NS_S && ip link set ${RN_P}b netns $RN_NS_R &&
		rn_endpoints ${RN_P}a ${RN_P}b
}

netns_up() {
	SW_REASON=
	netns_down "$1"
	if ! rn_up_"$1" >"$SW_TMP/up.err" 2>&1; then
		[ -n "$SW_REASON" ] ||
			SW_REASON="$1: set-up failed: $(tail -n 1 "$SW_TMP/up.err")"
		netns_down "$1"
		return 1
	fi
	return 0
}

netns_down() {
	[ "$1" = ovs ] && command -v ovs-vsctl >/dev/null &&
		timeout 10 ovs-vsctl --timeout=5 --if-exists del-br ${RN_P}o >/dev/null 2>&1
	for ns in $RN_NS_S $RN_NS_R $RN_NS_H; do
		ip netns del "$ns" 2>/dev/null
	done
	ip link del ${RN_P}vs 2>/dev/null
	ip link del ${RN_P}vr 2>/dev/null
	return 0
}

# Called once at the end: stop OVS when we started it and left no bridge.
netns_finish() {
	nw_ovs_stop
}

# Description of the set-up as built, for setups.jsonl.
netns_state() {
	case $1 in
	native) model="veth pair between two namespaces" ;;
	bridge) model="veth pairs into a Linux bridge in a third namespace (docker0-like)" ;;
	macvlan) model="macvlan bridge mode over a veth parent in a third namespace" ;;
	ovs)
		if [ "$RN_OVS_DP" = system ]; then
			model="veth pairs into an OVS bridge on the kernel datapath (datapath_type=system), tx checksum offload off"
		else
			model="veth pairs into an OVS userspace bridge (datapath_type=netdev), tx checksum offload off"
		fi ;;
	trunk)
		if [ -n "$RN_TRUNK_VLAN" ]; then
			model="no 8021q: macvlan bridge mode over a veth parent; mmap writes and filters 802.1Q tag $RN_VID (--vlan); udp/mmsg cannot run"
		else
			model="macvlan bridge mode over VLAN sub-interface par.$RN_VID (802.1Q) of a veth parent"
		fi ;;
	esac
	jq -cn --arg setup "$1" --arg model "$model" --argjson rx "$(sw_if_state_json "ip netns exec $RN_NS_R" eth0)" \
		--argjson tx "$(sw_if_state_json "ip netns exec $RN_NS_S" eth0)" \
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
		[ -n "$RN_TRUNK_VLAN" ] && vl="--vlan $RN_TRUNK_VLAN"
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
	# shellcheck disable=SC2086
	$RN_RX_WRAP ip netns exec $RN_NS_R "$SW_BIN/pktrecv" -q -m "$mode" -i eth0 $vl \
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
	ip netns exec $RN_NS_S "$SW_BIN/pktsend" -q -m "$mode" -i eth0 $vl \
		-d $RN_DST_IP $cnt -r "$rate" -s "$size" -b "$SW_BATCH" \
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
