#!/bin/bash
# SPDX-License-Identifier: MIT
# timeout: 1800
# The user-mode-linux tier: boots the UML guest (tests/uml/launch.sh), which
# runs tests/uml/cases.sh on a kernel with 8021q and openvswitch; each of
# its cases (set-up x mode) becomes a TAP line of tests/run.sh.  Skips
# (exit 4) where there is no linux.uml, saying so.
#
# PKTBENCH_UML_COUNT  packets per run (default 10000)
# PKTBENCH_UML_RATE   pace of every run (default 20kpps: UML has one CPU
#                     and slow system calls)
# PKTBENCH_UML_CASES  comma-separated set-ups (default all six)
# PKTBENCH_UML_TIMEOUT  hard limit of the guest in seconds (default 1500;
#                     about 4 min on an idle 2-vCPU machine, 10 on a busy one;
#                     the runner's timeout above is longer)
# PKTBENCH_KEEP       1: keep the work directory (console.log, results)
here=$(cd "$(dirname "$0")" && pwd)
cases=${PKTBENCH_UML_CASES:-trunk,trunkyml,vlans,ovs,ovsyml,ovsaccess}
work=$(mktemp -d "${TMPDIR:-/tmp}/pktbench-uml.XXXXXX") || exit 1
trap '[ "${PKTBENCH_KEEP:-0}" = 1 ] && echo "outputs kept in $work" >&2 || rm -rf "$work"' EXIT

out=$(UML_TIMEOUT=${PKTBENCH_UML_TIMEOUT:-1500} "$here/launch.sh" "$work" test "UML_CASES=$cases" \
	"UML_N=${PKTBENCH_UML_COUNT:-10000}" \
	"UML_RATE=${PKTBENCH_UML_RATE:-20kpps}" 2>&1)
rc=$?
if [ $rc = 4 ]; then
	echo "SKIP: $out"
	exit 4
fi
fails=0
if [ $rc != 0 ]; then
	echo "$out"
	fails=1
fi
[ -f "$work/cases" ] || { echo "the guest wrote no cases (console: $work/console.log)"; exit 1; }
if [ -n "${PKTBENCH_CASES:-}" ]; then
	cat "$work/cases" >>"$PKTBENCH_CASES"
else
	cat "$work/cases"
fi
grep -q '^not ok ' "$work/cases" && fails=1
# every case reported, or the guest stopped half-way
want=$(( $(echo "$cases" | tr ',' '\n' | grep -c .) * 3 ))
got=$(grep -c '^\(not \)\?ok ' "$work/cases")
[ "$got" = "$want" ] || { echo "the guest reported $got cases != $want"; fails=1; }
[ $fails = 0 ]
