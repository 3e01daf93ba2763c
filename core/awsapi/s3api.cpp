#include "s3api.h"

#include "buckets/bucketrepository.h"
#include "buckets/bucketwatcher.h"
#include "buckets/folderobjects.h"
#include "buckets/multipartuploads.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>
#include <QXmlStreamReader>

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

// "/bucket/key?versionId=…" (or without the first slash), URL-encoded.
Result<QPair<buckets::Bucket, QString>> S3Api::copySourceOf(const QByteArray &header) const
{
    using R = Result<QPair<buckets::Bucket, QString>>;
    const qsizetype question = header.indexOf('?');
    QString source = QUrl::fromPercentEncoding(question < 0 ? header : header.left(question));
    if (source.startsWith(QLatin1Char('/')))
        source.remove(0, 1);
    const int slash = source.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == source.size() - 1)
        return R::failure(ErrorKind::InvalidInput,
                          S3Text::tr("x-amz-copy-source must name a bucket and a key: %1")
                              .arg(QString::fromUtf8(header)));
    const auto found = m_repo->find(source.left(slash));
    if (!found)
        return R::failure(found.problem());
    if (!found->has_value())
        return R::failure(
            ErrorKind::NotFound,
            S3Text::tr("The specified bucket does not exist: %1").arg(source.left(slash)));
    return qMakePair(**found, source.mid(slash + 1));
}

// A bucket's or an object's sub-resource (?tagging, ?acl, ?policy…): what a
// folder bucket has (no tags, its owner's ACL, no policy) in S3's answers,
// never the object or the listing. None: the request names no sub-resource.
std::optional<http::HttpResponse> S3Api::subresource(const http::HttpRequestHead &head,
                                                     const QUrlQuery &query, bool onObject) const
{
    static const QStringList known{
        QStringLiteral("tagging"),      QStringLiteral("acl"),         QStringLiteral("policy"),
        QStringLiteral("location"),     QStringLiteral("versioning"),  QStringLiteral("cors"),
        QStringLiteral("lifecycle"),    QStringLiteral("encryption"),  QStringLiteral("website"),
        QStringLiteral("attributes"),   QStringLiteral("retention"),   QStringLiteral("legal-hold"),
        QStringLiteral("notification"), QStringLiteral("versions"),    QStringLiteral("torrent"),
        QStringLiteral("object-lock"),  QStringLiteral("replication"), QStringLiteral("logging")};
    QString which;
    for (const QString &name : known)
        if (query.hasQueryItem(name))
            which = name;
    if (which.isEmpty())
        return std::nullopt;
    const QByteArray owner = "<Owner><ID>sloop</ID><DisplayName>sloop</DisplayName></Owner>";
    if (head.method == "GET") {
        if (which == QLatin1String("tagging"))
            return xml(200, "<Tagging xmlns=\"" + kXmlNs + "\"><TagSet></TagSet></Tagging>");
        if (which == QLatin1String("acl"))
            return xml(200, "<AccessControlPolicy xmlns=\"" + kXmlNs + "\">" + owner +
                                "<AccessControlList><Grant><Grantee "
                                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                                "xsi:type=\"CanonicalUser\"><ID>sloop</ID></Grantee><Permission>"
                                "FULL_CONTROL</Permission></Grant></AccessControlList>"
                                "</AccessControlPolicy>");
        if (!onObject && which == QLatin1String("location"))
            return xml(200,
                       "<LocationConstraint xmlns=\"" + kXmlNs + "\">local</LocationConstraint>");
        if (!onObject && which == QLatin1String("versioning"))
            return xml(200, "<VersioningConfiguration xmlns=\"" + kXmlNs + "\"/>");
        // What S3 answers for a bucket without that configuration.
        static const QHash<QString, QPair<const char *, const char *>> unset{
            {QStringLiteral("policy"), {"NoSuchBucketPolicy", "The bucket policy does not exist"}},
            {QStringLiteral("cors"),
             {"NoSuchCORSConfiguration", "The CORS configuration does not exist"}},
            {QStringLiteral("lifecycle"),
             {"NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist"}},
            {QStringLiteral("website"),
             {"NoSuchWebsiteConfiguration", "The specified bucket does not have a website "
                                            "configuration"}},
            {QStringLiteral("encryption"),
             {"ServerSideEncryptionConfigurationNotFoundError",
              "The server side encryption configuration was not found"}}};
        if (!onObject && unset.contains(which)) {
            const auto &[code, message] = unset.value(which);
            return error(404, QString::fromLatin1(code), QString::fromLatin1(message));
        }
    }
    return error(501, QStringLiteral("NotImplemented"),
                 S3Text::tr("Sloop's folder buckets do not serve ?%1 for %2.")
                     .arg(which, QString::fromLatin1(head.method)));
}

// CreateMultipartUpload, UploadPart (and UploadPartCopy),
// CompleteMultipartUpload and AbortMultipartUpload.
http::HttpResponse S3Api::multipart(const http::HttpRequestHead &head, const QByteArray &body,
                                    const buckets::Bucket &bucket, const QString &key,
                                    const QUrlQuery &query)
{
    namespace mp = buckets::multipart;
    const QByteArray method = head.method;
    const QString uploadId = query.queryItemValue(QStringLiteral("uploadId"));
    const auto noSuchUpload = [](const Error &e) {
        return e.kind == ErrorKind::NotFound ? error(404, QStringLiteral("NoSuchUpload"), e.message)
                                             : fromError(e);
    };
    if (method == "POST" && query.hasQueryItem(QStringLiteral("uploads"))) {
        const auto id = mp::create(bucket, key);
        if (!id)
            return fromError(id.problem(), key);
        return xml(200, "<InitiateMultipartUploadResult xmlns=\"" + kXmlNs + "\"><Bucket>" +
                            xmlText(bucket.name) + "</Bucket><Key>" + xmlText(key) +
                            "</Key><UploadId>" + id->toLatin1() +
                            "</UploadId></InitiateMultipartUploadResult>");
    }
    if (method == "PUT") {
        bool numbered = false;
        const int number = query.queryItemValue(QStringLiteral("partNumber")).toInt(&numbered);
        if (!numbered)
            return error(400, QStringLiteral("InvalidArgument"),
                         S3Text::tr("An upload's part needs a partNumber."));
        const QByteArray copySource = head.header("x-amz-copy-source");
        if (copySource.isEmpty()) {
            const auto eTag = mp::putPart(bucket, key, uploadId, number, body);
            if (!eTag)
                return noSuchUpload(eTag.problem());
            http::HttpResponse r;
            r.contentType.clear();
            r.headers.append({QByteArrayLiteral("ETag"), eTag->toLatin1()});
            return r;
        }
        const auto source = copySourceOf(copySource);
        if (!source)
            return error(400, QStringLiteral("InvalidArgument"), source.error());
        const auto sourceInfo = buckets::objects::head(source->first, source->second);
        if (!sourceInfo)
            return fromError(sourceInfo.problem(), source->second);
        // "bytes=first-last", inclusive; none: the whole object.
        qint64 first = 0, last = -1;
        const QByteArray range = head.header("x-amz-copy-source-range");
        if (!range.isEmpty()) {
            const QList<QByteArray> ends = range.mid(range.indexOf('=') + 1).split('-');
            bool a = false, b = false;
            first = ends.value(0).toLongLong(&a);
            last = ends.value(1).toLongLong(&b);
            if (!range.startsWith("bytes=") || !a || !b)
                return error(400, QStringLiteral("InvalidArgument"),
                             S3Text::tr("x-amz-copy-source-range must be bytes=FIRST-LAST."));
        }
        const auto eTag =
            mp::copyPart(bucket, key, uploadId, number, source->first, source->second, first, last);
        if (!eTag)
            return eTag.kind() == ErrorKind::InvalidInput
                       ? error(416, QStringLiteral("InvalidRange"), eTag.error())
                       : noSuchUpload(eTag.problem());
        return xml(200, "<CopyPartResult><LastModified>" + isoTime(sourceInfo->lastModifiedMs) +
                            "</LastModified><ETag>" + xmlText(*eTag) + "</ETag></CopyPartResult>");
    }
    if (method == "POST") {
        QList<mp::CompletedPart> parts;
        QXmlStreamReader reader(body);
        mp::CompletedPart part;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("Part"))
                part = {};
            else if (reader.isStartElement() && reader.name() == QLatin1String("PartNumber"))
                part.number = reader.readElementText().toInt();
            else if (reader.isStartElement() && reader.name() == QLatin1String("ETag"))
                part.eTag = reader.readElementText();
            else if (reader.isEndElement() && reader.name() == QLatin1String("Part"))
                parts.append(part);
        }
        if (reader.hasError())
            return error(400, QStringLiteral("MalformedXML"),
                         S3Text::tr("The XML you provided was not well-formed: %1")
                             .arg(reader.errorString()));
        QString code;
        const auto done = mp::complete(bucket, key, uploadId, parts, &code);
        if (!done)
            return done.kind() == ErrorKind::InvalidInput ? error(400, code, done.error())
                                                          : noSuchUpload(done.problem());
        if (m_watcher && m_watcher->running())
            m_watcher->objectChanged(bucket, key, done->size, done->eTag, true);
        return xml(200, "<CompleteMultipartUploadResult xmlns=\"" + kXmlNs + "\"><Location>/" +
                            xmlText(bucket.name) + '/' + xmlText(key) + "</Location><Bucket>" +
                            xmlText(bucket.name) + "</Bucket><Key>" + xmlText(key) +
                            "</Key><ETag>" + xmlText(done->eTag) +
                            "</ETag></CompleteMultipartUploadResult>");
    }
    if (method == "DELETE") {
        if (const VoidResult aborted = mp::abort(bucket, key, uploadId); !aborted)
            return noSuchUpload(aborted.problem());
        http::HttpResponse r;
        r.status = 204;
        r.contentType.clear();
        return r;
    }
    return error(501, QStringLiteral("NotImplemented"),
                 S3Text::tr("%1 on an upload is not served.").arg(QString::fromLatin1(method)));
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

    if (const auto answered = subresource(head, query, !key.isEmpty()))
        return *answered;
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

    if (query.hasQueryItem(QStringLiteral("uploads")) ||
        query.hasQueryItem(QStringLiteral("uploadId")))
        return multipart(head, body, bucket, key, query);
    const QByteArray copySource = head.header("x-amz-copy-source");
    if (method == "PUT" && !copySource.isEmpty()) {
        const auto source = copySourceOf(copySource);
        if (!source)
            return error(400, QStringLiteral("InvalidArgument"), source.error());
        const auto copied = buckets::objects::copy(source->first, source->second, bucket, key);
        if (!copied)
            return fromError(copied.problem(), source->second);
        if (m_watcher && m_watcher->running())
            m_watcher->objectChanged(bucket, key, copied->size, copied->eTag, true);
        return xml(200, "<CopyObjectResult><LastModified>" + isoTime(copied->lastModifiedMs) +
                            "</LastModified><ETag>" + xmlText(copied->eTag) +
                            "</ETag></CopyObjectResult>");
    }
    if (method == "PUT") {
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
