#include "sshchannelpump.h"

#include "sshchannel.h"
#include "sshconnection.h"
#include "sshlogging.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <poll.h>

namespace sloop::ssh::detail {

namespace {

constexpr int kChunk = 32 * 1024;
constexpr int kMaxBackoffMs = 30000;

} // namespace

WorkerChannel::WorkerChannel(Kind kind, std::shared_ptr<std::atomic<qint64>> inFlight)
    : kind(kind)
    , inFlight(std::move(inFlight))
{
}

WorkerChannel::~WorkerChannel()
{
    if (pump)
        pump->forget(this);
}

ChannelPump::ChannelPump(SshConnection *connection)
    : m_connection(connection)
{
    m_clock.start();
    // Both hooks run on the worker thread, inside whatever call is running.
    m_connection->setResetHook([this] { onSessionReset(); });
    m_connection->setSliceHook([this] { pumpAll(); });
}

ChannelPump::~ChannelPump()
{
    m_connection->setResetHook({});
    m_connection->setSliceHook({});
    // Freed here, while the connection they belong to exists: `owner` may
    // hold it last, and members go before Qt deletes the children.
    const QList<WorkerChannel *> channels = m_channels;
    m_channels.clear();
    for (WorkerChannel *w : channels) {
        w->pump = nullptr;
        delete w;
    }
    delete m_notifier;
    m_notifier = nullptr;
}

SshError ChannelPump::droppedError() const
{
    if (m_resetReason)
        return *m_resetReason;
    if (const auto &lost = m_connection->lostError())
        return *lost;
    return SshError::make(SshError::Network,
                          tr("connection to %1 closed").arg(m_connection->target().name));
}

void ChannelPump::adopt(WorkerChannel *w)
{
    w->setParent(this);
    w->pump = this;
    m_channels.append(w);
    const auto failWith = [&](SshError error) {
        endChannel(w, std::move(error));
    };
    if (w->closeRequested) {
        w->deleteLater();
        return;
    }
    const SshResult<void> up = m_connection->ensureConnected([] { return false; });
    if (!up) {
        failWith(up.error());
        afterCall();
        return;
    }
    ssh_session s = m_connection->handle();
    w->channel.reset(ssh_channel_new(s));
    const QString host = m_connection->target().name;
    const auto channelError = [&](const QString &what) {
        m_connection->keepAlive(); // may notice a lost session
        if (const auto &lost = m_connection->lostError())
            return *lost;
        return SshError::make(m_connection->isConnected() ? SshError::Channel : SshError::Network,
                              what + QStringLiteral(": ") + lastError(s));
    };
    bool ok = bool(w->channel);
    if (ok && w->kind == WorkerChannel::StreamLocal) {
        // sshd only logs the originator; any loopback address will do.
        ok = ssh_channel_open_forward_unix(w->channel.get(), w->socketPath.constData(), "127.0.0.1",
                                           0) == SSH_OK;
        if (!ok)
            failWith(channelError(tr("%1 did not open a connection to %2")
                                      .arg(host, QString::fromUtf8(w->socketPath))));
    } else if (ok) {
        ok = ssh_channel_open_session(w->channel.get()) == SSH_OK;
        if (!ok)
            failWith(channelError(tr("%1 did not open a channel").arg(host)));
        if (ok && w->kind == WorkerChannel::Shell) {
            ok = ssh_channel_request_pty_size(w->channel.get(), w->pty.term.constData(),
                                              w->pty.cols, w->pty.rows) == SSH_OK &&
                 ssh_channel_request_shell(w->channel.get()) == SSH_OK;
            if (!ok)
                failWith(channelError(tr("%1 did not start a shell").arg(host)));
        } else if (ok) {
            ok = ssh_channel_request_exec(w->channel.get(), w->command.constData()) == SSH_OK;
            if (!ok)
                failWith(channelError(tr("%1 did not start the command").arg(host)));
        }
    } else {
        failWith(channelError(tr("Cannot create a channel to %1").arg(host)));
    }
    if (ok) {
        w->open = true;
        Q_EMIT w->opened();
    }
    afterCall();
}

void ChannelPump::forget(WorkerChannel *w)
{
    m_channels.removeAll(w);
}

void ChannelPump::endChannel(WorkerChannel *w, std::optional<SshError> error, int status)
{
    if (w->ended)
        return;
    w->ended = true;
    w->open = false;
    w->channel.reset();
    if (error)
        Q_EMIT w->failed(*error);
    else
        Q_EMIT w->finished(status);
}

void ChannelPump::pumpAll()
{
    if (m_pumping || !m_connection->handle())
        return;
    m_pumping = true;
    // A copy: ending a channel never removes it here, but be safe.
    const QList<WorkerChannel *> channels = m_channels;
    for (WorkerChannel *w : channels) {
        if (w->open && !w->ended)
            service(w);
    }
    m_pumping = false;
}

void ChannelPump::service(WorkerChannel *w)
{
    ssh_channel c = w->channel.get();
    const auto broken = [&] {
        const SshError error =
            m_connection->isConnected()
                ? SshError::make(SshError::Channel, tr("The channel to %1 failed: %2")
                                                        .arg(m_connection->target().name,
                                                             lastError(m_connection->handle())))
                : droppedError();
        endChannel(w, error);
    };
    if (w->closeRequested) {
        endChannel(w, std::nullopt); // the caller no longer listens
        return;
    }
    // Writes, never more than the peer's window: a full window would block.
    while (!w->pendingWrite.isEmpty()) {
        const uint32_t window = ssh_channel_window_size(c);
        if (window == 0)
            break;
        const int n = ssh_channel_write(
            c, w->pendingWrite.constData(),
            uint32_t(qMin<qsizetype>(qMin<qsizetype>(window, kChunk), w->pendingWrite.size())));
        if (n == SSH_ERROR)
            return broken();
        w->pendingWrite.remove(0, n);
    }
    if (w->eofRequested && !w->eofSent && w->pendingWrite.isEmpty()) {
        w->eofSent = true;
        ssh_channel_send_eof(c);
    }
    if (w->pendingResize) {
        ssh_channel_change_pty_size(c, w->pendingResize->first, w->pendingResize->second);
        w->pendingResize.reset();
    }
    for (const QByteArray &sig : std::as_const(w->pendingSignals))
        ssh_channel_request_send_signal(c, sig.constData());
    w->pendingSignals.clear();

    // Reads. ssh_channel_poll handles whatever reached the socket even when
    // this channel is throttled, so the socket never stays readable.
    if (ssh_channel_poll(c, 0) == SSH_ERROR)
        return broken();
    char buffer[kChunk];
    for (const bool isStderr : {false, true}) {
        bool &eof = isStderr ? w->stderrEof : w->stdoutEof;
        while (!eof && w->inFlight->load() < SshChannel::kMaxInFlight) {
            const int n = ssh_channel_read_nonblocking(c, buffer, sizeof buffer, isStderr);
            if (n > 0) {
                *w->inFlight += n;
                Q_EMIT w->dataReceived(QByteArray(buffer, n), isStderr);
            } else if (n == SSH_EOF) {
                eof = true;
            } else if (n == SSH_ERROR) {
                return broken();
            } else {
                break;
            }
        }
    }
    if (!w->stdoutEof || !w->stderrEof)
        return;
    if (w->kind == WorkerChannel::StreamLocal)
        return endChannel(w, std::nullopt, -1); // no status to wait for
    // The exit status comes after EOF and before CLOSE. Once CLOSE is in,
    // reading it does not block; before, ask without blocking. libssh may
    // keep a channel that got CLOSE with unread data "open" (a delayed
    // close), so a drained channel without news ends after a grace period.
    if (ssh_channel_is_closed(c))
        return endChannel(w, std::nullopt, ssh_channel_get_exit_status(c));
    ssh_session s = m_connection->handle();
    ssh_set_blocking(s, 0);
    const int status = ssh_channel_get_exit_status(c);
    ssh_set_blocking(s, 1);
    if (w->drainedAtMs < 0)
        w->drainedAtMs = m_clock.elapsed();
    if (status >= 0 || m_clock.elapsed() - w->drainedAtMs > 2000)
        endChannel(w, std::nullopt, status >= 0 ? status : -1);
}

void ChannelPump::onSessionReset()
{
    // The session is about to be freed, and its channels with it.
    delete m_notifier;
    m_notifier = nullptr;
    m_notifierFd = -1;
    const SshError error = droppedError();
    for (WorkerChannel *w : std::as_const(m_channels)) {
        if (!w->ended) {
            if (w->open)
                endChannel(w, error);
            else
                w->channel.reset();
        }
    }
}

void ChannelPump::afterCall()
{
    if (connectCount)
        *connectCount = m_connection->connectCount();
    if (m_connection->lostError() && m_connection->handle()) {
        handleLost();
        return;
    }
    if (m_connection->handle() && !m_connection->isConnected()) {
        // Dropped some other way (reset by the server): end it now.
        m_connection->disconnect();
        setState(wanted.load() > 0 ? Lost : Disconnected, droppedError());
        if (wanted.load() > 0)
            scheduleReconnect();
    } else if (m_connection->isConnected() && m_state != Connected) {
        m_backoffMs = 0;
        if (m_backoff)
            m_backoff->stop();
        setState(Connected);
    } else if (!m_connection->handle() && m_state == Connected) {
        setState(Disconnected);
    }
    syncWatchers();
    pumpAll();
}

void ChannelPump::syncWatchers()
{
    const int fd = m_connection->isConnected() ? m_connection->socketFd() : -1;
    if (fd != m_notifierFd) {
        delete m_notifier;
        m_notifier = nullptr;
        m_notifierFd = fd;
        if (fd >= 0) {
            m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &ChannelPump::onReadable);
        }
    }
    bool anyOpen = false;
    for (const WorkerChannel *w : std::as_const(m_channels))
        anyOpen = anyOpen || (w->open && !w->ended);
    // With no channel, nothing reads the socket between calls: keepalive
    // ticks drain it (their non-blocking request handles packets).
    if (m_notifier)
        m_notifier->setEnabled(anyOpen);

    const int interval = m_connection->options().keepAliveIntervalMs;
    if (fd >= 0 && (interval > 0 || anyOpen)) {
        if (!m_tick) {
            m_tick = new QTimer(this);
            connect(m_tick, &QTimer::timeout, this, &ChannelPump::onTick);
        }
        // Often enough to notice silence early, and to resume throttled
        // channels; cheap (a getsockopt) when nothing is due.
        const int period = interval > 0 ? qBound(50, interval / 4, 1000) : 200;
        if (!m_tick->isActive() || m_tick->interval() != period)
            m_tick->start(period);
    } else if (m_tick) {
        m_tick->stop();
    }
}

void ChannelPump::onTick()
{
    if (!m_connection->isConnected()) {
        afterCall();
        return;
    }
    m_connection->keepAlive();
    afterCall();
}

void ChannelPump::onReadable()
{
    pumpAll();
    afterCall();
    // Still readable after a pump because every channel is throttled: pause
    // the notifier briefly rather than spin. A channel that could take more
    // is not a reason to pause: libssh reads the socket a few packets at a
    // time, so a busy download leaves it readable after every pump (pausing
    // then held `hosts exec` downloads to about 3 MB/s).
    bool throttled = true;
    for (const WorkerChannel *w : std::as_const(m_channels)) {
        if (w->open && !w->ended && w->inFlight->load() < SshChannel::kMaxInFlight)
            throttled = false;
    }
    if (throttled && m_notifier && m_notifierFd >= 0) {
        pollfd p = {m_notifierFd, POLLIN, 0};
        if (::poll(&p, 1, 0) > 0 && (p.revents & POLLIN)) {
            m_notifier->setEnabled(false);
            QTimer::singleShot(20, this, [this] { syncWatchers(); });
        }
    }
}

void ChannelPump::handleLost()
{
    const SshError error = *m_connection->lostError();
    m_resetReason = error;
    m_connection->disconnect(); // fails every channel with `error`
    m_resetReason.reset();
    syncWatchers();
    setState(Lost, error);
    if (wanted.load() > 0)
        scheduleReconnect();
    else
        setState(Disconnected, error);
}

void ChannelPump::wantedChanged()
{
    if (wanted.load() > 0 && !m_connection->handle() &&
        (m_state == Lost || m_state == Disconnected))
        scheduleReconnect();
}

void ChannelPump::scheduleReconnect()
{
    m_backoffMs = m_backoffMs == 0 ? 1000 : qMin(m_backoffMs * 2, kMaxBackoffMs);
    if (!m_backoff) {
        m_backoff = new QTimer(this);
        m_backoff->setSingleShot(true);
        connect(m_backoff, &QTimer::timeout, this, &ChannelPump::reconnect);
    }
    m_backoff->start(m_backoffMs);
    setState(Backoff, SshError::make(SshError::Network, tr("reconnecting to %1 in %2 s")
                                                            .arg(m_connection->target().name)
                                                            .arg(m_backoffMs / 1000)));
}

void ChannelPump::reconnect()
{
    if (wanted.load() <= 0 || m_connection->isConnected()) {
        afterCall();
        return;
    }
    setState(Connecting);
    const SshResult<HostInfoOnConnect> r =
        m_connection->connect(HostKeyPolicy::Strict, [] { return false; });
    if (!r) {
        qCInfo(lcSsh) << "reconnect to" << m_connection->target().name << "failed:" << r.message();
        setState(Lost, r.error());
        scheduleReconnect();
        return;
    }
    qCInfo(lcSsh) << "reconnected to" << m_connection->target().name;
    afterCall();
}

void ChannelPump::setState(State state, const SshError &error)
{
    if (state == m_state && state != Backoff && state != Lost)
        return;
    m_state = state;
    Q_EMIT stateChanged(int(state), error);
}

} // namespace sloop::ssh::detail
