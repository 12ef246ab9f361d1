#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs compose on one set-up's file after checking that the host has what
# the file needs: every macvlan parent interface it names.  Without that
# check, a set-up whose networks/prepare.sh was not run fails deep in
# network creation with Docker's message alone.
#
#   networks/compose.sh SETUP [COMPOSE ARGS...]
#   networks/compose.sh macvlan up --exit-code-from receiver
#   networks/compose.sh macvlan down
#
# SETUP is a set-up of networks/setups.tsv (or one of its other names),
# whose compose file it runs.
# The parents are read from "compose config", so PKT_PARENT and PKT_VLAN
# from the shell or an env file count as compose will see them; a VLAN
# sub-interface (trunk: parent.vlan) needs its parent, Docker makes the
# rest.  A missing parent: one line naming it and the prepare.sh command
# that makes it, exit 1, and compose is not started.  Uses "docker
# compose" (v2) where it answers, else docker-compose (v1.29 and later).
set -eu
PROG=compose.sh
NW_DIR=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"

[ $# -ge 1 ] || { echo "usage: $PROG SETUP [compose args...]" >&2; exit 2; }
setup=$1
shift
file=$(nw_setup_file "$setup") ||
	{ echo "$PROG: SETUP '$setup': expected one of $(nw_setups compose)" >&2; exit 2; }
[ -f "$file" ] || { echo "$PROG: no compose file $file for set-up '$setup'" >&2; exit 2; }

nw_compose || { echo "$PROG: $NW_ERR found" >&2; exit 1; }
# shellcheck disable=SC2086	# "docker compose": two words
set -- $NW_COMPOSE -f "$file" "$@"

# Only commands that create networks need the parents.
check=0
for a in "$@"; do
	case $a in
	up | create | run | start | restart) check=1 ;;
	esac
done

# config_cmd COMPOSE... SUBCOMMAND ARGS...: the same compose command up to
# its subcommand, then "config"; prints the resolved file.
config_cmd()
{
	n=$#
	for a; do
		case $a in up | create | run | start | restart) break ;; esac
		set -- "$@" "$a"
	done
	shift "$n"
	"$@" config
}

if [ "$check" = 1 ]; then
	cfg=$(config_cmd "$@" 2>&1) || {
		echo "$PROG: $setup: compose config failed: $(printf '%s\n' "$cfg" | tail -n 1)" >&2
		exit 1
	}
	for p in $(printf '%s\n' "$cfg" | sed -n 's/^ *parent: *//p' | tr -d "\"'"); do
		# a VLAN sub-interface (trunk): Docker makes it on its parent
		case $p in *.*) p=${p%.*} ;; esac
		ip link show dev "$p" >/dev/null 2>&1 && continue
		if [ "${PKT_PARENT:-}" = "$p" ]; then
			echo "$PROG: $setup: parent interface $p (PKT_PARENT) does not exist on this host; name an existing interface, or unset PKT_PARENT and run 'sudo networks/prepare.sh $setup up'" >&2
		else
			echo "$PROG: $setup: parent interface $p does not exist on this host; make it with 'sudo networks/prepare.sh $setup up'" >&2
		fi
		exit 1
	done
fi
exec "$@"
