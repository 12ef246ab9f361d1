#!/bin/bash
# SPDX-License-Identifier: MIT
# timeout: 120
# The interval stream of protocol version 2 (issue 20, docs/protocol.md
# "Interval stream"), between two namespaces: pktrecv --server in NS_RX,
# pktsend --connect --interval in NS_TX.
#   - a 10 s run with --interval 1s --format jsonl prints at least 9 of
#     the receiver's interval records before the final result, each line
#     within 1.5 s of the previous, and the sender's own in between;
#   - the final result counts every packet sent;
#   - a client that reads its stream slowly (a 2 KiB receive buffer, 7 s
#     of not reading, longer than the server's 5 s I/O timeout, 10 ms
#     intervals): the server drops records rather than hold the receiver
#     up or end the run: every packet is counted, the
#     result says how many records were dropped (at least one) and sent
#     (exactly those the client got), and the server's log the same drops;
#   - a version 1 client still gets a run (answers in version 1), and a
#     version 1 request that asks for an interval stream is refused by
#     name.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

PEER=$NET_DIR/ctl_peer.py

# stamp: each stdin line prefixed by the time it was read (s.us).
stamp()
{
	local l

	while IFS= read -r l; do
		printf '%s %s\n' "$EPOCHREALTIME" "$l"
	done
}

case_stream()
{
	local out=$NET_TMP/stream.lines rc n gaps last

	t_case "a 10 s run streams the receiver's intervals, then the result"
	srv_start stream || return
	neigh_warm || return
	ip netns exec "$NS_TX" "$SEND" --connect "$IP_RX" --duration 10s \
		--interval 1s --format jsonl --rate 2Mbit -q 2>"$NET_TMP/stream.err" |
		stamp >"$out"
	rc=${PIPESTATUS[0]}
	expect_eq "stream: pktsend exit" "$rc" 0 || cat "$NET_TMP/stream.err"
	# receiver intervals before the last line (the result)
	n=$(head -n -1 "$out" | cut -d' ' -f2- |
		jq -s '[.[] | select(.program == "pktrecv" and .type == "interval")] | length')
	[ "$n" -ge 9 ] || fail "stream: $n receiver interval lines before the result, want >= 9"
	n=$(head -n -1 "$out" | cut -d' ' -f2- |
		jq -s '[.[] | select(.program == "pktsend" and .type == "interval")] | length')
	[ "$n" -ge 9 ] || fail "stream: $n sender interval lines, want >= 9"
	# each receiver line within 1.5 s of the previous one
	grep '"type":"interval","program":"pktrecv"' "$out" >"$out.rx"
	n=$(wc -l <"$out.rx")
	[ "$n" -ge 9 ] || fail "stream: $n receiver interval lines by their stamp, want >= 9"
	gaps=$(awk '{ if (NR > 1 && $1 - p > 1.5) printf "%d:%.3f ", NR, $1 - p; p = $1 }' "$out.rx")
	expect_eq "stream: receiver interval gaps above 1.5 s" "$gaps" ""
	awk '{ if (NR > 1 && $1 - p > m) m = $1 - p; p = $1 }
	     END { printf "  stream: %d receiver interval lines, largest gap %.3f s\n", NR, m }' "$out.rx"
	last=$(tail -n 1 "$out" | cut -d' ' -f2-)
	printf '%s\n' "$last" >"$NET_TMP/stream.result"
	jexpect "$NET_TMP/stream.result" "stream: result" .type result \
		'.receiver.stats.received == .sender.stats.sent' true \
		'.receiver.stats.lost' 0 .receiver.stats.stop_reason sender_done
	# the intervals add up to no more than the whole
	n=$(cut -d' ' -f2- "$out" | jq -s '([.[] | select(.program == "pktrecv" and .type == "interval") | .stats.received] | add) <= .[-1].receiver.stats.received')
	expect_eq "stream: receiver intervals sum <= total" "$n" true
	srv_stop stream
	t_case_end
}

case_slow()
{
	local got

	t_case "a client that reads its stream slowly loses interval records, not the run"
	srv_start slow || return
	neigh_warm || return
	got=$(ip netns exec "$NS_TX" timeout 60 python3 "$PEER" slowiv "$IP_RX" 9001 \
		7 10000 "$SEND" --dst "$IP_RX" --count 10000 --rate 1kpps \
		--run-id 4242 -q 2>"$NET_TMP/slow.err")
	# every packet counted while the client did not read
	case $got in
	*" code=0 "*" received=10000 lost=0 pktsend=0") ;;
	*) fail "slow: the run: '$got' (want code=0 ... received=10000 lost=0 pktsend=0)"
	   head -n 3 "$NET_TMP/slow.err" ;;
	esac
	# the client got exactly what the server says it sent, the rest dropped
	srv_iv_dropped slow "$got" "$IP_TX"
	echo "  slow: $got"
	srv_stop slow
	t_case_end
}

case_v1()
{
	local got

	t_case "a version 1 client against a version 2 server"
	srv_start v1 || return
	got=$(ip netns exec "$NS_TX" timeout 30 python3 "$PEER" v1run "$IP_RX" 9001)
	# no packets: the receiver's verdict is 1, in a version 1 result
	expect_eq "v1: answers" "$got" "ready/1 result/1 code=1"
	got=$(ip netns exec "$NS_TX" timeout 30 python3 "$PEER" v1run "$IP_RX" 9001 interval=1s)
	expect_eq "v1: an interval stream in version 1" "$got" "error/1"
	grep -q "'interval' needs protocol version 2; the request speaks 1" "$SRV_ERR" ||
		fail "v1: no log line naming 'interval' and both versions"
	srv_stop v1
	t_case_end
}

net_init
net_require_kinds veth
command -v python3 >/dev/null || t_skip "python3 not found"
topo_veth || exit 1
case_stream
case_slow
case_v1
t_done
