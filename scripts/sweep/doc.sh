# `pktbench doc`: the results in the docs come from the committed data.
# Every results table sits between `<!-- pktbench:table ARGS -->` and
# `<!-- end -->` and is `pktbench doc table ARGS`; every number in prose
# that states a result carries `<!-- pktbench:value QUERY -->`, which is
# `pktbench doc value QUERY`.  `check` regenerates them all and names each
# difference by file and line, `write` puts them in.  docs/doc-markers.md
# says how to add a table or a value.  Sourced by bin/pktbench after lib.sh
# and report.sh; POSIX sh, awk (doc.awk: the markers; docpoint.awk,
# doccompare.awk, docfn.awk: the sweep's tables and values, on data.csv as
# aggregate.awk rebuilds it and compare.awk's output), jq (docndr.jq).

doc_usage() {
	cat <<'EOF'
usage: pktbench doc check [FILE...]    regenerate every marked table and value, name each difference
       pktbench doc write [FILE...]    write the regenerated tables and values into FILE
       pktbench doc table KIND ARGS    print one table (KIND: points, headline, ndr, trials,
                                       compare, transcript, jq)
       pktbench doc value QUERY        print one value

FILE defaults to README.md, docs/*.md, docs/results/*/README.md and
bench/results/*.md.  Without FILE, check also rebuilds every data.csv
from its runs.jsonl and every NDR trial's drops from its raw results.
A QUERY or table ARGS names results by their path (from the top of the
tree, or under docs/results/).  Markers and queries: docs/doc-markers.md.
Exit: 0 no difference, 1 differences (one "FILE:LINE: ..." line each), 2 usage.
EOF
}

doc_die() { printf 'pktbench doc: %s\n' "$*" >&2; exit 2; }

# A results path -> the file or directory, from the top of the tree or
# under docs/results/; a glob stays a pattern (absolute) when it matches.
doc_src() {
	case $1 in /*) set -- "$1" "$1" ;; *) set -- "$1" "$PKTBENCH_ROOT/$1" "$PKTBENCH_ROOT/docs/results/$1" ;; esac
	ds_q=$1; shift
	for ds_c; do
		case $ds_c in
		*[*?[]*)
			set +f
			# shellcheck disable=SC2086
			set -- $ds_c
			set -f
			[ -e "$1" ] && { echo "$ds_c"; return 0; }
			;;
		*) [ -e "$ds_c" ] && { echo "$ds_c"; return 0; } ;;
		esac
	done
	printf 'no such results: %s\n' "$ds_q" >&2
	return 1
}

# Path as the messages show it.
doc_rel() { printf '%s\n' "${1#"$PKTBENCH_ROOT"/}"; }

# DIR's data.csv rebuilt from its runs.jsonl (once per run of doc); a
# committed data.csv that differs is a problem of its own.
doc_csv() {
	dc_k=$(printf '%s' "$1" | tr -c 'A-Za-z0-9' _)
	dc_f=$DOC_TMP/csv/$dc_k.csv
	if [ ! -f "$dc_f" ]; then
		mkdir -p "$DOC_TMP/csv"
		dc_r=$1/runs.jsonl
		if [ ! -f "$dc_r" ] && [ -f "$dc_r.gz" ]; then
			gzip -dc "$dc_r.gz" >"$dc_f.runs" || { echo "$(doc_rel "$dc_r.gz"): not gzip" >&2; return 1; }
			dc_r=$dc_f.runs
		fi
		[ -f "$dc_r" ] || { echo "$(doc_rel "$1"): no runs.jsonl" >&2; return 1; }
		sw_aggregate "$dc_r" >"$dc_f.tmp" && mv "$dc_f.tmp" "$dc_f" ||
			{ echo "$(doc_rel "$1"): runs.jsonl does not aggregate" >&2; return 1; }
		cmp -s "$dc_f" "$1/data.csv" ||
			echo "$(doc_rel "$1")/data.csv: does not rebuild from runs.jsonl (pktbench report $(doc_rel "$1") rewrites it)" >>"$DOC_TMP/problems"
	fi
	echo "$dc_f"
}

# VALUE [%FMT [MUL]] -> the text: %N N decimals; %kN, %MN, %GN the same of
# the value / 1e3, 1e6, 1e9; %pN of the value x 100.  No format: as it is.
# MUL multiplies the value first.
doc_fmt() {
	awk -v v="$1" -v f="${2#%}" -v m="${3:-1}" 'BEGIN {
		if (v !~ /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/) {
			if (f != "") { print "not a number: " v > "/dev/stderr"; exit 2 }
			print v; exit 0
		}
		s = m; c = substr(f, 1, 1)
		if (c == "k") s *= 1e-3; else if (c == "M") s *= 1e-6; else if (c == "G") s *= 1e-9; else if (c == "p") s *= 100
		if (c ~ /[kMGp]/) f = substr(f, 2)
		if (f == "") { printf "%.10g\n", v * s; exit 0 }
		if (f !~ /^[0-9]$/) { print "bad format %" c f " (%N, %kN, %MN, %GN, %pN)" > "/dev/stderr"; exit 2 }
		r = sprintf("%." f "f", v * s)
		if (r ~ /^-0(\.0*)?$/) r = substr(r, 2)
		print r
	}'
}

# One sweep query: set-ups, modes, points, a data.csv field, an aggregate;
# "/" then a second side (what it does not name comes from the first):
# the ratio; "*N" multiplies the result by N.  The default format: kpps
# with one decimal for a *pps* field, one decimal for loss_pct, two for a
# ratio, integers for counts.
doc_sweep_value() {
	dv_dir=$1; shift
	dv_side=a dv_fmt='' dv_ratio='' dv_mul=1
	su_a='' mo_a='' pt_a='' fd_a='' ag_a='' su_b='' mo_b='' pt_b='' fd_b='' ag_b=''
	for dv_t; do
		case $dv_t in
		/) dv_side=b dv_ratio=1; continue ;;
		%*) dv_fmt=$dv_t; continue ;;
		\**) dv_mul=${dv_t#\*}; continue ;;
		mean | min | max | sum | count) dv_v=ag ;;
		I | II | III | I-* | II-* | III-*) dv_v=pt ;;
		*)
			if sw_in "$dv_t" "$SW_KNOWN_SETUPS"; then dv_v=su
			elif sw_in "$dv_t" "$SW_ALL_MODES"; then dv_v=mo
			else dv_v=fd
			fi ;;
		esac
		eval "${dv_v}_$dv_side=\"\${${dv_v}_$dv_side:+\$${dv_v}_$dv_side }\$dv_t\""
	done
	[ -n "$fd_a" ] || { echo "no field (a data.csv column such as pps_median)" >&2; return 2; }
	dv_csv=$(doc_csv "$dv_dir") || return 2
	dv_a=$(doc_point "$dv_csv" "$su_a" "$mo_a" "$pt_a" "$fd_a" "$ag_a") || return 2
	if [ -n "$dv_ratio" ]; then
		dv_b=$(doc_point "$dv_csv" "${su_b:-$su_a}" "${mo_b:-$mo_a}" "${pt_b:-$pt_a}" \
			"${fd_b:-$fd_a}" "${ag_b:-$ag_a}") || return 2
		dv_a=$(awk -v a="$dv_a" -v b="$dv_b" 'BEGIN { if (b == 0) exit 2; printf "%.10g\n", a / b }') ||
			{ echo "ratio: the second side is 0" >&2; return 2; }
		: "${dv_fmt:=%2}"
	fi
	if [ -z "$dv_fmt" ]; then
		case $ag_a:$fd_a in
		count:*) dv_fmt=%0 ;;
		*:*pps*) dv_fmt=%k1 ;;
		*:loss_pct) dv_fmt=%1 ;;
		esac
	fi
	doc_fmt "$dv_a" "$dv_fmt" "$dv_mul"
}

doc_point() {
	awk -F, -v setups="$2" -v modes="$3" -v points="$4" -v field="$5" -v agg="$6" \
		-f "$SW_LIB/csv.awk" -f "$SW_LIB/docfn.awk" -f "$SW_LIB/docpoint.awk" "$1"
}

# FILES PROGRAM: jq -r PROGRAM on FILES: a .json file is its object; a
# glob, several files (space-separated), a .jsonl file or a .gz one the
# array of their objects.
doc_jq() {
	case $1 in
	*.gz) gzip -dc "$1" | jq -r -s "$2" ;;
	*[*?[\ ]* | *.jsonl)
		set +f
		# shellcheck disable=SC2086
		jq -r -s "$2" $1
		dj_rc=$?
		set -f
		return $dj_rc ;;
	*) jq -r "$2" "$1" ;;
	esac
}

# FILE PROGRAM... [%FMT]: a jq query.  A .json file is its object; a glob
# (or several files, comma-separated in the query) the array of the files'
# objects; a .jsonl file, or a .gz one, the array of its lines' objects.
doc_jq_value() {
	dj_f=$1; shift
	dj_fmt='' dj_p=''
	for dj_a; do
		[ -n "$dj_fmt" ] && dj_p="$dj_p $dj_fmt"
		case $dj_a in
		%*) dj_fmt=$dj_a ;;
		*) dj_p="$dj_p $dj_a" dj_fmt='' ;;
		esac
	done
	dj_out=$(doc_jq "$dj_f" "$dj_p") || return 2
	case $dj_out in
	'' | *"$DOC_NL"*)
		echo "jq:$dj_p: $(printf '%s\n' "$dj_out" | grep -c .) values, not one" >&2
		return 2 ;;
	esac
	doc_fmt "$dj_out" "$dj_fmt"
}

doc_value() {
	[ $# -ge 2 ] || { echo "value: RESULTS QUERY... (docs/doc-markers.md)" >&2; return 2; }
	case $1 in
	*,*)
		# several files or globs: the array of all their objects
		dq_p=''
		for dq_1 in $(printf '%s\n' "$1" | tr ',' ' '); do
			dq_1=$(doc_src "$dq_1") || return 2
			dq_p="$dq_p $dq_1"
		done
		shift
		doc_jq_value "$dq_p" "$@"
		return ;;
	esac
	dq_p=$(doc_src "$1") || return 2
	shift
	if [ -f "$dq_p/runs.jsonl" ] || [ -f "$dq_p/runs.jsonl.gz" ]; then
		doc_sweep_value "$dq_p" "$@"
	elif [ -f "$dq_p/ndr.json" ]; then
		doc_jq_value "$dq_p/ndr.json" "$@"
	else
		doc_jq_value "$dq_p" "$@"
	fi
}

# --- tables -----------------------------------------------------------------

# points DIR POINT... [SETUP|MODE...]: one point per set-up and mode
# (several points: a column per mode and point).
doc_t_points() {
	tp_d=$(doc_src "${1-}") || { echo "points DIR POINT... [SETUP|MODE...]" >&2; return 2; }
	shift
	tp_pt='' tp_su='' tp_mo=''
	for tp_t; do
		case $tp_t in
		I | II | III | I-* | II-* | III-*) tp_pt="$tp_pt $tp_t" ;;
		*)
			if sw_in "$tp_t" "$SW_KNOWN_SETUPS"; then tp_su="$tp_su $tp_t"
			elif sw_in "$tp_t" "$SW_ALL_MODES"; then tp_mo="$tp_mo $tp_t"
			else echo "points: '$tp_t' is no point, set-up or mode" >&2; return 2
			fi ;;
		esac
	done
	[ -n "$tp_pt" ] || { echo "points: no point (e.g. III-64)" >&2; return 2; }
	tp_csv=$(doc_csv "$tp_d") || return 2
	awk -F, -v table=points -v points="${tp_pt# }" -v setups="${tp_su# }" -v modes="${tp_mo# }" \
		-f "$SW_LIB/csv.awk" -f "$SW_LIB/docfn.awk" -f "$SW_LIB/docpoint.awk" "$tp_csv"
}

# headline DIR [SCENARIO...]: summary.md's headline table (summary.awk).
doc_t_headline() {
	th_d=$(doc_src "${1-}") || { echo "headline DIR [SCENARIO...]" >&2; return 2; }
	shift
	th_csv=$(doc_csv "$th_d") || return 2
	sw_summary_body "$th_d" "$th_csv" | awk -F' [|] ' -v sc=" $* " '
		/^\| set-up \| scenario \|/ { on = 1 }
		on && !/^\|/ { exit }
		on && (sc == "  " || /^\| set-up/ || /^\|---/ || index(sc, " " $2 " ")) { print }'
}

# ndr ROOT... [--runner R]: the NDR table of every ndr.json under ROOTs.
doc_t_ndr() {
	tn_r=netns tn_files=''
	while [ $# -gt 0 ]; do
		case $1 in
		--runner) tn_r=${2-}; shift ;;
		*)
			tn_d=$(doc_src "$1") || return 2
			tn_files="$tn_files $(find "$tn_d" -name ndr.json | LC_ALL=C sort | tr '\n' ' ')" ;;
		esac
		shift
	done
	[ -n "$tn_files" ] || { echo "ndr ROOT... [--runner R]: no ndr.json" >&2; return 2; }
	# shellcheck disable=SC2086
	jq -n -r --arg runner "$tn_r" --arg setups "$SW_KNOWN_SETUPS" --arg modes "$SW_ALL_MODES" \
		-f "$SW_LIB/docndr.jq" $tn_files
}

# trials NDRDIR: every trial of one search.
doc_t_trials() {
	tt_d=$(doc_src "${1-}") && [ -f "$tt_d/ndr.json" ] || { echo "trials NDRDIR" >&2; return 2; }
	jq -r '
		def f1: (. * 10 | round) as $t | "\($t / 10 | floor).\($t % 10)";
		"| trial | kind | asked kpps | achieved kpps | sent | received | loss % | lost at |",
		"|---:|---|---:|---:|---:|---:|---:|---|",
		(.trials[] | "| \(.n) | \(.kind) | \(if .unpaced then "unpaced" else .rate_asked_pps / 1000 | f1 end)"
		 + " | \(.rate_achieved_pps / 1000 | f1) | \(.sent) | \(.received)"
		 + " | \((.loss_ratio * 100000 | round) / 1000) | "
		 + (if .drops == null then "not recorded" elif .drops.lost == 0 then "–"
		    else (.drops.places | to_entries | map(select(.value > 0) | "\(.key) \(.value)"))
			+ (if .drops.unattributed > 0 then ["unattributed \(.drops.unattributed)"] else [] end)
			| join(", ") end) + " |")' "$tt_d/ndr.json"
}

# compare DIR [DIR2] [compare's options] [--by point|mode] [--points P...]
# [--differ]: pktbench compare as a table: per point, or per mode and
# scenario; --differ only the points that differ at 95 % (Welch's t-test;
# the intervals apart where it is n/a).
doc_t_compare() {
	tc_a='' tc_b='' tc_by=point tc_pts='' tc_dif=0 tc_tol=5 tc_as='' tc_bs='' tc_am='' tc_bm=''
	while [ $# -gt 0 ]; do
		case $1 in
		--a-setup) tc_as=${2-}; shift ;;
		--b-setup) tc_bs=${2-}; shift ;;
		--a-mode) tc_am=${2-}; shift ;;
		--b-mode) tc_bm=${2-}; shift ;;
		--tolerance) tc_tol=${2%\%}; shift ;;
		--by) tc_by=${2-}; shift ;;
		--points) tc_pts="$tc_pts ${2-}"; shift ;;
		--differ) tc_dif=1 ;;
		-*) echo "compare: unknown option '$1'" >&2; return 2 ;;
		*) if [ -z "$tc_a" ]; then tc_a=$1; else tc_b=$1; fi ;;
		esac
		shift
	done
	tc_da=$(doc_src "$tc_a") && tc_db=$(doc_src "${tc_b:-$tc_a}") || return 2
	tc_fa=$(doc_csv "$tc_da") && tc_fb=$(doc_csv "$tc_db") || return 2
	tc_an=${tc_am:-${tc_as:-A}} tc_bn=${tc_bm:-${tc_bs:-B}}
	awk -F, -v tol="$tc_tol" -v csv=1 -v an=A -v bn=B -v as="$tc_as" -v bs="${tc_bs:-$tc_as}" \
		-v am="$tc_am" -v bm="${tc_bm:-$tc_am}" -f "$SW_LIB/t975.awk" -f "$SW_LIB/compare.awk" "$tc_fa" "$tc_fb" \
		>"$DOC_TMP/cmp.csv" 2>"$DOC_TMP/cmp.err"
	[ $? -le 1 ] || { cat "$DOC_TMP/cmp.err" >&2; return 2; }
	awk -F, -v by="$tc_by" -v pts="$tc_pts" -v differ="$tc_dif" -v an="$tc_an" -v bn="$tc_bn" \
		-f "$SW_LIB/csv.awk" -f "$SW_LIB/docfn.awk" -f "$SW_LIB/doccompare.awk" "$DOC_TMP/cmp.csv"
}

# transcript DIR: a command's stderr as it printed it (DIR/stderr.txt),
# under the command from DIR's ndr.json or meta.json.
doc_t_transcript() {
	tr_d=$(doc_src "${1-}") && [ -f "$tr_d/stderr.txt" ] || { echo "transcript DIR (with a stderr.txt)" >&2; return 2; }
	tr_c=$(jq -r '.command' "$tr_d/ndr.json" 2>/dev/null || jq -r '.command' "$tr_d/meta.json") || return 2
	echo '```'
	echo "\$ sudo bin/$tr_c"
	cat "$tr_d/stderr.txt"
	echo '```'
}

# jq FILE PROGRAM: any table: PROGRAM yields arrays, the first the header.
doc_t_jq() {
	[ $# -ge 2 ] || { echo "jq FILE PROGRAM" >&2; return 2; }
	tj_f=$(doc_src "$1") || return 2
	shift
	doc_jq "$tj_f" "[$*]"'
		| (.[0] | "| " + (map(tostring) | join(" | ")) + " |"),
		  (.[0] | "|" + (map("---|") | join(""))),
		  (.[1:][] | "| " + (map(if . == null then "–" else tostring end) | join(" | ")) + " |")'
}

doc_table() {
	dt_k=${1-}
	[ $# -gt 0 ] && shift
	case $dt_k in
	points | headline | ndr | trials | compare | transcript | jq) "doc_t_$dt_k" "$@" ;;
	*) echo "table: unknown kind '$dt_k' (points, headline, ndr, trials, compare, transcript, jq)" >&2; return 2 ;;
	esac
}

# --- the files -----------------------------------------------------------------

# check|write FILE: regenerate FILE's blocks and values into DOC_TMP/new;
# the differences, errors and unmarked numbers as FILE:LINE lines on stdout.
doc_file() {
	df_n=$(doc_rel "$2")
	df_all=0
	case $df_n in bench/results/*) df_all=1 ;; esac
	rm -rf "$DOC_TMP/t" && mkdir -p "$DOC_TMP/t"
	: >"$DOC_TMP/vals"
	: >"$DOC_TMP/msgs"
	LC_ALL=C awk -v pass=scan -v allresults=$df_all -f "$SW_LIB/doc.awk" "$2" >"$DOC_TMP/jobs" || return 2
	while IFS="$DOC_TAB" read -r dj_k dj_1 dj_2 dj_3 dj_4; do
		case $dj_k in
		T)
			# shellcheck disable=SC2086
			doc_table $dj_3 >"$DOC_TMP/t/T$dj_1" 2>"$DOC_TMP/err" || {
				echo "$df_n:$dj_1: table (pktbench doc table $dj_3): $(head -n 3 "$DOC_TMP/err" | tr '\n' ' ')"
				# an error keeps the block as it is
				LC_ALL=C awk -v a="$dj_1" -v b="$dj_2" 'NR > a && NR < b' "$2" >"$DOC_TMP/t/T$dj_1"
			} ;;
		V)
			# shellcheck disable=SC2086
			if dj_v=$(doc_value $dj_4 2>"$DOC_TMP/err"); then
				printf '%s\t%s\t%s\n' "$dj_1" "$dj_2" "$dj_v" >>"$DOC_TMP/vals"
			else
				printf '%s\t%s\t!%s\n' "$dj_1" "$dj_2" "$(head -n 3 "$DOC_TMP/err" | tr '\n' ' ')" >>"$DOC_TMP/vals"
			fi ;;
		N) echo "$df_n:$dj_1: number $dj_2 has no marker (results section '$dj_3')" ;;
		E) echo "$df_n:$dj_1: $dj_2" ;;
		esac
	done <"$DOC_TMP/jobs"
	LC_ALL=C awk -v pass=apply -v tables="$DOC_TMP/t" -v values="$DOC_TMP/vals" -v name="$df_n" \
		-v msgs="$DOC_TMP/msgs" -f "$SW_LIB/doc.awk" "$2" >"$DOC_TMP/new" || return 2
	cat "$DOC_TMP/msgs"
	DOC_NT=$((DOC_NT + $(grep -c '^T' "$DOC_TMP/jobs")))
	DOC_NV=$((DOC_NV + $(grep -c '^V' "$DOC_TMP/jobs")))
	return 0
}

# Every ndr.json under docs/results/: its verification_trials are its
# verify trials, and each trial's drops rebuild from trials/N-rx.json and
# N-tx.json through drops.jq.
doc_ndr_data() {
	find "$PKTBENCH_ROOT/docs/results" -name ndr.json | LC_ALL=C sort | while read -r dn_f; do
		dn_d=${dn_f%/ndr.json}
		: >"$DOC_TMP/pairs"
		: >"$DOC_TMP/drops"
		if [ -d "$dn_d/trials" ]; then
			# "N {"rx": N-rx.json, "tx": N-tx.json}" per trial with both files
			set +f
			printf '%s\n' "$dn_d"/trials/*-rx.json | LC_ALL=C awk '{
				n = $0; sub(/.*\//, "", n); sub(/-rx\.json$/, "", n)
				tx = $0; sub(/-rx\.json$/, "-tx.json", tx); r = t = ""
				while ((getline l < $0) > 0) r = r l
				while ((getline l < tx) > 0) t = t l
				close($0); close(tx)
				if (r != "" && t != "") print n " {\"rx\":" r ",\"tx\":" t "}"
			}' >"$DOC_TMP/pairs"
			set -f
			cut -d ' ' -f 2- "$DOC_TMP/pairs" | jq -c -f "$SW_LIB/drops.jq" >"$DOC_TMP/drops" 2>/dev/null ||
				{ echo "$(doc_rel "$dn_d"): drops.jq fails on the trial files"; continue; }
		fi
		cut -d ' ' -f 1 "$DOC_TMP/pairs" | paste -d ' ' - "$DOC_TMP/drops" |
			jq -n -r -R --slurpfile f "$dn_f" --arg name "$(doc_rel "$dn_f")" '
				$f[0] as $j
				| (if $j.verification_trials != [$j.trials[] | select(.kind == "verify")]
				   then "\($name): verification_trials are not the verify trials of trials" else empty end),
				  (inputs | select(. != "")
				   | (.[:index(" ")] | tonumber) as $n | (.[index(" ") + 1:] | fromjson) as $d
				   | select([$j.trials[] | select(.n == $n) | .drops] != [$d])
				   | "\($name): trial \($n): drops differ from drops.jq on trials/\($n)-rx.json and \($n)-tx.json")'
	done
}

doc_files() {
	dm_w=$1; shift
	dm_full=0
	if [ $# -eq 0 ]; then
		dm_full=1
		set +f
		set -- "$PKTBENCH_ROOT/README.md" "$PKTBENCH_ROOT"/docs/*.md \
			"$PKTBENCH_ROOT"/docs/results/*/README.md "$PKTBENCH_ROOT"/bench/results/*.md
		set -f
	fi
	DOC_NT=0 DOC_NV=0
	: >"$DOC_TMP/problems"
	: >"$DOC_TMP/out"
	for dm_f; do
		[ -f "$dm_f" ] || continue
		doc_file "$dm_w" "$dm_f" >>"$DOC_TMP/out" || doc_die "$dm_f: could not be read"
		if [ "$dm_w" = write ] && ! cmp -s "$DOC_TMP/new" "$dm_f"; then
			cat "$DOC_TMP/new" >"$dm_f"
			echo "pktbench doc: rewrote $(doc_rel "$dm_f")" >&2
		fi
	done
	if [ $dm_full = 1 ]; then
		# every sweep's data.csv, referenced or not
		for dm_r in $(find "$PKTBENCH_ROOT/docs/results" -name runs.jsonl | LC_ALL=C sort); do
			doc_csv "${dm_r%/runs.jsonl}" >/dev/null
		done
		doc_ndr_data >>"$DOC_TMP/problems"
	fi
	cat "$DOC_TMP/problems" >>"$DOC_TMP/out"
	if [ "$dm_w" = write ]; then
		# what write could not fix: errors, unmarked numbers, data
		grep -v ' is now \| differs: ' "$DOC_TMP/out"
	else
		cat "$DOC_TMP/out"
	fi
	dm_bad=$(grep -c . "$DOC_TMP/out")
	if [ "$dm_w" = write ]; then
		dm_fix=$(grep -c ' is now \| differs: ' "$DOC_TMP/out")
		dm_bad=$((dm_bad - dm_fix))
		echo "pktbench doc: $DOC_NT tables, $DOC_NV values in $# files: $dm_fix rewritten, $dm_bad problems left" >&2
	else
		echo "pktbench doc: $DOC_NT tables, $DOC_NV values in $# files: $dm_bad problems" >&2
	fi
	[ "$dm_bad" -eq 0 ]
}

doc_main() {
	set -f
	DOC_TAB=$(printf '\t')
	DOC_NL='
'
	DOC_TMP=$(mktemp -d "${TMPDIR:-/tmp}/pktbench-doc.XXXXXX") || exit 2
	trap 'rm -rf "$DOC_TMP"' EXIT
	trap 'exit 130' INT TERM
	dm_c=${1-}
	[ $# -gt 0 ] && shift
	case $dm_c in
	check | write)
		doc_files "$dm_c" "$@" ;;
	table | value)
		: >"$DOC_TMP/problems"
		"doc_$dm_c" "$@" 2>"$DOC_TMP/msg"
		dm_rc=$?
		cat "$DOC_TMP/problems" "$DOC_TMP/msg" | sed 's/^/pktbench doc: /' >&2
		[ $dm_rc -eq 0 ] || exit 2 ;;
	-h | --help | help) doc_usage ;;
	*) doc_usage >&2; exit 2 ;;
	esac
}
