#!/bin/bash
# SPDX-License-Identifier: MIT
# The host side of the UML tiers (tests/uml/lib.sh) without a guest:
# test_uml.sh and docker.sh run from a copy of tests/uml whose launch.sh
# is a stub that writes the cases a guest would (STUB: pass, fail, short,
# none, skip), and records its arguments and UML_TIMEOUT / UML_MEM.
#   - all cases ok: exit 0, the cases passed on; docker.sh's guest clock
#     and wall time lines below them;
#   - a "not ok" case, fewer cases than the set-ups make, no cases, or a
#     guest that did not finish: exit 1, saying which;
#   - no guest (launch.sh exit 4): exit 4 and "SKIP: why";
#   - the work directory is gone after each run.
# No root, no network, a few seconds.  Exit 0 pass, 1 fail.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/lib.sh
. "$top/tests/lib.sh"
t_tmp test-umllib
trap t_tmp_clean EXIT

tree=$T_TMP/tree
mkdir -p "$tree/tests/uml" "$T_TMP/tmp"
cp "$top/tests/uml/lib.sh" "$top/tests/uml/test_uml.sh" "$top/tests/uml/docker.sh" "$tree/tests/uml/"
cat >"$tree/tests/uml/launch.sh" <<'EOF'
#!/bin/bash
# stub: launch.sh WORK JOB NAME=VALUE...; the cases by STUB
work=$1 job=$2
shift 2
echo "$job UML_TIMEOUT=${UML_TIMEOUT:-} UML_MEM=${UML_MEM:-} $*" >"$STUB_ARGS"
[ "$STUB" = skip ] && { echo "no linux.uml (stub)"; exit 4; }
# pass: N cases ok; fail: the last not ok; short: N - 1
if [ "$STUB" != none ]; then
	: >"$work/cases"
	for i in $(seq $((STUB_N - 1))); do echo "ok case $i" >>"$work/cases"; done
	case $STUB in
	fail) echo "not ok case $STUB_N" >>"$work/cases" ;;
	short) ;;
	*) echo "ok case $STUB_N" >>"$work/cases" ;;
	esac
fi
echo "uml: step one uptime=1.25" >"$work/$job.log"
[ "$STUB" = unfinished ] && { echo "the guest did not finish (stub)"; exit 1; }
exit 0
EOF
chmod +x "$tree/tests/uml/launch.sh"
echo x >"$T_TMP/images.tar"
export STUB_ARGS=$T_TMP/args

# run STUB N SCRIPT [VAR=VALUE...]: SCRIPT of the copy; RC, OUT (stdout
# and stderr), CASES (what went to PKTBENCH_CASES)
run() {
	local stub=$1 n=$2 script=$3

	shift 3
	rm -f "$T_TMP/cases" "$STUB_ARGS"
	OUT=$(env STUB="$stub" STUB_N="$n" TMPDIR="$T_TMP/tmp" PKTBENCH_CASES="$T_TMP/cases" \
		PKTBENCH_KEEP=0 "$@" bash "$tree/tests/uml/$script" 2>&1)
	RC=$?
	CASES=$(cat "$T_TMP/cases" 2>/dev/null)
	left=$(find "$T_TMP/tmp" -mindepth 1 -maxdepth 1 | head -n 1)
	[ -z "$left" ] || { fail "$script $stub: the work directory is left: $left"; rm -rf "${T_TMP:?}/tmp/"*; }
}

t_case "test_uml.sh: 2 set-ups, 6 cases ok: exit 0, the cases passed on"
run pass 6 test_uml.sh PKTBENCH_UML_CASES=trunk,ovs PKTBENCH_UML_TIMEOUT=77
expect_eq "exit" "$RC" 0
expect_eq "cases" "$(printf '%s\n' "$CASES" | grep -c '^ok case ')" 6
expect_eq "launch.sh's arguments" "$(cat "$STUB_ARGS")" \
	"test UML_TIMEOUT=77 UML_MEM= UML_CASES=trunk,ovs UML_N=10000 UML_RATE=20kpps"

t_case "test_uml.sh: a case not ok, 5 of 6 cases, no cases, an unfinished guest: exit 1"
run fail 6 test_uml.sh PKTBENCH_UML_CASES=trunk,ovs
expect_eq "not ok: exit" "$RC" 1
expect_eq "not ok: passed on" "$(printf '%s\n' "$CASES" | grep -c '^not ok case 6$')" 1
run short 6 test_uml.sh PKTBENCH_UML_CASES=trunk,ovs
expect_eq "short: exit" "$RC" 1
expect_eq "short: says" "$OUT" "the guest reported 5 cases != 6"
run none 6 test_uml.sh PKTBENCH_UML_CASES=trunk,ovs
expect_eq "none: exit" "$RC" 1
case $OUT in "the guest wrote no cases (console: "*) ;; *) fail "none: says: $OUT" ;; esac
run unfinished 6 test_uml.sh PKTBENCH_UML_CASES=trunk,ovs
expect_eq "unfinished: exit" "$RC" 1
expect_eq "unfinished: says" "$OUT" "the guest did not finish (stub)"

t_case "test_uml.sh: no guest here: exit 4, SKIP and why"
run skip 6 test_uml.sh
expect_eq "exit" "$RC" 4
expect_eq "says" "$OUT" "SKIP: no linux.uml (stub)"

# launch.sh itself, with a linux.uml that dies as Debian's 6.1um does on
# a CPU with AMX (its init killed before it runs: "ptrace set fp regs
# failed"): exit 4 and why on stdout, nothing on stderr; dying otherwise
# is exit 1 with the console's last lines.
t_case "launch.sh: a guest whose init dies at 'ptrace set fp regs failed': exit 4 and why; another death: exit 1"
lt=$T_TMP/ltree
mkdir -p "$lt/tests/uml" "$lt/networks" "$lt/build/static" "$T_TMP/bin" "$T_TMP/modules/6.1.0-fake" "$T_TMP/lwork"
cp "$top/tests/uml/launch.sh" "$lt/tests/uml/"
cp "$top/networks/lib-setup.sh" "$lt/networks/"
printf '#!/bin/sh\n' >"$lt/build/static/pktsend"
printf '#!/bin/sh\n' >"$lt/build/static/pktrecv"
cat >"$T_TMP/bin/linux.uml" <<'EOF'
#!/bin/sh
echo "Run /x/tests/uml/guest.sh as init process"
[ "$FAKE" = fp ] && echo "userspace - ptrace set fp regs failed, errno = 14"
echo "Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b"
sleep 0.3
kill -ABRT $$
EOF
chmod +x "$T_TMP/bin/linux.uml" "$lt/build/static/"*
for fake in fp other; do
	FAKE=$fake PATH="$T_TMP/bin:$PATH" UML_MODULES=$T_TMP/modules UML_TIMEOUT=20 \
		"$lt/tests/uml/launch.sh" "$T_TMP/lwork" test >"$T_TMP/l.out" 2>"$T_TMP/l.err"
	rc=$?
	if [ $fake = fp ]; then
		expect_eq "fp: exit" "$rc" 4
		expect_eq "fp: stdout" "$(sed 's/; this CPU has AMX.*)$/)/' "$T_TMP/l.out")" \
			"the UML kernel 6.1.0-fake cannot run a process on this host CPU: the host's ptrace refuses its floating-point register buffer (console: 'userspace - ptrace set fp regs failed')"
		expect_eq "fp: stderr" "$(cat "$T_TMP/l.err")" ""
	else
		expect_eq "other: exit" "$rc" 1
		expect_eq "other: stdout" "$(cat "$T_TMP/l.out")" ""
		expect_eq "other: stderr, first line" "$(head -n 1 "$T_TMP/l.err")" \
			"launch.sh: the guest did not finish (exit 134; 20 s limit); last console lines:"
		expect_eq "other: stderr, the panic" "$(tail -n 1 "$T_TMP/l.err")" \
			"  | Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b"
	fi
done

if ! command -v dockerd >/dev/null || ! command -v containerd >/dev/null ||
	! command -v runc >/dev/null || ! command -v docker >/dev/null ||
	! { command -v docker-compose >/dev/null || docker compose version >/dev/null 2>&1; }; then
	t_case_skip "docker.sh: the verdict and the guest's clock below the checks" "no Docker engine programs here"
else
	t_case "docker.sh: the verdict and the guest's clock below the checks"
	# macvlan in v1: one check
	run pass 1 docker.sh PKTBENCH_UML_SETUPS=macvlan PKTBENCH_UML_COMPOSE=v1 \
		PKTBENCH_UML_IMAGES="$T_TMP/images.tar" PKTBENCH_UML_MEM=3G
	expect_eq "exit" "$RC" 0
	expect_eq "cases, then the clock" "$(printf '%s\n' "$CASES" | sed 's/[0-9]* s$/N s/')" \
		"ok case 1
# 1.25 s  step one
# guest booted, ran and powered off in N s"
	expect_eq "launch.sh's arguments" "$(cat "$STUB_ARGS")" \
		"docker UML_TIMEOUT=1500 UML_MEM=3G UML_SETUPS=macvlan UML_IMAGES=$T_TMP/images.tar UML_N=2000 UML_RATE=100pps UML_SLOW=10 UML_COMPOSE=v1"
	run short 3 docker.sh PKTBENCH_UML_SETUPS=trunk,macvlan PKTBENCH_UML_COMPOSE=v1 \
		PKTBENCH_UML_IMAGES="$T_TMP/images.tar"
	expect_eq "short: exit" "$RC" 1
	expect_eq "short: says" "$OUT" "the guest reported 2 checks != 3"
fi
t_done
