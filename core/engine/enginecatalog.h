#pragma once

#include "util/result.h"

#include <QList>
#include <QObject>
#include <QString>

namespace sloop {
class CommandLog;
}

namespace sloop::engine {

class DockerClient;

struct EngineEndpoint
{
    QString name;       // "local", "podman", or a name the person chose
    QString address;    // "unix:///var/run/docker.sock"
    QString kind;       // "docker", "podman"
    QString socketPath; // the path part of a unix:// address
    QString sshHost;    // a remote engine: the SSH host whose socket is forwarded to socketPath
};

// Parses "unix:///path" (or a bare absolute path). Other schemes are refused
// with a message: a remote engine is reached over SSH, not raw TCP.
Result<QString> socketPathFromAddress(const QString &address);

// Which engines this machine has: the local Docker engine (DOCKER_HOST
// honoured), and Podman's compatible sockets when they exist.
QList<EngineEndpoint> discoverLocalEngines();

// Owns one DockerClient per engine, made when first asked for.
class EngineManager : public QObject
{
    Q_OBJECT
public:
    explicit EngineManager(CommandLog *log, QObject *parent = nullptr);

    QList<EngineEndpoint> engines() const { return m_engines; }
    void setEngines(QList<EngineEndpoint> engines);
    // Adds (or replaces, by name) one engine without touching the others'
    // clients: remote engines come and go as hosts are checked.
    void addEngine(const EngineEndpoint &engine);
    void removeEngine(const QString &name);
    const EngineEndpoint *find(const QString &name) const;
    // nullptr when no engine has that name.
    DockerClient *client(const QString &name);
    QString defaultEngine() const;

Q_SIGNALS:
    void enginesChanged();
    void engineAdded(const QString &name);
    void engineRemoved(const QString &name);

private:
    CommandLog *m_log;
    QList<EngineEndpoint> m_engines;
    QList<DockerClient *> m_clients;
};

} // namespace sloop::engine
