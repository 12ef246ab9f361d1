#!/bin/sh
# separation.sh DIR A B: the goal "compare separates B from A wherever
# the medians differ by more than 20 %", per mode, as JSON lines: the
# points with both sides measured, those whose medians differ by more than
# 20 % (B/A above 1.2 or below 1/1.2), and of those how many `pktbench
# compare` separates at 95 % by Welch's t-test and by the intervals alone.
# Run from the top of the tree (bin/pktbench); reads compare's CSV by
# header name (scripts/sweep/csv.awk's F()).
tmp=$(mktemp) || exit 1
trap 'rm -f "$tmp"' EXIT
"${PKTBENCH:-bin/pktbench}" compare "$1" --a-setup "$2" --b-setup "$3" --csv >"$tmp" 2>/dev/null
awk -F, -v a="$2" -v b="$3" -f "$(dirname "$0")/../../../scripts/sweep/csv.awk" -f /dev/stdin "$tmp" <<'EOF_AWK'
FNR > 1 && F("note") == "" && F("ratio") != "" {
	m = F("a_mode")
	if (!(m in n)) order[++nm] = m
	n[m]++
	r = F("ratio") + 0
	if (r > 1.2 || r < 1 / 1.2) {
		big[m]++
		if (F("welch_95") == "yes") welch[m]++
		if (F("ci_overlap") == "no") apart[m]++
	}
}
END { for (i = 1; i <= nm; i++) { m = order[i]
	printf "{\"a\":\"%s\",\"b\":\"%s\",\"mode\":\"%s\",\"points\":%d,\"differ_20pct\":%d,\"separated_welch\":%d,\"separated_intervals\":%d}\n",
		a, b, m, n[m], big[m] + 0, welch[m] + 0, apart[m] + 0 } }
EOF_AWK
