# The connect runner (pktbench ndr --connect): no set-up of ours, one
# `pktsend --connect HOST` per run against a `pktrecv --server` there
# (docs/hosts.md); pktsend runs in the current namespace and gets the
# receiver's result back through the control channel.  The runner
# contract is in scripts/sweep/runner.sh.  POSIX sh, sourced.
#
#   CN_HOST    HOST or HOST:PORT of the server
#   CN_IFACE   the sender's interface (mmap and xdp need one), or empty

CN_HOST=
CN_IFACE=
CN_PID=

connect_probe() {
	SW_REASON=
	if [ "$1" != native ]; then
		SW_REASON="only native with --connect (the path is the one to the host)"
		return 1
	fi
	[ -x "$SW_BIN/pktsend" ] || {
		SW_REASON="no pktsend in $SW_BIN (run make, or set PKTBENCH_BIN)"
		return 1
	}
	return 0
}

connect_up() { SW_REASON=; return 0; }
connect_point_reason() { SW_REASON=; return 0; }
connect_down() { return 0; }
connect_finish() { return 0; }

connect_kill() {
	[ -n "$CN_PID" ] && kill -TERM "$CN_PID" 2>/dev/null
	return 0
}

connect_state() {
	jq -cn --arg setup "$1" --arg host "$CN_HOST" --arg ifc "$CN_IFACE" \
		'{setup: $setup, runner: "connect", host: $host,
		  model: ("pktsend --connect " + $host + ": the path from this namespace to a pktrecv --server there"),
		  tx_if: (if $ifc == "" then null else $ifc end)}'
}

# connect_run SETUP MODE COUNT RATE SIZE DIR: as the contract says; the
# combined result (DIR/both.json) is split into rx.json and tx.json.
connect_run() {
	SW_REASON=
	cn_rate=$4
	case $cn_rate in *pps | max) ;; *) cn_rate=${cn_rate}M ;; esac
	if [ "$3" = 0 ]; then cn_len="-t ${SW_DURATION}s"; else cn_len="-n $3"; fi
	rm -f "$6/rx.json" "$6/tx.json" "$6/both.json"
	# shellcheck disable=SC2086
	"$SW_BIN/pktsend" -q --connect "$CN_HOST" -m "$2" --rx-mode "$2" \
		${CN_IFACE:+-i "$CN_IFACE"} $cn_len -r "$cn_rate" -s "$5" \
		-b "$SW_BATCH" -o "$6/both.json" 2>"$6/tx.err" &
	CN_PID=$!
	sw_wait $CN_PID
	cn_rc=$SW_RC
	CN_PID=
	[ -n "$SW_STOP" ] && return 1
	jq -e .sender "$6/both.json" >"$6/tx.json" 2>/dev/null || rm -f "$6/tx.json"
	jq -e .receiver "$6/both.json" >"$6/rx.json" 2>/dev/null || rm -f "$6/rx.json"
	if [ $cn_rc -ne 0 ]; then
		SW_REASON="pktsend --connect exit $cn_rc: $(tail -n 1 "$6/tx.err")"
		return 1
	fi
	return 0
}
