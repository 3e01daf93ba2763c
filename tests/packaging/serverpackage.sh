#!/usr/bin/env bash
# The headless package on a machine without GUI libraries: cpack makes
# sloop-server_*.deb from this build, a clean Debian 12 container (the
# test image, debootstrap minbase) installs it with apt from the mirror, and
# then: no libqt6widgets6 or libqt6gui6 got installed, `sloop-server serve`
# owns a data folder and serves the admin API, and the CLI asks it.
# Usage: serverpackage.sh BUILD_DIR
set -euo pipefail
build=$1
image=${SLOOP_TEST_DEBIAN_IMAGE:-sloop-test/debian:bookworm}
work=$(mktemp -d /tmp/sloop-serverpkg.XXXXXX)
trap 'rm -rf "$work"' EXIT

docker image inspect "$image" >/dev/null 2>&1 || { echo "FAIL: the test image $image is missing (scripts/test-services.sh builds it)"; exit 1; }
(cd "$build" && cpack -G DEB -B "$work" -D CPACK_COMPONENTS_ALL=server >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$work"/sloop-server_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { ls -la "$work"; echo "FAIL: no sloop-server .deb"; exit 1; }
echo "package: $(basename "$deb")"
# Read whole before matching: `grep -q` would end a pipe early, and with
# pipefail the writer's SIGPIPE fails the check.
depends=$(dpkg-deb -f "$deb" Depends)
contents=$(dpkg-deb -c "$deb")
echo "$depends"
case $depends in *libqt6widgets*|*libqt6gui*) echo "FAIL: the server package depends on a GUI library"; exit 1 ;; esac
case $contents in *./usr/lib/systemd/user/sloop.service*) ;; *) echo "FAIL: no user unit"; exit 1 ;; esac

docker run --rm -v "$work":/pkg:ro "$image" sh -ec '
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends /pkg/'"$(basename "$deb")"' >/tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log; exit 1; }
    for gui in libqt6widgets6 libqt6gui6; do
        if dpkg -s "$gui" >/dev/null 2>&1; then echo "FAIL: $gui was installed"; exit 1; fi
    done
    sloop-server --version
    export XDG_DATA_HOME=/tmp/data XDG_CONFIG_HOME=/tmp/config XDG_RUNTIME_DIR=/tmp/run
    mkdir -p /tmp/run && chmod 700 /tmp/run
    sloop-server serve --interval 1 2>/tmp/serve.log &
    serve=$!
    for i in $(seq 50); do grep -q "admin API at" /tmp/serve.log && break; sleep 0.2; done
    grep -q "admin API at" /tmp/serve.log || { cat /tmp/serve.log; echo "FAIL: serve did not serve"; exit 1; }
    sloop-server instances ls --json --verbose 2>/tmp/ls.err >/tmp/ls.out
    grep -q "asked the owner" /tmp/ls.err || { cat /tmp/ls.err; echo "FAIL: the CLI did not ask the serve"; exit 1; }
    test "$(cat /tmp/ls.out)" = "[]" || { cat /tmp/ls.out; echo "FAIL: unexpected list"; exit 1; }
    kill -TERM $serve
    wait $serve
    grep -q "stopped" /tmp/serve.log || { cat /tmp/serve.log; echo "FAIL: serve did not stop cleanly"; exit 1; }
    echo "sloop-server: installed without GUI libraries, served and stopped"
'
echo "PASS"
