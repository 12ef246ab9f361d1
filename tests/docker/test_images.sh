#!/bin/bash
# SPDX-License-Identifier: MIT
# make images: both images build with no registry access (one stage, FROM
# scratch, no "# syntax=" line), hold only the static binary, Debian's
# static busybox and the entrypoint scripts, are at most 2.5 MB, carry the
# OCI labels source, version and revision, and make images prints the sizes.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

MAX=2621440
dk_init

for role in sender receiver; do
	df=$DK_ROOT/Dockerfile.$role
	froms=$(grep -ci '^[[:space:]]*FROM[[:space:]]' "$df")
	[ "$froms" = 1 ] || fail "Dockerfile.$role: $froms FROM lines != 1"
	grep -qi '^FROM[[:space:]]\+scratch[[:space:]]*$' "$df" ||
		fail "Dockerfile.$role: the stage is not FROM scratch"
	grep -qi '^#[[:space:]]*syntax[[:space:]]*=' "$df" &&
		fail "Dockerfile.$role: has a '# syntax=' line (a pull)"
done

if ! make -s -C "$DK_ROOT" images >"$DK_TMP/images.log" 2>&1; then
	fail "make images failed: $(tail -n 1 "$DK_TMP/images.log")"
	dk_done
fi
version=$("$DK_ROOT/build/static/pktsend" --version | awk '{ print $2 }')
for role in sender receiver; do
	img=pktbench/$role:latest
	bin=pktsend
	[ $role = receiver ] && bin=pktrecv
	grep -q "^$img ($version): [0-9]* bytes$" "$DK_TMP/images.log" ||
		fail "make images did not print the size of $img"
	size=$(docker image inspect -f '{{.Size}}' "$img")
	[ "$size" -le $MAX ] || fail "$img: $size bytes > $MAX"
	for l in source version revision; do
		v=$(docker image inspect -f "{{index .Config.Labels \"org.opencontainers.image.$l\"}}" "$img")
		[ -n "$v" ] || fail "$img: no label org.opencontainers.image.$l"
		[ $l = version ] && [ "$v" != "$version" ] &&
			fail "$img: version label $v != $version"
	done
	# the files of the image itself (docker adds .dockerenv, etc/hosts...)
	c=$(docker create "$img")
	docker export "$c" | tar -tvf - >"$DK_TMP/$role.files"
	files=$(awk '$1 ~ /^-/ { print $NF }' "$DK_TMP/$role.files" |
		grep -v '^\.dockerenv$\|^etc/\(hosts\|hostname\|resolv.conf\)$\|^dev/' |
		sort | tr '\n' ' ')
	want="bin/busybox bin/$bin entrypoint/lib.sh entrypoint/$role.sh etc/group etc/passwd "
	[ "$files" = "$want" ] || fail "$img files: $files!= $want"
	# the run user of udp and mmsg, and modes for any user
	docker export "$c" 2>/dev/null | tar -xOf - etc/passwd 2>/dev/null |
		grep -qx 'pktbench:x:10001:0:[^:]*:/nonexistent:/bin/false' ||
		fail "$img: no run user pktbench 10001:0 in /etc/passwd"
	grep -q '^drwxrwxrwt .* tmp/$' "$DK_TMP/$role.files" ||
		fail "$img: /tmp is not 1777"
	if [ "$role" = receiver ]; then
		grep -q '^drwxrwsr-x \(10001\|pktbench\)/\(0\|root\) .* results/$' \
			"$DK_TMP/$role.files" ||
			fail "$img: /results is not 10001:0 2775"
	fi
	docker rm "$c" >/dev/null
	for a in sh ip nsenter timeout su; do
		grep -q " bin/$a -> /bin/busybox$" "$DK_TMP/$role.files" ||
			fail "$img: no busybox applet /bin/$a"
	done
	out=$(docker run --rm --network none --entrypoint /bin/$bin "$img" --version)
	[ "$out" = "$bin $version" ] || fail "$img: $bin --version: '$out' != '$bin $version'"
done
dk_done
