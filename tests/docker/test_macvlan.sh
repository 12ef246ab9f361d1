#!/bin/bash
# SPDX-License-Identifier: MIT
# One real compose experiment per mode through macvlan bridge mode on the veth
# parent prepare.sh makes (networks/macvlan.yml): exit 0, a result file that
# parses, received == sent == count, lost 0.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

dk_init
dk_need_images
dk_need_setup macvlan
for mode in udp mmap xdp; do
	dk_experiment macvlan $mode
done
t_done
