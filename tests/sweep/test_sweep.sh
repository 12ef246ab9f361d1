#!/bin/sh
# The netns runner probes every set-up; then end to end, a quick netns
# sweep of scenario III over native and macvlan, udp and mmap, one repeat.
# Asserts the rows of data.csv, the set-ups in summary.md and that the
# figures are PNGs.  Exit 0 pass, 1 fail, 4 skip.
#
#   sudo tests/sweep/test_sweep.sh        (PKTBENCH_KEEP=1 keeps the output)
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)

# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"

[ "$(id -u)" = 0 ] || t_skip "needs root (network namespaces)"
for t in jq gnuplot ip; do
	command -v $t >/dev/null || t_skip "needs $t"
done
bin=${PKTBENCH_BIN:-build/gcc}
case $bin in /*) ;; *) bin=$top/$bin ;; esac
[ -x "$bin/pktsend" ] && [ -x "$bin/pktrecv" ] || t_skip "no $bin/pktsend (run make)"

# The runner takes every set-up of the table (networks/setups.tsv) here;
# only a missing Open vSwitch may keep ovs out.
t_case "netns runner: every set-up of networks/setups.tsv probes"
why=$(PKTBENCH_ROOT=$top NW_DIR=$top/networks sh -c '
	. "$NW_DIR/lib-setup.sh"
	. "$PKTBENCH_ROOT/scripts/sweep/lib.sh"
	. "$PKTBENCH_ROOT/scripts/sweep/netns.sh"
	for s in $SW_ALL_SETUPS; do netns_probe "$s" || echo "$s: $SW_REASON"; done' 2>&1)
case $why in
"" | "ovs: Open vSwitch not installed"*) ;;
*) fail "netns_probe: $why" ;;
esac

t_tmp test-sweep
out=$T_TMP
trap t_tmp_clean EXIT

t_case "netns sweep: native and macvlan, udp and mmap, scenario III"
t0=$(date +%s)
"$top/bin/pktbench" sweep --runner netns --preset quick --setups native,macvlan \
	--modes udp,mmap --scenarios III --repeat 1 --out "$out/s" 2>"$out/err"
rc=$?
t1=$(date +%s)
[ $rc -eq 0 ] || { tail -n 20 "$out/err"; fatal "sweep exit $rc != 0"; }

t_case "data.csv: 20 points measured, the study beside"
csv=$out/s/data.csv
[ -f "$csv" ] || fatal "no data.csv"
head -n 1 "$csv" | grep -q '^setup,scenario,param,nominal,mode,runs,ok,pps_median,pps_min,pps_max,' ||
	fail "data.csv header: $(head -n 1 "$csv")"
rows=$(tail -n +2 "$csv" | grep -c .)
[ "$rows" -eq 20 ] || fail "data.csv rows: $rows != 20 (2 set-ups x 5 sizes x 2 modes)"

# rows KEY COLUMNS [BAD]: the named columns of the rows KEY (setup,
# scenario,param,mode or "*"); BAD=1: only the rows not measured
rows() {
	awk -F, -v key="$1" -v cols="$2" -v bad="${3:-0}" \
		-f "$top/scripts/sweep/csv.awk" -f "$top/tests/sweep/csvrow.awk" "$csv"
}

# Every expected (setup, size, mode) once, measured, with the study beside.
for s in native macvlan; do
	for z in 64 128 256 512 1024; do
		for m in udp mmap; do
			n=$(rows "$s,III-size,$z,$m" setup | grep -c .)
			[ "$n" -eq 1 ] || fail "data.csv: $s III-size $z $m: $n rows != 1"
		done
	done
done
bad=$(rows '*' setup,param,mode,status,reason 1)
[ -z "$bad" ] || fail "points not measured: $bad"
ns=$(rows '*' setup,param,mode,study_pps | awk -F, '$4 == ""')
[ -z "$ns" ] || fail "no study value for: $ns"

t_case "runs.jsonl: 20 runs, both sides and the drops join"
runs=$(grep -c . "$out/s/runs.jsonl")
[ "$runs" -eq 20 ] || fail "runs.jsonl: $runs lines != 20"
jq -e 'select(.setup and .scenario and .param and .mode and .repeat and .runner == "netns"
	and .rx.stats.pps and .tx.stats.pps) | true' "$out/s/runs.jsonl" >/dev/null ||
	fail "runs.jsonl lacks setup/scenario/param/mode/repeat/runner or rx/tx results"
# every run carries the two sides joined: lost = sent - unique, split into
# attributed + unattributed (scripts/sweep/drops.jq)
joined=$(jq -c 'select(.drops != null
	and .drops.lost == ([.tx.stats.sent - .rx.stats.unique, 0] | max)
	and .drops.attributed + .drops.unattributed - .drops.over == .drops.lost
	and (.drops.largest | type) == "string")' "$out/s/runs.jsonl" | grep -c .)
[ "$joined" -eq 20 ] || fail "runs.jsonl: $joined of 20 runs carry a consistent drops join"

t_case "runs.jsonl: the programs ran where the placement says (--cpu)"
ncpu=$(awk '/^Cpus_allowed_list:/ { print $2 }' /proc/self/status | tr ',' '\n' |
	awk -F- '{ n += (NF > 1 ? $2 - $1 + 1 : 1) } END { print n + 0 }')
if [ "$ncpu" -ge 2 ]; then
	want=true
else
	want=false
fi
placed=$(jq -c 'select(.placement.pinned == '"$want"'
	and (.tx.config.cpu // "none") == (.placement.tx_cpu // "none" | tostring)
	and (.rx.config.cpu // "none") == (.placement.rx_cpu // "none" | tostring))' "$out/s/runs.jsonl" | grep -c .)
expect_eq "runs pinned=$want with pktsend/pktrecv config.cpu = placement" "$placed" 20
if [ "$want" = true ]; then
	expect_eq "data.csv placement" "$(rows '*' placement | sort -u)" \
		"$(jq -r '.placement | "tx\(.tx_cpu)/rx\(.rx_cpu)"' "$out/s/runs.jsonl" | sort -u)"
fi

t_case "summary.md: the set-ups, the study's names, the machine"
sum=$out/s/summary.md
for s in native macvlan; do
	grep -q "^## $s" "$sum" || fail "summary.md does not name $s"
done
grep -q 'macvlan-bridge' "$sum" || fail "summary.md lacks the study's name macvlan-bridge"
grep -q '^| CPU |' "$sum" || fail "summary.md lacks the machine"

t_case "figures: 3 PNGs"
for f in native-III macvlan-III overview; do
	png=$out/s/figures/$f.png
	[ -s "$png" ] || fail "no figures/$f.png"
	magic=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
	[ "$magic" = 89504e470d0a1a0a ] || fail "figures/$f.png: magic $magic != 89504e470d0a1a0a"
done

echo "# 20 points, summary and 3 PNGs in $((t1 - t0)) s"
t_done
