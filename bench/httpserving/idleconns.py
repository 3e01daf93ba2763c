#!/usr/bin/env python3
"""Memory per idle keep-alive connection, bounded in count and time.

    idleconns.py PORT PIDS [COUNT]

PIDS: comma-separated processes whose VmRSS is summed (for nginx: its
workers). Warms the server with a few requests, reads RSS, then opens COUNT
connections to 127.0.0.1:PORT, sends one "GET /fixed" on each (keep-alive) and
waits at most 10 s for the answers, leaves them all open and idle for 1 s,
reads RSS again, counts those the server has not closed, and closes them.
KiB per connection = RSS growth / connections still open. Prints one line of
JSON.
"""
import json
import selectors
import socket
import sys
import time

REQUEST = b"GET /fixed HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


def rss_kib(pids):
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total


def main():
    port = int(sys.argv[1])
    pids = [int(p) for p in sys.argv[2].split(",") if p]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000

    for _ in range(5):  # warm-up: lazily made state is not counted per connection
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            # Read up to the body, not to EOF: QHttpServer 6.4 does not close
            # after "Connection: close".
            s.sendall(REQUEST.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n"))
            got = b""
            while b"hello, world\n" not in got:
                data = s.recv(65536)
                if not data:
                    break
                got += data
    time.sleep(0.5)
    before = rss_kib(pids)

    deadline = time.monotonic() + 30
    socks, failed = [], 0
    sel = selectors.DefaultSelector()
    for _ in range(count):
        if time.monotonic() > deadline:
            break
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(REQUEST)
            s.setblocking(False)
            sel.register(s, selectors.EVENT_READ, bytearray())
            socks.append(s)
        except OSError:
            failed += 1

    answered, closed, pending = 0, 0, len(socks)
    deadline = time.monotonic() + 10
    while pending and time.monotonic() < deadline:
        for key, _ in sel.select(timeout=0.2):
            try:
                data = key.fileobj.recv(65536)
            except OSError:
                data = b""
            key.data.extend(data)
            if not data or b"hello, world\n" in key.data:
                if data:
                    answered += 1
                else:
                    closed += 1
                sel.unregister(key.fileobj)
                pending -= 1
    time.sleep(1)
    after = rss_kib(pids)
    still_open = 0  # the server has not closed it (EOF) by now
    for s in socks:
        try:
            if s.recv(1, socket.MSG_PEEK):
                still_open += 1
        except BlockingIOError:
            still_open += 1
        except OSError:
            pass
    for s in socks:
        s.close()
    print(json.dumps({
        "opened": len(socks), "failed": failed, "answered": answered,
        "closed_by_server": closed, "still_open": still_open,
        "rss_before_kib": before, "rss_after_kib": after,
        "kib_per_conn": round((after - before) / still_open, 1) if still_open else None,
    }))


if __name__ == "__main__":
    main()
