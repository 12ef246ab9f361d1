#!/bin/sh
# SPDX-License-Identifier: MIT
# Every form of tests/docker/envforms.txt both ways: as a PKT_* variable
# through an image's entrypoint, and as its flag (from the entrypoint's
# own table, entrypoint/lib.sh) on the binary's command line.  The two
# must agree: both accept it (and the entrypoint passes the value to the
# flag unchanged), or both refuse it with exit 2, the entrypoint's line
# being the binary's own message after the variable's name.
#
#   envforms.sh TREE ROLE FORMS BIN
#
# TREE: a directory this script may write, where it lays out the image's
# shape: TREE/entrypoint/ (a copy of the entrypoint scripts, taken from
# ENTRYPOINT_DIR, default /entrypoint) and TREE/bin/pktsend or pktrecv, a
# stand-in that records the arguments of the run the entrypoint starts
# and runs `BIN --check` with them instead, so nothing is sent.  BIN: the
# real binary.  Runs in busybox sh, inside an image (the docker tier) or
# outside with the static binaries; start it as a user other than root
# (the entrypoint then has no user to switch to).  Prints one "ok NAME" or
# "not ok NAME" line per form (with "# why" lines), exits 1 if any failed.
set -u
tree=$1 role=$2 forms=$3 bin=$4
prog=pktsend
[ "$role" = receiver ] && prog=pktrecv
src=${ENTRYPOINT_DIR:-/entrypoint}
fails=0

rm -rf "${tree:?}/entrypoint" "${tree:?}/bin" "${tree:?}/results"
mkdir -p "$tree/entrypoint" "$tree/bin" "$tree/results" || exit 1
cp "$src/lib.sh" "$src/$role.sh" "$tree/entrypoint/" || exit 1
cat >"$tree/bin/$prog" <<EOF
#!/bin/sh
# envforms.sh: the entrypoint's own --check goes through; its run is
# recorded and checked, not run
[ "\${1:-}" = --check ] && exec "$bin" "\$@"
printf '%s\\n' "\$@" >"$tree/argv"
exec "$bin" --check "\$@"
EOF
chmod 755 "$tree/bin/$prog"

# ep WHEN [VAR=VALUE]: the entrypoint with the base variables (and the
# one given); sets EP_RC, EP_ERR; the run's arguments are in $tree/argv.
ep()
{
	_when=$1
	shift
	rm -f "$tree/argv"
	set -- PKT_IFACE=lo "$@"
	if [ "$role" = sender ]; then
		set -- PKT_DST=10.0.0.1 "$@"
		[ "$_when" = connect ] && set -- PKT_CONNECT=10.0.0.2 "$@"
	else
		# (PKT_RESULTS is a plain run's: server mode refuses it)
		if [ "$_when" = server ]; then
			set -- PKT_SERVER=1 "$@"
		else
			set -- PKT_RESULTS="$tree/results" "$@"
		fi
	fi
	EP_ERR=$(cd "$tree" && env -i PATH="$PATH" "$@" \
		sh "$tree/entrypoint/$role.sh" 2>&1 >/dev/null) &&
		EP_RC=0 || EP_RC=$?
}

# flag_of WHEN VAR: VAR's flag in the entrypoint's table for WHEN (the
# sender's connect: a PKT_CONNECT run, which passes the rows of all).
flag_of()
{
	# lib.sh only defines, and derives from $0 what it does not use here
	(
		ROLE=$role
		. "$tree/entrypoint/lib.sh"
		if [ "$role" = sender ]; then t=$SENDER_TABLE; else t=$RECEIVER_TABLE; fi
		printf '%s\n' "$t" | awk -v v="$2" -v w="$1" \
			'$1 == v && ($4 == "all" || $4 == w) { print $2; exit }'
	)
}

# has_pair FILE FLAG VALUE: FLAG then VALUE, two lines in a row of FILE.
has_pair()
{
	awk -v f="$2" -v v="$3" 'prev == f && $0 == v { found = 1 }
		{ prev = $0 } END { exit !found }' "$1"
}

# tag WHEN: how a case name says which run it is
tag()
{
	case $1 in
	server | connect) printf ' --%s' "$1" ;;
	esac
}

result()
{
	if [ -z "$why" ]; then
		echo "ok $1"
	else
		echo "not ok $1"
		printf '%s\n' "$why" | sed 's/^/# /'
		fails=$((fails + 1))
	fi
}

# the arguments each kind of run starts with, variables at their defaults
for when in run server all connect; do
	case $role:$when in
	sender:all | sender:connect | receiver:run | receiver:server) ;;
	*) continue ;;
	esac
	ep "$when"
	why=
	[ "$EP_RC" = 0 ] && [ -s "$tree/argv" ] ||
		why="the base run: exit $EP_RC, no arguments recorded: $EP_ERR"
	result "envforms $role$(tag "$when"): the base run starts"
	cp "$tree/argv" "$tree/base.$when" 2>/dev/null
done

while read -r r when var value; do
	case $r in '' | '#'*) continue ;; esac
	[ "$r" = "$role" ] || continue
	why=
	flag=$(flag_of "$when" "$var")
	name="envforms $role$(tag "$when"): $var='$value' as ${flag:-?}"
	if [ -z "$flag" ] || [ ! -s "$tree/base.$when" ]; then
		why="no flag for $var ($when) in the entrypoint's table, or no base run"
		result "$name"
		continue
	fi
	# the command line: the base run's arguments, then the flag
	set --
	while IFS= read -r a; do
		set -- "$@" "$a"
	done <"$tree/base.$when"
	cli_err=$("$bin" --check "$@" "$flag" "$value" 2>&1 >/dev/null) &&
		cli_rc=0 || cli_rc=$?
	ep "$when" "$var=$value"
	if [ "$EP_RC" != "$cli_rc" ]; then
		why="exit $EP_RC through the entrypoint, $cli_rc on the command line
entrypoint: $EP_ERR
command line: $cli_err"
	elif [ "$cli_rc" = 0 ]; then
		has_pair "$tree/argv" "$flag" "$value" ||
			why="the run got no '$flag' '$value': $(tr '\n' ' ' <"$tree/argv" 2>/dev/null)"
	elif [ "$cli_rc" = 2 ]; then
		want="$role: $var='$value': ${cli_err#"$prog: "}"
		[ "$EP_ERR" = "$want" ] ||
			why="entrypoint: $EP_ERR
wanted:     $want"
	else
		why="exit $cli_rc on the command line: $cli_err"
	fi
	result "$name: exit $cli_rc both ways"
done <"$forms"
[ "$fails" = 0 ]
