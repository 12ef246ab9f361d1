# The docker runner: one compose run per point, through the images' env
# contract (docs/docker.md).  Sourced by sweep.sh; POSIX sh.
#
#   networks/prepare.sh <setup> up|down     host preparation per set-up
#   <compose> -f networks/<file>.yml up --exit-code-from receiver
#   PKT_MODE PKT_COUNT PKT_RATE PKT_SIZE PKT_BATCH PKT_IDLE_TIMEOUT PKT_SETUP
#   PKT_RESULTS_DIR   host dir at /results; the receiver writes
#                     /results/<setup>-<mode>-<UTC>.json

DK_PROJECT=pks$$
DK_COMPOSE=
DK_PID=

docker_engine_answers() {
	command -v docker >/dev/null 2>&1 &&
		timeout 10 docker info >/dev/null 2>&1
}

# A set-up's compose file (networks/setups.tsv): native runs both
# containers on the host's network stack (host.yml), the nearest to the
# study's "both programs on the host".
dk_file() {
	nw_setup_file "$1"
}

docker_compose_files_present() {
	SW_REASON=
	for s in $SW_ALL_SETUPS; do
		[ -f "$(dk_file "$s")" ] && return 0
	done
	SW_REASON="no compose files under networks/"
	return 1
}

# docker compose (v2) when it answers, else docker-compose (v1).
dk_compose_pick() {
	[ -n "$DK_COMPOSE" ] && return 0
	nw_compose && DK_COMPOSE=$NW_COMPOSE
}

docker_probe() {
	SW_REASON=
	docker_engine_answers || { SW_REASON="no Docker engine answers"; return 1; }
	dk_compose_pick || { SW_REASON="neither 'docker compose' nor docker-compose"; return 1; }
	f=$(dk_file "$1")
	[ -f "$f" ] || { SW_REASON="no compose file ${f#"$PKTBENCH_ROOT"/}"; return 1; }
	docker image inspect "${PKT_REGISTRY:-}pktbench/receiver:${PKT_TAG:-latest}" \
		"${PKT_REGISTRY:-}pktbench/sender:${PKT_TAG:-latest}" >/dev/null 2>&1 ||
		{ SW_REASON="images pktbench/receiver and pktbench/sender missing (make images)"; return 1; }
	# What networks/prepare.sh would refuse, asked without side effects
	# shellcheck disable=SC2046
	topo_probe $(nw_setup "$1" probe | tr ',' ' ') || {
		SW_REASON=$NW_ERR
		[ "$1" = trunk ] &&
			SW_REASON="Docker's macvlan trunk needs VLAN sub-interfaces and this kernel has no 8021q"
		return 1
	}
}

docker_point_reason() { SW_REASON=; return 0; }

docker_up() {
	SW_REASON=
	p=$PKTBENCH_ROOT/networks/prepare.sh
	if [ -x "$p" ] || [ -f "$p" ]; then
		sh "$p" "$1" up >"$SW_TMP/up.err" 2>&1
		rc=$?
		if [ $rc -ne 0 ]; then
			SW_REASON="networks/prepare.sh $1 up: exit $rc: $(tail -n 1 "$SW_TMP/up.err")"
			sh "$p" "$1" down >/dev/null 2>&1
			return 1
		fi
	fi
	return 0
}

docker_down() {
	f=$(dk_file "$1")
	# shellcheck disable=SC2086
	[ -f "$f" ] && timeout 120 $DK_COMPOSE -p $DK_PROJECT -f "$f" down -v \
		>/dev/null 2>&1
	p=$PKTBENCH_ROOT/networks/prepare.sh
	[ -f "$p" ] && sh "$p" "$1" down >/dev/null 2>&1
	return 0
}

docker_finish() { return 0; }

# The host-side device under the receiver's network, read from the compose
# file (the last macvlan parent or bridge name; lo for host networking).
dk_host_if() {
	awk '
		/network_mode: *host/ { dev = "lo" }
		/^[ \t]*(parent|com\.docker\.network\.bridge\.name):/ {
			v = $0; sub(/^[^:]*:[ \t]*/, "", v)
			while (match(v, /\$\{[A-Za-z_]*:-[^}]*\}/)) {
				d = substr(v, RSTART, RLENGTH); sub(/^\$\{[A-Za-z_]*:-/, "", d); sub(/\}$/, "", d)
				v = substr(v, 1, RSTART - 1) d substr(v, RSTART + RLENGTH)
			}
			dev = v
		}
		END { print dev }' "$1"
}

docker_state() {
	hif=$(dk_host_if "$(dk_file "$1")")
	st=null
	[ -n "$hif" ] && [ -e "/sys/class/net/$hif" ] && st=$(sw_if_state_json "" "$hif")
	jq -cn --arg setup "$1" --arg f "$(dk_file "$1")" --arg c "$DK_COMPOSE" \
		--arg v "$($DK_COMPOSE version --short 2>/dev/null || $DK_COMPOSE version 2>/dev/null | head -n 1)" \
		--arg dv "$(docker version --format '{{.Server.Version}}' 2>/dev/null)" \
		--argjson hst "$st" \
		'{setup: $setup, runner: "docker",
		  model: ("compose file " + ($f | sub(".*/networks/"; "networks/")) + ", " + $c + " " + $v + ", Docker " + $dv
		          + (if $hst then "; offloads and RPS of the host-side " + $hst.ifname else "" end)),
		  compose: $c, compose_version: $v, docker_version: $dv, rx_if: $hst}'
}

docker_kill() {
	[ -n "$DK_PID" ] && kill -TERM "$DK_PID" 2>/dev/null
}

docker_run() {
	setup=$1 mode=$2 count=$3 rate=$4 size=$5 d=$6
	SW_REASON=
	f=$(dk_file "$setup")
	# xdp's capabilities and memlock: a second compose file, that mode
	# only; on the host set-up (lo, one queue) only the receiver is xdp
	x=
	[ "$mode" = xdp ] && x="-f $(nw_setup_file "$setup" xdp)"
	# the placement (runner_placement): each service's cpuset, in an
	# override of the runner's own, so the compose files stay as they are
	if [ -n "${SW_TX_CPU:-}" ]; then
		printf 'services:\n  receiver:\n    cpuset: "%s"\n  sender:\n    cpuset: "%s"\n' \
			"${SW_RX_CPU:-}" "$SW_TX_CPU" >"$SW_TMP/cpuset.yml"
		x="$x -f $SW_TMP/cpuset.yml"
	fi
	mkdir -p "$d/results"
	cap=$((count / 5000 + 120))
	# as netns_run: RATE may be "<n>pps" or "max"; COUNT 0 runs SW_DURATION s
	case $rate in *pps | max) ;; *) rate=${rate}M ;; esac
	cnt=$count dur=
	if [ "$count" = 0 ]; then
		cnt='' dur=${SW_DURATION}s
		cap=$(awk -v t="$SW_DURATION" 'BEGIN { print int(t) + 120 }')
	fi
	# shellcheck disable=SC2086
	PKT_MODE=$mode PKT_COUNT=$cnt PKT_DURATION=$dur PKT_RATE=$rate PKT_SIZE=$size \
		PKT_BATCH=$SW_BATCH PKT_IDLE_TIMEOUT=$SW_IDLE PKT_SETUP=$setup \
		PKT_RESULTS_DIR=$d/results \
		timeout -s INT $cap $DK_COMPOSE -p $DK_PROJECT -f "$f" $x up \
		--no-color --force-recreate --exit-code-from receiver >"$d/compose.log" 2>&1 &
	DK_PID=$!
	sw_wait $DK_PID
	rc=$SW_RC
	DK_PID=
	[ -n "$SW_STOP" ] && return 1
	# The receiver's result in this run's results directory (names end in
	# the UTC time, so the glob's last is the newest); a sender result
	# too, should the images ever write one there.
	for j in "$d/results"/*.json; do
		[ -f "$j" ] || continue
		case $(jq -r '.program // ""' "$j" 2>/dev/null) in
		pktrecv) cp "$j" "$d/rx.json" ;;
		pktsend) cp "$j" "$d/tx.json" ;;
		esac
	done
	# The sender prints its JSON on stdout: its line in the compose log.
	if [ ! -s "$d/tx.json" ]; then
		sed -n 's/^[^{]*\({"schema_version".*"program":"pktsend".*}\)[^}]*$/\1/p' \
			"$d/compose.log" | tail -n 1 >"$d/tx.json"
	fi
	if [ ! -s "$d/rx.json" ]; then
		SW_REASON="compose exit $rc, no receiver result: $(grep -v '^\s*$' "$d/compose.log" | tail -n 1 | cut -c1-200)"
		return 1
	fi
	if [ $rc -ne 0 ]; then
		SW_REASON="compose exit $rc: $(grep -v '^\s*$' "$d/compose.log" | tail -n 1 | cut -c1-200)"
		return 1
	fi
	return 0
}
