#include "remoteengines.h"

#include "engine/enginecatalog.h"
#include "hostconnections.h"
#include "ssh/sshsocketforward.h"
#include "util/logging.h"

namespace sloop::hosts {

RemoteEngines::RemoteEngines(HostConnections *hosts, engine::EngineManager *engines,
                             QObject *parent)
    : QObject(parent)
    , m_hosts(hosts)
    , m_engines(engines)
{
    connect(m_hosts, &HostConnections::statusChanged, this, &RemoteEngines::onStatusChanged);
    // The forward runs on the old session: a new one needs a new forward.
    connect(m_hosts, &HostConnections::sessionReplaced, this, &RemoteEngines::remove);
}

RemoteEngines::~RemoteEngines()
{
    for (const QPointer<ssh::SshSocketForward> &f : std::as_const(m_forwards))
        delete f.data();
}

QString RemoteEngines::addressOf(const HostRecord &host)
{
    QString where = host.address;
    if (where.contains(QLatin1Char(':')))
        where = QLatin1Char('[') + where + QLatin1Char(']'); // an IPv6 literal
    if (!host.user.isEmpty())
        where = host.user + QLatin1Char('@') + where;
    if (host.port != 22)
        where += QLatin1Char(':') + QString::number(host.port);
    return QStringLiteral("ssh://") + where + remoteSocketPath();
}

void RemoteEngines::onStatusChanged(const QString &hostName)
{
    const HostStatus status = m_hosts->status(hostName);
    const std::optional<HostRecord> record = m_hosts->record(hostName);
    if (!record) {
        remove(hostName);
        return;
    }
    // Only a positive answer adds, and only a definite "no Docker" removes:
    // a host that is briefly unreachable keeps its engine (the engine page
    // says it is not answering, and the forward reconnects).
    if (status.state == HostStatus::Online && status.facts.docker) {
        if (*status.facts.docker)
            add(*record);
        else
            remove(record->name);
    }
}

bool RemoteEngines::add(const HostRecord &host)
{
    if (m_forwards.value(host.name))
        return true;
    if (const engine::EngineEndpoint *existing = m_engines->find(host.name);
        existing && existing->sshHost.isEmpty()) {
        qCWarning(lcEngine) << "host" << host.name
                            << "has Docker, but a local engine already has that name";
        return false;
    }
    auto *forward = new ssh::SshSocketForward(m_hosts->session(host), remoteSocketPath(), this);
    const VoidResult listening = forward->listen();
    if (!listening) {
        qCWarning(lcEngine) << "cannot forward the engine of" << host.name << listening.error();
        delete forward;
        return false;
    }
    m_forwards.insert(host.name, forward);
    m_engines->addEngine(
        {host.name, addressOf(host), QStringLiteral("docker"), forward->localPath(), host.name});
    return true;
}

void RemoteEngines::remove(const QString &hostName)
{
    const QPointer<ssh::SshSocketForward> forward = m_forwards.take(hostName);
    if (!forward)
        return;
    m_engines->removeEngine(hostName);
    forward->close();
    forward->deleteLater();
}

} // namespace sloop::hosts
