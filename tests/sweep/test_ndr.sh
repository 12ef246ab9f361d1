#!/bin/sh
# pktbench ndr: the search on simulated systems with known loss curves
# (tests/sweep/ndr_sim.sh: pktbench ndr with tests/sweep/ndr_fake.sh for
# the trial; the product has no hook for it), the bisection
# (--search bisect) and the RFC 9971 search, Ctrl-C, bad options, --out
# and broken trial results, --sizes, and real quick searches on veth
# pairs (the pure step alone: test_ndr_step.sh).  Cases go to
# $PKTBENCH_CASES (tests/run.sh) or stdout.  Exit 0 pass, 1 fail.
#
#   tests/sweep/test_ndr.sh          (as root for the real search)
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
sim=$top/tests/sweep/ndr_sim.sh
# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"
NW_DIR=$top/networks
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"
t_tmp test-ndr
out=$T_TMP
cg=
# shellcheck disable=SC2317	# called by the trap
cleanup() {
	[ -n "${spid:-}" ] && kill "$spid" 2>/dev/null
	topo_down
	[ -n "$cg" ] && rmdir "$cg" 2>/dev/null
	t_tmp_clean
}
trap cleanup EXIT

# case_line NAME [WHY...]: one case; each WHY a failed check
case_line() {
	t_case "$1"
	shift
	for w in "$@"; do fail "$w"; done
	t_case_end
}
skip_case() { t_case_skip "$@"; }

# q DIR FILTER: jq on DIR/ndr.json
q() { jq -r "$2" "$1/ndr.json" 2>/dev/null; }

# ndr_fake NAME CURVE [options]: a search on the simulated system; the
# fake logs each rate it is asked for to NAME.log
ndr_fake() {
	n=$1 c=$2
	shift 2
	NDR_FAKE=$c NDR_FAKE_LOG=$out/$n.log \
		"$sim" --search bisect --trial 1s --out "$out/$n" "$@" 2>"$out/$n.err"
}

# check NAME KNOWN_NDR KNOWN_PDR MAX_TRIALS: both answers within one
# resolution (10000 pps: 1 % of the fake's unpaced 1 Mpps) at or below
# the known value, verified, the trials within the bound, and every call
# of the trial recorded.
check() {
	d=$out/$1 why=''
	[ -f "$d/ndr.json" ] || { case_line "ndr $1" "no ndr.json: $(tail -n 1 "$d.err")"; return; }
	ndr=$(q "$d" .ndr_pps) pdr=$(q "$d" .pdr_pps) nt=$(q "$d" '.trials | length')
	calls=$(grep -c . "$d.log")
	[ "$ndr" -le "$2" ] && [ "$ndr" -gt $(($2 - 10000)) ] || why="$why|ndr_pps $ndr not in ($(($2 - 10000)), $2]"
	[ "$pdr" -le "$3" ] && [ "$pdr" -gt $(($3 - 10000)) ] || why="$why|pdr_pps $pdr not in ($(($3 - 10000)), $3]"
	[ "$nt" -le "$4" ] || why="$why|trials $nt > $4"
	[ "$nt" -eq "$calls" ] || why="$why|trials recorded $nt != trial calls $calls"
	[ "$(q "$d" '.ndr.verified and .pdr.verified and .complete')" = true ] ||
		why="$why|not verified and complete: $(q "$d" '[.ndr.verified, .pdr.verified, .complete]' | tr -d ' \n')"
	# the verification trial ran at each answer and passed
	v=$(jq -r '.ndr_pps as $a | [.verification_trials[] | select(.rate_asked_pps == $a and .loss_ratio == 0)] | length' "$d/ndr.json")
	[ "$v" -ge 1 ] || why="$why|no passing verification trial at ndr_pps $ndr"
	t_case_whys "ndr $1: NDR $ndr, PDR $pdr, $nt trials" "$why"
}

# The simulated searches take no real time: run them side by side, then
# check each.
ndr_fake step step &
ndr_fake noisy noisy &
NDR_FAKE_A=300000 NDR_FAKE_B=330000 ndr_fake spike-off spike &
NDR_FAKE_A=480000 NDR_FAKE_B=520000 ndr_fake spike-on spike &
ndr_fake flat flat &
ndr_fake maxt step --max-trials 5 &
wait

# Step: no loss up to 612345 pps, then a bottleneck: loss (r - X) / r.
# PDR 0.5 %: (r - X) / r <= 0.005 up to X / 0.995 = 615422.  Two
# bisections of 1 Mpps to 1 % take at most 2 x 7, plus the unpaced trial
# and two verifications: 17.
check step 612345 615422 17

# Noisy: no loss to 612345, then 0.01..0.4 % (pseudo-random) up to
# 801234, then (r - Y) / r + 0.4 %, within 0.5 % up to Y / 0.999 = 802036.
check noisy 612345 802036 17

# Non-monotonic, a 5 % loss band at 300..330 kpps below X, off the
# bisection's path (500, 750, 625, ... kpps): the answers are X's.
check spike-off 612345 615422 17

# ... and on it (480..520 kpps holds the first midpoint, 500 kpps): the
# bisection takes the band's lower edge for the knee, the documented
# limit (docs/ndr.md); the answer is still a verified loss-free rate.
check spike-on 479999 479999 17

# Flat: no loss even unpaced: the answer is the unpaced rate, marked
# sender-bound, in two trials (unpaced, then its verification).
d=$out/flat
why=''
[ "$(q "$d" '[.ndr_pps, .pdr_pps, .sender_bound, (.trials | length), .trials[1].kind, .trials[1].rate_asked_pps] | @csv')" = '1000000,1000000,true,2,"verify",0' ] ||
	why="ndr_pps,pdr_pps,sender_bound,trials,kind and rate of trial 2: $(q "$d" '[.ndr_pps, .pdr_pps, .sender_bound, (.trials | length), .trials[1].kind, .trials[1].rate_asked_pps] | @csv') != 1000000,1000000,true,2,\"verify\",0"
grep -q 'sender-bound' "$d.err" || why="$why; summary lacks sender-bound: $(tail -n 1 "$d.err")"
t_case_whys "ndr flat: sender-bound" "$why"

# --max-trials bounds the search: exactly 5 trials, the answer not verified.
d=$out/maxt
got=$(q "$d" '[(.trials | length), .stopped, .ndr.verified, .complete] | @csv')
why=''
[ "$got" = '5,"max-trials",false,true' ] ||
	why="trials,stopped,verified,complete: $got != 5,\"max-trials\",false,true"
t_case_whys "ndr --max-trials 5" "$why"

# Output files: trials.csv one row per trial, ndr.png a PNG.
d=$out/step
why=''
rows=$(($(grep -c . "$d/trials.csv") - 1))
[ "$rows" -eq "$(q "$d" '.trials | length')" ] || why="trials.csv rows $rows != $(q "$d" '.trials | length')"
if command -v gnuplot >/dev/null; then
	magic=$(od -An -tx1 -N8 "$d/ndr.png" 2>/dev/null | tr -d ' \n')
	[ "$magic" = 89504e470d0a1a0a ] || why="$why; ndr.png magic '$magic' != 89504e470d0a1a0a"
fi
grep -q '^ndr: native udp 64 B: NDR 609.4 kpps (517 Mbit/s), PDR 0.5% 609.4 kpps (517 Mbit/s); 9 trials' "$d.err" ||
	why="$why; summary: $(tail -n 1 "$d.err")"
t_case_whys "ndr output: trials.csv, ndr.png, summary" "$why"

# Ctrl-C: SIGINT during the third trial (each takes 0.4 s); the trial
# cut short is dropped, ndr.json keeps the others with complete false,
# exit 130.  env --default-signal: a background job of a script starts
# with SIGINT ignored.
if env --default-signal=INT true 2>/dev/null; then sig=INT sw="env --default-signal=INT"; else sig=TERM sw=''; fi
$sw env NDR_FAKE=step NDR_FAKE_SLEEP=0.4 NDR_FAKE_LOG="$out/int.log" \
	"$sim" --trial 1s --out "$out/int" 2>"$out/int.err" &
pid=$!
i=0
while [ "$(grep -c . "$out/int.log" 2>/dev/null || echo 0)" -lt 3 ] && [ $i -lt 100 ]; do
	sleep 0.05
	i=$((i + 1))
done
kill -$sig $pid
wait $pid
rc=$?
d=$out/int
got=$(q "$d" '[.complete, .ndr_pps, (.trials | length)] | @csv')
calls=$(grep -c . "$out/int.log")
why=''
[ $rc -eq 130 ] || why="exit $rc != 130"
[ "$got" = 'false,,2' ] || why="$why; complete,ndr_pps,trials: $got != false,,2 (calls $calls)"
[ -f "$d/trials.csv" ] || why="$why; no trials.csv"
t_case_whys "ndr SIG$sig: partial ndr.json, exit 130" "$why"

# Bad options: exit 2, one line naming the option and its range.
# bad_options DIR "ARGS=MESSAGE START"...: each refused with exit 2 and
# one line starting "ndr: START", nothing written to DIR; WHY says which not
bad_options() {
	bo_d=$1 why=''
	shift
	for a in "$@"; do
		# shellcheck disable=SC2086
		"$sim" ${a%%=*} --out "$bo_d" >/dev/null 2>"$out/bad.err"
		rc=$?
		n=$(grep -c . "$out/bad.err")
		if [ $rc -ne 2 ] || [ "$n" -ne 1 ] || ! grep -q -- "^ndr: ${a#*=}" "$out/bad.err"; then
			why="$why|${a%%=*}: exit $rc, $n lines: $(head -n 1 "$out/bad.err")"
		fi
	done
	[ -e "$bo_d/ndr.json" ] && why="$why|a refused option still wrote ndr.json"
}
bad_options "$out/bad" "--trial 0.1s=--trial" "--trial 10x=--trial" "--resolution 0=--resolution" \
	"--resolution 60%=--resolution" "--pdr 100%=--pdr" "--pdr x=--pdr" \
	"--max-trials 2=--max-trials" "--mode foo=--mode" "--setup foo=--setup" \
	"--size 20=--size" "--batch 0=--batch" "--runner uml=--runner" \
	"--connect a/b=--connect" "--connect h:70000=--connect" "--interface eth0=--interface" \
	"--connect h --setup bridge=--setup" "--connect h --runner netns=--runner" \
	"--bogus=unknown argument"
t_case_whys "ndr bad options: exit 2, one line naming the option" "$why"

# --- RFC 9971 search through pktbench ndr (the default) ---------------
# The step system, default options but 1..2 s trials: both answers hold
# the knee within 1 %, regular, with conditional throughput; then three
# latency trials at 10, 50 and 90 % of the PDR; ndr.csv one row.
NDR_FAKE=step NDR_FAKE_LOG=$out/mlr.log \
	"$sim" --trial-max 2s --out "$out/mlr" 2>"$out/mlr.err"
rc=$?
d=$out/mlr
why=''
[ $rc -eq 0 ] || why="exit $rc: $(tail -n 1 "$d.err")"
got=$(q "$d" '[.config.search, .complete, .ndr.regular, .pdr.regular,
	(.ndr.relevant_lower_bound_pps <= 612345 and .ndr.relevant_upper_bound_pps > 612345),
	(.pdr.relevant_lower_bound_pps <= 615422 and .pdr.relevant_upper_bound_pps > 615422),
	(.ndr.conditional_throughput_pps == .ndr_pps), .trials[0].duration_s,
	([.trials[] | select(.kind == "search") | .duration_s] | max)] | @csv')
[ "$got" = '"mlr",true,true,true,true,true,true,1,2' ] ||
	why="$why|search,complete,regular x2,NDR and PDR bounds hold the knee,conditional = ndr,first and longest trial: $got != \"mlr\",true,true,true,true,true,true,1,2"
lat=$(q "$d" '[.latency[] | "\(.pct)@\(.rate_pps)"] | join(",")')
want=$(q "$d" '"10@\(.pdr_pps * 0.1 | floor),50@\(.pdr_pps * 0.5 | floor),90@\(.pdr_pps * 0.9 | floor)"')
[ "$lat" = "$want" ] || why="$why|latency trials $lat != $want"
[ "$(grep -c . "$d/ndr.csv")" -eq 2 ] && head -n 1 "$d/ndr.csv" | grep -q '"cpu","ndr_load_cv","pdr_load_cv","placement"$' ||
	why="$why|ndr.csv: $(grep -c . "$d/ndr.csv") lines, header $(head -n 1 "$d/ndr.csv" | cut -c1-60)..."
head -n 1 "$d/trials.csv" | grep -q '"cpu","load_cv"$' || why="$why|trials.csv lacks cpu, load_cv"
# every trial where the placement says (the fake reports the CPUs it was
# given): pinned where the search may use two CPUs or more
two=$(awk '/^Cpus_allowed_list:/ { print ($2 ~ /[-,]/) }' /proc/self/status)
jq -e --argjson two "$two" '
	.placement as $p | ($p.pinned == ($two == 1))
	and .cpu == (if $p.pinned then {tx: ($p.tx_cpu | tostring), rx: ($p.rx_cpu | tostring)} else null end)
	and all(.trials[]; .cpu == (if $p.pinned then {tx: ($p.tx_cpu | tostring), rx: ($p.rx_cpu | tostring)} else null end))' \
	"$d/ndr.json" >/dev/null ||
	why="$why|trials not where the placement says: $(q "$d" '[.placement, .cpu] | tojson')"
[ "$(q "$d" '[.config.runner, .setup_state.model] | @csv')" = '"netns","fake (tests/sweep/ndr_sim.sh)"' ] ||
	why="$why|runner, set-up model: $(q "$d" '[.config.runner, .setup_state.model] | @csv')"
grep -q "^ndr: native udp 64 B: NDR 612.3 kpps (519 Mbit/s, fails at " "$d.err" ||
	why="$why|summary: $(grep '^ndr: native' "$d.err" | tail -n 1)"
t_case_whys "ndr mlr: NDR $(q "$d" .ndr_pps), PDR $(q "$d" .pdr_pps), regular, latency at 10/50/90 % of PDR, $(q "$d" '.trials | length') trials" "$why"

# --sizes: one search per size, imix passed through as it is (the fake
# accepts only the size it is told, so it sees each arrive); the top
# level holds the answers per size.
NDR_FAKE=step NDR_FAKE_LOG=$out/sizes.log \
	"$sim" --sizes 64,imix --trial 1s --out "$out/two sizes" 2>"$out/sizes.err"
rc=$?
d="$out/two sizes"
why=''
[ $rc -eq 0 ] || why="exit $rc: $(tail -n 1 "$out/sizes.err")"
seen=$(awk '{ print $3 }' "$out/sizes.log" | uniq | tr '\n' ' ')
[ "$seen" = "64 imix " ] || why="$why|sizes the trials got, in order: '$seen' != '64 imix '"
got=$(jq -r '[(.sizes | map(tostring) | join(" ")), .complete, (.results | length),
	([.results[] | .ndr_pps] | map(tostring) | join(" "))] | @csv' "$d/sizes.json")
[ "$got" = '"64 imix",true,2,"612344 612344"' ] || why="$why|sizes,complete,results,ndr_pps: $got"
for s in 64 imix; do
	[ "$(jq -r .config.size "$d/size-$s/ndr.json" 2>/dev/null)" = "$s" ] || why="$why|size-$s/ndr.json missing or of another size"
done
[ "$(jq .config.frame_bytes "$d/size-imix/ndr.json")" = 349.8333 ] || why="$why|imix frame bytes $(jq .config.frame_bytes "$d/size-imix/ndr.json") != 349.8333"
[ "$(grep -c . "$d/ndr.csv")" -eq 3 ] || why="$why|ndr.csv: $(grep -c . "$d/ndr.csv") lines != 3"
NDR_FAKE=step NDR_FAKE_SIZE=imix "$sim" --size imix --trial 1s \
	--latency-at none --out "$out/imix" 2>"$out/imix.err" || why="$why|--size imix: exit $?: $(tail -n 1 "$out/imix.err")"
t_case_whys "ndr --sizes 64,imix: one search each, imix reaches the trial" "$why"

# --out: the directory is checked on the path that is used.  A name with
# a newline at its end (once checked as one directory and written into
# another) or any control character is refused, exit 2, and an earlier
# ndr.json stays; so is a symbolic link to a directory with an ndr.json,
# and a directory with an earlier --sizes run's sizes.json.
why=''
mkdir -p "$out/prev" "$out/prevs" && echo '{"earlier": true}' >"$out/prev/ndr.json"
echo '{"earlier": true}' >"$out/prevs/sizes.json"
ln -s "$out/prev" "$out/link"
nl='
'
for o in "$out/prev$nl" "$out/link" "$out/prevs" "$out/esc$(printf '\033')[31m" "$out/tab$(printf '\t')x"; do
	"$sim" --trial 1s --out "$o" >/dev/null 2>"$out/o.err"
	rc=$?
	n=$(grep -c . "$out/o.err")
	if [ $rc -ne 2 ] || [ "$n" -ne 1 ] || ! grep -q '^ndr: --out: ' "$out/o.err"; then
		why="$why|--out $(printf '%s' "$o" | od -An -c | tr -s ' ' | tail -c 24): exit $rc, $n lines: $(head -n 1 "$out/o.err")"
	fi
done
[ "$(cat "$out/prev/ndr.json")" = '{"earlier": true}' ] || why="$why|the earlier ndr.json was overwritten"
for f in "$out"/*; do
	case $f in *"$(printf '\033')"*) why="$why|a directory with ESC in its name was made" ;; esac
done
t_case_whys "ndr --out: newline, control characters and a link to an earlier result refused" "$why"

# Every number a trial reports is checked before the search sees it:
# NaN, nothing sent, more received than sent, a rate of 2^63, a negative
# count and no JSON are refused (twice: exit 1), never an answer.
why=''
for l in '{"sent":NaN,"received":5,"tx_pps":1000}|sent NaN' \
	'{"sent":0,"received":0,"tx_pps":1000}|sent 0' \
	'{"sent":1000,"received":1001,"tx_pps":1000}|received 1001 > sent 1000' \
	'{"sent":1000,"received":1000,"tx_pps":9223372036854775808}|tx_pps 9223372036854776000 is not a rate' \
	'{"sent":-5,"received":0,"tx_pps":1000}|sent -5 is not a packet count' \
	'sent=1000|not JSON'; do
	NDR_FAKE=garbage NDR_FAKE_LINE=${l%%|*} \
		"$sim" --trial 1s --out "$out/g" >/dev/null 2>"$out/g.err"
	rc=$?
	got=$(q "$out/g" '[.complete, .ndr_pps, (.trials | length), (.refused_trials | length)] | @csv')
	if [ $rc -ne 1 ] || [ "$got" != 'false,,0,2' ] || ! grep -q "refused: ${l#*|}" "$out/g.err"; then
		why="$why|${l%%|*}: exit $rc, complete,ndr_pps,trials,refused $got, $(grep refused "$out/g.err" | head -n 1)"
	fi
	rm -rf "$out/g"
done
t_case_whys "ndr trial results: NaN, sent 0, received > sent, tx_pps 2^63, negative, not JSON refused" "$why"

# The receiver's idle timeout from the environment is a number from the
# user too: checked like --idle-timeout, exit 2 and one line before any
# trial (the fake trial would not notice it).
why=''
for v in 0s 99999s 1e3s 0x10s -1s 5; do
	PKTBENCH_NDR_IDLE=$v "$sim" --trial 1s \
		--out "$out/idle" >/dev/null 2>"$out/idle.err"
	rc=$?
	n=$(grep -c . "$out/idle.err")
	if [ $rc -ne 2 ] || [ "$n" -ne 1 ] || ! grep -q "^ndr: PKTBENCH_NDR_IDLE: '$v' is not seconds in 0.001s..3600s" "$out/idle.err"; then
		why="$why|PKTBENCH_NDR_IDLE=$v: exit $rc, $n lines: $(head -n 1 "$out/idle.err")"
	fi
done
[ -e "$out/idle/ndr.json" ] && why="$why|a refused PKTBENCH_NDR_IDLE still wrote ndr.json"
t_case_whys "ndr PKTBENCH_NDR_IDLE: 0s, 99999s, 1e3s, 0x10s, -1s, 5 refused, one line" "$why"

# Bad options of the RFC 9971 search and of --sizes: exit 2, one line.
bad_options "$out/bad2" "--search foo=--search" "--exceed-ratio 1=--exceed-ratio" "--exceed-ratio x=--exceed-ratio" \
	"--search bisect --exceed-ratio 0.5=--exceed-ratio" "--search bisect --trial-min 1s=--trial-min" \
	"--trial-min 5s --trial-max 2s=--trial-min" "--trial-max 700s=--trial-max" \
	"--duration-sum 1s=--duration-sum" "--trial 1s --trial-max 2s=--trial" \
	"--sizes 64,64=--sizes" "--sizes 64,abc=--sizes" "--size imax=--size" "--size 64 --sizes 128=--sizes" \
	"--latency-at 0=--latency-at" "--latency-at 10,101=--latency-at" "--max-trials 99999999999=--max-trials"
t_case_whys "ndr bad options of the RFC 9971 search and --sizes: exit 2, one line" "$why"

# The product has no fake trial (this test's is ndr_sim.sh, which
# redefines the measurer in its own shell): a command named by
# PKTBENCH_NDR_TRIAL, the hook it once had, is never run, and without
# binaries the search stops before any trial (exit 4, one line), as it
# would with the variable unset; no script of the product names it.
printf '#!/bin/sh\necho called >>"%s"\necho %s\n' "$out/hook.called" \
	"'{\"sent\":1000,\"received\":1000,\"tx_pps\":1000}'" >"$out/hook.sh"
chmod +x "$out/hook.sh"
PKTBENCH_NDR_TRIAL=$out/hook.sh PKTBENCH_BIN=$out/nobin "$top/bin/pktbench" ndr --trial 1s \
	--out "$out/hookout" >/dev/null 2>"$out/hook.err"
rc=$?
why=''
[ $rc -eq 4 ] || why="exit $rc != 4"
[ "$(grep -c . "$out/hook.err")" -eq 1 ] && grep -q "^ndr: no pktsend/pktrecv in $out/nobin " "$out/hook.err" ||
	why="$why|stderr: $(head -n 2 "$out/hook.err" | tr '\n' '|')"
[ -e "$out/hook.called" ] && why="$why|PKTBENCH_NDR_TRIAL was run: $(grep -c . "$out/hook.called") times"
[ -e "$out/hookout/ndr.json" ] && why="$why|ndr.json written"
n=$(grep -l -e PKTBENCH_NDR_TRIAL -e trial_command "$top/bin/pktbench" "$top"/scripts/sweep/* | wc -l)
[ "$n" -eq 0 ] || why="$why|$n product files name PKTBENCH_NDR_TRIAL or trial_command: $(grep -l -e PKTBENCH_NDR_TRIAL -e trial_command "$top/bin/pktbench" "$top"/scripts/sweep/* | tr '\n' ' ')"
t_case_whys "ndr PKTBENCH_NDR_TRIAL: never read (exit 4 without binaries, the command not run)" "$why"

# The real thing: a quick search on a veth pair (netns runner, native,
# udp).  The receiver runs in a cgroup with 5 % of a CPU (1 ms per
# 20 ms), so it, not the sender, sets the loss-free rate, far below the
# unpaced rate: the unpaced trial must lose packets and the NDR must be
# below 0.9 x the unpaced rate.  The re-check is the search's own
# verification trial, run after the search at the answer, which must
# see no loss.  Noise (a shared, busy machine): no absolute rate is
# checked; a verification that a burst of noise fails sends the search
# below it (at most 3 times) instead of failing the test; only an
# unverified answer fails it.
bin=${PKTBENCH_BIN:-build/gcc}
case $bin in /*) ;; *) bin=$top/$bin ;; esac
# bg_wait: wait for the pktbench just started in the background (its pid
# names its namespaces): pid, rc, t1
bg_wait() { pid=$!; wait $pid; rc=$?; t1=$(date +%s); }

# need_real NAME: 0 when a real search can run here, else a SKIP case
need_real() {
	[ "$(id -u)" = 0 ] || { skip_case "$1" "needs root (network namespaces)"; return 1; }
	{ [ -x "$bin/pktsend" ] && [ -x "$bin/pktrecv" ]; } || { skip_case "$1" "no $bin/pktsend (run make)"; return 1; }
}
real_ndr() {
	need_real "ndr real: netns native udp" || return
	if [ -w /sys/fs/cgroup/cpu/tasks ]; then	# cgroup v1
		cg=/sys/fs/cgroup/cpu/pktbench-ndr-$$
		tasks=$cg/tasks
		mkdir "$cg" && echo 20000 >"$cg/cpu.cfs_period_us" &&
			echo 1000 >"$cg/cpu.cfs_quota_us" || tasks=''
		[ -d "$cg" ] || cg=
	elif grep -qw cpu /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null; then	# v2
		cg=/sys/fs/cgroup/pktbench-ndr-$$
		tasks=$cg/cgroup.procs
		mkdir "$cg" && echo "1000 20000" >"$cg/cpu.max" || tasks=''
		[ -d "$cg" ] || cg=''
	fi
	[ -n "${tasks:-}" ] || { skip_case "ndr real: netns native udp" "no writable cgroup cpu controller for the slow receiver"; return; }
	t0=$(date +%s)
	NDR_CG=$tasks PKTBENCH_RX_WRAP=$top/tests/sweep/ndr_slowrx.sh PKTBENCH_BIN=$bin \
		"$top/bin/pktbench" ndr --search bisect --runner netns --setup native --mode udp --quick \
		--trial 1s --resolution 5% --max-trials 20 --out "$out/real" 2>"$out/real.err" &
	bg_wait
	d=$out/real
	why=''
	[ $rc -eq 0 ] || why="exit $rc: $(tail -n 1 "$out/real.err")"
	u=$(q "$d" .unpaced_pps) ndr=$(q "$d" .ndr_pps) l0=$(q "$d" .trials[0].loss_ratio)
	jq -e '.trials[0].loss_ratio >= 0.01' "$d/ndr.json" >/dev/null 2>&1 ||
		why="$why|unpaced trial loss $l0 < 1 %: the slow receiver did not set the limit"
	jq -e '.ndr_pps > 0 and .ndr_pps < 0.9 * .unpaced_pps and .ndr.verified' "$d/ndr.json" >/dev/null 2>&1 ||
		why="$why|ndr_pps $ndr not in (0, 0.9 x unpaced $u) or not verified"
	jq -e '.ndr_pps as $a | [.verification_trials[] | select(.rate_asked_pps == $a and .lost == 0 and .received > 0)] | length >= 1' \
		"$d/ndr.json" >/dev/null 2>&1 || why="$why|no loss-free re-check trial at ndr_pps $ndr"
	jq -e '[.trials[] | .sent > 0 and .rx_pps != null] | all' "$d/ndr.json" >/dev/null 2>&1 ||
		why="$why|a trial without sender or receiver result"
	ip netns list | grep -q "^pk$pid-" && why="$why|namespaces left: $(ip netns list | grep "^pk$pid-" | tr '\n' ' ')"
	t_case_whys "ndr real: netns native udp, NDR $ndr of unpaced $u pps, $(q "$d" '.trials | length') trials, $((t1 - t0)) s" "$why"
}
real_ndr

# A real RFC 9971 search on a veth pair at two sizes (netns runner,
# native, udp, short trials), then latency at 10, 50 and 90 % of each
# size's PDR: at 90 % the receiver must report a non-zero p50 and p99
# (and p90 where pktrecv has it).  No rate is checked: the machine is
# shared and noisy.
real_sizes() {
	need_real "ndr real --sizes 64,1024" || return
	t0=$(date +%s)
	PKTBENCH_BIN=$bin timeout 300 "$top/bin/pktbench" ndr --runner netns --setup native --mode udp \
		--sizes 64,1024 --trial-min 0.2s --trial-max 0.5s --resolution 10% --max-trials 30 \
		--out "$out/rsizes" 2>"$out/rsizes.err" &
	bg_wait
	d=$out/rsizes
	why=''
	[ $rc -eq 0 ] || why="exit $rc: $(tail -n 1 "$d.err")"
	for s in 64 1024; do
		l=$(jq -c --argjson s $s '.results[] | select(.size == $s) | .latency[] | select(.pct == 90)' "$d/sizes.json" 2>/dev/null)
		[ -n "$l" ] || { why="$why|$s B: no latency at 90 % of the PDR"; continue; }
		printf '%s' "$l" | jq -e '.p50_ns > 0 and .p99_ns > 0 and (.p90_ns == null or .p90_ns > 0) and .rate_pps > 0' >/dev/null ||
			why="$why|$s B: latency at 90 % of the PDR $l: not p50, p99 > 0"
		[ "$(jq -r '.trials[] | select(.kind == "latency" and .fraction == 0.9) | .lat_p50_ns > 0' "$d/size-$s/ndr.json")" = true ] ||
			why="$why|$s B: the 90 % trial in size-$s/ndr.json lacks its latency"
	done
	[ -s "$d/ndr.png" ] || why="$why|no ndr.png across the sizes"
	# every trial ran where the placement says: pinned where the search
	# may use two CPUs or more (runner.sh's runner_placement)
	for s in 64 1024; do
		jq -e --argjson two "$(awk '/^Cpus_allowed_list:/ { print ($2 ~ /[-,]/) }' /proc/self/status)" '
			.placement as $p | ($p.pinned == ($two == 1))
			and all(.trials[]; .cpu == (if $p.pinned then {tx: ($p.tx_cpu | tostring), rx: ($p.rx_cpu | tostring)} else null end))' \
			"$d/size-$s/ndr.json" >/dev/null ||
			why="$why|$s B: trials not where the placement says: $(jq -c '[.placement, (.trials[0].cpu)]' "$d/size-$s/ndr.json" 2>/dev/null)"
	done
	ip netns list | grep -q "^pks$pid" && why="$why|namespaces left: $(ip netns list | grep "^pks$pid" | tr '\n' ' ')"
	t_case_whys "ndr real --sizes 64,1024: $(jq -r '[.results[] | "\(.size) B NDR \(.ndr_pps) pps, p50/p99 at 90 % of PDR \((.latency[] | select(.pct == 90) | "\(.p50_ns)/\(.p99_ns)") // "-") ns"] | join("; ")' "$d/sizes.json" 2>/dev/null), $((t1 - t0)) s" "$why"
}
real_sizes

# --connect: the trials go through the control channel to a pktrecv
# --server in another namespace (its own veth pair); pktsend gets the
# receiver's result back.  Each trial must carry both sides.
connect_ndr() {
	[ "$(id -u)" = 0 ] || { skip_case "ndr --connect" "needs root (network namespaces)"; return; }
	[ -x "$bin/pktsend" ] || { skip_case "ndr --connect" "no $bin/pktsend"; return; }
	if ! topo_up native; then
		case_line "ndr --connect" "could not build the veth pair: $NW_ERR"
		return
	fi
	ip netns exec "$TOPO_NS_RX" "$bin/pktrecv" --server --bind "$TOPO_IP_RX" -q >"$out/srv.log" 2>&1 &
	spid=$!
	PKTBENCH_BIN=$bin ip netns exec "$TOPO_NS_TX" "$top/bin/pktbench" ndr --search bisect --connect "$TOPO_IP_RX" \
		--mode udp --trial 0.5s --resolution 50% --max-trials 4 --out "$out/conn" 2>"$out/conn.err"
	rc=$?
	d=$out/conn
	why=''
	[ $rc -eq 0 ] || why="exit $rc: $(tail -n 1 "$out/conn.err")"
	jq -e --arg ip "$TOPO_IP_RX" '.complete and .config.connect == $ip and (.trials | length) >= 2
		and ([.trials[] | .sent > 0 and .received > 0 and .rx_pps != null] | all)' \
		"$d/ndr.json" >/dev/null 2>&1 ||
		why="$why|complete, connect, >= 2 trials each with both sides: $(q "$d" '[.complete, .config.connect, (.trials | length), ([.trials[] | .sent > 0 and .received > 0 and .rx_pps != null] | all)] | @csv')"
	t_case_whys "ndr --connect: $(q "$d" '.trials | length') trials through the control channel" "$why"
}
connect_ndr
t_done
