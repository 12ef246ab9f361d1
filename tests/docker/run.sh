#!/bin/bash
# SPDX-License-Identifier: MIT
# The docker tier through tests/run.sh (the one runner): every
# tests/docker/test_*.sh, or the tests named.  Where no Docker engine
# answers, every test skips (exit 4) saying so.
#
#   sudo tests/docker/run.sh
#   sudo tests/docker/run.sh test_macvlan test_ovs
[ $# -gt 0 ] || set -- docker
exec bash "$(dirname "$0")/../run.sh" "$@"
