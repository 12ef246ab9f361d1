# Two data.csv files (A then B; the same file twice to compare two set-ups
# or modes of one sweep) -> per point the ratio B/A of the median pps,
# pass/fail against a tolerance and whether the 95 % intervals overlap.
#
#   awk -F, -v tol=5 -v csv=0 -v an=A -v bn=B [-v as=S -v bs=S] [-v am=M -v bm=M] \
#       -f t975.awk -f compare.awk A/data.csv B/data.csv
#
# tol: percent; a point fails when B * 100 < A * (100 - tol), so integer
# pps and tolerances compare exactly.  The ratio printed is B/A truncated to
# three decimals, so that it agrees with the verdict at the edge.  as/bs (am/bm): only A's rows of
# set-up as and B's of bs, joined with the set-up left out of the key (the
# same for modes).  Columns are read by their header names, per file; the
# interval columns may be absent (sweeps before they existed): overlap n/a.
#
# Whether the means differ at 95 % is Welch's two-sided two-sample t-test
# on mean_pps, sd_pps (divisor n - 1) and n, not whether the two intervals
# overlap: two 95 % intervals that do not overlap are a test at about
# p < 0.006 (Schenker & Gentleman 2001), so "overlap" misses real
# differences.  t = (mean B - mean A) / sqrt(sA^2/nA + sB^2/nB) (positive:
# B faster), df by Welch-Satterthwaite, and the means differ when
# |t| > t(0.975, floor(df)) (t975.awk, aggregate.awk's too: its table for
# df 1..29, then the value at the bracket's lower end); rounding df down
# is conservative (a larger critical value).  n/a
# where a side lacks the columns or a value, has n < 2, or both sd are 0
# (every run the same pps: no spread to test against; the intervals, then
# [mean, mean], still say whether they overlap), or the numbers are so
# large that t or df is not finite.  "held" instead of the test's answer
# where both sides requested the same rate (req_pps) and both medians are
# within 1 % of it: the sender's pacer set both rates, and five runs that
# agree to the packet "differ" by 0.1 % at 95 %, a test of the pacer, not
# of the paths.
# Exit 0 all pass, 1 a fail or a missing point, 2 a filter matching nothing,
# a file that is empty or lacks the needed columns, or a value that is not
# a plain decimal number (NaN, inf, 0x10, abc: awk would take them for
# numbers or 0 and pass them) or an n that is not a whole number, with the
# file and line.  Text cells reach
# the CSV with formula prefixes (= + - @) neutralised, and the table with
# control characters as ?.

# A value for a message or a cell: control characters as ?, at most 60.
function show(v) { gsub(/[\001-\037\177]/, "?", v); return substr(v, 1, 60) }

function die(msg) {
	printf "pktbench compare: %s\n", msg > "/dev/stderr"
	bad = 2; exit 2
}

# A text cell for the CSV: a spreadsheet runs a cell starting with = + -
# or @ as a formula, so those get a leading '; quotes make it a quoted cell.
function cell(v) {
	v = show(v)
	if (v ~ /^[=+@-]/) v = "'" v
	if (v ~ /[",]/) { gsub(/"/, "\"\"", v); v = "\"" v "\"" }
	return v
}

# Column NAME of this row: empty, or a decimal number (SIGNED: may be
# negative, as a confidence bound may); otherwise exit 2 naming the file,
# line and value.
function num(name, signed,    v) {
	v = g(name)
	if (v == "" || v ~ ("^" (signed ? "-?" : "") "[0-9]+([.][0-9]+)?([eE][-+]?[0-9]+)?$"))
		return v
	die(sprintf("%s line %d: %s '%s' is not a %snumber", show(FILENAME), FNR, name, show(v),
		signed ? "" : "non-negative "))
}

# Column NAME of this row: empty, or a count of runs (a whole number of
# at most 9 digits, as aggregate.awk writes n); 2.5 or 1e300 exit 2.
function count(name,    v) {
	v = g(name)
	if (v == "" || (v ~ /^[0-9]+$/ && length(v) <= 9))
		return v
	die(sprintf("%s line %d: %s '%s' is not a count of runs (a whole number)", show(FILENAME), FNR,
		name, show(v)))
}

BEGIN {
	if (tol !~ /^[0-9]+(\.[0-9]+)?$/ || tol + 0 > 100)
		die(sprintf("--tolerance: '%s' is not a percentage 0..100", show(tol)))
	# an empty file would shift the other's rows to its side
	for (i = 1; i < ARGC; i++)
		if ((getline line < ARGV[i]) <= 0)
			die(sprintf("%s: empty (not a sweep's data.csv)", show(ARGV[i])))
		else
			close(ARGV[i])
}

FNR == 1 {
	side++
	for (i = 1; i <= NF; i++) col[side, $i] = i
	for (i = split("setup scenario param mode pps_median", need, " "); i >= 1; i--)
		if (!((side, need[i]) in col)) {
			die(sprintf("%s has no column %s (not a sweep's data.csv)", show(FILENAME), need[i]))
		}
	next
}

function g(name) { return ((side, name) in col) ? $(col[side, name]) : "" }

{
	nrows[side]++
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
	med[side, k] = num("pps_median", 0)
	lo[side, k] = num("ci95_lo_pps", 1); hi[side, k] = num("ci95_hi_pps", 1)
	mu[side, k] = num("mean_pps", 0); sd[side, k] = num("sd_pps", 0); cnt[side, k] = count("n")
	rq[side, k] = num("req_pps", 0)
}

# Point k held at its requested rate on both sides (see the top): 1 or 0.
function held(k,    i) {
	if (rq[1, k] == "" || rq[2, k] == "" || rq[1, k] + 0 <= 0 || rq[1, k] + 0 != rq[2, k] + 0)
		return 0
	for (i = 1; i <= 2; i++)
		if (med[i, k] == "" || med[i, k] * 100 < rq[i, k] * 99 || med[i, k] * 100 > rq[i, k] * 101)
			return 0
	return 1
}

# Welch's t-test of point k's means: sets wt, wdf (as printed, "" for n/a)
# and returns "yes" (they differ at 95 %), "no" or "n/a".
function welch(k,    i, v, va, vb, t, df, c) {
	wt = wdf = ""
	for (i = 1; i <= 2; i++) {
		if (mu[i, k] == "" || sd[i, k] == "" || cnt[i, k] == "" || cnt[i, k] + 0 < 2)
			return "n/a"
		v[i] = sd[i, k] * sd[i, k] / cnt[i, k]
	}
	va = v[1]; vb = v[2]
	if (va + vb == 0)
		return "n/a"
	t = (mu[2, k] - mu[1, k]) / sqrt(va + vb)
	df = (va + vb) * (va + vb) / (va * va / (cnt[1, k] - 1) + vb * vb / (cnt[2, k] - 1))
	wt = sprintf("%.3f", t); wdf = sprintf("%.2f", df)
	# values so large that the variances overflow: inf or nan, which
	# awks print and compare each their own way; no test, not "no"
	if (wt !~ /^-?[0-9]/ || wdf !~ /^[0-9]/) {
		wt = wdf = ""
		return "n/a"
	}
	# floor, but a df of 6 computed as 5.9999999 is 6
	df = int(df + 1e-9)
	c = t975(df)
	return (t > c || -t > c) ? "yes" : "no"
}

# A filter that matches nothing is a usage error: say what there is.
function nomatch(s, what, v, name,    i, list, x) {
	list = ""
	for (x in have)
		if (split(x, i, SUBSEP) == 3 && i[1] == s && i[2] == what)
			list = list (list == "" ? "" : " ") i[3]
	printf "pktbench compare: --%s-%s: %s has no %s '%s' (it has: %s)\n",
		s == 1 ? "a" : "b", what, show(name), what, show(v), show(list) > "/dev/stderr"
	exit 2
}

function kp(v) { return v == "" ? "-" : sprintf("%.1f", v / 1000) }
function both(x, y) { return x == y ? x : x "->" y }

END {
	if (bad)
		exit bad
	for (s = 1; s <= side; s++)
		if (!nrows[s])
			die(sprintf("%s: empty (a header, no points)", show(s == 1 ? an : bn)))
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
		      "ratio,a_ci95_lo_pps,a_ci95_hi_pps,b_ci95_lo_pps,b_ci95_hi_pps,ci_overlap,verdict,note," \
		      "welch_t,welch_df,welch_95"
	else {
		printf "A: %s%s\nB: %s%s\n", show(an), (as != "" ? " set-up " show(as) : "") (am != "" ? " mode " show(am) : ""),
			show(bn), (bs != "" ? " set-up " show(bs) : "") (bm != "" ? " mode " show(bm) : "")
		printf "ratio B/A of the median pps; fail when B < A x (1 - %s %%); " \
			"CIs: the 95 %% intervals of the mean;\nt-test: do the means differ at 95 %% " \
			"(Welch's two-sided t-test; n/a: n < 2, no sd, or no spread;\nheld: both medians within 1 %% of " \
			"the same requested rate, which the sender's pacer set)\n\n", tol
		printf "%-16s %-9s %-9s %-10s %9s %9s %7s %-11s %-10s %s\n", "setup", "scenario", "param",
			"mode", "A kpps", "B kpps", "B/A", "CIs overlap", "t-test 95%", "verdict"
	}
	for (i = 1; i <= nk; i++) {
		k = order[i]
		ia = (1, k) in pt; ib = (2, k) in pt
		a = ia ? med[1, k] : ""; b = ib ? med[2, k] : ""
		note = !ia ? "only in B" : (!ib ? "only in A" : \
			(a == "" ? "no median in A" : (b == "" ? "no median in B" : "")))
		ratio = ""; ov = "n/a"; w95 = "n/a"; wt = wdf = ""
		if (note != "") {
			verdict = "missing"; nmiss++
		} else {
			# truncated, not rounded: a ratio shown as 0.950 never fails at 5 %
			ratio = a > 0 ? sprintf("%.3f", int(b * 1000 / a) / 1000) : ""
			verdict = (b * 100 < a * (100 - tol)) ? "fail" : "pass"
			if (verdict == "fail") nfail++; else npass++
			if (lo[1, k] != "" && hi[1, k] != "" && lo[2, k] != "" && hi[2, k] != "")
				ov = (lo[1, k] + 0 <= hi[2, k] + 0 && lo[2, k] + 0 <= hi[1, k] + 0) ? "yes" : "no"
			w95 = welch(k)
			if (held(k))
				w95 = "held"
		}
		sa = ia ? ksu[1, k] : ""; sb = ib ? ksu[2, k] : ""
		ma = ia ? kmo[1, k] : ""; mb = ib ? kmo[2, k] : ""
		if (csv) {
			printf "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", cell(sa), cell(sb),
				cell(ksc[k]), cell(kpa[k]), cell(ma), cell(mb), a, b, ratio, lo[1, k], hi[1, k], lo[2, k], hi[2, k], ov, verdict, note,
				wt, wdf, w95
		} else {
			printf "%-16s %-9s %-9s %-10s %9s %9s %7s %-11s %-10s %s\n",
				show(both(ia ? sa : sb, ib ? sb : sa)), show(ksc[k]), show(kpa[k]),
				show(both(ia ? ma : mb, ib ? mb : ma)),
				kp(a), kp(b), ratio == "" ? "-" : ratio, ov, w95,
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
