#!/bin/bash
# SPDX-License-Identifier: MIT
# Bad input through the real binaries: exit 2, nothing on stdout, and one
# line on stderr that names the flag and what it accepts.  --help and
# --version exit 0.  Everything runs inside a namespace of a veth pair
# (MTU 1500), which the size checks need.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

# bad PROG ERE ARGS...: PROG ARGS exits 2, prints nothing on stdout and
# exactly one stderr line, "PROG: ..." matching ERE.
bad()
{
	local prog=$1 re=$2 label out err rc n

	shift 2
	label="$prog $*"
	t_case "$label"
	out=$NET_TMP/bad.out err=$NET_TMP/bad.err
	timeout -k 5 30 ip netns exec "$NS_TX" "$BIN/$prog" "$@" >"$out" 2>"$err"
	rc=$?
	n=$(wc -l <"$err")
	expect_eq "$label: exit" "$rc" 2
	[ -s "$out" ] && fail "$label: stdout not empty: $(head -c 200 "$out")"
	if [ "$n" != 1 ]; then
		fail "$label: $n stderr lines, not 1:"
		sed 's/^/  | /' "$err" | head -10
	elif ! grep -Eq "^$prog: ($re)" "$err"; then
		fail "$label: stderr \"$(cat "$err")\" does not match \"$prog: $re\""
	fi
}

# good PROG ERE ARGS...: exit 0, stdout matching ERE, stderr empty.
good()
{
	local prog=$1 re=$2 label out err rc

	shift 2
	label="$prog $*"
	t_case "$label"
	out=$NET_TMP/good.out err=$NET_TMP/good.err
	timeout -k 5 30 ip netns exec "$NS_TX" "$BIN/$prog" "$@" >"$out" 2>"$err"
	rc=$?
	expect_eq "$label: exit" "$rc" 0
	grep -Eq "$re" "$out" || fail "$label: stdout does not match \"$re\": $(head -c 200 "$out")"
	[ -s "$err" ] && fail "$label: stderr not empty: $(head -c 200 "$err")"
}

net_init
net_require_kinds veth
topo_veth || t_done
D=(--dst "$IP_RX")
COUNT_RANGE='accepted 1\.\.281474976710656'

# mode
bad pktsend "--mode 'foo': .*accepted udp, mmsg, mmap, xdp" --mode foo "${D[@]}"
bad pktrecv "--mode 'foo': .*accepted udp, mmsg, mmap, xdp" --mode foo
bad pktrecv "--interface is required with --mode xdp; accepted" --mode xdp
bad pktsend "--xdp-bind 'fast': accepted auto\|copy\|zerocopy" \
	--mode xdp --interface "$IF_TX" --xdp-bind fast "${D[@]}"
bad pktrecv "--xdp-attach applies only to --mode xdp \(mode is mmap\)" \
	--mode mmap --interface "$IF_TX" --xdp-attach native
bad pktrecv "--threads 2: .* has 1 queue; .*accepted 1\.\.1" \
	--mode xdp --interface "$IF_TX" --threads 2 --duration 1
# size: the option's range, then the interface MTU (1500 - 28 = 1472)
bad pktsend "--size '0': .*accepted 32\.\.65507" --size 0 "${D[@]}"
bad pktsend "--size '70000': .*accepted 32\.\.65507" --size 70000 "${D[@]}"
for m in udp mmsg; do
	bad pktsend "--size 1473: accepted 32\.\.1472: .*path MTU 1500" \
		--mode $m --size 1473 "${D[@]}"
	bad pktsend "--size 1473: accepted 32\.\.1472: .*path MTU 1500" \
		--mode $m --interface "$IF_TX" --size 1473 "${D[@]}"
done
bad pktsend "--size 1473: accepted 32\.\.1472: .*MTU 1500 of $IF_TX" \
	--mode mmap --interface "$IF_TX" --size 1473 "${D[@]}"
# rate
bad pktsend "--rate 'abc': not a rate; accepted 1k\.\.400G" --rate abc "${D[@]}"
bad pktsend "--rate '-5': not a rate; accepted 1k\.\.400G" --rate -5 "${D[@]}"
# port
bad pktsend "--port '70000': out of range; accepted 1\.\.65535" \
	--port 70000 "${D[@]}"
bad pktrecv "--port '70000': out of range; accepted 1\.\.65535" --port 70000
bad pktsend "--port '0': out of range; accepted 1\.\.65535" --port 0 "${D[@]}"
# interface
bad pktsend "--interface is required with --mode mmap; accepted" \
	--mode mmap "${D[@]}"
bad pktrecv "--interface is required with --mode mmap; accepted" --mode mmap
bad pktsend "--interface nosuch0: no such interface" \
	--mode mmap --interface nosuch0 "${D[@]}"
bad pktsend "--interface nosuch0: no such interface" \
	--interface nosuch0 "${D[@]}"
bad pktrecv "--interface nosuch0: no such interface" \
	--mode mmap --interface nosuch0
bad pktrecv "--interface nosuch0: no such interface" --interface nosuch0
# addresses
bad pktsend "--dst '300\.1\.1\.1': not an IPv4 address; accepted a\.b\.c\.d" \
	--dst 300.1.1.1
bad pktsend "--dst 'abc': not an IPv4 address; accepted a\.b\.c\.d" --dst abc
bad pktsend "--dst is required; accepted an IPv4 unicast address"
bad pktsend "--dst-mac '00:11:22:33:44': not a MAC address; accepted xx:xx:xx:xx:xx:xx" \
	--mode mmap --interface "$IF_TX" --dst-mac 00:11:22:33:44 "${D[@]}"
bad pktsend "--dst-mac 'zz:11:22:33:44:55': not a MAC address; accepted xx:xx:xx:xx:xx:xx" \
	--mode mmap --interface "$IF_TX" --dst-mac zz:11:22:33:44:55 "${D[@]}"
# vlan: range, and mmap only
bad pktsend "--vlan '5000': out of range; accepted 0\.\.4094" \
	--mode mmap --interface "$IF_TX" --vlan 5000 "${D[@]}"
bad pktrecv "--vlan '5000': out of range; accepted 0\.\.4094" \
	--mode mmap --interface "$IF_TX" --vlan 5000
bad pktsend "--vlan applies only to --mode mmap, xdp \(mode is udp\)" \
	--mode udp --vlan 50 "${D[@]}"
bad pktrecv "--vlan applies only to --mode mmap, xdp \(mode is udp\)" \
	--mode udp --vlan 50
bad pktsend "--vlan applies only to --mode mmap, xdp \(mode is mmsg\)" \
	--mode mmsg --vlan 50 "${D[@]}"
# counts that overflow 64 bits, or only the option's 2^48 bound
bad pktsend "--count '18446744073709551616': out of range; $COUNT_RANGE" \
	--count 18446744073709551616 "${D[@]}"
bad pktsend "--count '99999999999999999999999': out of range; $COUNT_RANGE" \
	--count 99999999999999999999999 "${D[@]}"
bad pktsend "--count '99999999999G': out of range; $COUNT_RANGE" \
	--count 99999999999G "${D[@]}"
bad pktsend "--count '281474976710657': out of range; $COUNT_RANGE" \
	--count 281474976710657 "${D[@]}"
bad pktrecv "--count '18446744073709551616': out of range; $COUNT_RANGE" \
	--count 18446744073709551616
bad pktsend "--count '1\.5': not a valid number; $COUNT_RANGE" \
	--count 1.5 "${D[@]}"
# unknown options and stray arguments
bad pktsend "unknown option '--bogus'" --bogus "${D[@]}"
bad pktrecv "unknown option '--bogus'" --bogus
bad pktsend "unknown option '-Z'" -Z "${D[@]}"
bad pktsend "unexpected argument 'extra'" "${D[@]}" extra
# the control channel's options without it: refused, never ignored
bad pktrecv "--ports: only with --server; it sets the control channel" --ports 9000-9010
bad pktrecv "--token-file: only with --server; " --token-file /dev/null --count 10
bad pktrecv "--max-threads: only with --server; " --max-threads 2
bad pktsend "--token: only with --connect; " --token s3cret "${D[@]}"
bad pktsend "--rx-mode: only with --connect; " --rx-mode mmsg "${D[@]}"
# the test-only options are hidden, not absent: still range-checked
bad pktsend "--test-skip '0': out of range; accepted 1\.\." --test-skip 0 "${D[@]}"

good pktsend '^usage: pktsend ' --help
# the hidden options stay out of --help
grep -q 'test-' "$NET_TMP/good.out" && fail "pktsend --help lists a test-only option"
good pktrecv '^usage: pktrecv ' --help
good pktsend '^pktsend [0-9]+\.[0-9]+' --version
good pktrecv '^pktrecv [0-9]+\.[0-9]+' --version

# the largest payload that fits the MTU is accepted, by both checks
# (nobody listens: udp rides out the port-unreachable errors)
for m in udp mmap; do
	label="pktsend --mode $m --size 1472" tag=fit_$m
	t_case "$label"
	a=(--mode "$m" --size 1472 --count 10 "${D[@]}")
	[ $m = mmap ] && a+=(--interface "$IF_TX")
	[ $m = udp ] && neigh_warm
	tx_run $tag "${a[@]}"
	expect_eq "$label: exit" "$TX_RC" 0
	check_result "$TX_OUT" "$label" pktsend $m .stats.sent 10 \
		.stats.bytes $((10 * (1472 + 42)))
done
t_done
