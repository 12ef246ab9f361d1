#!/bin/sh
# `pktbench ndr ARGS...` on a simulated system: no root, no network, no
# binaries.  The files are sourced as bin/pktbench's cmd_ndr sources them
# (read from it, so the two cannot drift), then the netns runner's
# functions (scripts/sweep/runner.sh) are redefined here, with no set-up,
# and so is ndr_trial, the measurer: each trial asks tests/sweep/ndr_fake.sh
# (NDR_FAKE and its other variables pick the loss curve) for its line.
# The product has no hook for it: the search runs and records
# `--runner netns`; the set-up's state says model "fake".  A trial
# reports the CPUs the search placed the pair on (SW_TX_CPU, SW_RX_CPU)
# as its cpu, as pktsend and pktrecv --cpu would (not for NDR_FAKE=garbage,
# whose line goes to the search as it is).
#
#   NDR_FAKE=step tests/sweep/ndr_sim.sh --trial 1s --out OUT
# shellcheck disable=SC2034	# SW_BIN, SW_REASON: the search's
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cmd=ndr
# shellcheck source=tests/sweep/load_cmd.sh
. "$(dirname "$0")/load_cmd.sh"

sw_pick_bin() { SW_BIN=$top/build/fake; return 0; }
netns_probe() { SW_REASON=''; return 0; }
netns_up() { SW_REASON=''; return 0; }
netns_point_reason() { SW_REASON=''; return 0; }
netns_kill() { return 0; }
netns_state() {
	jq -cn --arg s "$1" '{setup: $s, runner: "netns", model: "fake (tests/sweep/ndr_sim.sh)"}'
}
netns_down() { return 0; }
netns_finish() { return 0; }
netns_run() { SW_REASON="ndr_sim.sh: netns_run called (ndr_trial is the fake)"; return 1; }

# ndr_trial RATE_PPS SECONDS: ND_LINE from the fake ($ND_SIZE its third
# argument); 1 with ND_ERR (its last line of stderr) when it gave none.
ndr_trial() {
	ND_LINE='' ND_ERR=''
	ND_LINE=$("$top/tests/sweep/ndr_fake.sh" "$1" "$2" "$ND_SIZE" 2>"$ND_TMP/fake.err" | tail -n 1)
	[ -n "$SW_STOP" ] && return 1
	[ -n "$ND_LINE" ] || { ND_ERR="no result line$(tail -n 1 "$ND_TMP/fake.err" | sed 's/^/: /')"; return 1; }
	if [ -n "${SW_TX_CPU:-}" ] && [ "${NDR_FAKE:-}" != garbage ]; then
		ND_LINE=$(printf '%s\n' "$ND_LINE" | jq -c --arg tx "$SW_TX_CPU" --arg rx "${SW_RX_CPU:-}" '. + {cpu: {tx: $tx, rx: $rx}}')
	fi
	return 0
}
ndr_main "$@"
