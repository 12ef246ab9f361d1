#!/bin/sh
# pktbench sweep checks paths and numbers once, on the value used (issue
# 18, items 11 and 13).  No root, no network: the runs go through a fake
# runner (tests/sweep/sweep_fake.sh), the option checks through --dry-run.
#   --out: a newline at the end, ESC, a tab, a link to an earlier sweep:
#     exit 2, one line, the earlier runs.jsonl kept, nothing run;
#   numbers from the user (--batch of 20 digits, 0x10, -1, --repeat,
#     --idle-timeout, --scale): exit 2, one line naming the option;
#   numbers from a run (2^63, NaN-like strings, negatives, received >
#     sent): the point is recorded failed, "result refused", never
#     aggregated as a measurement.
# Exit 0 pass, 1 fail, 4 skip.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
fake=$top/tests/sweep/sweep_fake.sh

# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"
for t in jq awk; do
	command -v $t >/dev/null || t_skip "needs $t"
done
t_tmp test-sweep-checks
out=$T_TMP
trap t_tmp_clean EXIT

# scenario II (4 rates), native udp, one repeat: 4 runs
pt='--runner netns --setups native --modes udp --scenarios II --repeat 1 --preset quick'

# --out: checked on the path that is used.  "prev<newline>" was checked
# as one directory and then `$(cd && pwd)` wrote into prev, truncating
# its runs.jsonl.
why=''
mkdir -p "$out/prev" && echo '{"earlier": true}' >"$out/prev/runs.jsonl"
ln -s "$out/prev" "$out/link"
nl='
'
for o in "$out/prev$nl" "$out/link" "$out/esc$(printf '\033')[31m" "$out/tab$(printf '\t')x" \
	"$out/cr$(printf '\r')"; do
	rm -rf "$out/state"
	# shellcheck disable=SC2086
	SWF_STATE=$out/state "$fake" $pt --out "$o" >/dev/null 2>"$out/o.err"
	rc=$?
	# the set-ups line, then one line naming --out
	n=$(grep -c -- '--out' "$out/o.err")
	shown=$(printf '%s' "$o" | od -An -c | tr -s ' ' | tail -c 24)
	if [ $rc -ne 2 ] || [ "$n" -ne 1 ] || ! tail -n 1 "$out/o.err" | grep -q '^sweep: --out: '; then
		why="$why|--out $shown: exit $rc, $n lines: $(head -n 1 "$out/o.err" | tr -d '\033')"
	fi
	[ -s "$out/state/log" ] && why="$why|--out $shown: the runner built or ran: $(head -n 1 "$out/state/log")"
done
[ "$(cat "$out/prev/runs.jsonl")" = '{"earlier": true}' ] ||
	why="$why|the earlier runs.jsonl was overwritten: $(head -c 60 "$out/prev/runs.jsonl")"
for f in "$out"/*; do
	case $f in *"$(printf '\033')"* | *"$(printf '\t')"*) why="$why|a directory with a control character in its name was made" ;; esac
done
t_case_whys "sweep --out: newline, ESC, tab, CR and a link to an earlier sweep refused, nothing run" "$why"

# --runner uml checks --out the same way before it boots the guest: run
# from a tree whose guest launcher is a stub that says when it was called.
why=''
mkdir -p "$out/root/tests/uml"
for f in bin scripts networks data; do ln -s "$top/$f" "$out/root/$f"; done
printf '#!/bin/sh\necho called >>"%s"\nexit 4\n' "$out/launched" >"$out/root/tests/uml/launch.sh"
chmod +x "$out/root/tests/uml/launch.sh"
for o in "$out/prev$nl" "$out/link" "$out/esc$(printf '\033')[31m"; do
	rm -f "$out/launched"
	SWF_STATE=$out/state SWF_ROOT=$out/root "$fake" --runner uml --out "$o" >/dev/null 2>"$out/o.err"
	rc=$?
	shown=$(printf '%s' "$o" | od -An -c | tr -s ' ' | tail -c 24)
	if [ $rc -ne 2 ] || [ "$(grep -c . "$out/o.err")" -ne 1 ] || ! grep -q '^sweep: --out: ' "$out/o.err"; then
		why="$why|--runner uml --out $shown: exit $rc: $(head -n 1 "$out/o.err" | tr -d '\033')"
	fi
	[ -e "$out/launched" ] && why="$why|--runner uml --out $shown: the guest was launched"
done
[ "$(cat "$out/prev/runs.jsonl")" = '{"earlier": true}' ] || why="$why|the earlier runs.jsonl was overwritten"
t_case_whys "sweep --runner uml --out: newline, a link, ESC refused before the guest boots" "$why"

# A guest that cannot run here (launch.sh exit 4, why on stdout): exit 4
# and one line with the launcher's reason.
t_case "sweep --runner uml where the guest cannot run: exit 4, the launcher's reason on one line"
printf '#!/bin/sh\necho "the UML kernel 6.1 cannot run here: a reason"\nexit 4\n' >"$out/root/tests/uml/launch.sh"
SWF_STATE=$out/state SWF_ROOT=$out/root "$fake" --runner uml --out "$out/umlno" >"$out/o.out" 2>"$out/o.err"
rc=$?
expect_eq "sweep --runner uml, no guest here: exit" "$rc" 4
expect_eq "sweep --runner uml, no guest here: stderr" "$(grep -v '^sweep: runner uml: booting' "$out/o.err")" \
	"sweep: runner uml: cannot run here: the UML kernel 6.1 cannot run here: a reason"
expect_eq "sweep --runner uml, no guest here: stdout" "$(cat "$out/o.out")" ""
t_case_end

# A plain --out still works, and a fresh directory gets the sweep.
rm -rf "$out/state"
# shellcheck disable=SC2086
SWF_STATE=$out/state "$fake" $pt --out "$out/fresh dir" >/dev/null 2>"$out/f.err"
rc=$?
why=''
[ $rc -eq 0 ] || why="exit $rc: $(tail -n 1 "$out/f.err")"
expect_n() { [ "$2" = "$3" ] || why="$why|$1: $2 != $3"; }
expect_n runs "$(grep -c '^run ' "$out/state/log")" 4
expect_n "runs.jsonl lines" "$(grep -c . "$out/fresh dir/runs.jsonl" 2>/dev/null)" 4
expect_n "ok points" "$(jq -s '[.[] | select(.status == "ok")] | length' "$out/fresh dir/runs.jsonl" 2>/dev/null)" 4
t_case_whys "sweep --out DIR with a space: 4 runs recorded" "$why"

# The product has no fake runner (this test's is sweep_fake.sh, which
# redefines the netns runner): --runner fake is refused, and a file named
# by PKTBENCH_SWEEP_RUNNER, the hook it once had, is not sourced.
printf 'echo sourced >>"%s"\n' "$out/hook" >"$out/hook.sh"
PKTBENCH_SWEEP_RUNNER=$out/hook.sh "$top/bin/pktbench" sweep --runner fake --dry-run >/dev/null 2>"$out/h.err"
rc=$?
why=''
[ $rc -eq 2 ] || why="exit $rc"
grep -qx "sweep: --runner: 'fake' is not docker, netns, uml or lab" "$out/h.err" ||
	why="$why|stderr: $(head -n 2 "$out/h.err" | tr '\n' '|')"
[ -e "$out/hook" ] && why="$why|PKTBENCH_SWEEP_RUNNER was sourced"
t_case_whys "sweep --runner fake: refused (exit 2), PKTBENCH_SWEEP_RUNNER not read" "$why"

# Numbers from the user: exit 2, one line "sweep: FLAG: ...", before
# anything runs (--dry-run prints the plan only when all are good).
why=''
# the quotes in the expected messages are literal
# shellcheck disable=SC2089
for a in "--batch 99999999999999999999=--batch: 99999999999999999999 is outside 1..1024" \
	"--batch 0x10=--batch: '0x10' is not a number 1..1024" \
	"--batch -1=--batch: '-1' is not a number" "--batch 1025=--batch: 1025 is outside" \
	"--batch 0=--batch: 0 is outside" \
	"--repeat 99999999999999999999=--repeat: 99999999999999999999 is outside 1..100" \
	"--repeat 1e2=--repeat: '1e2' is not a number" \
	"--idle-timeout 0s=--idle-timeout: '0s' is not seconds in 0.001s..3600s" \
	"--idle-timeout 99999s=--idle-timeout: '99999s' is not seconds" \
	"--idle-timeout 1e3s=--idle-timeout" "--idle-timeout NaNs=--idle-timeout" \
	"--scale NaN=--scale" "--scale inf=--scale" "--rate-scale 0x1=--rate-scale"; do
	# shellcheck disable=SC2086,SC2090
	"$top/bin/pktbench" sweep --runner netns --dry-run ${a%%=*} >"$out/d.out" 2>"$out/d.err"
	rc=$?
	n=$(grep -c . "$out/d.err")
	if [ $rc -ne 2 ] || [ "$n" -ne 1 ] || ! grep -qF -- "sweep: ${a#*=}" "$out/d.err"; then
		why="$why|${a%%=*}: exit $rc, $n lines: $(head -n 1 "$out/d.err")"
	fi
done
# shellcheck disable=SC2086
"$top/bin/pktbench" sweep $pt --batch 0064 --idle-timeout 2.5s --dry-run >"$out/d.out" 2>"$out/d.err" ||
	why="$why|--batch 0064 --idle-timeout 2.5s: exit $?: $(tail -n 1 "$out/d.err")"
# what the user typed comes back with control characters as ?
# shellcheck disable=SC2089
for c in "sweep --bo$(printf '\033')gus|sweep: unknown argument '--bo?gus'" \
	"sweep --runner netns --dry-run --setups nat$(printf '\033')ive|sweep: --setups: 'nat?ive' is not one of" \
	"ndr --mode u$(printf '\033')dp|ndr: --mode: 'u?dp' is not one of" \
	"compare $out/no$(printf '\033')ne $out/x|pktbench compare: $out/no?ne: no such sweep"; do
	# shellcheck disable=SC2086,SC2090
	"$top/bin/pktbench" ${c%%|*} >/dev/null 2>"$out/d.err"
	rc=$?
	if [ $rc -ne 2 ] || [ "$(grep -c . "$out/d.err")" -ne 1 ] || grep -q "$(printf '\033')" "$out/d.err" ||
		! grep -qF -- "${c#*|}" "$out/d.err"; then
		why="$why|${c%%|*}: exit $rc: $(head -n 1 "$out/d.err" | tr -d '\033')"
	fi
done
t_case_whys "sweep numbers: --batch of 20 digits, 0x10, -1, --repeat, --idle-timeout, --scale refused with one line; ESC echoed as ?" "$why"

# A value left out or empty is refused with one line, not taken for the
# default (--runner '' once picked a runner, --out '' a directory of its
# own); a --dry-run refuses an --out or --resume it could not write.
why=''
for o in --setups --modes --scenarios --repeat --preset --scale --runner --rate-scale \
	--out --batch --idle-timeout --resume --shard; do
	for form in empty missing; do
		if [ $form = empty ]; then
			"$top/bin/pktbench" sweep --dry-run "$o" '' >"$out/d.out" 2>"$out/d.err"
		else
			"$top/bin/pktbench" sweep --dry-run "$o" >"$out/d.out" 2>"$out/d.err"
		fi
		rc=$?
		if [ $rc -ne 2 ] || [ "$(grep -c . "$out/d.err")" -ne 1 ] || [ -s "$out/d.out" ] ||
			! grep -qxF -- "sweep: $o: needs a value; see pktbench sweep --help" "$out/d.err"; then
			why="$why|sweep $o ($form): exit $rc: $(head -n 1 "$out/d.err")"
		fi
	done
done
for o in --runner --connect --interface --setup --mode --size --sizes --search --pdr --trial \
	--trial-min --trial-max --duration-sum --exceed-ratio --resolution --max-trials \
	--latency-at --batch --out; do
	"$top/bin/pktbench" ndr "$o" '' >"$out/d.out" 2>"$out/d.err"
	rc=$?
	if [ $rc -ne 2 ] || [ "$(grep -c . "$out/d.err")" -ne 1 ] ||
		! grep -qxF -- "ndr: $o: needs a value; see pktbench ndr --help" "$out/d.err"; then
		why="$why|ndr $o '': exit $rc: $(head -n 1 "$out/d.err")"
	fi
done
nl='
'
for c in "sweep --out" "sweep --resume" "ndr --out"; do
	cmd=${c% *} o=${c#* } dry=''
	[ "$cmd" = sweep ] && dry=--dry-run
	# shellcheck disable=SC2086	# $dry: one word or none
	(cd "$out" && "$top/bin/pktbench" "$cmd" $dry "$o" "bad${nl}dir" >d.out 2>d.err)
	rc=$?
	if [ $rc -ne 2 ] || [ "$(grep -c . "$out/d.err")" -ne 1 ] || [ -e "$out/bad${nl}dir" ] ||
		! grep -qxF -- "$cmd: $o: 'bad?dir' has a control character (shown as ?); choose a plain name" "$out/d.err"; then
		why="$why|$c 'bad<NL>dir': exit $rc: $(head -n 1 "$out/d.err")"
	fi
done
t_case_whys "sweep and ndr: every option's value left out or empty refused (one line, exit 2); --out/--resume with a newline refused even with --dry-run" "$why"

# Numbers from a run: checked before the point counts.  Each broken
# result makes every point failed with "result refused: ...", and
# data.csv has no measured point.
why=''
big=9223372036854775808
for c in "rx|{\"stats\":{\"received\":$big,\"pps\":1000.0}}|received 9223372036854776000 is not a packet count" \
	"rx|{\"stats\":{\"received\":\"abc\",\"pps\":1000.0}}|received \"abc\" is not a packet count" \
	"rx|{\"stats\":{\"received\":@COUNT@,\"pps\":1e300}}|rx_pps 1e+300 is not a rate" \
	"rx|{\"stats\":{\"received\":-5,\"pps\":1000.0}}|received -5 is not a packet count" \
	"rx|{\"stats\":{\"received\":@COUNT@,\"pps\":1000.0,\"lat_p99_ns\":-1}}|lat_p99_ns -1 is not a latency" \
	"tx|{\"stats\":{\"sent\":10,\"pps\":1000.0}}|> sent 10" \
	"tx|{\"stats\":{\"sent\":@COUNT@,\"pps\":$big}}|tx_pps 9223372036854776000 is not a rate" \
	"tx|{\"stats\":{\"sent\":@COUNT@,\"pps\":\"NaN\"}}|tx_pps \"NaN\" is not a rate" \
	"tx|[1, 2]|not a JSON object" "tx|sent=1|not JSON"; do
	side=${c%%|*} r=${c#*|}
	line=${r%%|*} want=${r#*|}
	d=$out/n-$side-$(printf '%s' "$line" | cksum | cut -d' ' -f1)
	if [ "$side" = rx ]; then
		# shellcheck disable=SC2086
		SWF_STATE=$out/state SWF_RX=$line "$fake" $pt --out "$d" >/dev/null 2>"$out/n.err"
	else
		# shellcheck disable=SC2086
		SWF_STATE=$out/state SWF_TX=$line "$fake" $pt --out "$d" >/dev/null 2>"$out/n.err"
	fi
	rc=$?
	got=$(jq -rs '[length, ([.[] | select(.status == "failed" and (.reason | startswith("result refused: ")))] | length)] | @csv' \
		"$d/runs.jsonl" 2>/dev/null)
	okrows=$(awk -F, 'NR > 1 && $7 != 0' "$d/data.csv" 2>/dev/null | grep -c .)
	if [ $rc -ne 0 ] || [ "$got" != '4,4' ] || [ "$okrows" -ne 0 ] || ! grep -qF "result refused: " "$out/n.err" ||
		! jq -r .reason "$d/runs.jsonl" | grep -qF -- "$want"; then
		why="$why|$side $line: exit $rc, runs,refused $got, measured rows $okrows, reason: $(jq -r .reason "$d/runs.jsonl" 2>/dev/null | head -n 1)"
	fi
done
t_case_whys "sweep run results: 2^63, strings, 1e300, negatives, received > sent, no JSON refused per point" "$why"

t_done
