#!/bin/bash
# SPDX-License-Identifier: MIT
# Result formats and destinations: --format csv and text, --output FILE
# (written under a temporary name, renamed when complete) and --interval
# records, on both programs.
# shellcheck source=tests/net/lib.sh
. "$(dirname "$0")/lib.sh"

N=1000

# pair TAG RXARGS... -- TXARGS...: one mmsg->mmsg run; sets TX_RC and
# RX_RC ("-" when the receiver did not start; the sender runs anyway).
pair()
{
	local tag=$1 rxa=() txa=() rx_up=1

	shift
	while [ $# -gt 0 ] && [ "$1" != -- ]; do rxa+=("$1"); shift; done
	shift
	txa=("$@")
	TX_RC=- RX_RC=-
	neigh_warm || return 1
	rx_start "$tag" --mode mmsg --idle-timeout 2s --duration 60 "${rxa[@]}" ||
		rx_up=0
	tx_run "$tag" --mode mmsg --dst "$IP_RX" --rate 100kpps "${txa[@]}"
	expect_eq "$tag: pktsend exit" "$(rc_str "$TX_RC")" 0
	[ $rx_up = 1 ] || return 1
	[ "$TX_RC" = 0 ] || rx_stop
	rx_wait "$tag"
	expect_eq "$tag: pktrecv exit" "$(rc_str "$RX_RC")" 0
	[ "$TX_RC" = 0 ] && [ "$RX_RC" = 0 ]
}

# csv_check FILE LABEL PROGRAM FIELDS STAT VALUE: a header and one row of
# as many columns; the envelope and config columns, then one stats
# column per field in table order; STAT has VALUE.
csv_check()
{
	local f=$1 label=$2 prog=$3 fields=$4 stat=$5 value=$6 cols stats

	expect_eq "$label: lines" "$(wc -l <"$f")" 2 || {
		sed 's/^/  | /' "$f" | head -5
		return
	}
	cols=$(csv_ncols <"$f" | sort -u | tr '\n' ' ')
	[ "$(echo $cols | wc -w)" = 1 ] ||
		fail "$label: header and row differ in columns: $cols"
	expect_eq "$label: first columns" "$(head -1 "$f" | cut -d, -f1-5)" \
		"schema_version,type,program,version,kernel"
	expect_eq "$label: config.mode" "$(csv_get "$f" config.mode)" mmsg
	stats=$(head -1 "$f" | tr ',' '\n' | sed -n 's/^stats\.//p' | tr '\n' ' ')
	expect_eq "$label: stats columns" "${stats% }" "$fields"
	expect_eq "$label: type" "$(csv_get "$f" type)" result
	expect_eq "$label: program" "$(csv_get "$f" program)" "$prog"
	expect_eq "$label: kernel" "$(csv_get "$f" kernel)" "$(uname -r)"
	expect_eq "$label: stats.$stat" "$(csv_get "$f" "stats.$stat")" "$value"
}

# text_check FILE LABEL PROGRAM FIELDS STAT VALUE
text_check()
{
	local f=$1 label=$2 prog=$3 fields=$4 stat=$5 value=$6 k

	head -1 "$f" | grep -Eq "^$prog [0-9]+\.[0-9]+.* \(result\) on Linux $(uname -r)\$" ||
		fail "$label: first line \"$(head -1 "$f")\""
	grep -Eq '^  mode +mmsg$' "$f" || fail "$label: no \"mode mmsg\" line"
	grep -qx ' stats:' "$f" || fail "$label: no \" stats:\" line"
	for k in $fields; do
		grep -Eq "^  $k( |\$)" "$f" || fail "$label: no $k line"
	done
	grep -Eq "^  $stat +$value( |\$)" "$f" ||
		fail "$label: $stat line \"$(grep -E "^  $stat " "$f")\", want $value"
}

# records FILE LABEL PROGRAM FIELDS COUNTER: JSON lines, one record per
# line: intervals, then one result.  The intervals' COUNTER adds up to at
# most the result's.
records()
{
	local f=$1 label=$2 prog=$3 fields=$4 ctr=$5 all=$NET_TMP/records.json

	if ! jq -s '{records: .}' "$f" >"$all" 2>"$all.err"; then
		fail "$label: not JSON lines: $(head -1 "$all.err")"
		return
	fi
	jexpect "$all" "$label" \
		'.records | length' "$(wc -l <"$f")" \
		'.records | length >= 2' true \
		'[.records[:-1][].type] | unique | join(",")' interval \
		'.records[-1].type' result \
		"[.records[].program] | unique | join(\",\")" "$prog" \
		'[.records[].stats | keys_unsorted | join(" ")] | unique | join("|")' "$fields" \
		"([.records[:-1][].stats.$ctr] | add) <= .records[-1].stats.$ctr" true \
		"[.records[:-1][].stats.$ctr] | all(. >= 0)" true \
		".records[-1].stats.$ctr > 0" true \
		'.records[-1].config.interval_ns' 200000000
}

net_init
net_require_kinds veth
topo_veth || t_done

t_case "--format csv"
tag=csv
pair $tag --count $N --format csv -- --count $N --format csv &&
	{
		csv_check "$RX_OUT" "pktrecv --format csv" pktrecv "$RX_FIELDS" received $N
		csv_check "$TX_OUT" "pktsend --format csv" pktsend "$TX_FIELDS" sent $N
	}

t_case "--format text"
tag=text
pair $tag --count $N --format text -- --count $N --format text &&
	{
		text_check "$RX_OUT" "pktrecv --format text" pktrecv "$RX_FIELDS" received $N
		text_check "$TX_OUT" "pktsend --format text" pktsend "$TX_FIELDS" sent $N
	}

# --output FILE: nothing under FILE until the run is over, then the whole
# result, and no temporary file left behind
t_case "--output FILE"
tag=output
dir=$NET_TMP/outdir
mkdir -p "$dir"
rx_start $tag --mode mmsg --count $N --idle-timeout 2s --duration 60 \
	--output "$dir/rx.json" && {
	[ -e "$dir/rx.json" ] && fail "pktrecv --output: rx.json exists while running"
	ls "$dir"/.rx.json.tmp.[0-9]* >/dev/null 2>&1 ||
		fail "pktrecv --output: no temporary file .rx.json.tmp.PID while running: $(ls -A "$dir")"
	tx_run $tag --mode mmsg --dst "$IP_RX" --rate 100kpps --count $N \
		--output "$dir/tx.json"
	rx_wait $tag
	expect_eq "--output: pktsend exit" "$TX_RC" 0
	expect_eq "--output: pktrecv exit" "$RX_RC" 0
	[ -s "$TX_OUT" ] && fail "pktsend --output: stdout not empty: $(head -c 200 "$TX_OUT")"
	[ -s "$RX_OUT" ] && fail "pktrecv --output: stdout not empty: $(head -c 200 "$RX_OUT")"
	check_result "$dir/tx.json" "pktsend --output" pktsend mmsg \
		.stats.sent $N .config.output "$dir/tx.json"
	check_result "$dir/rx.json" "pktrecv --output" pktrecv mmsg \
		.stats.received $N .config.output "$dir/rx.json"
	left=$(cd "$dir" && find . -mindepth 1 ! -name rx.json ! -name tx.json | tr '\n' ' ')
	[ -z "$left" ] || fail "--output: left behind in the directory: $left"
}
t_case "--output into a missing directory"
bad_out=$NET_TMP/nodir/x.json
tx_run badout --mode mmsg --dst "$IP_RX" --count 1 --output "$bad_out"
expect_eq "pktsend --output $bad_out: exit" "$TX_RC" 2
[ "$(wc -l <"$TX_ERR")" = 1 ] && grep -q -- "^pktsend: --output $bad_out: " "$TX_ERR" ||
	fail "pktsend --output $bad_out: stderr \"$(cat "$TX_ERR")\""

# --interval 200ms over a 1 s send: interval records, then the result
t_case "--interval 200ms"
tag=interval
pair $tag --interval 200ms -- --duration 1 --rate 10kpps --interval 200ms && {
	records "$TX_OUT" "pktsend --interval" pktsend "$TX_FIELDS" sent
	records "$RX_OUT" "pktrecv --interval" pktrecv "$RX_FIELDS" received
	jexpect "$NET_TMP/records.json" "pktrecv --interval" \
		'[.records[:-1][].stats.stop_reason] | unique | join(",")' running \
		'.records[-1].stats.received' "$(jq -r .stats.sent "$TX_OUT" | tail -1)"
	[ "$T_FAILS" = 0 ] || dump_run $tag
}

# --interval with --format csv: a table of intervals, an empty line, then
# a table with the result; each row as wide as its header
# csv_tables FILE LABEL
csv_tables()
{
	local f=$1 label=$2 n t tf cols want types

	awk -v RS= -v t="$NET_TMP/csviv.table" '{ print > (t NR) }' "$f"
	n=$(ls "$NET_TMP"/csviv.table* 2>/dev/null | wc -l)
	expect_eq "$label: tables" "$n" 2 || return
	expect_eq "$label: empty lines" "$(grep -c '^$' "$f")" 1
	for t in 1 2; do
		tf=$NET_TMP/csviv.table$t
		cols=$(csv_ncols <"$tf" | sort -u | tr '\n' ' ')
		[ "$(echo $cols | wc -w)" = 1 ] ||
			fail "$label: table $t: rows differ from the header in columns: $cols"
		want=interval
		[ $t = 2 ] && want=result
		types=$(csv_col "$tf" type | sort -u | tr '\n' ' ')
		expect_eq "$label: table $t types" "${types% }" $want
	done
	expect_eq "$label: result rows" "$(($(wc -l <"$NET_TMP/csviv.table2") - 1))" 1
	rm -f "$NET_TMP"/csviv.table*
}

t_case "--format csv --interval 200ms"
tag=csviv before=$T_FAILS
pair $tag --format csv --interval 200ms -- --duration 1 --rate 10kpps \
	--format csv --interval 200ms
[ "$TX_RC" = 0 ] &&
	csv_tables "$TX_OUT" "pktsend --format csv --interval 200ms"
[ "$RX_RC" = 0 ] &&
	csv_tables "$RX_OUT" "pktrecv --format csv --interval 200ms"
[ "$T_FAILS" = "$before" ] || dump_run $tag
t_done
