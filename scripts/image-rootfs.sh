#!/bin/sh
# SPDX-License-Identifier: MIT
# Prepares in OUT what both images copy (Dockerfile.sender/receiver have no
# RUN step: no binary of the image runs at build time, so an image for
# another architecture needs no emulation):
#   OUT/rootfs/bin/busybox       BUSYBOX (Debian's busybox-static for ARCH)
#   OUT/rootfs/bin/APPLET        -> /bin/busybox, for every applet LISTER
#                                lists (`LISTER --list`: the host's busybox
#                                of the same Debian version when BUSYBOX
#                                cannot run here)
#   OUT/rootfs/etc/passwd,group  from entrypoint/ (the run user 10001:0)
#   OUT/rootfs/tmp/              mode 1777
#   OUT/chown/results/           mode 2775 (COPY --chown=10001:0 OUT/chown/ /:
#                                the tree's own modes, setgid included, are
#                                kept only for entries below the source)
#   OUT/pktsend, OUT/pktrecv     from SDIR
#
#   scripts/image-rootfs.sh BUSYBOX LISTER SDIR OUT      (from the top dir)
set -eu
[ $# -eq 4 ] || { echo "usage: image-rootfs.sh BUSYBOX LISTER SDIR OUT" >&2; exit 2; }
bb=$1 lister=$2 sdir=$3 out=$4
umask 022
applets=$("$lister" --list)
[ -n "$applets" ] || { echo "image-rootfs: $lister --list is empty" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/rootfs/bin" "$out/rootfs/etc" "$out/rootfs/tmp" "$out/chown/results"
cp "$bb" "$out/rootfs/bin/busybox"
chmod 0755 "$out/rootfs/bin/busybox"
for a in $applets; do
	case $a in
	busybox) continue ;;	# listed, but it is the binary itself
	*/* | .*) echo "image-rootfs: odd applet name '$a'" >&2; exit 1 ;;
	esac
	ln -s /bin/busybox "$out/rootfs/bin/$a"
done
cp entrypoint/passwd entrypoint/group "$out/rootfs/etc/"
chmod 0644 "$out/rootfs/etc/passwd" "$out/rootfs/etc/group"
chmod 1777 "$out/rootfs/tmp"
chmod 2775 "$out/chown/results"
cp "$sdir/pktsend" "$sdir/pktrecv" "$out/"
chmod 0755 "$out/pktsend" "$out/pktrecv"
