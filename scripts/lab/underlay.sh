# SPDX-License-Identifier: MIT
# shellcheck shell=sh
#
# The lab's underlay: one L2 segment that stands for the wire between
# hosts.  A hub network namespace holds the bridge; every "host" (a lab
# node, the registry) is a network namespace of its own with one veth
# leg, eth0, whose peer is a port of that bridge.  The machine itself gets
# a leg too (for `make push` to the lab's registry), routed, not bridged.
#
# Because the bridge lives in the hub namespace, its frames pass the hub's
# own (empty) netfilter tables under br_netfilter, not the host's FORWARD
# chain: the host's iptables rules are never touched.  Nodes have no
# default route, so nothing of theirs reaches eth0 or beyond.
#
# Sourced by scripts/lab/lab.sh (POSIX sh).  Only this file knows the
# shape of the underlay; it is meant to move into the common topology code
# of networks/ as it is.  Functions return 0 or 1 with the reason in
# UL_ERR; they print nothing on success.
#
#   ul_ip2int A.B.C.D                 the address as an integer
#   ul_overlap NET/LEN NET/LEN        0 when the two prefixes overlap
#   ul_subnet_free NET/LEN            0 when no address or route of this
#                                     host overlaps it
#   ul_hub_up HUB                     namespace HUB with bridge br0, up
#   ul_leg_add HUB NS PORT ADDR/LEN   namespace NS (made if missing) with
#                                     eth0 ADDR/LEN, its peer PORT in br0
#   ul_host_leg HUB HOSTIF ADDR/LEN   veth HOSTIF here (ADDR/LEN), its peer
#                                     "host" in br0
#   ul_port HUB PORT up|down          a bridge port's link: the cable
#   ul_port_state HUB PORT            prints up or down
#   ul_ns_exists NS
#   ul_del HOSTIF NS...               removes the host leg and the
#                                     namespaces (their veths go with them)

UL_ERR=

ul_ip2int()
{
	echo "$1" | awk -F. 'NF == 4 { print (($1 * 256 + $2) * 256 + $3) * 256 + $4 }'
}

# ul_overlap A/LA B/LB: two prefixes overlap when they agree on the
# shorter of the two lengths.
ul_overlap()
{
	awk -v a="$1" -v b="$2" '
	function num(s, p) { split(s, p, "."); return ((p[1] * 256 + p[2]) * 256 + p[3]) * 256 + p[4] }
	BEGIN {
		split(a, x, "/"); split(b, y, "/")
		la = (x[2] == "") ? 32 : x[2]; lb = (y[2] == "") ? 32 : y[2]
		l = la < lb ? la : lb
		m = 2 ^ (32 - l)
		exit !(int(num(x[1]) / m) == int(num(y[1]) / m))
	}'
}

# ul_subnet_free NET/LEN: nothing on this host uses an overlapping prefix
# (addresses and routes of every table).  UL_ERR names the first clash.
ul_subnet_free()
{
	UL_ERR=
	for _ul_p in $( (ip -4 -o addr show | awk '{ print $4 }'
		ip -4 route show table all | awk '$1 ~ /^[0-9.\/]+$/ { print $1 }') |
		sort -u); do
		if ul_overlap "$1" "$_ul_p"; then
			_ul_where=$(ip -4 route show table all | awk -v p="$_ul_p" '$1 == p { print; exit }')
			UL_ERR="subnet $1 is in use on this host ($_ul_p${_ul_where:+: $_ul_where})"
			return 1
		fi
	done
	return 0
}

ul_ns_exists()
{
	[ -e "/run/netns/$1" ]
}

ul_hub_up()
{
	UL_ERR=
	ul_ns_exists "$1" || ip netns add "$1" 2>/dev/null ||
		{ UL_ERR="ip netns add $1 failed"; return 1; }
	ip -n "$1" link set lo up &&
		{ ip -n "$1" link show br0 >/dev/null 2>&1 ||
			ip -n "$1" link add br0 type bridge; } &&
		ip -n "$1" link set br0 up ||
		{ UL_ERR="bridge br0 in $1: cannot create it"; return 1; }
}

# ul_leg_add HUB NS PORT ADDR/LEN
ul_leg_add()
{
	UL_ERR=
	ul_ns_exists "$2" || ip netns add "$2" 2>/dev/null ||
		{ UL_ERR="ip netns add $2 failed"; return 1; }
	if ! ip -n "$1" link show "$3" >/dev/null 2>&1; then
		ip -n "$1" link add "$3" type veth peer name eth0 netns "$2" ||
			{ UL_ERR="veth $3 ($1) / eth0 ($2): cannot create it"; return 1; }
	fi
	ip -n "$1" link set "$3" master br0 up &&
		ip -n "$2" link set lo up &&
		{ ip -n "$2" -4 addr show dev eth0 | grep -q "inet $4 " ||
			ip -n "$2" addr add "$4" dev eth0; } &&
		ip -n "$2" link set eth0 up ||
		{ UL_ERR="$2: eth0 $4: cannot set it up"; return 1; }
}

# ul_host_leg HUB HOSTIF ADDR/LEN
ul_host_leg()
{
	UL_ERR=
	if ! ip link show "$2" >/dev/null 2>&1; then
		ip link add "$2" type veth peer name host netns "$1" ||
			{ UL_ERR="veth $2 / host ($1): cannot create it"; return 1; }
	fi
	ip -n "$1" link set host master br0 up &&
		{ ip -4 addr show dev "$2" | grep -q "inet $3 " ||
			ip addr add "$3" dev "$2"; } &&
		ip link set "$2" up ||
		{ UL_ERR="$2: $3: cannot set it up"; return 1; }
}

# ul_port HUB PORT up|down: pull the cable of one host, or plug it back.
ul_port()
{
	UL_ERR=
	ip -n "$1" link set "$2" "$3" 2>/dev/null ||
		{ UL_ERR="$1: no port $2"; return 1; }
}

ul_port_state()
{
	if ip -n "$1" -o link show "$2" 2>/dev/null | grep -q '[<,]UP[,>]'; then
		echo up
	else
		echo down
	fi
}

# ul_del HOSTIF NS...: idempotent; a namespace still held by a process
# (a mount of its file) disappears with the last of them.
ul_del()
{
	UL_ERR=
	ip link show "$1" >/dev/null 2>&1 && ip link del "$1" 2>/dev/null
	shift
	for _ul_ns in "$@"; do
		ul_ns_exists "$_ul_ns" || continue
		ip netns del "$_ul_ns" 2>/dev/null ||
			UL_ERR="${UL_ERR:+$UL_ERR; }ip netns del $_ul_ns failed"
	done
	[ -z "$UL_ERR" ]
}
