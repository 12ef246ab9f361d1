# The runner contract, and the one function every caller dispatches
# through.  POSIX sh, sourced by bin/pktbench (sweep, ndr) after lib.sh.
#
# A runner builds a set-up, runs one pktrecv/pktsend pair over it and
# tears it down: netns (scripts/sweep/netns.sh), docker (docker.sh), uml
# (uml.sh, the netns runner inside the user-mode-linux guest), connect
# (connect.sh, pktbench ndr --connect: one pktsend --connect per run) and
# lab (lab.sh, across the nodes of a `pktbench lab`: docs/lab.md).
# Like src/be/backend.h for the backends, this is the whole interface: a
# runner NAME is a file that defines the eight functions NAME_FN below,
# and callers reach them only as
#
#	runner_call NAME FN ARGS...
#
# which refuses an FN outside this list and a runner without NAME_FN, so
# `grep -n 'runner_call .* run'` finds every caller.
#
# Inputs every function may read (set by the caller before up):
#   PKTBENCH_ROOT  the repository
#   SW_BIN         directory holding pktsend and pktrecv (runners that
#                  start the binaries themselves)
#   SW_BATCH       packets per send/receive call (-b)
#   SW_IDLE        the receiver's idle timeout, "0.5s"
#   SW_DURATION    seconds a run lasts when COUNT is 0
#   SW_TMP         a private scratch directory (exists from up to finish)
#   SW_STOP        non-empty once SIGINT/SIGTERM arrived: return soon
#   SW_TX_CPU, SW_RX_CPU  the CPU the sender and the receiver run on
#                  (runner_placement); both empty: do not pin.  netns
#                  passes them as --cpu, docker as the services' cpuset
#                  (a compose override), lab as docker run --cpuset-cpus
# Output besides the exit code: SW_REASON, one line saying why a function
# returned 1 (empty otherwise).  No function prints on stdout except
# state; diagnostics go to files under SW_TMP or the run's DIR, never to
# the terminal (the caller decides what the user sees).
#
#   probe SETUP
#	Can this host build SETUP with this runner (tools, privileges,
#	kernel features, images)?  Asked without side effects, before up.
#	0 yes; 1 no, SW_REASON says why (the caller skips the set-up, or
#	exits 4).
#   up SETUP
#	Build SETUP.  0 built; 1 failed, SW_REASON says why, and nothing of
#	it is left behind.
#   point_reason SETUP MODE
#	After up: can MODE run on SETUP as built (e.g. the trunk without
#	8021q runs only mmap --vlan)?  0 yes; 1 no, SW_REASON says why (the
#	point is recorded as failed without running).
#   run SETUP MODE COUNT RATE SIZE DIR
#	One run: pktrecv then pktsend, MODE on both sides.  COUNT packets
#	(COUNT 0: for SW_DURATION seconds); RATE in Mbit/s, or pktsend's own
#	"<n>pps" or "max"; SIZE the UDP payload (bytes, or "imix").  Leaves
#	DIR/rx.json and DIR/tx.json (the programs' JSON results) where the
#	programs wrote them, and its logs in DIR.  0 both programs ended
#	well; 1 otherwise, SW_REASON says why (a result file may still be
#	there: a receiver that counted nothing still tells the loss).
#	Returns 1 soon after SW_STOP is set.
#   kill
#	Stop whatever run started (called from a signal handler, any time).
#	Always 0.
#   state SETUP
#	After the first run: prints one JSON object describing SETUP as
#	built ({setup, runner, model, ...}: offloads, RPS, versions), the
#	line of setups.jsonl and ndr.json's setup_state.  0.
#   down SETUP
#	Tear SETUP down.  Idempotent; safe after a failed up.  Always 0.
#   finish
#	Once, after the last down: stop what the runner shares between
#	set-ups (OVS daemons it started).  Always 0.

RUNNER_FNS="probe up point_reason run kill state down finish"

# runner_call RUNNER FN ARGS...: RUNNER_FN ARGS..., with its exit code.
# 127 and one line on stderr when FN is not in the contract or the runner
# lacks it: a programming error, never a host condition.
runner_call() {
	rc_r=$1 rc_f=$2
	shift 2
	case " $RUNNER_FNS " in
	*" $rc_f "*) ;;
	*)
		printf '%s\n' "runner_call: '$rc_f' is not a runner function ($RUNNER_FNS)" >&2
		return 127 ;;
	esac
	if ! runner_has "$rc_r" "$rc_f"; then
		printf '%s\n' "runner_call: runner '$rc_r' has no ${rc_r}_$rc_f (scripts/sweep/runner.sh)" >&2
		return 127
	fi
	"${rc_r}_$rc_f" "$@"
}

# runner_has RUNNER FN: 0 when the shell has a function RUNNER_FN.
runner_has() {
	case $1 in '' | *[!a-z0-9]*) return 1 ;; esac
	# dash and bash both say "function" for a function and name the
	# path of a command; only functions count
	case $(command -V "${1}_$2" 2>/dev/null) in
	*function*) return 0 ;;
	esac
	return 1
}

# runner_cpus: the CPUs this process may run on, one line, ascending
# ("0 1").  PKTBENCH_CPUS (a list like 0,2-3) stands in for the host's
# set: the sweep tier's one-CPU case.
runner_cpus() {
	rp_l=${PKTBENCH_CPUS:-$(awk '/^Cpus_allowed_list:/ { print $2; exit }' /proc/self/status 2>/dev/null)}
	[ -n "$rp_l" ] || rp_l=0-$(($(nproc 2>/dev/null || echo 1) - 1))
	printf '%s\n' "$rp_l" | awk -F, '{
		for (i = 1; i <= NF; i++) {
			n = split($i, r, "-"); lo = r[1] + 0; hi = (n > 1 ? r[2] : r[1]) + 0
			for (c = lo; c <= hi; c++) { printf "%s%d", sep, c; sep = " " }
		}
		print "" }'
}

# runner_placement RUNNER PIN: where the sender and the receiver run.
# PIN 1 (the default of sweep and ndr): the sender on the first CPU this
# process may use, the receiver on the second, so neither waits for the
# other's time slice and each run lands the same way; 0 (--no-pin):
# wherever the scheduler puts them.  With one CPU there is nothing to
# separate: both run unpinned on it and the placement says so.  The
# connect runner's receiver is another host's: nothing is pinned.  Sets
# SW_TX_CPU and SW_RX_CPU (empty: unpinned), SW_PLACEMENT (one word for
# the CSV: tx0/rx1, or none) and SW_PLACEMENT_JSON (runs.jsonl's
# placement: {pinned, tx_cpu, rx_cpu, cpus, why}).
# shellcheck disable=SC2034	# the SW_* are the caller's and the runners'
runner_placement() {
	SW_TX_CPU='' SW_RX_CPU='' SW_PLACEMENT=none
	rp_cpus=$(runner_cpus)
	rp_why='' rp_pin=$2 rp_r=$1
	# shellcheck disable=SC2086
	set -- $rp_cpus
	if [ "$rp_pin" != 1 ]; then
		rp_why="--no-pin"
	elif [ "$rp_r" = connect ]; then
		rp_why="connect: the receiver is another host's"
	elif [ $# -lt 2 ]; then
		rp_why="one CPU ($rp_cpus): sender and receiver share it"
	else
		SW_TX_CPU=$1 SW_RX_CPU=$2 SW_PLACEMENT=tx$1/rx$2
	fi
	SW_PLACEMENT_JSON=$(jq -cn --arg tx "$SW_TX_CPU" --arg rx "$SW_RX_CPU" \
		--arg cpus "$rp_cpus" --arg why "$rp_why" '
		{pinned: ($tx != ""), tx_cpu: (if $tx == "" then null else ($tx | tonumber) end),
		 rx_cpu: (if $rx == "" then null else ($rx | tonumber) end),
		 cpus: ($cpus | split(" ") | map(select(length > 0) | tonumber)),
		 why: (if $why == "" then null else $why end)}')
}
