#!/usr/bin/env bash
# Batch on a Swarm compute environment as a person feels it, in one run on
# the two engines of scripts/start-swarm-nodes.sh made one swarm: N trivial
# jobs (`true`, 1/4 vCPU each) at concurrency P run by `sloop serve` as
# replicated-job services, against the same jobs made by the docker CLI
# (`xargs -P P docker service create --mode replicated-job`, which waits for
# each job to complete, then `docker service rm`). Each job is one service
# either way; the ratio is Sloop's dispatching against the CLI's.
#
#   bench/batchswarm.sh [SLOOP_BINARY]
#   JOBS=40 PARALLEL=8 bench/batchswarm.sh build/app/sloop
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SLOOP=${1:-$ROOT/build/app/sloop}
RUN_DIR=${RUN_DIR:-/tmp/batchswarm-bench}
JOBS=${JOBS:-40}
PARALLEL=${PARALLEL:-8}
IMAGE=${IMAGE:-sloop-test/busybox:latest}
STATE=${SLOOP_TEST_STATE:-/tmp/sloop-test-services}/swarm

# shellcheck source=lib/processes.sh
source "$HERE/lib/processes.sh"
require_tools docker python3 xargs
[[ -x $SLOOP ]] || { say "no sloop binary at $SLOOP (build first)"; exit 2; }
[[ -S $STATE/sw1/docker.sock ]] || { say "no swarm engines: run scripts/start-swarm-nodes.sh"; exit 2; }

rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"/{config/sloop,data,runtime}
chmod 700 "$RUN_DIR/runtime"
export XDG_CONFIG_HOME=$RUN_DIR/config XDG_DATA_HOME=$RUN_DIR/data XDG_RUNTIME_DIR=$RUN_DIR/runtime
printf '[endpoint]\nport=0\n' >"$RUN_DIR/config/sloop/sloop.conf"
S1=unix://$STATE/sw1/docker.sock S2=unix://$STATE/sw2/docker.sock
"$SLOOP" engines add sw1 "$S1" >/dev/null && "$SLOOP" engines add sw2 "$S2" >/dev/null
d1() { DOCKER_HOST=$S1 docker "$@"; }
d2() { DOCKER_HOST=$S2 docker "$@"; }
d2 swarm leave --force >/dev/null 2>&1; d1 swarm leave --force >/dev/null 2>&1
d1 swarm init --advertise-addr 10.210.0.2 >/dev/null
d2 swarm join --token "$(d1 swarm join-token -q worker)" 10.210.0.2:2377 >/dev/null
finish() { d2 swarm leave --force >/dev/null 2>&1; d1 swarm leave --force >/dev/null 2>&1; }
trap 'cleanup; finish' EXIT

now() { date +%s.%N; }
status_of() { "$SLOOP" batch describe "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])'; }
wait_done() {
    local s
    while :; do
        s=$(status_of "$1")
        [[ $s == SUCCEEDED || $s == FAILED ]] && { echo "$s"; return; }
        sleep 0.5
    done
}

vcpus=$(python3 -c "print($PARALLEL * 0.25)")
"$SLOOP" batch environments create fleet --swarm sw1 --max-vcpus "$vcpus" >/dev/null || exit 1
"$SLOOP" batch queues create q --environments fleet >/dev/null
"$SLOOP" batch definitions register t --image "$IMAGE" --vcpus 0.25 --memory 32 -- true >/dev/null
"$SLOOP" serve >"$RUN_DIR/serve.log" 2>&1 &
PIDS+=($!)
for i in $(seq 100); do grep -q "serving the data folder" "$RUN_DIR/serve.log" && break; sleep 0.1; done

echo "Batch on a swarm of 2 nodes: $JOBS trivial jobs at concurrency $PARALLEL ($IMAGE)"
t0=$(now)
id=$("$SLOOP" batch submit --queue q --definition t --array-size "$JOBS")
result=$(wait_done "$id")
t1=$(now)
sloop_s=$(python3 -c "print($t1 - $t0)")
nodes=$("$SLOOP" batch ls --array "$id" --json | python3 -c '
import json, subprocess, sys
ids = [j["jobId"] for j in json.load(sys.stdin)["jobSummaryList"]]
where = set()
for i in ids:
    d = json.loads(subprocess.run([sys.argv[1], "batch", "describe", i, "--json"], capture_output=True).stdout)
    for a in d.get("attempts", []):
        where.add(a["container"]["containerInstanceArn"].split("@")[-1])
print(",".join(sorted(where)))' "$SLOOP")

t0=$(now)
seq "$JOBS" | xargs -P "$PARALLEL" -I{} sh -c "DOCKER_HOST=$S1 docker service create -q --name cli-{} \
    --mode replicated-job --restart-condition none --reserve-cpu 0.25 --limit-cpu 0.25 \
    --limit-memory 32m $IMAGE true >/dev/null 2>&1 && DOCKER_HOST=$S1 docker service rm cli-{} >/dev/null"
t1=$(now)
docker_s=$(python3 -c "print($t1 - $t0)")
python3 - "$JOBS" "$sloop_s" "$docker_s" "$result" "$nodes" <<'PY'
import sys
n, s, d, result, nodes = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
print(f"  sloop serve (array, {result}, nodes {nodes}): {s:6.2f} s  {n / s:5.2f} jobs/s")
print(f"  xargs -P docker service create (job):  {d:6.2f} s  {n / d:5.2f} jobs/s")
print(f"  ratio sloop/docker: {(n / s) / (n / d):.2f}x")
PY
echo "reproduce: JOBS=$JOBS PARALLEL=$PARALLEL bench/batchswarm.sh $SLOOP"
