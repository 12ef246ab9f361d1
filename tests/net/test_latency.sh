#!/bin/bash
# SPDX-License-Identifier: MIT
# The latency histogram in real results (README "The JSON result"): its
# buckets hold every valid send time exactly once (the counts add up to
# received - lat_invalid - lat_hist_over), in the result and in each
# interval record; bucket tops ascend and are tops of the layout (8k - 1
# ns); the percentiles ascend from min to max.  Through --connect the
# receiver's record still fits a control message and still adds up, at
# whatever resolution lat_hist_sub_buckets says.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

N=20000

# The checks, as one jq program over a pktrecv record: "ok" or why not.
# shellcheck disable=SC2016
HIST_JQ='
# (by index, not the internal _nwise, which jq does not promise to keep)
def pairs: .lat_hist | . as $h | [range(0; $h | length; 2) | [$h[.], $h[. + 1]]];
.stats as $s | ($s | pairs) as $p |
if ($s.lat_hist | length) % 2 != 0 then "an odd lat_hist"
elif ([$p[] | .[1]] | add // 0) + $s.lat_hist_over != $s.received - $s.lat_invalid
then "buckets \([$p[] | .[1]] | add // 0) + over \($s.lat_hist_over) != received \($s.received) - invalid \($s.lat_invalid)"
elif ([$p[] | .[0]] | . != (sort | unique)) then "bucket tops not ascending"
elif ([$p[] | select((.[0] + 1) % 8 != 0)] | length) > 0 then "a top that is not 8k - 1 ns"
elif ([$p[] | select(.[1] < 1)] | length) > 0 then "an empty bucket listed"
elif ([128, 64, 32, 16, 8, 4, 2, 1] | index([$s.lat_hist_sub_buckets])) == null
then "lat_hist_sub_buckets \($s.lat_hist_sub_buckets)"
elif $s.received > $s.lat_invalid and
     ([$s.lat_min_ns, $s.lat_p50_ns, $s.lat_p90_ns, $s.lat_p99_ns,
       $s.lat_p999_ns, $s.lat_p9999_ns, $s.lat_max_ns] | . != sort)
then "percentiles not ascending: \([$s.lat_min_ns, $s.lat_p50_ns, $s.lat_p90_ns, $s.lat_p99_ns, $s.lat_p999_ns, $s.lat_p9999_ns, $s.lat_max_ns])"
else "ok" end'

# hist_check LABEL FILE: every JSON record of FILE passes HIST_JQ.
hist_check()
{
	local out

	out=$(jq -r "$HIST_JQ" "$2" 2>&1 | grep -v '^ok$' | head -3)
	[ -z "$out" ] || fail "$1: $out"
	[ -s "$2" ] || fail "$1: no record"
}

net_init
net_require_kinds veth
topo_veth || t_done

t_case "latency: result and interval histograms"
neigh_warm || t_done
rx_start lat --mode udp --count $N --idle-timeout 2s --duration 60 \
	--interval 200ms || { dump_run lat; t_done; }
tx_run lat --mode udp --dst "$IP_RX" --count $N --rate 20kpps
rx_wait lat
expect_eq "latency: pktrecv exit" "$(rc_str "$RX_RC")" 0
expect_eq "latency: pktsend exit" "$(rc_str "$TX_RC")" 0
hist_check "latency: result and intervals" "$RX_OUT"
expect_eq "latency: received, buckets per octave, more than 2 intervals" \
	"$(jq -rs '(map(select(.type == "result"))[0].stats |
		"\(.received) \(.lat_hist_sub_buckets)") + " " +
		(map(select(.type == "interval")) | length > 2 | tostring)' \
		"$RX_OUT" 2>&1)" "$N 128 true"

t_case "latency: a --connect result fits and adds up"
ip netns exec "$NS_RX" "$RECV" --server --interface "$IF_RX" \
	>"$NET_TMP/srv.out" 2>"$NET_TMP/srv.err" &
SRV_PID=$!
NET_PIDS="$NET_PIDS $SRV_PID"
for _ in $(seq 100); do
	grep -q '^pktrecv: server: control port' "$NET_TMP/srv.err" && break
	sleep 0.1
done
tx_run conn --connect "$IP_RX" --count $N --rate 20kpps -q
expect_eq "latency --connect: pktsend exit" "$(rc_str "$TX_RC")" 0
jq -c .receiver "$TX_OUT" >"$NET_TMP/conn.rx.json" 2>/dev/null
hist_check "latency --connect: the receiver's record" "$NET_TMP/conn.rx.json"
jexpect "$TX_OUT" "latency --connect" .receiver.stats.received $N
# the server's own log has the whole histogram
hist_check "latency --connect: the server's log" "$NET_TMP/srv.out"
jexpect "$NET_TMP/srv.out" "latency --connect: the server's log" \
	.stats.lat_hist_sub_buckets 128
kill -TERM "$SRV_PID" 2>/dev/null
bg_wait conn "pktrecv --server" "$SRV_PID" 10
t_done
