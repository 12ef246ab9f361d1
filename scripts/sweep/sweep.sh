# `pktbench sweep`: run the study's scenarios over set-ups and modes, then
# write runs.jsonl, data.csv, summary.md and figures/.  POSIX sh, sourced
# by bin/pktbench after lib.sh; see docs/sweep.md.

sweep_usage() {
	cat <<'EOF'
usage: pktbench sweep [options]

Runs the study's scenarios (I: packets sent, II: tx rate, III: payload size)
for every set-up x mode, N times, and writes into --out:
  runs.jsonl   every run: receiver and sender JSON, the point's fields and
               the drops joined (where the lost packets died)
  data.csv     one row per (setup, scenario, param, mode): median/min/max pps,
               mean and 95 % CI, loss, latency ...
  summary.md   our medians beside the study's, ratios, requested vs achieved
  figures/     one PNG per set-up and scenario, and overview.png

options:
  --setups LIST      native,bridge,ovs,macvlan,trunk (default: all this host runs);
                     with --runner lab: native,bridge,macvlan,overlay
  --modes LIST       udp,mmsg,mmap,xdp (default: udp,mmsg,mmap, the study's)
  --scenarios LIST   I,II,III (default: all)
  --repeat N         runs per point, 1..100 (default 3; from 2 on, data.csv
                     has a 95 % confidence interval per point)
  --preset NAME      study: the study's exact parameters (default)
                     quick: packet counts x 0.05 (50 k per point in II and III)
  --scale F          multiply every packet count by F (0 < F <= 1), e.g. 0.25
  --rate-scale F      multiply every tx rate by F (0 < F <= 1); default 1,
                     0.02 with --runner uml
  --runner NAME      docker, netns, uml or lab (default: docker where an
                     engine answers and the compose files exist, else
                     netns).  uml: the trunk and ovs set-ups inside a
                     user-mode-linux guest (one vCPU, real 8021q and OVS
                     kernel datapath), labelled apart from host figures
                     (docs/sweep.md).  lab: across the nodes of a lab that
                     `pktbench lab up --registry` started (PKT_LAB_NAME),
                     receiver on node 1, sender on node 2 (docs/lab.md)
  --out DIR          output directory (default results/sweep-<UTC time>)
  --batch N          packets per send/receive call, 1..1024 (default 64)
  --idle-timeout T   receiver stops T after the last packet, 0.001s..3600s
                     (default 1s; 10s with --runner uml)
  --no-pin           leave the sender and the receiver where the scheduler
                     puts them (default: sender on the first CPU this
                     process may use, receiver on the second; with one
                     CPU both share it, unpinned)
  --resume DIR       carry on the sweep in DIR: runs recorded in its
                     runs.jsonl are skipped, the rest run.  Alone, the
                     options recorded in DIR; with options, those, which
                     must plan the same sweep
  --force            --resume even though the plan, the machine or the
                     binaries differ from DIR's record (the summary says so)
  --shard K/N        run only every N-th point, starting at the K-th
                     (1 <= K <= N <= 1000); pktbench report DIR1 DIR2 ...
                     --out DIR merges the shards
  --dry-run          print the plan (points, runs, packets) and exit
  -h, --help         this text

Progress goes to stderr.  Ctrl-C stops after the current run's cleanup and
still writes data.csv and summary.md for the runs done.  Exit: 0 ok (failed
points are recorded, not fatal), 2 usage, 4 nothing can run here, 130 on
SIGINT.
EOF
}

sweep_main() {
	SW_SETUPS='' SW_MODES=$SW_DEFAULT_MODES SW_SCENS=$SW_ALL_SCENARIOS
	SW_REPEAT=3 SW_PRESET=study SW_SCALE='' SW_RUNNER='' SW_OUT=''
	SW_BATCH=64 SW_IDLE='' SW_DRY='' SW_RSCALE=''
	SW_PIN=1 SW_RESUME='' SW_FORCE='' SW_SHARD=''
	SW_CMD="pktbench sweep $*"
	SW_ARGV=$(printf '%s\n' "$@")
	sweep_args "$@"
	if [ -n "$SW_RESUME" ]; then
		{ [ -f "$SW_RESUME/runs.jsonl" ] && [ -f "$SW_RESUME/identity.json" ]; } ||
			sw_die "--resume: $SW_RESUME holds no sweep that can be resumed (runs.jsonl and identity.json)"
		[ -z "$SW_OUT" ] || [ "$SW_OUT" = "$SW_RESUME" ] ||
			sw_die "--resume: writes into $SW_RESUME; no --out $SW_OUT"
		# alone: the options the sweep was started with
		if [ -z "$SW_PLANOPTS" ]; then
			sw_rs_f=$SW_FORCE sw_rs_d=$SW_RESUME sw_rs_n=$SW_DRY
			set --
			while IFS= read -r a; do set -- "$@" "$a"; done <<EOF
$(jq -r '.argv[]' "$SW_RESUME/identity.json")
EOF
			SW_CMD="pktbench sweep $* --resume $sw_rs_d"
			sweep_args "$@"
			SW_FORCE=$sw_rs_f SW_RESUME=$sw_rs_d SW_DRY=$sw_rs_n
		fi
		SW_OUT=$SW_RESUME
	fi
	[ "$SW_RUNNER" = lab ] && SW_ALL_SETUPS=$SW_LAB_SETUPS
	sweep_validate
	if [ "$SW_RUNNER" = uml ] && [ -z "${PKTBENCH_UML_GUEST:-}" ] && [ -z "$SW_DRY" ]; then
		uml_host_sweep
		exit $?
	fi
	sweep_pick_runner
	sweep_pick_setups
	sweep_plan
	if [ -n "$SW_DRY" ]; then
		sweep_dry
		exit 0
	fi
	sweep_run
}

# sweep_args ARGS...: the options into SW_*.  SW_PLANOPTS: non-empty when
# an option other than --resume, --force, --dry-run and --out was given;
# SW_PLANARGV: those, one per line, as identity.json records them.
sweep_args() {
	SW_PLANOPTS='' SW_PLANARGV=''
	while [ $# -gt 0 ]; do
		case $1 in
		--resume | --out | --force | --dry-run) ;;
		*)
			SW_PLANOPTS=1
			SW_PLANARGV="$SW_PLANARGV$1
"
			case $1 in
			--no-pin | -h | --help) ;;
			*) [ $# -gt 1 ] && SW_PLANARGV="$SW_PLANARGV$2
" ;;
			esac ;;
		esac
		case $1 in
		--setups) sw_val "$@"; SW_SETUPS=$(sw_list "$2"); shift ;;
		--modes) sw_val "$@"; SW_MODES=$(sw_list "$2"); shift ;;
		--scenarios) sw_val "$@"; SW_SCENS=$(sw_list "$2"); shift ;;
		--repeat) sw_val "$@"; SW_REPEAT=$2; shift ;;
		--preset) sw_val "$@"; SW_PRESET=$2; shift ;;
		--scale) sw_val "$@"; SW_SCALE=$2; shift ;;
		--runner) sw_val "$@"; SW_RUNNER=$2; shift ;;
		--rate-scale) sw_val "$@"; SW_RSCALE=$2; shift ;;
		--out) sw_val "$@"; sw_out_name --out "$2"; SW_OUT=$2; shift ;;
		--batch) sw_val "$@"; SW_BATCH=$2; shift ;;
		--idle-timeout) sw_val "$@"; SW_IDLE=$2; shift ;;
		--dry-run) SW_DRY=1 ;;
		--no-pin) SW_PIN=0 ;;
		--resume) sw_val "$@"; sw_out_name --resume "$2"; SW_RESUME=$2; shift ;;
		--force) SW_FORCE=1 ;;
		--shard) sw_val "$@"; SW_SHARD=$2; shift ;;
		-h | --help) sweep_usage; exit 0 ;;
		*) sw_die "unknown argument '$1'; see pktbench sweep --help" ;;
		esac
		[ $# -gt 0 ] && shift
	done
}

sweep_validate() {
	for s in $SW_SETUPS; do
		sw_in "$s" "$SW_ALL_SETUPS" || sw_die "--setups: '$s' is not one of: $SW_ALL_SETUPS"
	done
	[ -n "$SW_MODES" ] || sw_die "--modes: empty list"
	for m in $SW_MODES; do
		sw_in "$m" "$SW_ALL_MODES" || sw_die "--modes: '$m' is not one of: $SW_ALL_MODES"
	done
	[ -n "$SW_SCENS" ] || sw_die "--scenarios: empty list"
	for c in $SW_SCENS; do
		sw_in "$c" "$SW_ALL_SCENARIOS" || sw_die "--scenarios: '$c' is not one of: $SW_ALL_SCENARIOS"
	done
	sw_int --repeat "$SW_REPEAT" 1 100
	case $SW_PRESET in
	study) : "${SW_SCALE:=1}" ;;
	quick) : "${SW_SCALE:=0.05}" ;;
	*) sw_die "--preset: '$SW_PRESET' is not study or quick" ;;
	esac
	awk -v f="$SW_SCALE" 'BEGIN { exit !(f ~ /^[0-9]*\.?[0-9]+$/ && f > 0 && f <= 1) }' ||
		sw_die "--scale: '$SW_SCALE' is not a number in (0, 1]"
	SW_SCALE=$(awk -v f="$SW_SCALE" 'BEGIN { printf "%g", f }')	# ".5" is no JSON
	sw_int --batch "$SW_BATCH" 1 1024
	# the UML guest stalls for seconds when its host is busy
	if [ "$SW_RUNNER" = uml ]; then : "${SW_IDLE:=10s}"; else : "${SW_IDLE:=1s}"; fi
	sw_secs --idle-timeout "$SW_IDLE" 0.001 3600
	if [ -n "$SW_SHARD" ]; then
		printf '%s\n' "$SW_SHARD" | grep -Eq '^[1-9][0-9]{0,3}/[1-9][0-9]{0,3}$' ||
			sw_die "--shard: '$SW_SHARD' is not K/N with 1 <= K <= N <= 1000"
		SW_SHARD_K=${SW_SHARD%/*} SW_SHARD_N=${SW_SHARD#*/}
		if [ "$SW_SHARD_K" -gt "$SW_SHARD_N" ] || [ "$SW_SHARD_N" -gt 1000 ]; then
			sw_die "--shard: '$SW_SHARD' is not K/N with 1 <= K <= N <= 1000"
		fi
	fi
	case $SW_RUNNER in
	'' | docker | netns | lab) : "${SW_RSCALE:=1}" ;;
	uml) : "${SW_RSCALE:=0.02}" ;;
	*) sw_die "--runner: '$SW_RUNNER' is not docker, netns, uml or lab" ;;
	esac
	awk -v f="$SW_RSCALE" 'BEGIN { exit !(f ~ /^[0-9]*\.?[0-9]+$/ && f > 0 && f <= 1) }' ||
		sw_die "--rate-scale: '$SW_RSCALE' is not a number in (0, 1]"
	SW_RSCALE=$(awk -v f="$SW_RSCALE" 'BEGIN { printf "%g", f }')
}

sweep_pick_runner() {
	if [ -z "$SW_RUNNER" ]; then
		if docker_engine_answers && docker_compose_files_present; then
			SW_RUNNER=docker
		else
			SW_RUNNER=netns
			if docker_engine_answers; then
				sw_log "runner: netns (a Docker engine answers but $SW_REASON)"
			else
				sw_log "runner: netns (no Docker engine answers)"
			fi
		fi
	fi
	if [ "$SW_RUNNER" = netns ] || [ "$SW_RUNNER" = uml ]; then
		if ! sw_pick_bin && [ -z "$SW_DRY" ]; then
			sw_die "no pktsend/pktrecv in ${SW_BIN:-build/gcc or build/static} (run make, or set PKTBENCH_BIN)"
		fi
	else
		SW_BIN=${PKTBENCH_BIN:-$PKTBENCH_ROOT/build/gcc}
	fi
	for t in jq awk; do
		command -v $t >/dev/null || SW_DIE_CODE=4 sw_die "needs $t"
	done
}

sweep_pick_setups() {
	SW_SKIPPED=
	# the uml runner exists for the two set-ups this host cannot run
	[ "$SW_RUNNER" = uml ] && [ -z "$SW_SETUPS" ] && SW_SETUPS="trunk ovs"
	[ "$SW_RUNNER" = uml ] && SW_LABEL=$SW_UML_LABEL
	[ "$SW_RUNNER" = lab ] && SW_LABEL=$SW_LAB_LABEL
	if [ -z "$SW_SETUPS" ]; then
		for s in $SW_ALL_SETUPS; do
			if runner_call "$SW_RUNNER" probe "$s"; then
				SW_SETUPS="$SW_SETUPS $s"
			else
				SW_SKIPPED="$SW_SKIPPED$s: $SW_REASON
"
			fi
		done
		SW_SETUPS=$(sw_list "$SW_SETUPS")
		if [ -n "$SW_SKIPPED" ]; then
			printf '%s' "$SW_SKIPPED" | while IFS= read -r l; do
				sw_log "skipped $l"
			done
		fi
		[ -n "$SW_SETUPS" ] || SW_DIE_CODE=4 sw_die "no set-up can run here with the $SW_RUNNER runner"
	fi
	sw_log "set-ups: $SW_SETUPS (runner $SW_RUNNER)"
	if [ "$SW_RUNNER" = netns ] && sw_in trunk "$SW_SETUPS" &&
		[ "$(id -u)" = 0 ] && ! topo_probe vlan; then
		nv=$(printf '%s\n' "$SW_MODES" | tr ' ' '\n' | grep -v '^mmap$' | tr '\n' ' ' | sed 's/ *$//; s/ /, /g')
		[ -n "$nv" ] &&
			sw_log "trunk: no 8021q here, so only mmap (--vlan) runs; $nv points are recorded as failed"
	fi
}

# One line per point and set-up: setup key scenario param nominal mode
# count rate size.  Counts are scaled; the study's value stays as nominal.
sweep_plan() {
	SW_PLAN=$(sw_scenario_table | awk -F'\t' -v scens="$SW_SCENS" \
		-v modes="$SW_MODES" -v setups="$SW_SETUPS" -v scale="$SW_SCALE" \
		-v rscale="$SW_RSCALE" '
		function scaled(c) { c = int(c * scale + 0.5); return c < 1000 ? 1000 : c }
		{ tbl[$1] = $0 }
		END {
			ns = split(setups, S, " "); nc = split(scens, C, " "); nm = split(modes, M, " ")
			for (i = 1; i <= ns; i++)
			for (j = 1; j <= nc; j++) {
				split(tbl[C[j]], f, "\t")
				nv = split(f[4], V, " ")
				for (k = 1; k <= nv; k++)
				for (l = 1; l <= nm; l++) {
					count = f[5]; rate = f[6]; size = f[7]
					if (f[3] == "count") { count = V[k]; param = scaled(V[k]) }
					else if (f[3] == "rate") { rate = V[k]; param = V[k] }
					else { size = V[k]; param = V[k] }
					count = scaled(count)
					rate = sprintf("%g", rate * rscale)
					printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", S[i], C[j], f[2],
						param, V[k], M[l], count, rate, size
				}
			}
		}')
	# the whole plan (plan.tsv, identity.json's plan); a shard runs every
	# N-th line of it, from the K-th
	SW_PLAN_ALL=$SW_PLAN
	if [ -n "$SW_SHARD" ]; then
		SW_PLAN=$(printf '%s\n' "$SW_PLAN_ALL" |
			awk -v k="$SW_SHARD_K" -v n="$SW_SHARD_N" '(NR - 1) % n == k - 1')
	fi
	SW_NPOINTS=$(printf '%s\n' "$SW_PLAN" | grep -c .)
	SW_NRUNS=$((SW_NPOINTS * SW_REPEAT))
	# Work per run in packets plus a fixed per-run cost (namespace exec,
	# readiness, idle timeout), for the ETA.
	SW_OVERHEAD=150000
	SW_WORK_TOTAL=$(printf '%s\n' "$SW_PLAN" | awk -F'\t' -v r="$SW_REPEAT" -v o="$SW_OVERHEAD" \
		'{ w += $7 + o } END { printf "%.0f", w * r }')
}

# The plan on stdout (one point per line, the columns of plan.tsv), the
# totals on stderr.
sweep_dry() {
	printf 'setup\tkey\tscenario\tparam\tnominal\tmode\tcount\trate_mbps\tsize\n'
	printf '%s\n' "$SW_PLAN"
	printf '%s\n' "$SW_PLAN" | awk -F'\t' '
		{ if (!($1 in n)) o[++k] = $1; n[$1]++; p[$1] += $7 }
		END { for (i = 1; i <= k; i++) printf "sweep: %-8s %4d points %11d packets per repeat\n", o[i], n[o[i]], p[o[i]] }' >&2
	pk=$(printf '%s\n' "$SW_PLAN" | awk -F'\t' -v r="$SW_REPEAT" '{ p += $7 } END { printf "%.0f", p * r }')
	sw_log "$SW_NPOINTS points x $SW_REPEAT repeats = $SW_NRUNS runs, $pk packets (preset $SW_PRESET, scale $SW_SCALE, runner $SW_RUNNER${SW_SHARD:+, shard $SW_SHARD})"
}

# Append one run to runs.jsonl.  rx/tx: result files, may be missing.
sweep_record() {
	rx=null tx=null
	[ -s "$5/rx.json" ] && jq -e . "$5/rx.json" >/dev/null 2>&1 && rx=$(cat "$5/rx.json")
	[ -s "$5/tx.json" ] && jq -e . "$5/tx.json" >/dev/null 2>&1 && tx=$(cat "$5/tx.json")
	# where the lost packets died: both sides joined (scripts/sweep/drops.jq)
	drops=null
	if [ "$rx" != null ] && [ "$tx" != null ]; then
		drops=$(printf '{"rx":%s,"tx":%s}' "$rx" "$tx" |
			jq -c -f "$PKTBENCH_ROOT/scripts/sweep/drops.jq" 2>/dev/null) || drops=null
		[ -n "$drops" ] || drops=null
	fi
	printf '%s\n' "$1" | {
		IFS='	' read -r setup key scen param nominal mode count rate size
		jq -cn --arg setup "$setup" --arg key "$key" --arg scen "$scen" \
			--argjson param "$param" --argjson nominal "$nominal" \
			--arg mode "$mode" --argjson repeat "$2" --arg runner "$SW_RUNNER" \
			--argjson count "$count" --argjson rate "$rate" --argjson size "$size" \
			--arg status "$3" --arg reason "$4" \
			--arg time "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --argjson wall "${SW_WALL:-0}" \
			--argjson rx "$rx" --argjson tx "$tx" --argjson drops "$drops" \
			--argjson pl "$SW_PLACEMENT_JSON" \
			'{setup: $setup, scenario: $scen, scenario_key: $key, param: $param,
			  nominal: $nominal, mode: $mode, repeat: $repeat, runner: $runner,
			  count: $count, rate_mbps: $rate, size: $size, status: $status,
			  reason: (if $reason == "" then null else $reason end), time: $time,
			  wall_s: $wall, placement: $pl,
			  rx: $rx, tx: $tx, drops: $drops}'
	} >>"$SW_OUT/runs.jsonl"
}

sweep_progress() {
	now=$(sw_now)
	el=$((now - SW_T0))
	if [ "$SW_WORK_DONE" -gt 0 ]; then
		eta=$(awk -v e="$((now - SW_T0))" -v d="$SW_WORK_DONE" -v t="$SW_WORK_TOTAL" \
			'BEGIN { printf "%.0f", e / d * (t - d) }')
		eta=$(sw_hms "$eta")
	else
		eta='?'
	fi
	printf '%s\n' "$2" | {
		IFS='	' read -r setup key scen param nominal mode count rate size
		printf 'sweep: [%d/%d] %s %s %s=%s %s rep %d/%d (%d pkts, %s Mbit/s, %s B)  elapsed %s  ETA %s\n' \
			"$1" "$SW_NRUNS" "$setup" "$key" "${scen#*-}" "$param" "$mode" "$3" \
			"$SW_REPEAT" "$count" "$rate" "$size" "$(sw_hms $el)" "$eta" >&2
	}
}

sweep_meta() {
	jq -n --arg cmd "$SW_CMD" --arg runner "$SW_RUNNER" --arg preset "$SW_PRESET" \
		--argjson scale "$SW_SCALE" --argjson repeat "$SW_REPEAT" \
		--arg setups "$SW_SETUPS" --arg modes "$SW_MODES" --arg scens "$SW_SCENS" \
		--arg skipped "$SW_SKIPPED" --arg started "$SW_STARTED" \
		--arg finished "${1-}" --argjson planned "$SW_NRUNS" \
		--argjson ndone "$SW_DONE" --argjson interrupted "${SW_STOP:-0}" \
		--arg bin "$SW_BIN" --argjson batch "$SW_BATCH" --arg idle "$SW_IDLE" \
		--argjson rscale "$SW_RSCALE" --arg lbl "${SW_LABEL:-}" \
		--argjson pl "$SW_PLACEMENT_JSON" --arg shard "$SW_SHARD" \
		--argjson sittings "$SW_SITTINGS" \
		'{command: $cmd, runner: $runner, preset: $preset, scale: $scale,
		  repeat: $repeat, setups: ($setups | split(" ")), modes: ($modes | split(" ")),
		  scenarios: ($scens | split(" ")),
		  skipped: ($skipped | split("\n") | map(select(length > 0))),
		  started: $started, finished: (if $finished == "" then null else $finished end),
		  runs_planned: $planned, runs_done: $ndone, interrupted: ($interrupted == 1),
		  binaries: $bin, batch: $batch, idle_timeout: $idle,
		  rate_scale: $rscale, placement: $pl,
		  shard: (if $shard == "" then null else $shard end),
		  sittings: $sittings,
		  resumed: ($sittings | length > 1),
		  forced: ([$sittings[] | select(.forced)] | length > 0),
		  "label": (if $lbl == "" then null else $lbl end)}' >"$SW_OUT/meta.json.tmp" &&
		mv "$SW_OUT/meta.json.tmp" "$SW_OUT/meta.json"
}

sweep_cleanup() {
	if [ -n "${SW_CUR_SETUP:-}" ]; then
		runner_call "$SW_RUNNER" kill
		runner_call "$SW_RUNNER" down "$SW_CUR_SETUP"
		SW_CUR_SETUP=
	fi
	[ -n "${SW_TMP:-}" ] && rm -rf "$SW_TMP"
	SW_TMP=
}

sweep_on_signal() {
	SW_STOP=1
	runner_call "$SW_RUNNER" kill
}

sweep_run() {
	: "${SW_OUT:=$PKTBENCH_ROOT/results/sweep-$(date -u +%Y%m%dT%H%M%SZ)}"
	if [ -n "$SW_RESUME" ]; then
		sw_out_dir --out "$SW_OUT"
	else
		sw_out_dir --out "$SW_OUT" runs.jsonl
	fi
	SW_OUT=$SW_OUTDIR
	SW_TMP=$(mktemp -d /tmp/pktbench-sweep.XXXXXX)
	SW_STOP='' SW_DONE=0 SW_FAILED=0 SW_WORK_DONE=0 SW_CUR_SETUP=''
	SW_STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	SW_T0=$(sw_now)
	runner_placement "$SW_RUNNER" "$SW_PIN"
	sw_log "placement: $(printf '%s\n' "$SW_PLACEMENT_JSON" | jq -r 'if .pinned then "sender on CPU \(.tx_cpu), receiver on CPU \(.rx_cpu)" else "not pinned (\(.why))" end')"
	sweep_identity >"$SW_TMP/identity.json"
	SW_SITTINGS='[]' SW_FORCED=false SW_DIFF='[]'
	if [ -n "$SW_RESUME" ]; then
		sweep_resume
	else
		: >"$SW_OUT/runs.jsonl"
		: >"$SW_OUT/setups.jsonl"
		printf '%s\n' "$SW_PLAN_ALL" >"$SW_OUT/plan.tsv"
		cp "$SW_TMP/identity.json" "$SW_OUT/identity.json"
		sw_machine_json "$SW_BIN" >"$SW_OUT/machine.json"
		: >"$SW_TMP/done"
	fi
	SW_SITTINGS=$(printf '%s\n' "$SW_SITTINGS" | jq -c --arg t "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
		--argjson forced "$SW_FORCED" --argjson diff "$SW_DIFF" \
		--argjson before "$SW_DONE" --arg cmd "$SW_CMD" \
		'. + [{started: $t, finished: null, command: $cmd, runs_before: $before, runs: 0,
		       forced: $forced, differences: $diff}]')
	sweep_meta
	trap sweep_cleanup EXIT
	trap sweep_on_signal INT TERM
	sw_log "$SW_NPOINTS points x $SW_REPEAT repeats = $SW_NRUNS runs into $SW_OUT"

	for setup in $SW_SETUPS; do
		[ -n "$SW_STOP" ] && break
		sweep_setup "$setup"
	done
	runner_call "$SW_RUNNER" finish

	trap '' INT TERM	# the report is short and must be whole
	sweep_cleanup
	SW_SITTINGS=$(printf '%s\n' "$SW_SITTINGS" | jq -c --arg t "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
		--argjson n "$SW_DONE" '.[-1].finished = $t | .[-1].runs = ($n - .[-1].runs_before)')
	sweep_meta "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
	if [ -n "$SW_STOP" ]; then
		sw_log "interrupted after $SW_DONE of $SW_NRUNS runs; writing a partial report"
	fi
	sw_report "$SW_OUT"
	rc=$?
	sw_log "$SW_DONE of $SW_NRUNS runs, $SW_FAILED failed, in $(sw_hms $(($(sw_now) - SW_T0))); see $SW_OUT/summary.md"
	[ -n "$SW_STOP" ] && exit 130
	exit $rc
}

sweep_setup() {
	setup=$1
	points=$(printf '%s\n' "$SW_PLAN" | awk -F'\t' -v s="$setup" '$1 == s')
	# --resume: a set-up whose runs are all recorded is not built again
	if [ -z "$points" ] || ! sweep_todo "$setup"; then
		return 0
	fi
	setup_reason='' SW_STATE_PENDING=''
	if ! runner_call "$SW_RUNNER" probe "$setup"; then
		setup_reason=$SW_REASON
	else
		SW_CUR_SETUP=$setup
		if runner_call "$SW_RUNNER" up "$setup"; then
			# Recorded after the first run: Docker makes some devices then.
			SW_STATE_PENDING=1
		else
			setup_reason=$SW_REASON
			SW_CUR_SETUP=
		fi
	fi
	[ -n "$setup_reason" ] && sw_log "$setup: cannot run: $setup_reason"
	rep=1
	while [ $rep -le "$SW_REPEAT" ] && [ -z "$SW_STOP" ]; do
		# Read from a file, not a pipe: the loop must run in this shell.
		printf '%s\n' "$points" >"$SW_TMP/points"
		while IFS= read -r pt; do
			[ -n "$SW_STOP" ] && break
			sweep_point "$pt" "$rep" "$setup_reason"
		done <"$SW_TMP/points"
		rep=$((rep + 1))
	done
	if [ -n "$SW_CUR_SETUP" ]; then
		runner_call "$SW_RUNNER" down "$setup"
		SW_CUR_SETUP=
	fi
}

sweep_point() {
	pt=$1 rep=$2 reason=$3
	# --resume: recorded already
	if [ -s "$SW_TMP/done" ] && grep -qxF "$(printf '%s\n' "$pt" | cut -f1,2,4,6)	$rep" "$SW_TMP/done"; then
		return 0
	fi
	k=$((SW_DONE + 1))
	sweep_progress "$k" "$pt" "$rep"
	mode=$(printf '%s\n' "$pt" | cut -f6)
	count=$(printf '%s\n' "$pt" | cut -f7)
	rate=$(printf '%s\n' "$pt" | cut -f8)
	size=$(printf '%s\n' "$pt" | cut -f9)
	d=$SW_TMP/run
	rm -rf "$d" && mkdir -p "$d"
	status=ok count_w=''
	if [ -z "$reason" ] && ! runner_call "$SW_RUNNER" point_reason "$setup" "$mode"; then
		reason=$SW_REASON
	fi
	t_run=$(sw_uptime)
	if [ -n "$reason" ]; then
		status=failed
		# Known before running: takes no time, so out of the ETA's work.
		SW_WORK_TOTAL=$((SW_WORK_TOTAL - count - SW_OVERHEAD))
		count_w=0
	elif ! runner_call "$SW_RUNNER" run "$setup" "$mode" "$count" "$rate" "$size" "$d"; then
		# An interrupted run is not a result: leave it out.
		[ -n "$SW_STOP" ] && return 0
		status=failed reason=$SW_REASON
	fi
	[ -n "$SW_STOP" ] && return 0
	if [ -n "${SW_STATE_PENDING:-}" ]; then
		runner_call "$SW_RUNNER" state "$setup" >>"$SW_OUT/setups.jsonl" 2>/dev/null
		SW_STATE_PENDING=
	fi
	if [ $status = ok ]; then
		got=$(jq -r '.stats.received // 0' "$d/rx.json" 2>/dev/null)
		if [ "${got:-0}" = 0 ]; then
			status=failed reason="no packets received"
		elif bad=$(sw_trial_refusals "$d") && [ -n "$bad" ]; then
			status=failed reason="result refused: $bad"
		fi
	fi
	SW_WALL=$(awk -v a="$t_run" -v b="$(sw_uptime)" 'BEGIN { printf "%.3f", b - a }')
	sweep_record "$pt" "$rep" "$status" "$reason" "$d"
	SW_DONE=$k
	[ "${count_w-}" = 0 ] || SW_WORK_DONE=$((SW_WORK_DONE + count + SW_OVERHEAD))
	count_w=
	if [ $status = ok ]; then
		jq -r --argjson c "$count" '.stats | "sweep:        \(.pps / 1000 * 10 | floor / 10) kpps, \(.received) of \($c) received, loss \((.lost_vs_count / $c * 10000 | floor) / 100) %"' \
			"$d/rx.json" >&2
	else
		SW_FAILED=$((SW_FAILED + 1))
		sw_log "       failed: $reason"
	fi
}

# The plan, the machine and the binaries, as identity.json records them
# once: what a --resume must find unchanged.  plan.sha covers every point
# of the whole plan (all shards); the rest of plan what shapes a run.
sweep_identity() {
	id_plan=$(printf '%s\n' "$SW_PLAN_ALL" | sha256sum | cut -c1-16)
	case $SW_RUNNER in
	docker)
		id_bins=$(jq -cn --arg r "$(docker image inspect -f '{{.Id}}' "${PKT_REGISTRY:-}pktbench/receiver:${PKT_TAG:-latest}" 2>/dev/null)" \
			--arg s "$(docker image inspect -f '{{.Id}}' "${PKT_REGISTRY:-}pktbench/sender:${PKT_TAG:-latest}" 2>/dev/null)" \
			'{receiver_image: $r, sender_image: $s}') ;;
	lab) id_bins=$(jq -cn --arg t "${PKT_TAG:-latest}" '{images: ("pktbench/receiver and sender:" + $t + " from the lab registry")}') ;;
	*)
		id_bins=$(jq -cn --arg v "$("$SW_BIN/pktsend" --version 2>/dev/null | awk '{ print $2; exit }')" \
			--arg s "$(sha256sum "$SW_BIN/pktsend" 2>/dev/null | cut -c1-16)" \
			--arg r "$(sha256sum "$SW_BIN/pktrecv" 2>/dev/null | cut -c1-16)" \
			'{pktsend_version: $v, pktsend_sha256: $s, pktrecv_sha256: $r}') ;;
	esac
	printf '%s' "$SW_PLANARGV" | jq -cRs --arg sha "$id_plan" --arg runner "$SW_RUNNER" \
		--arg preset "$SW_PRESET" --argjson scale "$SW_SCALE" --argjson rscale "$SW_RSCALE" \
		--argjson repeat "$SW_REPEAT" --argjson batch "$SW_BATCH" --arg idle "$SW_IDLE" \
		--arg setups "$SW_SETUPS" --arg modes "$SW_MODES" --arg scens "$SW_SCENS" \
		--argjson npoints "$(printf '%s\n' "$SW_PLAN_ALL" | grep -c .)" \
		--argjson pin "$SW_PIN" --argjson pl "$SW_PLACEMENT_JSON" --arg shard "$SW_SHARD" \
		--argjson m "$(sw_machine_json "$SW_BIN")" --argjson bins "$id_bins" '
		{argv: (split("\n") | .[:-1]),
		 plan: {sha: $sha, points: $npoints, runner: $runner, setups: ($setups | split(" ")),
			modes: ($modes | split(" ")), scenarios: ($scens | split(" ")),
			preset: $preset, scale: $scale, rate_scale: $rscale, repeat: $repeat,
			batch: $batch, idle_timeout: $idle, pin: ($pin == 1),
			shard: (if $shard == "" then null else $shard end)},
		 machine: ($m | {cpu_model, cpus, mem_kb, kernel, os}),
		 placement: ($pl | {pinned, tx_cpu, rx_cpu}),
		 binaries: $bins}'
}

# --resume: compare the recorded identity with this one (refused on a
# difference unless --force), drop a run line a hard kill cut short, and
# list the runs recorded (SW_TMP/done: setup key param mode repeat).
sweep_resume() {
	SW_DIFF=$(jq -cn --slurpfile a "$SW_OUT/identity.json" --slurpfile b "$SW_TMP/identity.json" '
		$a[0] as $a | $b[0] as $b
		| [("plan", "machine", "placement", "binaries") as $k
		   | ($a[$k] // {}) as $x | ($b[$k] // {}) as $y
		   | (($x | keys) + ($y | keys) | unique)[] as $f
		   | select($x[$f] != $y[$f])
		   | "\($k).\($f): \($x[$f] | tojson) -> \($y[$f] | tojson)"]')
	if [ "$SW_DIFF" != '[]' ]; then
		if [ -z "$SW_FORCE" ]; then
			printf '%s\n' "$SW_DIFF" | jq -r '.[]' | while IFS= read -r l; do sw_log "  $l"; done
			sw_die "--resume: $SW_OUT was recorded with another plan, machine or binaries (above); --force resumes anyway"
		fi
		sw_log "--resume --force: resuming although $(printf '%s\n' "$SW_DIFF" | jq -r 'join("; ")')"
		SW_FORCED=true
	fi
	SW_SITTINGS=$(jq -c '.sittings // []' "$SW_OUT/meta.json" 2>/dev/null)
	[ -n "$SW_SITTINGS" ] || SW_SITTINGS='[]'
	sw_rs_t=$(jq -r '.started // empty' "$SW_OUT/meta.json" 2>/dev/null)
	[ -n "$sw_rs_t" ] && SW_STARTED=$sw_rs_t
	# a run is one whole line; what a hard kill cut short is not a run
	jq -cR 'fromjson? | select(type == "object")' "$SW_OUT/runs.jsonl" >"$SW_TMP/runs.jsonl"
	nbad=$(($(grep -c . "$SW_OUT/runs.jsonl") - $(grep -c . "$SW_TMP/runs.jsonl")))
	[ "$nbad" -gt 0 ] && sw_log "--resume: dropped $nbad line(s) of runs.jsonl that are no whole run"
	cat "$SW_TMP/runs.jsonl" >"$SW_OUT/runs.jsonl"
	jq -r '[.setup, .scenario_key, (.param | tostring), .mode, (.repeat | tostring)] | join("\t")' \
		"$SW_OUT/runs.jsonl" | sort -u >"$SW_TMP/done"
	# the runs of this plan recorded, and the work left
	SW_DONE=$(printf '%s\n' "$SW_PLAN" | awk -F'\t' -v r="$SW_REPEAT" -v f="$SW_TMP/done" '
		BEGIN { while ((getline l < f) > 0) d[l] = 1 }
		{ for (i = 1; i <= r; i++) if (($1 "\t" $2 "\t" $4 "\t" $6 "\t" i) in d) n++ }
		END { print n + 0 }')
	SW_WORK_TOTAL=$(printf '%s\n' "$SW_PLAN" | awk -F'\t' -v r="$SW_REPEAT" -v o="$SW_OVERHEAD" -v f="$SW_TMP/done" '
		BEGIN { while ((getline l < f) > 0) d[l] = 1 }
		{ for (i = 1; i <= r; i++) if (!(($1 "\t" $2 "\t" $4 "\t" $6 "\t" i) in d)) w += $7 + o }
		END { printf "%.0f", w }')
	sw_log "--resume: $SW_DONE of $SW_NRUNS runs recorded in $SW_OUT; $((SW_NRUNS - SW_DONE)) to run"
}

# sweep_todo SETUP: 0 when a run of SETUP is still to do.
sweep_todo() {
	[ -s "$SW_TMP/done" ] || return 0
	printf '%s\n' "$SW_PLAN" | awk -F'\t' -v s="$1" -v r="$SW_REPEAT" -v f="$SW_TMP/done" '
		BEGIN { while ((getline l < f) > 0) d[l] = 1 }
		$1 == s { for (i = 1; i <= r; i++) if (!(($1 "\t" $2 "\t" $4 "\t" $6 "\t" i) in d)) todo = 1 }
		END { exit !todo }'
}
