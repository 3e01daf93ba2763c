#pragma once

#include "hostrecord.h"
#include "hoststatus.h"
#include "ssh/sshtypes.h"

#include <QFuture>
#include <QHash>
#include <QObject>

namespace sloop {
class CommandLog;
}

namespace sloop::ssh {
class SshSession;
}

namespace sloop::hosts {

// The one SSH session per host that every page shares (overview, files,
// terminal, remote engine), and the last known reachability of each host.
// Sessions are made on first use and remade when the record's address,
// port, user, keys or jump hosts change (sessionReplaced tells the users).
//
// Secrets are not kept here: `credentials` is asked when a method needs one
// (the GUI shows a dialog, a test answers directly).
//
// Thread-safety: use from the thread that created it (the GUI thread).
class HostConnections : public QObject
{
    Q_OBJECT
public:
    explicit HostConnections(CommandLog *log, QObject *parent = nullptr);
    ~HostConnections() override;

    // Options every new session starts from (known_hosts file, timeouts).
    void setBaseOptions(const ssh::SshOptions &options) { m_base = options; }
    const ssh::SshOptions &baseOptions() const { return m_base; }
    // How secrets are asked for; called on a session's worker thread with
    // the host's name. May block that thread (a dialog on the GUI thread).
    using SecretPrompt =
        std::function<std::optional<QString>(const QString &host, const QString &keyFileOrEmpty)>;
    void setSecretPrompt(SecretPrompt prompt) { m_prompt = std::move(prompt); }
    bool hasSecretPrompt() const { return bool(m_prompt); }

    // How the hops of a host's ProxyJump are found (the store's hosts).
    void setLookup(HostLookup lookup) { m_lookup = std::move(lookup); }
    ssh::SshTarget targetOf(const HostRecord &host) const { return sshTargetOf(host, m_lookup); }

    ssh::SshSession *session(const HostRecord &host);
    // A session of its own, not shared and not kept: a new connection, for
    // proving that a new connection still gets in (a firewall change). The
    // caller owns it (or `parent` does).
    ssh::SshSession *freshSession(const HostRecord &host, QObject *parent) const;
    // The host was removed or renamed away: its session ends.
    void drop(const QString &name);

    // Connects (trusting an unknown key only with AcceptNew) and reads the
    // host's facts. The returned status is also kept and announced.
    QFuture<HostStatus> check(const HostRecord &host,
                              ssh::HostKeyPolicy policy = ssh::HostKeyPolicy::Strict);
    HostStatus status(const QString &name) const;
    // The record the host's session was made from; nullopt when dropped.
    std::optional<HostRecord> record(const QString &name) const;

    // The explicit "forget the old key" action (recorded in the command log).
    QFuture<ssh::SshResult<void>> forgetHostKey(const HostRecord &host);

Q_SIGNALS:
    void statusChanged(const QString &name);
    void sessionReplaced(const QString &name);

private:
    struct Entry
    {
        HostRecord record;
        ssh::SshSession *session = nullptr;
        HostStatus status;
    };
    static QString key(const QString &name) { return name.toLower(); }
    void setStatus(const QString &name, const HostStatus &status);

    CommandLog *m_log;
    ssh::SshOptions m_base;
    SecretPrompt m_prompt;
    HostLookup m_lookup;
    QHash<QString, Entry> m_entries;
};

} // namespace sloop::hosts
