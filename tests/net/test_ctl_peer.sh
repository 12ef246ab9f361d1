#!/bin/bash
# SPDX-License-Identifier: MIT
# timeout: 300
# What a peer sends never reaches a terminal or a log raw, and a result
# the server has is never thrown away (issue 18 classes B and C;
# docs/security.md "The control channel").  pktrecv --server, or a fake
# server (tests/net/ctl_peer.py fakesrv), in NS_RX; clients in NS_TX.
#   - item 5: control characters from a client appear escaped in the
#     server's log, before and after the token check;
#   - item 6: control characters from a server appear escaped on the
#     client's stderr;
#   - item 7: a server's exit code 137 becomes 1;
#   - item 8: SIGINT and SIGTERM on the client during the run still
#     print the receiver's record; a second signal gives up at once;
#   - item 9: a half-close after "done" gets the result;
#   - item 10: the client stops sending as soon as the server closes.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

PEER=$NET_DIR/ctl_peer.py
ESC=$(printf '\033')
BEL=$(printf '\007')
CR=$(printf '\r')

# fake_start TAG PORT WHAT [ARG]: a fake server on IP_RX:PORT (FAKE_PID).
fake_start()
{
	local out=$NET_TMP/$1.fake.out

	ip netns exec "$NS_RX" timeout 60 python3 "$PEER" fakesrv "$IP_RX" \
		"$2" "$3" "${4:-}" >"$out" 2>&1 &
	FAKE_PID=$!
	NET_PIDS="$NET_PIDS $FAKE_PID"
	slowwait 5 grep -q listening "$out" ||
		fail "$1: the fake server did not listen: $(head -c 200 "$out")"
}

# raw_bytes FILE LABEL: FILE holds no ESC, BEL or CR byte.
raw_bytes()
{
	local b

	for b in "$ESC" "$BEL" "$CR"; do
		grep -q "$b" "$1" &&
			fail "$2: a raw $(printf %s "$b" | od -An -c | tr -d ' ') reached the output"
	done
	return 0
}

case_server_log()
{
	t_case "item 5: control characters from a client are escaped in the server log"
	srv_start log --token s3cret || return
	ip netns exec "$NS_TX" python3 "$PEER" raw "$IP_RX" 9001 \
		'{"pktbench":1,"type":"r\\u001b[31mun\\npktrecv: forged"}' >/dev/null
	ip netns exec "$NS_TX" python3 "$PEER" raw "$IP_RX" 9001 \
		'{"pktbench":1,"type":"run","token":"s3cret","port":"9\\u001b]0;x\\u0007\\r"}' >/dev/null
	sleep 0.5
	raw_bytes "$SRV_ERR" "server log"
	grep -q '^pktrecv: forged' "$SRV_ERR" &&
		fail "server log: a forged line: $(grep -n forged "$SRV_ERR")"
	grep -qF "got 'r\\x1b[31mun\\npktrecv: forged'" "$SRV_ERR" ||
		fail "server log: the type not shown escaped: $(grep -a expected "$SRV_ERR" | head -c 200)"
	grep -qF '9\x1b]0;x\x07\r' "$SRV_ERR" ||
		fail "server log: the port value not shown escaped: $(grep -a refused "$SRV_ERR" | head -c 200)"
	srv_stop log
}

case_client_text()
{
	t_case "item 6: control characters from a server are escaped on the client"
	fake_start text 9101 error
	tx_run text --connect "$IP_RX:9101" --count 10 -q
	expect_eq "text: client exit (the server said code 2)" "$TX_RC" 2
	raw_bytes "$TX_ERR" "client stderr"
	grep -q '^pktsend: forged' "$TX_ERR" &&
		fail "client stderr: a forged line"
	grep -qF '\x1b]0;owned\x07\x1b[2J\rpktsend: forged line\nsecond' "$TX_ERR" ||
		fail "client stderr: the error not shown escaped: $(head -c 300 "$TX_ERR" | od -c | head -5)"
	bg_wait text "fake server" "$FAKE_PID" 10
}

case_exit_code()
{
	t_case "item 7: a server's exit code 137 becomes 1"
	fake_start code 9102 code 137
	tx_run code --connect "$IP_RX:9102" --count 10 --rate 1kpps -q
	expect_eq "code: client exit for the server's 137" "$(rc_str "$TX_RC")" 1
	grep -q 'the server sent exit code 137 (taken as 1)' "$TX_ERR" ||
		fail "code: not said: $(head -c 300 "$TX_ERR")"
	raw_bytes "$TX_ERR" "code: client stderr"
	bg_wait code "fake server" "$FAKE_PID" 10
}

# ready_more N: the server has opened more than N receivers (slowwait).
# shellcheck disable=SC2317
ready_more()
{
	[ "$(grep -c '^pktrecv: ready:' "$SRV_ERR")" -gt "$1" ]
}

# interrupted SIG: the client gets SIG mid-run and still has the result.
interrupted()
{
	local sig=$1 tag=sig_$1 n

	t_case "item 8: SIG$sig on the client mid-run still prints the receiver's record"
	n=$(grep -c '^pktrecv: ready:' "$SRV_ERR")
	tx_start "$tag" --connect "$IP_RX" --duration 30s --rate 2kpps -q
	slowwait 10 ready_more "$n" ||
		fail "$tag: no receiver opened"
	sleep 1
	kill "-$sig" "$TX_PID"
	tx_wait "$tag" 10
	expect_eq "$tag: client exit" "$(rc_str "$TX_RC")" 0
	jexpect "$TX_OUT" "$tag" '.receiver | type' object \
		'.receiver.stats.received == .sender.stats.sent' true \
		'.sender.stats.sent > 0' true \
		.receiver.stats.stop_reason sender_done
}

case_signals()
{
	local t0 t1

	srv_start sig || return
	interrupted INT
	interrupted TERM
	srv_stop sig
	t_case "item 8: a second signal gives up waiting for the result"
	fake_start mute 9103 mute 20
	tx_start mute --connect "$IP_RX:9103" --duration 30s --rate 1kpps -q
	sleep 1
	kill -INT "$TX_PID"
	sleep 0.5
	t0=$(date +%s%N)
	kill -INT "$TX_PID"
	tx_wait mute 10
	t1=$(date +%s%N)
	expect_eq "mute: client exit" "$(rc_str "$TX_RC")" 1
	[ $(((t1 - t0) / 1000000)) -le 1500 ] ||
		fail "mute: the client took $(((t1 - t0) / 1000000)) ms after the second signal (bound 1500)"
	jexpect "$TX_OUT" "mute" .receiver null
	kill "$FAKE_PID" 2>/dev/null
	bg_wait mute "fake server" "$FAKE_PID" 10
}

case_half_close()
{
	local res

	t_case "item 9: a half-close after done gets the result"
	srv_start half || return
	res=$(ip netns exec "$NS_TX" timeout 30 python3 "$PEER" halfclose \
		"$IP_RX" 9001)
	# no test packet was sent: the receiver's verdict is 1, with a record
	expect_eq "half-close: the answer" "$res" "result 1 record"
	grep -q 'the client went away' "$SRV_ERR" &&
		fail "half-close: the server says the client went away"
	srv_stop half
}

case_server_closes()
{
	local t0 t1 ms

	t_case "item 10: the client stops sending when the server closes"
	fake_start close 9104 close 1
	t0=$(date +%s%N)
	tx_run close --connect "$IP_RX:9104" --duration 10s --rate 1kpps -q
	t1=$(date +%s%N)
	ms=$(((t1 - t0) / 1000000))
	expect_eq "close: client exit" "$(rc_str "$TX_RC")" 1
	[ "$ms" -le 4000 ] ||
		fail "close: the client ran $ms ms of its 10 s after the server closed at 1 s (bound 4000)"
	grep -q 'ended the run; stopped sending after' "$TX_ERR" ||
		fail "close: not said: $(head -c 300 "$TX_ERR")"
	bg_wait close "fake server" "$FAKE_PID" 10
}

net_init
net_require_kinds veth
command -v python3 >/dev/null || t_skip "python3 not found"
topo_veth || exit 1
SRV_IF=$IF_RX
case_server_log
case_client_text
case_exit_code
case_signals
case_half_close
case_server_closes
t_done
