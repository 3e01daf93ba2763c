#pragma once

#include "buckets/bucket.h"
#include "http/httpserver.h"
#include "util/result.h"

#include <QPair>
#include <QUrlQuery>

#include <optional>

namespace sloop::buckets {
class BucketRepository;
class BucketWatcher;
} // namespace sloop::buckets

namespace sloop::awsapi {

// S3's API over folder buckets, path style (ENDPOINT/BUCKET/KEY), enough for
// AWS's CLI (`aws s3 ls|cp|rm`) and the SDKs' everyday calls:
// ListBuckets, HeadBucket, ListObjectsV2 (prefix, delimiter, max-keys,
// continuation), PutObject, GetObject, HeadObject, DeleteObject,
// CopyObject, and multipart uploads (Create, UploadPart, UploadPartCopy,
// Complete, Abort: AWS's CLI uses them above 8 MB), with S3's XML error
// bodies.
class S3Api
{
public:
    S3Api(buckets::BucketRepository *repository, buckets::BucketWatcher *watcher)
        : m_repo(repository)
        , m_watcher(watcher)
    {
    }
    http::HttpResponse handle(const http::HttpRequestHead &head, const QByteArray &body);

    // <Error><Code>…</Code><Message>…</Message></Error>
    static http::HttpResponse error(int status, const QString &code, const QString &message);

private:
    http::HttpResponse answer(const http::HttpRequestHead &head, const QByteArray &body);
    http::HttpResponse multipart(const http::HttpRequestHead &head, const QByteArray &body,
                                 const buckets::Bucket &bucket, const QString &key,
                                 const QUrlQuery &query);
    Result<QPair<buckets::Bucket, QString>> copySourceOf(const QByteArray &header) const;
    std::optional<http::HttpResponse> subresource(const http::HttpRequestHead &head,
                                                  const QUrlQuery &query, bool onObject) const;

    buckets::BucketRepository *m_repo;
    buckets::BucketWatcher *m_watcher;
};

} // namespace sloop::awsapi
