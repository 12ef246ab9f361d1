#!/bin/bash
# perf of one unpaced xdp -> xdp run (3M packets) and one mmap -> xdp, whole system
. /tmp/xdpns.sh
xdp_down; xdp_up
B=/work/wt/xdp/build/gcc
cd /tmp/xdpbench
for p in "xdp xdp" "xdp mmap"; do
	set -- $p; rx=$1 tx=$2
	ip netns exec xdpR $B/pktrecv --mode $rx --interface xv1 --count 3000000 --idle-timeout 1s --duration 60 -q >prof-$tx-$rx.rx.json 2>prof.err &
	rp=$!
	for i in $(seq 50); do grep -q ready prof.err && break; sleep 0.1; done
	ip -n xdpT neigh flush dev xv0
	perf record -a -g -o prof-$tx-$rx.data -- ip netns exec xdpT $B/pktsend --mode $tx --interface xv0 --dst 198.19.77.2 --count 3000000 -q >prof-$tx-$rx.tx.json 2>/dev/null
	wait $rp
	perf report -i prof-$tx-$rx.data --no-children --sort cpu,comm --stdio 2>/dev/null | grep -v "^#" | grep -v "^$" | head -12 > prof-$tx-$rx.cpu.txt
	perf report -i prof-$tx-$rx.data --no-children --sort comm,sym --stdio -g none 2>/dev/null | grep -v "^#" | grep -v "^$" | head -40 > prof-$tx-$rx.sym.txt
	rm -f prof-$tx-$rx.data
done
xdp_down
