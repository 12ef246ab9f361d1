# `pktbench compare`: two sweeps' data.csv (or two set-ups or modes of one)
# point by point: the ratio B/A of the median pps, pass or fail against a
# tolerance, whether the 95 % intervals overlap and whether the means
# differ at 95 % by Welch's t-test.  Sourced by
# bin/pktbench; POSIX sh.  The work is compare.awk's.

compare_usage() {
	cat <<'EOF'
usage: pktbench compare A [B] [--tolerance P%] [--csv]
                        [--a-setup S --b-setup S] [--a-mode M --b-mode M]

A and B are sweep directories or their data.csv.  Per point (setup,
scenario, param, mode): A's and B's median kpps, the ratio B/A, whether
the two 95 % confidence intervals overlap, whether the means differ at
95 % by Welch's two-sided t-test (from mean_pps, sd_pps and n; n/a when a
side lacks them or has n < 2, or both sd are 0; intervals that overlap
can still differ by the test), and pass, or fail when
B < A x (1 - tolerance).  Points on one side only are listed as missing.
  --tolerance P%    allowed drop of B below A, 0..100 % (default 5%)
  --a-setup S --b-setup S   compare set-up S of A with set-up S of B,
                    joining on scenario, param and mode (B defaults to A:
                    "is macvlan faster than bridge here" is
                    pktbench compare DIR --a-setup bridge --b-setup macvlan)
  --a-mode M --b-mode M     the same for two modes
  --csv             CSV on stdout instead of the table; the test is its
                    last columns welch_t (B - A), welch_df, welch_95
                    (yes, no, n/a, or held: both medians within 1 % of
                    the same requested rate, set by the sender's pacer)
Values must be plain decimal numbers (NaN, inf, 0x10 are refused with the
file and line); text cells starting with = + - @ leave --csv with a
leading ' (no spreadsheet formulas).
Exit: 0 every point passes, 1 a point fails or is missing, 2 usage, or a
file that is empty or holds a value that is not a number.
EOF
}

# one line, control characters (from a name the user gave) as ?
cmp_die() {
	printf '%s\n' "$(nw_safe "pktbench compare: $*")" >&2
	exit 2
}

# A sweep directory or a data.csv -> the data.csv's path.
cmp_csv() {
	if [ -d "$1" ]; then
		[ -f "$1/data.csv" ] || cmp_die "no $1/data.csv (pktbench report $1 writes it from runs.jsonl)"
		echo "$1/data.csv"
	elif [ -f "$1" ]; then
		echo "$1"
	else
		cmp_die "$1: no such sweep directory or data.csv"
	fi
}

# "5%", "5" or "2.5%" -> the percentage; a usage error otherwise.
cmp_tolerance() {
	t=${1%\%}
	case $t in
	'' | . | *[!0-9.]* | *.*.*) cmp_die "--tolerance: '$1' is not a percentage 0..100 (e.g. 5%)" ;;
	esac
	awk -v t="$t" 'BEGIN { exit !(t + 0 >= 0 && t + 0 <= 100) }' ||
		cmp_die "--tolerance: $1 is outside 0..100 %"
	echo "$t"
}

compare_main() {
	a='' b='' tol=5 csv=0 as='' bs='' am='' bm=''
	while [ $# -gt 0 ]; do
		case $1 in
		--tolerance | --a-setup | --b-setup | --a-mode | --b-mode)
			[ $# -ge 2 ] || cmp_die "$1 needs a value"
			case $1 in
			--tolerance) tol=$(cmp_tolerance "$2") || exit 2 ;;
			--a-setup) as=$2 ;;
			--b-setup) bs=$2 ;;
			--a-mode) am=$2 ;;
			--b-mode) bm=$2 ;;
			esac
			shift ;;
		--csv) csv=1 ;;
		-h | --help) compare_usage; exit 0 ;;
		-*) cmp_die "unknown option '$1' (pktbench compare --help)" ;;
		*)
			if [ -z "$a" ]; then a=$1
			elif [ -z "$b" ]; then b=$1
			else cmp_die "two sweeps at most (A and B), got a third: '$1'"
			fi ;;
		esac
		shift
	done
	[ -n "$a" ] || { compare_usage >&2; exit 2; }
	if [ -z "$b" ]; then
		[ -n "$as$bs$am$bm" ] ||
			cmp_die "one sweep needs --a-setup/--b-setup or --a-mode/--b-mode (what to compare with what)"
		b=$a
	fi
	if [ -n "$as$bs" ] && [ -z "$as" ]; then cmp_die "--b-setup needs --a-setup"; fi
	if [ -n "$am$bm" ] && [ -z "$am" ]; then cmp_die "--b-mode needs --a-mode"; fi
	fa=$(cmp_csv "$a") || exit 2
	fb=$(cmp_csv "$b") || exit 2
	awk -F, -v tol="$tol" -v csv="$csv" -v an="$a" -v bn="$b" \
		-v as="$as" -v bs="${bs:-$as}" -v am="$am" -v bm="${bm:-$am}" \
		-f "$PKTBENCH_ROOT/scripts/sweep/t975.awk" -f "$PKTBENCH_ROOT/scripts/sweep/compare.awk" "$fa" "$fb"
}
