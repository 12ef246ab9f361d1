#!/bin/bash
# SPDX-License-Identifier: MIT
# Boots Debian's user-mode-linux kernel (package user-mode-linux) with the
# host's / as a read-only hostfs root and tests/uml/guest.sh as init, and
# waits for it to power off.  No /dev/kvm and no host network: the guest's
# namespaces, veths, VLANs and Open vSwitch live in the UML kernel, which
# has the 8021q and openvswitch modules this host's kernel may lack.
#
#   tests/uml/launch.sh WORK JOB [NAME=VALUE ...]
#
# WORK: an empty-able directory for the guest's results, console.log and
# the module root; JOB: test, sweep or docker (see guest.sh); NAME=VALUE words go
# to the guest (no spaces).  Environment: UML_MEM (default 1G),
# UML_TIMEOUT (seconds, default 600), UML_MODULES (the UML kernel's
# modules, default /usr/lib/uml/modules; tests/uml/test_lib.sh sets it).
# Exit: 0 the guest ran the job and powered off, 1 it did not (the
# console's last lines on stderr), 2 usage, 4 no UML kernel here, or one
# that cannot run on this CPU (why on stdout).
#
# The guest runs in a session of its own under a hard timeout, so that a
# dying caller cannot take it down half-way nor leave it running.
# linux.uml makes a session of its own again for itself and its helper
# processes (one per guest address space); whatever of that session is
# left after the guest ended is killed by its id.
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck source=networks/lib-setup.sh
. "$repo/networks/lib-setup.sh"
[ $# -ge 2 ] || { echo "usage: launch.sh WORK test|sweep|docker [NAME=VALUE ...]" >&2; exit 2; }
work=$1 job=$2
shift 2
modules=${UML_MODULES:-/usr/lib/uml/modules}

uml_why_not()
{
	local kver

	command -v linux.uml >/dev/null ||
		{ echo "no linux.uml (Debian: apt-get install user-mode-linux)"; return 1; }
	kver=$(ls "$modules" 2>/dev/null | head -n 1)
	[ -n "$kver" ] || { echo "no $modules/<version>"; return 1; }
	for f in pktsend pktrecv; do
		[ -x "$repo/build/static/$f" ] ||
			{ echo "no build/static/$f (make static)"; return 1; }
	done
	UML_KVER=$kver
}

why=$(uml_why_not) || { echo "$why"; exit 4; }
uml_why_not >/dev/null
mkdir -p "$work" || exit 1
work=$(cd "$work" && pwd)
rm -rf "${work:?}/out" "$work/cases" "$work/console.log" "$work/guest.err" \
	"$work/sweep.rc" "$work"/*.log
# modprobe -d DIR wants DIR/lib/modules/<version>
mkdir -p "$work/modroot/lib/modules"
ln -sfn "$modules/$UML_KVER" "$work/modroot/lib/modules/$UML_KVER"

# con0 is the console on our stdout; no other consoles or serial lines.
setsid timeout -k 10 "${UML_TIMEOUT:-600}" linux.uml mem="${UML_MEM:-1G}" \
	rootfstype=hostfs rootflags=/ ro init="$here/guest.sh" \
	con=null con0=fd:0,fd:1 ssl=null \
	UML_REPO="$repo" UML_WORK="$work" UML_JOB="$job" "$@" \
	</dev/null >"$work/console.log" 2>&1 &
pid=$!
trap 'kill -TERM -- -$pid 2>/dev/null' INT TERM HUP
uml_pid()
{
	upid=$(ps -o pid= --ppid "$pid" 2>/dev/null | tr -d ' ')
	[ -n "$upid" ]
}
upid=
slowwait 5 uml_pid
# (a guest that dies of a signal: its "Aborted" notice is not ours to print)
wait $pid 2>/dev/null
rc=$?
trap - INT TERM HUP
kill -KILL -- -$pid 2>/dev/null
[ -n "$upid" ] && pkill -KILL -s "$upid" 2>/dev/null
# linux.uml may abort (134) on its way out after the guest powered off;
# what counts is that the guest got to the end.
# A host whose XSAVE area is larger than this UML kernel's buffer for it
# (CPUs with AMX: over 10 KB) refuses the buffer to ptrace, and the
# guest's first process dies before it runs a line: nothing can run
# there, which is exit 4, not a failure of the job.
if ! grep -q '^uml: done' "$work/console.log" &&
	grep -q 'ptrace set fp regs failed' "$work/console.log"; then
	amx=''
	grep -qw amx_tile /proc/cpuinfo 2>/dev/null && amx='; this CPU has AMX, whose register state is over 10 KB'
	echo "the UML kernel $UML_KVER cannot run a process on this host CPU: the host's ptrace refuses its floating-point register buffer (console: 'userspace - ptrace set fp regs failed'$amx)"
	exit 4
fi
if [ $rc = 124 ] || [ $rc = 137 ] || ! grep -q '^uml: done' "$work/console.log"; then
	echo "launch.sh: the guest did not finish (exit $rc; ${UML_TIMEOUT:-600} s limit); last console lines:" >&2
	tail -n 15 "$work/console.log" | sed 's/^/  | /' >&2
	exit 1
fi
if [ -s "$work/guest.err" ]; then
	echo "launch.sh: guest: $(cat "$work/guest.err")" >&2
	exit 1
fi
exit 0
