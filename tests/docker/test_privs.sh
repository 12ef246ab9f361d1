#!/bin/bash
# SPDX-License-Identifier: MIT
# The images' privileges (issue 18, items 4 and 18), started with plain
# `docker run` and Docker's default capabilities, the worst case:
#  - PKT_SERVER=1 serves udp and mmsg only by default, as uid 10001 with
#    no capability at all (/proc/1/status: pktrecv is PID 1), and says in
#    one line that no token is set; a client asking for mmap is refused
#    with exit 2, a udp run works;
#  - PKT_SERVER_MODES=mmap runs as root with NET_RAW alone (every set,
#    the bounding set too) and serves an mmap run; xdp keeps NET_RAW,
#    NET_ADMIN and SYS_ADMIN, and without them is refused in one line;
#  - a results directory root owns with mode 0700 (mktemp -d) gets what
#    the run user needs (g+wx) and takes the result; one of another owner
#    is refused in one line naming the missing bits.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

PV_CONTAINERS=""
PV_NET=""
PV_IMG=pktbench/receiver:latest

pv_cleanup()
{
	local c

	for c in $PV_CONTAINERS; do
		docker rm -f "$c" >/dev/null 2>&1
	done
	[ -n "$PV_NET" ] && docker network rm "$PV_NET" >/dev/null 2>&1
}

# pv_server NAME IP DOCKER-RUN-ARGS...: a receiver in server mode on
# PV_NET; waits until healthy (0), or says why not (1).
pv_server()
{
	local name=$1 ip=$2 st

	shift 2
	PV_CONTAINERS="$PV_CONTAINERS $name"
	docker run -d --name "$name" --network "$PV_NET" --ip "$ip" \
		-e PKT_SERVER=1 "$@" "$PV_IMG" >/dev/null ||
		{ fail "$name: docker run failed"; return 1; }
	for _ in $(seq 60); do
		st=$(docker inspect -f '{{.State.Health.Status}}' "$name" 2>/dev/null)
		[ "$st" = healthy ] && return 0
		sleep 0.5
	done
	fail "$name: not healthy after 30 s: $(docker logs "$name" 2>&1 | tail -n 2)"
	return 1
}

# pv_status NAME FIELD: FIELD of /proc/1/status in NAME (pktrecv itself)
pv_status()
{
	docker exec "$1" cat /proc/1/status 2>/dev/null |
		awk -v f="$2:" '$1 == f { $1 = ""; sub(/^ /, ""); print; exit }'
}

# pv_expect_privs NAME UID CAPS: pktrecv's uids and capability sets
pv_expect_privs()
{
	local set

	expect_eq "$1: Uid (real effective saved fs)" "$(pv_status "$1" Uid)" \
		"$2 $2 $2 $2"
	for set in CapEff CapPrm; do
		expect_eq "$1: $set" "$(pv_status "$1" "$set")" "$3"
	done
	for set in CapInh CapAmb; do
		expect_eq "$1: $set" "$(pv_status "$1" "$set")" 0000000000000000
	done
}

# pv_client TAG SERVER [VAR=VALUE | -v MOUNT]...: one sender run against
# SERVER; sets PV_RC, PV_OUT (the result) and PV_ERR (stderr).
pv_client()
{
	local tag=$1 srv=$2 name="$PV_NET-tx-$1" envs=()

	shift 2
	while [ $# -gt 0 ]; do
		case $1 in
		-v) envs+=(-v "$2") && shift ;;
		*) envs+=(-e "$1") ;;
		esac
		shift
	done
	PV_CONTAINERS="$PV_CONTAINERS $name"
	PV_OUT=$DK_TMP/$tag.out
	PV_ERR=$DK_TMP/$tag.err
	docker run --name "$name" --network "$PV_NET" -e PKT_CONNECT="$srv" \
		-e PKT_COUNT=$DK_COUNT -e PKT_RATE=$DK_RATE -e PKT_BATCH=$DK_BATCH \
		"${envs[@]}" pktbench/sender:latest >"$PV_OUT" 2>"$PV_ERR"
	PV_RC=$?
	docker rm -f "$name" >/dev/null 2>&1
}

# pv_warnings NAME: the no-token warning lines in NAME's log
pv_warnings()
{
	docker logs "$1" 2>&1 | grep -c 'receiver: warning: no token'
}

dk_init
trap 'rc=$?; pv_cleanup; (exit $rc); dk_cleanup' EXIT
dk_need_images

PV_NET=pktbenchpv$$
docker network create -d bridge --subnet 10.231.72.0/24 "$PV_NET" >/dev/null ||
	fatal "docker network create $PV_NET failed"

# --- the default: udp and mmsg, unprivileged --------------------------------
t_case "PKT_SERVER=1 (udp, mmsg): uid 10001, no capability"
if pv_server "$PV_NET-udp" 10.231.72.2; then
	pv_expect_privs "$PV_NET-udp" 10001 0000000000000000
	t_case "PKT_SERVER=1 without a token: one warning line"
	expect_eq "warning lines" "$(pv_warnings "$PV_NET-udp")" 1
	t_case "PKT_SERVER=1 (udp, mmsg): a udp run"
	pv_client udp "$PV_NET-udp" PKT_MODE=udp PKT_RX_MODE=udp
	expect_eq "sender exit" "$PV_RC" 0
	expect_eq "received" "$(jq -r '.receiver.stats.received' "$PV_OUT" 2>/dev/null)" "$DK_COUNT"
	t_case "sender PKT_CONNECT, PKT_RESULTS root 0700: the combined result is written"
	rd=$(mktemp -d "$DK_TMP/results.XXXXXX")
	pv_client udp-results "$PV_NET-udp" PKT_MODE=udp PKT_RX_MODE=udp \
		PKT_RESULTS=/results PKT_SETUP=pv -v "$rd:/results"
	expect_eq "sender exit" "$PV_RC" 0
	f=$(ls "$rd"/pv-udp-*Z.json 2>/dev/null | head -n 1)
	expect_eq "received in the file" "$(jq -r '.receiver.stats.received' "$f" 2>/dev/null)" "$DK_COUNT"
	expect_eq "the file's owner uid" "$(stat -c %u "$f" 2>/dev/null)" 10001
	t_case "PKT_SERVER=1 (udp, mmsg): a client asking for mmap is refused"
	pv_client mmap-refused "$PV_NET-udp" PKT_MODE=mmap PKT_RX_MODE=mmap
	expect_eq "sender exit" "$PV_RC" 2
	grep -q "error: --mode mmap: not served here; this server's --server-modes: udp,mmsg" "$PV_ERR" ||
		fail "sender: no 'not served here' line: $(tail -n 2 "$PV_ERR")"
	# and the server did not gain anything from the attempt
	pv_expect_privs "$PV_NET-udp" 10001 0000000000000000
fi

# --- mmap: root with NET_RAW alone --------------------------------------------
t_case "PKT_SERVER_MODES=mmap: root with NET_RAW only"
if pv_server "$PV_NET-mmap" 10.231.72.3 -e PKT_SERVER_MODES=mmap \
	-e PKT_TOKEN=pv-secret; then
	# NET_RAW is bit 13; the bounding set too (Docker gives SETPCAP)
	pv_expect_privs "$PV_NET-mmap" 0 0000000000002000
	expect_eq "CapBnd" "$(pv_status "$PV_NET-mmap" CapBnd)" 0000000000002000
	t_case "PKT_SERVER_MODES=mmap with PKT_TOKEN: no warning"
	expect_eq "warning lines" "$(pv_warnings "$PV_NET-mmap")" 0
	t_case "PKT_SERVER_MODES=mmap: an mmap run with NET_RAW alone"
	pv_client mmap "$PV_NET-mmap" PKT_MODE=mmap PKT_RX_MODE=mmap \
		PKT_TOKEN=pv-secret
	expect_eq "sender exit" "$PV_RC" 0
	expect_eq "received" "$(jq -r '.receiver.stats.received' "$PV_OUT" 2>/dev/null)" "$DK_COUNT"
	t_case "PKT_SERVER_MODES=mmap: a udp client is refused"
	pv_client udp-refused "$PV_NET-mmap" PKT_TOKEN=pv-secret
	expect_eq "sender exit" "$PV_RC" 2
fi

# --- xdp: NET_RAW, NET_ADMIN, SYS_ADMIN, IPC_LOCK (as networks/xdp.yml) -----
t_case "PKT_SERVER_MODES=xdp: NET_RAW, NET_ADMIN, SYS_ADMIN and IPC_LOCK only"
if pv_server "$PV_NET-xdp" 10.231.72.4 -e PKT_SERVER_MODES=xdp \
	--cap-add NET_ADMIN --cap-add SYS_ADMIN --cap-add IPC_LOCK; then
	# bits 12, 13, 14 and 21
	pv_expect_privs "$PV_NET-xdp" 0 0000000000207000
fi
t_case "PKT_SERVER_MODES=xdp without NET_ADMIN, SYS_ADMIN: refused in one line"
err=$(docker run --rm --network "$PV_NET" -e PKT_SERVER=1 \
	-e PKT_SERVER_MODES=udp,xdp "$PV_IMG" 2>&1 >/dev/null)
rc=$?
expect_eq "exit" "$rc" 2
expect_eq "message" "$err" "receiver: PKT_SERVER_MODES=udp,xdp needs NET_ADMIN SYS_ADMIN in the container (--cap-add NET_ADMIN --cap-add SYS_ADMIN; xdp: networks/xdp.yml); pktrecv keeps those and drops every other"

# --- the results directory ----------------------------------------------------
t_case "results directory root 0700 (mktemp -d): the result is written"
rd=$(mktemp -d "$DK_TMP/results.XXXXXX")
expect_eq "the directory before" "$(stat -c '%U %a' "$rd")" "root 700"
PV_CONTAINERS="$PV_CONTAINERS $PV_NET-rd"
docker run --name "$PV_NET-rd" --network "$PV_NET" -v "$rd:/results" \
	-e PKT_SETUP=pv "$PV_IMG" --duration 1s >"$DK_TMP/rd.out" 2>"$DK_TMP/rd.err"
rc=$?
# no packet is sent: pktrecv ends at --duration with exit 1 and a result
expect_eq "receiver exit" "$rc" 1
grep -q 'no test packet arrived' "$DK_TMP/rd.err" ||
	fail "receiver: $(tail -n 1 "$DK_TMP/rd.err")"
f=$(ls "$rd"/pv-udp-*Z.json 2>/dev/null | head -n 1)
if [ -z "$f" ]; then
	fail "no result file in the directory: $(tail -n 1 "$DK_TMP/rd.err")"
else
	expect_eq "result owner uid" "$(stat -c %u "$f")" 10001
	expect_eq "result program" "$(jq -r .program "$f")" pktrecv
fi
expect_eq "the directory after (group 0, g+wx only)" "$(stat -c '%u:%g %a' "$rd")" "0:0 730"

# (and no PKT_ variable at all: that once ended the entrypoint silently, exit 1)
t_case "results directory of uid 1234, 0700: one line naming the missing bits"
rd=$(mktemp -d "$DK_TMP/results.XXXXXX")
chown 1234:1234 "$rd"
err=$(docker run --rm --network "$PV_NET" -v "$rd:/results" "$PV_IMG" \
	--duration 1s 2>&1 >/dev/null)
rc=$?
expect_eq "exit" "$rc" 2
expect_eq "message" "$err" "receiver: PKT_RESULTS=/results: mode 0700, owner uid 1234, group 1234: uid 10001 (group 0) writes there as 'other', which lacks write and search (w, x): chmod o+wx on the host directory, or chgrp 0 and chmod g+wx it, or start the container as its owner (--user 1234:0)"
expect_eq "the directory after (untouched)" "$(stat -c '%u:%g %a' "$rd")" "1234:1234 700"
t_done
