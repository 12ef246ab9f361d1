# runs.jsonl -> one tab-separated line per run, the columns aggregate.awk
# reads (see its header).  Missing values are empty fields.
[ .setup, .scenario, .param, .nominal, .mode, .repeat, .runner, .status,
  ((.reason // "") | gsub("[\t\r\n]"; " ")),
  .rx.stats.pps, .rx.stats.received, .rx.stats.lost_vs_count, .count,
  .tx.stats.pps, .tx.stats.bps, .rate_mbps, .rx.stats.lat_p99_ns, .size,
  (.placement | if . == null then null elif .pinned then "tx\(.tx_cpu)/rx\(.rx_cpu)" else "none" end) ]
| map(if . == null then "" else tostring end)
| @tsv
