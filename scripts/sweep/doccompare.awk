# compare.awk's CSV (-v csv=1) -> a table for the docs (doc.sh: pktbench
# doc table compare):
#
#   awk -F, -v by=point|mode -v pts="III-64" -v differ=0|1 -v an=udp -v bn=mmsg \
#       -f docfn.awk -f doccompare.awk compare.csv
#
# by=point: per point (and mode, when two set-ups are compared) A's and
# B's median kpps [95 % CI], B/A, whether the 95 % intervals are apart or
# overlap, and the verdict at 95 %: Welch's t-test of the means
# (compare.awk's welch_95), "B faster" or "A faster" (the sign of t) where
# they differ, "not distinguishable" where not.  Overlapping intervals are
# no such verdict (two 95 % intervals apart is a test at about p < 0.006),
# so the intervals decide only where the test is n/a (n < 2, no sd, both
# sd 0), and the cell says so ("... (by the intervals)"); where compare
# says held (both medians at the same requested rate, set by the
# pacer), "both at the requested rate".  differ=1: only the
# points whose verdict is a side faster: Welch-significant, or, where the
# test is n/a, intervals apart.
# by=mode: per mode and scenario the points, B/A's range, the points whose
# intervals are apart, those that differ by the t-test, those held at
# the requested rate on both sides, and those below A by more than the
# tolerance.
# Points missing on one side are left out.  Columns by position: 1..16 as
# before the test, then 17 welch_t, 18 welch_df, 19 welch_95.
function ci(lo, hi) { return lo == "" ? "" : " [" kb(lo) ", " kb(hi) "]" }
function who(r) { return r + 0 >= 1 ? bn " faster" : an " faster" }
# the verdict at 95 % of this row
function at95() {
	if ($19 == "yes")
		return $17 + 0 > 0 ? bn " faster" : an " faster"
	if ($19 == "no")
		return "not distinguishable"
	if ($19 == "held")
		return "both at the requested rate"
	if ($14 == "no")
		return who($9) " (by the intervals)"
	return $14 == "yes" ? "not distinguishable (by the intervals)" : "no interval"
}
# whether verdict v has a side faster (names are [a-z0-9-]: no " faster")
function sided(v) { return index(v, " faster") > 0 }
NR == 1 { next }
$16 != "" || !inpoints(pts, $3, $4, $4) { next }
by == "point" {
	v = at95()
	if (differ && !sided(v)) next
	if (!hdr++) {
		print "| set-up | point | " an " kpps [95 % CI] | " bn " kpps [95 % CI] | " bn "/" an " | intervals | at 95 % |"
		print "|---|---|---:|---:|---:|---|---|"
	}
	su = ($1 == $2) ? $1 : $1 " → " $2
	# two set-ups compared: each mode is a row of its own, named
	pt = $3 " " $4 ($1 != $2 && $5 == $6 ? " " $5 : "")
	print "| " su " | " pt " | " kp($7) ci($10, $11) " | " kp($8) ci($12, $13) " | " $9 " | " \
		($14 == "no" ? "apart" : ($14 == "yes" ? "overlap" : "–")) " | " v " |"
	next
}
{
	md = ($5 == $6) ? $5 : $5 " → " $6
	k = md SUBSEP $3
	if (!(k in n)) { order[++nk] = k; lab[k] = md " | " $3; lo[k] = hi[k] = $9 + 0 }
	n[k]++
	if ($9 + 0 < lo[k]) lo[k] = $9 + 0
	if ($9 + 0 > hi[k]) hi[k] = $9 + 0
	if ($14 == "no") apart[k]++
	if ($19 == "yes") differs[k]++
	if ($19 == "held") helds[k]++
	if ($15 == "fail") fails[k]++
}
END {
	if (by == "point") { if (!hdr) print "(no point)"; exit 0 }
	print "| mode | scenario | points | " bn "/" an " min–max | intervals apart at 95 % | apart by t-test at 95 % | both at the requested rate | below " an " by more than the tolerance |"
	print "|---|---|---:|---:|---:|---:|---:|---:|"
	for (i = 1; i <= nk; i++) {
		k = order[i]
		printf "| %s | %d | %.3f–%.3f | %d | %d | %d | %d |\n", lab[k], n[k], lo[k], hi[k], apart[k], differs[k], helds[k], fails[k]
	}
}
