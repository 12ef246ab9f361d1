#!/bin/bash
# SPDX-License-Identifier: MIT
# The runner of every test tier.  Runs tests (tests/lib.sh) and prints TAP
# 13 in the kselftest style, one line per case:
#
#   ok 3 test_pairings: veth udp->mmap
#   not ok 4 test_pairings: veth mmap->udp
#   # test_pairings: veth mmap->udp: stats.received 99998 != 100000
#   ok 9 test_ovs # SKIP no Docker engine answers
#   not ok 10 test_control # TIMEOUT 600 s
#
# then the plan and "P passed, F failed, S skipped" as the last line (CI
# reads it).  Exits 1 if any case failed.
#
#   tests/run.sh [TIER|TEST...]
#
# TIER is a directory of tests/ (net, sweep, docker, uml, lab): every
# tests/TIER/test_*.sh; the default is net.  TEST is a path, or a test's
# name in any tier (test_vlan, test_vlan.sh).
#
# A test exits 0 (pass), 1 (fail) or 4 (skip, "SKIP: reason" on stdout);
# any other code is a failure.  The cases it writes to the file
# $PKTBENCH_CASES ("ok NAME", "not ok NAME" with "# why" lines below,
# "ok NAME # SKIP why") each become a numbered line.  A test without cases
# is one line named after its file; one that fails while every case
# passed gets one more, naming its first failure.
#
# Each test runs under a timeout, in a process group of its own: 600 s, or
# what a line "# timeout: SECONDS" in its first 30 lines says;
# PKTBENCH_TIMEOUT=SECONDS replaces both (0: none).  A test that runs out
# gets SIGTERM (its EXIT trap cleans up), SIGKILL 30 s later, and is
# "not ok N NAME # TIMEOUT"; the tier goes on.
#
#   sudo tests/run.sh net sweep
#   PKTBENCH_BIN=build/asan tests/run.sh test_pairings
here=$(cd "$(dirname "$0")" && pwd)
TIMEOUT_DEFAULT=600
KILL_AFTER=30

tests=()
[ $# -gt 0 ] || set -- net
for a in "$@"; do
	case $a in
	*/*) found=("$a") ;;
	*) found=("$here"/*/"${a%.sh}.sh") ;;
	esac
	if [ -d "$here/$a" ] && [ "${a#*/}" = "$a" ]; then
		found=("$here/$a"/test_*.sh)
	elif [ ! -f "${found[0]}" ]; then
		echo "run.sh: no such test: $a" >&2
		exit 2
	elif [ ${#found[@]} -gt 1 ]; then
		echo "run.sh: $a is in several tiers: ${found[*]#"$here"/}" >&2
		exit 2
	fi
	for t in "${found[@]}"; do
		[ -f "$t" ] && tests+=("$t")
	done
done

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

finish()
{
	echo "1..$num"
	echo "$pass passed, $failed failed, $skipped skipped"
	[ $failed -eq 0 ]
}

if [ "$(id -u)" != 0 ]; then
	for t in "${tests[@]}"; do
		n=${t##*/}
		tap "ok ${n%.sh} # SKIP needs root (network namespaces)"
	done
	finish
	exit
fi

# limit TEST: its timeout in seconds (0: none).
limit()
{
	local s

	s=$(head -n 30 "$1" | sed -n 's/^# timeout: *\([0-9][0-9]*\) *$/\1/p' | head -n 1)
	echo "${PKTBENCH_TIMEOUT:-${s:-$TIMEOUT_DEFAULT}}"
}

log=$(mktemp "${TMPDIR:-/tmp}/pktbench-run.XXXXXX") || exit 1
child=""
trap 'rm -f "$log" "$log.err" "$log.cases"' EXIT
# a signal stops the running test, whose own trap then cleans up
trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null && wait "$child"; exit 130' INT TERM HUP
for t in "${tests[@]}"; do
	name=${t##*/}
	name=${name%.sh}
	secs=$(limit "$t")
	start=$SECONDS
	: >"$log.cases"
	# stdout: the test's own lines; stderr: the shell's and the tools'.
	# timeout(1) runs it in a process group of its own and signals the
	# whole group.
	if [ "$secs" -gt 0 ]; then
		PKTBENCH_CASES=$log.cases timeout -k $KILL_AFTER "$secs" \
			bash "$t" >"$log" 2>"$log.err" </dev/null &
	else
		PKTBENCH_CASES=$log.cases bash "$t" >"$log" 2>"$log.err" </dev/null &
	fi
	child=$!
	wait "$child"
	rc=$?
	child=""
	took=$((SECONDS - start))
	bad=0
	while IFS= read -r l; do
		case $l in
		"# "*) echo "# $name: ${l#\# }" ;;
		"not ok "*) tap "not ok $name: ${l#not ok }"; bad=1 ;;
		"ok "*) tap "ok $name: ${l#ok }" ;;
		esac
	done <"$log.cases"
	if [ "$secs" -gt 0 ] && [ "$took" -ge "$secs" ] && { [ $rc = 124 ] || [ $rc = 137 ]; }; then
		tap "not ok $name # TIMEOUT $secs s"
		sed "s/^/# $name: /" "$log"
		sed "s/^/# $name: stderr: /" "$log.err"
		echo "# $name: ${took} s"
		continue
	fi
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
	echo "# $name: ${took} s"
done
finish
