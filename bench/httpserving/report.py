#!/usr/bin/env python3
"""Reads run.sh's raw outputs (wrk-r*-NAME-PATH.txt, mem-r*-NAME.json,
header.txt, load.txt) from RUN_DIR and prints the markdown table."""
import json
import pathlib
import re
import sys

NAMES = {
    "qhttpserver": "QHttpServer 6.4 (Qt loop thread; proxy: QNAM, +1 thread)",
    "beast": "Boost.Beast 1.74 (1 io_context thread; proxy: Beast client)",
    "httplib": "cpp-httplib 0.11 (pool of 8 threads; proxy: httplib::Client)",
    "mhd": "libmicrohttpd 0.9.75 (epoll thread; proxy: suspend + curl multi thread)",
    "nginx": "nginx 1.22 (1 worker; proxy_pass, keepalive 64)",
}
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(m.group(1)) * UNITS[m.group(2)] if m else None


def parse_wrk(path):
    if not path.exists():
        return None
    t = path.read_text()
    out = {"rps": None, "p50": None, "p99": None, "errors": 0, "cpu_us": None}
    if m := re.search(r"(\d+) requests in", t):
        out["requests"] = int(m.group(1))
    cpu = path.with_name(path.name.replace("wrk-", "cpu-"))
    if cpu.exists() and out.get("requests"):
        ticks, hz = cpu.read_text().split()
        out["cpu_us"] = int(ticks) / int(hz) * 1e6 / out["requests"]
    if m := re.search(r"Requests/sec:\s+([\d.]+)", t):
        out["rps"] = float(m.group(1))
    for pct in ("50", "99"):
        if m := re.search(rf"^\s+{pct}%\s+(\S+)", t, re.M):
            out["p" + pct] = ms(m.group(1))
    if m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", t):
        out["errors"] += int(m.group(1))
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", t):
        out["errors"] += sum(int(g) for g in m.groups())
    return out


def fmt_lat(v):
    if v is None:
        return "–"
    return f"{v * 1000:.0f} µs" if v < 1 else f"{v:.2f} ms"


def main():
    run = pathlib.Path(sys.argv[1])
    unserved = False
    rounds = sorted({int(p.name.split("-")[1][1:]) for p in run.glob("wrk-r*-*.txt")})
    print((run / "header.txt").read_text().strip().replace("\n", "  \n"))
    print("load average (1/5/15 min): " +
          "; ".join(l.strip() for l in (run / "load.txt").read_text().splitlines()))
    print()
    print("| server | round | /fixed req/s | p50 | p99 | CPU µs/req | /proxy req/s | p50 | p99 "
          "| CPU µs/req | wrk errors (fixed/proxy) | KiB per idle conn (open/answered) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, label in NAMES.items():
        for r in rounds:
            f = parse_wrk(run / f"wrk-r{r}-{name}-fixed.txt")
            p = parse_wrk(run / f"wrk-r{r}-{name}-proxy.txt")
            memf = run / f"mem-r{r}-{name}.json"
            mem = "–"
            if memf.exists() and memf.read_text().strip():
                m = json.loads(memf.read_text())
                kib = m["kib_per_conn"]
                if m["answered"] < 0.9 * m["opened"]:  # most were never served: no figure
                    kib, unserved = "n/a¹", True
                mem = f"{kib} ({m['still_open']}/{m['answered']})"
            cells = [label if r == rounds[0] else "", str(r)]
            for w in (f, p):
                if w and w["rps"] is not None:
                    cpu = f"{w['cpu_us']:.1f}" if w["cpu_us"] is not None else "–"
                    cells += [f"{w['rps']:,.0f}", fmt_lat(w["p50"]), fmt_lat(w["p99"]), cpu]
                else:
                    cells += ["failed", "–", "–", "–"]
            cells.append(f"{f['errors'] if f else '–'}/{p['errors'] if p else '–'}")
            cells.append(mem)
            print("| " + " | ".join(cells) + " |")
    print("| websocketpp 0.8.2 | – | WebSocket only: no HTTP server to measure | | | | | | | | | |")
    print()
    if unserved:
        print("¹ most of the idle connections never got an answer (they wait for a "
              "worker thread), so RSS growth per connection means nothing.")
        print()
    notes = run / "notes.txt"
    if notes.exists():
        for line in dict.fromkeys(notes.read_text().splitlines()):
            print(f"- {line}")
        print()
    print("CPU µs/req: the server's user + system time (all its threads; nginx: its worker) "
          "during the wrk run, divided by the requests wrk completed. KiB per idle conn: RSS growth over "
          "the connections still open 1 s after their one request (open), of those "
          "that got an answer within 10 s (answered).")


if __name__ == "__main__":
    main()
