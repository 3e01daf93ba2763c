#!/usr/bin/env bash
# Runs one fuzz target for SECONDS on its seed corpus (new inputs go to a
# scratch folder, the seeds stay as they are) and prints one line:
# executions and crashes. Exit 1 on a crash, with libFuzzer's report and the
# input that crashed kept in ARTIFACTS.
# Usage: fuzz/run.sh BINARY SEED_DIR SECONDS [ARTIFACTS]
set -euo pipefail
bin=$1 seeds=$2 seconds=$3
artifacts=${4:-${TMPDIR:-/tmp}/sloop-fuzz-artifacts}
mkdir -p "$artifacts"
[ -x "$bin" ] || { echo "$bin is not built (scripts/fuzz.sh builds it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
set +e
"$bin" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$artifacts/" "$work" "$seeds" >"$work.log" 2>&1
rc=$?
set -e
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work.log" | tail -1)
name=$(basename "$bin")
if [ "$rc" -ne 0 ]; then
    echo "$name: CRASH after ${execs:-?} executions (exit $rc); input in $artifacts"
    tail -60 "$work.log"
    rm -f "$work.log"
    exit 1
fi
rm -f "$work.log"
echo "$name: ${execs:-0} executions in $seconds s, 0 crashes"
