#!/bin/sh
# sloop-init: the main process of a Sloop system container.
#
# A container has no systemd. The engine's own init (docker-init, i.e. tini,
# asked for with HostConfig.Init) is PID 1 and reaps orphaned processes; this
# script is its only child. It prepares SSH, runs the instance's boot
# commands, starts sshd and the enabled SysV services, and on SIGTERM (docker
# stop) stops them again and exits 0, so a stop is clean and quick.
#
# Sloop passes it as `sh -c SCRIPT sloop-init`, so it works in any Debian or
# Ubuntu image without copying files in. Environment:
#   SLOOP_INSTANCE_ID     the instance's id; kept by a recreate, new for an
#                         instance made from another one's snapshot
#   SLOOP_AUTHORIZED_KEY  a public key line for root (written on the first
#                         boot of an instance)
# Files:
#   /var/lib/sloop/bootcmd.sh    run on every boot before sshd (cloud-init's bootcmd)
#   /var/lib/sloop/instance-id   the id of the instance these files belong to
# Everything it says goes to the container's log (docker logs).

PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH
umask 022

log() { echo "sloop-init: $*" >&2; }

state=/var/lib/sloop
mkdir -p "$state"

# --- sshd: a plain debian:bookworm has none; install it first -----------------
if [ ! -x /usr/sbin/sshd ]; then
    log "openssh-server is missing; installing it with apt"
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -q &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            openssh-server; } >&2; then
        log "cannot install openssh-server; the instance has no SSH"
        exit 1
    fi
fi

# --- first boot of this instance ------------------------------------------------
# A snapshot of another instance carries its host keys and id: a new
# instance made from it gets keys of its own (a recreate keeps the id, so
# its keys stay and known_hosts entries remain true).
instance_id=${SLOOP_INSTANCE_ID:-}
recorded=$(cat "$state/instance-id" 2>/dev/null || true)
first_boot=no
if [ ! -e "$state/instance-id" ] || [ "$instance_id" != "$recorded" ]; then
    first_boot=yes
    if [ -n "$recorded" ]; then
        log "made from a snapshot of instance $recorded: new host keys"
        rm -f /etc/ssh/ssh_host_*
    fi
    if [ -n "${SLOOP_AUTHORIZED_KEY:-}" ]; then
        mkdir -p /root/.ssh
        chmod 700 /root/.ssh
        touch /root/.ssh/authorized_keys
        chmod 600 /root/.ssh/authorized_keys
        grep -qxF -- "$SLOOP_AUTHORIZED_KEY" /root/.ssh/authorized_keys ||
            printf '%s\n' "$SLOOP_AUTHORIZED_KEY" >>/root/.ssh/authorized_keys
    fi
fi
unset SLOOP_AUTHORIZED_KEY SLOOP_INSTANCE_ID

# --- host keys: made here, so every instance has its own ----------------------
# ed25519 and ECDSA now (milliseconds); RSA (a 3072-bit key takes a CPU
# second or more) after sshd is up, served from the next boot. Only missing
# keys are made, so a restart keeps them.
for type in ed25519 ecdsa; do
    key=/etc/ssh/ssh_host_${type}_key
    [ -s "$key" ] || ssh-keygen -q -t "$type" -N '' -f "$key" >&2 ||
        log "ssh-keygen -t $type failed"
done
mkdir -p /run/sshd
chmod 755 /run/sshd
[ "$first_boot" = no ] || printf '%s\n' "$instance_id" >"$state/instance-id"

# --- bootcmd: every boot, before anything else is up ---------------------------
if [ -f "$state/bootcmd.sh" ]; then
    log "running $state/bootcmd.sh"
    sh "$state/bootcmd.sh" >&2 || log "bootcmd.sh failed with status $?"
fi

# The enabled SysV services: what `apt-get install nginx` links into rc2.d
# (invoke-rc.d does not start them in a container; this does, at boot). ssh
# is left out: sshd runs in the foreground below.
services() {
    for s in /etc/rc2.d/S*; do
        [ -x "$s" ] || continue
        case ${s##*/} in
        S[0-9][0-9]ssh) continue ;;
        esac
        echo "$s"
    done
}

sshd_pid=
start_sshd() {
    /usr/sbin/sshd -D -e &
    sshd_pid=$!
}

stop() {
    trap '' TERM INT
    log "stopping"
    # Reverse start order. rc0.d is not used: it also holds scripts for the
    # hardware (hwclock, networking) that a container does not have.
    for s in $(services | sort -r); do
        "$s" stop >&2 || log "$s stop failed"
    done
    [ -n "$sshd_pid" ] && kill -TERM "$sshd_pid" 2>/dev/null && wait "$sshd_pid"
    log "stopped"
    exit 0
}
trap stop TERM INT

# sshd first: the instance is reachable while slower services come up.
start_sshd
[ -s /etc/ssh/ssh_host_rsa_key ] || { ssh-keygen -A >/dev/null 2>&1 & }
for s in $(services); do
    log "starting ${s##*/}"
    "$s" start >&2 </dev/null || log "$s start failed"
done
log "ready"

# Wait; `wait` returns early when a trapped signal arrives (stop runs). A
# crashed sshd is started again, so the instance stays reachable.
while :; do
    wait "$sshd_pid"
    status=$?
    if ! kill -0 "$sshd_pid" 2>/dev/null; then
        log "sshd ended with status $status; starting it again"
        sleep 1
        start_sshd
    fi
done
