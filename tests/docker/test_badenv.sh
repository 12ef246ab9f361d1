#!/bin/bash
# SPDX-License-Identifier: MIT
# Wrong PKT_* values and names: one clear line on stderr and exit 2, from
# both images, before anything runs; and through compose, whose exit code
# is then the receiver's 2.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

dk_init
dk_need_images

# bad ROLE MESSAGE-PART VAR=VALUE...: docker run the role's image.
bad()
{
	local role=$1 want=$2 out rc lines

	shift 2
	local args=()
	for kv in "$@"; do
		args+=(-e "$kv")
	done
	out=$(timeout 60 docker run --rm --read-only --tmpfs /tmp \
		--cap-drop ALL --cap-add NET_RAW \
		--security-opt no-new-privileges:true \
		-v "$DK_TMP:/results" "${args[@]}" \
		"pktbench/$role:latest" 2>&1 >/dev/null)
	rc=$?
	lines=$(printf '%s\n' "$out" | grep -c .)
	[ $rc = 2 ] || fail "$role $*: exit $rc != 2 ($out)"
	[ "$lines" = 1 ] || fail "$role $*: $lines lines != 1: $out"
	case $out in
	"$role: "*"$want"* | pkt*": "*"$want"*) ;;
	*) fail "$role $*: '$out' does not say '$want'" ;;
	esac
}

D=PKT_DST=10.231.9.9
bad sender "PKT_MODE='xdp'" $D PKT_MODE=xdp
bad receiver "PKT_MODE='UDP'" PKT_MODE=UDP
bad sender "unknown variable PKT_RAET" $D PKT_RAET=1M
bad receiver "unknown variable PKT_COUNTS" PKT_COUNTS=5
bad sender "PKT_THREADS applies to the receiver only" $D PKT_THREADS=2
bad receiver "PKT_RATE applies to the sender only" PKT_RATE=1M
bad sender "PKT_PARENT is read by compose on the host" $D PKT_PARENT=eth0
bad sender "PKT_PORT='0'" $D PKT_PORT=0
bad receiver "PKT_PORT='65536'" PKT_PORT=65536
bad sender "PKT_COUNT='ten'" $D PKT_COUNT=ten
bad sender "PKT_RATE='fast'" $D PKT_RATE=fast
bad sender "PKT_SIZE='64 B'" $D "PKT_SIZE=64 B"
bad sender "PKT_BATCH='0'" $D PKT_BATCH=0
bad receiver "PKT_THREADS='65'" PKT_THREADS=65
bad receiver "PKT_IDLE_TIMEOUT='2 s'" "PKT_IDLE_TIMEOUT=2 s"
bad sender "PKT_DURATION='-1'" $D PKT_DURATION=-1
bad receiver "PKT_FORMAT='xml'" PKT_FORMAT=xml
bad sender "PKT_IFACE=eth7: no such interface" $D PKT_IFACE=eth7
bad receiver "PKT_VLAN=10 applies only to PKT_MODE=mmap" PKT_VLAN=10
bad receiver "PKT_VLAN='4095'" PKT_MODE=mmap PKT_VLAN=4095
bad sender "PKT_DST is required" PKT_MODE=udp
bad sender "PKT_DST='10.0.0.1;reboot'" "PKT_DST=10.0.0.1;reboot"
bad sender "PKT_DST_MAC applies only to PKT_MODE=mmap" $D PKT_DST_MAC=02:00:00:00:00:01
bad sender "PKT_LINGER='forever'" $D PKT_LINGER=forever
bad receiver "PKT_SETUP='../x'" PKT_SETUP=../x
bad receiver "PKT_RESULTS='results'" PKT_RESULTS=results
bad receiver "PKT_RESULTS=/nowhere: no such directory" PKT_RESULTS=/nowhere

bad sender "PKT_SIZE=9000: expected 32.." $D PKT_SIZE=9000
bad sender "PKT_SIZE=16: expected 32.." $D PKT_SIZE=16

# The binaries' own range checks, past the entrypoint's syntax checks:
# still one line and exit 2, naming the flag.
bad sender "--count" $D PKT_COUNT=0
bad receiver "--idle-timeout" PKT_IDLE_TIMEOUT=5us

# Through compose: the run ends at once with the receiver's exit code 2.
dk_up badmode quickstart PKT_MODE=bogus
[ "$DK_RC" = 2 ] || { fail "compose with PKT_MODE=bogus: exit $DK_RC != 2"; dk_show; }
grep -q "receiver: PKT_MODE='bogus': expected udp, mmsg, mmap or xdp" "$DK_LOG" ||
	{ fail "compose with PKT_MODE=bogus: message missing"; dk_show; }
dk_done
