#pragma once

#include "folderobjects.h"

#include <QList>

namespace sloop::buckets::multipart {

// S3's multipart uploads on a folder bucket, as AWS's CLI and SDKs use them
// for objects over 8 MB: the parts wait in the folder's
// .sloop-uploads/UPLOADID/ (never an object), and Complete joins them into
// the object atomically. The object's ETag is S3's: the MD5 of the parts'
// MD5s, then "-" and the number of parts.
struct CompletedPart
{
    int number = 0;
    QString eTag; // as UploadPart answered it, quoted or not
};

inline constexpr int kMaxParts = 10000;
inline constexpr qint64 kMinPartBytes = 5LL * 1024 * 1024; // all but the last

// A new upload's id (32 hex digits).
Result<QString> create(const Bucket &bucket, const QString &key);
// The part's ETag. NotFound (NoSuchUpload) for an id that is not this key's.
Result<QString> putPart(const Bucket &bucket, const QString &key, const QString &uploadId,
                        int number, const QByteArray &data);
// UploadPartCopy: bytes [first, last] of another object (last -1: to its
// end). A range outside it is InvalidInput (InvalidRange); a missing
// source, NotFound (NoSuchKey).
Result<QString> copyPart(const Bucket &bucket, const QString &key, const QString &uploadId,
                         int number, const Bucket &source, const QString &sourceKey, qint64 first,
                         qint64 last);
// Joins the parts named, in order. A refusal is InvalidInput, with S3's
// code in *s3Code (InvalidPart, InvalidPartOrder, EntityTooSmall,
// MalformedXML). An id that is not this key's upload is NotFound
// (NoSuchUpload) here and in the functions above.
Result<ObjectInfo> complete(const Bucket &bucket, const QString &key, const QString &uploadId,
                            const QList<CompletedPart> &parts, QString *s3Code = nullptr);
VoidResult abort(const Bucket &bucket, const QString &key, const QString &uploadId);

} // namespace sloop::buckets::multipart
