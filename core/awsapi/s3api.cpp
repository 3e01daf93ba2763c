#include "s3api.h"

#include "buckets/bucketrepository.h"
#include "buckets/bucketwatcher.h"
#include "buckets/folderobjects.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace sloop::awsapi {

namespace {

struct S3Text
{
    Q_DECLARE_TR_FUNCTIONS(S3)
};

const QByteArray kXmlNs = "http://s3.amazonaws.com/doc/2006-03-01/";

QByteArray xmlText(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

http::HttpResponse xml(int status, const QByteArray &body)
{
    http::HttpResponse r;
    r.status = status;
    r.contentType = "application/xml";
    r.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body;
    return r;
}

http::HttpResponse fromError(const Error &e, const QString &key = {})
{
    switch (e.kind) {
    case ErrorKind::NotFound:
        return S3Api::error(
            404, key.isEmpty() ? QStringLiteral("NoSuchBucket") : QStringLiteral("NoSuchKey"),
            e.message);
    case ErrorKind::InvalidInput:
        return S3Api::error(400, QStringLiteral("InvalidArgument"), e.message);
    case ErrorKind::Conflict:
        return S3Api::error(409, QStringLiteral("OperationAborted"), e.message);
    default:
        return S3Api::error(500, QStringLiteral("InternalError"), e.message);
    }
}

// S3's "url" encoding of keys in listings (botocore decodes it).
QString encodeKey(const QString &key, bool url)
{
    return url ? QString::fromLatin1(QUrl::toPercentEncoding(key, "/")) : key;
}

} // namespace

http::HttpResponse S3Api::error(int status, const QString &code, const QString &message)
{
    http::HttpResponse r = xml(status, "<Error><Code>" + xmlText(code) + "</Code><Message>" +
                                           xmlText(message) + "</Message></Error>");
    return r;
}

http::HttpResponse S3Api::handle(const http::HttpRequestHead &head, const QByteArray &body)
{
    http::HttpResponse r = answer(head, body);
    // A HEAD answer has no body (an error's XML would be read as the next
    // answer on the connection).
    if (head.method == "HEAD" && !r.body.isEmpty()) {
        r.body.clear();
        r.contentType.clear();
    }
    return r;
}

http::HttpResponse S3Api::answer(const http::HttpRequestHead &head, const QByteArray &body)
{
    const QString path = QUrl::fromPercentEncoding(head.path());
    const int slash = path.indexOf(QLatin1Char('/'), 1);
    const QString bucketName = path.mid(1, slash < 0 ? -1 : slash - 1);
    const QString key = slash < 0 ? QString() : path.mid(slash + 1);
    const QUrlQuery query(QString::fromUtf8(head.query()));
    const QByteArray method = head.method;

    if (bucketName.isEmpty()) {
        if (method != "GET")
            return error(405, QStringLiteral("MethodNotAllowed"),
                         S3Text::tr("The specified method is not allowed against this resource."));
        const auto all = m_repo->all();
        if (!all)
            return fromError(all.problem());
        QByteArray out =
            "<ListAllMyBucketsResult xmlns=\"" + kXmlNs +
            "\"><Owner><ID>sloop</ID><DisplayName>sloop</DisplayName></Owner><Buckets>";
        for (const buckets::Bucket &b : *all)
            out += "<Bucket><Name>" + xmlText(b.name) + "</Name><CreationDate>" +
                   isoTime(b.createdMs) + "</CreationDate></Bucket>";
        return xml(200, out + "</Buckets></ListAllMyBucketsResult>");
    }

    const auto found = m_repo->find(bucketName);
    if (!found)
        return fromError(found.problem());
    if (!found->has_value())
        return error(404, QStringLiteral("NoSuchBucket"),
                     S3Text::tr("The specified bucket does not exist: %1").arg(bucketName));
    const buckets::Bucket &bucket = **found;

    if (key.isEmpty()) {
        if (method == "HEAD") {
            http::HttpResponse r;
            r.contentType.clear();
            return r;
        }
        if (method != "GET")
            return error(501, QStringLiteral("NotImplemented"),
                         S3Text::tr("Sloop's folder buckets are made with \"sloop buckets add\"."));
        // ListObjects (V2, and V1's marker as a start).
        const QString prefix = query.queryItemValue(QStringLiteral("prefix"), QUrl::FullyDecoded);
        const QString delimiter =
            query.queryItemValue(QStringLiteral("delimiter"), QUrl::FullyDecoded);
        const bool url =
            query.queryItemValue(QStringLiteral("encoding-type")) == QLatin1String("url");
        bool maxOk = false;
        int maxKeys = query.queryItemValue(QStringLiteral("max-keys")).toInt(&maxOk);
        if (!maxOk || maxKeys <= 0 || maxKeys > 1000)
            maxKeys = 1000;
        QString after =
            query.queryItemValue(QStringLiteral("continuation-token"), QUrl::FullyDecoded);
        if (after.isEmpty())
            after = query.queryItemValue(QStringLiteral("start-after"), QUrl::FullyDecoded);
        if (after.isEmpty())
            after = query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
        const auto listed = buckets::objects::list(bucket, prefix, true);
        if (!listed)
            return fromError(listed.problem());
        QByteArray contents;
        QStringList prefixes;
        int count = 0;
        bool truncated = false;
        QString last;
        for (const buckets::ObjectInfo &o : *listed) {
            if (!after.isEmpty() && o.key <= after)
                continue;
            QString common;
            if (!delimiter.isEmpty()) {
                const int at = o.key.indexOf(delimiter, prefix.size());
                if (at >= 0)
                    common = o.key.left(at + delimiter.size());
            }
            if (!common.isEmpty() && prefixes.contains(common))
                continue;
            if (count == maxKeys) {
                truncated = true;
                break;
            }
            ++count;
            last = o.key;
            if (!common.isEmpty()) {
                prefixes << common;
                continue;
            }
            contents += "<Contents><Key>" + xmlText(encodeKey(o.key, url)) +
                        "</Key><LastModified>" + isoTime(o.lastModifiedMs) +
                        "</LastModified><ETag>" + xmlText(o.eTag) + "</ETag><Size>" +
                        QByteArray::number(o.size) +
                        "</Size><StorageClass>STANDARD</StorageClass></Contents>";
        }
        QByteArray out = "<ListBucketResult xmlns=\"" + kXmlNs + "\"><Name>" +
                         xmlText(bucket.name) + "</Name><Prefix>" +
                         xmlText(encodeKey(prefix, url)) + "</Prefix><KeyCount>" +
                         QByteArray::number(count) + "</KeyCount><MaxKeys>" +
                         QByteArray::number(maxKeys) + "</MaxKeys>";
        if (!delimiter.isEmpty())
            out += "<Delimiter>" + xmlText(encodeKey(delimiter, url)) + "</Delimiter>";
        if (url)
            out += "<EncodingType>url</EncodingType>";
        out += QByteArray("<IsTruncated>") + (truncated ? "true" : "false") + "</IsTruncated>";
        if (truncated)
            out += "<NextContinuationToken>" + xmlText(last) + "</NextContinuationToken>" +
                   "<NextMarker>" + xmlText(last) + "</NextMarker>";
        out += contents;
        for (const QString &p : std::as_const(prefixes))
            out += "<CommonPrefixes><Prefix>" + xmlText(encodeKey(p, url)) +
                   "</Prefix></CommonPrefixes>";
        return xml(200, out + "</ListBucketResult>");
    }

    if (method == "PUT") {
        if (!head.header("x-amz-copy-source").isEmpty())
            return error(501, QStringLiteral("NotImplemented"),
                         S3Text::tr("Copying between objects is not served yet."));
        const auto put = buckets::objects::put(bucket, key, body);
        if (!put)
            return fromError(put.problem(), key);
        if (m_watcher && m_watcher->running())
            m_watcher->objectChanged(bucket, key, put->size, put->eTag, true);
        http::HttpResponse r = xml(200, {});
        r.body.clear();
        r.contentType.clear();
        r.headers.append({QByteArrayLiteral("ETag"), put->eTag.toLatin1()});
        return r;
    }
    if (method == "DELETE") {
        const auto removed = buckets::objects::remove(bucket, key);
        // S3 answers 204 whether or not the key was there.
        if (!removed && removed.kind() != ErrorKind::NotFound)
            return fromError(removed.problem(), key);
        if (removed && m_watcher && m_watcher->running())
            m_watcher->objectChanged(bucket, key, 0, {}, false);
        http::HttpResponse r;
        r.status = 204;
        r.contentType.clear();
        return r;
    }
    if (method == "GET" || method == "HEAD") {
        const auto info = buckets::objects::head(bucket, key);
        if (!info)
            return fromError(info.problem(), key);
        http::HttpResponse r;
        r.status = 200;
        r.contentType = "application/octet-stream";
        r.headers.append({QByteArrayLiteral("ETag"), info->eTag.toLatin1()});
        r.headers.append({QByteArrayLiteral("Last-Modified"), httpDate(info->lastModifiedMs)});
        r.headers.append({QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")});
        if (method == "HEAD") {
            r.headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(info->size)});
            return r;
        }
        const auto data = buckets::objects::get(bucket, key);
        if (!data)
            return fromError(data.problem(), key);
        r.body = *data;
        return r;
    }
    return error(501, QStringLiteral("NotImplemented"),
                 S3Text::tr("%1 on an object is not served.").arg(QString::fromLatin1(method)));
}

} // namespace sloop::awsapi
