#!/usr/bin/env python3
"""Reads run.sh's raw outputs from RUN_DIR (rN-CLIENT-*.json, rN-*-cold.txt,
features-CLIENT.tsv, access.log, header.txt, load.txt) and prints the tables."""
import json
import pathlib
import statistics
import sys
from collections import defaultdict

NAMES = {
    "qnam": "QNAM (Qt 6.4)",
    "curl": "libcurl multi, curl_multi_poll loop",
    "curlqt": "libcurl multi on Qt's loop (QSocketNotifier)",
}


# From the documentation of the packaged versions, not checked by the run.
DOCS = [
    ("connections per host, HTTP/1.1",
     "6, fixed in 6.4 (QHttp1Configuration arrives in 6.5)",
     "unbounded by default; CURLMOPT_MAX_HOST_CONNECTIONS, CURLMOPT_MAX_TOTAL_CONNECTIONS"),
    ("timeouts",
     "setTransferTimeout only: no bytes for N ms; no connect or total timeout (a QTimer + abort())",
     "CONNECTTIMEOUT_MS; TIMEOUT_MS (the whole transfer, time queued in the multi included); "
     "LOW_SPEED_LIMIT/TIME (stalls)"),
    ("proxies",
     "HTTP (CONNECT for https), SOCKS5; system settings through libproxy on Debian "
     "(environment, desktop settings, PAC); loopback never proxied",
     "HTTP, HTTPS, SOCKS4/5; http_proxy (lower case only), https_proxy, all_proxy, no_proxy"),
    ("TLS",
     "OpenSSL 3 plugin; QSslConfiguration per request; system CAs loaded on demand; "
     "sslErrors() to pin or accept a known certificate",
     "OpenSSL 3; CAINFO / CAPATH; PINNEDPUBLICKEY; SSL_CTX_FUNCTION for anything else"),
    ("HTTP/2",
     "on by default for https (Http2AllowedAttribute); h2c opt-in",
     "nghttp2 1.52; on by default for https (CURL_HTTP_VERSION_2TLS), multiplexed in a multi"),
    ("redirects", "followed by default (NoLessSafeRedirectPolicy)", "only with FOLLOWLOCATION"),
    ("event loop",
     "the thread's Qt loop; HTTP work on an internal \"QNetworkAccessManager\" thread",
     "the caller's: curl_multi_poll(), or SOCKETFUNCTION/TIMERFUNCTION onto QSocketNotifier "
     "and QTimer (curl_client.cpp, ~70 lines)"),
]


def load(path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def lat(ms):
    if ms is None:
        return "–"
    return f"{ms * 1000:.0f} µs" if ms < 1 else f"{ms:.2f} ms"


def conns(tags, tag):
    return str(len(tags[tag])) if tag in tags else "–"


def main():
    run = pathlib.Path(sys.argv[1])
    rounds = sorted({int(p.name.split("-")[0][1:]) for p in run.glob("r*-*.json")})
    tags = defaultdict(set)  # run tag -> nginx connection serial numbers
    if (run / "access.log").exists():
        for line in (run / "access.log").read_text().splitlines():
            tag, _, conn = line.partition(" ")
            tags[tag].add(conn)
    notes = []

    print((run / "header.txt").read_text().strip().replace("\n", "  \n"))
    print("load average (1/5/15 min): " +
          "; ".join(l.strip() for l in (run / "load.txt").read_text().splitlines()))

    def rows(title, head, cells):
        print(f"\n**{title}**\n")
        print("| client | round | " + " | ".join(head) + " |")
        print("|---|---|" + "---:|" * len(head))
        for name, label in NAMES.items():
            for r in rounds:
                print(f"| {label if r == rounds[0] else ''} | {r} | "
                      + " | ".join(cells(name, r, f"r{r}-{name}")) + " |")

    def loadcells(name, r, tag, kind, h2=False):
        d = load(run / f"{tag}-{kind}.json")
        if not d:
            return ["failed", "–", "–", "–", "–"]
        if d["failed"]:
            notes.append(f"{NAMES[name]}, round {r}, {kind}: {d['failed']} requests failed")
        if h2 and d["h2"] != d["requests"]:
            notes.append(f"{NAMES[name]}, round {r}, {kind}: {d['h2']} of {d['requests']} over HTTP/2")
        return [f"{d['rps']:,.0f}", lat(d["p50_ms"]), lat(d["p99_ms"]),
                f"{d['cpu_us_per_req']:.1f}", conns(tags, f"{tag}-{kind}")]

    head = ["req/s", "p50", "p99", "CPU µs/req", "TCP conns"]
    rows("1. Sequential keep-alive GETs of 200 bytes: HTTP | HTTPS",
         head + head,
         lambda n, r, t: loadcells(n, r, t, "seq-http") + loadcells(n, r, t, "seq-https"))
    rows("2. HTTPS GETs of 200 bytes, 64 in flight: HTTP/1.1 | HTTP/2",
         head + head,
         lambda n, r, t: loadcells(n, r, t, "conc-h1") + loadcells(n, r, t, "conc-h2", True))

    def streamcells(name, r, tag, kind):
        d = load(run / f"{tag}-{kind}.json")
        if not d or d["status"] != 200:
            return ["failed", "–", "–"]
        return [f"{d['mib_s']:,.0f}", f"{d['cpu_ms']:.0f}",
                f"{d['maxrss_kib'] / 1024:.1f} ({d['rss_before_kib'] / 1024:.1f})"]

    rows("3. One download to /dev/null, streamed: HTTP | HTTPS",
         ["MiB/s", "CPU ms", "peak RSS MiB (before)"] * 2,
         lambda n, r, t: streamcells(n, r, t, "stream-http") + streamcells(n, r, t, "stream-https"))

    print("\n**4. Cold start: a process that makes one HTTPS GET (TLS 1.3, P-256) and exits**\n")
    print("| client | round | median | min | max | runs |")
    print("|---|---|---:|---:|---:|---:|")
    for name, label in {**NAMES, "curlcli": "curl(1) 7.88, the peer"}.items():
        for r in rounds:
            f = run / f"r{r}-{name}-cold.txt"
            lines = f.read_text().split() if f.exists() else []
            us = [int(x) for x in lines if x.isdigit()]
            cells = ([f"{statistics.median(us) / 1000:.1f} ms", f"{min(us) / 1000:.1f} ms",
                      f"{max(us) / 1000:.1f} ms"] if us else ["failed", "–", "–"])
            print(f"| {label if r == rounds[0] else ''} | {r} | " + " | ".join(cells)
                  + f" | {len(us)}/{len(lines)} |")

    print("\n**5. Features, checked against the same nginx**\n")
    checks = {}
    for name in NAMES:
        f = run / f"features-{name}.tsv"
        for line in (f.read_text().splitlines() if f.exists() else []):
            check, yes, detail = line.split("\t", 2)
            checks.setdefault(check, {})[name] = (yes, detail)
    print("| feature | " + " | ".join(NAMES.values()) + " |")
    print("|---|" + "---|" * len(NAMES))
    for check, by in checks.items():
        print(f"| {check} | " + " | ".join(by.get(n, ("–",))[0] for n in NAMES) + " |")
    print()
    for check, by in checks.items():
        for n, (_, detail) in by.items():
            print(f"- {check}, {NAMES[n]}: {detail}")
    print("\nFrom the documentation (not checked here):\n")
    print("| | QNAM (Qt 6.4) | libcurl 7.88 |")
    print("|---|---|---|")
    for row in DOCS:
        print("| " + " | ".join(row) + " |")

    if notes:
        print()
        for n in notes:
            print(f"- {n}")
    print("\nCPU µs/req: the client process's user + system time (getrusage, all threads) over "
          "the measured requests. TCP conns: distinct $connection values in nginx's access log "
          "for the run (warm-up included). p50/p99: from issuing the GET to its completion "
          "callback, queueing inside the client included. Peak RSS: ru_maxrss of the whole "
          "process; in brackets VmRSS just before the GET. Cold start: wall time of the process, "
          "median of the timed runs after one untimed run.")


if __name__ == "__main__":
    main()
