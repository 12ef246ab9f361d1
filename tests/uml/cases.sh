# SPDX-License-Identifier: MIT
# shellcheck shell=bash
#
# The UML tier's cases, sourced by tests/uml/guest.sh inside the guest,
# whose kernel has 8021q and openvswitch.  Each set-up is built with the
# topology home, networks/lib-setup.sh (or networks/prepare.sh itself),
# then every mode runs once, pktsend and pktrecv in the same mode, paced,
# counted exactly: sent == received == UML_N, lost 0.  Listeners (pktrecv
# --mode mmap on a cable or a VLAN link) say where the frames went: every
# one tagged on the trunk's cable, none on the other VLAN.
#
# One case per set-up and mode (tests/lib.sh), to $UML_WORK/cases;
# tests/uml/test_uml.sh hands them to tests/run.sh, which numbers them.

# shellcheck source=tests/lib.sh
. "$UML_REPO/tests/lib.sh"
NW_DIR=$UML_REPO/networks
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"

C_BIN=$UML_REPO/build/static
C_OUT=$UML_WORK/out
C_N=${UML_N:-10000}
C_RATE=${UML_RATE:-20kpps}
C_MODES="udp mmsg mmap"
C_ALL="trunk trunkyml vlans ovs ovsyml ovsaccess noxdp"
C_LISTEN=()
C_CHECK=()
# the address plan's sender and receiver
C_TX=$TOPO_NET.1/24
C_RX=$TOPO_NET.2

# case_setup_failed SETUP: every mode of SETUP fails with the reason.
case_setup_failed()
{
	local mode

	for mode in $C_MODES; do
		t_case "$1 $mode"
		fail "$1: set-up failed: ${NW_ERR:-$2}"
		c_report
	done
}

# c_report: closes the case, saying so in cases.log.
c_report()
{
	local name=$T_CASE verdict=ok

	[ -z "$T_CASE_MSGS" ] || verdict="not ok"
	t_case_end
	c_log "$verdict $name"
}

# c_log MESSAGE: progress with the guest's uptime, to cases.log.
c_log()
{
	echo "uml: $* uptime=$(cut -d' ' -f1 /proc/uptime)"
}

# c_ns TAG...: namespaces $TOPO_ID-TAG (networks/lib-setup.sh nw_ns).
c_ns()
{
	local t

	for t; do
		nw_ns "$t" || return 1
	done
}

# Everything a set-up made: its namespaces (their links go with them),
# then the cables and bridges in the guest's own namespace.
c_teardown()
{
	local br l

	topo_down
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
		out=$(jq -rn "${args[@]}" "$prog" 2>&1) || fail "jq: ${out%%$'\n'*}"
		mapfile -t got <<<"$out"
	fi
	k=0
	for i in "${!C_EF[@]}"; do
		if [ -z "${var[i]}" ]; then
			fail "${C_EL[i]}: no result (${C_EF[i]##*/} missing or empty)"
			continue
		fi
		[ "${got[k]:-missing}" = "${C_EW[i]}" ] ||
			fail "${C_EL[i]}: ${C_EX[i]#.} ${got[k]:-missing} != ${C_EW[i]}"
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
		fail "$tag: no ping reply from $dst before the run"
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
		slowwait 10 test -e "$d/l$i.ready" || fail "$tag: listener $i not ready"
	done
	slowwait 10 test -e "$d/rx.ready" || fail "$tag: pktrecv not ready"
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
	[ $trc = 0 ] || fail "$tag: pktsend exit $trc: $(tail -n 1 "$d/tx.err")"
	[ $rrc = 0 ] || fail "$tag: pktrecv exit $rrc: $(tail -n 1 "$d/rx.err")"
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

# c_modes SETUP SNS SDEV RNS RDEV DST: every mode, one TAP line each;
# the first one also runs the set-up's own check, C_CHECK (a command).
c_modes()
{
	local setup=$1 mode

	shift
	for mode in $C_MODES; do
		t_case "$setup $mode"
		[ ${#C_CHECK[@]} = 0 ] || "${C_CHECK[@]}"
		C_CHECK=()
		c_pair "$setup" "$mode" "$@"
		c_report
	done
	C_LISTEN=()
}

# --- the set-ups ---------------------------------------------------------------

# A veth pair is the cable; a VLAN 100 link on each end, a macvlan on each
# VLAN link in its own namespace.  Every frame crosses the cable tagged:
# a listener on the bare cable end counting only VLAN 100 sees them all.
case_trunk()
{
	local s=$TOPO_ID-ts r=$TOPO_ID-tr

	nw_veth t0 t1 && nw_vlan_add t0 100 && nw_vlan_add t1 100 &&
		c_ns ts tr &&
		nw_macvlan "" t0.100 "$s" eth0 && nw_macvlan "" t1.100 "$r" eth0 &&
		nw_addr "$s" eth0 "$C_TX" && nw_addr "$r" eth0 "$C_RX/24" ||
		{ case_setup_failed trunk; return; }
	c_listen - t1 100 "$C_N"
	c_modes trunk "$s" eth0 "$r" eth0 "$C_RX"
}

# networks/trunk.yml: prepare.sh makes the parent (veth pktbench-t), Docker
# the VLAN link pktbench-t.100 and both macvlans on it.  Macvlan bridge
# mode switches between the two inside the kernel: nothing reaches the
# cable, which a listener on the parent's peer shows.
case_trunkyml()
{
	local s=$TOPO_ID-ys r=$TOPO_ID-yr

	sh "$UML_REPO/networks/prepare.sh" trunk up &&
		nw_vlan_add pktbench-t 100 && c_ns ys yr &&
		nw_macvlan "" pktbench-t.100 "$s" eth0 &&
		nw_macvlan "" pktbench-t.100 "$r" eth0 &&
		nw_addr "$s" eth0 "$C_TX" && nw_addr "$r" eth0 "$C_RX/24" ||
		{ case_setup_failed trunkyml "prepare.sh trunk up failed"; return; }
	c_listen - pktbench-tp - 0
	c_modes trunkyml "$s" eth0 "$r" eth0 "$C_RX"
	sh "$UML_REPO/networks/prepare.sh" trunk down
}

# Two VLANs on one cable.  VLAN 100 carries the run; a listener on the
# far end's VLAN 200 link must see none of it, while the same listener on
# its VLAN 100 link sees every frame (so the zero means something).
case_vlans()
{
	local s=$TOPO_ID-ws r=$TOPO_ID-wr

	nw_veth w0 w1 && nw_vlan_add w0 100 && nw_vlan_add w1 100 &&
		nw_vlan_add w0 200 && nw_vlan_add w1 200 &&
		c_ns ws wr &&
		nw_macvlan "" w0.100 "$s" eth0 && nw_macvlan "" w1.100 "$r" eth0 &&
		nw_addr "$s" eth0 "$C_TX" && nw_addr "$r" eth0 "$C_RX/24" ||
		{ case_setup_failed vlans; return; }
	c_listen - w1.200 - 0
	c_listen - w1.100 - "$C_N"
	c_modes vlans "$s" eth0 "$r" eth0 "$C_RX"
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
	[ "$dp" = system ] || fail "$1: datapath_type $dp != system"
	ovs-dpctl show 2>/dev/null | grep -q "port [0-9]*: $2\$" ||
		fail "$1: $2 not a port of the kernel datapath: $(ovs-dpctl show 2>&1 | tr '\n' ' ')"
}

# Open vSwitch on the kernel datapath, veth ports, peers in namespaces:
# the topology home's ovs set-up, as the sweep's uml runner builds it.
case_ovs()
{
	c_ovs_start && TOPO_OVS_DP=system topo_up ovs ||
		{ case_setup_failed ovs; return; }
	C_CHECK=(c_ovs_datapath "$TOPO_OVS_BR" "${TOPO_ID}s")
	c_modes ovs "$TOPO_NS_TX" "$TOPO_IF_TX" "$TOPO_NS_RX" "$TOPO_IF_RX" "$TOPO_IP_RX"
}

# networks/ovs.yml on the kernel datapath: prepare.sh ovs up as users run
# it (PKT_OVS_DATAPATH=system), macvlans on the veth peers as Docker
# makes them.
case_ovsyml()
{
	local s=$TOPO_ID-ps r=$TOPO_ID-pr

	c_ovs_start && PKT_OVS_DATAPATH=system sh "$UML_REPO/networks/prepare.sh" ovs up &&
		c_ns ps pr &&
		nw_macvlan "" pktbench-osp "$s" eth0 && nw_macvlan "" pktbench-orp "$r" eth0 &&
		nw_addr "$s" eth0 "$C_TX" && nw_addr "$r" eth0 "$C_RX/24" ||
		{ case_setup_failed ovsyml "prepare.sh ovs up failed"; return; }
	C_CHECK=(c_ovs_datapath pktbench-ovs pktbench-os)
	c_modes ovsyml "$s" eth0 "$r" eth0 "$C_RX"
	sh "$UML_REPO/networks/prepare.sh" ovs down
}

# An access port (tag=100) against a trunk port: the sender is untagged,
# OVS tags its frames, the receiver's VLAN 100 link takes the tag off.  A
# listener on the receiver's bare link sees every frame tagged 100.
case_ovsaccess()
{
	local s=$TOPO_ID-as r=$TOPO_ID-ar

	c_ovs_start && nw_ovs_bridge oa system && c_ns as ar &&
		nw_ovs_port oa a0 eth0 "$s" && nw_ovs_port oa a1 eth0 "$r" &&
		ovs-vsctl --timeout=10 set port a0 tag=100 -- set port a1 trunks=100 &&
		nw_vlan_add eth0 100 "$r" &&
		nw_addr "$s" eth0 "$C_TX" && nw_addr "$r" eth0.100 "$C_RX/24" ||
		{ case_setup_failed ovsaccess "ovs-vsctl set port failed"; return; }
	C_CHECK=(c_ovs_datapath oa a0)
	c_listen "$r" eth0 100 "$C_N"
	c_modes ovsaccess "$s" eth0 "$r" eth0.100 "$C_RX"
}

# This guest's kernel (Debian's 6.1um) has no AF_XDP sockets
# (CONFIG_XDP_SOCKETS is not set): pktsend and pktrecv --mode xdp say so in
# one line and exit 4 (cannot run here), and the sweep's runners refuse
# xdp points with a reason before running them.  Before, pktrecv said
# "creating the XSKMAP: Invalid argument" and exited 2, as for bad input.
case_noxdp()
{
	local p err rc why dst

	for p in pktrecv pktsend; do
		if grep -q '^XDP ' /proc/net/protocols; then
			t_case_skip "noxdp $p" "this guest's kernel has AF_XDP sockets"
			continue
		fi
		t_case "noxdp $p"
		dst=''
		[ $p = pktsend ] && dst='-d 127.0.0.1'
		# shellcheck disable=SC2086
		err=$("$C_BIN/$p" -q -m xdp -i lo $dst -n 10 -o /dev/null 2>&1 >/dev/null)
		rc=$?
		expect_eq "exit code" "$rc" 4
		expect_eq "stderr" "$err" "$p: --mode xdp: this kernel has no AF_XDP sockets (CONFIG_XDP_SOCKETS)"
		c_report
	done
	t_case "noxdp sweep point_reason"
	why=$(sh -c 'PKTBENCH_ROOT=$1 NW_DIR=$1/networks TOPO_VLAN=
		. "$1/networks/lib-setup.sh"; . "$1/scripts/sweep/lib.sh"
		. "$1/scripts/sweep/runner.sh"; . "$1/scripts/sweep/netns.sh"
		. "$1/scripts/sweep/uml.sh"
		runner_call uml point_reason trunk xdp; echo "rc=$? $SW_REASON"' sh "$UML_REPO" 2>&1)
	expect_eq "uml point_reason trunk xdp" "$why" \
		"rc=1 xdp: this kernel has no AF_XDP sockets (no XDP in /proc/net/protocols; CONFIG_XDP_SOCKETS)"
	c_report
}

cases_main()
{
	local c

	UML_CASES=${UML_CASES//,/ }
	export PKTBENCH_CASES=$UML_WORK/cases
	: >"$PKTBENCH_CASES"
	rm -rf "$C_OUT"
	mkdir -p "$C_OUT"
	topo_init
	for c in ${UML_CASES:-$C_ALL}; do
		case " $C_ALL " in
		*" $c "*) ;;
		*) t_case "$c"
		   fail "no such case; known: $C_ALL"
		   t_case_end
		   continue ;;
		esac
		c_log "case $c"
		"case_$c"
		c_teardown
	done
	nw_ovs_stop
}
