#!/bin/sh
# `pktbench sweep ARGS...` with the netns runner replaced by a fake: no
# root, no network, no binaries.  The files are sourced as bin/pktbench's
# cmd_sweep sources them (read from it, so the two cannot drift), then
# the runner's eight functions (scripts/sweep/runner.sh) are redefined.
# Each run writes DIR/rx.json and DIR/tx.json from the templates
#   SWF_RX  default {"stats":{"received":@COUNT@,"lost_vs_count":0,"pps":1000.0}}
#   SWF_TX  default {"stats":{"sent":@COUNT@,"pps":1000.0}}
# (@COUNT@ becomes the run's packet count).  SWF_LOG: each run appended as
# "SETUP MODE COUNT RATE SIZE".  The report draws no figures (SW_NOFIG, as
# pktbench report --no-figures) unless SWF_FIGURES=1.
#
#   tests/sweep/sweep_fake.sh --runner netns --setups native ... --out DIR
set -u
# SWF_ROOT: another tree to run from (a test's, with a stub of its own)
top=${SWF_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
PKTBENCH_ROOT=$top
export PKTBENCH_ROOT
SW_LIB=$top/scripts/sweep
NW_DIR=$top/networks
eval "$(sed -n '/^cmd_sweep()/,/^}/p' "$top/bin/pktbench" | grep -E '^[[:space:]]+\. ')"

sw_pick_bin() { SW_BIN=$top/build/fake; return 0; }
netns_probe() { SW_REASON=''; return 0; }
netns_up() { return 0; }
netns_point_reason() { return 0; }
netns_kill() { return 0; }
netns_state() { printf '{"setup":"%s","runner":"netns","model":"fake"}\n' "$1"; }
netns_down() { return 0; }
netns_finish() { return 0; }
netns_run() {
	[ -n "${SWF_LOG:-}" ] && echo "$1 $2 $3 $4 $5" >>"$SWF_LOG"
	printf '%s\n' "${SWF_RX:-{\"stats\":{\"received\":@COUNT@,\"lost_vs_count\":0,\"pps\":1000.0\}\}}" |
		sed "s/@COUNT@/$3/g" >"$6/rx.json"
	printf '%s\n' "${SWF_TX:-{\"stats\":{\"sent\":@COUNT@,\"pps\":1000.0\}\}}" |
		sed "s/@COUNT@/$3/g" >"$6/tx.json"
	return 0
}
[ "${SWF_FIGURES:-}" = 1 ] || SW_NOFIG=1
sweep_main "$@"
