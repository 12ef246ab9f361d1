# compare.awk's CSV (-v csv=1) -> a table for the docs (doc.sh: pktbench
# doc table compare):
#
#   awk -F, -v by=point|mode -v pts="III-64" -v differ=0|1 -v an=udp -v bn=mmsg \
#       -f docfn.awk -f doccompare.awk compare.csv
#
# by=point: per point (and mode, when two set-ups are compared) A's and
# B's median kpps [95 % CI], B/A, and whether
# the intervals are apart ("B faster", "A faster") or overlap ("not
# distinguishable"); differ=1 only the points whose intervals are apart.
# by=mode: per mode and scenario the points, B/A's range, the points whose
# intervals are apart and those below A by more than the tolerance.
# Points missing on one side are left out.
function ci(lo, hi) { return lo == "" ? "" : " [" kb(lo) ", " kb(hi) "]" }
function who(r) { return r + 0 >= 1 ? bn " faster" : an " faster" }
NR == 1 { next }
$16 != "" || !inpoints(pts, $3, $4, $4) { next }
by == "point" {
	if (differ && $14 != "no") next
	if (!hdr++) {
		print "| set-up | point | " an " kpps [95 % CI] | " bn " kpps [95 % CI] | " bn "/" an " | at 95 % |"
		print "|---|---|---:|---:|---:|---|"
	}
	su = ($1 == $2) ? $1 : $1 " → " $2
	# two set-ups compared: each mode is a row of its own, named
	pt = $3 " " $4 ($1 != $2 && $5 == $6 ? " " $5 : "")
	print "| " su " | " pt " | " kp($7) ci($10, $11) " | " kp($8) ci($12, $13) " | " $9 " | " \
		($14 == "no" ? who($9) : ($14 == "yes" ? "not distinguishable" : "no interval")) " |"
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
	if ($15 == "fail") fails[k]++
}
END {
	if (by == "point") { if (!hdr) print "(no point)"; exit 0 }
	print "| mode | scenario | points | " bn "/" an " min–max | intervals apart at 95 % | below " an " by more than the tolerance |"
	print "|---|---|---:|---:|---:|---:|"
	for (i = 1; i <= nk; i++) {
		k = order[i]
		printf "| %s | %d | %.3f–%.3f | %d | %d |\n", lab[k], n[k], lo[k], hi[k], apart[k], fails[k]
	}
}
