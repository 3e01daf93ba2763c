#!/usr/bin/env bash
# Two more Docker engines for the Swarm tests, each a dockerd in a network
# namespace of its own (sloop-sw1 at 10.210.0.2, sloop-sw2 at 10.210.0.3)
# with its own data root, exec root and socket ($state/swN/docker.sock).
# One veth pair joins the two namespaces directly, so swarm traffic never
# crosses this machine's firewall (the main engine's FORWARD policy drops
# it). Neither engine is in a swarm when this ends: the tests make and end
# their own. `nsenter --net`, not `ip netns exec`: the latter remounts /sys
# and hides the cgroup mounts dockerd needs (../shared notes).
# Idempotent; writes $state/env; exits non-zero when an engine does not answer.
set -euo pipefail
root=${SLOOP_TEST_STATE:-/tmp/sloop-test-services}
state=$root/swarm
log() { echo "swarm-nodes: $*"; }
[ "$(id -u)" -eq 0 ] || { log "must run as root (ip netns, dockerd)"; exit 1; }
mkdir -p "$state"

has() { case "$1" in *"$2"*) return 0 ;; *) return 1 ;; esac; }
netns_list=" $(ip netns list | cut -d' ' -f1 | tr '\n' ' ')"
for n in 1 2; do
    has "$netns_list" " sloop-sw$n " || ip netns add "sloop-sw$n"
    ip netns exec "sloop-sw$n" ip link set lo up
done
if ! ip netns exec sloop-sw1 ip link show sloopsw1 >/dev/null 2>&1; then
    ip link add sloopsw1 type veth peer name sloopsw2
    ip link set sloopsw1 netns sloop-sw1
    ip link set sloopsw2 netns sloop-sw2
fi
for n in 1 2; do
    ip=10.210.0.$((n + 1))
    has "$(ip netns exec "sloop-sw$n" ip addr show dev "sloopsw$n")" "inet $ip/" ||
        ip netns exec "sloop-sw$n" ip addr add "$ip/24" dev "sloopsw$n"
    ip netns exec "sloop-sw$n" ip link set "sloopsw$n" up
done

answers() { curl -fsS --max-time 3 --unix-socket "$1" http://x/_ping >/dev/null 2>&1; }
for n in 1 2; do
    dir=$state/sw$n sock=$state/sw$n/docker.sock
    mkdir -p "$dir"
    if ! answers "$sock"; then
        log "starting dockerd sw$n on $sock"
        [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null || true
        rm -f "$sock" "$dir/pid"
        # A UTS namespace of its own too, so `docker node ls` tells the
        # nodes apart by hostname.
        nohup unshare --uts sh -c "hostname sloop-sw$n && exec nsenter --net=/var/run/netns/sloop-sw$n \
            dockerd --data-root '$dir/data' --exec-root '$dir/exec' --pidfile '$dir/pid' \
            --host 'unix://$sock' --bridge none --iptables=false --ip-masq=false" >"$dir/log" 2>&1 &
        for _ in $(seq 1 100); do answers "$sock" && break; sleep 0.2; done
        answers "$sock" || { log "dockerd sw$n did not answer:"; tail -20 "$dir/log"; exit 1; }
    fi
    # A run that stopped half way leaves the engine in its swarm.
    DOCKER_HOST=unix://$sock docker swarm leave --force >/dev/null 2>&1 || true
    DOCKER_HOST=unix://$sock docker image inspect sloop-test/busybox:latest >/dev/null 2>&1 ||
        docker save sloop-test/busybox:latest | DOCKER_HOST=unix://$sock docker load -q >/dev/null
    log "sw$n: $(DOCKER_HOST=unix://$sock docker version -f '{{.Server.Version}}') at 10.210.0.$((n + 1))"
done
{
    for n in 1 2; do
        echo "SLOOP_TEST_SWARM${n}_SOCKET=$state/sw$n/docker.sock"
        echo "SLOOP_TEST_SWARM${n}_ADDR=10.210.0.$((n + 1))"
    done
} >"$state/env"
log "environment for the tests: $state/env"
