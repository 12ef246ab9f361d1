# `pktbench ndr`: the highest offered rate whose loss stays at or below a
# threshold (RFC 2544 throughput): 0 for the no-drop rate (NDR), --pdr for
# the partial-drop rate (PDR), both from one search.  POSIX sh, sourced by
# bin/pktbench after lib.sh, netns.sh, docker.sh and sweep.sh, whose
# runners (set-up, one run, teardown) it reuses; see docs/ndr.md.
#
# The search keeps one interval [lo, hi) per threshold: lo the highest rate
# seen passing, hi the lowest seen failing.  Every trial narrows both; the
# next trial bisects the widest interval still above the resolution.  Once
# all are narrow, each answer (lo) is verified by one more trial at it; a
# verification that fails makes that rate the new hi and the search goes
# on below it (at most ND_MAX_VFAIL times per threshold).

ND_MAX_VFAIL=3
ND_NL='
'

ndr_usage() {
	cat <<'EOF'
usage: pktbench ndr [options]

Finds the highest offered rate with no loss (NDR) and with loss at most
--pdr (PDR) in one binary search over fixed-length trials, between 0 and
the sender's unpaced rate (the first trial).  Writes into --out:
  ndr.json     the configuration, the machine, every trial and the answer
  trials.csv   one row per trial
  ndr.png      loss against offered rate, NDR and PDR marked (plot.gp)

options:
  --runner NAME      netns (default) or docker
  --connect HOST[:PORT]  run each trial with pktsend --connect against a
                     pktrecv --server there (this namespace sends; no
                     --runner, --setup)
  --interface IF     --connect: the sender's interface (mmap, xdp need it)
  --setup NAME       native (default), bridge, ovs, macvlan, trunk
  --mode MODE        udp (default), mmsg, mmap, xdp (both sides)
  --size BYTES       UDP payload 32..1472 (default 64)
  --pdr P%           loss threshold of the PDR, 0 < P < 100 (default 0.5%)
  --trial T          trial length, 0.2s..600s (default 10s)
  --quick            2 s trials (unless --trial is given)
  --resolution R%    stop bisecting at R % of the unpaced rate, 0 < R <= 50
                     (default 1%)
  --max-trials N     at most N trials in all, 3..1000 (default 30)
  --batch N          packets per send/receive call, 1..1024 (default 64)
  --out DIR          output directory (default results/ndr-<UTC time>)
  -h, --help         this text

PKTBENCH_NDR_TRIAL=CMD replaces the real trial: CMD RATE_PPS SECONDS
(RATE 0 = unpaced) prints one JSON line {"sent", "received", "tx_pps"}.
Progress and the answer go to stderr.  Exit: 0 done, 1 a trial could not
run, 2 usage, 4 nothing can run here, 130 interrupted (ndr.json then has
the trials so far and "complete": false).
EOF
}

nd_die() { printf '%s\n' "ndr: $*" >&2; exit "${SW_DIE_CODE:-2}"; }

# nd_int FLAG VALUE MIN MAX: a whole number in MIN..MAX, or exit 2.
nd_int() {
	case $2 in
	'' | *[!0-9]*) nd_die "$1: '$2' is not a number $3..$4" ;;
	esac
	if [ ${#2} -gt 9 ] || [ "$2" -lt "$3" ] || [ "$2" -gt "$4" ]; then
		nd_die "$1: $2 is outside $3..$4"
	fi
}

# 0 when awk finds the expression true (floats, which sh lacks).
nd_true() { awk "BEGIN { exit !($1) }"; }

# "0.5%", "0.5" -> 0.5; prints nothing when $1 is no plain number.
nd_pct() {
	printf '%s\n' "$1" | awk '/^[0-9]*\.?[0-9]+%?$/ { sub(/%$/, ""); printf "%g\n", $0 }'
}

ndr_main() {
	SW_NAME=ndr
	ND_RUNNER='' ND_CONNECT='' ND_IFACE='' ND_SETUP=native ND_MODE=udp
	ND_SIZE=64 ND_PDR_ARG=0.5% ND_TRIAL_ARG='' ND_QUICK='' ND_RES_ARG=1%
	ND_MAXT=30 SW_BATCH=64 ND_OUT=''
	ND_CMD="pktbench ndr $*"
	while [ $# -gt 0 ]; do
		case $1 in
		--runner) ND_RUNNER=${2-}; shift ;;
		--connect) ND_CONNECT=${2-}; shift ;;
		--interface) ND_IFACE=${2-}; shift ;;
		--setup) ND_SETUP=${2-}; shift ;;
		--mode) ND_MODE=${2-}; shift ;;
		--size) ND_SIZE=${2-}; shift ;;
		--pdr) ND_PDR_ARG=${2-}; shift ;;
		--trial) ND_TRIAL_ARG=${2-}; shift ;;
		--quick) ND_QUICK=1 ;;
		--resolution) ND_RES_ARG=${2-}; shift ;;
		--max-trials) ND_MAXT=${2-}; shift ;;
		--batch) SW_BATCH=${2-}; shift ;;
		--out) ND_OUT=${2-}; shift ;;
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
	if [ -n "$ND_CONNECT" ]; then
		[ -z "$ND_RUNNER" ] || nd_die "--runner: not with --connect (the trials run through the control channel)"
		printf '%s\n' "$ND_CONNECT" | grep -Eq '^[A-Za-z0-9._-]+(:[0-9]{1,5})?$' ||
			nd_die "--connect: '$ND_CONNECT' is not HOST or HOST:PORT"
		case $ND_CONNECT in *:*) nd_int --connect "${ND_CONNECT##*:}" 1 65535 ;; esac
		ND_RUNNER=connect
	else
		[ -z "$ND_IFACE" ] || nd_die "--interface: only with --connect"
		: "${ND_RUNNER:=netns}"
		case $ND_RUNNER in
		netns | docker) ;;
		*) nd_die "--runner: '$ND_RUNNER' is not netns or docker" ;;
		esac
	fi
	sw_in "$ND_SETUP" "$SW_ALL_SETUPS" || nd_die "--setup: '$ND_SETUP' is not one of: $SW_ALL_SETUPS"
	[ "$ND_RUNNER" = connect ] && [ "$ND_SETUP" != native ] &&
		nd_die "--setup: only native with --connect (the path is the one to HOST)"
	sw_in "$ND_MODE" "$SW_ALL_MODES" || nd_die "--mode: '$ND_MODE' is not one of: $SW_ALL_MODES"
	nd_int --size "$ND_SIZE" 32 1472
	ND_PDR=$(nd_pct "$ND_PDR_ARG")
	{ [ -n "$ND_PDR" ] && nd_true "$ND_PDR > 0 && $ND_PDR < 100"; } ||
		nd_die "--pdr: '$ND_PDR_ARG' is not a percentage in (0, 100), like 0.5%"
	ND_RES=$(nd_pct "$ND_RES_ARG")
	{ [ -n "$ND_RES" ] && nd_true "$ND_RES > 0 && $ND_RES <= 50"; } ||
		nd_die "--resolution: '$ND_RES_ARG' is not a percentage in (0, 50], like 1%"
	[ -n "$ND_TRIAL_ARG" ] || { [ -n "$ND_QUICK" ] && ND_TRIAL_ARG=2s; } || ND_TRIAL_ARG=10s
	ND_TRIAL=$(printf '%s\n' "$ND_TRIAL_ARG" | awk '
		/^[0-9]*\.?[0-9]+s?$/ { sub(/s$/, ""); printf "%g\n", $0; exit }
		/^[0-9]*\.?[0-9]+ms$/ { sub(/ms$/, ""); printf "%g\n", $0 / 1000 }')
	{ [ -n "$ND_TRIAL" ] && nd_true "$ND_TRIAL >= 0.2 && $ND_TRIAL <= 600"; } ||
		nd_die "--trial: '$ND_TRIAL_ARG' is not a time in 0.2s..600s, like 10s or 500ms"
	nd_int --max-trials "$ND_MAXT" 3 1000
	nd_int --batch "$SW_BATCH" 1 1024
	: "${ND_OUT:=$PKTBENCH_ROOT/results/ndr-$(date -u +%Y%m%dT%H%M%SZ)}"
	[ -e "$ND_OUT/ndr.json" ] && nd_die "--out: $ND_OUT already holds ndr.json; choose another directory"
	# the receiver stops this long after the last packet
	SW_IDLE=${PKTBENCH_NDR_IDLE:-0.5s}
	SW_DURATION=$ND_TRIAL
	SW_STOP=''
}

# Binaries, tools, and whether the set-up can be built here.
ndr_prepare() {
	for t in jq awk; do
		command -v $t >/dev/null || SW_DIE_CODE=4 nd_die "needs $t"
	done
	if [ -n "${PKTBENCH_NDR_TRIAL:-}" ]; then
		SW_BIN=${PKTBENCH_BIN:-$PKTBENCH_ROOT/build/gcc}
		return 0
	fi
	case $ND_RUNNER in
	netns | docker)
		SW_RUNNER=$ND_RUNNER SW_DRY=''
		sweep_pick_runner
		"${ND_RUNNER}_probe" "$ND_SETUP" ||
			SW_DIE_CODE=4 nd_die "--setup $ND_SETUP: cannot run with the $ND_RUNNER runner: $SW_REASON"
		"${ND_RUNNER}_point_reason" "$ND_SETUP" "$ND_MODE" ||
			SW_DIE_CODE=4 nd_die "--mode $ND_MODE: $SW_REASON" ;;
	connect)
		SW_BIN=${PKTBENCH_BIN:-$PKTBENCH_ROOT/build/gcc}
		case $SW_BIN in /*) ;; *) SW_BIN=$PKTBENCH_ROOT/$SW_BIN ;; esac
		[ -x "$SW_BIN/pktsend" ] ||
			SW_DIE_CODE=4 nd_die "no pktsend in $SW_BIN (run make, or set PKTBENCH_BIN)" ;;
	esac
}

# The connect "runner": one pktsend --connect per trial; its combined
# result holds both sides.
connect_kill() { [ -n "${ND_CPID:-}" ] && kill -TERM "$ND_CPID" 2>/dev/null; }

connect_run() {
	SW_REASON=
	rm -f "$6/rx.json" "$6/tx.json"
	# shellcheck disable=SC2086
	"$SW_BIN/pktsend" -q --connect "$ND_CONNECT" -m "$2" --rx-mode "$2" \
		${ND_IFACE:+-i "$ND_IFACE"} -t "${SW_DURATION}s" -r "$4" -s "$5" \
		-b "$SW_BATCH" -o "$6/both.json" 2>"$6/tx.err" &
	ND_CPID=$!
	sw_wait $ND_CPID
	crc=$SW_RC
	ND_CPID=
	[ -n "$SW_STOP" ] && return 1
	jq -e .sender "$6/both.json" >"$6/tx.json" 2>/dev/null
	jq -e .receiver "$6/both.json" >"$6/rx.json" 2>/dev/null
	if [ $crc -ne 0 ]; then
		SW_REASON="pktsend --connect exit $crc: $(tail -n 1 "$6/tx.err")"
		return 1
	fi
	return 0
}

# One trial at $1 pps (0: unpaced) for ND_TRIAL s: ND_LINE gets the JSON
# line {sent, received, tx_pps[, rx_pps]}; 1 with ND_ERR when it could
# not run.
ndr_trial() {
	ND_LINE='' ND_ERR=''
	if [ -n "${PKTBENCH_NDR_TRIAL:-}" ]; then
		# shellcheck disable=SC2086
		ND_LINE=$($PKTBENCH_NDR_TRIAL "$1" "$ND_TRIAL" 2>"$ND_TMP/fake.err" | tail -n 1)
	else
		nd_d=$ND_TMP/trial
		rm -rf "$nd_d" && mkdir -p "$nd_d"
		nd_r=max
		[ "$1" -gt 0 ] && nd_r=${1}pps
		if ! "${ND_RUNNER}_run" "$ND_SETUP" "$ND_MODE" 0 "$nd_r" "$ND_SIZE" "$nd_d"; then
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
			   tx_pps: $t.stats.pps, rx_pps: $r.stats.pps}' 2>/dev/null)
		# the raw results, by the number the trial gets if recorded
		mkdir -p "$ND_OUT/trials"
		cp "$nd_d/rx.json" "$ND_OUT/trials/$((ND_N + 1))-rx.json" 2>/dev/null
		cp "$nd_d/tx.json" "$ND_OUT/trials/$((ND_N + 1))-tx.json" 2>/dev/null
	fi
	[ -n "$SW_STOP" ] && return 1
	[ -n "$ND_LINE" ] || { ND_ERR="no result line$(tail -n 1 "$ND_TMP/fake.err" 2>/dev/null | sed 's/^/: /')"; return 1; }
	return 0
}

# The drops by place of the trial just run, from drops.jq (written
# elsewhere); null without it or without both results (fake trials).
ndr_drops() {
	f=$PKTBENCH_ROOT/scripts/sweep/drops.jq
	if [ -z "${PKTBENCH_NDR_TRIAL:-}" ] && [ -f "$f" ] &&
		[ -s "$ND_TMP/trial/rx.json" ] && [ -s "$ND_TMP/trial/tx.json" ]; then
		rx=$(cat "$ND_TMP/trial/rx.json")
		tx=$(cat "$ND_TMP/trial/tx.json")
		out=$(printf '{"rx":%s,"tx":%s}' "$rx" "$tx" | jq -c -f "$PKTBENCH_ROOT/scripts/sweep/drops.jq" 2>/dev/null)
		printf '%s\n' "${out:-null}"
	else
		echo null
	fi
}

# Seconds since boot into ND_UPT, without a process.
nd_uptime() { read -r ND_UPT _ </proc/uptime; }

# Run and record trial number ND_N+1 at $1 pps, kind $2 (search, verify);
# sets ND_LOSS, ND_ACH (achieved pps) and ND_PASS_n, ND_PASS_p (1 when the
# loss is within the NDR's, the PDR's threshold).
ndr_do() {
	nd_uptime
	nd_t0=$ND_UPT
	if ! ndr_trial "$1"; then
		[ -n "$SW_STOP" ] && return 1
		ND_FAILS=$((ND_FAILS + 1))
		sw_log "trial at $(ndr_k "$1") failed: $ND_ERR"
		[ $ND_FAILS -lt 2 ] && { ndr_do "$@"; return $?; }
		ND_ABORT="two trials in a row could not run: $ND_ERR"
		return 1
	fi
	if [ -n "${ND_STATE_PENDING:-}" ]; then
		ND_STATE=$("${ND_RUNNER}_state" "$ND_SETUP" 2>/dev/null)
		ND_STATE_PENDING=
	fi
	nd_uptime
	# One jq: check the line, append the record, print the numbers.
	nd_nums=$(printf '%s\n' "$ND_LINE" | jq -r --argjson n "$((ND_N + 1))" --argjson rate "$1" \
		--arg kind "$2" --argjson drops "$(ndr_drops)" --argjson t0 "$nd_t0" \
		--argjson t1 "$ND_UPT" --argjson size "$ND_SIZE" --argjson pdr "$ND_PDR" \
		--arg out "$ND_OUT/trials.jsonl" '
		if (.sent | type) != "number" or (.received | type) != "number"
		   or (.tx_pps | type) != "number" then error("needs sent, received, tx_pps") else . end
		| (if .sent > 0 then ([.sent - .received, 0] | max) / .sent else 1 end) as $loss
		| {n: $n, kind: $kind, rate_asked_pps: $rate, unpaced: ($rate == 0),
		   rate_achieved_pps: .tx_pps, rx_pps: (.rx_pps // null),
		   sent: .sent, received: .received, lost: ([.sent - .received, 0] | max),
		   loss_ratio: $loss,
		   offered_mbps: (.tx_pps * ($size + 42) * 8 / 1e6),
		   drops: $drops, wall_s: ((($t1 - $t0) * 1000 | round) / 1000),
		   time: (now | floor | todate)}
		| tojson, "\(.loss_ratio) \(.rate_achieved_pps | floor)"
		  + " \(if .loss_ratio == 0 then 1 else 0 end)"
		  + " \(if .loss_ratio <= $pdr / 100 + 1e-12 then 1 else 0 end)"' 2>"$ND_TMP/jq.err")
	[ -n "$nd_nums" ] || {
		ND_ABORT="trial result not understood: $(printf '%s' "$ND_LINE" | cut -c1-120) ($(tail -n 1 "$ND_TMP/jq.err"))"
		return 1
	}
	ND_FAILS=0
	ND_N=$((ND_N + 1))
	printf '%s\n' "${nd_nums%%"$ND_NL"*}" >>"$ND_OUT/trials.jsonl"
	# shellcheck disable=SC2086
	set -- ${nd_nums#*"$ND_NL"}
	ND_LOSS=$1 ND_ACH=$2 ND_PASS_n=$3 ND_PASS_p=$4
	return 0
}

# pps -> "123.4 kpps"; ndr_k: 0 is "unpaced", the rate asked
ndr_kp() { awk -v r="$1" 'BEGIN { printf "%.1f kpps\n", r / 1000 }'; }
ndr_k() { if [ "$1" = 0 ]; then echo unpaced; else ndr_kp "$1"; fi; }

# Threshold state, ND_<k>_<field> per k in n (NDR) and p (PDR): lo, hi,
# sb (sender-bound), ver (1 verified, 0 not yet, -1 given up), vf
# (verifications failed).
nd_get() { eval "printf '%s\n' \"\$ND_$1_$2\""; }
nd_set() { eval "ND_$1_$2=\$3"; }
nd_thr() { if [ "$1" = n ]; then echo 0; else awk -v p="$ND_PDR" 'BEGIN { printf "%.10g\n", p / 100 }'; fi; }
nd_pass() { eval "[ \"\$ND_PASS_$1\" = 1 ]"; }

# A trial at rate $1 narrows every interval it falls inside.
ndr_update() {
	for uk in n p; do
		ulo=$(nd_get "$uk" lo) uhi=$(nd_get "$uk" hi)
		{ [ "$1" -gt "$ulo" ] && [ "$1" -lt "$uhi" ]; } || continue
		if nd_pass "$uk"; then nd_set "$uk" lo "$1"; else nd_set "$uk" hi "$1"; fi
	done
}

# The threshold whose interval is widest and above the resolution, or "".
ndr_widest() {
	wn=$(($(nd_get n hi) - $(nd_get n lo)))
	wp=$(($(nd_get p hi) - $(nd_get p lo)))
	if [ $wn -ge $wp ] && [ $wn -gt "$ND_RESPPS" ]; then echo n
	elif [ $wp -gt "$ND_RESPPS" ]; then echo p
	fi
}

# One progress line: trial, rate, result, both intervals, elapsed, and an
# ETA from the trials still to come at most (bisections of both intervals
# plus the verifications, capped by --max-trials) times the mean trial.
# shellcheck disable=SC2154	# ND_[np]_* are set through nd_set
ndr_progress() {
	nd_uptime
	awk -v kind="$1" -v r="$2" -v ach="$ND_ACH" -v loss="$ND_LOSS" -v n="$ND_N" \
		-v nlo="$ND_n_lo" -v nhi="$ND_n_hi" -v plo="$ND_p_lo" -v phi="$ND_p_hi" \
		-v vn="$ND_n_ver" -v vp="$ND_p_ver" -v res="$ND_RESPPS" -v t="$ND_TRIAL" \
		-v maxt="$ND_MAXT" -v t0="$ND_T0" -v t1="$ND_UPT" '
		function steps(w,   s) { s = 0; while (w > res) { w /= 2; s++ } return s }
		function k(x) { return sprintf("%.1f kpps", x / 1000) }
		function hms(s) { s = int(s + 0.5); h = int(s / 3600); m = int((s % 3600) / 60)
			return h ? sprintf("%d:%02d:%02d", h, m, s % 60) : sprintf("%d:%02d", m, s % 60) }
		BEGIN {
			el = t1 - t0
			left = steps(nhi - nlo) + steps(phi - plo) + (vn == 0) + (vp == 0)
			if (left > maxt - n) left = maxt - n
			per = n ? el / n : t + 1
			if (per < t) per = t
			printf "ndr: [%d, <= %d left] %s %s: achieved %s, loss %.4g %%  NDR [%s, %s)  PDR [%s, %s)  elapsed %s  ETA <= %s\n",
				n, left, kind, r == 0 ? "unpaced" : k(r), k(ach), loss * 100,
				k(nlo), k(nhi), k(plo), k(phi), hms(el), hms(per * left)
		}' >&2
}

# The highest rate below $2 that passed threshold $1, or 0.
ndr_pass_below() {
	jq -rs --argjson thr "$(nd_thr "$1")" --argjson below "$2" '
		map(select(.unpaced | not) | select(.loss_ratio <= $thr + 1e-12 and .rate_asked_pps < $below)
		    | .rate_asked_pps) | max // 0' "$ND_OUT/trials.jsonl"
}

ndr_search() {
	ndr_do 0 search || return 1
	ND_U=$ND_ACH
	[ "$ND_U" -gt 0 ] || { ND_ABORT="the unpaced trial sent nothing"; return 1; }
	ND_RESPPS=$(awk -v u="$ND_U" -v r="$ND_RES" 'BEGIN { x = int(u * r / 100); print x < 1 ? 1 : x }')
	for k in n p; do
		nd_set $k vf 0
		nd_set $k ver 0
		if nd_pass $k; then
			nd_set $k lo "$ND_U"; nd_set $k hi "$ND_U"; nd_set $k sb 1
		else
			nd_set $k lo 0; nd_set $k hi "$ND_U"; nd_set $k sb 0
		fi
	done
	ndr_progress search 0
	while [ -z "$SW_STOP" ]; do
		while [ "$ND_N" -lt "$ND_MAXT" ]; do
			k=$(ndr_widest)
			[ -n "$k" ] || break
			r=$((($(nd_get "$k" lo) + $(nd_get "$k" hi)) / 2))
			ndr_do "$r" search || return 1
			ndr_update "$r"
			ndr_progress search "$r"
		done
		[ "$ND_N" -ge "$ND_MAXT" ] && { ND_STOPPED=max-trials; return 0; }
		ndr_verify_one || return $?
		[ "$(nd_get n ver)" != 0 ] && [ "$(nd_get p ver)" != 0 ] && return 0
	done
	return 1
}

# Verify the next unverified answer (one trial serves both when they are
# the same rate).  Answer 0 (nothing passed) has nothing to verify.
ndr_verify_one() {
	for k in n p; do
		[ "$(nd_get $k ver)" = 0 ] || continue
		a=$(nd_get $k lo)
		if [ "$a" -eq 0 ]; then nd_set $k ver -1; continue; fi
		[ "$(nd_get $k sb)" = 1 ] && a=0
		ndr_do "$a" verify || return 1
		for j in n p; do
			[ "$(nd_get $j ver)" = 0 ] || continue
			aj=$(nd_get $j lo)
			[ "$(nd_get $j sb)" = 1 ] && aj=0
			if [ "$j" != "$k" ] && [ "$aj" != "$a" ]; then
				[ "$a" -gt 0 ] && ndr_update "$a"
				continue
			fi
			if nd_pass $j; then
				nd_set $j ver 1
			else
				ndr_vfail $j
			fi
		done
		ndr_progress verify "$a"
		return 0
	done
	return 0
}

# Verification of threshold $1 failed: its answer becomes the new upper
# bound and the search goes on below, from the best pass below it.
ndr_vfail() {
	vf=$(($(nd_get "$1" vf) + 1))
	nd_set "$1" vf $vf
	hi=$(nd_get "$1" lo)
	nd_set "$1" sb 0
	nd_set "$1" hi "$hi"
	nd_set "$1" lo "$(ndr_pass_below "$1" "$hi")"
	if [ $vf -ge $ND_MAX_VFAIL ]; then
		nd_set "$1" ver -1
		sw_log "$([ "$1" = n ] && echo NDR || echo PDR): $vf verifications failed; giving up"
	fi
}

ndr_on_signal() {
	SW_STOP=1
	[ -z "${PKTBENCH_NDR_TRIAL:-}" ] && "${ND_RUNNER}_kill"
}

# Tear the set-up down (before writing, also after Ctrl-C).
ndr_down() {
	if [ -n "${ND_UP:-}" ]; then
		"${ND_RUNNER}_kill"
		"${ND_RUNNER}_down" "$ND_SETUP"
		"${ND_RUNNER}_finish"
		ND_UP=
	fi
}

ndr_cleanup() {
	ndr_down
	[ -n "${ND_TMP:-}" ] && rm -rf "$ND_TMP"
	ND_TMP=
}

ndr_run() {
	mkdir -p "$ND_OUT" || nd_die "--out: cannot create $ND_OUT"
	ND_OUT=$(cd "$ND_OUT" && pwd)
	: >"$ND_OUT/trials.jsonl"
	ND_TMP=$(mktemp -d /tmp/pktbench-ndr.XXXXXX)
	SW_TMP=$ND_TMP
	ND_N=0 ND_FAILS=0 ND_ABORT='' ND_STOPPED='' ND_STATE=null ND_U=0 ND_RESPPS=1
	for k in n p; do
		for f in lo hi sb ver vf; do nd_set $k $f 0; done
	done
	ND_STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	nd_uptime
	ND_T0=$ND_UPT
	trap ndr_cleanup EXIT
	trap ndr_on_signal INT TERM
	ND_MACHINE=$(sw_machine_json "$SW_BIN")
	if [ -z "${PKTBENCH_NDR_TRIAL:-}" ] && [ "$ND_RUNNER" != connect ]; then
		ND_UP=1
		"${ND_RUNNER}_up" "$ND_SETUP" || {
			ND_UP=
			SW_DIE_CODE=4 nd_die "$ND_SETUP: set-up failed: $SW_REASON"
		}
		ND_STATE_PENDING=1
	fi
	sw_log "$ND_SETUP $ND_MODE $ND_SIZE B, runner ${PKTBENCH_NDR_TRIAL:+fake }$ND_RUNNER: ${ND_TRIAL} s trials, resolution $ND_RES %, PDR $ND_PDR %, at most $ND_MAXT trials, into $ND_OUT"
	ndr_search
	src=$?
	trap '' INT TERM	# the output is short and must be whole
	ndr_down
	ndr_write
	if [ -n "$SW_STOP" ]; then
		sw_log "interrupted after $ND_N trials; $ND_OUT/ndr.json holds them (complete: false)"
		exit 130
	fi
	ndr_summary
	if [ $src -ne 0 ]; then
		sw_log "stopped: $ND_ABORT"
		exit 1
	fi
	exit 0
}

# The answer for threshold $1 as JSON.
ndr_answer_json() {
	jq -cn --argjson lo "$(nd_get "$1" lo)" --argjson hi "$(nd_get "$1" hi)" \
		--argjson sb "$(nd_get "$1" sb)" --argjson ver "$(nd_get "$1" ver)" \
		--argjson vf "$(nd_get "$1" vf)" --argjson size "$ND_SIZE" \
		--argjson thr "$(nd_thr "$1")" --argjson u "$ND_U" '
		{loss_threshold: $thr, pps: $lo, mbps: ($lo * ($size + 42) * 8 / 1e6),
		 fail_pps: (if $sb == 1 or $hi == $lo then null else $hi end),
		 sender_bound: ($sb == 1 and $u > 0),
		 verified: ($ver == 1), verifications_failed: $vf}'
}

ndr_write() {
	ND_FINISHED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	complete=true
	{ [ -n "$SW_STOP" ] || [ -n "$ND_ABORT" ]; } && complete=false
	jq -s --arg cmd "$ND_CMD" --arg runner "$ND_RUNNER" --arg setup "$ND_SETUP" \
		--arg mode "$ND_MODE" --argjson size "$ND_SIZE" --argjson batch "$SW_BATCH" \
		--argjson trial "$ND_TRIAL" --argjson res "$ND_RES" --argjson pdr "$ND_PDR" \
		--argjson maxt "$ND_MAXT" --arg connect "$ND_CONNECT" --arg fake "${PKTBENCH_NDR_TRIAL:-}" \
		--arg bin "$SW_BIN" --arg idle "$SW_IDLE" \
		--argjson machine "$ND_MACHINE" --argjson state "${ND_STATE:-null}" \
		--arg started "$ND_STARTED" --arg finished "$ND_FINISHED" \
		--argjson wall "$(nd_uptime; awk -v a="$ND_T0" -v b="$ND_UPT" 'BEGIN { printf "%.1f", b - a }')" --argjson complete $complete \
		--arg stopped "$ND_STOPPED" --arg abort "$ND_ABORT" \
		--argjson u "$ND_U" --argjson respps "$ND_RESPPS" \
		--argjson ndr "$(ndr_answer_json n)" --argjson pdra "$(ndr_answer_json p)" '
		. as $t
		# the sender rate the verification trial reached at the answer
		| def reached(a): [$t[] | select(.kind == "verify"
			and .rate_asked_pps == (if a.sender_bound then 0 else a.pps end)
			and .loss_ratio <= a.loss_threshold + 1e-12) | .rate_achieved_pps] | last;
		($ndr + {verified_achieved_pps: reached($ndr)}) as $ndr
		| ($pdra + {verified_achieved_pps: reached($pdra)}) as $pdra
		| {command: $cmd,
		   config: {runner: $runner, setup: $setup, mode: $mode, size: $size, batch: $batch,
			    trial_s: $trial, resolution_pct: $res, pdr_pct: $pdr, max_trials: $maxt,
			    connect: (if $connect == "" then null else $connect end),
			    trial_command: (if $fake == "" then null else $fake end),
			    binaries: $bin, idle_timeout: $idle},
		   machine: $machine, setup_state: $state,
		   started: $started, finished: $finished, wall_s: $wall,
		   complete: $complete,
		   stopped: (if $abort != "" then $abort elif $stopped != "" then $stopped else null end),
		   unpaced_pps: $u, resolution_pps: $respps,
		   ndr_pps: (if $complete then $ndr.pps else null end),
		   ndr_mbps: (if $complete then $ndr.mbps else null end),
		   pdr_pps: (if $complete then $pdra.pps else null end),
		   pdr_mbps: (if $complete then $pdra.mbps else null end),
		   sender_bound: (if $complete then ($ndr.sender_bound and $pdra.sender_bound) else null end),
		   ndr: $ndr, pdr: $pdra,
		   trials: $t,
		   verification_trials: [$t[] | select(.kind == "verify")]}' \
		"$ND_OUT/trials.jsonl" >"$ND_OUT/ndr.json.tmp" && mv "$ND_OUT/ndr.json.tmp" "$ND_OUT/ndr.json"
	rm -f "$ND_OUT/trials.jsonl"
	jq -r '["n","kind","rate_asked_pps","rate_achieved_pps","sent","received","lost","loss_ratio","offered_mbps","wall_s"],
		(.trials[] | [.n, .kind, .rate_asked_pps, .rate_achieved_pps, .sent, .received, .lost,
		 .loss_ratio, .offered_mbps, .wall_s]) | @csv' "$ND_OUT/ndr.json" >"$ND_OUT/trials.csv"
	ndr_plot
}

# ndr.png: loss (%) against the offered rate (kpps, achieved), search and
# verification trials apart, NDR and PDR as vertical lines.  The loss axis
# is logarithmic so that 0.01 % and 40 % both show; no loss sits on the
# axis's floor, labelled 0.
ndr_plot() {
	command -v gnuplot >/dev/null || { sw_log "no gnuplot: ndr.png not drawn"; return 0; }
	term="pngcairo size 800,480 font 'sans,10' noenhanced"
	gnuplot -e 'set terminal pngcairo' >/dev/null 2>&1 </dev/null ||
		term="png size 800,480 noenhanced"
	jq -r --arg term "$term" --arg out ndr.png '
		def k: . / 1000;
		def pts(kind): [.trials[] | select(.kind == kind)
			| "\(.rate_achieved_pps | k) \([.loss_ratio * 100, 0.0001] | max)"] | join("\n");
		"set terminal \($term)",
		"set output \u0027\($out)\u0027",
		"set title \u0027pktbench ndr: \(.config.setup) \(.config.mode) \(.config.size) B, \(if .config.trial_command then "simulated" else .config.runner end), \(.config.trial_s) s trials\(if .complete then "" else " (interrupted)" end)\u0027",
		"set xlabel \u0027offered rate, achieved by the sender (kpps)\u0027",
		"set ylabel \u0027loss (%)\u0027",
		"set grid", "set key below horizontal",
		"set style textbox opaque noborder",
		"set xrange [0:*]", "set logscale y", "set yrange [0.00005:300]",
		"set ytics (\u00270\u0027 0.0001, \u00270.001\u0027 0.001, \u00270.01\u0027 0.01, \u00270.1\u0027 0.1, \u00271\u0027 1, \u002710\u0027 10, \u0027100\u0027 100)",
		"set offsets 0, graph 0.05, 0, 0",
		"$s << EOD", pts("search"), "EOD",
		"$v << EOD", pts("verify"), "EOD",
		(if .ndr_pps != null and .ndr_pps > 0 then
			"set arrow from \(.ndr_pps | k), graph 0 to \(.ndr_pps | k), graph 1 nohead lc rgb \u0027#2ca02c\u0027 lw 2",
			"set label \u0027NDR \(.ndr_pps | k * 10 | round / 10) kpps\u0027 at \(.ndr_pps | k), graph 0.95 offset 0.5,0 tc rgb \u0027#2ca02c\u0027 boxed front"
		 else empty end),
		(if .pdr_pps != null and .pdr_pps > 0 then
			"set arrow from \(.pdr_pps | k), graph 0 to \(.pdr_pps | k), graph 1 nohead dt 2 lc rgb \u0027#ff7f0e\u0027 lw 2",
			"set label \u0027PDR \(.config.pdr_pct) % \(.pdr_pps | k * 10 | round / 10) kpps\u0027 at \(.pdr_pps | k), graph 0.87 offset 0.5,0 tc rgb \u0027#ff7f0e\u0027 boxed front"
		 else empty end),
		"plot $s using 1:2 with points pt 7 ps 1.2 lc rgb \u0027#1f77b4\u0027 title \u0027search trials\u0027, \\",
		"     $v using 1:2 with points pt 6 ps 2 lw 2 lc rgb \u0027#d62728\u0027 title \u0027verification trials\u0027, \\",
		"     \(.config.pdr_pct) with lines dt 3 lc rgb \u0027#ff7f0e\u0027 title \u0027PDR threshold\u0027"
	' "$ND_OUT/ndr.json" >"$ND_OUT/plot.gp" || return 0
	(cd "$ND_OUT" && gnuplot plot.gp) 2>"$ND_TMP/gp.err" ||
		sw_log "gnuplot failed: $(tail -n 1 "$ND_TMP/gp.err" 2>/dev/null)"
}

ndr_summary() {
	jq -r '
		def k: "\(. / 1000 * 10 | round / 10) kpps";
		def mb: "\(if . < 10 then (. * 10 | round / 10) else round end) Mbit/s";
		def ans(a): if a.pps == 0 then "none (every trial lost more)"
			else "\(a.pps | k) (\(a.mbps | mb))"
			  + (if a.sender_bound then ", sender-bound" else "" end)
			  + (if a.verified then "" else ", NOT verified" end) end;
		"ndr: \(.config.setup) \(.config.mode) \(.config.size) B: "
		+ (if .complete then "NDR \(ans(.ndr)), PDR \(.config.pdr_pct)% \(ans(.pdr)); "
		   else "no answer; " end)
		+ "\(.trials | length) trials, \(.wall_s | round) s"
		+ (if .stopped then " (stopped: \(.stopped))" else "" end)' "$ND_OUT/ndr.json" >&2
}
