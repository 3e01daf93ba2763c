#!/usr/bin/env bash
# sloop-bench-functions-idle: what 20 deployed functions cost while nothing
# calls them. A whole `sloop serve` (the owner: endpoint, dispatcher, bucket
# watcher, scheduler, metrics) with 20 functions, a folder trigger and a
# schedule, in private XDG folders; its CPU time over 60 s from /proc, after
# 10 s to settle, and the function containers left (the goal: at most 0.5 %
# of a core, no containers). Then one invocation each, and the containers
# left once the idle time (5 min, or SLOOP_BENCH_IDLE_WAIT seconds) passed.
#   bench/functionsidle.sh [path/to/sloop]
set -euo pipefail
sloop=${1:-build-bench/app/sloop}
wait_s=${SLOOP_BENCH_IDLE_WAIT:-320}
work=$(mktemp -d)
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
trap 'kill $pid 2>/dev/null || true; for i in $(seq -w 1 20); do "$sloop" functions rm idle-$i >/dev/null 2>&1 || true; done; rm -rf "$work"' EXIT
for i in $(seq -w 1 20); do "$sloop" functions create "idle-$i" --template hello-python >/dev/null; done
"$sloop" buckets add idle-bucket --folder "$work/bucket" >/dev/null
"$sloop" buckets trigger idle-bucket -f idle-01 >/dev/null
"$sloop" schedules add idle-nightly -e 'cron(0 3 * * ? *)' -f idle-01 >/dev/null
"$sloop" serve >/dev/null 2>&1 &
pid=$!
sleep 10
hz=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
t0=$(cpu); s0=$(date +%s.%N)
sleep 60
t1=$(cpu); s1=$(date +%s.%N)
containers() { docker ps -aq --filter label=sloop.function | wc -l; }
echo "functions idle: sloop serve with 20 functions used $(echo "scale=3; ($t1 - $t0) * 100 / $hz / ($s1 - $s0)" | bc) % of a core over 60 s; $(containers) function containers"
for i in $(seq -w 1 20); do "$sloop" functions invoke "idle-$i" >/dev/null; done
echo "functions idle: after one invocation each, $(containers) containers warm"
sleep "$wait_s"
echo "functions idle: ${wait_s} s later, $(containers) containers"
echo "reproduce: bench/functionsidle.sh $sloop"
