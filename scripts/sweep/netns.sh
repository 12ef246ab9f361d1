# The netns runner: the same binaries in network namespaces wired to mimic
# each set-up.  Sourced by sweep.sh; POSIX sh.  Every name carries the
# prefix RN_P (pks<pid>), so concurrent sweeps and tests never collide.
#
#   native   sender ns --veth-- receiver ns
#   bridge   sender ns --veth-- [Linux bridge in a "host" ns] --veth-- receiver ns
#   macvlan  two macvlan (bridge mode) devices over a veth parent in a "host" ns
#   ovs      veths into an OVS userspace bridge (datapath_type=netdev) in the
#            root ns, tx checksum offload off on every veth end
#   trunk    macvlan over parent.<vid> when this kernel has 8021q; without it
#            mmap writes the 802.1Q tag itself (--vlan) over the macvlan path
#            and udp/mmsg cannot run (recorded as failed)

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
RN_OVS_STARTED=
RN_RXPID=
RN_TXPID=



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

# 0 when this kernel makes VLAN sub-interfaces (8021q).
rn_vlan_probe() {
	if [ -z "$RN_VLAN_OK" ]; then
		RN_VLAN_OK=no
		if ip netns add ${RN_P}v 2>/dev/null; then
			ip -n ${RN_P}v link add p0 type veth peer name p1 2>/dev/null &&
				ip -n ${RN_P}v link add link p0 name p0.$RN_VID type vlan id $RN_VID \
					2>/dev/null && RN_VLAN_OK=yes
			ip netns del ${RN_P}v 2>/dev/null
		fi
	fi
	[ "$RN_VLAN_OK" = yes ]
}

# Points a set-up cannot run, known before running: prints the reason.
netns_point_reason() {
	SW_REASON=
	if [ "$1" = trunk ] && [ "$2" != mmap ] && [ "$2" != xdp ] &&
		[ -n "$RN_TRUNK_VLAN" ]; then
		SW_REASON="trunk: $2 needs a VLAN sub-interface (parent.$RN_VID) and this kernel has no 8021q; only mmap and xdp --vlan model the trunk here"
		return 1
	fi
	return 0
}

rn_ovs_alive() {
	timeout 5 ovs-vsctl --timeout=3 show >/dev/null 2>&1 &&
		timeout 5 ovs-appctl -t ovs-vswitchd version >/dev/null 2>&1
}

# Start ovsdb-server and ovs-vswitchd when they are not running (no kernel
# module needed: our bridges use the userspace datapath).
rn_ovs_ensure() {
	rn_ovs_alive && return 0
	mkdir -p /run/lock /var/run/openvswitch /var/log/openvswitch
	# Serialised against other sweeps; exit 3: someone else started it.
	(
		flock -w 30 9 || exit 1
		rn_ovs_alive && exit 3
		if ! timeout 5 ovs-vsctl --timeout=3 show >/dev/null 2>&1; then
			db=/etc/openvswitch/conf.db
			if [ ! -e "$db" ]; then
				real=$(readlink -f "$db")
				mkdir -p "$(dirname "$real")"
				ovsdb-tool create "$real" \
					/usr/share/openvswitch/vswitch.ovsschema || exit 1
			fi
			ovsdb-server "$db" --remote=punix:/var/run/openvswitch/db.sock \
				--pidfile --detach --log-file </dev/null >/dev/null 2>&1 || exit 1
			ovs-vsctl --timeout=5 --no-wait init || exit 1
		fi
		timeout 5 ovs-appctl -t ovs-vswitchd version >/dev/null 2>&1 ||
			ovs-vswitchd --pidfile --detach --log-file </dev/null >/dev/null 2>&1 ||
			exit 1
		exit 0
	) 9>/run/lock/pktbench-ovs.lock
	case $? in
	0) RN_OVS_STARTED=1 ;;
	3) ;;
	*) return 1 ;;
	esac
	i=0
	while ! rn_ovs_alive; do
		i=$((i + 1))
		[ $i -gt 20 ] && return 1
		sleep 0.25
	done
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
		ip -n $RN_NS_H link add link par name par.$RN_VID type vlan id $RN_VID &&
			ip -n $RN_NS_H link set par.$RN_VID up &&
			rn_macvlans_on par.$RN_VID
	else
		RN_TRUNK_VLAN=$RN_VID
		rn_macvlans_on par
	fi
}

rn_up_ovs() {
	rn_ovs_ensure || {
		SW_REASON="could not start ovsdb-server/ovs-vswitchd (see /var/log/openvswitch)"
		return 1
	}
	rn_ns_pair &&
		ip link add ${RN_P}vs type veth peer name ${RN_P}a netns $RN_NS_S &&
		ip link add ${RN_P}vr type veth peer name ${RN_P}b netns $RN_NS_R || return 1
	# The userspace datapath forwards frames as they are: a checksum left
	# for offload would arrive unfinished and the UDP socket would drop it.
	for v in ${RN_P}vs ${RN_P}vr; do
		ethtool -K "$v" tx off >/dev/null 2>&1
		ip link set "$v" up || return 1
	done
	ip netns exec $RN_NS_S ethtool -K ${RN_P}a tx off >/dev/null 2>&1
	ip netns exec $RN_NS_R ethtool -K ${RN_P}b tx off >/dev/null 2>&1
	ovs-vsctl --timeout=10 add-br ${RN_P}o -- set bridge ${RN_P}o datapath_type=netdev \
		-- add-port ${RN_P}o ${RN_P}vs -- add-port ${RN_P}o ${RN_P}vr || {
		SW_REASON="ovs-vsctl add-br (datapath_type=netdev) failed"
		return 1
	}
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
	if [ -n "$RN_OVS_STARTED" ] && [ -z "$(ovs-vsctl --timeout=5 list-br 2>/dev/null)" ]; then
		ovs-appctl -t ovs-vswitchd exit >/dev/null 2>&1
		ovs-appctl -t ovsdb-server exit >/dev/null 2>&1
	fi
	return 0
}

# Description of the set-up as built, for setups.jsonl.
netns_state() {
	case $1 in
	native) model="veth pair between two namespaces" ;;
	bridge) model="veth pairs into a Linux bridge in a third namespace (docker0-like)" ;;
	macvlan) model="macvlan bridge mode over a veth parent in a third namespace" ;;
	ovs) model="veth pairs into an OVS userspace bridge (datapath_type=netdev), tx checksum offload off" ;;
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

# netns_run SETUP MODE COUNT RATE_MBPS SIZE DIR: leaves DIR/rx.json and
# DIR/tx.json; returns 1 with SW_REASON when the point failed.
netns_run() {
	setup=$1 mode=$2 count=$3 rate=$4 size=$5 d=$6
	SW_REASON=
	vl=
	[ "$setup" = trunk ] && { [ "$mode" = mmap ] || [ "$mode" = xdp ]; } &&
		[ -n "$RN_TRUNK_VLAN" ] && vl="--vlan $RN_TRUNK_VLAN"
	# A safety net only: a run that has not ended at 5 kpps is broken.
	cap=$((count / 5000 + 20))
	rm -f "$d/rx.json" "$d/tx.json" "$d/ready"
	# shellcheck disable=SC2086
	ip netns exec $RN_NS_R "$SW_BIN/pktrecv" -q -m "$mode" -i eth0 $vl \
		-n "$count" -T "$SW_IDLE" -t "${cap}s" -b "$SW_BATCH" \
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
		-d $RN_DST_IP -n "$count" -r "${rate}M" -s "$size" -b "$SW_BATCH" \
		-t "${cap}s" -o "$d/tx.json" 2>"$d/tx.err" &
	RN_TXPID=$!
	wait $RN_TXPID
	txrc=$?
	# wait returns early when a signal trap ran; the child may live on.
	while kill -0 $RN_TXPID 2>/dev/null; do
		[ -n "$SW_STOP" ] && kill -TERM $RN_TXPID 2>/dev/null
		wait $RN_TXPID
		txrc=$?
	done
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
