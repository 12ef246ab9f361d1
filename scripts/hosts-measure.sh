#!/bin/bash
# docs/hosts.md: a swarm overlay (attachable, one node) beside a user-defined
# bridge, same method: receiver with PKT_SERVER=1, sender with PKT_CONNECT,
# 3 runs of 1M packets per mode.  Root, Docker, the images (make images);
# run it under flock /tmp/pktbench-docker.lock and /tmp/pktbench-bench.lock.
# Joins a swarm on 127.0.0.1 only if the engine is in none, and leaves it.
set -u
out=$(mktemp); trap 'rm -f "$out"' EXIT
started=0
if [ "$(docker info -f '{{.Swarm.LocalNodeState}}')" = inactive ]; then
  docker swarm init --advertise-addr 127.0.0.1 --listen-addr 127.0.0.1:2377 >/dev/null && started=1
fi
docker network create -d bridge --subnet 10.231.74.0/24 pkmeas-br >/dev/null
docker network create -d overlay --attachable --subnet 10.231.75.0/24 pkmeas-ov >/dev/null
for net in pkmeas-br pkmeas-ov; do
  docker run -d --name $net-rx --network $net -e PKT_SERVER=1 pktbench/receiver:latest >/dev/null
  for i in $(seq 60); do [ "$(docker inspect -f '{{.State.Health.Status}}' $net-rx)" = healthy ] && break; sleep 0.5; done
  for mode in udp mmsg; do
    for r in 1 2 3; do
      docker run --rm --network $net -e PKT_CONNECT=$net-rx -e PKT_MODE=$mode -e PKT_RX_MODE=$mode -e PKT_COUNT=1M -e PKT_DURATION=20s pktbench/sender:latest 2>/dev/null |
        jq -c --arg net $net --arg mode $mode '{net:$net, mode:$mode, sent:.sender.stats.sent, tx_pps:(.sender.stats.pps|floor), received:.receiver.stats.received, rx_pps:(.receiver.stats.pps|floor), lost:.receiver.stats.lost, kdrops:.receiver.stats.kernel_drops}' >> $out
    done
  done
  docker rm -f $net-rx >/dev/null
done
docker network rm pkmeas-br pkmeas-ov >/dev/null
[ $started = 1 ] && docker swarm leave --force >/dev/null
cat $out
