#!/bin/bash
# SPDX-License-Identifier: MIT
# The sender's hidden --test-skip N / --test-dup N put exact faults into
# the sequence; the receiver must report exactly those losses and
# duplicates, against the highest sequence seen and against --count.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

N=100000

# seq_expect COUNT SKIP DUP: "received unique lost duplicates max_seq" of
# COUNT packets under seq_gen_next (src/core/stats.h): after the k-th
# packet, k % SKIP == 0 skips one number and k % DUP == 0 repeats the
# packet's own number (a repeat wins over a skip at the same k).
seq_expect()
{
	awk -v n="$1" -v skip="$2" -v dup="$3" 'BEGIN {
		nx = 0; u = 0; d = 0; max = 0
		for (k = 1; k <= n; k++) {
			s = nx++
			if (skip && k % skip == 0) nx++
			if (dup && k % dup == 0) nx = s
			if (s in seen) d++; else { seen[s] = 1; u++ }
			if (s > max) max = s
		}
		printf "%d %d %d %d %d\n", n, u, max + 1 - u, d, max
	}'
}

# The rule by hand, as a check on seq_expect: with --test-skip 1000 packet
# k carries k-1 + floor((k-1)/1000), so the last one carries 100098 and 99
# numbers are missing (the skip after the last packet is never seen);
# with --test-dup 1000 packet k carries k-1 - floor((k-1)/1000): the last
# carries 99900, 99 numbers arrive twice, 99901 are distinct.
expect_eq "seq_expect $N skip 1000" "$(seq_expect $N 1000 0)" \
	"100000 100000 99 0 100098"
expect_eq "seq_expect $N dup 1000" "$(seq_expect $N 0 1000)" \
	"100000 99901 0 99 99900"

# fault_run LABEL TXMODE RXMODE SKIP DUP RX-COUNT STOP
#   RX-COUNT: the receiver's --count, or 0 for --idle-timeout alone
fault_run()
{
	local label=$1 txm=$2 rxm=$3 skip=$4 dup=$5 rxn=$6 stop=$7
	local tag=${label//[^a-z0-9]/_} before=$T_FAILS
	local rxa=(--mode "$rxm" --idle-timeout 2s --duration 60)
	local txa=(--mode "$txm" --dst "$IP_RX" --count "$N" --rate 100kpps)
	local rcv uniq lost dups max lvc

	t_case "$label"
	read -r rcv uniq lost dups max <<<"$(seq_expect "$N" "$skip" "$dup")"
	[ "$rxn" != 0 ] && rxa+=(--count "$rxn")
	[ "$skip" != 0 ] && txa+=(--test-skip "$skip")
	[ "$dup" != 0 ] && txa+=(--test-dup "$dup")
	lvc=0
	[ "$rxn" != 0 ] && [ "$rxn" -gt "$uniq" ] && lvc=$((rxn - uniq))

	net_pair "$tag" "$label" "${rxa[@]}" -- "${txa[@]}" || return
	check_result "$TX_OUT" "$label: pktsend" pktsend "$txm" \
		.stats.sent "$N"
	check_result "$RX_OUT" "$label" pktrecv "$rxm" \
		.stats.received "$rcv" \
		.stats.unique "$uniq" \
		.stats.lost "$lost" \
		.stats.duplicates "$dups" \
		.stats.reordered 0 \
		.stats.max_seq "$max" \
		.stats.lost_vs_count "$lvc" \
		.stats.stop_reason "$stop"
	[ "$T_FAILS" = "$before" ] || dump_run "$tag"
}

net_init
net_require_kinds veth
topo_veth || t_done

# receiver stops on idle: loss and duplicates against the highest number
fault_run "skip 1000, idle" mmsg mmsg 1000 0 0 idle
fault_run "dup 1000, idle" mmsg mmsg 0 1000 0 idle
# receiver --count 100000: it stops on the 100000th packet either way;
# with skips all 100000 are distinct (lost_vs_count 0, lost still 99),
# with repeats only 99901 are (lost_vs_count 99, lost 0)
fault_run "skip 1000, count $N" mmsg mmsg 1000 0 $N count
fault_run "dup 1000, count $N" mmsg mmsg 0 1000 $N count
# --count above what arrives: the receiver idles out, 99 short of it
fault_run "skip 1000, count 100099" mmsg mmsg 1000 0 100099 idle
# both at once, through the L2 path and the other socket path
fault_run "skip 7 dup 5, mmap" mmap mmap 7 5 0 idle
fault_run "skip 3 dup 1000, udp" udp udp 3 1000 0 idle
t_done
