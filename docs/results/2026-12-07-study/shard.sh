#!/bin/bash
# shard.sh K OUTDIR: shard K of 28 of the full-scale netns study, as run
# for this directory (from the top of a checkout of 8c19bdb, after
# `make static`; under /work/tools/quiet here, so nothing else ran).
# A shard that stopped part-way is carried on with --resume.
set -u
k=$1 d=$2
export PKTBENCH_BIN=build/static
if [ -e "$d/runs.jsonl" ]; then
	exec bin/pktbench sweep --resume "$d"
fi
exec bin/pktbench sweep --preset study --runner netns --modes udp,mmsg,mmap,xdp \
	--repeat 5 --shard "$k/28" --out "$d"
