#!/usr/bin/env bash
# Two more Docker engines for the Swarm tests, each a dockerd in a network
# namespace of its own (sloop-sw1 at 10.210.0.2, sloop-sw2 at 10.210.0.3)
# with its own data root, exec root and socket ($state/swN/docker.sock).
# One veth pair joins the two namespaces directly, so swarm traffic never
# crosses this machine's firewall (the main engine's FORWARD policy drops
# it). Another pair per node links it to this machine (10.211.N.1 here,
# 10.211.N.2 there, with a route to the node's 10.210.0.x through it), so
# ports the nodes' tasks publish answer here as on a real cluster's nodes;
# each engine has its own bridge (172.31.N.0/24) and iptables rules, inside
# its namespace. Neither engine is in a swarm when this ends: the tests make and end
# their own. `nsenter --net`, not `ip netns exec`: the latter remounts /sys
# and hides the cgroup mounts dockerd needs (../shared notes).
# Idempotent; writes $state/env; exits non-zero when an engine does not answer.
# SLOOP_SWARM_RESET="sw2" starts that engine afresh (below).
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

for n in 1 2; do
    ip=10.210.0.$((n + 1))
    if ! ip link show "sloopsw${n}h" >/dev/null 2>&1; then
        ip link add "sloopsw${n}h" type veth peer name "sloopsw${n}x"
        ip link set "sloopsw${n}x" netns "sloop-sw$n"
        ip addr add "10.211.$n.1/24" dev "sloopsw${n}h"
        ip netns exec "sloop-sw$n" ip addr add "10.211.$n.2/24" dev "sloopsw${n}x"
    fi
    ip link set "sloopsw${n}h" up
    ip netns exec "sloop-sw$n" ip link set "sloopsw${n}x" up
    ip route replace "$ip/32" via "10.211.$n.2" dev "sloopsw${n}h"
done

answers() { curl -fsS --max-time 3 --unix-socket "$1" http://x/_ping >/dev/null 2>&1; }
start_dockerd() { # n dir sock flags
    log "starting dockerd sw$1 on $3"
    [ -f "$2/pid" ] && kill "$(cat "$2/pid")" 2>/dev/null || true
    rm -f "$3" "$2/pid"
    # A UTS namespace of its own too, so `docker node ls` tells the
    # nodes apart by hostname. A clean environment: started from a test,
    # it would keep the test's XDG_RUNTIME_DIR, where runc puts its files,
    # after the test removed it.
    nohup env -i PATH="$PATH" unshare --uts sh -c "hostname sloop-sw$1 && exec nsenter --net=/var/run/netns/sloop-sw$1 \
        dockerd --data-root '$2/data' --exec-root '$2/exec' --pidfile '$2/pid' \
        --host 'unix://$3' $4" >"$2/log" 2>&1 &
    echo "$4" >"$2/flags"
    for _ in $(seq 1 100); do answers "$3" && break; sleep 0.2; done
    answers "$3" || { log "dockerd sw$1 did not answer:"; tail -20 "$2/log"; exit 1; }
}
for n in 1 2; do
    dir=$state/sw$n sock=$state/sw$n/docker.sock
    mkdir -p "$dir"
    # SLOOP_SWARM_RESET=swN: after its dockerd was killed (a test of a lost
    # node), a clean start. A dockerd started again at once adopts the old
    # containerd and its tasks' sandboxes, and overlay networks on it then
    # fail; so it is started, stopped cleanly (its containers and
    # containerd with it), its network namespaces are cleared, and it starts.
    case " ${SLOOP_SWARM_RESET:-} " in
    *" sw$n "*)
        answers "$sock" || start_dockerd "$n" "$dir" "$sock" "$(cat "$dir/flags" 2>/dev/null)"
        pid=$(cat "$dir/pid")
        log "stopping dockerd sw$n for a clean start"
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        # Never two on one data root: one that would not stop is killed.
        if kill -0 "$pid" 2>/dev/null; then
            kill -9 "$pid" 2>/dev/null || true
            sleep 1
        fi
        for f in "$dir"/exec/netns/*; do
            [ -e "$f" ] || continue
            umount "$f" 2>/dev/null || true
            rm -f "$f"
        done
        ;;
    esac
    # An engine started by an older copy of this script (no bridge, no
    # published ports) is started again.
    flags="--bip 172.31.$n.1/24"
    if answers "$sock" && [ "$(cat "$dir/flags" 2>/dev/null)" != "$flags" ]; then
        log "restarting dockerd sw$n with $flags"
        pid=$(cat "$dir/pid")
        kill "$pid" 2>/dev/null || true
        # Its containerd goes with it; a new one before that cannot start.
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    fi
    answers "$sock" || start_dockerd "$n" "$dir" "$sock" "$flags"
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
