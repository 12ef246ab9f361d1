# data.csv's columns by their header names (summary.awk, plot.awk, plot_cdf.awk), and
# the tests: awk -F, -f csv.awk -f PROGRAM.awk data.csv, then F("pps_median")
# is that field of the current row.  A name the header lacks is an error,
# so a renamed column cannot silently read as empty.  Fo(name) is for the
# columns older data.csv files lack (the confidence interval): "" there.
# Several files: each file's header names its own rows (FNR), so the
# program skips every FNR == 1.
FNR == 1 { split("", col); for (i = 1; i <= NF; i++) col[$i] = i }
function F(name) {
	if (!(name in col)) {
		printf "csv.awk: data.csv has no column %s\n", name > "/dev/stderr"
		exit 2
	}
	return $(col[name])
}
function Fo(name) { return (name in col) ? $(col[name]) : "" }

# A list of words, each once, in the order first seen: addl(list, item).
function addl(list, item) { return (index(" " list " ", " " item " ") ? list : (list == "" ? item : list " " item)) }

# For the figures (plot.awk, plot_cdf.awk): a mode's colour, the same in
# every figure, and a gnuplot double-quoted string, so no name reaches
# gnuplot unquoted.
function color(m) { return m == "udp" ? "#1f77b4" : (m == "mmsg" ? "#2ca02c" : (m == "mmap" ? "#d62728" : (m == "xdp" ? "#9467bd" : "#7f7f7f"))) }
function gq(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\n/, "\\n", s); return "\"" s "\"" }
# The figures' gnuplot terminal: term (-v term=, report.sh's
# sw_gnuplot_term) pngcairo, with its font of size pt, or plain png, which
# has no such font; either without enhanced text, so that no name is read
# as markup.
function gp_terminal(w, h, pt) {
	return "set terminal " (term == "pngcairo" ? "pngcairo" : "png") " size " w "," h \
		(term == "pngcairo" ? " font 'sans," pt "'" : "") " noenhanced"
}
# The head of a figures script (plot.awk, plot_cdf.awk): the terminal of
# an 800x520 figure and its grid.  Returns what starts every title: the
# label (-v label=) and ": ", or "".
function gp_head() {
	print gp_terminal(800, 520, 10)
	print "set grid"
	return label == "" ? "" : label ": "
}
