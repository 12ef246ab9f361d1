#!/bin/bash
# uml-shard.sh K OUTDIR: shard K of 14 of the full-scale uml study (trunk on
# real 802.1q, OVS on the kernel datapath, inside the UML guest), binaries of
# 8c19bdb.  Rate scale 0.2: the highest of 0.02, 0.1, 0.2 and 0.4 at which the
# guest's fastest path (mmap on trunk) held the offered rate (probe of
# 2026-12-07, README).  Counts scaled 0.02.  No xdp: the guest's kernel has no
# AF_XDP sockets (CONFIG_XDP_SOCKETS is not set).
set -u
k=$1 d=$2
export PKTBENCH_BIN=build/static
if [ -e "$d/runs.jsonl" ]; then
	exec bin/pktbench sweep --resume "$d"
fi
exec bin/pktbench sweep --runner uml --preset study --scale 0.02 --rate-scale 0.2 \
	--modes udp,mmsg,mmap --setups trunk,ovs --repeat 5 --shard "$k/14" --out "$d"
