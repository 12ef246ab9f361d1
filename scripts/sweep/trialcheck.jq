# The range checks of one trial's numbers, in one place for pktbench ndr
# (ndr_record) and pktbench sweep (sweep_point):
#
#   jq -L "$PKTBENCH_ROOT/scripts/sweep" 'include "trialcheck"; trial_refusals'
#
# In: {sent, received, tx_pps[, rx_pps, tx_bytes, lat_p50_ns, lat_p90_ns,
# lat_p99_ns]}.  Out: an array of reasons, empty when every number is one
# the search or the aggregation may take: counts whole and in 0..2^53,
# rates in 0..1e9 pps, latencies in 0..1 h; NaN, infinities, strings,
# negatives, nothing sent, more received than sent and a rate of 2^63 are
# reasons.

def trial_num: type == "number" and (isnan | not) and (isinfinite | not);
def trial_show: if type == "number" and isnan then "NaN" else tojson end;

def trial_refusals:
  def count($f): .[$f] | if trial_num and . >= 0 and . <= 9007199254740992 and . == floor then empty
	else "\($f) \(trial_show) is not a packet count 0..2^53" end;
  def rate($f; $nullok): .[$f] | if ($nullok and . == null) or (trial_num and . >= 0 and . <= 1e9) then empty
	else "\($f) \(trial_show) is not a rate 0..1e9 pps" end;
  def ns($f): .[$f] | if . == null or (trial_num and . >= 0 and . <= 3.6e12) then empty
	else "\($f) \(trial_show) is not a latency 0..1 h in ns" end;
  if type != "object" then ["not a JSON object"]
  else
    [count("sent"), count("received"), rate("tx_pps"; false), rate("rx_pps"; true),
     ns("lat_p50_ns"), ns("lat_p90_ns"), ns("lat_p99_ns"),
     (if .sent == 0 then "sent 0: the sender sent nothing" else empty end),
     (if (.sent | trial_num) and (.received | trial_num) and .received > .sent
      then "received \(.received) > sent \(.sent)" else empty end),
     (if (.tx_pps | trial_num) and .tx_pps == 0 and (.sent | trial_num) and .sent > 0
      then "tx_pps 0 with \(.sent) sent" else empty end),
     (if .tx_bytes != null and ((.tx_bytes | trial_num | not) or .tx_bytes < 0)
      then "tx_bytes \(.tx_bytes | trial_show) is not a byte count" else empty end)]
  end;
