#pragma once

#include "hostrecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace sloop::engine {
class EngineManager;
}

namespace sloop::ssh {
class SshSocketForward;
}

namespace sloop::hosts {

class HostConnections;

// The Docker engines of SSH hosts, listed next to the local one. When a
// host check finds Docker, its /var/run/docker.sock is forwarded to a local
// socket over the host's session (what `ssh -L` does) and registered as an
// engine named after the host; the containers pages then work unchanged.
// A host that is removed, edited or loses Docker takes its engine away.
class RemoteEngines : public QObject
{
    Q_OBJECT
public:
    RemoteEngines(HostConnections *hosts, engine::EngineManager *engines,
                  QObject *parent = nullptr);
    ~RemoteEngines() override;

    static QString remoteSocketPath() { return QStringLiteral("/var/run/docker.sock"); }
    // "ssh://user@address:port/var/run/docker.sock", for the engine list.
    static QString addressOf(const HostRecord &host);

    // Registers the host's engine now (normally done when a check finds
    // Docker). Returns false when the name is taken by a local engine.
    bool add(const HostRecord &host);
    void remove(const QString &hostName);
    QStringList hostsWithEngines() const { return m_forwards.keys(); }

private:
    void onStatusChanged(const QString &hostName);

    HostConnections *m_hosts;
    engine::EngineManager *m_engines;
    QHash<QString, QPointer<ssh::SshSocketForward>> m_forwards; // by host name
};

} // namespace sloop::hosts
