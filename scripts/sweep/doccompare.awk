# compare.awk's CSV (-v csv=1) -> a table for the docs (doc.sh: pktbench
# doc table compare):
#
#   awk -F, -v by=point|mode -v pts="III-64" -v differ=0|1 -v an=udp -v bn=mmsg \
#       -f csv.awk -f docfn.awk -f doccompare.awk compare.csv
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
# Points missing on one side are left out.  Columns by their header
# names (csv.awk's F(): one compare no longer writes is an error).
function ci(lo, hi) { return lo == "" ? "" : " [" kb(lo) ", " kb(hi) "]" }
function who(r) { return r + 0 >= 1 ? bn " faster" : an " faster" }
# the verdict at 95 % of this row
function at95() {
	if (F("welch_95") == "yes")
		return F("welch_t") + 0 > 0 ? bn " faster" : an " faster"
	if (F("welch_95") == "no")
		return "not distinguishable"
	if (F("welch_95") == "held")
		return "both at the requested rate"
	if (F("ci_overlap") == "no")
		return who(F("ratio")) " (by the intervals)"
	return F("ci_overlap") == "yes" ? "not distinguishable (by the intervals)" : "no interval"
}
# whether verdict v has a side faster (names are [a-z0-9-]: no " faster")
function sided(v) { return index(v, " faster") > 0 }
FNR == 1 { next }
F("note") != "" || !inpoints(pts, F("scenario"), F("param"), F("param")) { next }
by == "point" {
	v = at95()
	if (differ && !sided(v)) next
	if (!hdr++) {
		print "| set-up | point | " an " kpps [95 % CI] | " bn " kpps [95 % CI] | " bn "/" an " | intervals | at 95 % |"
		print "|---|---|---:|---:|---:|---|---|"
	}
	sa = F("a_setup"); sb = F("b_setup"); ov = F("ci_overlap")
	su = (sa == sb) ? sa : sa " → " sb
	# two set-ups compared: each mode is a row of its own, named
	pt = F("scenario") " " F("param") (sa != sb && F("a_mode") == F("b_mode") ? " " F("a_mode") : "")
	print "| " su " | " pt " | " kp(F("a_pps_median")) ci(F("a_ci95_lo_pps"), F("a_ci95_hi_pps")) \
		" | " kp(F("b_pps_median")) ci(F("b_ci95_lo_pps"), F("b_ci95_hi_pps")) " | " F("ratio") " | " \
		(ov == "no" ? "apart" : (ov == "yes" ? "overlap" : "–")) " | " v " |"
	next
}
{
	md = (F("a_mode") == F("b_mode")) ? F("a_mode") : F("a_mode") " → " F("b_mode")
	k = md SUBSEP F("scenario")
	r = F("ratio") + 0
	if (!(k in n)) { order[++nk] = k; lab[k] = md " | " F("scenario"); lo[k] = hi[k] = r }
	n[k]++
	if (r < lo[k]) lo[k] = r
	if (r > hi[k]) hi[k] = r
	if (F("ci_overlap") == "no") apart[k]++
	if (F("welch_95") == "yes") differs[k]++
	if (F("welch_95") == "held") helds[k]++
	if (F("verdict") == "fail") fails[k]++
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
