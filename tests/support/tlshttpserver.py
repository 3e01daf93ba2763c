#!/usr/bin/env python3
"""A small real HTTPS server for tst_httpclient: Python's http.server behind
ssl, on 127.0.0.1 at a free port, which it prints as its first line.

Usage: tlshttpserver.py CERT KEY [CLIENT_CA]
With CLIENT_CA, /mtls asks for and checks a client certificate (via a second
listener whose port is printed as the second line).
"""
import http.server
import socketserver
import ssl
import sys
import threading
import time


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="text/plain"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Sloop-Test", "yes")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        if self.path == "/hello":
            self.reply(200, b"hello over tls")
        elif self.path.startswith("/big/"):
            size = int(self.path.split("/")[2])
            self.send_response(200)
            self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b"x" * 65536
            sent = 0
            try:
                while sent < size:
                    n = min(len(chunk), size - sent)
                    self.wfile.write(chunk[:n])
                    sent += n
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                pass
        elif self.path == "/slow":
            time.sleep(5)
            self.reply(200, b"late")
        elif self.path == "/mtls":
            self.reply(200, b"you are " + str(self.connection.getpeercert().get("subject")).encode())
        else:
            self.reply(404, b"no such thing")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        self.reply(200, self.command.encode() + b" " + body)

    do_PUT = do_POST
    do_DELETE = do_POST


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def serve(context):
    server = Server(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def main():
    cert, key = sys.argv[1], sys.argv[2]
    plain = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    plain.load_cert_chain(cert, key)
    print(serve(plain), flush=True)
    if len(sys.argv) > 3:
        mutual = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        mutual.load_cert_chain(cert, key)
        mutual.verify_mode = ssl.CERT_REQUIRED
        mutual.load_verify_locations(sys.argv[3])
        print(serve(mutual), flush=True)
    sys.stdin.read()  # until the test closes our stdin (or ends)


if __name__ == "__main__":
    main()
