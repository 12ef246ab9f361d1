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

# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"

for t in jq awk diff; do
	command -v $t >/dev/null || t_skip "needs $t"
done

t_tmp test-agg
tmp=$T_TMP
trap t_tmp_clean EXIT

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
t_case "pktbench report: data.csv"
mkdir -p "$tmp/d"
cp "$fx/runs.jsonl" "$tmp/d/"
"$top/bin/pktbench" report "$tmp/d" --no-figures 2>"$tmp/err" ||
	{ cat "$tmp/err"; fatal "pktbench report exit $?"; }
expect expected-data.csv "$tmp/d/data.csv"

# Spot checks that say what they check, beside the whole-file diff.
# row KEY COLUMNS: the named columns of the row setup,scenario,param,mode
row() {
	awk -F, -v key="$1" -v cols="$2" -f "$top/scripts/sweep/csv.awk" \
		-f "$here/csvrow.awk" "$tmp/d/data.csv"
}
t_case "data.csv: medians, a partial and a failed point, the study join"
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

# The 95 % interval of the mean, Student t with n - 1 degrees of freedom,
# computed by hand: 100, 110, 120 k -> mean 110 k, s = 10 k,
# 110000 -+ 4.303 * 10000 / sqrt(3) = 85156.62 .. 134843.38
t_case "data.csv: 95 % CI of the mean, n = 0 .. 31"
c=mean_pps,sd_pps,ci95_lo_pps,ci95_hi_pps,n
r=$(row macvlan,II-rate,400,udp $c)
[ "$r" = "110000.00,10000.00,85156.62,134843.38,3" ] || fail "CI n=3: $r != 110000.00,10000.00,85156.62,134843.38,3"
# n = 2 (of 3 runs, one failed): 450000.375 -+ 12.706 * 99999.75 / 2 = 635298.41
r=$(row native,III-size,64,mmap $c)
[ "$r" = "450000.38,70710.50,-185298.04,1085298.79,2" ] || fail "CI n=2: $r"
# one run: a mean, no interval (empty, not 0); no run: nothing
r=$(row native,II-rate,200,mmap $c)
[ "$r" = "235000.00,,,,1" ] || fail "CI n=1: $r != 235000.00,,,,1"
r=$(row trunk,III-size,64,udp $c)
[ "$r" = ",,,,0" ] || fail "CI n=0: $r != ,,,,0"
# The table's end and the bracket beyond (t975.awk): 15 x 90 k and 15 x
# 110 k (n = 30, s = sqrt(3e9 / 29) = 10170.95, t = 2.045), then one 100 k
# more (n = 31, s = 10000, df 30: 2.042, not the normal 1.960):
# 100000 -+ 3797.47, -+ 3667.54.
tsv() {
	i=0
	while [ $i -lt 15 ]; do
		printf 'native\tIII-size\t64\t64\tudp\t1\tnetns\tok\t\t%s\n' 90000 110000
		i=$((i + 1))
	done
	[ "$1" = 31 ] && printf 'native\tIII-size\t64\t64\tudp\t1\tnetns\tok\t\t100000\n'
}
for n in 30 31; do
	tsv $n | awk -f "$top/scripts/sweep/setups.awk" \
		-f "$top/scripts/sweep/t975.awk" -f "$top/scripts/sweep/aggregate.awk" >"$tmp/n$n.csv"
done
r=$(awk -F, -v key=native,III-size,64,udp -v cols=$c -f "$top/scripts/sweep/csv.awk" \
	-f "$here/csvrow.awk" "$tmp/n30.csv")
[ "$r" = "100000.00,10170.95,96202.53,103797.47,30" ] || fail "CI n=30 (t 2.045): $r"
r=$(awk -F, -v key=native,III-size,64,udp -v cols=$c -f "$top/scripts/sweep/csv.awk" \
	-f "$here/csvrow.awk" "$tmp/n31.csv")
[ "$r" = "100000.00,10000.00,96332.46,103667.54,31" ] || fail "CI n=31 (t 2.042 at df 30): $r"

# 2. The summary's tables (the body after the machine header).
t_case "summary.md: tables"
sed -n '/^## Headline/,$p' "$tmp/d/summary.md" >"$tmp/body"
grep -q '^(No figures' "$tmp/body" || fail "summary does not say the figures are missing"
sed '/^(No figures/,$d' "$tmp/body" | sed '$d' >"$tmp/body2"
expect expected-summary-body.md "$tmp/body2"

# 3. The study preset is the study's exact parameters.
t_case "sweep --dry-run: the study preset's plan"
PKTBENCH_BIN=/nonexistent "$top/bin/pktbench" sweep --dry-run --runner netns \
	--setups native >"$tmp/plan" 2>"$tmp/err" ||
	{ cat "$tmp/err"; fail "sweep --dry-run exit $?"; }
expect expected-plan-study.tsv "$tmp/plan"
grep -q '42 points x 3 repeats = 126 runs, 351000000 packets' "$tmp/err" ||
	fail "dry-run totals: $(tail -n 1 "$tmp/err")"

# 4. The figures' gnuplot script from the fixture's data.csv.  Error bars
# (the CI) only where n >= 2: native III udp and mmap, macvlan II udp, in
# their own figures and in the overview's panels: 6.  The overview draws the
# study dashed (dt 2) in 6 panel lines (III udp: native, trunk; III mmap:
# native; II udp: macvlan; II mmap: native; I udp: ovs) and its key entry,
# with its key in a panel of its own below the data.  Scenario III is log2
# in native-, bridge- and trunk-III and in the overview's two III panels.
plot() {
	awk -F, -v dir=F -v term=png -f "$top/scripts/sweep/csv.awk" \
		-f "$top/scripts/sweep/plot.awk" "$1" >"$tmp/plot.gp"
}
occ() { grep -o -- "$1" "$2" | grep -c .; }
t_case "figures: the gnuplot script"
plot "$tmp/d/data.csv"
[ "$(occ 'with yerrorbars' "$tmp/plot.gp")" -eq 6 ] || fail "error bars: $(occ 'with yerrorbars' "$tmp/plot.gp") != 6"
sed -n "/overview.png/,\$p" "$tmp/plot.gp" >"$tmp/ov.gp"
[ "$(occ 'dt 2' "$tmp/ov.gp")" -eq 7 ] || fail "overview: study dashed $(occ 'dt 2' "$tmp/ov.gp") times != 7"
grep -q '^unset key$' "$tmp/ov.gp" || fail "overview: panels draw their own keys"
grep -q '^set key center center horizontal' "$tmp/ov.gp" || fail "overview: the key is not in a panel of its own"
[ "$(grep -c '^set logscale x 2$' "$tmp/plot.gp")" -eq 5 ] || fail "log2 x: $(grep -c '^set logscale x 2$' "$tmp/plot.gp") != 5"
grep -q 'bars: 95 % CI of the mean (Student t), where n >= 2' "$tmp/ov.gp" || fail "overview title does not say what the bars are"
# A data.csv from before the interval columns: no bars, and the title says why.
plot "$fx/compare-old.csv"
[ "$(occ 'with yerrorbars' "$tmp/plot.gp")" -eq 0 ] || fail "old data.csv: error bars drawn"
grep -q 'no bars (no point has 2 runs' "$tmp/plot.gp" || fail "old data.csv: the title does not say there are no bars"
# The terminal lines (csv.awk's gp_terminal), one each: the figures'
# 800x520, then the overview's 420 per mode x 330 per scenario + 85 (2
# modes, 3 scenarios), pngcairo with a font, png without; plot_cdf.awk's
# the same as plot.awk's figures.
t_case "figures: the terminal lines of plot.awk and plot_cdf.awk, png and pngcairo"
for term in png pngcairo; do
	font10='' font9=''
	[ $term = pngcairo ] && font10=" font 'sans,10'" font9=" font 'sans,9'"
	awk -F, -v dir=F -v term=$term -f "$top/scripts/sweep/csv.awk" \
		-f "$top/scripts/sweep/plot.awk" "$tmp/d/data.csv" >"$tmp/plot.gp"
	expect_eq "plot.awk $term: terminals" "$(grep '^set terminal' "$tmp/plot.gp" | sort | uniq -c | sed 's/^ *//')" \
		"1 set terminal $term size 800,520${font10} noenhanced
1 set terminal $term size 840,1075${font9} noenhanced"
	awk -F, -v dir=F -v term=$term -f "$top/scripts/sweep/csv.awk" \
		-f "$top/scripts/sweep/plot_cdf.awk" "$fx/latency/expected-latency.csv" >"$tmp/cdf.gp"
	expect_eq "plot_cdf.awk $term: terminals" "$(grep '^set terminal' "$tmp/cdf.gp")" \
		"set terminal $term size 800,520${font10} noenhanced"
done
if ! command -v gnuplot >/dev/null; then
	t_case_skip "figures: PNGs" "no gnuplot"
else
	t_case "figures: PNGs"
	"$top/bin/pktbench" report "$tmp/d" 2>"$tmp/err" || { cat "$tmp/err"; fail "report with figures: exit $?"; }
	for f in overview native-III macvlan-II; do
		[ "$(od -An -tx1 -N8 "$tmp/d/figures/$f.png" | tr -d ' \n')" = 89504e470d0a1a0a ] ||
			fail "figures/$f.png is not a PNG: $(cat "$tmp/err")"
	done
fi

t_done
