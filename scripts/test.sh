#!/usr/bin/env bash
# The whole suite on a fresh Debian 12 machine: installs what is missing,
# builds, starts every service the tests use, runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/build.sh
# The SSH, engine, snapshot and parser suites a second time with ASan +
# UBSan (about 5 minutes on 2 cores); ctest runs them as NAME_sanitized.
sanitized=${SLOOP_SANITIZED_BUILD:-$PWD/build-sanitize}
SLOOP_BUILD_DIR=$sanitized SLOOP_CMAKE_ARGS=-DSLOOP_SANITIZE=ON scripts/build.sh sanitized_suites
# The libFuzzer targets (clang, about 6 minutes): ctest runs each for 3 s
# on its seeds, as fuzz_NAME; long runs are scripts/fuzz.sh's.
fuzzbuild=${SLOOP_FUZZ_BUILD:-$PWD/build-fuzz}
SLOOP_FUZZ_BUILD=$fuzzbuild scripts/fuzz.sh --build
cmake "${SLOOP_BUILD_DIR:-build}" -DSLOOP_SANITIZED_BUILD="$sanitized" \
    -DSLOOP_FUZZ_BUILD="$fuzzbuild" >/dev/null
scripts/test-services.sh
export SLOOP_TEST_PODMAN_SOCKET=${SLOOP_TEST_STATE:-/tmp/sloop-test-services}/podman.sock
export SLOOP_TEST_REGISTRY=127.0.0.1:${SLOOP_TEST_REGISTRY_PORT:-5000}
cd "${SLOOP_BUILD_DIR:-build}"
ctest --output-on-failure -j"${SLOOP_TEST_JOBS:-2}" "$@"
