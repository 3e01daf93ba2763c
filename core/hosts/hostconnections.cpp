#include "hostconnections.h"

#include "ssh/knownhosts.h"
#include "ssh/remotecommand.h"
#include "ssh/sshsession.h"
#include "util/futures.h"

#include <QPointer>
#include <QPromise>

namespace sloop::hosts {

HostConnections::HostConnections(CommandLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{
}

HostConnections::~HostConnections()
{
    for (Entry &e : m_entries)
        delete e.session;
}

ssh::SshSession *HostConnections::session(const HostRecord &host)
{
    Entry &e = m_entries[key(host.name)];
    const ssh::SshTarget target = targetOf(host);
    // The target includes the jump hosts' records: a changed bastion
    // remakes the sessions that go through it.
    // So does a change of the known_hosts file its key is checked in (a
    // host tagged as an instance's login, or no longer).
    QString knownHosts = sshOptionsFor(host, m_base).knownHostsFile;
    if (knownHosts.isEmpty())
        knownHosts = ssh::defaultKnownHostsFile();
    if (e.session && e.session->target() == target && e.session->knownHostsFile() == knownHosts)
        return e.session;
    const bool replaced = e.session != nullptr;
    if (e.session)
        e.session->deleteLater();
    e.record = host;
    e.session = freshSession(host, this);
    if (replaced)
        Q_EMIT sessionReplaced(host.name);
    return e.session;
}

ssh::SshSession *HostConnections::freshSession(const HostRecord &host, QObject *parent) const
{
    ssh::SshOptions options = sshOptionsFor(host, m_base);
    if (m_prompt) {
        const QString name = host.name;
        const SecretPrompt prompt = m_prompt;
        options.credentials.password = [prompt, name] {
            return prompt(name, QString());
        };
        options.credentials.passphrase = [prompt, name](const QString &keyFile) {
            return prompt(name, keyFile);
        };
    }
    return new ssh::SshSession(targetOf(host), options, m_log, parent);
}

void HostConnections::drop(const QString &name)
{
    const auto it = m_entries.find(key(name));
    if (it == m_entries.end())
        return;
    if (it->session)
        it->session->deleteLater();
    m_entries.erase(it);
    Q_EMIT sessionReplaced(name);
    Q_EMIT statusChanged(name);
}

HostStatus HostConnections::status(const QString &name) const
{
    const auto it = m_entries.constFind(key(name));
    return it == m_entries.constEnd() ? HostStatus{} : it->status;
}

std::optional<HostRecord> HostConnections::record(const QString &name) const
{
    const auto it = m_entries.constFind(key(name));
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it->record;
}

void HostConnections::setStatus(const QString &name, const HostStatus &status)
{
    const auto it = m_entries.find(key(name));
    if (it == m_entries.end())
        return;
    it->status = status;
    Q_EMIT statusChanged(name);
}

QFuture<HostStatus> HostConnections::check(const HostRecord &host, ssh::HostKeyPolicy policy)
{
    ssh::SshSession *s = session(host);
    HostStatus checking = m_entries.value(key(host.name)).status;
    checking.state = HostStatus::Checking;
    setStatus(host.name, checking);

    auto promise = std::make_shared<QPromise<HostStatus>>();
    promise->start();
    const QString name = host.name;
    // Guarded: the host may be edited or removed while it connects, and its
    // session deleted (issue 15, finding 6). Then the check still answers,
    // but the status shown is left to the new session's check.
    const QPointer<ssh::SshSession> guard(s);
    auto finish = [this, promise, name, guard](HostStatus st) {
        st.checkedAt = QDateTime::currentDateTimeUtc();
        const auto it = m_entries.constFind(key(name));
        if (guard && it != m_entries.constEnd() && it->session == guard)
            setStatus(name, st);
        promise->addResult(st);
        promise->finish();
    };
    const auto closed = [] {
        HostStatus st;
        st.state = HostStatus::Unreachable;
        st.error = ssh::SshError::make(ssh::SshError::Cancelled,
                                       tr("The connection was closed while it was checked."));
        return st;
    };
    whenEnded(s->connectHost(policy), this,
              [this, guard, finish,
               closed](const std::optional<ssh::SshResult<ssh::HostInfoOnConnect>> &c) {
                  if (!c || !guard)
                      return finish(closed());
                  HostStatus st;
                  if (!*c) {
                      st.state = HostStatus::Unreachable;
                      st.error = c->error();
                      finish(st);
                      return;
                  }
                  st.serverBanner = (*c)->serverBanner;
                  st.hostKeyType = (*c)->hostKeyType;
                  st.fingerprint = (*c)->fingerprint;
                  st.authMethod = (*c)->authMethod;
                  st.via = (*c)->via;
                  st.connectMs = (*c)->elapsedMs;
                  const auto facts =
                      ssh::RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"),
                                                QString::fromUtf8(kHostFactsScript)});
                  // The facts are a few kilobytes.
                  whenEnded(guard->exec(facts, 30000, 1024 * 1024), this,
                            [finish, closed,
                             st](const std::optional<ssh::SshResult<ssh::ExecResult>> &r) {
                                if (!r)
                                    return finish(closed());
                                HostStatus done = st;
                                if (!*r) {
                                    done.state = HostStatus::Unreachable;
                                    done.error = r->error();
                                } else {
                                    // A failing script still says what it could (busybox
                                    // lacks some tools): the host is online either way.
                                    done.state = HostStatus::Online;
                                    done.facts = parseHostFacts((*r)->stdOut);
                                }
                                finish(done);
                            });
              });
    return promise->future();
}

QFuture<ssh::SshResult<void>> HostConnections::forgetHostKey(const HostRecord &host)
{
    return session(host)->forgetHostKey();
}

} // namespace sloop::hosts
