# data.csv (stdin) -> a gnuplot script drawing, in the shape of the study's
# figures, one PNG per set-up and scenario (pps against the varied
# parameter, one line per mode with min-max bars, the study's points as
# dashed lines) and overview.png (every set-up, one panel per scenario and
# mode).
#
#   awk -F, -v dir=OUT/figures -v term=pngcairo -f csv.awk -f plot.awk data.csv | gnuplot
#
# label: prefixed to every title ("UML guest, 1 vCPU"); with ratios_only=1
# the study's kpps are not drawn (figures from another machine class).
#
# Columns by their header names (csv.awk), as in summary.awk.

function addl(list, item) { return (index(" " list " ", " " item " ") ? list : (list == "" ? item : list " " item)) }
function v(x) { return x == "" ? "NaN" : sprintf("%.3f", x / 1000) }
function xval(sc, p) { return sc ~ /^I-/ ? p / 1e6 : p }
function short(sc) { sub(/-.*/, "", sc); return sc }
function xlabel(sc) {
	if (sc ~ /^I-/) return "packets sent (M)"
	if (sc ~ /^II-/) return rscale != "" && rscale != 1 ? \
		"study tx rate (Mbit/s), sent at " rscale " x it" : "requested tx rate (Mbit/s)"
	return "UDP payload (bytes)"
}
function color(m) { return m == "udp" ? "#1f77b4" : (m == "mmsg" ? "#2ca02c" : (m == "mmap" ? "#d62728" : (m == "xdp" ? "#9467bd" : "#7f7f7f"))) }
function scolor(i,    pal) { split("#1f77b4 #ff7f0e #2ca02c #d62728 #9467bd #8c564b", pal, " "); return pal[(i - 1) % 6 + 1] }

NR == 1 { next }
{
	su = F("setup"); sc = F("scenario"); pa = F("param")
	k = su SUBSEP sc SUBSEP pa SUBSEP F("mode")
	setups = addl(setups, su); scens = addl(scens, sc); modes = addl(modes, F("mode"))
	sscens[su] = addl(sscens[su], sc)
	params[su, sc] = addl(params[su, sc], pa)
	allp[sc] = addl(allp[sc], pa)
	nominal[su, sc, pa] = F("nominal")
	med[k] = F("pps_median"); mn[k] = F("pps_min"); mx[k] = F("pps_max")
	spps[k] = ratios_only ? "" : F("study_pps"); study[su] = F("study_setup")
}

END {
	pre = label == "" ? "" : label ": "
	if (term == "pngcairo")
		print "set terminal pngcairo size 800,520 font 'sans,10' noenhanced"
	else
		print "set terminal png size 800,520 noenhanced"
	print "set datafile missing 'NaN'"
	print "set grid"
	print "set key outside right top"
	print "set ylabel 'packet throughput (kpps)'"
	print "set yrange [0:*]"
	print "set offsets graph 0.03, graph 0.03, 0, 0"
	nm = split(modes, M, " ")
	ns = split(setups, S, " ")
	nb = 0
	for (i = 1; i <= ns; i++) {
		s = S[i]
		nc = split(sscens[s], C, " ")
		for (c = 1; c <= nc; c++) {
			sc = C[c]
			np = split(params[s, sc], P, " ")
			nb++
			scaled = 0
			print "$d" nb " << EOD"
			for (p = 1; p <= np; p++) {
				line = xval(sc, P[p])
				if (nominal[s, sc, P[p]] != P[p]) scaled = 1
				for (j = 1; j <= nm; j++) {
					k = s SUBSEP sc SUBSEP P[p] SUBSEP M[j]
					line = line " " v(med[k]) " " v(mn[k]) " " v(mx[k])
					if (med[k] != "") has[nb, j] = 1
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
			print "set title '" pre s (study[s] != "" ? " (study: " study[s] ")" : "") ": scenario " short(sc) "'"
			print "set xlabel '" xlabel(sc) "'"
			print "set xtics (" xt(sc, P, np) ")"
			cmd = ""; none = ""
			for (j = 1; j <= nm; j++)
				if (!has[nb, j]) none = none (none == "" ? "" : ", ") M[j]
			print "unset label"
			if (none != "")
				print "set label 1 'no successful run: " none " (see summary.md)' at graph 0.02, graph 0.04"
			for (j = 1; j <= nm; j++) {
				if (!has[nb, j]) continue
				c0 = 2 + (j - 1) * 3
				cmd = cmd (cmd == "" ? "" : ", ") "$d" nb " using 1:" c0 ":" c0 + 1 ":" c0 + 2 \
					" with yerrorlines lw 2 pt 7 lc rgb '" color(M[j]) "' title '" M[j] "'"
			}
			for (j = 1; j <= nm; j++) {
				if (!hass[nb, j]) continue
				c0 = 2 + nm * 3 + (j - 1)
				cmd = cmd (cmd == "" ? "" : ", ") "$d" nb " using 1:" c0 \
					" with linespoints dt 2 lw 1.5 pt 6 lc rgb '" color(M[j]) "' title 'study " M[j] \
					(scaled ? " (at its counts)" : "") "'"
			}
			if (cmd == "")
				cmd = "NaN title 'no successful run'"
			print "plot " cmd
		}
	}

	# Overview: rows = scenarios, columns = modes, one line per set-up.
	nc = split(scens, C, " ")
	print "set terminal " (term == "pngcairo" ? "pngcairo" : "png") " size " nm * 420 "," nc * 330 \
		(term == "pngcairo" ? " font 'sans,9'" : "") " noenhanced"
	print "set output '" dir "/overview.png'"
	print "unset label"
	print "set key inside right top font ',8' opaque"
	print "set multiplot layout " nc "," nm " title '" pre "pktbench sweep: median packet throughput per set-up'"
	for (c = 1; c <= nc; c++) {
		sc = C[c]
		np = split(allp[sc], P, " ")
		for (j = 1; j <= nm; j++) {
			nb++
			print "$d" nb " << EOD"
			for (p = 1; p <= np; p++) {
				line = xval(sc, P[p])
				for (i = 1; i <= ns; i++) {
					k = S[i] SUBSEP sc SUBSEP P[p] SUBSEP M[j]
					line = line " " v(med[k])
					if (med[k] != "") has[nb, i] = 1
				}
				print line
			}
			print "EOD"
			print "set title '" pre "scenario " short(sc) ", " M[j] "'"
			print "set xlabel '" xlabel(sc) "'"
			print "set xtics (" xt(sc, P, np) ")"
			cmd = ""
			for (i = 1; i <= ns; i++) {
				if (!has[nb, i]) continue
				cmd = cmd (cmd == "" ? "" : ", ") "$d" nb " using 1:" i + 1 \
					" with linespoints lw 2 pt 7 lc rgb '" scolor(i) "' title '" S[i] "'"
			}
			if (cmd == "")
				cmd = "NaN title 'no successful run'"
			print "plot " cmd
		}
	}
	print "unset multiplot"
}

function xt(sc, P, np,    p, s) {
	s = ""
	for (p = 1; p <= np; p++)
		s = s (p > 1 ? ", " : "") "'" (sc ~ /^I-/ ? sprintf("%g", P[p] / 1e6) : P[p]) "' " xval(sc, P[p])
	return s
}
