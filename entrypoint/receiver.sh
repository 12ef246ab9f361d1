#!/bin/sh
# SPDX-License-Identifier: MIT
# pktbench receiver image entrypoint (busybox sh): PKT_* variables to pktrecv
# flags by RECEIVER_TABLE (lib.sh, docs/docker.md).  pktrecv writes its result atomically (temporary
# file, then rename) to $PKT_RESULTS/<setup>-<mode>-<UTC time>.<format>;
# this script then prints it and exits with pktrecv's status.  It stays the
# parent only to print the file: SIGTERM/SIGINT (docker stop) are passed on
# to pktrecv, which ends the run and still writes the complete result.
# Arguments after the image name are appended as flags, after the
# variables' (so they win).  Read here, not passed as flags: PKT_RESULTS
# and PKT_SETUP name the result file, PKT_SERVER picks the server mode
# (PKT_SERVER_MODES its modes and so its privileges), and pktrecv reads
# PKT_TOKEN itself.
set -eu
ROLE=receiver
. "${0%/*}/lib.sh"
TABLE=$RECEIVER_TABLE
MINE=$RECEIVER_VARS

env_check_names
env_re PKT_SERVER '0|1' "0 or 1"
# a variable of the other kind of run would be passed to nothing
if [ "${PKT_SERVER:-0}" = 1 ]; then
	env_when server "plain runs only (PKT_SERVER unset or 0): a server's runs are set up by their senders, which get the results"
else
	env_when run "server mode only (PKT_SERVER=1)"
fi
env_defaults
env_iface
# PKT_SERVER=1: pktrecv --server (docs/hosts.md).  Each run's mode, port
# and count come from pktsend --connect, and its result goes back there:
# no volume.  pktrecv reads PKT_TOKEN itself (kept off the command line).
env_re PKT_SETUP '[A-Za-z0-9][A-Za-z0-9_.-]{0,63}' \
	"a name of letters, digits, '.', '_' or '-' (used in the file name)"
if [ "$PKT_SERVER" = 1 ]; then
	env_check pktrecv server --server -- "$@"
	eval "set -- --server --ready-file /tmp/pktrecv.ready $(env_args server) \"\$@\""
	# least privilege: PKT_SERVER_MODES (default udp,mmsg) picks it
	switch=0
	server_plan "$@" && switch=1
	server_token_warn "$@"
	[ "$switch" = 1 ] && as_run_user "$BIN_DIR/pktrecv" "$@"
	exec "$BIN_DIR/pktrecv" "$@"
fi
env_check pktrecv run -- "$@"
case $PKT_RESULTS in
/*) ;;
*) usage_error "PKT_RESULTS='$(env_show "$PKT_RESULTS")': expected an absolute directory path" ;;
esac
[ -d "$PKT_RESULTS" ] ||
	usage_error "PKT_RESULTS=$(env_show "$PKT_RESULTS"): no such directory (bind-mount the host's PKT_RESULTS_DIR there)"
if priv_plan; then
	# what RUN_USER needs in a directory root owns; then this script
	# starts over as RUN_USER
	results_prepare "$PKT_RESULTS" 1
	as_run_user /bin/sh "$0" "$@"
fi
[ "$(id -u)" = 0 ] && results_prepare "$PKT_RESULTS" 0
results_probe PKT_RESULTS "$PKT_RESULTS"

fmt=${PKT_FORMAT:-json}
case $fmt in
text) ext=txt ;;
*) ext=$fmt ;;
esac
out=$PKT_RESULTS/${PKT_SETUP:-docker}-$PKT_MODE-$(date -u +%Y%m%dT%H%M%SZ).$ext
ready=/tmp/pktrecv.ready
if ready_shared; then
	ready=$READY_DIR/ready
	rm -f "$ready"
	# where the sender finds this receiver when no DNS can tell it (the
	# default bridge): "<IPv4 of PKT_IFACE> receiver", a hosts file
	addr=$(ip -4 -o addr show dev "$PKT_IFACE" 2>/dev/null |
		awk '{ sub(/\/.*/, "", $4); print $4; exit }')
	if [ -n "$addr" ]; then
		echo "$addr receiver" >"$READY_DIR/hosts.tmp"
		mv "$READY_DIR/hosts.tmp" "$READY_DIR/hosts"
	fi
fi
rm -f "$ready"

# the variables' flags, then the command line's own, which win
eval "set -- $(env_args run) --ready-file \"\$ready\" --output \"\$out\" \"\$@\""
"$BIN_DIR/pktrecv" "$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || :' TERM INT HUP
# A trapped signal interrupts wait; wait again until pktrecv has exited
# (a zombie still answers kill -0, so its status is not lost).
set +e
while :; do
	wait "$child"
	rc=$?
	kill -0 "$child" 2>/dev/null || break
done
rm -f "$ready"
if [ -s "$out" ]; then
	echo "receiver: result in $out" >&2
	cat "$out"
fi
exit "$rc"
