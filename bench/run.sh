#!/usr/bin/env bash
# pktbench throughput bench: every TX x RX pairing on veth and macvlan, at
# 64 B and 1024 B, unthrottled, N runs each; trafgen and iperf3 on the same
# paths; ratios; a rate-accuracy table.  Prints figures, asserts nothing.
#
#   bench/run.sh [--runs N] [--count N] [--out FILE] [--quick] [--xdp-only]
#                [--veth-tune WORDS]...
#
# --xdp-only: just the machine facts and the AF_XDP comparison on veth
# (1M packets of 64 B, rounds that alternate trafgen -> mmap, mmap -> mmap,
# xdp -> xdp, xdp -> mmap and mmap -> xdp; medians of --runs, default 5
# there, loss per round, ratios).  --out DIR then keeps the raw data: the
# summary (stderr.txt), every run's results (runs.jsonl), the medians and
# ratios it printed (summary.json) and meta.json.
# --veth-tune WORDS: the AF_XDP comparison's veth pair tuned so
# (networks/lib-setup.sh nw_veth_tune: none, qdisc, threaded, joined by
# commas, e.g. qdisc,threaded); given more than once, each round runs the
# five pairings on each tuning in turn, and each tuning's ratios are to its
# own trafgen -> mmap.  Without it, the pair as the kernel makes it.
#
# Needs root, the gcc build (make), jq; trafgen (netsniff-ng) and iperf3 are
# measured when installed.  Everything happens in namespaces it makes and
# removes; no traffic leaves them.
set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
BIN=${PKTBENCH_BIN:-$top/build/gcc}
RUNS=3
COUNT=500000
OUT=
SIZES="64 1024"
TOPOS="veth macvlan"
MODES="udp mmsg mmap xdp"
XDP_ONLY=0
TUNES=

# the command as typed from the top of the tree, each argument quoted so
# that it can be run again as recorded
CMDLINE="bench/run.sh${*:+ $(printf '%q ' "$@")}"
CMDLINE=${CMDLINE% }
while [ $# -gt 0 ]; do
	case $1 in
	--runs) RUNS=$2; shift 2 ;;
	--count) COUNT=$2; shift 2 ;;
	--out) OUT=$2; shift 2 ;;
	--quick) RUNS=1; COUNT=100000; shift ;;
	--xdp-only) XDP_ONLY=1; shift ;;
	--veth-tune)
		case ${2:-} in
		'' | *[!a-z,]*)
			echo "bench: --veth-tune takes words of none, qdisc, threaded joined by commas" >&2
			exit 2 ;;
		esac
		TUNES="$TUNES $2"; shift 2 ;;
	-h|--help) sed -n '2,23p' "$0"; exit 0 ;;
	*) echo "bench: unknown argument '$1'; see --help" >&2; exit 2 ;;
	esac
done
if [ "$XDP_ONLY" = 1 ]; then
	COUNT=1000000
	[ "$RUNS" -ge 5 ] || RUNS=5
fi

[ "$(id -u)" = 0 ] || { echo "bench: needs root (network namespaces)" >&2; exit 4; }
for b in pktsend pktrecv; do
	[ -x "$BIN/$b" ] || { echo "bench: $BIN/$b missing; run make" >&2; exit 2; }
done
command -v jq >/dev/null || { echo "bench: needs jq" >&2; exit 4; }

TMP=$(mktemp -d /tmp/pktbench-bench.XXXXXX)
# The set-ups are the topology home's (networks/lib-setup.sh): veth is its
# native, macvlan its macvlan bridge mode on a veth parent in a third
# namespace, the way Docker's macvlan driver hangs off a host interface.
NW_DIR=$top/networks
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"

RX_PID=
cleanup() {
	# only the receiver we started (the sender runs in the foreground)
	[ -n "$RX_PID" ] && kill "$RX_PID" 2>/dev/null
	topo_down
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# bench_topo veth|macvlan: the set-up, its ends in TX_NS/TX_IF/TX_IP and
# the RX ones.
bench_topo() {
	topo_up "$1" || { echo "bench: $NW_ERR" >&2; return 1; }
	TX_NS=$TOPO_NS_TX RX_NS=$TOPO_NS_RX TX_IF=$TOPO_IF_TX RX_IF=$TOPO_IF_RX
	TX_IP=$TOPO_IP_TX RX_IP=$TOPO_IP_RX
	# resolve once so that no run pays for ARP
	ip netns exec "$TX_NS" ping -c1 -W1 "$RX_IP" >/dev/null 2>&1 || true
}

# Starts pktrecv in the background and waits for its ready line.
rx_start() {	# mode extra-args...
	local mode=$1
	shift
	ip netns exec $RX_NS "$BIN/pktrecv" -m "$mode" -i $RX_IF -T 1s -t 120 \
		"$@" >"$TMP/rx.json" 2>"$TMP/rx.err" &
	RX_PID=$!
	for _ in $(seq 100); do
		grep -q '^pktrecv: ready:' "$TMP/rx.err" 2>/dev/null && return 0
		sleep 0.05
	done
	echo "bench: pktrecv did not get ready: $(cat "$TMP/rx.err")" >&2
	return 1
}

rx_wait() {
	wait "$RX_PID"
}

# One pktsend -> pktrecv run; prints "rx_pps loss_pct tx_pps".
pair_run() {	# txmode rxmode size [pktsend args...]
	local tx=$1 rx=$2 size=$3
	shift 3
	rx_start "$rx" -n "$COUNT" || return 1
	ip netns exec $TX_NS "$BIN/pktsend" -m "$tx" -i $TX_IF -d $RX_IP \
		-n "$COUNT" -s "$size" -q "$@" >"$TMP/tx.json" 2>"$TMP/tx.err"
	rx_wait
	jq -r --slurpfile tx "$TMP/tx.json" \
		'"\(.stats.pps) \(100 * (($tx[0].stats.sent - .stats.unique) / $tx[0].stats.sent)) \($tx[0].stats.pps)"' \
		"$TMP/rx.json" 2>/dev/null || echo "0 100 0"
}

# median min max of the numbers on stdin
stats3() {
	sort -g | awk '{ v[NR] = $1 } END {
		if (!NR) { print "nan nan nan"; exit }
		m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%.0f %.0f %.0f\n", m, v[1], v[NR] }'
}

report() {
	printf '%s\n' "$*" | tee -a "$TMP/report"
}

machine() {
	local cpu
	cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
	report "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	report "- cpu: $cpu, $(nproc) online"
	report "- memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
	report "- kernel: $(uname -r)"
	report "- pktbench: $("$BIN/pktsend" --version) ($(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo unknown))"
	report "- trafgen: $(trafgen -v 2>/dev/null | head -1 || echo absent)"
	report "- iperf3: $(iperf3 -v 2>/dev/null | head -1 || echo absent)"
	report "- runs per point: $RUNS, packets per run: $COUNT, unthrottled"
}

# --- pairings ------------------------------------------------------------
declare -A MED
pairings() {
	report ""
	report "## Pairings: receiver pps, median (min..max) of $RUNS; loss % median"
	report ""
	report "| topology | size | TX | RX | rx pps | min..max | loss % | tx pps |"
	report "|---|---|---|---|---|---|---|---|"
	for topo in $TOPOS; do
		bench_topo "$topo" || { report "| $topo | setup failed |"; continue; }
		for size in $SIZES; do
			for tx in $MODES; do
				for rx in $MODES; do
					: >"$TMP/pps"
					: >"$TMP/loss"
					: >"$TMP/txpps"
					for _ in $(seq "$RUNS"); do
						set -- $(pair_run "$tx" "$rx" "$size")
						echo "$1" >>"$TMP/pps"
						echo "$2" >>"$TMP/loss"
						echo "$3" >>"$TMP/txpps"
					done
					set -- $(stats3 <"$TMP/pps")
					MED[$topo-$size-$tx-$rx]=$1
					report "| $topo | $size | $tx | $rx | $1 | $2..$3 | $(stats3 <"$TMP/loss" | cut -d' ' -f1) | $(stats3 <"$TMP/txpps" | cut -d' ' -f1) |"
				done
			done
		done
	done
}

# --- trafgen vs pktsend mmap, same receiver (pktrecv mmap) ---------------
trafgen_cfg() {	# size
	local dmac smac
	dmac=$(ip -n $RX_NS -j link show $RX_IF | jq -r '.[0].address')
	smac=$(ip -n $TX_NS -j link show $TX_IF | jq -r '.[0].address')
	# our packet header: magic PKTB, version 1, stream 0, run id 1,
	# reserved, seq 0, tx_ns 0; pktrecv counts repeats as duplicates and
	# its pps (received / arrival span) is what we compare
	cat <<EOF
{
  eth(da=$dmac, sa=$smac, type=0x0800),
  ipv4(saddr=$TX_IP, daddr=$RX_IP, ttl=64, df),
  udp(sport=10000, dport=9000),
  0x50, 0x4b, 0x54, 0x42, 0x00, 0x01, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00,
  fill(0x00, 16),
  fill(0xa5, $(($1 - 32)))
}
EOF
}

trafgen_run() {	# size cpus -> rx pps
	trafgen_cfg "$1" >"$TMP/trafgen.cfg"
	rx_start mmap -n "$COUNT" --run-id 1 || return 1
	ip netns exec $TX_NS trafgen -i "$TMP/trafgen.cfg" -o $TX_IF \
		-n "$COUNT" -P "$2" -q >/dev/null 2>&1
	rx_wait
	jq -r '.stats.pps' "$TMP/rx.json" 2>/dev/null || echo 0
}

versus_trafgen() {
	command -v trafgen >/dev/null || {
		report ""
		report "trafgen not installed (Debian netsniff-ng): comparison skipped"
		return
	}
	report ""
	report "## pktsend mmap vs trafgen into pktrecv mmap (64 B, rx pps, median of $RUNS)"
	report ""
	report "| topology | CPUs | trafgen | pktsend mmap | pktsend --qdisc-bypass | ratio (best pktsend / trafgen) |"
	report "|---|---|---|---|---|---|"
	for topo in $TOPOS; do
		bench_topo "$topo" || continue
		for cpus in 1 2; do
			: >"$TMP/tg"
			: >"$TMP/ps"
			: >"$TMP/pb"
			for _ in $(seq "$RUNS"); do
				trafgen_run 64 "$cpus" >>"$TMP/tg"
				pair_run mmap mmap 64 -j "$cpus" |
					cut -d' ' -f1 >>"$TMP/ps"
				pair_run mmap mmap 64 -j "$cpus" --qdisc-bypass -b 256 |
					cut -d' ' -f1 >>"$TMP/pb"
			done
			tg=$(stats3 <"$TMP/tg" | cut -d' ' -f1)
			ps=$(stats3 <"$TMP/ps" | cut -d' ' -f1)
			pb=$(stats3 <"$TMP/pb" | cut -d' ' -f1)
			best=$((ps > pb ? ps : pb))
			report "| $topo | $cpus | $tg | $ps | $pb | $(awk -v a="$best" -v b="$tg" 'BEGIN { printf "%.2f", b ? a / b : 0 }') |"
		done
	done
}

# --- AF_XDP: pktsend/pktrecv xdp against trafgen -> pktrecv mmap ---------
# One round runs each of the five set-ups once, so the noise of a loaded
# machine spreads over all of them alike; the median of the rounds counts.
# Every run's results go to $TMP/runs.jsonl; the medians, the loss of each
# round and the ratios are computed once, from it, into summary.json, and
# the tables printed come from that.
XDP_KEYS="trafgen-mmap mmap-mmap xdp-xdp xdp-mmap mmap-xdp"

xdp_record() {	# round pairing tune: the last run's results as one line
	local tx=null
	[ "${2%-*}" = trafgen ] || tx=$(jq -c . "$TMP/tx.json" 2>/dev/null)
	jq -c -n --argjson round "$1" --arg pairing "$2" --argjson count "$COUNT" \
		--arg tune "$3" --argjson tx "${tx:-null}" --slurpfile rx "$TMP/rx.json" \
		'{round: $round, pairing: $pairing, tune: $tune, count: $count,
		  rx: ($rx[0] // null), tx: $tx}' >>"$TMP/runs.jsonl" 2>/dev/null ||
		jq -c -n --argjson round "$1" --arg pairing "$2" --argjson count "$COUNT" \
			--arg tune "$3" \
			'{round: $round, pairing: $pairing, tune: $tune, count: $count,
			  rx: null, tx: null}' >>"$TMP/runs.jsonl"
}

# runs.jsonl -> summary.json.  Loss: what the sender sent (trafgen:
# --count) and the receiver did not count once.  A pairing per tuning;
# its ratio is to trafgen -> mmap on the same tuning.
XDP_SUMMARY='
def median: sort | if length == 0 then null
	elif length % 2 == 1 then .[length / 2 | floor]
	else (.[length / 2 - 1] + .[length / 2]) / 2 end;
def loss: if .rx == null then 100
	elif .tx == null then 100 * (.count - .rx.stats.received) / .count
	else 100 * (.tx.stats.sent - .rx.stats.unique) / .tx.stats.sent end;
(map(select(.pairing == "trafgen-mmap")) | group_by(.tune // "")
 | map({key: (.[0].tune // ""), value: (map(.rx.stats.pps // 0) | median)})
 | from_entries) as $tgs
| {count: .[0].count, rounds: (map(.round) | max),
   pairings: [group_by([.tune // "", .pairing])[]
	| ($tgs[.[0].tune // ""] // 0) as $tg | {
	pairing: .[0].pairing,
	tune: (.[0].tune // ""),
	rx_pps: (map(.rx.stats.pps // 0) | map(floor)),
	rx_pps_median: (map(.rx.stats.pps // 0) | median | floor),
	rx_pps_min: (map(.rx.stats.pps // 0) | min | floor),
	rx_pps_max: (map(.rx.stats.pps // 0) | max | floor),
	loss_pct: map(loss * 1000 | round / 1000),
	rounds_with_loss: map(select(loss > 0)) | length,
	fill_empty: map(.rx.stats.xdp_fill_empty // 0),
	tx_dropped: map(.tx.stats.if_tx_dropped // 0),
	ratio_to_trafgen: (if $tg > 0 then
		((map(.rx.stats.pps // 0) | median) / $tg * 100 | round / 100)
		else null end)}]}'

versus_xdp() {
	local save=$COUNT rounds=$RUNS k r t
	local order=" $XDP_KEYS " tunes=${TUNES:- -}

	COUNT=1000000
	report ""
	report "## AF_XDP on veth: 64 B, $COUNT packets unpaced, receiver pps and loss, $rounds alternating rounds"
	report ""
	# shellcheck disable=SC2086	# the words
	[ -z "$TUNES" ] || report "veth tunings, in turn each round:$(printf ' %s' $TUNES) (networks/lib-setup.sh nw_veth_tune)"
	[ -z "$TUNES" ] || report ""
	: >"$TMP/runs.jsonl"
	command -v trafgen >/dev/null || order=${order/ trafgen-mmap / }
	for r in $(seq "$rounds"); do
		for t in $tunes; do
			[ "$t" = - ] && t=
			TOPO_VETH_TUNE=${t//,/ } bench_topo veth ||
				{ report "veth setup${t:+ ($t)} failed"; return; }
			for k in $order; do
				if [ "$k" = trafgen-mmap ]; then
					trafgen_run 64 1 >/dev/null
				else
					pair_run "${k%-*}" "${k#*-}" 64 >/dev/null
				fi
				xdp_record "$r" "$k" "$t"
			done
		done
	done
	jq -s "$XDP_SUMMARY" "$TMP/runs.jsonl" >"$TMP/summary.json"
	report "| sender -> receiver |${TUNES:+ veth tuning |} rx pps median | min..max | rounds with loss | loss % per round | / trafgen -> mmap |"
	report "|---|${TUNES:+---|}---|---|---|---|---|"
	for t in $tunes; do
		[ "$t" = - ] && t=
		for k in $order; do
			report "$(jq -r --arg k "$k" --arg t "$t" --arg col "${TUNES:+ ${t} |}" \
				'.pairings[] | select(.pairing == $k and .tune == $t) |
				"| \(.pairing | sub("-"; " -> ")) |\($col) \(.rx_pps_median) | \(.rx_pps_min)..\(.rx_pps_max) | \(.rounds_with_loss) / \(.loss_pct | length) | \(.loss_pct | map(tostring) | join(" ")) | \(.ratio_to_trafgen // "n/a") |"' \
				"$TMP/summary.json")"
		done
	done
	report ""
	report "xdp receiver xdp_fill_empty per round: $(jq -r '.pairings[] | select(.pairing | endswith("-xdp")) | "\(.pairing)\(if .tune != "" then " (" + .tune + ")" else "" end): \(.fill_empty | map(tostring) | join(" "))"' "$TMP/summary.json" | paste -sd ';' | sed 's/;/; /g')"
	report "sender's veth tx_dropped per round: $(jq -r '.pairings[] | select(.pairing | startswith("trafgen") | not) | "\(.pairing)\(if .tune != "" then " (" + .tune + ")" else "" end): \(.tx_dropped | map(tostring) | join(" "))"' "$TMP/summary.json" | paste -sd ';' | sed 's/;/; /g')"
	COUNT=$save
}

# --- iperf3 -u -l 64 -b 0 ------------------------------------------------
versus_iperf3() {
	command -v iperf3 >/dev/null || {
		report ""
		report "iperf3 not installed: comparison skipped"
		return
	}
	report ""
	report "## iperf3 -u -l 64 -b 0 (5 s; receiver pps and loss), beside pktsend udp/mmsg -> pktrecv udp"
	report ""
	report "| topology | iperf3 rx pps | iperf3 loss % | pktsend udp rx pps | pktsend mmsg rx pps |"
	report "|---|---|---|---|---|"
	for topo in $TOPOS; do
		bench_topo "$topo" || continue
		ip netns exec $RX_NS iperf3 -s -1 -B $RX_IP -p 5201 >/dev/null 2>&1 &
		sleep 0.5
		ip netns exec $TX_NS iperf3 -c $RX_IP -p 5201 -u -l 64 -b 0 -t 5 -J \
			>"$TMP/iperf.json" 2>/dev/null
		wait
		ip=$(jq -r '.end.sum | "\((.packets - .lost_packets) / .seconds | floor) \(.lost_percent)"' \
			"$TMP/iperf.json" 2>/dev/null || echo "0 100")
		report "| $topo | ${ip% *} | ${ip#* } | ${MED[$topo-64-udp-udp]:-n/a} | ${MED[$topo-64-mmsg-udp]:-n/a} |"
	done
}

ratios() {
	report ""
	report "## Ratios of medians (rx pps), same run"
	report ""
	report "| topology | size | mmap/udp (TX, RX mmap) | mmsg/udp (TX, RX mmap) | mmap->mmap / udp->udp |"
	report "|---|---|---|---|---|"
	for topo in $TOPOS; do
		for size in $SIZES; do
			r() { awk -v a="${MED[$1]:-0}" -v b="${MED[$2]:-0}" 'BEGIN { printf "%.2f", b ? a / b : 0 }'; }
			report "| $topo | $size | $(r $topo-$size-mmap-mmap $topo-$size-udp-mmap) | $(r $topo-$size-mmsg-mmap $topo-$size-udp-mmap) | $(r $topo-$size-mmap-mmap $topo-$size-udp-udp) |"
		done
	done
}

# --- rate accuracy -------------------------------------------------------
rate_table() {
	report ""
	report "## Rate accuracy on veth, 64 B, pktsend mmap -> pktrecv mmap"
	report ""
	report "| requested | requested pps | sent pps | error % | received pps |"
	report "|---|---|---|---|---|"
	bench_topo veth || return
	local save=$COUNT
	for rate in 10M 50M 200M 500M 100kpps 300kpps; do
		# about 2 s of traffic at the requested rate
		case $rate in
		*pps) COUNT=$(( ${rate%kpps} * 2000 )) ;;
		*M) COUNT=$(( ${rate%M} * 1000000 * 2 / 848 )) ;;
		esac
		set -- $(pair_run mmap mmap 64 -r "$rate")
		req=$(jq -r '.stats.rate_req_pps' "$TMP/tx.json")
		report "| $rate | $(printf %.0f "$req") | $(printf %.0f "$3") | $(awk -v a="$3" -v b="$req" 'BEGIN { printf "%+.2f", 100 * (a - b) / b }') | $(printf %.0f "$1") |"
	done
	COUNT=$save
}

report "# pktbench bench"
report ""
machine
if [ "$XDP_ONLY" = 1 ]; then
	started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	versus_xdp
	topo_down
	if [ -n "$OUT" ]; then
		mkdir -p "$OUT"
		cp "$TMP/report" "$OUT/stderr.txt"
		cp "$TMP/runs.jsonl" "$TMP/summary.json" "$OUT/"
		jq -n --arg command "$CMDLINE" --arg started "$started" \
			--arg finished "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
			--arg commit "$(git -C "$top" rev-parse HEAD 2>/dev/null)" \
			--arg cpu "$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)" \
			--argjson cpus "$(nproc)" --arg kernel "$(uname -r)" \
			--argjson mem_kib "$(awk '/MemTotal/ { print $2 }' /proc/meminfo)" \
			--arg load "$(cut -d' ' -f1-3 /proc/loadavg)" \
			--arg tunes "${TUNES# }" \
			--arg trafgen "$(trafgen -v 2>/dev/null | head -1)" \
			'{command: $command, started: $started, finished: $finished,
			  commit: $commit, veth_tunes: ($tunes | split(" ")),
			  machine: {cpu: $cpu, cpus: $cpus,
			  kernel: $kernel, mem_kib: $mem_kib, trafgen: $trafgen},
			  loadavg_at_end: $load}' >"$OUT/meta.json"
		echo "bench: written to $OUT/" >&2
	fi
	exit 0
fi
pairings
ratios
versus_trafgen
versus_iperf3
rate_table
versus_xdp
topo_down
if [ -n "$OUT" ]; then
	mkdir -p "$(dirname "$OUT")"
	cp "$TMP/report" "$OUT"
	echo "bench: written to $OUT" >&2
fi
