#!/bin/sh
# Installs what building, testing and benchmarking pktbench needs, from
# Debian/Ubuntu packages.  Idempotent; needs root.  Docker itself is not
# installed here: the docker test tier skips where no engine answers.
# user-mode-linux is the kernel (6.1um, with 8021q and openvswitch modules)
# that the UML tier boots (tests/uml, make umlcheck).  skopeo (make push),
# docker-registry and curl are the lab's (pktbench lab, tests/lab).
set -eu
[ "$(id -u)" = 0 ] || { echo "deps: run as root (apt-get)" >&2; exit 2; }
pkgs="build-essential musl-tools clang libclang-rt-dev jq iproute2 iputils-ping procps \
psmisc file busybox-static ethtool gnuplot-nox openvswitch-switch \
netsniff-ng iperf3 user-mode-linux"
# not_installed PKG...: those of them dpkg does not have installed
not_installed()
{
	for p in "$@"; do
		dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
			printf ' %s' "$p"
	done
}
# shellcheck disable=SC2086
missing=$(not_installed $pkgs)
if [ -n "$missing" ]; then
	echo "deps: installing$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	updated=1
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# The lab's packages, apart: where they cannot be installed the lab tier
# skips, saying so.  The lab starts a registry of its own on its underlay;
# a service the docker-registry package started (systemd) is stopped and
# disabled again, so nothing listens on :5000 because of this script.
lab_missing=$(not_installed skopeo docker-registry curl)
if [ -n "$lab_missing" ]; then
	echo "deps: installing$lab_missing (pktbench lab)" >&2
	export DEBIAN_FRONTEND=noninteractive
	[ -n "${updated:-}" ] || apt-get update -qq || :
	# shellcheck disable=SC2086
	if apt-get install -y -qq --no-install-recommends $lab_missing >/dev/null; then
		case " $lab_missing " in
		*" docker-registry "*)
			if command -v systemctl >/dev/null 2>&1 &&
				systemctl is-active -q docker-registry 2>/dev/null; then
				systemctl disable --now docker-registry >/dev/null 2>&1 &&
					echo "deps: docker-registry's own service stopped and disabled (pktbench lab runs its own)" >&2
			fi ;;
		esac
	else
		echo "deps:$lab_missing not installed; the lab tier (tests/lab) will skip" >&2
	fi
fi

# arm64: the cross toolchain (aarch64-linux-musl-gcc) and qemu-user for
# `make static ARCH=arm64` and `make check-arm64`.  Debian ships arm64 in
# its main archive; elsewhere (Ubuntu's arm64 is on ports.ubuntu.com) this
# is skipped, and so are those targets.
if ! command -v aarch64-linux-musl-gcc >/dev/null 2>&1 ||
	! command -v qemu-aarch64-static >/dev/null 2>&1; then
	if [ "$(dpkg --print-architecture)" = amd64 ] && grep -qs '^ID=debian' /etc/os-release; then
		echo "deps: installing the arm64 cross toolchain and qemu-user-static" >&2
		dpkg --add-architecture arm64
		apt-get update -qq
		apt-get install -y -qq --no-install-recommends gcc-aarch64-linux-gnu \
			musl-dev:arm64 qemu-user-static >/dev/null ||
			echo "deps: arm64 toolchain not installed; make check-arm64 will skip" >&2
	else
		echo "deps: arm64 cross toolchain: only set up on Debian amd64; make check-arm64 will skip" >&2
	fi
fi

# actionlint (make actionlint): a Go module, through the Go module proxy.
if ! command -v actionlint >/dev/null 2>&1 &&
	! [ -x "$(go env GOPATH 2>/dev/null)/bin/actionlint" ]; then
	if command -v go >/dev/null 2>&1; then
		GOBIN=/usr/local/bin go install \
			github.com/rhysd/actionlint/cmd/actionlint@v1.7.12 ||
			echo "deps: actionlint not installed (offline?); make actionlint will skip" >&2
	else
		echo "deps: no go: actionlint not installed; make actionlint will skip" >&2
	fi
fi
echo "deps: ok" >&2
