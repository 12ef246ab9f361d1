#!/bin/bash
# Where an unpaced xdp -> xdp run loses packets on the native veth pair:
# rounds alternating untuned, threaded NAPI alone, and qdisc; the sender
# pinned to CPU 0 (pktsend --cpu 0), the receiver not.  One line per run
# in runs.jsonl: the tuning, both programs' stats (latency histogram left
# out) and the sending veth's tx_dropped as ip -s link reports it.
#   explore.sh REPO OUTDIR ROUNDS
set -u
top=$1 out=$2 rounds=$3
B=$top/build/gcc NW_DIR=$top/networks
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"
trap topo_down EXIT
: >"$out/runs.jsonl"
for r in $(seq "$rounds"); do
	for tune in none threaded qdisc; do
		TOPO_ID=pkxdp-expl TOPO_VETH_TUNE=$tune topo_up native || { echo "$NW_ERR"; exit 1; }
		ip netns exec "$TOPO_NS_TX" ping -c1 -W1 "$TOPO_IP_RX" >/dev/null
		ip netns exec "$TOPO_NS_RX" "$B/pktrecv" -m xdp -i eth0 -T 1s -t 60 -n 1000000 \
			>"$out/rx.json" 2>"$out/rx.err" &
		p=$!
		for _ in $(seq 100); do grep -q '^pktrecv: ready:' "$out/rx.err" && break; sleep 0.05; done
		ip netns exec "$TOPO_NS_TX" "$B/pktsend" -m xdp -i eth0 -d "$TOPO_IP_RX" -n 1000000 \
			-s 64 -q --cpu 0 >"$out/tx.json" 2>"$out/tx.err"
		wait $p
		d=$(ip -n "$TOPO_NS_TX" -j -s link show dev eth0 | jq '.[0].stats64.tx.dropped')
		jq -c -n --argjson round "$r" --arg tune "$tune" --argjson veth_tx_dropped "$d" \
			--slurpfile rx "$out/rx.json" --slurpfile tx "$out/tx.json" \
			'{round: $round, tune: $tune, veth_tx_dropped: $veth_tx_dropped,
			  rx: ($rx[0].stats | del(.lat_hist)), tx: $tx[0].stats}' >>"$out/runs.jsonl"
		topo_down
	done
done
rm -f "$out/rx.json" "$out/tx.json" "$out/rx.err" "$out/tx.err"
jq -r -s '.[] | "\(.round) \(.tune) rx_pps \(.rx.pps | floor) lost \(1000000 - .rx.unique) fill_empty \(.rx.xdp_fill_empty) veth_tx_dropped \(.veth_tx_dropped)"' "$out/runs.jsonl"
