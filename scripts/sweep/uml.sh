# The uml runner: the netns runner's set-ups, run inside a user-mode-linux
# guest (tests/uml/launch.sh), whose kernel has the 8021q and openvswitch
# modules: the trunk on real VLAN sub-interfaces, OVS on the kernel datapath
# (datapath_type=system), as the study ran them.  Sourced by sweep.sh after
# netns.sh; POSIX sh.
#
# On the host, uml_host_sweep boots the guest with `pktbench sweep` and the
# same arguments as its init job, the output directory inside the guest's
# writable work directory, and copies the result to --out.  In the guest
# (PKTBENCH_UML_GUEST=1) the uml_* functions below are the netns runner's.
#
# The guest has one CPU and slow system calls: rates are scaled (default
# --rate-scale 0.02) to what it holds, and every record is labelled, so
# its kpps are never set beside host figures (report.sh: ratios only).

SW_UML_LABEL="UML guest, 1 vCPU"
RN_CAP_PPS=200

uml_host_sweep() {
	launch=$PKTBENCH_ROOT/tests/uml/launch.sh
	: "${SW_OUT:=$PKTBENCH_ROOT/results/sweep-uml-$(date -u +%Y%m%dT%H%M%SZ)}"
	if [ -n "$SW_RESUME" ]; then
		sw_out_dir --out "$SW_OUT"
	else
		sw_out_dir --out "$SW_OUT" runs.jsonl
	fi
	SW_OUT=$SW_OUTDIR
	work=$(mktemp -d "${TMPDIR:-/tmp}/pktbench-umlsweep.XXXXXX") || sw_die "mktemp failed"
	# the arguments as given, --out (--resume: a copy of the sweep) in
	# the guest's work directory
	printf '%s\n' "$SW_ARGV" | awk 'skip { skip = 0; next } $0 == "--out" || $0 == "--resume" { skip = 1; next } NF' \
		>"$work/sweep.args"
	if [ -n "$SW_RESUME" ]; then
		mkdir -p "$work/sweep" && cp -r "$SW_OUT/." "$work/sweep/"
		printf '%s\n%s\n' --resume "$work/sweep" >>"$work/sweep.args"
	else
		printf '%s\n%s\n' --out "$work/sweep" >>"$work/sweep.args"
	fi
	sw_log "runner uml: booting the guest; progress in $work/sweep.log"
	# stdout: only why the guest cannot run here (exit 4)
	why=$(UML_TIMEOUT=${PKTBENCH_UML_TIMEOUT:-14400} "$launch" "$work" sweep)
	rc=$?
	[ $rc = 4 ] && { rm -rf "$work"; SW_DIE_CODE=4 sw_die "runner uml: cannot run here: ${why:-no reason given}"; }
	cat "$work/sweep.log" >&2 2>/dev/null
	if [ -f "$work/sweep/runs.jsonl" ]; then
		cp -r "$work/sweep/." "$SW_OUT/"
		sw_log "runner uml: results in $SW_OUT"
	fi
	src=$(cat "$work/sweep.rc" 2>/dev/null || echo 1)
	rm -rf "$work"
	[ $rc = 0 ] || return 1
	return "$src"
}

uml_probe() {
	[ -n "${PKTBENCH_UML_GUEST:-}" ] || { SW_REASON="only inside the UML guest"; return 1; }
	case $1 in
	trunk | ovs) netns_probe "$1" ;;
	*) SW_REASON="the uml runner runs trunk and ovs (the set-ups this host cannot)"; return 1 ;;
	esac
}

uml_point_reason() { netns_point_reason "$@"; }

# ovs-vswitchd started before the guest is ~10 s up counts no CPUs and
# runs no upcall handlers: the first packets of every flow would be lost.
uml_up() {
	[ "$1" = ovs ] && slowwait 20 nw_uptime_ge 11
	RN_OVS_DP=system
	netns_up "$1"
}

uml_down() { netns_down "$@"; }
uml_finish() { netns_finish; }
uml_kill() { netns_kill; }
uml_run() { netns_run "$@"; }

uml_state() {
	netns_state "$1" | jq -c --arg l "$SW_UML_LABEL" '.runner = "uml" | .model = "\($l): \(.model)"'
}
