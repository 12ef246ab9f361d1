# SPDX-License-Identifier: MIT
# shellcheck shell=bash
#
# Shared helpers for the namespace tests (tests/net/test_*.sh), on top of
# tests/lib.sh (the cases, fail, expect_eq, exit codes) and the topology
# home networks/lib-setup.sh (every namespace and link).
#
# A test sources this file, calls net_init, builds a topology (net_topo
# veth, macvlan or bridge: topo_up's set-ups; topo_veth for short), runs
# the real binaries and asserts on their JSON with jq.
#
# Everything lives in namespaces this process creates; nothing is added
# to the calling namespace, and the EXIT trap removes it all: background
# programs first (a namespace with a live process in it stays alive), then
# the namespaces (topo_down), which takes their interfaces with them.
#
# Environment:
#   PKTBENCH_BIN   directory with pktsend and pktrecv (default build/gcc,
#                  relative to the repository root)
#   PKTBENCH_KEEP  1: keep the temporary directory of outputs for debugging

NET_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NET_ROOT=$(cd "$NET_DIR/../.." && pwd)
BIN=${PKTBENCH_BIN:-build/gcc}
case $BIN in
/*) ;;
*) BIN=$NET_ROOT/$BIN ;;
esac
SEND=$BIN/pktsend
RECV=$BIN/pktrecv

# shellcheck source=tests/lib.sh
. "$NET_ROOT/tests/lib.sh"
NW_DIR=$NET_ROOT/networks
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"

# The address plan's (198.18.0.0/24, networks/lib-setup.sh)
IP_TX=$TOPO_NET.1
IP_RX=$TOPO_NET.2

# The result fields in table order, read from the tables themselves
# (src/core/txloop.c, src/core/rxloop.c) so that a new field needs no
# change here; a record missing one of them is incomplete.
src_fields()
{
	sed -n 's/^[[:space:]]*{ "\([a-z0-9_]*\)", FIELD_.*/\1/p' \
		"$NET_ROOT/src/core/$1" | tr '\n' ' ' | sed 's/ $//'
}
TX_FIELDS=$(src_fields txloop.c)
RX_FIELDS=$(src_fields rxloop.c)

NET_PIDS=""
NET_TMP=""

# --- set-up and clean-up --------------------------------------------------

net_no_jobs()
{
	[ -z "$(jobs -pr)" ]
}

net_cleanup()
{
	local rc=$? pid running=""

	trap - EXIT INT TERM HUP
	# only our own children, and only while bash still has them as jobs
	for pid in $(jobs -pr); do
		case " $NET_PIDS " in *" $pid "*) running="$running $pid" ;; esac
	done
	[ -n "$running" ] && kill -TERM $running 2>/dev/null
	slowwait 2 net_no_jobs
	for pid in $(jobs -pr); do
		case " $running " in *" $pid "*) kill -KILL "$pid" 2>/dev/null ;; esac
	done
	for pid in $running; do
		wait "$pid" 2>/dev/null
	done
	topo_down
	nw_ovs_stop
	t_tmp_clean
	exit "$rc"
}

# net_init: root, tools and binaries; names unique to this run; the trap.
net_init()
{
	[ "$(id -u)" = 0 ] || t_skip "needs root (network namespaces)"
	command -v ip >/dev/null || fatal "ip (iproute2) not found"
	command -v jq >/dev/null || fatal "jq not found"
	if [ -z "$TX_FIELDS" ] || [ -z "$RX_FIELDS" ]; then
		fatal "cannot read the result field tables in $NET_ROOT/src/core"
	fi
	if [ ! -x "$SEND" ] || [ ! -x "$RECV" ]; then
		fatal "no $SEND or $RECV: build them first (make, make asan)"
	fi
	topo_init
	t_tmp net || exit 1
	NET_TMP=$T_TMP
	trap net_cleanup EXIT
	trap 'exit 1' INT TERM HUP
}

# net_require_kinds KIND...: skips the test if the kernel lacks a link kind.
net_require_kinds()
{
	topo_probe "$@"
	case $? in
	0) ;;
	4) t_skip "kernel lacks $NW_ERR" ;;
	*) fatal "$NW_ERR" ;;
	esac
}

# --- topologies -------------------------------------------------------------
#
# Each sets TOPO (the name in case labels: veth, macvlan, bridge), NS_TX,
# NS_RX, IF_TX, IF_RX and MAC_RX; IP_TX and IP_RX are the same everywhere.
# topo_down removes what the last one made.  TOPO_QUEUES=N: veth queues.

net_topo()
{
	TOPO=$1
	topo_up "$1" || { fail "$1: building the topology failed: $NW_ERR"; return 1; }
	NS_TX=$TOPO_NS_TX NS_RX=$TOPO_NS_RX IF_TX=$TOPO_IF_TX IF_RX=$TOPO_IF_RX
	MAC_RX=$TOPO_MAC_RX
}

topo_veth() { net_topo veth; }

# --- neighbours -------------------------------------------------------------

neigh_state()
{
	ip -n "$NS_TX" -j neigh show "$IP_RX" dev "$IF_TX" |
		jq -r '.[0].state // [] | if type == "array" then join(",") else . end'
}

# neigh_warm: a resolved neighbour entry for IP_RX before a udp or mmsg
# sender starts.  Otherwise the first burst waits in the kernel's small
# unresolved-neighbour queue, which drops silently when it overflows.
neigh_resolved()
{
	case $(neigh_state) in
	*REACHABLE* | *STALE* | *DELAY* | *PROBE* | *PERMANENT*) return 0 ;;
	esac
	# one datagram to the discard port makes the kernel resolve it
	ip netns exec "$NS_TX" bash -c "echo >/dev/udp/$IP_RX/9" 2>/dev/null
	return 1
}

neigh_warm()
{
	slowwait 3 neigh_resolved && return 0
	fail "$TOPO: neighbour $IP_RX on $IF_TX not resolved in 3 s (state: $(neigh_state))"
	return 1
}

# neigh_flush: an mmap sender without --dst-mac must resolve it itself.
neigh_flush()
{
	ip -n "$NS_TX" neigh flush dev "$IF_TX" 2>/dev/null
	return 0
}

# --- running the programs -----------------------------------------------------
#
# Outputs go to $NET_TMP/TAG.{rx,tx}.{out,err}.

# rx_start TAG ARGS...: pktrecv in NS_RX in the background; returns once
# it printed "pktrecv: ready:", fails after 10 s.
rx_ready_or_gone()
{
	grep -q '^pktrecv: ready:' "$RX_ERR" || ! kill -0 "$RX_PID" 2>/dev/null
}

rx_start()
{
	local tag=$1

	net_start RX "$NS_RX" "$RECV" "$@"
	slowwait 10 rx_ready_or_gone
	grep -q '^pktrecv: ready:' "$RX_ERR" && return 0
	if ! kill -0 "$RX_PID" 2>/dev/null; then
		bg_wait "$tag" pktrecv "$RX_PID" 1
		RX_RC=$BG_RC
		fail "$tag: pktrecv exited ($(rc_str "$RX_RC")) before it was ready: $(head -c 300 "$RX_ERR")"
		return 1
	fi
	fail "$tag: pktrecv not ready after 10 s: $(head -c 300 "$RX_ERR")"
	rx_stop KILL
	rx_wait "$tag"
	return 1
}

# rx_stop [SIGNAL]: signal the receiver (default TERM).
rx_stop()
{
	kill -"${1:-TERM}" "$RX_PID" 2>/dev/null
}

pid_gone()
{
	! kill -0 "$1" 2>/dev/null
}

# bg_wait TAG WHAT PID SECONDS: waits for PID, at most SECONDS; sets
# BG_RC.  A process still running then is killed and reported.
bg_wait()
{
	local tag=$1 what=$2 pid=$3 limit=$4

	slowwait "$limit" pid_gone "$pid"
	if kill -0 "$pid" 2>/dev/null; then
		fail "$tag: $what still running after $limit s; killed"
		kill -KILL "$pid" 2>/dev/null
	fi
	wait "$pid"
	BG_RC=$?
	NET_PIDS=$(echo "$NET_PIDS" | tr ' ' '\n' | grep -vx "$pid" | tr '\n' ' ')
}

# rx_wait TAG [SECONDS]: sets RX_RC (default bound 90 s).
rx_wait()
{
	bg_wait "$1" pktrecv "$RX_PID" "${2:-90}"
	RX_RC=$BG_RC
}

# tx_run TAG ARGS...: pktsend in NS_TX to completion (at most 120 s);
# sets TX_RC.  It runs as a job so that a signal to the test is handled
# at once and the EXIT trap stops it.
tx_run()
{
	tx_start "$@"
	tx_wait "$1" 120
}

# tx_start TAG ARGS...: pktsend in NS_TX in the background (TX_PID).
tx_start()
{
	net_start TX "$NS_TX" "$SEND" "$@"
}

# net_start ROLE NS PROG TAG ARGS...: PROG ARGS in NS in the background, a
# job of this shell that the EXIT trap stops; sets ROLE_PID, and ROLE_OUT
# and ROLE_ERR, $NET_TMP/TAG.role.{out,err}, created here: the job opens
# them only once it is scheduled.
net_start()
{
	local role=$1 ns=$2 prog=$3 tag=$4 out err

	shift 4
	out=$NET_TMP/$tag.${role,,}.out err=$NET_TMP/$tag.${role,,}.err
	: >"$out"
	: >"$err"
	ip netns exec "$ns" "$prog" "$@" >"$out" 2>"$err" &
	printf -v "${role}_PID" %s $!
	printf -v "${role}_OUT" %s "$out"
	printf -v "${role}_ERR" %s "$err"
	NET_PIDS="$NET_PIDS $!"
}

# tx_wait TAG [SECONDS]: sets TX_RC.
tx_wait()
{
	bg_wait "$1" pktsend "$TX_PID" "${2:-90}"
	TX_RC=$BG_RC
}

# net_pair TAG LABEL RXARGS... -- TXARGS...: one run, pktrecv in NS_RX
# until it is ready, then pktsend in NS_TX to its end; the receiver is
# stopped at once when the sender failed (it sends nothing more), then
# waited for.  A mode that needs the interface (mmap, xdp) is given
# IF_RX or IF_TX.  The neighbour is resolved first for a udp or mmsg
# sender and flushed for the others, which resolve it themselves.  Fails
# "LABEL: pktsend exit" and "pktrecv exit" unless both exit 0; returns 1
# (with dump_run) when the receiver did not start.
net_pair()
{
	local tag=$1 label=$2 rxa=() txa=()

	shift 2
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		rxa+=("$1")
		shift
	done
	shift
	txa=("$@")
	net_needs_if "${rxa[@]}" && rxa+=(--interface "$IF_RX")
	net_needs_if "${txa[@]}" && txa+=(--interface "$IF_TX")
	case " ${txa[*]} " in
	*" --mode mmap "* | *" --mode xdp "*) neigh_flush ;;
	*) neigh_warm || return 1 ;;
	esac
	rx_start "$tag" "${rxa[@]}" || { dump_run "$tag"; return 1; }
	tx_run "$tag" "${txa[@]}"
	[ "$TX_RC" = 0 ] || rx_stop
	rx_wait "$tag"
	expect_eq "$label: pktsend exit" "$(rc_str "$TX_RC")" 0
	expect_eq "$label: pktrecv exit" "$(rc_str "$RX_RC")" 0
	return 0
}

# net_needs_if ARGS...: the mode is mmap or xdp, and no --interface given.
net_needs_if()
{
	case " $* " in
	*" --interface "*) return 1 ;;
	*" --mode mmap "* | *" --mode xdp "*) return 0 ;;
	esac
	return 1
}

# dump_run TAG: the programs' stderr, after a failure.
dump_run()
{
	local f

	for f in "$NET_TMP/$1".tx.err "$NET_TMP/$1".rx.err; do
		[ -s "$f" ] || continue
		echo "  ${f##*/}:"
		sed 's/^/  | /' "$f" | head -20
	done
}

# --- assertions ---------------------------------------------------------------

# rc_str CODE: "139, SIGSEGV" for a program killed by a signal.
rc_str()
{
	if [ "$1" -gt 128 ] 2>/dev/null && [ "$1" -lt 160 ]; then
		echo "$1, SIG$(kill -l $(($1 - 128)))"
	else
		echo "$1"
	fi
}

# jexpect FILE LABEL FILTER WANT [FILTER WANT ...]: FILE holds exactly
# one JSON object and, for each pair, jq -r FILTER prints WANT.  One jq
# call per file: jq starts slowly and a run checks many fields.
#   "veth udp->mmap: stats.received 99998 != 100000"
jexpect()
{
	local file=$1 label=$2 prog="" out rc=0 i
	local -a filt=() want=() got=()

	shift 2
	while [ $# -ge 2 ]; do
		filt+=("$1")
		want+=("$2")
		prog="$prog${prog:+, }([$1] | if length == 1 then .[0] else . end"
		prog="$prog | if type == \"string\" then . else tojson end"
		prog="$prog | gsub(\"\\n\"; \" \"))"
		shift 2
	done
	[ -n "$prog" ] || prog='empty'
	if ! out=$(jq -rs "if length != 1 or (.[0] | type) != \"object\"
			   then \"NOT ONE OBJECT\" else .[0] | $prog end" \
			"$file" 2>&1) || [ "$out" = "NOT ONE OBJECT" ]; then
		out=${out%%$'\n'*}
		[ -s "$file" ] || out="empty output"
		fail "$label: not one JSON object: $(head -c 200 "$file" | tr '\n' ' ')(${out:0:200})"
		return 1
	fi
	mapfile -t got <<<"$out"
	for i in "${!filt[@]}"; do
		[ "${got[i]}" = "${want[i]}" ] && continue
		fail "$label: ${filt[i]#.} ${got[i]} != ${want[i]}"
		rc=1
	done
	return $rc
}

# check_result FILE LABEL PROGRAM MODE [FILTER WANT ...]: the envelope of
# a result record, the full set of stats fields in table order, and the
# pairs given.
check_result()
{
	local file=$1 label=$2 prog=$3 mode=$4 fields

	shift 4
	[ "$prog" = pktsend ] && fields=$TX_FIELDS || fields=$RX_FIELDS
	jexpect "$file" "$label" \
		'.schema_version | type == "number" and . >= 1' true \
		.type result \
		.program "$prog" \
		'.version | test("^[0-9]+\\.[0-9]+")' true \
		.kernel "$(uname -r)" \
		.config.mode "$mode" \
		'.stats | keys_unsorted | join(" ")' "$fields" \
		"$@"
}

# CSV (RFC 4180 quoting), columns always by header name.  csv_ncols: the
# number of fields of each line of stdin.  csv_get FILE COLUMN [LINE]: the
# value under header COLUMN in line LINE (default 2) of FILE, unquoted.
# csv_col FILE COLUMN: every row's value under COLUMN.
CSV_AWK='
function csv_split(line, out,    n, i, c, q, cur) {
	n = 0; q = 0; cur = ""
	for (i = 1; i <= length(line); i++) {
		c = substr(line, i, 1)
		if (q && c == "\"" && substr(line, i + 1, 1) == "\"") { cur = cur c; i++ }
		else if (c == "\"") q = !q
		else if (c == "," && !q) { out[++n] = cur; cur = "" }
		else cur = cur c
	}
	out[++n] = cur
	return n
}'

csv_ncols()
{
	awk "$CSV_AWK"'{ print csv_split($0, f) }'
}

csv_get()
{
	awk -v col="$2" -v want="${3:-2}" "$CSV_AWK"'
		NR == 1 { n = csv_split($0, h); for (i = 1; i <= n; i++) idx[h[i]] = i }
		NR == want { csv_split($0, f); if (col in idx) print f[idx[col]]; exit }' "$1"
}

csv_col()
{
	awk -v col="$2" "$CSV_AWK"'
		NR == 1 { n = csv_split($0, h); for (i = 1; i <= n; i++) idx[h[i]] = i; next }
		{ csv_split($0, f); if (col in idx) print f[idx[col]] }' "$1"
}

# srv_start TAG ARGS...: pktrecv --server ARGS in SRV_NS (default NS_RX),
# SRV_BIN (default RECV), with --interface SRV_IF where that is set,
# waited for until it listens (10 s); SRV_PID, SRV_ERR (net_start).
# Fails TAG and returns 1 when it does not listen.  No ASan quarantine:
# freed memory is reused, so a server's RSS can stay flat over many runs
# (test_control).
srv_start()
{
	local tag=$1 i

	shift
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0 \
		net_start SRV "${SRV_NS:-$NS_RX}" "${SRV_BIN:-$RECV}" "$tag" \
		--server ${SRV_IF:+--interface "$SRV_IF"} "$@"
	for i in $(seq 100); do
		grep -q '^pktrecv: server: control port' "$SRV_ERR" && return 0
		kill -0 "$SRV_PID" 2>/dev/null || break
		sleep 0.1
	done
	fail "$tag: server not listening: $(head -c 300 "$SRV_ERR")"
	return 1
}

# srv_stop TAG: SIGTERM to the server, and its exit is 0 (under ASan a
# leak is not).
srv_stop()
{
	kill -TERM "$SRV_PID" 2>/dev/null
	bg_wait "$1" "pktrecv --server" "$SRV_PID" 10
	expect_eq "$1: server exit after SIGTERM" "$(rc_str "$BG_RC")" 0 ||
		tail -5 "$SRV_ERR"
}

# srv_iv_dropped TAG RESULT ADDR: RESULT, the last line of a client of
# ctl_peer.py slowiv, got exactly the interval_sent records; at least one
# was dropped, not queued without bound nor waited for; and the server
# logged the same count for the client at ADDR.
srv_iv_dropped()
{
	local sent dropped

	sent=$(sed -n 's/.* interval_sent=\([0-9]*\) .*/\1/p' <<<"$2")
	dropped=$(sed -n 's/.* interval_dropped=\([0-9]*\) .*/\1/p' <<<"$2")
	expect_eq "$1: interval messages received == interval_sent" \
		"${2%% *}" "intervals=${sent:-none}"
	[ "${dropped:-0}" -ge 1 ] || fail "$1: interval_dropped '${dropped}' (want >= 1)"
	grep -q "control $3:[0-9]*: ${dropped:-x} interval records not sent: the client did not keep up" "$SRV_ERR" ||
		fail "$1: no server log line of ${dropped:-?} records not sent: $(grep -m 1 'not sent' "$SRV_ERR")"
}
