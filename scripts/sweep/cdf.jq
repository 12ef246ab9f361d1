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
def r6: . * 1000000 | round / 1000000;

reduce (inputs
	| select(.status == "ok" and (.rx.stats.lat_hist | type) == "array"
		 and (.rx.stats.lat_hist | length) > 0)) as $r ({};
	"\($r.setup),\($r.mode)" as $k
	| .[$k].runs += 1
	| .[$k].over += ($r.rx.stats.lat_hist_over // 0)
	| reduce ($r.rx.stats.lat_hist | _nwise(2)) as $b (.;
		.[$k].b[$b[0] | tostring] += $b[1]))
| "setup,mode,latency_ns,fraction,values,runs",
  (to_entries | sort_by(.key)[]
   | .key as $k | .value.runs as $runs
   | (.value.b | to_entries | map([(.key | tonumber), .value])
      | sort_by(.[0])) as $bs
   | (([$bs[][1]] | add) + .value.over) as $total
   | foreach $bs[] as $b (0; . + $b[1];
	"\($k),\($b[0]),\(. / $total | r6),\($total),\($runs)"))
