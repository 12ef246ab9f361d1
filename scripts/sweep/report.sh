# From a sweep directory's runs.jsonl (and meta.json, machine.json,
# setups.jsonl when there): data.csv, summary.md and figures/*.png.
# Sourced by bin/pktbench; POSIX sh.  Every file is written to a temporary
# name and renamed, so an interrupted report never leaves half a file.

report_usage() {
	cat <<'EOF'
usage: pktbench report DIR [--study FILE] [--no-figures]
       pktbench report DIR1 DIR2 ... [--out DIR] [--study FILE] [--no-figures]

Rewrites DIR/data.csv, DIR/summary.md and DIR/figures/ from DIR/runs.jsonl,
e.g. after an interrupted sweep or an edit of the aggregation.  Given
several directories, the shards of one sweep (pktbench sweep --shard K/N),
merges them into --out (default results/merge-<UTC time>): runs.jsonl in
the order one unsharded sweep would have written it, then the report.
Shards of different plans, or the same shard twice, are refused.
  --out DIR       the merged sweep's directory (a new one)
  --study FILE    the study's results (default data/study-results.csv)
  --no-figures    skip gnuplot
EOF
}

report_main() {
	dir='' SW_STUDY='' SW_NOFIG='' rp_out='' rp_dirs='' rp_n=0 rp_ctl=''
	while [ $# -gt 0 ]; do
		case $1 in
		--study) SW_STUDY=${2-}; shift ;;
		--no-figures) SW_NOFIG=1 ;;
		--out) rp_out=${2-}; shift ;;
		-h | --help) report_usage; exit 0 ;;
		-*) sw_die "report: unknown option '$1'" ;;
		*)
			[ -z "$dir" ] && dir=$1
			rp_n=$((rp_n + 1))
			# the shards' list is one name a line
			nw_plain "$1" || rp_ctl=$1
			rp_dirs="$rp_dirs$1
" ;;
		esac
		[ $# -gt 0 ] && shift
	done
	[ -n "$dir" ] || { report_usage >&2; exit 2; }
	if [ "$rp_n" -gt 1 ] || [ -n "$rp_out" ]; then
		[ -z "$rp_ctl" ] ||
			sw_die "report: $(sw_show "$rp_ctl"): a shard's name with a control character cannot be merged; rename it"
		: "${rp_out:=$PKTBENCH_ROOT/results/merge-$(date -u +%Y%m%dT%H%M%SZ)}"
		sw_merge "$rp_out" "$rp_dirs"
		sw_report "$SW_OUTDIR"
		sw_log "report: merged into $SW_OUTDIR"
		return
	fi
	[ -f "$dir/runs.jsonl" ] || sw_die "report: no $(sw_show "$dir")/runs.jsonl"
	sw_report "$dir"
}

# sw_merge OUT DIRS: the shards DIRS (one per line) of one sweep into the
# new directory OUT (SW_OUTDIR): runs.jsonl sorted as the unsharded sweep
# writes it (set-up, repeat, point of plan.tsv), meta.json with every
# shard's account, machine.json, identity.json and plan.tsv of the first,
# setups.jsonl once per set-up.  Refuses a directory without identity.json,
# shards of different plans (plan.sha, or any other field of the plan),
# and a shard given twice; says which shards are missing.
sw_merge() {
	sm_out=$1 sm_dirs=$(printf '%s' "$2" | grep .)
	printf '%s' "$sm_dirs" | while IFS= read -r sm_d; do
		[ -f "$sm_d/runs.jsonl" ] && [ -f "$sm_d/identity.json" ] && [ -f "$sm_d/plan.tsv" ] || {
			sw_log "report: $sm_d: no runs.jsonl, identity.json and plan.tsv (a sweep from before --shard cannot be merged)"
			exit 1
		}
	done >&2 || exit 2
	set --
	while IFS= read -r sm_d; do
		[ -n "$sm_d" ] && set -- "$@" "$sm_d/identity.json"
	done <<EOF
$sm_dirs
EOF
	sm_why=$(jq -rn --arg dirs "$sm_dirs" '
		[inputs] as $ids | ($dirs | split("\n") | map(select(length > 0))) as $d
		| ($ids[0].plan | del(.shard)) as $p0
		| [range(1; $ids | length) as $i | ($ids[$i].plan | del(.shard)) as $p
		   | select($p != $p0)
		   | "\($d[$i]) is a shard of another plan than \($d[0]): " +
		     ([($p0 | keys[]) as $k | select($p0[$k] != $p[$k]) | "\($k) \($p0[$k] | tojson) vs \($p[$k] | tojson)"] | join(", "))]
		+ ([$ids[] | .plan.shard // "1/1" | split("/")[1]] | unique
		   | if length > 1 then ["the shards split the plan differently: N = \(join(", "))"] else [] end)
		+ ([range(0; $ids | length) as $i | {d: $d[$i], s: ($ids[$i].plan.shard // "1/1")}]
		   | group_by(.s) | map(select(length > 1) | "shard \(.[0].s) given twice: \(map(.d) | join(", "))"))
		| .[]' "$@")
	[ -z "$sm_why" ] || sw_die "report: $(printf '%s' "$sm_why" | head -n 1)"
	sw_out_dir --out "$sm_out" runs.jsonl
	sm_o=$SW_OUTDIR
	sm_first=$(printf '%s' "$sm_dirs" | head -n 1)
	cp "$sm_first/plan.tsv" "$sm_first/machine.json" "$sm_o/" 2>/dev/null
	set --
	while IFS= read -r sm_d; do [ -n "$sm_d" ] && set -- "$@" "$sm_d"; done <<EOF
$sm_dirs
EOF
	for sm_d; do cat "$sm_d/runs.jsonl"; done |
		jq -c --rawfile plan "$sm_first/plan.tsv" -s '
		($plan | split("\n") | map(select(length > 0) | split("\t"))) as $p
		| (reduce range(0; $p | length) as $i ({}; .[$p[$i] | [.[0], .[1], .[3], .[5]] | join("\t")] = $i)) as $idx
		| (reduce range(0; $p | length) as $i ({}; if has($p[$i][0]) then . else .[$p[$i][0]] = $i end)) as $rank
		| sort_by([($rank[.setup] // 1e9), .repeat,
			   ($idx[[.setup, .scenario_key, (.param | tostring), .mode] | join("\t")] // 1e9)])
		| .[]' >"$sm_o/runs.jsonl.tmp" && mv "$sm_o/runs.jsonl.tmp" "$sm_o/runs.jsonl"
	for sm_d; do cat "$sm_d/setups.jsonl" 2>/dev/null; done |
		jq -cs 'unique_by(.setup) | .[]' >"$sm_o/setups.jsonl"
	jq '.plan.shard = null' "$sm_first/identity.json" >"$sm_o/identity.json"
	sm_n=$(jq -r '.plan.shard // "1/1" | split("/")[1]' "$sm_first/identity.json")
	for sm_d; do
		# read once; a missing or unreadable machine.json is null, never a
		# lost shard line
		sm_mc=$(jq -c '{cpu_model, cpus, kernel}' "$sm_d/machine.json" 2>/dev/null) || sm_mc=null
		[ -n "$sm_mc" ] || sm_mc=null
		jq -c --arg d "$sm_d" --argjson mc "$sm_mc" '{dir: $d, shard, runs_planned, runs_done, started, finished,
			interrupted, forced: (.forced // false), sittings: (.sittings // []), machine: $mc}' "$sm_d/meta.json"
	done | jq -s --slurpfile m "$sm_first/meta.json" --arg cmd "pktbench report $* --out $sm_o" \
		--argjson n "$sm_n" --slurpfile mach "$sm_first/machine.json" '
		. as $s
		| ([range(1; $n + 1) | tostring + "/\($n)"] - [$s[].shard // "1/1"]) as $missing
		| $m[0] + {command: $cmd, shard: null, shards: $s, shards_missing: $missing,
		  runs_planned: ([$s[].runs_planned] | add), runs_done: ([$s[].runs_done] | add),
		  started: ([$s[].started] | min), finished: ([$s[].finished] | max),
		  interrupted: any($s[]; .interrupted), forced: any($s[]; .forced),
		  resumed: any($s[]; (.sittings | length) > 1),
		  sittings: [$s[] | .sittings[] ]}' >"$sm_o/meta.json"
	sm_miss=$(jq -r '.shards_missing | join(", ")' "$sm_o/meta.json")
	[ -n "$sm_miss" ] && sw_log "report: shards missing: $sm_miss (the report covers the others)"
	sm_dm=$(jq '[.shards[].machine | select(. != null)] | unique | length' "$sm_o/meta.json")
	[ "$sm_dm" -gt 1 ] && sw_log "report: the shards ran on $sm_dm different machines (each shard's machine.json, listed in summary.md); machine.json is the first's"
	SW_OUTDIR=$sm_o
}

# The study's set-up names and where the file came from.
sw_study_file() {
	echo "${SW_STUDY:-${PKTBENCH_STUDY:-$PKTBENCH_ROOT/data/study-results.csv}}"
}

# runs.jsonl -> data.csv
sw_aggregate() {
	jq -r -f "$PKTBENCH_ROOT/scripts/sweep/flatten.jq" "$1" |
		awk -v study="$(sw_study_file)" -v setup_table="$NW_DIR/setups.tsv" \
			-f "$PKTBENCH_ROOT/scripts/sweep/setups.awk" \
			-f "$PKTBENCH_ROOT/scripts/sweep/t975.awk" -f "$PKTBENCH_ROOT/scripts/sweep/aggregate.awk"
}

# The machine, the run's parameters and each set-up's model and offloads.
sw_summary_head() {
	d=$1
	meta='{}' mach='{}'
	[ -s "$d/meta.json" ] && meta=$(cat "$d/meta.json")
	[ -s "$d/machine.json" ] && mach=$(cat "$d/machine.json")
	runs=$(grep -c . "$d/runs.jsonl")
	fails=$(jq -r 'select(.status != "ok") | 1' "$d/runs.jsonl" | grep -c .)
	jq -rn --argjson m "$meta" --argjson h "$mach" --argjson runs "$runs" \
		--argjson fails "$fails" --arg study "$(sw_study_file)" '
		def v(x): if x == null then "?" else (x | tostring) end;
		def j(x): if x == null then "?" else (x | join(", ")) end;
		"# pktbench sweep: \(v($m.runner)) runner, preset \(v($m.preset))\(if $m["label"] then " (" + $m["label"] + ")" else "" end)",
		"",
		(if $m["label"] and $m.runner == "lab" then
			"**\($m["label"]).** Kept apart from host figures: each point crosses from one engine'"'"'s node to another'"'"'s over the lab'"'"'s underlay, all on this machine'"'"'s CPUs (docs/lab.md); compare set-ups with each other, and with the study as ratios (mmap/udp) only.\n"
		 elif $m["label"] then
			"**\($m["label"]).** Kept apart from host figures: the kpps below are the guest'"'"'s, at tx rates scaled by \(v($m.rate_scale)) to what it holds; compare them with the study as ratios (mmap/udp) only.\n" else empty end),
		(if $m.interrupted == true then
			"**Partial: interrupted after \($m.runs_done) of \($m.runs_planned) runs.**\n" else empty end),
		(if $m.forced == true then
			"**Resumed with --force although the plan, machine or binaries had changed: \([$m.sittings[]? | select(.forced) | .differences[]] | unique | join("; ")).**\n" else empty end),
		(if (($m.shards // []) | length) > 0 then
			"Merged from \($m.shards | length) shards (\([$m.shards[].shard] | join(", ")))\(if (($m.shards_missing // []) | length) > 0 then "; **missing: \($m.shards_missing | join(", "))**" else "" end).  " else empty end),
		(if (($m.sittings // []) | length) > 1 then
			"Run in \($m.sittings | length) sittings: \([$m.sittings[] | "\(.started) to \(.finished // "?"), \(.runs) runs"] | join("; ")).  " else empty end),
		(if $m.shard then "Shard \($m.shard) of the plan.  " else empty end),
		(if $m.placement then
			"Placement: \($m.placement | if .pinned then "sender on CPU \(.tx_cpu), receiver on CPU \(.rx_cpu)" else "not pinned (\(.why))" end).  " else empty end),
		"Command: `\(v($m.command))`  ",
		"Started \(v($m.started)), finished \(v($m.finished)); \($runs) runs recorded, \($fails) failed.  ",
		"Set-ups \(j($m.setups)); modes \(j($m.modes)); scenarios \(j($m.scenarios)); repeat \(v($m.repeat)); packet counts × \(v($m.scale)); tx rates × \($m.rate_scale // 1); batch \(v($m.batch)); receiver idle timeout \(v($m.idle_timeout)).",
		(if (($m.skipped // []) | length) > 0 then
			"Skipped (not available here): \($m.skipped | join("; "))." else empty end),
		"Study values: `\($study | sub(".*/data/"; "data/"))`.",
		"",
		"## Machine",
		"",
		"| | |",
		"|---|---|",
		"| CPU | \(v($h.cpu_model)), \(v($h.cpus)) CPUs |",
		"| memory | \(if $h.mem_kb then ($h.mem_kb / 1048576 * 10 | floor / 10 | tostring) + " GiB" else "?" end) |",
		"| kernel | \(v($h.kernel)) (\(v($h.os))) |",
		"| pktsend | \(v($h.pktsend_version)) (git \(v($h.git))) |",
		# shards of one plan run on different machines: each its own, so
		# that no point is read as if all had run on the first
		(($m.shards // []) | map(select(.machine != null)) | group_by(.machine)
		 | select(length > 1)
		 | "", "**The shards ran on \(length) different machines**; the table above is the first shard'"'"'s, and each point'"'"'s runs are all from one shard, so compare points of one machine with each other (set-ups, modes) and across machines only as ratios:", "",
		   "| CPU | kernel | shards |", "|---|---|---|",
		   (sort_by(.[0].shard // "1/1" | split("/")[0] | tonumber)[]
		    | "| \(v(.[0].machine.cpu_model)), \(v(.[0].machine.cpus)) CPUs | \(v(.[0].machine.kernel)) | \(map(.shard // "1/1") | join(", ")) |"))'
	if [ -s "$d/setups.jsonl" ]; then
		echo
		echo "| set-up | built as | receiver offloads | RPS |"
		echo "|---|---|---|---|"
		jq -r '
			def onoff: if . == null then "?" else . end;
			"| \(.setup) | \(.model) | " +
			(if .rx_if then
				(.rx_if.offloads | to_entries | map("\(.key | sub("-offload$"; "") | sub("-checksumming$"; "-csum")) \(.value)") | join(", ")) +
				" | " + (if .rx_if.rps_on then "on (\(.rx_if.rps_cpus))" else "off (\(.rx_if.rps_cpus | if . == "" then "no rx queue" else . end))" end)
			 else "? | ?" end) + " |"' \
			"$d/setups.jsonl"
	fi
	echo
}

sw_gnuplot_term() {
	if gnuplot -e 'set terminal pngcairo' >/dev/null 2>&1; then
		echo pngcairo
	else
		echo png
	fi
}

# summary.md's tables from DIR's CSV $2 (its data.csv, or a rebuilt copy:
# pktbench doc), with DIR's scale and label as the report uses them.
sw_summary_body() {
	sb_sc=$(jq -r '.scale // 1' "$1/meta.json" 2>/dev/null || echo 1)
	sb_ro=0
	[ -n "$(jq -r '.["label"] // ""' "$1/meta.json" 2>/dev/null)" ] && sb_ro=1
	awk -F, -v figdir=figures -v scale="$sb_sc" -v ratios_only=$sb_ro \
		-v setup_table="$NW_DIR/setups.tsv" -f "$PKTBENCH_ROOT/scripts/sweep/csv.awk" \
		-f "$PKTBENCH_ROOT/scripts/sweep/setups.awk" \
		-f "$PKTBENCH_ROOT/scripts/sweep/summary.awk" "$2"
}

# DIR/latency.csv from DIR/runs.jsonl (cdf.jq); 0 when it has a row.
sw_latency_csv() {
	jq -nr -f "$PKTBENCH_ROOT/scripts/sweep/cdf.jq" "$1/runs.jsonl" \
		>"$1/latency.csv.tmp" && mv "$1/latency.csv.tmp" "$1/latency.csv" || {
		sw_log "report: latency CDF failed"
		rm -f "$1/latency.csv.tmp"
		return 1
	}
	[ "$(grep -c . "$1/latency.csv")" -gt 1 ]
}

# DIR/latency.csv -> DIR/figures.tmp/SETUP-latency.png (plot_cdf.awk), the
# latency CDF beside each set-up's rate figures; 0 when drawn.
sw_latency_figs() {
	# paths relative to DIR, as for the rate figures: no name of the
	# user's reaches gnuplot or sed
	awk -F, -v dir=figures.tmp -v term="$(sw_gnuplot_term)" -v label="$2" \
		-f "$PKTBENCH_ROOT/scripts/sweep/csv.awk" -f "$PKTBENCH_ROOT/scripts/sweep/plot_cdf.awk" \
		"$1/latency.csv" >"$1/figures.tmp/latency.gp" &&
		(CDPATH='' cd -- "$1" && gnuplot figures.tmp/latency.gp) 2>"$1/figures.tmp/gnuplot.err" && {
		sed -i 's|figures\.tmp/|figures/|g' "$1/figures.tmp/latency.gp"
		return 0
	}
	sw_log "report: gnuplot failed on the latency CDF: $(tail -n 3 "$1/figures.tmp/gnuplot.err" | tr '\n' ' ')"
	rm -f "$1"/figures.tmp/*-latency.png "$1/figures.tmp/latency.gp"
	return 1
}

sw_report() {
	d=$1
	sw_meta_check "$d" || return 1
	# runs on another machine class carry a label and compare by ratio only
	lbl=$(jq -r '.["label"] // ""' "$d/meta.json" 2>/dev/null)
	rs=$(jq -r '.rate_scale // 1' "$d/meta.json" 2>/dev/null)
	ro=0
	[ -n "$lbl" ] && ro=1
	sw_aggregate "$d/runs.jsonl" >"$d/data.csv.tmp" &&
		mv "$d/data.csv.tmp" "$d/data.csv" || { sw_log "report: aggregation failed"; return 1; }
	figs= latfigs= lat=
	sw_latency_csv "$d" && lat=1
	if [ -z "${SW_NOFIG:-}" ]; then
		if command -v gnuplot >/dev/null 2>&1; then
			mkdir -p "$d/figures.tmp"
			# paths relative to DIR: no name of the user's reaches gnuplot or sed
			if awk -F, -v dir=figures.tmp -v term="$(sw_gnuplot_term)" \
				-v label="$lbl" -v ratios_only=$ro -v rscale="$rs" \
				-f "$PKTBENCH_ROOT/scripts/sweep/csv.awk" -f "$PKTBENCH_ROOT/scripts/sweep/plot.awk" "$d/data.csv" >"$d/figures.tmp/plot.gp" &&
				(CDPATH='' cd -- "$d" && gnuplot figures.tmp/plot.gp) 2>"$d/figures.tmp/gnuplot.err"; then
				sed -i 's|figures\.tmp/|figures/|g' "$d/figures.tmp/plot.gp"
				[ -n "$lat" ] && sw_latency_figs "$d" "$lbl" && latfigs=1
				rm -rf "$d/figures" && mv "$d/figures.tmp" "$d/figures"
				rm -f "$d/figures/gnuplot.err"
				figs=1
			else
				sw_log "report: gnuplot failed: $(tail -n 3 "$d/figures.tmp/gnuplot.err" | tr '\n' ' ')"
				rm -rf "$d/figures.tmp"
			fi
		else
			sw_log "report: gnuplot missing (Debian: gnuplot-nox); no figures"
		fi
	fi
	{
		sw_summary_head "$d"
		sw_summary_body "$d" "$d/data.csv"
		if [ -n "$figs" ]; then
			echo
			echo "## Overview"
			echo
			echo "![overview](figures/overview.png)"
			if [ -n "$latfigs" ]; then
				echo
				echo "## Latency"
				echo
				echo "One-way latency CDF per set-up, one line per mode, every successful run of the pair pooled (data: latency.csv)."
				awk -F, 'NR > 1 && !seen[$1]++ { printf "\n![%s latency](figures/%s-latency.png)\n", $1, $1 }' "$d/latency.csv"
			fi
		else
			echo
			echo "(No figures: gnuplot missing or failed.)"
		fi
	} >"$d/summary.md.tmp" && mv "$d/summary.md.tmp" "$d/summary.md"
}
