#pragma once

#include "bucket.h"
#include "util/result.h"

#include <QList>

namespace sloop::buckets {

// An object of a folder bucket: a file under its folder.
struct ObjectInfo
{
    QString key;
    qint64 size = 0;
    qint64 lastModifiedMs = 0;
    QString eTag; // "\"<md5 hex>\"" as S3 gives it for a single-part upload
};

// The objects of a folder bucket, read and written as S3 does: whole
// objects, written atomically (a reader never sees half an object). Files
// and folders whose name starts with ".sloop" are Sloop's own (uploads in
// progress) and never objects.
namespace objects {

Result<ObjectInfo> put(const Bucket &bucket, const QString &key, const QByteArray &data);
Result<QByteArray> get(const Bucket &bucket, const QString &key);
Result<ObjectInfo> head(const Bucket &bucket, const QString &key);
VoidResult remove(const Bucket &bucket, const QString &key); // NotFound when there is none
// CopyObject: the object's bytes under another key (of this or another
// bucket), written atomically; NotFound when the source is not there.
Result<ObjectInfo> copy(const Bucket &from, const QString &fromKey, const Bucket &to,
                        const QString &toKey);
// Every object whose key starts with prefix, by key. eTags are left empty
// (computing them reads every file): withETags for small listings.
Result<QList<ObjectInfo>> list(const Bucket &bucket, const QString &prefix = {},
                               bool withETags = false);
// The eTag of a file (md5 of its content, quoted).
QString eTagOf(const QString &path);

} // namespace objects

} // namespace sloop::buckets
