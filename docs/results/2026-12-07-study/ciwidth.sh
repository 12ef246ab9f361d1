#!/bin/sh
# ciwidth.sh DATA.CSV...: per mode, how many points have a 95 % interval
# within +-10 % of the median (the goal of issue 19), as JSON lines.
# Reads data.csv's header by name; points without an interval are left out.
awk -F, 'FNR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	$c["ci95_lo_pps"] != "" && $c["pps_median"] > 0 {
		m = $c["mode"]; med = $c["pps_median"]
		lo = (med - $c["ci95_lo_pps"]) / med; hi = ($c["ci95_hi_pps"] - med) / med
		w = lo > hi ? lo : hi
		n[m]++; if (w <= 0.10) ok[m]++
		if (w > max[m]) max[m] = w
	}
	END { split("udp mmsg mmap xdp", o, " ")
		for (i = 1; i <= 4; i++) if (o[i] in n)
			printf "{\"mode\":\"%s\",\"points\":%d,\"within_10pct\":%d,\"widest_pct\":%.1f}\n", o[i], n[o[i]], ok[o[i]] + 0, max[o[i]] * 100 }' "$@"
