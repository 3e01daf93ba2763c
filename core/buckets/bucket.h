#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sloop::buckets {

// A folder bucket: a folder on this machine served as an S3 bucket by the
// AWS-compatible endpoint (path style: ENDPOINT/NAME/KEY), whose objects are
// its files (a key's slashes are subfolders).
struct Bucket
{
    QString name;   // S3's rules: 3–63 of a-z 0-9 . -, starting and ending alphanumeric
    QString folder; // absolute
    qint64 createdMs = 0;
};

// A function that gets S3's event records when objects in a bucket are
// created (ObjectCreated:Put) or removed (ObjectRemoved:Delete), filtered
// by key prefix and suffix as S3's notification rules are.
struct BucketTrigger
{
    qint64 id = 0;
    QString bucket;
    QString function;
    QString prefix;
    QString suffix;
    bool onCreated = true;
    bool onRemoved = false;
    qint64 createdMs = 0;

    bool matches(const QString &key, bool created) const;
};

VoidResult validateBucketName(const QString &name);
// The bucket's folder: absolute, and a folder (made when missing).
VoidResult prepareFolder(const QString &folder);
// A key names a file inside the folder: not empty, at most 1024 bytes, no
// NUL, no "." or ".." segment, no leading "/". The path, or InvalidInput.
Result<QString> objectPath(const Bucket &bucket, const QString &key);

// "arn:aws:s3:::NAME" as S3 writes it in events (S3 ARNs have no region
// or account).
QString bucketArn(const QString &name);

// One S3 event notification as S3 sends it to Lambda: {"Records":[{…}]}
// with eventVersion 2.1, eventSource aws:s3, eventName ("ObjectCreated:Put",
// "ObjectRemoved:Delete"), s3.bucket and s3.object (key URL-encoded as S3
// does, size, eTag, sequencer).
QByteArray s3EventRecord(const Bucket &bucket, const QString &key, qint64 size, const QString &eTag,
                         const QString &sequencer, bool created, const QDateTime &when);

} // namespace sloop::buckets
