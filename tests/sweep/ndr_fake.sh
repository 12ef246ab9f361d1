#!/bin/sh
# A fake trial for pktbench ndr (PKTBENCH_NDR_TRIAL): a system with a known
# loss curve.  Called with RATE_PPS (0: unpaced) and SECONDS; prints one
# JSON line.  The unpaced sender reaches U = 1000000 pps.
#
#   NDR_FAKE=step     loss 0 up to X, then (r - X) / r (a bottleneck at X)
#   NDR_FAKE=noisy    loss 0 up to X, a pseudo-random 0.01..0.4 % above it
#                     up to Y, then (r - Y) / r + 0.4 %
#   NDR_FAKE=spike    step at X, and 5 % loss in [A, B] below X
#   NDR_FAKE=flat     no loss at any rate (the sender is the bottleneck)
#   NDR_FAKE_X, _Y, _A, _B   the knees; NDR_FAKE_LOG: each rate appended
#   NDR_FAKE_SLEEP: seconds each trial takes (default 0)
set -u
r=$1
[ -n "${NDR_FAKE_LOG:-}" ] && echo "$r" >>"$NDR_FAKE_LOG"
[ -n "${NDR_FAKE_SLEEP:-}" ] && sleep "$NDR_FAKE_SLEEP"
awk -v r="$r" -v t="$2" -v c="${NDR_FAKE:-step}" -v X="${NDR_FAKE_X:-612345}" \
	-v Y="${NDR_FAKE_Y:-801234}" -v A="${NDR_FAKE_A:-480000}" -v B="${NDR_FAKE_B:-520000}" 'BEGIN {
	U = 1000000
	if (r == 0) r = U
	loss = 0
	if (c == "step" || c == "spike") {
		if (r > X) loss = (r - X) / r
		if (c == "spike" && r >= A && r <= B) loss = 0.05
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
