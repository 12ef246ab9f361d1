#!/bin/bash
# SPDX-License-Identifier: MIT
# Runs the docker tests: every tests/docker/test_*.sh, or those named as
# arguments (test_ovs.sh, test_ovs or a path), through the namespace tier's
# runner (tests/net/run.sh): one line per test, the output of a failed one
# below it, then "P passed, F failed, S skipped"; exit 1 if any failed.
# Where no Docker engine answers, every test skips (exit 4) saying so.
#
#   sudo tests/docker/run.sh
#   sudo tests/docker/run.sh test_macvlan test_ovs
dir=$(cd "$(dirname "$0")" && pwd)
runner=$dir/../net/run.sh
[ -f "$runner" ] || { echo "run.sh: $runner not found" >&2; exit 2; }
tests=()
if [ $# -eq 0 ]; then
	for t in "$dir"/test_*.sh; do
		[ -e "$t" ] && tests+=("$t")
	done
else
	for a in "$@"; do
		case $a in
		*/*) t=$a ;;
		*.sh) t=$dir/$a ;;
		*) t=$dir/$a.sh ;;
		esac
		[ -f "$t" ] || { echo "run.sh: no such test: $a" >&2; exit 2; }
		tests+=("$t")
	done
fi
exec bash "$runner" "${tests[@]}"
