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
import traceback
import urllib.request

API = "http://" + os.environ["AWS_LAMBDA_RUNTIME_API"] + "/2018-06-01/runtime"


def post(path, body, error_type=None):
    data = json.dumps(body).encode() if not isinstance(body, bytes) else body
    request = urllib.request.Request(API + path, data=data, method="POST")
    request.add_header("Content-Type", "application/json")
    if error_type:
        request.add_header("Lambda-Runtime-Function-Error-Type", error_type)
    urllib.request.urlopen(request).read()


def error_body(exc, error_type=None):
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
        with urllib.request.urlopen(API + "/invocation/next") as response:
            request_id = response.headers["Lambda-Runtime-Aws-Request-Id"]
            deadline_ms = int(response.headers.get("Lambda-Runtime-Deadline-Ms", "0"))
            arn = response.headers.get("Lambda-Runtime-Invoked-Function-Arn", "")
            raw = response.read()
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
