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
	compose="docker compose"
	$compose version >/dev/null 2>&1 || compose=docker-compose
	rc=0
	PKT_MODE=$mode PKT_COUNT=$count $compose up --exit-code-from receiver ||
		rc=$?
	$compose down -t 1 >/dev/null 2>&1 || true
	exit $rc
fi

make -s
ns=pkqs$$
rx=
cleanup() {
	# the receiver first: a sender that fails leaves it waiting
	[ -z "$rx" ] || kill -TERM "$rx" 2>/dev/null || true
	ip netns del $ns-tx 2>/dev/null || true
	ip netns del $ns-rx 2>/dev/null || true
}
trap cleanup EXIT INT TERM
ip netns add $ns-tx
ip netns add $ns-rx
ip link add q0 netns $ns-tx type veth peer name q1 netns $ns-rx
ip -n $ns-tx addr add 10.202.0.1/24 dev q0
ip -n $ns-rx addr add 10.202.0.2/24 dev q1
ip -n $ns-tx link set q0 up
ip -n $ns-rx link set q1 up
err=$(mktemp)
out=$(mktemp)
ip netns exec $ns-rx build/gcc/pktrecv -m "$mode" -i q1 -n "$count" -T 2s \
	-t 300 -o "$out" 2>"$err" &
rx=$!
i=0
until grep -q '^pktrecv: ready:' "$err"; do
	i=$((i + 1))
	[ $i -lt 200 ] || { cat "$err" >&2; exit 1; }
	sleep 0.05
done
echo "quickstart: $count packets, $mode -> $mode, veth pair in namespaces $ns-tx/$ns-rx" >&2
rc=0
ip netns exec $ns-tx build/gcc/pktsend -m "$mode" -i q0 -d 10.202.0.2 \
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
