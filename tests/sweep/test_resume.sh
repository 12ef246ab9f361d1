#!/bin/sh
# pktbench sweep --resume, --shard, the report's merge and the CPU
# placement, over the fake runner (tests/sweep/sweep_fake.sh): no root,
# no network.  Cases go to $PKTBENCH_CASES (tests/run.sh) or stdout.
#
#   tests/sweep/test_resume.sh        (PKTBENCH_KEEP=1 keeps the output)
# shellcheck disable=SC2086	# $plan: the options, split on purpose
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"

command -v jq >/dev/null || t_skip "needs jq"
t_tmp test-resume
trap t_tmp_clean EXIT
# two CPUs, whatever this host has, unless a case says otherwise
export PKTBENCH_CPUS=0-1

# sweep NAME ARGS...: a fake sweep of 2 set-ups x 5 sizes x 2 modes x 2
# repeats (40 runs) into $T_TMP/NAME, its own run counters; exit code in
# SW_RC, stderr in $T_TMP/NAME.err
plan='--runner netns --setups native,bridge --modes udp,mmap --scenarios III --repeat 2 --preset quick'
# (SIGINT's default action restored: a shell started in the background
# of a script inherits SIGINT ignored, and a signal ignored on entry
# cannot be trapped, so the interrupt case would test nothing)
sweep() {
	n=$1
	shift
	SWF_STATE=$T_TMP/state-$n env --default-signal=INT,TERM \
		"$top/tests/sweep/sweep_fake.sh" "$@" 2>"$T_TMP/$n.err"
	SW_RC=$?
}
# points DIR: the run set of a sweep, one sorted line per run
points() {
	jq -r '[.setup, .scenario, .param, .mode, .repeat, .status] | @tsv' "$1/runs.jsonl" | sort
}
# col DIR NAME: data.csv's column NAME, its distinct values
col() {
	printf 'NR > 1 { print F("%s") }\n' "$2" >"$T_TMP/col.awk"
	awk -F, -f "$top/scripts/sweep/csv.awk" -f "$T_TMP/col.awk" "$1/data.csv" | sort -u
}

t_case "uninterrupted fake sweep: 40 runs, 20 rows"
sweep full $plan --out "$T_TMP/full"
expect_eq "exit" "$SW_RC" 0
expect_eq "runs" "$(grep -c . "$T_TMP/full/runs.jsonl")" 40
expect_eq "data.csv rows" "$(tail -n +2 "$T_TMP/full/data.csv" | grep -c .)" 20

t_case "SIGINT after 13 runs: exit 130, 13 runs recorded, the 14th not"
SWF_INT_AT=13 sweep part $plan --out "$T_TMP/part"
expect_eq "exit" "$SW_RC" 130
expect_eq "runs recorded" "$(grep -c . "$T_TMP/part/runs.jsonl")" 13
expect_eq "meta.json interrupted" "$(jq .interrupted "$T_TMP/part/meta.json")" true

t_case "--resume: the same run set as the uninterrupted sweep, no run twice"
# a hard kill mid-write leaves half a line: resume drops it
printf '{"setup":"native","scen' >>"$T_TMP/part/runs.jsonl"
sweep part $plan --resume "$T_TMP/part"
expect_eq "exit" "$SW_RC" 0
expect_eq "runs" "$(grep -c . "$T_TMP/part/runs.jsonl")" 40
[ "$(points "$T_TMP/part")" = "$(points "$T_TMP/full")" ] ||
	fail "run set differs: $(diff "$(points "$T_TMP/part" | sed 's/^/x/' >"$T_TMP/a"; echo "$T_TMP/a")" \
		"$(points "$T_TMP/full" | sed 's/^/x/' >"$T_TMP/b"; echo "$T_TMP/b")" | head -n 3 | tr '\n' '|')"
expect_eq "duplicate runs" "$(points "$T_TMP/part" | uniq -d | grep -c .)" 0
# the runs of this sitting: the 27 missing, the interrupted one among them
expect_eq "runs run by the resume" "$(cat "$T_TMP/state-part/runs")" $((14 + 27))
grep -q 'dropped 1 line' "$T_TMP/part.err" || fail "resume did not say it dropped the cut line"
expect_eq "sittings" "$(jq '.sittings | length' "$T_TMP/part/meta.json")" 2
expect_eq "meta.json interrupted" "$(jq .interrupted "$T_TMP/part/meta.json")" false

t_case "--resume alone takes the recorded options; a complete sweep runs nothing"
ups=$(grep -c '^up ' "$T_TMP/state-part/log")
sweep part --resume "$T_TMP/part"
expect_eq "exit" "$SW_RC" 0
expect_eq "runs" "$(grep -c . "$T_TMP/part/runs.jsonl")" 40
expect_eq "runs run" "$(cat "$T_TMP/state-part/runs")" 41
expect_eq "set-ups built" "$(grep -c '^up ' "$T_TMP/state-part/log")" "$ups"
grep -q 'resume: 40 of 40 runs recorded' "$T_TMP/part.err" || fail "resume does not say 40 of 40 runs are recorded"

t_case "--resume with a changed plan is refused (exit 2), --force resumes and says so"
cp -r "$T_TMP/part" "$T_TMP/changed"
rm -f "$T_TMP/state-changed/runs"
sweep changed --runner netns --setups native,bridge --modes udp,mmap --scenarios III --repeat 3 --preset quick --resume "$T_TMP/changed"
expect_eq "exit" "$SW_RC" 2
grep -q 'plan.repeat: 2 -> 3' "$T_TMP/changed.err" || fail "refusal does not name plan.repeat 2 -> 3: $(tail -n 2 "$T_TMP/changed.err" | tr '\n' '|')"
grep -q -- '--force resumes anyway' "$T_TMP/changed.err" || fail "refusal does not name --force"
expect_eq "runs after the refusal" "$(grep -c . "$T_TMP/changed/runs.jsonl")" 40
expect_eq "runs run" "$(cat "$T_TMP/state-changed/runs" 2>/dev/null || echo 0)" 0
sweep changed --runner netns --setups native,bridge --modes udp,mmsg --scenarios III --repeat 2 --preset quick --resume "$T_TMP/changed"
expect_eq "exit (other modes)" "$SW_RC" 2
sweep changed --runner netns --setups native,bridge --modes udp,mmap --scenarios III --repeat 3 --preset quick --resume "$T_TMP/changed" --force
expect_eq "exit with --force" "$SW_RC" 0
expect_eq "runs with --force (the third repeat)" "$(grep -c . "$T_TMP/changed/runs.jsonl")" 60
expect_eq "meta.json forced" "$(jq .forced "$T_TMP/changed/meta.json")" true
grep -q 'Resumed with --force.*plan.repeat: 2 -> 3' "$T_TMP/changed/summary.md" ||
	fail "summary.md does not say the resume was forced over plan.repeat"

t_case "--resume of a changed machine is refused (identity.json's machine)"
cp -r "$T_TMP/full" "$T_TMP/moved"
jq -c '.machine.cpus = 64' "$T_TMP/full/identity.json" >"$T_TMP/moved/identity.json"
sweep moved --resume "$T_TMP/moved"
expect_eq "exit" "$SW_RC" 2
grep -q 'machine.cpus: 64 -> ' "$T_TMP/moved.err" || fail "refusal does not name machine.cpus"

t_case "--shard 1/2 and 2/2: every other point each, merged rows = one sweep's"
sweep s1 $plan --shard 1/2 --out "$T_TMP/s1"
expect_eq "exit 1/2" "$SW_RC" 0
sweep s2 $plan --shard 2/2 --out "$T_TMP/s2"
expect_eq "exit 2/2" "$SW_RC" 0
expect_eq "runs 1/2" "$(grep -c . "$T_TMP/s1/runs.jsonl")" 20
expect_eq "runs 2/2" "$(grep -c . "$T_TMP/s2/runs.jsonl")" 20
# shard 1 has the plan's lines 1, 3, 5 ...: native 64 udp first
expect_eq "shard 1's first run" "$(head -n 1 "$T_TMP/s1/runs.jsonl" | jq -r '"\(.setup) \(.param) \(.mode)"')" "native 64 udp"
expect_eq "shard 2's first run" "$(head -n 1 "$T_TMP/s2/runs.jsonl" | jq -r '"\(.setup) \(.param) \(.mode)"')" "native 64 mmap"
"$top/bin/pktbench" report "$T_TMP/s1" "$T_TMP/s2" --out "$T_TMP/merged" --no-figures 2>"$T_TMP/merge.err"
expect_eq "report exit" "$?" 0
if cmp -s "$T_TMP/merged/data.csv" "$T_TMP/full/data.csv"; then :; else
	fail "merged data.csv differs from the unsharded one: $(diff "$T_TMP/merged/data.csv" "$T_TMP/full/data.csv" | head -n 3 | tr '\n' '|')"
fi
[ "$(points "$T_TMP/merged")" = "$(points "$T_TMP/full")" ] || fail "merged run set differs"
grep -q 'Merged from 2 shards (1/2, 2/2)' "$T_TMP/merged/summary.md" || fail "summary.md does not say it merged 2 shards"
grep -q 'different machines' "$T_TMP/merged/summary.md" "$T_TMP/merge.err" && fail "one machine's shards said to be from several"

t_case "report of shards from two machines: summary.md and meta.json name each shard's"
cp -r "$T_TMP/s2" "$T_TMP/s2x"
jq '.kernel = "9.9.9-other"' "$T_TMP/s2/machine.json" >"$T_TMP/s2x/machine.json"
k1=$(jq -r .kernel "$T_TMP/s1/machine.json")
"$top/bin/pktbench" report "$T_TMP/s1" "$T_TMP/s2x" --out "$T_TMP/m5" --no-figures 2>"$T_TMP/m5.err"
expect_eq "report exit" "$?" 0
grep -q 'the shards ran on 2 different machines' "$T_TMP/m5.err" || fail "stderr does not say so: $(cat "$T_TMP/m5.err")"
grep -q '^\*\*The shards ran on 2 different machines\*\*' "$T_TMP/m5/summary.md" || fail "summary.md does not say so"
grep -qF "| $k1 | 1/2 |" "$T_TMP/m5/summary.md" || fail "summary.md: no row of shard 1/2 on $k1"
grep -qF "| 9.9.9-other | 2/2 |" "$T_TMP/m5/summary.md" || fail "summary.md: no row of shard 2/2 on 9.9.9-other"
expect_eq "meta.json: each shard's kernel" "$(jq -r '[.shards[] | "\(.shard) \(.machine.kernel)"] | join(", ")' "$T_TMP/m5/meta.json")" "1/2 $k1, 2/2 9.9.9-other"
cmp -s "$T_TMP/m5/data.csv" "$T_TMP/merged/data.csv" || fail "data.csv depends on machine.json"

t_case "report of a shard whose machine.json is unreadable: its line stays, machine null"
cp -r "$T_TMP/s2" "$T_TMP/s2c"
printf '{"kernel": "trunc' >"$T_TMP/s2c/machine.json"
"$top/bin/pktbench" report "$T_TMP/s1" "$T_TMP/s2c" --out "$T_TMP/m6" --no-figures 2>"$T_TMP/m6.err"
expect_eq "report exit" "$?" 0
expect_eq "meta.json: both shards, the unreadable one null" "$(jq -r '[.shards[] | "\(.shard) \(.machine.kernel)"] | join(", ")' "$T_TMP/m6/meta.json")" "1/2 $k1, 2/2 null"
grep -q 'different machines' "$T_TMP/m6/summary.md" "$T_TMP/m6.err" && fail "an unreadable machine.json counted as another machine"
cmp -s "$T_TMP/m6/data.csv" "$T_TMP/merged/data.csv" || fail "data.csv depends on machine.json"

t_case "report refuses shards of different plans, and one shard twice"
sweep o2 --runner netns --setups native,bridge --modes udp,mmap --scenarios III --repeat 3 --preset quick --shard 2/2 --out "$T_TMP/o2"
"$top/bin/pktbench" report "$T_TMP/s1" "$T_TMP/o2" --out "$T_TMP/m2" --no-figures 2>"$T_TMP/m2.err"
expect_eq "exit (other plan)" "$?" 2
grep -q 'is a shard of another plan.*repeat 2 vs 3' "$T_TMP/m2.err" || fail "refusal: $(cat "$T_TMP/m2.err")"
[ -e "$T_TMP/m2/runs.jsonl" ] && fail "a refused merge wrote runs.jsonl"
"$top/bin/pktbench" report "$T_TMP/s1" "$T_TMP/s1" --out "$T_TMP/m3" --no-figures 2>"$T_TMP/m3.err"
expect_eq "exit (shard twice)" "$?" 2
grep -q 'shard 1/2 given twice' "$T_TMP/m3.err" || fail "refusal: $(cat "$T_TMP/m3.err")"
"$top/bin/pktbench" report "$T_TMP/s1" --out "$T_TMP/m4" --no-figures 2>"$T_TMP/m4.err"
expect_eq "exit (one shard of two)" "$?" 0
grep -q 'shards missing: 2/2' "$T_TMP/m4.err" || fail "a lone shard's merge does not name 2/2 missing"

t_case "placement: pinned by default (sender CPU 0, receiver CPU 1), none with --no-pin or one CPU"
pl() { jq -r '.placement | "\(.pinned) \(.tx_cpu) \(.rx_cpu)"' "$1/runs.jsonl" | sort -u | tr '\n' '|'; }
expect_eq "runs.jsonl placement (default)" "$(pl "$T_TMP/full")" "true 0 1|"
expect_eq "data.csv placement (default)" "$(col "$T_TMP/full" placement)" "tx0/rx1"
expect_eq "the runner's CPUs" "$(grep -c 'tx_cpu=0 rx_cpu=1$' "$T_TMP/state-full/log")" 40
sweep np $plan --no-pin --out "$T_TMP/np"
expect_eq "runs.jsonl placement (--no-pin)" "$(pl "$T_TMP/np")" "false null null|"
expect_eq "data.csv placement (--no-pin)" "$(col "$T_TMP/np" placement)" "none"
expect_eq "the runner's CPUs (--no-pin)" "$(grep -c 'tx_cpu= rx_cpu=$' "$T_TMP/state-np/log")" 40
PKTBENCH_CPUS=3 sweep one $plan --out "$T_TMP/one"
expect_eq "runs.jsonl placement (one CPU)" "$(jq -r '.placement | "\(.pinned) \(.why)"' "$T_TMP/one/runs.jsonl" | sort -u)" "false one CPU (3): sender and receiver share it"
grep -q 'placement: not pinned (one CPU (3)' "$T_TMP/one.err" || fail "one CPU: the sweep does not say it did not pin"

t_case "data.csv: cv_pct per point is sd / mean x 100"
cat >"$T_TMP/cv.awk" <<'AWK'
NR > 1 {
	cv = F("sd_pps") / F("mean_pps") * 100
	if (F("cv_pct") == "" || (F("cv_pct") - cv) ^ 2 > 0.0001)
		print F("setup") " " F("param") " " F("mode") ": " F("cv_pct") " != " cv
}
AWK
bad=$(awk -F, -f "$top/scripts/sweep/csv.awk" -f "$T_TMP/cv.awk" "$T_TMP/full/data.csv") ||
	fail "cv_pct: awk exit $? (no data.csv, or no cv_pct column)"
[ -z "$bad" ] || fail "cv_pct: $(printf '%s' "$bad" | head -n 2 | tr '\n' '|')"

t_done
