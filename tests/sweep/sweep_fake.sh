#!/bin/sh
# `pktbench sweep ARGS...` with the netns runner replaced by a fake: no
# root, no network, no binaries.  The files are sourced as bin/pktbench's
# cmd_sweep sources them (read from it, so the two cannot drift), then
# the netns runner's eight functions (scripts/sweep/runner.sh) are
# redefined here.  The product has no hook for it: the sweep runs and
# records `--runner netns`; the set-ups' state says model "fake".
#
# Each run writes DIR/rx.json and DIR/tx.json as the programs would.  A
# point's pps is a function of the point (set-up, mode, count, size) and
# of how many runs of it SWF_STATE has seen (its repeat), so a point's
# runs differ and two sweeps of one plan give the same values; the CPUs
# the sweep placed the pair on (SW_TX_CPU, SW_RX_CPU) are their
# config.cpu.
#   SWF_STATE   a directory for the run counters and the log (required;
#               made if missing): "up SETUP", "run SETUP MODE COUNT SIZE
#               rep R tx_cpu=C rx_cpu=C", "down SETUP", a line each
#   SWF_INT_AT  K: the run after the K-th sends the sweep SIGINT while it
#               runs (an interrupted sweep), and is not recorded
#   SWF_RX, SWF_TX  the run's rx.json or tx.json instead, a template in
#               which @COUNT@ becomes the run's packet count (results the
#               sweep must refuse)
#   SWF_ROOT    another tree to run from (a test's, with a stub of its own)
# The report draws no figures (SW_NOFIG, as pktbench report --no-figures)
# unless SWF_FIGURES=1.
#
#   SWF_STATE=DIR tests/sweep/sweep_fake.sh --runner netns --setups native ... --out OUT
# shellcheck disable=SC2034	# SW_BIN, SW_REASON, SW_NOFIG: the sweep's
set -u
: "${SWF_STATE:?is required: a directory for the counters of the fake runner}"
mkdir -p "$SWF_STATE" || exit 1
top=${SWF_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
cmd=sweep
# shellcheck source=tests/sweep/load_cmd.sh
. "$(dirname "$0")/load_cmd.sh"

sw_pick_bin() { SW_BIN=$top/build/fake; return 0; }
netns_probe() { SW_REASON=''; return 0; }
netns_up() { SW_REASON=''; echo "up $1" >>"$SWF_STATE/log"; return 0; }
netns_point_reason() { SW_REASON=''; return 0; }
netns_kill() { return 0; }
netns_state() {
	jq -cn --arg s "$1" '{setup: $s, runner: "netns", model: "fake (tests/sweep/sweep_fake.sh)"}'
}
netns_down() { echo "down $1" >>"$SWF_STATE/log"; return 0; }
netns_finish() { return 0; }

# swf_result TEMPLATE COUNT FILE: TEMPLATE with @COUNT@ as COUNT into FILE
swf_result() {
	printf '%s\n' "$1" | sed "s/@COUNT@/$2/g" >"$3"
}

# netns_run SETUP MODE COUNT RATE SIZE DIR
netns_run() {
	SW_REASON=''
	swf_n=$(($(cat "$SWF_STATE/runs" 2>/dev/null || echo 0) + 1))
	echo "$swf_n" >"$SWF_STATE/runs"
	if [ -n "${SWF_INT_AT:-}" ] && [ "$swf_n" -eq $((SWF_INT_AT + 1)) ]; then
		kill -INT $$
		# the trap has run: the sweep stops this run
		[ -n "$SW_STOP" ] && { SW_REASON=interrupted; return 1; }
	fi
	swf_key="$1 $2 $3 $5"
	swf_f=$SWF_STATE/point-$(printf '%s' "$swf_key" | cksum | cut -d' ' -f1)
	swf_r=$(($(cat "$swf_f" 2>/dev/null || echo 0) + 1))
	echo "$swf_r" >"$swf_f"
	swf_pps=$(($(printf '%s' "$swf_key" | cksum | awk '{ print 100000 + $1 % 100000 }') + swf_r * 1000))
	echo "run $swf_key rep $swf_r tx_cpu=${SW_TX_CPU:-} rx_cpu=${SW_RX_CPU:-}" >>"$SWF_STATE/log"
	if [ -n "${SWF_RX:-}" ]; then
		swf_result "$SWF_RX" "$3" "$6/rx.json"
	else
		jq -cn --argjson pps "$swf_pps" --argjson c "$3" --arg cpu "${SW_RX_CPU:-}" \
			'{program: "pktrecv", config: {cpu: (if $cpu == "" then null else $cpu end)},
			  stats: {pps: $pps, received: $c, unique: $c, lost_vs_count: 0}}' >"$6/rx.json"
	fi
	if [ -n "${SWF_TX:-}" ]; then
		swf_result "$SWF_TX" "$3" "$6/tx.json"
	else
		jq -cn --argjson pps "$swf_pps" --argjson c "$3" --arg cpu "${SW_TX_CPU:-}" \
			'{program: "pktsend", config: {cpu: (if $cpu == "" then null else $cpu end)},
			  stats: {pps: $pps, sent: $c, bps: ($pps * 512)}}' >"$6/tx.json"
	fi
	return 0
}
[ "${SWF_FIGURES:-}" = 1 ] || SW_NOFIG=1
sweep_main "$@"
