#!/bin/bash
# SPDX-License-Identifier: MIT
# The lab tier (docs/lab.md): three Docker engines on this machine as three
# hosts, a registry they pull from, a swarm across them, runs between them
# and faults, each case one TAP line:
#
#   lab up --nodes 3 --registry; make push; lab pull on every node (the
#   image IDs are the pushed config digests, the repo digest the pushed
#   index); lab swarm; the overlay (VXLAN on the underlay) and macvlan
#   stacks with the receiver on node 1 and the sender on node 2 through the
#   runner API (lab_deploy/lab_wait/lab_result/lab_remove), exact counts;
#   fan-in 2 to 1 and 3 to 1 on the overlay (PKT_SENDERS), exact shares;
#   pktsend --connect from node 2 to pktrecv --server on node 1 (host
#   network), exact; lab run --out refusing a name with a control
#   character or one in use, and many senders on host or a bad --stack
#   before any lab is looked at; four faults, each for its reason, exit code and bound;
#   lab down, after which nothing of the lab is left; the host engine's
#   swarm state, networks and iptables chains as before.
#
# Skips (exit 4) without root, a Docker engine, dockerd, skopeo,
# docker-registry or curl, saying which (scripts/deps.sh installs them).
# The lab is pktlabt on 10.231.81.0/24 (PKT_LAB_TEST_SUBNET), not the
# default one a user may have up.  Each case is one TAP line of
# tests/run.sh (tests/lib.sh); `tests/run.sh lab`, `make labcheck`.
# timeout: 600
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/lib.sh
. "$ROOT/tests/lib.sh"
PB=$ROOT/bin/pktbench
export PKT_LAB_NAME=pktlabt
SUBNET=${PKT_LAB_TEST_SUBNET:-10.231.81.0/24}
NET=${SUBNET%.*}
REG=$NET.2:5000
COUNT=2000
RUNVARS=("PKT_COUNT=$COUNT" PKT_RATE=10kpps PKT_BATCH=8)
# a fault run: long enough to be hit mid-run
FCOUNT=100000
FVARS=("PKT_COUNT=$FCOUNT" PKT_RATE=20kpps PKT_BATCH=8)
T=""

[ "$(id -u)" = 0 ] || t_skip "needs root (namespaces, engines)"
command -v docker >/dev/null 2>&1 || t_skip "no docker command"
timeout 20 docker info >/dev/null 2>&1 ||
	t_skip "no Docker engine answers (the images to push come from it)"
for c in dockerd skopeo docker-registry curl jq nsenter unshare; do
	command -v "$c" >/dev/null 2>&1 ||
		t_skip "$c not installed (scripts/deps.sh installs it)"
done

T=$(mktemp -d "${TMPDIR:-/tmp}/pktbench-lab.XXXXXX") || exit 1

# the shell API, as a runner sources it
NW_DIR=$ROOT/networks
# shellcheck source=networks/lib-setup.sh
. "$NW_DIR/lib-setup.sh"
# shellcheck source=scripts/lab/lab.sh
. "$ROOT/scripts/lab/lab.sh"
PKTBENCH_ROOT=$ROOT

# host_state: what the lab must leave as it was: the host engine's swarm
# state and networks, the filter table's FORWARD and DOCKER-USER chains,
# the nat table.
host_state()
{
	docker info -f 'swarm {{.Swarm.LocalNodeState}} {{.Swarm.NodeID}} {{.Swarm.ControlAvailable}}'
	docker network ls --no-trunc --format 'network {{.ID}} {{.Name}} {{.Driver}} {{.Scope}}' | sort
	iptables -S FORWARD 2>&1 | sed 's/^/filter /'
	iptables -S DOCKER-USER 2>&1 | sed 's/^/filter /'
	iptables -t nat -S 2>&1 | sed 's/^/nat /'
}

cleanup()
{
	local rc=$?

	trap - EXIT INT TERM HUP
	"$PB" lab down >/dev/null 2>&1
	"$PB" lab down --name pktlabx >/dev/null 2>&1
	if [ "${PKTBENCH_KEEP:-0}" = 1 ]; then
		echo "outputs kept in $T" >&2
	else
		rm -rf "$T"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# a lab of this name left by a test that was killed hard
"$PB" lab down >/dev/null 2>&1
host_state >"$T/host.before"

# within SECONDS: the last command's duration, checked against a bound
took()
{
	echo $((SECONDS - $1))
}

# ---------------------------------------------------------------------------
t_case "lab up --nodes 3 --registry"
t0=$SECONDS
"$PB" lab up --nodes 3 --registry --subnet "$SUBNET" >"$T/up.log" 2>&1 ||
	{ fail "lab up: exit $?: $(tail -n 1 "$T/up.log")"; t_done; }
echo "  lab up: $(took $t0) s"
lab_load || fail "lab_load: $LAB_REASON"
[ "$LAB_NODES" = 3 ] || fail "nodes: $LAB_NODES != 3"
[ "$LAB_REGISTRY" = "$REG" ] || fail "registry: $LAB_REGISTRY != $REG"
for k in 1 2 3; do
	got=$(lab_dockert 10 "$k" info -f '{{.Name}} {{.DockerRootDir}} {{.Swarm.LocalNodeState}}')
	[ "$got" = "pktlabt$k /var/lib/pktlabt/node$k inactive" ] ||
		fail "node $k: name, data-root, swarm: $got != pktlabt$k /var/lib/pktlabt/node$k inactive"
	got=$(lab_exec "$k" ip -4 -o addr show dev eth0 | awk '{ print $4 }')
	[ "$got" = "$NET.$((10 + k))/24" ] || fail "node $k: eth0 $got != $NET.$((10 + k))/24"
	# no default route: nothing of a node's leaves the underlay
	got=$(lab_exec "$k" ip -4 route show default)
	[ -z "$got" ] || fail "node $k: a default route: $got"
done
grep -q "^registry: $REG .*: answers" "$T/up.log" ||
	fail "lab status: no answering registry $REG: $(grep '^registry' "$T/up.log")"
# the engines are distinct: IDs differ
n=$(for k in 1 2 3; do lab_dockert 10 "$k" info -f '{{.ID}}'; done | sort -u | wc -l)
[ "$n" = 3 ] || fail "engine IDs: $n distinct of 3"

t_case "lab up refuses a lab that is up and a subnet in use"
"$PB" lab up --nodes 1 >"$T/again.log" 2>&1
rc=$?
[ $rc = 1 ] || fail "lab up again: exit $rc != 1"
grep -q "lab pktlabt is up already" "$T/again.log" ||
	fail "lab up again: $(tail -n 1 "$T/again.log")"
"$PB" lab up --name pktlabx --nodes 1 --subnet "$SUBNET" >"$T/clash.log" 2>&1
rc=$?
[ $rc = 1 ] || fail "lab up on a subnet in use: exit $rc != 1"
grep -q "subnet $SUBNET is in use on this host" "$T/clash.log" ||
	fail "lab up on a subnet in use: $(tail -n 1 "$T/clash.log")"
[ -z "$(ls -d /run/netns/pktlabx* /run/pktlabx 2>/dev/null)" ] ||
	fail "the refused lab left: $(ls -d /run/netns/pktlabx* /run/pktlabx 2>/dev/null)"

t_case "lab up killed midway leaves nothing"
# another subnet for it: $NET's own is taken; a /24 beside it
sub2=$(echo "$NET" | awk -F. '{ printf "%s.%s.%d.0/24", $1, $2, $3 + 1 }')
# midway for sure: a docker client that answers 3 s late holds lab up in
# its wait for the engines (on a fast machine the whole lab was up within
# 0.5 s of its first namespace, and the SIGTERM came after the end)
mkdir -p "$T/slowbin"
printf '#!/bin/sh\nsleep 3\nexec %s "$@"\n' "$(command -v docker)" >"$T/slowbin/docker"
chmod +x "$T/slowbin/docker"
PATH="$T/slowbin:$PATH" "$PB" lab up --name pktlabx --nodes 2 --subnet "$sub2" >"$T/x.log" 2>&1 &
xpid=$!
for _ in $(seq 50); do
	[ -e /run/netns/pktlabx-1 ] && break
	sleep 0.1
done
sleep 0.5
kill -TERM "$xpid" 2>/dev/null
wait "$xpid"
expect_eq "lab up's exit after SIGTERM midway" "$?" 130
left=$(PKT_LAB_NAME=pktlabx NW_DIR=$NW_DIR bash -c '. "$1/networks/lib-setup.sh"; . "$1/scripts/lab/lab.sh"; lab_names; lab_leftovers 2>&1' _ "$ROOT")
[ "$left" = "lab pktlabx: down" ] || fail "after SIGTERM to lab up: $left"

# ---------------------------------------------------------------------------
t_case "make push to the lab's registry"
t0=$SECONDS
push()
{
	make -s -C "$ROOT" push REGISTRY="$REG" INSECURE=1 ARCH="$1" >"$T/push.log" 2>&1
}
case $(uname -m) in aarch64 | arm64) host_arch=arm64 ;; *) host_arch=amd64 ;; esac
archs=$host_arch
# images of this tree first (make test builds them; a stale one is refused)
if ! push "$archs"; then
	if grep -q 'built from revision\|no such image\|version label' "$T/push.log"; then
		make -s -C "$ROOT" images >"$T/images.log" 2>&1 ||
			{ fail "make images: $(tail -n 1 "$T/images.log")"; t_done; }
		push "$archs" || fail "make push: $(tail -n 1 "$T/push.log")"
	else
		fail "make push: $(tail -n 1 "$T/push.log")"
	fi
fi
echo "  push: $(took $t0) s"
sed 's/^/  /' "$T/push.log"
v=$(lab_version)
for r in sender receiver; do
	skopeo inspect --raw --tls-verify=false "docker://$REG/pktbench/$r:$v" >"$T/$r.index" 2>"$T/skopeo.log" ||
		{ fail "$r:$v not in the registry: $(tail -n 1 "$T/skopeo.log")"; continue; }
	skopeo inspect --raw --tls-verify=false "docker://$REG/pktbench/$r:latest" >"$T/$r.latest" 2>/dev/null
	cmp -s "$T/$r.index" "$T/$r.latest" || fail "$r: latest is not the index of $v"
	got=$(jq -r '[.mediaType, (.manifests | length), .manifests[0].platform.architecture, .annotations["org.opencontainers.image.version"]] | @tsv' "$T/$r.index")
	[ "$got" = "application/vnd.oci.image.index.v1+json	1	$host_arch	$v" ] ||
		fail "$r index: type, manifests, arch, version: ${got//	/ } != application/vnd.oci.image.index.v1+json 1 $host_arch $v"
	m=$(jq -r '.manifests[0].digest' "$T/$r.index")
	skopeo inspect --raw --tls-verify=false "docker://$REG/pktbench/$r@$m" >"$T/$r.manifest" 2>/dev/null
	cfg=$(jq -r .config.digest "$T/$r.manifest")
	id=$(docker image inspect -f '{{.Id}}' "pktbench/$r:latest")
	# Docker's config as built: the image ID is the pushed config digest
	[ "$cfg" = "$id" ] || fail "$r: pushed config $cfg != the engine's image ID $id"
	echo "$cfg" >"$T/$r.config"
	printf 'sha256:%s\n' "$(sha256sum <"$T/$r.index" | cut -d' ' -f1)" >"$T/$r.digest"
done

t_case "make push ARCH=$host_arch,arm64: one index, both platforms"
other=arm64
[ "$host_arch" = arm64 ] && other=amd64
if ! push "$host_arch,$other" && grep -q 'built from revision\|no such image\|version label' "$T/push.log"; then
	make -s -C "$ROOT" images ARCH=$other >"$T/images-$other.log" 2>&1 &&
		push "$host_arch,$other"
fi
if [ -s "$T/images-$other.log" ] && ! docker image inspect "pktbench/sender:latest-$other" >/dev/null 2>&1; then
	t_case_skip "make push ARCH=$host_arch,$other: one index, both platforms" \
		"no $other images: $(tail -n 1 "$T/images-$other.log")"
elif ! grep -q "pktbench/receiver:$v, latest" "$T/push.log"; then
	fail "make push ARCH=$host_arch,$other: $(tail -n 1 "$T/push.log")"
else
	sed 's/^/  /' "$T/push.log"
	for r in sender receiver; do
		skopeo inspect --raw --tls-verify=false "docker://$REG/pktbench/$r:$v" >"$T/$r.index" 2>/dev/null
		got=$(jq -r '[.manifests[].platform | "\(.os)/\(.architecture)"] | sort | join(" ")' "$T/$r.index")
		[ "$got" = "linux/amd64 linux/arm64" ] || fail "$r index platforms: $got != linux/amd64 linux/arm64"
		printf 'sha256:%s\n' "$(sha256sum <"$T/$r.index" | cut -d' ' -f1)" >"$T/$r.digest"
	done
fi

t_case "lab pull on every node: the pushed images, by pull only"
"$PB" lab pull >"$T/pull.log" 2>&1 || fail "lab pull: $(tail -n 1 "$T/pull.log")"
for k in 1 2 3; do
	for r in sender receiver; do
		got=$(lab_dockert 10 "$k" image inspect -f '{{.Id}}{{range .RepoDigests}} {{.}}{{end}}' "$REG/pktbench/$r:latest" 2>&1)
		want="$(cat "$T/$r.config") $REG/pktbench/$r@$(cat "$T/$r.digest")"
		[ "$got" = "$want" ] || fail "node $k $r: ID and repo digest: $got != $want"
	done
	# nothing but what came from the registry
	got=$(lab_dockert 10 "$k" images --format '{{.Repository}}' | grep -v "^$REG/pktbench/" | sort -u | tr '\n' ' ')
	[ -z "$got" ] || fail "node $k: images not from the registry: $got"
done

# ---------------------------------------------------------------------------
t_case "lab swarm across 3 nodes"
"$PB" lab swarm >"$T/swarm.log" 2>&1 || fail "lab swarm: $(tail -n 1 "$T/swarm.log")"
got=$(lab_dockert 10 1 node ls --format '{{.Hostname}} {{.Status}} {{.ManagerStatus}}' | sort | tr '\n' ',')
[ "$got" = "pktlabt1 Ready Leader,pktlabt2 Ready ,pktlabt3 Ready ," ] ||
	fail "node ls: $got != pktlabt1 Ready Leader,pktlabt2 Ready ,pktlabt3 Ready ,"
for k in 1 2 3; do
	got=$(lab_dockert 10 1 node inspect -f '{{index .Spec.Labels "pktbench.node"}} {{.Status.Addr}}' \
		"$(lab_dockert 10 "$k" info -f '{{.Swarm.NodeID}}')")
	[ "$got" = "node$k $NET.$((10 + k))" ] || fail "node $k: label, address: $got != node$k $NET.$((10 + k))"
done

# hub_counter PORT EXPR: a packet counter on the underlay bridge for the
# frames entering from PORT (nft, bridge family, in the lab's hub).
hub_counter_add()
{
	command -v nft >/dev/null 2>&1 || return 1
	nsenter --net=/run/netns/pktlabt-h nft -f - <<EOF
table bridge pktlabt {
	chain lab {
		type filter hook forward priority 0; policy accept;
		iifname "v2" udp dport 4789 counter comment "vxlan"
		iifname "v2" udp dport 9000 counter comment "plain"
	}
}
EOF
}
hub_count()
{
	nsenter --net=/run/netns/pktlabt-h nft -j list chain bridge pktlabt lab 2>/dev/null |
		jq -r --arg c "$1" '.nftables[] | select(.rule.comment == $c) | .rule.expr[] | select(.counter) | .counter.packets'
}
# (a new table: nft 1.0.6 cannot reset a rule's anonymous counter)
hub_reset()
{
	nsenter --net=/run/netns/pktlabt-h nft delete table bridge pktlabt 2>/dev/null
	hub_counter_add
}
hub_counter_add && HUB=1

# stack_run SETUP STACK: one run through the runner API, receiver on node 1,
# sender on node 2; checks placement, exact counts.  Sets R (the result).
stack_run()
{
	local setup=$1 st=$2 got
	R=$T/$st.json
	[ -n "${HUB:-}" ] && hub_reset
	lab_deploy "$setup" "$st" 1 2 "${RUNVARS[@]}" || { fail "lab_deploy: $LAB_REASON"; return 1; }
	lab_wait "$st" 2 120 || fail "lab_wait: $LAB_REASON"
	# where the tasks ran: each node's own engine, and the manager's view
	got=$(for k in 1 2 3; do
		for s in receiver sender; do
			n=$(lab_dockert 10 "$k" ps -aq --filter "label=com.docker.swarm.service.name=${st}_$s" | wc -l)
			[ "$n" = 0 ] || echo "$s@$k"
		done
	done | tr '\n' ' ')
	[ "$got" = "receiver@1 sender@2 " ] || fail "$setup: tasks on nodes: $got!= receiver@1 sender@2"
	got=$(for s in receiver sender; do
		lab_dockert 10 1 service ps --format '{{.Node}}' "${st}_$s" | head -n 1
	done | tr '\n' ' ')
	[ "$got" = "pktlabt1 pktlabt2 " ] || fail "$setup: service ps nodes: $got!= pktlabt1 pktlabt2"
	lab_result "$st" 1 2 "$R" || fail "lab_result: $LAB_REASON"
	[ "$LAB_CODE" = 0 ] || fail "$setup: sender exit $LAB_CODE: $LAB_REASON"
	lab_remove "$st"
	got=$(jq -r '[.sender.stats.sent, .receiver.stats.received, .receiver.stats.lost] | @tsv' "$R" 2>/dev/null)
	[ "$got" = "$COUNT	$COUNT	0" ] ||
		fail "$setup: sent, received, lost: ${got//	/ } != $COUNT $COUNT 0"
	echo "  $setup: $(jq -r '"sent \(.sender.stats.sent), received \(.receiver.stats.received), lost \(.receiver.stats.lost), \(.receiver.stats.pps | floor) pps"' "$R" 2>/dev/null)"
	for k in 1 2 3; do
		n=$(lab_dockert 10 "$k" ps -aq --filter "label=com.docker.stack.namespace=$st" | wc -l)
		[ "$n" = 0 ] || fail "$setup: node $k: $n containers left after lab_remove"
	done
}

t_case "overlay (VXLAN) across nodes: receiver node 1, sender node 2, exact"
if stack_run overlay pktlabtov; then
	# the sender's overlay address reached the receiver
	grep -q 'control 10\.231\.72\.[0-9]*:[0-9]*: run [0-9]* ended: ok' "$T/pktlabtov.receiver.log" ||
		fail "overlay: receiver log: no run from an overlay address ended ok"
	if [ -n "${HUB:-}" ]; then
		vx=$(hub_count vxlan)
		pl=$(hub_count plain)
		# every test packet crossed the underlay in VXLAN, none bare
		[ "${vx:-0}" -ge "$COUNT" ] && [ "${pl:-0}" = 0 ] ||
			fail "overlay: underlay frames from node 2: vxlan ${vx:-?} (>= $COUNT), plain udp/9000 ${pl:-?} (0)"
		echo "  overlay: underlay from node 2: $vx VXLAN frames, $pl bare"
	fi
fi

# fanin N: lab run overlay with PKT_SENDERS=N sender replicas on node 2
# into one run of the receiver on node 1 (PKT_CLIENTS=N): N results, each
# with its own share of exactly COUNT, lost 0, its own stream id, and the
# receiver's total N x COUNT.
fanin()
{
	local n=$1 f=$T/fanin$1.json got want

	t_case "overlay fan-in $n to 1: $n sender replicas on node 2, one run on node 1, exact shares"
	"$PB" lab run overlay --stack "pktlabtfan$n" --timeout 120 --out "$f" \
		PKT_SENDERS="$n" "${RUNVARS[@]}" >"$T/fanin$n.log" 2>&1
	expect_eq "fan-in $n: exit" "$?" 0 || tail -n 2 "$T/fanin$n.log"
	expect_eq "fan-in $n: results" "$(grep -c . "$f" 2>/dev/null)" "$n"
	want="$COUNT $COUNT 0 $n $((n * COUNT)) 0 $n true"
	while IFS= read -r got; do
		expect_eq "fan-in $n: share.{sent received lost clients} receiver.{received lost streams} same-run" \
			"$got" "$want"
	done < <(jq -r '[.share.sent, .share.received, .share.lost, .share.clients, .receiver.stats.received, .receiver.stats.lost, .receiver.stats.streams, .sender.stats.run_id == .receiver.stats.run_id] | map(tostring) | join(" ")' "$f" 2>/dev/null)
	expect_eq "fan-in $n: stream ids" \
		"$(jq -r .share.stream_first "$f" 2>/dev/null | sort -n | paste -sd ' ')" \
		"$(seq -s ' ' 0 $((n - 1)))"
	grep -q "run of $n clients: run [0-9]* ended: ok" "$T/fanin$n.receiver.log" ||
		fail "fan-in $n: receiver log: no run of $n clients ended ok"
	sed 's/^/  /' "$T/fanin$n.log"
}
fanin 2
fanin 3

t_case "macvlan across nodes, parent each node's eth0: receiver node 1, sender node 2, exact"
if stack_run macvlan pktlabtmv; then
	grep -q 'control 10\.231\.73\.\(3[2-9]\|4[0-7]\):[0-9]*: run [0-9]* ended: ok' "$T/pktlabtmv.receiver.log" ||
		fail "macvlan: receiver log: no run from node 2's range 10.231.73.32/28: $(grep control "$T/pktlabtmv.receiver.log" | tail -n 1)"
	if [ -n "${HUB:-}" ]; then
		vx=$(hub_count vxlan)
		pl=$(hub_count plain)
		[ "${pl:-0}" -ge "$COUNT" ] && [ "${vx:-0}" = 0 ] ||
			fail "macvlan: underlay frames from node 2: plain udp/9000 ${pl:-?} (>= $COUNT), vxlan ${vx:-?} (0)"
		echo "  macvlan: underlay from node 2: $pl bare frames, $vx VXLAN"
	fi
fi
# the parents were the nodes' own underlay interfaces (lab_mv_networks)
for k in 1 2 3; do
	lab_dockert 10 "$k" network ls -q --filter name=pktlabtmv | grep -q . &&
		fail "macvlan: node $k: networks left: $(lab_dockert 10 "$k" network ls --filter name=pktlabtmv --format '{{.Name}}')"
done

t_case "host network: pktsend --connect from node 2 to pktrecv --server on node 1, exact"
"$PB" lab run host --out "$T/host.json" "${RUNVARS[@]}" >"$T/host.log" 2>&1
rc=$?
[ $rc = 0 ] || fail "lab run host: exit $rc: $(tail -n 1 "$T/host.log")"
got=$(jq -r '[.sender.stats.sent, .receiver.stats.received, .receiver.stats.lost, .sender.config.dst] | @tsv' "$T/host.json" 2>/dev/null)
[ "$got" = "$COUNT	$COUNT	0	$NET.11" ] ||
	fail "host: sent, received, lost, dst: ${got//	/ } != $COUNT $COUNT 0 $NET.11"
grep -q "control $NET\.12:[0-9]*: run [0-9]* ended: ok" "$T/host.receiver.log" ||
	fail "host: receiver log: no run from node 2's address $NET.12"
sed 's/^/  /' "$T/host.log"

# ---------------------------------------------------------------------------
# The lab runner (scripts/sweep/lab.sh): the sweep and the NDR search across
# the nodes.  Which engine started which container: its events.
started()
{
	lab_dockert 10 "$1" events --since "$2" --until "$(date +%s)" \
		--filter event=start --filter "label=pktbench.lab.run" \
		--format '{{.Actor.Attributes.name}}' 2>/dev/null |
		sed 's/^pkr[0-9]*-//; s/^tx[0-9]*$/tx/' | sort | uniq -c | awk '{ printf "%s%s:%s", s, $2, $1; s = " " }'
}

t_case "pktbench sweep --runner lab: native, bridge, macvlan, overlay; receiver node 1, sender node 2 (bridge: node 1), exact"
[ -n "${HUB:-}" ] && hub_reset
t0=$(date +%s)
"$PB" sweep --runner lab --scenarios III --modes mmap --preset quick --scale 0.002 \
	--repeat 1 --out "$T/sweep" >"$T/sweep.out" 2>"$T/sweep.log"
rc=$?
expect_eq "sweep --runner lab: exit" "$rc" 0 || sed 's/^/  /' "$T/sweep.log" | tail -n 5
got=$(jq -r '[.setup, .status, .tx.stats.sent, .rx.stats.received, .rx.stats.lost] | @tsv' "$T/sweep/runs.jsonl" 2>/dev/null |
	sort | uniq -c | awk '{ $1 = $1; print }' | tr '\t\n' ' ,')
want="5 bridge ok 2000 2000 0,5 macvlan ok 2000 2000 0,5 native ok 2000 2000 0,5 overlay ok 2000 2000 0,"
expect_eq "runs: count setup status sent received lost" "$got" "$want"
expect_eq "setups.jsonl: setup runner rx_node tx_node" \
	"$(jq -r '"\(.setup) \(.runner) \(.rx_node) \(.tx_node)"' "$T/sweep/setups.jsonl" 2>/dev/null | tr '\n' ,)" \
	"native lab 1 2,bridge lab 1 1,macvlan lab 1 2,overlay lab 1 2,"
# the receiver of each set-up on node 1, with the bridge's senders; the
# other senders on node 2; nothing on node 3
expect_eq "containers started on node 1" "$(started 1 "$t0")" "rx:4 tx:5"
expect_eq "containers started on node 2" "$(started 2 "$t0")" "tx:15"
expect_eq "containers started on node 3" "$(started 3 "$t0")" ""
# host and macvlan to node 1's addresses on the wire, overlay its VXLAN
expect_eq "native: the sender's destination" \
	"$(jq -r 'select(.setup == "native") | .tx.config.dst' "$T/sweep/runs.jsonl" | sort -u)" "$NET.11"
expect_eq "macvlan: the sender's destination in node 1's /28" \
	"$(jq -r 'select(.setup == "macvlan") | .tx.config.dst' "$T/sweep/runs.jsonl" | sort -u | sed 's/\.\(1[6-9]\|2[0-9]\|3[01]\)$/.16-31/')" "10.231.75.16-31"
if [ -n "${HUB:-}" ]; then
	vx=$(hub_count vxlan) pl=$(hub_count plain)
	# native and macvlan bare, overlay in VXLAN: 10000 each at least
	[ "${vx:-0}" -ge 10000 ] && [ "${pl:-0}" -ge 20000 ] ||
		fail "underlay frames from node 2: vxlan ${vx:-?} (>= 10000), plain udp/9000 ${pl:-?} (>= 20000)"
fi
for k in 1 2 3; do
	got=$( (lab_dockert 10 "$k" ps -aq --filter label=pktbench.lab.run
		lab_dockert 10 "$k" network ls -q --filter name=pkr) | wc -l)
	expect_eq "node $k: the runner's containers and networks left" "$got" 0
done
[ -s "$T/sweep/figures/overview.png" ] || command -v gnuplot >/dev/null 2>&1 ||
	fail "no figures/overview.png"

t_case "pktbench ndr --runner lab --setup overlay: a search across nodes"
"$PB" ndr --runner lab --setup overlay --mode mmap --size 64 --trial 0.5s \
	--max-trials 4 --latency-at none --out "$T/ndr" >"$T/ndr.out" 2>"$T/ndr.log"
rc=$?
expect_eq "ndr --runner lab: exit" "$rc" 0 || sed 's/^/  /' "$T/ndr.log" | tail -n 5
expect_eq "ndr.json: runner, setup, tx_node, complete, every trial's sent > 0" \
	"$(jq -r '[.config.runner, .config.setup, .setup_state.tx_node, .complete, (.trials | length > 0 and all(.sent > 0))] | map(tostring) | join(" ")' "$T/ndr/ndr.json" 2>/dev/null)" \
	"lab overlay 2 true true"

t_case "lab run --out: a control character, an existing file or log refused (exit 2)"
# before any lab is looked at: the name alone decides
out=$(PKT_LAB_NAME=pktlabnone "$PB" lab run host --out "$T/a"$'\n'"b.json" 2>&1)
expect_eq "--out with a newline: exit" "$?" 2
expect_eq "--out with a newline" "$out" "pktbench lab: run: --out '$T/a?b.json' has a control character (shown as ?); choose a plain name"
echo keep >"$T/kept.json"
out=$(PKT_LAB_NAME=pktlabnone "$PB" lab run host --out "$T/kept.json" 2>&1)
expect_eq "--out an existing file: exit" "$?" 2
expect_eq "--out an existing file" "$out" "pktbench lab: run: --out '$T/kept.json': $T/kept.json exists; choose another name (a run never overwrites another's result)"
expect_eq "--out an existing file: its content" "$(cat "$T/kept.json")" keep
: >"$T/kept2.receiver.log"
out=$(PKT_LAB_NAME=pktlabnone "$PB" lab run host --out "$T/kept2.json" 2>&1)
expect_eq "--out whose log exists: exit" "$?" 2
case $out in
*"$T/kept2.receiver.log exists"*) ;;
*) fail "--out whose log exists: '$out'" ;;
esac
# a new name gets as far as the lab
out=$(PKT_LAB_NAME=pktlabnone "$PB" lab run host --out "$T/new.json" 2>&1)
expect_eq "--out a new file, no lab: exit" "$?" 1
[ ! -e "$T/new.json" ] || fail "--out a new file, no lab: $T/new.json written"

t_case "lab run: many senders on host and a bad --stack refused before the lab is looked at (exit 2)"
out=$(PKT_LAB_NAME=pktlabnone "$PB" lab run host PKT_SENDERS=2 2>&1)
expect_eq "host PKT_SENDERS=2: exit" "$?" 2
expect_eq "host PKT_SENDERS=2" "$out" "pktbench lab: run: PKT_SENDERS=2: many senders run on the swarm set-ups (overlay, macvlan)"
out=$(PKT_LAB_NAME=pktlabnone "$PB" lab run overlay --stack 9x 2>&1)
expect_eq "--stack 9x: exit" "$?" 2
expect_eq "--stack 9x" "$out" "pktbench lab: run: --stack '9x': [a-z][a-z0-9]*"
out=$(PKT_LAB_NAME=pktlabnone "$PB" lab run overlay --stack '' 2>&1)
expect_eq "--stack '': exit" "$?" 2
expect_eq "--stack ''" "$out" "pktbench lab: run: --stack '': [a-z][a-z0-9]*"
# a newline in the value: still one line, the newline as ?
out=$(PKT_LAB_NAME=pktlabnone "$PB" lab run overlay --stack "$(printf 'a\nb')" 2>&1)
expect_eq "--stack a<newline>b: exit" "$?" 2
expect_eq "--stack a<newline>b" "$out" "pktbench lab: run: --stack 'a?b': [a-z][a-z0-9]*"
# an option with no value after it: refused, not its default (pull
# --node '' would have pulled on every node)
out=$(PKT_LAB_NAME=pktlabnone "$PB" lab pull --node 2>&1)
expect_eq "pull --node: exit" "$?" 2
expect_eq "pull --node" "$(printf '%s\n' "$out" | head -n 1)" "pktbench lab: pull: --node needs a value"
out=$(PKT_LAB_NAME=pktlabnone "$PB" lab pull --node '' 2>&1)
expect_eq "pull --node '': exit" "$?" 2
expect_eq "pull --node ''" "$(printf '%s\n' "$out" | head -n 1)" "pktbench lab: pull: --node needs a value"
for o in --stack --out --rx --tx --timeout --name; do
	out=$(PKT_LAB_NAME=pktlabnone "$PB" lab run overlay "$o" 2>&1)
	expect_eq "$o at the end: exit" "$?" 2
	expect_eq "$o at the end" "$(printf '%s\n' "$out" | head -n 1)" "pktbench lab: run: $o needs a value"
done
# one sender on host, or many on overlay, gets as far as the lab
PKT_LAB_NAME=pktlabnone "$PB" lab run overlay PKT_SENDERS=2 >/dev/null 2>&1
expect_eq "overlay PKT_SENDERS=2, no lab: exit" "$?" 1

t_case "the lab runner without a lab: exit 4 and why"
PKT_LAB_NAME=pktlabnone "$PB" sweep --runner lab --scenarios III --preset quick \
	--repeat 1 --out "$T/none" >/dev/null 2>"$T/none.log"
rc=$?
expect_eq "exit" "$rc" 4
grep -q "skipped overlay: lab pktlabnone is not up" "$T/none.log" ||
	fail "no reason: $(head -n 1 "$T/none.log")"
[ ! -e "$T/none/runs.jsonl" ] || fail "a sweep without a lab wrote runs.jsonl"

# ---------------------------------------------------------------------------
# fault RUN-ARGS... -- FAULT-ARGS...: a long run in the background; once its
# sender runs, the fault; then the run's exit code (FRC), its line (FLINE),
# the seconds from the fault to the end (FSECS) and its result file (FJSON).
fault_run()
{
	local st=$1 args=() fargs=() pid t0
	shift
	while [ "$1" != -- ]; do args+=("$1"); shift; done
	shift
	fargs=("$@")
	FJSON=$T/$st.json
	"$PB" lab run overlay --stack "$st" --timeout 90 --out "$FJSON" "${args[@]}" \
		"${FVARS[@]}" >"$T/$st.log" 2>&1 &
	pid=$!
	# mid-run: the receiver's log says a run started ("ready: ...");
	# the sender then sends for 5 s
	local rx=1 i c
	for ((i = 0; i < ${#args[@]}; i++)); do
		[ "${args[i]}" = --rx ] && rx=${args[i + 1]}
	done
	for _ in $(seq 120); do
		c=$(lab_cid "$rx" "$st-rx" "${st}_receiver")
		[ -n "$c" ] && lab_dockert 5 "$rx" logs "$c" 2>&1 | grep -q '^pktrecv: ready: ' && break
		sleep 0.5
	done
	sleep 1
	"$PB" lab fault "${fargs[@]}" >>"$T/$st.fault" 2>&1 || fail "lab fault ${fargs[*]}: $(cat "$T/$st.fault")"
	t0=$SECONDS
	wait "$pid"
	FRC=$?
	FSECS=$(took "$t0")
	FLINE=$(grep '^lab run' "$T/$st.log" | tail -n 1)
	echo "  fault ${fargs[*]}: exit $FRC after $FSECS s: $FLINE"
}

# fault_check CODE REASON BOUND: the run's exit code, its reason, the time
# it took after the fault, and a partial result: the sender's own record.
fault_check()
{
	[ "$FRC" = "$1" ] || fail "exit $FRC != $1: $FLINE"
	case $FLINE in
	*"$2"*) ;;
	*) fail "reason: '$FLINE' does not say '$2'" ;;
	esac
	[ "$FSECS" -le "$3" ] || fail "ended $FSECS s after the fault (bound $3 s)"
	got=$(jq -r '[.sender.stats.sent > 0, .sender.stats.run_id > 0] | @tsv' "$FJSON" 2>/dev/null)
	[ "$got" = "true	true" ] || fail "partial result: no sender record in $FJSON"
	case $FLINE in
	*"partial result in $FJSON"*) ;;
	*) fail "the line does not name the partial result $FJSON" ;;
	esac
}

t_case "fault: registry unreachable when a node pulls"
lab_dockert 20 3 rmi "$REG/pktbench/sender:latest" >/dev/null 2>&1
"$PB" lab fault link registry down >/dev/null
t0=$SECONDS
"$PB" lab pull --node 3 --timeout 10 >"$T/pullf.log" 2>&1
rc=$?
secs=$(took $t0)
"$PB" lab fault link registry up >/dev/null
line=$(tail -n 1 "$T/pullf.log")
echo "  fault link registry down: exit $rc after $secs s: $line"
[ $rc = 1 ] || fail "lab pull: exit $rc != 1"
[ "$line" = "pktbench lab: pull: node 3: registry $REG unreachable from $NET.13 (no answer in 3 s)" ] ||
	fail "lab pull: '$line'"
[ "$secs" -le 16 ] || fail "lab pull took $secs s (bound 10 + 3 + 3)"
"$PB" lab pull --node 3 >"$T/pull3.log" 2>&1 || fail "lab pull after the link is back: $(tail -n 1 "$T/pull3.log")"

# fault_closed: the last fault's line says the server closed the control
# connection (while the sender still sent, pktsend stops at once and says
# how many it sent: "ended the run; stopped sending after N packets
# (server receiver: closed the connection)").
fault_closed()
{
	case $FLINE in
	*"server receiver: closed the connection"*) ;;
	*) fail "reason: '$FLINE' does not say 'server receiver: closed the connection'" ;;
	esac
}

t_case "fault: the sender node's underlay link down mid-run"
# the sender finishes sending (<= 5 s), then waits for a result that
# cannot come: 10 s (CLI_RESULT_MS)
fault_run pktlabtf1 --rx 1 --tx 2 -- link 2 down
fault_check 1 "pktsend: server receiver: no answer in time" 25
"$PB" lab fault link 2 up >/dev/null
jq -e '.receiver == null and .sender.stats.sent == '$FCOUNT "$FJSON" >/dev/null 2>&1 ||
	fail "partial result: sender sent != $FCOUNT or a receiver record: $(jq -c '[.sender.stats.sent, (.receiver | type)]' "$FJSON" 2>/dev/null)"
lab_swarm_ready 60 || fail "after the link is back: $LAB_REASON"

t_case "fault: the receiver's node leaves the swarm mid-run"
fault_run pktlabtf2 --rx 3 --tx 2 -- leave 3
fault_check 1 "pktsend: server receiver: " 20
fault_closed
"$PB" lab swarm >"$T/rejoin.log" 2>&1 || fail "lab swarm after the leave: $(tail -n 1 "$T/rejoin.log")"

t_case "fault: the receiver's engine killed mid-run"
fault_run pktlabtf3 --rx 3 --tx 2 -- kill-engine 3
fault_check 1 "pktsend: server receiver: " 20
fault_closed

# ---------------------------------------------------------------------------
t_case "lab down: nothing of the lab is left"
t0=$SECONDS
"$PB" lab down >"$T/down.log" 2>&1
rc=$?
echo "  lab down: $(took $t0) s"
[ $rc = 0 ] || fail "lab down: exit $rc: $(tail -n 1 "$T/down.log")"
lab_names
left=$(lab_leftovers 2>&1)
[ "$left" = "lab pktlabt: down" ] || fail "after lab down: $left"
# and by name, independently of lab_leftovers
got=$(ls /run/netns 2>/dev/null | grep '^pktlabt'; ip -o link show | awk -F': ' '{ print $2 }' | grep '^pktlabt';
	pgrep -f "pktlabt/|docker-registry serve /run/pktlabt" ; grep -c pktlabt /proc/self/mountinfo | grep -vx 0;
	ls -d /sys/fs/cgroup/*/pktlabt* /sys/fs/cgroup/pktlabt* /run/pktlabt /var/lib/pktlabt 2>/dev/null)
[ -z "$got" ] || fail "left over: $(echo $got)"

t_case "lab down again: idempotent"
"$PB" lab down >"$T/down2.log" 2>&1
rc=$?
[ $rc = 0 ] && [ "$(cat "$T/down2.log")" = "lab pktlabt: down" ] ||
	fail "lab down again: exit $rc: $(cat "$T/down2.log")"

t_case "the host engine's swarm, networks and iptables chains as before"
host_state >"$T/host.after"
diff "$T/host.before" "$T/host.after" >"$T/host.diff" ||
	fail "host state changed: $(head -n 5 "$T/host.diff" | tr '\n' ' ')"
t_done
