#!/usr/bin/env bash
# Installs what is missing, builds what the window needs, and starts Sloop.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh app
# Only the app (sloop, and the sloop-window and sloop-server it becomes),
# and the functions' agent: the
# tests and benchmarks wait for scripts/test.sh. A first build from nothing
# takes about 6.5 minutes on 2 cores (381 s measured with ccache off);
# later runs build what changed.
if [ ! -x "${SLOOP_BUILD_DIR:-build}/app/sloop" ]; then
    echo "run: first build of the window (about 6.5 minutes on 2 cores)..." >&2
fi
scripts/build.sh sloop sloop-lambda-agent sloop_completion
exec "${SLOOP_BUILD_DIR:-build}/app/sloop" "$@"
