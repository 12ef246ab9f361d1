#!/bin/bash
# SPDX-License-Identifier: MIT
# Every compose file: "config" accepts it; Compose Spec without a version:
# or top-level name: key; every service hardened (read_only, tmpfs /tmp,
# cap_drop ALL, no-new-privileges, not privileged) and given NET_RAW,
# SETUID and SETGID (the switch to the run user) and no other capability,
# NET_ADMIN only for the OVS sender; each file names
# its own PKT_SETUP; the sender waits on the receiver's ready volume; PKT_* from the shell and from an env file reach the
# containers; PKT_PARENT and PKT_VLAN name the macvlan parents.
# shellcheck source=tests/docker/lib.sh
. "$(dirname "$0")/lib.sh"

dk_init
python3 -c 'import yaml' 2>/dev/null || { echo "python3 with yaml (python3-yaml) not found"; exit 1; }

# check_file FILE SETUP: the normalised config, read as YAML.
check_file()
{
	local f=$1 setup=$2 name=${1#"$DK_ROOT"/}

	grep -q '^version:' "$f" && fail "$name: has a version: key"
	grep -q '^name:' "$f" && fail "$name: has a top-level name: key"
	if ! "${COMPOSE[@]}" -f "$f" config >"$DK_TMP/config.yml" 2>"$DK_TMP/config.err"; then
		fail "$name: config: $(tail -n 1 "$DK_TMP/config.err")"
		return
	fi
	python3 - "$DK_TMP/config.yml" "$name" "$setup" <<'PY' || fail "$name: cannot read config"
import sys, yaml
cfg = yaml.safe_load(open(sys.argv[1]))
name, setup = sys.argv[2], sys.argv[3]
svcs = cfg.get("services", {})
if sorted(svcs) != ["receiver", "sender"]:
    print(f"{name}: services {sorted(svcs)} != ['receiver', 'sender']")
for s, d in svcs.items():
    where = f"{name} {s}"
    if d.get("read_only") is not True:
        print(f"{where}: read_only is not true")
    if d.get("cap_drop") != ["ALL"]:
        print(f"{where}: cap_drop {d.get('cap_drop')} != ['ALL']")
    want = ["NET_RAW", "SETUID", "SETGID"]
    if setup == "ovs" and s == "sender":
        want += ["NET_ADMIN"]
    if sorted(d.get("cap_add", [])) != sorted(want):
        print(f"{where}: cap_add {d.get('cap_add')} != {want}")
    if "no-new-privileges:true" not in d.get("security_opt", []):
        print(f"{where}: no no-new-privileges:true")
    if d.get("privileged"):
        print(f"{where}: privileged")
    t = d.get("tmpfs", [])
    if (t if isinstance(t, list) else [t]) != ["/tmp"]:
        print(f"{where}: tmpfs {t} != ['/tmp']")
    env = d.get("environment", {})
    if isinstance(env, list):
        env = dict(e.split("=", 1) for e in env)
    for k in env:
        if not k.startswith("PKT_"):
            print(f"{where}: environment {k} is not a PKT_ variable")
    if s == "receiver":
        if env.get("PKT_SETUP") != setup:
            print(f"{where}: PKT_SETUP {env.get('PKT_SETUP')} != {setup}")
        vols = d.get("volumes", [])
        if not any((v.get("target") if isinstance(v, dict) else v.split(":")[1]) == "/results" for v in vols):
            print(f"{where}: no volume at /results")
    else:
        dep = d.get("depends_on", {})
        if not (isinstance(dep, dict) and dep.get("receiver", {}).get("condition") == "service_started"):
            print(f"{where}: does not start after the receiver")
    vols = d.get("volumes", [])
    if not any((v.get("target") if isinstance(v, dict) else v.split(":")[1]) == "/run/pktbench" for v in vols):
        print(f"{where}: no shared ready volume at /run/pktbench")
PY
	[ -s "$DK_TMP/config.err" ] && grep -qi 'warn' "$DK_TMP/config.err" &&
		fail "$name: config warns: $(grep -i warn "$DK_TMP/config.err" | head -n 1)"
}

# config_env FILE SERVICE VAR [ENV...]: VAR's value in SERVICE's environment.
config_env()
{
	local f=$1 s=$2 v=$3

	shift 3
	env "$@" "${COMPOSE[@]}" -f "$f" config 2>/dev/null | python3 -c '
import sys, yaml
d = yaml.safe_load(sys.stdin)["services"][sys.argv[1]]
e = d.get("environment", {})
if isinstance(e, list):
    e = dict(x.split("=", 1) for x in e)
print(e.get(sys.argv[2], ""))' "$s" "$v"
}

config_get()
{
	local f=$1 expr=$2

	shift 2
	env "$@" "${COMPOSE[@]}" -f "$f" config 2>/dev/null |
		python3 -c "import sys, yaml; d = yaml.safe_load(sys.stdin); print($expr)"
}

# eq LABEL GOT WANT: one case, one comparison.
eq()
{
	t_case "$1"
	expect_eq "$@"
}

# Every set-up of networks/setups.tsv, and its second file for xdp
# (checked below); the swarm-*.yml stacks are deployed by test_swarm.sh.
known=" "
for setup in $(nw_setups compose); do
	t_case "$setup: $(nw_setup "$setup" compose)"
	out=$(check_file "$(nw_setup_file "$setup")" "$setup")
	if [ -n "$out" ]; then
		fail "$(echo "$out" | head -n 1)"
		echo "$out" | tail -n +2 | sed 's/^/  /'
	fi
	for c in compose xdp; do
		known="$known$(basename "$(nw_setup_file "$setup" $c)") "
	done
done
t_case "networks/: no compose file outside networks/setups.tsv"
for f in "$DK_ROOT"/networks/*.yml; do
	f=${f##*/}
	case "$known" in *" $f "*) continue ;; esac
	# overrides, not set-ups: the swarm stacks (test_swarm.sh) and
	# slow-host.yml (checked below)
	case $f in swarm-*.yml | slow-host.yml) continue ;; esac
	fail "networks/$f: a compose file this test does not know (networks/setups.tsv)"
done

qs=$(nw_setup_file quickstart)
# slow-host.yml over every set-up, in each compose version here: PKT_SLOW
# scales the receiver's health check (tests/uml/docker.sh runs it for real)
slow_hc()
{
	env "${@:3}" $1 -f "$2" -f "$DK_ROOT/networks/slow-host.yml" config 2>&1 |
		python3 -c '
import sys, yaml
h = yaml.safe_load(sys.stdin)["services"]["receiver"]["healthcheck"]
print(h["interval"], h["timeout"], h["start_period"], h["retries"], "test" in h)' 2>&1 | tail -n 1
}
for c in "docker compose" docker-compose; do
	$c version >/dev/null 2>&1 || continue
	for setup in quickstart bridge macvlan trunk ovs native; do
		eq "$c: slow-host.yml over $setup, PKT_SLOW=3" \
			"$(slow_hc "$c" "$(nw_setup_file "$setup")" PKT_SLOW=3)" "3s 6s 30s 30 False"
	done
	eq "$c: slow-host.yml default PKT_SLOW" \
		"$(slow_hc "$c" "$qs" | cut -d' ' -f1,2,4)" "10s 20s 100"
done
# xdp.yml over the quick start: the receiver gains exactly NET_ADMIN,
# SYS_ADMIN and IPC_LOCK (docs/docker.md says why), the sender IPC_LOCK;
# both PKT_MODE=xdp, and no memlock limit: IPC_LOCK keeps the UMEM out of
# it (issue 16).
xdp_caps()
{
	"${COMPOSE[@]}" -f "${2:-$qs}" -f "$DK_ROOT/networks/${3:-xdp.yml}" config 2>/dev/null |
		python3 -c '
import sys, yaml
d = yaml.safe_load(sys.stdin)["services"][sys.argv[1]]
m = d.get("ulimits", {}).get("memlock")
print(" ".join(sorted(set(d.get("cap_add", [])))), m, d["environment"]["PKT_MODE"])' "$1"
}
eq "xdp.yml receiver" "$(xdp_caps receiver)" \
	"IPC_LOCK NET_ADMIN NET_RAW SETGID SETUID SYS_ADMIN None xdp"
eq "xdp.yml sender" "$(xdp_caps sender)" \
	"IPC_LOCK NET_RAW SETGID SETUID None xdp"
# host-xdp.yml over host.yml: lo's one queue takes one AF_XDP socket, so
# only the receiver is xdp and gains NET_ADMIN, SYS_ADMIN and IPC_LOCK;
# the sender stays as host.yml makes it, in mmap mode.
hst=$(nw_setup_file native)
eq "host-xdp.yml receiver" "$(xdp_caps receiver "$hst" host-xdp.yml)" \
	"IPC_LOCK NET_ADMIN NET_RAW SETGID SETUID SYS_ADMIN None xdp"
eq "host-xdp.yml sender" "$(xdp_caps sender "$hst" host-xdp.yml)" \
	"NET_RAW SETGID SETUID None mmap"
eq "PKT_MODE default" "$(config_env "$qs" sender PKT_MODE)" udp
eq "PKT_MODE from the shell" "$(config_env "$qs" sender PKT_MODE PKT_MODE=mmap)" mmap
printf 'PKT_MODE=mmsg\nPKT_COUNT=5k\n' >"$DK_TMP/pkt.env"
eq "PKT_MODE from --env-file" \
	"$("${COMPOSE[@]}" --env-file "$DK_TMP/pkt.env" -f "$qs" config 2>/dev/null |
		python3 -c 'import sys, yaml; print(yaml.safe_load(sys.stdin)["services"]["receiver"]["environment"]["PKT_COUNT"])')" 5k
eq "PKT_COUNT empty: no count" "$(config_env "$qs" receiver PKT_COUNT PKT_COUNT=)" ""
mv=$(nw_setup_file macvlan)
eq "macvlan parent default" \
	"$(config_get "$mv" 'd["networks"]["pktbench"]["driver_opts"]["parent"]')" pktbench-mv
eq "macvlan parent PKT_PARENT" \
	"$(config_get "$mv" 'd["networks"]["pktbench"]["driver_opts"]["parent"]' PKT_PARENT=eth9)" eth9
tk=$(nw_setup_file trunk)
eq "trunk parent PKT_PARENT.PKT_VLAN" \
	"$(config_get "$tk" 'd["networks"]["pktbench"]["driver_opts"]["parent"]' PKT_PARENT=eth9 PKT_VLAN=200)" eth9.200
eq "trunk macvlan_mode default" \
	"$(config_get "$tk" 'd["networks"]["pktbench"]["driver_opts"]["macvlan_mode"]')" bridge
eq "trunk macvlan_mode PKT_MACVLAN_MODE" \
	"$(config_get "$tk" 'd["networks"]["pktbench"]["driver_opts"]["macvlan_mode"]' PKT_MACVLAN_MODE=vepa)" vepa
eq "trunk: PKT_VLAN not passed to the sender" \
	"$(config_env "$tk" sender PKT_VLAN PKT_VLAN=200)" ""
eq "results dir PKT_RESULTS_DIR" \
	"$(PKT_RESULTS_DIR=/srv/r "${COMPOSE[@]}" -f "$mv" config 2>/dev/null | python3 -c '
import sys, yaml
for v in yaml.safe_load(sys.stdin)["services"]["receiver"]["volumes"]:
    if isinstance(v, str):
        v = dict(zip(["source", "target"], v.split(":")))
    if v["target"] == "/results":
        print(v["source"] + ":" + v["target"])')" /srv/r:/results
t_done
