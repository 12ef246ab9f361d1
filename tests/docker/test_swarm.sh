#!/bin/bash
# SPDX-License-Identifier: MIT
# A single-node Docker Swarm: networks/swarm-overlay.yml deployed with
# `docker stack deploy`, both services placed on this node through
# PKT_RX_NODE/PKT_TX_NODE; the sender reaches the receiver service over the
# VXLAN overlay through the control channel.  Its log and the file in the
# results volume hold one result with received == sent == count.
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

sw_cleanup()
{
	local i

	if [ -n "$SW_STACK" ]; then
		docker stack rm "$SW_STACK" >/dev/null 2>&1
		# the stack's network goes once its tasks are gone
		for i in $(seq 60); do
			docker network ls -q -f "label=com.docker.stack.namespace=$SW_STACK" |
				grep -q . || break
			sleep 0.5
		done
		for i in $(seq 20); do
			docker volume rm "${SW_STACK}_results" >/dev/null 2>&1 && break
			sleep 0.5
		done
	fi
	if [ "$SW_STARTED" = 1 ]; then
		docker swarm leave --force >/dev/null 2>&1
		# swarm init made the engine's docker_gwbridge; leave keeps it
		[ "$SW_GW_BEFORE" = 1 ] || docker network rm docker_gwbridge >/dev/null 2>&1
	fi
	return 0
}

# sw_state: the sender task's state (Complete, Failed, Running, ...).
sw_state()
{
	docker service ps --no-trunc --format '{{.CurrentState}}' \
		"${SW_STACK}_sender" 2>/dev/null | head -n 1 | awk '{ print $1 }'
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

t_case "overlay stack: one result, received == sent"
node=$(docker info -f '{{.Name}}')
SW_STACK=pktbenchsw$$
PKT_RX_NODE=$node PKT_TX_NODE=$node PKT_COUNT=$DK_COUNT PKT_RATE=$DK_RATE \
	PKT_BATCH=$DK_BATCH docker stack deploy \
	-c "$DK_ROOT/networks/swarm-overlay.yml" "$SW_STACK" \
	>"$DK_TMP/deploy.log" 2>&1 ||
	{ fail "stack deploy: $(tail -n 2 "$DK_TMP/deploy.log")"; t_done; }

for i in $(seq 120); do
	st=$(sw_state)
	case $st in
	Complete | Failed | Rejected | Shutdown) break ;;
	esac
	sleep 1
done
docker service logs --raw "${SW_STACK}_sender" >"$DK_TMP/sender.log" 2>&1
docker service logs --raw "${SW_STACK}_receiver" >"$DK_TMP/receiver.log" 2>&1
[ "$st" = Complete ] ||
	fail "sender task: ${st:-no state} != Complete: $(tail -n 3 "$DK_TMP/sender.log")"

got=$(grep '^{"schema_version"' "$DK_TMP/sender.log" | tail -n 1 |
	jq -r '[.sender.stats.sent, .receiver.stats.received, .receiver.stats.lost, .receiver.config.mode] | @tsv' 2>/dev/null)
[ "$got" = "$DK_COUNT	$DK_COUNT	0	udp" ] ||
	fail "sender log: sent/received/lost/rx mode: ${got//	/ } != $DK_COUNT $DK_COUNT 0 udp"

vol=$(docker volume inspect -f '{{.Mountpoint}}' "${SW_STACK}_results" 2>/dev/null)
# shellcheck disable=SC2012
file=$(ls -t "$vol"/swarm-overlay-udp-*Z.json 2>/dev/null | head -n 1)
if [ -z "$file" ]; then
	fail "no swarm-overlay-udp-<UTC>.json in the results volume ($vol)"
else
	got=$(jq -r '[.sender.stats.sent, .receiver.stats.received] | @tsv' "$file")
	[ "$got" = "$DK_COUNT	$DK_COUNT" ] ||
		fail "results volume: sent/received: ${got//	/ } != $DK_COUNT $DK_COUNT"
fi
# the receiver was on the overlay: its address is in the overlay subnet
grep -q 'control 10\.231\.72\.[0-9]*:[0-9]*: run [0-9]* ended: ok' \
	"$DK_TMP/receiver.log" ||
	fail "receiver log: no run from an overlay address ended ok: $(tail -n 2 "$DK_TMP/receiver.log")"
[ "$T_FAILS" = 0 ] &&
	echo "  swarm overlay: $(jq -r '"sent \(.sender.stats.sent), received \(.receiver.stats.received), \(.receiver.stats.pps | floor) pps"' "$file")"
t_done
