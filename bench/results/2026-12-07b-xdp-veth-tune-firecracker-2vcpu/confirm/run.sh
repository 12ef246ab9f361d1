#!/bin/bash
cd /work/wt/integ || exit 1
date -u
bench/run.sh --xdp-only --runs 7 --out /tmp/xdpconf/bench > /tmp/xdpconf/bench.txt 2>&1
for m in mmap xdp mmap xdp; do
	bin/pktbench ndr --setup native --mode $m --quick --latency-at none --out /tmp/xdpconf/ndr-$m-$(date +%s) > /tmp/xdpconf/ndr-$m.txt 2>&1
done
date -u
