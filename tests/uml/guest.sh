#!/bin/bash
# SPDX-License-Identifier: MIT
# PID 1 of the user-mode-linux guest that tests/uml/run.sh boots.  The root
# is the host's / over hostfs, read-only; the launcher's work directory is
# mounted read-write at the same path.  This script mounts what the
# programs need, loads veth, macvlan, 8021q and openvswitch from the UML
# kernel's own module tree, runs the job and powers off.
#
# Kernel command-line words NAME=VALUE reach PID 1 as environment; the
# command line splits at spaces, so lists are comma-separated:
#   UML_REPO   the repository (networks/, scripts/, build/static/)
#   UML_WORK   the launcher's work directory (writable; results, module root)
#   UML_JOB    test: the cases of tests/uml/cases.sh, TAP lines to
#              UML_WORK/cases; sweep: `pktbench sweep` with the arguments
#              in UML_WORK/sweep.args, one per line; docker: Docker and
#              compose in the guest (tests/uml/docker.sh, its UML_* words)
#   UML_CASES  test: the set-ups to run (default all)
#   UML_N      test: packets per run (default 20000)
#   UML_RATE   test: the pace of every run (default 20kpps)
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
GUEST_DONE=

# PID 1 must never exit (the kernel panics): power off instead.
guest_poweroff()
{
	[ -n "$GUEST_DONE" ] && return
	GUEST_DONE=1
	echo "uml: done uptime=$(cut -d' ' -f1 /proc/uptime)"
	sync
	echo o >/proc/sysrq-trigger
	sleep 30
}
trap guest_poweroff EXIT

guest_die()
{
	echo "uml: $*"
	echo "$*" >"$UML_WORK/guest.err" 2>/dev/null
	exit 1
}

# The root is read-only.  /run is a tmpfs; /tmp too, since ovsdb-server
# writes temporary files there whatever TMPDIR says.  The work directory
# is a second hostfs mount, read-write; when it or the repository lives
# under the host's /tmp it is bound back into the new /tmp.
guest_mounts()
{
	mount -t proc proc /proc
	mount -t sysfs sysfs /sys
	mount -t tmpfs -o mode=755 tmpfs /run
	mkdir -p /run/netns /run/lock /run/ovs /run/hostwork
	mount -t hostfs -o "$UML_WORK" hostfs /run/hostwork ||
		guest_die "cannot mount $UML_WORK read-write"
	# the repository too may live under /tmp (CI clones anywhere)
	case $UML_REPO in
	/tmp | /tmp/*)
		mkdir -p /run/hostrepo
		mount -t hostfs -o "$UML_REPO" hostfs /run/hostrepo ||
			guest_die "cannot mount $UML_REPO"
		;;
	esac
	mount -t tmpfs -o mode=1777 tmpfs /tmp
	mkdir -p "$UML_WORK" 2>/dev/null
	mount --bind /run/hostwork "$UML_WORK" || guest_die "cannot bind $UML_WORK"
	if [ -d /run/hostrepo ]; then
		mkdir -p "$UML_REPO"
		mount --bind /run/hostrepo "$UML_REPO" ||
			guest_die "cannot bind $UML_REPO"
	fi
	export TMPDIR=/tmp
	# Open vSwitch's files: the guest's own tmpfs (networks/lib-setup.sh)
	export OVS_RUNDIR=/run/ovs OVS_DBDIR=/run/ovs OVS_LOGDIR=/run/ovs
}

# modprobe -d DIR reads DIR/lib/modules/$(uname -r), which the launcher
# links to /usr/lib/uml/modules/<version>; the kernel's own module
# requests (ip link add type vlan, ...) go through the same wrapper.
guest_modules()
{
	local m mr=$UML_WORK/modroot

	printf '#!/bin/sh\nexec /sbin/modprobe -d %s "$@"\n' "$mr" >/run/modprobe
	chmod 755 /run/modprobe
	echo /run/modprobe >/proc/sys/kernel/modprobe
	for m in veth macvlan 8021q openvswitch; do
		/sbin/modprobe -d "$mr" "$m" || guest_die "modprobe $m failed"
	done
	echo "uml: modules $(cut -d' ' -f1 /proc/modules | tr '\n' ' ')"
}

guest_mounts
guest_modules
ip link set lo up
echo "uml: up kernel=$(uname -r) uptime=$(cut -d' ' -f1 /proc/uptime)"
cd "$UML_REPO" || guest_die "no $UML_REPO"
case ${UML_JOB:-test} in
test)
	# shellcheck source=tests/uml/cases.sh
	. "$UML_REPO/tests/uml/cases.sh"
	cases_main >"$UML_WORK/cases.log" 2>&1
	;;
sweep)
	mapfile -t args <"$UML_WORK/sweep.args"
	PKTBENCH_UML_GUEST=1 PKTBENCH_BIN=$UML_REPO/build/static \
		"$UML_REPO/bin/pktbench" sweep "${args[@]}" \
		>"$UML_WORK/sweep.log" 2>&1
	echo $? >"$UML_WORK/sweep.rc"
	;;
docker)
	# shellcheck source=tests/uml/docker.sh
	. "$UML_REPO/tests/uml/docker.sh"
	docker_main >"$UML_WORK/docker.log" 2>&1
	;;
*) guest_die "UML_JOB=$UML_JOB: expected test, sweep or docker" ;;
esac
cp /run/ovs/*.log "$UML_WORK/" 2>/dev/null
