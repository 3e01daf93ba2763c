#!/usr/bin/env bash
# Configures (once) and builds Sloop into build/. Incremental.
# Usage: scripts/build.sh [TARGET...]   (no target: everything, tests too)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${SLOOP_BUILD_DIR:-build}
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$build_dir" -j"${SLOOP_JOBS:-2}" "${targets[@]}"
