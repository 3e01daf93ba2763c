#!/usr/bin/env bash
# A host behind a jump host, as a person feels it: whole `sloop hosts exec`
# processes against OpenSSH's `ssh -J`, alternated in one run, to the sshd in
# the sloop-ns6 namespace that only sloop-ns5's sshd reaches
# (scripts/start-netns-sshd.sh). Three figures, medians of ROUNDS: a command
# that prints nothing (connect through the hop, log in twice, run), MB bytes
# down (the pump thread and its windows), and the same bytes up.
#
#   bench/jumphost.sh [SLOOP_BINARY]
#   ROUNDS=7 MB=64 bench/jumphost.sh build/app/sloop
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SLOOP=${1:-$ROOT/build/app/sloop}
ROUNDS=${ROUNDS:-7}
MB=${MB:-64}
STATE=${SLOOP_TEST_STATE:-/tmp/sloop-test-services}
RUN_DIR=${RUN_DIR:-/tmp/jumphost-bench}

# shellcheck source=lib/processes.sh
source "$HERE/lib/processes.sh"
require_tools ssh python3
[[ -x $SLOOP ]] || { say "no sloop binary at $SLOOP (build first)"; exit 2; }
# shellcheck disable=SC1091
source "$STATE/netns/env" 2>/dev/null || { say "no $STATE/netns/env (scripts/test-services.sh)"; exit 2; }
KEY=$STATE/sshd/id_ed25519
USER_NAME=slooptest
[ -n "${SLOOP_TEST_JUMP_HOST:-}" ] || { say "no jump host in $STATE/netns/env"; exit 2; }

rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"/{config,data,home/.ssh}
export XDG_CONFIG_HOME=$RUN_DIR/config XDG_DATA_HOME=$RUN_DIR/data HOME=$RUN_DIR/home
unset SSH_AUTH_SOCK
"$SLOOP" hosts add bastion --address "$SLOOP_TEST_JUMP_HOST" --user $USER_NAME --identity "$KEY" >/dev/null
"$SLOOP" hosts add behind --address "$SLOOP_TEST_BEHIND_HOST" --user $USER_NAME --identity "$KEY" \
    --jump bastion >/dev/null
"$SLOOP" hosts exec behind --accept-new-host-key -- true 2>/dev/null # the jump host's key
"$SLOOP" hosts exec behind --accept-new-host-key -- true 2>/dev/null # the target's
SSH=(ssh -F /dev/null -o BatchMode=yes -o UserKnownHostsFile="$HOME/.ssh/known_hosts"
     -o StrictHostKeyChecking=yes -i "$KEY" -o IdentitiesOnly=yes)
# OpenSSH's -J runs a second ssh for the hop: it needs the same options.
JUMP="$USER_NAME@$SLOOP_TEST_JUMP_HOST"
OPENSSH=("${SSH[@]}" -o "ProxyCommand=ssh -F /dev/null -o BatchMode=yes -o UserKnownHostsFile=$HOME/.ssh/known_hosts -i $KEY -o IdentitiesOnly=yes -W %h:%p $JUMP" "$USER_NAME@$SLOOP_TEST_BEHIND_HOST")
"${OPENSSH[@]}" true || { say "OpenSSH cannot reach $SLOOP_TEST_BEHIND_HOST through $JUMP"; exit 1; }

now() { date +%s.%N; }
median() { python3 -c 'import sys,statistics; print("%.3f" % statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }
timed() { local t0 t1; t0=$(now); "$@" >/dev/null 2>&1 || say "failed: $*"; t1=$(now); python3 -c "print($t1-$t0)"; }
up() { head -c "${MB}M" /dev/zero | "$@"; }
s_true=() o_true=() s_down=() o_down=() s_up=() o_up=()
for _ in $(seq "$ROUNDS"); do
    s_true+=("$(timed "$SLOOP" hosts exec behind -- true)")
    o_true+=("$(timed "${OPENSSH[@]}" true)")
    s_down+=("$(timed "$SLOOP" hosts exec behind -- head -c "${MB}M" /dev/zero)")
    o_down+=("$(timed "${OPENSSH[@]}" head -c "${MB}M" /dev/zero)")
    s_up+=("$(timed up "$SLOOP" hosts exec behind -- wc -c)")
    o_up+=("$(timed up "${OPENSSH[@]}" wc -c)")
done
report() { # label sloop-times openssh-times
    local s o
    s=$(median $2) o=$(median $3)
    printf '  %-34s sloop %6s s   ssh -J %6s s   ratio %s\n' "$1" "$s" "$o" \
        "$(python3 -c "print('%.2f' % ($s / $o))")"
}
echo "jump host: $SLOOP_TEST_BEHIND_HOST through $SLOOP_TEST_JUMP_HOST (median of $ROUNDS, whole processes)"
report "exec true" "${s_true[*]}" "${o_true[*]}"
report "$MB MB down (head -c)" "${s_down[*]}" "${o_down[*]}"
report "$MB MB up (stdin to wc -c)" "${s_up[*]}" "${o_up[*]}"
echo "reproduce: bench/jumphost.sh $SLOOP"
