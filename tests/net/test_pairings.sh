#!/bin/bash
# SPDX-License-Identifier: MIT
# Every TX mode against every RX mode, over a veth pair, two macvlans in
# bridge mode and a Linux bridge: 27 runs, each counted exactly.
#
# PKTBENCH_NET_COUNT packets per run (default 100000, what netcheck runs).
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

N=${PKTBENCH_NET_COUNT:-100000}
MODES="udp mmsg mmap"

# run_pair TX RX: one case, "veth udp->mmap"
run_pair()
{
	local tx=$1 rx=$2 label="$TOPO $1->$2" tag="${TOPO}_$1_$2"
	local before=$T_FAILS
	local rxa=(--mode "$rx" --count "$N" --idle-timeout 2s --duration 60)
	local txa=(--mode "$tx" --dst "$IP_RX" --count "$N" --rate 100kpps)

	t_case "$label"
	net_pair "$tag" "$label" "${rxa[@]}" -- "${txa[@]}" || return
	check_result "$TX_OUT" "$label: pktsend" pktsend "$tx" \
		.stats.sent "$N" \
		'.stats.pps > 0' true
	check_result "$RX_OUT" "$label: pktrecv" pktrecv "$rx" \
		.stats.received "$N" \
		.stats.unique "$N" \
		.stats.lost 0 \
		.stats.duplicates 0 \
		.stats.stop_reason count \
		'.stats.pps > 0' true
	[ "$T_FAILS" = "$before" ] || dump_run "$tag"
}

net_init
net_require_kinds veth macvlan bridge

for topo in veth macvlan bridge; do
	t_case "$topo: set-up"
	net_topo "$topo" || continue
	T_CASE=""	# a set-up that works is no case of its own
	for tx in $MODES; do
		for rx in $MODES; do
			run_pair "$tx" "$rx"
		done
	done
	topo_down
done
t_done
