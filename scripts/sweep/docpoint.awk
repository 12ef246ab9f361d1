# data.csv (a sweep's, as aggregate.awk writes it) -> one number, or one
# table, for the docs (doc.sh; docs/doc-markers.md).
#
#   awk -F, -v setups="native macvlan" -v modes=udp -v points="III-64" \
#       -v field=pps_median [-v agg=mean] -f csv.awk -f docfn.awk -f docpoint.awk data.csv
#
# The rows of the set-ups, modes and points named (none named: all),
# a point being "III" (every point of scenario III) or "III-64" (the one
# whose param or nominal value is 64).  Without agg exactly one row may
# match; with agg (mean, min, max, sum, count) the field's non-empty
# values over the rows are reduced.  Prints the raw number; exit 2 with a
# message otherwise.
#
#   awk -F, -v table=points -v points=III-64 -f csv.awk -f docfn.awk -f docpoint.awk data.csv
#
# The table of one point per set-up (rows) and mode (columns): median kpps
# [95 % CI of the mean], the median loss where it is above 0, "failed"
# where no run succeeded; the study's udp and mmap beside it where it has
# values.  Several points: a column per mode and point ("udp 512 B"), no
# study columns.

function inlist(w, list) { return list == "" || index(" " list " ", " " w " ") > 0 }
function die(m) { printf "%s\n", m > "/dev/stderr"; bad = 2; exit 2 }

NR == 1 { next }
!inlist(F("setup"), setups) || !inlist(F("mode"), modes) ||
    !inpoints(points, F("scenario"), F("param"), F("nominal")) { next }
table != "" {
	su = F("setup"); mo = F("mode")
	# several points: a column per mode and point
	if (index(points, " ")) mo = mo " " (F("scenario") ~ /^III-/ ? F("param") " B" : substr(F("scenario"), 1, index(F("scenario"), "-") - 1) "-" F("param"))
	if (!(su in hs)) { hs[su] = 1; S[++ns] = su }
	if (!(mo in hm)) { hm[mo] = 1; M[++nm] = mo }
	k = su SUBSEP mo
	if (k in cell) die("docpoint: " su " " mo ": more than one point matches '" points "'")
	if (F("status") == "failed")
		cell[k] = "failed"
	else {
		cell[k] = kp(F("pps_median"))
		if (Fo("ci95_lo_pps") != "")
			cell[k] = cell[k] " [" kb(Fo("ci95_lo_pps")) ", " kb(Fo("ci95_hi_pps")) "]"
		if (F("loss_pct") != "" && F("loss_pct") + 0 > 0)
			cell[k] = cell[k] ", loss " sprintf("%.1f", F("loss_pct")) " %"
		if (F("status") == "partial")
			cell[k] = cell[k] " (" F("ok") " of " F("runs") " runs)"
	}
	if (F("study_pps") != "") { study[su, mo] = kp(F("study_pps")); hasst[mo] = 1 }
	next
}
{
	rows++
	v = F(field)
	if (v != "")
		vals[++nv] = v + 0
}

END {
	if (bad)
		exit bad
	if (table != "") {
		if (ns == 0) die("docpoint: no point matches '" points "'")
		h = "| set-up |"; sep = "|---|"
		for (j = 1; j <= nm; j++) { h = h " " M[j] " |"; sep = sep "---:|" }
		if (hasst["udp"]) { h = h " study udp |"; sep = sep "---:|" }
		if (hasst["mmap"]) { h = h " study mmap |"; sep = sep "---:|" }
		print h; print sep
		for (i = 1; i <= ns; i++) {
			line = "| " S[i] " |"
			for (j = 1; j <= nm; j++)
				line = line " " ((S[i], M[j]) in cell ? cell[S[i], M[j]] : "–") " |"
			if (hasst["udp"]) line = line " " ((S[i], "udp") in study ? study[S[i], "udp"] : "–") " |"
			if (hasst["mmap"]) line = line " " ((S[i], "mmap") in study ? study[S[i], "mmap"] : "–") " |"
			print line
		}
		exit 0
	}
	if (rows == 0)
		die("no point matches (set-ups '" setups "', modes '" modes "', points '" points "')")
	if (agg == "") {
		if (rows > 1)
			die(rows " points match; name the set-up, mode and point, or add mean, min, max, sum or count")
		if (nv == 0)
			die("the point has no " field " (a failed point?)")
		printf "%.10g\n", vals[1]
		exit 0
	}
	if (agg == "count") { print nv; exit 0 }
	if (nv == 0)
		die("none of the " rows " points has a " field)
	r = vals[1]
	for (i = 2; i <= nv; i++) {
		if (agg == "min" && vals[i] < r) r = vals[i]
		if (agg == "max" && vals[i] > r) r = vals[i]
		if (agg == "sum" || agg == "mean") r += vals[i]
	}
	if (agg == "mean") r /= nv
	printf "%.10g\n", r
}
