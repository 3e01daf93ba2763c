#!/usr/bin/env bash
# Four "remote hosts" for the SSH tests: network namespaces sloop-ns1 to
# sloop-ns4 (1 and 2 for the SSH layer's suites, 3 and 4 for monitoring, so
# suites that cut a link never run into each other), each joined to this machine by a veth pair (host side
# sloopveth<N> at 10.203.<N>.1, namespace side at 10.203.<N>.2), each with
# an sshd of its own on port 22 (same user and client keys as
# start-sshd.sh, its own host key). A test cuts a host off with
# `ip link set sloopveth1 down` and must bring it back up.
# Idempotent: what exists is reused, and links are (re)set up. Writes
# $state/env for the tests; exits non-zero when a server does not answer.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=${SLOOP_TEST_STATE:-/tmp/sloop-test-services}
keys=$root/sshd
state=$root/netns
user=slooptest

log() { echo "netns-sshd: $*"; }
[ "$(id -u)" -eq 0 ] || { log "must run as root (ip netns, sshd)"; exit 1; }
command -v ip >/dev/null || { log "ip is missing: install iproute2 (scripts/deps.sh test)"; exit 1; }
sshd_bin=$(command -v sshd || echo /usr/sbin/sshd)
# The user and the client keys come from the loopback servers' script.
[ -f "$keys/authorized_keys" ] && id "$user" >/dev/null 2>&1 || "$here/start-sshd.sh"
mkdir -p "$state"
chmod 755 "$state"

# `cmd | grep -q` fails under pipefail when grep quits early and cmd gets
# SIGPIPE: match against the captured output instead.
has() { # text pattern
    case "$1" in *"$2"*) return 0 ;; *) return 1 ;; esac
}

answers() { # address: sshd sends its banner first
    timeout 3 bash -c "exec 3<>/dev/tcp/$1/22; head -c 4 <&3" 2>/dev/null | grep -q '^SSH-'
}

for n in 1 2 3 4; do
    ns=sloop-ns$n veth=sloopveth$n peer=sloopvpeer$n
    host_ip=10.203.$n.1 ns_ip=10.203.$n.2
    has " $(ip netns list | cut -d' ' -f1 | tr '\n' ' ')" " $ns " || ip netns add "$ns"
    if ! ip link show "$veth" >/dev/null 2>&1; then
        ip link add "$veth" type veth peer name "$peer"
        ip link set "$peer" netns "$ns"
    fi
    has "$(ip addr show dev "$veth")" "inet $host_ip/" || ip addr add "$host_ip/24" dev "$veth"
    ip link set "$veth" up # also undoes a test that stopped before its cleanup
    ip netns exec "$ns" ip link set lo up
    has "$(ip netns exec "$ns" ip addr show dev "$peer")" "inet $ns_ip/" ||
        ip netns exec "$ns" ip addr add "$ns_ip/24" dev "$peer"
    ip netns exec "$ns" ip link set "$peer" up

    key=$state/hostkey_ns${n}_ed25519
    [ -f "$key" ] || ssh-keygen -q -t ed25519 -N '' -C "sloop-test-$ns" -f "$key"
    chmod 600 "$key"
    if answers "$ns_ip"; then
        log "$ns: sshd already answers on $ns_ip:22"
        continue
    fi
    cat >"$state/$ns.conf" <<CONF
ListenAddress $ns_ip
Port 22
HostKey $key
PidFile $state/$ns.pid
AuthorizedKeysFile $keys/authorized_keys
PasswordAuthentication yes
PubkeyAuthentication yes
UsePAM no
PermitRootLogin no
AllowUsers $user
StrictModes no
MaxStartups 100:30:200
MaxSessions 100
LogLevel VERBOSE
CONF
    "$sshd_bin" -t -f "$state/$ns.conf" || { log "config $state/$ns.conf is invalid"; exit 1; }
    ip netns exec "$ns" "$sshd_bin" -f "$state/$ns.conf" -E "$state/$ns.log"
    for _ in $(seq 1 50); do answers "$ns_ip" && break; sleep 0.1; done
    answers "$ns_ip" || { log "$ns: sshd did not answer on $ns_ip:22:"; tail -20 "$state/$ns.log"; exit 1; }
    log "$ns: sshd listening on $ns_ip:22 (pid $(cat "$state/$ns.pid"))"
done

{
    for n in 1 2 3 4; do
        echo "SLOOP_TEST_NETNS${n}_HOST=10.203.$n.2"
        echo "SLOOP_TEST_NETNS${n}_LINK=sloopveth$n"
        echo "SLOOP_TEST_NETNS${n}_HOSTKEY=$state/hostkey_ns${n}_ed25519"
    done
} >"$state/env"
log "environment for the tests: $state/env"
