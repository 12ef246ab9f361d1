# SPDX-License-Identifier: MIT
# shellcheck shell=sh
#
# pktbench lab: several Docker engines on this one machine, each a "host"
# of its own (docs/lab.md).  Sourced by bin/pktbench (POSIX sh) after
# networks/lib-setup.sh, the topology home, which builds the wire between
# them (topo_underlay: a bridge in a hub namespace, a namespace per host).
#
# Every engine runs in a network namespace of its own (entered with
# nsenter --net, which leaves /sys and its cgroups visible, unlike ip netns
# exec) and in a UTS namespace of its own (its hostname is its name), with
# its own address on the underlay, config file, data-root, exec-root,
# socket, pidfile, cgroup parent and managed containerd.  The registry is
# Debian's docker-registry in a namespace of its own on the same underlay.
#
# Names (NAME: --name or PKT_LAB_NAME, default pktlab):
#   network namespaces  NAME-h (the hub: bridge br0, ports vK, vreg,
#                       vlocal), NAME-1..NAME-N, NAME-reg (topo_underlay
#                       with TOPO_ID=NAME)
#   host interface      NAMEh (this machine's leg: .1 of the subnet)
#   addresses           registry .2:5000, node K .(10+K)
#   hostnames           NAMEK (each engine's UTS namespace)
#   files               /run/NAME (state, sockets, exec-roots, logs),
#                       /var/lib/NAME (data-roots, registry storage)
#   cgroups             /NAMEK in every hierarchy (the nodes' containers,
#                       memory capped at LAB_MEM each)
#
# The shell API a runner drives (all return 0 or 1 with LAB_REASON set,
# after lab_load):
#   lab_load                       reads the state of lab NAME; 1 if not up
#   lab_nodes                      prints 1..N
#   lab_addr K                     node K's underlay address
#   lab_ns K                       node K's network namespace
#   lab_sock K                     node K's engine socket (unix://...)
#   lab_exec K CMD...              CMD in node K's network namespace
#   lab_docker K ARGS...           the docker CLI against node K's engine
#   lab_dockert SECONDS K ARGS...  the same, bounded
#   lab_image ROLE                 the image name on the lab's registry
#   lab_deploy SETUP STACK RX TX [VAR=VALUE...]
#                                  starts one run: SETUP overlay, macvlan
#                                  (swarm stacks) or host (docker run on
#                                  the host network), the receiver on node
#                                  RX, the sender on node TX
#   lab_wait STACK TX SECONDS      waits until the sender has ended
#   lab_result STACK TX FILE       the combined JSON result into FILE;
#                                  LAB_CODE the sender's exit code,
#                                  LAB_REASON its last error line
#   lab_remove STACK               removes the run (stack, containers,
#                                  networks, volumes), bounded
#   lab_run_one SETUP FILE RX TX [VAR=VALUE...]
#                                  all four; prints one line
# Everything here is bounded in time (timeout); nothing waits forever.

LAB_REASON=
LAB_NAME=${PKT_LAB_NAME:-pktlab}
LAB_SUBNET_DEFAULT=10.231.80.0/24
LAB_PORT=5000
LAB_MEM=512M
LAB_MAX_NODES=8
LAB_NODES=0
LAB_SUBNET=
LAB_NET=
LAB_REGISTRY=
LAB_CODE=

# lab_err MESSAGE: one line on stderr, whatever a value in it holds
# (control characters as ?).
lab_err()
{
	printf 'pktbench lab: %s\n' "$(nw_safe "$*")" >&2
}

# lab_names: the derived names and paths of lab LAB_NAME.
lab_names()
{
	LAB_RUN=/run/$LAB_NAME
	LAB_DATA=/var/lib/$LAB_NAME
	LAB_HUB=${LAB_NAME}-h
	LAB_REGNS=${LAB_NAME}-reg
	LAB_HOSTIF=${LAB_NAME}h
}

lab_ns_exists()
{
	[ -e "/run/netns/$1" ]
}

# lab_overlap A/LA B/LB: two prefixes overlap when they agree on the
# shorter of the two lengths.
lab_overlap()
{
	awk -v a="$1" -v b="$2" '
	function num(s, p) { split(s, p, "."); return ((p[1] * 256 + p[2]) * 256 + p[3]) * 256 + p[4] }
	BEGIN {
		split(a, x, "/"); split(b, y, "/")
		la = (x[2] == "") ? 32 : x[2]; lb = (y[2] == "") ? 32 : y[2]
		l = la < lb ? la : lb
		m = 2 ^ (32 - l)
		exit !(int(num(x[1]) / m) == int(num(y[1]) / m))
	}'
}

# lab_subnet_free NET/LEN: nothing on this host uses an overlapping prefix
# (addresses and routes of every table).  LAB_REASON names the first clash.
lab_subnet_free()
{
	LAB_REASON=
	for _ul_p in $( (ip -4 -o addr show | awk '{ print $4 }'
		ip -4 route show table all | awk '$1 ~ /^[0-9.\/]+$/ { print $1 }') |
		sort -u); do
		if lab_overlap "$1" "$_ul_p"; then
			_ul_where=$(ip -4 route show table all | awk -v p="$_ul_p" '$1 == p { print; exit }')
			LAB_REASON="subnet $1 is in use on this host ($_ul_p${_ul_where:+: $_ul_where})"
			return 1
		fi
	done
	return 0
}

# lab_port_state PORT: up or down, the hub's port of a host (vK, vreg).
lab_port_state()
{
	if ip -n "$LAB_HUB" -o link show "$1" 2>/dev/null | grep -q '[<,]UP[,>]'; then
		echo up
	else
		echo down
	fi
}

lab_name_ok()
{
	case $1 in
	'' | [!a-z]* | *[!a-z0-9]*) return 1 ;;
	esac
	[ ${#1} -le 12 ]
}

lab_nodes()
{
	seq 1 "$LAB_NODES"
}

lab_ns()
{
	echo "$LAB_NAME-$1"
}

lab_addr()
{
	echo "$LAB_NET.$((10 + $1))"
}

lab_sock()
{
	echo "unix://$LAB_RUN/node$1/docker.sock"
}

lab_exec()
{
	_lx_k=$1
	shift
	nsenter --net="/run/netns/$(lab_ns "$_lx_k")" "$@"
}

lab_docker()
{
	_ld_k=$1
	shift
	docker -H "$(lab_sock "$_ld_k")" "$@"
}

# lab_dockert SECONDS K ARGS...: lab_docker, bounded.
lab_dockert()
{
	_ld_t=$1 _ld_k=$2
	shift 2
	timeout "$_ld_t" docker -H "$(lab_sock "$_ld_k")" "$@"
}

# lab_version: the version the images are tagged with (src/core/cfg.h).
lab_version()
{
	sed -n 's/^#define PKT_VERSION_STR "\(.*\)"$/\1/p' \
		"$PKTBENCH_ROOT/src/core/cfg.h"
}

lab_image()
{
	echo "$LAB_REGISTRY/pktbench/$1:${PKT_TAG:-latest}"
}

# lab_load: the state lab up wrote.
lab_load()
{
	LAB_REASON=
	lab_name_ok "$LAB_NAME" || {
		LAB_REASON="lab name '$LAB_NAME': 1..12 of [a-z0-9], starting with a letter"
		return 1
	}
	lab_names
	if [ ! -f "$LAB_RUN/lab.conf" ]; then
		LAB_REASON="lab $LAB_NAME is not up (pktbench lab up)"
		return 1
	fi
	LAB_NODES=$(sed -n 's/^nodes=//p' "$LAB_RUN/lab.conf")
	LAB_SUBNET=$(sed -n 's/^subnet=//p' "$LAB_RUN/lab.conf")
	LAB_REGISTRY=$(sed -n 's/^registry=//p' "$LAB_RUN/lab.conf")
	LAB_NET=${LAB_SUBNET%.*}
	return 0
}

# --- up ---------------------------------------------------------------------

lab_usage_up()
{
	echo "usage: pktbench lab up [--nodes N] [--registry] [--subnet A.B.C.0/24] [--name NAME]"
}

# lab_cgroup_prepare K: the cgroup parent of node K's containers, memory
# capped, in the hierarchy this machine has (v1: memory/, v2: unified).
lab_cgroup_prepare()
{
	_cg=/$LAB_NAME$1
	if [ -f /sys/fs/cgroup/cgroup.controllers ]; then
		mkdir -p "/sys/fs/cgroup$_cg" 2>/dev/null &&
			echo "$LAB_MEM" >"/sys/fs/cgroup$_cg/memory.max" 2>/dev/null
	elif [ -d /sys/fs/cgroup/memory ]; then
		mkdir -p "/sys/fs/cgroup/memory$_cg" 2>/dev/null &&
			echo "$LAB_MEM" >"/sys/fs/cgroup/memory$_cg/memory.limit_in_bytes" 2>/dev/null
	fi || lab_err "node $1: no memory cap on cgroup $_cg (the nodes share the machine's memory)"
	return 0
}

# lab_engine_start K: writes node K's config and starts its dockerd.
lab_engine_start()
{
	_d=$LAB_RUN/node$1
	mkdir -p "$_d/exec" "$LAB_DATA/node$1" || return 1
	_v=$(dockerd --version | sed -n 's/^Docker version \([0-9]*\)\..*/\1/p')
	# Docker before 23 derives its ID from a key file, by default the
	# host's /etc/docker/key.json (created there if missing): each node
	# gets its own.  Later versions keep the ID in the data-root.
	_key=
	[ -n "$_v" ] && [ "$_v" -lt 23 ] &&
		_key="\"deprecated-key-path\": \"$_d/key.json\","
	_insec=
	[ -n "$LAB_REGISTRY" ] && _insec="\"insecure-registries\": [\"$LAB_REGISTRY\"],"
	cat >"$_d/daemon.json" <<EOF
{
	"data-root": "$LAB_DATA/node$1",
	"exec-root": "$_d/exec",
	"pidfile": "$_d/docker.pid",
	"hosts": ["$(lab_sock "$1")"],
	"cgroup-parent": "/$LAB_NAME$1",
	"exec-opts": ["native.cgroupdriver=cgroupfs"],
	$_key
	$_insec
	"labels": ["pktbench.lab=$LAB_NAME", "pktbench.node=node$1"],
	"log-driver": "json-file",
	"log-opts": {"max-size": "10m", "max-file": "2"}
}
EOF
	lab_cgroup_prepare "$1"
	# setsid: a terminal's ^C to a later command does not reach it; the
	# UTS namespace gives it the hostname NAMEK (docker node ls)
	setsid nsenter --net="/run/netns/$(lab_ns "$1")" unshare --uts \
		sh -c 'echo "$1" >/proc/sys/kernel/hostname && shift && exec "$@"' \
		sh "$LAB_NAME$1" dockerd --config-file "$_d/daemon.json" \
		>"$_d/dockerd.log" 2>&1 </dev/null &
}

# lab_engine_wait K SECONDS: node K's engine answers.
lab_engine_wait()
{
	slowwait "$2" lab_dockert 5 "$1" version >/dev/null 2>&1 && return 0
	LAB_REASON="node $1: the engine does not answer after $2 s: $(grep -v '^$' "$LAB_RUN/node$1/dockerd.log" | tail -n 1)"
	return 1
}

lab_registry_start()
{
	mkdir -p "$LAB_DATA/registry" || return 1
	cat >"$LAB_RUN/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $LAB_DATA/registry
  delete:
    enabled: true
http:
  addr: $LAB_REGISTRY
EOF
	setsid sh -c 'echo $$ >"$1" && shift && exec "$@"' sh "$LAB_RUN/registry.pid" \
		nsenter --net="/run/netns/$LAB_REGNS" docker-registry serve \
		"$LAB_RUN/registry.yml" >"$LAB_RUN/registry.log" 2>&1 </dev/null &
}

# lab_registry_answers [K] [SECONDS]: GET /v2/ answers, from node K's
# namespace (or this machine's) within SECONDS (default 3).
lab_registry_answers()
{
	if [ -n "${1:-}" ]; then
		lab_exec "$1" curl -sf -m "${2:-3}" -o /dev/null "http://$LAB_REGISTRY/v2/"
	else
		curl -sf -m "${2:-3}" -o /dev/null "http://$LAB_REGISTRY/v2/"
	fi
}

lab_up_cmd()
{
	_n=3 _reg=0 _sub=$LAB_SUBNET_DEFAULT
	while [ $# -gt 0 ]; do
		case $1 in
		--nodes) _n=${2:-}; shift ;;
		--nodes=*) _n=${1#*=} ;;
		--registry) _reg=1 ;;
		--subnet) _sub=${2:-}; shift ;;
		--subnet=*) _sub=${1#*=} ;;
		--name) LAB_NAME=${2:-}; shift ;;
		--name=*) LAB_NAME=${1#*=} ;;
		-h | --help) lab_usage_up; return 0 ;;
		*) lab_err "up: unknown option '$1'"; lab_usage_up >&2; return 2 ;;
		esac
		[ $# -gt 0 ] && shift
	done
	case $_n in
	'' | *[!0-9]*) lab_err "up: --nodes '$_n': not a number; accepted 1..$LAB_MAX_NODES"; return 2 ;;
	esac
	[ "$_n" -ge 1 ] && [ "$_n" -le $LAB_MAX_NODES ] ||
		{ lab_err "up: --nodes '$_n': out of range; accepted 1..$LAB_MAX_NODES"; return 2; }
	echo "$_sub" | grep -Eq '^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){2}\.0/24$' ||
		{ lab_err "up: --subnet '$_sub': not a /24 like 10.231.80.0/24"; return 2; }
	lab_name_ok "$LAB_NAME" ||
		{ lab_err "up: --name '$LAB_NAME': 1..12 of [a-z0-9], starting with a letter"; return 2; }
	lab_names
	[ "$(id -u)" = 0 ] || { lab_err "up: needs root (namespaces, engines)"; return 4; }
	for _c in ip nsenter unshare setsid dockerd docker jq curl; do
		command -v "$_c" >/dev/null 2>&1 ||
			{ lab_err "up: $_c not found"; return 4; }
	done
	[ "$_reg" = 0 ] || command -v docker-registry >/dev/null 2>&1 ||
		{ lab_err "up: --registry: docker-registry not found (apt-get install docker-registry; scripts/deps.sh)"; return 4; }
	# claim the name: mkdir is atomic
	mkdir -p /run || return 1
	if ! mkdir "$LAB_RUN" 2>/dev/null; then
		lab_err "up: lab $LAB_NAME is up already, or left over ($LAB_RUN): pktbench lab down${LAB_NAME:+ --name $LAB_NAME}"
		return 1
	fi
	for _x in "$LAB_HUB" "$LAB_REGNS" $(seq 1 "$_n" | sed "s/^/$LAB_NAME-/"); do
		lab_ns_exists "$_x" && {
			rmdir "$LAB_RUN"
			lab_err "up: network namespace $_x exists already: not ours to reuse"
			return 1
		}
	done
	if ip link show "$LAB_HOSTIF" >/dev/null 2>&1 || [ -e "$LAB_DATA" ]; then
		rmdir "$LAB_RUN"
		lab_err "up: $LAB_HOSTIF or $LAB_DATA exists already: pktbench lab down --name $LAB_NAME"
		return 1
	fi
	if ! lab_subnet_free "$_sub"; then
		rmdir "$LAB_RUN"
		lab_err "up: $LAB_REASON: pick another with --subnet"
		return 1
	fi
	LAB_NODES=$_n LAB_SUBNET=$_sub LAB_NET=${_sub%.*}
	LAB_REGISTRY=
	[ "$_reg" = 1 ] && LAB_REGISTRY=$LAB_NET.2:$LAB_PORT
	# the state first: lab down finds whatever exists from here on
	printf 'nodes=%s\nsubnet=%s\nregistry=%s\n' "$LAB_NODES" "$LAB_SUBNET" \
		"$LAB_REGISTRY" >"$LAB_RUN/lab.conf"
	trap 'lab_down_all >/dev/null 2>&1; exit 130' INT TERM HUP
	if ! lab_up_steps; then
		lab_err "up: $LAB_REASON"
		lab_down_all >/dev/null 2>&1
		trap - INT TERM HUP
		return 1
	fi
	trap - INT TERM HUP
	lab_status
}

# lab_topo: the topology home's names for this lab (networks/lib-setup.sh).
lab_topo()
{
	TOPO_ID=$LAB_NAME TOPO_NET=$LAB_NET TOPO_UL_BASE=10
}

lab_up_steps()
{
	lab_topo
	# the nodes at .(10+K), this machine's leg at .1, the registry's at .2
	topo_underlay "$LAB_NODES" &&
		topo_underlay_local "$LAB_HOSTIF" "$LAB_NET.1/24" ||
		{ LAB_REASON=$NW_ERR; return 1; }
	if [ -n "$LAB_REGISTRY" ]; then
		topo_underlay_leg reg "$LAB_NET.2/24" ||
			{ LAB_REASON=$NW_ERR; return 1; }
		lab_registry_start ||
			{ LAB_REASON="registry: cannot start it"; return 1; }
	fi
	for _k in $(lab_nodes); do
		lab_engine_start "$_k" ||
			{ LAB_REASON="node $_k: cannot start its engine"; return 1; }
	done
	for _k in $(lab_nodes); do
		lab_engine_wait "$_k" 60 || return 1
	done
	if [ -n "$LAB_REGISTRY" ] && ! slowwait 20 lab_registry_answers "" 1; then
		LAB_REASON="registry $LAB_REGISTRY does not answer after 20 s: $(tail -n 1 "$LAB_RUN/registry.log")"
		return 1
	fi
	return 0
}

# --- status -------------------------------------------------------------------

# shellcheck disable=SC2120
lab_status()
{
	lab_args_name "$@" || return 2
	lab_load || { echo "lab $LAB_NAME: down"; return 3; }
	echo "lab $LAB_NAME: $LAB_NODES nodes on $LAB_SUBNET (bridge br0 in netns $LAB_HUB; this machine $LAB_NET.1 on $LAB_HOSTIF)"
	if [ -n "$LAB_REGISTRY" ]; then
		if lab_registry_answers "" 2; then _st=answers; else _st="does not answer"; fi
		echo "registry: $LAB_REGISTRY (netns $LAB_REGNS, link $(lab_port_state vreg)): $_st; push with: make push REGISTRY=$LAB_REGISTRY INSECURE=1"
	else
		echo "registry: none (pktbench lab up --registry)"
	fi
	printf '%-5s %-10s %-14s %-5s %-16s %-26s %s\n' node netns address link engine swarm socket
	for _k in $(lab_nodes); do
		_e=$(timeout 5 docker -H "$(lab_sock "$_k")" info -f \
			'{{.ServerVersion}}|{{.Swarm.LocalNodeState}}|{{.Swarm.ControlAvailable}}|{{.Name}}' 2>/dev/null)
		if [ -n "$_e" ]; then
			_sw=${_e#*|}
			_role=worker
			[ "$(echo "$_sw" | cut -d'|' -f2)" = true ] && _role=manager
			_sw=$(echo "$_sw" | cut -d'|' -f1)
			[ "$_sw" = active ] && _sw="$_role"
			_sw="$_sw (host ${_e##*|})"
			_e=${_e%%|*}
		else
			_e="no answer" _sw=-
		fi
		printf '%-5s %-10s %-14s %-5s %-16s %-26s %s\n' "$_k" "$(lab_ns "$_k")" \
			"$(lab_addr "$_k")" "$(lab_port_state "v$_k")" "$_e" "$_sw" "$(lab_sock "$_k")"
	done
	return 0
}

# --- down ---------------------------------------------------------------------

# lab_pids [K]: every process of lab LAB_NAME (of its node K): in its
# network namespaces, naming its paths, or in its cgroups (the containers).
lab_pids()
{
	if [ -n "${1:-}" ]; then
		_lp_ns=$(lab_ns "$1") _lp_r=$LAB_RUN/node$1 _lp_d=$LAB_DATA/node$1
	else
		_lp_ns=$(lab_ns_list) _lp_r=$LAB_RUN _lp_d=$LAB_DATA
	fi
	{
		for _ns in $_lp_ns; do
			ip netns pids "$_ns" 2>/dev/null
		done
		# (the last letter in brackets: grep's own command line does
		# not match)
		grep -alsE -e "${_lp_r%?}[${_lp_r#"${_lp_r%?}"}]/" \
			-e "${_lp_d%?}[${_lp_d#"${_lp_d%?}"}]/" \
			/proc/[0-9]*/cmdline | cut -d/ -f3
		for _cg in $(lab_cgroup_dirs ${1:+"$1"}); do
			find "$_cg" -name cgroup.procs -exec cat {} + 2>/dev/null
		done
	} | sort -un | grep -vx "$$"
}

# lab_ns_list: this lab's network namespaces that exist.
lab_ns_list()
{
	for _ns in /run/netns/"$LAB_NAME"*; do
		_ns=${_ns#/run/netns/}
		case ${_ns#"$LAB_NAME"} in
		-h | -reg | -[1-9] | -[1-9][0-9]) echo "$_ns" ;;
		esac
	done
}

# lab_cgroup_dirs [K]: this lab's cgroups (node K's), in every hierarchy.
lab_cgroup_dirs()
{
	awk '$9 == "cgroup" || $9 == "cgroup2" { print $5 }' /proc/self/mountinfo 2>/dev/null |
		while read -r _m; do
			if [ -n "${1:-}" ]; then
				[ -d "$_m/$LAB_NAME$1" ] && echo "$_m/$LAB_NAME$1"
			else
				for _d in "$_m/$LAB_NAME"[1-9] "$_m/$LAB_NAME"[1-9][0-9]; do
					[ -d "$_d" ] && echo "$_d"
				done
			fi
		done
}

# lab_mounts: mount points under the lab's directories, deepest first.
lab_mounts()
{
	awk -v r="$LAB_RUN" -v d="$LAB_DATA" '
	{ m = $5; gsub(/\\040/, " ", m) }
	m == r || m == d || index(m, r "/") == 1 || index(m, d "/") == 1 { print length(m) "\t" m }' \
		/proc/self/mountinfo | sort -rn | cut -f2-
}

lab_kill_wait()
{
	# $1 signal, $2 tenths of seconds, then the pids
	_sig=$1 _t=$2
	shift 2
	[ $# -gt 0 ] || return 0
	kill "-$_sig" "$@" 2>/dev/null
	while [ "$_t" -gt 0 ]; do
		_alive=
		for _p in "$@"; do
			kill -0 "$_p" 2>/dev/null && _alive=1
		done
		[ -z "$_alive" ] && return 0
		_t=$((_t - 1))
		sleep 0.1
	done
	return 1
}

lab_down_cmd()
{
	lab_args_name "$@" || return 2
	[ "$(id -u)" = 0 ] || { lab_err "down: needs root"; return 4; }
	lab_down_all
}

# lab_down_all: removes whatever of lab LAB_NAME exists (idempotent):
# swarm, containers, engines, registry, then mounts, cgroups, namespaces,
# files.  1 and a line per leftover if anything could not be removed.
lab_down_all()
{
	lab_names
	lab_load 2>/dev/null || LAB_NODES=$(lab_ns_list | sed -n "s/^$LAB_NAME-\([0-9]*\)\$/\1/p" | sort -n | tail -n 1)
	LAB_NODES=${LAB_NODES:-0}
	# 1. engines that answer: their containers and the swarm, briefly
	_bg=
	for _k in $(lab_nodes); do
		[ -S "$LAB_RUN/node$_k/docker.sock" ] || continue
		(
			_ids=$(timeout 10 docker -H "$(lab_sock "$_k")" ps -q 2>/dev/null)
			# shellcheck disable=SC2086
			[ -n "$_ids" ] && timeout 20 docker -H "$(lab_sock "$_k")" rm -f $_ids >/dev/null 2>&1
			timeout 20 docker -H "$(lab_sock "$_k")" swarm leave --force >/dev/null 2>&1
		) &
		_bg="$_bg $!"
	done
	# (not a bare wait: the engines this shell started are its children too)
	for _p in $_bg; do
		wait "$_p"
	done
	# 2. the engines and the registry: SIGTERM, then SIGKILL
	_pids=
	for _k in $(lab_nodes); do
		_p=$(cat "$LAB_RUN/node$_k/docker.pid" 2>/dev/null)
		[ -n "$_p" ] && kill -0 "$_p" 2>/dev/null && _pids="$_pids $_p"
	done
	_p=$(cat "$LAB_RUN/registry.pid" 2>/dev/null)
	[ -n "$_p" ] && kill -0 "$_p" 2>/dev/null && _pids="$_pids $_p"
	# shellcheck disable=SC2086
	lab_kill_wait TERM 200 $_pids || lab_kill_wait KILL 30 $_pids
	# 3. anything left of theirs (containerd, shims, containers)
	_pids=$(lab_pids)
	# shellcheck disable=SC2086
	# shellcheck disable=SC2046
	[ -n "$_pids" ] && { lab_kill_wait TERM 30 $_pids || lab_kill_wait KILL 30 $(lab_pids); }
	# 4. mounts (overlay, fuse-overlayfs, shm, netns bind mounts), deepest first
	lab_mounts | while IFS= read -r _m; do
		umount "$_m" 2>/dev/null || umount -l "$_m" 2>/dev/null
	done
	# 5. cgroups, innermost first
	for _cg in $(lab_cgroup_dirs); do
		find "$_cg" -depth -type d -exec rmdir {} + 2>/dev/null
	done
	# 6. the sockets of shims that were killed, in containerd's shared
	# directory: named sha256(containerd address/namespace/container ID)
	for _f in $(lab_shim_sockets); do
		[ -S "$_f" ] && rm -f "$_f"
	done
	# 7. the underlay: the topology home removes what exists of it
	TOPO_ID=$LAB_NAME TOPO_NSES=$(lab_ns_list) TOPO_LINKS=
	ip link show "$LAB_HOSTIF" >/dev/null 2>&1 && TOPO_LINKS=$LAB_HOSTIF
	topo_down
	# 8. files, unless something is still mounted there
	[ -z "$(lab_mounts)" ] && rm -rf --one-file-system "$LAB_DATA" "$LAB_RUN"
	lab_leftovers
}

# lab_shim_sockets: where containerd's shims of the lab's containers
# listen(ed): /run/containerd/s/<sha256 of address/moby/ID>.
lab_shim_sockets()
{
	for _c in "$LAB_DATA"/node*/containers/*; do
		[ -d "$_c" ] || continue
		_k=${_c#"$LAB_DATA"/node}
		_k=${_k%%/*}
		printf '%s' "$LAB_RUN/node$_k/exec/containerd/containerd.sock/moby/${_c##*/}" |
			sha256sum | awk '{ print "/run/containerd/s/" $1 }'
	done
}

# lab_leftovers: 0 when nothing of lab LAB_NAME is left, else one line each.
lab_leftovers()
{
	_left=
	for _x in $(lab_ns_list); do _left="$_left netns:$_x"; done
	ip link show "$LAB_HOSTIF" >/dev/null 2>&1 && _left="$_left link:$LAB_HOSTIF"
	for _x in $(lab_pids); do _left="$_left pid:$_x($(cat /proc/"$_x"/comm 2>/dev/null))"; done
	for _x in $(lab_mounts); do _left="$_left mount:$_x"; done
	for _x in $(lab_cgroup_dirs); do _left="$_left cgroup:$_x"; done
	for _x in $(lab_shim_sockets); do [ -e "$_x" ] && _left="$_left socket:$_x"; done
	for _x in "$LAB_RUN" "$LAB_DATA"; do [ -e "$_x" ] && _left="$_left dir:$_x"; done
	if [ -n "$_left" ]; then
		lab_err "down: left over:$_left"
		return 1
	fi
	echo "lab $LAB_NAME: down"
}

# --- swarm --------------------------------------------------------------------

# lab_swarm: node 1 the manager, the others workers, each labelled
# pktbench.node=nodeK; idempotent (joins the nodes that are not in it).
lab_swarm()
{
	lab_args_name "$@" || return 2
	lab_load || { lab_err "swarm: $LAB_REASON"; return 1; }
	_a1=$(lab_addr 1)
	case $(lab_dockert 10 1 info -f '{{.Swarm.LocalNodeState}}' 2>/dev/null) in
	active) ;;
	inactive)
		# the overlay networks' address pool: the lab's own block
		lab_dockert 60 1 swarm init --advertise-addr "$_a1" \
			--listen-addr "$_a1:2377" --default-addr-pool 10.231.88.0/21 \
			--default-addr-pool-mask-length 24 >"$LAB_RUN/swarm.log" 2>&1 ||
			{ lab_err "swarm: init on node 1: $(tail -n 1 "$LAB_RUN/swarm.log")"; return 1; } ;;
	*) lab_err "swarm: node 1's engine does not answer"; return 1 ;;
	esac
	_tok=$(lab_dockert 10 1 swarm join-token -q worker) ||
		{ lab_err "swarm: no join token from node 1"; return 1; }
	for _k in $(lab_nodes); do
		[ "$_k" = 1 ] && continue
		[ "$(lab_dockert 10 "$_k" info -f '{{.Swarm.LocalNodeState}}' 2>/dev/null)" = active ] &&
			continue
		lab_dockert 60 "$_k" swarm join --token "$_tok" \
			--advertise-addr "$(lab_addr "$_k")" --listen-addr "$(lab_addr "$_k"):2377" \
			"$_a1:2377" >>"$LAB_RUN/swarm.log" 2>&1 ||
			{ lab_err "swarm: node $_k: join: $(tail -n 1 "$LAB_RUN/swarm.log")"; return 1; }
	done
	for _k in $(lab_nodes); do
		_id=$(lab_dockert 10 "$_k" info -f '{{.Swarm.NodeID}}' 2>/dev/null)
		[ -n "$_id" ] || { lab_err "swarm: node $_k: no swarm node ID"; return 1; }
		lab_dockert 20 1 node update --label-add "pktbench.node=node$_k" "$_id" >/dev/null ||
			{ lab_err "swarm: node $_k: cannot label it"; return 1; }
	done
	# a node that left and joined again is a new node; the old one is Down
	for _id in $(lab_dockert 10 1 node ls --format '{{.ID}} {{.Hostname}} {{.Status}}' 2>/dev/null |
		awk -v p="$LAB_NAME" '$3 == "Down" && index($2, p) == 1 { print $1 }'); do
		lab_dockert 20 1 node rm --force "$_id" >/dev/null 2>&1
	done
	lab_swarm_ready 60 || { lab_err "swarm: $LAB_REASON"; return 1; }
	lab_dockert 10 1 node ls --format '{{.Hostname}}	{{.Status}}	{{.ManagerStatus}}	{{.ID}}'
}

# lab_swarm_ready SECONDS: every node of the lab is Ready in the swarm.
lab_swarm_ready()
{
	_w=$(($1 * 2))
	while :; do
		_ready=$(lab_dockert 10 1 node ls --format '{{.Hostname}} {{.Status}}' 2>/dev/null |
			awk -v p="$LAB_NAME" '$2 == "Ready" && index($1, p) == 1' | sort -u | wc -l)
		[ "$_ready" -ge "$LAB_NODES" ] && return 0
		_w=$((_w - 1))
		[ "$_w" -gt 0 ] || break
		sleep 0.5
	done
	LAB_REASON="$_ready of $LAB_NODES nodes Ready after $1 s"
	return 1
}

lab_args_name()
{
	while [ $# -gt 0 ]; do
		case $1 in
		--name) LAB_NAME=${2:-}; shift ;;
		--name=*) LAB_NAME=${1#*=} ;;
		*) lab_err "unknown option '$1' (accepted: --name NAME)"; return 1 ;;
		esac
		[ $# -gt 0 ] && shift
	done
	lab_name_ok "$LAB_NAME" ||
		{ lab_err "--name '$LAB_NAME': 1..12 of [a-z0-9], starting with a letter"; return 1; }
}

# --- the command line ---------------------------------------------------------

#   name    function     help
lab_cmds()
{
	cat <<'TBL'
up	lab_up_cmd	start N engines (default 3) on one underlay [--nodes N] [--registry] [--subnet A.B.C.0/24]
status	lab_status	the nodes, their addresses, sockets and swarm state
swarm	lab_swarm	node 1 the swarm manager, the others workers, labelled pktbench.node=nodeK
pull	lab_pull	pull both images from the lab's registry onto every node [--node K] [--timeout S]
run	lab_run_cmd	one run, receiver on node 1, sender on node 2: SETUP host|overlay|macvlan [VAR=VALUE...]
fault	lab_fault	link K|registry down|up, kill-engine K, leave K
exec	lab_exec_cmd	K CMD...: CMD in node K's network namespace
docker	lab_docker_cmd	K ARGS...: the docker CLI against node K's engine
down	lab_down_cmd	remove everything of the lab (idempotent)
TBL
}

lab_help()
{
	echo "usage: pktbench lab [--name NAME] COMMAND [options]   (docs/lab.md)"
	echo "       NAME: the lab's (default pktlab, or PKT_LAB_NAME)"
	echo
	lab_cmds | awk -F'\t' '{ printf "  %-7s %s\n", $1, $3 }'
}

lab_exec_cmd()
{
	lab_load || { lab_err "exec: $LAB_REASON"; return 1; }
	lab_node_ok "${1:-}" || return 2
	lab_exec "$@"
}

lab_docker_cmd()
{
	lab_load || { lab_err "docker: $LAB_REASON"; return 1; }
	lab_node_ok "${1:-}" || return 2
	lab_docker "$@"
}

# lab_node_ok K: K names a node of the loaded lab.
lab_node_ok()
{
	case $1 in
	'' | *[!0-9]*) ;;
	*) [ "$1" -ge 1 ] && [ "$1" -le "$LAB_NODES" ] && return 0 ;;
	esac
	lab_err "node '$1': accepted 1..$LAB_NODES"
	return 1
}

lab_main()
{
	case ${1:-} in
	--name) LAB_NAME=${2:-}; shift; [ $# -gt 0 ] && shift ;;
	--name=*) LAB_NAME=${1#*=}; shift ;;
	esac
	[ $# -ge 1 ] || { lab_help >&2; return 2; }
	case $1 in -h | --help | help) lab_help; return 0 ;; esac
	_fn=$(lab_cmds | awk -F'\t' -v c="$1" '$1 == c { print $2 }')
	[ -n "$_fn" ] || { lab_err "unknown command '$1'"; lab_help >&2; return 2; }
	shift
	lab_name_ok "$LAB_NAME" ||
		{ lab_err "lab name '$LAB_NAME' (--name, PKT_LAB_NAME): 1..12 of [a-z0-9], starting with a letter"; return 2; }
	"$_fn" "$@"
}

# --- images -------------------------------------------------------------------

lab_usage_pull()
{
	echo "usage: pktbench lab pull [--node K] [--timeout SECONDS] [--name NAME]"
}

# lab_pull_node K SECONDS: both images onto node K from the lab's
# registry; prints "node K ROLE IMAGE-ID" lines.
lab_pull_node()
{
	for _r in sender receiver; do
		_img=$(lab_image "$_r")
		lab_dockert "$2" "$1" pull -q "$_img" >"$LAB_RUN/pull$1.log" 2>&1
		_rc=$?
		if [ $_rc != 0 ]; then
			if ! lab_registry_answers "$1" 3; then
				LAB_REASON="node $1: registry $LAB_REGISTRY unreachable from $(lab_addr "$1") (no answer in 3 s)"
			elif [ $_rc = 124 ]; then
				LAB_REASON="node $1: docker pull $_img: no answer within $2 s"
			else
				LAB_REASON="node $1: docker pull $_img: $(grep -v '^$' "$LAB_RUN/pull$1.log" | tail -n 1)"
			fi
			return 1
		fi
		echo "node $1 $_r $(lab_dockert 10 "$1" image inspect -f '{{.Id}}' "$_img")"
	done
}

lab_pull()
{
	_node='' _t=60
	while [ $# -gt 0 ]; do
		# --node with no value would mean every node
		case $1 in
		--node | --timeout | --name)
			[ -n "${2:-}" ] || { lab_err "pull: $1 needs a value"; lab_usage_pull >&2; return 2; } ;;
		esac
		case $1 in
		--node) _node=${2:-}; shift ;;
		--timeout) _t=${2:-}; shift ;;
		--name) LAB_NAME=${2:-}; shift ;;
		-h | --help) lab_usage_pull; return 0 ;;
		*) lab_err "pull: unknown option '$1'"; lab_usage_pull >&2; return 2 ;;
		esac
		[ $# -gt 0 ] && shift
	done
	case $_t in
	'' | *[!0-9]* | 0) lab_err "pull: --timeout '$_t': accepted 1..600 (seconds)"; return 2 ;;
	esac
	[ "$_t" -le 600 ] || { lab_err "pull: --timeout '$_t': accepted 1..600 (seconds)"; return 2; }
	lab_name_ok "$LAB_NAME" || { lab_err "pull: --name '$LAB_NAME': 1..12 of [a-z0-9], starting with a letter"; return 2; }
	lab_load || { lab_err "pull: $LAB_REASON"; return 1; }
	[ -n "$LAB_REGISTRY" ] ||
		{ lab_err "pull: lab $LAB_NAME has no registry (pktbench lab up --registry)"; return 1; }
	if [ -n "$_node" ]; then
		lab_node_ok "$_node" || return 2
	else
		_node=$(lab_nodes)
	fi
	for _k in $_node; do
		lab_pull_node "$_k" "$_t" || { lab_err "pull: $LAB_REASON"; return 1; }
	done
}

# --- runs -----------------------------------------------------------------------

# What a run passes on, as the swarm stacks do (networks/swarm-*.yml).
LAB_RUN_VARS="PKT_MODE PKT_RX_MODE PKT_PORT PKT_COUNT PKT_RATE PKT_SIZE PKT_BATCH PKT_DURATION PKT_TOKEN PKT_MAX_DURATION PKT_SENDERS PKT_JOIN_TIMEOUT"
LAB_RX_VARS="PKT_TOKEN PKT_MAX_DURATION PKT_BATCH PKT_PORT PKT_PORTS"
LAB_MV_SUBNET=10.231.73

# lab_vars_ok VAR=VALUE...: names from LAB_RUN_VARS only; PKT_SENDERS
# (fan-in: sender replicas, the receiver's PKT_CLIENTS) 1..16 into
# LAB_SENDERS.
lab_vars_ok()
{
	LAB_SENDERS=1
	for _a in "$@"; do
		case $_a in
		PKT_SENDERS=*)
			case ${_a#*=} in
			[1-9] | 1[0-6]) LAB_SENDERS=${_a#*=} ;;
			*) LAB_REASON="'$_a': PKT_SENDERS accepted 1..16"; return 1 ;;
			esac ;;
		esac
		case " $LAB_RUN_VARS " in
		*" ${_a%%=*} "*) case $_a in *=*) continue ;; esac ;;
		esac
		LAB_REASON="'$_a': accepted VAR=VALUE with VAR one of $LAB_RUN_VARS"
		return 1
	done
}

# lab_deploy SETUP STACK RX TX [VAR=VALUE...]
lab_deploy()
{
	LAB_REASON=
	_s=$1 _st=$2 _rx=$3 _tx=$4
	shift 4
	lab_vars_ok "$@" || return 1
	[ -n "$LAB_REGISTRY" ] ||
		{ LAB_REASON="lab $LAB_NAME has no registry (pktbench lab up --registry; make push)"; return 1; }
	[ "$LAB_SENDERS" = 1 ] || [ "$_s" != host ] ||
		{ LAB_REASON="PKT_SENDERS=$LAB_SENDERS: many senders run on the swarm set-ups (overlay, macvlan)"; return 1; }
	case $_s in
	host) lab_deploy_host "$_st" "$_rx" "$_tx" "$@" ;;
	overlay | macvlan) lab_deploy_stack "$_s" "$_st" "$_rx" "$_tx" "$@" ;;
	*) LAB_REASON="set-up '$_s': accepted host, overlay, macvlan"; return 1 ;;
	esac
}

lab_deploy_host()
{
	_st=$1 _rx=$2 _tx=$3
	shift 3
	_vars=$(printf '%s\n' "$@")
	set -- run -d --name "$_st-rx" --network host --label "pktbench.lab.run=$_st" \
		-e PKT_SERVER=1 -e PKT_SERVER_MODES=udp,mmsg,mmap -e PKT_IFACE=eth0
	while IFS= read -r _a; do
		case " $LAB_RX_VARS " in
		*" ${_a%%=*} "*) set -- "$@" -e "$_a" ;;
		esac
	done <<EOF
$_vars
EOF
	lab_dockert 60 "$_rx" "$@" "$(lab_image receiver)" >"$LAB_RUN/$_st.deploy" 2>&1 ||
		{ LAB_REASON="node $_rx: receiver: $(tail -n 1 "$LAB_RUN/$_st.deploy")"; return 1; }
	_w=60
	until [ "$(lab_dockert 5 "$_rx" inspect -f '{{.State.Health.Status}}' "$_st-rx" 2>/dev/null)" = healthy ]; do
		_w=$((_w - 1))
		[ $_w -gt 0 ] && [ "$(lab_dockert 5 "$_rx" inspect -f '{{.State.Running}}' "$_st-rx" 2>/dev/null)" = true ] || {
			LAB_REASON="node $_rx: the receiver is not listening after 30 s: $(lab_dockert 5 "$_rx" logs "$_st-rx" 2>&1 | tail -n 1)"
			return 1
		}
		sleep 0.5
	done
	set -- run -d --name "$_st-tx" --network host --label "pktbench.lab.run=$_st" \
		-e PKT_CONNECT="$(lab_addr "$_rx")" -e PKT_IFACE=eth0
	while IFS= read -r _a; do
		case ${_a%%=*} in
		'' | PKT_MAX_DURATION | PKT_SENDERS | PKT_JOIN_TIMEOUT) ;;
		*) set -- "$@" -e "$_a" ;;
		esac
	done <<EOF
$_vars
EOF
	lab_dockert 60 "$_tx" "$@" "$(lab_image sender)" >>"$LAB_RUN/$_st.deploy" 2>&1 ||
		{ LAB_REASON="node $_tx: sender: $(tail -n 1 "$LAB_RUN/$_st.deploy")"; return 1; }
}

# lab_mv_networks STACK: a config-only macvlan network on every node (its
# own underlay interface eth0 as the parent, its own /28 of the subnet),
# one swarm-scoped network from them on the manager.
lab_mv_networks()
{
	for _k in $(lab_nodes); do
		lab_dockert 30 "$_k" network create --config-only \
			--subnet "$LAB_MV_SUBNET.0/24" --gateway "$LAB_MV_SUBNET.1" \
			--ip-range "$LAB_MV_SUBNET.$((16 * _k))/28" -o parent=eth0 \
			"$1-mvcfg" >>"$LAB_RUN/$1.deploy" 2>&1 ||
			{ LAB_REASON="node $_k: macvlan config: $(tail -n 1 "$LAB_RUN/$1.deploy")"; return 1; }
	done
	lab_dockert 30 1 network create -d macvlan --scope swarm \
		--config-from "$1-mvcfg" "$1-mv" >>"$LAB_RUN/$1.deploy" 2>&1 ||
		{ LAB_REASON="macvlan swarm network: $(tail -n 1 "$LAB_RUN/$1.deploy")"; return 1; }
}

lab_deploy_stack()
{
	_s=$1 _st=$2 _rx=$3 _tx=$4
	shift 4
	[ "$(lab_dockert 10 1 info -f '{{.Swarm.ControlAvailable}}' 2>/dev/null)" = true ] ||
		{ LAB_REASON="node 1 is not a swarm manager (pktbench lab swarm)"; return 1; }
	: >"$LAB_RUN/$_st.deploy"
	if [ "$_s" = macvlan ]; then
		lab_mv_networks "$_st" || return 1
	fi
	# only what is named here reaches the stack file's interpolation
	env -i PATH="$PATH" HOME="${HOME:-/root}" \
		PKT_REGISTRY="$LAB_REGISTRY/" PKT_TAG="${PKT_TAG:-latest}" \
		PKT_NODE_KEY=node.labels.pktbench.node \
		PKT_RX_NODE="node$_rx" PKT_TX_NODE="node$_tx" \
		PKT_SWARM_NET="$_st-mv" PKT_SETUP="lab-$_s" "$@" \
		timeout 60 docker -H "$(lab_sock 1)" stack deploy \
		-c "$PKTBENCH_ROOT/networks/swarm-$_s.yml" "$_st" \
		>>"$LAB_RUN/$_st.deploy" 2>&1 ||
		{ LAB_REASON="stack deploy: $(tail -n 1 "$LAB_RUN/$_st.deploy")"; return 1; }
}

# lab_sender_cids STACK TX: the senders' containers on node TX (the
# swarm's replicas, or the host set-up's one), one a line.
lab_sender_cids()
{
	{
		lab_dockert 10 "$2" ps -aq --no-trunc --filter "name=$1-tx" 2>/dev/null
		lab_dockert 10 "$2" ps -aq --no-trunc \
			--filter "label=com.docker.swarm.service.name=$1_sender" 2>/dev/null
	} | sort -u | grep .
}

# lab_cid K NAME SERVICE: the ID of node K's container NAME, else of one of
# its containers of swarm service SERVICE.
lab_cid()
{
	{
		lab_dockert 10 "$1" ps -aq --no-trunc --filter "name=$2" 2>/dev/null
		lab_dockert 10 "$1" ps -aq --no-trunc \
			--filter "label=com.docker.swarm.service.name=$3" 2>/dev/null
	} | grep -m 1 .
}

# lab_wait STACK TX SECONDS: until the LAB_SENDERS sender containers on
# node TX have exited (LAB_CID, one a line), a swarm task failed, or
# SECONDS have passed.
lab_wait()
{
	LAB_REASON='' LAB_CID=''
	_end=$(($(date +%s) + $3))
	_seen=
	while :; do
		_c=$(lab_sender_cids "$1" "$2")
		if [ -n "$_c" ]; then
			LAB_CID=$_c _seen=1 _up=0
			for _x in $_c; do
				case $(lab_dockert 10 "$2" inspect -f '{{.State.Status}}' "$_x" 2>/dev/null) in
				exited | dead) ;;
				*) _up=$((_up + 1)) ;;
				esac
			done
			[ "$_up" = 0 ] && [ "$(echo "$_c" | wc -l)" -ge "${LAB_SENDERS:-1}" ] &&
				return 0
		elif [ -n "$_seen" ]; then
			LAB_REASON="the sender's container on node $2 is gone (removed with its task)"
			return 1
		else
			# a task the swarm could not start (an image it cannot pull)
			_t=$(lab_dockert 10 1 service ps --no-trunc --format '{{.CurrentState}}|{{.Error}}' \
				"$1_sender" 2>/dev/null | head -n 1)
			case $_t in
			Rejected* | Failed*)
				LAB_REASON="sender task: ${_t%%|*}: ${_t#*|}"
				return 1 ;;
			esac
		fi
		[ "$(date +%s)" -lt "$_end" ] || break
		sleep 0.5
	done
	LAB_REASON="no result within $3 s (senders on node $2: ${_c:+$(for _x in $_c; do lab_dockert 5 "$2" inspect -f '{{.State.Status}}' "$_x" 2>/dev/null; done | sort | uniq -c | awk '{ printf "%s%s %s", s, $1, $2; s = ", " }')}${_c:-no container})"
	return 1
}

# lab_result STACK RX TX FILE: the sender's combined result (both sides)
# into FILE, from its container's log on node TX, else from the results
# volume there; the logs beside it (FILE without .json, .sender.log and
# .receiver.log).  LAB_CODE: the sender's exit code; LAB_REASON: its last
# error line.  1 when there is no result at all.  Many senders
# (PKT_SENDERS): one result a line, each with its share; LAB_CODE the
# highest of their codes.
lab_result()
{
	_st=$1 _rx=$2 _tx=$3 _f=$4
	_b=${_f%.json}
	LAB_CODE='' LAB_REASON=''
	: >"$_b.sender.log"
	: >"$_b.receiver.log"
	: >"$_f"
	for _x in ${LAB_CID:-}; do
		lab_dockert 20 "$_tx" logs "$_x" >"$_b.sender.out" 2>>"$_b.sender.log"
		_code=$(lab_dockert 10 "$_tx" inspect -f '{{.State.ExitCode}}' "$_x" 2>/dev/null)
		case $_code in '' | *[!0-9]*) _code=1 ;; esac
		[ -n "$LAB_CODE" ] && [ "$LAB_CODE" -ge "$_code" ] || LAB_CODE=$_code
		cat "$_b.sender.out" >>"$_b.sender.log"
		grep '^{"schema_version"' "$_b.sender.out" | tail -n 1 >>"$_f"
		rm -f "$_b.sender.out"
		LAB_REASON=$(grep -E '^(pktsend|sender): ' "$_b.sender.log" | grep -v '^sender: result in' | tail -n 1)
	done
	if [ ! -s "$_f" ]; then
		_mp=$(lab_dockert 10 "$_tx" volume inspect -f '{{.Mountpoint}}' "${_st}_results" 2>/dev/null)
		# shellcheck disable=SC2012
		_v=$(ls -t "$_mp"/*.json 2>/dev/null | head -n 1)
		[ -n "$_v" ] && cp "$_v" "$_f"
	fi
	_c=$(lab_cid "$_rx" "$_st-rx" "${_st}_receiver")
	[ -n "$_c" ] && lab_dockert 20 "$_rx" logs "$_c" >"$_b.receiver.log" 2>&1
	if [ ! -s "$_f" ]; then
		rm -f "$_f"
		LAB_REASON=${LAB_REASON:-no result from the sender on node $_tx}
		return 1
	fi
	jq -e 'type == "object"' "$_f" >/dev/null 2>&1 ||
		{ LAB_REASON="the sender's result does not parse as JSON"; return 1; }
}

# lab_remove STACK: the run's containers, stack, networks and volumes on
# every node; bounded, and quiet (lab down removes whatever is left).
lab_remove()
{
	lab_dockert 30 1 stack rm "$1" >/dev/null 2>&1
	for _k in $(lab_nodes); do
		(
			_ids=$( (lab_dockert 10 "$_k" ps -aq --filter "label=com.docker.stack.namespace=$1"
				lab_dockert 10 "$_k" ps -aq --filter "label=pktbench.lab.run=$1") 2>/dev/null)
			# shellcheck disable=SC2086
			[ -n "$_ids" ] && lab_dockert 30 "$_k" rm -f $_ids >/dev/null 2>&1
			slowwait 20 lab_gone "$_k" volume "$1_results"
		) &
		eval "_rm$_k=\$!"
	done
	for _k in $(lab_nodes); do
		eval "wait \$_rm$_k"
	done
	# the stack's own network goes once its tasks are gone
	slowwait 20 lab_stack_nets_gone "$1"
	slowwait 20 lab_gone 1 network "$1-mv"
	# a node drops its copy of the swarm network a few seconds later;
	# until then its config-only network is in use
	for _k in $(lab_nodes); do
		slowwait 20 lab_gone "$_k" network "$1-mvcfg"
	done
	return 0
}

# lab_gone K volume|network NAME: removed now, or not there (or node K's
# engine is gone).
lab_gone()
{
	lab_dockert 10 "$1" "$2" rm "$3" >/dev/null 2>&1 ||
		! lab_dockert 10 "$1" "$2" inspect "$3" >/dev/null 2>&1
}

lab_stack_nets_gone()
{
	! lab_dockert 10 1 network ls -q --filter "label=com.docker.stack.namespace=$1" 2>/dev/null |
		grep -q .
}

# lab_run_one SETUP FILE RX TX [VAR=VALUE...]: one run; one line on
# stderr.  Returns the sender's exit code, or 1 when the run did not end
# with a result of its own.
lab_run_one()
{
	_s=$1 _f=$2 _rx=$3 _tx=$4
	shift 4
	_st=${LAB_STACK:-${LAB_NAME}run$$}
	_t0=$(date +%s)
	_rc=0
	if lab_deploy "$_s" "$_st" "$_rx" "$_tx" "$@" &&
		lab_wait "$_st" "$_tx" "${LAB_TIMEOUT:-120}"; then
		:
	else
		_rc=1
	fi
	_why=$LAB_REASON
	if lab_result "$_st" "$_rx" "$_tx" "$_f"; then
		[ "$_rc" = 0 ] && _rc=${LAB_CODE:-1}
		_why=${_why:-$LAB_REASON}
	else
		_rc=1
		_why=${_why:-$LAB_REASON}
	fi
	lab_remove "$_st"
	_sum=
	# (many senders: their number, the sum of what they sent)
	[ -s "$_f" ] && _sum=$(jq -rs '(if length > 1 then "\(length) senders, sent \(map(.sender.stats.sent // 0) | add)" else "sent \(.[0].sender.stats.sent // "none")" end) + (.[0] | ", received \(.receiver.stats.received // "none"), lost \(.receiver.stats.lost // "none")\(if .receiver.stats.pps then ", \(.receiver.stats.pps | floor) pps" else "" end)")' "$_f" 2>/dev/null)
	_where="receiver on node $_rx, sender on node $_tx, $(($(date +%s) - _t0)) s"
	if [ "$_rc" = 0 ]; then
		echo "lab run $_s: $_sum ($_where)" >&2
	else
		echo "lab run $_s: exit $_rc: ${_why:-the sender failed}${_sum:+; partial result in $_f: $_sum} ($_where)" >&2
	fi
	return "$_rc"
}

lab_usage_run()
{
	echo "usage: pktbench lab run host|overlay|macvlan [--out FILE.json] [--rx K] [--tx K] [--timeout SECONDS]"
	echo "                         [--stack NAME] [--name NAME] [VAR=VALUE...]"
	echo "       VAR: $LAB_RUN_VARS"
}

# lab_out_ok FILE: run --out FILE names a new FILE.json of plain
# characters: a control character is refused (a newline would make the
# logs beside it, and any line that names it, two), and so is a FILE or
# one of its logs that exists already, as sweep --out refuses a
# directory that holds a run (scripts/sweep/lib.sh, sw_out_dir): a run
# never overwrites another's result.  One line naming --out otherwise.
lab_out_ok()
{
	if ! nw_plain "$1"; then
		lab_err "run: --out '$1' has a control character (shown as ?); choose a plain name"
		return 1
	fi
	case $1 in
	*.json) ;;
	*) lab_err "run: --out '$1': a FILE.json"; return 1 ;;
	esac
	for _of in "$1" "${1%.json}.sender.log" "${1%.json}.receiver.log"; do
		if [ -e "$_of" ] || [ -L "$_of" ]; then
			lab_err "run: --out '$1': $_of exists; choose another name (a run never overwrites another's result)"
			return 1
		fi
	done
	return 0
}

lab_run_cmd()
{
	_s=${1:-}
	case $_s in
	host | overlay | macvlan) shift ;;
	-h | --help) lab_usage_run; return 0 ;;
	*) lab_err "run: set-up '$_s': accepted host, overlay, macvlan"; lab_usage_run >&2; return 2 ;;
	esac
	_out='' _rx=1 _tx=2 LAB_TIMEOUT=120 LAB_STACK='' _stack=''
	while [ $# -gt 0 ]; do
		# an option at the end has no value: refused, never its default
		case $1 in
		--out | --rx | --tx | --timeout | --stack | --name)
			[ $# -ge 2 ] || { lab_err "run: $1 needs a value"; lab_usage_run >&2; return 2; } ;;
		esac
		case $1 in
		--out) _out=${2:-}; shift ;;
		--rx) _rx=${2:-}; shift ;;
		--tx) _tx=${2:-}; shift ;;
		--timeout) LAB_TIMEOUT=${2:-}; shift ;;
		--stack) LAB_STACK=${2:-} _stack=1; shift ;;
		--name) LAB_NAME=${2:-}; shift ;;
		PKT_*=*) break ;;
		*) lab_err "run: unknown option '$1'"; lab_usage_run >&2; return 2 ;;
		esac
		[ $# -gt 0 ] && shift
	done
	case $LAB_TIMEOUT in
	'' | *[!0-9]* | 0) lab_err "run: --timeout '$LAB_TIMEOUT': accepted 1..3600 (seconds)"; return 2 ;;
	esac
	[ "$LAB_TIMEOUT" -le 3600 ] || { lab_err "run: --timeout '$LAB_TIMEOUT': accepted 1..3600 (seconds)"; return 2; }
	lab_vars_ok "$@" || { lab_err "run: $LAB_REASON"; return 2; }
	# what the words alone decide, before any lab is looked at
	[ "$LAB_SENDERS" = 1 ] || [ "$_s" != host ] ||
		{ lab_err "run: PKT_SENDERS=$LAB_SENDERS: many senders run on the swarm set-ups (overlay, macvlan)"; return 2; }
	# --stack '' is a name left out, not the default
	case ${_stack:+s}$LAB_STACK in
	s | s[!a-z]* | s*[!a-z0-9]*) lab_err "run: --stack '$LAB_STACK': [a-z][a-z0-9]*"; return 2 ;;
	esac
	lab_name_ok "$LAB_NAME" || { lab_err "run: --name '$LAB_NAME': 1..12 of [a-z0-9], starting with a letter"; return 2; }
	[ -z "$_out" ] || lab_out_ok "$_out" || return 2
	lab_load || { lab_err "run: $LAB_REASON"; return 1; }
	lab_node_ok "$_rx" && lab_node_ok "$_tx" || return 2
	[ "$_rx" != "$_tx" ] || { lab_err "run: --rx and --tx name the same node $_rx"; return 2; }
	if [ -n "$_out" ]; then
		lab_run_one "$_s" "$_out" "$_rx" "$_tx" "$@"
	else
		_d=$(mktemp -d "${TMPDIR:-/tmp}/pktlab-run.XXXXXX") || return 1
		lab_run_one "$_s" "$_d/result.json" "$_rx" "$_tx" "$@"
		_rc=$?
		[ -s "$_d/result.json" ] && cat "$_d/result.json"
		rm -rf "$_d"
		return $_rc
	fi
}

# --- faults ---------------------------------------------------------------------

lab_usage_fault()
{
	echo "usage: pktbench lab fault link K|registry down|up    pull a host's cable, or plug it back"
	echo "       pktbench lab fault kill-engine K              SIGKILL node K's dockerd and containerd"
	echo "       pktbench lab fault leave K                    node K leaves the swarm (--force)"
}

lab_fault()
{
	lab_load || { lab_err "fault: $LAB_REASON"; return 1; }
	case ${1:-} in
	link)
		case ${3:-} in up | down) ;; *) lab_usage_fault >&2; return 2 ;; esac
		if [ "${2:-}" = registry ]; then
			[ -n "$LAB_REGISTRY" ] || { lab_err "fault: no registry"; return 1; }
			_port=reg
		else
			lab_node_ok "${2:-}" || return 2
			_port=$2
		fi
		lab_topo
		topo_underlay_link "$_port" "$3" || { lab_err "fault: $NW_ERR"; return 1; }
		echo "lab $LAB_NAME: ${2} underlay link $3" ;;
	kill-engine)
		# the engine and all it runs, as a crash of that host: dockerd
		# alone would leave the shims and containers running
		lab_node_ok "${2:-}" || return 2
		_p=$(cat "$LAB_RUN/node$2/docker.pid" 2>/dev/null)
		[ -n "$_p" ] && kill -0 "$_p" 2>/dev/null ||
			{ lab_err "fault: node $2: no engine running"; return 1; }
		_pids=$(lab_pids "$2")
		# shellcheck disable=SC2086
		kill -KILL $_pids 2>/dev/null
		echo "lab $LAB_NAME: node $2 engine killed with its containerd, shims and containers ($(echo $_pids | wc -w) processes)" ;;
	leave)
		lab_node_ok "${2:-}" || return 2
		lab_dockert 30 "$2" swarm leave --force >/dev/null 2>&1 ||
			{ lab_err "fault: node $2: swarm leave failed"; return 1; }
		echo "lab $LAB_NAME: node $2 left the swarm" ;;
	-h | --help) lab_usage_fault ;;
	*) lab_usage_fault >&2; return 2 ;;
	esac
}
