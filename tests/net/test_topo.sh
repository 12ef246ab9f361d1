#!/bin/bash
# SPDX-License-Identifier: MIT
# The topology home, networks/lib-setup.sh: every set-up topo_up builds
# follows the naming rule (namespaces TOPO_ID-s and -r, eth0 in each) and
# the address plan (198.18.0.1 -> 198.18.0.2), carries traffic both ways,
# and topo_down leaves nothing behind (no namespace, no OVS bridge or
# port); the trunk is real 802.1Q where the kernel has 8021q and the
# --vlan model otherwise; an underlay of N namespaces on one bridge
# reaches every node; bad arguments and failed builds leave nothing.  One
# set-up is built by dash, since prepare.sh and bin/pktbench source the
# file as POSIX sh.  The set-up table (networks/setups.tsv) names only
# what exists.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

# left: what of this topology id is still there
left()
{
	{
		ip netns list | awk '{ print $1 }' | grep "^$TOPO_ID-"
		ip -o link show | awk -F': ' '{ sub(/@.*/, "", $2); print $2 }' |
			grep "^$TOPO_ID"
		command -v ovs-vsctl >/dev/null && timeout 10 ovs-vsctl --timeout=5 list-br 2>/dev/null |
			grep "^$TOPO_ID"
	} | tr '\n' ' '
}

# pings NS ADDR...: one ping from NS to each ADDR
pings()
{
	local ns=$1 a

	shift
	for a; do
		ip netns exec "$ns" ping -c 1 -W 3 "$a" >/dev/null 2>&1 ||
			fail "ping $ns -> $a: no reply"
	done
}

# check_setup SETUP: built, named, addressed, traffic both ways, gone.
check_setup()
{
	local s=$1

	t_case "topo_up $s: the naming rule, the address plan, a ping each way, topo_down"
	if ! topo_up "$s"; then
		fail "topo_up $s: $NW_ERR"
		return
	fi
	expect_eq "$s: sender namespace" "$TOPO_NS_TX" "$TOPO_ID-s"
	expect_eq "$s: receiver namespace" "$TOPO_NS_RX" "$TOPO_ID-r"
	expect_eq "$s: interfaces" "$TOPO_IF_TX $TOPO_IF_RX" "eth0 eth0"
	expect_eq "$s: addresses" "$TOPO_IP_TX $TOPO_IP_RX" "198.18.0.1 198.18.0.2"
	expect_eq "$s: receiver's address on eth0" \
		"$(ip -n "$TOPO_NS_RX" -4 -o addr show dev eth0 | awk '{ print $4 }')" 198.18.0.2/24
	expect_eq "$s: receiver's MAC" "$TOPO_MAC_RX" \
		"$(ip netns exec "$TOPO_NS_RX" cat /sys/class/net/eth0/address)"
	[ -n "$TOPO_MODEL" ] || fail "$s: no TOPO_MODEL"
	pings "$TOPO_NS_TX" "$TOPO_IP_RX"
	pings "$TOPO_NS_RX" "$TOPO_IP_TX"
	case $s in
	trunk)
		if topo_probe vlan; then
			expect_eq "trunk with 8021q: TOPO_VLAN" "$TOPO_VLAN" ""
			nw_link_exists par.100 "$TOPO_ID-h" ||
				fail "trunk with 8021q: no par.100 in $TOPO_ID-h"
		else
			expect_eq "trunk without 8021q: TOPO_VLAN (the --vlan model)" "$TOPO_VLAN" 100
		fi
		;;
	ovs)
		expect_eq "ovs: the bridge's ports" \
			"$(ovs-vsctl --timeout=5 list-ports "$TOPO_OVS_BR" | sort | tr '\n' ' ')" \
			"${TOPO_ID}r ${TOPO_ID}s "
		;;
	esac
	topo_down
	expect_eq "$s: left after topo_down" "$(left)" ""
}

net_init
net_require_kinds veth bridge macvlan

for s in native bridge macvlan trunk; do
	check_setup $s
done
if topo_probe ovs; then
	check_setup ovs
else
	t_case_skip "topo_up ovs: the naming rule, the address plan, a ping each way, topo_down" "$NW_ERR"
fi

t_case "topo_up native with TOPO_QUEUES=2: two queues each way"
TOPO_QUEUES=2 topo_up native || fail "$NW_ERR"
expect_eq "queues of the receiver's eth0" \
	"$(ip netns exec "$TOPO_NS_RX" ls /sys/class/net/eth0/queues | tr '\n' ' ')" \
	"rx-0 rx-1 tx-0 tx-1 "
topo_down

t_case "topo_underlay 3: every node reaches every other, topo_down"
if topo_underlay 3; then
	for i in 1 2 3; do
		expect_eq "node $i: address" \
			"$(ip -n "$TOPO_ID-$i" -4 -o addr show dev eth0 | awk '{ print $4 }')" \
			"198.18.0.$i/24"
	done
	pings "$TOPO_ID-1" 198.18.0.2 198.18.0.3
	pings "$TOPO_ID-3" 198.18.0.1
else
	fail "topo_underlay 3: $NW_ERR"
fi
topo_down
expect_eq "underlay: left after topo_down" "$(left)" ""

t_case "topo_underlay 2 as the lab builds it: TOPO_UL_BASE, a leg, this namespace's leg, a cable pulled"
# the lab's shape on a /24 of the benchmarking range of its own
ul_net=198.19.$(($$ % 250))
if TOPO_NET=$ul_net TOPO_UL_BASE=10 topo_underlay 2 &&
	topo_underlay_leg reg "$ul_net.2/24" &&
	topo_underlay_local "${TOPO_ID}l" "$ul_net.1/24"; then
	for i in 1 2; do
		expect_eq "node $i: address" \
			"$(ip -n "$TOPO_ID-$i" -4 -o addr show dev eth0 | awk '{ print $4 }')" \
			"$ul_net.1$i/24"
	done
	pings "$TOPO_ID-1" "$ul_net.12" "$ul_net.2"
	ping -c 1 -W 3 "$ul_net.2" >/dev/null 2>&1 || fail "this namespace: no answer from $ul_net.2"
	topo_underlay_link 2 down || fail "topo_underlay_link 2 down: $NW_ERR"
	ip netns exec "$TOPO_ID-1" ping -c 1 -W 1 "$ul_net.12" >/dev/null 2>&1 &&
		fail "node 2 answers with its cable pulled"
	topo_underlay_link 2 up || fail "topo_underlay_link 2 up: $NW_ERR"
	pings "$TOPO_ID-1" "$ul_net.12"
	topo_underlay_link 2 sideways && fail "topo_underlay_link 2 sideways: accepted"
else
	fail "the lab's underlay: $NW_ERR"
fi
topo_down
expect_eq "the lab's underlay: left after topo_down" "$(left)" ""

t_case "bad arguments and failed builds: 1, a reason, nothing left"
for a in 0 254 x ""; do
	topo_underlay "$a" && fail "topo_underlay '$a': accepted"
	[ -n "$NW_ERR" ] || fail "topo_underlay '$a': no reason"
done
topo_up bogus && fail "topo_up bogus: accepted"
# the kernel refuses this queue count half-way through the build
TOPO_QUEUES=100000 topo_up native && fail "topo_up native, 100000 queues: accepted"
[ -n "$NW_ERR" ] || fail "topo_up native, 100000 queues: no reason"
topo_probe nosuchkind && fail "topo_probe nosuchkind: accepted"
expect_eq "left after the failures" "$(left)" ""

t_case "dash: topo_up native and topo_down as POSIX sh"
out=$(NW_DIR=$NW_DIR sh -c '. "$NW_DIR/lib-setup.sh"; topo_init "$1" &&
	topo_up native && ip netns exec "$TOPO_NS_TX" ping -c 1 -W 3 "$TOPO_IP_RX" >/dev/null &&
	echo "$TOPO_NS_TX $TOPO_IP_RX" && topo_down' sh "$TOPO_ID" 2>&1)
expect_eq "dash: topo_up native" "$out" "$TOPO_ID-s 198.18.0.2"
expect_eq "dash: left" "$(left)" ""

t_case "networks/setups.tsv: names, files, models, study names"
expect_eq "the sweep's set-ups" "$(nw_setups topo)" "native bridge ovs macvlan trunk"
expect_eq "host is native" "$(nw_setup host name)" native
expect_eq "the lab runner's set-ups" "$(nw_setups lab)" "native bridge macvlan overlay"
for s in $(nw_setups compose); do
	for c in compose xdp; do
		f=$(nw_setup_file "$s" $c)
		[ -f "$f" ] || fail "$s: $c file $f missing"
	done
done
for s in $(nw_setups); do
	case "$(nw_setup "$s" topo)$(nw_setup "$s" lab)$(nw_setup "$s" compose)" in
	'') fail "$s: neither a namespace model, a lab way nor a compose file" ;;
	esac
	l=$(nw_setup "$s" lab)
	case " host bridge macvlan overlay " in
	*" ${l:-host} "*) ;;
	*) fail "$s: lab $l is not a way of the lab runner" ;;
	esac
	t=$(nw_setup "$s" topo)
	case " native bridge macvlan trunk ovs " in
	*" ${t:-native} "*) ;;
	*) fail "$s: topo $t is not a set-up of topo_up" ;;
	esac
	st=$(nw_setup "$s" study)
	[ -z "$st" ] || grep -q "^$st," "$NET_ROOT/data/study-results.csv" ||
		fail "$s: study name $st not in data/study-results.csv"
done
nw_setup nosuch name >/dev/null && fail "nw_setup nosuch: found"
t_done
