#include "imagetransfer.h"

#include "engine/dockerclient.h"
#include "engine/streamdecoders.h"
#include "registryclient.h"
#include "util/futures.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sloop::registry {

namespace {

struct TransferText
{
    Q_DECLARE_TR_FUNCTIONS(Registry)
};

} // namespace

QByteArray registryAuthHeader(const RegistryRecord &registry,
                              const std::optional<std::pair<QString, QString>> &credentials)
{
    QJsonObject auth{{QStringLiteral("serveraddress"), registry.host()}};
    if (credentials) {
        auth.insert(QStringLiteral("username"), credentials->first);
        auth.insert(QStringLiteral("password"), credentials->second);
    }
    return QJsonDocument(auth)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding);
}

ImageTransfer::ImageTransfer(engine::DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lines(std::make_unique<engine::LineSplitter>())
{
}

ImageTransfer::~ImageTransfer() = default;

bool ImageTransfer::refused(const QString &repository, const QString &tag)
{
    QString bad = RegistryClient::checkRepository(repository);
    if (bad.isEmpty())
        bad = RegistryClient::checkTag(tag);
    if (bad.isEmpty() && m_client)
        return false;
    // Said after the caller has connected, as every other outcome.
    QMetaObject::invokeMethod(
        this,
        [this, bad] {
            Q_EMIT finished(Result<QString>::failure(
                ErrorKind::InvalidInput,
                bad.isEmpty() ? TransferText::tr("The engine is gone.") : bad));
        },
        Qt::QueuedConnection);
    return true;
}

void ImageTransfer::push(const QString &localImage, const RegistryRecord &registry,
                         const std::optional<std::pair<QString, QString>> &credentials,
                         const QString &repository, const QString &tag)
{
    if (refused(repository, tag))
        return;
    const QString name = registry.host() + QLatin1Char('/') + repository;
    m_reference = name + QLatin1Char(':') + tag;
    const QByteArray auth = registryAuthHeader(registry, credentials);
    whenFinished(
        m_client->tagImage(localImage, name, tag), this,
        [this, name, tag, auth, localImage](const VoidResult &tagged) {
            if (!tagged || !m_client)
                return Q_EMIT finished(Result<QString>::failure(
                    tagged ? Error{ErrorKind::Unreachable, TransferText::tr("The engine is gone.")}
                           : tagged.problem().withMessage(
                                 TransferText::tr("Cannot tag %1 for the registry: %2")
                                     .arg(localImage, tagged.error()))));
            follow(m_client->pushImage(name, tag, auth, this));
        });
}

void ImageTransfer::pull(const RegistryRecord &registry,
                         const std::optional<std::pair<QString, QString>> &credentials,
                         const QString &repository, const QString &tag)
{
    m_reference = registry.host() + QLatin1Char('/') + repository + QLatin1Char(':') + tag;
    if (refused(repository, tag))
        return;
    follow(m_client->pullImage(m_reference, this, registryAuthHeader(registry, credentials)));
}

void ImageTransfer::follow(engine::EngineStream *stream)
{
    connect(stream, &engine::EngineStream::data, this, [this](const QByteArray &bytes) {
        QList<QByteArray> lines;
        m_lines->feed(bytes, &lines);
        for (const QByteArray &line : std::as_const(lines)) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.contains(QLatin1String("errorDetail")) || o.contains(QLatin1String("error"))) {
                m_error =
                    o.value(QLatin1String("errorDetail"))[QLatin1String("message")].toString();
                if (m_error.isEmpty())
                    m_error = o.value(QLatin1String("error")).toString();
                continue;
            }
            // A push ends with {"aux":{"Tag":…,"Digest":…,"Size":…}}; a pull
            // says "Digest: sha256:…".
            const QString digest =
                o.value(QLatin1String("aux"))[QLatin1String("Digest")].toString();
            if (!digest.isEmpty())
                m_digest = digest;
            const QString status = o.value(QLatin1String("status")).toString();
            if (status.startsWith(QLatin1String("Digest: ")))
                m_digest = status.mid(8).trimmed();
            const QJsonObject detail = o.value(QLatin1String("progressDetail")).toObject();
            if (!status.isEmpty())
                Q_EMIT progress(o.value(QLatin1String("id")).toString(), status,
                                detail.value(QLatin1String("current")).toInteger(),
                                detail.value(QLatin1String("total")).toInteger());
        }
    });
    connect(stream, &engine::EngineStream::finished, this, [this, stream](const QString &e) {
        stream->deleteLater();
        const QString problem = !e.isEmpty() ? e : m_error;
        if (!problem.isEmpty())
            return Q_EMIT finished(Result<QString>::failure(
                problem.contains(QLatin1String("unauthorized")) ||
                        problem.contains(QLatin1String("authentication required"))
                    ? ErrorKind::Unauthorized
                    : ErrorKind::Refused,
                TransferText::tr("%1: %2").arg(m_reference, problem)));
        if (m_digest.isEmpty())
            return Q_EMIT finished(Result<QString>::failure(
                ErrorKind::InvalidInput,
                TransferText::tr("%1: the engine did not say the image's digest.")
                    .arg(m_reference)));
        Q_EMIT finished(m_digest);
    });
}

} // namespace sloop::registry
