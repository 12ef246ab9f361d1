# data.csv (stdin) -> a gnuplot script drawing, in the shape of the study's
# figures, one PNG per set-up and scenario (pps against the varied
# parameter, one line per mode through the medians, the study's points as
# dashed lines) and overview.png (every set-up, one panel per scenario and
# mode, the study dashed in the set-up's colour, one key below the panels).
# Error bars are the 95 % confidence interval of the mean (ci95_lo_pps,
# ci95_hi_pps; points with n >= 2 only); each figure's title says so.
# Scenario III's x axis is log2 (64 and 128 B apart).
#
#   awk -F, -v dir=OUT/figures -v term=pngcairo -f csv.awk -f plot.awk data.csv | gnuplot
#
# label: prefixed to every title ("UML guest, 1 vCPU"); with ratios_only=1
# the study's kpps are not drawn (figures from another machine class).
#
# Columns by their header names (csv.awk), as in summary.awk; the interval
# columns may be absent (data.csv from before them): no bars.

function v(x) { return x == "" ? "NaN" : sprintf("%.3f", x / 1000) }
function xval(sc, p) { return sc ~ /^I-/ ? p / 1e6 : p }
function short(sc) { sub(/-.*/, "", sc); return sc }
function xlabel(sc) {
	if (sc ~ /^I-/) return "packets sent (M)"
	if (sc ~ /^II-/) return rscale != "" && rscale != 1 ? \
		"study tx rate (Mbit/s), sent at " rscale " x it" : "requested tx rate (Mbit/s)"
	return "UDP payload (bytes, log scale)"
}
function scolor(i,    pal) { split("#1f77b4 #ff7f0e #2ca02c #d62728 #9467bd #8c564b", pal, " "); return pal[(i - 1) % 6 + 1] }
# What the bars are, for a title's second line.
function barnote(ci) {
	return ci ? "lines: medians; bars: 95 % CI of the mean (Student t), where n >= 2" : \
		"lines: medians; no bars (no point has 2 runs: no interval)"
}
# x axis of scenario sc: log2 for sizes, linear otherwise; ticks at the values.
function xaxis(sc, P, np) {
	print "set xlabel '" xlabel(sc) "'"
	print (sc ~ /^III-/ ? "set logscale x 2" : "unset logscale x")
	print "set xtics (" xt(sc, P, np) ")"
}

NR == 1 { next }
{
	su = F("setup"); sc = F("scenario"); pa = F("param")
	k = su SUBSEP sc SUBSEP pa SUBSEP F("mode")
	setups = addl(setups, su); scens = addl(scens, sc); modes = addl(modes, F("mode"))
	sscens[su] = addl(sscens[su], sc)
	params[su, sc] = addl(params[su, sc], pa)
	allp[sc] = addl(allp[sc], pa)
	nominal[su, sc, pa] = F("nominal")
	if (F("nominal") != pa) anyscaled = 1
	med[k] = F("pps_median"); lo[k] = Fo("ci95_lo_pps"); hi[k] = Fo("ci95_hi_pps")
	if (lo[k] == "" || hi[k] == "") lo[k] = hi[k] = ""
	spps[k] = ratios_only ? "" : F("study_pps"); study[su] = F("study_setup")
}

# x of series i of n, dodged so that bars at one x stand apart: by 2 %
# of the range per series (2^0.06 per series on the log axis); series with
# no bars are dodged alike, the study's points are not; nothing moves in a
# figure or panel without bars.
function dx(sc, P, np, i, n, bars,    k) {
	k = i - (n + 1) / 2
	if (!bars || k == 0 || np < 2)
		return "1"
	if (sc ~ /^III-/)
		return sprintf("($1*%.5f)", 2 ^ (0.06 * k))
	return sprintf("($1%+.5f)", (xval(sc, P[np]) - xval(sc, P[1])) * 0.02 * k)
}

# A panel with no data: gnuplot refuses to autoscale on no point, so an
# invisible one at y = 0 for each x, and a label saying why.
function nothing(nb, why) {
	print "set label 2 '" why "' at graph 0.5, graph 0.5 center"
	return "$d" nb " using 1:(0) with points ps 0 notitle"
}

# "a, b" from a list built by repeated calls
function csep(l, x) { return l (l == "" ? "" : ", ") x }

END {
	pre = gp_head()
	print "set datafile missing 'NaN'"
	print "set key outside right top"
	print "set ylabel 'packet throughput (kpps)'"
	print "set yrange [0:*]"
	print "set offsets graph 0.03, graph 0.03, 0, 0"
	print "set bars small"
	# the data's x range (plus the offsets), not widened to the next tic
	print "set autoscale xfix"
	nm = split(modes, M, " ")
	ns = split(setups, S, " ")
	nb = 0
	# Per set-up and scenario: columns x, then per mode median lo hi, then
	# per mode the study's pps.
	for (i = 1; i <= ns; i++) {
		s = S[i]
		nc = split(sscens[s], C, " ")
		for (c = 1; c <= nc; c++) {
			sc = C[c]
			np = split(params[s, sc], P, " ")
			nb++
			scaled = 0; anyci = 0
			print "$d" nb " << EOD"
			for (p = 1; p <= np; p++) {
				line = xval(sc, P[p])
				if (nominal[s, sc, P[p]] != P[p]) scaled = 1
				for (j = 1; j <= nm; j++) {
					k = s SUBSEP sc SUBSEP P[p] SUBSEP M[j]
					line = line " " v(med[k]) " " v(lo[k]) " " v(hi[k])
					if (med[k] != "") has[nb, j] = 1
					if (lo[k] != "") hasci[nb, j] = anyci = 1
				}
				for (j = 1; j <= nm; j++) {
					k = s SUBSEP sc SUBSEP P[p] SUBSEP M[j]
					line = line " " v(spps[k])
					if (spps[k] != "") hass[nb, j] = 1
				}
				print line
			}
			print "EOD"
			print "set output '" dir "/" s "-" short(sc) ".png'"
			print "set title " gq(pre s (study[s] != "" ? " (study: " study[s] ")" : "") ": scenario " \
				short(sc) "\n" barnote(anyci) (study[s] != "" && !ratios_only ? "; the study dashed" : ""))
			xaxis(sc, P, np)
			cmd = ""; none = ""
			for (j = 1; j <= nm; j++)
				if (!has[nb, j]) none = csep(none, M[j])
			print "unset label"
			if (none != "")
				print "set label 1 'no successful run: " none " (see summary.md)' at graph 0.02, graph 0.04"
			for (j = 1; j <= nm; j++) {
				if (!has[nb, j]) continue
				c0 = 2 + (j - 1) * 3
				# the bars first, under the line and its points
				if (hasci[nb, j])
					cmd = csep(cmd, "$d" nb " using " dx(sc, P, np, j, nm, anyci) ":" c0 ":" c0 + 1 ":" c0 + 2 \
						" with yerrorbars lw 1.5 pt -1 lc rgb '" color(M[j]) "' notitle")
				cmd = csep(cmd, "$d" nb " using " dx(sc, P, np, j, nm, anyci) ":" c0 " with linespoints lw 2 pt 7 lc rgb '" \
					color(M[j]) "' title " gq(M[j]))
			}
			for (j = 1; j <= nm; j++) {
				if (!hass[nb, j]) continue
				c0 = 2 + nm * 3 + (j - 1)
				cmd = csep(cmd, "$d" nb " using 1:" c0 \
					" with linespoints dt 2 lw 1.5 pt 6 lc rgb '" color(M[j]) "' title " gq("study " M[j] \
					(scaled ? " (at its counts)" : "")))
			}
			if (cmd == "")
				cmd = nothing(nb, "no successful run")
			print "plot " cmd
		}
	}

	# Overview: rows = scenarios, columns = modes, one line per set-up, the
	# study dashed in the set-up's colour; panels placed by hand so that one
	# key for all of them fits in a strip below, off the data.
	nc = split(scens, C, " ")
	wpx = nm * 420; hpx = nc * 330 + 85
	top = 45 / hpx; keyh = 40 / hpx; ph = (1 - top - keyh) / nc
	print gp_terminal(wpx, hpx, 9)
	print "set output '" dir "/overview.png'"
	print "unset label"
	print "unset key"
	ovci = 0; ovst = 0
	for (k in lo) if (lo[k] != "") ovci = 1
	for (k in spps) if (spps[k] != "") ovst = 1
	print "set multiplot title " gq(pre "pktbench sweep: median packet throughput per set-up\n" \
		barnote(ovci) (ovst ? "; the study dashed, in the set-up's colour" \
		(anyscaled ? ", at its own packet counts" : "") : ""))
	for (c = 1; c <= nc; c++) {
		sc = C[c]
		np = split(allp[sc], P, " ")
		for (j = 1; j <= nm; j++) {
			nb++
			panci = 0
			# columns: x, per set-up median lo hi, per set-up study
			print "$d" nb " << EOD"
			for (p = 1; p <= np; p++) {
				line = xval(sc, P[p])
				for (i = 1; i <= ns; i++) {
					k = S[i] SUBSEP sc SUBSEP P[p] SUBSEP M[j]
					line = line " " v(med[k]) " " v(lo[k]) " " v(hi[k])
					if (med[k] != "") has[nb, i] = 1
					if (lo[k] != "") hasci[nb, i] = panci = 1
				}
				for (i = 1; i <= ns; i++) {
					k = S[i] SUBSEP sc SUBSEP P[p] SUBSEP M[j]
					line = line " " v(spps[k])
					if (spps[k] != "") hass[nb, i] = 1
				}
				print line
			}
			print "EOD"
			printf "set origin %.4f,%.4f\nset size %.4f,%.4f\n", (j - 1) / nm, keyh + (nc - c) * ph, 1 / nm, ph
			print "set title " gq(pre "scenario " short(sc) ", " M[j])
			xaxis(sc, P, np)
			cmd = ""
			for (i = 1; i <= ns; i++) {
				if (!has[nb, i]) continue
				c0 = 2 + (i - 1) * 3
				if (hasci[nb, i])
					cmd = csep(cmd, "$d" nb " using " dx(sc, P, np, i, ns, panci) ":" c0 ":" c0 + 1 ":" c0 + 2 \
						" with yerrorbars lw 1 pt -1 lc rgb '" scolor(i) "' notitle")
				cmd = csep(cmd, "$d" nb " using " dx(sc, P, np, i, ns, panci) ":" c0 " with linespoints lw 2 pt 7 ps 0.8 lc rgb '" \
					scolor(i) "' notitle")
			}
			for (i = 1; i <= ns; i++) {
				if (!hass[nb, i]) continue
				cmd = csep(cmd, "$d" nb " using 1:" 2 + ns * 3 + (i - 1) \
					" with linespoints dt 2 lw 1.5 pt 6 ps 0.8 lc rgb '" scolor(i) "' notitle")
			}
			print "unset label"
			if (cmd == "")
				cmd = nothing(nb, "no successful run")
			print "plot " cmd
		}
	}
	# the key: a panel of its own with no axes, one entry per set-up
	print "unset label"
	print "set origin 0,0"
	printf "set size 1,%.4f\n", keyh
	print "unset title; unset xlabel; unset ylabel; unset tics; unset border; unset grid; unset logscale x"
	print "set xrange [0:1]; set yrange [0:1]"
	print "set key center center horizontal samplen 4 font ',9'"
	cmd = ""
	for (i = 1; i <= ns; i++)
		cmd = csep(cmd, "NaN with linespoints lw 2 pt 7 lc rgb '" scolor(i) "' title " gq(S[i]))
	if (ovst)
		cmd = csep(cmd, "NaN with linespoints dt 2 lw 1.5 pt 6 lc rgb '#555555' title 'study (dashed)'")
	print "plot " cmd
	print "unset multiplot"
}

function xt(sc, P, np,    p, s) {
	s = ""
	for (p = 1; p <= np; p++)
		s = s (p > 1 ? ", " : "") "'" (sc ~ /^I-/ ? sprintf("%g", P[p] / 1e6) : P[p]) "' " xval(sc, P[p])
	return s
}
