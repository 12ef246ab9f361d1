# runs.jsonl -> latency.csv: the one-way latency CDF per set-up and mode,
# every successful run of the pair pooled (all scenarios and repeats).
#
#   jq -nr -f "$PKTBENCH_ROOT/scripts/sweep/cdf.jq" runs.jsonl
#
# Each receiver result carries its histogram as lat_hist, [top, count,
# top, count, ...]: every non-empty bucket as its largest value (ns),
# ascending (src/core/hist.h).  Every histogram has the same bucket
# bounds, and a coarsened one (--connect, lat_hist_sub_buckets < 128)
# keeps bucket tops of the same layout, so histograms add up exactly by
# top.  Out, CSV with a header:
#   setup,mode,latency_ns,fraction,values,runs
# one row per bucket top of the pooled histogram, ascending: the fraction
# of the pair's valid latencies at or below latency_ns (6 decimals; values
# above the top bucket, lat_hist_over, count in the total, so a pair with
# some ends below 1), values and runs the pair's totals.  A run without a
# histogram (failed, or from before histograms) adds nothing.
#
# One pass, no accumulator updated per bucket: each run's histogram is
# cut into [top, count] pairs by index (jq 1.6's _nwise copies the rest of
# the array at every step, quadratic in a histogram's 2,900 numbers) and
# the pairs of a set-up and mode are summed by group_by.  A merge of two
# study shards (100 runs) took 104 s this way before, 0.6 s now; the CSV
# is byte-identical.
def r6: . * 1000000 | round / 1000000;

[inputs
 | select(.status == "ok" and (.rx.stats.lat_hist | type) == "array"
	  and (.rx.stats.lat_hist | length) > 0)
 | {k: "\(.setup),\(.mode)", over: (.rx.stats.lat_hist_over // 0), h: .rx.stats.lat_hist}]
| group_by(.k)
| "setup,mode,latency_ns,fraction,values,runs",
  (.[] | .[0].k as $k | length as $runs
   | ([.[].over] | add) as $over
   | ([.[].h | . as $h | range(0; $h | length; 2) | [$h[.], $h[. + 1]]]
      | group_by(.[0]) | map([.[0][0], (map(.[1]) | add)])) as $bs
   | (([$bs[][1]] | add) + $over) as $total
   | foreach $bs[] as $b (0; . + $b[1];
	"\($k),\($b[0]),\(. / $total | r6),\($total),\($runs)"))
