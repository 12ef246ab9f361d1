#!/bin/bash
# SPDX-License-Identifier: MIT
# The receiver image in server mode (PKT_SERVER=1) and the sender image
# with PKT_CONNECT, started with plain `docker run` and sharing no volume,
# on a user-defined bridge and on macvlan (the veth parent prepare.sh
# makes): the sender prints one result holding both sides, received ==
# sent == count, for udp->udp and mmap->mmap; the server keeps serving.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

SRV_CONTAINERS=""
SRV_NETS=""

srv_cleanup()
{
	local c n

	for c in $SRV_CONTAINERS; do
		docker rm -f "$c" >/dev/null 2>&1
	done
	for n in $SRV_NETS; do
		docker network rm "$n" >/dev/null 2>&1
	done
}

# srv_net NAME SUBNET DOCKER-NETWORK-CREATE-ARGS...
srv_net()
{
	local name=$1 subnet=$2

	shift 2
	SRV_NETS="$SRV_NETS $name"
	docker network create "$@" --subnet "$subnet" "$name" >/dev/null ||
		{ fail "$name: docker network create failed"; return 1; }
}

# srv_start NET IP: the receiver in server mode; waits until healthy.
srv_start()
{
	local net=$1 ip=$2 name="$1-rx" i st

	t_case "$net: the receiver in server mode is healthy"
	SRV_CONTAINERS="$SRV_CONTAINERS $name"
	docker run -d --name "$name" --network "$net" --ip "$ip" \
		-e PKT_SERVER=1 -e PKT_SERVER_MODES=udp,mmap \
		pktbench/receiver:latest >/dev/null ||
		{ fail "$net: receiver did not start"; return 1; }
	for i in $(seq 60); do
		st=$(docker inspect -f '{{.State.Health.Status}}' "$name" 2>/dev/null)
		[ "$st" = healthy ] && return 0
		sleep 0.5
	done
	fail "$net: receiver not healthy after 30 s: $(docker logs "$name" 2>&1 | tail -n 3)"
	return 1
}

# srv_client NET MODE: one sender run against NET-rx; checks the result.
srv_client()
{
	local net=$1 mode=$2 name="$1-tx-$2" out rc got mounts label="$1 $2->$2"

	t_case "$label"
	SRV_CONTAINERS="$SRV_CONTAINERS $name"
	out=$DK_TMP/$name.out
	docker run --name "$name" --network "$net" \
		-e PKT_CONNECT="$net-rx" -e PKT_MODE="$mode" -e PKT_RX_MODE="$mode" \
		-e PKT_COUNT=$DK_COUNT -e PKT_RATE=$DK_RATE -e PKT_BATCH=$DK_BATCH \
		pktbench/sender:latest >"$out" 2>"$DK_TMP/$name.err"
	rc=$?
	[ "$rc" = 0 ] || fail "$label: sender exit $rc != 0: $(tail -n 2 "$DK_TMP/$name.err")"
	got=$(jq -r '[.sender.config.mode, .receiver.config.mode, .sender.stats.sent, .receiver.stats.received, .receiver.stats.lost] | @tsv' "$out" 2>/dev/null)
	[ "$got" = "$mode	$mode	$DK_COUNT	$DK_COUNT	0" ] ||
		fail "$label: modes/sent/received/lost: ${got//	/ } != $mode $mode $DK_COUNT $DK_COUNT 0"
	mounts=$(docker inspect -f '{{len .Mounts}}' "$name" "$net-rx" | tr '\n' ' ')
	[ "$mounts" = "0 0 " ] || fail "$label: volumes mounted: $mounts != 0 0"
	echo "  $label: $(jq -r '"sent \(.sender.stats.sent), received \(.receiver.stats.received), \(.receiver.stats.pps | floor) pps"' "$out" 2>/dev/null)"
	docker rm -f "$name" >/dev/null 2>&1
}

srv_setup()
{
	local net=$1 ip=$2

	srv_start "$net" "$ip" || return
	srv_client "$net" udp
	srv_client "$net" mmap
	t_case "$net: the server keeps serving"
	docker inspect -f '{{.State.Running}}' "$net-rx" | grep -qx true ||
		fail "$net: the server stopped"
	docker logs "$net-rx" 2>&1 | grep -c 'ended: ok' | grep -qx 2 ||
		fail "$net: server log has not 2 runs ended ok: $(docker logs "$net-rx" 2>&1 | tail -n 3)"
}

dk_init
trap 'rc=$?; srv_cleanup; (exit $rc); dk_cleanup' EXIT
dk_need_images

net=pktbenchsrv$$-br
srv_net "$net" 10.231.70.0/24 -d bridge && srv_setup "$net" 10.231.70.2

dk_prepare macvlan
case $? in
0)
	net=pktbenchsrv$$-mv
	srv_net "$net" 10.231.71.0/24 -d macvlan -o parent=pktbench-mv &&
		srv_setup "$net" 10.231.71.2
	;;
4) t_case_skip "macvlan: server and clients" "$(tail -n 1 "$DK_TMP/prepare-macvlan.log")" ;;
esac
t_done
