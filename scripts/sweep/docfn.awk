# Functions the docs' tables share (docpoint.awk, doc.sh's compare table):
#   awk -f docfn.awk -f PROGRAM.awk
#
# inpoints(list, scenario, param, nominal): 1 when the point is one of
# list's ("III": every point of scenario III, "III-64": the one whose
# param or nominal value is 64; an empty list: every point).
function inpoints(list, sc, par, nom,    n, P, i, k, p) {
	if (list == "")
		return 1
	n = split(list, P, " ")
	for (i = 1; i <= n; i++) {
		k = P[i]; p = ""
		if (index(k, "-")) { p = substr(k, index(k, "-") + 1); k = substr(k, 1, index(k, "-") - 1) }
		if (substr(sc, 1, length(k) + 1) == k "-" && (p == "" || p == par || p == nom))
			return 1
	}
	return 0
}
# pps as kpps with one decimal
function kp(v) { return sprintf("%.1f", v / 1000) }
# an interval's end in whole kpps, a minus sign where it is below 0
function kb(v,    s) {
	s = sprintf("%.0f", v / 1000)
	sub(/^-/, "\342\210\222", s)
	return s == "\342\210\2220" ? "0" : s
}
