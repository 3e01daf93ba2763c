#include "registryclient.h"

#include "util/futures.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace sloop::registry {

namespace {

struct RegistryText
{
    Q_DECLARE_TR_FUNCTIONS(Registry)
};

const QByteArray kManifestTypes =
    "application/vnd.docker.distribution.manifest.v2+json, "
    "application/vnd.docker.distribution.manifest.list.v2+json, "
    "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json";

QString sha256Of(const QByteArray &bytes)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// `</v2/_catalog?last=x&n=100>; rel="next"` → "/v2/_catalog?last=x&n=100".
QString nextPage(const QByteArray &link)
{
    static const QRegularExpression next(QStringLiteral("<([^>]+)>\\s*;\\s*rel=\"?next\"?"));
    const QRegularExpressionMatch m = next.match(QString::fromUtf8(link));
    if (!m.hasMatch())
        return {};
    const QUrl url(m.captured(1));
    // Only a path on this registry: a Link elsewhere is not followed.
    return url.host().isEmpty() ? m.captured(1) : QString();
}

} // namespace

RegistryClient::RegistryClient(RegistryRecord record,
                               std::optional<std::pair<QString, QString>> credentials,
                               QObject *parent)
    : QObject(parent)
    , m_record(std::move(record))
    , m_credentials(std::move(credentials))
    , m_http(new http::HttpClient(this))
{
}

QString RegistryClient::checkRepository(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral(
        "^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"));
    if (name.size() > 255 || !valid.match(name).hasMatch())
        return RegistryText::tr("\"%1\" is not a repository name: lowercase letters, digits and "
                                "'.', '_', '-' between them, parts joined by '/'.")
            .arg(name.left(80));
    return {};
}

QString RegistryClient::checkTag(const QString &tag)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    if (!valid.match(tag).hasMatch())
        return RegistryText::tr("\"%1\" is not a tag: up to 128 letters, digits, '_', '.' and "
                                "'-', not starting with '.' or '-'.")
            .arg(tag.left(80));
    return {};
}

QHash<QString, QString> parseChallenge(const QByteArray &header)
{
    QHash<QString, QString> out;
    const QString text = QString::fromUtf8(header).trimmed();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    out.insert(QString(), (space < 0 ? text : text.left(space)).toLower());
    static const QRegularExpression param(
        QStringLiteral("([A-Za-z_]+)=(?:\"([^\"]*)\"|([^,\\s]*))"));
    auto it = param.globalMatch(space < 0 ? QString() : text.mid(space + 1));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out.insert(m.captured(1).toLower(), m.captured(2).isNull() ? m.captured(3) : m.captured(2));
    }
    return out;
}

Result<ManifestInfo> parseManifest(const QByteArray &body, const QByteArray &contentType)
{
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(body, &error).object();
    if (error.error != QJsonParseError::NoError || doc.isEmpty())
        return Result<ManifestInfo>::failure(
            ErrorKind::InvalidInput,
            RegistryText::tr("The registry sent a manifest that is not JSON (%1 bytes).")
                .arg(body.size()));
    ManifestInfo m;
    m.mediaType = doc.value(QLatin1String("mediaType")).toString();
    if (m.mediaType.isEmpty())
        m.mediaType = QString::fromLatin1(contentType.split(';').first().trimmed());
    const QJsonArray manifests = doc.value(QLatin1String("manifests")).toArray();
    m.isIndex = m.mediaType.contains(QLatin1String("list")) ||
                m.mediaType.contains(QLatin1String("index")) || !manifests.isEmpty();
    if (m.isIndex) {
        for (const QJsonValue v : manifests) {
            const QJsonObject p = v[QLatin1String("platform")].toObject();
            QString platform = p.value(QLatin1String("os")).toString() + QLatin1Char('/') +
                               p.value(QLatin1String("architecture")).toString();
            if (p.contains(QLatin1String("variant")))
                platform += QLatin1Char('/') + p.value(QLatin1String("variant")).toString();
            m.platforms.append(platform);
            m.size += v[QLatin1String("size")].toInteger();
        }
        return m;
    }
    const QJsonObject config = doc.value(QLatin1String("config")).toObject();
    if (config.isEmpty())
        return Result<ManifestInfo>::failure(
            ErrorKind::Unsupported,
            RegistryText::tr("The manifest has no config (schema 1 manifests are not read)."));
    m.size = config.value(QLatin1String("size")).toInteger();
    for (const QJsonValue layer : doc.value(QLatin1String("layers")).toArray()) {
        m.size += layer[QLatin1String("size")].toInteger();
        ++m.layers;
    }
    return m;
}

Error RegistryClient::problem(const Response &r) const
{
    // {"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}
    const QJsonArray errors =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("errors")).toArray();
    QStringList messages;
    for (const QJsonValue e : errors)
        messages.append(e[QLatin1String("message")].toString() + QStringLiteral(" (") +
                        e[QLatin1String("code")].toString() + QLatin1Char(')'));
    const QString message =
        messages.isEmpty()
            ? RegistryText::tr("Registry %1 answered HTTP %2.").arg(m_record.name).arg(r.status)
            : RegistryText::tr("Registry %1: %2")
                  .arg(m_record.name, messages.join(QStringLiteral("; ")));
    return Error::make(errorKindForHttpStatus(r.status), message, r.status);
}

void RegistryClient::exchange(const QByteArray &method, const QString &pathAndQuery,
                              const QList<std::pair<QByteArray, QByteArray>> &headers, Done done,
                              bool retried)
{
    http::ClientRequest request;
    request.method = method;
    request.url = QUrl(m_record.url + pathAndQuery);
    request.headers = headers;
    request.caFile = m_record.caFile;
    if (!m_authorization.isEmpty())
        request.headers.append({"Authorization", m_authorization});
    whenFinished(
        m_http->send(request), this,
        [this, method, pathAndQuery, headers, done, retried](const Result<Response> &answer) {
            if (!answer)
                return done(Result<Response>::failure(answer.problem()));
            if (answer->status != 401)
                return done(answer);
            const QByteArray challenge = answer->header("WWW-Authenticate");
            if (retried || challenge.isEmpty())
                return done(Result<Response>::failure(
                    ErrorKind::Unauthorized,
                    m_credentials ? RegistryText::tr("Registry %1 refused the credentials of %2.")
                                        .arg(m_record.name, m_credentials->first)
                                  : RegistryText::tr("Registry %1 wants you to sign in: add it "
                                                     "again with --user.")
                                        .arg(m_record.name)));
            signIn(challenge,
                   [this, method, pathAndQuery, headers, done](const VoidResult &signedIn) {
                       if (!signedIn)
                           return done(Result<Response>::failure(signedIn.problem()));
                       exchange(method, pathAndQuery, headers, done, true);
                   });
        });
}

void RegistryClient::signIn(const QByteArray &challenge, std::function<void(VoidResult)> then)
{
    const QHash<QString, QString> c = parseChallenge(challenge);
    const QByteArray basic =
        m_credentials ? "Basic " + (m_credentials->first + QLatin1Char(':') + m_credentials->second)
                                       .toUtf8()
                                       .toBase64()
                      : QByteArray();
    if (c.value(QString()) == QLatin1String("basic")) {
        if (basic.isEmpty())
            return then(VoidResult::failure(
                ErrorKind::Unauthorized,
                RegistryText::tr("Registry %1 wants a user and password: add it again with "
                                 "--user.")
                    .arg(m_record.name)));
        m_authorization = basic;
        return then({});
    }
    if (c.value(QString()) != QLatin1String("bearer") || c.value(QStringLiteral("realm")).isEmpty())
        return then(VoidResult::failure(
            ErrorKind::Unsupported,
            RegistryText::tr("Registry %1 asks for a sign-in Sloop does not speak: %2")
                .arg(m_record.name, QString::fromUtf8(challenge.left(120)))));
    // The token service: anonymous, or with the user's Basic credentials.
    QUrl realm(c.value(QStringLiteral("realm")));
    if (realm.scheme() != QLatin1String("https") && realm.scheme() != QLatin1String("http"))
        return then(VoidResult::failure(ErrorKind::InvalidInput,
                                        RegistryText::tr("Registry %1 names a token service that "
                                                         "is not a web address.")
                                            .arg(m_record.name)));
    QUrlQuery query(realm);
    if (c.contains(QStringLiteral("service")))
        query.addQueryItem(QStringLiteral("service"), c.value(QStringLiteral("service")));
    if (c.contains(QStringLiteral("scope")))
        query.addQueryItem(QStringLiteral("scope"), c.value(QStringLiteral("scope")));
    realm.setQuery(query);
    http::ClientRequest request;
    request.url = realm;
    request.caFile = m_record.caFile;
    if (!basic.isEmpty())
        request.headers.append({"Authorization", basic});
    whenFinished(m_http->send(request), this, [this, then](const Result<Response> &answer) {
        if (!answer)
            return then(VoidResult::failure(answer.problem()));
        if (answer->status == 401 || answer->status == 403)
            return then(VoidResult::failure(
                ErrorKind::Unauthorized,
                RegistryText::tr("The token service of registry %1 refused the credentials.")
                    .arg(m_record.name)));
        const QJsonObject doc = QJsonDocument::fromJson(answer->body).object();
        QString token = doc.value(QLatin1String("token")).toString();
        if (token.isEmpty())
            token = doc.value(QLatin1String("access_token")).toString();
        if (answer->status >= 400 || token.isEmpty())
            return then(VoidResult::failure(
                ErrorKind::InvalidInput,
                RegistryText::tr("The token service of registry %1 gave no token (HTTP %2).")
                    .arg(m_record.name)
                    .arg(answer->status)));
        m_authorization = "Bearer " + token.toUtf8();
        then({});
    });
}

QFuture<VoidResult> RegistryClient::ping()
{
    PendingResult<VoidResult> chain;
    exchange("GET", QStringLiteral("/v2/"), {}, [this, chain](const Result<Response> &r) {
        if (!r)
            return chain.settle(VoidResult::failure(r.problem()));
        if (r->status >= 400)
            return chain.settle(VoidResult::failure(problem(*r)));
        if (r->header("Docker-Distribution-Api-Version").isEmpty() && r->body.trimmed() != "{}")
            return chain.settle(VoidResult::failure(
                ErrorKind::Unsupported,
                RegistryText::tr("%1 answers, but not as a registry (no Distribution API v2 at "
                                 "/v2/).")
                    .arg(m_record.url)));
        chain.settle({});
    });
    return chain.future();
}

void RegistryClient::collectPages(QString path, QStringList sofar, const char *listKey,
                                  std::function<void(Result<QStringList>)> done)
{
    exchange("GET", path, {}, [this, sofar, listKey, done](const Result<Response> &r) mutable {
        if (!r)
            return done(Result<QStringList>::failure(r.problem()));
        if (r->status >= 400)
            return done(Result<QStringList>::failure(problem(*r)));
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r->body, &error).object();
        if (error.error != QJsonParseError::NoError)
            return done(Result<QStringList>::failure(
                ErrorKind::InvalidInput,
                RegistryText::tr("Registry %1 sent a list that is not JSON (%2 bytes).")
                    .arg(m_record.name)
                    .arg(r->body.size())));
        for (const QJsonValue v : doc.value(QLatin1String(listKey)).toArray())
            sofar.append(v.toString());
        const QString next = nextPage(r->header("Link"));
        // A registry that pages forever is cut at 100,000 names.
        if (next.isEmpty() || sofar.size() > 100000)
            return done(sofar);
        collectPages(next, sofar, listKey, done);
    });
}

QFuture<Result<QStringList>> RegistryClient::repositories(int pageSize)
{
    PendingResult<Result<QStringList>> chain;
    collectPages(QStringLiteral("/v2/_catalog?n=%1").arg(qBound(1, pageSize, 1000)), {},
                 "repositories", [chain](const Result<QStringList> &r) { chain.settle(r); });
    return chain.future();
}

QFuture<Result<QStringList>> RegistryClient::tags(const QString &repository)
{
    if (const QString bad = checkRepository(repository); !bad.isEmpty())
        return QtFuture::makeReadyFuture(
            Result<QStringList>::failure(ErrorKind::InvalidInput, bad));
    PendingResult<Result<QStringList>> chain;
    collectPages(QStringLiteral("/v2/%1/tags/list?n=1000").arg(repository), {}, "tags",
                 [chain](const Result<QStringList> &r) { chain.settle(r); });
    return chain.future();
}

QFuture<Result<ManifestInfo>> RegistryClient::manifest(const QString &repository,
                                                       const QString &reference)
{
    const bool byDigest = reference.startsWith(QLatin1String("sha256:"));
    QString bad = checkRepository(repository);
    if (bad.isEmpty() && !byDigest)
        bad = checkTag(reference);
    if (!bad.isEmpty())
        return QtFuture::makeReadyFuture(
            Result<ManifestInfo>::failure(ErrorKind::InvalidInput, bad));
    PendingResult<Result<ManifestInfo>> chain;
    const QString path = QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference);
    exchange("GET", path, {{"Accept", kManifestTypes}},
             [this, chain, repository, reference, byDigest](const Result<Response> &r) {
                 if (!r)
                     return chain.settle(Result<ManifestInfo>::failure(r.problem()));
                 if (r->status >= 400)
                     return chain.settle(Result<ManifestInfo>::failure(problem(*r)));
                 const QString digest = sha256Of(r->body);
                 const QString said = QString::fromLatin1(r->header("Docker-Content-Digest"));
                 if ((!said.isEmpty() && said != digest) || (byDigest && reference != digest))
                     return chain.settle(Result<ManifestInfo>::failure(
                         ErrorKind::InvalidInput,
                         RegistryText::tr("Registry %1 sent a manifest for %2 whose bytes do "
                                          "not match its digest (%3, said %4): not used.")
                             .arg(m_record.name, repository, digest, byDigest ? reference : said)));
                 Result<ManifestInfo> parsed = parseManifest(r->body, r->header("Content-Type"));
                 if (!parsed)
                     return chain.settle(parsed);
                 ManifestInfo info = *parsed;
                 info.digest = digest;
                 const QJsonObject doc = QJsonDocument::fromJson(r->body).object();
                 const QString config =
                     doc.value(QLatin1String("config"))[QLatin1String("digest")].toString();
                 if (info.isIndex || !config.startsWith(QLatin1String("sha256:")))
                     return chain.settle(info);
                 // The creation time is in the image's config blob.
                 exchange("GET", QStringLiteral("/v2/%1/blobs/%2").arg(repository, config), {},
                          [this, chain, info, config](const Result<Response> &blob) mutable {
                              if (!blob || blob->status >= 400)
                                  return chain.settle(info); // the manifest alone still says much
                              if (sha256Of(blob->body) != config)
                                  return chain.settle(Result<ManifestInfo>::failure(
                                      ErrorKind::InvalidInput,
                                      RegistryText::tr("Registry %1 sent an image config whose "
                                                       "bytes do not match its digest %2.")
                                          .arg(m_record.name, config)));
                              info.created =
                                  QDateTime::fromString(QJsonDocument::fromJson(blob->body)
                                                            .object()
                                                            .value(QLatin1String("created"))
                                                            .toString(),
                                                        Qt::ISODateWithMs);
                              chain.settle(info);
                          });
             });
    return chain.future();
}

QFuture<VoidResult> RegistryClient::deleteTag(const QString &repository, const QString &tag)
{
    PendingResult<VoidResult> chain;
    whenFinished(manifest(repository, tag), this,
                 [this, chain, repository](const Result<ManifestInfo> &m) {
                     if (!m)
                         return chain.settle(VoidResult::failure(m.problem()));
                     whenFinished(deleteManifest(repository, m->digest), this,
                                  [chain](const VoidResult &r) { chain.settle(r); });
                 });
    return chain.future();
}

QFuture<VoidResult> RegistryClient::deleteManifest(const QString &repository, const QString &digest)
{
    PendingResult<VoidResult> chain;
    static const QRegularExpression sha(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    if (!sha.match(digest).hasMatch()) {
        chain.settle(VoidResult::failure(ErrorKind::InvalidInput,
                                         RegistryText::tr("\"%1\" is not a digest.").arg(digest)));
        return chain.future();
    }
    exchange(
        "DELETE", QStringLiteral("/v2/%1/manifests/%2").arg(repository, digest), {},
        [this, chain](const Result<Response> &r) {
            if (!r)
                return chain.settle(VoidResult::failure(r.problem()));
            if (r->status == 405)
                return chain.settle(VoidResult::failure(
                    ErrorKind::Unsupported, RegistryText::tr("Registry %1 does not allow deleting "
                                                             "(its storage.delete.enabled is off).")
                                                .arg(m_record.name)));
            if (r->status >= 400)
                return chain.settle(VoidResult::failure(problem(*r)));
            chain.settle({});
        });
    return chain.future();
}

} // namespace sloop::registry
