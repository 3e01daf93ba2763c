#!/usr/bin/env bash
# HTTP client benchmark for Sloop's core (registries, webhooks, integrations):
# QNetworkAccessManager 6.4 beside libcurl's multi interface, the latter both
# in a curl_multi_poll() loop and on Qt's event loop, in one run, against one
# nginx on 127.0.0.1 (HTTP, HTTPS with a CA made here, HTTP/2, client certs).
# Installs nothing (scripts/deps.sh bench); builds the clients into $BUILD_DIR
# if needed (-j1); runs each measurement per client; repeats the round in
# reverse order; prints markdown tables; stops everything it started.
#
#   bench/httpclient/run.sh              # the defaults below
#   ROUNDS=1 COLD=5 bench/httpclient/run.sh
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD_DIR=${BUILD_DIR:-/tmp/httpclient-build}
RUN_DIR=${RUN_DIR:-/tmp/httpclient-run}
ROUNDS=${ROUNDS:-2}
SEQ=${SEQ:-10000}               # sequential keep-alive GETs (after 100 warm-up)
CONC_TOTAL=${CONC_TOTAL:-20000} # concurrent GETs in all ...
CONC=${CONC:-64}                # ... this many in flight
BIG_MIB=${BIG_MIB:-100}
COLD=${COLD:-20} # timed cold starts per client (after one untimed)
BASE_PORT=${BASE_PORT:-18180}
CLIENTS=(qnam curl curlqt)

HTTP_PORT=$BASE_PORT
HTTPS_PORT=$((BASE_PORT + 1))
H2_PORT=$((BASE_PORT + 2))
MTLS_PORT=$((BASE_PORT + 3))
PROXY_PORT=$((BASE_PORT + 4))

# Loopback only: no proxy may be picked up from the environment (the feature
# check sets its own).
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export no_proxy='*' NO_PROXY='*'
ulimit -n 8192 2>/dev/null || true
PATH=$PATH:/usr/sbin

STOP_SIGNAL=QUIT # nginx flushes its access log (the connection counts)
# shellcheck source=../lib/processes.sh
source "$HERE/../lib/processes.sh"
require_tools cmake c++ nginx openssl curl python3 timeout

refuse_busy_ports "$HTTP_PORT" "$HTTPS_PORT" "$H2_PORT" "$MTLS_PORT" "$PROXY_PORT"
build_bench "$HERE" "$BUILD_DIR"

rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"
cd "$RUN_DIR" || exit 1

# A CA, a server certificate for 127.0.0.1 signed by it, and a client
# certificate (P-256, two days).
newkey() { openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "$@" 2>>openssl.log; }
sign() { # NAME EXTENSIONS
    openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -out "$1.pem" \
        -extfile <(printf '%b' "$2") 2>>openssl.log
}
newkey -x509 -days 2 -subj "/CN=Sloop bench CA" -keyout ca.key -out ca.pem &&
    newkey -subj "/CN=127.0.0.1" -keyout server.key -out server.csr &&
    sign server 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth' &&
    newkey -subj "/CN=sloop-bench-client" -keyout client.key -out client.csr &&
    sign client 'extendedKeyUsage=clientAuth' ||
    { say "openssl failed: $RUN_DIR/openssl.log"; exit 1; }

truncate -s "$((BIG_MIB << 20))" big.bin
small=$(head -c 199 /dev/zero | tr '\0' a) # + "\n": 200 bytes
sed -e "s|@DIR@|$RUN_DIR|g" -e "s|@SMALL@|$small\\\\n|g" -e "s|@HTTP_PORT@|$HTTP_PORT|g" \
    -e "s|@HTTPS_PORT@|$HTTPS_PORT|g" -e "s|@H2_PORT@|$H2_PORT|g" -e "s|@MTLS_PORT@|$MTLS_PORT|g" \
    -e "s|@PROXY_PORT@|$PROXY_PORT|g" "$HERE/nginx.conf.in" >nginx.conf
nginx -e "$RUN_DIR/error.log" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" >nginx.out 2>&1 &
NGINX_PID=$!
PIDS+=("$NGINX_PID")
for p in "$HTTP_PORT" "$HTTPS_PORT" "$H2_PORT" "$MTLS_PORT" "$PROXY_PORT"; do
    wait_port "$p" || { say "nginx did not listen on $p (see $RUN_DIR/error.log)"; exit 1; }
done

# The server as the clients will see it, checked with curl(1).
expect() { # WHAT GOT WANTED
    [[ $2 == "$3" ]] && return 0
    say "CHECK FAILED: $1: got '$2', wanted '$3'"
    exit 1
}
C=(curl -s -m 10 --cacert ca.pem -o /dev/null)
expect "HTTP /small" "$("${C[@]}" -w '%{http_code} %{size_download}' "http://127.0.0.1:$HTTP_PORT/small")" "200 200"
expect "HTTPS /small" "$("${C[@]}" -w '%{http_code} %{http_version}' "https://127.0.0.1:$HTTPS_PORT/small")" "200 1.1"
expect "HTTPS /big" "$("${C[@]}" -w '%{size_download}' "https://127.0.0.1:$HTTPS_PORT/big")" "$((BIG_MIB << 20))"
expect "HTTP/2 /small" "$("${C[@]}" -w '%{http_code} %{http_version}' "https://127.0.0.1:$H2_PORT/small")" "200 2"
expect "mTLS without a certificate" "$("${C[@]}" -w '%{http_code}' "https://127.0.0.1:$MTLS_PORT/small")" "400"

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

{
    echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), Debian $(cat /etc/debian_version), kernel $(uname -r)"
    echo "runs: $SEQ sequential GETs (+100 warm-up), $CONC_TOTAL GETs $CONC at a time, $BIG_MIB MiB download, $COLD cold starts; rounds: $ROUNDS"
    echo "packages: $(dpkg-query -W -f '${Package}=${Version} ' qt6-base-dev libcurl4-openssl-dev libnghttp2-14 libssl3 nginx curl 2>/dev/null)"
} >header.txt
echo "start $(loadavg)" >load.txt

client() { # NAME OUT ARGS...: one client run, its JSON to OUT
    local name=$1 out=$2
    shift 2
    timeout 120 "$BUILD_DIR/httpclient-$name" --ca ca.pem "$@" >"$out" 2>"${out%.json}.err" ||
        { say "  $name $1 failed (see ${out%.json}.err)"; FAILED=1; }
}

cold() { # OUT CMD...: COLD wall times in µs, after one untimed run (page cache)
    local out=$1 i t0 t1
    shift
    "$@" >/dev/null 2>>"$out.err" || { say "  cold start failed: $* (see $out.err)"; FAILED=1; return; }
    for i in $(seq "$COLD"); do
        t0=$EPOCHREALTIME
        "$@" >/dev/null 2>>"$out.err" || { echo fail >>"$out"; continue; }
        t1=$EPOCHREALTIME
        echo $((${t1/./} - ${t0/./})) >>"$out"
    done
}

H="http://127.0.0.1:$HTTP_PORT"
S="https://127.0.0.1:$HTTPS_PORT"
S2="https://127.0.0.1:$H2_PORT"
for round in $(seq "$ROUNDS"); do
    order=("${CLIENTS[@]}")
    if ((round % 2 == 0)); then # every other round in reverse, against drift
        order=()
        for ((i = ${#CLIENTS[@]} - 1; i >= 0; i--)); do order+=("${CLIENTS[i]}"); done
    fi
    echo "round $round $(loadavg)" >>load.txt
    for c in "${order[@]}"; do
        say "round $round: $c (load $(loadavg))"
        r="r$round-$c"
        client "$c" "$r-seq-http.json" load "$H/small?tag=$r-seq-http" "$SEQ" 1 100
        client "$c" "$r-seq-https.json" load "$S/small?tag=$r-seq-https" "$SEQ" 1 100
        client "$c" "$r-conc-h1.json" load "$S/small?tag=$r-conc-h1" "$CONC_TOTAL" "$CONC" 0
        client "$c" "$r-conc-h2.json" load "$S2/small?tag=$r-conc-h2" "$CONC_TOTAL" "$CONC" 0
        client "$c" "$r-stream-http.json" stream "$H/big?tag=$r-stream-http"
        client "$c" "$r-stream-https.json" stream "$S/big?tag=$r-stream-https"
        cold "$r-cold.txt" "$BUILD_DIR/httpclient-$c" --ca ca.pem one "$S/small?tag=$r-cold"
    done
    say "round $round: curl(1) cold start"
    cold "r$round-curlcli-cold.txt" curl -sS -o /dev/null --cacert ca.pem "$S/small?tag=r$round-curlcli-cold"
done

say "feature checks"
for c in "${CLIENTS[@]}"; do
    timeout 60 "$BUILD_DIR/httpclient-$c" --ca ca.pem --cert client.pem --key client.key \
        features "$S" "$S2" "https://127.0.0.1:$MTLS_PORT" >"features-$c.tsv" 2>"features-$c.err" &&
        env -u no_proxy -u NO_PROXY http_proxy="http://127.0.0.1:$PROXY_PORT" \
            timeout 60 "$BUILD_DIR/httpclient-$c" --ca ca.pem proxy >>"features-$c.tsv" 2>>"features-$c.err" ||
        { say "  $c: feature checks failed (see features-$c.err)"; FAILED=1; }
done
echo "end $(loadavg)" >>load.txt
stop_pid "$NGINX_PID" # flushes access.log, which report.py reads

python3 "$HERE/report.py" "$RUN_DIR" | tee table.md
reproduce "$RUN_DIR" ROUNDS=2 SEQ=10000 CONC_TOTAL=20000 CONC=64 BIG_MIB=100 COLD=20 \
    BASE_PORT=18180 BUILD_DIR=/tmp/httpclient-build RUN_DIR=/tmp/httpclient-run
exit "$FAILED"
