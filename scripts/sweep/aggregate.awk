# Runs (flatten.jq's TSV on stdin) -> data.csv on stdout: one row per
# (setup, scenario, param, mode) in the order the points first appear, with
# the median, min and max over the runs that succeeded, the mean and its
# 95 % confidence interval, and the study's pps for the same set-up,
# scenario, nominal parameter and mode.
#
#   awk -v study=data/study-results.csv -v setup_table=networks/setups.tsv \
#       -f setups.awk -f t975.awk -f aggregate.awk
#
# The study's name for each set-up is the table's study column.
#
# Input columns: 1 setup 2 scenario 3 param 4 nominal 5 mode 6 repeat
# 7 runner 8 status 9 reason 10 rx_pps 11 received 12 lost_vs_count
# 13 count 14 tx_pps 15 tx_bps 16 rate_mbps 17 lat_p99_ns 18 size
# 19 placement (tx0/rx1, none; empty for runs from before it was recorded)
#
# Median of an even number of runs is the mean of the middle two.  The
# confidence interval is the mean's, Student t with n - 1 degrees of
# freedom: mean +- t(0.975, n-1) * s / sqrt(n), s the sample standard
# deviation (divisor n - 1); t from t975.awk (its table for n <= 30, then
# the conservative bracket values); n = 1 has no interval (empty fields).  loss_pct
# is lost_vs_count / count per run; req_pps is the study's definition,
# rate / ((size + 42) * 8).  cv_pct is the coefficient of variation of
# the pps, sd / mean x 100 (n >= 2); placement where the sender and the
# receiver ran, the same for every run of the point or "mixed".

BEGIN {
	FS = "\t"
	if (setup_table != "")
		for (i = setups_load(setup_table); i > 0; i--)
			map[setup_name[i]] = setup_col[setup_name[i], "study"]
	if (study != "") {
		while ((getline line < study) > 0) {
			if (line ~ /^#/ || line ~ /^setup,/ || line == "")
				continue
			split(line, f, ",")
			spps[f[1] "," f[2] "," f[3] "," f[4]] = f[7]
		}
		close(study)
	}
	print "setup,scenario,param,nominal,mode,runs,ok,pps_median,pps_min,pps_max," \
	      "mean_pps,sd_pps,ci95_lo_pps,ci95_hi_pps,n," \
	      "received_median,loss_pct,tx_pps,tx_bps,req_mbps,req_pps,lat_p99_us," \
	      "study_setup,study_pps,status,reason,cv_pct,placement"
}

function add(k, name, v) {
	if (v == "")
		return
	n = ++cnt[k, name]
	val[k, name, n] = v + 0
}

# Sort k's series in place (insertion sort: a handful of runs).
function srt(k, name,    n, i, j, t) {
	n = cnt[k, name]
	for (i = 2; i <= n; i++) {
		t = val[k, name, i]
		for (j = i - 1; j >= 1 && val[k, name, j] > t; j--)
			val[k, name, j + 1] = val[k, name, j]
		val[k, name, j + 1] = t
	}
	return n
}

function median(k, name,    n) {
	n = srt(k, name)
	if (n == 0)
		return ""
	if (n % 2)
		return val[k, name, (n + 1) / 2]
	return (val[k, name, n / 2] + val[k, name, n / 2 + 1]) / 2
}

# Mean, sample standard deviation and 95 % interval of k's series into
# st_mean, st_sd, st_lo, st_hi ("" where undefined); returns n.
function stats(k, name,    n, i, sum, ss, t, h) {
	n = cnt[k, name] + 0
	st_mean = st_sd = st_lo = st_hi = ""
	if (n == 0)
		return 0
	for (i = 1; i <= n; i++)
		sum += val[k, name, i]
	st_mean = sum / n
	if (n == 1)
		return 1
	for (i = 1; i <= n; i++)
		ss += (val[k, name, i] - st_mean) ^ 2
	st_sd = sqrt(ss / (n - 1))
	t = t975(n - 1)
	h = t * st_sd / sqrt(n)
	st_lo = st_mean - h; st_hi = st_mean + h
	return n
}

function fmt(v, f) { return v == "" ? "" : sprintf(f, v) }

# CSV-safe without quoting: the consumers split on commas.
function clean(s) {
	gsub(/,/, ";", s); gsub(/"/, "'", s)
	return s
}

{
	k = $1 SUBSEP $2 SUBSEP $3 SUBSEP $5
	if (!(k in seen)) {
		seen[k] = 1
		order[++nk] = k
		setup[k] = $1; scen[k] = $2; param[k] = $3; nominal[k] = $4
		mode[k] = $5; rate[k] = $16; size[k] = $18
		place[k] = $19
	}
	if (place[k] != $19)
		place[k] = "mixed"
	runs[k]++
	if ($8 != "ok") {
		if (!((k, $9) in why)) {
			why[k, $9] = 1
			reason[k] = reason[k] (reason[k] == "" ? "" : " | ") $9
		}
		next
	}
	ok[k]++
	add(k, "pps", $10)
	add(k, "rcv", $11)
	if ($12 != "" && $13 > 0)
		add(k, "loss", $12 / $13 * 100)
	add(k, "txpps", $14)
	add(k, "txbps", $15)
	if ($17 != "")
		add(k, "p99", $17 / 1000)
}

END {
	for (i = 1; i <= nk; i++) {
		k = order[i]
		st = map[setup[k]]
		sp = (st != "") ? spps[st "," scen[k] "," nominal[k] "," mode[k]] : ""
		n = ok[k] + 0
		pmed = median(k, "pps")
		np = stats(k, "pps")
		status = (n == runs[k]) ? "ok" : (n == 0 ? "failed" : "partial")
		reqpps = (rate[k] != "" && size[k] != "") ? rate[k] * 1e6 / ((size[k] + 42) * 8) : ""
		cv = (st_sd != "" && st_mean > 0) ? st_sd / st_mean * 100 : ""
		printf "%s,%s,%s,%s,%s,%d,%d,%s,%s,%s,%s,%s,%s,%s,%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n",
			setup[k], scen[k], param[k], nominal[k], mode[k], runs[k], n,
			fmt(pmed, "%.0f"),
			fmt(n ? val[k, "pps", 1] : "", "%.0f"),
			fmt(n ? val[k, "pps", cnt[k, "pps"]] : "", "%.0f"),
			fmt(st_mean, "%.2f"), fmt(st_sd, "%.2f"),
			fmt(st_lo, "%.2f"), fmt(st_hi, "%.2f"), np,
			fmt(median(k, "rcv"), "%.0f"),
			fmt(median(k, "loss"), "%.3f"),
			fmt(median(k, "txpps"), "%.0f"),
			fmt(median(k, "txbps"), "%.0f"),
			rate[k], fmt(reqpps, "%.0f"),
			fmt(median(k, "p99"), "%.1f"),
			st, sp, status, clean(reason[k]), fmt(cv, "%.2f"), place[k]
	}
}
