#!/bin/bash
# SPDX-License-Identifier: MIT
# One place builds topologies: no file of the tree but those allowed below
# creates a network namespace (ip netns add), a veth, bridge, macvlan or
# VLAN link (ip link add ... type ...) or an Open vSwitch bridge or port
# (ovs-vsctl add-br, add-port).  Everything else calls the topology home,
# networks/lib-setup.sh (topo_up, topo_underlay, nw_*).  Read as text:
# continuation lines are joined, comments skipped; prose (*.md, docs/) and
# data are not code.  No root, no network.
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/../lib.sh"
root=$(cd "$(dirname "$0")/../.." && pwd)

# The files allowed to build, one per line, with the reason.
ALLOW='
networks/lib-setup.sh	the topology home itself
tests/net/test_topo_home.sh	this test: the patterns it looks for
'

# builders FILE...: "file:line: text" of each command that builds.
builders()
{
	awk '
		FNR == 1 { held = "" }
		{
			line = $0
			if (held != "") { line = held " " line; held = "" }
			if (line ~ /\\$/) { held = substr(line, 1, length(line) - 1); next }
			if (line ~ /^[ \t]*#/)
				next
			# a command word "ip" (or "nw_ip"), options, then the verb
			if (line ~ /(^|[ \t;&|({`])(ip|nw_ip)([ \t]+[^ \t]+)*[ \t]+netns[ \t]+add([ \t]|$)/ ||
			    (line ~ /(^|[ \t;&|({`])(ip|nw_ip)([ \t]+[^ \t]+)*[ \t]+link[ \t]+add[ \t]/ &&
			     line ~ /[ \t]type[ \t]+(veth|bridge|macvlan|vlan)([ \t;&|)]|$)/) ||
			    line ~ /(^|[ \t;&|({`])ovs-vsctl([ \t]+[^ \t]+)*[ \t]+add-(br|port)([ \t]|$)/)
				printf "%s:%d: %s\n", FILENAME, FNR, line
		}' "$@"
}

t_case "the matcher: finds builders across continuation lines, not comments or messages"
cat >"${TMPDIR:-/tmp}/topo-home.$$" <<'EOF'
ip netns add x
	ip -n "$ns" link add name a type veth \
		peer name b
ip link add br0 type bridge && true
x=$(ip -n h link add link par name m0 type macvlan mode bridge)
ovs-vsctl --timeout=10 --may-exist add-br "$1" -- set bridge x
# ip netns add in a comment
echo "cannot make them (${NW_ERR:-ip link add type vlan failed})"
ip link del x type veth
ip -o link show type veth
EOF
got=$(builders "${TMPDIR:-/tmp}/topo-home.$$" | cut -d: -f2 | tr '\n' ' ')
rm -f "${TMPDIR:-/tmp}/topo-home.$$"
expect_eq "lines found" "$got" "1 3 4 5 6 "

t_case "only the topology home builds namespaces, links and OVS bridges"
cd "$root" || fatal "no $root"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	files=$(git ls-files -co --exclude-standard)
else
	files=$(find . -type f ! -path './.git/*' ! -path './build/*' | sed 's|^\./||')
fi
# code only, as text, the allowed files aside
files=$(printf '%s\n' "$files" | grep -v -e '\.md$' -e '^docs/' -e '^data/' \
	-e '/fixtures/' -e '\.\(png\|csv\|json\|jsonl\|tsv\|gp\)$' |
	grep -vFx -f <(printf '%s\n' "$ALLOW" | cut -f1 | grep .) |
	while IFS= read -r f; do [ -f "$f" ] && printf '%s\n' "$f"; done |
	xargs grep -Il .)
n=$(printf '%s\n' "$files" | grep -c .)
[ "$n" -gt 50 ] || fail "only $n files to read: the list of the tree is wrong"
# shellcheck disable=SC2086
out=$(builders $files)
while IFS= read -r l; do
	[ -z "$l" ] || fail "builds outside networks/lib-setup.sh: $l"
done <<<"$out"
while IFS= read -r l; do
	[ -n "$l" ] || continue
	[ -f "$root/${l%%	*}" ] || fail "allowed file ${l%%	*} does not exist"
done <<<"$ALLOW"
t_done
