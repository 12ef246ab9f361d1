#!/bin/bash
# SPDX-License-Identifier: MIT
# One real compose experiment per mode through the quick start (docker-
# compose.yml, Docker's default bridge): exit 0, a result file that parses,
# received == sent == count, lost 0.  Then scripts/quickstart.sh (the
# README's first command) with an input each container refuses: exit 2,
# the refusing side's one line, and nothing of its compose project left.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

dk_init
dk_need_images
for mode in udp mmap xdp; do
	dk_experiment quickstart $mode
done

# quick_bad SIDE MESSAGE VAR=VALUE: quickstart.sh refuses it with exit 2
# and MESSAGE; compose's abort must not turn a sender's 2 into 1.
quick_bad()
{
	local side=$1 msg=$2 log rc=0 left
	t_case "quickstart.sh with $3 ($side refuses): exit 2, its message"
	log=$T_TMP/quick-$side.log
	env "$3" "$DK_ROOT/scripts/quickstart.sh" >"$log" 2>&1 || rc=$?
	expect_eq "quickstart.sh $3: exit" "$rc" 2 || tail -n 20 "$log"
	grep -qF -- "$msg" "$log" || { fail "quickstart.sh $3: no '$msg'"; tail -n 20 "$log"; }
	left=$(docker ps -aq --filter "label=com.docker.compose.project=$(basename "$DK_ROOT")" \
		--filter label=com.docker.compose.service="$side")
	expect_eq "quickstart.sh $3: $side containers left" "$left" ""
}
quick_bad sender "sender: PKT_SIZE='99999': --size '99999': out of range; accepted 32..65507" PKT_SIZE=99999
quick_bad receiver "receiver: PKT_COUNT='ten': --count" PKT_COUNT=ten
t_done
