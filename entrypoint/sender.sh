#!/bin/sh
# SPDX-License-Identifier: MIT
# pktbench sender image entrypoint (busybox sh): PKT_* variables to pktsend
# flags (docs/docker.md), then exec, so that docker stop's SIGTERM reaches
# pktsend itself.  Arguments after the image name are appended as flags.
set -eu
ROLE=sender
. "${0%/*}/lib.sh"
MINE=$SENDER_VARS

env_check_names
env_check_common
env_re PKT_RATE "$RE_RATE" "a rate like 500M (bit/s), 1.5G, 100kpps or 0 (unlimited)"
env_size
env_re PKT_DURATION "$RE_TIME" "a time like 10, 2.5s or 500ms"
env_re PKT_LINGER "$RE_TIME" "a time like 30s"
env_re PKT_DST_MAC "$RE_MAC" "a MAC address like 02:42:0a:e7:03:03"
env_re PKT_ONLINK "$RE_IPV4/([0-9]|[12][0-9]|3[0-2])" "an IPv4 prefix like 10.231.4.128/25"
if [ -n "${PKT_DST_MAC:-}" ] && [ "$PKT_MODE" != mmap ] &&
	[ "$PKT_MODE" != xdp ]; then
	usage_error "PKT_DST_MAC applies only to PKT_MODE=mmap or xdp (mode is $PKT_MODE)"
fi
# PKT_CONNECT=host[:port]: run against a receiver in server mode
# (docs/hosts.md); the data goes to the same host unless PKT_DST says.
env_re PKT_CONNECT "($RE_IPV4|$RE_HOST)(:[0-9]{1,5})?" "HOST[:PORT] of a receiver with PKT_SERVER=1"
env_re PKT_RX_MODE 'udp|mmsg|mmap|xdp' "udp, mmsg, mmap or xdp"
env_int PKT_RX_THREADS 1 64
[ -n "${PKT_CONNECT:-}" ] && [ -z "${PKT_DST:-}" ] && PKT_DST=${PKT_CONNECT%:*}
env_dst
switch=0
priv_plan && switch=1

if ready_shared; then
	# the receiver's --ready-file: it listens, so no packet is sent into
	# the void (bounded: a receiver that failed ends the compose run)
	trap 'exit 143' TERM INT
	i=0
	until [ -e "$READY_DIR/ready" ]; do
		i=$((i + 1))
		[ "$i" -le 600 ] || {
			echo "sender: the receiver is not ready after 60 s ($READY_DIR/ready)" >&2
			exit 1
		}
		sleep 0.1
	done
	trap - TERM INT
fi

# The receiver's name may take a moment to appear in Docker's DNS.
dst=$(resolve_ipv4 "$PKT_DST" 30) ||
	{ echo "sender: PKT_DST=$PKT_DST: no IPv4 address after 30 s (/etc/hosts, the ready volume, DNS)" >&2; exit 1; }

if [ -n "${PKT_ONLINK:-}" ]; then
	# Two Docker networks on one L2 segment (networks/ovs.yml): reach the
	# other half of the segment directly, not through a gateway.  Needs
	# NET_ADMIN, which only that compose file grants.
	err=$(ip route replace "$PKT_ONLINK" dev "$PKT_IFACE" 2>&1) || {
		echo "sender: PKT_ONLINK=$PKT_ONLINK: $err (the container needs NET_ADMIN)" >&2
		exit 1
	}
fi

nargs=$#
set -- "$@" --mode "$PKT_MODE" --dst "$dst" --interface "$PKT_IFACE" \
	--linger "${PKT_LINGER:-30s}"
[ -n "${PKT_PORT:-}" ] && set -- "$@" --port "$PKT_PORT"
[ -n "${PKT_COUNT:-}" ] && set -- "$@" --count "$PKT_COUNT"
[ -n "${PKT_RATE:-}" ] && set -- "$@" --rate "$PKT_RATE"
[ -n "${PKT_SIZE:-}" ] && set -- "$@" --size "$PKT_SIZE"
[ -n "${PKT_BATCH:-}" ] && set -- "$@" --batch "$PKT_BATCH"
[ -n "${PKT_VLAN:-}" ] && set -- "$@" --vlan "$PKT_VLAN"
[ -n "${PKT_DURATION:-}" ] && set -- "$@" --duration "$PKT_DURATION"
[ -n "${PKT_FORMAT:-}" ] && set -- "$@" --format "$PKT_FORMAT"
# pktsend itself uses the zero MAC on a loopback, which has no neighbours
[ -n "${PKT_DST_MAC:-}" ] && set -- "$@" --dst-mac "$PKT_DST_MAC"

if [ -n "${PKT_CONNECT:-}" ]; then
	set -- "$@" --connect "$PKT_CONNECT" --linger 0
	[ -n "${PKT_RX_MODE:-}" ] && set -- "$@" --rx-mode "$PKT_RX_MODE"
	[ -n "${PKT_RX_THREADS:-}" ] && set -- "$@" --rx-threads "$PKT_RX_THREADS"
fi

# the command line's own flags go last, so they win
while [ "$nargs" -gt 0 ]; do
	a=$1
	shift
	set -- "$@" "$a"
	nargs=$((nargs - 1))
done
if [ -n "${PKT_CONNECT:-}" ] && [ -n "${PKT_RESULTS:-}" ]; then
	# both sides' result: kept in the volume and printed to the log
	[ -d "$PKT_RESULTS" ] ||
		usage_error "PKT_RESULTS=$PKT_RESULTS: no such directory"
	env_re PKT_SETUP '[A-Za-z0-9][A-Za-z0-9_.-]{0,63}' "a name of letters, digits, '.', '_' or '-'"
	out=$PKT_RESULTS/${PKT_SETUP:-connect}-$PKT_MODE-$(date -u +%Y%m%dT%H%M%SZ).json
	# a bind mount root owns: group 0 and g+w for the run user (as the
	# receiver does); the owner needs no capability for that
	if [ "$switch" = 1 ] && [ "$(stat -c %u "$PKT_RESULTS")" = 0 ]; then
		chgrp 0 "$PKT_RESULTS" 2>/dev/null
		chmod g+w "$PKT_RESULTS" 2>/dev/null
	fi
	set +e
	if [ "$switch" = 1 ]; then
		su -s /bin/sh -c 'exec "$0" "$@"' "$RUN_USER" -- \
			/bin/pktsend "$@" --output "$out"
	else
		/bin/pktsend "$@" --output "$out"
	fi
	rc=$?
	[ -s "$out" ] && { echo "sender: result in $out" >&2; cat "$out"; }
	exit "$rc"
fi
[ "$switch" = 1 ] && as_run_user /bin/pktsend "$@"
exec /bin/pktsend "$@"
