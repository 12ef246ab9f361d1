# Shared helpers for `pktbench sweep` and `pktbench report`.  POSIX sh,
# sourced after networks/lib-setup.sh; expects PKTBENCH_ROOT.

# SW_NAME: the subcommand the messages are from (pktbench ndr sets ndr).
sw_log() { printf '%s\n' "${SW_NAME:-sweep}: $*" >&2; }
# sw_die's line names what the user gave: control characters as ?
sw_die() {
	printf '%s\n' "$(nw_safe "${SW_NAME:-sweep}: $*")" >&2
	exit "${SW_DIE_CODE:-2}"
}
# sw_val FLAG [VALUE]: exits 2 naming FLAG where its value is left out or
# empty; an empty value is refused, not taken for the default.  Each
# option that takes a value calls it as it is read: sw_val "$@"
sw_val() {
	[ -n "${2-}" ] || sw_die "$1: needs a value; see pktbench ${SW_NAME:-sweep} --help"
}

# The scenarios, as the study defined them: name, varied parameter, values,
# and the two fixed ones.  One line each; every consumer reads this table.
#   key  study-name  varied  study-values                        count  rate(Mbit/s)  size
sw_scenario_table() {
	cat <<'TBL'
I	I-count	count	2000000 4000000 6000000 8000000 10000000	-	500	64
II	II-rate	rate	200 400 600 800	1000000	-	64
III	III-size	size	64 128 256 512 1024	1000000	500	-
TBL
}

# The sweep's set-ups, in order: those with a namespace model in the
# set-up table (networks/setups.tsv, through networks/lib-setup.sh).
SW_ALL_SETUPS=$(nw_setups topo)
# The lab runner's (scripts/sweep/lab.sh): those with a lab column there,
# and every set-up a result may name, in table order (pktbench doc).
SW_LAB_SETUPS=$(nw_setups lab)
SW_KNOWN_SETUPS=$(for s in $(nw_setups); do
	case " $SW_ALL_SETUPS $SW_LAB_SETUPS " in *" $s "*) printf '%s ' "$s" ;; esac
done | sed 's/ $//')
SW_ALL_MODES="udp mmsg mmap xdp"
# the study's modes; xdp is asked for with --modes
SW_DEFAULT_MODES="udp mmsg mmap"
SW_ALL_SCENARIOS="I II III"

# "a,b c" -> "a b c"; empty items dropped.
sw_list() { printf '%s\n' "$*" | tr ',' ' ' | awk '{ $1 = $1; print }'; }

# 0 when word $1 is in list $2.
sw_in() {
	case " $2 " in *" $1 "*) return 0 ;; esac
	return 1
}

# Seconds as m:ss or h:mm:ss.
sw_hms() {
	awk -v s="$1" 'BEGIN { s = int(s + 0.5); h = int(s / 3600); m = int((s % 3600) / 60);
		if (h) printf "%d:%02d:%02d", h, m, s % 60; else printf "%d:%02d", m, s % 60 }'
}

sw_now() { date +%s; }

# sw_wait PID: waits for a child and sets SW_RC to its status.  wait
# returns early when a signal trap ran and the child may live on: wait
# again, after passing the stop on (SW_STOP) to it.
sw_wait() {
	wait "$1"
	SW_RC=$?
	while kill -0 "$1" 2>/dev/null; do
		[ -n "$SW_STOP" ] && kill -TERM "$1" 2>/dev/null
		wait "$1"
		SW_RC=$?
	done
}
# Seconds since boot with fractions, for per-run wall time.
sw_uptime() { awk '{ print $1; exit }' /proc/uptime; }

# Machine facts as one JSON object on stdout.
sw_machine_json() {
	cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
	ncpu=$(nproc 2>/dev/null || echo 0)
	mem=$(awk '/^MemTotal:/ { print $2; exit }' /proc/meminfo 2>/dev/null)
	gitv=$(git -C "$PKTBENCH_ROOT" describe --always --dirty 2>/dev/null || echo "")
	toolv=$("$1/pktsend" --version 2>/dev/null | awk '{ print $2; exit }')
	jq -cn --arg cpu "${cpu:-unknown}" --argjson ncpu "${ncpu:-0}" \
		--argjson mem "${mem:-0}" --arg kernel "$(uname -r)" \
		--arg git "$gitv" --arg tool "${toolv:-unknown}" \
		--arg os "$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")" \
		'{cpu_model: $cpu, cpus: $ncpu, mem_kb: $mem, kernel: $kernel,
		  os: $os, pktsend_version: $tool, git: $git}'
}

# Offload and RPS state of interface $2, run through the command prefix $1
# ("" for this namespace, "ip netns exec NS" for another).  One JSON object.
sw_if_state_json() {
	# shellcheck disable=SC2086
	off=$($1 ethtool -k "$2" 2>/dev/null | awk -F': *' '
		/^(rx-checksumming|tx-checksumming|generic-receive-offload|generic-segmentation-offload|tcp-segmentation-offload|scatter-gather):/ {
			split($2, v, " "); printf "%s%s=%s", sep, $1, v[1]; sep = ","
		}')
	# shellcheck disable=SC2086
	rps=$($1 sh -c "cat /sys/class/net/$2/queues/rx-*/rps_cpus 2>/dev/null" |
		tr '\n' ' ' | sed 's/ *$//')
	jq -cn --arg ifname "$2" --arg off "$off" --arg rps "$rps" '
		{ifname: $ifname,
		 offloads: ($off | split(",") | map(select(length > 0) | split("=") | {(.[0]): .[1]}) | add // {}),
		 rps_cpus: $rps,
		 rps_on: ($rps | test("[1-9a-f]"))}'
}

# sw_pick_bin: SW_BIN, the directory of pktsend and pktrecv: PKTBENCH_BIN
# (relative to the repository root, like the other test tiers), else
# build/gcc or build/static, whichever has both.  1 when SW_BIN lacks
# either program.
sw_pick_bin() {
	SW_BIN=${PKTBENCH_BIN:-}
	case $SW_BIN in '' | /*) ;; *) SW_BIN=$PKTBENCH_ROOT/$SW_BIN ;; esac
	if [ -z "$SW_BIN" ]; then
		for b in "$PKTBENCH_ROOT/build/gcc" "$PKTBENCH_ROOT/build/static"; do
			[ -x "$b/pktsend" ] && [ -x "$b/pktrecv" ] && { SW_BIN=$b; break; }
		done
	fi
	[ -n "$SW_BIN" ] && [ -x "$SW_BIN/pktsend" ] && [ -x "$SW_BIN/pktrecv" ]
}

# sw_show VALUE: VALUE for a message: control characters as ?, at most
# 60 characters (a value from the command line or a file never reaches
# the terminal raw).
sw_show() {
	nw_safe "$1" | cut -c1-60
}

# sw_int FLAG VALUE MIN MAX: VALUE is a whole number in MIN..MAX (digits
# only: no sign, no 0x, no spaces), or sw_die with one line naming FLAG
# and the range.  The length is checked before any arithmetic, so 20
# digits are "outside", never a shell error.  MAX at most 2^53.
sw_int() {
	case $2 in
	'' | *[!0-9]*) sw_die "$1: '$(sw_show "$2")' is not a number $3..$4" ;;
	esac
	sw_i=$2
	while :; do case $sw_i in 0?*) sw_i=${sw_i#0} ;; *) break ;; esac; done
	if [ ${#sw_i} -gt ${#4} ] || [ "$sw_i" -lt "$3" ] || [ "$sw_i" -gt "$4" ]; then
		sw_die "$1: $(sw_show "$2") is outside $3..$4"
	fi
}

# sw_secs FLAG VALUE MIN MAX: VALUE is seconds like 1s or 2.5s (the s
# required) in MIN..MAX, or sw_die naming FLAG and the range.
sw_secs() {
	printf '%s\n' "$2" | awk -v lo="$3" -v hi="$4" '
		NR == 1 && /^[0-9]+(\.[0-9]+)?s$/ && length($0) <= 12 { v = $0 + 0; ok = v >= lo && v <= hi }
		END { exit !(ok && NR == 1) }' ||
		sw_die "$1: '$(sw_show "$2")' is not seconds in ${3}s..${4}s, like 1s or 2.5s"
}

# sw_trial_refusals DIR: what is wrong with the numbers of one run's
# DIR/rx.json and DIR/tx.json ("; "-separated; scripts/sweep/trialcheck.jq,
# the checks ndr's trials get), nothing when a sweep may aggregate them.
# Received is the receiver's distinct packets (unique) where it says.
sw_trial_refusals() {
	jq -rn -L "$PKTBENCH_ROOT/scripts/sweep" --slurpfile rx "$1/rx.json" --slurpfile tx "$1/tx.json" '
		include "trialcheck";
		($rx[0] // {}) as $r | ($tx[0] // {}) as $t
		| if ($r | type) != "object" or ($t | type) != "object" then "not a JSON object"
		  else {sent: $t.stats.sent, received: ($r.stats.unique // $r.stats.received),
			tx_pps: $t.stats.pps, rx_pps: $r.stats.pps, lat_p50_ns: $r.stats.lat_p50_ns,
			lat_p90_ns: $r.stats.lat_p90_ns, lat_p99_ns: $r.stats.lat_p99_ns}
		    | trial_refusals | join("; ") end' 2>/dev/null || echo "not JSON"
}

# sw_meta_check DIR: DIR's metadata as pktbench report reads it, checked
# before anything is written: meta.json and machine.json (each optional)
# one JSON object whose fields have their types and ranges, setups.jsonl
# one object per line.  1 and one line saying which file and what, else 0.
sw_meta_check() {
	for sw_mc_f in meta.json machine.json setups.jsonl; do
		[ -e "$1/$sw_mc_f" ] || continue
		sw_mc_e=$(jq -rs --arg f "$sw_mc_f" '
			def num($k; $lo; $hi): .[$k] | if . == null or (type == "number" and . > $lo and . <= $hi) then empty
				else "\($k) \(tojson | .[:40]) is not a number in (\($lo), \($hi)]" end;
			def int($k; $lo; $hi): .[$k] | if . == null or (type == "number" and . >= $lo and . <= $hi and . == floor) then empty
				else "\($k) \(tojson | .[:40]) is not a whole number in \($lo)..\($hi)" end;
			def str($k): .[$k] | if . == null or type == "string" then empty else "\($k) is not a string" end;
			def strs($k): .[$k] | if . == null or (type == "array" and all(.[]; type == "string")) then empty
				else "\($k) is not a list of strings" end;
			if $f == "setups.jsonl" then
				(to_entries[] | select(.value | type != "object") | "line \(.key + 1) is not a JSON object")
			elif length != 1 or (.[0] | type) != "object" then "not one JSON object"
			elif $f == "meta.json" then .[0]
				| num("scale"; 0; 1), num("rate_scale"; 0; 1), int("repeat"; 1; 100),
				  int("batch"; 1; 1024), int("runs_planned"; 0; 1e9), int("runs_done"; 0; 1e9),
				  str("runner"), str("preset"), str("label"), str("command"), str("started"),
				  str("finished"), str("idle_timeout"), strs("setups"), strs("modes"),
				  strs("scenarios"), strs("skipped"),
				  (.interrupted | if . == null or type == "boolean" then empty else "interrupted is not true or false" end)
			else .[0] | int("cpus"; 0; 1e6), int("mem_kb"; 0; 1e15), str("cpu_model"), str("kernel"), str("os")
			end' "$1/$sw_mc_f" 2>&1) || sw_mc_e="not JSON: ${sw_mc_e#jq: error (at *): }"
		if [ -n "$sw_mc_e" ]; then
			sw_log "report: $(sw_show "$1/$sw_mc_f"): $(nw_safe "$(printf '%s\n' "$sw_mc_e" | head -n 1)" | cut -c1-120)"
			return 1
		fi
	done
	return 0
}

# sw_out_name FLAG DIR: exits 2 with one line naming FLAG where DIR is
# empty or has a control character; checked as the option is read, so a
# --dry-run refuses it too.
sw_out_name() {
	nw_plain "$2" ||
		sw_die "$1: '$2' has a control character (shown as ?); choose a plain name"
	[ -n "$2" ] || sw_die "$1: empty directory name"
}

# sw_out_dir FLAG DIR MARKER...: the output directory, checked once on
# the path that is used.  Refuses a DIR with a control character (a
# newline at its end once made `$(cd DIR && pwd)` name another directory
# than the one checked), creates DIR, resolves it (symbolic links too)
# into SW_OUTDIR, refuses a resolved path with a control character, and
# one that already holds a MARKER (a file name, e.g. runs.jsonl).  Exits
# 2 with one line naming FLAG otherwise.
sw_out_dir() {
	sw_out_name "$1" "$2"
	mkdir -p -- "$2" 2>/dev/null || sw_die "$1: cannot create $2"
	# the trailing "." keeps a newline that command substitution would cut
	SW_OUTDIR=$(cd -P -- "$2" 2>/dev/null && pwd -P && echo .) ||
		sw_die "$1: cannot enter $2"
	SW_OUTDIR=${SW_OUTDIR%?.}
	nw_plain "$SW_OUTDIR" ||
		sw_die "$1: $2 resolves to a path with a control character; choose another directory"
	sw_od_f=$1
	shift 2
	for sw_od_m in "$@"; do
		[ ! -e "$SW_OUTDIR/$sw_od_m" ] && [ ! -L "$SW_OUTDIR/$sw_od_m" ] ||
			sw_die "$sw_od_f: $SW_OUTDIR already holds $sw_od_m; choose another directory"
	done
	return 0
}
