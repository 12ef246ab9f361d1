# SPDX-License-Identifier: MIT
# shellcheck shell=bash
#
# The UML tier's cases, sourced by tests/uml/guest.sh inside the guest,
# whose kernel has 8021q and openvswitch.  Each set-up is built with
# networks/lib-setup.sh (or networks/prepare.sh itself), then every mode
# runs once, pktsend and pktrecv in the same mode, paced, counted exactly:
# sent == received == UML_N, lost 0.  Listeners (pktrecv --mode mmap on a
# cable or a VLAN link) say where the frames went: every one tagged on the
# trunk's cable, none on the other VLAN.
#
# One TAP line per set-up and mode to $UML_WORK/cases ("ok NAME",
# "not ok NAME" and "# why" lines); tests/uml/run.sh numbers them.

# shellcheck source=networks/lib-setup.sh
. "$UML_REPO/networks/lib-setup.sh"

C_BIN=$UML_REPO/build/static
C_OUT=$UML_WORK/out
C_N=${UML_N:-10000}
C_RATE=${UML_RATE:-20kpps}
C_MODES="udp mmsg mmap"
C_ALL="trunk trunkyml vlans ovs ovsyml ovsaccess"
C_MSGS=()
C_LISTEN=()
C_NSES=""

cfail()
{
	C_MSGS+=("$*")
}

# case_report NAME: the verdict of the checks since the last one.
case_report()
{
	local m

	if [ ${#C_MSGS[@]} = 0 ]; then
		echo "ok $1"
	else
		echo "not ok $1"
		for m in "${C_MSGS[@]}"; do
			echo "# $m"
		done
	fi >>"$UML_WORK/cases"
	echo "uml: $(tail -n $((${#C_MSGS[@]} + 1)) "$UML_WORK/cases" | head -1) uptime=$(cut -d' ' -f1 /proc/uptime)"
	C_MSGS=()
}

# case_setup_failed SETUP: every mode of SETUP fails with the reason.
case_setup_failed()
{
	local mode msgs=("${C_MSGS[@]}")

	for mode in $C_MODES; do
		C_MSGS=("$1: set-up failed:" "${msgs[@]}")
		case_report "$1 $mode"
	done
}

# c_log MESSAGE: progress with the guest's uptime, to cases.log.
c_log()
{
	echo "uml: $* uptime=$(cut -d' ' -f1 /proc/uptime)"
}

c_ns()
{
	ip netns add "$1" && ip -n "$1" link set lo up && C_NSES="$C_NSES $1"
}

# c_addr NS DEV ADDR/LEN: address and up.
c_addr()
{
	ip -n "$1" addr add "$3" dev "$2" && ip -n "$1" link set "$2" up
}

# c_macvlan PARENT NAME NS: a bridge-mode macvlan on PARENT, moved to NS.
c_macvlan()
{
	ip link add "$2" link "$1" type macvlan mode bridge &&
		ip link set "$2" netns "$3"
}

# Everything a set-up made: namespaces (their links go with them), the
# cables and bridges in the guest's own namespace.
c_teardown()
{
	local ns br

	for ns in $C_NSES; do
		ip netns del "$ns"
	done
	C_NSES=""
	for br in $(ovs-vsctl --timeout=5 list-br 2>/dev/null); do
		ovs-vsctl --timeout=10 del-br "$br"
	done
	for l in $(ip -o link show type veth | awk -F': ' '{ sub(/@.*/, "", $2); print $2 }'); do
		ip link del "$l" 2>/dev/null
	done
}

# c_listen NS DEV VLAN WANT: during the next c_pair, pktrecv --mode mmap
# on DEV in NS ("-" for the guest's own), counting frames tagged VLAN
# ("-": any); it must count exactly WANT test packets.  A listener still
# running when the receiver is done is stopped (SIGTERM, it still reports).
c_listen()
{
	C_LISTEN+=("$1|$2|$3|$4")
}

# c_expect FILE LABEL FILTER WANT...: each FILTER on FILE's JSON must
# print WANT; checked by c_verify, with one jq for all of a run's files
# (jq starts slowly in the guest).
C_EF=() C_EL=() C_EX=() C_EW=()
c_expect()
{
	local file=$1 label=$2

	shift 2
	while [ $# -ge 2 ]; do
		C_EF+=("$file") C_EL+=("$label") C_EX+=("$1") C_EW+=("$2")
		shift 2
	done
}

c_verify()
{
	local i k=0 prog="" f out
	local -a args=() got=() var=()

	for i in "${!C_EF[@]}"; do
		f=${C_EF[i]}
		var[i]=""
		[ -s "$f" ] || continue
		if [ "$f" != "${C_EF[i - 1]:-}" ] || [ "$i" = 0 ]; then
			k=$((k + 1))
			args+=(--slurpfile "f$k" "$f")
		fi
		var[i]=f$k
		prog="$prog${prog:+, }(\$f$k[0] | ${C_EX[i]} | tostring)"
	done
	if [ -n "$prog" ]; then
		out=$(jq -rn "${args[@]}" "$prog" 2>&1) || cfail "jq: ${out%%$'\n'*}"
		mapfile -t got <<<"$out"
	fi
	k=0
	for i in "${!C_EF[@]}"; do
		if [ -z "${var[i]}" ]; then
			cfail "${C_EL[i]}: no result (${C_EF[i]##*/} missing or empty)"
			continue
		fi
		[ "${got[k]:-missing}" = "${C_EW[i]}" ] ||
			cfail "${C_EL[i]}: ${C_EX[i]#.} ${got[k]:-missing} != ${C_EW[i]}"
		k=$((k + 1))
	done
	C_EF=() C_EL=() C_EX=() C_EW=()
}

# c_pair SETUP MODE SNS SDEV RNS RDEV DST: one paced run and its checks.
c_pair()
{
	local setup=$1 mode=$2 sns=$3 sdev=$4 rns=$5 rdev=$6 dst=$7
	local tag=$1-$2 d=$C_OUT/$1-$2 rpid tpid trc rrc l i n
	local -a lpids=() lspec=()
	# Bounds only: the UML guest stalls for seconds when the host is busy,
	# so no run is cut short by time; each ends on its count.
	local secs=300

	mkdir -p "$d"
	c_log "$tag: start"
	# neighbour resolved before a paced udp/mmsg sender starts, so that no
	# first burst waits in the unresolved queue; mmap resolves itself
	ip netns exec "$sns" ping -c 1 -W 3 "$dst" >/dev/null 2>&1 ||
		cfail "$tag: no ping reply from $dst before the run"
	n=0
	for l in "${C_LISTEN[@]}"; do
		IFS='|' read -r -a lspec <<<"$l"
		local -a vl=() ex=()
		[ "${lspec[2]}" = - ] || vl=(--vlan "${lspec[2]}")
		[ "${lspec[0]}" = - ] || ex=(ip netns exec "${lspec[0]}")
		# a listener sees frames for another host: --any-dst
		"${ex[@]}" "$C_BIN/pktrecv" -q -m mmap --any-dst -i "${lspec[1]}" "${vl[@]}" \
			-t "${secs}s" -n "$C_N" \
			--ready-file "$d/l$n.ready" -o "$d/l$n.json" 2>"$d/l$n.err" &
		lpids+=($!)
		n=$((n + 1))
	done
	local -a ring=()
	:
	ip netns exec "$rns" "$C_BIN/pktrecv" -q -m "$mode" -i "$rdev" \
		"${ring[@]}" -n "$C_N" -T 20s -t "${secs}s" \
		--ready-file "$d/rx.ready" -o "$d/rx.json" 2>"$d/rx.err" &
	rpid=$!
	for ((i = 0; i < n; i++)); do
		slowwait 10 test -e "$d/l$i.ready" || cfail "$tag: listener $i not ready"
	done
	slowwait 10 test -e "$d/rx.ready" || cfail "$tag: pktrecv not ready"
	ip netns exec "$sns" "$C_BIN/pktsend" -q -m "$mode" -i "$sdev" \
		-d "$dst" -n "$C_N" -r "$C_RATE" -o "$d/tx.json" 2>"$d/tx.err" &
	tpid=$!
	c_log "$tag: sending"
	wait $tpid
	trc=$?
	# a sender that failed sends nothing more: no receiver waits for it
	[ $trc = 0 ] || kill -TERM $rpid "${lpids[@]}" 2>/dev/null
	wait $rpid
	rrc=$?
	c_log "$tag: received"
	[ $trc = 0 ] || cfail "$tag: pktsend exit $trc: $(tail -n 1 "$d/tx.err")"
	[ $rrc = 0 ] || cfail "$tag: pktrecv exit $rrc: $(tail -n 1 "$d/rx.err")"
	c_expect "$d/tx.json" "$tag pktsend" .config.mode "$mode" .stats.sent "$C_N"
	c_expect "$d/rx.json" "$tag pktrecv" .config.mode "$mode" \
		.stats.received "$C_N" .stats.unique "$C_N" .stats.lost 0 \
		.stats.duplicates 0 .stats.stop_reason count
	sleep 0.5
	for ((i = 0; i < n; i++)); do
		kill -TERM "${lpids[i]}" 2>/dev/null
		wait "${lpids[i]}"
		IFS='|' read -r -a lspec <<<"${C_LISTEN[i]}"
		c_expect "$d/l$i.json" "$tag listener on ${lspec[1]} (vlan ${lspec[2]})" \
			.stats.received "${lspec[3]}"
	done
	c_verify
}

# c_modes SETUP SNS SDEV RNS RDEV DST: every mode, one TAP line each.
c_modes()
{
	local setup=$1 mode

	shift
	for mode in $C_MODES; do
		c_pair "$setup" "$mode" "$@"
		case_report "$setup $mode"
	done
	C_LISTEN=()
}

# --- the set-ups ---------------------------------------------------------------

# A veth pair is the cable; a VLAN 100 link on each end, a macvlan on each
# VLAN link in its own namespace.  Every frame crosses the cable tagged:
# a listener on the bare cable end counting only VLAN 100 sees them all.
case_trunk()
{
	nw_veth t0 t1 && nw_vlan_add t0 100 && nw_vlan_add t1 100 &&
		c_ns ts && c_ns tr &&
		c_macvlan t0.100 mvs ts && c_macvlan t1.100 mvr tr &&
		c_addr ts mvs 192.0.2.2/24 && c_addr tr mvr 192.0.2.3/24 ||
		{ cfail "${NW_ERR:-ip failed}"; case_setup_failed trunk; return; }
	c_listen - t1 100 "$C_N"
	c_modes trunk ts mvs tr mvr 192.0.2.3
}

# networks/trunk.yml: prepare.sh makes the parent (veth pktbench-t), Docker
# the VLAN link pktbench-t.100 and both macvlans on it.  Macvlan bridge
# mode switches between the two inside the kernel: nothing reaches the
# cable, which a listener on the parent's peer shows.
case_trunkyml()
{
	sh "$UML_REPO/networks/prepare.sh" trunk up &&
		nw_vlan_add pktbench-t 100 && c_ns ys && c_ns yr &&
		c_macvlan pktbench-t.100 mys ys && c_macvlan pktbench-t.100 myr yr &&
		c_addr ys mys 192.0.2.2/24 && c_addr yr myr 192.0.2.3/24 ||
		{ cfail "${NW_ERR:-prepare.sh trunk up or ip failed}"; case_setup_failed trunkyml; return; }
	c_listen - pktbench-tp - 0
	c_modes trunkyml ys mys yr myr 192.0.2.3
	sh "$UML_REPO/networks/prepare.sh" trunk down
}

# Two VLANs on one cable.  VLAN 100 carries the run; a listener on the
# far end's VLAN 200 link must see none of it, while the same listener on
# its VLAN 100 link sees every frame (so the zero means something).
case_vlans()
{
	nw_veth w0 w1 && nw_vlan_add w0 100 && nw_vlan_add w1 100 &&
		nw_vlan_add w0 200 && nw_vlan_add w1 200 &&
		c_ns ws && c_ns wr &&
		c_macvlan w0.100 mws ws && c_macvlan w1.100 mwr wr &&
		c_addr ws mws 192.0.2.2/24 && c_addr wr mwr 192.0.2.3/24 ||
		{ cfail "${NW_ERR:-ip failed}"; case_setup_failed vlans; return; }
	c_listen - w1.200 - 0
	c_listen - w1.100 - "$C_N"
	c_modes vlans ws mws wr mwr 192.0.2.3
}

# ovs-vswitchd started before the guest is ~10 s up counts no CPUs, runs
# no upcall handlers, and the first packets of every flow are lost.
c_ovs_start()
{
	slowwait 20 nw_uptime_ge 11
	nw_ovs_start
}

# c_ovs_datapath BR PORT: BR is on the kernel datapath, PORT is in it.
c_ovs_datapath()
{
	local dp

	dp=$(ovs-vsctl --timeout=5 get bridge "$1" datapath_type)
	[ "$dp" = system ] || cfail "$1: datapath_type $dp != system"
	ovs-dpctl show 2>/dev/null | grep -q "port [0-9]*: $2\$" ||
		cfail "$1: $2 not a port of the kernel datapath: $(ovs-dpctl show 2>&1 | tr '\n' ' ')"
}

# Open vSwitch on the kernel datapath, veth ports, peers in namespaces.
case_ovs()
{
	c_ovs_start && nw_ovs_bridge ob system &&
		nw_ovs_port ob o0 o0p && nw_ovs_port ob o1 o1p &&
		c_ns os && c_ns or &&
		ip link set o0p netns os && ip link set o1p netns or &&
		c_addr os o0p 192.0.2.2/24 && c_addr or o1p 192.0.2.3/24 ||
		{ cfail "${NW_ERR:-ip failed}"; case_setup_failed ovs; return; }
	c_ovs_datapath ob o0
	c_modes ovs os o0p or o1p 192.0.2.3
}

# networks/ovs.yml on the kernel datapath: prepare.sh ovs up as users run
# it (PKT_OVS_DATAPATH=system), macvlans on the veth peers as Docker
# makes them.
case_ovsyml()
{
	c_ovs_start && PKT_OVS_DATAPATH=system sh "$UML_REPO/networks/prepare.sh" ovs up &&
		c_ns ps && c_ns pr &&
		c_macvlan pktbench-osp mps ps && c_macvlan pktbench-orp mpr pr &&
		c_addr ps mps 192.0.2.2/24 && c_addr pr mpr 192.0.2.3/24 ||
		{ cfail "${NW_ERR:-prepare.sh ovs up or ip failed}"; case_setup_failed ovsyml; return; }
	c_ovs_datapath pktbench-ovs pktbench-os
	c_modes ovsyml ps mps pr mpr 192.0.2.3
	sh "$UML_REPO/networks/prepare.sh" ovs down
}

# An access port (tag=100) against a trunk port: the sender is untagged,
# OVS tags its frames, the receiver's VLAN 100 link takes the tag off.  A
# listener on the receiver's bare link sees every frame tagged 100.
case_ovsaccess()
{
	c_ovs_start && nw_ovs_bridge oa system &&
		nw_ovs_port oa a0 a0p && nw_ovs_port oa a1 a1p &&
		ovs-vsctl --timeout=10 set port a0 tag=100 -- set port a1 trunks=100 &&
		c_ns as && c_ns ar &&
		ip link set a0p netns as && ip link set a1p netns ar &&
		ip -n ar link set a1p up && nw_vlan_add a1p 100 ar &&
		c_addr as a0p 192.0.2.2/24 && c_addr ar a1p.100 192.0.2.3/24 ||
		{ cfail "${NW_ERR:-ovs-vsctl or ip failed}"; case_setup_failed ovsaccess; return; }
	c_ovs_datapath oa a0
	c_listen ar a1p 100 "$C_N"
	c_modes ovsaccess as a0p ar a1p.100 192.0.2.3
}

cases_main()
{
	local c

	UML_CASES=${UML_CASES//,/ }
	: >"$UML_WORK/cases"
	rm -rf "$C_OUT"
	mkdir -p "$C_OUT"
	for c in ${UML_CASES:-$C_ALL}; do
		case " $C_ALL " in
		*" $c "*) ;;
		*) echo "not ok $c" >>"$UML_WORK/cases"
		   echo "# no such case; known: $C_ALL" >>"$UML_WORK/cases"
		   continue ;;
		esac
		echo "uml: case $c uptime=$(cut -d' ' -f1 /proc/uptime)"
		"case_$c"
		c_teardown
	done
	nw_ovs_stop
}
