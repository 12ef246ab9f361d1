#!/bin/bash
# SPDX-License-Identifier: MIT
# shellcheck disable=SC2317
# timeout: 1800
#
# The UML docker tier (make umldocker): the compose files themselves, run
# by Docker on a kernel with 8021q and openvswitch.  Run on the host, this
# script boots the user-mode-linux guest (tests/uml/launch.sh,
# UML_JOB=docker), whose tests/uml/guest.sh sources it and calls
# docker_main: containerd, then dockerd, the images loaded once (docker
# save'd on the host), then for each compose version (docker-compose v1,
# what CI has; the v2 plugin where installed, else its lines skip):
#
#   trunk    networks/compose.sh trunk up: Docker makes pktbench-t.100 and
#            the macvlan network on it; a listener on the trunk's parent
#            pktbench-t (pktrecv --vlan 100 --any-dst) counts every packet
#   ovs      networks/compose.sh ovs up on the OVS kernel datapath
#            (PKT_OVS_DATAPATH=system); ovs-dpctl lists both ports in
#            system@ovs-system, and the receiver's port carried the packets
#   macvlan  networks/compose.sh macvlan up, the control
#
# each with networks/slow-host.yml over it, a small count at a low rate,
# --exit-code-from receiver: compose exits 0, the receiver's result file
# (named SETUP-udp-<UTC>.json) says received == count and lost 0, the
# sender's report sent == count, the receiver's container has
# slow-host.yml's health check and at least one check passed.  One TAP line
# per check (tests/run.sh numbers them), the guest's clock at each step
# below them; skips (exit 4) where there is no linux.uml, no Docker engine
# programs or no images.
#
# The trunk runs with PKT_MACVLAN_MODE=vepa: in trunk.yml's default bridge
# mode the kernel switches frames between two macvlans of one parent
# itself, and no frame reaches the trunk (tests/uml/cases.sh, trunkyml,
# counts zero there).  In VEPA mode every frame leaves through the VLAN
# sub-interface, tagged, and comes back from the "switch": here a Linux
# bridge on the veth's far end pktbench-tp with hairpin on, as a switch
# port in reflective relay mode.
#
# Environment (host side):
#   PKTBENCH_UML_IMAGES   a docker save tarball of pktbench/sender:latest and
#                         pktbench/receiver:latest (default: saved now from
#                         this host's engine)
#   PKTBENCH_UML_COMPOSE  v1, v2 or v1,v2 (default)
#   PKTBENCH_UML_SETUPS   comma-separated, default trunk,ovs,macvlan
#   PKTBENCH_UML_COUNT    packets per run (default 2000)
#   PKTBENCH_UML_RATE     pace (default 100pps: each run lasts 20 s, so
#                         the health check runs while the receiver does)
#   PKTBENCH_UML_SLOW     PKT_SLOW for networks/slow-host.yml (default 10)
#   PKTBENCH_UML_MEM      guest memory (default 2G; it uses about 100 MiB)
#   PKTBENCH_UML_TIMEOUT  hard limit of the guest in seconds (default 1500)
#   PKTBENCH_UML_LOG      a directory to copy the guest's logs and results to,
#                         compose-runs.jsonl among them (not runs.jsonl,
#                         the name of a sweep in docs/results): one line per compose run
#                         (compose, setup, exit, tx, rx, health, and the
#                         trunk's listener or the ovs datapath's ports)
#   PKTBENCH_KEEP         1: keep the work directory

# --- guest side (sourced by tests/uml/guest.sh) --------------------------------

# shellcheck source=networks/lib-setup.sh
[ -z "${UML_REPO:-}" ] || . "$UML_REPO/networks/lib-setup.sh"
# the case words of every tier; lines go to $PKTBENCH_CASES, the guest's
# $UML_WORK/cases, which the host side below relays to tests/run.sh
# shellcheck source=tests/lib.sh
[ -z "${UML_REPO:-}" ] || . "$UML_REPO/tests/lib.sh"

UD_PROJECT=pktbenchuml
UD_MSGS=()

ud_log()
{
	echo "uml: $* uptime=$(cut -d' ' -f1 /proc/uptime)"
}

# ud_mem: the guest's memory in use, MiB (total less available).
ud_mem()
{
	awk '/^MemTotal:/ { t = $2 } /^MemAvailable:/ { a = $2 }
		END { printf "%d of %d", (t - a) / 1024, t / 1024 }' /proc/meminfo
}

ud_fail()
{
	UD_MSGS+=("$*")
}

# ud_case NAME [NOTE...]: one case (tests/lib.sh), failed by the ud_fail
# reasons since the last one, with the notes of a pass as "# " lines below
# it.  The checks of a compose run come before their cases are named, so
# the reasons are collected first.
ud_case()
{
	local name=$1 m

	shift
	t_case "$name"
	for m in "${UD_MSGS[@]}"; do fail "$m"; done
	t_case_end
	if [ ${#UD_MSGS[@]} = 0 ]; then
		for m in "$@"; do t_line "# $m"; done
	fi
	ud_log "$([ ${#UD_MSGS[@]} = 0 ] || echo not) ok $name"
	UD_MSGS=()
}

# ud_wait SECONDS CMD...: CMD until it succeeds, every 2 s (a docker
# command costs a second or more in the guest: no tighter loop).
ud_wait()
{
	local end=$((SECONDS + $1))

	shift
	until "$@" >/dev/null 2>&1; do
		[ $SECONDS -lt $end ] || return 1
		sleep 2
	done
}

# The root is the host's /, read-only: Docker's state goes to the guest's
# /run (a tmpfs); containerd and dockerd read empty configuration files,
# not the host's.
# containerd is started here, not by dockerd, which waits a few seconds
# only: too few for a Go binary starting in the guest.
ud_engine()
{
	local m

	mkdir -p /sys/fs/cgroup
	mount -t cgroup2 cgroup2 /sys/fs/cgroup || { ud_fail "cannot mount cgroup2"; return 1; }
	for m in overlay bridge; do
		/run/modprobe "$m" || { ud_fail "modprobe $m failed"; return 1; }
	done
	ud_log "containerd starting"
	mkdir -p /run/containerd /run/containerd-root /run/docker-root
	: >/run/containerd.toml
	containerd --config /run/containerd.toml --root /run/containerd-root \
		--state /run/containerd \
		--address /run/containerd/containerd.sock \
		>"$UML_WORK/containerd.log" 2>&1 &
	ud_wait 300 test -S /run/containerd/containerd.sock ||
		{ ud_fail "containerd has no socket after 300 s"; return 1; }
	ud_log "dockerd starting"
	echo '{}' >/run/docker-daemon.json
	dockerd --config-file /run/docker-daemon.json --data-root /run/docker-root \
		--iptables=false --ip6tables=false --bridge=none \
		--containerd /run/containerd/containerd.sock \
		--storage-driver=overlay2 >"$UML_WORK/dockerd.log" 2>&1 &
	ud_wait 300 docker version ||
		{ ud_fail "dockerd does not answer after 300 s"; return 1; }
	ud_log "dockerd up"
	docker load -i "$UML_IMAGES" >"$UML_WORK/load.log" 2>&1 ||
		{ ud_fail "docker load: $(tail -n 1 "$UML_WORK/load.log")"; return 1; }
	ud_log "images loaded"
}

# ud_compose_pick v1|v2: networks/compose.sh runs "docker compose" (v2)
# where the plugin answers, else docker-compose.  For v1 an empty
# DOCKER_CONFIG (no cli-plugins) hides the plugin.  Sets UD_COMPOSE to
# the version that runs; returns 1 with UD_WHY where there is none.
ud_compose_pick()
{
	local v

	# the kernel starts PID 1 with HOME=/; the plugin is in root's
	# ~/.docker/cli-plugins
	HOME=$(getent passwd root | cut -d: -f6)
	export HOME
	unset DOCKER_CONFIG
	case $1 in
	v1)
		export DOCKER_CONFIG=/run/docker-config-v1
		mkdir -p "$DOCKER_CONFIG"
		v=$(docker-compose version --short 2>&1) ||
			{ UD_WHY="no docker-compose (v1): ${v##*$'\n'}"; return 1; }
		UD_COMPOSE="docker-compose $v"
		;;
	v2)
		v=$(docker compose version --short 2>&1) ||
			{ UD_WHY="no docker compose plugin (v2): ${v##*$'\n'}"; return 1; }
		UD_COMPOSE="docker compose plugin $v"
		;;
	*) UD_WHY="compose version $1: expected v1 or v2"; return 1 ;;
	esac
	ud_log "compose: $UD_COMPOSE"
}

# ud_compose DIR SETUP ARGS...: networks/compose.sh with slow-host.yml
# over the set-up's file, output appended to DIR/compose.log.  v1 gives
# up on an engine call after COMPOSE_HTTP_TIMEOUT (60 s), which a guest on
# a loaded host exceeded once ("Read timed out" creating the sender).
ud_compose()
{
	local d=$1 setup=$2

	shift 2
	PKT_SLOW=$UML_SLOW COMPOSE_HTTP_TIMEOUT=600 \
		timeout 900 sh "$UML_REPO/networks/compose.sh" "$setup" \
		-p "$UD_PROJECT" -f "$UML_REPO/networks/slow-host.yml" "$@" \
		>>"$d/compose.log" 2>&1 </dev/null
}

# ud_up DIR SETUP [VAR=VALUE...]: one compose experiment and its checks:
# exit 0 and the receiver's own, the result file's name, received == count
# and lost 0 in it, sent == count in the sender's report, the health check
# (ud_health).  UD_NOTE: what it got.
ud_up()
{
	local d=$1 setup=$2 rc got sent result

	shift 2
	mkdir -p "$d/results"
	chmod 777 "$d/results"
	UD_RC="" UD_RESULT=""
	ud_log "$setup: compose up"
	(
		# shellcheck disable=SC2163	# "$@": NAME=VALUE words
		export "$@" PKT_MODE=udp PKT_COUNT="$UML_N" PKT_RATE="$UML_RATE" \
			PKT_RESULTS_DIR="$d/results"
		ud_compose "$d" "$setup" up --exit-code-from receiver
	)
	rc=$?
	ud_log "$setup: compose exit $rc; memory in use $(ud_mem) MiB"
	UD_NOTE="compose exit $rc"
	[ $rc = 0 ] || ud_fail "$setup: compose exit $rc != 0: $(tail -n 3 "$d/compose.log" | tr '\n' ' ')"
	ud_health "$d" "$setup"
	# --exit-code-from: compose's code is the receiver's
	got=$(jq -r '.[0].State.ExitCode' "$d/receiver-inspect.json" 2>&1)
	[ "$got" = "$rc" ] || ud_fail "$setup: receiver exit $got != compose exit $rc"
	# the sender's own report, from the compose log
	sed -n 's/^[^{]*\({"schema_version".*"program":"pktsend".*}\)[^}]*$/\1/p' \
		"$d/compose.log" | tail -n 1 >"$d/tx.json"
	# shellcheck disable=SC2012
	result=$(ls -t "$d/results"/*.json 2>/dev/null | head -n 1)
	UD_RC=$rc UD_RESULT=$result
	if [ -z "$result" ]; then
		ud_fail "$setup: no result file"
		return
	fi
	case ${result##*/} in
	"$setup-udp-"*Z.json) ;;
	*) ud_fail "$setup: result ${result##*/} != $setup-udp-<UTC>.json" ;;
	esac
	got=$(jq -r '[.program, .config.mode, .stats.received, .stats.lost] | @tsv' "$result" 2>&1)
	[ "$got" = "pktrecv	udp	$UML_N	0" ] ||
		ud_fail "$setup: program/mode/received/lost: ${got//	/ } != pktrecv udp $UML_N 0"
	sent=$(jq -r '.stats.sent' "$d/tx.json" 2>/dev/null)
	[ "$sent" = "$UML_N" ] || ud_fail "$setup: sent ${sent:-no sender report} != $UML_N"
	UD_NOTE="$UD_NOTE; sent ${sent:-?}, $(jq -r '"received \(.stats.received), lost \(.stats.lost)"' "$result"); ${result##*/}; $UD_HEALTH"
}

# ud_health DIR SETUP: the receiver's health check, from its container
# (stopped, there until compose down): slow-host.yml's values, and at
# least one check passed.  A check can also fail when it starts while the
# receiver exits; those are named, not counted against the run.
# UD_HEALTH: what it found.
ud_health()
{
	local d=$1 setup=$2 id got want s=$UML_SLOW

	id=$(docker ps -aq --filter "label=com.docker.compose.project=$UD_PROJECT" \
		--filter label=com.docker.compose.service=receiver)
	docker inspect "$id" >"$d/receiver-inspect.json" 2>&1
	got=$(jq -r '.[0].Config.Healthcheck |
		"\(.Interval / 1e9)s \(.Timeout / 1e9)s \(.StartPeriod / 1e9)s \(.Retries) \(.Test | length > 0)"' \
		"$d/receiver-inspect.json" 2>&1)
	want="${s}s $((2 * s))s $((10 * s))s $((10 * s)) true"
	[ "$got" = "$want" ] ||
		ud_fail "$setup: health check interval/timeout/start period/retries/test: $got != $want (slow-host.yml, PKT_SLOW=$s)"
	jq -c '.[0] | {config: .Config.Healthcheck, ran: (.State.Health.Log // [] | length),
		passed: ([.State.Health.Log[]? | select(.ExitCode == 0)] | length)}' \
		"$d/receiver-inspect.json" >"$d/health.json" 2>/dev/null
	UD_HEALTH=$(jq -r 'def t: sub("\\.[0-9]+Z$"; "Z") | fromdateiso8601;
		.[0].State as $st | $st.Health.Log // [] |
		"health check: \(length) ran, \([.[] | select(.ExitCode == 0)] | length) passed" +
		([.[] | select(.ExitCode != 0) |
			"; one failed (exit \(.ExitCode)\(.Output | gsub("\n"; " ") |
			if . == "" then "" else ": " + . end)) \(($st.FinishedAt | t) - (.End | t)) s before the receiver ended"] | join(""))' \
		"$d/receiver-inspect.json" 2>&1)
	case $UD_HEALTH in
	"health check: "*" ran, 0 passed"*) ud_fail "$setup: no health check passed: $UD_HEALTH" ;;
	"health check: "*) ;;
	*) ud_fail "$setup: no health check log: $UD_HEALTH" ;;
	esac
}

# ud_record DIR SETUP [JSON]: one line of UML_WORK/compose-runs.jsonl for the run
# in DIR: compose version and exit code, the sender's report (tx), the
# receiver's result (rx), the health check, and the set-up's own findings
# (JSON, an object).  null where a piece is missing.
ud_record()
{
	local d=$1 f

	for f in "$d/tx.json" "$d/health.json"; do
		[ -s "$f" ] || echo null >"$f"
	done
	jq -cn --arg compose "$UD_COMPOSE" --arg setup "$2" --argjson exit "${UD_RC:-null}" \
		--slurpfile tx "$d/tx.json" --slurpfile rx "${UD_RESULT:-/dev/null}" \
		--slurpfile health "$d/health.json" --argjson more "${3:-{\}}" \
		'{compose: $compose, setup: $setup, exit: $exit, tx: $tx[0], rx: $rx[0],
		  health: $health[0]} + $more' >>"$UML_WORK/compose-runs.jsonl" 2>>"$UML_WORK/record.err" ||
		ud_fail "$2: cannot record the run: $(tail -n 1 "$UML_WORK/record.err")"
}

ud_down()
{
	ud_compose "$1" "$2" down -v -t 1
	ud_log "$2: compose down"
}

# ud_prepare DIR SETUP [VAR=VALUE...]: networks/prepare.sh SETUP up.
ud_prepare()
{
	mkdir -p "$1"
	env "${@:3}" sh "$UML_REPO/networks/prepare.sh" "$2" up >"$1/prepare.log" 2>&1 && return 0
	ud_fail "prepare.sh $2 up: $(tail -n 1 "$1/prepare.log")"
	return 1
}

# --- the set-ups: ud_SETUP DIR NAME (the prefix of its TAP lines) -----------------

# ud_checks SETUP: UD_CHECKS, the TAP lines the set-up writes, in order.
ud_checks()
{
	case $1 in
	trunk) UD_CHECKS=("compose up" "VLAN 100 on the wire") ;;
	ovs) UD_CHECKS=("compose up" "ports in system@ovs-system") ;;
	macvlan) UD_CHECKS=("compose up") ;;
	*) return 1 ;;
	esac
}

# ud_fail_all NAME SETUP: every check of SETUP fails with the reasons so far.
ud_fail_all()
{
	local c msgs=("${UD_MSGS[@]}")

	ud_checks "$2"
	for c in "${UD_CHECKS[@]}"; do
		UD_MSGS=("${msgs[@]}")
		ud_case "$1 $c"
	done
}

ud_trunk()
{
	local d=$1 name=$2 lpid rc got vl

	ud_prepare "$d" trunk || { ud_fail_all "$name" trunk; return; }
	# the switch: what leaves pktbench-t comes back (hairpin)
	nw_reflector "" pktbench-th pktbench-tp ||
		ud_fail "trunk: no hairpin bridge on pktbench-tp: $NW_ERR"
	"$UML_REPO/build/static/pktrecv" -q -m mmap --any-dst -i pktbench-t \
		--vlan 100 -n "$UML_N" -t 600s --ready-file "$d/listener.ready" \
		-o "$d/listener.json" 2>"$d/listener.err" &
	lpid=$!
	ud_wait 30 test -e "$d/listener.ready" || ud_fail "trunk: listener not ready"
	ud_up "$d" trunk PKT_MACVLAN_MODE=vepa
	ud_case "$name compose up" "$UD_NOTE"
	# Docker made the VLAN sub-interface (and removes it at compose down)
	vl=$(ip -d -o link show pktbench-t.100 2>&1 | grep -o 'vlan protocol 802.1Q id [0-9]*')
	[ "$vl" = "vlan protocol 802.1Q id 100" ] ||
		ud_fail "trunk: pktbench-t.100: ${vl:-no such link} != vlan protocol 802.1Q id 100"
	sleep 1
	kill -TERM "$lpid" 2>/dev/null
	wait "$lpid"
	rc=$?
	[ $rc = 0 ] || ud_fail "trunk: listener exit $rc: $(tail -n 1 "$d/listener.err")"
	got=$(jq -r '.stats.received' "$d/listener.json" 2>&1)
	[ "$got" = "$UML_N" ] ||
		ud_fail "trunk: listener on pktbench-t --vlan 100: received $got != $UML_N"
	ud_down "$d" trunk
	ip link show pktbench-t.100 >/dev/null 2>&1 &&
		ud_fail "trunk: pktbench-t.100 is still there after compose down"
	ud_record "$d" trunk "$(jq -c --arg vl "$vl" '{macvlan_mode: "vepa", vlan_link: $vl,
		listener: .}' "$d/listener.json" 2>/dev/null || echo '{}')"
	ud_case "$name VLAN 100 on the wire" \
		"pktbench-t.100 made by Docker: ${vl:-none}; gone after compose down" \
		"listener on pktbench-t --vlan 100 --any-dst: received $got of $UML_N"
	ip link del pktbench-th
	sh "$UML_REPO/networks/prepare.sh" trunk down >>"$d/prepare.log" 2>&1
}

ud_ovs()
{
	local d=$1 name=$2 dp port pk

	ud_prepare "$d" ovs PKT_OVS_DATAPATH=system || { ud_fail_all "$name" ovs; return; }
	ud_up "$d" ovs
	ud_case "$name compose up" "$UD_NOTE"
	dp=$(ovs-vsctl --timeout=5 get bridge pktbench-ovs datapath_type 2>&1)
	[ "$dp" = system ] || ud_fail "ovs: datapath_type $dp != system"
	ovs-dpctl show -s >"$d/dpctl.txt" 2>&1
	grep -q '^system@ovs-system:' "$d/dpctl.txt" || ud_fail "ovs: no system@ovs-system"
	for port in pktbench-os pktbench-or; do
		grep -q "port [0-9]*: $port\$" "$d/dpctl.txt" ||
			ud_fail "ovs: $port not a port of system@ovs-system"
	done
	# the receiver's port passed the packets on to its container
	pk=$(awk '/port [0-9]*: pktbench-or$/ { p = 1; next }
		p && /TX packets:/ { sub(/.*TX packets:/, ""); print $1 + 0; exit }' "$d/dpctl.txt")
	[ "${pk:-0}" -ge "$UML_N" ] ||
		ud_fail "ovs: pktbench-or TX packets ${pk:-none} < $UML_N"
	ud_record "$d" ovs "$(jq -cn --arg dp "$dp" --arg ports "$(grep -o 'port [0-9]*: [a-z-]*' "$d/dpctl.txt" | cut -d' ' -f3 | tr '\n' ' ')" \
		--argjson tx "${pk:-null}" '{datapath_type: $dp, dp_ports: ($ports | split(" ") | map(select(. != ""))),
		pktbench_or_tx_packets: $tx}')"
	ud_case "$name ports in system@ovs-system" \
		"datapath_type $dp; $(grep -E '^system@|port [0-9]+: ' "$d/dpctl.txt" | sed 's/^ *//' | tr '\n' ';' | sed 's/;/; /g')" \
		"pktbench-or TX packets $pk (>= $UML_N)"
	ud_down "$d" ovs
	sh "$UML_REPO/networks/prepare.sh" ovs down >>"$d/prepare.log" 2>&1
}

ud_macvlan()
{
	local d=$1 name=$2

	ud_prepare "$d" macvlan || { ud_fail_all "$name" macvlan; return; }
	ud_up "$d" macvlan
	ud_record "$d" macvlan
	ud_case "$name compose up" "$UD_NOTE"
	ud_down "$d" macvlan
	sh "$UML_REPO/networks/prepare.sh" macvlan down >>"$d/prepare.log" 2>&1
}

docker_main()
{
	local s v c

	export PKTBENCH_CASES=$UML_WORK/cases
	: >"$PKTBENCH_CASES"
	: >"$UML_WORK/compose-runs.jsonl"
	rm -rf "$UML_WORK/out"
	mkdir -p "$UML_WORK/out"
	UML_N=${UML_N:-2000} UML_RATE=${UML_RATE:-100pps} UML_SLOW=${UML_SLOW:-10}
	UML_SETUPS=${UML_SETUPS:-trunk,ovs,macvlan} UML_COMPOSE=${UML_COMPOSE:-v1,v2}
	if ! ud_engine; then
		for v in ${UML_COMPOSE//,/ }; do
			for s in ${UML_SETUPS//,/ }; do
				ud_fail_all "$v $s:" "$s"
			done
		done
		return
	fi
	for v in ${UML_COMPOSE//,/ }; do
		if ! ud_compose_pick "$v"; then
			for s in ${UML_SETUPS//,/ }; do
				ud_checks "$s"
				for c in "${UD_CHECKS[@]}"; do
					t_case_skip "$v $s: $c" "$UD_WHY"
				done
			done
			continue
		fi
		for s in ${UML_SETUPS//,/ }; do
			"ud_$s" "$UML_WORK/out/$v/$s" "$v $s ($UD_COMPOSE):"
		done
	done
	nw_ovs_stop
}

# --- host side ------------------------------------------------------------------

[ "${BASH_SOURCE[0]}" = "$0" ] || return 0
set -u
here=$(cd "$(dirname "$0")" && pwd)
setups=${PKTBENCH_UML_SETUPS:-trunk,ovs,macvlan}
versions=${PKTBENCH_UML_COMPOSE:-v1,v2}
want=0
for v in ${versions//,/ }; do
	case $v in v1 | v2) ;; *) echo "PKTBENCH_UML_COMPOSE: $v: expected v1, v2 or v1,v2" >&2; exit 2 ;; esac
	for s in ${setups//,/ }; do
		case $s in
		trunk | ovs) want=$((want + 2)) ;;
		macvlan) want=$((want + 1)) ;;
		*) echo "PKTBENCH_UML_SETUPS: $s: expected trunk, ovs, macvlan" >&2; exit 2 ;;
		esac
	done
done
# shellcheck source=tests/uml/lib.sh
. "$here/lib.sh"
uml_work umldocker

# The guest runs the host's programs: the engine's and compose's.
for p in dockerd containerd runc docker; do
	command -v "$p" >/dev/null 2>&1 ||
		{ echo "SKIP: no $p here (the guest runs the host's Docker engine; apt-get install docker.io)"; exit 4; }
done
command -v docker-compose >/dev/null 2>&1 || docker compose version >/dev/null 2>&1 ||
	{ echo "SKIP: neither docker-compose nor docker compose here"; exit 4; }
# The images: docker save'd on the host (the guest's engine cannot reach
# the host's), loaded once in the guest.
if [ -n "${PKTBENCH_UML_IMAGES:-}" ]; then
	[ -s "$PKTBENCH_UML_IMAGES" ] ||
		{ echo "PKTBENCH_UML_IMAGES=$PKTBENCH_UML_IMAGES: no such file"; exit 1; }
	# the guest gets an absolute path
	images=$(cd "$(dirname "$PKTBENCH_UML_IMAGES")" && pwd)/${PKTBENCH_UML_IMAGES##*/}
else
	docker image inspect pktbench/sender:latest pktbench/receiver:latest >/dev/null 2>&1 ||
		{ echo "SKIP: no pktbench images in a Docker engine here to save (make images), nor PKTBENCH_UML_IMAGES"; exit 4; }
	images=$work/images.tar
	docker save -o "$images" pktbench/sender:latest pktbench/receiver:latest ||
		{ echo "docker save pktbench/sender:latest pktbench/receiver:latest failed"; exit 1; }
fi

start=$SECONDS
UML_MEM=${PKTBENCH_UML_MEM:-2G} UML_TIMEOUT=${PKTBENCH_UML_TIMEOUT:-1500} \
	uml_launch docker "UML_SETUPS=$setups" "UML_IMAGES=$images" \
	"UML_N=${PKTBENCH_UML_COUNT:-2000}" "UML_RATE=${PKTBENCH_UML_RATE:-100pps}" \
	"UML_SLOW=${PKTBENCH_UML_SLOW:-10}" "UML_COMPOSE=$versions"
secs=$((SECONDS - start))
if [ -n "${PKTBENCH_UML_LOG:-}" ]; then
	mkdir -p "$PKTBENCH_UML_LOG" &&
		cp -r "$work"/*.log "$work/cases" "$work/compose-runs.jsonl" "$work/out" \
			"$PKTBENCH_UML_LOG/" 2>/dev/null
fi
# below the checks: the guest's own clock, step by step, then the host's
# wall time
uml_verdict "$want" checks "$(sed -n 's/^uml: \(.*\) uptime=\([0-9.]*\)$/# \2 s  \1/p' "$work/docker.log" 2>/dev/null
echo "# guest booted, ran and powered off in $secs s")"
