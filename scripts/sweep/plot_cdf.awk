# latency.csv (cdf.jq) -> a gnuplot script drawing the one-way latency CDF
# of each set-up, one PNG per set-up (DIR/SETUP-latency.png), one line per
# mode: the fraction of latencies at or below x, as steps through the
# histogram's bucket tops (a value is only known to lie within its bucket,
# so the line stays at the lower fraction until the next top; it rises
# from 0 at the first), x in microseconds on a log scale.
#
#   awk -F, -v dir=OUT/figures -v term=pngcairo -f csv.awk -f plot_cdf.awk latency.csv
#
# label: prefixed to every title, as in plot.awk.


NR == 1 { next }
{
	su = F("setup"); mo = F("mode")
	setups = addl(setups, su); smodes[su] = addl(smodes[su], mo)
	k = su SUBSEP mo
	# from 0 at the first top: its values lie at or below it
	if (!(k in pts))
		pts[k] = sprintf("%.3f 0\n", F("latency_ns") / 1000)
	pts[k] = pts[k] sprintf("%.3f %s\n", F("latency_ns") / 1000, F("fraction"))
	vals[k] = F("values"); runs[k] = F("runs")
}

END {
	pre = gp_head()
	print "set key right bottom"
	print "set logscale x 10"
	print "set xlabel 'one-way latency (us, log scale)'"
	print "set ylabel 'fraction of packets at or below'"
	print "set yrange [0:1.02]"
	print "set format x '%g'"
	ns = split(setups, S, " ")
	nb = 0
	for (i = 1; i <= ns; i++) {
		s = S[i]
		nm = split(smodes[s], M, " ")
		cmd = ""
		for (j = 1; j <= nm; j++) {
			nb++
			k = s SUBSEP M[j]
			print "$c" nb " << EOD"
			printf "%s", pts[k]
			print "EOD"
			cmd = cmd (cmd == "" ? "" : ", ") "$c" nb " using 1:2 with steps lw 2 lc rgb '" \
				color(M[j]) "' title " gq(M[j] " (" runs[k] " runs, " vals[k] " packets)")
		}
		print "set output " gq(dir "/" s "-latency.png")
		print "set title " gq(pre s ": one-way latency CDF, every successful run pooled")
		print "plot " cmd
	}
}
