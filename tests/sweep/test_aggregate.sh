#!/bin/sh
# The aggregation on fixed inputs, no root, no network: runs.jsonl ->
# data.csv (median/min/max over odd and even run counts, a partial and a
# failed point, loss, achieved rate, the join with data/study-results.csv by
# the study's set-up name and nominal parameter), the summary's tables, and
# the study preset's plan.  Exact expected output under fixtures/.
# Exit 0 pass, 1 fail, 4 skip.
#
# After an intended change of format, regenerate the expectations with
#   PKTBENCH_REGEN=1 tests/sweep/test_aggregate.sh   and read the diff.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
fx=$here/fixtures

skip() { echo "SKIP: $*"; exit 4; }
fail() { echo "FAIL: $*"; exit 1; }

for t in jq awk diff; do
	command -v $t >/dev/null || skip "needs $t"
done

tmp=$(mktemp -d /tmp/pktbench-test-agg.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# expect NAME GOT: compare with fixtures/NAME, or rewrite it.
expect() {
	if [ "${PKTBENCH_REGEN:-0}" = 1 ]; then
		cp "$2" "$fx/$1"
		return 0
	fi
	diff -u "$fx/$1" "$2" >"$tmp/diff" || {
		cat "$tmp/diff"
		fail "$1: output differs from the expected (diff above)"
	}
}

# 1. Through the CLI, as a user would after a sweep.
mkdir -p "$tmp/d"
cp "$fx/runs.jsonl" "$tmp/d/"
"$top/bin/pktbench" report "$tmp/d" --no-figures 2>"$tmp/err" ||
	{ cat "$tmp/err"; fail "pktbench report exit $?"; }
expect expected-data.csv "$tmp/d/data.csv"

# Spot checks that say what they check, beside the whole-file diff.
# row KEY COLUMNS: the named columns of the row setup,scenario,param,mode
row() {
	awk -F, -v key="$1" -v cols="$2" -f "$top/scripts/sweep/csv.awk" \
		-f "$here/csvrow.awk" "$tmp/d/data.csv"
}
r=$(row native,III-size,64,udp runs,ok,pps_median,pps_min,pps_max)
[ "$r" = "3,3,200000,100000,300000" ] || fail "odd median/min/max: $r != 3,3,200000,100000,300000"
r=$(row native,III-size,64,mmap ok,pps_median,pps_min,pps_max,status)
[ "$r" = "2,450000,400000,500000,partial" ] || fail "even median over ok runs: $r"
r=$(row ovs,I-count,100000,udp nominal,study_setup,study_pps)
[ "$r" = "2000000,ovs-bridge,236136" ] || fail "study join by nominal count: $r"
r=$(row bridge,III-size,1024,mmap study_setup,study_pps)
[ "$r" = "," ] || fail "bridge has no study values: $r"
r=$(row trunk,III-size,64,udp ok,pps_median,study_pps,status)
[ "$r" = "0,,233685,failed" ] || fail "failed point: $r"

# 2. The summary's tables (the body after the machine header).
sed -n '/^## Headline/,$p' "$tmp/d/summary.md" >"$tmp/body"
grep -q '^(No figures' "$tmp/body" || fail "summary does not say the figures are missing"
sed '/^(No figures/,$d' "$tmp/body" | sed '$d' >"$tmp/body2"
expect expected-summary-body.md "$tmp/body2"

# 3. The study preset is the study's exact parameters.
PKTBENCH_BIN=/nonexistent "$top/bin/pktbench" sweep --dry-run --runner netns \
	--setups native >"$tmp/plan" 2>"$tmp/err" ||
	{ cat "$tmp/err"; fail "sweep --dry-run exit $?"; }
expect expected-plan-study.tsv "$tmp/plan"
grep -q '42 points x 3 repeats = 126 runs, 351000000 packets' "$tmp/err" ||
	fail "dry-run totals: $(tail -n 1 "$tmp/err")"

echo "ok: data.csv, summary tables and study plan as expected"
exit 0
