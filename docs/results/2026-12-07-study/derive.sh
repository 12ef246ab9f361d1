#!/bin/bash
# derive.sh: everything in this directory that is not a shard, made again
# from the shards (netns-sKK/).  Run from the top of the tree:
#
#   docs/results/2026-12-07-study/derive.sh
#
# merged/            pktbench report of every shard here (their runs.jsonl
#                    gunzipped into a temporary directory, merged under
#                    their own names, runs.jsonl gzipped again)
# merged/ciwidth.jsonl   ciwidth.sh over merged/data.csv
# sittings.jsonl     ciwidth.sh per host build (the kernel in each shard's
#                    machine.json), with the build's first and last shard
# vsstudy.jsonl      vsstudy.sh per host build
# separation.jsonl   separation.sh merged bridge macvlan
#
# The tables of README.md and docs/EXPERIMENTS.md that quote these are
# then `bin/pktbench doc write`'s.  Running it twice changes nothing.
set -eu
S=$(cd "$(dirname "$0")" && pwd)
top=$(pwd)
[ -x "$top/bin/pktbench" ] || { echo "derive.sh: run from the top of the tree" >&2; exit 2; }
shards=("$S"/netns-s*)
[ -e "${shards[0]}" ] || { echo "derive.sh: no netns-s* in $S" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
names=()
for d in "${shards[@]}"; do
	n=${d##*/}
	cp -r "$d" "$tmp/$n"
	gunzip "$tmp/$n/runs.jsonl.gz"
	names+=("$n")
done
rm -rf "$S/merged"
(cd "$tmp" && "$top/bin/pktbench" report "${names[@]}" --out "$S/merged")
gzip -9n "$S/merged/runs.jsonl"
"$S/ciwidth.sh" "$S/merged/data.csv" >"$S/merged/ciwidth.jsonl"

# per host build, in the order of the kernels' names
: >"$tmp/sittings.jsonl"
: >"$tmp/vsstudy.jsonl"
for kern in $(for d in "${shards[@]}"; do jq -r .kernel "$d/machine.json"; done | sort -u); do
	nums=() csvs=()
	for d in "${shards[@]}"; do
		if [ "$(jq -r .kernel "$d/machine.json")" = "$kern" ]; then
			nums+=("${d##*-s}")
			csvs+=("$d/data.csv")
		fi
	done
	"$S/ciwidth.sh" "${csvs[@]}" |
		jq -c --arg k "$kern" --arg s "${nums[0]}–${nums[-1]}" '{kernel: $k, shards: $s} + .' >>"$tmp/sittings.jsonl"
	"$S/vsstudy.sh" "${csvs[@]}" | jq -c --arg k "$kern" '{kernel: $k} + .' >>"$tmp/vsstudy.jsonl"
done
mv "$tmp/sittings.jsonl" "$S/sittings.jsonl"
mv "$tmp/vsstudy.jsonl" "$S/vsstudy.jsonl"
(cd "$top" && "$S/separation.sh" "$S/merged" bridge macvlan) >"$tmp/separation.jsonl"
mv "$tmp/separation.jsonl" "$S/separation.jsonl"
