#!/bin/bash
# SPDX-License-Identifier: MIT
# docker stop on the receiver in the middle of a run: the entrypoint passes
# SIGTERM on, pktrecv ends the run and the result file is still complete
# (written under a temporary name and renamed): it parses, says
# stop_reason "signal", counted packets, and no temporary file is left.
# The compose run then ends with the receiver's exit code 0.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

dk_init
dk_need_images
t_case "docker stop mid-run: a complete result, exit 0"
tag=stop
project=$DK_PFX$tag
# a run far longer than the test: 1 M packets at 2 kpps; dk_up runs in a
# subshell, so the trap learns of its project here
DK_PROJECTS="$DK_PROJECTS $project|$(nw_setup_file quickstart)"
dk_up "$tag" quickstart PKT_COUNT=1M PKT_RATE=2kpps PKT_BATCH=8 &
up=$!
rx=""
for _ in $(seq 120); do
	rx=$(docker ps -q --filter "label=com.docker.compose.project=$project" \
		--filter "label=com.docker.compose.service=receiver" \
		--filter status=running)
	if [ -n "$rx" ] && docker logs "$rx" 2>&1 | grep -q '^pktrecv: ready'; then
		tx=$(docker ps -q --filter "label=com.docker.compose.project=$project" \
			--filter "label=com.docker.compose.service=sender" \
			--filter status=running)
		[ -n "$tx" ] && break
	fi
	sleep 0.5
done
if [ -z "$rx" ] || [ -z "${tx:-}" ]; then
	fail "receiver and sender not both running after 60 s"
	kill -TERM $up 2>/dev/null
	wait $up
	t_done
fi
sleep 3
start=$SECONDS
docker stop -t 20 "$rx" >/dev/null
secs=$((SECONDS - start))
[ $secs -le 10 ] || fail "docker stop took $secs s (> 10: SIGTERM not passed on?)"
wait $up
rc=$(docker inspect -f '{{.State.ExitCode}}' "$rx")
[ "$rc" = 0 ] || fail "receiver exit code $rc != 0 after docker stop"
# shellcheck disable=SC2012
res=$(ls -t "$DK_TMP/$tag"/*.json 2>/dev/null | head -n 1)
if [ -z "$res" ]; then
	fail "no result file after docker stop"
elif ! jq -e . "$res" >/dev/null 2>&1; then
	fail "${res##*/} is not complete JSON after docker stop"
else
	got=$(jq -r '[.stats.stop_reason, (.stats.received > 0), .stats.duplicates] | @tsv' "$res")
	[ "$got" = "signal	true	0" ] ||
		fail "stop_reason/received>0/duplicates: ${got//	/ } != signal true 0"
fi
leftover=$(find "$DK_TMP/$tag" -mindepth 1 ! -name '*.json' -printf '%f ')
[ -z "$leftover" ] || fail "left in results/: $leftover"
t_done
