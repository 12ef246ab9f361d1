#!/bin/sh
# The pinning comparison of 2026-12-07: the same 10 points five times
# each, pinned (sender on CPU 0, receiver on CPU 1) and not (--no-pin),
# one sweep after the other, native set-up, netns runner.
#   iii  scenario III (64..1024 B at 500 Mbit/s), udp and mmap, 100 k
#        packets per run (--scale 0.1)
#   i    scenario I (100 k..500 k packets at 64 B, 500 Mbit/s), udp and
#        mmsg (--scale 0.05): every point bound by the path, none by the
#        pacer at 64 B for udp (mmsg often reaches the 500 Mbit/s pace)
#   i2   i again, the unpinned sweep first (an order or drift effect
#        would show as the opposite difference)
#
#   sudo /work/tools/quiet docs/results/2026-12-07-pinning/run.sh iii|i|i2
set -eu
top=$(cd "$(dirname "$0")/../../.." && pwd)
out=$top/docs/results/2026-12-07-pinning
case ${1-} in
iii) set -- iii --scenarios III --modes udp,mmap --scale 0.1 ;;
i | i2) set -- "$1" --scenarios I --modes udp,mmsg --scale 0.05 ;;
*) echo "usage: $0 iii|i|i2" >&2; exit 2 ;;
esac
w=$1
shift
set -- --runner netns --setups native "$@" --repeat 5 --idle-timeout 0.5s
if [ "$w" = i2 ]; then
	"$top/bin/pktbench" sweep "$@" --no-pin --out "$out/$w-unpinned" 2>"$out/$w-unpinned.stderr.txt"
	"$top/bin/pktbench" sweep "$@" --out "$out/$w-pinned" 2>"$out/$w-pinned.stderr.txt"
else
	"$top/bin/pktbench" sweep "$@" --out "$out/$w-pinned" 2>"$out/$w-pinned.stderr.txt"
	"$top/bin/pktbench" sweep "$@" --no-pin --out "$out/$w-unpinned" 2>"$out/$w-unpinned.stderr.txt"
fi
