#pragma once

#include "remotecommand.h"
#include "sshchannel.h"
#include "ssherror.h"
#include "sshtypes.h"
#include "util/futures.h"

#include <QFuture>
#include <QMutex>
#include <QObject>

#include <QPromise>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace sloop {
class CommandLog;
}

namespace sloop::ssh {

namespace detail {
class SshConnection;
class ChannelPump;
using CancelCheck = std::function<bool()>;
struct CallState
{
    std::atomic_bool cancelled{false};
};

// What the worker's calls use, shared by them, the pump and the session, so
// that the session can go while its thread is still inside a blocking
// libssh call or a secret prompt (issue 15, finding 5): the GUI thread never
// waits for the worker; the thread ends by itself and the last holder frees
// the connection.
struct SessionCore
{
    SessionCore(SshTarget target, SshOptions options, CommandLog *log);
    ~SessionCore();
    void record(const QString &call, qint64 ms, bool ok, const QString &result) const;
    void afterCall();
    void updateConnectCount();

    SshTarget target;                          // with the defaults filled in
    std::unique_ptr<SshConnection> connection; // used on the worker only
    // Null once the session is gone; the mutex keeps a record being written
    // and the session's end apart (the log may go soon after).
    CommandLog *log = nullptr;
    mutable QMutex logMutex;
    ChannelPump *pump = nullptr; // lives on the worker thread
    std::atomic_int connects{0};
    // Lives on the session's thread: promises are settled there, where
    // callers attach their continuations.
    QObject *anchor = nullptr;
};
} // namespace detail

// One SSH session to one host, owned by a worker thread of its own: libssh
// is used with blocking calls there, and never from two threads at once.
// Every call is queued and runs in order on that thread (a per-host queue);
// it returns a future that finishes there, so attach continuations with a
// context object (future.then(this, ...)) to get the answer on your thread.
//
// The first call connects (connectHost() does it explicitly, and is the
// only one that may accept an unknown host key). The session is reused for
// every exec, one channel each. After the connection drops, the next call
// reconnects. A queued call can be cancelled with QFuture::cancel() or
// cancelPending(); a running exec stops within a fraction of a second
// (connect steps stop at their own timeout).
//
// Every command is recorded in the CommandLog (target: the host's name;
// call: the quoted command). Secrets never are: they come from the
// Credentials callbacks, on the worker thread, when a method needs them.
//
// Thread-safety: call from the thread that created the session;
// cancelPending() and connectCount() from any thread.
//
// Long-lived channels (openExecStream, openShell, openStreamLocal) share the
// session with the queued calls: the worker moves their bytes whenever the
// socket is readable, after every queued call and between the slices of a
// running exec. Keepalives (SshOptions::keepAliveIntervalMs) run while the
// session is up; a lost session ends every channel and running call with
// SshError::Network, and comes back with backoff (1, 2, 4 ... 30 s) while
// something wants it (setAutoReconnect, an SshSocketForward).
class SshSession : public QObject
{
    Q_OBJECT
public:
    enum State
    {
        Disconnected,
        Connecting,
        Connected,
        Lost,    // the error says why; Backoff or Disconnected follows
        Backoff, // waiting before the next reconnect; the error says how long
    };
    Q_ENUM(State)

    SshSession(SshTarget target, SshOptions options, CommandLog *log = nullptr,
               QObject *parent = nullptr);
    ~SshSession() override;

    const SshTarget &target() const { return m_target; }
    QString knownHostsFile() const;

    QFuture<SshResult<HostInfoOnConnect>> connectHost(HostKeyPolicy policy = HostKeyPolicy::Strict);
    // The command is stopped, and the call fails, once stdout or stderr
    // passes maxOutputBytes: calls that expect a few lines say so.
    QFuture<SshResult<ExecResult>> exec(const RemoteCommand &command, int timeoutMs = 60000,
                                        qsizetype maxOutputBytes = kMaxExecOutput);
    static constexpr qsizetype kMaxExecOutput = 256 * 1024 * 1024;
    // The explicit "forget the old key" action: the only way past a changed
    // host key. Drops the session; the next connect sees an unknown host.
    QFuture<SshResult<void>> forgetHostKey();
    QFuture<SshResult<void>> disconnectHost();

    // Long-lived channels, owned by `parent` (or the caller when null). They
    // open in queue order, connecting first when needed; opened() or
    // failed() says how that went.
    SshChannel *openExecStream(const RemoteCommand &command, QObject *parent = nullptr);
    SshChannel *openShell(const PtyRequest &pty = {}, QObject *parent = nullptr);
    // direct-streamlocal@openssh.com: a connection to a unix socket on the
    // host (what `ssh -L local.sock:/var/run/docker.sock` opens per client).
    SshChannel *openStreamLocal(const QString &remoteSocketPath, QObject *parent = nullptr);

    // Reconnect by itself after the session is lost (with backoff).
    void setAutoReconnect(bool on);
    // The same, counted, for features that need the session up while they
    // exist (a socket forward holds one).
    void retainConnection();
    void releaseConnection();
    State state() const { return m_state; }

    // Cancels every call queued or running now; later calls run normally.
    void cancelPending();
    // Session threads of this process still running, sessions gone or not
    // (a closed session's thread ends by itself): for tests.
    static int runningThreads();
    // How many times a session was established (reuse shows as 1).
    int connectCount() const { return m_core->connects.load(); }

    // The extension point for features built on the session (SFTP,
    // channels): `work` runs on the worker thread, in queue order, with the
    // connection (not yet connected: call ensureConnected()). Internal to
    // the SSH layer, since SshConnection exposes libssh.
    template <typename T>
    QFuture<SshResult<T>> runOnWorker(
        std::function<SshResult<T>(detail::SshConnection &, const detail::CancelCheck &)> work)
    {
        return enqueue<T>([core = m_core, work](const detail::CancelCheck &cancelled) {
            return work(*core->connection, cancelled);
        });
    }
    // For the command log entries of such features.
    void record(const QString &call, qint64 ms, bool ok, const QString &result);
    // The same from the worker thread, safe after the session is gone.
    using Recorder = std::function<void(const QString &, qint64, bool, const QString &)>;
    Recorder recorder() const;

Q_SIGNALS:
    void stateChanged(sloop::ssh::SshSession::State state, const sloop::ssh::SshError &error);

private:
    friend class SshChannel;
    template <typename T, typename Work> QFuture<SshResult<T>> enqueue(Work work);
    SshChannel *openChannel(int kind, const QByteArray &payload, const PtyRequest &pty,
                            const QString &description, QObject *parent);
    void forgetChannel(SshChannel *channel);
    void trackCall(const std::shared_ptr<detail::CallState> &state);

    SshTarget m_target;
    std::shared_ptr<detail::SessionCore> m_core;
    // Not owned: it deletes itself once it has finished, which may be after
    // the session is gone.
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread; queued calls run as its events
    QMutex m_mutex;
    QList<std::weak_ptr<detail::CallState>> m_calls;
    detail::ChannelPump *m_pump = nullptr; // lives on m_thread
    QList<SshChannel *> m_channels;
    bool m_autoReconnect = false;
    State m_state = Disconnected;
};

template <typename T, typename Work> QFuture<SshResult<T>> SshSession::enqueue(Work work)
{
    auto promise = std::make_shared<QPromise<SshResult<T>>>();
    auto state = std::make_shared<detail::CallState>();
    trackCall(state);
    promise->start();
    QFuture<SshResult<T>> future = promise->future();
    // Queued events to one receiver run in the order they were posted: that
    // is the per-host queue.
    QMetaObject::invokeMethod(m_worker, [core = m_core, promise, state, work] {
        const detail::CancelCheck cancelled = [promise, state] {
            return state->cancelled.load() || promise->isCanceled();
        };
        if (cancelled()) {
            settleOn(core->anchor, promise,
                     SshResult<T>(SshError::make(
                         SshError::Cancelled,
                         SshSession::tr("Cancelled before it ran on %1.").arg(core->target.name))));
            return;
        }
        SshResult<T> result = work(cancelled);
        core->afterCall();
        core->updateConnectCount();
        settleOn(core->anchor, promise, std::move(result));
    });
    return future;
}

} // namespace sloop::ssh
