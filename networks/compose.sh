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
# SETUP is quickstart (docker-compose.yml) or a file networks/SETUP.yml.
# The parents are read from "compose config", so PKT_PARENT and PKT_VLAN
# from the shell or an env file count as compose will see them; a VLAN
# sub-interface (trunk: parent.vlan) needs its parent, Docker makes the
# rest.  A missing parent: one line naming it and the prepare.sh command
# that makes it, exit 1, and compose is not started.  Uses "docker
# compose" (v2) where it answers, else docker-compose (v1.29 and later).
set -eu
PROG=compose.sh
here=$(cd "$(dirname "$0")" && pwd)

[ $# -ge 1 ] || { echo "usage: $PROG SETUP [compose args...]" >&2; exit 2; }
setup=$1
shift
case $setup in
quickstart | default) file=$here/../docker-compose.yml ;;
*[!a-z0-9_-]* | '') echo "$PROG: SETUP '$setup': expected a name like macvlan" >&2; exit 2 ;;
*) file=$here/$setup.yml ;;
esac
[ -f "$file" ] || { echo "$PROG: no compose file $file for set-up '$setup'" >&2; exit 2; }

if docker compose version >/dev/null 2>&1; then
	set -- docker compose -f "$file" "$@"
elif command -v docker-compose >/dev/null 2>&1; then
	set -- docker-compose -f "$file" "$@"
else
	echo "$PROG: neither 'docker compose' nor docker-compose found" >&2
	exit 1
fi

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
