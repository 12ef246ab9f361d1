#!/bin/bash
# SPDX-License-Identifier: MIT
# Runs the namespace tests: every tests/net/test_*.sh, or those named as
# arguments (test_vlan.sh, test_vlan or a path).  Output is TAP in the
# kselftest style, one line per case:
#
#   ok 3 test_pairings: veth udp->mmap
#   not ok 4 test_pairings: veth mmap->udp
#   # test_pairings: veth mmap->udp: stats.received 99998 != 100000
#   ok 9 test_docker_ovs # SKIP no Docker engine answers
#
# then the plan and "P passed, F failed, S skipped" as the last line (CI
# reads it).  Exits 1 if any case failed.
#
# A test exits 0 (pass), 1 (fail) or 4 (skip, "SKIP: reason" on stdout);
# any other code is a failure.  A test made of cases writes them to the
# file $PKTBENCH_CASES, one "ok NAME", "not ok NAME" or "ok NAME # SKIP
# why" line each, "# ..." lines saying why below a failed one
# (tests/net/lib.sh: net_case); each becomes a numbered line here.  A test
# without cases is one line, named after its file.
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

pass=0 failed=0 skipped=0 num=0
echo "TAP version 13"

# tap LINE: numbers and counts one case line ("ok NAME", "not ok NAME",
# "ok NAME # SKIP why").
tap()
{
	num=$((num + 1))
	case $1 in
	"not ok "*) echo "not ok $num ${1#not ok }"; failed=$((failed + 1)) ;;
	*" # SKIP"*) echo "ok $num ${1#ok }"; skipped=$((skipped + 1)) ;;
	*) echo "ok $num ${1#ok }"; pass=$((pass + 1)) ;;
	esac
}

if [ "$(id -u)" != 0 ]; then
	for t in "${tests[@]}"; do
		n=${t##*/}
		tap "ok ${n%.sh} # SKIP needs root (network namespaces)"
	done
	echo "1..$num"
	echo "$pass passed, $failed failed, $skipped skipped"
	exit 0
fi

log=$(mktemp "${TMPDIR:-/tmp}/pktbench-run.XXXXXX") || exit 1
child=""
trap 'rm -f "$log" "$log.err" "$log.cases"' EXIT
# a signal stops the running test, whose own trap then cleans up
trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null && wait "$child"; exit 130' INT TERM HUP
for t in "${tests[@]}"; do
	name=${t##*/}
	name=${name%.sh}
	start=$SECONDS
	: >"$log.cases"
	# stdout: the test's own lines; stderr: the shell's and the tools'
	PKTBENCH_CASES=$log.cases bash "$t" >"$log" 2>"$log.err" </dev/null &
	child=$!
	wait "$child"
	rc=$?
	child=""
	secs=$((SECONDS - start))
	bad=0
	while IFS= read -r l; do
		case $l in
		"# "*) echo "# $name: ${l#\# }" ;;
		"not ok "*) tap "not ok $name: ${l#not ok }"; bad=1 ;;
		"ok "*) tap "ok $name: ${l#ok }" ;;
		esac
	done <"$log.cases"
	case $rc in
	0)
		[ -s "$log.cases" ] || tap "ok $name"
		;;
	4)
		reason=$(sed -n 's/^SKIP: //p' "$log" | head -1)
		[ -s "$log.cases" ] || tap "ok $name # SKIP ${reason:-no reason given}"
		;;
	*)
		# a failure outside every case still names the test
		if [ $bad = 0 ]; then
			first=$(grep -v '^  ' "$log" | grep -v '^$' | head -1)
			[ $rc = 1 ] || first="exit code $rc${first:+; $first}"
			tap "not ok $name${first:+: $first}"
			sed "s/^/# $name: /" "$log"
		fi
		sed "s/^/# $name: stderr: /" "$log.err"
		;;
	esac
	echo "# $name: ${secs} s"
done
echo "1..$num"
echo "$pass passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
