#pragma once

#include "http/httpserver.h"

namespace sloop::buckets {
class BucketRepository;
class BucketWatcher;
} // namespace sloop::buckets

namespace sloop::awsapi {

// S3's API over folder buckets, path style (ENDPOINT/BUCKET/KEY), enough for
// AWS's CLI (`aws s3 ls|cp|rm`) and the SDKs' everyday calls:
// ListBuckets, HeadBucket, ListObjectsV2 (prefix, delimiter, max-keys,
// continuation), PutObject, GetObject, HeadObject and DeleteObject, with
// S3's XML error bodies. Objects go through in one piece (multipart uploads
// are not served: AWS's CLI uses them above 8 MB).
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

    buckets::BucketRepository *m_repo;
    buckets::BucketWatcher *m_watcher;
};

} // namespace sloop::awsapi
