#!/bin/sh
# PKTBENCH_RX_WRAP for tests/sweep/test_ndr.sh: run "$@" (ip netns exec
# ... pktrecv ...)
# in the CPU-limited cgroup $NDR_CG (its tasks file), so that it, not
# the sender, sets the loss-free rate.
echo $$ >"$NDR_CG" || exit 1
exec "$@"
