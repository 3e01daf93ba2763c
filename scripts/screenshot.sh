#!/usr/bin/env bash
# Takes a picture of the Sloop window under Xvfb, optionally after clicks.
# Usage: scripts/screenshot.sh OUT.png [light|dark] [page] [seconds] [X,Y ...]
# SLOOP_SCREENSHOT_SETUP: a shell command run first with the same fresh
# XDG folders and HOME (e.g. "$SLOOP hosts add ..."; $SLOOP is the binary).
set -euo pipefail
out=$1; theme=${2:-light}; page=${3:-containers}; wait=${4:-5}
shift $(( $# < 4 ? $# : 4 ))
clicks="$*"
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
mkdir -p "$tmp/config/sloop" "$tmp/data"
printf '[window]\npage=%s\n' "$page" >"$tmp/config/sloop/sloop.conf"
mkdir -p "$tmp/home"
export HOME=$tmp/home
if [ -n "${SLOOP_SCREENSHOT_SETUP:-}" ]; then
    XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data \
        SLOOP="$root/${SLOOP_BUILD_DIR:-build}/app/sloop" bash -c "$SLOOP_SCREENSHOT_SETUP"
fi
XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data SLOOP_THEME=$theme CLICKS="$clicks" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "'"$root/${SLOOP_BUILD_DIR:-build}/app/sloop"'" & pid=$!
    sleep '"$wait"'
    for c in $CLICKS; do xdotool mousemove ${c%,*} ${c#*,} click 1; sleep 1.5; done
    import -window root "'"$out"'"; kill $pid' >/dev/null 2>&1
rm -rf "$tmp"
echo "$out"
