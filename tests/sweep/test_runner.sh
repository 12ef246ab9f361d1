#!/bin/sh
# The runner contract (scripts/sweep/runner.sh): every runner defines
# every function of it, runner_call refuses what is not in it, and no
# caller builds a runner function's name from a string.  No root, no
# network.  Cases go to $PKTBENCH_CASES (tests/run.sh) or stdout.
#
#   tests/sweep/test_runner.sh
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
lib=$top/scripts/sweep
# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"

# The functions each runner file defines, read by the shell itself (dash
# with the files sourced as bin/pktbench sources them).
have=$(sh -c '
	PKTBENCH_ROOT=$1; L=$1/scripts/sweep
	. "$1/networks/lib-setup.sh"; . "$L/lib.sh"; . "$L/runner.sh"
	. "$L/netns.sh"; . "$L/uml.sh"; . "$L/docker.sh"; . "$L/connect.sh"
	. "$1/scripts/lab/lab.sh"; . "$L/lab.sh"
	for r in netns docker uml connect lab; do
		for f in $RUNNER_FNS; do
			runner_has $r $f && echo "${r}_$f"
		done
	done' sh "$top" 2>&1)
fns=$(sed -n 's/^RUNNER_FNS="\(.*\)"$/\1/p' "$lib/runner.sh")
[ "$(echo $fns | wc -w)" -eq 8 ] || t_case_whys "runner contract lists 8 functions" "RUNNER_FNS: '$fns'"
for r in netns docker uml connect lab; do
	why=''
	for f in $fns; do
		printf '%s\n' "$have" | grep -qx "${r}_$f" || why="$why ${r}_$f"
	done
	# every contract function is documented in the header
	t_case_whys "runner $r implements the contract ($(echo $fns | wc -w) functions)" "${why:+missing:$why}"
done
why=''
for f in $fns; do
	grep -q "^#   $f " "$lib/runner.sh" || grep -q "^#   $f\$" "$lib/runner.sh" || why="$why $f"
done
t_case_whys "runner.sh documents every function" "${why:+undocumented:$why}"

# runner_call: refuses an FN outside the contract and a runner without
# it (127, one line), passes arguments and the exit code through.
got=$(sh -c '
	. "$1/runner.sh"
	toy_run() { echo "run:$*"; return 3; }
	runner_call toy run a "b c"; echo "rc=$?"
	runner_call toy bogus 2>&1; echo "rc=$?"
	runner_call toy probe x 2>&1; echo "rc=$?"
	runner_call "toy;id" run 2>&1; echo "rc=$?"' sh "$lib" 2>&1)
want='run:a b c
rc=3
runner_call: '"'bogus'"' is not a runner function (probe up point_reason run kill state down finish)
rc=127
runner_call: runner '"'toy'"' has no toy_probe (scripts/sweep/runner.sh)
rc=127
runner_call: runner '"'toy;id'"' has no toy;id_run (scripts/sweep/runner.sh)
rc=127'
why=''
[ "$got" = "$want" ] || why="output: $(printf '%s' "$got" | tr '\n' '|') != $(printf '%s' "$want" | tr '\n' '|')"
t_case_whys "runner_call: arguments and exit code through, 127 for what the contract lacks" "$why"

# Nobody dispatches around runner_call: no "${VAR}_fn" or "$VAR"_fn call
# of a contract function in the shell tree (runner.sh itself excepted).
pat=$(echo $fns | sed 's/ /|/g')
hits=$(cd "$top" && grep -rnE "\\\$(\\{[A-Za-z_]+\\}|[A-Za-z_]+\")_($pat)\\b" bin scripts tests bench networks 2>/dev/null |
	grep -v '^scripts/sweep/runner.sh:' | grep -v '^tests/sweep/test_runner.sh:')
t_case_whys "no runner function is called by a built name outside runner_call" "${hits:+$(printf '%s' "$hits" | head -n 3 | tr '\n' '|')}"

# Every caller goes through runner_call: the sweep and ndr call each
# function they need through it (grep finds them).
for f in sweep.sh ndr.sh; do
	n=$(grep -c 'runner_call "\$[A-Z_]*" ' "$lib/$f")
	why=''
	[ "$n" -ge 5 ] || why="only $n calls of runner_call"
	t_case_whys "$f dispatches through runner_call ($n calls)" "$why"
done

# point_reason: xdp on a kernel without AF_XDP sockets (the UML guest's)
# is one reason, known before running; other modes and a kernel with
# them run.  RN_PROTOCOLS: copies of /proc/net/protocols.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'protocol  size sockets\nPACKET    1600      0\nXDP       1088      0\n' >"$tmp/with"
printf 'protocol  size sockets\nPACKET    1600      0\nUDP       1344      0\n' >"$tmp/without"
got=$(sh -c '
	PKTBENCH_ROOT=$1; NW_DIR=$1/networks; L=$1/scripts/sweep; TOPO_VLAN=
	. "$1/networks/lib-setup.sh"; . "$L/lib.sh"; . "$L/runner.sh"; . "$L/netns.sh"; . "$L/uml.sh"
	for f in with without; do
		for r in netns uml; do
			for m in xdp mmap; do
				RN_PROTOCOLS=$2/$f runner_call $r point_reason veth $m
				echo "$f $r $m rc=$? ${SW_REASON:-none}"
			done
		done
	done' sh "$top" "$tmp" 2>&1 | sed "s|$tmp/||g")
want='with netns xdp rc=0 none
with netns mmap rc=0 none
with uml xdp rc=0 none
with uml mmap rc=0 none
without netns xdp rc=1 xdp: this kernel has no AF_XDP sockets (no XDP in without; CONFIG_XDP_SOCKETS)
without netns mmap rc=0 none
without uml xdp rc=1 xdp: this kernel has no AF_XDP sockets (no XDP in without; CONFIG_XDP_SOCKETS)
without uml mmap rc=0 none'
why=''
[ "$got" = "$want" ] || why="got: $(printf '%s' "$got" | tr '\n' '|')"
t_case_whys "point_reason: xdp without AF_XDP sockets is refused before running, with the reason" "$why"

t_done
