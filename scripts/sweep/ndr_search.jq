# The NDR search as a pure step: the trials so far in, the next trial (or
# the answer) out.  No I/O, no clock, no state besides its input.  This
# file holds the definitions; scripts/sweep/ndr_step.jq is the program:
#
#   jq -s -c --argjson cfg CFG -f scripts/sweep/ndr_step.jq trials.jsonl
#
# prints one JSON object:
#
#   {"action": "trial", "rate_pps": R, "duration_s": D, "kind": K,
#    "goal": G, "target": T, "fraction": F, "why": TEXT, "status": S}
#       run one trial at R pps (0: unpaced, the sender's maximum) for D
#       seconds and call again with it appended.  K is search, verify
#       (bisect) or latency; G and T the goal and target it serves; F the
#       share of the PDR a latency trial runs at (else null).
#   {"action": "done", "stopped": null | "max-trials" | TEXT,
#    "unpaced_pps": U, "goals": [RESULT...], "latency": [...], "status": S}
#       the answer (stopped: why the search ended early; TEXT an error).
#
# S is {"goals": [{name, lo, hi, target}], "left": N or null} for the
# progress line.  A trial line (what scripts/sweep/ndr.sh appends) needs
#   n, kind, rate_asked_pps (0 unpaced), duration_s, rate_achieved_pps,
#   loss_ratio
# and may carry anything else (sent, received, latency ...), which is
# passed through untouched.  ndr.sh checks every trial before it appends
# it (scripts/sweep/ndr.sh: ndr_record), so the step trusts its input.
#
# CFG: {"search": "mlr" | "bisect", "max_trials": N,
#       "goals": [{"name": "ndr", "loss_ratio": 0}, {"name": "pdr", ...}],
#       "trial_min_s", "trial_max_s", "duration_sum_s", "exceed_ratio",
#       "width" (relative, mlr), "resolution" (share of U, bisect),
#       "latency_at": [0.1, 0.5, 0.9], "latency_goal": "pdr",
#       "min_load_pps" (optional)}
# A goal may override any of loss_ratio, exceed_ratio, width,
# initial_duration_s, final_duration_s, duration_sum_s (the RFC 9971
# Search Goal attributes; by default trial_min_s, trial_max_s, ...).
#
# search "mlr" follows RFC 9971 (MLRsearch): the Load Classification and
# Conditional Throughput code of its appendices A and B, relevant bounds,
# and a controller of ours (docs/ndr.md says where it simplifies).
# search "bisect" is the plain bisection pktbench ndr always had: one
# interval per goal, the widest bisected, each answer verified.

def tol: 1e-9;
def high($g): .loss_ratio > $g.loss_ratio + 1e-12;
def ms: . * 1000 | round / 1000;

# The trials the search looks at: not the latency measurements.
def search_trials: map(select(.kind != "latency"));

# U: the maximum load, the rate the first unpaced trial achieved.
def max_load: (first(.[] | select(.rate_asked_pps == 0)) | .rate_achieved_pps | floor) // 0;

# ---------------------------------------------------------------- mlr

# RFC 9971 appendix A, for the trials $ts at one load and goal (or
# target) $g: "lower", "upper" or "undecided".
def classify($ts; $g):
	$g.exceed_ratio as $e
	| [$ts[] | select(.duration_s >= $g.final_duration_s - tol)] as $full
	| [$ts[] | select(.duration_s < $g.final_duration_s - tol)] as $short
	| ([$full[] | select(high($g)) | .duration_s] | add // 0) as $fh
	| ([$full[] | select(high($g) | not) | .duration_s] | add // 0) as $fl
	| ([$short[] | select(high($g)) | .duration_s] | add // 0) as $sh
	| ([$short[] | select(high($g) | not) | .duration_s] | add // 0) as $sl
	| ([0, $sh - $sl * ($e / (1 - $e))] | max) as $pex
	| ($fh + $pex) as $eh
	| ([$fl + $eh, $g.duration_sum_s] | max) as $ew
	| ($ew * $e) as $q
	| (($ew - $fl) <= $q + tol) as $pess
	| ($eh <= $q + tol) as $opt
	| if $pess and $opt then "lower"
	  elif ($pess or $opt) | not then "upper"
	  else "undecided" end;

# RFC 9971 appendix B: the conditional throughput at load $load.
def cond_throughput($ts; $g; $load):
	([$ts[] | select(.duration_s >= $g.final_duration_s - tol)] | sort_by(.loss_ratio)) as $full
	| ([([$full[].duration_s] | add // 0), $g.duration_sum_s] | max
	   * (1 - $g.exceed_ratio)) as $rem
	| reduce $full[] as $t ({q: null, rem: $rem};
		if .q == null or .rem > 0 then {q: $t.loss_ratio, rem: (.rem - $t.duration_s)} else . end)
	| (if .rem > 0 then 1 else .q end) as $q
	| if $q == null then null else $load * (1 - $q) | floor end;

# A goal with the defaults filled in.
def goal_full($cfg):
	{exceed_ratio: $cfg.exceed_ratio, width: $cfg.width,
	 initial_duration_s: $cfg.trial_min_s, final_duration_s: $cfg.trial_max_s,
	 duration_sum_s: $cfg.duration_sum_s} + .;

# The targets of a goal: from a loose one (width x 2^K, the shortest
# trials) to the goal itself (index K), trial durations growing
# geometrically from initial to final, duration sums in proportion.
# K: one halving of the width per doubling of the duration, at most 5.
def targets:
	. as $g
	| (if $g.initial_duration_s >= $g.final_duration_s then 0
	   else [($g.final_duration_s / $g.initial_duration_s | log2 | ceil), 5] | min end) as $k
	| [range(0; $k + 1) as $i
	   | (if $i == $k then $g.final_duration_s
	      else $g.initial_duration_s * pow($g.final_duration_s / $g.initial_duration_s; $i / $k) | ms end) as $d
	   | $g + {target: $i, last: ($i == $k), final_duration_s: $d,
		   duration_sum_s: ($g.duration_sum_s * $d / $g.final_duration_s | ms),
		   width: ([$g.width * pow(2; $k - $i), 0.5] | min)}];

# Trials grouped by load: [{key (the rate asked, 0 unpaced), load, trials}].
def loads($u): group_by(.rate_asked_pps)
	| map({key: .[0].rate_asked_pps, load: (if .[0].rate_asked_pps == 0 then $u else .[0].rate_asked_pps end), trials: .});

# The relevant bounds of target $t over $loads, and what it needs next:
# {rlb, rub, cls, done, irregular, key, why}.
def mlr_target($loads; $t; $u; $frmol; $minload; $prev):
	[$loads[] | . + {cls: classify(.trials; $t)}] as $L
	| ([$L[] | select(.cls == "upper") | .load] | min) as $rub
	| ([$L[] | select(.cls == "lower" and ($rub == null or .load < $rub)) | .load] | max) as $rlb
	| {rlb: $rlb, rub: $rub, target: $t.target}
	# an undecided load to measure again: after a target change the last
	# target's upper bound first, wherever it lies below this target's
	# (a higher load that passes, the maximum load say, must not end
	# the search while it is unsettled), then its lower bound; else the
	# highest load between the bounds, the one that would be the
	# relevant lower bound (once it is, those below no longer matter)
	| [$L[] | select(.cls == "undecided" and ($rlb == null or .load > $rlb)
		and ($rub == null or .load < $rub))] as $between
	| ([$L[] | select(.cls == "undecided" and .load == $prev.rub and ($rub == null or .load < $rub))]
	   + [$between[] | select(.load == $prev.rlb)]
	   + ($between | sort_by(- .load)) | .[0]) as $und
	| if $und != null then
		. + {done: false, key: $und.key, why: "undecided at \($und.load) pps: more trials"}
	  elif $rub == null then
		if $rlb != null then . + {done: true, irregular: "sender-bound"}
		else . + {done: false, key: 0, why: "maximum load"} end
	  elif $rlb == null then
		# below the smallest upper bound: the rate forwarded at maximum
		# load first (RFC 2285's FRMOL), then steps down that double
		([$L[] | select(.load > $rub and .key != 0) | .load] | min) as $above
		| ([$t.width * $rub, (if $above then 2 * ($above - $rub) else 0 end), 1] | max) as $step
		| (if $frmol < $rub and $frmol >= $minload and ([$L[] | select(.key == $frmol)] | length) == 0
		   then $frmol else [$rub - $step, $minload] | max | floor end) as $c
		| if $rub <= $minload then . + {done: true, irregular: "min-load"}
		  else . + {done: false, key: $c,
			why: (if $c == $frmol then "rate forwarded at maximum load"
			      elif $c == $minload then "minimum load" else "below the lowest upper bound" end)} end
	  elif ($rub - $rlb) <= $t.width * $rub + tol or ($rub - $rlb) <= 1 then
		. + {done: true, irregular: null}
	  else
		# above the relevant lower bound: a step of the width that
		# doubles while it keeps passing, at most to the midpoint
		([$L[] | select(.cls == "lower" and .load < $rlb) | .load] | max) as $below
		| ([$t.width * $rub, (if $below then 2 * ($rlb - $below) else 0 end), 1] | max) as $step
		| (($rlb + $rub) / 2 | floor) as $mid
		| ([$rlb + $step, $mid] | min | floor) as $c
		| . + {done: false, key: $c, why: (if $c == $mid then "midpoint" else "step up from the lower bound" end)}
	  end;

# The work of one goal: the first target not done (after an irregular
# answer, the last target: the maximum load must pass full-length
# trials, the minimum fail them).
def mlr_goal($loads; $u; $frmol; $minload):
	targets as $ts
	| (reduce $ts[] as $t (null;
		if . != null and (.done | not) then .
		elif . != null and .irregular != null and ($t.last | not) then .
		else (if . == null then {rlb: null, rub: null} else {rlb, rub} end) as $prev
		| mlr_target($loads; $t; $u; $frmol; $minload; $prev)
		  + {duration_s: $t.final_duration_s, prev: $prev} end)) as $r
	| $r + {goal: $ts[-1]};

def goal_result($loads; $u; $frmol; $minload):
	. as $r | $r.goal as $g
	| ($loads | map(select(.load == $r.rlb)) | .[0]) as $lb
	| (if $r.irregular == "sender-bound" then $u elif $r.rlb == null then 0 else $r.rlb end) as $pps
	| {name: $g.name, loss_ratio: $g.loss_ratio, exceed_ratio: $g.exceed_ratio,
	   width: $g.width, final_duration_s: $g.final_duration_s,
	   duration_sum_s: $g.duration_sum_s, initial_duration_s: $g.initial_duration_s,
	   relevant_lower_bound_pps: $r.rlb, relevant_upper_bound_pps: $r.rub,
	   regular: ($r.done and $r.irregular == null and $r.target == $g.target),
	   irregular: $r.irregular,
	   pps: $pps,
	   conditional_throughput_pps:
		(if $lb then cond_throughput($lb.trials; $g; $lb.load) else null end),
	   sender_bound: ($r.irregular == "sender-bound"),
	   trials_at_lower_bound: (if $lb then $lb.trials | length else 0 end)};

def mlr_step($cfg; $all):
	($all | search_trials) as $tr
	| ($tr | max_load) as $u
	| if ($tr | length) == 0 then
		{action: "trial", rate_pps: 0, duration_s: $cfg.trial_min_s, kind: "search",
		 goal: null, target: 0, why: "maximum load"}
	  elif $u <= 0 then {action: "done", stopped: "the unpaced trial sent nothing", unpaced_pps: 0, goals: []}
	  else
		(first($tr[] | select(.rate_asked_pps == 0))) as $t1
		| ($t1.rate_achieved_pps * (1 - $t1.loss_ratio) | floor) as $frmol
		| ($cfg.min_load_pps // ([($u / 1000 | floor), (10 / $cfg.trial_min_s | ceil), 1] | max)) as $minload
		| ($tr | loads($u)) as $loads
		| [$cfg.goals[] | goal_full($cfg) | mlr_goal($loads; $u; $frmol; $minload)] as $work
		# progress: the bounds of the target in work, else (none yet) the
		# last one's
		| {status: {goals: [$work[] | (if .rlb == null and .rub == null then .prev else . end) as $b
			| {name: .goal.name, lo: ($b.rlb // 0), hi: $b.rub, target}], left: null}} as $st
		| if ([$work[] | select(.done | not)] | length) == 0 then
			{action: "done", stopped: null, unpaced_pps: $u,
			 goals: [$work[] | goal_result($loads; $u; $frmol; $minload)]} + $st
		  elif ($tr | length) >= $cfg.max_trials then
			{action: "done", stopped: "max-trials", unpaced_pps: $u,
			 goals: [$work[] | goal_result($loads; $u; $frmol; $minload)]} + $st
		  else
			# the smallest load first (RFC 9971, "Consequences"); of two
			# goals wanting it, the longer trial serves both
			([$work[] | select(.done | not)
			  | . + {load: (if .key == 0 then $u else .key end)}]
			 | sort_by([.load, - .duration_s]) | .[0]) as $w
			| {action: "trial", rate_pps: $w.key, duration_s: $w.duration_s, kind: "search",
			   goal: $w.goal.name, target: $w.target, why: $w.why} + $st
		  end
	  end;

# ------------------------------------------------------------- bisect

def b_pass($g): .loss_ratio <= $g.loss_ratio + 1e-12;

def b_init($cfg; $t1):
	($t1.rate_achieved_pps | floor) as $u
	| {u: $u, res: ([($u * $cfg.resolution | floor), 1] | max),
	   g: [$cfg.goals[] as $g
		| if $t1 | b_pass($g) then {lo: $u, hi: $u, sb: 1, ver: 0, vf: 0, thr: $g.loss_ratio}
		  else {lo: 0, hi: $u, sb: 0, ver: 0, vf: 0, thr: $g.loss_ratio} end]};

# A trial at rate $r narrows every interval it falls inside.
def b_update($r; $t):
	.g |= map(.thr as $thr | if $r > .lo and $r < .hi then
		(if $t | b_pass({loss_ratio: $thr}) then .lo = $r else .hi = $r end) else . end);

# The widest interval above the resolution (the first on a tie), or null.
def b_widest:
	.res as $res
	| [.g | to_entries[] | {i: .key, w: (.value.hi - .value.lo)}] | map(select(.w > $res))
	| if length == 0 then null else (max_by(.w).w) as $m | map(select(.w == $m))[0].i end;

# Before a verification: answers 0 have nothing to verify.
def b_pre:
	reduce range(0; .g | length) as $i (. + {k: null};
		if .k != null or .g[$i].ver != 0 then .
		elif .g[$i].lo == 0 then .g[$i].ver = -1
		else .k = $i end);

def b_answer($i): .g[$i] as $s | if $s.sb == 1 then 0 else $s.lo end;

def b_vfail($i; $tr):
	.g[$i] as $s | ($s.lo) as $hi
	| .g[$i] += {vf: ($s.vf + 1), sb: 0, hi: $hi,
		lo: ([$tr[] | select(.rate_asked_pps != 0 and .rate_asked_pps < $hi)
		      | select(b_pass({loss_ratio: $s.thr})) | .rate_asked_pps] | max // 0)}
	| if .g[$i].vf >= 3 then .g[$i].ver = -1 else . end;

def b_verify($t; $tr):
	b_pre | .k as $k | $t.rate_asked_pps as $a
	| reduce range(0; .g | length) as $j (.;
		if .g[$j].ver != 0 then .
		elif $j != $k and b_answer($j) != $a then
			(if $a > 0 then b_update($a; $t) else . end)
		elif .g[$j].thr as $thr | $t | b_pass({loss_ratio: $thr}) then .g[$j].ver = 1
		else b_vfail($j; $tr) end);

def b_replay($cfg; $tr):
	reduce range(1; $tr | length) as $i (b_init($cfg; $tr[0]);
		$tr[$i] as $t
		| if $t.kind == "verify" then b_verify($t; $tr[0:$i + 1])
		  else b_update($t.rate_asked_pps; $t) end);

def b_left($s; $n; $cfg):
	def steps($w): if $w > $s.res then 1 + steps($w / 2) else 0 end;
	([$s.g[] | steps(.hi - .lo) + (if .ver == 0 then 1 else 0 end)] | add) as $l
	| [$l, $cfg.max_trials - $n] | min;

def b_done($cfg; $s; $stopped):
	{action: "done", stopped: $stopped, unpaced_pps: $s.u,
	 goals: [range(0; $cfg.goals | length) as $i | $s.g[$i] as $g
		| {name: $cfg.goals[$i].name, loss_ratio: $g.thr, pps: $g.lo,
		   fail_pps: (if $g.sb == 1 or $g.hi == $g.lo then null else $g.hi end),
		   sender_bound: ($g.sb == 1 and $s.u > 0),
		   verified: ($g.ver == 1), verifications_failed: $g.vf}]};

def bisect_step($cfg; $all):
	($all | search_trials) as $tr | ($tr | length) as $n
	| if $n == 0 then
		{action: "trial", rate_pps: 0, duration_s: $cfg.trial_max_s, kind: "search",
		 goal: null, target: null, why: "maximum load"}
	  elif ($tr[0].rate_achieved_pps | floor) <= 0 then
		{action: "done", stopped: "the unpaced trial sent nothing", unpaced_pps: 0, goals: []}
	  else
		b_replay($cfg; $tr) as $s
		| {status: {goals: [range(0; $cfg.goals | length) as $i
			| {name: $cfg.goals[$i].name, lo: $s.g[$i].lo, hi: $s.g[$i].hi, target: null}],
			left: b_left($s; $n; $cfg)}} as $st
		| if ([$s.g[] | select(.ver == 0)] | length) == 0 then b_done($cfg; $s; null) + $st
		  elif $n >= $cfg.max_trials then b_done($cfg; $s; "max-trials") + $st
		  else ($s | b_widest) as $w
		  | if $w != null then
			{action: "trial", rate_pps: (($s.g[$w].lo + $s.g[$w].hi) / 2 | floor),
			 duration_s: $cfg.trial_max_s, kind: "search", goal: $cfg.goals[$w].name,
			 target: null, why: "midpoint"} + $st
		    else ($s | b_pre) as $p
		    | if $p.k == null then b_done($cfg; $p; null) + $st
		      else {action: "trial", rate_pps: ($p | b_answer($p.k)),
			    duration_s: $cfg.trial_max_s, kind: "verify",
			    goal: $cfg.goals[$p.k].name, target: null, why: "verification"} + $st
		      end
		    end
		  end
	  end;

# ------------------------------------------------------------ latency

# After the search: one trial at each share of the latency goal's answer
# (PDR by default), full length; then the answer with their figures.
def latency_step($cfg; $all; $done):
	($done.goals | map(select(.name == ($cfg.latency_goal // "pdr"))) | .[0].pps // 0) as $p
	| [$all[] | select(.kind == "latency")] as $lt
	| if $done.stopped != null or $p <= 0 then $done + {latency: []}
	  else
		([($cfg.latency_at // [])[] as $f | select([$lt[] | select(.fraction == $f)] | length == 0) | $f]
		 | .[0]) as $next
		| if $next != null then
			{action: "trial", rate_pps: ([$p * $next | floor, 1] | max), duration_s: $cfg.trial_max_s,
			 kind: "latency", goal: ($cfg.latency_goal // "pdr"), target: null, fraction: $next,
			 why: "latency at \($next * 100 | round) % of \($cfg.latency_goal // "pdr")"}
			+ {status: $done.status}
		  else
			$done + {latency: [$lt[] | {fraction, rate_pps: .rate_asked_pps, trial: .n,
				rate_achieved_pps, loss_ratio,
				p50_ns: .lat_p50_ns, p90_ns: .lat_p90_ns, p99_ns: .lat_p99_ns}]}
		  end
	  end;

def step($cfg):
	. as $all
	| (if $cfg.search == "bisect" then bisect_step($cfg; $all) else mlr_step($cfg; $all) end)
	| if .action == "done" then latency_step($cfg; $all; .) else . end
	| {fraction: null} + .;
