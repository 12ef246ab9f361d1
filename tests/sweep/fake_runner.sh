# A runner without a network for the sweep tier (pktbench sweep --runner
# fake, with PKTBENCH_SWEEP_RUNNER naming this file): the contract of
# scripts/sweep/runner.sh, each run writing a receiver and a sender
# result as the programs would.  POSIX sh, sourced by the sweep.
#
#   FAKE_STATE    a directory for the run counters (required)
#   FAKE_INT_AT   K: the run after the K-th sends the sweep SIGINT while
#                 it runs (an interrupted sweep), and is not recorded
#
# A point's pps is a function of the point (set-up, mode, size, count)
# and of how many runs of it this state has seen (its repeat), so a
# point's runs differ and two sweeps of one plan give the same values.
# shellcheck shell=sh disable=SC2034	# SW_REASON: the caller's

FK_PID=

fake_probe() { SW_REASON=; return 0; }
fake_up() { SW_REASON=; echo "up $1" >>"$FAKE_STATE/log"; return 0; }
fake_point_reason() { SW_REASON=; return 0; }
fake_kill() { return 0; }
fake_down() { echo "down $1" >>"$FAKE_STATE/log"; return 0; }
fake_finish() { return 0; }
fake_state() {
	jq -cn --arg s "$1" '{setup: $s, runner: "fake", model: "tests/sweep/fake_runner.sh"}'
}

# fake_run SETUP MODE COUNT RATE SIZE DIR
fake_run() {
	SW_REASON=
	fk_n=$(($(cat "$FAKE_STATE/runs" 2>/dev/null || echo 0) + 1))
	echo "$fk_n" >"$FAKE_STATE/runs"
	if [ -n "${FAKE_INT_AT:-}" ] && [ "$fk_n" -eq $((FAKE_INT_AT + 1)) ]; then
		kill -INT $$
		# the trap has run: the sweep stops this run
		[ -n "$SW_STOP" ] && { SW_REASON=interrupted; return 1; }
	fi
	fk_key="$1 $2 $3 $5"
	fk_f=$FAKE_STATE/point-$(printf '%s' "$fk_key" | cksum | cut -d' ' -f1)
	fk_r=$(($(cat "$fk_f" 2>/dev/null || echo 0) + 1))
	echo "$fk_r" >"$fk_f"
	fk_base=$(printf '%s' "$fk_key" | cksum | awk '{ print 100000 + $1 % 100000 }')
	fk_pps=$((fk_base + fk_r * 1000))
	echo "run $fk_key rep $fk_r tx_cpu=${SW_TX_CPU:-} rx_cpu=${SW_RX_CPU:-}" >>"$FAKE_STATE/log"
	jq -cn --argjson pps "$fk_pps" --argjson c "$3" --arg cpu "${SW_RX_CPU:-}" \
		'{program: "pktrecv", config: {cpu: (if $cpu == "" then null else $cpu end)},
		  stats: {pps: $pps, received: $c, unique: $c, lost_vs_count: 0}}' >"$6/rx.json"
	jq -cn --argjson pps "$fk_pps" --argjson c "$3" --arg cpu "${SW_TX_CPU:-}" \
		'{program: "pktsend", config: {cpu: (if $cpu == "" then null else $cpu end)},
		  stats: {pps: $pps, sent: $c, bps: ($pps * 512)}}' >"$6/tx.json"
	return 0
}
