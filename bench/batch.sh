#!/usr/bin/env bash
# Batch as a person feels it, whole processes against the docker CLI in one
# run: N trivial jobs (`true`) run by `sloop serve` at concurrency P (an
# array of N children, 1/4 vCPU each, in an environment of P/4 vCPUs) vs the
# same jobs by `xargs -P P docker run --rm` with the same limits; the CLI's submit rate (one
# array of 10,000 children); and the memory of `sloop serve` idle and with
# 10,000 jobs known. Goals (issue 13): launch throughput >= 0.9x xargs,
# >= 2,000 submits/s, <= 50 MB above idle.
#
#   bench/batch.sh [SLOOP_BINARY]
#   JOBS=100 PARALLEL=4 IMAGE=sloop-test/busybox:latest bench/batch.sh build/app/sloop
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SLOOP=${1:-$ROOT/build/app/sloop}
RUN_DIR=${RUN_DIR:-/tmp/batch-bench}
JOBS=${JOBS:-100}
PARALLEL=${PARALLEL:-4}
IMAGE=${IMAGE:-sloop-test/busybox:latest}

# shellcheck source=lib/processes.sh
source "$HERE/lib/processes.sh"
require_tools docker python3 xargs
[[ -x $SLOOP ]] || { say "no sloop binary at $SLOOP (build first)"; exit 2; }
docker image inspect "$IMAGE" >/dev/null 2>&1 || { say "no image $IMAGE (scripts/build-test-image.sh)"; exit 2; }

rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"/{config/sloop,data,runtime}
chmod 700 "$RUN_DIR/runtime"
export XDG_CONFIG_HOME=$RUN_DIR/config XDG_DATA_HOME=$RUN_DIR/data XDG_RUNTIME_DIR=$RUN_DIR/runtime
printf '[endpoint]\nport=0\n' >"$RUN_DIR/config/sloop/sloop.conf"

now() { date +%s.%N; }
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
status_of() { "$SLOOP" batch describe "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])'; }
wait_done() { # JOB ID: until SUCCEEDED or FAILED
    local s
    while :; do
        s=$(status_of "$1")
        [[ $s == SUCCEEDED || $s == FAILED ]] && { echo "$s"; return; }
        sleep 0.5 # a whole CLI process each look: not too often on 2 cores
    done
}
start_serve() {
    "$SLOOP" serve >"$RUN_DIR/serve.log" 2>&1 &
    PIDS+=($!)
    local i
    for i in $(seq 100); do grep -q "serving the data folder" "$RUN_DIR/serve.log" && return 0; sleep 0.1; done
    say "serve did not start"; cat "$RUN_DIR/serve.log" >&2; exit 1
}

vcpus=$(python3 -c "print($PARALLEL * 0.25)")
"$SLOOP" batch environments create ce --engine local --max-vcpus "$vcpus" >/dev/null
"$SLOOP" batch queues create q --environments ce >/dev/null
"$SLOOP" batch definitions register t --image "$IMAGE" --vcpus 0.25 --memory 32 -- true >/dev/null

start_serve
sleep 1
idle=$(rss_kib "${PIDS[-1]}")

echo "Batch: $JOBS trivial jobs at concurrency $PARALLEL ($IMAGE)"
t0=$(now)
id=$("$SLOOP" batch submit --queue q --definition t --array-size "$JOBS")
result=$(wait_done "$id")
t1=$(now)
sloop_s=$(python3 -c "print($t1 - $t0)")

t0=$(now)
# The same limits as the jobs have (1/4 CPU, 32 MiB).
seq "$JOBS" | xargs -P "$PARALLEL" -I{} docker run --rm --cpus 0.25 --memory 32m "$IMAGE" true
t1=$(now)
docker_s=$(python3 -c "print($t1 - $t0)")
python3 - "$JOBS" "$sloop_s" "$docker_s" "$result" <<'PY'
import sys
n, s, d, result = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
print(f"  sloop serve (array, {result}): {s:6.2f} s  {n / s:6.1f} jobs/s")
print(f"  xargs -P docker run --rm:       {d:6.2f} s  {n / d:6.1f} jobs/s")
print(f"  ratio sloop/docker: {(n / s) / (n / d):.2f}x (goal >= 0.9x)")
PY

# The CLI's submit rate: one array of 10,000 children, a whole process. The
# queue is disabled first so they stay queued for the memory figure.
"$SLOOP" batch queues disable q >/dev/null
t0=$(now)
big=$("$SLOOP" batch submit --queue q --definition t --array-size 10000)
t1=$(now)
python3 -c "s = $t1 - $t0; print(f'  submit of 10,000 children (sloop batch submit --array-size): {s:.2f} s, {10000 / s:.0f} submits/s (goal >= 2,000)')"
sleep 3 # the dispatcher has read them (released to RUNNABLE)
known=$(rss_kib "${PIDS[-1]}")
python3 -c "print(f'  sloop serve RSS: idle {$idle / 1024:.1f} MiB, with 10,000 jobs known {$known / 1024:.1f} MiB (+{($known - $idle) / 1024:.1f} MiB; goal <= 50 MB)')"
du -k "$XDG_DATA_HOME/sloop/sloop.db"* | awk '{s += $1} END {printf "  store: %.1f MiB with %d jobs\n", s / 1024, 10000 + '"$JOBS"'}'
"$SLOOP" batch cancel "$big" --reason bench >/dev/null
echo "reproduce: JOBS=$JOBS PARALLEL=$PARALLEL IMAGE=$IMAGE bench/batch.sh $SLOOP"
