#include "enginecatalog.h"

#include <algorithm>

#include "addedengines.h"
#include "dockerclient.h"
#include "http/streamtransport.h"

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
                dockerSocket, QString()});

    QStringList podmanSockets;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        podmanSockets << runtime + QStringLiteral("/podman/podman.sock");
    podmanSockets << QStringLiteral("/run/podman/podman.sock");
    for (const QString &socket : podmanSockets) {
        if (socket == dockerSocket || !QFileInfo::exists(socket))
            continue;
        out.append({QStringLiteral("podman"), QStringLiteral("unix://") + socket,
                    QStringLiteral("podman"), socket, QString()});
        break;
    }
    return out;
}

EngineManager::EngineManager(CommandLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_engines(knownEngines())
{
}

void EngineManager::setEngines(QList<EngineEndpoint> engines)
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_engines = std::move(engines);
    Q_EMIT enginesChanged();
}

void EngineManager::addEngine(const EngineEndpoint &engine)
{
    const EngineEndpoint *existing = find(engine.name);
    if (existing && existing->socketPath == engine.socketPath &&
        existing->address == engine.address)
        return;
    if (existing)
        removeEngine(engine.name);
    m_engines.append(engine);
    Q_EMIT engineAdded(engine.name);
}

void EngineManager::removeEngine(const QString &name)
{
    const auto gone = std::remove_if(m_engines.begin(), m_engines.end(),
                                     [&](const EngineEndpoint &e) { return e.name == name; });
    if (gone == m_engines.end())
        return;
    m_engines.erase(gone, m_engines.end());
    // Listeners drop what they built on the client before it goes.
    Q_EMIT engineRemoved(name);
    for (qsizetype i = 0; i < m_clients.size(); ++i) {
        if (m_clients[i]->name() == name) {
            m_clients.takeAt(i)->deleteLater();
            break;
        }
    }
}

const EngineEndpoint *EngineManager::find(const QString &name) const
{
    for (const EngineEndpoint &e : m_engines)
        if (e.name == name)
            return &e;
    return nullptr;
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
        auto *c = new DockerClient(
            e.name, std::make_shared<http::UnixSocketTransport>(e.socketPath), m_log, this);
        m_clients.append(c);
        return c;
    }
    return nullptr;
}

} // namespace sloop::engine
