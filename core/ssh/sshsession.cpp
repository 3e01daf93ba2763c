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
#include <QSet>
#include <QThread>

#include <mutex>

namespace sloop::ssh {

namespace detail {

SessionCore::SessionCore(SshTarget target, SshOptions options, CommandLog *log)
    : connection(std::make_unique<SshConnection>(std::move(target), std::move(options)))
    , log(log)
    , anchor(new QObject)
{
    this->target = connection->target();
}

SessionCore::~SessionCore()
{
    // Settlements already posted to it run first (events keep their order).
    anchor->deleteLater();
}

void SessionCore::record(const QString &call, qint64 ms, bool ok, const QString &result) const
{
    QMutexLocker lock(&logMutex);
    CommandLog *to = log;
    if (!to)
        return;
    CommandLogEntry entry;
    entry.target = target.name;
    entry.call = call;
    entry.durationMs = ms;
    entry.ok = ok;
    entry.result = result;
    to->record(entry);
}

void SessionCore::afterCall()
{
    pump->afterCall(); // on the worker
}

void SessionCore::updateConnectCount()
{
    connects = connection->connectCount();
}

} // namespace detail

namespace {

// Session threads still running, possibly after their sessions went: the
// process waits a little for them as it ends, so none is cut off inside
// libssh while static objects are destroyed.
QMutex g_threadsMutex;
QSet<QThread *> g_threads;

void waitForSessionThreads()
{
    QList<QThread *> left;
    {
        QMutexLocker lock(&g_threadsMutex);
        left = g_threads.values();
    }
    for (QThread *thread : std::as_const(left)) {
        thread->requestInterruption();
        thread->quit();
        thread->wait(5000);
    }
}

} // namespace

int SshSession::runningThreads()
{
    QMutexLocker lock(&g_threadsMutex);
    return int(g_threads.size());
}

SshSession::SshSession(SshTarget target, SshOptions options, CommandLog *log, QObject *parent)
    : QObject(parent)
    , m_core(std::make_shared<detail::SessionCore>(std::move(target), std::move(options), log))
{
    m_target = m_core->target;
    static std::once_flag registered;
    if (QCoreApplication::instance())
        std::call_once(registered, [] { qAddPostRoutine(waitForSessionThreads); });
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ssh:") + m_target.name);
    {
        QMutexLocker lock(&g_threadsMutex);
        g_threads.insert(m_thread);
    }
    QThread *thread = m_thread;
    connect(
        m_thread, &QThread::finished, m_thread,
        [thread] {
            QMutexLocker lock(&g_threadsMutex);
            g_threads.remove(thread);
        },
        Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_pump = new detail::ChannelPump(m_core->connection.get());
    m_pump->connectCount = &m_core->connects;
    m_pump->owner = m_core; // the connection outlives the pump
    m_core->pump = m_pump;
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
    {
        QMutexLocker lock(&m_core->logMutex);
        m_core->log = nullptr;
    }
    // Not waited for: the worker may be inside a connect that times out in
    // seconds, or waiting for a person to type a password. A prompt sees
    // the interruption and gives up; the thread then ends, and deletes
    // itself, the pump and (with the last queued call) the connection.
    m_thread->requestInterruption();
    m_thread->quit();
}

QString SshSession::knownHostsFile() const
{
    return m_core->connection->options().knownHostsFile;
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

void SshSession::record(const QString &call, qint64 ms, bool ok, const QString &result)
{
    m_core->record(call, ms, ok, result);
}

SshSession::Recorder SshSession::recorder() const
{
    return [core = m_core](const QString &call, qint64 ms, bool ok, const QString &result) {
        core->record(call, ms, ok, result);
    };
}

QFuture<SshResult<HostInfoOnConnect>> SshSession::connectHost(HostKeyPolicy policy)
{
    return enqueue<HostInfoOnConnect>(
        [core = m_core, policy](const detail::CancelCheck &cancelled) {
            QElapsedTimer clock;
            clock.start();
            SshResult<HostInfoOnConnect> r = core->connection->connect(policy, cancelled);
            const QString call = QStringLiteral("ssh %1@%2 -p %3")
                                     .arg(core->target.user, core->target.address)
                                     .arg(core->target.port);
            if (r)
                core->record(call, clock.elapsed(), true,
                             r->hostKeyNewlyTrusted ? tr("connected; trusted new host key %1 %2")
                                                          .arg(r->hostKeyType, r->fingerprint)
                                                    : tr("connected (%1)").arg(r->authMethod));
            else
                core->record(call, clock.elapsed(), false, r.message());
            return r;
        });
}

QFuture<SshResult<ExecResult>> SshSession::exec(const RemoteCommand &command, int timeoutMs,
                                                qsizetype maxOutputBytes)
{
    return enqueue<ExecResult>([core = m_core, command, timeoutMs, maxOutputBytes](
                                   const detail::CancelCheck &cancelled) -> SshResult<ExecResult> {
        const Result<QByteArray> shell = command.toShell();
        if (!shell) {
            core->record(command.display(), 0, false, shell.error());
            return SshError::make(SshError::InvalidCommand, shell.error());
        }
        QElapsedTimer clock;
        clock.start();
        SshResult<ExecResult> r =
            core->connection->exec(*shell, timeoutMs, cancelled, maxOutputBytes);
        const QString call = QString::fromUtf8(*shell);
        if (r)
            core->record(call, clock.elapsed(), r->exitStatus == 0,
                         tr("exit status %1").arg(r->exitStatus));
        else
            core->record(call, clock.elapsed(), false, r.message());
        qCDebug(lcSsh) << core->target.name << call << (r ? r->exitStatus : -1);
        return r;
    });
}

QFuture<SshResult<void>> SshSession::forgetHostKey()
{
    return enqueue<void>([core = m_core](const detail::CancelCheck &) -> SshResult<void> {
        core->connection->disconnect();
        const SshTarget &t = core->target;
        const QString file = core->connection->options().knownHostsFile;
        const Result<int> removed = forgetKnownHost(file, t.address, t.port);
        const QString call =
            QStringLiteral("ssh-keygen -R %1 -f %2").arg(knownHostsName(t.address, t.port), file);
        if (!removed) {
            core->record(call, 0, false, removed.error());
            return SshError::make(SshError::KnownHosts, removed.error());
        }
        qCInfo(lcSsh) << "forgot" << *removed << "host key(s) for" << t.name;
        core->record(call, 0, true, tr("forgot %n host key(s)", nullptr, *removed));
        return {};
    });
}

QFuture<SshResult<void>> SshSession::disconnectHost()
{
    return enqueue<void>([core = m_core](const detail::CancelCheck &) -> SshResult<void> {
        core->connection->disconnect();
        return {};
    });
}

} // namespace sloop::ssh
