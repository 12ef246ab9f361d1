#!/bin/bash
# SPDX-License-Identifier: MIT
# timeout: 180
# Many senders, one run (issue 20, docs/protocol.md "Many senders, one
# run"): three namespaces and the server's on one Linux bridge
# (topo_underlay 4: nodes 1..3 send, node 4 runs pktrecv --server
# --clients 3).
#   - 2 senders into one --clients 2 run: each share exactly its own
#     count, lost 0, the total their sum;
#   - 3 senders with exact faults of their own (none; --test-skip 100;
#     --test-dup 100) into one run: each client's share has exactly its
#     own counts, the receiver's record the total, each sender its own
#     stream id; the one that asks for an interval stream gets it, the
#     others do not;
#   - a client that never joins: the two that did get a clear error after
#     --join-timeout, and the server serves the next run;
#   - a member that stops reading its interval stream for 7 s (longer
#     than the server's 5 s I/O timeout; a 2 KiB receive buffer, 10 ms
#     intervals) while another reads: the other's receiver interval
#     records keep coming, each within 1.5 s of the previous; the stalled
#     one loses records (interval_dropped >= 1, the server's log the
#     same), gets exactly interval_sent of them, and its result with
#     the whole count;
#   - a version 1 client cannot join a --clients run (no stream ids).
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

PEER=$NET_DIR/ctl_peer.py
SRV_IP=$TOPO_NET.4

# client NODE TAG ARGS...: pktsend --connect in node NODE (background);
# sets C<NODE>_PID; output in $NET_TMP/TAG.c<NODE>.out
client()
{
	local node=$1 tag=$2

	shift 2
	net_start "C$node" "$TOPO_ID-$node" "$SEND" "$tag" \
		--connect "$SRV_IP" -q "$@"
}

# client_wait NODE TAG: exit code of client NODE into CRC
client_wait()
{
	local pid

	pid=C$1_PID
	bg_wait "$2" "pktsend $1" "${!pid}" 60
	CRC=$BG_RC
}

# stamp: each stdin line prefixed by the time it was read (s.us).
stamp()
{
	local l

	while IFS= read -r l; do
		printf '%s %s\n' "$EPOCHREALTIME" "$l"
	done
}

warm()
{
	local n

	for n in 1 2 3; do
		ip netns exec "$TOPO_ID-$n" ping -c 1 -W 2 "$SRV_IP" >/dev/null ||
			{ fail "node $n cannot reach $SRV_IP"; return 1; }
	done
}

case_fanin2()
{
	local n out firsts=()

	t_case "2 senders into one --clients 2 run: exact shares and total"
	srv_start fanin2 --clients 2 --join-timeout 20s || return
	client 1 fanin2 --count 1500 --rate 10kpps
	client 2 fanin2 --count 2500 --rate 10kpps
	for n in 1 2; do
		client_wait "$n" fanin2
		expect_eq "fanin2: client $n exit" "$(rc_str "$CRC")" 0 ||
			sed 's/^/  | /' "$NET_TMP/fanin2.c$n.err"
	done
	for n in "1 1500" "2 2500"; do
		# shellcheck disable=SC2086
		set -- $n
		out=$NET_TMP/fanin2.c$1.out
		jexpect "$out" "fanin2: client $1" .sender.stats.sent "$2" \
			.share.sent "$2" .share.received "$2" .share.unique "$2" \
			.share.lost 0 .share.duplicates 0 .share.clients 2 \
			.share.streams 1 \
			.receiver.stats.received 4000 .receiver.stats.lost 0 \
			.receiver.stats.duplicates 0 .receiver.stats.streams 2 \
			'.sender.stats.run_id == .receiver.stats.run_id' true
		firsts+=("$(jq -r .share.stream_first "$out")")
	done
	expect_eq "fanin2: stream ids" "$(printf '%s\n' "${firsts[@]}" | sort | paste -sd ' ')" "0 1"
	grep -q "run of 2 clients: 4000 packets sent by the clients that reported, 4000 received" "$SRV_ERR" ||
		fail "fanin2: no server log line of 4000 sent and received"
	srv_stop fanin2
	t_case_end
}

case_fanin()
{
	local n out firsts=()

	t_case "3 senders into one --clients 3 run: exact shares and total"
	srv_start fanin --clients 3 --join-timeout 20s || return
	client 1 fanin --count 1000 --rate 10kpps
	client 2 fanin --count 2000 --rate 10kpps --test-skip 100
	client 3 fanin --count 3000 --rate 10kpps --test-dup 100 \
		--interval 100ms --format jsonl
	for n in 1 2 3; do
		client_wait "$n" fanin
		expect_eq "fanin: client $n exit" "$(rc_str "$CRC")" 0 ||
			sed 's/^/  | /' "$NET_TMP/fanin.c$n.err"
		tail -n 1 "$NET_TMP/fanin.c$n.out" >"$NET_TMP/fanin.c$n.result"
	done
	# the interval stream goes to the client that asked, only
	n=$(grep -c '"type":"interval","program":"pktrecv"' "$NET_TMP/fanin.c3.out")
	[ "$n" -ge 1 ] || fail "fanin: client 3 got no receiver interval record"
	expect_eq "fanin: lines of clients 1 and 2" \
		"$(cat "$NET_TMP/fanin.c1.out" "$NET_TMP/fanin.c2.out" | wc -l)" 2
	# sent, share: received unique lost duplicates; every client the total
	set -- "1 1000 1000 1000 0 0" "2 2000 2000 2000 19 0" \
		"3 3000 3000 2971 0 29"
	for n in "$@"; do
		# shellcheck disable=SC2086
		set -- $n
		out=$NET_TMP/fanin.c$1.result
		jexpect "$out" "fanin: client $1" .sender.stats.sent "$2" \
			.share.sent "$2" .share.received "$3" .share.unique "$4" \
			.share.lost "$5" .share.duplicates "$6" .share.clients 3 \
			.share.streams 1 '.share.lat_max_ns >= .share.lat_min_ns' true \
			.receiver.stats.received 6000 .receiver.stats.lost 19 \
			.receiver.stats.duplicates 29 .receiver.stats.streams 3 \
			.receiver.stats.stop_reason sender_done \
			'.sender.stats.run_id == .receiver.stats.run_id' true
		firsts+=("$(jq -r .share.stream_first "$out")")
	done
	expect_eq "fanin: stream ids" "$(printf '%s\n' "${firsts[@]}" | sort | paste -sd ' ')" "0 1 2"
	srv_stop fanin
	t_case_end
}

case_join_timeout()
{
	local n

	t_case "a client that never joins: the others get an error after --join-timeout"
	srv_start join --clients 3 --join-timeout 3s || return
	client 1 join --count 1000 --rate 10kpps
	client 2 join --count 1000 --rate 10kpps
	for n in 1 2; do
		client_wait "$n" join
		expect_eq "join: client $n exit" "$(rc_str "$CRC")" 1
		grep -q -- "--join-timeout 3s: 2 of 3 clients joined; the run did not start" \
			"$NET_TMP/join.c$n.err" ||
			fail "join: client $n: no clear error: $(head -c 300 "$NET_TMP/join.c$n.err")"
		[ -s "$NET_TMP/join.c$n.out" ] &&
			fail "join: client $n printed a result: $(head -c 200 "$NET_TMP/join.c$n.out")"
	done
	# the server is not stuck: three clients make the next run
	for n in 1 2 3; do
		client "$n" join2 --count 500 --rate 10kpps
	done
	for n in 1 2 3; do
		client_wait "$n" join2
		expect_eq "join: next run, client $n exit" "$(rc_str "$CRC")" 0
		jexpect "$NET_TMP/join2.c$n.out" "join: next run, client $n" \
			.share.received 500 .receiver.stats.received 1500
	done
	srv_stop join
	t_case_end
}

case_stall()
{
	local out=$NET_TMP/stall.c2.lines n rxn rc got sent gaps

	t_case "a member that stops reading holds up neither the run nor the other's stream"
	srv_start stall --clients 2 --join-timeout 20s || return
	# client 1 joins first, so its 10 ms interval is the run's; it sends
	# no data ("sleep 10" in its place) and reads nothing for 7 s of it
	ip netns exec "$TOPO_ID-1" timeout 60 python3 "$PEER" slowiv "$SRV_IP" \
		9001 7 0 sleep 10 >"$NET_TMP/stall.c1.out" \
		2>"$NET_TMP/stall.c1.err" &
	C1_PID=$!
	NET_PIDS="$NET_PIDS $C1_PID"
	for n in $(seq 50); do
		grep -qx joined "$NET_TMP/stall.c1.out" && break
		sleep 0.1
	done
	grep -qx joined "$NET_TMP/stall.c1.out" ||
		{ fail "stall: client 1 did not join: $(head -c 300 "$NET_TMP/stall.c1.err")"; return; }
	ip netns exec "$TOPO_ID-2" "$SEND" --connect "$SRV_IP" --duration 10s \
		--rate 1kpps --interval 1s --format jsonl -q \
		2>"$NET_TMP/stall.c2.err" | stamp >"$out"
	rc=${PIPESTATUS[0]}
	expect_eq "stall: client 2 exit" "$(rc_str "$rc")" 0 ||
		sed 's/^/  | /' "$NET_TMP/stall.c2.err"
	tail -n 1 "$out" | cut -d' ' -f2- >"$NET_TMP/stall.c2.result"
	jexpect "$NET_TMP/stall.c2.result" "stall: client 2" \
		'.share.received == .sender.stats.sent' true .share.lost 0 \
		'.receiver.stats.received == .sender.stats.sent' true \
		.receiver.stats.lost 0 .share.clients 2
	sent=$(jq -r .sender.stats.sent "$NET_TMP/stall.c2.result")
	# the other's stream went on while client 1 did not read
	grep '"type":"interval","program":"pktrecv"' "$out" >"$out.rx"
	rxn=$(wc -l <"$out.rx")
	[ "$rxn" -ge 500 ] || fail "stall: client 2 got $rxn receiver interval records, want >= 500"
	gaps=$(awk '{ if (NR > 1 && $1 - p > 1.5) printf "%d:%.3f ", NR, $1 - p; p = $1 }' "$out.rx")
	expect_eq "stall: client 2 receiver interval gaps above 1.5 s" "$gaps" ""
	bg_wait stall "client 1" "$C1_PID" 30
	got=$(cat "$NET_TMP/stall.c1.out")
	got=${got##*$'\n'}
	case $got in
	*" code=0 "*" received=${sent:-x} lost=0 pktsend=0") ;;
	*) fail "stall: client 1: '$got' (want code=0 ... received=${sent:-?} lost=0 pktsend=0)"
	   head -n 3 "$NET_TMP/stall.c1.err" ;;
	esac
	srv_iv_dropped "stall: client 1" "$got" "$TOPO_NET.1"
	echo "  stall: client 1: $got; client 2: $rxn receiver records"
	srv_stop stall
	t_case_end
}

case_v1()
{
	local got

	t_case "a version 1 client cannot join a --clients run"
	srv_start v1 --clients 2 || return
	got=$(ip netns exec "$TOPO_ID-1" timeout 30 python3 "$PEER" v1run "$SRV_IP" 9001)
	expect_eq "v1: answer" "$got" "error/1"
	grep -q "needs protocol version 2; the client speaks 1" "$SRV_ERR" ||
		fail "v1: no log line naming both versions"
	srv_stop v1
	t_case_end
}

net_init
net_require_kinds veth bridge
command -v python3 >/dev/null || t_skip "python3 not found"
topo_underlay 4 || fatal "underlay: $NW_ERR"
SRV_NS=$TOPO_ID-4
warm || exit 1
case_fanin2
case_fanin
case_join_timeout
case_stall
case_v1
t_done
