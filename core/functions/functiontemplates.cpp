#include "functiontemplates.h"

#include <QCoreApplication>

namespace sloop::functions {

namespace {

struct TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(Functions)
};

const QByteArray kHelloPython = R"(import json


def handler(event, context):
    # What arrives is the event's JSON as a dict; print() goes to the log.
    print("Received event:", json.dumps(event))
    name = event.get("name", "world")
    return {
        "message": f"Hello, {name}!",
        "requestId": context.aws_request_id,
        "remainingMs": context.get_remaining_time_in_millis(),
    }
)";

const QByteArray kHelloNode =
    R"(// CommonJS here; an index.mjs with `export const handler` works too.
exports.handler = async (event, context) => {
  console.log('Received event:', JSON.stringify(event));
  const name = event.name || 'world';
  return {
    message: `Hello, ${name}!`,
    requestId: context.awsRequestId,
    remainingMs: context.getRemainingTimeInMillis(),
  };
};
)";

// An API Gateway proxy event in, a proxy response out: what the gateway
// (and Lambda function URLs) send and expect.
const QByteArray kWebhookPython = R"(import json


def handler(event, context):
    body = event.get("body") or "{}"
    try:
        payload = json.loads(body)
    except json.JSONDecodeError:
        return {"statusCode": 400, "body": json.dumps({"error": "the body is not JSON"})}
    print("webhook from", event.get("headers", {}).get("user-agent", "unknown"), payload)
    return {
        "statusCode": 200,
        "headers": {"content-type": "application/json"},
        "body": json.dumps({"received": payload, "path": event.get("rawPath")}),
    }
)";

// What the API Gateway card of the Learn page puts behind GET /hello.
const QByteArray kApiHelloPython = R"(import json


def handler(event, context):
    # An HTTP API's event (payload 2.0): query strings, headers, the caller.
    name = (event.get("queryStringParameters") or {}).get("name", "world")
    caller = event["requestContext"]["http"]["sourceIp"]
    return {
        "statusCode": 200,
        "headers": {"content-type": "application/json"},
        "body": json.dumps({"message": f"Hello, {name}!", "from": caller}),
    }
)";

const QByteArray kApiHelloEvent =
    R"({"version": "2.0", "routeKey": "GET /hello", "rawPath": "/hello",
 "rawQueryString": "name=Sloop", "queryStringParameters": {"name": "Sloop"},
 "headers": {"accept": "*/*"},
 "requestContext": {"http": {"method": "GET", "path": "/hello", "sourceIp": "127.0.0.1"}},
 "isBase64Encoded": false})";

const QByteArray kWebhookEvent = R"({
  "version": "2.0",
  "rawPath": "/hooks/build",
  "headers": {"content-type": "application/json", "user-agent": "curl/7.88.1"},
  "requestContext": {"http": {"method": "POST", "path": "/hooks/build"}},
  "body": "{\"ref\": \"main\", \"status\": \"passed\"}",
  "isBase64Encoded": false
})";

// What a schedule sends (EventBridge's Scheduled Event), and a job that
// reads it: the shape of a nightly clean-up or report.
const QByteArray kScheduledPython = R"(import json
from datetime import datetime, timezone

def handler(event, context):
    # EventBridge sends the time the schedule fired for, in UTC.
    fired = datetime.fromisoformat(event["time"].replace("Z", "+00:00"))
    late = (datetime.now(timezone.utc) - fired).total_seconds()
    print(f"{event['detail-type']} from {event['resources'][0]}")
    print(f"scheduled for {fired.isoformat()}, started {late:.1f} s later")
    # The nightly work goes here: a report, a clean-up, a backup to a folder.
    return {"job": "done", "scheduledFor": event["time"]}
)";

const QByteArray kScheduledEvent = R"({
  "version": "0",
  "id": "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
  "detail-type": "Scheduled Event",
  "source": "aws.events",
  "account": "000000000000",
  "time": "2026-12-07T02:00:00Z",
  "region": "local",
  "resources": ["arn:sloop:scheduler:local:000000000000:schedule/default/nightly"],
  "detail": {}
})";

// S3's classic example: an image put under uploads/ gets a thumbnail under
// thumbnails/, read and written with boto3 through Sloop's endpoint.
const QByteArray kThumbnailPython = R"(import io
import os
import urllib.parse

import boto3
from PIL import Image

s3 = boto3.client("s3")
SIZE = (128, 128)


def handler(event, context):
    made = []
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
        original = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
        image = Image.open(io.BytesIO(original))
        image.thumbnail(SIZE)
        out = io.BytesIO()
        image.convert("RGB").save(out, format="JPEG", quality=85)
        target = "thumbnails/" + os.path.splitext(os.path.basename(key))[0] + ".jpg"
        s3.put_object(Bucket=bucket, Key=target, Body=out.getvalue(), ContentType="image/jpeg")
        print(f"{key}: {image.width}x{image.height} thumbnail at {target}")
        made.append(target)
    return {"thumbnails": made}
)";

const QByteArray kThumbnailEvent = R"({
  "Records": [{
    "eventVersion": "2.1",
    "eventSource": "aws:s3",
    "awsRegion": "local",
    "eventName": "ObjectCreated:Put",
    "s3": {
      "s3SchemaVersion": "1.0",
      "bucket": {"name": "photos", "arn": "arn:aws:s3:::photos"},
      "object": {"key": "uploads/cat.jpg", "size": 48213}
    }
  }]
})";

// The serverless cron of the seed: a nightly backup of an SQLite database
// kept in a folder bucket, made with SQLite's online backup, checked,
// compressed, stored under backups/ and pruned to the last KEEP_BACKUPS.
const QByteArray kBackupPython = R"(import gzip
import os
import sqlite3
import tempfile
from datetime import datetime, timezone

import boto3

s3 = boto3.client("s3")
BUCKET = os.environ.get("BACKUP_BUCKET", "data")
DATABASE = os.environ.get("DATABASE_KEY", "app.db")
PREFIX = os.environ.get("BACKUP_PREFIX", "backups/")
KEEP = int(os.environ.get("KEEP_BACKUPS", "7"))


def handler(event, context):
    # The schedule's own time names the backup, so a retry replaces it.
    fired = event.get("time") or datetime.now(timezone.utc).isoformat()
    stamp = fired[:19].replace(":", "-")
    name = os.path.splitext(os.path.basename(DATABASE))[0]
    work = tempfile.mkdtemp()
    source, copy = os.path.join(work, "source.db"), os.path.join(work, "backup.db")
    with open(source, "wb") as f:
        f.write(s3.get_object(Bucket=BUCKET, Key=DATABASE)["Body"].read())
    # SQLite's online backup, then proof that the copy is whole.
    with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        tables = dst.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    if verdict != "ok":
        raise RuntimeError(f"{DATABASE} failed its integrity check: {verdict}")
    with open(copy, "rb") as f:
        body = gzip.compress(f.read())
    key = f"{PREFIX}{name}-{stamp}.db.gz"
    s3.put_object(Bucket=BUCKET, Key=key, Body=body)
    listed = s3.list_objects_v2(Bucket=BUCKET, Prefix=f"{PREFIX}{name}-")
    backups = sorted(o["Key"] for o in listed.get("Contents", []))
    removed = backups[:-KEEP] if KEEP > 0 else []
    for old in removed:
        s3.delete_object(Bucket=BUCKET, Key=old)
    print(f"{DATABASE}: {tables} tables, {len(body)} bytes compressed, at {key}")
    print(f"kept {len(backups) - len(removed)}, removed {len(removed)}")
    for path in (source, copy):
        os.remove(path)
    os.rmdir(work)
    return {"backup": key, "bytes": len(body), "tables": tables, "removed": removed}
)";

// Lambda's Runtime API spoken by hand, as a Go or Rust runtime does.
const QByteArray kShellBootstrap =
    "#!/bin/sh\n"
    "# A custom runtime: ask the Runtime API for the next event, answer it.\n"
    "set -eu\n"
    "api=\"http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime\"\n"
    "while true; do\n"
    "    headers=$(mktemp)\n"
    "    event=$(curl -sS -D \"$headers\" \"$api/invocation/next\")\n"
    "    id=$(grep -i '^Lambda-Runtime-Aws-Request-Id:' \"$headers\" | tr -d '\\r' | cut -d' ' "
    "-f2)\n"
    "    rm -f \"$headers\"\n"
    "    echo \"event: $event\"\n"
    "    curl -sS -X POST \"$api/invocation/$id/response\" \\\n"
    "        -d \"{\\\"handledBy\\\": \\\"sh\\\", \\\"event\\\": $event}\" >/dev/null\n"
    "done\n";

} // namespace

QList<FunctionTemplate> functionTemplates()
{
    return {
        {QStringLiteral("hello-python"),
         TemplateText::tr("Hello world (Python)"),
         TemplateText::tr("Returns a greeting for the name in the event and logs what arrived."),
         Runtime::Python3,
         QStringLiteral("app.handler"),
         3,
         {{QStringLiteral("app.py"), kHelloPython}},
         R"({"name": "Sloop"})"},
        {QStringLiteral("hello-nodejs"),
         TemplateText::tr("Hello world (Node.js)"),
         TemplateText::tr("An async handler that returns a greeting and logs the event."),
         Runtime::NodeJs,
         QStringLiteral("index.handler"),
         3,
         {{QStringLiteral("index.js"), kHelloNode}},
         R"({"name": "Sloop"})"},
        {QStringLiteral("api-hello-python"),
         TemplateText::tr("Hello API (Python)"),
         TemplateText::tr("Answers GET /hello?name=… through the API gateway with a JSON "
                          "greeting: what the Learn page's API Gateway card sets up."),
         Runtime::Python3,
         QStringLiteral("app.handler"),
         3,
         {{QStringLiteral("app.py"), kApiHelloPython}},
         kApiHelloEvent},
        {QStringLiteral("webhook-python"),
         TemplateText::tr("Webhook receiver (Python)"),
         TemplateText::tr("Takes an HTTP request as API Gateway sends it and answers with a "
                          "status code and a JSON body."),
         Runtime::Python3,
         QStringLiteral("app.handler"),
         10,
         {{QStringLiteral("app.py"), kWebhookPython}},
         kWebhookEvent},
        {QStringLiteral("scheduled-python"),
         TemplateText::tr("Scheduled job (Python)"),
         TemplateText::tr("Runs on a schedule, as EventBridge runs it: every night at 02:00, "
                          "say. Add the schedule on its Triggers tab."),
         Runtime::Python3,
         QStringLiteral("app.handler"),
         60,
         {{QStringLiteral("app.py"), kScheduledPython}},
         kScheduledEvent},
        {QStringLiteral("thumbnail-python"),
         TemplateText::tr("Thumbnail maker (Python)"),
         TemplateText::tr("Makes a 128-pixel thumbnail of each image put in a folder bucket "
                          "under uploads/, as S3 and Lambda do."),
         Runtime::Python3,
         QStringLiteral("app.handler"),
         30,
         {{QStringLiteral("app.py"), kThumbnailPython}},
         kThumbnailEvent,
         true},
        {QStringLiteral("nightly-backup-python"),
         TemplateText::tr("Nightly database backup (Python)"),
         TemplateText::tr("Backs up the SQLite database app.db in the folder bucket \"data\" "
                          "to backups/, checked and compressed, keeping the last 7 (set "
                          "BACKUP_BUCKET, DATABASE_KEY, KEEP_BACKUPS). Add the schedule "
                          "cron(0 3 * * ? *) on its Triggers tab."),
         Runtime::Python3,
         QStringLiteral("app.handler"),
         300,
         {{QStringLiteral("app.py"), kBackupPython}},
         kScheduledEvent,
         true},
        {QStringLiteral("shell-runtime"),
         TemplateText::tr("Custom runtime (shell)"),
         TemplateText::tr("A bootstrap script that speaks the Lambda Runtime API with curl, the "
                          "way Go, Rust and other custom runtimes do."),
         Runtime::Provided,
         QStringLiteral("bootstrap"),
         3,
         {{QStringLiteral("bootstrap"), kShellBootstrap}},
         R"({"hello": "runtime API"})"},
    };
}

std::optional<FunctionTemplate> functionTemplate(const QString &id)
{
    for (const FunctionTemplate &t : functionTemplates())
        if (t.id == id)
            return t;
    return std::nullopt;
}

} // namespace sloop::functions
