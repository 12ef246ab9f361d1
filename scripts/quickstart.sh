#!/bin/sh
# One real measurement on a fresh machine: installs the build dependencies,
# builds, and runs pktsend -> pktrecv.  With a Docker engine it runs the
# quick-start compose experiment between two containers; without one, or
# with --netns, it runs the binaries across a fresh network-namespace pair.
#
#   sudo scripts/quickstart.sh [--netns] [pktsend options...]
#
# PKT_MODE (udp|mmsg|mmap, default mmap) and PKT_COUNT (default 1000000)
# choose the run.  The receiver's JSON result goes to stdout (netns) or
# results/ (docker); the human summary to stderr.
set -eu
cd "$(dirname "$0")/.."
NW_DIR=$(pwd)/networks
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"
[ "$(id -u)" = 0 ] || { echo "quickstart: run as root (namespaces, raw sockets)" >&2; exit 2; }

runner=docker
if [ "${1:-}" = --netns ]; then
	runner=netns
	shift
fi
if [ $runner = docker ] && ! docker info >/dev/null 2>&1; then
	echo "quickstart: no Docker engine answers; using a namespace pair" >&2
	runner=netns
fi
# pktsend options go to the namespace run; the compose run takes PKT_*
# variables instead, and must not drop what it was given without a word
if [ $runner = docker ] && [ $# -gt 0 ]; then
	echo "quickstart: '$*': pktsend options apply with --netns only; the Docker run takes PKT_* variables (docs/docker.md)" >&2
	exit 2
fi
mode=${PKT_MODE:-mmap}
count=${PKT_COUNT:-1000000}

scripts/deps.sh
if [ $runner = docker ]; then
	make -s images
	nw_compose || { echo "quickstart: $NW_ERR" >&2; exit 1; }
	rc=0
	# shellcheck disable=SC2086	# "docker compose": two words
	PKT_MODE=$mode PKT_COUNT=$count $NW_COMPOSE up --exit-code-from receiver ||
		rc=$?
	# A sender that refuses its PKT_* input exits 2 with its one line, and
	# compose's abort then stops the receiver, whose code compose returns:
	# the run ends with the refusal's 2, as a receiver's refusal does.
	if [ $rc -ne 0 ]; then
		# shellcheck disable=SC2086
		tx=$($NW_COMPOSE ps -a -q sender 2>/dev/null) || tx=
		if [ -n "$tx" ] &&
			[ "$(docker inspect -f '{{.State.ExitCode}}' "$tx" 2>/dev/null)" = 2 ]; then
			rc=2
		fi
	fi
	# shellcheck disable=SC2086
	$NW_COMPOSE down -t 1 >/dev/null 2>&1 || true
	exit $rc
fi

make -s
rx=
cleanup() {
	# the receiver first: a sender that fails leaves it waiting
	[ -z "$rx" ] || kill -TERM "$rx" 2>/dev/null || true
	topo_down
}
trap cleanup EXIT INT TERM
topo_up native || { echo "quickstart: $NW_ERR" >&2; exit 1; }
err=$(mktemp)
out=$(mktemp)
ip netns exec "$TOPO_NS_RX" build/gcc/pktrecv -m "$mode" -i "$TOPO_IF_RX" -n "$count" -T 2s \
	-t 300 -o "$out" 2>"$err" &
rx=$!
i=0
until grep -q '^pktrecv: ready:' "$err"; do
	i=$((i + 1))
	[ $i -lt 200 ] || { cat "$err" >&2; exit 1; }
	sleep 0.05
done
echo "quickstart: $count packets, $mode -> $mode, veth pair in namespaces $TOPO_NS_TX/$TOPO_NS_RX" >&2
rc=0
ip netns exec "$TOPO_NS_TX" build/gcc/pktsend -m "$mode" -i "$TOPO_IF_TX" -d "$TOPO_IP_RX" \
	-n "$count" -q "$@" >/dev/null || rc=$?
if [ $rc != 0 ]; then
	# pktsend said why (a bad option: exit 2); the receiver has nothing
	# to report
	kill -TERM $rx 2>/dev/null || true
	wait $rx 2>/dev/null >/dev/null || true
	rx=
	rm -f "$err" "$out"
	exit $rc
fi
wait $rx || rc=$?
rx=
cat "$out"
cat "$err" >&2
rm -f "$err" "$out"
exit $rc
