#!/usr/bin/env python3
"""Sloop's Python runtime: a Lambda Runtime API client, as AWS's is.

It imports the handler named by _HANDLER ("module.function") from
LAMBDA_TASK_ROOT, then loops: GET .../invocation/next, call
handler(event, context), POST the result to .../response or the error (in
Lambda's shape: errorMessage, errorType, stackTrace) to .../error. An import
that fails is reported to .../init/error as Runtime.ImportModuleError, a
missing function as Runtime.HandlerNotFound, as Lambda reports them.
Standard library only: it runs on any image with python3. With
AWS_ENDPOINT_URL set (Sloop's endpoint), boto3 is made to honour it even
where the installed botocore is older than the one that reads it.
"""
import importlib
import importlib.util
import json
import os
import sys
import time
import socket

API_HOST = os.environ["AWS_LAMBDA_RUNTIME_API"]


class RuntimeApi:
    """The Runtime API over one kept-alive connection. A small HTTP/1.1
    client of its own: urllib's import alone costs a cold start 30 ms."""

    def __init__(self):
        self.sock = None
        self.buffer = b""

    def close(self):
        if self.sock is not None:
            self.sock.close()
        self.sock = None
        self.buffer = b""

    def request(self, method, path, body=b"", headers=()):
        for attempt in (0, 1):
            if self.sock is None:
                host, _, port = API_HOST.rpartition(":")
                self.sock = socket.create_connection((host, int(port)))
                self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            head = "%s /2018-06-01/runtime%s HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\n" % (
                method, path, API_HOST, len(body))
            for name, value in headers:
                head += "%s: %s\r\n" % (name, value)
            try:
                self.sock.sendall(head.encode("latin-1") + b"\r\n" + body)
                return self.response()
            except ConnectionError:
                # A kept-alive connection the agent closed: once more, anew.
                self.close()
                if attempt:
                    raise

    def response(self):
        while b"\r\n\r\n" not in self.buffer:
            self.receive()
        head, _, rest = self.buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        self.buffer = rest
        while len(self.buffer) < length:
            self.receive()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, headers, body

    def receive(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionResetError("the Runtime API closed the connection")
        self.buffer += chunk


api = RuntimeApi()


def post(path, body, error_type=None):
    data = json.dumps(body).encode() if not isinstance(body, bytes) else body
    headers = [("Content-Type", "application/json")]
    if error_type:
        headers.append(("Lambda-Runtime-Function-Error-Type", error_type))
    api.request("POST", path, data, headers)


def error_body(exc, error_type=None):
    import traceback  # only when something failed: a cold start does without it

    # The handler's frames only, as Lambda shows them: not this runtime's.
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return {
        "errorMessage": str(exc),
        "errorType": error_type or type(exc).__name__,
        "stackTrace": traceback.format_tb(tb),
    }


class Context:
    def __init__(self, request_id, deadline_ms, arn):
        self.aws_request_id = request_id
        self.invoked_function_arn = arn
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME", "")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME", "")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME", "")
        self.identity = None
        self.client_context = None
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline_ms - int(time.time() * 1000))


class _EndpointFromEnvironment:
    """Makes an older botocore honour AWS_ENDPOINT_URL, as botocore 1.31+
    (Lambda's runtimes) does, so that boto3 in a handler reaches Sloop's
    endpoint. It only acts when botocore.session is first imported: handlers
    that do not use boto3 pay nothing."""

    def find_spec(self, name, path=None, target=None):
        if name != "botocore.session":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            _patch_create_client(module)

        spec.loader.exec_module = exec_module
        return spec


def _patch_create_client(module):
    import botocore
    version = tuple(int(p) for p in botocore.__version__.split(".")[:2] if p.isdigit())
    if version >= (1, 31):
        return  # it reads the variables itself
    original = module.Session.create_client

    def create_client(self, service_name, *args, **kwargs):
        if len(args) < 5 and kwargs.get("endpoint_url") is None:
            service = service_name.upper().replace("-", "_")
            url = os.environ.get("AWS_ENDPOINT_URL_" + service) or os.environ.get(
                "AWS_ENDPOINT_URL")
            if url:
                kwargs["endpoint_url"] = url
        return original(self, service_name, *args, **kwargs)

    module.Session.create_client = create_client


def load_handler():
    name = os.environ.get("_HANDLER", "")
    module_name, _, function_name = name.rpartition(".")
    if not module_name or not function_name:
        raise LookupError(
            ("Runtime.MalformedHandlerName",
             "Bad handler '%s': not enough values to unpack (expected 2, got 1)" % name))
    sys.path.insert(0, os.environ.get("LAMBDA_TASK_ROOT", "/var/task"))
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as exc:
        raise LookupError(("Runtime.ImportModuleError",
                           "Unable to import module '%s': %s" % (module_name, exc)))
    except SyntaxError as exc:
        raise LookupError(("Runtime.UserCodeSyntaxError",
                           "Syntax error in module '%s': %s" % (module_name, exc)))
    handler = getattr(module, function_name, None)
    if handler is None:
        raise LookupError(("Runtime.HandlerNotFound",
                           "Handler '%s' missing on module '%s'" % (function_name, module_name)))
    return handler


def main():
    if os.environ.get("AWS_ENDPOINT_URL"):
        sys.meta_path.insert(0, _EndpointFromEnvironment())
    try:
        handler = load_handler()
    except LookupError as exc:
        error_type, message = exc.args[0]
        print("[ERROR] %s: %s" % (error_type, message), file=sys.stderr, flush=True)
        post("/init/error", {"errorMessage": message, "errorType": error_type, "stackTrace": []},
             error_type)
        sys.exit(1)
    except Exception as exc:  # the module raised while it was imported
        post("/init/error", error_body(exc), "Runtime.Unknown")
        sys.exit(1)

    while True:
        _, headers, raw = api.request("GET", "/invocation/next")
        request_id = headers["lambda-runtime-aws-request-id"]
        deadline_ms = int(headers.get("lambda-runtime-deadline-ms", "0"))
        arn = headers.get("lambda-runtime-invoked-function-arn", "")
        try:
            event = json.loads(raw) if raw else None
            result = handler(event, Context(request_id, deadline_ms, arn))
            body = json.dumps(result).encode()
        except Exception as exc:
            print("[ERROR] %s: %s" % (type(exc).__name__, exc), file=sys.stderr, flush=True)
            post("/invocation/%s/error" % request_id, error_body(exc), "Unhandled")
            continue
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        post("/invocation/%s/response" % request_id, body)


if __name__ == "__main__":
    main()
