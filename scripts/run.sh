#!/usr/bin/env bash
# Installs what is missing, builds, and starts Sloop.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh app
scripts/build.sh
exec "${SLOOP_BUILD_DIR:-build}/app/sloop" "$@"
