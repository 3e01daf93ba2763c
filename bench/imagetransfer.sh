#!/usr/bin/env bash
# Push and pull of a big image as a person feels them, whole processes in one
# run against Debian's docker-registry on 127.0.0.1:5000 (scripts/
# test-services.sh): two images of SIZE_MB random bytes each (one for each
# side, so neither finds the other's layer already in the registry), pushed
# by `sloop images push` and by `docker push`, then removed from the engine
# and pulled back by `sloop images pull` and `docker pull`. The engine moves
# the bytes either way; what differs is how each asks and follows. Goal
# (issue 14): sloop >= 0.9x docker's speed, i.e. time ratio <= 1.11.
#
#   bench/imagetransfer.sh [SLOOP_BINARY]
#   SIZE_MB=500 bench/imagetransfer.sh build/app/sloop
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SLOOP=${1:-$ROOT/build/app/sloop}
RUN_DIR=${RUN_DIR:-/tmp/imagetransfer-bench}
SIZE_MB=${SIZE_MB:-500}
REGISTRY=${REGISTRY:-127.0.0.1:5000}

# shellcheck source=lib/processes.sh
source "$HERE/lib/processes.sh"
require_tools docker python3
[[ -x $SLOOP ]] || { say "no sloop binary at $SLOOP (build first)"; exit 2; }
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"/{config,data}
export XDG_CONFIG_HOME=$RUN_DIR/config XDG_DATA_HOME=$RUN_DIR/data
"$SLOOP" registries add bench "http://$REGISTRY" >/dev/null

stamp=$(date +%s)
make_image() { # NAME: SIZE_MB of random bytes in one layer over the test busybox
    printf 'FROM sloop-test/busybox:latest\nRUN dd if=/dev/urandom of=/blob bs=1048576 count=%s 2>/dev/null\n' "$SIZE_MB" |
        docker build -q --no-cache -t "$1" - >/dev/null || { say "cannot build $1"; exit 2; }
}
ours=sloop-bench/big-sloop:$stamp theirs=$REGISTRY/sloop-bench/big-docker:$stamp
make_image "$ours"
make_image "$theirs"

now() { date +%s.%N; }
timed() { local t0 t1; t0=$(now); "$@" >/dev/null 2>&1 || say "failed: $*"; t1=$(now); python3 -c "print('%.2f' % ($t1-$t0))"; }
push_sloop=$(timed "$SLOOP" images push "$ours" --registry bench)
push_docker=$(timed docker push "$theirs")
docker rmi -f "$ours" "$REGISTRY/$ours" "$theirs" >/dev/null 2>&1
pull_sloop=$(timed "$SLOOP" images pull "$ours" --registry bench)
pull_docker=$(timed docker pull "$theirs")
docker rmi -f "$ours" "$REGISTRY/$ours" "$theirs" >/dev/null 2>&1

ratio() { python3 -c "print('%.2f' % ($1 / $2))"; }
echo "imagetransfer: a ${SIZE_MB} MB layer to and from $REGISTRY (one run each)"
printf '  push: sloop %6s s   docker %6s s   time ratio %s (goal <= 1.11)\n' \
    "$push_sloop" "$push_docker" "$(ratio "$push_sloop" "$push_docker")"
printf '  pull: sloop %6s s   docker %6s s   time ratio %s (goal <= 1.11)\n' \
    "$pull_sloop" "$pull_docker" "$(ratio "$pull_sloop" "$pull_docker")"
echo "  reproduce: SIZE_MB=$SIZE_MB bench/imagetransfer.sh $SLOOP"
