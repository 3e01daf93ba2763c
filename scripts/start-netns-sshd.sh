#!/usr/bin/env bash
# Five "remote hosts" for the SSH tests: network namespaces sloop-ns1 to
# sloop-ns5 (1 and 2 for the SSH layer's suites, 3 and 4 for monitoring, so
# suites that cut a link never run into each other, 5 a jump host), each
# joined to this machine by a veth pair (host side
# sloopveth<N> at 10.203.<N>.1, namespace side at 10.203.<N>.2), each with
# an sshd of its own on port 22 (same user and client keys as
# start-sshd.sh, its own host key). And a sixth, sloop-ns6 at 10.204.6.2,
# joined only to sloop-ns5 (which does not forward): reachable through the
# jump host's sshd, never from this machine directly. A test cuts a host off with
# `ip link set sloopveth1 down` and must bring it back up. And a seventh,
# sloop-ns7 at 10.203.7.2, for the server firewall's suite: its sshd
# listens on port 2201 and lets root in with the test key (nftables needs
# root), in a mount namespace of its own where /etc/sloop is a private
# tmpfs, so the rules it is given stay in that namespace and its files off
# this machine's /etc. This machine also has 10.203.7.3 on that link: a
# source the rules may leave out.
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

answers() { # address [port]: sshd sends its banner first
    timeout 3 bash -c "exec 3<>/dev/tcp/$1/${2:-22}; head -c 4 <&3" 2>/dev/null | grep -q '^SSH-'
}

write_conf() { # ns address key [port] [users] [root login]
    cat >"$state/$1.conf" <<CONF
ListenAddress $2
Port ${4:-22}
HostKey $3
PidFile $state/$1.pid
AuthorizedKeysFile $keys/authorized_keys
PasswordAuthentication yes
PubkeyAuthentication yes
UsePAM no
PermitRootLogin ${6:-no}
AllowUsers ${5:-$user}
StrictModes no
MaxStartups 100:30:200
MaxSessions 100
LogLevel VERBOSE
CONF
    "$sshd_bin" -t -f "$state/$1.conf" || { log "config $state/$1.conf is invalid"; exit 1; }
}

link_up() { # n: namespace sloop-ns<n> joined by a veth pair
    local n=$1 ns=sloop-ns$1 veth=sloopveth$1 peer=sloopvpeer$1
    local host_ip=10.203.$1.1 ns_ip=10.203.$1.2
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
}

for n in 1 2 3 4 5; do
    ns=sloop-ns$n ns_ip=10.203.$n.2
    link_up "$n"
    key=$state/hostkey_ns${n}_ed25519
    [ -f "$key" ] || ssh-keygen -q -t ed25519 -N '' -C "sloop-test-$ns" -f "$key"
    chmod 600 "$key"
    if answers "$ns_ip"; then
        log "$ns: sshd already answers on $ns_ip:22"
        continue
    fi
    write_conf "$ns" "$ns_ip" "$key"
    ip netns exec "$ns" "$sshd_bin" -f "$state/$ns.conf" -E "$state/$ns.log"
    for _ in $(seq 1 50); do answers "$ns_ip" && break; sleep 0.1; done
    answers "$ns_ip" || { log "$ns: sshd did not answer on $ns_ip:22:"; tail -20 "$state/$ns.log"; exit 1; }
    log "$ns: sshd listening on $ns_ip:22 (pid $(cat "$state/$ns.pid"))"
done

# The firewall's server: port 2201, root, a private /etc/sloop.
ns=sloop-ns7 ns_ip=10.203.7.2
link_up 7
has "$(ip addr show dev sloopveth7)" "inet 10.203.7.3/" || ip addr add 10.203.7.3/24 dev sloopveth7
key=$state/hostkey_ns7_ed25519
[ -f "$key" ] || ssh-keygen -q -t ed25519 -N '' -C "sloop-test-$ns" -f "$key"
chmod 600 "$key"
# Rules left by an earlier run would keep this machine out.
ip netns exec "$ns" sh -c 'command -v nft >/dev/null && nft delete table inet sloop' 2>/dev/null || true
if answers "$ns_ip" 2201; then
    log "$ns: sshd already answers on $ns_ip:2201"
else
    write_conf "$ns" "$ns_ip" "$key" 2201 "root $user" prohibit-password
    mkdir -p /etc/sloop # only the mount point: the namespace puts a tmpfs on it
    touch "$state/ns7-nftables.conf"
    ip netns exec "$ns" unshare --mount --propagation private sh -ec "
        mount -t tmpfs -o mode=0755,size=4m sloop-ns7-etc /etc/sloop
        # On a machine run by systemd the step would arm its rollback with
        # systemd-run, which runs outside this namespace: hide it.
        if [ -d /run/systemd/system ]; then mount -t tmpfs -o size=1m sloop-ns7-run /run/systemd; fi
        if [ -f /etc/nftables.conf ]; then
            cp /etc/nftables.conf '$state/ns7-nftables.conf'
            mount --bind '$state/ns7-nftables.conf' /etc/nftables.conf
        fi
        exec '$sshd_bin' -f '$state/$ns.conf' -E '$state/$ns.log'"
    for _ in $(seq 1 50); do answers "$ns_ip" 2201 && break; sleep 0.1; done
    answers "$ns_ip" 2201 || { log "$ns: sshd did not answer on $ns_ip:2201:"; tail -20 "$state/$ns.log"; exit 1; }
    log "$ns: sshd listening on $ns_ip:2201 (root allowed, private /etc/sloop)"
fi

# The host behind the jump host.
ns=sloop-ns6 inner_ip=10.204.6.2
has " $(ip netns list | cut -d' ' -f1 | tr '\n' ' ')" " $ns " || ip netns add "$ns"
if ! ip netns exec sloop-ns5 ip link show sloopjump6 >/dev/null 2>&1; then
    ip link add sloopjump6 type veth peer name sloopinner6
    ip link set sloopjump6 netns sloop-ns5
    ip link set sloopinner6 netns "$ns"
fi
has "$(ip netns exec sloop-ns5 ip addr show dev sloopjump6)" "inet 10.204.6.1/" ||
    ip netns exec sloop-ns5 ip addr add 10.204.6.1/24 dev sloopjump6
ip netns exec sloop-ns5 ip link set sloopjump6 up
ip netns exec "$ns" ip link set lo up
has "$(ip netns exec "$ns" ip addr show dev sloopinner6)" "inet $inner_ip/" ||
    ip netns exec "$ns" ip addr add "$inner_ip/24" dev sloopinner6
ip netns exec "$ns" ip link set sloopinner6 up
key=$state/hostkey_ns6_ed25519
[ -f "$key" ] || ssh-keygen -q -t ed25519 -N '' -C "sloop-test-$ns" -f "$key"
chmod 600 "$key"
inner_answers() { ip netns exec sloop-ns5 bash -c "$(declare -f answers); answers $inner_ip"; }
if inner_answers; then
    log "$ns: sshd already answers on $inner_ip:22 (from sloop-ns5)"
else
    write_conf "$ns" "$inner_ip" "$key"
    ip netns exec "$ns" "$sshd_bin" -f "$state/$ns.conf" -E "$state/$ns.log"
    for _ in $(seq 1 50); do inner_answers && break; sleep 0.1; done
    inner_answers || { log "$ns: sshd did not answer on $inner_ip:22:"; tail -20 "$state/$ns.log"; exit 1; }
    log "$ns: sshd listening on $inner_ip:22, reachable through sloop-ns5 only"
fi
# This machine's default route would send it elsewhere (and wait): say at
# once that there is no way from here.
has "$(ip route show 10.204.6.0/24)" "unreachable" || ip route add unreachable 10.204.6.0/24
if answers "$inner_ip"; then
    log "$ns: $inner_ip answers from this machine, but must not: a route or forwarding leaks"
    exit 1
fi

{
    echo "SLOOP_TEST_JUMP_HOST=10.203.5.2"
    echo "SLOOP_TEST_JUMP_HOSTKEY=$state/hostkey_ns5_ed25519"
    echo "SLOOP_TEST_BEHIND_HOST=$inner_ip"
    echo "SLOOP_TEST_BEHIND_HOSTKEY=$state/hostkey_ns6_ed25519"
    echo "SLOOP_TEST_FIREWALL_HOST=10.203.7.2"
    echo "SLOOP_TEST_FIREWALL_PORT=2201"
    echo "SLOOP_TEST_FIREWALL_OTHER_SOURCE=10.203.7.3"
    echo "SLOOP_TEST_FIREWALL_HOSTKEY=$state/hostkey_ns7_ed25519"
    for n in 1 2 3 4; do
        echo "SLOOP_TEST_NETNS${n}_HOST=10.203.$n.2"
        echo "SLOOP_TEST_NETNS${n}_LINK=sloopveth$n"
        echo "SLOOP_TEST_NETNS${n}_HOSTKEY=$state/hostkey_ns${n}_ed25519"
    done
} >"$state/env"
log "environment for the tests: $state/env"
