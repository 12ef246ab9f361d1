#!/bin/sh
# vsstudy.sh DATA.CSV...: per set-up, scenario and mode, whether our rate
# differs from the study's at 95 %, as JSON lines: the points with both a
# study value and an interval, how many have the study's rate below our
# interval (we are faster), above it (we are slower) or inside it (not
# distinguishable; a one-sample t-test at 95 % says the same), and the
# range of our median over the study's.  The study reports one value per
# point, with no spread of its own: this tests only our uncertainty.
# Reads data.csv's columns by name (scripts/sweep/csv.awk's F()).
awk -F, -f "$(dirname "$0")/../../../scripts/sweep/csv.awk" -f /dev/stdin "$@" <<'EOF'
FNR > 1 && F("study_pps") != "" && F("ci95_lo_pps") != "" && F("pps_median") > 0 {
	sc = F("scenario"); sub(/-.*/, "", sc)
	k = F("setup") SUBSEP sc SUBSEP F("mode")
	if (!(k in n)) { order[++nk] = k; lo[k] = 1e9; hi[k] = 0 }
	n[k]++
	s = F("study_pps")
	if (s < F("ci95_lo_pps")) faster[k]++
	else if (s > F("ci95_hi_pps")) slower[k]++
	r = F("pps_median") / s
	if (r < lo[k]) lo[k] = r
	if (r > hi[k]) hi[k] = r
}
END { for (i = 1; i <= nk; i++) { k = order[i]; split(k, f, SUBSEP)
	printf "{\"setup\":\"%s\",\"scenario\":\"%s\",\"mode\":\"%s\",\"points\":%d,\"faster\":%d,\"slower\":%d,\"same\":%d,\"ratio_min\":%.2f,\"ratio_max\":%.2f}\n",
		f[1], f[2], f[3], n[k], faster[k] + 0, slower[k] + 0, n[k] - faster[k] - slower[k], lo[k], hi[k] } }
EOF
