# t975(df): Student's t(0.975, df), the two-sided 95 % critical value, for
# aggregate.awk's confidence intervals and compare.awk's Welch test (one
# table, loaded with -f beside them).  df 1..29 from the table; beyond it
# the value at the lower end of df's bracket, 2.042 (30..39), 2.021
# (40..59), 2.000 (60..119), 1.980 (120 and more): taking the lower end
# gives the larger critical value, so an interval is never too narrow and
# a test never too eager.  df is an integer >= 1 (the caller rounds down).
function t975(df) {
	if (!t975_n)
		t975_n = split("12.706 4.303 3.182 2.776 2.571 2.447 2.365 2.306 2.262 2.228 " \
			       "2.201 2.179 2.160 2.145 2.131 2.120 2.110 2.101 2.093 2.086 " \
			       "2.080 2.074 2.069 2.064 2.060 2.056 2.052 2.048 2.045", t975_tab, " ")
	if (df <= t975_n)
		return t975_tab[df]
	return df < 40 ? 2.042 : (df < 60 ? 2.021 : (df < 120 ? 2.000 : 1.980))
}
