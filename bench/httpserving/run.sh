#!/usr/bin/env bash
# HTTP/1.1 serving benchmark for Sloop's gateway: QHttpServer 6.4, Boost.Beast,
# cpp-httplib and libmicrohttpd beside nginx, in one run, on 127.0.0.1 only.
# Installs nothing (deps.txt lists the Debian packages); builds the servers
# into $BUILD_DIR if needed (-j1); starts an upstream nginx, then each server in
# turn; runs wrk on /fixed and /proxy and the idle-connection memory probe;
# repeats the round; prints a markdown table; stops everything it started.
#
#   bench/httpserving/run.sh                 # the defaults below
#   DURATION=3s ROUNDS=1 bench/httpserving/run.sh
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD_DIR=${BUILD_DIR:-/tmp/httpserving-build}
RUN_DIR=${RUN_DIR:-/tmp/httpserving-run}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-2}
THREADS=${THREADS:-2}
CONNS=${CONNS:-50}
IDLE=${IDLE:-1000}
BASE_PORT=${BASE_PORT:-18080}
CANDIDATES=(qhttpserver beast httplib mhd nginx)

UP_PORT=$BASE_PORT
declare -A PORT=([nginx]=$((BASE_PORT + 1)) [qhttpserver]=$((BASE_PORT + 2))
                 [beast]=$((BASE_PORT + 3)) [httplib]=$((BASE_PORT + 4)) [mhd]=$((BASE_PORT + 5)))

# Loopback only: no proxy may be picked up from the environment.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export no_proxy='*' NO_PROXY='*'
ulimit -n 8192 2>/dev/null || true
PATH=$PATH:/usr/sbin

CUR_PID=
# shellcheck source=../lib/processes.sh
source "$HERE/../lib/processes.sh"
require_tools cmake c++ wrk nginx python3 curl pgrep

refuse_busy_ports "$UP_PORT" "${PORT[@]}"
build_bench "$HERE" "$BUILD_DIR"

rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"

start_nginx() { # DIR PORT: one master + one worker, config from the template
    local dir=$1 port=$2
    mkdir -p "$dir"
    sed -e "s|@DIR@|$dir|g" -e "s|@PORT@|$port|g" -e "s|@UPSTREAM_PORT@|$UP_PORT|g" \
        "$HERE/nginx.conf.in" >"$dir/nginx.conf"
    nginx -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" >"$dir/stdout.log" 2>&1 &
    CUR_PID=$!
    PIDS+=("$CUR_PID")
}

start_candidate() { # NAME
    local name=$1
    if [[ $name == nginx ]]; then
        start_nginx "$RUN_DIR/nginx-peer" "${PORT[nginx]}"
    else
        "$BUILD_DIR/serve-$name" "${PORT[$name]}" "$UP_PORT" >>"$RUN_DIR/$name.log" 2>&1 &
        CUR_PID=$!
        PIDS+=("$CUR_PID")
    fi
    wait_port "${PORT[$name]}" || { say "$name did not listen on ${PORT[$name]}"; return 1; }
}

rss_pids() { # NAME: the processes that hold the connections
    if [[ $1 == nginx ]]; then pgrep -d, -P "$CUR_PID"; else echo "$CUR_PID"; fi
}

check() { # NAME PATH: 200 and exactly "hello, world\n"; notes if not kept alive
    local url="http://127.0.0.1:${PORT[$1]}$2" body="$RUN_DIR/check-$1-${2#/}.body" code
    code=$(curl -s -m 5 -o "$body" -w '%{http_code}' "$url")
    if [[ $(curl -s -m 5 -o /dev/null -o /dev/null -w '%{num_connects} ' "$url" "$url") != "1 0 " ]]; then
        say "note: $1 did not keep the connection alive after GET $2"
        echo "$1 did not keep the connection alive after GET $2 (two requests, two connections)" >>"$RUN_DIR/notes.txt"
    fi
    if [[ $code == 200 ]] && printf 'hello, world\n' | cmp -s - "$body"; then return 0; fi
    say "CHECK FAILED: $url answered $code: $(head -c 200 "$body" 2>/dev/null)"
    return 1
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

cpu_ticks() { # PIDS (comma-separated): user + system time of the processes, all threads
    local p total=0
    for p in ${1//,/ }; do total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
    echo "$total"
}

{
    echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), Debian $(cat /etc/debian_version), kernel $(uname -r)"
    echo "wrk: -t$THREADS -c$CONNS -d$DURATION --latency; idle connections: $IDLE; rounds: $ROUNDS"
    echo "packages: $(dpkg-query -W -f '${Package}=${Version} ' qt6-httpserver-dev libboost1.74-dev libcpp-httplib-dev libmicrohttpd-dev libcurl4-openssl-dev nginx wrk 2>/dev/null)"
} >"$RUN_DIR/header.txt"
echo "start $(loadavg)" >"$RUN_DIR/load.txt"

say "upstream nginx on 127.0.0.1:$UP_PORT"
start_nginx "$RUN_DIR/nginx-upstream" "$UP_PORT"
UPSTREAM_PID=$CUR_PID
wait_port "$UP_PORT" || { say "upstream nginx did not start (see $RUN_DIR/nginx-upstream/error.log)"; exit 1; }

for round in $(seq "$ROUNDS"); do
    order=("${CANDIDATES[@]}")
    if ((round % 2 == 0)); then # every other round in reverse, against drift
        order=()
        for ((i = ${#CANDIDATES[@]} - 1; i >= 0; i--)); do order+=("${CANDIDATES[i]}"); done
    fi
    echo "round $round $(loadavg)" >>"$RUN_DIR/load.txt"
    for name in "${order[@]}"; do
        say "round $round: $name on 127.0.0.1:${PORT[$name]} (load $(loadavg))"
        if ! start_candidate "$name" || ! check "$name" /fixed || ! check "$name" /proxy; then
            echo "$name" >>"$RUN_DIR/failed-r$round.txt"
            FAILED=1
            stop_pid "$CUR_PID"
            continue
        fi
        pids=$(rss_pids "$name")
        for path in fixed proxy; do
            wrk -t1 -c10 -d1s "http://127.0.0.1:${PORT[$name]}/$path" >/dev/null 2>&1 # warm-up
            t0=$(cpu_ticks "$pids")
            wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency \
                "http://127.0.0.1:${PORT[$name]}/$path" >"$RUN_DIR/wrk-r$round-$name-$path.txt" 2>&1
            echo "$(($(cpu_ticks "$pids") - t0)) $(getconf CLK_TCK)" >"$RUN_DIR/cpu-r$round-$name-$path.txt"
        done
        kill -0 "$CUR_PID" 2>/dev/null || { say "$name died under load"; echo "$name" >>"$RUN_DIR/failed-r$round.txt"; FAILED=1; }
        stop_pid "$CUR_PID"

        # Memory per idle connection, on a fresh process.
        if start_candidate "$name"; then
            timeout 60 python3 "$HERE/idleconns.py" "${PORT[$name]}" "$(rss_pids "$name")" "$IDLE" \
                >"$RUN_DIR/mem-r$round-$name.json" 2>"$RUN_DIR/mem-r$round-$name.err" ||
                say "idle-connection probe failed for $name (see $RUN_DIR/mem-r$round-$name.err)"
        fi
        stop_pid "$CUR_PID"
    done
done
echo "end $(loadavg)" >>"$RUN_DIR/load.txt"
stop_pid "$UPSTREAM_PID"

python3 "$HERE/report.py" "$RUN_DIR" | tee "$RUN_DIR/table.md"
reproduce "$RUN_DIR" DURATION=10s ROUNDS=2 THREADS=2 CONNS=50 IDLE=1000 BASE_PORT=18080 \
    BUILD_DIR=/tmp/httpserving-build RUN_DIR=/tmp/httpserving-run
exit "$FAILED"
