#pragma once

#include "ssherror.h"
#include "sshhandles.h"
#include "sshtypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QSocketNotifier;
class QTimer;

namespace sloop::ssh::detail {

class SshConnection;
class ChannelPump;

// The worker-thread half of an SshChannel: the libssh channel and what the
// caller asked for that is not sent yet. Only the pump touches it.
class WorkerChannel : public QObject
{
    Q_OBJECT
public:
    enum Kind
    {
        Exec,
        Shell,
        StreamLocal,
    };
    WorkerChannel(Kind kind, std::shared_ptr<std::atomic<qint64>> inFlight);
    ~WorkerChannel() override;

    Kind kind;
    QByteArray command;    // Exec: the quoted command
    PtyRequest pty;        // Shell
    QByteArray socketPath; // StreamLocal
    std::shared_ptr<std::atomic<qint64>> inFlight;

    ChannelPtr channel;
    bool open = false;
    bool ended = false;
    bool closeRequested = false;
    QByteArray pendingWrite;
    bool eofRequested = false;
    bool eofSent = false;
    std::optional<QPair<int, int>> pendingResize;
    QByteArrayList pendingSignals;
    bool stdoutEof = false;
    bool stderrEof = false;
    qint64 drainedAtMs = -1; // both streams at EOF (on the pump's clock)
    ChannelPump *pump = nullptr;

Q_SIGNALS:
    void opened();
    void dataReceived(const QByteArray &data, bool isStderr);
    void finished(int exitStatus);
    void failed(const sloop::ssh::SshError &error);
};

// Runs on the session's worker thread next to the queued calls: opens
// channels, moves their bytes (on socket readiness, after every queued call,
// and between the slices of a blocking exec), sends keepalives, and
// reconnects with backoff after a lost session when something wants it.
class ChannelPump : public QObject
{
    Q_OBJECT
public:
    enum State
    {
        Disconnected,
        Connecting,
        Connected,
        Lost,
        Backoff,
    };
    Q_ENUM(State)

    explicit ChannelPump(SshConnection *connection);
    ~ChannelPump() override;

    // Worker thread only, below.
    void adopt(WorkerChannel *channel);
    void forget(WorkerChannel *channel);
    void pumpAll();
    // After every queued call: notices a dropped or lost session, a new
    // connection, and keeps the notifier on the right socket.
    void afterCall();

    // Any thread: whether a lost session should come back by itself.
    std::atomic_int wanted{0};
    // Kept equal to the connection's count (SshSession::connectCount()).
    std::atomic_int *connectCount = nullptr;
    // Keeps the connection (and what it belongs to) alive as long as the
    // pump, which the thread deletes as it ends.
    std::shared_ptr<void> owner;
    void wantedChanged();

Q_SIGNALS:
    void stateChanged(int state, const sloop::ssh::SshError &error);

private:
    void service(WorkerChannel *w);
    void endChannel(WorkerChannel *w, std::optional<SshError> error, int status = -1);
    void onSessionReset();
    void onTick();
    void onReadable();
    void syncWatchers();
    void setState(State state, const SshError &error = {});
    void handleLost();
    void scheduleReconnect();
    void reconnect();
    SshError droppedError() const;

    SshConnection *m_connection;
    QList<WorkerChannel *> m_channels;
    QSocketNotifier *m_notifier = nullptr;
    int m_notifierFd = -1;
    QTimer *m_tick = nullptr;
    QTimer *m_backoff = nullptr;
    int m_backoffMs = 0;
    State m_state = Disconnected;
    bool m_pumping = false;
    std::optional<SshError> m_resetReason;
    QElapsedTimer m_clock;
};

} // namespace sloop::ssh::detail
