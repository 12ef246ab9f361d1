#!/bin/bash
# SPDX-License-Identifier: MIT
# Hostile traffic at every receive mode (udp, mmsg, mmap; one and two
# threads).  tests/net/craft.py writes crafted frames onto a veth pair:
#
# 1. Packets of the counted run (--run-id) with extreme sequence numbers
#    (2^64-1, 2^63, a jump, a duplicate at the top) and send times (0,
#    an hour ahead, 1 ns): the receiver must not hang, --duration must
#    end it, the jumps are seq_jumps and not loss, every send time is
#    lat_invalid and the latency fields are null.
# 2. Stray packets of two other runs sent BEFORE the real run, truncated
#    and malformed payloads, and for the raw mode frames for another MAC,
#    another IP, with a bad IPv4 header checksum or a bad total length.
#    Then pktsend runs on the same receiver, which must count exactly
#    the real run, by its run id, and each kind of junk by its reason.
#    udp/mmsg never see what the kernel drops (other MAC/IP, bad
#    checksum or length), so those reasons must stay 0 there.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

K=20		# copies of each junk frame
N=3000		# packets of the real run
R=4242		# run id of part 1
TOP=18446744073709551615

net_init
net_require_kinds veth
command -v python3 >/dev/null || { fail "python3 not found"; t_done; }
topo_veth || t_done
MAC_TX=$(ip -n "$NS_TX" -j link show "$IF_TX" | jq -r '.[0].address')

# craft TAG < specs: frames from NS_TX to the receiver
craft()
{
	local out

	if ! out=$(ip netns exec "$NS_TX" python3 "$NET_DIR/craft.py" \
		"$IF_TX" "$MAC_TX" "$MAC_RX" "$IP_TX" "$IP_RX" 9000 \
		2>&1); then
		fail "$1: craft.py failed: ${out:0:300}"
		return 1
	fi
	CRAFTED=$out
}

# --- 1: the counted run itself is hostile ---------------------------------
for mode in udp mmsg mmap; do
	label="$mode same-run extremes" tag=s$mode
	t_case "$label"
	rx_start $tag --mode $mode --interface "$IF_RX" --run-id $R \
		--duration 8s || continue
	craft "$label" <<EOF
{"run": $R, "seq": 0, "tx": 0}
{"run": $R, "seq": 1, "tx": "future"}
{"run": $R, "seq": 2, "tx": "ancient"}
{"run": $R, "seq": $TOP, "tx": 0}
{"run": $R, "seq": 18446744073709551614, "tx": 0}
{"run": $R, "seq": $TOP, "tx": 0}
{"run": $R, "stream": 1, "seq": 9223372036854775808, "tx": 0}
{"run": $R, "stream": 2, "seq": [18446744073709551614, $TOP], "tx": 0}
EOF
	expect_eq "$label: frames crafted" "$CRAFTED" 9
	# a receiver stuck in a loop would outlive --duration by far (8 s:
	# python3 may take seconds to start on a loaded host)
	rx_wait $tag 30
	expect_eq "$label: pktrecv exit" "$(rc_str "$RX_RC")" 0
	# stream 0: 0, 1, 2, the top (a jump), top - 1 (late), top again
	# (duplicate); stream 1 starts at 2^63 (a jump from the start);
	# stream 2 steps from 2^64-2 to 2^64-1 (the old code never left
	# that loop)
	check_result "$RX_OUT" "$label" pktrecv $mode \
		.stats.received 9 \
		.stats.unique 8 \
		.stats.duplicates 1 \
		.stats.reordered 1 \
		.stats.seq_jumps 3 \
		.stats.lost 0 \
		.stats.streams 3 \
		.stats.lat_invalid 9 \
		.stats.lat_min_ns null \
		.stats.lat_p50_ns null \
		.stats.lat_p99_ns null \
		.stats.lat_max_ns null \
		.stats.foreign 0 \
		.stats.run_id $R \
		.stats.stop_reason duration
	[ "$T_FAILS" = 0 ] || dump_run $tag
done

# --- 2: junk and strays first, then the real run ----------------------------
junk()
{
	# two other runs, valid in every way, before the real one
	echo '{"run": 48879, "n": 5, "seq": [0, 1, 2, '$TOP', 5, 1099511627776]}'
	echo '{"run": 48880, "n": 5, "seq": [0, 1], "tx": 0}'
	# malformed payloads: every mode sees these
	echo '{"n": '$K', "payload": 20}'
	echo '{"n": '$K', "magic": "XXXX"}'
	echo '{"n": '$K', "ver": 9}'
	echo '{"n": '$K', "stream": 64}'
	# only a raw socket sees these; the kernel drops them
	echo '{"n": '$K', "ip_len": 1400}'
	echo '{"n": '$K', "dmac": "02:00:00:00:00:99"}'
	echo '{"n": '$K', "dip": "'$TOPO_NET'.99"}'
	echo '{"n": '$K', "bad_csum": true}'
	# not to our port: not counted anywhere
	echo '{"n": '$K', "dport": 9001}'
}
JUNK=$((30 + 10 + 9 * K))

for variant in "udp 1" "mmsg 1" "mmap 1" "udp 2" "mmap 2"; do
	set -- $variant
	mode=$1 j=$2
	label="$mode -j $j after junk" tag=r$mode$j
	t_case "$label"
	if [ $mode = mmap ]; then
		raw=$K malformed=$((5 * K))
	else
		raw=0 malformed=$((4 * K))
	fi
	rx_start $tag --mode $mode --interface "$IF_RX" --threads $j \
		--count $N --duration 60 || continue
	craft "$label" < <(junk) || continue
	expect_eq "$label: frames crafted" "$CRAFTED" $JUNK
	neigh_warm
	tx_run $tag --mode udp --interface "$IF_TX" --dst "$IP_RX" \
		--flows 8 --count $N --rate 50kpps
	rx_wait $tag 60
	expect_eq "$label: pktsend exit" "$(rc_str "$TX_RC")" 0
	expect_eq "$label: pktrecv exit" "$(rc_str "$RX_RC")" 0
	run_id=$(jq -r .stats.run_id "$TX_OUT" 2>/dev/null)
	check_result "$RX_OUT" "$label" pktrecv $mode \
		.stats.received $N \
		.stats.unique $N \
		.stats.lost 0 \
		.stats.duplicates 0 \
		.stats.seq_jumps 0 \
		.stats.run_id "$run_id" \
		.stats.other_runs 2 \
		.stats.other_runs_packets 40 \
		.stats.malformed $malformed \
		.stats.foreign_mac $raw \
		.stats.foreign_ip $raw \
		.stats.bad_csum $raw \
		.stats.foreign $((malformed + 3 * raw + 40)) \
		.stats.lat_invalid 0 \
		'.stats.lat_p50_ns | type' number \
		.stats.threads $j \
		.stats.stop_reason count
	[ "$T_FAILS" = 0 ] || dump_run $tag
done
t_done
