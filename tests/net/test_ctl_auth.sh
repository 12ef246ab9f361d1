#!/bin/bash
# SPDX-License-Identifier: MIT
# timeout: 300
# The control channel's server against hostile clients (issue 18 classes
# A and D; docs/security.md "The control channel"), between two
# namespaces: pktrecv --server in NS_RX, clients in NS_TX, hostile ones
# played by tests/net/ctl_peer.py.
#   - item 1: a root UDP service with SO_REUSEPORT on the data port and a
#     client asking for it with two threads: refused, and the service
#     receives every datagram; a port outside --ports is refused;
#   - item 2: a silent connection renewed every 4 s, and 40 held at once,
#     do not stop a client with the token;
#   - item 3: --token in argv warns, --token-file does not; 1000 wrong
#     tokens are slowed (at most a few checked) and logged in few lines;
#   - class D: --rcvbuf, --ring-blocks and --vlan on the server leave
#     runs in other modes alone, and the record's config says what was
#     applied.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

PEER=$NET_DIR/ctl_peer.py
TOKEN=s3cret-$$

fd_count()
{
	set -- "/proc/$SRV_PID/fd"/*
	echo $#
}

peer()
{
	ip netns exec "$NS_TX" timeout 60 python3 "$PEER" "$@"
}

case_port_hijack()
{
	local got out=$NET_TMP/sink.out

	t_case "item 1: a port held by a SO_REUSEPORT service is refused"
	srv_start hijack || return
	ip netns exec "$NS_RX" timeout 30 python3 "$PEER" udpsink \
		"$IP_RX" 9000 8 >"$out" &
	local sink=$!

	NET_PIDS="$NET_PIDS $sink"
	slowwait 5 grep -q bound "$out" || fail "hijack: the service did not bind"
	tx_run hijack --connect "$IP_RX" --rx-threads 2 --count 1000 \
		--duration 3s --rate 10kpps -q
	expect_eq "hijack: client exit" "$TX_RC" 2
	grep -q 'in use on the server.s host by a socket the server did not open' \
		"$TX_ERR" || fail "hijack: not refused as in use: $(head -c 200 "$TX_ERR")"
	neigh_warm
	tx_run hijack_plain --dst "$IP_RX" --port 9000 --count 1000 \
		--rate 10kpps -q
	bg_wait hijack "udp service" "$sink" 20
	got=$(tail -n 1 "$out")
	expect_eq "hijack: datagrams the service received" "$got" 1000
	t_case "item 1: --ports bounds what a client may ask"
	tx_run ports_out --connect "$IP_RX" --port 9001 --count 10 -q
	expect_eq "ports: --port 9001 with the default --ports, exit" "$TX_RC" 2
	grep -q 'this server lets clients use 9000..9000' "$TX_ERR" ||
		fail "ports: $(head -c 200 "$TX_ERR")"
	srv_stop hijack
	srv_start ports --ports 9000-9010 || return
	tx_run ports_in --connect "$IP_RX" --port 9010 --count 100 \
		--rate 10kpps -q
	expect_eq "ports: --port 9010 in --ports 9000-9010, exit" "$TX_RC" 0
	jexpect "$TX_OUT" "ports: 9010" .receiver.stats.received 100 \
		.receiver.config.port 9010
	srv_stop ports
}

case_lockout()
{
	local ok=0 i silent held fds0 fds1

	t_case "item 2: a silent connection renewed every 4 s locks nobody out"
	printf '%s\n' "$TOKEN" >"$NET_TMP/token"
	srv_start lockout --token-file "$NET_TMP/token" || return
	peer silent "$IP_RX" 9001 22 4 >"$NET_TMP/silent.out" &
	silent=$!
	NET_PIDS="$NET_PIDS $silent"
	sleep 0.5
	for i in $(seq 8); do
		tx_run "lock$i" --connect "$IP_RX" --count 200 --rate 20kpps -q \
			--token-file "$NET_TMP/token"
		[ "$TX_RC" = 0 ] && ok=$((ok + 1))
		[ "$TX_RC" = 0 ] || echo "# lock$i: $(head -c 200 "$TX_ERR")"
		sleep 1.5
	done
	expect_eq "lockout: clients with the token that ran, of 8" "$ok" 8
	bg_wait lockout "silent peer" "$silent" 30
	t_case "item 2: 40 silent connections at once: bounded, nobody locked out"
	fds0=$(fd_count)
	peer hold "$IP_RX" 9001 40 3 >"$NET_TMP/hold.out" &
	held=$!
	NET_PIDS="$NET_PIDS $held"
	sleep 1
	fds1=$(fd_count)
	[ "$fds1" -le $((fds0 + 16)) ] ||
		fail "hold: server fds $fds0 -> $fds1 with 40 waiting connections (bound 16)"
	tx_run held --connect "$IP_RX" --count 200 --rate 20kpps -q \
		--token-file "$NET_TMP/token"
	expect_eq "hold: client with the token while 40 wait, exit" "$TX_RC" 0
	bg_wait hold "holding peer" "$held" 20
	srv_stop lockout
}

case_token_argv()
{
	t_case "item 3: --token in argv warns, --token-file does not"
	srv_start argv --token "$TOKEN" || return
	grep -q 'warning: --token on the command line can be read by every local user' \
		"$SRV_ERR" || fail "argv: no warning: $(head -c 300 "$SRV_ERR")"
	tx_run argv --connect "$IP_RX" --count 10 -q --token "$TOKEN"
	expect_eq "argv: client exit" "$TX_RC" 0
	grep -q 'warning: --token on the command line' "$TX_ERR" ||
		fail "argv: client did not warn: $(head -c 200 "$TX_ERR")"
	srv_stop argv
	srv_start file --token-file "$NET_TMP/token" || return
	grep -q 'warning' "$SRV_ERR" && fail "file: a warning: $(grep warning "$SRV_ERR")"
	tr '\0' ' ' <"/proc/$SRV_PID/cmdline" | grep -q "$TOKEN" &&
		fail "file: the token is in /proc/PID/cmdline"
	PKT_TOKEN=$TOKEN tx_run env --connect "$IP_RX" --count 10 -q
	expect_eq "file: client with PKT_TOKEN, exit" "$TX_RC" 0
	grep -q warning "$TX_ERR" && fail "env: a warning: $(head -c 200 "$TX_ERR")"
}

case_guess()
{
	local res wrong blocked other lines wait_s

	t_case "item 3: 1000 wrong tokens are slowed and logged in bounded lines"
	res=$(peer guess "$IP_RX" 9001 1000)
	echo "# $res"
	wrong=$(sed -n 's/^wrong=\([0-9]*\) .*/\1/p' <<<"$res")
	blocked=$(sed -n 's/.* blocked=\([0-9]*\) .*/\1/p' <<<"$res")
	other=$(sed -n 's/.* other=\([0-9]*\) .*/\1/p' <<<"$res")
	expect_eq "guess: answers that were neither wrong nor blocked" "$other" 0
	expect_eq "guess: all 1000 answered" "$((wrong + blocked))" 1000
	[ "${wrong:-1000}" -le 12 ] ||
		fail "guess: $wrong of 1000 tokens were checked (bound 12)"
	sleep 6	# one summary interval (SRV_LOG_MS)
	lines=$(grep -c 'token' "$SRV_ERR")
	[ "$lines" -le 4 ] || fail "guess: $lines log lines about tokens (bound 4)"
	grep -Eq 'failed token checks, [0-9]+ requests refused unchecked' "$SRV_ERR" ||
		fail "guess: no summary line: $(tail -3 "$SRV_ERR")"
	wait_s=$(sed -n 's/.*retry in \([0-9]*\) s.*/\1/p' <<<"$res")
	sleep "${wait_s:-0}"
	tx_run after_guess --connect "$IP_RX" --count 10 -q \
		--token-file "$NET_TMP/token"
	expect_eq "guess: the right token once the block ended, exit" "$TX_RC" 0
	srv_stop file
}

case_modes()
{
	t_case "class D: --rcvbuf and --ring-blocks on the server, other modes run"
	srv_start opts --rcvbuf 4M --ring-blocks 16 || return
	tx_run d_udp --connect "$IP_RX" --count 100 --rate 10kpps -q
	expect_eq "D: udp run, exit" "$TX_RC" 0
	jexpect "$TX_OUT" "D: udp run" .receiver.stats.received 100 \
		.receiver.config.mode udp .receiver.config.rcvbuf 4194304
	tx_run d_mmap --connect "$IP_RX" --rx-mode mmap --count 100 \
		--rate 10kpps -q
	expect_eq "D: mmap run, exit" "$TX_RC" 0
	jexpect "$TX_OUT" "D: mmap run" .receiver.stats.received 100 \
		.receiver.config.mode mmap .receiver.config.ring_blocks 16 \
		'.receiver.config | has("rcvbuf")' false
	grep -q 'not for --mode mmap, not applied: --rcvbuf' "$SRV_ERR" ||
		fail "D: the server did not say what it left out"
	srv_stop opts
	t_case "class D: --vlan on the server, a udp run"
	srv_start vlan --vlan 5 || return
	tx_run d_vlan --connect "$IP_RX" --count 100 --rate 10kpps -q
	expect_eq "D: udp run with the server's --vlan 5, exit" "$TX_RC" 0
	jexpect "$TX_OUT" "D: udp run, --vlan" .receiver.stats.received 100 \
		.receiver.config.vlan null
	srv_stop vlan
}

net_init
net_require_kinds veth
command -v python3 >/dev/null || t_skip "python3 not found"
topo_veth || exit 1
SRV_IF=$IF_RX
case_port_hijack
case_lockout
case_token_argv
case_guess
case_modes
t_done
