# With scripts/sweep/csv.awk: the columns named in cols (comma-separated)
# of the data.csv rows whose setup,scenario,param,mode is key ("*": every
# row), comma-joined, one line per row; with bad=1 only the rows not
# measured (status not ok, or no median).
NR > 1 && (key == "*" || F("setup") "," F("scenario") "," F("param") "," F("mode") == key) {
	if (bad && F("status") == "ok" && F("pps_median") != "" && F("pps_median") > 0)
		next
	n = split(cols, c, ","); out = ""
	for (i = 1; i <= n; i++) out = out (i > 1 ? "," : "") F(c[i])
	print out
}
