# Two data.csv files (A then B; the same file twice to compare two set-ups
# or modes of one sweep) -> per point the ratio B/A of the median pps,
# pass/fail against a tolerance and whether the 95 % intervals overlap.
#
#   awk -F, -v tol=5 -v csv=0 -v an=A -v bn=B [-v as=S -v bs=S] [-v am=M -v bm=M] \
#       -f compare.awk A/data.csv B/data.csv
#
# tol: percent; a point fails when B * 100 < A * (100 - tol), so integer
# pps and tolerances compare exactly.  The ratio printed is B/A truncated to
# three decimals, so that it agrees with the verdict at the edge.  as/bs (am/bm): only A's rows of
# set-up as and B's of bs, joined with the set-up left out of the key (the
# same for modes).  Columns are read by their header names, per file; the
# interval columns may be absent (sweeps before they existed): overlap n/a.
# Exit 0 all pass, 1 a fail or a missing point, 2 a filter matching nothing
# or a file without the needed columns.

FNR == 1 {
	side++
	for (i = 1; i <= NF; i++) col[side, $i] = i
	for (i = split("setup scenario param mode pps_median", need, " "); i >= 1; i--)
		if (!((side, need[i]) in col)) {
			printf "pktbench compare: %s has no column %s (not a sweep's data.csv)\n",
				FILENAME, need[i] > "/dev/stderr"
			bad = 2; exit 2
		}
	next
}

function g(name) { return ((side, name) in col) ? $(col[side, name]) : "" }

{
	su = g("setup"); mo = g("mode")
	have[side, "setup", su] = 1; have[side, "mode", mo] = 1
	fs = side == 1 ? as : bs; fm = side == 1 ? am : bm
	if ((fs != "" && su != fs) || (fm != "" && mo != fm))
		next
	rows[side]++
	k = (as != "" ? "" : su) SUBSEP g("scenario") SUBSEP g("param") SUBSEP (am != "" ? "" : mo)
	if ((side, k) in pt)
		next
	pt[side, k] = 1
	if (!(k in seen)) { seen[k] = 1; order[++nk] = k }
	ksu[side, k] = su; kmo[side, k] = mo
	ksc[k] = g("scenario"); kpa[k] = g("param")
	med[side, k] = g("pps_median")
	lo[side, k] = g("ci95_lo_pps"); hi[side, k] = g("ci95_hi_pps")
}

# A filter that matches nothing is a usage error: say what there is.
function nomatch(s, what, v, name,    i, list, x) {
	list = ""
	for (x in have)
		if (split(x, i, SUBSEP) == 3 && i[1] == s && i[2] == what)
			list = list (list == "" ? "" : " ") i[3]
	printf "pktbench compare: --%s-%s: %s has no %s '%s' (it has: %s)\n",
		s == 1 ? "a" : "b", what, name, what, v, list > "/dev/stderr"
	exit 2
}

function kp(v) { return v == "" ? "-" : sprintf("%.1f", v / 1000) }
function both(x, y) { return x == y ? x : x "->" y }

END {
	if (bad)
		exit bad
	for (s = 1; s <= 2; s++) {
		fs = s == 1 ? as : bs; fm = s == 1 ? am : bm
		if (rows[s] || (fs == "" && fm == ""))
			continue
		if (fs != "" && !((s, "setup", fs) in have))
			nomatch(s, "setup", fs, s == 1 ? an : bn)
		nomatch(s, "mode", fm, s == 1 ? an : bn)
	}
	if (csv)
		print "a_setup,b_setup,scenario,param,a_mode,b_mode,a_pps_median,b_pps_median," \
		      "ratio,a_ci95_lo_pps,a_ci95_hi_pps,b_ci95_lo_pps,b_ci95_hi_pps,ci_overlap,verdict,note"
	else {
		printf "A: %s%s\nB: %s%s\n", an, (as != "" ? " set-up " as : "") (am != "" ? " mode " am : ""),
			bn, (bs != "" ? " set-up " bs : "") (bm != "" ? " mode " bm : "")
		printf "ratio B/A of the median pps; fail when B < A x (1 - %s %%); " \
			"CIs: the 95 %% intervals of the mean\n\n", tol
		printf "%-16s %-9s %-9s %-10s %9s %9s %7s %-11s %s\n", "setup", "scenario", "param",
			"mode", "A kpps", "B kpps", "B/A", "CIs overlap", "verdict"
	}
	for (i = 1; i <= nk; i++) {
		k = order[i]
		ia = (1, k) in pt; ib = (2, k) in pt
		a = ia ? med[1, k] : ""; b = ib ? med[2, k] : ""
		note = !ia ? "only in B" : (!ib ? "only in A" : \
			(a == "" ? "no median in A" : (b == "" ? "no median in B" : "")))
		ratio = ""; ov = "n/a"
		if (note != "") {
			verdict = "missing"; nmiss++
		} else {
			# truncated, not rounded: a ratio shown as 0.950 never fails at 5 %
			ratio = a > 0 ? sprintf("%.3f", int(b * 1000 / a) / 1000) : ""
			verdict = (b * 100 < a * (100 - tol)) ? "fail" : "pass"
			if (verdict == "fail") nfail++; else npass++
			if (lo[1, k] != "" && hi[1, k] != "" && lo[2, k] != "" && hi[2, k] != "")
				ov = (lo[1, k] + 0 <= hi[2, k] + 0 && lo[2, k] + 0 <= hi[1, k] + 0) ? "yes" : "no"
		}
		sa = ia ? ksu[1, k] : ""; sb = ib ? ksu[2, k] : ""
		ma = ia ? kmo[1, k] : ""; mb = ib ? kmo[2, k] : ""
		if (csv) {
			printf "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", sa, sb, ksc[k], kpa[k],
				ma, mb, a, b, ratio, lo[1, k], hi[1, k], lo[2, k], hi[2, k], ov, verdict, note
		} else {
			printf "%-16s %-9s %-9s %-10s %9s %9s %7s %-11s %s\n",
				both(ia ? sa : sb, ib ? sb : sa), ksc[k], kpa[k], both(ia ? ma : mb, ib ? mb : ma),
				kp(a), kp(b), ratio == "" ? "-" : ratio, ov,
				verdict (note != "" ? " (" note ")" : "")
		}
	}
	msg = sprintf("%d points: %d pass, %d fail, %d missing", nk, npass, nfail, nmiss)
	if (csv)
		print msg > "/dev/stderr"
	else
		print "\n" msg
	exit (nfail || nmiss || !nk) ? 1 : 0
}
