#!/bin/sh
# The docs' results come from the committed data (issue 22), no root, no
# network.  On a copy of the tree (README.md, docs/, bench/, data/; the
# code linked):
#   1. pktbench doc check finds nothing but the faults below: every other
#      generated table and checked value regenerates unchanged, every
#      data.csv rebuilds from its runs.jsonl, every NDR trial's drops from
#      its raw results;
#   2. one fault of each kind, injected at once, is found, each exactly
#      once and by its file and line: a digit in a generated table, a digit
#      in a checked value, a number without a marker in a results section,
#      an unverified mark whose text does not say so, a table block without
#      its end, a stale data.csv, an ndr.json whose verification_trials
#      are not its verify trials, a trial whose drops do not rebuild from
#      its raw results; nothing else is reported;
#   3. pktbench doc write puts the table and the value back, and changes
#      nothing else; with the other faults undone the check of the four
#      files passes again and the copy's docs equal the tree's;
#   4. pktrecv's option table and README's flag table give --run-id the
#      same default.
# Exit 0 pass, 1 fail, 4 skip.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)

# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"
for t in jq awk diff; do
	command -v $t >/dev/null || t_skip "needs $t"
done

tmp=$(mktemp -d /tmp/pktbench-test-doc.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
T=$tmp/t
mkdir -p "$T"
cp -R "$top/README.md" "$top/docs" "$top/bench" "$top/data" "$T/"
ln -s "$top/bin" "$top/scripts" "$top/src" "$top/networks" "$T/"
mkdir -p "$tmp/orig"
cp -R "$T/README.md" "$T/docs" "$T/bench" "$tmp/orig/"

check() {
	"$T/bin/pktbench" doc check >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# 1 and 2. Faults in the tree as committed: the check must report exactly
# these (anything more is a problem of the tree itself).  lineof FILE
# TEXT: the first line holding TEXT.
lineof() { grep -n -F -- "$2" "$1" | head -n 1 | cut -d: -f1; }
E=$T/docs/EXPERIMENTS.md
# a digit in the first generated table (native udp's median)
lt=$(lineof "$E" '| native | 132.1 [')
[ -n "$lt" ] || fatal "EXPERIMENTS.md has no generated row '| native | 132.1 ['"
sed -i "${lt}s/| native | 132\.1 \[/| native | 133.1 [/" "$E"
# a digit in a checked value of the README
R=$T/README.md
lv=$(lineof "$R" 'NDR of 206.3<!-- pktbench:value')
[ -n "$lv" ] || fatal "README.md has no checked value 'NDR of 206.3'"
sed -i "${lv}s/NDR of 206\.3<!--/NDR of 207.3<!--/" "$R"
# a number without a marker in a results section, and a year (allowed)
lu=$(lineof "$E" 'Reading it:')
sed -i "${lu}s/^Reading it:\$/Reading it (in 2019 terms, about 123.4 kpps):/" "$E"
# an unverified mark whose text does not say so
H=$T/docs/hosts.md
lh=$(lineof "$H" 'wire carries 156')
sed -i "${lh}s/wire carries 156<!-- pktbench:ok 106 + 50 -->/wire carries 156<!-- pktbench:unverified no reason -->/" "$H"
grep -q -i unverifiable "$H" && sed -n "$((lh - 8)),$((lh + 8))p" "$H" | grep -q -i unverifiable &&
	fatal "hosts.md says unverifiable near line $lh; the fault would not be one"
# a table block without its end, at the end of ndr.md
printf '\n<!-- pktbench:table points 2026-12-02/netns III-64 -->\n| x |\n' >>"$T/docs/ndr.md"
le=$(grep -c '' "$T/docs/ndr.md"); le=$((le - 1))
# a stale data.csv: one median off by one
D=$T/docs/results/2026-12-02/docker/data.csv
sed -i 's/^native,III-size,64,64,udp,3,3,130250,/native,III-size,64,64,udp,3,3,130251,/' "$D"
cmp -s "$D" "$top/docs/results/2026-12-02/docker/data.csv" && fatal "the data.csv fault was not injected"
# verification_trials that still count xdp drops twice (as before issue 22)
X=$T/docs/results/2026-12-02/ndr/netns-native-xdp/ndr.json
jq '(.verification_trials[] | select(.n == 16) | .drops.places.rx_if) = 93442' "$X" >"$tmp/x" && cat "$tmp/x" >"$X"
# a trial's drops that its raw results do not give
Y=$T/docs/results/2026-12-02/ndr/netns-ovs-xdp/ndr.json
jq '(.trials[] | select(.n == 3) | .drops.largest) = "ring"' "$Y" >"$tmp/y" && cat "$tmp/y" >"$Y"

t_case "doc check: each of the 8 injected faults by file and line, and nothing else"
check
[ $rc -eq 1 ] || { cat "$tmp/out" "$tmp/err"; fail "doc check with 8 faults: exit $rc != 1"; }
# expect PATTERN WHAT: exactly one output line matches
expect() {
	c=$(grep -c -e "$1" "$tmp/out")
	[ "$c" -eq 1 ] || { cat "$tmp/out"; fail "$2: $c lines match '$1', not 1"; }
}
expect "^docs/EXPERIMENTS.md:$lt: table (pktbench doc table points 2026-12-02/netns III-64) differs: '| native | 133.1 \[.*' is now '| native | 132.1 \[" \
	"the changed table digit"
expect "^README.md:$lv: value 207.3 is now 206.3 (pktbench doc value 2026-12-02/ndr/netns-macvlan-xdp .ndr_pps %k1)" \
	"the changed value digit"
expect "^docs/EXPERIMENTS.md:$lu: number 123.4 has no marker (results section 'The re-run of 2026-12-02" \
	"the unmarked number"
expect "^docs/hosts.md:$lh: an unverified number whose text does not say \"unverifiable\"" \
	"the unverified mark without its word"
expect "^docs/ndr.md:$le: a table block without <!-- end -->" \
	"the table block without its end"
expect "^docs/results/2026-12-02/docker/data.csv: does not rebuild from runs.jsonl" \
	"the stale data.csv"
expect "^docs/results/2026-12-02/ndr/netns-native-xdp/ndr.json: verification_trials are not the verify trials of trials" \
	"verification_trials counting drops twice"
expect "^docs/results/2026-12-02/ndr/netns-ovs-xdp/ndr.json: trial 3: drops differ from drops.jq" \
	"a trial's drops"
[ "$(grep -c . "$tmp/out")" -eq 8 ] || { cat "$tmp/out"; fail "$(grep -c . "$tmp/out") problems reported, not the 8 injected"; }
grep -q '^pktbench doc: [1-9][0-9]* tables, [1-9][0-9]* values in [0-9]* files: 8 problems$' "$tmp/err" ||
	fail "summary: $(cat "$tmp/err")"
echo "# $(cat "$tmp/err")"

# 3. write puts the table and the value back, leaves the rest to a person.
t_case "doc write: restores the table and the value, names what it cannot fix"
"$T/bin/pktbench" doc write "$E" "$R" >"$tmp/wout" 2>"$tmp/werr"
[ $? -eq 1 ] || { cat "$tmp/wout" "$tmp/werr"; fail "doc write with an unmarked number left: exit != 1"; }
grep -q "^docs/EXPERIMENTS.md:$lu: number 123.4 has no marker" "$tmp/wout" ||
	{ cat "$tmp/wout"; fail "doc write does not say what it could not fix"; }
[ "$(sed -n "${lt}p" "$E")" = "$(sed -n "${lt}p" "$tmp/orig/docs/EXPERIMENTS.md")" ] || fail "doc write did not restore the table row"
cmp -s "$R" "$tmp/orig/README.md" || fail "doc write did not restore README.md exactly"
diff "$tmp/orig/docs/EXPERIMENTS.md" "$E" >"$tmp/d"
[ "$(grep -c '^[<>]' "$tmp/d")" -eq 2 ] || { cat "$tmp/d"; fail "doc write changed more than the fault's line"; }
sed -i "${lu}s/^Reading it (in 2019 terms, about 123.4 kpps):\$/Reading it:/" "$E"
cp "$tmp/orig/docs/hosts.md" "$tmp/orig/docs/ndr.md" "$T/docs/"
cp "$top/docs/results/2026-12-02/docker/data.csv" "$D"
cp "$top/docs/results/2026-12-02/ndr/netns-native-xdp/ndr.json" "$X"
cp "$top/docs/results/2026-12-02/ndr/netns-ovs-xdp/ndr.json" "$Y"
"$T/bin/pktbench" doc check "$E" "$R" "$H" "$T/docs/ndr.md" >"$tmp/out" 2>"$tmp/err" ||
	{ cat "$tmp/out" "$tmp/err"; fail "doc check of the four files after write and the undo: exit $?"; }
diff -r "$tmp/orig/docs" "$T/docs" >/dev/null && cmp -s "$tmp/orig/README.md" "$R" ||
	fail "the copy's docs differ from the tree's after write"

# 4. --run-id's default: pktrecv's option table and README's flag table.
t_case "--run-id's default: pktrecv --help and README agree"
h=$(sed -n '/"run-id", 259,/,/}/p' "$top/src/pktrecv.c" | sed -n 's/.*(default: \(.*\))".*/\1/p')
r=$(grep '^| `--run-id ID` | count only this run id |' "$top/README.md" | awk -F' [|] ' '{ print $3 }' | sed 's/ |$//')
[ -n "$h" ] && [ "$h" = "$r" ] || fail "--run-id's default: pktrecv --help says '$h', README '$r'"

t_done
