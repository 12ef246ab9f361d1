# SPDX-License-Identifier: MIT
# shellcheck shell=bash
#
# Shared helpers for the docker tests (tests/docker/test_*.sh), on top of
# tests/lib.sh (the cases, fail, expect_eq, exit codes) and
# networks/lib-setup.sh (the set-up table, the compose command).
#
# dk_init skips where no Docker engine answers, picks "docker compose" (v2)
# or docker-compose (v1) and sets an EXIT trap that removes every
# container, network and host interface the test made: its compose
# projects (down -v), the set-ups it prepared (networks/prepare.sh SETUP
# down) and its temporary directory.  dk_need_images builds the images
# when they are missing.
#
# Environment:
#   PKTBENCH_KEEP  1: keep the temporary directory (results, logs)

DK_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DK_ROOT=$(cd "$DK_DIR/../.." && pwd)
# shellcheck source=tests/lib.sh
. "$DK_ROOT/tests/lib.sh"
NW_DIR=$DK_ROOT/networks
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"
DK_PROJECTS=""	# "project|file" pairs to bring down
DK_SETUPS=""	# set-ups to tear down with prepare.sh
DK_TMP=""
COMPOSE=()

# The small experiment every set-up runs: slow enough that even the
# userspace OVS datapath loses nothing, so received == sent is exact.
DK_COUNT=2000
DK_RATE=10kpps
DK_BATCH=8

# No PKT_* from the caller's shell changes what the tests run.
for _v in $(env | sed -n 's/^\(PKT_[A-Za-z0-9_]*\)=.*/\1/p'); do
	unset "$_v"
done
unset _v

dk_cleanup()
{
	local rc=$? pf s

	trap - EXIT INT TERM HUP
	for pf in $DK_PROJECTS; do
		timeout 120 "${COMPOSE[@]}" -p "${pf%%|*}" -f "${pf#*|}" down -v \
			-t 1 >/dev/null 2>&1
	done
	for s in $DK_SETUPS; do
		sh "$DK_ROOT/networks/prepare.sh" "$s" down >/dev/null 2>&1
	done
	t_tmp_clean
	exit "$rc"
}

# dk_init: root, an engine, compose, jq; the trap.
dk_init()
{
	[ "$(id -u)" = 0 ] || t_skip "needs root (docker, host interfaces)"
	command -v docker >/dev/null 2>&1 || t_skip "no docker command"
	timeout 20 docker info >/dev/null 2>&1 || t_skip "no Docker engine answers"
	nw_compose || t_skip "$NW_ERR"
	read -r -a COMPOSE <<<"$NW_COMPOSE"
	command -v jq >/dev/null || fatal "jq not found"
	t_tmp docker || exit 1
	DK_TMP=$T_TMP
	chmod 755 "$DK_TMP"
	# unique per run; compose project names are [a-z0-9_-]
	DK_PFX="pktbenchdk$$"
	trap dk_cleanup EXIT
	trap 'exit 1' INT TERM HUP
}

# dk_need_images: builds the images when they are missing (test_images.sh
# builds them itself, and checks the build).
dk_need_images()
{
	dk_images_present && return 0
	make -s -C "$DK_ROOT" images >"$DK_TMP/images.log" 2>&1 ||
		fatal "make images failed: $(tail -n 1 "$DK_TMP/images.log")"
}

dk_images_present()
{
	docker image inspect pktbench/sender:latest pktbench/receiver:latest \
		>/dev/null 2>&1
}

# dk_prepare SETUP: networks/prepare.sh SETUP up, torn down by the trap.
# Returns prepare.sh's status (4: not possible on this host); its output is
# in $DK_TMP/prepare-SETUP.log.
dk_prepare()
{
	local rc

	DK_SETUPS="$DK_SETUPS $1"
	sh "$DK_ROOT/networks/prepare.sh" "$1" up >"$DK_TMP/prepare-$1.log" 2>&1
	rc=$?
	[ $rc = 0 ] || [ $rc = 4 ] ||
		fail "prepare.sh $1 up: exit $rc: $(tail -n 1 "$DK_TMP/prepare-$1.log")"
	return $rc
}

# dk_need_setup SETUP: dk_prepare, or the test ends: skipped where the
# host cannot (prepare.sh's reason), failed otherwise.
dk_need_setup()
{
	dk_prepare "$1"
	case $? in
	0) ;;
	4) t_skip "$(tail -n 1 "$DK_TMP/prepare-$1.log")" ;;
	*) t_done ;;
	esac
}

# dk_up TAG SETUP [VAR=VALUE...]: one compose run, project $DK_PFX$TAG,
# results in $DK_TMP/TAG/.  Sets DK_RC (compose's exit code), DK_LOG (its
# output) and DK_RESULT (the newest result file, or empty).  Another run of
# the same set-up (a sweep) holds its subnet: wait for it, up to 3 minutes.
dk_up()
{
	local tag=$1 setup=$2 file project extra=()

	shift 2
	file=$(nw_setup_file "$setup")
	# xdp's capabilities and memlock come from a second file, that mode
	# only (networks/setups.tsv)
	case " $* " in
	*" PKT_MODE=xdp "*) extra=(-f "$(nw_setup_file "$setup" xdp)") ;;
	esac
	project=$DK_PFX$tag
	DK_LOG=$DK_TMP/$tag.log
	mkdir -p "$DK_TMP/$tag"
	DK_PROJECTS="$DK_PROJECTS $project|$file"
	for _ in $(seq 36); do
		env "$@" PKT_RESULTS_DIR="$DK_TMP/$tag" timeout 300 \
			"${COMPOSE[@]}" -p "$project" -f "$file" "${extra[@]}" up \
			--exit-code-from receiver >"$DK_LOG" 2>&1 </dev/null
		DK_RC=$?
		grep -q 'Pool overlaps\|address already in use\|already exists' \
			"$DK_LOG" || break
		timeout 60 "${COMPOSE[@]}" -p "$project" -f "$file" down -v \
			-t 1 >/dev/null 2>&1
		sleep 5
	done
	# shellcheck disable=SC2012
	DK_RESULT=$(ls -t "$DK_TMP/$tag"/*.json 2>/dev/null | head -n 1)
}

# dk_down TAG SETUP: compose down now (the trap would do it later).
dk_down()
{
	timeout 120 "${COMPOSE[@]}" -p "$DK_PFX$1" -f "$(nw_setup_file "$2")" down -v \
		-t 1 >/dev/null 2>&1
}

# dk_show: the end of the last compose log, indented, after a failure.
dk_show()
{
	tail -n 15 "$DK_LOG" | sed 's/^/  /'
}

# dk_experiment SETUP MODE: the small experiment; asserts exit 0, a result
# that parses, received == sent == count and nothing lost.
dk_experiment()
{
	local setup=$1 mode=$2 tag="$1-$2" label="$1 $2" before=$T_FAILS
	local got sent

	t_case "$label"
	dk_up "$tag" "$setup" PKT_MODE="$mode" PKT_COUNT=$DK_COUNT \
		PKT_RATE=$DK_RATE PKT_BATCH=$DK_BATCH
	[ "$DK_RC" = 0 ] || fail "$label: compose exit $DK_RC != 0"
	if [ -z "$DK_RESULT" ]; then
		fail "$label: no result file in results/"
	elif ! jq -e . "$DK_RESULT" >/dev/null 2>&1; then
		fail "$label: ${DK_RESULT##*/} does not parse as JSON"
	else
		case ${DK_RESULT##*/} in
		"$setup-$mode-"*Z.json) ;;
		*) fail "$label: result name ${DK_RESULT##*/} != $setup-$mode-<UTC>.json" ;;
		esac
		got=$(jq -r '[.program, .config.mode, .stats.received, .stats.lost] | @tsv' "$DK_RESULT")
		# the sender's own report, from the compose log
		sent=$(sed -n 's/^[^{]*\({"schema_version".*"program":"pktsend".*}\)[^}]*$/\1/p' \
			"$DK_LOG" | tail -n 1 | jq -r '.stats.sent' 2>/dev/null)
		[ "$got" = "pktrecv	$mode	$DK_COUNT	0" ] ||
			fail "$label: program/mode/received/lost: ${got//	/ } != pktrecv $mode $DK_COUNT 0"
		[ "$sent" = "$DK_COUNT" ] ||
			fail "$label: sent: ${sent:-no sender report} != $DK_COUNT"
		# xdp.yml gives IPC_LOCK, not memlock: the default frame budget
		# (64 MiB of UMEM) is locked without a raised limit (issue 16)
		[ "$mode" != xdp ] ||
			[ "$(jq -r .config.xdp_frames "$DK_RESULT")" = 32768 ] ||
			fail "$label: config.xdp_frames $(jq -r .config.xdp_frames "$DK_RESULT") != 32768"
		# udp and mmsg run as the images' unprivileged user, mmap and xdp
		# as root
		local want_uid=10001 uid
		case $mode in mmap | xdp) want_uid=0 ;; esac
		uid=$(stat -c %u "$DK_RESULT")
		[ "$uid" = "$want_uid" ] ||
			fail "$label: result file owner uid $uid != $want_uid"
		echo "  $label: $(jq -r '"received \(.stats.received), lost \(.stats.lost), \(.stats.pps | floor) pps"' "$DK_RESULT")"
	fi
	[ "$T_FAILS" = "$before" ] || dk_show
	dk_down "$tag" "$setup"
}
