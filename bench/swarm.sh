#!/usr/bin/env bash
# Swarm services as a person feels them, whole processes against the docker
# CLI in one run, on the two engines of scripts/start-swarm-nodes.sh: a
# service scaled 1 -> N replicas until every task runs (`sloop services
# scale` waits for that; `docker service scale` too, and then watches the
# tasks 5 s more to see they stay up, which Sloop does not), and a whole
# `services ls` process vs `docker service ls`. Medians of ROUNDS each.
# Goal (issue 14): scale <= 1.1x the docker CLI.
#
#   bench/swarm.sh [SLOOP_BINARY]
#   REPLICAS=50 ROUNDS=3 bench/swarm.sh build/app/sloop
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SLOOP=${1:-$ROOT/build/app/sloop}
RUN_DIR=${RUN_DIR:-/tmp/swarm-bench}
REPLICAS=${REPLICAS:-50}
ROUNDS=${ROUNDS:-3}
IMAGE=${IMAGE:-sloop-test/busybox:latest}
STATE=${SLOOP_TEST_STATE:-/tmp/sloop-test-services}/swarm

# shellcheck source=lib/processes.sh
source "$HERE/lib/processes.sh"
require_tools docker python3
[[ -x $SLOOP ]] || { say "no sloop binary at $SLOOP (build first)"; exit 2; }
[[ -S $STATE/sw1/docker.sock ]] || { say "no swarm engines: run scripts/start-swarm-nodes.sh"; exit 2; }

rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"/{config/sloop,data}
export XDG_CONFIG_HOME=$RUN_DIR/config XDG_DATA_HOME=$RUN_DIR/data
S1=unix://$STATE/sw1/docker.sock S2=unix://$STATE/sw2/docker.sock
"$SLOOP" engines add sw1 "$S1" >/dev/null && "$SLOOP" engines add sw2 "$S2" >/dev/null
d1() { DOCKER_HOST=$S1 docker "$@"; }
d2() { DOCKER_HOST=$S2 docker "$@"; }
d2 swarm leave --force >/dev/null 2>&1; d1 swarm leave --force >/dev/null 2>&1
d1 swarm init --advertise-addr 10.210.0.2 >/dev/null
d2 swarm join --token "$(d1 swarm join-token -q worker)" 10.210.0.2:2377 >/dev/null
finish() { d2 swarm leave --force >/dev/null 2>&1; d1 swarm leave --force >/dev/null 2>&1; }
trap 'finish; cleanup' EXIT

d1 service create -d --name bench --replicas 1 "$IMAGE" sh -c "trap 'exit 0' TERM; while true; do sleep 1; done" >/dev/null 2>&1
d1 service scale bench=1 >/dev/null 2>&1

now() { date +%s.%N; }
median() { python3 -c 'import sys,statistics; print("%.2f" % statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }
timed() { local t0 t1; t0=$(now); "$@" >/dev/null 2>&1 || say "failed: $*"; t1=$(now); python3 -c "print($t1-$t0)"; }

sloop_scale=() docker_scale=() sloop_ls=() docker_ls=()
for r in $(seq "$ROUNDS"); do
    sloop_scale+=("$(timed "$SLOOP" services scale "bench=$REPLICAS" --engine sw1)")
    "$SLOOP" services scale bench=1 --engine sw1 >/dev/null 2>&1
    docker_scale+=("$(timed d1 service scale "bench=$REPLICAS")")
    d1 service scale bench=1 >/dev/null 2>&1
    sloop_ls+=("$(timed "$SLOOP" services ls --engine sw1)")
    docker_ls+=("$(timed d1 service ls)")
done
ms=$(median "${sloop_scale[@]}") md=$(median "${docker_scale[@]}")
ls_s=$(median "${sloop_ls[@]}") ls_d=$(median "${docker_ls[@]}")
ratio() { python3 -c "print('%.2f' % ($1 / $2))"; }
echo "swarm: scale 1 -> $REPLICAS replicas over 2 nodes until all run (median of $ROUNDS)"
printf '  sloop services scale   %6s s\n  docker service scale   %6s s   ratio %s (goal <= 1.1)\n' \
    "$ms" "$md" "$(ratio "$ms" "$md")"
printf '  (docker minus its 5 s stability watch: %s s, ratio %s)\n' \
    "$(python3 -c "print('%.2f' % ($md - 5))")" "$(ratio "$ms" "$(python3 -c "print($md - 5)")")"
printf '  sloop services ls      %6s s\n  docker service ls      %6s s   ratio %s\n' \
    "$ls_s" "$ls_d" "$(ratio "$ls_s" "$ls_d")"
echo "  reproduce: REPLICAS=$REPLICAS ROUNDS=$ROUNDS bench/swarm.sh $SLOOP"
