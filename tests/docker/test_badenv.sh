#!/bin/bash
# SPDX-License-Identifier: MIT
# Wrong PKT_* values and names: one clear line on stderr and exit 2, from
# both images, before anything runs; and through compose, whose exit code
# is then the receiver's 2.
#
# First the entrypoints' own logic, run from a copy of entrypoint/ beside
# busybox's applets and the static binaries (make static), as in the
# images (no Docker needed): the PKT_DST syntax, values with a newline,
# odd spellings in the PKT_ namespace, and newlines inside other
# variables.  Then the images.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

BB=$(command -v busybox) || { echo "busybox not found (apt-get install busybox-static)"; exit 1; }
EP_DIR=$(mktemp -d "${TMPDIR:-/tmp}/pktbench-ep.XXXXXX") || exit 1
trap 'rm -rf "$EP_DIR"' EXIT
mkdir "$EP_DIR/bin" "$EP_DIR/results"
chmod 755 "$EP_DIR"
chmod 777 "$EP_DIR/results"
command -v setpriv >/dev/null || { echo "setpriv (util-linux) not found"; exit 1; }
"$BB" --install -s "$EP_DIR/bin" || { echo "busybox --install failed"; exit 1; }
# the images' shape: /entrypoint beside /bin, which has the binaries
cp -r "$DK_ROOT/entrypoint" "$EP_DIR/entrypoint"
for p in pktsend pktrecv; do
	cp "$DK_ROOT/build/static/$p" "$EP_DIR/bin/" ||
		{ echo "no build/static/$p: make static first"; exit 1; }
done

# ep ROLE VAR=VALUE...: runs the role's entrypoint with only these
# variables (and lo as PKT_IFACE), "--version" as its own argument so that
# a run that passes every check only asks pkt* for its version; sets
# EP_RC and EP_OUT (stderr).  A check that waited
# for DNS would meet the timeout.
ep()
{
	local role=$1

	shift
	EP_OUT=$(cd "$EP_DIR" && timeout 20 $EP_AS env -i PATH="$EP_DIR/bin" \
		PKT_IFACE=lo "$@" "$EP_DIR/bin/sh" \
		"$EP_DIR/entrypoint/$role.sh" --version 2>&1 >/dev/null)
	EP_RC=$?
}
# as nobody, as in an image started with --user: no switch of user to test
EP_USER="setpriv --reuid=65534 --regid=65534 --clear-groups"
EP_AS=$EP_USER

# ep_bad ROLE MESSAGE-PART VAR=VALUE...: exit 2, one line, saying it.
ep_bad()
{
	local role=$1 want=$2 lines

	shift 2
	t_case "entrypoint $role $*: refused"
	ep "$role" "$@"
	lines=$(printf '%s\n' "$EP_OUT" | grep -c .)
	[ "$EP_RC" = 2 ] || fail "entrypoint $role $*: exit $EP_RC != 2 ($EP_OUT)"
	[ "$lines" = 1 ] || fail "entrypoint $role $*: $lines lines != 1: $EP_OUT"
	case $EP_OUT in
	"$role: "*"$want"*) ;;
	*) fail "entrypoint $role $*: '$EP_OUT' does not say '$want'" ;;
	esac
}

# ep_good ROLE VAR=VALUE...: every check passes; the role's message
# prefix never appears (exit 0 or 127: /bin/pkt* --version, or none here).
ep_good()
{
	local role=$1

	shift
	t_case "entrypoint $role $*: accepted"
	ep "$role" "$@"
	case $EP_RC in
	0 | 127) ;;
	*) fail "entrypoint $role $*: exit $EP_RC, want a pass ($EP_OUT)" ;;
	esac
	case $EP_OUT in
	*"$role: "*) fail "entrypoint $role $*: refused: $EP_OUT" ;;
	esac
}

R=PKT_RESULTS=$EP_DIR/results
NL='
'
for a in 999.1.1.1 256.0.0.1 10.0.0.256 10.0.0 1.2.3.4.5 01.2.3.4 10..0.1 \
	1.2.3.4.; do
	ep_bad sender "PKT_DST='$a': not an IPv4 address" "PKT_DST=$a"
done
for a in -rx.example rx-.example a..b 'rx example' 'rx;reboot' \
	"$(printf 'a%.0s' $(seq 64)).example" \
	"$(printf 'abcdefgh.%.0s' $(seq 29))x"; do
	ep_bad sender "PKT_DST='$a': expected an IPv4 address" "PKT_DST=$a"
done
for a in 10.231.9.9 223.255.255.254 0.0.0.1 localhost; do
	ep_good sender "PKT_DST=$a"
done
ep_bad sender "PKT_DST: the value holds a newline" "PKT_DST=10.0.0.1${NL}10.0.0.2"
ep_bad sender "PKT_COUNT: the value holds a newline" PKT_DST=10.0.0.1 "PKT_COUNT=5${NL}"
ep_bad sender "PKT_RATE: the value holds a newline" PKT_DST=10.0.0.1 "PKT_RATE=1M$(printf '\r')"
ep_bad receiver "PKT_SETUP: the value holds a newline" "$R" "PKT_SETUP=a${NL}b"
ep_bad sender "variable 'PKT_FOO-BAR' is not a PKT_ name" PKT_DST=10.0.0.1 PKT_FOO-BAR=1
ep_bad receiver "variable 'PKT_RATE.X' is not a PKT_ name" "$R" PKT_RATE.X=1
ep_bad receiver "variable 'PKT_' is not a PKT_ name" "$R" PKT_=1
ep_bad receiver "unknown variable 'pkt_count' (names are upper case: PKT_COUNT?)" "$R" pkt_count=5
ep_bad sender "unknown variable 'Pkt_Rate' (names are upper case: PKT_RATE?)" PKT_DST=10.0.0.1 Pkt_Rate=1M
# a newline inside another variable never makes a PKT_ name appear
ep_good sender PKT_DST=10.0.0.1 "FOO=x${NL}PKT_EVIL=1"
ep_good receiver "$R" "NOTES=run 1${NL}PKT_MODE=xdp${NL}pkt_count=1"
ep_bad sender "PKT_DST is required" "FOO=x${NL}PKT_DST=10.0.0.1"
# and a real one with such a value still counts
ep_bad sender "unknown variable PKT_EVIL" PKT_DST=10.0.0.1 "PKT_EVIL=x${NL}y"

# a value in a message is one short line: bytes that are not printable
# ASCII as ?, and at most 300 of them, then the length
t_case "entrypoint: a 100000-byte value is cut to 300 bytes and its length"
x300=$(printf '%0300d' 0 | tr 0 x)
ep receiver "PKT_SERVER=$(head -c 100000 /dev/zero | tr '\0' x)"
expect_eq "exit" "$EP_RC" 2
expect_eq "message" "$EP_OUT" "receiver: PKT_SERVER='$x300...(100000 bytes)': expected 0 or 1"
ep sender "PKT_DST=$(printf '%0400d' 0 | tr 0 a)"
expect_eq "exit (a 400-byte PKT_DST)" "$EP_RC" 2
expect_eq "message (a 400-byte PKT_DST)" "$EP_OUT" "sender: PKT_DST='$(printf '%0300d' 0 | tr 0 a)...(400 bytes)': expected an IPv4 address like 10.231.9.9 or a DNS name (labels of letters, digits, '-' and '_', at most 253 characters)"
t_case "entrypoint: non-ASCII bytes of a value shown as ?, printable ones kept"
ep receiver "PKT_SERVER=1$(printf '\303\251')"
expect_eq "exit (PKT_SERVER=1 and an e-acute)" "$EP_RC" 2
expect_eq "message (PKT_SERVER=1 and an e-acute)" "$EP_OUT" "receiver: PKT_SERVER='1??': expected 0 or 1"

# busybox's tr -c '[:print:]' replaced every byte: a resolver's odd reply
# came out as spaces
t_case "entrypoint: a resolver reply dns_why does not know is shown, one line"
r=$(cd "$EP_DIR" && env -i PATH="$EP_DIR/bin" "$EP_DIR/bin/sh" -c \
	'. entrypoint/lib.sh; dns_why 1 "Server: 127.0.0.11
odd reply"')
case $r in
"server "*": Server: 127.0.0.11 odd reply") ;;
*) fail "dns_why: '$r'" ;;
esac

# a variable of the other kind of run is refused, not passed to nothing
ep_bad receiver "PKT_CLIENTS applies to server mode only (PKT_SERVER=1); unset it for this run" \
	"$R" PKT_CLIENTS=2
ep_bad receiver "PKT_TOKEN applies to server mode only (PKT_SERVER=1)" "$R" PKT_TOKEN=s3cret
ep_bad receiver "PKT_TOKEN_FILE applies to server mode only (PKT_SERVER=1)" "$R" PKT_TOKEN_FILE=/run/t
ep_bad receiver "PKT_COUNT applies to plain runs only (PKT_SERVER unset or 0)" \
	PKT_SERVER=1 PKT_COUNT=1000
ep_bad receiver "PKT_RESULTS applies to plain runs only (PKT_SERVER unset or 0)" \
	PKT_SERVER=1 "$R"
ep_bad receiver "PKT_SERVER='2': expected 0 or 1" PKT_SERVER=2 PKT_COUNT=1000
ep_bad sender "PKT_TOKEN applies to PKT_CONNECT runs only (the control channel's secret); unset it for this run" \
	PKT_DST=10.0.0.1 PKT_TOKEN=s3cret
# empty is unset (compose's ${VAR:-}), and each kind of run keeps its own
ep_good receiver "$R" PKT_CLIENTS= PKT_TOKEN= PKT_COUNT=1000
ep_good receiver PKT_SERVER=1 PKT_COUNT= PKT_RESULTS= PKT_CLIENTS=2 PKT_TOKEN=s3cret
ep_good sender PKT_DST=10.0.0.1 PKT_TOKEN=

# who runs what: mmap needs root; root without SETUID/SETGID cannot
# switch to the run user of udp and mmsg, and says how to fix that
ep_bad sender "PKT_MODE=mmap opens AF_PACKET or AF_XDP sockets, which need root" \
	PKT_MODE=mmap PKT_DST=10.0.0.1
ep_bad receiver "PKT_MODE=mmap opens AF_PACKET or AF_XDP sockets, which need root" \
	"$R" PKT_MODE=mmap
if [ "$(id -u)" = 0 ]; then
	EP_AS="setpriv --bounding-set=-setuid,-setgid --inh-caps=-all"
	ep_bad sender "switching needs SETUID and SETGID" PKT_DST=10.0.0.1
	ep_bad receiver "switching needs SETUID and SETGID" "$R" PKT_MODE=mmsg
	EP_AS=$EP_USER
fi

# Without a Docker engine the checks above are the verdict.
if ! timeout 20 docker info >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
	[ "$T_FAILS" = 0 ] || t_done
fi
trap - EXIT
rm -rf "$EP_DIR"

dk_init
dk_need_images

# bad ROLE MESSAGE-PART VAR=VALUE...: docker run the role's image.
bad()
{
	local role=$1 want=$2 out rc lines

	shift 2
	t_case "image $role $*: refused"
	local args=()
	for kv in "$@"; do
		args+=(-e "$kv")
	done
	out=$(timeout 60 docker run --rm --read-only --tmpfs /tmp \
		--cap-drop ALL --cap-add NET_RAW --cap-add SETUID \
		--cap-add SETGID --security-opt no-new-privileges:true \
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
bad sender "PKT_MODE='dpdk'" $D PKT_MODE=dpdk
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
bad receiver "PKT_RCVBUF='4 k'" "PKT_RCVBUF=4 k"
bad receiver "--rcvbuf applies only to --mode" PKT_MODE=mmap PKT_RCVBUF=4k
bad receiver "--rcvbuf" PKT_RCVBUF=512
bad sender "PKT_DURATION='-1'" $D PKT_DURATION=-1
bad receiver "PKT_FORMAT='xml'" PKT_FORMAT=xml
bad sender "PKT_IFACE=eth7: no such interface" $D PKT_IFACE=eth7
bad receiver "PKT_VLAN='10': --vlan applies only to --mode mmap" PKT_VLAN=10
bad receiver "PKT_VLAN='4095'" PKT_MODE=mmap PKT_VLAN=4095
bad sender "PKT_DST is required" PKT_MODE=udp
bad sender "PKT_DST='10.0.0.1;reboot'" "PKT_DST=10.0.0.1;reboot"
bad sender "PKT_DST_MAC='02:00:00:00:00:01': --dst-mac applies only to --mode mmap" $D PKT_DST_MAC=02:00:00:00:00:01
bad sender "PKT_LINGER='forever'" $D PKT_LINGER=forever
bad receiver "PKT_SETUP='../x'" PKT_SETUP=../x
bad receiver "PKT_RESULTS='results'" PKT_RESULTS=results
bad receiver "PKT_RESULTS=/nowhere: no such directory" PKT_RESULTS=/nowhere

# the entrypoint checks above, once through a real container
bad sender "PKT_DST='999.1.1.1': not an IPv4 address" PKT_DST=999.1.1.1
bad sender "variable 'PKT_FOO-BAR' is not a PKT_ name" $D PKT_FOO-BAR=1
bad receiver "unknown variable 'pkt_count'" pkt_count=5
bad sender "PKT_COUNT: the value holds a newline" $D "PKT_COUNT=5${NL}6"

bad sender "PKT_SIZE='9000': --size 9000: accepted 32.." $D PKT_SIZE=9000
bad sender "PKT_SIZE='16': --size '16': out of range; accepted 32.." $D PKT_SIZE=16

# The binaries' range checks, as all value checks: one line and exit 2,
# naming the variable and the flag.
bad sender "--count" $D PKT_COUNT=0
bad receiver "--idle-timeout" PKT_IDLE_TIMEOUT=5us

# Through compose: the run ends at once with the receiver's exit code 2.
t_case "compose with PKT_MODE=bogus: exit 2"
dk_up badmode quickstart PKT_MODE=bogus
[ "$DK_RC" = 2 ] || { fail "compose with PKT_MODE=bogus: exit $DK_RC != 2"; dk_show; }
grep -q "receiver: PKT_MODE='bogus': --mode 'bogus': unknown mode; accepted udp, mmsg, mmap, xdp" "$DK_LOG" ||
	{ fail "compose with PKT_MODE=bogus: message missing"; dk_show; }
t_done
