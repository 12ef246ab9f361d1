#!/bin/sh
# Installs what building, testing and benchmarking pktbench needs, from
# Debian/Ubuntu packages.  Idempotent; needs root.  Docker itself is not
# installed here: the docker test tier skips where no engine answers.
# user-mode-linux is the kernel (6.1um, with 8021q and openvswitch modules)
# that the UML tier boots (tests/uml, make umlcheck).
set -eu
[ "$(id -u)" = 0 ] || { echo "deps: run as root (apt-get)" >&2; exit 2; }
pkgs="build-essential musl-tools clang libclang-rt-dev jq iproute2 iputils-ping procps \
psmisc file busybox-static ethtool gnuplot-nox openvswitch-switch \
netsniff-ng iperf3 user-mode-linux"
missing=
for p in $pkgs; do
	dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "deps: installing$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
echo "deps: ok" >&2
