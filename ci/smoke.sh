#!/bin/sh
# SPDX-License-Identifier: MIT
# Smoke test of the container path, here and in .github/workflows/smoke.yml:
# install what it needs, build the static binaries and both images, run the
# docker test tier (tests/docker), then one compose experiment the way a
# user would, and check its result.  Needs root and a Docker engine.
#
#   sudo ci/smoke.sh
#   sudo SMOKE_SETUP=macvlan SMOKE_MODE=mmap ci/smoke.sh
#
# SMOKE_SETUP  a set-up of networks/setups.tsv: quickstart (default),
#              native (host), bridge, macvlan, ovs or trunk
# SMOKE_MODE   udp, mmsg or mmap (default mmap)
# SMOKE_COUNT  packets (default 100k)
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
setup=${SMOKE_SETUP:-quickstart}
mode=${SMOKE_MODE:-mmap}
count=${SMOKE_COUNT:-100k}
NW_DIR=$root/networks
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"

[ "$(id -u)" = 0 ] || { echo "smoke: run as root (docker, host interfaces)" >&2; exit 2; }
file=$(nw_setup "$setup" compose) ||
	{ echo "smoke: SMOKE_SETUP=$setup: expected one of $(nw_setups compose)" >&2; exit 2; }

echo "smoke: dependencies" >&2
scripts/deps.sh
if ! timeout 20 docker info >/dev/null 2>&1; then
	echo "SKIP: no Docker engine answers"
	exit 4
fi
nw_compose || { echo "smoke: $NW_ERR" >&2; exit 1; }
compose=$NW_COMPOSE

echo "smoke: build" >&2
make -s static images

echo "smoke: docker tests" >&2
tests/run.sh docker

echo "smoke: one experiment: $file, $mode, $count packets ($compose)" >&2
project=pktbenchsmoke$$
out=$(mktemp -d "${TMPDIR:-/tmp}/pktbench-smoke.XXXXXX")
chmod 755 "$out"
cleanup()
{
	# shellcheck disable=SC2086
	$compose -p $project -f "$root/$file" down -v -t 1 >/dev/null 2>&1
	sh networks/prepare.sh "$setup" down >/dev/null 2>&1
	rm -rf "$out"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
sh networks/prepare.sh "$setup" up
rc=0
# shellcheck disable=SC2086
PKT_MODE=$mode PKT_COUNT=$count PKT_RESULTS_DIR=$out \
	timeout 600 $compose -p $project -f "$root/$file" up \
	--exit-code-from receiver >"$out/compose.log" 2>&1 || rc=$?
grep -v '"schema_version"' "$out/compose.log" | tail -n 8 >&2
result=$(find "$out" -maxdepth 1 -name '*.json' | head -n 1)
if [ $rc -ne 0 ] || [ -z "$result" ]; then
	echo "smoke: compose exit $rc, result: ${result:-none}" >&2
	exit 1
fi
jq -e '.program == "pktrecv" and .stats.received > 0' "$result" >/dev/null || {
	echo "smoke: ${result##*/}: no packet received or not a pktrecv result" >&2
	exit 1
}
jq -r '"smoke: \(input_filename | sub(".*/"; "")): received \(.stats.received), lost \(.stats.lost), \(.stats.pps | floor) pps"' "$result"
