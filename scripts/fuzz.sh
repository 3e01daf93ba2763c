#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ (core with the
# fuzzer's coverage, ASan and UBSan) and runs each for SECONDS on its seed
# corpus (fuzz/corpus/NAME), two at a time; ends with one line per target:
# executions and crashes. Exit 1 when a target crashed (its input is kept
# in $SLOOP_FUZZ_ARTIFACTS, default /tmp/sloop-fuzz-artifacts).
# Usage: scripts/fuzz.sh [SECONDS] [NAME...]     (default 60 s, every target)
# Build only: scripts/fuzz.sh --build
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${SLOOP_FUZZ_BUILD:-$PWD/build-fuzz}
if [ ! -f "$dir/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSLOOP_FUZZ=ON -DSLOOP_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$dir" -j"${SLOOP_JOBS:-2}" --target fuzz_targets
[ "${1:-}" = --build ] && exit 0
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for f in fuzz/fuzz_*.cpp; do t=${f#fuzz/fuzz_}; targets+=("${t%.cpp}"); done
fi
artifacts=${SLOOP_FUZZ_ARTIFACTS:-/tmp/sloop-fuzz-artifacts}
results=$(mktemp)
trap 'rm -f "$results"' EXIT
printf '%s\n' "${targets[@]}" |
    xargs -P "${SLOOP_FUZZ_PARALLEL:-2}" -I{} sh -c \
        'fuzz/run.sh "$0/fuzz/fuzz_{}" fuzz/corpus/{} "$1" "$2" || true' "$dir" "$seconds" "$artifacts" |
    tee "$results"
echo
echo "Fuzzing, $seconds s per target (reproduce: scripts/fuzz.sh $seconds ${*:-})"
grep -E '^fuzz_[a-z]+: ' "$results" | sort
if grep -q CRASH "$results"; then
    exit 1
fi
