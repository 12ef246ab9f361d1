#!/bin/sh
# pktbench compare on fixed data.csv files (fixtures/compare-{a,b,old}.csv),
# no root, no network: the ratios B/A computed by hand, pass/fail at the
# tolerance's exact edge, CI overlap (yes, no, n/a where a side has no
# interval or is an old data.csv without the columns), Welch's t-test
# computed by hand (differ where the intervals overlap, not, n/a), missing
# points listed, set-ups and modes of one sweep, the exit codes.
# Exit 0 pass, 1 fail, 4 skip.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
fx=$here/fixtures
A=$fx/compare-a.csv B=$fx/compare-b.csv OLD=$fx/compare-old.csv

# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"
command -v awk >/dev/null || t_skip "needs awk"

t_tmp test-cmp
tmp=$T_TMP
trap t_tmp_clean EXIT

# cmp EXPECTED-EXIT ARGS...: run pktbench compare, output in $tmp/out
cmp() {
	want=$1; shift
	"$top/bin/pktbench" compare "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ $rc -eq "$want" ] || { cat "$tmp/out" "$tmp/err"; fail "compare $*: exit $rc != $want"; return 1; }
}
same() {
	printf '%s\n' "$2" >"$tmp/want"
	diff -u "$tmp/want" "$tmp/out" >"$tmp/diff" || { cat "$tmp/diff"; fail "$1"; }
}

# 1. Two sweeps, 5 % tolerance.  By hand: 190000/200000 = 0.950, exactly
# A x 0.95: pass; 379999/400000 = 0.9499975 (0.949: truncated): fail, one
# pps below the edge; 110000/100000 = 1.100; 180000/150000 = 1.200, faster and
# the intervals apart (165000 > 160000); 150000/300000 = 0.500: fail.
# macvlan failed in A, ovs is only in A, trunk only in B: missing.
t_case "two sweeps, CSV"
cmp 1 "$A" "$B" --csv
same "two sweeps, CSV" 'a_setup,b_setup,scenario,param,a_mode,b_mode,a_pps_median,b_pps_median,ratio,a_ci95_lo_pps,a_ci95_hi_pps,b_ci95_lo_pps,b_ci95_hi_pps,ci_overlap,verdict,note,welch_t,welch_df,welch_95
native,native,III-size,64,udp,udp,200000,190000,0.950,190000,210000,185000,195000,yes,pass,,,,n/a
native,native,III-size,64,mmap,mmap,400000,379999,0.949,380000,420000,360000,379000,no,fail,,,,n/a
native,native,III-size,128,udp,udp,100000,110000,1.100,,,100000,120000,n/a,pass,,,,n/a
bridge,bridge,III-size,64,udp,udp,150000,180000,1.200,140000,160000,165000,195000,no,pass,,,,n/a
bridge,bridge,III-size,64,mmap,mmap,300000,150000,0.500,290000,310000,140000,160000,no,fail,,,,n/a
macvlan,macvlan,III-size,64,udp,udp,,120000,,,,110000,130000,n/a,missing,no median in A,,,n/a
ovs,,III-size,64,udp,,50000,,,40000,60000,,,n/a,missing,only in A,,,n/a
,trunk,III-size,64,,mmap,,350000,,,,340000,360000,n/a,missing,only in B,,,n/a'
grep -qx '8 points: 3 pass, 2 fail, 3 missing' "$tmp/err" || fail "CSV totals on stderr: $(cat "$tmp/err")"

# The table: the same verdicts, kpps to 0.1.
t_case "two sweeps, table"
cmp 1 "$A" "$B"
grep -q '^native  *III-size  *64  *mmap  *400.0  *380.0  *0.949 no  *n/a  *fail$' "$tmp/out" ||
	fail "table row native 64 mmap: $(grep mmap "$tmp/out" | head -n 1)"
grep -q '^trunk .* missing (only in B)$' "$tmp/out" || fail "table: trunk not listed as missing"
tail -n 1 "$tmp/out" | grep -qx '8 points: 3 pass, 2 fail, 3 missing' || fail "table totals: $(tail -n 1 "$tmp/out")"

# 2. At 6 % the 0.9499975 point passes: 379999 x 100 >= 400000 x 94.
t_case "tolerance 6 %: the edge point passes"
cmp 1 "$A" "$B" --tolerance 6% --csv
r=$(grep '^native,native,III-size,64,mmap' "$tmp/out" | cut -d, -f15)
[ "$r" = pass ] || fail "tolerance 6%: native 64 mmap $r != pass"

# 3. All pass -> exit 0: native udp of A against native udp of B.
t_case "all pass: exit 0"
cmp 0 "$A" "$B" --a-setup native --b-setup native --a-mode udp --b-mode udp --csv
[ "$(cut -d, -f3,4,9,14,15 "$tmp/out" | tail -n +2 | tr '\n' ' ')" = "III-size,64,0.950,yes,pass III-size,128,1.100,n/a,pass " ] ||
	fail "native udp: $(cat "$tmp/out")"

# 4. Two set-ups of one sweep, joined on scenario, param, mode: bridge ->
# native in A is 200000/150000 = 1.333 and 400000/300000 = 1.333, the
# intervals apart; native's 128 B has no bridge point: missing.
t_case "set-ups of one sweep"
cmp 1 "$A" --a-setup bridge --b-setup native --csv
same "set-ups of one sweep" 'a_setup,b_setup,scenario,param,a_mode,b_mode,a_pps_median,b_pps_median,ratio,a_ci95_lo_pps,a_ci95_hi_pps,b_ci95_lo_pps,b_ci95_hi_pps,ci_overlap,verdict,note,welch_t,welch_df,welch_95
bridge,native,III-size,64,udp,udp,150000,200000,1.333,140000,160000,190000,210000,no,pass,,,,n/a
bridge,native,III-size,64,mmap,mmap,300000,400000,1.333,290000,310000,380000,420000,no,pass,,,,n/a
,native,III-size,128,,udp,,100000,,,,,,n/a,missing,only in B,,,n/a'
# and the other way round: 0.750 fails
cmp 1 "$A" --a-setup native --b-setup bridge --a-mode udp --b-mode udp --csv
[ "$(sed -n 2p "$tmp/out" | cut -d, -f9,15)" = "0.750,fail" ] || fail "native -> bridge udp: $(sed -n 2p "$tmp/out")"

# 5. Two modes of one sweep: mmap/udp of bridge in B = 150000/180000 = 0.833,
# intervals apart (165000 > 160000).
t_case "modes of one sweep"
cmp 1 "$B" --a-mode udp --b-mode mmap --a-setup bridge --csv
[ "$(sed -n 2p "$tmp/out" | cut -d, -f1,2,5,6,9,14,15)" = "bridge,bridge,udp,mmap,0.833,no,fail" ] ||
	fail "modes of one sweep: $(sed -n 2p "$tmp/out")"

# 6. A data.csv from before the interval columns: overlap n/a, still
# compared (200000 -> 190000: 0.950, a pass at 5 %, a fail at 0 %).
t_case "a data.csv without the interval columns"
cmp 1 "$OLD" "$B" --a-setup native --a-mode udp --csv
[ "$(cut -d, -f4,9,14,15,16 "$tmp/out" | tail -n +2 | tr '\n' ' ')" = "64,0.950,n/a,pass, 128,,n/a,missing,only in B " ] ||
	fail "old data.csv: $(cat "$tmp/out")"
cmp 1 "$OLD" "$B" --a-setup native --a-mode udp --tolerance 0 --csv
[ "$(sed -n 2p "$tmp/out" | cut -d, -f15)" = fail ] || fail "old data.csv at 0 %: $(sed -n 2p "$tmp/out")"

# 7. Usage: exit 2, one line naming the option (and its range).
usage() {
	msg=$1; shift
	t_case "usage: $msg"
	cmp 2 "$@"
	[ "$(grep -c . "$tmp/err")" -eq 1 ] || fail "compare $*: stderr is not one line: $(cat "$tmp/err")"
	grep -q -- "$msg" "$tmp/err" || fail "compare $*: stderr '$(cat "$tmp/err")' lacks '$msg'"
}
usage '--tolerance: 101% is outside 0..100 %' "$A" "$B" --tolerance 101%
usage "--tolerance: '5x' is not a percentage 0..100" "$A" "$B" --tolerance 5x
usage '--tolerance needs a value' "$A" "$B" --tolerance
usage "--a-setup: .* has no setup 'foo' (it has: " "$A" --a-setup foo --b-setup bridge
usage "--b-mode: .* has no mode 'xdp' (it has: " "$A" "$B" --a-mode udp --b-mode xdp
usage 'one sweep needs --a-setup/--b-setup or --a-mode/--b-mode' "$A"
usage '--b-setup needs --a-setup' "$A" --b-setup native
usage "unknown option '--bogus'" "$A" "$B" --bogus
usage 'no such sweep directory or data.csv' "$tmp/none" "$B"
usage 'has no column pps_median' "$here/test_compare.sh" "$B"

# 8. Values that are not plain decimal numbers: awk took NaN, nan, inf
# and 0x10 for numbers and abc for 0, and the point passed (exit 0).
# Each is refused: exit 2, one line with the file, the line and the value,
# on either side and in the interval columns too.
t_case "non-numeric values refused with file and line"
for v in NaN nan inf -inf abc 0x10 -5 '1 000' 1e; do
	sed "2s/^native,III-size,64,64,udp,3,3,200000,/native,III-size,64,64,udp,3,3,$v,/" "$A" >"$tmp/bad.csv"
	cmp 2 "$tmp/bad.csv" "$A" --a-setup native --a-mode udp || continue
	if [ "$(grep -c . "$tmp/err")" -ne 1 ] ||
		! grep -qF "pktbench compare: $tmp/bad.csv line 2: pps_median '$v' is not a non-negative number" "$tmp/err"; then
		fail "pps_median $v in A: $(cat "$tmp/err")"
	fi
	cmp 2 "$A" "$tmp/bad.csv" || continue
	grep -qF "$tmp/bad.csv line 2: pps_median '$v'" "$tmp/err" || fail "pps_median $v in B: $(cat "$tmp/err")"
done
sed '3s/,380000,420000,/,380000,NaN,/' "$A" >"$tmp/bad.csv"
cmp 2 "$A" "$tmp/bad.csv" &&
	{ grep -qF "$tmp/bad.csv line 3: ci95_hi_pps 'NaN' is not a number" "$tmp/err" || fail "ci95_hi_pps NaN: $(cat "$tmp/err")"; }
# a negative lower bound is a real interval (few runs, wide spread)
sed '2s/,190000,210000,/,-48433.82,210000,/' "$A" >"$tmp/neg.csv"
cmp 1 "$tmp/neg.csv" "$B" --csv

# 9. An empty file read as "points missing on the other side" (exit 1);
# it says empty: exit 2, one line, whichever side it is on.
t_case "an empty data.csv says empty"
: >"$tmp/empty.csv"
head -n 1 "$A" >"$tmp/header.csv"
for f in empty header; do
	for args in "$tmp/$f.csv $B" "$A $tmp/$f.csv"; do
		# shellcheck disable=SC2086
		cmp 2 $args || continue
		if [ "$(grep -c . "$tmp/err")" -ne 1 ] || ! grep -qF "$tmp/$f.csv: empty" "$tmp/err"; then
			fail "$f file ($args): $(cat "$tmp/err")"
		fi
	done
done

# 10. CSV output: a text cell starting with = + - or @ is a formula in a
# spreadsheet: it leaves with a leading ', and a quote makes it a quoted
# cell; control characters show as ? (the table too).
t_case "CSV: formula prefixes neutralised, control characters shown as ?"
esc=$(printf '\033')
awk -F, -v OFS=, -v esc="$esc" 'NR == 2 { $1 = "=1+2"; $2 = "+cmd"; $3 = "-64"; $5 = "@SUM(A1)" }
	NR == 3 { $1 = "a\"b"; $5 = "m" esc "[31m" } { print }' "$A" >"$tmp/f-a.csv"
cp "$tmp/f-a.csv" "$tmp/f-b.csv"
cmp 1 "$tmp/f-a.csv" "$tmp/f-b.csv" --csv
same "formula cells" "a_setup,b_setup,scenario,param,a_mode,b_mode,a_pps_median,b_pps_median,ratio,a_ci95_lo_pps,a_ci95_hi_pps,b_ci95_lo_pps,b_ci95_hi_pps,ci_overlap,verdict,note,welch_t,welch_df,welch_95
'=1+2,'=1+2,'+cmd,'-64,'@SUM(A1),'@SUM(A1),200000,200000,1.000,190000,210000,190000,210000,yes,pass,,,,n/a
\"a\"\"b\",\"a\"\"b\",III-size,64,m?[31m,m?[31m,400000,400000,1.000,380000,420000,380000,420000,yes,pass,,,,n/a
native,native,III-size,128,udp,udp,100000,100000,1.000,,,,,n/a,pass,,,,n/a
bridge,bridge,III-size,64,udp,udp,150000,150000,1.000,140000,160000,140000,160000,yes,pass,,,,n/a
bridge,bridge,III-size,64,mmap,mmap,300000,300000,1.000,290000,310000,290000,310000,yes,pass,,,,n/a
macvlan,macvlan,III-size,64,udp,udp,,,,,,,,n/a,missing,no median in A,,,n/a
ovs,ovs,III-size,64,udp,udp,50000,50000,1.000,40000,60000,40000,60000,yes,pass,,,,n/a"
cmp 1 "$tmp/f-a.csv" "$tmp/f-b.csv"
grep -q "$esc" "$tmp/out" && fail "the table shows an ESC raw"
grep -qF 'm?[31m' "$tmp/out" || fail "the table lacks the mode as m?[31m"

# 11. Welch's t-test at 95 %: its last three CSV columns, by hand.  (The
# fixtures above have no sd_pps: n/a throughout.)  tA = sA^2/nA,
# tB = sB^2/nB; t = (mB - mA) / sqrt(tA + tB);
# df = (tA + tB)^2 / (tA^2/(nA-1) + tB^2/(nB-1)); differ when
# |t| > t(0.975, floor(df)).
#  64: A 100000, sd 20000, n 4 (tA = 4e8/4 = 1e8); B 150000, sd 30000, n 9
#      (tB = 9e8/9 = 1e8): t = 50000 / sqrt(2e8) = 3.5355;
#      df = 4e16 / (1e16/3 + 1e16/8) = 96/11 = 8.727, floor 8: t 2.306 < 3.536,
#      they differ -- though the intervals overlap: A's is 100000 +- 3.182 x
#      20000/2 = [68180, 131820], B's 150000 +- 2.306 x 30000/3 =
#      [126940, 173060].
#  128: A as at 64, B 110000, sd 20000, n 4: t = 10000 / sqrt(2e8) = 0.707,
#      df = 4e16 / (2 x 1e16/3) = 6 exactly (not 5.999..: floor 6, 2.447):
#      no, and the intervals overlap: neither.
#  256: sd 38729.833462 (s^2/30 = 5e7, tA + tB = 1e8), n 30 both, means
#      100000 and 120100: t = 20100/10000 = 2.010, df = 58: 2.021 (df 40..59)
#      > 2.010: no (2.000, for df 60..119, would say yes).
#  512: both sd 0, n 3, means 100000 and 110000: n/a (no spread to test),
#      though the intervals [m, m] are apart.
#  1024: n 1 in A: n/a (its sd given, so that n alone decides); 1500:
#      B's sd empty: n/a.
t_case "Welch's t-test computed by hand"
printf '%s\n' 'setup,scenario,param,mode,pps_median,mean_pps,sd_pps,ci95_lo_pps,ci95_hi_pps,n' \
	'w,III-size,64,udp,100000,100000,20000,68180,131820,4' \
	'w,III-size,128,udp,100000,100000,20000,68180,131820,4' \
	'w,III-size,256,udp,100000,100000,38729.833462,85538,114462,30' \
	'w,III-size,512,udp,100000,100000,0,100000,100000,3' \
	'w,III-size,1024,udp,100000,100000,5000,,,1' \
	'w,III-size,1500,udp,100000,100000,20000,68180,131820,4' >"$tmp/w-a.csv"
printf '%s\n' 'setup,scenario,param,mode,pps_median,mean_pps,sd_pps,ci95_lo_pps,ci95_hi_pps,n' \
	'w,III-size,64,udp,150000,150000,30000,126940,173060,9' \
	'w,III-size,128,udp,110000,110000,20000,78180,141820,4' \
	'w,III-size,256,udp,120100,120100,38729.833462,105638,134562,30' \
	'w,III-size,512,udp,110000,110000,0,110000,110000,3' \
	'w,III-size,1024,udp,150000,150000,1000,147516,152484,3' \
	'w,III-size,1500,udp,150000,150000,,,,4' >"$tmp/w-b.csv"
cmp 0 "$tmp/w-a.csv" "$tmp/w-b.csv" --csv
cut -d, -f4,14,17- "$tmp/out" >"$tmp/cut"
mv "$tmp/cut" "$tmp/out"
same "Welch by hand" 'param,ci_overlap,welch_t,welch_df,welch_95
64,yes,3.536,8.73,yes
128,yes,0.707,6.00,no
256,yes,2.010,58.00,no
512,no,,,n/a
1024,n/a,,,n/a
1500,n/a,,,n/a'
# the table: a column after "CIs overlap"
cmp 0 "$tmp/w-a.csv" "$tmp/w-b.csv"
grep -q '^w  *III-size  *64  *udp  *100.0  *150.0  *1.500 yes  *yes  *pass$' "$tmp/out" ||
	fail "table row 64: $(grep ' 64 ' "$tmp/out")"
grep -q 'CIs overlap t-test 95% verdict$' "$tmp/out" || fail "table header: $(grep verdict "$tmp/out")"
# B slower: t negative, still yes (two-sided)
cmp 1 "$tmp/w-b.csv" "$tmp/w-a.csv" --csv
[ "$(sed -n 2p "$tmp/out" | cut -d, -f17-)" = "-3.536,8.73,yes" ] || fail "A and B swapped: $(sed -n 2p "$tmp/out")"
# an old data.csv (no mean_pps, sd_pps, n): n/a
cmp 1 "$OLD" "$tmp/w-b.csv" --a-setup native --b-setup w --a-mode udp --csv
[ "$(sed -n 2p "$tmp/out" | cut -d, -f4,17-)" = "64,,,n/a" ] || fail "old data.csv: $(sed -n 2p "$tmp/out")"
# sd_pps and n are numbers like the rest
sed '2s/,20000,68180,/,NaN,68180,/' "$tmp/w-a.csv" >"$tmp/bad.csv"
cmp 2 "$tmp/bad.csv" "$tmp/w-b.csv" &&
	{ grep -qF "$tmp/bad.csv line 2: sd_pps 'NaN' is not a non-negative number" "$tmp/err" || fail "sd_pps NaN: $(cat "$tmp/err")"; }
# n is a count of runs: 2.5, 1e300 and a 10-digit n are refused by line
for v in 2.5 1e300 1234567890 -4; do
	sed "2s/,131820,4\$/,131820,$v/" "$tmp/w-a.csv" >"$tmp/bad.csv"
	cmp 2 "$tmp/bad.csv" "$tmp/w-b.csv" &&
		{ grep -qF "$tmp/bad.csv line 2: n '$v' is not a count of runs (a whole number)" "$tmp/err" || fail "n $v: $(cat "$tmp/err")"; }
done
# held: both sides requested 589623 pps and both medians are within 1 %
# of it, so the pacer set both: "held", though t = -94.868 (by hand:
# -600 / sqrt(2 x 10^2 / 5)) would say yes.  B at 580000 (98.4 %) is
# not held: yes.  Different requested rates on the two sides: the test
# stands.  No req_pps column at all (the cases above): never held.
t_case "held: both medians within 1 % of the same requested rate"
printf '%s\n' 'setup,scenario,param,mode,pps_median,mean_pps,sd_pps,ci95_lo_pps,ci95_hi_pps,n,req_pps' \
	'h,I-count,1,mmap,589600,589600,10,589588,589612,5,589623' \
	'h,I-count,2,mmap,589600,589600,10,589588,589612,5,589623' \
	'h,I-count,3,mmap,589600,589600,10,589588,589612,5,589623' >"$tmp/h-a.csv"
printf '%s\n' 'setup,scenario,param,mode,pps_median,mean_pps,sd_pps,ci95_lo_pps,ci95_hi_pps,n,req_pps' \
	'h,I-count,1,mmap,589000,589000,10,588988,589012,5,589623' \
	'h,I-count,2,mmap,580000,580000,10,579988,580012,5,589623' \
	'h,I-count,3,mmap,589000,589000,10,588988,589012,5,589000' >"$tmp/h-b.csv"
cmp 0 "$tmp/h-a.csv" "$tmp/h-b.csv" --csv
cut -d, -f4,17- "$tmp/out" >"$tmp/cut"
mv "$tmp/cut" "$tmp/out"
same "held by hand" 'param,welch_t,welch_df,welch_95
1,-94.868,8.00,held
2,-1517.893,8.00,yes
3,-94.868,8.00,yes'
cmp 0 "$tmp/h-a.csv" "$tmp/h-b.csv"
grep -q '^h  *I-count  *1  *mmap  *589.6  *589.0  *0.998 no  *held  *pass$' "$tmp/out" ||
	fail "table row 1: $(grep ' 1 ' "$tmp/out")"
grep -q '^held: both medians within 1 % of the same requested rate' "$tmp/out" ||
	fail "table legend: no held line"

# sds so large that the variances overflow: no test (n/a, empty t and
# df), never "yes" or "no", whichever awk prints inf or nan
sed '2s/,20000,68180,/,1e200,68180,/' "$tmp/w-a.csv" >"$tmp/big-a.csv"
sed '2s/,30000,126940,/,1e200,126940,/' "$tmp/w-b.csv" >"$tmp/big-b.csv"
cmp 0 "$tmp/big-a.csv" "$tmp/big-b.csv" --csv
[ "$(sed -n 2p "$tmp/out" | cut -d, -f4,17-)" = "64,,,n/a" ] || fail "overflowing sd: $(sed -n 2p "$tmp/out")"

t_done
