#include "enginecatalog.h"

#include "dockerclient.h"
#include "streamtransport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sloop::engine {

Result<QString> socketPathFromAddress(const QString &address)
{
    if (address.startsWith(QLatin1String("unix://"))) {
        const QString path = address.mid(7);
        if (QDir::isAbsolutePath(path))
            return path;
    } else if (QDir::isAbsolutePath(address)) {
        return address;
    }
    return Result<QString>::failure(
        QCoreApplication::translate("Engine", "Sloop reaches engines through a unix socket "
                                              "(unix:///path/to/docker.sock); \"%1\" is not one. "
                                              "A remote engine is reached through its SSH host.")
            .arg(address));
}

QList<EngineEndpoint> discoverLocalEngines()
{
    QList<EngineEndpoint> out;
    QString dockerSocket = QStringLiteral("/var/run/docker.sock");
    const QString dockerHost = qEnvironmentVariable("DOCKER_HOST");
    if (!dockerHost.isEmpty()) {
        const Result<QString> path = socketPathFromAddress(dockerHost);
        if (path)
            dockerSocket = path.value();
    }
    out.append({QStringLiteral("local"), QStringLiteral("unix://") + dockerSocket,
                dockerSocket.contains(QLatin1String("podman")) ? QStringLiteral("podman")
                                                               : QStringLiteral("docker"),
                dockerSocket});

    QStringList podmanSockets;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        podmanSockets << runtime + QStringLiteral("/podman/podman.sock");
    podmanSockets << QStringLiteral("/run/podman/podman.sock");
    for (const QString &socket : podmanSockets) {
        if (socket == dockerSocket || !QFileInfo::exists(socket))
            continue;
        out.append({QStringLiteral("podman"), QStringLiteral("unix://") + socket,
                    QStringLiteral("podman"), socket});
        break;
    }
    return out;
}

EngineManager::EngineManager(CommandLog *log, QObject *parent)
    : QObject(parent), m_log(log), m_engines(discoverLocalEngines())
{
}

void EngineManager::setEngines(QList<EngineEndpoint> engines)
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_engines = std::move(engines);
    Q_EMIT enginesChanged();
}

QString EngineManager::defaultEngine() const
{
    return m_engines.isEmpty() ? QString() : m_engines.first().name;
}

DockerClient *EngineManager::client(const QString &name)
{
    for (DockerClient *c : std::as_const(m_clients)) {
        if (c->name() == name)
            return c;
    }
    for (const EngineEndpoint &e : std::as_const(m_engines)) {
        if (e.name != name)
            continue;
        auto *c = new DockerClient(e.name, std::make_shared<UnixSocketTransport>(e.socketPath),
                                   m_log, this);
        m_clients.append(c);
        return c;
    }
    return nullptr;
}

} // namespace sloop::engine
