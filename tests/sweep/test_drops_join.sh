#!/bin/sh
# scripts/sweep/drops.jq on fixed inputs, no root, no network: three real
# runs (fixtures/drops/: two forced-loss runs of tests/net/test_drops.sh
# and one NDR trial of xdp on veth) and
# made-up results for each counting rule (README, "Where packets die"):
# the veth triple count, qdisc drops under mmap and udp senders, the
# host-wide backlog capped to the loss, counters beyond the loss ("over"),
# results without drop fields.  Exact outputs.  Exit 0 pass, 1 fail, 4 skip.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
fx=$here/fixtures/drops
join=$top/scripts/sweep/drops.jq

# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"
command -v jq >/dev/null || t_skip "needs jq"

# expect NAME INPUT WANT: the join of INPUT is exactly WANT, one case.
expect() {
	t_case "$1"
	got=$(printf '%s' "$2" | jq -c -f "$join" 2>&1)
	expect_eq "$1: join" "$got" "$3"
}

# the way the runners call it
real() {
	printf '{"rx":%s,"tx":%s}' "$(cat "$fx/$1.rx.json")" \
		"$(cat "$fx/$1.tx.json")"
}

P='"places":{"sender":0,"tx_if":0,"qdisc":0,"backlog":0,"rx_if":0'
expect "udp, 4 KiB socket buffer (real)" "$(real udp_rcvbuf)" \
	'{"lost":182299,'"$P"',"udp_rcvbuf":182299,"ring":0,"xdp":0},"attributed":182299,"unattributed":0,"over":0,"largest":"udp_rcvbuf"}'
expect "mmap, two-block ring (real)" "$(real ring)" \
	'{"lost":84643,'"$P"',"udp_rcvbuf":0,"ring":84643,"xdp":0},"attributed":84643,"unattributed":0,"over":0,"largest":"ring"}'
# an NDR trial, xdp on both sides of a veth, the receiver's program
# native: each drop shows as xdp_rx_dropped and as the veth's rx_dropped
# (5523 both), counted once, at xdp
expect "xdp receiver on veth, fill ring empty (real)" "$(real xdp_veth)" \
	'{"lost":5523,'"$P"',"udp_rcvbuf":0,"ring":0,"xdp":5523},"attributed":5523,"unattributed":0,"over":0,"largest":"xdp"}'

# rx R, tx T: a made-up pair of results
pair() {
	printf '{"rx":{"config":{"mode":"%s"},"stats":{%s}},"tx":{"config":{"mode":"%s"},"stats":{%s}}}' \
		"$1" "$2" "$3" "$4"
}
places() {
	printf '"places":{"sender":%s,"tx_if":%s,"qdisc":%s,"backlog":%s,"rx_if":%s,"udp_rcvbuf":%s,"ring":%s,"xdp":%s}' "$@"
}

expect "veth: one backlog drop in three counters, counted once" \
	"$(pair udp '"unique":500,"kernel_drops":0,"if_rx_dropped":500,"backlog_drops":500' \
		udp '"sent":1000,"if_tx_dropped":500,"qdisc_drops":null')" \
	'{"lost":500,'"$(places 0 0 0 0 500 0 0 0)"',"attributed":500,"unattributed":0,"over":0,"largest":"rx_if"}'
expect "tx_dropped beyond rx_dropped, backlog beyond both; a tie" \
	"$(pair udp '"unique":900,"if_rx_dropped":30,"backlog_drops":80' \
		udp '"sent":1000,"if_tx_dropped":50')" \
	'{"lost":100,'"$(places 0 20 0 30 30 0 0 0)"',"attributed":80,"unattributed":20,"over":0,"largest":"rx_if"}'
expect "host-wide backlog: never more than the loss left" \
	"$(pair mmsg '"unique":900,"kernel_drops":60,"if_rx_dropped":0,"backlog_drops":5000' \
		mmsg '"sent":1000,"if_tx_dropped":0')" \
	'{"lost":100,'"$(places 0 0 0 40 0 60 0 0)"',"attributed":100,"unattributed":0,"over":0,"largest":"udp_rcvbuf"}'
expect "udp sender: qdisc drops are lost" \
	"$(pair udp '"unique":990,"kernel_drops":0,"if_rx_dropped":0' \
		udp '"sent":1000,"qdisc_drops":10,"if_tx_dropped":0')" \
	'{"lost":10,'"$(places 0 0 10 0 0 0 0 0)"',"attributed":10,"unattributed":0,"over":0,"largest":"qdisc"}'
expect "mmap sender: qdisc drops are sent again, wrong_format is lost" \
	"$(pair mmap '"unique":98,"kernel_drops":0' \
		mmap '"sent":100,"qdisc_drops":3,"send_errors":3,"ring_full":40,"wrong_format":2')" \
	'{"lost":2,'"$(places 2 0 0 0 0 0 0 0)"',"attributed":2,"unattributed":0,"over":0,"largest":"sender"}'
expect "counters beyond the loss: over" \
	"$(pair udp '"unique":900,"kernel_drops":150,"udp_rcvbuf_errors":150' \
		udp '"sent":1000')" \
	'{"lost":100,'"$(places 0 0 0 0 0 150 0 0)"',"attributed":150,"unattributed":0,"over":50,"largest":"udp_rcvbuf"}'
expect "mmap receiver: the namespace's RcvbufErrors are not its packets" \
	"$(pair mmap '"unique":900,"kernel_drops":70,"udp_rcvbuf_errors":900' \
		udp '"sent":1000')" \
	'{"lost":100,'"$(places 0 0 0 0 0 0 70 0)"',"attributed":70,"unattributed":30,"over":0,"largest":"ring"}'
expect "xdp: rx_dropped + rx_ring_full" \
	"$(pair xdp '"unique":900,"kernel_drops":100,"xdp_rx_dropped":40,"xdp_rx_ring_full":60' \
		udp '"sent":1000')" \
	'{"lost":100,'"$(places 0 0 0 0 0 0 0 100)"',"attributed":100,"unattributed":0,"over":0,"largest":"xdp"}'
expect "results without drop fields, nulls: all unattributed" \
	"$(pair udp '"unique":900,"if_rx_dropped":null,"backlog_drops":null' \
		udp '"sent":1000,"qdisc_drops":null')" \
	'{"lost":100,'"$(places 0 0 0 0 0 0 0 0)"',"attributed":0,"unattributed":100,"over":0,"largest":"none"}'
expect "more received than sent: no loss" \
	"$(pair udp '"unique":1200' udp '"sent":1000')" \
	'{"lost":0,'"$(places 0 0 0 0 0 0 0 0)"',"attributed":0,"unattributed":0,"over":0,"largest":"none"}'

t_done
