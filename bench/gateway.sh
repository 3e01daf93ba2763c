#!/usr/bin/env bash
# The API gateway under load, beside nginx (one worker), in one run, on
# 127.0.0.1 only: a fixed reply (a mock route vs nginx's `return 200`), a
# plain HTTP backend (the gateway's HTTP integration vs nginx proxy_pass vs
# the backend reached directly), and a Python function behind a route. wrk
# makes the load, also through a JWT authorizer (an RS256 token checked each
# request) and to the function through a stage cache; the gateway is a
# whole `sloop serve` over private XDG
# folders. Prints req/s, p50 and p99 and the ratios the issue sets goals for.
#
#   bench/gateway.sh [SLOOP_BINARY]
#   DURATION=5s CONNS=50 bench/gateway.sh build/app/sloop
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SLOOP=${1:-$ROOT/build/app/sloop}
RUN_DIR=${RUN_DIR:-/tmp/gateway-bench}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNS=${CONNS:-50}
BASE_PORT=${BASE_PORT:-18180}
UP_PORT=$BASE_PORT PEER_PORT=$((BASE_PORT + 1)) GW_PORT=$((BASE_PORT + 2))

unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export no_proxy='*' NO_PROXY='*'
ulimit -n 8192 2>/dev/null || true
PATH=$PATH:/usr/sbin

# shellcheck source=lib/processes.sh
source "$HERE/lib/processes.sh"
require_tools wrk nginx python3 curl
[[ -x $SLOOP ]] || { say "no sloop binary at $SLOOP (build first)"; exit 2; }
refuse_busy_ports "$UP_PORT" "$PEER_PORT" "$GW_PORT"

rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"/{config,data,runtime,code}
chmod 700 "$RUN_DIR/runtime"
export XDG_CONFIG_HOME=$RUN_DIR/config XDG_DATA_HOME=$RUN_DIR/data XDG_RUNTIME_DIR=$RUN_DIR/runtime

start_nginx() { # DIR PORT: the httpserving bench's config, one worker
    local dir=$1 port=$2
    mkdir -p "$dir"
    sed -e "s|@DIR@|$dir|g" -e "s|@PORT@|$port|g" -e "s|@UPSTREAM_PORT@|$UP_PORT|g" \
        "$HERE/httpserving/nginx.conf.in" >"$dir/nginx.conf"
    nginx -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" >"$dir/stdout.log" 2>&1 &
    PIDS+=("$!")
}
start_nginx "$RUN_DIR/upstream" "$UP_PORT"
start_nginx "$RUN_DIR/peer" "$PEER_PORT"
wait_port "$UP_PORT" && wait_port "$PEER_PORT" || { say "nginx did not start"; exit 1; }

cat >"$RUN_DIR/code/app.py" <<'EOF'
def handler(event, context):
    return {"statusCode": 200, "headers": {"content-type": "text/plain"}, "body": "hello, world\n"}
EOF
fn=gwbench-$$
"$SLOOP" functions create "$fn" --code "$RUN_DIR/code" >/dev/null || { say "functions create failed"; exit 1; }
"$SLOOP" apis create bench --port "$GW_PORT" >/dev/null
"$SLOOP" routes add bench 'GET /fixed' --mock 200 --body 'hello, world' >/dev/null
"$SLOOP" routes add bench 'GET /proxy' --url "http://127.0.0.1:$UP_PORT/fixed" >/dev/null
"$SLOOP" routes add bench 'GET /fn' --function "$fn" >/dev/null
# An identity provider's key and a token it signed, for a JWT route.
openssl genrsa -out "$RUN_DIR/rsa.pem" 2048 2>/dev/null
TOKEN=$(python3 - "$RUN_DIR" <<'PY'
import base64, json, subprocess, sys, time
d = sys.argv[1]
b64 = lambda b: base64.urlsafe_b64encode(b).decode().rstrip("=")
n = int(subprocess.check_output(["openssl", "rsa", "-in", f"{d}/rsa.pem", "-noout", "-modulus"],
                                stderr=subprocess.DEVNULL).decode().split("=")[1], 16)
json.dump({"keys": [{"kty": "RSA", "kid": "b", "n": b64(n.to_bytes(256, "big")), "e": "AQAB"}]},
          open(f"{d}/jwks.json", "w"))
head = b64(json.dumps({"alg": "RS256", "kid": "b"}).encode())
body = b64(json.dumps({"iss": "https://id.bench", "aud": "bench", "exp": int(time.time()) + 3600}).encode())
sig = subprocess.run(["openssl", "dgst", "-sha256", "-sign", f"{d}/rsa.pem"],
                     input=f"{head}.{body}".encode(), capture_output=True).stdout
print(f"{head}.{body}.{b64(sig)}")
PY
)
"$SLOOP" authorizers create bench idp --type jwt --issuer https://id.bench --audience bench \
    --jwks "$RUN_DIR/jwks.json" >/dev/null
"$SLOOP" routes add bench 'GET /jwt' --mock 200 --body 'hello, world' --authorizer idp >/dev/null
"$SLOOP" stages deploy bench '$default' >/dev/null
"$SLOOP" stages deploy bench cached >/dev/null
"$SLOOP" stages cache bench cached --ttl 300 >/dev/null
"$SLOOP" serve >"$RUN_DIR/serve.log" 2>&1 &
PIDS+=("$!")
wait_port "$GW_PORT" || { say "the gateway did not start: $RUN_DIR/serve.log"; exit 1; }
curl -fsS "http://127.0.0.1:$GW_PORT/fn" >/dev/null || { say "the function route failed"; exit 1; }
curl -fsS -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$GW_PORT/jwt" >/dev/null ||
    { say "the JWT route refused the token"; exit 1; }

run() { # LABEL URL [HEADER]: one wrk run, parsed to "label req/s p50_ms p99_ms"
    local label=$1 url=$2 out
    local -a header=()
    [[ $# -ge 3 ]] && header=(-H "$3")
    out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "${header[@]}" "$url" 2>&1)
    python3 - "$label" <<PY
import re, sys
text = """$out"""
def ms(v):
    n, unit = float(re.match(r"([\d.]+)", v).group(1)), re.sub(r"[\d.]", "", v)
    return n * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(re.search(r"50%\s+(\S+)", text).group(1))
p99 = ms(re.search(r"99%\s+(\S+)", text).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(sys.argv[1], f"{rps:.0f}", f"{p50:.3f}", f"{p99:.3f}", errors.group(1) if errors else 0)
PY
}

results=$RUN_DIR/results.txt
: >"$results"
run backend-direct "http://127.0.0.1:$UP_PORT/fixed" >>"$results"
run nginx-fixed "http://127.0.0.1:$PEER_PORT/fixed" >>"$results"
run gateway-mock "http://127.0.0.1:$GW_PORT/fixed" >>"$results"
run nginx-proxy "http://127.0.0.1:$PEER_PORT/proxy" >>"$results"
run gateway-http "http://127.0.0.1:$GW_PORT/proxy" >>"$results"
run gateway-jwt "http://127.0.0.1:$GW_PORT/jwt" "Authorization: Bearer $TOKEN" >>"$results"
run gateway-function "http://127.0.0.1:$GW_PORT/fn" >>"$results"
run gateway-function-cached "http://127.0.0.1:$GW_PORT/cached/fn" >>"$results"
"$SLOOP" functions rm "$fn" >/dev/null 2>&1

python3 - "$results" "$DURATION" "$THREADS" "$CONNS" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    label, rps, p50, p99, errors = line.split()
    rows[label] = (float(rps), float(p50), float(p99), int(errors))
print(f"## API gateway under load (wrk -t{sys.argv[3]} -c{sys.argv[4]} -d{sys.argv[2]}, nginx one worker)")
print()
print("| target | req/s | p50 ms | p99 ms | non-2xx |")
print("|---|---:|---:|---:|---:|")
for label, (rps, p50, p99, errors) in rows.items():
    print(f"| {label} | {rps:.0f} | {p50:.3f} | {p99:.3f} | {errors} |")
print()
def ratio(a, b):
    return rows[a][0] / rows[b][0]
print(f"mock reply vs nginx return 200: {ratio('gateway-mock', 'nginx-fixed'):.2f}x req/s (goal >= 0.5x)")
print(f"HTTP backend via gateway vs nginx proxy_pass: {ratio('gateway-http', 'nginx-proxy'):.2f}x req/s (goal >= 0.9x)")
print(f"added at p50 over the backend direct: {rows['gateway-http'][1] - rows['backend-direct'][1]:.3f} ms (goal <= 1 ms)")
print(f"function route: {rows['gateway-function'][0]:.0f} req/s, p50 {rows['gateway-function'][1]:.2f} ms")
print(f"JWT-checked mock vs plain mock: {ratio('gateway-jwt', 'gateway-mock'):.2f}x req/s")
print(f"function route from the stage cache: {rows['gateway-function-cached'][0]:.0f} req/s "
      f"({ratio('gateway-function-cached', 'gateway-function'):.0f}x the uncached)")
PY
say "reproduce: DURATION=$DURATION THREADS=$THREADS CONNS=$CONNS bench/gateway.sh $SLOOP"
