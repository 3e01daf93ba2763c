#pragma once

#include "registrytypes.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace sloop::engine {
class DockerClient;
class EngineStream;
class LineSplitter;
} // namespace sloop::engine

namespace sloop::registry {

// Credentials as the engine takes them in X-Registry-Auth (base64url JSON).
QByteArray registryAuthHeader(const RegistryRecord &registry,
                              const std::optional<std::pair<QString, QString>> &credentials);

// A push or pull of one image between an engine and a registry, done by the
// engine (it speaks to the registry; Sloop gives it the credentials),
// reported per layer as the engine streams its progress.
class ImageTransfer : public QObject
{
    Q_OBJECT
public:
    ImageTransfer(engine::DockerClient *client, QObject *parent = nullptr);
    ~ImageTransfer() override;

    // Tags `localImage` as REGISTRY/repository:tag and pushes it.
    void push(const QString &localImage, const RegistryRecord &registry,
              const std::optional<std::pair<QString, QString>> &credentials,
              const QString &repository, const QString &tag);
    void pull(const RegistryRecord &registry,
              const std::optional<std::pair<QString, QString>> &credentials,
              const QString &repository, const QString &tag);

    // The full name pushed or pulled: "127.0.0.1:5000/app:1".
    QString reference() const { return m_reference; }

Q_SIGNALS:
    // A layer's step ("Pushing", "Pushed", "Downloading"…) with bytes done
    // and its size (0 when the engine does not say).
    void progress(const QString &layer, const QString &status, qint64 current, qint64 total);
    // The image's digest in the registry, or why it failed.
    void finished(const sloop::Result<QString> &digest);

private:
    // A bad name or a gone engine: finished() with why, soon; true then.
    bool refused(const QString &repository, const QString &tag);
    void follow(engine::EngineStream *stream);

    QPointer<engine::DockerClient> m_client;
    QString m_reference;
    QString m_digest;
    QString m_error;
    std::unique_ptr<engine::LineSplitter> m_lines;
};

} // namespace sloop::registry
