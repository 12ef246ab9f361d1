# SPDX-License-Identifier: MIT
# shellcheck shell=bash
#
# UML_JOB=docker (a trial, not part of the tier): a Docker engine inside the
# guest, the images loaded from UML_WORK/images.tar (docker save on the
# host), then tests/docker's trunk and ovs tests through compose, on a
# kernel with 8021q and openvswitch.  TAP to UML_WORK/docker.tap.

# shellcheck source=networks/lib-setup.sh
. "$UML_REPO/networks/lib-setup.sh"

docker_main()
{
	local d

	mkdir -p /sys/fs/cgroup
	mount -t cgroup2 cgroup2 /sys/fs/cgroup || echo "uml: no cgroup2"
	for d in /var/lib/docker /etc/docker /var/log; do
		mount -t tmpfs tmpfs "$d" || echo "uml: cannot mount tmpfs on $d"
	done
	for m in bridge overlay br_netfilter nf_tables; do
		/sbin/modprobe -d "$UML_WORK/modroot" "$m" || echo "uml: modprobe $m failed"
	done
	# containerd started here, not by dockerd, which gives it a few
	# seconds only: too few for a Go binary starting in the guest
	echo "uml: containerd starting uptime=$(cut -d' ' -f1 /proc/uptime)"
	mkdir -p /run/containerd /var/lib/docker/containerd
	containerd --root /var/lib/docker/containerd --state /run/containerd \
		--address /run/containerd/containerd.sock \
		>"$UML_WORK/containerd.log" 2>&1 &
	slowwait 300 test -S /run/containerd/containerd.sock ||
		{ echo "uml: containerd has no socket after 300 s"; return 1; }
	echo "uml: dockerd starting uptime=$(cut -d' ' -f1 /proc/uptime)"
	dockerd --iptables=false --ip6tables=false --bridge=none \
		--containerd /run/containerd/containerd.sock \
		--storage-driver=overlay2 >"$UML_WORK/dockerd.log" 2>&1 &
	if ! slowwait 300 docker info >/dev/null 2>&1; then
		echo "uml: dockerd does not answer after 300 s"
		return 1
	fi
	echo "uml: dockerd up uptime=$(cut -d' ' -f1 /proc/uptime)"
	docker load -i "$UML_WORK/images.tar" || return 1
	echo "uml: images loaded uptime=$(cut -d' ' -f1 /proc/uptime)"
	bash "$UML_REPO/tests/net/run.sh" "$UML_REPO/tests/docker/test_trunk.sh" \
		"$UML_REPO/tests/docker/test_ovs.sh" >"$UML_WORK/docker.tap" 2>&1
	echo "uml: docker tests done uptime=$(cut -d' ' -f1 /proc/uptime)"
	kill %1 2>/dev/null
	wait
}
