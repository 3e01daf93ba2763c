#!/usr/bin/env bash
# Registry listings as a person feels them, whole processes in one run
# against Debian's docker-registry on 127.0.0.1:5000 (scripts/test-services.sh):
# TAGS tags of one repository made by PUTting the test image's manifest under
# new names, then `sloop registries tags --names-only` vs curl on the same
# API, and `sloop registries tags` with every tag's manifest and config read
# and checked. Medians of ROUNDS. Goal (issue 14): names <= 1.2x curl.
#
#   bench/registry.sh [SLOOP_BINARY]
#   TAGS=500 ROUNDS=5 bench/registry.sh build/app/sloop
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SLOOP=${1:-$ROOT/build/app/sloop}
RUN_DIR=${RUN_DIR:-/tmp/registry-bench}
TAGS=${TAGS:-500}
ROUNDS=${ROUNDS:-5}
REGISTRY=${REGISTRY:-127.0.0.1:5000}
REPO=sloop-bench/tags

# shellcheck source=lib/processes.sh
source "$HERE/lib/processes.sh"
require_tools curl python3
[[ -x $SLOOP ]] || { say "no sloop binary at $SLOOP (build first)"; exit 2; }
MT=application/vnd.docker.distribution.manifest.v2+json
manifest=$(curl -fsS -H "Accept: $MT" "http://$REGISTRY/v2/sloop/busybox/manifests/latest") ||
    { say "no sloop/busybox:latest on $REGISTRY (scripts/test-services.sh)"; exit 2; }
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"/{config,data}
export XDG_CONFIG_HOME=$RUN_DIR/config XDG_DATA_HOME=$RUN_DIR/data
"$SLOOP" registries add bench "http://$REGISTRY" >/dev/null

# The blobs must be in the repository too: mount them from sloop/busybox.
for digest in $(printf '%s' "$manifest" | python3 -c 'import json,sys; m=json.load(sys.stdin); print(m["config"]["digest"]); [print(l["digest"]) for l in m["layers"]]'); do
    curl -fsS -o /dev/null -X POST "http://$REGISTRY/v2/$REPO/blobs/uploads/?mount=$digest&from=sloop/busybox"
done
have=$(curl -fsS "http://$REGISTRY/v2/$REPO/tags/list?n=100000" 2>/dev/null |
    python3 -c 'import json,sys; print(len(json.load(sys.stdin).get("tags") or []))' 2>/dev/null || echo 0)
if [ "$have" -lt "$TAGS" ]; then
    for i in $(seq 1 "$TAGS"); do
        printf '%s' "$manifest" | curl -fsS -o /dev/null -X PUT -H "Content-Type: $MT" \
            --data-binary @- "http://$REGISTRY/v2/$REPO/manifests/t$i"
    done
fi

now() { date +%s.%N; }
median() { python3 -c 'import sys,statistics; print("%.3f" % statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }
timed() { local t0 t1; t0=$(now); "$@" >/dev/null 2>&1 || say "failed: $*"; t1=$(now); python3 -c "print($t1-$t0)"; }
names=() curls=() details=()
for _ in $(seq "$ROUNDS"); do
    names+=("$(timed "$SLOOP" registries tags bench "$REPO" --names-only)")
    curls+=("$(timed curl -fsS "http://$REGISTRY/v2/$REPO/tags/list?n=100000")")
    details+=("$(timed "$SLOOP" registries tags bench "$REPO" --json)")
done
n=$(median "${names[@]}") c=$(median "${curls[@]}") d=$(median "${details[@]}")
echo "registry: $TAGS tags of one repository on $REGISTRY (median of $ROUNDS)"
printf '  sloop registries tags --names-only  %6s s\n  curl /v2/…/tags/list                %6s s   ratio %s (goal <= 1.2)\n' \
    "$n" "$c" "$(python3 -c "print('%.2f' % ($n / $c))")"
printf '  sloop registries tags (every manifest and config read and checked)  %s s\n' "$d"
echo "  reproduce: TAGS=$TAGS ROUNDS=$ROUNDS bench/registry.sh $SLOOP"
