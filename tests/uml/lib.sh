# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# The host side the UML tiers share (tests/uml/test_uml.sh, docker.sh),
# sourced by bash: a work directory, the guest's launch (launch.sh), and
# the verdict on the cases the guest wrote there.
#
#   . tests/uml/lib.sh
#   uml_work NAME                        # $work, removed at exit
#   [UML_TIMEOUT=S UML_MEM=M] uml_launch JOB [NAME=VALUE ...]
#   uml_verdict WANT WHAT [NOTES]        # exits 0 or 1
#
# PKTBENCH_KEEP=1 keeps the work directory (console.log, results).

UML_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# uml_work NAME: a fresh work directory, $work (pktbench-NAME.XXXXXX under
# TMPDIR), removed when the script exits unless PKTBENCH_KEEP=1.
uml_work()
{
	work=$(mktemp -d "${TMPDIR:-/tmp}/pktbench-$1.XXXXXX") || exit 1
	trap '[ "${PKTBENCH_KEEP:-0}" = 1 ] && echo "outputs kept in $work" >&2 || rm -rf "$work"' EXIT
}

# uml_launch JOB [NAME=VALUE ...]: the guest runs JOB in $work (launch.sh,
# which reads UML_TIMEOUT and UML_MEM).  No guest here: "SKIP: why" and
# exit 4.  UML_FAILS: 0, or 1 when the guest did not finish (its output
# printed).
uml_launch()
{
	local out rc

	out=$("$UML_HERE/launch.sh" "$work" "$@" 2>&1)
	rc=$?
	if [ $rc = 4 ]; then
		echo "SKIP: $out"
		exit 4
	fi
	UML_FAILS=0
	if [ $rc != 0 ]; then
		echo "$out"
		UML_FAILS=1
	fi
}

# uml_verdict WANT WHAT [NOTES]: the guest's cases ($work/cases, NOTES
# lines after them) to $PKTBENCH_CASES (tests/run.sh) or stdout, then
# exit: 0 when the guest finished, no case failed and WANT cases were
# reported (else the guest stopped half-way: "reported N WHAT != WANT").
uml_verdict()
{
	local got

	[ -f "$work/cases" ] || { echo "the guest wrote no cases (console: $work/console.log)"; exit 1; }
	[ -z "${3:-}" ] || printf '%s\n' "$3" >>"$work/cases"
	if [ -n "${PKTBENCH_CASES:-}" ]; then
		cat "$work/cases" >>"$PKTBENCH_CASES"
	else
		cat "$work/cases"
	fi
	grep -q '^not ok ' "$work/cases" && UML_FAILS=1
	got=$(grep -c '^\(not \)\?ok ' "$work/cases")
	[ "$got" = "$1" ] || { echo "the guest reported $got $2 != $1"; UML_FAILS=1; }
	exit "$UML_FAILS"
}
