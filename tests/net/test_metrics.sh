#!/bin/bash
# SPDX-License-Identifier: MIT
# timeout: 180
# pktrecv --server --metrics (docs/security.md, "The metrics port"): the
# server in one namespace, pktsend --connect and the scrapers in the
# other, over a veth link.  Scrapes are raw HTTP through bash's /dev/tcp,
# so nothing but bash is needed.
#   - before any run: 200, zero counts, busy 0; the grammar checked by
#     t_metrics FILE (the unit test's checker); the metrics thread (and
#     only it) holds no capability;
#   - during a run the received count rises and busy is 1; after it the
#     final count is the run's result, exactly, and so is the latency
#     histogram's count;
#   - 405 for POST, 404 for another path, 400 for garbage; a refused
#     request counts in runs_refused;
#   - 50 concurrent scrapers and one slow scraper during a run: the run's
#     count stays exact, every answer is 200 or 503 (more than 8 at once),
#     the slow one is cut off after the 5 s limit, and the port still
#     answers afterwards.
# SC2016: the bash -c programs take their values as arguments, on purpose
# shellcheck disable=SC2016
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

MPORT=9102
SCRAPERS=${PKTBENCH_METRICS_SCRAPERS:-50}

# The grammar checker of tests/unit/t_metrics.c, where it was built.
CHECKER=
for c in "$BIN/unit/t_metrics" "$NET_ROOT/build/asan/unit/t_metrics"; do
	[ -x "$c" ] && CHECKER=$c && break
done

srv_start()
{
	net_start SRV "$NS_RX" "$RECV" "$1" --server --interface "$IF_RX" \
		--metrics "$IP_RX:$MPORT" --max-duration 20s
	slowwait 10 grep -q '^pktrecv: server: control port' "$SRV_ERR" ||
		fatal "server not listening: $(head -c 300 "$SRV_ERR")"
}

# http METHOD PATH: one request from NS_TX, the whole response on stdout.
http()
{
	ip netns exec "$NS_TX" timeout 10 bash -c '
		exec 3<>"/dev/tcp/$0/$1" || exit 9
		printf "%s %s HTTP/1.1\r\nHost: pktbench\r\n\r\n" "$2" "$3" >&3
		cat <&3' "$IP_RX" "$MPORT" "$1" "$2"
}

# scrape FILE: GET /metrics, the body into FILE; the status line on stdout.
scrape()
{
	local raw

	raw=$(http GET /metrics | tr -d '\r')
	printf '%s\n' "${raw%%$'\n'*}"
	printf '%s\n' "$raw" | sed '1,/^$/d' >"$1"
}

# metric FILE NAME: the value of the sample NAME (with its labels).
metric()
{
	awk -v n="$2" '$1 == n { print $2; f = 1 } END { if (!f) print "none" }' "$1"
}

case_idle()
{
	local st f=$NET_TMP/idle.prom

	t_case "metrics: before any run"
	st=$(scrape "$f")
	expect_eq "idle: status" "$st" "HTTP/1.1 200 OK"
	expect_eq "idle: received" "$(metric "$f" pktbench_received_packets_total)" 0
	expect_eq "idle: busy" "$(metric "$f" pktbench_busy)" 0
	expect_eq "idle: served" "$(metric "$f" pktbench_runs_served_total)" 0
	expect_eq "idle: +Inf bucket" \
		"$(metric "$f" 'pktbench_latency_seconds_bucket{le="+Inf"}')" 0
	# the metrics thread holds no capability, whatever the server keeps
	expect_eq "idle: threads of the server without any capability" \
		"$(grep -l '^CapEff:[[:space:]]*0000000000000000$' \
			/proc/"$SRV_PID"/task/*/status | grep -c .)" 1
	if [ -n "$CHECKER" ]; then
		"$CHECKER" "$f" >/dev/null ||
			fail "idle: grammar: $("$CHECKER" "$f")"
	fi
}

case_grammar_skip()
{
	[ -n "$CHECKER" ] ||
		t_case_skip "metrics: grammar of a live scrape" \
			"no t_metrics built (make asan)"
}

case_rising()
{
	local n=300000 i st f prev=-1 rising=0 mid=0 busy=0 v

	t_case "metrics: rising during a run, final after it"
	tx_start rise --connect "$IP_RX" --count "$n" --rate 100kpps -q
	for i in $(seq 60); do
		pid_gone "$TX_PID" && break
		f=$NET_TMP/rise.$i.prom
		st=$(scrape "$f")
		[ "$st" = "HTTP/1.1 200 OK" ] || { fail "rise: scrape $i: $st"; continue; }
		v=$(metric "$f" pktbench_received_packets_total)
		if [ "$v" -gt 0 ] && [ "$v" -lt "$n" ]; then
			mid=$((mid + 1))
			[ "$v" -gt "$prev" ] && [ "$prev" -gt 0 ] && rising=$((rising + 1))
			[ "$(metric "$f" pktbench_busy)" = 1 ] && busy=$((busy + 1))
			if [ -n "$CHECKER" ] && ! "$CHECKER" "$f" >/dev/null; then
				fail "rise: grammar: $("$CHECKER" "$f")"
			fi
		fi
		prev=$v
		sleep 0.4
	done
	tx_wait rise 30
	expect_eq "rise: pktsend exit" "$(rc_str "$TX_RC")" 0
	[ "$mid" -ge 2 ] || fail "rise: $mid scrapes saw a count between 0 and $n, want >= 2"
	[ "$rising" -ge 1 ] || fail "rise: the count never rose between two scrapes"
	expect_eq "rise: busy in every scrape mid-run" "$busy" "$mid"
	f=$NET_TMP/rise.final.prom
	st=$(scrape "$f")
	expect_eq "rise: final status" "$st" "HTTP/1.1 200 OK"
	jexpect "$TX_OUT" "rise: result" .receiver.stats.received "$n" \
		.receiver.stats.lost 0
	expect_eq "rise: final received" \
		"$(metric "$f" pktbench_received_packets_total)" "$n"
	expect_eq "rise: final lost" "$(metric "$f" pktbench_lost_packets_total)" 0
	expect_eq "rise: run id" "$(metric "$f" pktbench_run_id)" \
		"$(jq -r .receiver.stats.run_id "$TX_OUT")"
	expect_eq "rise: latency count = received - lat_invalid" \
		"$(metric "$f" pktbench_latency_seconds_count)" \
		"$(jq -r '.receiver.stats | .received - .lat_invalid' "$TX_OUT")"
	expect_eq "rise: busy after" "$(metric "$f" pktbench_busy)" 0
	expect_eq "rise: rate after" "$(metric "$f" pktbench_rate_pps)" 0.000
	expect_eq "rise: served" "$(metric "$f" pktbench_runs_served_total)" 1
}

case_requests()
{
	local st f=$NET_TMP/req.prom

	t_case "metrics: only GET /metrics; refusals counted"
	st=$(http POST /metrics | head -1 | tr -d '\r')
	expect_eq "POST" "$st" "HTTP/1.1 405 Method Not Allowed"
	st=$(http GET /other | head -1 | tr -d '\r')
	expect_eq "GET /other" "$st" "HTTP/1.1 404 Not Found"
	st=$(http GET '/metrics/x' | head -1 | tr -d '\r')
	expect_eq "GET /metrics/x" "$st" "HTTP/1.1 404 Not Found"
	st=$(http 'G(T' /metrics | head -1 | tr -d '\r')
	expect_eq "a method that is no token" "$st" "HTTP/1.1 400 Bad Request"
	tx_run refuse --connect "$IP_RX" --count 10 --duration 30s -q
	expect_eq "refused: pktsend exit" "$TX_RC" 2
	st=$(scrape "$f")
	expect_eq "refused: status" "$st" "HTTP/1.1 200 OK"
	expect_eq "refused: counted" "$(metric "$f" pktbench_runs_refused_total)" 1
	expect_eq "refused: served unchanged" \
		"$(metric "$f" pktbench_runs_served_total)" 1
}

# scraper_loop I: GET /metrics every 0.2 s until $NET_TMP/stop exists;
# one status code per line into $NET_TMP/scr.I.  No process per scrape
# (a read timeout on a FIFO of its own is the pause): 50 of them must
# load the server, not this machine's scheduler.
scraper_loop()
{
	mkfifo "$NET_TMP/fifo.$1"
	ip netns exec "$NS_TX" bash -c '
		exec 4<>"$2/fifo.$3"
		while [ ! -e "$2/stop" ]; do
			if exec 3<>"/dev/tcp/$0/$1"; then
				printf "GET /metrics HTTP/1.1\r\nHost: p\r\n\r\n" >&3
				read -r _ code _ <&3
				echo "${code:-none}"
				exec 3<&-
			else
				echo connect
			fi
			read -rt 0.2 -u 4
		done >"$2/scr.$3"' "$IP_RX" "$MPORT" "$NET_TMP" "$1" &
	NET_PIDS="$NET_PIDS $!"
	SCR_PIDS="$SCR_PIDS $!"
}

case_crowd()
{
	local n=100000 i slow_ms ok=0 busy=0 other st f=$NET_TMP/crowd.prom

	t_case "metrics: $SCRAPERS scrapers and a slow one during a run"
	SCR_PIDS=
	rm -f "$NET_TMP/stop"
	# the slow one: half a request line, then nothing; the server ends
	# it after its 5 s limit
	ip netns exec "$NS_TX" bash -c '
		exec 3<>"/dev/tcp/$0/$1" || exit 9
		printf "GET /met" >&3
		t0=$(date +%s%N)
		cat <&3 >/dev/null
		echo $((($(date +%s%N) - t0) / 1000000))' "$IP_RX" "$MPORT" \
		>"$NET_TMP/slow.ms" &
	local slow_pid=$!
	NET_PIDS="$NET_PIDS $slow_pid"
	for i in $(seq "$SCRAPERS"); do
		scraper_loop "$i"
	done
	tx_run crowd --connect "$IP_RX" --count "$n" --rate 50kpps -q
	touch "$NET_TMP/stop"
	for i in $SCR_PIDS; do
		bg_wait crowd scraper "$i" 20
	done
	bg_wait crowd "slow scraper" "$slow_pid" 20
	expect_eq "crowd: pktsend exit" "$(rc_str "$TX_RC")" 0
	jexpect "$TX_OUT" "crowd: result" .receiver.stats.received "$n" \
		.receiver.stats.lost 0 .receiver.stats.duplicates 0
	ok=$(cat "$NET_TMP"/scr.* | grep -cx 200)
	busy=$(cat "$NET_TMP"/scr.* | grep -cx 503)
	other=$(cat "$NET_TMP"/scr.* | grep -cvxE '200|503')
	[ "$ok" -gt "$SCRAPERS" ] ||
		fail "crowd: $ok scrapes answered 200, want more than $SCRAPERS"
	expect_eq "crowd: answers neither 200 nor 503" "$other" 0
	echo "# crowd: $ok answered 200, $busy answered 503 (more than 8 at once)"
	slow_ms=$(cat "$NET_TMP/slow.ms")
	if ! [ "${slow_ms:-0}" -ge 4500 ] 2>/dev/null ||
		[ "$slow_ms" -gt 8000 ]; then
		fail "crowd: the slow scraper was closed after ${slow_ms:-?} ms, want 4500..8000"
	fi
	st=$(scrape "$f")
	expect_eq "crowd: a scrape afterwards" "$st" "HTTP/1.1 200 OK"
	expect_eq "crowd: final received" \
		"$(metric "$f" pktbench_received_packets_total)" "$n"
	expect_eq "crowd: served" "$(metric "$f" pktbench_runs_served_total)" 2
}

net_init
net_require_kinds veth
topo_veth || exit 1
srv_start metrics
case_idle
case_grammar_skip
case_rising
case_requests
case_crowd
t_case "metrics: server exit after SIGTERM"
kill -TERM "$SRV_PID"
bg_wait term "pktrecv --server" "$SRV_PID" 10
expect_eq "server exit after SIGTERM" "$(rc_str "$BG_RC")" 0
t_done
