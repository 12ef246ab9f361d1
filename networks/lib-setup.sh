# SPDX-License-Identifier: MIT
# shellcheck shell=sh disable=SC2034	# sourced: its callers read the TOPO_* it sets
#
# The topology home: every network namespace, veth, bridge, macvlan, VLAN
# link and Open vSwitch bridge pktbench makes is made here, and the set-up
# table (networks/setups.tsv) is read here.  Sourced (POSIX sh) by
# networks/prepare.sh and compose.sh (the compose set-ups), the sweep and
# ndr runners (bin/pktbench), every test tier, bench/run.sh and
# scripts/quickstart.sh, so that what the tests run is what users run.
# tests/test_topo_home.sh fails when any other file makes a namespace or
# one of those links.
#
# The caller sets NW_DIR to this directory, as an absolute path, before it
# sources the file (a sourced POSIX sh file cannot find its own path).
# Functions return 0, 1 (failed) or 4 (not possible on this host) and leave
# the reason in NW_ERR; they never exit and print nothing on success.
#
# --- set-ups in namespaces: topo_* -----------------------------------------
#
# Naming rule: every name of a set-up starts with TOPO_ID, pk<pid>-<4 hex>
# (topo_init; 14 characters at most, so that TOPO_ID and one more character
# is still an interface name).  Namespaces are TOPO_ID-<role>: -s the
# sender, -r the receiver, -h the hub (the bridge, the macvlan parent), -1
# .. -N the nodes of an underlay, -p a probe.  In every namespace the
# endpoint is eth0, as in a container.  Only Open vSwitch puts devices in
# the caller's namespace: the bridge TOPO_IDo and its ports TOPO_IDs and
# TOPO_IDr.
#
# Address plan: 198.18.0.0/24, RFC 2544's benchmarking range, never routed
# and only ever configured inside our namespaces: the sender 198.18.0.1,
# the receiver 198.18.0.2, node i of an underlay 198.18.0.i.
#
#   topo_init [ID]        TOPO_ID (default pk<pid>-<random>)
#   topo_probe KIND...    0 when this host makes every KIND: veth, bridge,
#                         macvlan, vlan (802.1q), ovs (the programs); else 4
#                         (1 on other errors) and NW_ERR.  Cached.
#   topo_up SETUP         native or veth (a veth pair), bridge (a Linux bridge in
#                         the hub), macvlan (bridge mode on a veth parent in
#                         the hub), trunk (macvlan on the VLAN TOPO_VID of
#                         that parent; without 8021q the same as macvlan and
#                         TOPO_VLAN=TOPO_VID: the programs write and filter
#                         the tag themselves, --vlan) or ovs (veth ports of
#                         an OVS bridge, checksum offload off) between
#                         TOPO_NS_TX/TOPO_IF_TX/TOPO_IP_TX and the _RX ones;
#                         TOPO_MAC_RX, TOPO_MODEL (what was built, in
#                         words).  Options: TOPO_QUEUES (native: queues per
#                         direction; the kernel's default), TOPO_VETH_TUNE
#                         (native: words of nw_veth_tune, applied to the
#                         pair; none by default), TOPO_VID (trunk, 100),
#                         TOPO_OVS_DP (ovs: netdev, the userspace datapath,
#                         default; system, the kernel one).  Removes the
#                         set-up made before it, and its own on failure.
#   topo_underlay N       a Linux bridge in the hub and N nodes on it
#                         (TOPO_ID-1 .. -N, eth0, TOPO_NET.(TOPO_UL_BASE+i),
#                         its port vi): the network a cluster of
#                         namespaces shares (the lab's hosts).  Option:
#                         TOPO_UL_BASE (default 0: node i at 198.18.0.i)
#   topo_underlay_leg TAG ADDR/LEN    one more host on that bridge:
#                         namespace TOPO_ID-TAG, eth0 ADDR/LEN, port vTAG
#   topo_underlay_local IF ADDR/LEN   the caller's own leg: veth IF in
#                         the caller's namespace with ADDR/LEN, routed
#                         (not bridged), its peer port vlocal; topo_down
#                         removes IF
#   topo_underlay_link TAG up|down    the port of node TAG (a number, or a
#                         leg's tag): its cable pulled or plugged back
#   topo_down             removes every namespace (nw_ns), OVS bridge and
#                         port the functions of this shell made
#
# --- building blocks: nw_* -------------------------------------------------------
#
# What the set-ups are made of, for set-ups of another shape too
# (tests/uml/cases.sh).  NS "" is the caller's namespace.
#   nw_ns TAG                 namespace TOPO_ID-TAG: lo up, no IPv6
#   nw_pair NSA IFA NSB IFB [QUEUES]   a veth pair between namespaces, up
#   nw_macvlan NSP PARENT NS IF        a bridge-mode macvlan on PARENT
#                               (in NSP) as IF in NS, up
#   nw_bridge NS BR           a bridge, no STP, no forward delay, up
#   nw_port NS BR IF          IF into bridge BR, up
#   nw_reflector NS BR PORT   BR with PORT its one port, in hairpin mode
#   nw_addr NS IF ADDR/LEN    an address on IF, up
#   nw_veth_tune NSTX IFTX NSRX IFRX WORD...   tuning of a veth pair for
#                               fast senders (bench/run.sh --veth-tune):
#                               qdisc (a pfifo on the sending end: veth
#                               holds the sender back when its peer's
#                               NAPI ring is full instead of dropping,
#                               Linux 6.16 and later), threaded (NAPI on
#                               the receiving end, GRO on, run by a kernel
#                               thread instead of the sender's softirq),
#                               none
#
#   slowwait SECONDS CMD...       retry CMD every 0.1 s until it succeeds
#   nw_uptime_ge SECONDS          the system has been up that long
#   nw_link_exists DEV [NS]
#   nw_veth NAME PEER [NS]        the pair, both ends up (kept if present)
#   nw_vlan_add PARENT VID [NS]   PARENT.VID, up
#   nw_ovs_alive                  ovsdb-server and ovs-vswitchd answer
#   nw_ovs_start                  starts them where they do not answer;
#                                 NW_OVS_STARTED=1 once this shell did
#   nw_ovs_stop                   stops them if nw_ovs_start started them
#                                 and no bridge is left
#   nw_ovs_bridge BR DPTYPE       bridge on datapath netdev or system
#   nw_ovs_port BR PORT PEER [NS] veth PORT/PEER (PEER made in NS), tx
#                                 offload off on both, PORT in BR
#
# Open vSwitch's own variables place its files: OVS_RUNDIR (db.sock, pid
# files), OVS_DBDIR (conf.db), OVS_LOGDIR; the UML guest points them into a
# tmpfs, the host leaves them unset.
#
# --- the set-up table and compose ---------------------------------------------
#
#   nw_setup NAME COLUMN     prints the field of set-up NAME (or an alias) in
#                            networks/setups.tsv, "" for "-"; 1 when there is
#                            no such set-up
#   nw_setups [COLUMN]       the set-ups in table order (with a value in
#                            COLUMN: topo lists the sweep's)
#   nw_setup_file NAME [xdp] the absolute path of its compose file (or of
#                            the second file for PKT_MODE=xdp)
#   nw_compose               NW_COMPOSE: "docker compose" (v2) where it
#                            answers, else docker-compose (v1.29); 1 if none

NW_ERR=
NW_OVS_STARTED=
TOPO_ID=
TOPO_NET=198.18.0
TOPO_NSES=
TOPO_LINKS=
TOPO_OVS_BR=
TOPO_PROBED=
TOPO_SETUP=
TOPO_VLAN=

# --- general -------------------------------------------------------------------

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

# nw_safe TEXT: TEXT with each control character (newline, escape, ...)
# as ?, so that a name from the command line or a file reaches a message
# as one plain line.  The one mapping of every pktbench message.
nw_safe()
{
	printf '%s' "$1" | LC_ALL=C tr '[:cntrl:]' '?'
}

# nw_plain TEXT: 0 when TEXT has no control character.
nw_plain()
{
	[ "$(printf '%s' "$1" | LC_ALL=C tr -d '[:cntrl:]')" = "$1" ]
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

# nw_exec [NS] CMD...: CMD in namespace NS ("" for this one).
nw_exec()
{
	_nw_ns=$1
	shift
	if [ -n "$_nw_ns" ]; then
		ip netns exec "$_nw_ns" "$@"
	else
		"$@"
	fi
}

# nw_run CMD...: CMD with its output kept; on failure NW_ERR names the
# command and says what it printed.
nw_run()
{
	NW_ERR=$("$@" 2>&1 >/dev/null) && return 0
	NW_ERR="$*: $(printf '%s' "${NW_ERR:-failed}" | tr '\n' ' ')"
	return 1
}

# --- the set-up table ------------------------------------------------------------

# nw_setup NAME COLUMN: the field, by the header's column name.
nw_setup()
{
	awk -F'\t' -v n="$1" -v col="$2" '
		/^#/ || NF == 0 { next }
		!h { for (i = 1; i <= NF; i++) c[$i] = i; h = 1; next }
		$1 == n || index("," $2 ",", "," n ",") {
			v = (col in c) ? $c[col] : ""
			print (v == "-" ? "" : v); found = 1; exit
		}
		END { exit !found }' "$NW_DIR/setups.tsv"
}

# nw_setups [COLUMN]: names, space-separated.
nw_setups()
{
	awk -F'\t' -v col="${1:-name}" '
		/^#/ || NF == 0 { next }
		!h { for (i = 1; i <= NF; i++) c[$i] = i; h = 1; next }
		$c[col] != "-" && $c[col] != "" { printf "%s%s", s, $1; s = " " }
		END { print "" }' "$NW_DIR/setups.tsv"
}

# nw_setup_file NAME [xdp]: compose files are relative to the repository.
nw_setup_file()
{
	_nw_f=$(nw_setup "$1" "${2:-compose}") && [ -n "$_nw_f" ] || return 1
	echo "${NW_DIR%/*}/$_nw_f"
}

nw_compose()
{
	if docker compose version >/dev/null 2>&1; then
		NW_COMPOSE="docker compose"
	elif command -v docker-compose >/dev/null 2>&1; then
		NW_COMPOSE=docker-compose
	else
		NW_ERR="neither 'docker compose' nor docker-compose"
		return 1
	fi
}

# --- links ---------------------------------------------------------------------

nw_link_exists()
{
	nw_ip "${2:-}" link show dev "$1" >/dev/null 2>&1
}

nw_veth()
{
	NW_ERR=
	if ! nw_link_exists "$1" "${3:-}"; then
		NW_ERR=$(nw_ip "${3:-}" link add name "$1" type veth peer name "$2" 2>&1) ||
			{ NW_ERR="cannot create veth pair $1/$2: $NW_ERR"; return 1; }
	fi
	nw_ip "${3:-}" link set "$1" up && nw_ip "${3:-}" link set "$2" up ||
		{ NW_ERR="cannot raise $1/$2"; return 1; }
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
	topo_probe ovs || return 1
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
	if [ -n "${4:-}" ]; then
		nw_run ip link add name "$2" type veth peer name "$3" netns "$4" &&
			nw_run ip link set "$2" up && nw_run ip -n "$4" link set "$3" up
	else
		nw_veth "$2" "$3"
	fi || return 1
	NW_ERR=$(ethtool -K "$2" tx off 2>&1 >/dev/null &&
		if [ -n "${4:-}" ]; then
			ip netns exec "$4" ethtool -K "$3" tx off 2>&1 >/dev/null
		else
			ethtool -K "$3" tx off 2>&1 >/dev/null
		fi) || { NW_ERR="ethtool -K $2/$3 tx off failed (apt-get install ethtool)"; return 1; }
	NW_ERR=$(ovs-vsctl --timeout=10 --may-exist add-port "$1" "$2" 2>&1) ||
		{ NW_ERR="ovs-vsctl add-port $1 $2 failed: $NW_ERR"; return 1; }
}

# --- namespaces and links in them --------------------------------------------

topo_init()
{
	topo_down
	TOPO_ID=${1:-pk$$-$(od -An -N2 -tx2 /dev/urandom | tr -d ' \n')}
}

# nw_ns TAG
nw_ns()
{
	[ -n "$TOPO_ID" ] || topo_init
	nw_run ip netns add "$TOPO_ID-$1" || return 1
	TOPO_NSES="$TOPO_NSES $TOPO_ID-$1"
	nw_run ip -n "$TOPO_ID-$1" link set lo up || return 1
	# no IPv6 chatter (DAD, router solicitations) on our links
	ip netns exec "$TOPO_ID-$1" sysctl -qw net.ipv6.conf.default.disable_ipv6=1 \
		net.ipv6.conf.all.disable_ipv6=1 >/dev/null 2>&1
	return 0
}

# nw_pair NSA IFA NSB IFB [QUEUES]: without QUEUES, the kernel's default
nw_pair()
{
	set -- "${1:-}" "$2" "${3:-}" "$4" "${5:-}"
	# shellcheck disable=SC2086	# the queue words, when given
	nw_run nw_ip "$1" link add name "$2" ${5:+numtxqueues $5 numrxqueues $5} \
		type veth peer name "$4" ${3:+netns "$3"} \
		${5:+numtxqueues $5 numrxqueues $5} &&
		nw_run nw_ip "$1" link set "$2" up && nw_run nw_ip "$3" link set "$4" up
}

# nw_veth_tune NSTX IFTX NSRX IFRX WORD...: see the head of the file.  On
# veth the receiving end's work (its XDP program, the copy into an AF_XDP
# UMEM, the packet socket's) runs in the sender's softirq, and its NAPI
# ring (256 packets, when the peer has NAPI: an XDP program or GRO) drops
# what a sender without a qdisc hands it while full: tx_dropped of the
# sending end.  A qdisc makes veth stop the queue instead (Linux 6.16,
# "veth: apply qdisc backpressure on full ptr_ring"), which the AF_XDP
# sender, bypassing the qdisc, sees as busy and retries.
nw_veth_tune()
{
	_vt_nt=$1 _vt_it=$2 _vt_nr=$3 _vt_ir=$4
	shift 4
	for _vt_w in "$@"; do
		case $_vt_w in
		none) ;;
		qdisc)
			NW_ERR=$(nw_exec "$_vt_nt" tc qdisc replace dev "$_vt_it" root pfifo limit 1000 2>&1) ||
				{ NW_ERR="veth tuning qdisc: tc qdisc replace dev $_vt_it root pfifo failed (iproute2's tc): $NW_ERR"; return 1; }
			;;
		threaded)
			# shellcheck disable=SC2016	# the name goes in as $1, not into the script
			NW_ERR=$(nw_exec "$_vt_nr" ethtool -K "$_vt_ir" gro on 2>&1 >/dev/null &&
				nw_exec "$_vt_nr" sh -c 'echo 1 >"/sys/class/net/$1/threaded"' sh "$_vt_ir" 2>&1) ||
				{ NW_ERR="veth tuning threaded: GRO on and threaded NAPI on $_vt_ir failed (ethtool; Linux 5.12 and later): $NW_ERR"; return 4; }
			;;
		*) NW_ERR="veth tuning: '$_vt_w' is not one of none, qdisc, threaded"; return 1 ;;
		esac
	done
	return 0
}

# nw_macvlan NSP PARENT NS IF
nw_macvlan()
{
	nw_run nw_ip "$1" link add link "$2" name "$4" ${3:+netns "$3"} \
		type macvlan mode bridge &&
		nw_run nw_ip "$3" link set "$4" up
}

# nw_bridge NS BR
nw_bridge()
{
	nw_run nw_ip "$1" link add name "$2" type bridge stp_state 0 forward_delay 0 &&
		nw_run nw_ip "$1" link set "$2" up
}

# nw_port NS BR IF
nw_port()
{
	nw_run nw_ip "$1" link set "$3" master "$2" up
}

# nw_reflector NS BR PORT: a bridge BR whose one port PORT is in hairpin
# mode, so what leaves PORT comes back to it: the switch port in
# reflective relay mode that a macvlan in VEPA mode needs, on the far end
# of the trunk's veth (tests/uml/docker.sh).  Removed with ip link del BR.
nw_reflector()
{
	nw_bridge "$1" "$2" && nw_port "$1" "$2" "$3" &&
		if [ -n "$1" ]; then
			nw_run bridge -n "$1" link set dev "$3" hairpin on
		else
			nw_run bridge link set dev "$3" hairpin on
		fi
}

# nw_addr NS IF ADDR/LEN
nw_addr()
{
	nw_run nw_ip "$1" addr add "$3" dev "$2" && nw_run nw_ip "$1" link set "$2" up
}

# The probe makes each kind in a namespace of its own, so that nothing is
# left in the caller's whatever happens.  4: the kernel or the host lacks
# it.  TOPO_PROBED: the kinds found, asked once.
topo_probe()
{
	for _tp_k; do
		case " $TOPO_PROBED " in *" $_tp_k "*) continue ;; esac
		case $_tp_k in
		ovs) topo_probe_ovs ;;
		veth | bridge | macvlan | vlan) topo_probe_link "$_tp_k" ;;
		*) NW_ERR="topo_probe: unknown kind '$_tp_k'"; false ;;
		esac || return
		TOPO_PROBED="$TOPO_PROBED $_tp_k"
	done
	NW_ERR=
}

topo_probe_ovs()
{
	for _tp_c in ovsdb-tool ovsdb-server ovs-vswitchd ovs-vsctl ovs-appctl ethtool; do
		command -v $_tp_c >/dev/null 2>&1 && continue
		NW_ERR="Open vSwitch not installed ($_tp_c missing; Debian: openvswitch-switch, ethtool)"
		return 4
	done
}

topo_probe_link()
{
	[ -n "$TOPO_ID" ] || topo_init
	_tp_ns=$TOPO_ID-p
	nw_run ip netns add "$_tp_ns" || return 1
	NW_ERR=$(
		case $1 in
		bridge) ip -n "$_tp_ns" link add name b0 type bridge ;;
		*) ip -n "$_tp_ns" link add name q0 type veth peer name q1 ;;
		esac 2>&1 &&
		case $1 in
		macvlan) ip -n "$_tp_ns" link add link q0 name m0 type macvlan mode bridge ;;
		vlan) ip -n "$_tp_ns" link add link q0 name q0.9 type vlan id 9 ;;
		esac 2>&1)
	_tp_rc=$?
	ip netns del "$_tp_ns" 2>/dev/null
	[ $_tp_rc = 0 ] && { NW_ERR=; return 0; }
	case $NW_ERR in
	*"Unknown device type"* | *"not supported"* | *"Not supported"*)
		NW_ERR="ip link add type $1: $NW_ERR"; return 4 ;;
	esac
	NW_ERR="ip link add type $1: $NW_ERR"
	return 1
}

topo_up()
{
	[ "$1" = veth ] && set -- native
	topo_init "$TOPO_ID"
	TOPO_SETUP=$1 TOPO_VLAN='' TOPO_MODEL='' TOPO_MAC_RX=''
	TOPO_NS_TX=$TOPO_ID-s TOPO_NS_RX=$TOPO_ID-r TOPO_IF_TX=eth0 TOPO_IF_RX=eth0
	TOPO_IP_TX=$TOPO_NET.1 TOPO_IP_RX=$TOPO_NET.2
	if ! { nw_ns s && nw_ns r && topo_build "$1" &&
		nw_addr "$TOPO_NS_TX" eth0 "$TOPO_IP_TX/24" &&
		nw_addr "$TOPO_NS_RX" eth0 "$TOPO_IP_RX/24"; }; then
		_tu_err=$NW_ERR
		topo_down
		NW_ERR="$1: $_tu_err"
		return 1
	fi
	TOPO_MAC_RX=$(ip -n "$TOPO_NS_RX" -br link show dev eth0 | awk '{ print $3 }')
}

topo_build()
{
	case $1 in
	native) topo_up_native ;;
	bridge) topo_up_bridge ;;
	macvlan) topo_up_macvlan ;;
	trunk) topo_up_trunk ;;
	ovs) topo_up_ovs ;;
	*) NW_ERR="not a set-up of topo_up (native, bridge, macvlan, trunk, ovs)"; return 1 ;;
	esac
}

topo_up_native()
{
	TOPO_MODEL="veth pair between two namespaces"
	nw_pair "$TOPO_NS_TX" eth0 "$TOPO_NS_RX" eth0 "${TOPO_QUEUES:-}" || return
	[ -z "${TOPO_VETH_TUNE:-}" ] && return 0
	TOPO_MODEL="$TOPO_MODEL, tuned: $TOPO_VETH_TUNE"
	# shellcheck disable=SC2086	# its words
	nw_veth_tune "$TOPO_NS_TX" eth0 "$TOPO_NS_RX" eth0 $TOPO_VETH_TUNE
}

topo_up_bridge()
{
	TOPO_MODEL="veth pairs into a Linux bridge in a third namespace (docker0-like)"
	nw_ns h && nw_bridge "$TOPO_ID-h" br0 &&
		nw_pair "$TOPO_NS_TX" eth0 "$TOPO_ID-h" vs &&
		nw_pair "$TOPO_NS_RX" eth0 "$TOPO_ID-h" vr &&
		nw_port "$TOPO_ID-h" br0 vs && nw_port "$TOPO_ID-h" br0 vr
}

# The macvlans' lower device needs a peer that is up, or it has no carrier
# and nothing is transmitted: a veth pair in the hub, as Docker's macvlan
# driver hangs off a host interface.
topo_up_macvlan()
{
	TOPO_MODEL="macvlan bridge mode over a veth parent in a third namespace"
	nw_ns h && nw_veth par parpeer "$TOPO_ID-h" &&
		nw_macvlan "$TOPO_ID-h" par "$TOPO_NS_TX" eth0 &&
		nw_macvlan "$TOPO_ID-h" par "$TOPO_NS_RX" eth0
}

# The parent's receive path takes the 802.1Q tag out before a macvlan sees
# the frame, so without 8021q only a program writing and filtering the tag
# itself (--vlan) keeps VLANs apart.
topo_up_trunk()
{
	_tu_vid=${TOPO_VID:-100}
	topo_probe vlan
	case $? in
	0)
		TOPO_MODEL="macvlan bridge mode over VLAN sub-interface par.$_tu_vid (802.1Q) of a veth parent"
		nw_ns h && nw_veth par parpeer "$TOPO_ID-h" &&
			nw_vlan_add par "$_tu_vid" "$TOPO_ID-h" &&
			nw_macvlan "$TOPO_ID-h" "par.$_tu_vid" "$TOPO_NS_TX" eth0 &&
			nw_macvlan "$TOPO_ID-h" "par.$_tu_vid" "$TOPO_NS_RX" eth0
		;;
	4)
		topo_up_macvlan || return 1
		TOPO_VLAN=$_tu_vid
		TOPO_MODEL="no 8021q: macvlan bridge mode over a veth parent; mmap writes and filters 802.1Q tag $_tu_vid (--vlan); udp/mmsg cannot run"
		;;
	*) return 1 ;;
	esac
}

topo_up_ovs()
{
	_tu_dp=${TOPO_OVS_DP:-netdev}
	if [ "$_tu_dp" = system ]; then
		TOPO_MODEL="veth pairs into an OVS bridge on the kernel datapath (datapath_type=system), tx checksum offload off"
	else
		TOPO_MODEL="veth pairs into an OVS userspace bridge (datapath_type=netdev), tx checksum offload off"
	fi
	nw_ovs_start || return 1
	TOPO_OVS_BR=${TOPO_ID}o
	TOPO_LINKS="${TOPO_ID}s ${TOPO_ID}r"
	nw_ovs_bridge "$TOPO_OVS_BR" "$_tu_dp" &&
		nw_ovs_port "$TOPO_OVS_BR" "${TOPO_ID}s" eth0 "$TOPO_NS_TX" &&
		nw_ovs_port "$TOPO_OVS_BR" "${TOPO_ID}r" eth0 "$TOPO_NS_RX"
}

# topo_underlay N
topo_underlay()
{
	topo_init "$TOPO_ID"
	case $1 in
	'' | *[!0-9]*) NW_ERR="topo_underlay: '$1' is not a number 1..253"; return 1 ;;
	esac
	[ "$1" -ge 1 ] && [ "$1" -le 253 ] ||
		{ NW_ERR="topo_underlay: $1 is outside 1..253"; return 1; }
	_tu_b=${TOPO_UL_BASE:-0}
	case $_tu_b in
	'' | *[!0-9]*) NW_ERR="topo_underlay: TOPO_UL_BASE '$_tu_b' is not a number"; return 1 ;;
	esac
	[ $((_tu_b + $1)) -le 254 ] ||
		{ NW_ERR="topo_underlay: nodes up to .$((_tu_b + $1)), past .254"; return 1; }
	TOPO_SETUP=underlay
	TOPO_MODEL="$1 namespaces on a Linux bridge in a hub namespace"
	nw_ns h && nw_bridge "$TOPO_ID-h" br0 || { topo_down; return 1; }
	_tu_i=1
	while [ "$_tu_i" -le "$1" ]; do
		topo_underlay_leg "$_tu_i" "$TOPO_NET.$((_tu_b + _tu_i))/24" ||
			{ _tu_err=$NW_ERR; topo_down; NW_ERR="underlay: $_tu_err"; return 1; }
		_tu_i=$((_tu_i + 1))
	done
}

# topo_underlay_leg TAG ADDR/LEN
topo_underlay_leg()
{
	nw_ns "$1" &&
		nw_pair "$TOPO_ID-$1" eth0 "$TOPO_ID-h" "v$1" &&
		nw_port "$TOPO_ID-h" br0 "v$1" &&
		nw_addr "$TOPO_ID-$1" eth0 "$2"
}

# topo_underlay_local IF ADDR/LEN
topo_underlay_local()
{
	nw_pair "" "$1" "$TOPO_ID-h" vlocal || return 1
	TOPO_LINKS="$TOPO_LINKS $1"
	nw_port "$TOPO_ID-h" br0 vlocal && nw_addr "" "$1" "$2"
}

# topo_underlay_link TAG up|down
topo_underlay_link()
{
	case $2 in up | down) ;; *) NW_ERR="topo_underlay_link: '$2' is not up or down"; return 1 ;; esac
	nw_run ip -n "$TOPO_ID-h" link set "v$1" "$2"
}

topo_down()
{
	if [ -n "$TOPO_OVS_BR" ]; then
		timeout 10 ovs-vsctl --timeout=5 --if-exists del-br "$TOPO_OVS_BR" >/dev/null 2>&1
		TOPO_OVS_BR=
	fi
	for _td in $TOPO_LINKS; do
		ip link del "$_td" 2>/dev/null
	done
	for _td in $TOPO_NSES; do
		ip netns del "$_td" 2>/dev/null
	done
	TOPO_NSES='' TOPO_LINKS='' TOPO_SETUP='' TOPO_VLAN=''
	return 0
}
