#!/usr/bin/env bash
# Builds the benchmarks (bench/) and runs them against the local dockerd under
# Xvfb, printing every figure and the command that reproduces it.
#   scripts/bench.sh            keeps the 1,000 bench containers for reruns
#   scripts/bench.sh --cleanup  removes them at the end
# Figures are only as quiet as the machine: run nothing heavy meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${SLOOP_BENCH_BUILD_DIR:-build-bench}
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" -j"${SLOOP_JOBS:-2}" --target \
    sloop-bench-containers sloop-bench-startup sloop-bench-idle bench-bare-window sloop-bench-ssh \
    sloop-bench-sftp sloop-bench-instance sloop-bench-blueprint sloop-bench-hostcost \
    sloop-bench-metricstore sloop-bench-enginestats sloop-bench-monitor50 sloop-bench-chart \
    sloop-bench-admin sloop-bench-functions

# The engine and the sloop-test/busybox image the benchmarks use (and the
# test sshd for the SFTP figures).
if ! docker info >/dev/null 2>&1 || ! docker image inspect sloop-test/busybox:latest >/dev/null 2>&1; then
    scripts/test-services.sh
fi

bin=$(cd "$build_dir/bench" && pwd)
echo "== $(uptime)"
xvfb-run -a "$bin/sloop-bench-containers"
echo
xvfb-run -a "$bin/sloop-bench-startup"
echo
xvfb-run -a "$bin/sloop-bench-idle"
echo
# The engine's own CPU while every running container's stats are sampled
# each second (20 bench containers, removed at the end), vs idle and
# `docker stats --no-stream`.
"$bin/sloop-bench-enginestats" --count 20 --seconds 30
echo
# The test sshd (scripts/start-sshd.sh) for the SSH round trip.
[ -f "${SLOOP_TEST_STATE:-/tmp/sloop-test-services}/sshd/env" ] || scripts/start-sshd.sh
"$bin/sloop-bench-ssh"
# SFTP: 1 GiB each way vs OpenSSH's sftp (SLOOP_BENCH_SFTP_MB to change it);
# its files are removed at the end.
[ -f /tmp/sloop-test-services/sshd/env ] || scripts/start-sshd.sh
"$bin/sloop-bench-sftp" --mb "${SLOOP_BENCH_SFTP_MB:-1024}"
# Create -> SSH-ready of a system-container instance (the test Debian image,
# built once by scripts/build-test-image.sh).
echo
scripts/build-test-image.sh
"$bin/sloop-bench-instance" --runs "${SLOOP_BENCH_INSTANCE_RUNS:-10}"
# Create -> Running through InstanceService: OS only, and nginx until healthy
# (packages from Debian's mirror).
echo
"$bin/sloop-bench-blueprint" --runs "${SLOOP_BENCH_BLUEPRINT_RUNS:-3}"
# What monitoring costs the host: Sloop's sampler vs netdata, same run
# (SLOOP_BENCH_HOSTCOST_SECONDS, default 300).
echo
command -v netdata >/dev/null || [ -x /usr/sbin/netdata ] || scripts/deps.sh bench
"$bin/sloop-bench-hostcost" --seconds "${SLOOP_BENCH_HOSTCOST_SECONDS:-300}"
# The metric store at 50 hosts × 25 series × 14 days: size, append, queries
# (a temporary database; no services).
echo
"$bin/sloop-bench-metricstore"
# Sloop's own CPU while monitoring 50 hosts at 1 s (50 loopback sshd, stopped
# again afterwards), with the overview's queries; goal <= 10% of one core.
echo
scripts/start-many-sshd.sh 2300 50
"$bin/sloop-bench-monitor50" --hosts 50 --seconds "${SLOOP_BENCH_MONITOR_SECONDS:-120}"
scripts/start-many-sshd.sh --stop
# First render of a two-week chart, 20,160 points x 4 series (offscreen).
echo
QT_QPA_PLATFORM=offscreen "$bin/sloop-bench-chart"
# The HTTP serving libraries for the gateway against nginx (about 7 min).
echo
bench/httpserving/run.sh
# `sloop instances ls` through the window's admin API vs in-process.
echo
"$bin/sloop-bench-admin" --runs "${SLOOP_BENCH_ADMIN_RUNS:-40}"
echo
# Functions (on the runtime image): the access key's secret goes to a
# private Secret Service.
scripts/build-runtime-images.sh >/dev/null
tests/support/with-keyring.sh "$bin/sloop-bench-functions"
echo
bench/functionsidle.sh "$build_dir/app/sloop"
# The API gateway under wrk beside nginx: a mock route, an HTTP backend, a
# function (about 1 min).
echo
bench/gateway.sh "$build_dir/app/sloop"
# Batch: decision cost by queue length, then jobs run by `sloop serve` vs
# xargs + docker run, the CLI's submit rate and serve's memory (about 1 min).
echo
"$bin/sloop-bench-batchdecision"
echo
bench/batch.sh "$build_dir/app/sloop"
# Batch on a Swarm environment: 40 trivial jobs as replicated-job services
# vs docker service create --mode replicated-job (about 30 s).
echo
bench/batchswarm.sh "$build_dir/app/sloop"
# Swarm: a service scaled 1 -> 50 over two engines vs docker service scale
# (about 1 min; needs scripts/start-swarm-nodes.sh, which test-services runs).
echo
bench/swarm.sh "$build_dir/app/sloop"
# Registries: 500 tags listed vs curl on the same API (about 15 s).
echo
bench/registry.sh "$build_dir/app/sloop"
# A host behind a jump host: sloop hosts exec vs ssh through the same hop
# (about 30 s; needs scripts/start-netns-sshd.sh, which test-services runs).
echo
bench/jumphost.sh "$build_dir/app/sloop"
# A 500 MB layer pushed and pulled vs the docker CLI (about 1 min).
echo
bench/imagetransfer.sh "$build_dir/app/sloop"
if [ "${1:-}" = "--cleanup" ]; then
    echo
    "$bin/sloop-bench-containers" --count 0 --rounds 0 --event-rounds 0 --cleanup
fi
