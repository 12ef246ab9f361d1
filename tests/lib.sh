# SPDX-License-Identifier: MIT
# shellcheck shell=sh
#
# The words of every test tier (tests/net, tests/sweep, tests/docker,
# tests/uml; tests/run.sh runs them all), after kselftest's: a test is a
# script that exits 0 (pass), 1 (fail) or 4 (skip, "SKIP: reason" on
# stdout), made of cases, each one TAP line of tests/run.sh.  POSIX sh, so
# that sh and bash tests share it.
#
#   t_case NAME            the checks from here on are case NAME (closes
#                          the open one)
#   t_case_end             closes the open case: "ok NAME", or "not ok NAME"
#                          and a "# why" line per failed check
#   t_case_skip NAME WHY   a case that cannot run here: "ok NAME # SKIP WHY"
#   t_case_whys NAME WHYS  a whole case at once, for checks that collect
#                          their failures: WHYS the reasons, "|"-separated,
#                          empty (or "|") for a pass
#   fail MESSAGE           a check failed: one line saying exactly what
#                          mismatched ("recv: 12 != 13"); the test goes on
#   fatal MESSAGE          fail, then end the test at once (exit 1; its EXIT
#                          trap cleans up)
#   expect_eq LABEL GOT WANT   "LABEL: GOT != WANT" unless they are equal
#   t_skip REASON          the whole test cannot run here: exit 4
#   t_done                 closes the open case; exit 0, or 1 after a failure
#   T_FAILS                checks failed so far: a helper compares it before
#                          and after, to show its logs only when it failed
#   T_CASE                 the open case ("": none; a set-up that worked
#                          clears it, being no case of its own)
#   t_tmp NAME             T_TMP, a temporary directory of the test
#   t_tmp_clean            removes it; PKTBENCH_KEEP=1 keeps it, saying where
#
# A failure outside every case still fails the test; tests/run.sh then
# names the test and its first failure.  Case lines go to the file
# $PKTBENCH_CASES (tests/run.sh sets it), or to stdout when a test runs by
# hand.  The timeout of a test is tests/run.sh's: 600 s, or what a line
# "# timeout: SECONDS" in the test's first 30 lines says.

T_FAILS=0
T_TMP=
T_CASE=
T_CASE_MSGS=
T_NL='
'
T_CR=$(printf '\r')

# t_line LINE...: to the runner.
t_line()
{
	if [ -n "${PKTBENCH_CASES:-}" ]; then
		printf '%s\n' "$@" >>"$PKTBENCH_CASES"
	else
		printf '%s\n' "$@"
	fi
}

fail()
{
	printf '%s\n' "$*"
	T_FAILS=$((T_FAILS + 1))
	[ -n "$T_CASE" ] || return 0
	# one line each, whatever the message held
	T_CASE_MSGS="$T_CASE_MSGS# $(printf '%s' "$*" | tr '\n' ' ')
"
	return 0
}

fatal()
{
	fail "$@"
	t_case_end
	exit 1
}

expect_eq()
{
	[ "$2" = "$3" ] && return 0
	fail "$1: $2 != $3"
	return 1
}

# A case name is one line, whatever the test's labels hold.
t_case()
{
	t_case_end
	T_CASE=$1
	case $1 in
	*"$T_NL"* | *"$T_CR"*) T_CASE=$(printf '%s' "$1" | tr '\r\n' '  ') ;;
	esac
	T_CASE_MSGS=
}

t_case_end()
{
	[ -n "$T_CASE" ] || return 0
	if [ -z "$T_CASE_MSGS" ]; then
		t_line "ok $T_CASE"
	else
		t_line "not ok $T_CASE" "${T_CASE_MSGS%?}"
	fi
	T_CASE=
	T_CASE_MSGS=
}

t_case_skip()
{
	t_case_end
	t_line "ok $1 # SKIP $2"
}

t_case_whys()
{
	t_case "$1"
	_tw_w=${2#|}
	while [ -n "$_tw_w" ]; do
		fail "${_tw_w%%|*}"
		case $_tw_w in
		*"|"*) _tw_w=${_tw_w#*|} ;;
		*) _tw_w= ;;
		esac
	done
	t_case_end
}

t_skip()
{
	t_case_end
	echo "SKIP: $*"
	exit 4
}

t_done()
{
	t_case_end
	[ "$T_FAILS" -eq 0 ] && exit 0
	exit 1
}

t_tmp()
{
	T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/pktbench-$1.XXXXXX")
}

t_tmp_clean()
{
	[ -n "$T_TMP" ] || return 0
	if [ "${PKTBENCH_KEEP:-0}" = 1 ]; then
		echo "outputs kept in $T_TMP" >&2
	else
		rm -rf "$T_TMP"
	fi
	T_TMP=
}
