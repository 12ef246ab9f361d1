#!/bin/bash
# perf of one unpaced xdp -> xdp run (3M packets of 64 B) on the native
# set-up, untuned and tuned qdisc,threaded (networks/lib-setup.sh
# nw_veth_tune), whole system; CPU time per CPU from /proc/stat around it.
#   profile.sh REPO OUTDIR
set -u
top=$1 out=$2
B=$top/build/gcc NW_DIR=$top/networks
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"
trap topo_down EXIT
cpu_ticks() { awk '/^cpu[0-9]/ { print $1, $2 + $3, $4, $5, $7 + $8 }' /proc/stat; }
for tune in none "qdisc threaded"; do
	tag=xdp-xdp-${tune// /,}
	TOPO_ID=pkxdp-prof TOPO_VETH_TUNE=$tune topo_up native || { echo "$NW_ERR"; exit 1; }
	ip netns exec "$TOPO_NS_TX" ping -c1 -W1 "$TOPO_IP_RX" >/dev/null
	ip netns exec "$TOPO_NS_RX" "$B/pktrecv" --mode xdp --interface eth0 --count 3000000 \
		--idle-timeout 1s --duration 60 -q >"$out/prof-$tag.rx.json" 2>"$out/prof.err" &
	rp=$!
	for _ in $(seq 50); do grep -q ready "$out/prof.err" && break; sleep 0.1; done
	cpu_ticks >"$out/t0"
	perf record -a -g -o "$out/prof.data" -- ip netns exec "$TOPO_NS_TX" "$B/pktsend" \
		--mode xdp --interface eth0 --dst "$TOPO_IP_RX" --count 3000000 -q \
		>"$out/prof-$tag.tx.json" 2>/dev/null
	cpu_ticks >"$out/t1"
	wait $rp
	# user, system, idle, irq+softirq ticks per CPU during the sender's run
	paste "$out/t0" "$out/t1" | awk '{ u = $7 - $2; s = $8 - $3; i = $9 - $4; q = $10 - $5; t = u + s + i + q
		printf "%s user %.0f%% system %.0f%% idle %.0f%% irq+softirq %.0f%%\n", $1, 100 * u / t, 100 * s / t, 100 * i / t, 100 * q / t }' \
		>"$out/prof-$tag.cpu.txt"
	perf report -i "$out/prof.data" --no-children --sort cpu,comm --stdio 2>/dev/null |
		grep -v "^#" | grep -v "^$" | head -12 >>"$out/prof-$tag.cpu.txt"
	perf report -i "$out/prof.data" --no-children --sort comm,sym --stdio -g none 2>/dev/null |
		grep -v "^#" | grep -v "^$" | head -40 >"$out/prof-$tag.sym.txt"
	rm -f "$out/prof.data" "$out/prof.data.old" "$out/t0" "$out/t1" "$out/prof.err"
	topo_down
done
