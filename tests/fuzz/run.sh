#!/bin/sh
# Runs libFuzzer targets for a bounded time each, one after the other.
#   tests/fuzz/run.sh SECONDS BUILD_DIR TARGET...
# Each target starts from the seed corpus tests/fuzz/corpus/TARGET (read
# only) plus what earlier runs found in BUILD_DIR/fuzz/work/TARGET.  An
# input that takes longer than FUZZ_TIMEOUT seconds (default 10) counts
# as a hang.  A finding is saved under BUILD_DIR/fuzz/artifacts/TARGET/
# and makes the script fail; the last line per target says how many
# inputs ran and how fast.
set -u
secs=$1
b=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
timeout=${FUZZ_TIMEOUT:-10}
fail=0
for t in "$@"; do
	bin=$b/fuzz/fuzz_$t
	work=$b/fuzz/work/$t
	art=$b/fuzz/artifacts/$t
	log=$b/fuzz/$t.log
	mkdir -p "$work" "$art"
	case $t in
	cfg) maxlen=1024 ;;
	units) maxlen=300 ;;
	ctl) maxlen=9000 ;;
	esc) maxlen=2000 ;;
	*) maxlen=4096 ;;
	esac
	"$bin" -max_total_time="$secs" -timeout="$timeout" \
		-rss_limit_mb=1024 -max_len="$maxlen" -print_final_stats=1 \
		-artifact_prefix="$art/" "$work" "$here/corpus/$t" \
		>"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
	units=$(ls "$work" | wc -l)
	if [ "$rc" = 0 ]; then
		echo "fuzz $t: ok, ${runs:-?} runs in ${secs} s, ${eps:-?} exec/s, $units new corpus files"
	else
		fail=1
		echo "fuzz $t: FINDING (exit $rc) after ${runs:-?} runs, ${eps:-?} exec/s; see $log"
		grep -m3 -E '^==[0-9]+==|ERROR: libFuzzer|SUMMARY' "$log" | sed 's/^/  /'
		ls "$art" | sed "s|^|  $art/|"
	fi
done
exit $fail
