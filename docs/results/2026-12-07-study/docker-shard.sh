#!/bin/bash
# docker-shard.sh K OUTDIR: shard K of 28 of the full-scale docker study
# (bridge, macvlan, ovs), images of 8c19bdb tagged study-8c19bdb.
set -u
k=$1 d=$2
export PKTBENCH_BIN=build/static PKT_TAG=study-8c19bdb
if [ -e "$d/runs.jsonl" ]; then
	exec bin/pktbench sweep --resume "$d"
fi
exec bin/pktbench sweep --preset study --runner docker --modes udp,mmsg,mmap,xdp \
	--setups bridge,macvlan,ovs --repeat 5 --shard "$k/28" --out "$d"
