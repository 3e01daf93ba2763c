#pragma once

#include "ssherror.h"
#include "sshhandles.h"
#include "sshsession.h"
#include "sshtypes.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <optional>

#include <functional>

namespace sloop::ssh::detail {

class JumpTunnel;

// One libssh session, driven with blocking calls. It is the state an
// SshSession's worker thread owns; nothing here is thread-safe, and it is
// only ever used from that one thread (libssh sessions must not be shared).
// Internal to the SSH layer: it includes libssh.
class SshConnection
{
public:
    SshConnection(SshTarget target, SshOptions options);
    ~SshConnection();

    const SshTarget &target() const { return m_target; }
    const SshOptions &options() const { return m_options; }
    bool isConnected() const;
    int connectCount() const { return m_connects; }

    // The whole chain, each step with a timeout: resolve + TCP connect, key
    // exchange, host-key check, authentication.
    SshResult<HostInfoOnConnect> connect(HostKeyPolicy policy, const CancelCheck &cancelled);
    // One channel per command; connects first when there is no session.
    // The command is stopped once stdout or stderr passes maxOutput bytes.
    SshResult<ExecResult> exec(const QByteArray &command, int timeoutMs,
                               const CancelCheck &cancelled, qsizetype maxOutput);
    void disconnect();
    // Connects (strict host-key policy) unless a session is up.
    SshResult<void> ensureConnected(const CancelCheck &cancelled);
    // The libssh session; null when not connected. Worker thread only.
    ssh_session handle() const { return m_session.get(); }
    // The socket libssh drives; -1 when not connected.
    int socketFd() const;

    // Keepalive (SshOptions::keepAliveIntervalMs/CountMax): sends a
    // keepalive@openssh.com request when the server has been quiet for an
    // interval, and declares the session lost after interval × count of
    // silence. Cheap (one getsockopt): call it often. Returns false once the
    // session is lost; lostError() then says so until the next connect.
    bool keepAlive();
    const std::optional<SshError> &lostError() const { return m_lost; }
    // How long the server has sent nothing (TCP_INFO), in ms; -1 unknown.
    qint64 silenceMs() const;
    // Called between the slices of a blocking exec, so streaming channels
    // are pumped and keepalives go out while a long command runs.
    void setSliceHook(std::function<void()> hook) { m_sliceHook = std::move(hook); }
    // Called just before the libssh session is freed (which frees its
    // channels too), wherever that happens.
    void setResetHook(std::function<void()> hook) { m_resetHook = std::move(hook); }

private:
    SshResult<int> openSocket(const QDeadlineTimer &deadline, const CancelCheck &cancelled,
                              QString *address);
    SshResult<int> openTunnel(const HostKeyPolicy &original, HostKeyPolicy *policy,
                              const CancelCheck &cancelled, QList<HopInfo> *via);
    SshResult<HostInfoOnConnect> handshake(int fd, HostKeyPolicy policy);
    SshResult<ExecResult> runOnChannel(const QByteArray &command, int timeoutMs,
                                       const CancelCheck &cancelled, qsizetype maxOutput,
                                       bool *sent);
    SshError sessionError(SshError::Kind kind, const QString &what) const;
    QString label() const;
    // After a failed call: a quiet server for the whole window means the
    // session is lost, not that this one request failed.
    void noteFailure();
    void sendKeepalive();
    void resetSession();

    SshTarget m_target;
    SshOptions m_options;
    std::unique_ptr<JumpTunnel> m_tunnel; // with jump hosts; outlives m_session's socket
    SessionPtr m_session;
    HostInfoOnConnect m_info;
    int m_connects = 0;
    std::optional<SshError> m_lost;
    std::function<void()> m_sliceHook;
    std::function<void()> m_resetHook;
    QElapsedTimer m_clock;         // started at construction; a monotonic "now"
    qint64 m_keepaliveSentAt = -1; // on m_clock
};

// The host-key step of the chain (sshhostkey.cpp).
SshResult<HostInfoOnConnect> verifyHostKey(ssh_session session, const SshTarget &target,
                                           const QString &knownHostsFile, HostKeyPolicy policy);

// The authentication step (sshauth.cpp): returns the method that worked.
SshResult<QString> authenticate(ssh_session session, const SshTarget &target,
                                const SshOptions &options);

} // namespace sloop::ssh::detail
