#!/bin/sh
# SPDX-License-Identifier: MIT
# pktbench sender image entrypoint (busybox sh): PKT_* variables to pktsend
# flags by SENDER_TABLE (lib.sh, docs/docker.md), then exec, so that docker
# stop's SIGTERM reaches pktsend itself.  Arguments after the image name
# are appended as flags, after the variables' (so they win).
#
# Read here, not passed as flags: PKT_DST is resolved first (a name waits
# for DNS; pktsend --check meanwhile gets TEST-NET-1 in its place),
# PKT_ONLINK becomes a route, PKT_RESULTS and PKT_SETUP name the result
# file of a PKT_CONNECT run, and pktsend reads PKT_TOKEN itself.
set -eu
ROLE=sender
. "${0%/*}/lib.sh"
TABLE=$SENDER_TABLE
MINE=$SENDER_VARS

env_check_names
# the control channel's secret, read by pktsend only with --connect
[ -z "${PKT_TOKEN:-}" ] || [ -n "${PKT_CONNECT:-}" ] ||
	usage_error "PKT_TOKEN applies to PKT_CONNECT runs only (the control channel's secret); unset it for this run"
# PKT_CONNECT=host[:port]: run against a receiver in server mode
# (docs/hosts.md); the data goes to the same host unless PKT_DST says,
# and the sender has no reason to linger after it
if [ -n "${PKT_CONNECT:-}" ]; then
	PKT_DST=${PKT_DST:-${PKT_CONNECT%:*}}
	PKT_LINGER=${PKT_LINGER:-0}
fi
env_defaults
env_iface
dst=${PKT_DST:-}
# the variable a failed lookup of PKT_DST names: the one the value came from
dst_var="PKT_DST=$dst"
[ -n "${PKT_CONNECT:-}" ] && [ "$dst" = "${PKT_CONNECT%:*}" ] &&
	dst_var="PKT_CONNECT=$PKT_CONNECT"
matches "$RE_IPV4" "$dst" || PKT_DST=192.0.2.1	# a name: resolved below
env_check pktsend all -- "$@"
PKT_DST=$dst
env_dst
env_re PKT_ONLINK "$RE_IPV4/([0-9]|[12][0-9]|3[0-2])" "an IPv4 prefix like 10.231.4.128/25"
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

# The receiver's name may take a moment to appear in Docker's DNS: wait
# for it, and for PKT_CONNECT's host, RESOLVE_SECS in all.  pktsend gets
# PKT_DST's address; PKT_CONNECT keeps its name, which pktsend's messages
# show ("server receiver: ..."): it resolves at once now, and pktsend's
# own lookup is bounded by --connect-timeout.
deadline=$(($(now_s) + RESOLVE_SECS))
resolve_ipv4 "$PKT_DST" "$deadline" ||
	{ echo "sender: $dst_var: no IPv4 address after $RESOLVE_SECS s: $RESOLVE_WHY" >&2; exit 1; }
PKT_DST=$RESOLVED
if [ -n "${PKT_CONNECT:-}" ]; then
	resolve_ipv4 "${PKT_CONNECT%:*}" "$deadline" ||
		{ echo "sender: PKT_CONNECT=$PKT_CONNECT: no IPv4 address after $RESOLVE_SECS s: $RESOLVE_WHY" >&2; exit 1; }
fi

if [ -n "${PKT_ONLINK:-}" ]; then
	# Two Docker networks on one L2 segment (networks/ovs.yml): reach the
	# other half of the segment directly, not through a gateway.  Needs
	# NET_ADMIN, which only that compose file grants.
	err=$(ip route replace "$PKT_ONLINK" dev "$PKT_IFACE" 2>&1) || {
		echo "sender: PKT_ONLINK=$PKT_ONLINK: $err (the container needs NET_ADMIN)" >&2
		exit 1
	}
fi

# the variables' flags, then the command line's own, which win
eval "set -- $(env_args all) \"\$@\""
if [ -n "${PKT_CONNECT:-}" ] && [ -n "${PKT_RESULTS:-}" ]; then
	# both sides' result: kept in the volume and printed to the log
	[ -d "$PKT_RESULTS" ] ||
		usage_error "PKT_RESULTS=$(env_show "$PKT_RESULTS"): no such directory"
	env_re PKT_SETUP '[A-Za-z0-9][A-Za-z0-9_.-]{0,63}' "a name of letters, digits, '.', '_' or '-'"
	out=$PKT_RESULTS/${PKT_SETUP:-connect}-$PKT_MODE-$(date -u +%Y%m%dT%H%M%SZ).json
	# a bind mount root owns: what the writer needs (as the receiver
	# does); the owner needs no capability for that
	[ "$(id -u)" = 0 ] && results_prepare "$PKT_RESULTS" "$switch"
	if [ "$switch" = 1 ]; then
		su -s /bin/sh -c 'ROLE=sender; . "$0"; results_probe "$@"' "$RUN_USER" -- \
			"${0%/*}/lib.sh" PKT_RESULTS "$PKT_RESULTS" || exit
	else
		results_probe PKT_RESULTS "$PKT_RESULTS"
	fi
	set +e
	if [ "$switch" = 1 ]; then
		su -s /bin/sh -c 'exec "$0" "$@"' "$RUN_USER" -- \
			"$BIN_DIR/pktsend" "$@" --output "$out"
	else
		"$BIN_DIR/pktsend" "$@" --output "$out"
	fi
	rc=$?
	[ -s "$out" ] && { echo "sender: result in $out" >&2; cat "$out"; }
	exit "$rc"
fi
[ "$switch" = 1 ] && as_run_user "$BIN_DIR/pktsend" "$@"
exec "$BIN_DIR/pktsend" "$@"
