#!/bin/bash
# SPDX-License-Identifier: MIT
# The entrypoints check names, the binaries check values: every
# documented form of a PKT_* value (tests/docker/envforms.txt: PKT_RATE=MAX,
# PKT_COUNT=1G, PKT_SIZE=imix, ...) behaves through the entrypoint exactly
# as its flag does on the command line, the flag taken from the
# entrypoint's own table (tests/docker/envforms.sh says how).
#
# First without Docker: the entrypoint scripts in an image-shaped tree
# with Debian's busybox and the static binaries (make static), as a user
# that switches to no other.  Then in both images, where an engine answers.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

# case_line LINE: one case for the runner (tests/net/run.sh).
case_line()
{
	if [ -n "${PKTBENCH_CASES:-}" ]; then
		echo "$1" >>"$PKTBENCH_CASES"
	else
		echo "$1"
	fi
}

# forms PREFIX CMD...: runs envforms.sh by CMD; its cases, named with
# PREFIX, go to the runner; a failed one counts.
forms()
{
	local pfx=$1 line out rc

	shift
	out=$("$@" 2>&1)
	rc=$?
	while IFS= read -r line; do
		case $line in
		"ok "*) case_line "ok $pfx${line#ok }" ;;
		"not ok "*)
			case_line "not ok $pfx${line#not ok }"
			T_FAILS=$((T_FAILS + 1))
			;;
		"# "*) case_line "$line" ;;
		*) [ -n "$line" ] && echo "$pfx: $line" ;;
		esac
	done <<<"$out"
	[ "$rc" = 0 ] || [ "$T_FAILS" != 0 ] ||
		fail "$pfx: envforms.sh exit $rc: $out"
}

BB=$(command -v busybox) || { echo "busybox not found (apt-get install busybox-static)"; exit 1; }
SDIR=$DK_ROOT/build/static
for p in pktsend pktrecv; do
	[ -x "$SDIR/$p" ] || { echo "no $SDIR/$p: make static first"; exit 1; }
done
EP_DIR=$(mktemp -d "${TMPDIR:-/tmp}/pktbench-envforms.XXXXXX") || exit 1
trap 'rm -rf "$EP_DIR"' EXIT
mkdir "$EP_DIR/bin" "$EP_DIR/t"
"$BB" --install -s "$EP_DIR/bin" || { echo "busybox --install failed"; exit 1; }
cp "$SDIR/pktsend" "$SDIR/pktrecv" "$DK_DIR/envforms.sh" "$DK_DIR/envforms.txt" "$EP_DIR/"
cp -r "$DK_ROOT/entrypoint" "$EP_DIR/entrypoint"
chmod -R a+rX "$EP_DIR"
chmod 777 "$EP_DIR/t"
AS=()
[ "$(id -u)" = 0 ] && AS=(setpriv --reuid=65534 --regid=65534 --clear-groups)
for role in sender receiver; do
	prog=pktsend
	[ $role = receiver ] && prog=pktrecv
	forms "busybox " "${AS[@]}" env -i PATH="$EP_DIR/bin" \
		ENTRYPOINT_DIR="$EP_DIR/entrypoint" "$EP_DIR/bin/sh" "$EP_DIR/envforms.sh" "$EP_DIR/t/$role" $role \
		"$EP_DIR/envforms.txt" "$EP_DIR/$prog"
done

# Without a Docker engine the runs above are the verdict.
if ! timeout 20 docker info >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
	[ "$T_FAILS" = 0 ] || exit 1
	exit 0
fi
trap - EXIT
rm -rf "$EP_DIR"

dk_init
dk_need_images
for role in sender receiver; do
	prog=pktsend
	[ $role = receiver ] && prog=pktrecv
	forms "docker " timeout 300 docker run --rm --network none \
		--user 10001:0 --read-only --tmpfs /tmp:exec --cap-drop ALL \
		--security-opt no-new-privileges:true \
		-v "$DK_DIR/envforms.sh:/t/envforms.sh:ro" \
		-v "$DK_DIR/envforms.txt:/t/envforms.txt:ro" \
		--entrypoint /bin/sh "pktbench/$role:latest" \
		/t/envforms.sh /tmp/t $role /t/envforms.txt /bin/$prog
done
t_done
