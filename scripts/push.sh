#!/bin/sh
# SPDX-License-Identifier: MIT
# Publishes both images as one multi-arch index each, tagged VERSION and
# latest: the one code path of `make push` (a registry of your own, the
# lab's) and of the release workflow (ghcr.io).  docs/lab.md, docs/docker.md.
#
#   scripts/push.sh REGISTRY [ARCHS]       (make push REGISTRY=... [ARCH=...])
#
# REGISTRY  host[:port][/path], e.g. 10.231.80.2:5000 or ghcr.io/owner;
#           the images go to REGISTRY/pktbench/{sender,receiver}
# ARCHS     comma-separated, default the host's (amd64, arm64)
#
# The images come from the local Docker engine as `make images [ARCH=A]`
# tags them: pktbench/ROLE:latest for the host's architecture,
# pktbench/ROLE:latest-A for another.  Each must be of that architecture
# and carry this tree's version and revision labels (so what is pushed is
# what this tree built).  skopeo copies each into a directory (Docker's
# manifest and config as they are, the layers gzipped), an OCI image index
# over the architectures joins them, and `skopeo copy --all
# --preserve-digests` sends index, manifests and blobs; nothing asks
# the engine to push, so no daemon configuration changes or restarts.
# Credentials: skopeo's (containers-auth.json, or ~/.docker/config.json as
# `docker login` writes it).
#
# Environment (the Makefile sets the first three):
#   VERSION     the tag (src/core/cfg.h's PKT_VERSION_STR)
#   REVISION    the git revision the images must carry
#   HOST_ARCH   amd64 or arm64
#   INSECURE=1  plain HTTP, no TLS (a registry on a lab's underlay)
#   SKOPEO      the skopeo command (default skopeo)
# Exit codes: 0 pushed and read back, 1 failure, 2 usage, 4 skopeo missing.
set -eu
PROG=push
die() { echo "$PROG: $*" >&2; exit "${CODE:-1}"; }

[ $# -ge 1 ] && [ $# -le 2 ] || CODE=2 die "usage: scripts/push.sh REGISTRY [amd64,arm64]"
reg=${1%/}
archs=$(echo "${2:-${HOST_ARCH:-}}" | tr ',' '\n' | awk 'NF && !seen[$0]++' | tr '\n' ' ')
: "${VERSION:?VERSION: the version to tag (make push sets it)}"
: "${REVISION:?REVISION: the revision the images must carry (make push sets it)}"
: "${HOST_ARCH:?HOST_ARCH: amd64 or arm64 (make push sets it)}"
SKOPEO=${SKOPEO:-skopeo}
echo "$reg" | grep -Eq '^[a-z0-9.-]+(:[0-9]{1,5})?(/[a-z0-9._-]+)*$' ||
	CODE=2 die "REGISTRY '$1': not host[:port][/path] in lower case (e.g. 10.231.80.2:5000, ghcr.io/owner)"
[ -n "$archs" ] || CODE=2 die "ARCH: empty; accepted amd64, arm64 or amd64,arm64"
for a in $archs; do
	case $a in
	amd64 | arm64) ;;
	*) CODE=2 die "ARCH '$a': accepted amd64, arm64 or amd64,arm64" ;;
	esac
done
command -v "$SKOPEO" >/dev/null 2>&1 ||
	CODE=4 die "skopeo not found (apt-get install skopeo; scripts/deps.sh)"
command -v jq >/dev/null 2>&1 || die "jq not found"
tls=
[ "${INSECURE:-0}" = 1 ] && tls=--dest-tls-verify=false
itls=
[ "${INSECURE:-0}" = 1 ] && itls=--tls-verify=false

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pktbench-push.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP

sha256() { sha256sum "$1" | awk '{ print "sha256:" $1 }'; }

for role in sender receiver; do
	lay=$tmp/$role
	mkdir "$lay"
	printf 'Directory Transport Version: 1.1\n' >"$lay/version"
	src=
	for a in $archs; do
		src=pktbench/$role:latest
		[ "$a" = "$HOST_ARCH" ] || src=$src-$a
		facts=$(docker image inspect -f '{{.Architecture}} {{.Os}} {{index .Config.Labels "org.opencontainers.image.version"}} {{index .Config.Labels "org.opencontainers.image.revision"}}' "$src" 2>/dev/null) ||
			die "$src: no such image in the local engine (make images$([ "$a" = "$HOST_ARCH" ] || echo " ARCH=$a"))"
		# shellcheck disable=SC2086
		set -- $facts
		[ "$1 $2" = "$a linux" ] || die "$src: is $2/$1, not linux/$a"
		[ "$3" = "$VERSION" ] || die "$src: version label $3, this tree is $VERSION (make images)"
		[ "$4" = "$REVISION" ] ||
			die "$src: built from revision $4, this tree is $REVISION (make images$([ "$a" = "$HOST_ARCH" ] || echo " ARCH=$a"))"
		# Docker's own manifest and config, unchanged (an OCI conversion
		# would rewrite the config and drop its HEALTHCHECK), the layers
		# gzipped as a registry wants them
		"$SKOPEO" copy -q --dest-compress "docker-daemon:$src" "dir:$tmp/$a" \
			>"$tmp/copy.log" 2>&1 ||
			die "$src: skopeo copy from the engine: $(tail -n 1 "$tmp/copy.log")"
		m=$(sha256 "$tmp/$a/manifest.json")
		mv "$tmp/$a/manifest.json" "$lay/${m#sha256:}.manifest.json"
		rm "$tmp/$a/version"
		mv "$tmp/$a"/* "$lay/"
		rmdir "$tmp/$a"
		jq -n --arg a "$a" --arg d "$m" --argjson size "$(wc -c <"$lay/${m#sha256:}.manifest.json")" \
			'{ mediaType: "application/vnd.docker.distribution.manifest.v2+json",
			   digest: $d, size: $size,
			   platform: ({ architecture: $a, os: "linux" } +
				(if $a == "arm64" then { variant: "v8" } else {} end)) }' \
			>>"$tmp/$role.descs"
	done
	# the OCI index over them (as buildx imagetools makes it), annotated
	# with the images' OCI labels (every architecture carries the same)
	lbl=$(docker image inspect -f '{{json .Config.Labels}}' "$src")
	jq -cs --argjson labels "$lbl" '
		{ schemaVersion: 2,
		  mediaType: "application/vnd.oci.image.index.v1+json",
		  manifests: .,
		  annotations: ($labels | with_entries(select(.key | startswith("org.opencontainers.image.")))) }' \
		"$tmp/$role.descs" >"$lay/manifest.json"
	dig=$(sha256 "$lay/manifest.json")
	for tag in "$VERSION" latest; do
		dst=$reg/pktbench/$role:$tag
		# shellcheck disable=SC2086
		"$SKOPEO" copy -q --all --preserve-digests --retry-times 2 $tls \
			"dir:$lay" "docker://$dst" >"$tmp/copy.log" 2>&1 ||
			die "$dst: $(tail -n 1 "$tmp/copy.log")"
		# read back: the registry serves exactly this index
		# shellcheck disable=SC2086
		"$SKOPEO" inspect --raw $itls "docker://$dst" >"$tmp/back.json" 2>"$tmp/copy.log" ||
			die "$dst: cannot read it back: $(tail -n 1 "$tmp/copy.log")"
		got=$(sha256 "$tmp/back.json")
		[ "$got" = "$dig" ] || die "$dst: the registry serves $got, pushed $dig"
	done
	echo "$reg/pktbench/$role:$VERSION, latest: $dig ($(jq -r '[.manifests[] | "\(.platform.architecture) \(.digest)"] | join(", ")' "$lay/manifest.json"))"
done
