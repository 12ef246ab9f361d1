#!/bin/bash
# derive.sh: everything in this directory that is not a shard, made again
# from the shards (netns-sKK/, docker-sKK/).  Run from the top of the tree:
#
#   docs/results/2026-12-07-study/derive.sh
#
# merged/            pktbench report of every netns shard here (their
#                    runs.jsonl gunzipped into a temporary directory,
#                    merged under their own names, runs.jsonl gzipped again)
# merged/ciwidth.jsonl   ciwidth.sh over merged/data.csv
# sittings.jsonl     ciwidth.sh per host build (the kernel in each shard's
#                    machine.json), with the build's first and last shard
# vsstudy.jsonl      vsstudy.sh per host build
# separation.jsonl   separation.sh merged bridge macvlan
# merged-docker/     the same report of the docker shards (docker-sKK/),
#                    with its ciwidth.jsonl, once there is one; its
#                    meta.json names the shards still missing
# separation-docker.jsonl, vsstudy-docker.jsonl   as above, for it
# docker-shards.jsonl   per docker shard: started, minutes, runs, failed
#                    runs, the machine's CPU and kernel
# merged-uml/        the same report of the uml runner's shards (uml-sKK/,
#                    trunk and the OVS kernel datapath in the UML guest),
#                    with its ciwidth.jsonl
# ratio-uml.jsonl    ratio.sh over it: mmap/udp against the study's
# separation-uml.jsonl   separation.sh merged-uml trunk ovs
# uml-shards.jsonl   per uml shard as docker-shards.jsonl, the host's
#                    kernel from sittings.log (machine.json is the guest's)
# uml-probe.jsonl    the probes that chose the uml shards' rate scale
#                    (uml-probe/*/): per probe, set-up and mode, the runs,
#                    failed runs, those whose receiver got at least 97 % of
#                    the rate asked for, and the lowest share of it
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

# merge OUT SHARD...: pktbench report of the shards into $S/OUT, with
# ciwidth.jsonl
merge() {
	local out=$1 d n names=()
	shift
	for d in "$@"; do
		n=${d##*/}
		cp -r "$d" "$tmp/$n"
		gunzip "$tmp/$n/runs.jsonl.gz"
		names+=("$n")
	done
	rm -rf "${S:?}/$out"
	(cd "$tmp" && "$top/bin/pktbench" report "${names[@]}" --out "$S/$out")
	gzip -9n "$S/$out/runs.jsonl"
	"$S/ciwidth.sh" "$S/$out/data.csv" >"$S/$out/ciwidth.jsonl"
}

# shard_line DIR JQ-OPTION... EXTRA: one JSON line on a shard (when, how
# long, runs, failed runs) and EXTRA, a jq object over the options' names
shard_line() {
	local d=$1
	shift
	gzip -dc "$d/runs.jsonl.gz" | jq -s -c --slurpfile m "$d/meta.json" "${@:1:$#-1}" '
		{shard: $m[0].shard, runs: $m[0].runs_done, failed: map(select(.status != "ok")) | length,
		 started: $m[0].started, minutes: ((($m[0].finished | fromdate) - ($m[0].started | fromdate)) / 60 * 10 | round / 10)}
		+ '"${!#}"
}

merge merged "${shards[@]}"

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

# part KIND COMPARE A B: the KIND runner's shards (KIND-sKK/), where there
# are any: merged-KIND/, COMPARE-KIND.jsonl (COMPARE.sh over its data.csv),
# separation-KIND.jsonl (set-up A against B) and KIND-shards.jsonl, a
# shard_line per shard with what KIND_host says of the host
part() {
	local kind=$1 cmp=$2 a=$3 b=$4 d ds
	ds=("$S/$kind"-s*/)
	[ -e "${ds[0]}" ] || return 0
	ds=("${ds[@]%/}")
	merge "merged-$kind" "${ds[@]}"
	"$S/$cmp.sh" "$S/merged-$kind/data.csv" >"$tmp/$cmp-$kind.jsonl"
	mv "$tmp/$cmp-$kind.jsonl" "$S/$cmp-$kind.jsonl"
	(cd "$top" && "$S/separation.sh" "$S/merged-$kind" "$a" "$b") >"$tmp/separation-$kind.jsonl"
	mv "$tmp/separation-$kind.jsonl" "$S/separation-$kind.jsonl"
	for d in "${ds[@]}"; do
		"${kind}_host" "$d"
	done >"$tmp/$kind-shards.jsonl"
	mv "$tmp/$kind-shards.jsonl" "$S/$kind-shards.jsonl"
}

# docker_host DIR: the shard's line, with the machine's CPU and kernel
docker_host() {
	# shellcheck disable=SC2016 # a jq program
	shard_line "$1" --slurpfile h "$1/machine.json" '{cpu_model: $h[0].cpu_model, kernel: $h[0].kernel}'
}

# uml_host DIR: the shard's line, with the host's kernel from sittings.log
# (machine.json is the guest's)
uml_host() {
	local k host
	k=$((10#${1##*-s}))
	host=$(awk -v k="$k" '$1 == "uml" && $2 == "shard" && $3 == k { h = $10 } END { print h }' "$S/sittings.log")
	# shellcheck disable=SC2016 # a jq program
	shard_line "$1" --arg host "$host" '{host_kernel: $host}'
}

part docker vsstudy bridge macvlan
part uml ratio trunk ovs

if [ -d "$S/uml-probe" ]; then
	for d in "$S"/uml-probe/*/; do
		gzip -dc "$d/runs.jsonl.gz" | jq -s -c --slurpfile m "$d/meta.json" '
			group_by(.setup, .mode) | sort_by(.[0].setup != "trunk", .[0].mode) | .[] |
			map(. + {got: (if .status == "ok" then .rx.stats.pps / .tx.stats.rate_req_pps else null end)}) |
			{rate_scale: $m[0].rate_scale, scale: $m[0].scale, scenarios: ($m[0].scenarios | join(",")),
			 setup: .[0].setup, mode: .[0].mode, runs: length,
			 failed: map(select(.status != "ok")) | length,
			 held_97pct: map(select(.got != null and .got >= 0.97)) | length,
			 lowest_pct: (map(.got | select(. != null)) | if length > 0 then (min * 1000 | round / 10) else null end)}'
	done | jq -s -c 'sort_by(.rate_scale) | .[]' >"$tmp/uml-probe.jsonl"
	mv "$tmp/uml-probe.jsonl" "$S/uml-probe.jsonl"
fi
