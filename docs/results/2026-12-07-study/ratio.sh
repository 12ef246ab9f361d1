#!/bin/sh
# ratio.sh DATA.CSV...: the uml runner's question.  Its kpps are the
# guest's at scaled rates, so only the ratio mmap/udp is set beside the
# study's.  Per point with both modes measured (two runs or more each) and
# a study value for both: our ratio of the means with a 95 % interval (the
# delta method on the log of the ratio: relative variances added, Welch-
# Satterthwaite degrees of freedom, t975 rounded down as aggregate.awk
# does), and whether the study's ratio is below it (our mmap gains more
# over udp), above it (less) or inside it (not distinguishable).  One
# JSON line per set-up and scenario: those counts, how many points had
# mmap held at the pacer's rate (median within 1 % of req_pps: there our
# ratio is a floor, not a measure), and the range of ours and the study's.
# Reads data.csv's columns by name (scripts/sweep/csv.awk's F()).
d=$(dirname "$0")/../../../scripts/sweep
awk -F, -f "$d/csv.awk" -f "$d/t975.awk" -f /dev/stdin "$@" <<'EOF'
FNR > 1 && (F("mode") == "udp" || F("mode") == "mmap") && F("n") + 0 >= 2 &&
    F("mean_pps") + 0 > 0 && F("study_pps") + 0 > 0 {
	p = F("setup") SUBSEP F("scenario") SUBSEP F("param")
	m = F("mode")
	mean[p, m] = F("mean_pps"); sd[p, m] = F("sd_pps"); n[p, m] = F("n")
	st[p, m] = F("study_pps")
	held[p, m] = (F("req_pps") > 0 && F("pps_median") >= 0.99 * F("req_pps"))
	if (!(p in seen)) { seen[p] = 1; pts[++np] = p }
}
END {
	for (i = 1; i <= np; i++) {
		p = pts[i]
		if (!((p, "udp") in mean) || !((p, "mmap") in mean)) continue
		split(p, f, SUBSEP)
		sc = f[2]; sub(/-.*/, "", sc)
		k = f[1] SUBSEP sc
		if (!(k in cnt)) { order[++nk] = k; olo[k] = slo[k] = 1e9; ohi[k] = shi[k] = 0 }
		cnt[k]++
		vm = sd[p, "mmap"]^2 / (n[p, "mmap"] * mean[p, "mmap"]^2)
		vu = sd[p, "udp"]^2 / (n[p, "udp"] * mean[p, "udp"]^2)
		r = mean[p, "mmap"] / mean[p, "udp"]
		s = st[p, "mmap"] / st[p, "udp"]
		if (vm + vu > 0) {
			df = int((vm + vu)^2 / (vm^2 / (n[p, "mmap"] - 1) + vu^2 / (n[p, "udp"] - 1)))
			if (df < 1) df = 1
			h = t975(df) * sqrt(vm + vu)
		} else h = 0
		lo = r * exp(-h); hi = r * exp(h)
		if (s < lo) higher[k]++
		else if (s > hi) lower[k]++
		if (held[p, "mmap"]) mheld[k]++
		if (r < olo[k]) olo[k] = r
		if (r > ohi[k]) ohi[k] = r
		if (s < slo[k]) slo[k] = s
		if (s > shi[k]) shi[k] = s
	}
	for (i = 1; i <= nk; i++) { k = order[i]; split(k, f, SUBSEP)
		printf "{\"setup\":\"%s\",\"scenario\":\"%s\",\"points\":%d,\"ours_higher\":%d,\"ours_lower\":%d,\"same\":%d,\"mmap_held\":%d,\"ours_min\":%.2f,\"ours_max\":%.2f,\"study_min\":%.2f,\"study_max\":%.2f}\n",
			f[1], f[2], cnt[k], higher[k] + 0, lower[k] + 0, cnt[k] - higher[k] - lower[k], mheld[k] + 0,
			olo[k], ohi[k], slo[k], shi[k] }
}
EOF
