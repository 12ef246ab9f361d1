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
# The entrypoints check names; the binaries check values.  A value goes to
# its flag unchanged, and `pktsend/pktrecv --check` validates the whole
# command line before anything runs, so a variable is accepted exactly
# when its flag is, and refused with the binary's own message, which
# env_check prefixes with the variable's name.
#
# The caller sets ROLE (sender|receiver), TABLE (its table below) and
# MINE (table_names "$TABLE"), then calls env_check_names, env_defaults
# and env_check.

# --- the env -> flag tables, one per image -----------------------------------
#
# One row per variable and use: VARIABLE FLAG DEFAULT WHEN
#   FLAG     the flag its value goes to, unchanged; "-": the entrypoint
#            reads it itself (its script says how)
#   DEFAULT  the value when the variable is unset or empty; "-": none
#            (the binary's own default applies)
#   WHEN     the runs that pass it: "all"; the receiver's "run" (a plain
#            run) or "server" (PKT_SERVER=1)
# Adding a variable is one row here (and one in docs/docker.md's table):
# its name is then accepted for this role and named as the other role's
# by the other, its value is passed and checked, and a refusal names it.
SENDER_TABLE='
PKT_MODE          --mode          udp       all
PKT_DST           --dst           -         all
PKT_PORT          --port          -         all
PKT_COUNT         --count         -         all
PKT_RATE          --rate          -         all
PKT_SIZE          --size          -         all
PKT_BATCH         --batch         -         all
PKT_IFACE         --interface     eth0      all
PKT_VLAN          --vlan          -         all
PKT_DURATION      --duration      -         all
PKT_FORMAT        --format        -         all
PKT_LINGER        --linger        30s       all
PKT_DST_MAC       --dst-mac       -         all
PKT_ONLINK        -               -         all
PKT_CONNECT       --connect       -         all
PKT_RX_MODE       --rx-mode       -         all
PKT_RX_THREADS    --rx-threads    -         all
PKT_TOKEN         -               -         all
PKT_TOKEN_FILE    --token-file    -         all
PKT_RESULTS       -               -         all
PKT_SETUP         -               -         all
'
RECEIVER_TABLE='
PKT_MODE          --mode          udp       run
PKT_PORT          --port          -         all
PKT_PORTS         --ports         -         server
PKT_COUNT         --count         -         run
PKT_BATCH         --batch         -         all
PKT_IFACE         --interface     eth0      all
PKT_VLAN          --vlan          -         run
PKT_THREADS       --threads       -         run
PKT_THREADS       --max-threads   -         server
PKT_IDLE_TIMEOUT  --idle-timeout  2s        run
PKT_RCVBUF        --rcvbuf        -         run
PKT_FORMAT        --format        -         run
PKT_RESULTS       -               /results  run
PKT_SETUP         -               -         run
PKT_SERVER        -               0         all
PKT_CONTROL_PORT  --control-port  -         server
PKT_MAX_DURATION  --max-duration  -         server
PKT_SERVER_MODES  --server-modes  udp,mmsg  server
PKT_METRICS       --metrics       -         server
PKT_CLIENTS       --clients       -         server
PKT_JOIN_TIMEOUT  --join-timeout  -         server
PKT_TOKEN         -               -         server
PKT_TOKEN_FILE    --token-file    -         server
'
# Names only the host side (compose) reads.
HOST_VARS="PKT_RESULTS_DIR PKT_PARENT PKT_REGISTRY PKT_TAG PKT_SENDERS"

# The binaries, where the image has them: /bin beside /entrypoint.
BIN_DIR=${0%/*}/../bin

# table_names TABLE: its variables, each once, in table order.
table_names()
{
	printf '%s\n' "$1" | awk 'NF && !seen[$1]++ {
		printf "%s%s", sep, $1; sep = " "
	}'
}

SENDER_VARS=$(table_names "$SENDER_TABLE")
RECEIVER_VARS=$(table_names "$RECEIVER_TABLE")

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
	# (no PKT_ variable at all is fine: grep's status 1 must not end
	# the script under set -e)
	names=$(env_names | grep -i '^pkt_' || :)
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

# env_when WHEN WHERE: a variable of TABLE that is set (not empty) but none
# of whose rows applies to WHEN would be passed to nothing: it is refused,
# naming WHERE it applies (run before env_defaults, which fills in the
# defaults of every row).
env_when()
{
	for _var in $(printf '%s\n' "$TABLE" | awk -v w="$1" 'NF == 4 {
		if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }
		if ($4 == "all" || $4 == w) ok[$1] = 1
	} END { for (i = 1; i <= n; i++) if (!(order[i] in ok)) print order[i] }'); do
		eval "_val=\${$_var:-}"
		[ -z "$_val" ] || usage_error "$_var applies to $2; unset it for this run"
	done
}

# matches ERE VALUE: the whole value, one line, matches ERE.
matches()
{
	case $2 in
	*"$NL"*) return 1 ;;
	esac
	printf '%s\n' "$2" | grep -Eqx -- "$1"
}

# env_show VALUE: the value for a one-line message: every byte that is not
# printable ASCII as ? (the range ' -~': busybox's tr -c '[:print:]'
# replaces every byte), and a value of more than 300 bytes (longer than
# any the images take: a DNS name is at most 253) cut to its first 300
# and its length ("...(100000 bytes)"), so that no value makes a message
# longer than a line.
env_show()
{
	_sh=$(printf '%s' "$1" | tr -c ' -~' '?' | cut -c1-300)
	[ "${#1}" -gt 300 ] && _sh="$_sh...(${#1} bytes)"
	printf '%s' "$_sh"
}

# env_re NAME ERE WHAT: NAME, when set and not empty, must match ERE.  Only
# for what the entrypoint reads itself: every other value is the binary's.
env_re()
{
	eval "v=\${$1:-}"
	[ -z "$v" ] && return 0
	matches "$2" "$v" || usage_error "$1='$(env_show "$v")': expected $3"
}

# Dotted quad, each octet 0..255 without leading zeros (as inet_pton).
RE_OCTET='(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])'
RE_IPV4="$RE_OCTET(\\.$RE_OCTET){3}"
# A DNS name: labels of 1..63 letters, digits, '-' (not at either end) and
# '_' (compose's container names); the whole at most 253 characters.
RE_LABEL='[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?'
RE_HOST="$RE_LABEL(\\.$RE_LABEL)*"

# env_defaults: every variable of TABLE that is unset or empty gets its
# default, so that the script and the flags see the same value.
env_defaults()
{
	eval "$(printf '%s\n' "$TABLE" | awk 'NF == 4 && $3 != "-" {
		printf "%s=${%s:-%s}\n", $1, $1, $3 }')"
}

# The interface is a fact of the container, not a value: the binary would
# refuse it too, but here the line can list those there are.
env_iface()
{
	[ -e "/sys/class/net/$PKT_IFACE" ] && [ -n "${PKT_IFACE##*/*}" ] ||
		usage_error "PKT_IFACE=$(env_show "$PKT_IFACE"): no such interface in this container; have:$(for d in /sys/class/net/*; do printf ' %s' "${d##*/}"; done)"
}

# sh_quote VALUE: VALUE as one single-quoted shell word.
sh_quote()
{
	printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

# env_args WHEN: " FLAG 'VALUE'" for every row of TABLE that applies to
# WHEN, has a flag and a value, quoted for eval ('set -- ...').
env_args()
{
	printf '%s\n' "$TABLE" | while read -r var flag def when; do
		[ -n "$var" ] && [ "$flag" != - ] || continue
		[ "$when" = all ] || [ "$when" = "$1" ] || continue
		eval "v=\${$var:-}"
		[ -n "$v" ] || continue
		printf ' %s %s' "$flag" "$(sh_quote "$v")"
	done
}

# env_check PROG WHEN [FLAG...] -- ARGS...: PROG --check validates the
# values: first the variables' flags (with the FLAGs the script always
# passes) alone, so that a refusal is theirs and names the variable, then
# with ARGS (the command line's own flags, which win).  A refusal ends the
# container with the binary's line, exit 2.
env_check()
{
	_prog=$1 _when=$2 _env=
	shift 2
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		_env="$_env $(sh_quote "$1")"
		shift
	done
	shift
	_env="$_env $(env_args "$_when")"
	eval "check_run \"\$_prog\" $_env"
	[ "$CHECK_RC" = 0 ] || env_refused "$_prog" "$_when"
	eval "check_run \"\$_prog\" $_env \"\$@\""
	[ "$CHECK_RC" = 0 ] || env_refused "$_prog" ""
}

# check_run PROG ARGS...: CHECK_RC and CHECK_OUT (stderr) of PROG --check.
check_run()
{
	_p=$1
	shift
	# (set -e: a failing substitution must not end the script here)
	CHECK_OUT=$("$BIN_DIR/$_p" --check "$@" 2>&1 >/dev/null) &&
		CHECK_RC=0 || CHECK_RC=$?
}

# env_refused PROG WHEN: the binary's one line, after the variable whose
# row passed the flag it names first (WHEN empty: the command line's own
# flags may have, so none is named).  Not a usage error (the binary
# missing, a crash): its output and its exit code.
env_refused()
{
	msg=${CHECK_OUT#"$1: "} var=
	if [ "$CHECK_RC" != 2 ]; then
		echo "$ROLE: $1 --check: exit $CHECK_RC: $CHECK_OUT" >&2
		exit "$CHECK_RC"
	fi
	[ -n "$2" ] && var=$(env_blame "$2" "$msg")
	[ -n "$var" ] && usage_error "$var: $msg"
	usage_error "$msg"
}

# env_blame WHEN MESSAGE: "VAR='value'" of the set variable whose row for
# WHEN passes the first --flag MESSAGE names; nothing if none.
env_blame()
{
	flag=$(printf '%s\n' "$2" | awk '{
		for (i = 1; i <= NF; i++)
			if ($i ~ /^--[a-z]/) {
				sub(/[^a-z0-9-].*$/, "", $i); print $i; exit
			} }')
	for var in $(printf '%s\n' "$TABLE" | awk -v f="$flag" -v w="$1" \
		'$2 == f && ($4 == "all" || $4 == w) { print $1 }'); do
		eval "v=\${$var:-}"
		[ -n "$v" ] && { printf "%s='%s'" "$var" "$(env_show "$v")"; return; }
	done
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

# server_plan ARGS...: for PKT_SERVER=1, given pktrecv's arguments (the
# last --server-modes wins, as in pktrecv): true when this root process
# must switch to RUN_USER; refuses (exit 2) what cannot work.  The socket
# modes alone need no capability: RUN_USER, none at all.  mmap and xdp
# need root and their capabilities, which must be there: pktrecv then
# keeps only those (--server-modes) and drops every other before its
# first client.
server_plan()
{
	_modes=
	while [ $# -gt 0 ]; do
		case $1 in
		--server-modes) _modes=${2:-} && shift ;;
		--server-modes=*) _modes=${1#*=} ;;
		esac
		shift
	done
	_uid=$(id -u)
	case ",$_modes," in
	*,mmap,* | *,xdp,*) ;;
	*)
		[ "$_uid" = 0 ] || return 1
		cap_have 6 && cap_have 7 ||
			usage_error "PKT_SERVER_MODES=$_modes runs as the unprivileged user $RUN_USER (uid $RUN_UID): switching needs SETUID and SETGID (--cap-add SETUID --cap-add SETGID), or start as that user (--user $RUN_UID:0)"
		return 0
		;;
	esac
	[ "$_uid" = 0 ] ||
		usage_error "PKT_SERVER_MODES=$_modes: mmap and xdp open AF_PACKET or AF_XDP sockets, which need root with NET_RAW in the container; started as uid $_uid (drop --user, or serve only udp,mmsg)"
	_miss=
	cap_have 13 || _miss=" NET_RAW"
	case ",$_modes," in
	*,xdp,*)
		cap_have 12 || _miss="$_miss NET_ADMIN"
		cap_have 21 || cap_have 39 || _miss="$_miss SYS_ADMIN"
		;;
	esac
	[ -z "$_miss" ] ||
		usage_error "PKT_SERVER_MODES=$_modes needs$_miss in the container (--cap-add$(echo "$_miss" | sed 's/ / --cap-add /g' | sed 's/^ --cap-add//'); xdp: networks/xdp.yml); pktrecv keeps those and drops every other"
	return 1
}

# server_token_warn ARGS...: one line when the server takes clients
# without a shared secret (pktrecv's --token, --token-file, PKT_TOKEN or
# PKT_TOKEN_FILE).
server_token_warn()
{
	if [ -n "${PKT_TOKEN:-}" ] || [ -n "${PKT_TOKEN_FILE:-}" ]; then
		return 0
	fi
	for _a; do
		case $_a in
		--token | --token=* | --token-file | --token-file=*) return 0 ;;
		esac
	done
	echo "$ROLE: warning: no token (PKT_TOKEN or PKT_TOKEN_FILE): any host that reaches the control port can start runs here" >&2
}

# as_run_user PROG ARGS...: execs PROG as RUN_USER, with no capabilities;
# su keeps the environment.  Its options come first and "--" ends them:
# su would take PROG's own flags (--mode) for its options otherwise.
as_run_user()
{
	exec su -s /bin/sh -c 'exec "$0" "$@"' "$RUN_USER" -- "$@"
}

# results_prepare DIR SWITCH: a results directory root owns (Docker makes
# a missing bind source so; mktemp -d makes it 0700) gets what the user
# who writes there needs, and no more: with SWITCH 1 (RUN_USER, group 0)
# group 0 and g+wx, else (root writes) u+wx.  The owner may do that
# without any capability; where it cannot (a read-only mount),
# results_probe then says what is missing.
results_prepare()
{
	[ "$(stat -c %u "$1")" = 0 ] || return 0
	if [ "$2" = 1 ]; then
		chgrp 0 "$1" 2>/dev/null || :
		chmod g+wx "$1" 2>/dev/null || :
	else
		chmod u+wx "$1" 2>/dev/null || :
	fi
}

# results_probe VAR DIR: this user can create a file in DIR, or one line
# naming the mode bits it lacks (write, search) and how to add them,
# exit 2.
results_probe()
{
	_p=$2/.pktbench-probe.$$
	if _e=$(touch "$_p" 2>&1); then
		rm -f "$_p"
		return 0
	fi
	# shellcheck disable=SC2046	# mode, owner and group: three words
	set -- "$1" "$2" $(stat -c '%a %u %g' "$2")
	_uid=$(id -u) _gid=$(id -g)
	if [ "$_uid" = "$4" ]; then
		_cls=owner _who=u _sh=6
	elif in_list "$5" "$(id -G)"; then
		_cls=group _who=g _sh=3
	else
		_cls=other _who=o _sh=0
	fi
	_bits=$(((0$3 >> _sh) & 7)) _miss=
	[ $((_bits & 2)) = 0 ] && _miss=w
	[ $((_bits & 1)) = 0 ] && _miss=${_miss}x
	[ -n "$_miss" ] ||
		usage_error "$1=$2: mode 0$3 lets uid $_uid write there, yet creating a file fails: ${_e#touch: }"
	_how="chmod $_who+$_miss on the host directory"
	[ "$_cls" = other ] && [ "$_gid" = 0 ] &&
		_how="$_how, or chgrp 0 and chmod g+wx it, or start the container as its owner (--user $4:0)"
	case $_miss in
	wx) _what="write and search (w, x)" ;;
	w) _what="write (w)" ;;
	*) _what="search (x)" ;;
	esac
	usage_error "$1=$2: mode 0$3, owner uid $4, group $5: uid $_uid (group $_gid) writes there as '$_cls', which lacks $_what: $_how"
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
			usage_error "PKT_DST='$(env_show "$PKT_DST")': not an IPv4 address; expected four numbers 0..255 like 10.231.9.9, or a DNS name"
		return 0
	fi
	if [ ${#PKT_DST} -gt 253 ] || ! matches "$RE_HOST" "$PKT_DST"; then
		usage_error "PKT_DST='$(env_show "$PKT_DST")': expected an IPv4 address like 10.231.9.9 or a DNS name (labels of letters, digits, '-' and '_', at most 253 characters)"
	fi
}

# The bound on name resolution, in seconds: the sender waits this long in
# all for its names to appear (Docker's DNS learns a container's name when
# it starts), whatever each lookup costs.
RESOLVE_SECS=30

# now_s: seconds of a monotonic clock (the kernel's uptime).
now_s()
{
	read -r _up _ </proc/uptime 2>/dev/null || _up=$(date +%s)
	echo "${_up%%.*}"
}

# resolve_ipv4 NAME DEADLINE: RESOLVED, the IPv4 address of NAME, by
# now_s DEADLINE.  An IPv4 literal as it is, else /etc/hosts (extra_hosts),
# else the receiver's own entry in the shared ready volume, else DNS
# (Docker's embedded resolver), retried once a second.  A lookup is cut at
# the deadline: busybox nslookup waits 5 s for a silent server, and a
# count of tries (30 of them: 182 s) bounded nothing.  On failure
# RESOLVE_WHY says what failed, from the last lookup.
resolve_ipv4()
{
	RESOLVED='' RESOLVE_WHY=''
	if matches "$RE_IPV4" "$1"; then
		RESOLVED=$1
		return 0
	fi
	while :; do
		RESOLVED=$(cat /etc/hosts "$READY_DIR/hosts" 2>/dev/null | awk -v n="$1" '
			$1 ~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/ {
				for (i = 2; i <= NF && $i !~ /^#/; i++)
					if ($i == n) { print $1; exit }
			}')
		[ -n "$RESOLVED" ] && return 0
		_left=$(($2 - $(now_s)))
		[ "$_left" -ge 1 ] || break
		# (the braces keep ash's "Terminated" for a cut lookup off stderr)
		_out=$({ timeout "$_left" nslookup "$1" 2>&1; } 2>/dev/null) &&
			_rc=0 || _rc=$?
		RESOLVED=$(printf '%s\n' "$_out" | awk '
			/^Name:/ { named = 1; next }
			named && /^Address/ && $NF ~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/ {
				print $NF; exit
			}')
		[ -n "$RESOLVED" ] && return 0
		RESOLVE_WHY=$(dns_why "$_rc" "$_out")
		[ $(($2 - $(now_s))) -ge 2 ] || break
		sleep 1
	done
	RESOLVE_WHY="not in /etc/hosts or the ready volume, and DNS: ${RESOLVE_WHY:-not asked}"
	return 1
}

# dns_why RC OUTPUT: what nslookup's answer says failed, in a few words.
dns_why()
{
	_srv=$(awk '$1 == "nameserver" { print $2; exit }' /etc/resolv.conf 2>/dev/null)
	_srv="server ${_srv:-none in /etc/resolv.conf}"
	# 124 and above: timeout cut it (busybox: 143)
	if [ "$1" -ge 124 ]; then
		echo "$_srv did not answer"
		return
	fi
	case $2 in
	*"timed out"* | *"no servers could be reached"*)
		echo "$_srv did not answer" ;;
	*NXDOMAIN*) echo "$_srv: no such name (NXDOMAIN)" ;;
	*SERVFAIL*) echo "$_srv failed (SERVFAIL: it could not ask further)" ;;
	*REFUSED*) echo "$_srv refused the query" ;;
	*"Connection refused"*) echo "$_srv: connection refused (no DNS server there)" ;;
	*"No answer"* | *Name:*) echo "$_srv: the name has no IPv4 address" ;;
	*) echo "$_srv: $(printf '%s' "$2" | tr -c ' -~' ' ' | cut -c1-120)" ;;
	esac
}
