#!/usr/bin/env bash
# Starts private OpenSSH servers for the SSH tests, never the system's sshd.
# Idempotent: a server that already answers is reused.
#
#   scripts/start-sshd.sh                     main sshd on 127.0.0.1:2222 and the
#                                             alternate-key sshd on 127.0.0.1:2223
#   scripts/start-sshd.sh --alt-hostkey PORT  only the alternate-key sshd, on PORT
#
# The alternate server presents a different host key, so a test that records
# the main server's key for [127.0.0.1]:2223 sees a changed key. Everything
# lives in $state (host keys, client keys, config, pid files, logs); the
# tests read $state/env. Exits non-zero when a server does not answer.
set -euo pipefail
state=${SLOOP_TEST_STATE:-/tmp/sloop-test-services}/sshd
port=${SLOOP_TEST_SSH_PORT:-2222}
alt_port=${SLOOP_TEST_SSH_ALT_PORT:-2223}
kbd_port=${SLOOP_TEST_SSH_KBD_PORT:-2224}
user=slooptest
password=sloop-test-pw
passphrase=sloop-test-passphrase
only_alt=0
if [ "${1:-}" = --alt-hostkey ]; then
    only_alt=1
    alt_port=${2:?usage: start-sshd.sh --alt-hostkey PORT}
fi

log() { echo "sshd: $*"; }
sshd_bin=$(command -v sshd || echo /usr/sbin/sshd)
[ -x "$sshd_bin" ] || { log "sshd is missing: install openssh-server (scripts/deps.sh test)"; exit 1; }
[ "$(id -u)" -eq 0 ] || { log "must run as root (sshd checks passwords and switches users)"; exit 1; }
mkdir -p "$state" /run/sshd
chmod 755 "$state"

# --- keys --------------------------------------------------------------------
[ -f "$state/hostkey_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C sloop-test-host -f "$state/hostkey_ed25519"
[ -f "$state/hostkey_alt_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C sloop-test-host-alt -f "$state/hostkey_alt_ed25519"
[ -f "$state/id_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C sloop-test-key -f "$state/id_ed25519"
[ -f "$state/id_ed25519_encrypted" ] ||
    ssh-keygen -q -t ed25519 -N "$passphrase" -C sloop-test-key-encrypted -f "$state/id_ed25519_encrypted"
cat "$state/id_ed25519.pub" "$state/id_ed25519_encrypted.pub" >"$state/authorized_keys"
# sshd's StrictModes wants the keys file and its folders owned by root or the user.
chmod 644 "$state/authorized_keys"
chmod 600 "$state"/hostkey_* "$state"/id_ed25519 "$state"/id_ed25519_encrypted

# --- the test user -------------------------------------------------------------
if ! id "$user" >/dev/null 2>&1; then
    useradd --create-home --shell /bin/sh "$user"
fi
echo "$user:$password" | chpasswd
# The forward tests reach /var/run/docker.sock through sshd as this user.
if getent group docker >/dev/null && ! id -nG "$user" | tr ' ' '\n' | grep -qx docker; then
    usermod -aG docker "$user"
fi

# --- servers -------------------------------------------------------------------
answers() { # port: sshd sends its banner first
    timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1; head -c 4 <&3" 2>/dev/null | grep -q '^SSH-'
}

start() { # name port hostkey [kbd]
    local name=$1 p=$2 key=$3 mode=${4:-all}
    # "kbd": keyboard-interactive through PAM only, as many distributions'
    # servers are set up; the others take passwords and keys directly.
    local pam=no password=yes pubkey=yes
    [ "$mode" = kbd ] && { pam=yes; password=no; pubkey=no; }
    if answers "$p"; then
        log "$name already answers on 127.0.0.1:$p"
        return 0
    fi
    cat >"$state/$name.conf" <<CONF
ListenAddress 127.0.0.1
Port $p
HostKey $key
PidFile $state/$name.pid
AuthorizedKeysFile $state/authorized_keys
PasswordAuthentication $password
KbdInteractiveAuthentication yes
PubkeyAuthentication $pubkey
UsePAM $pam
PermitRootLogin no
AllowUsers $user
StrictModes no
MaxStartups 100:30:200
MaxSessions 100
LogLevel VERBOSE
Subsystem sftp internal-sftp
# Socket forwarding (direct-streamlocal) to the engine's socket; the default,
# stated because the forward tests depend on it.
AllowStreamLocalForwarding yes
CONF
    "$sshd_bin" -t -f "$state/$name.conf" || { log "config $state/$name.conf is invalid"; exit 1; }
    "$sshd_bin" -f "$state/$name.conf" -E "$state/$name.log"
    for _ in $(seq 1 50); do answers "$p" && break; sleep 0.1; done
    answers "$p" || { log "$name did not answer on 127.0.0.1:$p:"; tail -20 "$state/$name.log"; exit 1; }
    log "$name listening on 127.0.0.1:$p (pid $(cat "$state/$name.pid"))"
}

[ "$only_alt" = 1 ] || start main "$port" "$state/hostkey_ed25519"
start alt "$alt_port" "$state/hostkey_alt_ed25519"
[ "$only_alt" = 1 ] || start kbd "$kbd_port" "$state/hostkey_ed25519" kbd

cat >"$state/env" <<ENV
SLOOP_TEST_SSH_HOST=127.0.0.1
SLOOP_TEST_SSH_PORT=$port
SLOOP_TEST_SSH_ALT_PORT=$alt_port
SLOOP_TEST_SSH_KBD_PORT=$kbd_port
SLOOP_TEST_SSH_USER=$user
SLOOP_TEST_SSH_PASSWORD=$password
SLOOP_TEST_SSH_KEY=$state/id_ed25519
SLOOP_TEST_SSH_KEY_ENCRYPTED=$state/id_ed25519_encrypted
SLOOP_TEST_SSH_PASSPHRASE=$passphrase
SLOOP_TEST_SSH_HOSTKEY=$state/hostkey_ed25519
SLOOP_TEST_SSH_HOSTKEY_ALT=$state/hostkey_alt_ed25519
ENV
log "key: $state/id_ed25519"
log "encrypted key: $state/id_ed25519_encrypted (passphrase $passphrase)"
log "environment for the tests: $state/env"
