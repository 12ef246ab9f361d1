# Sourced by the test-side fakes (sweep_fake.sh, ndr_sim.sh) with top
# (the tree to run) and cmd (sweep, ndr) set: sources the files that
# bin/pktbench's cmd_<cmd> sources, read from that function so the two
# cannot drift, with PKTBENCH_ROOT, SW_LIB and NW_DIR as it sets them.
# shellcheck shell=sh disable=SC2034,SC2154	# SW_LIB, NW_DIR: the sourced files'; top, cmd: the caller's
PKTBENCH_ROOT=$top
export PKTBENCH_ROOT
SW_LIB=$top/scripts/sweep
NW_DIR=$top/networks
eval "$(sed -n "/^cmd_${cmd}()/,/^}/p" "$top/bin/pktbench" | grep -E '^[[:space:]]+\. ')"
