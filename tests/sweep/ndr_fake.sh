#!/bin/sh
# A fake trial for pktbench ndr (tests/sweep/ndr_sim.sh): a system with a known
# loss curve.  Called with RATE_PPS (0: unpaced), SECONDS and SIZE (the
# payload, or imix); prints one JSON line.  The unpaced sender reaches
# U = 1000000 pps.
#
#   NDR_FAKE=step     loss 0 up to X, then (r - X) / r (a bottleneck at X)
#   NDR_FAKE=noisy    loss 0 up to X, a pseudo-random 0.01..0.4 % above it
#                     up to Y, then (r - Y) / r + 0.4 %
#   NDR_FAKE=spike    step at X, and 5 % loss in [A, B] below X
#   NDR_FAKE=flat     no loss at any rate (the sender is the bottleneck)
#   NDR_FAKE=livelock loss 0 up to X; above X the system forwards only L
#                     (receive livelock), and 5 % loss in [A, B] (a band
#                     below X holding L: the curve is not monotonic)
#   NDR_FAKE=warmup   step at X, but the first trial at a rate above W
#                     (and not above X) loses 1 %: the same load gives two
#                     results (inconsistent trials)
#   NDR_FAKE=random   step at X (with NDR_FAKE_L: above X it forwards
#                     only L), and any trial loses 1 % with probability P
#                     (NDR_FAKE_P, default 0.3), drawn from NDR_FAKE_SEED
#                     and the number of trials so far (needs NDR_FAKE_LOG)
#   NDR_FAKE=garbage  prints NDR_FAKE_LINE instead (a broken trial)
#   NDR_FAKE_X, _Y, _A, _B, _L, _W   the knees; NDR_FAKE_LOG: each call
#   appended as "RATE SECONDS SIZE"; NDR_FAKE_SLEEP: seconds each trial
#   takes (default 0); NDR_FAKE_SIZE: the only SIZE accepted (exit 1 on
#   another, so a test sees the size arrive)
set -u
r=$1 t=$2 size=${3-}
calls=0
if [ -n "${NDR_FAKE_LOG:-}" ]; then
	[ -f "$NDR_FAKE_LOG" ] && calls=$(grep -c . "$NDR_FAKE_LOG")
	seen=$(awk -v r="$r" '$1 == r { n++ } END { print n + 0 }' "$NDR_FAKE_LOG" 2>/dev/null || echo 0)
	echo "$r $t $size" >>"$NDR_FAKE_LOG"
fi
if [ -n "${NDR_FAKE_SIZE:-}" ] && [ "$size" != "$NDR_FAKE_SIZE" ]; then
	echo "ndr_fake: size '$size' != '$NDR_FAKE_SIZE'" >&2
	exit 1
fi
[ -n "${NDR_FAKE_SLEEP:-}" ] && sleep "$NDR_FAKE_SLEEP"
if [ "${NDR_FAKE:-}" = garbage ]; then
	printf '%s\n' "${NDR_FAKE_LINE-}"
	exit 0
fi
awk -v r="$r" -v t="$t" -v c="${NDR_FAKE:-step}" -v X="${NDR_FAKE_X:-612345}" \
	-v Y="${NDR_FAKE_Y:-801234}" -v A="${NDR_FAKE_A:-480000}" -v B="${NDR_FAKE_B:-520000}" \
	-v L="${NDR_FAKE_L:-500000}" -v W="${NDR_FAKE_W:-550000}" -v seen="${seen:-0}" \
	-v P="${NDR_FAKE_P:-0.3}" -v seed="${NDR_FAKE_SEED:-1}" -v calls="$calls" 'BEGIN {
	U = 1000000
	if (r == 0) r = U
	loss = 0
	if (c == "step" || c == "spike" || c == "warmup" || c == "random") {
		if (r > X) loss = (r - X) / r
		if (c == "spike" && r >= A && r <= B) loss = 0.05
		if (c == "warmup" && r > W && r <= X && seen == 0) loss = 0.01
		if (c == "random" && ENVIRON["NDR_FAKE_L"] != "" && r > X) loss = 1 - L / r
		if (c == "random") {
			# the calls-th draw of one stream: seeds next to each other
			# would give correlated first draws
			srand(seed)
			for (i = 0; i <= calls; i++) x = rand()
			if (x < P && loss < 0.01) loss = 0.01
		}
	} else if (c == "livelock") {
		if (r > X) loss = 1 - L / r
		else if (r >= A && r <= B) loss = 0.05
	} else if (c == "noisy") {
		# the same rate draws the same noise, so runs are reproducible
		srand(r); n = 0.0001 + rand() * 0.0039
		if (r > Y) loss = (r - Y) / r + 0.004
		else if (r > X) loss = n
	}
	sent = int(r * t + 0.5)
	recv = sent - int(sent * loss + 0.5)
	printf "{\"sent\":%d,\"received\":%d,\"tx_pps\":%d}\n", sent, recv, r
}'
