#!/bin/bash
# SPDX-License-Identifier: MIT
# One real compose experiment per mode through the quick start (docker-
# compose.yml, Docker's default bridge): exit 0, a result file that parses,
# received == sent == count, lost 0.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

dk_init
dk_need_images
for mode in udp mmap xdp; do
	dk_experiment quickstart $mode
done
t_done
