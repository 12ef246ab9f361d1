#!/bin/sh
# ciwidth.sh DATA.CSV...: per mode, how many points have a 95 % interval
# within +-10 % of the median (the goal of issue 19), as JSON lines; and
# of those points, how many are held at the pacer's rate (median within
# 1 % of req_pps, as compare's "held"), where five runs agree by
# construction, and how many of the held ones are within +-10 %.
# Reads data.csv's columns by name (scripts/sweep/csv.awk's F(): a
# missing one is an error, not an empty value).
awk -F, -f "$(dirname "$0")/../../../scripts/sweep/csv.awk" -f /dev/stdin "$@" <<'EOF'
FNR > 1 && F("ci95_lo_pps") != "" && F("pps_median") > 0 {
	m = F("mode"); med = F("pps_median")
	lo = (med - F("ci95_lo_pps")) / med; hi = (F("ci95_hi_pps") - med) / med
	w = lo > hi ? lo : hi
	n[m]++; if (w <= 0.10) ok[m]++
	req = F("req_pps")
	if (req > 0 && (med > req ? med - req : req - med) <= 0.01 * req) {
		held[m]++; if (w <= 0.10) hok[m]++
	}
	if (w > max[m]) max[m] = w
}
END { split("udp mmsg mmap xdp", o, " ")
	for (i = 1; i <= 4; i++) if (o[i] in n)
		printf "{\"mode\":\"%s\",\"points\":%d,\"within_10pct\":%d,\"widest_pct\":%.1f,\"held\":%d,\"held_within_10pct\":%d}\n",
			o[i], n[o[i]], ok[o[i]] + 0, max[o[i]] * 100, held[o[i]] + 0, hok[o[i]] + 0 }
EOF
