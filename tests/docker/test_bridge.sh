#!/bin/bash
# SPDX-License-Identifier: MIT
# One real compose experiment per mode through a user-defined Docker bridge
# (networks/bridge.yml): exit 0, a result file that parses, received == sent
# == count, lost 0.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

dk_init
dk_need_images
for mode in udp mmap xdp; do
	dk_experiment bridge $mode
done
t_done
