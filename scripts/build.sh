#!/usr/bin/env bash
# Configures (once) and builds Sloop into build/. Incremental.
# Usage: scripts/build.sh [TARGET...]   (no target: everything, tests too)
# SLOOP_BUILD_DIR picks the folder, SLOOP_CMAKE_ARGS adds to the first
# configure (e.g. -DSLOOP_SANITIZE=ON).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${SLOOP_BUILD_DIR:-build}
if [ ! -f "$build_dir/build.ninja" ]; then
    # shellcheck disable=SC2086 # the arguments are meant to split
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${SLOOP_CMAKE_ARGS:-}
fi
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$build_dir" -j"${SLOOP_JOBS:-2}" "${targets[@]}"
