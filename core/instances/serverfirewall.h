#pragma once

#include "hosts/hostrecord.h"
#include "instancerecord.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

namespace sloop::ssh {
class SshSession;
}
namespace sloop::hosts {
class HostConnections;
}

namespace sloop::instances {

class InstanceOperation;

// Changes a server instance's nftables rules so that the change cannot lock
// Sloop out (issue 15, finding 4), in three steps of `job`:
//   1. where Sloop's connection arrives ($SSH_CONNECTION: its address and
//      sshd's port, which the rules must keep open; refused otherwise);
//   2. the rules loaded, with a timer on the server that puts the old ones
//      back after `rollbackSeconds` (iptables-apply's way);
//   3. a new connection of its own: only if it gets in are the rules kept.
//      If not, the old rules are put back at once over the connection that
//      is still open (established flows stay allowed), and the server's
//      timer would do it anyway if that failed too.
class ServerFirewall : public QObject
{
    Q_OBJECT
public:
    ServerFirewall(hosts::HostConnections *connections, hosts::HostRecord host,
                   QList<FirewallRule> rules, bool viaSudo, InstanceOperation *job,
                   int rollbackSeconds);

    void start();
    // How long a server keeps new rules Sloop has not confirmed.
    static constexpr int kRollbackSeconds = 60;

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void load(const QByteArray &arrival);
    void confirm();
    void putBack(int step, const QString &why);
    QStringList asRoot(QStringList argv) const;
    void fail(int step, const QString &why);

    hosts::HostConnections *m_connections;
    hosts::HostRecord m_host;
    QList<FirewallRule> m_rules;
    bool m_viaSudo;
    InstanceOperation *m_job;
    int m_rollbackSeconds;
    QByteArray m_token;
    QPointer<ssh::SshSession> m_session;
    int m_findStep = -1, m_loadStep = -1, m_confirmStep = -1;
    bool m_confirmSettled = false; // the confirm's answer or its deadline came
};

} // namespace sloop::instances
