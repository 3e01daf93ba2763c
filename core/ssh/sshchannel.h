#pragma once

#include "ssherror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace sloop::ssh {

class SshSession;
namespace detail {
class WorkerChannel;
}

// One long-lived channel on a host's session: a streaming command, a shell
// on a pseudo-terminal, or a connection to a unix socket on the host. Made
// by SshSession::openExecStream / openShell / openStreamLocal.
//
// The object lives on the caller's thread; the libssh channel lives on the
// session's worker thread, which reads it whenever data arrives, between
// and during queued calls. Methods queue work to that thread and return at
// once; signals arrive on the caller's thread.
//
// Exactly one of finished() / failed() ends the channel, unless close() was
// called first (then nothing more is emitted). A dropped session ends every
// channel with failed(SshError::Network ...).
//
// Memory stays bounded when the consumer is slow: the worker stops reading
// a channel while more than kMaxInFlight bytes are emitted but not yet
// handled here, and SSH flow control then stops the remote end.
//
// Thread-safety: use from the thread that opened it.
class SshChannel : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxInFlight = 1024 * 1024;

    ~SshChannel() override;

    // What was opened, for logs and messages ("tail -f /var/log/syslog").
    const QString &description() const { return m_description; }
    bool isOpen() const { return m_opened && !m_ended; }
    bool isEnded() const { return m_ended; }

    void write(const QByteArray &data); // stdin, or bytes to the socket
    void sendEof();
    void resize(int cols, int rows); // shells (PTY) only
    // A signal for the remote process, without "SIG": "INT", "TERM", "KILL".
    void sendSignal(const QString &name);
    // Closes the channel; the remote side sees it close. No signal follows.
    void close();

Q_SIGNALS:
    void opened();
    void stdoutReceived(const QByteArray &data);
    void stderrReceived(const QByteArray &data);
    // The remote end closed. exitStatus: the command's, -1 when it ended
    // without one (a signal) or for socket channels.
    void finished(int exitStatus);
    void failed(const sloop::ssh::SshError &error);

private:
    friend class SshSession;
    SshChannel(SshSession *session, QString description, QObject *parent);
    void attach(detail::WorkerChannel *worker);
    void detach(const SshError &why); // the session is going away
    void onData(const QByteArray &data, bool isStderr);
    void onOpened();
    void onFinished(int exitStatus);
    void onFailed(const sloop::ssh::SshError &error);
    template <typename F> void post(F work);

    QPointer<SshSession> m_session;
    detail::WorkerChannel *m_worker = nullptr; // on the worker thread; valid while attached
    std::shared_ptr<std::atomic<qint64>> m_inFlight;
    QString m_description;
    bool m_opened = false;
    bool m_ended = false;
};

} // namespace sloop::ssh
