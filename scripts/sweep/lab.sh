# The lab runner (pktbench sweep --runner lab, pktbench ndr --runner lab):
# every point across the nodes of a lab that `pktbench lab up --registry`
# started (docs/lab.md), the receiver on node 1, the sender on node 2.
# The runner contract is in scripts/sweep/runner.sh; the lab's shell API
# (lab_load, lab_dockert, lab_pull_node, lab_swarm) in scripts/lab/lab.sh.
# POSIX sh, sourced by bin/pktbench.
# shellcheck disable=SC2034	# SW_REASON, SW_LAB_LABEL: the caller's
#
# Like iperf3's client needs its server, the runner needs the lab up, with
# a registry that holds the images (make push); it brings nothing of the
# lab up or down itself.  Per set-up (networks/setups.tsv, column lab):
#   host     docker run --network host: each node's own network stack,
#            straight over the underlay
#   overlay  an attachable Swarm overlay network (VXLAN on the underlay);
#            the runner forms the swarm when the lab has none, and leaves
#            it again at finish, so the lab is left as it was found
#   macvlan  a macvlan network on each node's underlay interface eth0,
#            one /24 with a /28 per node, so node 2 reaches node 1 on the
#            wire
#   bridge   a user-defined bridge on node 1 with both containers on it:
#            the one-node reference
# up starts the receiver once (PKT_SERVER=1) on node 1 and pulls the
# images from the lab's registry onto the nodes it uses; each run is one
# sender container (PKT_CONNECT) on node 2 (bridge: node 1), whose
# combined result, both sides through the control channel, is split into
# rx.json and tx.json.  Every call into an engine is bounded.

SW_LAB_LABEL="lab: Docker engines as hosts on one machine"
LR_NAME=pkr$$
LR_PID=
LR_SWARM=
LR_RXADDR=
LR_N=0
# the runner's own subnets, apart from the stacks' (10.231.72-73.0/24)
LR_OVL_NET=10.231.74
LR_MV_NET=10.231.75
LR_BR_NET=10.231.76

# lr_kind SETUP: the set-up's way on the lab, "" for none.
lr_kind() {
	nw_setup "$1" lab 2>/dev/null
}

# lr_tx SETUP: the sender's node (the receiver's is 1).
lr_tx() {
	if [ "$(lr_kind "$1")" = bridge ]; then echo 1; else echo 2; fi
}

lab_probe() {
	SW_REASON=
	lr_k=$(lr_kind "$1")
	[ -n "$lr_k" ] || { SW_REASON="not a set-up of the lab runner ($SW_LAB_SETUPS)"; return 1; }
	[ "$(id -u)" = 0 ] || { SW_REASON="needs root (the lab's engines)"; return 1; }
	for lr_c in docker curl jq; do
		command -v $lr_c >/dev/null 2>&1 || { SW_REASON="needs $lr_c"; return 1; }
	done
	lab_load || { SW_REASON="$LAB_REASON: the lab runner needs pktbench lab up --registry and make push REGISTRY=A.B.C.2:5000 INSECURE=1 first (docs/lab.md)"; return 1; }
	[ -n "$LAB_REGISTRY" ] ||
		{ SW_REASON="lab $LAB_NAME has no registry (pktbench lab up --registry)"; return 1; }
	lr_tx=$(lr_tx "$1")
	[ "$LAB_NODES" -ge "$lr_tx" ] ||
		{ SW_REASON="lab $LAB_NAME has $LAB_NODES node(s); $1 needs 2"; return 1; }
	for lr_k in 1 $lr_tx; do
		lab_dockert 10 "$lr_k" version >/dev/null 2>&1 ||
			{ SW_REASON="lab $LAB_NAME: node $lr_k's engine does not answer"; return 1; }
	done
	for lr_r in receiver sender; do
		curl -sf -m 3 "http://$LAB_REGISTRY/v2/pktbench/$lr_r/tags/list" 2>/dev/null |
			grep -q "\"${PKT_TAG:-latest}\"" ||
			{ SW_REASON="no pktbench/$lr_r:${PKT_TAG:-latest} in the lab's registry $LAB_REGISTRY (make push REGISTRY=$LAB_REGISTRY INSECURE=1)"; return 1; }
	done
	return 0
}

lab_point_reason() {
	SW_REASON=
	[ "$2" != xdp ] && return 0
	SW_REASON="the lab runner runs udp, mmsg and mmap (no AF_XDP set-up in the lab's containers)"
	return 1
}

# lr_net SETUP: the docker run --network of the set-up.
lr_net() {
	if [ "$(lr_kind "$1")" = host ]; then echo host; else echo "$LR_NAME-net"; fi
}

# lr_docker K SECONDS ARGS...: as lab_dockert, output into the up log.
lr_docker() {
	lr_dk=$1 lr_t=$2
	shift 2
	lab_dockert "$lr_t" "$lr_dk" "$@" >>"$SW_TMP/lab-up.log" 2>&1 || {
		SW_REASON="node $lr_dk: docker $1 $2: $(grep -v '^$' "$SW_TMP/lab-up.log" | tail -n 1 | cut -c1-200)"
		return 1
	}
}

lab_up() {
	SW_REASON='' LR_RXADDR=''
	lr_k=$(lr_kind "$1")
	lr_tx=$(lr_tx "$1")
	lab_load || { SW_REASON=$LAB_REASON; return 1; }
	: >"$SW_TMP/lab-up.log"
	# the images as the registry has them now, onto the nodes used
	lr_used=1
	[ "$lr_tx" = 1 ] || lr_used="1 $lr_tx"
	for lr_n in $lr_used; do
		lab_pull_node "$lr_n" 120 >>"$SW_TMP/lab-up.log" 2>&1 ||
			{ SW_REASON="pull: $LAB_REASON"; return 1; }
	done
	case $lr_k in
	overlay)
		if [ "$(lab_dockert 10 1 info -f '{{.Swarm.LocalNodeState}}' 2>/dev/null)" != active ]; then
			lab_swarm >>"$SW_TMP/lab-up.log" 2>&1 ||
				{ SW_REASON="lab swarm: $(tail -n 1 "$SW_TMP/lab-up.log")"; lab_finish; return 1; }
			LR_SWARM=1
		fi
		lr_docker 1 60 network create -d overlay --attachable \
			--subnet "$LR_OVL_NET.0/24" --label "pktbench.lab.run=$LR_NAME" "$LR_NAME-net" ;;
	macvlan)
		lr_docker 1 30 network create -d macvlan -o parent=eth0 \
			--subnet "$LR_MV_NET.0/24" --ip-range "$LR_MV_NET.16/28" \
			--label "pktbench.lab.run=$LR_NAME" "$LR_NAME-net" &&
			lr_docker 2 30 network create -d macvlan -o parent=eth0 \
				--subnet "$LR_MV_NET.0/24" --ip-range "$LR_MV_NET.32/28" \
				--label "pktbench.lab.run=$LR_NAME" "$LR_NAME-net" ;;
	bridge)
		lr_docker 1 30 network create -d bridge --subnet "$LR_BR_NET.0/24" \
			--label "pktbench.lab.run=$LR_NAME" "$LR_NAME-net" ;;
	esac || { lab_down "$1"; return 1; }
	# the receiver, hardened as the compose files run it; it serves every
	# run of the set-up (pktrecv --server)
	# the placement (runner_placement): the nodes' engines share this
	# machine's CPUs, so --cpuset-cpus places each container on one
	lr_rcs='' LR_TCS=''
	[ -n "${SW_RX_CPU:-}" ] && lr_rcs="--cpuset-cpus=$SW_RX_CPU" LR_TCS="--cpuset-cpus=${SW_TX_CPU:-}"
	# shellcheck disable=SC2086
	lr_docker 1 60 run -d --name "$LR_NAME-rx" --network "$(lr_net "$1")" $lr_rcs \
		--label "pktbench.lab.run=$LR_NAME" --read-only --tmpfs /tmp \
		--cap-drop ALL --cap-add NET_RAW --cap-add SETUID --cap-add SETGID \
		--security-opt no-new-privileges:true \
		-e PKT_SERVER=1 -e PKT_SERVER_MODES=udp,mmsg,mmap -e PKT_IFACE=eth0 \
		-e PKT_BATCH="$SW_BATCH" \
		-e PKT_MAX_DURATION=600s "$(lab_image receiver)" || { lab_down "$1"; return 1; }
	lr_w=60
	until [ "$(lab_dockert 5 1 inspect -f '{{.State.Health.Status}}' "$LR_NAME-rx" 2>/dev/null)" = healthy ]; do
		lr_w=$((lr_w - 1))
		if [ $lr_w -le 0 ] || [ -n "${SW_STOP:-}" ] ||
			[ "$(lab_dockert 5 1 inspect -f '{{.State.Running}}' "$LR_NAME-rx" 2>/dev/null)" != true ]; then
			SW_REASON="node 1: the receiver is not listening after 30 s: $(lab_dockert 5 1 logs "$LR_NAME-rx" 2>&1 | tail -n 1)"
			lab_down "$1"
			return 1
		fi
		sleep 0.5
	done
	if [ "$lr_k" = host ]; then
		LR_RXADDR=$(lab_addr 1)
	else
		LR_RXADDR=$(lab_dockert 10 1 inspect -f \
			'{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$LR_NAME-rx" 2>/dev/null)
	fi
	[ -n "$LR_RXADDR" ] || { SW_REASON="node 1: the receiver has no address"; lab_down "$1"; return 1; }
	return 0
}

lab_kill() {
	[ -n "$LR_PID" ] && kill -TERM "$LR_PID" 2>/dev/null
	return 0
}

# lab_run SETUP MODE COUNT RATE SIZE DIR: one sender container; the
# combined result (DIR/both.json) split into rx.json and tx.json.
lab_run() {
	SW_REASON=
	lr_rate=$4
	case $lr_rate in max) lr_rate=0 ;; *pps) ;; *) lr_rate=${lr_rate}M ;; esac
	lr_len="PKT_COUNT=$3" lr_cap=$(($3 / 5000 + 60))
	if [ "$3" = 0 ]; then
		lr_len="PKT_DURATION=${SW_DURATION}s"
		lr_cap=$(awk -v t="$SW_DURATION" 'BEGIN { print int(t) + 60 }')
	fi
	lr_tx=$(lr_tx "$1")
	LR_N=$((LR_N + 1))
	rm -f "$6/rx.json" "$6/tx.json" "$6/both.json"
	# shellcheck disable=SC2086
	lab_dockert "$lr_cap" "$lr_tx" run --rm --name "$LR_NAME-tx$LR_N" ${LR_TCS:-} \
		--network "$(lr_net "$1")" --label "pktbench.lab.run=$LR_NAME" \
		--read-only --tmpfs /tmp --cap-drop ALL --cap-add NET_RAW \
		--cap-add SETUID --cap-add SETGID --security-opt no-new-privileges:true \
		-e PKT_CONNECT="$LR_RXADDR" -e PKT_IFACE=eth0 -e PKT_MODE="$2" \
		-e PKT_RX_MODE="$2" -e "$lr_len" -e PKT_RATE="$lr_rate" -e PKT_SIZE="$5" \
		-e PKT_BATCH="$SW_BATCH" -e PKT_SETUP="lab-$1" \
		"$(lab_image sender)" >"$6/sender.out" 2>"$6/sender.err" &
	LR_PID=$!
	sw_wait $LR_PID
	lr_rc=$SW_RC
	LR_PID=
	# a client that was killed or timed out leaves the container
	lab_dockert 20 "$lr_tx" rm -f "$LR_NAME-tx$LR_N" >/dev/null 2>&1
	[ -n "${SW_STOP:-}" ] && return 1
	grep '^{"schema_version"' "$6/sender.out" | tail -n 1 >"$6/both.json"
	jq -e .sender "$6/both.json" >"$6/tx.json" 2>/dev/null || rm -f "$6/tx.json"
	jq -e .receiver "$6/both.json" >"$6/rx.json" 2>/dev/null || rm -f "$6/rx.json"
	if [ "$lr_rc" -ne 0 ]; then
		lr_why=$(grep -E '^(pktsend|sender): ' "$6/sender.err" | tail -n 1)
		[ "$lr_rc" = 124 ] && lr_why="no result within $lr_cap s"
		SW_REASON="sender on node $lr_tx: exit $lr_rc: ${lr_why:-$(grep -v '^$' "$6/sender.err" | tail -n 1 | cut -c1-200)}"
		return 1
	fi
	[ -s "$6/rx.json" ] || { SW_REASON="sender on node $lr_tx: no receiver result in its output"; return 1; }
	return 0
}

lab_state() {
	lr_k=$(lr_kind "$1")
	lr_tx=$(lr_tx "$1")
	case $lr_k in
	host) lr_m="docker run --network host: node 1's and node 2's own network stacks over the underlay (a veth per node into a bridge in a hub namespace)" ;;
	overlay) lr_m="an attachable Swarm overlay network ($LR_OVL_NET.0/24): VXLAN between node 2 and node 1 over the underlay" ;;
	macvlan) lr_m="macvlan (bridge mode) on each node's underlay eth0, $LR_MV_NET.0/24, a /28 per node: node 2 to node 1 on the wire" ;;
	bridge) lr_m="a user-defined Docker bridge ($LR_BR_NET.0/24) on node 1, both containers there: the one-node reference" ;;
	esac
	# the device the packets arrive on: node 1's underlay eth0 (for the
	# bridge, none of the wire's)
	lr_st=null
	[ "$lr_k" != bridge ] && lr_st=$(sw_if_state_json "ip netns exec $(lab_ns 1)" eth0 2>/dev/null)
	jq -cn --arg setup "$1" --arg m "$lr_m" --arg lab "$LAB_NAME" \
		--argjson nodes "$LAB_NODES" --argjson tx "$lr_tx" --arg reg "$LAB_REGISTRY" \
		--arg dv "$(lab_dockert 10 1 version --format '{{.Server.Version}}' 2>/dev/null)" \
		--argjson hst "${lr_st:-null}" \
		'{setup: $setup, runner: "lab",
		  model: ("lab " + $lab + ", receiver on node 1, sender on node \($tx): " + $m + "; Docker " + $dv),
		  lab: $lab, nodes: $nodes, rx_node: 1, tx_node: $tx, registry: $reg,
		  docker_version: $dv, rx_if: $hst}'
}

# lab_down SETUP: the run's containers and networks on the nodes it used.
lab_down() {
	lab_load 2>/dev/null || return 0
	for lr_n in 1 2; do
		[ "$lr_n" -le "$LAB_NODES" ] || continue
		lr_ids=$(lab_dockert 10 "$lr_n" ps -aq --filter "label=pktbench.lab.run=$LR_NAME" 2>/dev/null)
		# shellcheck disable=SC2086
		[ -n "$lr_ids" ] && lab_dockert 30 "$lr_n" rm -f $lr_ids >/dev/null 2>&1
	done
	# a worker drops its copy of the overlay once its container is gone
	slowwait 20 lab_gone 1 network "$LR_NAME-net"
	[ "$LAB_NODES" -ge 2 ] && slowwait 20 lab_gone 2 network "$LR_NAME-net"
	LR_RXADDR=
	return 0
}

# lab_finish: the swarm, if this runner formed it, goes again.
lab_finish() {
	[ -n "$LR_SWARM" ] || return 0
	lab_load 2>/dev/null || return 0
	# the workers first; each node's docker_gwbridge came with the swarm
	for lr_n in $(lab_nodes | sort -rn); do
		lab_dockert 30 "$lr_n" swarm leave --force >/dev/null 2>&1
		slowwait 10 lab_gone "$lr_n" network docker_gwbridge
	done
	LR_SWARM=
	return 0
}
