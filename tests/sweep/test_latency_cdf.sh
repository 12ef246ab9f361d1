#!/bin/sh
# The latency CDF of pktbench report on fixed inputs, no root, no network:
# runs.jsonl -> latency.csv (scripts/sweep/cdf.jq: histograms pooled per
# set-up and mode by bucket top, a coarsened one among them, failed runs,
# runs without a histogram and empty ones left out, values above the top
# bucket in the total), one figure per set-up beside the rate figures
# (plot_cdf.awk), and the summary's Latency section; a sweep without
# histograms gets neither.  Exact expected output under
# fixtures/latency/.  Exit 0 pass, 1 fail, 4 skip.
#
# After an intended change of format, regenerate the expectation with
#   PKTBENCH_REGEN=1 tests/sweep/test_latency_cdf.sh   and read the diff.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
fx=$here/fixtures/latency

# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"

for t in jq awk diff; do
	command -v $t >/dev/null || t_skip "needs $t"
done

t_tmp test-cdf
tmp=$T_TMP
trap t_tmp_clean EXIT

t_case "cdf.jq: latency.csv of the fixture"
jq -nr -f "$top/scripts/sweep/cdf.jq" "$fx/runs.jsonl" >"$tmp/latency.csv" ||
	fail "cdf.jq exit $?"
if [ "${PKTBENCH_REGEN:-0}" = 1 ]; then
	cp "$tmp/latency.csv" "$fx/expected-latency.csv"
fi
diff -u "$fx/expected-latency.csv" "$tmp/latency.csv" >"$tmp/diff" || {
	cat "$tmp/diff"
	fail "latency.csv differs from fixtures/latency/expected-latency.csv (diff above)"
}
# each pair's fractions rise, and end at 1 unless values were over the top
why=$(awk -F, 'NR > 1 {
	k = $1 "," $2
	if (k == last && $4 + 0 < f) print k ": fraction falls at " $3
	if (k == last && $3 + 0 <= t) print k ": latency not ascending at " $3
	last = k; f = $4 + 0; t = $3 + 0; end[k] = $4
} END { if (end["native,mmap"] != 1) print "native,mmap: ends at " end["native,mmap"] " != 1" }' \
	"$tmp/latency.csv")
expect_eq "latency.csv: shape" "$why" ""

t_case "pktbench report: latency.csv, a CDF per set-up, the summary's Latency section"
mkdir -p "$tmp/r"
cp "$fx/runs.jsonl" "$tmp/r/"
"$top/bin/pktbench" report "$tmp/r" >"$tmp/r.out" 2>&1 ||
	fail "pktbench report exit $?: $(tail -n 3 "$tmp/r.out")"
cmp -s "$fx/expected-latency.csv" "$tmp/r/latency.csv" ||
	fail "report's latency.csv differs from cdf.jq's expected"
if command -v gnuplot >/dev/null 2>&1; then
	for s in native macvlan; do
		f=$tmp/r/figures/$s-latency.png
		head -c 8 "$f" 2>/dev/null | od -An -c | grep -q 'P   N   G' ||
			fail "$s-latency.png: not a PNG"
		grep -qx "!\[$s latency\](figures/$s-latency.png)" "$tmp/r/summary.md" ||
			fail "summary.md: no figure line for $s"
	done
	expect_eq "latency.gp: lines drawn (3 pairs with histograms)" \
		"$(grep -o 'with steps' "$tmp/r/figures/latency.gp" | grep -c .)" 3
	grep -qF 'title "udp (2 runs, 7 packets)"' "$tmp/r/figures/latency.gp" ||
		fail "latency.gp: native udp not titled with its 2 runs and 7 packets"
	grep -q '^## Latency$' "$tmp/r/summary.md" ||
		fail "summary.md: no Latency section"
	[ -e "$tmp/r/figures/native-III.png" ] ||
		fail "the rate figure native-III.png is missing beside the CDF"
else
	t_case_skip "pktbench report: CDF figures" "needs gnuplot"
fi

t_case "pktbench report: no histograms, no latency section"
mkdir -p "$tmp/o"
cp "$here/fixtures/runs.jsonl" "$tmp/o/"
"$top/bin/pktbench" report "$tmp/o" >"$tmp/o.out" 2>&1 ||
	fail "pktbench report exit $?: $(tail -n 3 "$tmp/o.out")"
expect_eq "latency.csv of a sweep without histograms" \
	"$(cat "$tmp/o/latency.csv")" "setup,mode,latency_ns,fraction,values,runs"
if grep -q '^## Latency$' "$tmp/o/summary.md" || ls "$tmp/o/figures"/*-latency.png >/dev/null 2>&1; then
	fail "a Latency section or figure without histograms"
fi
t_done
