# data.csv (stdin) -> the body of summary.md: a headline table, then per
# set-up and scenario our medians beside the study's, the mmap/udp ratios,
# requested vs achieved rate for scenario II, and the failed points.
#
#   awk -F, -v figdir=figures -v scale=1 -v setup_table=networks/setups.tsv \
#       -f csv.awk -f setups.awk -f summary.awk data.csv
#
# ratios_only=1 (runs on another machine class, e.g. the UML guest): the
# study's kpps are left out; only the mmap/udp ratios are set beside its.
#
# data.csv's columns are read by their header names (csv.awk): setup
# scenario param nominal mode runs ok pps_median pps_min pps_max
# received_median loss_pct tx_pps tx_bps req_mbps req_pps lat_p99_us
# study_setup study_pps status reason, and where there (sweeps since the
# interval was added) ci95_lo_pps ci95_hi_pps n

function kp(v) { return v == "" ? "" : sprintf("%.1f", v / 1000) }
function num(s) { return s + 0 }
function ratio(a, b) { return (a == "" || b == "" || b == 0) ? "" : sprintf("%.2f", a / b) }
function showp(sc, p,    v) {
	if (sc ~ /^I-/) return (p >= 1e6 ? sprintf("%g M", p / 1e6) : sprintf("%g k", p / 1e3))
	if (sc ~ /^II-/) return p " Mbit/s"
	return p " B"
}
function title(sc) {
	if (sc == "I-count") return "Scenario I: packets sent (64 B payload, 500 Mbit/s)"
	if (sc == "II-rate") return "Scenario II: tx rate (1 M packets of 64 B)"
	if (sc == "III-size") return "Scenario III: payload size (1 M packets, 500 Mbit/s)"
	return sc
}
function short(sc) { sub(/-.*/, "", sc); return sc }
# Words of text in lines of at most width characters.
function wrap(text, width,    w, n, i, line, out) {
	n = split(text, w, " ")
	for (i = 1; i <= n; i++) {
		if (line != "" && length(line) + 1 + length(w[i]) > width) {
			out = out line "\n"; line = ""
		}
		line = line (line == "" ? "" : " ") w[i]
	}
	return out line
}
# The study's names of the sweep's set-ups (the set-up table), and those
# it has none for.
function study_names(    i, s, have, none) {
	setups_load(setup_table)
	for (i = 1; i <= setup_n; i++) {
		if (setup_col[setup_name[i], "topo"] == "")
			continue
		s = setup_col[setup_name[i], "study"]
		if (s != "")
			have = have (have == "" ? "" : ", ") s
		else
			none = none (none == "" ? "" : ", ") setup_name[i]
	}
	s = "mean over the same points (its set-up names: " have
	if (none != "")
		s = s "; " none (index(none, ",") ? " have" : " has") " no study values"
	return s ")."
}
function dash(s) { return s == "" ? "–" : s }
function cell(k,    s) {
	if (!(k in st)) return "–"
	if (st[k] == "failed") return "failed"
	s = kp(med[k])
	if (runs[k] > 1) s = s " (" kp(mn[k]) "–" kp(mx[k]) ")"
	if (clo[k] != "") s = s " CI [" kp(clo[k]) ", " kp(chi[k]) "]"
	if (st[k] == "partial") s = s " " ok[k] "/" runs[k]
	return s
}

NR == 1 { next }
{
	su = F("setup"); sc = F("scenario"); pa = F("param")
	k = su SUBSEP sc SUBSEP pa SUBSEP F("mode")
	setups = addl(setups, su)
	scens[su] = addl(scens[su], sc)
	params[su, sc] = addl(params[su, sc], pa)
	modes = addl(modes, F("mode"))
	nominal[su, sc, pa] = F("nominal")
	study_setup[su] = F("study_setup")
	runs[k] = F("runs"); ok[k] = F("ok")
	med[k] = F("pps_median"); mn[k] = F("pps_min"); mx[k] = F("pps_max")
	clo[k] = Fo("ci95_lo_pps"); chi[k] = Fo("ci95_hi_pps")
	if (clo[k] != "") anyci = 1
	loss[k] = F("loss_pct"); txpps[k] = F("tx_pps"); txbps[k] = F("tx_bps")
	reqm[su, sc, pa] = F("req_mbps"); reqp[su, sc, pa] = F("req_pps")
	p99[k] = F("lat_p99_us"); spps[k] = F("study_pps"); st[k] = F("status")
	if (st[k] != "ok") {
		r = F("reason"); gsub(/\|/, "/", r)
		failed[++nf] = "| " su " | " short(sc) " | " showp(sc, pa) " | " F("mode") " | " runs[k] - ok[k] " of " runs[k] " | " r " |"
	}
}

END {
	nm = split(modes, M, " ")
	ns = split(setups, S, " ")
	hasu = index(" " modes " ", " udp "); hasm = index(" " modes " ", " mmap ")
	sabs = !ratios_only
	ml = modes; gsub(/ /, " / ", ml)

	print "## Headline"
	print ""
	print wrap("Mean over each scenario's points of the per-point median, in kpps; the study's " study_names(), 80)
	if (ratios_only) {
		print "These runs are not comparable with the study's (or this host's) kpps: only the"
		print "ratio mmap/udp is set beside the study's."
	}
	if (scale != 1)
		print "Packet counts were scaled by " scale "; scenario I is compared at the study's nominal counts."
	print ""
	h = "| set-up | scenario |"; sep = "|---|---|"
	for (j = 1; j <= nm; j++) { h = h " " M[j] " |"; sep = sep "---:|" }
	if (hasu && sabs) { h = h " study udp |"; sep = sep "---:|" }
	if (hasm && sabs) { h = h " study mmap |"; sep = sep "---:|" }
	if (hasu && hasm) { h = h " mmap/udp ours | mmap/udp study |"; sep = sep "---:|---:|" }
	print h; print sep
	for (i = 1; i <= ns; i++) {
		s = S[i]
		nc = split(scens[s], C, " ")
		for (c = 1; c <= nc; c++) {
			np = split(params[s, C[c]], P, " ")
			line = "| " s " | " short(C[c]) " |"
			for (j = 1; j <= nm; j++) {
				sum = 0; n = 0
				for (p = 1; p <= np; p++) {
					k = s SUBSEP C[c] SUBSEP P[p] SUBSEP M[j]
					if (med[k] != "") { sum += med[k]; n++ }
				}
				mean[M[j]] = n ? sum / n : ""
				line = line " " (n ? kp(sum / n) : "–") " |"
			}
			for (q = 1; q <= 2; q++) {
				md = (q == 1) ? "udp" : "mmap"
				if ((q == 1 && !hasu) || (q == 2 && !hasm)) continue
				sum = 0; n = 0
				for (p = 1; p <= np; p++) {
					k = s SUBSEP C[c] SUBSEP P[p] SUBSEP md
					if (spps[k] != "") { sum += spps[k]; n++ }
				}
				smean[md] = n ? sum / n : ""
				if (sabs) line = line " " (n ? kp(sum / n) : "–") " |"
			}
			if (hasu && hasm) {
				ro = ratio(mean["mmap"], mean["udp"]); rs = ratio(smean["mmap"], smean["udp"])
				line = line " " (ro == "" ? "–" : ro "×") " | " (rs == "" ? "–" : rs "×") " |"
			}
			print line
		}
	}

	for (i = 1; i <= ns; i++) {
		s = S[i]
		print ""
		print "## " s (study_setup[s] != "" ? " (study: " study_setup[s] ")" : " (no study values)")
		nc = split(scens[s], C, " ")
		for (c = 1; c <= nc; c++) {
			sc = C[c]
			np = split(params[s, sc], P, " ")
			print ""
			print "### " title(sc)
			print ""
			print "kpps at the receiver, median (min–max) over the runs" \
				(anyci ? "; CI [lo, hi]: the 95 % confidence interval of the mean" \
				 " (Student t, n − 1 degrees of freedom; none for one run)." : ".")
			print ""
			h = "| " (sc ~ /^I-/ ? "packets" : (sc ~ /^II-/ ? "rate" : "payload")) " |"
			sep = "|---|"
			for (j = 1; j <= nm; j++) { h = h " " M[j] " |"; sep = sep "---:|" }
			if (study_setup[s] != "" && sabs) {
				if (hasu) { h = h " study udp |"; sep = sep "---:|" }
				if (hasm) { h = h " study mmap |"; sep = sep "---:|" }
			}
			if (hasu && hasm) {
				h = h " mmap/udp ours |"; sep = sep "---:|"
				if (study_setup[s] != "") { h = h " mmap/udp study |"; sep = sep "---:|" }
			}
			h = h " loss % (" ml ") | p99 µs (" ml ") |"; sep = sep "---|---|"
			print h; print sep
			for (p = 1; p <= np; p++) {
				pp = P[p]
				nom = nominal[s, sc, pp]
				line = "| " showp(sc, pp) (nom != pp ? " (study " showp(sc, nom) ")" : "") " |"
				lo = ""; la = ""
				for (j = 1; j <= nm; j++) {
					k = s SUBSEP sc SUBSEP pp SUBSEP M[j]
					line = line " " cell(k) " |"
					lo = lo (j > 1 ? " / " : "") (loss[k] == "" ? "–" : loss[k])
					la = la (j > 1 ? " / " : "") (p99[k] == "" ? "–" : p99[k])
				}
				ku = s SUBSEP sc SUBSEP pp SUBSEP "udp"
				km = s SUBSEP sc SUBSEP pp SUBSEP "mmap"
				if (study_setup[s] != "" && sabs) {
					if (hasu) line = line " " dash(kp(spps[ku])) " |"
					if (hasm) line = line " " dash(kp(spps[km])) " |"
				}
				if (hasu && hasm) {
					ro = ratio(med[km], med[ku])
					line = line " " (ro == "" ? "–" : ro "×") " |"
					if (study_setup[s] != "") {
						rs = ratio(spps[km], spps[ku])
						line = line " " (rs == "" ? "–" : rs "×") " |"
					}
				}
				print line " " lo " | " la " |"
			}
			if (sc ~ /^II-/) {
				print ""
				print "Requested vs achieved rate: the sender's median kpps and Mbit/s (L2 frame"
				print "bits, (payload + 42) × 8 per packet, as the study counted), then the receiver's kpps."
				print ""
				h = "| requested | requested kpps |"; sep = "|---|---:|"
				for (j = 1; j <= nm; j++) { h = h " " M[j] " sent kpps (Mbit/s) → received kpps |"; sep = sep "---:|" }
				print h; print sep
				for (p = 1; p <= np; p++) {
					pp = P[p]
					line = "| " pp " Mbit/s | " kp(reqp[s, sc, pp]) " |"
					for (j = 1; j <= nm; j++) {
						k = s SUBSEP sc SUBSEP pp SUBSEP M[j]
						if (txpps[k] == "") { line = line " – |"; continue }
						line = line sprintf(" %s (%.0f) → %s |", kp(txpps[k]), txbps[k] / 1e6, kp(med[k]))
					}
					print line
				}
			}
			print ""
			print "![" s " " short(sc) "](" figdir "/" s "-" short(sc) ".png)"
		}
	}

	print ""
	print "## Failed points"
	print ""
	if (nf == 0) {
		print "None."
	} else {
		print "| set-up | scenario | param | mode | failed runs | reason |"
		print "|---|---|---|---|---|---|"
		for (i = 1; i <= nf; i++) print failed[i]
	}
}
