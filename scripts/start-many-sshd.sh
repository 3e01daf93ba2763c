#!/usr/bin/env bash
# Starts many private OpenSSH servers on loopback ports for the monitoring
# bench (sloop-bench-monitor50): one sshd per port, each a "host" of its own.
# Same user, client key and host key as scripts/start-sshd.sh (run first when
# its state is missing). Idempotent: a port that already answers is reused.
#
#   scripts/start-many-sshd.sh            ports 2300-2349
#   scripts/start-many-sshd.sh 2300 10    ports 2300-2309
#   scripts/start-many-sshd.sh --stop     stops the servers this script started
set -euo pipefail
cd "$(dirname "$0")/.."
base_state=${SLOOP_TEST_STATE:-/tmp/sloop-test-services}/sshd
state=$base_state/many
log() { echo "many-sshd: $*"; }

if [ "${1:-}" = --stop ]; then
    for pidfile in "$state"/*.pid; do
        [ -f "$pidfile" ] || continue
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
    done
    log "stopped"
    exit 0
fi
first=${1:-2300}
count=${2:-50}

sshd_bin=$(command -v sshd || echo /usr/sbin/sshd)
[ "$(id -u)" -eq 0 ] || { log "must run as root (sshd switches users)"; exit 1; }
[ -f "$base_state/env" ] || scripts/start-sshd.sh
# shellcheck disable=SC1091
. "$base_state/env"
mkdir -p "$state" /run/sshd

answers() { # port: sshd sends its banner first
    timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1; head -c 4 <&3" 2>/dev/null | grep -q '^SSH-'
}

started=0
for p in $(seq "$first" $((first + count - 1))); do
    answers "$p" && continue
    cat >"$state/$p.conf" <<CONF
ListenAddress 127.0.0.1
Port $p
HostKey $SLOOP_TEST_SSH_HOSTKEY
PidFile $state/$p.pid
AuthorizedKeysFile $base_state/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
UsePAM no
PermitRootLogin no
AllowUsers $SLOOP_TEST_SSH_USER
StrictModes no
MaxStartups 20:30:60
LogLevel ERROR
CONF
    "$sshd_bin" -f "$state/$p.conf" -E "$state/$p.log"
    started=$((started + 1))
done
for p in $(seq "$first" $((first + count - 1))); do
    for _ in $(seq 1 50); do answers "$p" && break; sleep 0.1; done
    answers "$p" || { log "no sshd answers on 127.0.0.1:$p:"; tail -5 "$state/$p.log"; exit 1; }
done
cat >"$state/env" <<ENV
SLOOP_MANY_SSHD_FIRST_PORT=$first
SLOOP_MANY_SSHD_COUNT=$count
ENV
log "$count sshd on 127.0.0.1:$first-$((first + count - 1)) ($started started now); user $SLOOP_TEST_SSH_USER, key $SLOOP_TEST_SSH_KEY"
