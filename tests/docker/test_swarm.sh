#!/bin/bash
# SPDX-License-Identifier: MIT
# A single-node Docker Swarm: networks/swarm-overlay.yml deployed with
# `docker stack deploy`, both services placed on this node through
# PKT_RX_NODE/PKT_TX_NODE; the sender reaches the receiver service over the
# VXLAN overlay through the control channel.
#   - one sender: its log and the file in the results volume hold one
#     result with received == sent == count;
#   - fan-in (issue 20): PKT_SENDERS=2, then 3 sender replicas into one
#     run of the receiver (PKT_CLIENTS): each replica's result has its own
#     share with exactly its count, lost 0, its own stream id, and the
#     receiver's total N x count; each wrote its own file
#     (swarm-overlay.<slot>-udp-<UTC>.json), none overwrote another.
#
# `docker swarm init` only if the engine is not in a swarm already (on
# 127.0.0.1: nothing leaves this host); `docker swarm leave` afterwards
# only if this test started it, and docker_gwbridge, which init makes and
# leave keeps, goes too unless it was there before.  docs/hosts.md follows
# the same steps.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

SW_STACK=""
SW_STARTED=0

# sw_stack_rm: removes stack SW_STACK, its network and results volume.
sw_stack_rm()
{
	[ -n "$SW_STACK" ] || return 0
	docker stack rm "$SW_STACK" >/dev/null 2>&1
	# the stack's network goes once its tasks are gone
	for _ in $(seq 60); do
		docker network ls -q -f "label=com.docker.stack.namespace=$SW_STACK" |
			grep -q . || break
		sleep 0.5
	done
	for _ in $(seq 20); do
		docker volume rm "${SW_STACK}_results" >/dev/null 2>&1 && break
		sleep 0.5
	done
	SW_STACK=""
}

sw_cleanup()
{
	sw_stack_rm
	if [ "$SW_STARTED" = 1 ]; then
		docker swarm leave --force >/dev/null 2>&1
		# swarm init made the engine's docker_gwbridge; leave keeps it
		[ "$SW_GW_BEFORE" = 1 ] || docker network rm docker_gwbridge >/dev/null 2>&1
	fi
	return 0
}

# sw_states: the sender tasks' states (Complete, Failed, Running, ...), one
# a line.
sw_states()
{
	docker service ps --no-trunc --format '{{.CurrentState}}' \
		"${SW_STACK}_sender" 2>/dev/null | awk '{ print $1 }'
}

# sw_run N: deploys the overlay stack with N sender replicas (PKT_SENDERS)
# and waits until every sender task has ended; the services' logs in
# $DK_TMP/N.sender.log and N.receiver.log.  1 (and a failure) when a task
# did not complete.
sw_run()
{
	local n=$1 st

	SW_STACK=pktbenchsw$$n$n
	PKT_RX_NODE=$SW_NODE PKT_TX_NODE=$SW_NODE PKT_COUNT=$DK_COUNT \
		PKT_RATE=$DK_RATE PKT_BATCH=$DK_BATCH PKT_SENDERS=$n \
		PKT_JOIN_TIMEOUT=60s docker stack deploy \
		-c "$DK_ROOT/networks/swarm-overlay.yml" "$SW_STACK" \
		>"$DK_TMP/$n.deploy.log" 2>&1 ||
		{ fail "$n senders: stack deploy: $(tail -n 2 "$DK_TMP/$n.deploy.log")"; return 1; }
	for _ in $(seq 180); do
		st=$(sw_states)
		# n tasks, none of them still on its way
		[ "$(grep -c . <<<"$st")" = "$n" ] &&
			! grep -qvxE 'Complete|Failed|Rejected|Shutdown' <<<"$st" &&
			break
		sleep 1
	done
	docker service logs --raw "${SW_STACK}_sender" >"$DK_TMP/$n.sender.log" 2>&1
	docker service logs --raw "${SW_STACK}_receiver" >"$DK_TMP/$n.receiver.log" 2>&1
	st=$(sort <<<"$st" | uniq -c | awk '{ printf "%s%s x%s", s, $2, $1; s = ", " }')
	[ "$st" = "Complete x$n" ] || {
		fail "$n senders: tasks: ${st:-none} != Complete x$n: $(tail -n 3 "$DK_TMP/$n.sender.log")"
		return 1
	}
}

dk_init
trap 'rc=$?; sw_cleanup; (exit $rc); dk_cleanup' EXIT
dk_need_images

SW_GW_BEFORE=0
docker network inspect docker_gwbridge >/dev/null 2>&1 && SW_GW_BEFORE=1
case $(docker info -f '{{.Swarm.LocalNodeState}}' 2>/dev/null) in
inactive)
	docker swarm init --advertise-addr 127.0.0.1 \
		--listen-addr 127.0.0.1:2377 >"$DK_TMP/init.log" 2>&1 ||
		t_skip "docker swarm init failed: $(tail -n 1 "$DK_TMP/init.log")"
	SW_STARTED=1
	;;
active)
	docker info -f '{{.Swarm.ControlAvailable}}' | grep -qx true ||
		t_skip "this engine is a swarm worker: deploy from a manager"
	;;
*) t_skip "swarm state: $(docker info -f '{{.Swarm.LocalNodeState}}')" ;;
esac
SW_NODE=$(docker info -f '{{.Name}}')

case_one()
{
	local got vol file

	t_case "overlay stack: one result, received == sent"
	sw_run 1 || { sw_stack_rm; return; }
	got=$(grep '^{"schema_version"' "$DK_TMP/1.sender.log" | tail -n 1 |
		jq -r '[.sender.stats.sent, .receiver.stats.received, .receiver.stats.lost, .receiver.config.mode] | @tsv' 2>/dev/null)
	[ "$got" = "$DK_COUNT	$DK_COUNT	0	udp" ] ||
		fail "sender log: sent/received/lost/rx mode: ${got//	/ } != $DK_COUNT $DK_COUNT 0 udp"
	vol=$(docker volume inspect -f '{{.Mountpoint}}' "${SW_STACK}_results" 2>/dev/null)
	# shellcheck disable=SC2012
	file=$(ls -t "$vol"/swarm-overlay.1-udp-*Z.json 2>/dev/null | head -n 1)
	if [ -z "$file" ]; then
		fail "no swarm-overlay.1-udp-<UTC>.json in the results volume ($vol)"
	else
		got=$(jq -r '[.sender.stats.sent, .receiver.stats.received] | @tsv' "$file")
		[ "$got" = "$DK_COUNT	$DK_COUNT" ] ||
			fail "results volume: sent/received: ${got//	/ } != $DK_COUNT $DK_COUNT"
	fi
	# the receiver was on the overlay: its address is in the overlay subnet
	grep -q 'control 10\.231\.72\.[0-9]*:[0-9]*: run [0-9]* ended: ok' \
		"$DK_TMP/1.receiver.log" ||
		fail "receiver log: no run from an overlay address ended ok: $(tail -n 2 "$DK_TMP/1.receiver.log")"
	[ -n "$file" ] &&
		echo "  swarm overlay: $(jq -r '"sent \(.sender.stats.sent), received \(.receiver.stats.received), \(.receiver.stats.pps | floor) pps"' "$file")"
	sw_stack_rm
}

# The fields every replica's result must have, as one line: its own sent
# and share (sent received lost duplicates clients), the receiver's total
# (received lost streams), the run id; its stream id apart.
SW_FIELDS='[.sender.stats.sent, .share.sent, .share.received, .share.lost, .share.duplicates, .share.clients, .receiver.stats.received, .receiver.stats.lost, .receiver.stats.streams, .sender.stats.run_id == .receiver.stats.run_id] | map(tostring) | join(" ")'

case_fanin()
{
	local n=$1 want vol f got k ids runs

	t_case "overlay stack: $n senders into one run of PKT_CLIENTS=$n: exact shares and total"
	sw_run "$n" || { sw_stack_rm; return; }
	want="$DK_COUNT $DK_COUNT $DK_COUNT 0 0 $n $((n * DK_COUNT)) 0 $n true"
	grep '^{"schema_version"' "$DK_TMP/$n.sender.log" >"$DK_TMP/$n.results"
	expect_eq "$n senders: results in the senders' logs" \
		"$(grep -c . "$DK_TMP/$n.results")" "$n"
	while IFS= read -r got; do
		expect_eq "$n senders: a sender's log: sent share.{sent received lost duplicates clients} receiver.{received lost streams} same-run" \
			"$got" "$want"
	done < <(jq -r "$SW_FIELDS" "$DK_TMP/$n.results")
	ids=$(jq -r .share.stream_first "$DK_TMP/$n.results" | sort -n | paste -sd ' ')
	expect_eq "$n senders: stream ids" "$ids" "$(seq -s ' ' 0 $((n - 1)))"
	runs=$(jq -r .receiver.stats.run_id "$DK_TMP/$n.results" | sort -u | grep -c .)
	expect_eq "$n senders: runs" "$runs" 1
	# each replica its own file in the volume: none overwrote another
	vol=$(docker volume inspect -f '{{.Mountpoint}}' "${SW_STACK}_results" 2>/dev/null)
	for k in $(seq "$n"); do
		# shellcheck disable=SC2012
		f=$(ls "$vol"/swarm-overlay."$k"-udp-*Z.json 2>/dev/null)
		if [ "$(grep -c . <<<"$f")" != 1 ]; then
			fail "$n senders: swarm-overlay.$k-udp-<UTC>.json in the volume: ${f:-none} (want one)"
			continue
		fi
		expect_eq "$n senders: $(basename "$f")" "$(jq -r "$SW_FIELDS" "$f")" "$want"
	done
	expect_eq "$n senders: files in the volume" \
		"$(find "$vol" -name '*.json' 2>/dev/null | grep -c .)" "$n"
	grep -q "run of $n clients: run [0-9]* ended: ok" "$DK_TMP/$n.receiver.log" ||
		fail "$n senders: receiver log: no run of $n clients ended ok: $(tail -n 2 "$DK_TMP/$n.receiver.log")"
	[ "$T_FAILS" = 0 ] &&
		echo "  swarm overlay $n->1: $(jq -rs '"received \(.[0].receiver.stats.received), \(.[0].receiver.stats.pps | floor) pps in all"' "$DK_TMP/$n.results")"
	sw_stack_rm
}

case_one
case_fanin 2
case_fanin 3
t_done
