#!/bin/bash
# SPDX-License-Identifier: MIT
# One real compose experiment per mode through host networking over the
# loopback (networks/host.yml, the study's native): exit 0, a result file that
# parses, received == sent == count, lost 0.  xdp: an AF_XDP receiver and a
# PACKET_TX_RING sender (networks/host-xdp.yml: lo's one queue takes one
# AF_XDP socket).
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

dk_init
dk_need_images
for mode in udp mmap xdp; do
	dk_experiment native $mode
done
t_done
