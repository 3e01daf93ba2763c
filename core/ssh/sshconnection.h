#pragma once

#include "ssherror.h"
#include "sshhandles.h"
#include "sshsession.h"
#include "sshtypes.h"

#include <QDeadlineTimer>

#include <functional>

namespace sloop::ssh::detail {

// One libssh session, driven with blocking calls. It is the state an
// SshSession's worker thread owns; nothing here is thread-safe, and it is
// only ever used from that one thread (libssh sessions must not be shared).
// Internal to the SSH layer: it includes libssh.
class SshConnection
{
public:
    SshConnection(SshTarget target, SshOptions options);

    const SshTarget &target() const { return m_target; }
    const SshOptions &options() const { return m_options; }
    bool isConnected() const;
    int connectCount() const { return m_connects; }

    // The whole chain, each step with a timeout: resolve + TCP connect, key
    // exchange, host-key check, authentication.
    SshResult<HostInfoOnConnect> connect(HostKeyPolicy policy, const CancelCheck &cancelled);
    // One channel per command; connects first when there is no session.
    SshResult<ExecResult> exec(const QByteArray &command, int timeoutMs,
                               const CancelCheck &cancelled);
    void disconnect();
    // Connects (strict host-key policy) unless a session is up.
    SshResult<void> ensureConnected(const CancelCheck &cancelled);
    // The libssh session; null when not connected. Worker thread only.
    ssh_session handle() const { return m_session.get(); }

private:
    SshResult<int> openSocket(const QDeadlineTimer &deadline, const CancelCheck &cancelled,
                              QString *address);
    SshResult<HostInfoOnConnect> handshake(int fd, HostKeyPolicy policy);
    SshResult<ExecResult> runOnChannel(const QByteArray &command, int timeoutMs,
                                       const CancelCheck &cancelled, bool *sent);
    SshError sessionError(SshError::Kind kind, const QString &what) const;
    QString label() const;

    SshTarget m_target;
    SshOptions m_options;
    SessionPtr m_session;
    HostInfoOnConnect m_info;
    int m_connects = 0;
};

// The host-key step of the chain (sshhostkey.cpp).
SshResult<HostInfoOnConnect> verifyHostKey(ssh_session session, const SshTarget &target,
                                           const QString &knownHostsFile, HostKeyPolicy policy);

// The authentication step (sshauth.cpp): returns the method that worked.
SshResult<QString> authenticate(ssh_session session, const SshTarget &target,
                                const SshOptions &options);

} // namespace sloop::ssh::detail
