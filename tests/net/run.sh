#!/bin/bash
# SPDX-License-Identifier: MIT
# The namespace tier through tests/run.sh (the one runner): every
# tests/net/test_*.sh, or the tests named (test_vlan, a path, a tier).
#
#   sudo tests/net/run.sh
#   PKTBENCH_BIN=build/asan tests/net/run.sh test_pairings
exec bash "$(dirname "$0")/../run.sh" "$@"
