#!/bin/bash
# SPDX-License-Identifier: MIT
# Without host preparation: networks/compose.sh on a set-up whose macvlan
# parent is missing (macvlan, trunk, ovs; named by PKT_PARENT or the
# default prepare.sh makes) ends at once with exit 1 and one line naming
# the parent and the prepare.sh command; compose starts nothing.  With the
# parent made by prepare.sh, the same wrapper runs the experiment.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

dk_init
W=$DK_ROOT/networks/compose.sh

# noprep SETUP PARENT HINT [VAR=VALUE...]
noprep()
{
	local setup=$1 parent=$2 hint=$3 out rc lines project

	shift 3
	t_case "$setup without its parent $parent${*:+ ($*)}: refused"
	project=${DK_PFX}np$setup
	DK_PROJECTS="$DK_PROJECTS $project|$(nw_setup_file "$setup")"
	out=$(env "$@" PKT_RESULTS_DIR="$DK_TMP" timeout 120 "$W" "$setup" \
		-p "$project" up --exit-code-from receiver 2>&1 </dev/null)
	rc=$?
	lines=$(printf '%s\n' "$out" | grep -c .)
	[ "$rc" = 1 ] || fail "$setup $*: exit $rc != 1 ($out)"
	[ "$lines" = 1 ] || fail "$setup $*: $lines lines != 1: $out"
	case $out in
	"compose.sh: $setup: parent interface $parent "*"$hint"*) ;;
	*) fail "$setup $*: '$out' does not name $parent and '$hint'" ;;
	esac
	[ -z "$(docker ps -aq --filter "label=com.docker.compose.project=$project")" ] ||
		fail "$setup $*: compose created containers"
	[ -z "$(docker network ls -q --filter "label=com.docker.compose.project=$project")" ] ||
		fail "$setup $*: compose created networks"
}

P="'sudo networks/prepare.sh"
noprep macvlan pktbench-nx0 "(PKT_PARENT)" PKT_PARENT=pktbench-nx0
noprep trunk pktbench-nx1 "(PKT_PARENT)" PKT_PARENT=pktbench-nx1 PKT_VLAN=200
# the defaults, where nobody prepared them on this host
# (ovs: compose config lists pktbench-rx, parent pktbench-orp, first)
for sp in macvlan:pktbench-mv trunk:pktbench-t ovs:pktbench-orp; do
	s=${sp%%:*} p=${sp#*:}
	if ip link show dev "$p" >/dev/null 2>&1; then
		t_case_skip "$s: refused without its parent $p" "$p exists here"
		continue
	fi
	noprep "$s" "$p" "$P $s up'"
done

# with the parent, the wrapper hands over to compose: one experiment
t_case "macvlan with its parent: compose.sh runs the experiment"
dk_need_images
dk_need_setup macvlan
project=${DK_PFX}npok
DK_PROJECTS="$DK_PROJECTS $project|$(nw_setup_file macvlan)"
mkdir -p "$DK_TMP/ok"
PKT_RESULTS_DIR="$DK_TMP/ok" PKT_COUNT=$DK_COUNT PKT_RATE=$DK_RATE \
	timeout 300 "$W" macvlan -p "$project" up --exit-code-from receiver \
	>"$DK_TMP/ok.log" 2>&1 </dev/null
rc=$?
[ "$rc" = 0 ] || { fail "compose.sh macvlan up: exit $rc != 0"; DK_LOG=$DK_TMP/ok.log; dk_show; }
got=$(jq -r .stats.received "$DK_TMP"/ok/*.json 2>/dev/null)
[ "$got" = "$DK_COUNT" ] || fail "compose.sh macvlan up: received '${got}' != $DK_COUNT"
t_done
