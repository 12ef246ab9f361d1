#!/bin/bash
# SPDX-License-Identifier: MIT
# The control channel (docs/protocol.md) between two namespaces that stand
# in for two hosts and share nothing but a veth link: pktrecv --server in
# one, pktsend --connect in the other.
#   - all 9 mode pairings through --connect, counted exactly, and udp->xdp
#     where AF_XDP works;
#   - the server keeps serving after a client killed mid-run, 1 MiB of
#     random bytes, a client that sends half a message and stalls (which
#     makes nobody busy), and a second client while a run is active
#     (which gets "busy");
#   - PKTBENCH_CTL_RUNS (default 500) runs in a row leave the server's
#     open file count and RSS flat;
#   - a wrong or missing token is refused; server caps are enforced.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

N=${PKTBENCH_CTL_COUNT:-10000}
RUNS=${PKTBENCH_CTL_RUNS:-500}
MODES="udp mmsg mmap"

srv_alive()
{
	kill -0 "$SRV_PID" 2>/dev/null && return 0
	fail "$1: the server died: $(tail -c 300 "$SRV_ERR")"
	return 1
}

# ready_count: how many runs the server has opened a receiver for.
ready_count()
{
	grep -c '^pktrecv: ready:' "$SRV_ERR"
}

# wait_ready N: until the server has opened its Nth receiver (10 s).
wait_ready()
{
	local i

	for i in $(seq 100); do
		[ "$(ready_count)" -ge "$1" ] && return 0
		sleep 0.1
	done
	return 1
}

# wait_log PATTERN: until the server's log has PATTERN (10 s).
wait_log()
{
	local i

	for i in $(seq 100); do
		grep -q "$1" "$SRV_ERR" && return 0
		sleep 0.1
	done
	return 1
}

# one_run TAG LABEL ARGS...: one exact client run of N packets.
one_run()
{
	local tag=$1 label=$2

	shift 2
	local n=${ONE_N:-$N}

	tx_run "$tag" --connect "$IP_RX" --count "$n" \
		--rate "${ONE_RATE:-100kpps}" -q "$@"
	expect_eq "$label: pktsend exit" "$(rc_str "$TX_RC")" 0 ||
		dump_run "$tag"
	jexpect "$TX_OUT" "$label" \
		.type result \
		.sender.program pktsend \
		.receiver.program pktrecv \
		.sender.stats.sent "$n" \
		.receiver.stats.received "$n" \
		.receiver.stats.lost 0 \
		.receiver.stats.stop_reason count \
		'.sender.stats.run_id == .receiver.stats.run_id' true \
		'.receiver.stats | keys_unsorted | join(" ")' "$RX_FIELDS" \
		'.sender.stats | keys_unsorted | join(" ")' "$TX_FIELDS"
}

# A run of the sender's --mode TX against a receiver of --rx-mode RX.
pairing()
{
	local tx=$1 rx=$2 label="connect $1->$2" tag="pair_$1_$2"
	local txa=(--mode "$tx" --rx-mode "$rx")

	t_case "$label"
	[ "$tx" = mmap ] && txa+=(--interface "$IF_TX")
	one_run "$tag" "$label" "${txa[@]}" &&
		jexpect "$TX_OUT" "$label" .sender.config.mode "$tx" \
			.receiver.config.mode "$rx"
}

# The xdp receiver where the kernel and this binary have AF_XDP.
case_xdp()
{
	local label="connect udp->xdp"

	t_case "$label"
	tx_run xdp_probe --connect "$IP_RX" --rx-mode xdp --count 10 -q
	if [ "$TX_RC" = 4 ]; then
		t_case_skip "$label" "$(head -c 120 "$TX_ERR")"
		return
	fi
	# AF_XDP on veth is generic XDP in copy mode: a gentler rate
	ONE_N=2000 ONE_RATE=10kpps one_run pair_udp_xdp "$label" --rx-mode xdp &&
		jexpect "$TX_OUT" "$label" .receiver.config.mode xdp
}

case_killed()
{
	local before

	t_case "client killed mid-run"
	before=$(ready_count)
	tx_start killed --connect "$IP_RX" --duration 30s --rate 1kpps -q
	wait_ready $((before + 1)) || fail "killed: no receiver opened"
	sleep 0.3
	kill -KILL "$TX_PID"
	tx_wait killed 5
	wait_log 'ended: the client went away' ||
		fail "killed: the server did not end the run: $(tail -3 "$SRV_ERR")"
	srv_alive killed && one_run after_kill "after a killed client"
}

case_random()
{
	t_case "1 MiB of random bytes"
	head -c 1048576 /dev/urandom >"$NET_TMP/random.bin"
	ip netns exec "$NS_TX" timeout 20 bash -c \
		"cat '$NET_TMP/random.bin' >/dev/tcp/$IP_RX/9001" 2>/dev/null
	srv_alive random && one_run after_random "after 1 MiB of random bytes"
	grep -Eq 'control [0-9.:]+: (request too long|not a control message)' \
		"$SRV_ERR" || fail "random: no refusal logged"
}

# Half a message, then silence.  A connection that has not authenticated
# makes nobody busy (issue 18 item 2): a second client meanwhile runs
# (and the half message is then told busy).  Alone, the half message is
# timed out by the server (5 s).
case_slow()
{
	local slow

	t_case "slow client with half a message; another client runs meanwhile"
	ip netns exec "$NS_TX" bash -c \
		"exec 3<>/dev/tcp/$IP_RX/9001; printf '{\"pktbench\":1,\"ty' >&3; sleep 3" &
	slow=$!
	NET_PIDS="$NET_PIDS $slow"
	sleep 0.5
	ONE_N=1000 one_run during_slow "slow: a second client meanwhile"
	bg_wait slow "half-message client" "$slow" 15
	ip netns exec "$NS_TX" bash -c \
		"exec 3<>/dev/tcp/$IP_RX/9001; printf '{\"pktbench\":1,\"ty' >&3; sleep 8" &
	slow=$!
	NET_PIDS="$NET_PIDS $slow"
	wait_log 'no request in time' ||
		fail "slow: the server did not time out the half message"
	bg_wait slow "half-message client" "$slow" 15
	srv_alive slow && one_run after_slow "after a slow client"
}

case_busy()
{
	local before first_out

	t_case "second client while a run is active"
	before=$(ready_count)
	tx_start busy_run --connect "$IP_RX" --count 2000 --rate 1kpps -q
	local first=$TX_PID
	first_out=$TX_OUT
	wait_ready $((before + 1)) || fail "busy: first run did not start"
	tx_run busy_second --connect "$IP_RX" --count 10 -q
	expect_eq "busy: second client exit" "$TX_RC" 1
	grep -q 'busy: a run is active on this server' "$TX_ERR" ||
		fail "busy: not told busy: $(head -c 200 "$TX_ERR")"
	TX_PID=$first
	tx_wait busy_run 30
	expect_eq "busy: first client exit" "$TX_RC" 0
	jexpect "$first_out" "busy: the first run went on" \
		.sender.stats.sent 2000 .receiver.stats.received 2000
}

fd_count()
{
	ls "/proc/$SRV_PID/fd" | wc -l
}

rss_kb()
{
	awk '/^VmRSS:/ { print $2 }' "/proc/$SRV_PID/status"
}

case_many()
{
	local i fd0 rss0 fd1 rss1 bad=0

	t_case "$RUNS runs in a row: fd count and RSS flat"
	# ASan's own bookkeeping grows with every thread a run starts, so RSS
	# is measured on the plain build where there is one (make netcheck
	# builds both); the ASan server's exit code catches leaks (LSan)
	if [ -x "$NET_ROOT/build/gcc/pktrecv" ]; then
		srv_stop plain
		SRV_BIN=$NET_ROOT/build/gcc/pktrecv srv_start many \
			--interface "$IF_RX" || return
	fi
	# warm-up: thread stacks and allocator caches reach their size
	for i in $(seq 50); do
		ip netns exec "$NS_TX" "$SEND" --connect "$IP_RX" --count 10 -q \
			>/dev/null 2>&1 || bad=$((bad + 1))
	done
	fd0=$(fd_count) rss0=$(rss_kb)
	for i in $(seq "$RUNS"); do
		ip netns exec "$NS_TX" "$SEND" --connect "$IP_RX" --count 10 -q \
			--connect-timeout 2s \
			>"$NET_TMP/many.out" 2>"$NET_TMP/many.err" && continue
		bad=$((bad + 1))
		fail "many: run $i: $(head -c 200 "$NET_TMP/many.err")"
		srv_alive "many: run $i" || return
	done
	fd1=$(fd_count) rss1=$(rss_kb)
	expect_eq "many: failed runs" "$bad" 0
	jexpect "$NET_TMP/many.out" "many: the last run" \
		.receiver.stats.received 10
	expect_eq "many: server fds after $RUNS runs" "$fd1" "$fd0"
	[ "$rss1" -le $((rss0 + 128)) ] ||
		fail "many: server RSS $rss0 kB -> $rss1 kB after $RUNS runs"
	echo "# $RUNS runs: fds $fd0 -> $fd1, RSS $rss0 -> $rss1 kB ($(readlink "/proc/$SRV_PID/exe"))"
}

case_token()
{
	t_case "token"
	srv_stop many
	srv_start token --interface "$IF_RX" --token s3cret || return
	tx_run tok_none --connect "$IP_RX" --count 10 -q
	expect_eq "token: missing, exit" "$TX_RC" 1
	grep -q 'denied: this server needs a token' "$TX_ERR" ||
		fail "token: missing not denied: $(head -c 200 "$TX_ERR")"
	tx_run tok_wrong --connect "$IP_RX" --count 10 -q --token s3creT
	expect_eq "token: wrong, exit" "$TX_RC" 1
	grep -q 'denied: wrong token' "$TX_ERR" ||
		fail "token: wrong not denied: $(head -c 200 "$TX_ERR")"
	expect_eq "token: no receiver opened for refused clients" \
		"$(ready_count)" 0
	one_run tok_right "token: right" --token s3cret
	PKT_TOKEN=s3cret one_run tok_env "token: from PKT_TOKEN"
}

case_caps()
{
	t_case "server caps"
	srv_stop token
	srv_start caps --interface "$IF_RX" --max-duration 5s \
		--max-threads 2 || return
	tx_run cap_dur --connect "$IP_RX" --duration 6s -q
	expect_eq "caps: duration above --max-duration, exit" "$TX_RC" 2
	grep -q "above this server's --max-duration 5.000s" "$TX_ERR" ||
		fail "caps: duration: $(head -c 200 "$TX_ERR")"
	tx_run cap_thr --connect "$IP_RX" --count 10 --rx-threads 3 -q
	expect_eq "caps: threads above --max-threads, exit" "$TX_RC" 2
	grep -q "above this server's --max-threads 2" "$TX_ERR" ||
		fail "caps: threads: $(head -c 200 "$TX_ERR")"
	tx_run cap_port --connect "$IP_RX" --count 10 --port 9001 -q
	# a port outside --ports (default: the server's --port alone)
	expect_eq "caps: a data port outside --ports, exit" "$TX_RC" 2
	grep -q "this server lets clients use 9000..9000" "$TX_ERR" ||
		fail "caps: port: $(head -c 200 "$TX_ERR")"
	expect_eq "caps: receivers opened" "$(ready_count)" 0
	srv_alive caps
	srv_stop caps
}

net_init
net_require_kinds veth
topo_veth || exit 1
srv_start plain --interface "$IF_RX" || exit 1

for tx in $MODES; do
	for rx in $MODES; do
		pairing "$tx" "$rx"
	done
done
case_xdp
case_killed
case_random
case_slow
case_busy
case_many
case_token
case_caps
t_done
