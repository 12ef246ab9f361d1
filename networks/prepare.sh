#!/bin/sh
# SPDX-License-Identifier: MIT
# Prepares this host for one compose set-up, or undoes it:
#
#   networks/prepare.sh SETUP up|down
#   networks/prepare.sh status      # what of ours exists now
#
# SETUP      up creates (all idempotent; down removes only what up made)
# quickstart nothing (docker-compose.yml, Docker's default bridge)
# bridge     nothing (networks/bridge.yml; Docker makes pktbench-br0)
# host       nothing; checks the loopback is up (networks/host.yml)
# native     the same as host (the study's name for it)
# macvlan    veth pair pktbench-mv / pktbench-mvp, parent of the macvlan
#            network, unless PKT_PARENT names another interface
# trunk      veth pair pktbench-t / pktbench-tp, parent of the VLAN
#            sub-interface Docker creates; first checks that this kernel can
#            make 802.1q sub-interfaces (8021q) at all
# ovs        Open vSwitch bridge pktbench-ovs, with ports pktbench-os and
#            pktbench-or, veth peers of pktbench-osp and pktbench-orp, the
#            macvlan parents of networks/ovs.yml; starts ovsdb-server and
#            ovs-vswitchd when they do not run.  PKT_OVS_DATAPATH: netdev
#            (the userspace datapath, default: needs no kernel module) or
#            system (the kernel datapath, openvswitch.ko, as the study)
#
# The set-ups and their other names are networks/setups.tsv's; how links
# are made, OVS started and the trunk probed is networks/lib-setup.sh,
# shared with the netns sweep runner, the tests and the user-mode-linux
# test guest.
#
# The host's own interfaces are never changed: with PKT_PARENT set to a real
# NIC, macvlan/trunk only check that it exists.  Every name starts with
# pktbench.  Exit codes: 0 ok, 1 failure, 2 usage, 4 not possible on this
# host (a missing kernel feature or package), with one line saying why.
set -eu
PROG=prepare.sh
OVS_BR=pktbench-ovs
OVS_MARK=/run/pktbench-ovs.started
NW_DIR=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"

usage()
{
	echo "usage: $PROG $(nw_setups | tr ' ' '|') up|down, or $PROG status" >&2
	exit 2
}

die()
{
	echo "$PROG: $2" >&2
	exit "$1"
}

need_root()
{
	[ "$(id -u)" = 0 ] || die 2 "$1 needs root (ip link, ovs-vsctl)"
}

link_del()
{
	if nw_link_exists "$1"; then
		ip link del "$1"
	fi
}

# Checks PKT_PARENT when the user names one: it must exist; it is not
# touched.  Prints the parent to use.
user_parent()
{
	case $1 in
	"" | "$2") return 1 ;;
	esac
	nw_link_exists "$1" || die 1 "PKT_PARENT=$1: no such interface on this host"
	echo "$PROG: using PKT_PARENT=$1 as it is (not changed here)" >&2
	return 0
}

# --- macvlan ----------------------------------------------------------------

macvlan_up()
{
	user_parent "${PKT_PARENT:-}" pktbench-mv && return 0
	nw_veth pktbench-mv pktbench-mvp || die 1 "$NW_ERR"
}

macvlan_down()
{
	link_del pktbench-mv
}

# --- trunk ------------------------------------------------------------------

# Docker creates ${PKT_PARENT}.${PKT_VLAN} itself; without 8021q that fails
# deep inside network creation, so try the same thing here first, in a
# throw-away namespace, and say plainly what is missing.
trunk_probe()
{
	topo_probe vlan && return 0
	die 4 "trunk needs 802.1q VLAN sub-interfaces, and this kernel cannot make them (${NW_ERR:-ip link add type vlan failed}): the 8021q module is missing; load it with 'modprobe 8021q' or use a kernel with CONFIG_VLAN_8021Q"
}

trunk_up()
{
	trunk_probe
	vlan=${PKT_VLAN:-100}
	case $vlan in
	'' | *[!0-9]*) die 2 "PKT_VLAN='$vlan': expected a VLAN ID in 1..4094" ;;
	esac
	if [ "$vlan" -lt 1 ] || [ "$vlan" -gt 4094 ]; then
		die 2 "PKT_VLAN=$vlan: expected a VLAN ID in 1..4094"
	fi
	if user_parent "${PKT_PARENT:-}" pktbench-t; then
		[ ${#PKT_PARENT} -le $((14 - ${#vlan})) ] ||
			die 2 "PKT_PARENT=$PKT_PARENT: $PKT_PARENT.$vlan is longer than the 15 characters of an interface name"
		return 0
	fi
	nw_veth pktbench-t pktbench-tp || die 1 "$NW_ERR"
}

trunk_down()
{
	# takes the VLAN sub-interfaces Docker may have left on it
	link_del pktbench-t
}

# --- ovs --------------------------------------------------------------------

# Stops the daemons only if ovs_start started them (the mark survives this
# process) and no bridge is left (someone else's included).
ovs_stop()
{
	[ -e "$OVS_MARK" ] || return 0
	NW_OVS_STARTED=1
	nw_ovs_stop
	[ -n "$NW_OVS_STARTED" ] && return 0
	echo "$PROG: stopped the Open vSwitch daemons it started" >&2
	rm -f "$OVS_MARK"
}

ovs_up()
{
	dp=${PKT_OVS_DATAPATH:-netdev}
	case $dp in
	netdev | system) ;;
	*) die 2 "PKT_OVS_DATAPATH='$dp': expected netdev or system" ;;
	esac
	topo_probe ovs || die 4 "ovs: $NW_ERR"
	if ! nw_ovs_alive; then
		echo "$PROG: starting Open vSwitch" >&2
		nw_ovs_start || die 1 "$NW_ERR"
		[ -z "$NW_OVS_STARTED" ] || : >"$OVS_MARK"
	fi
	nw_ovs_bridge "$OVS_BR" "$dp" || die 1 "$NW_ERR"
	nw_ovs_port "$OVS_BR" pktbench-os pktbench-osp || die 1 "$NW_ERR"
	nw_ovs_port "$OVS_BR" pktbench-or pktbench-orp || die 1 "$NW_ERR"
}

ovs_down()
{
	if command -v ovs-vsctl >/dev/null 2>&1 && nw_ovs_db_answers; then
		ovs-vsctl --timeout=10 --if-exists del-br "$OVS_BR"
	fi
	link_del pktbench-os
	link_del pktbench-or
	if command -v ovs-vsctl >/dev/null 2>&1; then
		ovs_stop
	fi
}

# --- host -------------------------------------------------------------------

host_up()
{
	ip link show dev lo | grep -q 'state UNKNOWN\|state UP\|,UP' ||
		die 1 "the loopback is down; networks/host.yml sends over it"
}

status()
{
	ip -br link show 2>/dev/null | awk '$1 ~ /^pktbench/ { print }'
	if command -v ovs-vsctl >/dev/null 2>&1 && nw_ovs_db_answers; then
		ovs-vsctl list-br | grep '^pktbench' | while read -r br; do
			echo "ovs bridge $br: $(ovs-vsctl list-ports "$br" | tr '\n' ' ')"
		done
	fi
}

if [ "${1:-}" = status ] && [ $# -eq 1 ]; then
	status
	exit 0
fi
[ $# -eq 2 ] || usage
# the set-up's own name for an alias (host: native)
setup=$(nw_setup "$1" name) || usage
action=$2
case $action in
up | down) need_root "$setup $action" ;;
*) usage ;;
esac
case $setup in
quickstart | bridge) ;;
native) [ "$action" = up ] && host_up ;;
macvlan) if [ "$action" = up ]; then macvlan_up; else macvlan_down; fi ;;
trunk) if [ "$action" = up ]; then trunk_up; else trunk_down; fi ;;
ovs) if [ "$action" = up ]; then ovs_up; else ovs_down; fi ;;
*) usage ;;
esac
exit 0
