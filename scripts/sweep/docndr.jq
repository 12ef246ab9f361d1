# ndr.json files -> the docs' NDR table (doc.sh; docs/doc-markers.md):
#
#   jq -n -r --arg runner netns --arg setups "native bridge" --arg modes "udp mmsg" \
#       -f docndr.jq DIR/*/ndr.json
#
# One row per set-up, mode and size (the runner's; a --connect search is
# runner "connect"), searches of the same trial length, resolution and PDR
# threshold together, in the order of $setups and $modes.  Where a set-up
# and mode was searched more than once every cell lists each search, oldest
# first, and the answers their spread (min–max); "one search" says there
# is no spread to show.  The last column sums the drop join (drops.jq) of
# every trial whose result recorded it.

def f1: (. * 10 | round) as $t | "\($t / 10 | floor).\($t % 10)";
def kp: if . == null then "?" else . / 1000 | f1 end;
def pct: (. * 10000 | round) / 100 | tostring;
def pos($list; $w): ($list | split(" ") | index($w)) // 999;
def ans: {n: .pps, v: (.pps | kp),
	fl: ([if .sender_bound then "sender-bound" else empty end,
	      if (.verified | not) then "not verified" else empty end] | join(", "))};
def show: .v + (if .fl != "" then " (\(.fl))" else "" end);
def cell: map(ans)
	| if length == 1 then (.[0] | .v + " kpps" + (if .fl != "" then " (\(.fl))" else "" end))
	  else "\(map(.n) | min | kp)–\(map(.n) | max | kp) kpps: " + (map(show) | join(", ")) end;

[inputs | . + {file: input_filename}]
| map(select(((if .config.connect then "connect" else .config.runner end) == $runner)
	and .complete == true))
| group_by([.config.setup, .config.mode, .config.size, .config.trial_s,
	.config.resolution_pct, .config.pdr_pct])
| sort_by(.[0] | [pos($setups; .config.setup), pos($modes; .config.mode), .config.size])
| map(select(pos($setups; .[0].config.setup) < 999 and pos($modes; .[0].config.mode) < 999))
| "| set-up | mode | searches | unpaced: sent → received (loss) | NDR | PDR \(.[0][0].config.pdr_pct) % | trials | lost in all trials, by place |",
  "|---|---|---|---|---|---|---:|---|",
  (.[] | sort_by(.started)
   | . as $s
   | ([$s[] | .trials[] | select(.drops != null) | .drops]) as $d
   | ([$s[] | select(any(.trials[]; .drops == null))] | length) as $nodrops
   | ($d | map(.places | to_entries[]) | group_by(.key)
	| map({key: .[0].key, value: (map(.value) | add)}) | map(select(.value > 0))) as $pl
   | ($d | map(.unattributed) | add // 0) as $un
   | ($d | map(.lost) | add // 0) as $lost
   | "| \($s[0].config.setup) | \($s[0].config.mode) | "
     + (if length == 1 then "one search" else "\(length) searches" end) + " | "
     + ($s | map(.trials[0] | "\(.rate_achieved_pps | kp) → \(.rx_pps | kp) kpps (\(.loss_ratio | pct) %)") | join("; ")) + " | "
     + ($s | map(.ndr) | cell) + " | "
     + ($s | map(.pdr) | cell) + " | "
     + ($s | map(.trials | length | tostring) | join(", ")) + " | "
     + (if ($d | length) == 0 then "not recorded"
	elif $lost == 0 then "none lost"
	else ($pl | map("\(.key) \(.value)")
		+ (if $un > 0 then ["unattributed \($un)"] else [] end) | join(", "))
		+ " (of \($lost))" end)
     + (if $nodrops > 0 and ($d | length) > 0 then "; \($nodrops) search\(if $nodrops > 1 then "es" else "" end) did not record drops" else "" end)
     + " |")
