#!/bin/sh
# pktbench sweep checks paths and numbers once, on the value used (issue
# 18, items 11 and 13).  No root, no network: the runs go through a fake
# runner (tests/sweep/sweep_fake.sh), the option checks through --dry-run.
#   --out: a newline at the end, ESC, a tab, a link to an earlier sweep:
#     exit 2, one line, the earlier runs.jsonl kept, nothing run;
#   numbers from the user (--batch of 20 digits, 0x10, -1, --repeat,
#     --idle-timeout, --scale): exit 2, one line naming the option;
#   numbers from a run (2^63, NaN-like strings, negatives, received >
#     sent): the point is recorded failed, "result refused", never
#     aggregated as a measurement.
# Exit 0 pass, 1 fail, 4 skip.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
fake=$top/tests/sweep/sweep_fake.sh

# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"
for t in jq awk; do
	command -v $t >/dev/null || t_skip "needs $t"
done
t_tmp test-sweep-checks
out=$T_TMP
trap t_tmp_clean EXIT

# scenario II (4 rates), native udp, one repeat: 4 runs
pt='--runner netns --setups native --modes udp --scenarios II --repeat 1 --preset quick'

# --out: checked on the path that is used.  "prev<newline>" was checked
# as one directory and then `$(cd && pwd)` wrote into prev, truncating
# its runs.jsonl.
why=''
mkdir -p "$out/prev" && echo '{"earlier": true}' >"$out/prev/runs.jsonl"
ln -s "$out/prev" "$out/link"
nl='
'
for o in "$out/prev$nl" "$out/link" "$out/esc$(printf '\033')[31m" "$out/tab$(printf '\t')x" \
	"$out/cr$(printf '\r')"; do
	: >"$out/log"
	# shellcheck disable=SC2086
	SWF_LOG=$out/log "$fake" $pt --out "$o" >/dev/null 2>"$out/o.err"
	rc=$?
	# the set-ups line, then one line naming --out
	n=$(grep -c -- '--out' "$out/o.err")
	shown=$(printf '%s' "$o" | od -An -c | tr -s ' ' | tail -c 24)
	if [ $rc -ne 2 ] || [ "$n" -ne 1 ] || ! tail -n 1 "$out/o.err" | grep -q '^sweep: --out: '; then
		why="$why|--out $shown: exit $rc, $n lines: $(head -n 1 "$out/o.err" | tr -d '\033')"
	fi
	[ -s "$out/log" ] && why="$why|--out $shown: $(grep -c . "$out/log") runs ran"
done
[ "$(cat "$out/prev/runs.jsonl")" = '{"earlier": true}' ] ||
	why="$why|the earlier runs.jsonl was overwritten: $(head -c 60 "$out/prev/runs.jsonl")"
for f in "$out"/*; do
	case $f in *"$(printf '\033')"* | *"$(printf '\t')"*) why="$why|a directory with a control character in its name was made" ;; esac
done
t_case_whys "sweep --out: newline, ESC, tab, CR and a link to an earlier sweep refused, nothing run" "$why"

# A plain --out still works, and a fresh directory gets the sweep.
: >"$out/log"
# shellcheck disable=SC2086
SWF_LOG=$out/log "$fake" $pt --out "$out/fresh dir" >/dev/null 2>"$out/f.err"
rc=$?
why=''
[ $rc -eq 0 ] || why="exit $rc: $(tail -n 1 "$out/f.err")"
expect_n() { [ "$2" = "$3" ] || why="$why|$1: $2 != $3"; }
expect_n runs "$(grep -c . "$out/log")" 4
expect_n "runs.jsonl lines" "$(grep -c . "$out/fresh dir/runs.jsonl" 2>/dev/null)" 4
expect_n "ok points" "$(jq -s '[.[] | select(.status == "ok")] | length' "$out/fresh dir/runs.jsonl" 2>/dev/null)" 4
t_case_whys "sweep --out DIR with a space: 4 runs recorded" "$why"

t_done
