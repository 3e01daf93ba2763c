#include "sshsession.h"

#include "commandlog/commandlog.h"
#include "knownhosts.h"
#include "sshchannelpump.h"
#include "sshconnection.h"
#include "sshlogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPromise>
#include <QThread>

namespace sloop::ssh {

SshSession::SshSession(SshTarget target, SshOptions options, CommandLog *log, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_connection(std::make_unique<detail::SshConnection>(std::move(target), std::move(options)))
    , m_log(log)
{
    m_target = m_connection->target(); // with the defaults filled in
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ssh:") + m_target.name);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_pump = new detail::ChannelPump(m_connection.get());
    m_pump->connectCount = &m_connects;
    m_pump->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_pump, &QObject::deleteLater);
    connect(m_pump, &detail::ChannelPump::stateChanged, this,
            [this](int state, const SshError &error) {
                m_state = State(state);
                Q_EMIT stateChanged(m_state, error);
            });
    m_thread->start();
}

SshSession::~SshSession()
{
    const SshError closing =
        SshError::make(SshError::Cancelled, tr("The session to %1 was closed.").arg(m_target.name));
    for (SshChannel *channel : std::as_const(m_channels))
        channel->detach(closing);
    m_channels.clear();
    cancelPending();
    m_thread->quit();
    m_thread->wait();
    // The thread is gone: nothing else touches the connection now.
    m_connection.reset();
}

QString SshSession::knownHostsFile() const
{
    return m_connection->options().knownHostsFile;
}

void SshSession::cancelPending()
{
    QMutexLocker lock(&m_mutex);
    for (const std::weak_ptr<detail::CallState> &weak : std::as_const(m_calls)) {
        if (const auto state = weak.lock())
            state->cancelled = true;
    }
    m_calls.clear();
}

void SshSession::trackCall(const std::shared_ptr<detail::CallState> &state)
{
    QMutexLocker lock(&m_mutex);
    m_calls.removeIf([](const std::weak_ptr<detail::CallState> &w) { return w.expired(); });
    m_calls.append(state);
}

void SshSession::afterCall()
{
    m_pump->afterCall(); // on the worker
}

SshChannel *SshSession::openChannel(int kind, const QByteArray &payload, const PtyRequest &pty,
                                    const QString &description, QObject *parent)
{
    auto *channel = new SshChannel(this, description, parent);
    auto *w = new detail::WorkerChannel(detail::WorkerChannel::Kind(kind), channel->m_inFlight);
    if (kind == detail::WorkerChannel::StreamLocal)
        w->socketPath = payload;
    else
        w->command = payload;
    w->pty = pty;
    channel->attach(w);
    m_channels.append(channel);
    w->moveToThread(m_thread);
    detail::ChannelPump *pump = m_pump;
    // Queued like every call, so it opens after what was asked before.
    QMetaObject::invokeMethod(pump, [pump, w] { pump->adopt(w); });
    return channel;
}

void SshSession::forgetChannel(SshChannel *channel)
{
    m_channels.removeAll(channel);
}

SshChannel *SshSession::openExecStream(const RemoteCommand &command, QObject *parent)
{
    const Result<QByteArray> shell = command.toShell();
    if (!shell) {
        auto *channel = new SshChannel(this, command.display(), parent);
        const SshError error = SshError::make(SshError::InvalidCommand, shell.error());
        QMetaObject::invokeMethod(
            channel, [channel, error] { channel->onFailed(error); }, Qt::QueuedConnection);
        return channel;
    }
    record(QString::fromUtf8(*shell), 0, true, tr("streaming"));
    return openChannel(detail::WorkerChannel::Exec, *shell, {}, QString::fromUtf8(*shell), parent);
}

SshChannel *SshSession::openShell(const PtyRequest &pty, QObject *parent)
{
    record(QStringLiteral("shell (pty %1 %2x%3)")
               .arg(QString::fromLatin1(pty.term))
               .arg(pty.cols)
               .arg(pty.rows),
           0, true, tr("interactive"));
    return openChannel(detail::WorkerChannel::Shell, {}, pty, tr("shell"), parent);
}

SshChannel *SshSession::openStreamLocal(const QString &remoteSocketPath, QObject *parent)
{
    record(QStringLiteral("direct-streamlocal %1").arg(remoteSocketPath), 0, true,
           tr("socket connection"));
    return openChannel(detail::WorkerChannel::StreamLocal, QFile::encodeName(remoteSocketPath), {},
                       remoteSocketPath, parent);
}

void SshSession::setAutoReconnect(bool on)
{
    if (on == m_autoReconnect)
        return;
    m_autoReconnect = on;
    on ? retainConnection() : releaseConnection();
}

void SshSession::retainConnection()
{
    ++m_pump->wanted;
    detail::ChannelPump *pump = m_pump;
    QMetaObject::invokeMethod(pump, [pump] { pump->wantedChanged(); });
}

void SshSession::releaseConnection()
{
    --m_pump->wanted;
}

void SshSession::updateConnectCount()
{
    m_connects = m_connection->connectCount();
}

void SshSession::record(const QString &call, qint64 ms, bool ok, const QString &result)
{
    if (!m_log)
        return;
    CommandLogEntry entry;
    entry.target = m_target.name;
    entry.call = call;
    entry.durationMs = ms;
    entry.ok = ok;
    entry.result = result;
    m_log->record(entry);
}

QFuture<SshResult<HostInfoOnConnect>> SshSession::connectHost(HostKeyPolicy policy)
{
    return enqueue<HostInfoOnConnect>([this, policy](const detail::CancelCheck &cancelled) {
        QElapsedTimer clock;
        clock.start();
        SshResult<HostInfoOnConnect> r = m_connection->connect(policy, cancelled);
        const QString call = QStringLiteral("ssh %1@%2 -p %3")
                                 .arg(m_target.user, m_target.address)
                                 .arg(m_target.port);
        if (r)
            record(call, clock.elapsed(), true,
                   r->hostKeyNewlyTrusted ? tr("connected; trusted new host key %1 %2")
                                                .arg(r->hostKeyType, r->fingerprint)
                                          : tr("connected (%1)").arg(r->authMethod));
        else
            record(call, clock.elapsed(), false, r.message());
        return r;
    });
}

QFuture<SshResult<ExecResult>> SshSession::exec(const RemoteCommand &command, int timeoutMs)
{
    return enqueue<ExecResult>(
        [this, command, timeoutMs](const detail::CancelCheck &cancelled) -> SshResult<ExecResult> {
            const Result<QByteArray> shell = command.toShell();
            if (!shell) {
                record(command.display(), 0, false, shell.error());
                return SshError::make(SshError::InvalidCommand, shell.error());
            }
            QElapsedTimer clock;
            clock.start();
            SshResult<ExecResult> r = m_connection->exec(*shell, timeoutMs, cancelled);
            const QString call = QString::fromUtf8(*shell);
            if (r)
                record(call, clock.elapsed(), r->exitStatus == 0,
                       tr("exit status %1").arg(r->exitStatus));
            else
                record(call, clock.elapsed(), false, r.message());
            qCDebug(lcSsh) << m_target.name << call << (r ? r->exitStatus : -1);
            return r;
        });
}

QFuture<SshResult<void>> SshSession::forgetHostKey()
{
    return enqueue<void>([this](const detail::CancelCheck &) -> SshResult<void> {
        m_connection->disconnect();
        const QString file = m_connection->options().knownHostsFile;
        const Result<int> removed = forgetKnownHost(file, m_target.address, m_target.port);
        const QString call = QStringLiteral("ssh-keygen -R %1 -f %2")
                                 .arg(knownHostsName(m_target.address, m_target.port), file);
        if (!removed) {
            record(call, 0, false, removed.error());
            return SshError::make(SshError::KnownHosts, removed.error());
        }
        qCInfo(lcSsh) << "forgot" << *removed << "host key(s) for" << m_target.name;
        record(call, 0, true, tr("forgot %n host key(s)", nullptr, *removed));
        return {};
    });
}

QFuture<SshResult<void>> SshSession::disconnectHost()
{
    return enqueue<void>([this](const detail::CancelCheck &) -> SshResult<void> {
        m_connection->disconnect();
        return {};
    });
}

} // namespace sloop::ssh
