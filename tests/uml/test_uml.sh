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
# PKTBENCH_UML_CASES  comma-separated cases (default all seven: six set-ups and noxdp)
# PKTBENCH_UML_TIMEOUT  hard limit of the guest in seconds (default 1500;
#                     about 4 min on an idle 2-vCPU machine, 10 on a busy one;
#                     the runner's timeout above is longer)
# PKTBENCH_KEEP       1: keep the work directory (console.log, results)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/uml/lib.sh
. "$here/lib.sh"
cases=${PKTBENCH_UML_CASES:-trunk,trunkyml,vlans,ovs,ovsyml,ovsaccess,noxdp}
uml_work uml

UML_TIMEOUT=${PKTBENCH_UML_TIMEOUT:-1500} uml_launch test "UML_CASES=$cases" \
	"UML_N=${PKTBENCH_UML_COUNT:-10000}" \
	"UML_RATE=${PKTBENCH_UML_RATE:-20kpps}"
# three a set-up
uml_verdict $(( $(echo "$cases" | tr ',' '\n' | grep -c .) * 3 )) cases
