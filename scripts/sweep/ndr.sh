# `pktbench ndr`: the highest offered rate whose loss stays at or below a
# threshold: 0 for the no-drop rate (NDR), --pdr for the partial-drop
# rate (PDR), both from one search.  POSIX sh, sourced by bin/pktbench
# after lib.sh, runner.sh and the runners; see docs/ndr.md.
#
# This file is the measurer and the manager: options, the set-up (through
# runner_call), one trial at a time, the checks on every trial, signals
# and the files.  What to measure next is decided by the pure step
# (scripts/sweep/ndr_step.jq over ndr_search.jq): the trials so far in,
# the next rate and duration, or the answer, out.  The search's whole
# state is the trials file.

ndr_usage() {
	cat <<'EOF'
usage: pktbench ndr [options]

Finds the highest offered rate with no loss (NDR) and with loss at most
--pdr (PDR) in one search, then measures latency at shares of the PDR.
The default search follows RFC 9971 (MLRsearch): it starts from the rate
forwarded at the sender's maximum (unpaced) load, tolerates a share of
failing trials per load, and lengthens trials as it narrows.  Writes
into --out:
  ndr.json     the configuration, the machine, every trial and the answer
  trials.csv   one row per trial;  ndr.csv  one row per packet size
  ndr.png      loss against offered rate, NDR and PDR marked, latency
With --sizes, each size's files go to --out/size-N/ and the top level
has sizes.json, ndr.csv and ndr.png across the sizes.

options:
  --runner NAME      netns (default), docker or lab (across a lab's
                     nodes, docs/lab.md)
  --connect HOST[:PORT]  run each trial with pktsend --connect against a
                     pktrecv --server there (this namespace sends; no
                     --runner, --setup)
  --interface IF     --connect: the sender's interface (mmap, xdp need it)
  --setup NAME       native (default), bridge, ovs, macvlan, trunk;
                     lab: native, bridge, macvlan, overlay
  --mode MODE        udp (default), mmsg, mmap, xdp (both sides)
  --size SIZE        UDP payload 32..1472, or imix (default 64)
  --sizes LIST       one search per size, e.g. 64,128,256,512,1024,1280,1472,imix
  --search NAME      mlr (default, RFC 9971) or bisect (the plain
                     bisection with one fixed trial length)
  --pdr P%           loss threshold of the PDR, 0 < P < 100 (default 0.5%)
  --trial-min T      mlr: the first trials' length, 0.2s..600s (default 1s)
  --trial-max T      the final trials' length, 0.2s..600s (default 10s);
                     bisect: every trial's
  --trial T          both: every trial T long
  --quick            --trial-max 2s (unless given)
  --duration-sum T   mlr: full-length trial time that decides a load,
                     trial-max..3600s (default 2 x trial-max)
  --exceed-ratio R   mlr: share of a load's trial time allowed above the
                     threshold, 0 <= R < 1 or 0%..99% (default 0.5)
  --resolution R%    mlr: stop when the bounds are within R % of each
                     other; bisect: R % of the unpaced rate; 0 < R <= 50
                     (default 1%)
  --max-trials N     at most N search trials per size, 3..1000 (default
                     60 mlr, 30 bisect)
  --latency-at LIST  latency trials at these % of the PDR, 1..100, or
                     none (default 10,50,90 with mlr, none with bisect)
  --batch N          packets per send/receive call, 1..1024 (default 64)
  --no-pin           leave sender and receiver where the scheduler puts
                     them (default: the sender on the first CPU this
                     process may use, the receiver on the second; one
                     CPU: both unpinned on it)
  --out DIR          output directory (default results/ndr-<UTC time>)
  -h, --help         this text

Progress and the answer go to stderr.  Exit: 0 done, 1 a trial could not
run (or its result was refused), 2 usage, 4 nothing can run here, 130
interrupted (ndr.json then has the trials so far and "complete": false).
EOF
}

nd_die() { sw_die "$@"; }

# nd_num VALUE SUFFIX: a plain decimal number with an optional SUFFIX
# ("%", "s") as %g; nothing when VALUE is not one.
nd_num() {
	printf '%s\n' "$1" | awk -v s="$2" '
		{ v = $0; if (s != "" && substr(v, length(v) - length(s) + 1) == s) v = substr(v, 1, length(v) - length(s)) }
		v ~ /^[0-9]*\.?[0-9]+$/ && length(v) <= 12 { printf "%g\n", v + 0 }'
}

# nd_time FLAG VALUE: seconds from "10s", "2.5", "500ms", in 0.2..600.
nd_time() {
	nd_t=$(printf '%s\n' "$2" | awk '
		/^[0-9]*\.?[0-9]+s?$/ && length($0) <= 12 { sub(/s$/, ""); printf "%g\n", $0; exit }
		/^[0-9]*\.?[0-9]+ms$/ && length($0) <= 12 { sub(/ms$/, ""); printf "%g\n", $0 / 1000 }')
	{ [ -n "$nd_t" ] && nd_true "$nd_t >= 0.2 && $nd_t <= 600"; } ||
		nd_die "$1: '$2' is not a time in 0.2s..600s, like 10s or 500ms"
	printf '%s\n' "$nd_t"
}

# 0 when awk finds the expression true (floats, which sh lacks).
nd_true() { awk "BEGIN { exit !($1) }"; }

ndr_main() {
	SW_NAME=ndr
	ND_RUNNER='' ND_SETUP=native ND_MODE=udp ND_SIZES='' ND_OUT=''
	ND_CMD="pktbench ndr $*"
	# the options as given; ndr_validate turns them into ND_CFG
	o_connect='' o_iface='' o_size='' o_search=mlr o_pdr=0.5% o_trial='' o_tmin=''
	o_tmax='' o_quick='' o_sum='' o_exceed='' o_res=1% o_maxt='' o_lat='' SW_BATCH=64 o_pin=1
	while [ $# -gt 0 ]; do
		case $1 in
		--runner) sw_val "$@"; ND_RUNNER=$2; shift ;;
		--connect) sw_val "$@"; o_connect=$2; shift ;;
		--interface) sw_val "$@"; o_iface=$2; shift ;;
		--setup) sw_val "$@"; ND_SETUP=$2; shift ;;
		--mode) sw_val "$@"; ND_MODE=$2; shift ;;
		--size) sw_val "$@"; o_size=$2; shift ;;
		--sizes) sw_val "$@"; ND_SIZES=$2; shift ;;
		--search) sw_val "$@"; o_search=$2; shift ;;
		--pdr) sw_val "$@"; o_pdr=$2; shift ;;
		--trial) sw_val "$@"; o_trial=$2; shift ;;
		--trial-min) sw_val "$@"; o_tmin=$2; shift ;;
		--trial-max) sw_val "$@"; o_tmax=$2; shift ;;
		--quick) o_quick=1 ;;
		--duration-sum) sw_val "$@"; o_sum=$2; shift ;;
		--exceed-ratio) sw_val "$@"; o_exceed=$2; shift ;;
		--resolution) sw_val "$@"; o_res=$2; shift ;;
		--max-trials) sw_val "$@"; o_maxt=$2; shift ;;
		--latency-at) sw_val "$@"; o_lat=$2; shift ;;
		--batch) sw_val "$@"; SW_BATCH=$2; shift ;;
		--no-pin) o_pin=0 ;;
		--out) sw_val "$@"; sw_out_name --out "$2"; ND_OUT=$2; shift ;;
		-h | --help) ndr_usage; exit 0 ;;
		*) nd_die "unknown argument '$1'; see pktbench ndr --help" ;;
		esac
		[ $# -gt 0 ] && shift
	done
	ndr_validate
	ndr_prepare
	ndr_run
}

ndr_validate() {
	if [ -n "$o_connect" ]; then
		[ -z "$ND_RUNNER" ] || nd_die "--runner: not with --connect (the trials run through the control channel)"
		printf '%s\n' "$o_connect" | grep -Eq '^[A-Za-z0-9._-]+(:[0-9]{1,5})?$' ||
			nd_die "--connect: '$o_connect' is not HOST or HOST:PORT"
		case $o_connect in *:*) sw_int --connect "${o_connect##*:}" 1 65535 ;; esac
		ND_RUNNER=connect CN_HOST=$o_connect CN_IFACE=$o_iface
	else
		[ -z "$o_iface" ] || nd_die "--interface: only with --connect"
		: "${ND_RUNNER:=netns}"
		case $ND_RUNNER in
		netns | docker) ;;
		lab) SW_ALL_SETUPS=$SW_LAB_SETUPS ;;
		*) nd_die "--runner: '$ND_RUNNER' is not netns, docker or lab" ;;
		esac
	fi
	sw_in "$ND_SETUP" "$SW_ALL_SETUPS" || nd_die "--setup: '$ND_SETUP' is not one of: $SW_ALL_SETUPS"
	[ "$ND_RUNNER" = connect ] && [ "$ND_SETUP" != native ] &&
		nd_die "--setup: only native with --connect (the path is the one to HOST)"
	sw_in "$ND_MODE" "$SW_ALL_MODES" || nd_die "--mode: '$ND_MODE' is not one of: $SW_ALL_MODES"
	[ -n "$o_size" ] && [ -n "$ND_SIZES" ] && nd_die "--sizes: not with --size"
	if [ -n "$ND_SIZES" ]; then f=--sizes; else f=--size ND_SIZES=${o_size:-64}; fi
	ND_SIZES=$(sw_list "$ND_SIZES")
	[ -n "$ND_SIZES" ] || nd_die "$f: empty list"
	for s in $ND_SIZES; do
		[ "$s" = imix ] || sw_int "$f" "$s" 32 1472
	done
	[ "$(printf '%s\n' $ND_SIZES | sort | uniq -d)" = '' ] || nd_die "$f: a size is listed twice"
	case $o_search in
	mlr | bisect) ;;
	*) nd_die "--search: '$o_search' is not mlr or bisect" ;;
	esac
	pdr=$(nd_num "$o_pdr" %)
	{ [ -n "$pdr" ] && nd_true "$pdr > 0 && $pdr < 100"; } ||
		nd_die "--pdr: '$o_pdr' is not a percentage in (0, 100), like 0.5%"
	res=$(nd_num "$o_res" %)
	{ [ -n "$res" ] && nd_true "$res > 0 && $res <= 50"; } ||
		nd_die "--resolution: '$o_res' is not a percentage in (0, 50], like 1%"
	if [ "$o_search" = bisect ]; then
		for a in "--trial-min=$o_tmin" "--duration-sum=$o_sum" "--exceed-ratio=$o_exceed"; do
			[ -z "${a#*=}" ] || nd_die "${a%%=*}: only with --search mlr (bisect runs every trial for --trial)"
		done
	fi
	if [ -n "$o_trial" ]; then
		{ [ -z "$o_tmin" ] && [ -z "$o_tmax" ]; } || nd_die "--trial: not with --trial-min or --trial-max"
		tmax=$(nd_time --trial "$o_trial") || exit 2
		tmin=$tmax
	else
		[ -n "$o_tmax" ] || { [ -n "$o_quick" ] && o_tmax=2s; } || o_tmax=10s
		tmax=$(nd_time --trial-max "$o_tmax") || exit 2
		tmin=$(nd_time --trial-min "${o_tmin:-1s}") || exit 2
		# the default minimum never exceeds an explicit maximum
		[ -z "$o_tmin" ] && nd_true "$tmin > $tmax" && tmin=$tmax
		nd_true "$tmin <= $tmax" || nd_die "--trial-min: $tmin s is above --trial-max $tmax s"
	fi
	[ "$o_search" = bisect ] && tmin=$tmax
	sum=$(awk -v t="$tmax" 'BEGIN { printf "%g\n", 2 * t }')
	if [ -n "$o_sum" ]; then
		sum=$(nd_time --duration-sum "$o_sum" 2>/dev/null | head -n 1)
		[ -z "$sum" ] && sum=$(nd_num "$o_sum" s)
		{ [ -n "$sum" ] && nd_true "$sum >= $tmax && $sum <= 3600"; } ||
			nd_die "--duration-sum: '$o_sum' is not a time in $tmax s (--trial-max)..3600s"
	fi
	exceed=0.5
	if [ -n "$o_exceed" ]; then
		case $o_exceed in
		*%) exceed=$(nd_num "$o_exceed" %) && [ -n "$exceed" ] && exceed=$(awk -v e="$exceed" 'BEGIN { printf "%g\n", e / 100 }') ;;
		*) exceed=$(nd_num "$o_exceed" '') ;;
		esac
		{ [ -n "$exceed" ] && nd_true "$exceed >= 0 && $exceed < 1"; } ||
			nd_die "--exceed-ratio: '$o_exceed' is not a ratio 0 <= R < 1 (or 0%..99%), like 0.5"
	fi
	if [ "$o_search" = mlr ]; then : "${o_maxt:=60}" "${o_lat:=10,50,90}"; else : "${o_maxt:=30}" "${o_lat:=none}"; fi
	sw_int --max-trials "$o_maxt" 3 1000
	lat=''
	if [ "$o_lat" != none ]; then
		[ -n "$(sw_list "$o_lat")" ] || nd_die "--latency-at: empty list (none for no latency trials)"
		for p in $(sw_list "$o_lat"); do
			sw_int --latency-at "$p" 1 100
			lat="$lat${lat:+,}$p"
		done
	fi
	sw_int --batch "$SW_BATCH" 1 1024
	# the receiver stops this long after the last packet
	SW_IDLE=${PKTBENCH_NDR_IDLE:-0.5s}
	sw_secs PKTBENCH_NDR_IDLE "$SW_IDLE" 0.001 3600
	SW_STOP=''
	ND_CFG=$(jq -cn --arg search "$o_search" --argjson pdr "$pdr" --argjson res "$res" \
		--argjson tmin "$tmin" --argjson tmax "$tmax" --argjson sum "$sum" \
		--argjson exceed "$exceed" --argjson maxt "$o_maxt" --arg lat "$lat" '
		{search: $search, max_trials: $maxt,
		 goals: [{name: "ndr", loss_ratio: 0}, {name: "pdr", loss_ratio: ($pdr / 100)}],
		 pdr_pct: $pdr, resolution_pct: $res,
		 trial_min_s: $tmin, trial_max_s: $tmax, duration_sum_s: $sum,
		 exceed_ratio: $exceed, width: ($res / 100), resolution: ($res / 100),
		 latency_at: ($lat | if . == "" then [] else split(",") | map(tonumber / 100) end),
		 latency_goal: "pdr"}')
	: "${ND_OUT:=$PKTBENCH_ROOT/results/ndr-$(date -u +%Y%m%dT%H%M%SZ)}"
	sw_out_dir --out "$ND_OUT" ndr.json sizes.json
	ND_OUT=$SW_OUTDIR
}

# Binaries, tools, and whether the set-up can be built here.
ndr_prepare() {
	for t in jq awk; do
		command -v $t >/dev/null || SW_DIE_CODE=4 nd_die "needs $t"
	done
	case $ND_RUNNER in
	netns)
		sw_pick_bin || SW_DIE_CODE=4 nd_die "no pktsend/pktrecv in ${SW_BIN:-build/gcc or build/static} (run make, or set PKTBENCH_BIN)" ;;
	docker | lab) SW_BIN=${PKTBENCH_BIN:-$PKTBENCH_ROOT/build/gcc} ;;
	connect)
		SW_BIN=${PKTBENCH_BIN:-$PKTBENCH_ROOT/build/gcc}
		case $SW_BIN in /*) ;; *) SW_BIN=$PKTBENCH_ROOT/$SW_BIN ;; esac ;;
	esac
	runner_call "$ND_RUNNER" probe "$ND_SETUP" ||
		SW_DIE_CODE=4 nd_die "--setup $ND_SETUP: cannot run with the $ND_RUNNER runner: $SW_REASON"
}

# The bytes of one frame as pktbench counts rates (Ethernet header, IPv4,
# UDP, payload: size + 42); for imix the mean of 64/570/1518-byte frames
# less the FCS pktbench does not count, unless the sender said (ndr_record
# takes its bytes / sent).
nd_frame_bytes() {
	if [ "$1" = imix ]; then echo 349.8333; else echo $(($1 + 42)); fi
}

# One trial at $1 pps (0: unpaced) for $2 s: ND_LINE gets the JSON line
# {sent, received, tx_pps[, rx_pps, tx_bytes, cpu, lat_*]}; 1 with
# ND_ERR when it could not run.
ndr_trial() {
	ND_LINE='' ND_ERR=''
	nd_d=$ND_TMP/trial
	rm -rf "$nd_d" && mkdir -p "$nd_d"
	nd_r=max
	[ "$1" -gt 0 ] && nd_r=${1}pps
	SW_DURATION=$2
	if ! runner_call "$ND_RUNNER" run "$ND_SETUP" "$ND_MODE" 0 "$nd_r" "$ND_SIZE" "$nd_d"; then
		[ -n "$SW_STOP" ] && return 1
		# a receiver that counted nothing still tells the loss
		if [ ! -s "$nd_d/rx.json" ] || [ ! -s "$nd_d/tx.json" ]; then
			ND_ERR=$SW_REASON
			return 1
		fi
	fi
	ND_LINE=$(jq -cn --slurpfile rx "$nd_d/rx.json" --slurpfile tx "$nd_d/tx.json" '
		$rx[0] as $r | $tx[0] as $t
		| {sent: $t.stats.sent, received: $r.stats.received,
		   tx_pps: $t.stats.pps, rx_pps: $r.stats.pps, tx_bytes: $t.stats.bytes,
		   cpu: (if ($t.config.cpu // null) == null and ($r.config.cpu // null) == null then null
			 else {tx: ($t.config.cpu // null), rx: ($r.config.cpu // null)} end),
		   lat_p50_ns: $r.stats.lat_p50_ns, lat_p90_ns: $r.stats.lat_p90_ns,
		   lat_p99_ns: $r.stats.lat_p99_ns}' 2>/dev/null)
	# the raw results, by the number the trial gets if recorded
	mkdir -p "$ND_DIR/trials"
	cp "$nd_d/rx.json" "$ND_DIR/trials/$((ND_N + 1))-rx.json" 2>/dev/null
	cp "$nd_d/tx.json" "$ND_DIR/trials/$((ND_N + 1))-tx.json" 2>/dev/null
	[ -n "$SW_STOP" ] && return 1
	[ -n "$ND_LINE" ] || { ND_ERR="no result line"; return 1; }
	return 0
}

# The drops by place of the trial just run, from drops.jq; null without
# both results.
ndr_drops() {
	f=$PKTBENCH_ROOT/scripts/sweep/drops.jq
	if [ -f "$f" ] &&
		[ -s "$ND_TMP/trial/rx.json" ] && [ -s "$ND_TMP/trial/tx.json" ]; then
		out=$(printf '{"rx":%s,"tx":%s}' "$(cat "$ND_TMP/trial/rx.json")" "$(cat "$ND_TMP/trial/tx.json")" |
			jq -c -f "$f" 2>/dev/null)
		printf '%s\n' "${out:-null}"
	else
		echo null
	fi
}

# Seconds since boot into ND_UPT, without a process.
nd_uptime() { read -r ND_UPT _ </proc/uptime; }

# ndr_record NEXT T0: check the trial's line and append its record to
# trials.jsonl.  Every number a trial reports is range-checked here, once
# (scripts/sweep/trialcheck.jq, which the sweep shares):
# a result the search could take for an answer it is not (NaN, nothing
# sent, more received than sent, a rate of 2^63) is refused: 1 with
# ND_ERR saying what, and the line kept in refused.jsonl.
ndr_record() {
	nd_uptime
	nd_rec=$(printf '%s\n' "$ND_LINE" | jq -c -L "$SW_LIB" --argjson n "$((ND_N + 1))" --argjson next "$1" \
		--argjson drops "$(ndr_drops)" --argjson t0 "$2" --argjson t1 "$ND_UPT" \
		--argjson fb "$(nd_frame_bytes "$ND_SIZE")" '
		include "trialcheck";
		if type != "object" then {refused: "not a JSON object"}
		else
		  trial_refusals as $bad
		  | if ($bad | length) > 0 then {refused: ($bad | join("; "))}
		    else
		      ((.sent - .received) / .sent) as $loss
		      | (if (.tx_bytes // 0) > 0 then .tx_bytes / .sent else $fb end) as $b
		      | {n: $n, kind: $next.kind, goal: $next.goal, target: $next.target,
			 fraction: $next.fraction,
			 rate_asked_pps: $next.rate_pps, unpaced: ($next.rate_pps == 0),
			 duration_s: $next.duration_s,
			 rate_achieved_pps: .tx_pps, rx_pps: (.rx_pps // null),
			 sent: .sent, received: .received, lost: (.sent - .received),
			 loss_ratio: $loss, frame_bytes: $b,
			 offered_mbps: (.tx_pps * $b * 8 / 1e6),
			 cpu: (.cpu // null),
			 lat_p50_ns: (.lat_p50_ns // null), lat_p90_ns: (.lat_p90_ns // null),
			 lat_p99_ns: (.lat_p99_ns // null),
			 drops: $drops, wall_s: ((($t1 - $t0) * 1000 | round) / 1000),
			 time: (now | floor | todate)}
		    end
		end' 2>"$ND_TMP/jq.err")
	case $nd_rec in
	'{"refused":'*)
		ND_ERR="trial result refused: $(printf '%s' "$nd_rec" | jq -r .refused): $(printf '%s' "$ND_LINE" | cut -c1-160)"
		printf '%s\n' "$nd_rec" | jq -c --arg line "$ND_LINE" --argjson n "$((ND_N + 1))" \
			'{after_trial: ($n - 1), reason: .refused, line: $line}' >>"$ND_DIR/refused.jsonl"
		return 1 ;;
	'{'*) ;;
	*)
		ND_ERR="trial result refused: not JSON: $(printf '%s' "$ND_LINE" | cut -c1-160)"
		jq -cn --arg line "$ND_LINE" --argjson n "$((ND_N + 1))" \
			'{after_trial: ($n - 1), reason: "not JSON", line: $line}' >>"$ND_DIR/refused.jsonl"
		return 1 ;;
	esac
	ND_N=$((ND_N + 1))
	printf '%s\n' "$nd_rec" >>"$ND_DIR/trials.jsonl"
	return 0
}

# Run and record the trial the step asked for ($1, its JSON): a trial
# that cannot run or whose result is refused is tried once more; two in
# a row stop the search.
ndr_do() {
	nd_uptime
	nd_t0=$ND_UPT
	set -- "$1" "$(printf '%s\n' "$1" | jq -r '"\(.rate_pps) \(.duration_s)"')"
	# shellcheck disable=SC2086
	if ndr_trial $2 && ndr_record "$1" "$nd_t0"; then
		ND_FAILS=0
		if [ -n "${ND_STATE_PENDING:-}" ]; then
			ND_STATE=$(runner_call "$ND_RUNNER" state "$ND_SETUP" 2>/dev/null)
			ND_STATE_PENDING=
		fi
		return 0
	fi
	[ -n "$SW_STOP" ] && return 1
	ND_FAILS=$((ND_FAILS + 1))
	sw_log "trial at $(ndr_k "${2%% *}") failed: $ND_ERR"
	[ $ND_FAILS -lt 2 ] && { ndr_do "$1"; return $?; }
	ND_ABORT="two trials in a row could not run: $ND_ERR"
	return 1
}

# pps -> "123.4 kpps"; ndr_k: 0 is "unpaced"
ndr_k() {
	if [ "$1" = 0 ]; then echo unpaced; else awk -v r="$1" 'BEGIN { printf "%.1f kpps\n", r / 1000 }'; fi
}

# One progress line after each trial: its rate, result and the bounds
# the step now has (bisect: the intervals and an ETA from the trials
# still to come at most).
ndr_progress() {
	nd_uptime
	printf '%s\n' "$1" | jq -r --slurpfile t "$ND_DIR/trials.jsonl" '
		$t[-1] as $l
		| [$l.n, .status.left // -1, $l.kind, $l.rate_asked_pps, $l.duration_s,
		   $l.rate_achieved_pps, $l.loss_ratio,
		   (.status.goals[] | .lo, (.hi // -1))] | map(tostring) | join(" ")' |
	awk -v t0="$ND_T0" -v t1="$ND_UPT" -v trial="$ND_TMAX" -v sz="$ND_SIZE" -v many="$ND_MANY" '
		function k(x) { return x < 0 ? "-" : sprintf("%.1f kpps", x / 1000) }
		function hms(s) { s = int(s + 0.5); h = int(s / 3600); m = int((s % 3600) / 60)
			return h ? sprintf("%d:%02d:%02d", h, m, s % 60) : sprintf("%d:%02d", m, s % 60) }
		{
			n = $1; left = $2; el = t1 - t0
			what = $3 " " ($4 == 0 ? "unpaced" : k($4))
			head = left >= 0 ? sprintf("[%d, <= %d left]", n, left) : sprintf("[%d]", n)
			if (left < 0) what = what sprintf(" %gs", $5)
			line = sprintf("ndr: %s%s %s: achieved %s, loss %.4g %%  NDR [%s, %s)  PDR [%s, %s)  elapsed %s",
				head, many ? " " sz " B" : "", what, k($6), $7 * 100, k($8), k($9), k($10), k($11), hms(el))
			if (left >= 0) {
				per = n ? el / n : trial + 1
				if (per < trial) per = trial
				line = line sprintf("  ETA <= %s", hms(per * left))
			}
			print line
		}' >&2
}

ndr_on_signal() {
	SW_STOP=1
	runner_call "$ND_RUNNER" kill
}

# Tear the set-up down (also after Ctrl-C).
ndr_down() {
	if [ -n "${ND_UP:-}" ]; then
		runner_call "$ND_RUNNER" kill
		runner_call "$ND_RUNNER" down "$ND_SETUP"
		runner_call "$ND_RUNNER" finish
		ND_UP=
	fi
}

ndr_cleanup() {
	ndr_down
	[ -n "${ND_TMP:-}" ] && rm -rf "$ND_TMP"
	ND_TMP=
}

# The search of one size into ND_DIR: step, trial, record, until the step
# says done (0, ND_STEP holds the answer) or a trial fails twice or a
# signal came (1).
ndr_search() {
	: >"$ND_DIR/trials.jsonl"
	ND_N=0 ND_FAILS=0 ND_STEP=''
	while [ -z "$SW_STOP" ]; do
		nd_next=$(jq -s -c --argjson cfg "$ND_CFG" -f "$SW_LIB/ndr_step.jq" "$ND_DIR/trials.jsonl" 2>"$ND_TMP/step.err") || {
			ND_ABORT="the search step failed: $(tail -n 1 "$ND_TMP/step.err")"
			return 1
		}
		[ "$ND_N" -gt 0 ] && ndr_progress "$nd_next"
		case $nd_next in
		*'"action":"done"'*) ND_STEP=$nd_next; return 0 ;;
		esac
		ndr_do "$nd_next" || return 1
	done
	return 1
}

ndr_run() {
	ND_TMP=$(mktemp -d /tmp/pktbench-ndr.XXXXXX)
	SW_TMP=$ND_TMP SW_LIB=$PKTBENCH_ROOT/scripts/sweep
	ND_ABORT='' ND_STATE=null ND_MANY=''
	[ "$(echo $ND_SIZES | wc -w)" -gt 1 ] && ND_MANY=1
	ND_TMAX=$(printf '%s\n' "$ND_CFG" | jq .trial_max_s)
	ND_STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	nd_uptime
	ND_T0=$ND_UPT
	trap ndr_cleanup EXIT
	trap ndr_on_signal INT TERM
	ND_MACHINE=$(sw_machine_json "$SW_BIN")
	# each trial's sender and receiver on CPUs of their own (runner.sh)
	runner_placement "$ND_RUNNER" "$o_pin"
	sw_log "placement: $(printf '%s\n' "$SW_PLACEMENT_JSON" | jq -r 'if .pinned then "sender on CPU \(.tx_cpu), receiver on CPU \(.rx_cpu)" else "not pinned (\(.why))" end')"
	ND_UP=1
	runner_call "$ND_RUNNER" up "$ND_SETUP" || {
		ND_UP=
		SW_DIE_CODE=4 nd_die "$ND_SETUP: set-up failed: $SW_REASON"
	}
	runner_call "$ND_RUNNER" point_reason "$ND_SETUP" "$ND_MODE" ||
		SW_DIE_CODE=4 nd_die "--mode $ND_MODE: $SW_REASON"
	ND_STATE_PENDING=1
	sw_log "$ND_SETUP $ND_MODE $(echo $ND_SIZES | sed 's/ /, /g') B, runner $ND_RUNNER, $(printf '%s\n' "$ND_CFG" |
		jq -r 'if .search == "bisect" then "bisection, \(.trial_max_s) s trials, resolution \(.resolution_pct) %"
		       else "RFC 9971 search, trials \(.trial_min_s)..\(.trial_max_s) s, duration sum \(.duration_sum_s) s, exceed ratio \(.exceed_ratio), width \(.resolution_pct) %" end
		       + ", PDR \(.pdr_pct) %, at most \(.max_trials) trials"'), into $ND_OUT"
	rc=0
	: >"$ND_TMP/done"
	for ND_SIZE in $ND_SIZES; do
		ND_DIR=$ND_OUT
		[ -n "$ND_MANY" ] && ND_DIR=$ND_OUT/size-$ND_SIZE && mkdir -p "$ND_DIR"
		: >"$ND_DIR/refused.jsonl"
		ndr_search
		src=$?
		trap '' INT TERM	# the output is short and must be whole
		ndr_write
		[ -z "$SW_STOP" ] && ndr_summary
		printf '%s\n' "$ND_DIR" >>"$ND_TMP/done"
		trap ndr_on_signal INT TERM
		[ $src -ne 0 ] && { rc=1; break; }
	done
	trap '' INT TERM
	ndr_down
	[ -n "$ND_MANY" ] && ndr_write_sizes
	if [ -n "$SW_STOP" ]; then
		sw_log "interrupted after $ND_N trials; $ND_DIR/ndr.json holds them (complete: false)"
		exit 130
	fi
	if [ $rc -ne 0 ]; then
		sw_log "stopped: $ND_ABORT"
		exit 1
	fi
	exit 0
}

# ndr.json, trials.csv, ndr.csv and ndr.png of the size just searched.
ndr_write() {
	ND_FINISHED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	complete=true
	{ [ -n "$SW_STOP" ] || [ -n "$ND_ABORT" ]; } && complete=false
	jq -s --arg cmd "$ND_CMD" --arg runner "$ND_RUNNER" --arg setup "$ND_SETUP" \
		--arg mode "$ND_MODE" --arg size "$ND_SIZE" --argjson batch "$SW_BATCH" \
		--argjson cfg "$ND_CFG" --arg connect "${CN_HOST:-}" \
		--arg bin "$SW_BIN" --arg idle "$SW_IDLE" \
		--argjson machine "$ND_MACHINE" --argjson state "${ND_STATE:-null}" \
		--argjson placement "$SW_PLACEMENT_JSON" \
		--arg started "$ND_STARTED" --arg finished "$ND_FINISHED" \
		--argjson wall "$(nd_uptime; awk -v a="$ND_T0" -v b="$ND_UPT" 'BEGIN { printf "%.1f", b - a }')" \
		--argjson complete $complete --arg abort "$ND_ABORT" \
		--argjson step "${ND_STEP:-null}" --argjson fb "$(nd_frame_bytes "$ND_SIZE")" \
		--slurpfile refused "$ND_DIR/refused.jsonl" '
		. as $t
		| ($size | tonumber? // $size) as $size
		# bytes per frame: what the senders said, else size + 42
		| ([$t[] | .frame_bytes] | if length > 0 then add / length * 10000 | round / 10000 else $fb end) as $b
		| def mbps: if . == null then null else . * $b * 8 / 1e6 end;
		  def fwd: .rate_achieved_pps * (1 - .loss_ratio);
		  # coefficient of variation of the forwarding rate at load $r
		  def cv($r): [$t[] | select(.kind != "latency" and .rate_asked_pps == $r) | fwd]
			| if length < 2 then null
			  else (add / length) as $m
			  | if $m == 0 then null
			    else ((map(pow(. - $m; 2)) | add) / (length - 1) | sqrt) / $m end end;
		  def reached($a): [$t[] | select(.kind == "verify"
			and .rate_asked_pps == (if $a.sender_bound then 0 else $a.pps end)
			and .loss_ratio <= $a.loss_ratio + 1e-12) | .rate_achieved_pps] | last;
		  def answer: if $step == null then null
			else (.goals | map(select(.name == "ndr"))[0]) as $n
			| (.goals | map(select(.name == "pdr"))[0]) as $p
			| [$n, $p] | map(if . == null then null else
				. + {loss_threshold: .loss_ratio, mbps: (.pps | mbps),
				     load_cv: cv(if .sender_bound then 0 else .pps end)}
				+ (if $cfg.search == "bisect" then {verified_achieved_pps: reached(.)}
				   else {conditional_throughput_mbps: (.conditional_throughput_pps | mbps),
					 fail_pps: .relevant_upper_bound_pps} end) end) end;
		($step | answer) as $a
		| ($a // [null, null]) as [$ndr, $pdr]
		| ($complete and $step != null) as $complete
		| {command: $cmd,
		   config: {runner: $runner, setup: $setup, mode: $mode, size: $size, batch: $batch,
			    search: $cfg.search, trial_s: $cfg.trial_max_s,
			    trial_min_s: $cfg.trial_min_s, trial_max_s: $cfg.trial_max_s,
			    duration_sum_s: (if $cfg.search == "mlr" then $cfg.duration_sum_s else null end),
			    exceed_ratio: (if $cfg.search == "mlr" then $cfg.exceed_ratio else null end),
			    resolution_pct: $cfg.resolution_pct, pdr_pct: $cfg.pdr_pct,
			    max_trials: $cfg.max_trials,
			    latency_at_pct: [$cfg.latency_at[] * 100 | round],
			    frame_bytes: $b,
			    connect: (if $connect == "" then null else $connect end),
			    binaries: $bin, idle_timeout: $idle},
		   machine: $machine, setup_state: $state, placement: $placement,
		   cpu: ([$t[] | .cpu | select(. != null)] | first // null),
		   started: $started, finished: $finished, wall_s: $wall,
		   complete: $complete,
		   stopped: (if $abort != "" then $abort else $step.stopped end),
		   unpaced_pps: ($step.unpaced_pps // ([$t[] | select(.rate_asked_pps == 0) | .rate_achieved_pps | floor] | first) // 0),
		   resolution_pps: (if $cfg.search == "bisect" then
			([(($step.unpaced_pps // 0) * $cfg.resolution | floor), 1] | max) else null end),
		   ndr_pps: (if $complete then $ndr.pps else null end),
		   ndr_mbps: (if $complete then $ndr.mbps else null end),
		   pdr_pps: (if $complete then $pdr.pps else null end),
		   pdr_mbps: (if $complete then $pdr.mbps else null end),
		   sender_bound: (if $complete then ($ndr.sender_bound and $pdr.sender_bound) else null end),
		   ndr: $ndr, pdr: $pdr,
		   latency: (if $complete then [($step.latency // [])[] | . + {pct: (.fraction * 100 | round)}] else [] end),
		   trials: $t,
		   verification_trials: [$t[] | select(.kind == "verify")],
		   refused_trials: $refused}' \
		"$ND_DIR/trials.jsonl" >"$ND_DIR/ndr.json.tmp" && mv "$ND_DIR/ndr.json.tmp" "$ND_DIR/ndr.json"
	rm -f "$ND_DIR/trials.jsonl" "$ND_DIR/refused.jsonl"
	jq -r '
		.trials as $t
		| def fwd: .rate_achieved_pps * (1 - .loss_ratio);
		  def cv($r): [$t[] | select(.kind != "latency" and .rate_asked_pps == $r) | fwd]
			| if length < 2 then null
			  else (add / length) as $m
			  | if $m == 0 then null else ((map(pow(. - $m; 2)) | add) / (length - 1) | sqrt) / $m end end;
		["n","kind","rate_asked_pps","rate_achieved_pps","sent","received","lost","loss_ratio",
		 "offered_mbps","wall_s","duration_s","goal","target","lat_p50_ns","lat_p90_ns","lat_p99_ns",
		 "cpu","load_cv"],
		($t[] | [.n, .kind, .rate_asked_pps, .rate_achieved_pps, .sent, .received, .lost,
		 .loss_ratio, .offered_mbps, .wall_s, .duration_s, .goal, .target,
		 .lat_p50_ns, .lat_p90_ns, .lat_p99_ns,
		 (if .cpu == null then null else .cpu | tojson end),
		 (if .kind == "latency" then null else cv(.rate_asked_pps) end)]) | @csv' \
		"$ND_DIR/ndr.json" >"$ND_DIR/trials.csv"
	ndr_csv "$ND_DIR/ndr.json" >"$ND_DIR/ndr.csv"
	ndr_plot
}

# ndr.csv: one row per size (one per ndr.json given): the answers, the
# latency at each share of the PDR, the CPU placement (empty: nothing
# pinned) and the coefficient of variation at each answer's load.
ndr_csv() {
	jq -rn '
		def lat($f; $q): (.latency | map(select(.pct == $f)) | .[0]["p\($q)_ns"]) // null;
		def cpu: if .cpu == null then null else .cpu | tojson end;
		["size","search","complete","ndr_pps","ndr_mbps","ndr_upper_pps","ndr_conditional_pps",
		 "pdr_pps","pdr_mbps","pdr_upper_pps","pdr_conditional_pps","sender_bound",
		 "lat10_p50_ns","lat10_p90_ns","lat10_p99_ns","lat50_p50_ns","lat50_p90_ns","lat50_p99_ns",
		 "lat90_p50_ns","lat90_p90_ns","lat90_p99_ns","trials","wall_s","cpu","ndr_load_cv","pdr_load_cv",
		 "placement"],
		(inputs | [.config.size, .config.search, .complete, .ndr_pps, .ndr_mbps, .ndr.fail_pps,
		  .ndr.conditional_throughput_pps, .pdr_pps, .pdr_mbps, .pdr.fail_pps,
		  .pdr.conditional_throughput_pps, .sender_bound,
		  lat(10; 50), lat(10; 90), lat(10; 99), lat(50; 50), lat(50; 90), lat(50; 99),
		  lat(90; 50), lat(90; 90), lat(90; 99), (.trials | length), .wall_s, cpu,
		  .ndr.load_cv, .pdr.load_cv,
		  (.placement | if . == null then null elif .pinned then "tx\(.tx_cpu)/rx\(.rx_cpu)" else "none" end)]) | @csv' "$@"
}

# With --sizes: sizes.json across the sizes (each size's answer, the
# latency, and where its files are), ndr.csv and ndr.png.
ndr_write_sizes() {
	set --
	while IFS= read -r d; do set -- "$@" "$d/ndr.json"; done <"$ND_TMP/done"
	[ $# -gt 0 ] || return 0
	jq -s --arg cmd "$ND_CMD" --arg out "$ND_OUT" '
		{command: $cmd, machine: .[0].machine, config: (.[0].config | del(.size)),
		 sizes: [.[] | .config.size], complete: (all(.[]; .complete) and length > 0),
		 results: [.[] | {size: .config.size, dir: ("size-\(.config.size)"), complete, stopped,
			ndr_pps, ndr_mbps, pdr_pps, pdr_mbps, sender_bound, unpaced_pps,
			ndr: (.ndr | if . then {pps, fail_pps, conditional_throughput_pps, regular, irregular, verified, load_cv} else null end),
			pdr: (.pdr | if . then {pps, fail_pps, conditional_throughput_pps, regular, irregular, verified, load_cv} else null end),
			latency, cpu, trials: (.trials | length), wall_s}]}' \
		"$@" >"$ND_OUT/sizes.json.tmp" && mv "$ND_OUT/sizes.json.tmp" "$ND_OUT/sizes.json"
	ndr_csv "$@" >"$ND_OUT/ndr.csv"
	ndr_plot_sizes
	jq -r 'def us: if . == null then "-" else "\(. / 100 | round / 10)" end;
		.results[] | "ndr: \(.size) B: " + (if .complete then "NDR \(.ndr_pps / 100 | round / 10) kpps, PDR \(.pdr_pps / 100 | round / 10) kpps"
		+ ((.latency | map(select(.pct == 90)) | .[0]) as $l
		   | if $l then ", latency p50/p90/p99 at 90 % of PDR \($l.p50_ns | us)/\($l.p90_ns | us)/\($l.p99_ns | us) us" else "" end)
		else "no answer" end)' "$ND_OUT/sizes.json" >&2
}

# gnuplot's terminal, pngcairo where it works.
nd_term() {
	nd_term="pngcairo size 800,$1 font 'sans,10' noenhanced"
	gnuplot -e 'set terminal pngcairo' >/dev/null 2>&1 </dev/null ||
		nd_term="png size 800,$1 noenhanced"
	printf '%s\n' "$nd_term"
}

# ndr.png: loss (%) against the offered rate (kpps, achieved), search,
# verification and latency trials apart, NDR and PDR as vertical lines;
# below, with latency trials, p50/p90/p99 against their rate.  The loss
# axis is logarithmic so that 0.01 % and 40 % both show; no loss sits on
# the axis's floor, labelled 0.
ndr_plot() {
	command -v gnuplot >/dev/null || { sw_log "no gnuplot: ndr.png not drawn"; return 0; }
	lat=$(jq '[.latency[] | select(.p50_ns != null)] | length' "$ND_DIR/ndr.json")
	term=$(nd_term $([ "$lat" -gt 0 ] && echo 760 || echo 480))
	jq -r --arg term "$term" --arg out ndr.png --argjson lat "$lat" '
		def k: . / 1000;
		def pts(kind): [.trials[] | select(.kind == kind)
			| "\(.rate_achieved_pps | k) \([.loss_ratio * 100, 0.0001] | max)"] | join("\n");
		"set terminal \($term)",
		"set output \u0027\($out)\u0027",
		(if $lat > 0 then "set multiplot layout 2,1" else empty end),
		"set title \u0027pktbench ndr: \(.config.setup) \(.config.mode) \(.config.size) B, \(.config.runner), \(if .config.search == "bisect" then "bisection, \(.config.trial_s) s trials" else "RFC 9971, \(.config.trial_min_s)-\(.config.trial_max_s) s trials" end)\(if .complete then "" else " (interrupted)" end)\u0027",
		"set xlabel \u0027offered rate, achieved by the sender (kpps)\u0027",
		"set ylabel \u0027loss (%)\u0027",
		"set grid", "set key below horizontal",
		"set style textbox opaque noborder",
		"set xrange [0:*]", "set logscale y", "set yrange [0.00005:300]",
		"set ytics (\u00270\u0027 0.0001, \u00270.001\u0027 0.001, \u00270.01\u0027 0.01, \u00270.1\u0027 0.1, \u00271\u0027 1, \u002710\u0027 10, \u0027100\u0027 100)",
		"set offsets 0, graph 0.05, 0, 0",
		"$s << EOD", pts("search"), "EOD",
		"$v << EOD", pts("verify"), "EOD",
		"$l << EOD", pts("latency"), "EOD",
		(if .ndr_pps != null and .ndr_pps > 0 then
			"set arrow 1 from \(.ndr_pps | k), graph 0 to \(.ndr_pps | k), graph 1 nohead lc rgb \u0027#2ca02c\u0027 lw 2",
			"set label 1 \u0027NDR \(.ndr_pps | k * 10 | round / 10) kpps\u0027 at \(.ndr_pps | k), graph 0.95 offset 0.5,0 tc rgb \u0027#2ca02c\u0027 boxed front"
		 else empty end),
		(if .pdr_pps != null and .pdr_pps > 0 then
			"set arrow 2 from \(.pdr_pps | k), graph 0 to \(.pdr_pps | k), graph 1 nohead dt 2 lc rgb \u0027#ff7f0e\u0027 lw 2",
			"set label 2 \u0027PDR \(.config.pdr_pct) % \(.pdr_pps | k * 10 | round / 10) kpps\u0027 at \(.pdr_pps | k), graph 0.87 offset 0.5,0 tc rgb \u0027#ff7f0e\u0027 boxed front"
		 else empty end),
		"plot $s using 1:2 with points pt 7 ps 1.2 lc rgb \u0027#1f77b4\u0027 title \u0027search trials\u0027, \\",
		"     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb \u0027#d62728\u0027 title \u0027verification trials\u0027, \\",
		"     $l using 1:2 with points pt 9 ps 1.5 lc rgb \u0027#9467bd\u0027 title \u0027latency trials\u0027, \\",
		"     \(.config.pdr_pct) with lines dt 3 lc rgb \u0027#ff7f0e\u0027 title \u0027PDR threshold\u0027",
		(if $lat > 0 then
			"unset arrow", "unset label", "unset logscale y", "set yrange [0:*]", "set ytics auto",
			"set title \u0027one-way latency at \([.latency[] | .pct | tostring] | join(", ")) % of the PDR\u0027",
			"set ylabel \u0027latency (us)\u0027",
			"$q << EOD",
			(.latency[] | select(.p50_ns != null)
			 | "\(.rate_achieved_pps | k) \(.p50_ns / 1000) \((.p90_ns // null) | if . == null then "NaN" else . / 1000 end) \((.p99_ns // null) | if . == null then "NaN" else . / 1000 end)"),
			"EOD",
			"plot $q using 1:2 with linespoints pt 7 lc rgb \u0027#1f77b4\u0027 title \u0027p50\u0027, \\",
			"     $q using 1:3 with linespoints pt 5 lc rgb \u0027#ff7f0e\u0027 title \u0027p90\u0027, \\",
			"     $q using 1:4 with linespoints pt 9 lc rgb \u0027#d62728\u0027 title \u0027p99\u0027",
			"unset multiplot"
		 else empty end)
	' "$ND_DIR/ndr.json" >"$ND_DIR/plot.gp" || return 0
	(cd "$ND_DIR" && gnuplot plot.gp) 2>"$ND_TMP/gp.err" ||
		sw_log "gnuplot failed: $(tail -n 1 "$ND_TMP/gp.err" 2>/dev/null)"
}

# ndr.png across sizes: NDR and PDR (kpps) per size; below, the latency
# percentiles at 90 % of the PDR.
ndr_plot_sizes() {
	command -v gnuplot >/dev/null || return 0
	jq -r --arg term "$(nd_term 760)" '
		"set terminal \($term)", "set output \u0027ndr.png\u0027",
		"set multiplot layout 2,1",
		"set title \u0027pktbench ndr: \(.config.setup) \(.config.mode), NDR and PDR per packet size\u0027",
		"set style data histogram", "set style histogram clustered gap 1",
		"set style fill solid 0.8 border -1", "set grid ytics", "set key below horizontal",
		"set ylabel \u0027kpps\u0027", "set xlabel \u0027UDP payload (B)\u0027", "set yrange [0:*]",
		"$a << EOD",
		(.results[] | "\"\(.size)\" \((.ndr_pps // 0) / 1000) \((.pdr_pps // 0) / 1000)"),
		"EOD",
		"plot $a using 2:xtic(1) title \u0027NDR\u0027 lc rgb \u0027#2ca02c\u0027, \u0027\u0027 using 3 title \u0027PDR \(.config.pdr_pct) %\u0027 lc rgb \u0027#ff7f0e\u0027",
		"set title \u0027one-way latency at 90 % of the PDR\u0027", "set ylabel \u0027us\u0027",
		"$b << EOD",
		(.results[] | ((.latency // []) | map(select(.pct == 90)) | .[0]) as $l
		 | "\"\(.size)\" \(($l.p50_ns // 0) / 1000) \(($l.p90_ns // 0) / 1000) \(($l.p99_ns // 0) / 1000)"),
		"EOD",
		"plot $b using 2:xtic(1) title \u0027p50\u0027 lc rgb \u0027#1f77b4\u0027, \u0027\u0027 using 3 title \u0027p90\u0027 lc rgb \u0027#ff7f0e\u0027, \u0027\u0027 using 4 title \u0027p99\u0027 lc rgb \u0027#d62728\u0027",
		"unset multiplot"' "$ND_OUT/sizes.json" >"$ND_OUT/plot.gp" || return 0
	(cd "$ND_OUT" && gnuplot plot.gp) 2>"$ND_TMP/gp.err" ||
		sw_log "gnuplot failed: $(tail -n 1 "$ND_TMP/gp.err" 2>/dev/null)"
}

ndr_summary() {
	jq -r '
		def k: "\(. / 1000 * 10 | round / 10) kpps";
		def mb: "\(if . < 10 then (. * 10 | round / 10) else round end) Mbit/s";
		def us: if . == null then "-" else "\(. / 100 | round / 10)" end;
		def ans(a): if a.pps == 0 then "none (every trial lost more)"
			else "\(a.pps | k) (\(a.mbps | mb)\(if .config.search == "mlr" and a.fail_pps != null
				then ", fails at \(a.fail_pps | k)" else "" end))"
			  + (if a.sender_bound then ", sender-bound" else "" end)
			  + (if .config.search == "bisect" then (if a.verified then "" else ", NOT verified" end)
			     elif a.regular or a.sender_bound then "" else ", irregular (\(a.irregular // .stopped))" end) end;
		("ndr: \(.config.setup) \(.config.mode) \(.config.size) B: "
		 + (if .complete then "NDR \(ans(.ndr)), PDR \(.config.pdr_pct)% \(ans(.pdr)); "
		    else "no answer; " end)
		 + "\(.trials | length) trials, \(.wall_s | round) s"
		 + (if .stopped then " (stopped: \(.stopped))" else "" end)),
		(if (.latency | length) > 0 then
			"ndr: latency p50/p90/p99 (us) at "
			+ ([.latency[] | "\(.pct) % of PDR (\(.rate_pps | k)): \(.p50_ns | us)/\(.p90_ns | us)/\(.p99_ns | us)"] | join(", "))
		 else empty end)' "$ND_DIR/ndr.json" >&2
}
