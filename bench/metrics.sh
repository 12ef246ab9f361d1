#!/usr/bin/env bash
# What --metrics costs a run: pktsend --connect into pktrecv --server on
# veth, udp -> udp, 64 B, unthrottled, in turn a server without --metrics
# (plain), one with it and no scraper (idle: the publication alone), and
# one scraped every 0.1 s (scraped: ten times Prometheus' usual 1 s) by a
# scraper in the sender's namespace.  Prints one raw JSON line per run,
# then the medians and the ratios; asserts nothing.
#
#   bench/metrics.sh [--runs N] [--count N] [--out DIR]
#
# --out DIR: raw.jsonl (one line per run) and summary.md there.  Needs
# root, the gcc build (make), jq, bash's /dev/tcp.  Everything happens in
# namespaces it makes and removes; no traffic leaves them.
# SC2016: the scraper's bash -c program takes its values as arguments
# shellcheck disable=SC2016
set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
BIN=${PKTBENCH_BIN:-$top/build/gcc}
RUNS=5
COUNT=1000000
OUT=

while [ $# -gt 0 ]; do
	case $1 in
	--runs) RUNS=$2; shift 2 ;;
	--count) COUNT=$2; shift 2 ;;
	--out) OUT=$2; shift 2 ;;
	-h|--help) sed -n '2,12p' "$0"; exit 0 ;;
	*) echo "bench: unknown argument '$1'; see --help" >&2; exit 2 ;;
	esac
done
[ "$(id -u)" = 0 ] || { echo "bench: needs root (network namespaces)" >&2; exit 4; }
command -v jq >/dev/null || { echo "bench: needs jq" >&2; exit 4; }

TMP=$(mktemp -d /tmp/pktbench-mbench.XXXXXX)
NW_DIR=$top/networks
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"
SRV_PID=''
SCR_PID=''

cleanup() {
	[ -n "$SCR_PID" ] && kill "$SCR_PID" 2>/dev/null
	[ -n "$SRV_PID" ] && kill "$SRV_PID" 2>/dev/null
	wait 2>/dev/null
	topo_down
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

topo_init
topo_up veth || { echo "bench: $NW_ERR" >&2; exit 1; }
ip netns exec "$TOPO_NS_TX" ping -c1 -W1 "$TOPO_IP_RX" >/dev/null 2>&1 || true

# one_run VARIANT: a server (with --metrics for "metrics"), one client run;
# prints the raw line.
one_run() {
	local v=$1 args=()

	[ "$v" != plain ] && args=(--metrics "$TOPO_IP_RX:9102")
	ip netns exec "$TOPO_NS_RX" "$BIN/pktrecv" --server -i "$TOPO_IF_RX" \
		"${args[@]}" >/dev/null 2>"$TMP/srv.err" &
	SRV_PID=$!
	for _ in $(seq 100); do
		grep -q '^pktrecv: server:' "$TMP/srv.err" && break
		sleep 0.05
	done
	: >"$TMP/scrapes"
	if [ "$v" = scraped ]; then
		[ -p "$TMP/fifo" ] || mkfifo "$TMP/fifo"
		# the pause: a read timeout on a FIFO nobody writes, no process
		ip netns exec "$TOPO_NS_TX" bash -c '
			exec 4<>"$2"
			while :; do
				exec 3<>"/dev/tcp/$0/9102" || exit 1
				printf "GET /metrics HTTP/1.1\r\nHost: b\r\n\r\n" >&3
				read -r _ code _ <&3 && echo "$code"
				exec 3<&-
				read -rt 0.1 -u 4
			done >"$1"' "$TOPO_IP_RX" "$TMP/scrapes" "$TMP/fifo" &
		SCR_PID=$!
	fi
	ip netns exec "$TOPO_NS_TX" "$BIN/pktsend" --connect "$TOPO_IP_RX" \
		-n "$COUNT" -q >"$TMP/res.json" 2>"$TMP/tx.err"
	[ -n "$SCR_PID" ] && kill "$SCR_PID" 2>/dev/null && wait "$SCR_PID" 2>/dev/null
	SCR_PID=
	kill "$SRV_PID"
	wait "$SRV_PID" 2>/dev/null
	SRV_PID=
	jq -c --arg v "$v" --argjson scrapes "$(grep -cx 200 "$TMP/scrapes")" \
		'{variant: $v, sent: .sender.stats.sent, received: .receiver.stats.received,
		  lost: .receiver.stats.lost, rx_pps: .receiver.stats.pps,
		  tx_pps: .sender.stats.pps, scrapes: $scrapes}' "$TMP/res.json" 2>/dev/null ||
		echo "{\"variant\":\"$v\",\"error\":\"$(head -c 200 "$TMP/tx.err" | tr -d '"\n')\"}"
}

{
	for i in $(seq "$RUNS"); do
		# rotate the order, so no variant always runs first
		case $((i % 3)) in
		1) one_run plain; one_run idle; one_run scraped ;;
		2) one_run idle; one_run scraped; one_run plain ;;
		0) one_run scraped; one_run plain; one_run idle ;;
		esac
	done
} | tee "$TMP/raw.jsonl"

summary() {
	echo "# What --metrics costs a run"
	echo
	echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "- cpu: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) online; load average $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "- kernel: $(uname -r)"
	echo "- pktbench: $("$BIN/pktsend" --version 2>&1 | head -1) ($(git -C "$top" rev-parse --short HEAD 2>/dev/null))"
	echo "- veth, udp -> udp through --connect, 64 B, unthrottled, $COUNT packets, $RUNS runs per variant, in rotation; idle: --metrics, no scraper; scraped: --metrics, scraped every 0.1 s"
	echo
	jq -rs '
		def med: sort | if length == 0 then null elif length % 2 == 1 then .[length / 2 | floor]
			else (.[length / 2 - 1] + .[length / 2]) / 2 end;
		(map(select(.variant == "plain") | .rx_pps) | med) as $p
		| (map(select(.variant == "idle") | .rx_pps) | med) as $i
		| (map(select(.variant == "scraped") | .rx_pps) | med) as $s
		| "| variant | rx pps median | min..max | lost (all runs) | scrapes answered 200 |",
		  "|---|---|---|---|---|",
		  (["plain", "idle", "scraped"][] as $v | map(select(.variant == $v)) as $r
		   | "| \($v) | \($r | map(.rx_pps) | med | floor) | \($r | map(.rx_pps) | min | floor)..\($r | map(.rx_pps) | max | floor) | \($r | map(.lost) | add) | \($r | map(.scrapes) | add) |"),
		  "",
		  "idle / plain, medians: \(($i / $p * 1000 | round) / 1000); scraped / plain: \(($s / $p * 1000 | round) / 1000)"' "$TMP/raw.jsonl"
}
summary | tee "$TMP/summary.md"
if [ -n "$OUT" ]; then
	mkdir -p "$OUT"
	cp "$TMP/raw.jsonl" "$TMP/summary.md" "$OUT/"
fi
