#!/bin/bash
# SPDX-License-Identifier: MIT
# SIGTERM and SIGINT in the middle of a run: the program stops within a
# few seconds, exits 0 and still prints one complete result.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

RATE=10kpps
# how long to let traffic flow before the signal: long enough for many
# packets, nothing is asserted about it
RUN_S=1
# a signalled program must be gone within this bound
STOP_S=5

# rx_signal SIG RXMODE: the receiver, with only --duration 60, is
# signalled while a sender runs.
rx_signal()
{
	local sig=$1 rxm=$2 label="SIG$1 to pktrecv --mode $2" tag="rx_$1_$2"
	local before=$T_FAILS rxa=(--mode "$rxm" --duration 60)

	t_case "$label"

	[ "$rxm" = mmap ] && rxa+=(--interface "$IF_RX")
	neigh_warm || return
	rx_start "$tag" "${rxa[@]}" || { dump_run "$tag"; return; }
	tx_start "$tag" --mode mmsg --dst "$IP_RX" --rate $RATE --duration 60
	sleep $RUN_S
	rx_stop "$sig"
	rx_wait "$tag" $STOP_S
	kill -TERM "$TX_PID" 2>/dev/null
	tx_wait "$tag" $STOP_S
	expect_eq "$label: pktrecv exit" "$(rc_str "$RX_RC")" 0
	# nothing is lost below the highest number seen: whatever was still in
	# flight at the signal is above it
	check_result "$RX_OUT" "$label" pktrecv "$rxm" \
		.stats.stop_reason signal \
		'.stats.received > 0' true \
		'.stats.unique == .stats.received' true \
		.stats.lost 0 \
		.stats.duplicates 0 \
		'.stats.pps > 0' true
	grep -q '^pktrecv: received' "$RX_ERR" ||
		fail "$label: no summary on stderr"
	[ "$T_FAILS" = "$before" ] || dump_run "$tag"
}

# tx_signal SIG TXMODE: the sender, without --count, is signalled; the
# receiver then idles out and must have every packet the sender counted.
tx_signal()
{
	local sig=$1 txm=$2 label="SIG$1 to pktsend --mode $2" tag="tx_$1_$2"
	local before=$T_FAILS sent
	local txa=(--mode "$txm" --dst "$IP_RX" --rate "$RATE")

	t_case "$label"

	if [ "$txm" = mmap ]; then
		txa+=(--interface "$IF_TX")
		neigh_flush
	else
		neigh_warm || return
	fi
	rx_start "$tag" --mode mmsg --idle-timeout 2s --duration 60 ||
		{ dump_run "$tag"; return; }
	tx_start "$tag" "${txa[@]}"
	sleep $RUN_S
	kill -"$sig" "$TX_PID" 2>/dev/null
	tx_wait "$tag" $STOP_S
	[ "$TX_RC" = 0 ] || rx_stop
	rx_wait "$tag"
	expect_eq "$label: pktsend exit" "$(rc_str "$TX_RC")" 0
	expect_eq "$label: pktrecv exit" "$(rc_str "$RX_RC")" 0
	check_result "$TX_OUT" "$label" pktsend "$txm" \
		'.stats.sent > 0' true \
		'.stats.pps > 0' true \
		'.stats.duration_s > 0' true
	sent=$(jq -r .stats.sent "$TX_OUT" 2>/dev/null)
	grep -q '^pktsend: sent' "$TX_ERR" || fail "$label: no summary on stderr"
	check_result "$RX_OUT" "$label: pktrecv" pktrecv mmsg \
		.stats.received "$sent" \
		.stats.lost 0 \
		.stats.stop_reason idle
	[ "$T_FAILS" = "$before" ] || dump_run "$tag"
}

net_init
net_require_kinds veth
topo_veth || t_done

for sig in TERM INT; do
	for m in udp mmsg mmap; do
		rx_signal $sig $m
	done
done
for m in udp mmsg mmap; do
	tx_signal TERM $m
done
tx_signal INT udp
t_done
