#!/usr/bin/env bash
# Starts every server the integration tests use and makes their test data.
# Idempotent: a service already running is reused. Exits non-zero when one
# does not come up, so the suite never runs against a missing server.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${SLOOP_TEST_STATE:-/tmp/sloop-test-services}
mkdir -p "$state"

log() { echo "services: $*"; }

wait_for() { # seconds, command...
    local n=$1; shift
    for _ in $(seq 1 $((n * 10))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
    return 1
}

# --- dockerd --------------------------------------------------------------
if ! docker info >/dev/null 2>&1; then
    log "starting dockerd"
    if command -v systemctl >/dev/null && systemctl start docker 2>/dev/null && wait_for 20 docker info; then
        :
    else
        nohup dockerd --host unix:///var/run/docker.sock >"$state/dockerd.log" 2>&1 &
        echo $! >"$state/dockerd.pid"
        wait_for 60 docker info || { log "dockerd did not start:"; tail -20 "$state/dockerd.log"; exit 1; }
    fi
fi
log "dockerd $(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')"

# --- test images ------------------------------------------------------------
if ! docker image inspect sloop-test/busybox:latest >/dev/null 2>&1; then
    log "building sloop-test/busybox from busybox-static"
    root=$(mktemp -d)
    mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/www"
    cp /bin/busybox "$root/bin/busybox"
    for applet in $("$root/bin/busybox" --list); do
        [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
    done
    echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
    echo '<h1>sloop test page</h1>' >"$root/www/index.html"
    tar -C "$root" -c . | docker import -c 'CMD ["/bin/sh"]' -c 'ENV PATH=/bin' - sloop-test/busybox:latest >/dev/null
    rm -rf "$root"
fi

# The Debian image system-container instances are tested on, and the base
# image functions run on (debootstrap each; about a minute the first time,
# side by side, skipped when the images exist).
"$here/build-runtime-images.sh" &
runtime_build=$!
"$here/build-test-image.sh"
wait "$runtime_build" || { log "the functions' runtime image could not be built"; exit 1; }

# --- registry (Distribution, from Debian's docker-registry) -----------------
registry_port=${SLOOP_TEST_REGISTRY_PORT:-5000}
if ! curl -fsS "http://127.0.0.1:$registry_port/v2/" >/dev/null 2>&1; then
    log "starting docker-registry on 127.0.0.1:$registry_port"
    mkdir -p "$state/registry"
    cat >"$state/registry.yml" <<YML
version: 0.1
storage:
  filesystem:
    rootdirectory: $state/registry
http:
  addr: 127.0.0.1:$registry_port
YML
    nohup docker-registry serve "$state/registry.yml" >"$state/registry.log" 2>&1 &
    echo $! >"$state/registry.pid"
    wait_for 20 curl -fsS "http://127.0.0.1:$registry_port/v2/" || { log "registry did not start:"; tail -20 "$state/registry.log"; exit 1; }
fi
# docker trusts 127.0.0.0/8 registries over plain HTTP by default.
if ! curl -fsS "http://127.0.0.1:$registry_port/v2/sloop/busybox/tags/list" 2>/dev/null | grep -q latest; then
    docker tag sloop-test/busybox:latest "127.0.0.1:$registry_port/sloop/busybox:latest"
    docker push -q "127.0.0.1:$registry_port/sloop/busybox:latest" >/dev/null
    docker rmi "127.0.0.1:$registry_port/sloop/busybox:latest" >/dev/null
fi
log "registry 127.0.0.1:$registry_port has sloop/busybox:latest"

# A second one that wants a user and password (Basic, from an htpasswd file
# with a bcrypt hash) and allows deletes: sign-in and delete tests.
auth_port=${SLOOP_TEST_AUTH_REGISTRY_PORT:-5001}
auth_code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$auth_port/v2/" || true)
if [ "$auth_code" != 401 ]; then
    log "starting docker-registry with basic auth on 127.0.0.1:$auth_port"
    mkdir -p "$state/registry-auth"
    python3 -c "import crypt; print('sloop:' + crypt.crypt('sloop-test-pw', crypt.mksalt(crypt.METHOD_BLOWFISH)))" \
        2>/dev/null >"$state/registry-auth.htpasswd"
    cat >"$state/registry-auth.yml" <<YML
version: 0.1
storage:
  filesystem:
    rootdirectory: $state/registry-auth
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$auth_port
auth:
  htpasswd:
    realm: sloop-test
    path: $state/registry-auth.htpasswd
YML
    nohup docker-registry serve "$state/registry-auth.yml" >"$state/registry-auth.log" 2>&1 &
    echo $! >"$state/registry-auth.pid"
    wait_for 20 bash -c "[ \"\$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$auth_port/v2/)\" = 401 ]" ||
        { log "registry with auth did not start:"; tail -20 "$state/registry-auth.log"; exit 1; }
fi
log "registry 127.0.0.1:$auth_port wants user sloop"

# --- Podman's Docker-compatible socket ---------------------------------------
podman_sock=$state/podman.sock
if ! curl -fsS --unix-socket "$podman_sock" http://x/_ping >/dev/null 2>&1; then
    log "starting podman system service on $podman_sock"
    # The sandbox refuses podman's default rlimits; keep the ones we have.
    printf '[containers]\ndefault_ulimits = ["nofile=%s:%s"]\n' "$(ulimit -Hn)" "$(ulimit -Hn)" >"$state/containers.conf"
    CONTAINERS_CONF=$state/containers.conf nohup podman --log-level=error system service --time=0 \
        "unix://$podman_sock" >"$state/podman.log" 2>&1 &
    echo $! >"$state/podman.pid"
    wait_for 30 curl -fsS --unix-socket "$podman_sock" http://x/_ping || { log "podman did not start:"; tail -20 "$state/podman.log"; exit 1; }
fi
if ! podman image exists localhost/sloop-test/busybox:latest 2>/dev/null; then
    docker save sloop-test/busybox:latest | podman load -q >/dev/null
fi
log "podman $(podman --version | awk '{print $3}') on $podman_sock"

# --- OpenSSH sshd on loopback (a private config; see start-sshd.sh) ---------
"$here/start-sshd.sh"
# Two more hosts at their own addresses, in network namespaces.
"$here/start-netns-sshd.sh"
# Two more Docker engines, in namespaces of their own, for the Swarm suites.
"$here/start-swarm-nodes.sh"

# Leftovers of an earlier, interrupted run.
stale=$(docker ps -aq --filter name=sloop-test- || true)
[ -n "$stale" ] && docker rm -f $stale >/dev/null
# And the tags they put on the test image (pushes to the test registries).
stale=$(docker images --format '{{.Repository}}:{{.Tag}}' | grep -E '(^|/)sloop-test-' || true)
[ -n "$stale" ] && { docker rmi $stale >/dev/null 2>&1 || true; }
# And their networks, which would use up the engine's address pools (about
# thirty bridges) until creating one fails.
stale=$(docker network ls -q --filter name=sloop-test- || true)
[ -n "$stale" ] && { docker network rm $stale >/dev/null 2>&1 || true; }
log "ready"
