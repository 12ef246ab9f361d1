#!/bin/bash
# SPDX-License-Identifier: MIT
# Hostile options and environments (issue 7): a port already in use, ring
# memory above the cap, a sender on loopback, outputs that fail or are
# not regular files, signals during a run with --output, a temporary
# file left by SIGKILL, and interval records with per-interval figures.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

net_init
net_require_kinds veth
topo_veth || t_done

# one_line FILE LABEL REGEX: FILE is exactly one line matching REGEX
one_line()
{
	[ "$(wc -l <"$1")" = 1 ] && grep -Eq -- "$3" "$1" && return 0
	fail "$2: stderr \"$(head -c 300 "$1")\" is not one line like /$3/"
}

# --- port ownership ---------------------------------------------------------
for mode in udp mmsg; do
	for j in 1 2; do
		label="$mode: a second receiver (-j $j) on a used port" tag=port$mode$j
		t_case "$label"
		rx_start $tag --mode $mode --duration 30 || continue
		first=$RX_PID
		ip netns exec "$NS_RX" timeout 20 "$RECV" --mode $mode \
			--threads $j --duration 2 \
			>"$NET_TMP/$tag.2.out" 2>"$NET_TMP/$tag.2.err"
		expect_eq "$label: exit" $? 1
		one_line "$NET_TMP/$tag.2.err" "$label" \
			'^pktrecv: port 9000 is in use$'
		kill -0 "$first" 2>/dev/null ||
			fail "$label: the first receiver died"
		rx_stop
		rx_wait $tag 10
	done
done

# --- ring memory ---------------------------------------------------------------
ring()
{
	local label=$1 want=$2 prog=$3 out

	shift 3
	t_case "$label"
	out=$NET_TMP/ring.err
	ip netns exec "$NS_RX" timeout 20 "$prog" "$@" >/dev/null 2>"$out"
	expect_eq "$label: exit" $? 2
	one_line "$out" "$label" "$want"
}
# A binary without the cap would really ask the kernel for these rings,
# and the OOM killer would take whatever it likes: never run them there.
t_case "ring memory: both programs have --max-ring-mem"
if ! "$RECV" --help | grep -q -- --max-ring-mem ||
	! "$SEND" --help | grep -q -- --max-ring-mem; then
	fail "ring memory: $RECV or $SEND has no --max-ring-mem; the ring cases are not run"
else
ring "RX ring 4096 x 64M" \
	'^pktrecv: --ring-blocks 4096 x --block-size 67108864 x --threads 1 = 256\.0 GiB of RX ring, above the cap of .*MemAvailable' \
	"$RECV" --mode mmap --interface "$IF_RX" --ring-blocks 4096 --block-size 64M
ring "RX ring above --max-ring-mem" \
	'^pktrecv: --ring-blocks 64 x --block-size 1048576 x --threads 1 = 64\.0 MiB of RX ring, above the cap of 16\.0 MiB \(--max-ring-mem' \
	"$RECV" --mode mmap --interface "$IF_RX" --max-ring-mem 16M
# -j 64 on the default ring: 8 blocks of 1 MiB each, not 64 (4 GiB)
ring "RX ring -j 64 default" \
	'^pktrecv: --ring-blocks 8 x --block-size 1048576 x --threads 64 = 512\.0 MiB of RX ring' \
	"$RECV" --mode mmap --interface "$IF_RX" --threads 64 --max-ring-mem 511M
ring "TX ring 1M x 64K x 64" \
	'^pktsend: --ring-frames 1000000 x --frame-size 65536 x --threads 64 = 3\.8 TiB of TX ring, above the cap of .*MemAvailable' \
	"$SEND" --mode mmap --interface "$IF_RX" --dst "$IP_TX" \
	--ring-frames 1M --frame-size 64K --threads 64
fi

# --- loopback: no neighbour to wait for ------------------------------------------
label="pktsend -i lo" tag=lo
t_case "$label"
rx_start $tag --mode udp --interface lo --count 100 --duration 30 && {
	ip netns exec "$NS_RX" "$SEND" --mode udp --interface lo \
		--dst 127.0.0.1 --count 100 >"$NET_TMP/lo.tx.out" \
		2>"$NET_TMP/lo.tx.err"
	expect_eq "$label: exit" $? 0
	grep -q "neighbour" "$NET_TMP/lo.tx.err" &&
		fail "$label: waited for a neighbour: $(cat "$NET_TMP/lo.tx.err")"
	rx_wait $tag 30
	jexpect "$RX_OUT" "$label" .stats.received 100
}

# --- outputs that fail ---------------------------------------------------------
# send_lo ARGS...: pktsend over lo in NS_RX to nobody (a 100-packet run)
send_lo()
{
	ip netns exec "$NS_RX" timeout 30 "$SEND" --mode udp --interface lo \
		--dst 127.0.0.1 --port 9 --count 100 -q "$@"
}
label="pktsend >/dev/full"
t_case "$label"
send_lo >/dev/full 2>"$NET_TMP/full.err"
expect_eq "$label: exit" $? 1
one_line "$NET_TMP/full.err" "$label" \
	'^pktsend: writing the result to stdout: No space left on device$'

# a closed pipe ends an interval run at the next record: no 100 s run
label="pktsend --interval | closed pipe"
t_case "$label"
send_lo --count 100000 --rate 1kpps --interval 100ms 2>"$NET_TMP/pipe.err" |
	true
rc=${PIPESTATUS[0]}
expect_eq "$label: exit" "$(rc_str "$rc")" 1
grep -q "Broken pipe" "$NET_TMP/pipe.err" ||
	fail "$label: stderr \"$(cat "$NET_TMP/pipe.err")\" does not say Broken pipe"

# --output onto a character device and a FIFO: written in place
label="--output onto a character device"
t_case "$label"
mknod "$NET_TMP/null" c 1 3
send_lo --output "$NET_TMP/null" 2>"$NET_TMP/dev.err"
expect_eq "$label: exit" $? 0
[ -c "$NET_TMP/null" ] || fail "$label: $NET_TMP/null is no longer a device"
[ -z "$(ls -A "$NET_TMP" | grep '\.tmp\.')" ] ||
	fail "$label: temporary file left: $(ls -A "$NET_TMP" | grep '\.tmp\.')"

label="--output onto a FIFO"
t_case "$label"
mkfifo "$NET_TMP/fifo"
timeout 30 cat "$NET_TMP/fifo" >"$NET_TMP/fifo.got" &
reader=$!
send_lo --output "$NET_TMP/fifo" 2>"$NET_TMP/fifo.err"
expect_eq "$label: exit" $? 0
wait $reader
[ -p "$NET_TMP/fifo" ] || fail "$label: the FIFO was replaced"
jexpect "$NET_TMP/fifo.got" "$label" .stats.sent 100

# --- signals with --output: a complete result, no temporary file -------------------
dir=$NET_TMP/sig
mkdir -p "$dir"
for sig in HUP TERM INT; do
	label="pktrecv --output, SIG$sig" tag=sig$sig
	t_case "$label"
	rx_start $tag --mode udp --interface lo --duration 60 \
		--output "$dir/rx.json" || continue
	ip netns exec "$NS_RX" "$SEND" --mode udp --interface lo \
		--dst 127.0.0.1 --count 50 -q >/dev/null 2>&1
	# the receiver counts asynchronously: wait until it has them all
	sleep 1.5
	rx_stop $sig
	rx_wait $tag 20
	expect_eq "$label: exit" "$(rc_str "$RX_RC")" 0
	jexpect "$dir/rx.json" "$label" .stats.received 50 \
		.stats.stop_reason signal
	left=$(ls -A "$dir" | grep -v '^rx\.json$' | tr '\n' ' ')
	[ -z "$left" ] || fail "$label: left behind: $left"
	rm -f "$dir/rx.json"
done

# an error after the output was opened: nothing left either
label="pktrecv --output, port in use" tag=errport
t_case "$label"
rx_start $tag --mode udp --duration 30 && {
	ip netns exec "$NS_RX" timeout 20 "$RECV" --mode udp --duration 2 \
		--output "$dir/err.json" >/dev/null 2>&1
	expect_eq "$label: exit" $? 1
	left=$(ls -A "$dir" | tr '\n' ' ')
	[ -z "$left" ] || fail "$label: left behind: $left"
	rx_stop
	rx_wait $tag 10
}

# SIGKILL leaves the temporary file; the next run removes it, but not
# one whose process still lives
label="--output after SIGKILL" tag=kill
t_case "$label"
rx_start $tag --mode udp --duration 60 --output "$dir/k.json" && {
	killed=$RX_PID
	stale=$(ls -A "$dir" | grep '^\.k\.json\.tmp\.')
	rx_stop KILL
	rx_wait $tag 10
	[ -n "$stale" ] && [ -e "$dir/$stale" ] ||
		fail "$label: no temporary file after SIGKILL: $(ls -A "$dir")"
	: >"$dir/.k.json.tmp.$$"	# this shell lives
	send_lo --port 9 --output "$dir/k.json" 2>/dev/null
	[ -e "$dir/$stale" ] && fail "$label: $stale of dead pid $killed left"
	[ -e "$dir/.k.json.tmp.$$" ] ||
		fail "$label: removed the temporary file of a live process"
	jexpect "$dir/k.json" "$label" .stats.sent 100
}

# --- interval records: figures of the interval itself --------------------------------
label="pktrecv --interval 300ms" tag=ival
t_case "$label"
rx_start $tag --mode udp --interface "$IF_RX" --count 3000 --duration 60 \
	--interval 300ms && {
	neigh_warm
	tx_run $tag --mode udp --interface "$IF_TX" --dst "$IP_RX" \
		--count 3000 --rate 2kpps
	rx_wait $tag 60
	expect_eq "$label: exit" "$(rc_str "$RX_RC")" 0
	jq -s -r '
		[.[] | select(.type == "interval" and .stats.received > 0)] as $iv
		| (.[-1].stats.received) as $total
		| if ($iv | length) < 2 then "fewer than 2 intervals with packets"
		  elif ([$iv[].stats.received] | add) > $total then "intervals sum above the total: cumulative?"
		  elif ([$iv[] | select(.stats.unique != .stats.received)] | length) > 0 then "an interval unique != received"
		  elif ([$iv[] | select(.stats.lost != 0)] | length) > 0 then "an interval with loss"
		  elif ([$iv[] | select((.stats.lat_p50_ns | type) != "number")] | length) > 0 then "an interval without latency"
		  elif ([range(1; $iv | length) as $i | select($iv[$i].stats.first_ns < $iv[$i - 1].stats.last_ns)] | length) > 0 then "interval first_ns before the last one ended"
		  else "ok" end' "$RX_OUT" >"$NET_TMP/ival.check" 2>&1
	expect_eq "$label: per-interval figures" "$(cat "$NET_TMP/ival.check")" ok
}
t_done
