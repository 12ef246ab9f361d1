#!/bin/bash
# SPDX-License-Identifier: MIT
# make images: both images build with no registry access (one stage, FROM
# scratch, no "# syntax=" line), hold only the static binary, Debian's
# static busybox and the entrypoint scripts, are at most 2.5 MB, carry the
# OCI labels source, version and revision, and make images prints the sizes.
# Where aarch64-linux-musl-gcc is (an amd64 host), make images ARCH=arm64
# builds the arm64 images with no emulation, tagged latest-arm64: the same
# checks on their architecture, files and modes, without running them; they
# are removed at the end.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

MAX=2621440
dk_init

for role in sender receiver; do
	t_case "Dockerfile.$role: one stage, FROM scratch, nothing pulled"
	df=$DK_ROOT/Dockerfile.$role
	froms=$(grep -ci '^[[:space:]]*FROM[[:space:]]' "$df")
	[ "$froms" = 1 ] || fail "Dockerfile.$role: $froms FROM lines != 1"
	grep -qi '^FROM[[:space:]]\+scratch[[:space:]]*$' "$df" ||
		fail "Dockerfile.$role: the stage is not FROM scratch"
	grep -qi '^#[[:space:]]*syntax[[:space:]]*=' "$df" &&
		fail "Dockerfile.$role: has a '# syntax=' line (a pull)"
done

t_case "make images"
if ! make -s -C "$DK_ROOT" images >"$DK_TMP/images.log" 2>&1; then
	fail "make images failed: $(tail -n 1 "$DK_TMP/images.log")"
	t_done
fi
version=$("$DK_ROOT/build/static/pktsend" --version | awk '{ print $2 }')

# check_image IMG ROLE ARCH LOG: what make images printed (LOG), the size,
# labels and architecture, and the files of IMG: its own ELF machine
# (62 x86-64, 183 aarch64), busybox applets, the run user and the modes.
check_image()
{
	local img=$1 role=$2 arch=$3 log=$4 bin=pktsend c l v size files want mach

	[ "$role" = receiver ] && bin=pktrecv
	t_case "$img: $arch, size, labels, files"
	grep -q "^$img ($version): [0-9]* bytes$" "$log" ||
		fail "make images did not print the size of $img"
	v=$(docker image inspect -f '{{.Architecture}}' "$img")
	[ "$v" = "$arch" ] || fail "$img: architecture $v != $arch"
	size=$(docker image inspect -f '{{.Size}}' "$img")
	[ "$size" -le $MAX ] || fail "$img: $size bytes > $MAX"
	for l in source version revision; do
		v=$(docker image inspect -f "{{index .Config.Labels \"org.opencontainers.image.$l\"}}" "$img")
		[ -n "$v" ] || fail "$img: no label org.opencontainers.image.$l"
		[ $l = version ] && [ "$v" != "$version" ] &&
			fail "$img: version label $v != $version"
	done
	# the files of the image itself (docker adds .dockerenv, etc/hosts...)
	c=$(docker create --platform "linux/$arch" "$img" 2>/dev/null)
	docker export "$c" | tar -tvf - >"$DK_TMP/$role-$arch.files"
	files=$(awk '$1 ~ /^-/ { print $NF }' "$DK_TMP/$role-$arch.files" |
		grep -v '^\.dockerenv$\|^etc/\(hosts\|hostname\|resolv.conf\)$\|^dev/' |
		sort | tr '\n' ' ')
	want="bin/busybox bin/$bin entrypoint/lib.sh entrypoint/$role.sh etc/group etc/passwd "
	[ "$files" = "$want" ] || fail "$img files: $files!= $want"
	want=62
	[ "$arch" = arm64 ] && want=183
	for f in bin/$bin bin/busybox; do
		mach=$(docker export "$c" 2>/dev/null | tar -xOf - "$f" 2>/dev/null |
			od -An -tu2 -j18 -N2 | tr -d ' ')
		[ "$mach" = "$want" ] || fail "$img: /$f ELF machine '$mach' != $want"
	done
	# the run user of udp and mmsg, and modes for any user
	docker export "$c" 2>/dev/null | tar -xOf - etc/passwd 2>/dev/null |
		grep -qx 'pktbench:x:10001:0:[^:]*:/nonexistent:/bin/false' ||
		fail "$img: no run user pktbench 10001:0 in /etc/passwd"
	grep -q '^drwxrwxrwt .* tmp/$' "$DK_TMP/$role-$arch.files" ||
		fail "$img: /tmp is not 1777"
	grep -q '^drwxrwsr-x \(10001\|pktbench\)/\(0\|root\) .* results/$' \
		"$DK_TMP/$role-$arch.files" ||
		fail "$img: /results is not 10001:0 2775"
	docker rm "$c" >/dev/null
	for a in sh ip nsenter timeout su; do
		grep -q " bin/$a -> /bin/busybox$" "$DK_TMP/$role-$arch.files" ||
			fail "$img: no busybox applet /bin/$a"
	done
}

for role in sender receiver; do
	img=pktbench/$role:latest
	bin=pktsend
	[ $role = receiver ] && bin=pktrecv
	check_image "$img" $role amd64 "$DK_TMP/images.log"
	t_case "$img: $bin --version"
	out=$(docker run --rm --network none --entrypoint /bin/$bin "$img" --version)
	[ "$out" = "$bin $version" ] || fail "$img: $bin --version: '$out' != '$bin $version'"
done

# arm64 from amd64: COPY only, so no binfmt/qemu is needed (nothing runs)
arm64=
if [ "$(uname -m)" != x86_64 ]; then
	echo "# arm64 images: not an amd64 host, not cross-built"
elif ! command -v aarch64-linux-musl-gcc >/dev/null 2>&1; then
	echo "# arm64 images: no aarch64-linux-musl-gcc, not built"
elif t_case "make images ARCH=arm64" && arm64=1 &&
	! make -s -C "$DK_ROOT" images ARCH=arm64 >"$DK_TMP/arm64.log" 2>&1; then
	fail "make images ARCH=arm64 failed: $(tail -n 1 "$DK_TMP/arm64.log")"
else
	for role in sender receiver; do
		check_image "pktbench/$role:latest-arm64" $role arm64 \
			"$DK_TMP/arm64.log"
		# the native images are still amd64
		t_case "pktbench/$role:latest still amd64"
		v=$(docker image inspect -f '{{.Architecture}}' "pktbench/$role:latest")
		[ "$v" = amd64 ] || fail "pktbench/$role:latest is $v after ARCH=arm64"
	done
fi
# remove the arm64 images this test built
for role in ${arm64:+sender receiver}; do
	docker rmi "pktbench/$role:latest-arm64" "pktbench/$role:$version-arm64" \
		>/dev/null 2>&1
done
t_done
