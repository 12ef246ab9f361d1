#!/bin/bash
# SPDX-License-Identifier: MIT
# Several receive threads (PACKET_FANOUT for mmap, SO_REUSEPORT for the
# sockets) fed by a sender with 8 flows: every packet counted once, the
# loss and duplicate counts still exact across threads.  Then several
# sender threads, each its own sequence stream.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

N=100000

# threads_run TXMODE TXTHREADS RXMODE RXTHREADS
threads_run()
{
	local txm=$1 txj=$2 rxm=$3 rxj=$4 before=$T_FAILS
	local label="$txm x$txj --flows 8 -> $rxm --threads $rxj"
	local tag="thr_${txm}${txj}_${rxm}${rxj}"
	local rxa=(--mode "$rxm" --threads "$rxj" --count "$N" --idle-timeout 2s
		--duration 60)
	local txa=(--mode "$txm" --dst "$IP_RX" --flows 8 --count "$N"
		--rate 100kpps)

	t_case "$label"
	[ "$txj" != 1 ] && txa+=(--threads "$txj")
	net_pair "$tag" "$label" "${rxa[@]}" -- "${txa[@]}" || return
	grep -q "^pktrecv: ready: .* $rxj threads\$" "$RX_ERR" ||
		fail "$label: ready line \"$(grep ready "$RX_ERR")\""
	check_result "$TX_OUT" "$label: pktsend" pktsend "$txm" \
		.stats.sent $N \
		.stats.threads "$txj" \
		.config.flows 8
	check_result "$RX_OUT" "$label" pktrecv "$rxm" \
		.stats.received $N \
		.stats.unique $N \
		.stats.lost 0 \
		.stats.duplicates 0 \
		.stats.threads "$rxj" \
		.stats.streams "$txj" \
		.config.threads "$rxj"
	[ "$T_FAILS" = "$before" ] || dump_run "$tag"
}

net_init
net_require_kinds veth
topo_veth || t_done

threads_run mmap 1 mmap 2	# PACKET_FANOUT
threads_run udp 1 udp 2		# SO_REUSEPORT
threads_run mmsg 1 mmsg 2	# SO_REUSEPORT
threads_run mmsg 2 mmap 2	# two sequence streams over fanout
threads_run mmap 2 udp 2	# two sequence streams over reuseport
t_done
