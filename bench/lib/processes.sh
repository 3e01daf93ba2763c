# Sourced by the standalone benchmarks' run.sh: the servers they start, and
# stopping exactly those (PIDS) however the run ends. STOP_SIGNAL (TERM by
# default; QUIT makes nginx flush its access log first).
PIDS=()
FAILED=0
STOP_SIGNAL=${STOP_SIGNAL:-TERM}

say() { printf '%s\n' "$*" >&2; }

stop_pid() { # STOP_SIGNAL, up to 5 s, then KILL; only pids we started
    local pid=$1 i
    kill "-$STOP_SIGNAL" "$pid" 2>/dev/null || true
    for i in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local keep=() p
    for p in "${PIDS[@]}"; do [[ $p != "$pid" ]] && keep+=("$p"); done
    PIDS=("${keep[@]}")
}

cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM

require_tools() { # TOOL...: exits 2 naming the first one missing
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { say "missing: $tool (scripts/deps.sh bench installs it)"; exit 2; }
    done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() { # bounded: 10 s
    local i
    for i in $(seq 100); do port_open "$1" && return 0; sleep 0.1; done
    return 1
}

refuse_busy_ports() { # PORT...: exits 2 when one is taken
    local p
    for p in "$@"; do
        if port_open "$p"; then say "port $p is in use: set BASE_PORT"; exit 2; fi
    done
}

build_bench() { # SOURCE_DIR BUILD_DIR: configure once, build incrementally, -j1
    mkdir -p "$2"
    if [[ ! -f $2/CMakeCache.txt ]]; then
        cmake -S "$1" -B "$2" -DCMAKE_BUILD_TYPE=Release >"$2.log" 2>&1 ||
            { say "cmake configure failed: $2.log"; exit 1; }
    fi
    cmake --build "$2" -j1 >>"$2.log" 2>&1 || { say "build failed: $2.log"; exit 1; }
}

reproduce() { # RUN_DIR NAME=DEFAULT...: prints the command that repeats this run
    local run_dir=$1 prefix="" pair name
    shift
    for pair in "$@"; do
        name=${pair%%=*}
        [[ ${!name} != "${pair#*=}" ]] && prefix+="$name=${!name} "
    done
    echo
    echo "Reproduce: ${prefix}bash $HERE/run.sh   (raw outputs: $run_dir)"
}
