#!/bin/sh
# pktbench report on hostile paths and metadata (issue 18, item 14).  No
# root, no network: the fixture runs.jsonl in directories named with |,
# [1], a backslash, a quote and a newline; meta.json, machine.json and
# setups.jsonl that are not JSON or hold numbers out of range.
#   - every name gives the same 7 figures and a figures/plot.gp that
#     names figures/ only (it redraws them from the directory);
#   - bad metadata: exit 1, one line naming the file, and no summary.md
#     (once: exit 0 and a summary without its head);
#   - no metadata at all is no error: the head says ? for what it lacks.
# Exit 0 pass, 1 fail, 4 skip.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
fx=$top/tests/sweep/fixtures

# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"
for t in jq awk; do
	command -v $t >/dev/null || t_skip "needs $t"
done
t_tmp test-report
out=$T_TMP
trap t_tmp_clean EXIT

meta='{"command":"pktbench sweep --preset quick","runner":"netns","preset":"quick","scale":0.05,"repeat":1,
"setups":["native"],"modes":["udp"],"scenarios":["III"],"skipped":[],"started":"2026-12-07T00:00:00Z",
"finished":"2026-12-07T00:01:00Z","runs_planned":14,"runs_done":14,"interrupted":false,
"binaries":"build/gcc","batch":64,"idle_timeout":"1s","rate_scale":1,"label":null}'

# mkrun NAME: a sweep directory NAME under $out with the fixture runs and
# a good meta.json
mkrun() {
	mkdir -p "$out/$1" && cp "$fx/runs.jsonl" "$out/$1/" && printf '%s\n' "$meta" >"$out/$1/meta.json"
}

# pngs DIR: how many PNG files DIR holds
pngs() {
	pn=0
	for p in "$1"/*.png; do [ -s "$p" ] && pn=$((pn + 1)); done
	echo $pn
}

# Directory names gnuplot or sed once took for syntax: | ended sed's s
# command, [1] and \s were patterns, ' ended gnuplot's string.
if command -v gnuplot >/dev/null; then
	why=''
	nl='
'
	for n in 'a|b' 'x[1]' 'back\slash' "it's" "nl${nl}x" plain; do
		mkrun "$n"
		d=$out/$n
		"$top/bin/pktbench" report "$d" >/dev/null 2>"$out/r.err"
		rc=$?
		figs=$(pngs "$d/figures")
		shown=$(printf '%s' "$n" | tr '\n' '?')
		[ $rc -eq 0 ] || why="$why|$shown: exit $rc: $(tail -n 1 "$out/r.err")"
		[ "$figs" -eq 7 ] || why="$why|$shown: $figs PNGs != 7"
		if [ -f "$d/figures/plot.gp" ]; then
			bad=$(grep -c -e 'figures\.tmp' -e "$out" "$d/figures/plot.gp")
			[ "$bad" -eq 0 ] || why="$why|$shown: plot.gp names figures.tmp or the directory $bad times"
			rm -f "$d/figures/overview.png"
			(cd "$d" && gnuplot figures/plot.gp) 2>"$out/gp.err" && [ -s "$d/figures/overview.png" ] ||
				why="$why|$shown: figures/plot.gp does not redraw: $(tail -n 1 "$out/gp.err")"
		else
			why="$why|$shown: no figures/plot.gp"
		fi
		grep -q '^!\[overview\](figures/overview.png)$' "$d/summary.md" 2>/dev/null ||
			why="$why|$shown: summary.md lacks the overview"
	done
	t_case_whys "report: directories named with |, [1], a backslash, a quote, a newline get 7 figures and a plot.gp of figures/" "$why"
else
	t_case_skip "report: directories named with |, [1], a backslash, a quote, a newline" "no gnuplot"
fi

# A label with a quote, a backslash and gnuplot's own syntax is a title,
# not a command.
if command -v gnuplot >/dev/null; then
	mkrun label
	jq -c '.label = "it'"'"'s \\ | [1] \"x\"; set output \u0027/tmp/x\u0027"' "$out/label/meta.json" >"$out/m" &&
		mv "$out/m" "$out/label/meta.json"
	"$top/bin/pktbench" report "$out/label" >/dev/null 2>"$out/r.err"
	rc=$?
	why=''
	[ $rc -eq 0 ] || why="exit $rc: $(tail -n 1 "$out/r.err")"
	n=$(pngs "$out/label/figures")
	[ "$n" -eq 7 ] || why="$why|$n PNGs != 7: $(tail -n 2 "$out/r.err" | tr '\n' ' ')"
	t_case_whys "report: a label with quotes, a backslash and gnuplot syntax stays a title" "$why"
fi

# Bad metadata: exit 1, one line naming the file, nothing written.
why=''
for c in 'meta.json|{not json|meta.json: not JSON' \
	'meta.json|[1]|meta.json: not one JSON object' \
	'meta.json|{"a":1}{"b":2}|meta.json: not one JSON object' \
	'meta.json||meta.json: not one JSON object' \
	'meta.json|{"scale":"abc"}|meta.json: scale "abc" is not a number in (0, 1]' \
	'meta.json|{"scale":5}|meta.json: scale 5 is not a number in (0, 1]' \
	'meta.json|{"repeat":99999999999999999999}|meta.json: repeat 1e+20 is not a whole number in 1..100' \
	'meta.json|{"batch":-1}|meta.json: batch -1 is not a whole number in 1..1024' \
	'meta.json|{"setups":"native"}|meta.json: setups is not a list of strings' \
	'meta.json|{"label":["x"]}|meta.json: label is not a string' \
	'machine.json|garbage|machine.json: not JSON' \
	'machine.json|{"cpus":1e30}|machine.json: cpus 1e+30 is not a whole number' \
	'setups.jsonl|{"setup":"native"}|setups.jsonl: not JSON' \
	'setups.jsonl|[]|setups.jsonl: line 1 is not a JSON object'; do
	f=${c%%|*} r=${c#*|}
	body=${r%%|*} want=${r#*|}
	rm -rf "$out/m" && mkrun m
	[ "$f" = meta.json ] || printf '%s\n' "$meta" >"$out/m/meta.json"
	printf '%s\n' "$body" >"$out/m/$f"
	[ "$f" = setups.jsonl ] && [ "$body" = '{"setup":"native"}' ] && printf 'oops\n' >>"$out/m/$f"
	"$top/bin/pktbench" report "$out/m" --no-figures >/dev/null 2>"$out/r.err"
	rc=$?
	n=$(grep -c . "$out/r.err")
	if [ $rc -ne 1 ] || [ "$n" -ne 1 ] || ! grep -qF "sweep: report: $out/m/$want" "$out/r.err"; then
		why="$why|$f $body: exit $rc, $n lines: $(head -n 1 "$out/r.err")"
	fi
	[ -e "$out/m/summary.md" ] && why="$why|$f $body: summary.md written"
	[ -e "$out/m/data.csv" ] && why="$why|$f $body: data.csv written"
done
t_case_whys "report: meta.json, machine.json, setups.jsonl that are not JSON or out of range: exit 1, one line, nothing written" "$why"

# No metadata at all (runs.jsonl alone) is no error, and the head is whole.
mkdir -p "$out/bare" && cp "$fx/runs.jsonl" "$out/bare/"
"$top/bin/pktbench" report "$out/bare" --no-figures >/dev/null 2>"$out/r.err"
rc=$?
why=''
[ $rc -eq 0 ] || why="exit $rc: $(tail -n 1 "$out/r.err")"
[ -s "$out/r.err" ] && why="$why|stderr: $(head -n 1 "$out/r.err")"
grep -q '^Set-ups ?; modes ?; scenarios ?; repeat ?' "$out/bare/summary.md" ||
	why="$why|no 'Set-ups ?' line in summary.md"
grep -q '^## Machine$' "$out/bare/summary.md" || why="$why|summary.md lacks '## Machine'"
t_case_whys "report: runs.jsonl alone: exit 0, a whole head with ? for what is unknown" "$why"

# Shards are listed a name a line: a name with a newline is one
# directory to report, but cannot be a shard to merge.
t_case "report: a shard named with a newline is refused in one line, nothing merged"
nl='
'
mkrun "sh${nl}ard"
"$top/bin/pktbench" report "$out/sh${nl}ard" "$out/bare" --out "$out/merged" \
	>/dev/null 2>"$out/m.err"
expect_eq "exit" "$?" 2
expect_eq "message" "$(cat "$out/m.err")" \
	"sweep: report: $(printf '%s' "$out/sh?ard" | cut -c1-60): a shard's name with a control character cannot be merged; rename it"
[ -e "$out/merged" ] && fail "a merged directory was made"

t_done
