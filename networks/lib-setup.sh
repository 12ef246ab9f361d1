# SPDX-License-Identifier: MIT
# shellcheck shell=sh
#
# The one way pktbench starts Open vSwitch and builds an 802.1q trunk.
# Sourced (POSIX sh) by networks/prepare.sh (the compose set-ups), the netns
# sweep runner (scripts/sweep/netns.sh) and the user-mode-linux guest
# (tests/uml/guest.sh), so what the tests run is what users run.
#
# Functions return 0 or 1 and leave the reason in NW_ERR; they never exit
# and print nothing on success.  Open vSwitch's own variables place its
# files: OVS_RUNDIR (db.sock, pid files), OVS_DBDIR (conf.db), OVS_LOGDIR;
# the guest points them into a tmpfs, the host leaves them unset.
#
#   slowwait SECONDS CMD...       retry CMD every 0.1 s until it succeeds
#   nw_uptime_ge SECONDS          the system has been up that long
#   nw_link_exists DEV [NS]
#   nw_veth NAME PEER [NS]        the pair, both ends up (kept if present)
#   nw_vlan_probe                 0 when this kernel makes 802.1q links
#   nw_vlan_add PARENT VID [NS]   PARENT.VID, up
#   nw_ovs_alive                  ovsdb-server and ovs-vswitchd answer
#   nw_ovs_start                  starts them where they do not answer;
#                                 NW_OVS_STARTED=1 once this shell did
#   nw_ovs_stop                   stops them if nw_ovs_start started them
#                                 and no bridge is left
#   nw_ovs_bridge BR DPTYPE       bridge on datapath netdev or system
#   nw_ovs_port BR PORT PEER      veth PORT/PEER, tx offload off, PORT in BR

NW_ERR=
NW_OVS_STARTED=

# slowwait SECONDS CMD...: 0 as soon as CMD succeeds, 1 after SECONDS.
slowwait()
{
	_sw_n=$(($1 * 10))
	shift
	while [ "$_sw_n" -gt 0 ]; do
		"$@" && return 0
		_sw_n=$((_sw_n - 1))
		sleep 0.1
	done
	return 1
}

# nw_uptime_ge SECONDS: the system has been up that long.
nw_uptime_ge()
{
	[ "$(cut -d. -f1 /proc/uptime)" -ge "$1" ]
}

# nw_ip [NS] ARGS...: ip in namespace NS ("" for this one).
nw_ip()
{
	_nw_ns=$1
	shift
	if [ -n "$_nw_ns" ]; then
		ip -n "$_nw_ns" "$@"
	else
		ip "$@"
	fi
}

nw_link_exists()
{
	nw_ip "${2:-}" link show dev "$1" >/dev/null 2>&1
}

nw_veth()
{
	NW_ERR=
	if ! nw_link_exists "$1" "${3:-}"; then
		NW_ERR=$(nw_ip "${3:-}" link add "$1" type veth peer name "$2" 2>&1) ||
			{ NW_ERR="cannot create veth pair $1/$2: $NW_ERR"; return 1; }
	fi
	nw_ip "${3:-}" link set "$1" up && nw_ip "${3:-}" link set "$2" up ||
		{ NW_ERR="cannot raise $1/$2"; return 1; }
}

# Makes a VLAN link on a throw-away veth pair in a namespace of its own,
# so that nothing is left in the caller's namespace whatever happens.
nw_vlan_probe()
{
	_nw_p=pkvp$$
	NW_ERR=
	ip netns add "$_nw_p" 2>/dev/null || { NW_ERR="ip netns add failed"; return 1; }
	NW_ERR=$(ip -n "$_nw_p" link add q0 type veth peer name q1 2>&1 &&
		ip -n "$_nw_p" link add link q0 name q0.9 type vlan id 9 2>&1)
	_nw_rc=$?
	ip netns del "$_nw_p" 2>/dev/null
	[ $_nw_rc = 0 ] && NW_ERR=
	return $_nw_rc
}

nw_vlan_add()
{
	NW_ERR=$(nw_ip "${3:-}" link add link "$1" name "$1.$2" type vlan id "$2" 2>&1 &&
		nw_ip "${3:-}" link set "$1.$2" up 2>&1) ||
		{ NW_ERR="cannot make VLAN $2 on $1: $NW_ERR"; return 1; }
}

# --- Open vSwitch -----------------------------------------------------------

nw_ovs_db_answers()
{
	timeout 5 ovs-vsctl --timeout=3 show >/dev/null 2>&1
}

# ovs-vswitchd answers only once it has read the database.
nw_vswitchd_answers()
{
	timeout 5 ovs-appctl --timeout=3 -t ovs-vswitchd version >/dev/null 2>&1
}

nw_ovs_alive()
{
	nw_ovs_db_answers && nw_vswitchd_answers
}

# The daemons started directly, the way ovs-ctl does, without it: ovs-ctl
# gives up where the openvswitch module cannot be loaded, and knows
# nothing of a guest's tmpfs.  Serialised by a lock so that concurrent
# sweeps and tests start them once; exit 3 of the subshell: someone else
# did.  The kernel datapath needs the openvswitch module loaded first.
nw_ovs_start()
{
	NW_ERR=
	nw_ovs_alive && return 0
	for _nw_c in ovsdb-tool ovsdb-server ovs-vswitchd ovs-vsctl ovs-appctl; do
		command -v $_nw_c >/dev/null 2>&1 || {
			NW_ERR="Open vSwitch not installed ($_nw_c missing; Debian: openvswitch-switch)"
			return 1
		}
	done
	_nw_run=${OVS_RUNDIR:-/var/run/openvswitch}
	_nw_log=${OVS_LOGDIR:-/var/log/openvswitch}
	mkdir -p /run/lock "$_nw_run" "$_nw_log" || { NW_ERR="cannot create $_nw_run"; return 1; }
	(
		flock -w 30 9 || exit 1
		nw_ovs_alive && exit 3
		if ! nw_ovs_db_answers; then
			db=${OVS_DBDIR:-/etc/openvswitch}/conf.db
			if [ ! -e "$db" ]; then
				real=$(readlink -f "$db")
				mkdir -p "$(dirname "$real")"
				ovsdb-tool create "$real" \
					/usr/share/openvswitch/vswitch.ovsschema || exit 1
			fi
			ovsdb-server "$db" --remote="punix:$_nw_run/db.sock" \
				--pidfile --detach --log-file </dev/null >/dev/null 2>&1 || exit 1
			ovs-vsctl --timeout=5 --no-wait init || exit 1
		fi
		nw_vswitchd_answers ||
			ovs-vswitchd --pidfile --detach --log-file </dev/null >/dev/null 2>&1 ||
			exit 1
		exit 0
	) 9>/run/lock/pktbench-ovs.lock
	case $? in
	0) NW_OVS_STARTED=1 ;;
	3) ;;
	*) NW_ERR="ovsdb-server/ovs-vswitchd did not start (see $_nw_log)"; return 1 ;;
	esac
	slowwait 5 nw_ovs_alive ||
		{ NW_ERR="ovs-vswitchd does not answer (see $_nw_log/ovs-vswitchd.log)"; return 1; }
}

nw_ovs_stop()
{
	[ -n "$NW_OVS_STARTED" ] || return 0
	[ -z "$(ovs-vsctl --timeout=5 list-br 2>/dev/null)" ] || return 0
	ovs-appctl --timeout=5 -t ovs-vswitchd exit >/dev/null 2>&1
	ovs-appctl --timeout=5 -t ovsdb-server exit >/dev/null 2>&1
	NW_OVS_STARTED=
	return 0
}

# DPTYPE netdev: the userspace datapath, which needs no kernel module;
# system: the kernel datapath (openvswitch.ko), what the study used.
nw_ovs_bridge()
{
	NW_ERR=$(ovs-vsctl --timeout=10 --may-exist add-br "$1" \
		-- set bridge "$1" datapath_type="$2" 2>&1) ||
		{ NW_ERR="ovs-vsctl add-br $1 (datapath_type=$2) failed: $NW_ERR"; return 1; }
}

# The userspace datapath sends what it reads from a port as it is: a
# checksum the kernel left to offload (CHECKSUM_PARTIAL, never filled in on
# a veth) would arrive broken, so neither end offloads it.  The kernel
# datapath does not need this; it is done the same on both, so the two
# compare like for like.
nw_ovs_port()
{
	nw_veth "$2" "$3" || return 1
	for _nw_d in "$2" "$3"; do
		ethtool -K "$_nw_d" tx off >/dev/null 2>&1 ||
			{ NW_ERR="ethtool -K $_nw_d tx off failed (apt-get install ethtool)"; return 1; }
	done
	NW_ERR=$(ovs-vsctl --timeout=10 --may-exist add-port "$1" "$2" 2>&1) ||
		{ NW_ERR="ovs-vsctl add-port $1 $2 failed: $NW_ERR"; return 1; }
}
