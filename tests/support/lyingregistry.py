#!/usr/bin/env python3
"""A registry stand-in for tst_registryclient: what Debian's docker-registry
cannot be made to do. It signs in with Bearer tokens from its own token
service (user "sloop", password "pw"), pages tags, and lies on purpose:
manifests whose bytes do not match their digest, a config blob that does
not match, a list that is not JSON, a truncated body, a 401 that never
ends. Prints its port as its first line; ends when stdin closes.
"""
import hashlib
import http.server
import json
import socketserver
import sys
import threading
from urllib.parse import parse_qs, urlparse

TOKEN = "token-for-sloop"
CONFIG = json.dumps({"created": "2026-01-02T03:04:05Z", "architecture": "amd64", "os": "linux"}).encode()


def digest(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


def manifest(config=CONFIG):
    return json.dumps({
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json",
                   "size": len(config), "digest": digest(config)},
        "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
                    "size": 1000, "digest": "sha256:" + "a" * 64},
                   {"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip",
                    "size": 24, "digest": "sha256:" + "b" * 64}],
    }).encode()


INDEX = json.dumps({
    "schemaVersion": 2,
    "mediaType": "application/vnd.oci.image.index.v1+json",
    "manifests": [
        {"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 500,
         "digest": "sha256:" + "c" * 64, "platform": {"os": "linux", "architecture": "amd64"}},
        {"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 501,
         "digest": "sha256:" + "d" * 64,
         "platform": {"os": "linux", "architecture": "arm", "variant": "v7"}},
    ],
}).encode()

TAGS = ["t%03d" % i for i in range(250)]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, headers=None, length=None):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.send_header("Docker-Distribution-Api-Version", "registry/2.0")
        self.end_headers()
        self.wfile.write(body)

    def challenge(self):
        host = self.headers.get("Host")
        self.reply(401, b'{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}',
                   {"WWW-Authenticate": 'Bearer realm="http://%s/token",service="lying",'
                                        'scope="repository:x:pull"' % host})

    def do_GET(self):
        url = urlparse(self.path)
        query = parse_qs(url.query)
        path = url.path
        if path == "/token":
            import base64
            expected = "Basic " + base64.b64encode(b"sloop:pw").decode()
            if self.headers.get("Authorization") != expected:
                return self.reply(401, b"{}")
            if query.get("service") != ["lying"]:
                return self.reply(400, b"{}")
            return self.reply(200, json.dumps({"token": TOKEN}).encode())
        if path.startswith("/v2/loop/"):
            return self.challenge()  # whatever token comes
        if self.headers.get("Authorization") != "Bearer " + TOKEN:
            return self.challenge()
        if path == "/v2/":
            return self.reply(200, b"{}")
        if path == "/v2/_catalog":
            return self.reply(200, b'{"repositories":["good","liar","loop"]}')
        if path == "/v2/good/tags/list":
            n = int(query.get("n", ["100"])[0])
            last = query.get("last", [""])[0]
            start = TAGS.index(last) + 1 if last in TAGS else 0
            page = TAGS[start:start + min(n, 100)]
            headers = {}
            if start + len(page) < len(TAGS):
                headers["Link"] = '</v2/good/tags/list?n=%d&last=%s>; rel="next"' % (n, page[-1])
            return self.reply(200, json.dumps({"name": "good", "tags": page}).encode(), headers)
        if path == "/v2/badjson/tags/list":
            return self.reply(200, b'{"name": "badjson", "tags": [')
        if path == "/v2/good/manifests/index":
            return self.reply(200, INDEX, {"Content-Type": "application/vnd.oci.image.index.v1+json",
                                           "Docker-Content-Digest": digest(INDEX)})
        if path.startswith("/v2/good/manifests/"):
            body = manifest()
            return self.reply(200, body, {"Docker-Content-Digest": digest(body),
                                          "Content-Type": "application/vnd.docker.distribution.manifest.v2+json"})
        if path.startswith("/v2/liar/manifests/"):
            body = manifest()
            return self.reply(200, body, {"Docker-Content-Digest": "sha256:" + "0" * 64})
        if path.startswith("/v2/liarblob/manifests/"):
            body = manifest()
            return self.reply(200, body, {"Docker-Content-Digest": digest(body)})
        if path.startswith("/v2/liarblob/blobs/"):
            return self.reply(200, b'{"created": "2000-01-01T00:00:00Z"}')
        if path.startswith("/v2/good/blobs/"):
            return self.reply(200, CONFIG)
        if path.startswith("/v2/truncated/manifests/"):
            body = manifest()
            self.reply(200, body[:40], {"Docker-Content-Digest": digest(body)}, length=len(body))
            self.close_connection = True
            return
        return self.reply(404, b'{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known"}]}')


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def main():
    server = Server(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
