# SPDX-License-Identifier: MIT
# shellcheck shell=sh disable=SC2034
# (SC2034: the RE_* patterns are for the scripts that source this)
#
# Shared by entrypoint/sender.sh and entrypoint/receiver.sh (busybox sh in a
# FROM scratch image).  The contract is the table in docs/docker.md: every
# PKT_* variable maps to one flag, an empty value means "the default", and
# anything wrong ends the container with one line on stderr and exit 2
# (the binaries' own usage code) before a packet is sent.
#
# The caller sets ROLE (sender|receiver) and MINE (the PKT_* names this
# role reads), then calls env_check_names and the env_* checks.

# Names each role reads, and names only the host side (compose) reads.
SENDER_VARS="PKT_MODE PKT_DST PKT_PORT PKT_COUNT PKT_RATE PKT_SIZE PKT_BATCH \
PKT_IFACE PKT_VLAN PKT_DURATION PKT_FORMAT PKT_LINGER PKT_DST_MAC PKT_ONLINK \
PKT_CONNECT PKT_RX_MODE PKT_RX_THREADS PKT_TOKEN PKT_RESULTS PKT_SETUP"
RECEIVER_VARS="PKT_MODE PKT_PORT PKT_COUNT PKT_BATCH PKT_IFACE PKT_VLAN \
PKT_THREADS PKT_IDLE_TIMEOUT PKT_RCVBUF PKT_FORMAT PKT_RESULTS PKT_SETUP \
PKT_SERVER PKT_CONTROL_PORT PKT_MAX_DURATION PKT_TOKEN"
HOST_VARS="PKT_RESULTS_DIR PKT_PARENT PKT_REGISTRY PKT_TAG"

NL='
'

# usage_error MESSAGE: the one line, then exit 2.
usage_error()
{
	echo "$ROLE: $*" >&2
	exit 2
}

# in_list WORD LIST
in_list()
{
	case " $2 " in
	*" $1 "*) return 0 ;;
	esac
	return 1
}

# env_names: the name of every variable this process was started with, one
# a line, read from /proc/$$/environ (NUL-separated) rather than from
# `env`: a newline inside another variable's value then stays part of that
# value (turned into \001 here), and names the shell cannot hold, like
# PKT_FOO-BAR, are still seen.  `env -0` where /proc is missing.
env_names()
{
	{ cat "/proc/$$/environ" 2>/dev/null || env -0; } |
		tr '\n\0' '\001\n' | sed -n 's/=.*//p'
}

# Every PKT_* in the environment must be one this role reads: a typo, a
# variable of the other role or a host-side one is an error, not a no-op.
# So is any other spelling in the namespace (pkt_count, Pkt_Rate,
# PKT_FOO-BAR): Docker passes names as they are, the shell may not.  The
# values this role reads are one line of printable text.
env_check_names()
{
	other=sender
	[ "$ROLE" = sender ] && other=receiver
	names=$(env_names | grep -i '^pkt_')
	while IFS= read -r name; do
		case $name in
		'') continue ;;
		PKT_*[!A-Z0-9_]* | PKT_)
			usage_error "variable '$(printf '%s' "$name" | tr -c 'A-Za-z0-9_.-' '?')' is not a PKT_ name (upper-case letters, digits and _); the $ROLE reads: $MINE"
			;;
		PKT_*) ;;
		*)
			up=$(printf '%s' "$name" | tr 'a-z' 'A-Z' | tr -c 'A-Z0-9_.-' '?')
			usage_error "unknown variable '$(printf '%s' "$name" | tr -c 'A-Za-z0-9_.-' '?')' (names are upper case: $up?); the $ROLE reads: $MINE"
			;;
		esac
		in_list "$name" "$MINE" || env_name_unknown "$name"
		eval "v=\${$name-}"
		case $v in
		*[[:cntrl:]]*)
			usage_error "$name: the value holds a newline or another control character; expected one line of text"
			;;
		esac
	done <<EOF
$names
EOF
}

# env_name_unknown NAME: why this role refuses a well-formed PKT_ name.
env_name_unknown()
{
	if in_list "$1" "$SENDER_VARS $RECEIVER_VARS"; then
		usage_error "$1 applies to the $other only; unset it for the $ROLE"
	elif in_list "$1" "$HOST_VARS"; then
		usage_error "$1 is read by compose on the host, not in the container; unset it here"
	fi
	usage_error "unknown variable $1 (a typo?); the $ROLE reads: $MINE"
}

# matches ERE VALUE: the whole value, one line, matches ERE.
matches()
{
	case $2 in
	*"$NL"*) return 1 ;;
	esac
	printf '%s\n' "$2" | grep -Eqx -- "$1"
}

# env_re NAME ERE WHAT: NAME, when set and not empty, must match ERE.
env_re()
{
	eval "v=\${$1:-}"
	[ -z "$v" ] && return 0
	matches "$2" "$v" || usage_error "$1='$v': expected $3"
}

# env_int NAME MIN MAX
env_int()
{
	eval "v=\${$1:-}"
	[ -z "$v" ] && return 0
	if ! matches '[0-9]{1,10}' "$v" || [ "$v" -lt "$2" ] ||
		[ "$v" -gt "$3" ]; then
		usage_error "$1='$v': expected a whole number in $2..$3"
	fi
}

# The binaries' unit syntax (src/core/units.c).
RE_COUNT='[0-9]+(\.[0-9]+)?[kKMG]?'
RE_TIME='[0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h)?'
RE_BYTES='[0-9]+(B|k|K|KiB|M|MiB)?'
RE_RATE='0|max|unlimited|[0-9]+(\.[0-9]+)?(k|K|M|G|kbit|Kbit|Mbit|Gbit|kbps|Mbps|Gbps|pps|kpps|Kpps|Mpps|Gpps)?'
# Dotted quad, each octet 0..255 without leading zeros (as inet_pton).
RE_OCTET='(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])'
RE_IPV4="$RE_OCTET(\\.$RE_OCTET){3}"
# A DNS name: labels of 1..63 letters, digits, '-' (not at either end) and
# '_' (compose's container names); the whole at most 253 characters.
RE_LABEL='[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?'
RE_HOST="$RE_LABEL(\\.$RE_LABEL)*"
RE_MAC='[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}'

# The checks both roles share.  PKT_MODE and PKT_IFACE get their defaults.
env_check_common()
{
	PKT_MODE=${PKT_MODE:-udp}
	case $PKT_MODE in
	udp | mmsg | mmap | xdp) ;;
	*) usage_error "PKT_MODE='$PKT_MODE': expected udp, mmsg, mmap or xdp" ;;
	esac
	env_int PKT_PORT 1 65535
	env_re PKT_COUNT "$RE_COUNT" "a packet count like 1000, 100k or 1.5M"
	env_int PKT_BATCH 1 1024
	env_int PKT_VLAN 0 4094
	env_re PKT_FORMAT 'json|csv|text' "json, csv or text"
	if [ -n "${PKT_VLAN:-}" ] && [ "$PKT_MODE" != mmap ] &&
		[ "$PKT_MODE" != xdp ]; then
		usage_error "PKT_VLAN=$PKT_VLAN applies only to PKT_MODE=mmap or xdp (mode is $PKT_MODE)"
	fi
	PKT_IFACE=${PKT_IFACE:-eth0}
	matches '[A-Za-z0-9_.:@-]{1,15}' "$PKT_IFACE" ||
		usage_error "PKT_IFACE='$PKT_IFACE': expected an interface name (at most 15 characters)"
	if [ ! -e "/sys/class/net/$PKT_IFACE" ]; then
		usage_error "PKT_IFACE=$PKT_IFACE: no such interface in this container; have:$(for d in /sys/class/net/*; do printf ' %s' "${d##*/}"; done)"
	fi
}

# env_size: PKT_SIZE, a UDP payload that fits PKT_IFACE's MTU with the
# IPv4 and UDP headers (the binary checks the path MTU once more).
env_size()
{
	env_re PKT_SIZE "$RE_BYTES" "a UDP payload size in bytes like 64 or 1k"
	[ -z "${PKT_SIZE:-}" ] && return 0
	n=${PKT_SIZE%%[!0-9]*}
	[ ${#n} -le 6 ] || n=999999
	case ${PKT_SIZE#"$n"} in
	k | K | KiB) n=$((n * 1024)) ;;
	M | MiB) n=$((n * 1048576)) ;;
	esac
	mtu=$(cat "/sys/class/net/$PKT_IFACE/mtu" 2>/dev/null) || mtu=65535
	if [ "$n" -lt 32 ] || [ "$n" -gt $((mtu - 28)) ]; then
		usage_error "PKT_SIZE=$PKT_SIZE: expected 32..$((mtu - 28)) bytes (IPv4 + UDP + payload within the MTU $mtu of $PKT_IFACE)"
	fi
}

# udp and mmsg run as the unprivileged user of the images' /etc/passwd:
# uid 10001, group 0 (a results directory of group 0 with g+w serves it).
# mmap and xdp stay root: AF_PACKET/AF_XDP need NET_RAW, and Docker gives a
# non-root user no capabilities at all (docs/docker.md).
RUN_USER=pktbench
RUN_UID=10001

# cap_have BIT: this shell's effective capabilities include BIT.
cap_have()
{
	c=$(sed -n 's/^CapEff:[[:space:]]*//p' "/proc/$$/status" 2>/dev/null)
	[ -n "$c" ] && [ $(((0x$c >> $1) & 1)) = 1 ]
}

# priv_plan: true when this root process must switch to RUN_USER before
# it runs the binary; refuses (exit 2) what cannot work.
priv_plan()
{
	uid=$(id -u)
	if [ "$PKT_MODE" = mmap ] || [ "$PKT_MODE" = xdp ]; then
		[ "$uid" = 0 ] ||
			usage_error "PKT_MODE=$PKT_MODE opens AF_PACKET or AF_XDP sockets, which need root with NET_RAW in the container; started as uid $uid (drop --user, or --user 0)"
		return 1
	fi
	[ "$uid" = 0 ] || return 1
	# CAP_SETGID 6, CAP_SETUID 7: what su needs to switch, once
	cap_have 6 && cap_have 7 ||
		usage_error "PKT_MODE=$PKT_MODE runs as the unprivileged user $RUN_USER (uid $RUN_UID): switching needs SETUID and SETGID (--cap-add SETUID --cap-add SETGID), or start as that user (--user $RUN_UID:0)"
	return 0
}

# as_run_user PROG ARGS...: execs PROG as RUN_USER, with no capabilities;
# su keeps the environment.  Its options come first and "--" ends them:
# su would take PROG's own flags (--mode) for its options otherwise.
as_run_user()
{
	exec su -s /bin/sh -c 'exec "$0" "$@"' "$RUN_USER" -- "$@"
}

# Compose runs share a tmpfs volume at $READY_DIR between the two
# containers: the receiver's --ready-file goes there and the sender waits
# for it.  Elsewhere the receiver's is in /tmp, for the image's health check.
READY_DIR=/run/pktbench

ready_shared()
{
	grep -q " $READY_DIR " /proc/mounts 2>/dev/null
}

# env_dst: PKT_DST, required; an IPv4 address or a DNS name.  Digits and
# dots alone are an address, never a name to wait for in DNS (RFC 1123:
# a name's last label is not all-numeric).
env_dst()
{
	[ -n "${PKT_DST:-}" ] ||
		usage_error "PKT_DST is required: the receiver's IPv4 address or name"
	if matches '[0-9.]+' "$PKT_DST"; then
		matches "$RE_IPV4" "$PKT_DST" ||
			usage_error "PKT_DST='$PKT_DST': not an IPv4 address; expected four numbers 0..255 like 10.231.9.9, or a DNS name"
		return 0
	fi
	if [ ${#PKT_DST} -gt 253 ] || ! matches "$RE_HOST" "$PKT_DST"; then
		usage_error "PKT_DST='$PKT_DST': expected an IPv4 address like 10.231.9.9 or a DNS name (labels of letters, digits, '-' and '_', at most 253 characters)"
	fi
}

# resolve_ipv4 NAME TRIES: an IPv4 literal as it is, else /etc/hosts
# (extra_hosts), else the receiver's own entry in the shared ready volume,
# else DNS (Docker's embedded resolver), retried once a second.
resolve_ipv4()
{
	if matches "$RE_IPV4" "$1"; then
		echo "$1"
		return 0
	fi
	i=0
	while [ "$i" -lt "$2" ]; do
		a=$(cat /etc/hosts "$READY_DIR/hosts" 2>/dev/null | awk -v n="$1" '
			$1 ~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/ {
				for (i = 2; i <= NF && $i !~ /^#/; i++)
					if ($i == n) { print $1; exit }
			}')
		[ -z "$a" ] && a=$(nslookup "$1" 2>/dev/null | awk '
			/^Name:/ { named = 1; next }
			named && /^Address/ && $NF ~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/ {
				print $NF; exit
			}')
		if [ -n "$a" ]; then
			echo "$a"
			return 0
		fi
		i=$((i + 1))
		sleep 1
	done
	return 1
}
