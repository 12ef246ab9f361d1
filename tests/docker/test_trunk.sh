#!/bin/bash
# SPDX-License-Identifier: MIT
# 802.1q trunk mode (networks/trunk.yml).  Where the kernel can make VLAN
# sub-interfaces, one real experiment per mode, as for the other set-ups.
# Where it cannot (no 8021q), the expected clear failure: prepare.sh exits 4
# naming 8021q, and compose up fails (not 0) with Docker's "vlan link"
# error, leaving no network or interface behind.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

dk_init
dk_need_images
dk_prepare trunk
rc=$?
if [ $rc = 0 ]; then
	for mode in udp mmap; do
		dk_experiment trunk $mode
	done
	t_done
fi
[ $rc = 4 ] || t_done

t_case "no 8021q: prepare.sh trunk up says so, exit 4"
msg=$(tail -n 1 "$DK_TMP/prepare-trunk.log")
case $msg in
*8021q*) ;;
*) fail "prepare.sh trunk up: message does not name 8021q: $msg" ;;
esac
[ "$(grep -c . "$DK_TMP/prepare-trunk.log")" = 1 ] ||
	fail "prepare.sh trunk up: $(grep -c . "$DK_TMP/prepare-trunk.log") lines != 1"
ip link show pktbench-tq0 >/dev/null 2>&1 &&
	fail "prepare.sh trunk up left its probe pktbench-tq0 behind"

# What a user who skips prepare.sh sees: Docker's own error, and a
# non-zero exit.  The parent exists, so the error is about the VLAN link.
t_case "no 8021q: compose up fails on the VLAN link, leaves nothing"
nw_veth pktbench-t pktbench-tp || fail "$NW_ERR"
dk_up nomod trunk PKT_COUNT=10
[ "$DK_RC" != 0 ] || fail "compose up on trunk.yml without 8021q: exit 0"
grep -q 'pktbench-t.100 vlan link' "$DK_LOG" ||
	{ fail "compose up: no 'pktbench-t.100 vlan link' error"; dk_show; }
[ -z "$DK_RESULT" ] || fail "compose up without 8021q left a result"
dk_down nomod trunk
ip link show pktbench-t.100 >/dev/null 2>&1 &&
	fail "pktbench-t.100 exists after the failed run"
t_done
