#!/bin/bash
# SPDX-License-Identifier: MIT
# timeout: 300
# The sender image's name resolution is bounded (issue 18, item 15): an
# unresolvable PKT_CONNECT name behind a DNS server that never answers
# took 182 s (30 tries of busybox nslookup's 5 s wait and a 1 s pause),
# while the message said "after 30 s".  Now the entrypoint gives up at
# RESOLVE_SECS (30 s) whatever a lookup costs, and says what failed;
# pktsend's own resolver keeps to --connect-timeout and says it too.
#
# The entrypoint runs as in the image, from a copy of entrypoint/ beside
# busybox's applets and the binaries, as nobody (no switch of user), in a
# namespace of its own whose /etc/resolv.conf (a private mount) names
# 127.0.0.1, where pktrecv listens on UDP port 53 and answers nothing.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

net_init
BB=$(command -v busybox) || t_skip "busybox not found (apt-get install busybox-static)"
command -v unshare >/dev/null || t_skip "unshare (util-linux) not found"
command -v setpriv >/dev/null || t_skip "setpriv (util-linux) not found"

EP=$NET_TMP/ep
mkdir -p "$EP/bin"
chmod 755 "$NET_TMP" "$EP"
"$BB" --install -s "$EP/bin" || fatal "busybox --install failed"
cp -r "$NET_ROOT/entrypoint" "$EP/entrypoint"
cp "$SEND" "$RECV" "$EP/bin/" || fatal "cannot copy the binaries"
echo "nameserver 127.0.0.1" >"$NET_TMP/resolv.conf"

nw_ns dns || fatal "namespace: $NW_ERR"
NS=$TOPO_ID-dns

# the silent DNS server: counts the queries, answers none
ip netns exec "$NS" "$RECV" --port 53 --duration 120s --format json \
	>"$NET_TMP/dns.json" 2>"$NET_TMP/dns.err" &
DNS_PID=$!
NET_PIDS="$NET_PIDS $DNS_PID"
slowwait 5 sh -c "ip netns exec $NS ss -Hlun 'sport = :53' | grep -q ." ||
	fatal "the silent DNS server is not listening: $(cat "$NET_TMP/dns.err")"

# ep_resolve VAR=VALUE...: the sender's entrypoint in NS; EP_RC, EP_OUT
# (stderr) and EP_SECS (wall time).
ep_resolve()
{
	local t0

	t0=$(date +%s)
	EP_OUT=$(ip netns exec "$NS" unshare -m sh -c \
		'mount --bind "$1" /etc/resolv.conf && shift && exec "$@"' sh \
		"$NET_TMP/resolv.conf" timeout 120 \
		setpriv --reuid=65534 --regid=65534 --clear-groups \
		env -i PATH="$EP/bin" PKT_IFACE=lo "$@" \
		"$EP/bin/sh" "$EP/entrypoint/sender.sh" 2>&1 >/dev/null)
	EP_RC=$?
	EP_SECS=$(($(date +%s) - t0))
}

t_case "PKT_CONNECT name, silent DNS: exit 1 within the 30 s bound"
ep_resolve PKT_CONNECT=nosuch-rx.pktbench.test:9001
expect_eq "exit code" "$EP_RC" 1
[ "$EP_SECS" -ge 28 ] && [ "$EP_SECS" -le 34 ] ||
	fail "gave up after $EP_SECS s, want 28..34 s (the bound, 30 s)"
t_case "PKT_CONNECT name, silent DNS: one line saying what failed"
expect_eq "message" "$EP_OUT" "sender: PKT_CONNECT=nosuch-rx.pktbench.test:9001: no IPv4 address after 30 s: not in /etc/hosts or the ready volume, and DNS: server 127.0.0.1 did not answer"
# pktsend's own resolver (outside the image): --connect-timeout bounds
# it, and the line says what failed, not "cannot resolve: Try again"
t_case "pktsend --connect name, silent DNS: exit 2, what failed"
t0=$(date +%s)
err=$(ip netns exec "$NS" unshare -m sh -c \
	'mount --bind "$1" /etc/resolv.conf && shift && exec "$@"' sh \
	"$NET_TMP/resolv.conf" timeout 60 "$SEND" \
	--connect nosuch-rx.pktbench.test:9001 --connect-timeout 2s \
	--count 10 2>&1 >/dev/null)
rc=$?
secs=$(($(date +%s) - t0))
expect_eq "exit code" "$rc" 2
expect_eq "message" "$err" "pktsend: --connect nosuch-rx.pktbench.test: no IPv4 address after 2 s (--connect-timeout): the DNS server did not answer"
# one lookup may outlast the bound by the resolver's own wait (glibc and
# musl: 5 s a try, 2 tries)
[ "$secs" -le 14 ] || fail "gave up after $secs s, want at most 2 s + one lookup"

t_case "PKT_CONNECT name, silent DNS: the server was asked"
kill -INT "$DNS_PID" 2>/dev/null
wait "$DNS_PID" 2>/dev/null
q=$(jq -r '.stats.foreign' \
	"$NET_TMP/dns.json" 2>/dev/null | head -n 1)
case $q in
'' | 0 | null) fail "no query reached the DNS server: ${q:-no result} ($(tail -n 1 "$NET_TMP/dns.err"))" ;;
esac
t_done
