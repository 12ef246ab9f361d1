#!/bin/bash
# SPDX-License-Identifier: MIT
# Runs the namespace tests: every tests/net/test_*.sh, or those named as
# arguments (test_vlan.sh, test_vlan or a path).  One line per test, the
# output of a failed one below it, then "P passed, F failed, S skipped".
# Exits 1 if any test failed.  Tests exit 0 (pass), 1 (fail) or 4 (skip,
# "SKIP: reason" on stdout); any other code is a failure.
#
#   sudo tests/net/run.sh
#   PKTBENCH_BIN=build/asan tests/net/run.sh test_pairings
dir=$(cd "$(dirname "$0")" && pwd)
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
		if [ ! -f "$t" ]; then
			echo "run.sh: no such test: $a" >&2
			exit 2
		fi
		tests+=("$t")
	done
fi

pass=0 failed=0 skipped=0
if [ "$(id -u)" != 0 ]; then
	echo "run.sh: not root: the namespace tests need root (ip netns); skipping all"
	for t in "${tests[@]}"; do
		echo "skip ${t##*/} (needs root)"
		skipped=$((skipped + 1))
	done
	echo "$pass passed, $failed failed, $skipped skipped"
	exit 0
fi

log=$(mktemp "${TMPDIR:-/tmp}/pktbench-run.XXXXXX") || exit 1
child=""
trap 'rm -f "$log" "$log.err"' EXIT
# a signal stops the running test, whose own trap then cleans up
trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null && wait "$child"; exit 130' INT TERM HUP
for t in "${tests[@]}"; do
	name=${t##*/}
	start=$SECONDS
	# stdout: the test's own lines; stderr: the shell's and the tools'
	bash "$t" >"$log" 2>"$log.err" </dev/null &
	child=$!
	wait "$child"
	rc=$?
	child=""
	secs=$((SECONDS - start))
	case $rc in
	0)
		echo "ok   $name (${secs} s)"
		pass=$((pass + 1))
		;;
	4)
		reason=$(sed -n 's/^SKIP: //p' "$log" | head -1)
		echo "skip $name (${reason:-no reason given})"
		skipped=$((skipped + 1))
		;;
	*)
		first=$(grep -v '^  ' "$log" | grep -v '^$' | head -1)
		[ $rc = 1 ] || first="exit code $rc${first:+; $first}"
		echo "FAIL $name (${first:-no output}) [${secs} s]"
		sed 's/^/    /' "$log"
		sed 's/^/    stderr: /' "$log.err"
		failed=$((failed + 1))
		;;
	esac
done
echo "$pass passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
