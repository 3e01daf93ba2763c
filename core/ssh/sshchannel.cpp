#include "sshchannel.h"

#include "sshchannelpump.h"
#include "sshsession.h"

namespace sloop::ssh {

SshChannel::SshChannel(SshSession *session, QString description, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_inFlight(std::make_shared<std::atomic<qint64>>(0))
    , m_description(std::move(description))
{
}

SshChannel::~SshChannel()
{
    if (m_worker) {
        detail::WorkerChannel *w = m_worker;
        // Closes and frees the libssh channel on its own thread.
        QMetaObject::invokeMethod(w, [w] {
            w->closeRequested = true;
            w->deleteLater();
        });
    }
    if (m_session)
        m_session->forgetChannel(this);
}

void SshChannel::attach(detail::WorkerChannel *worker)
{
    m_worker = worker;
    connect(worker, &detail::WorkerChannel::opened, this, &SshChannel::onOpened);
    connect(worker, &detail::WorkerChannel::dataReceived, this, &SshChannel::onData);
    connect(worker, &detail::WorkerChannel::finished, this, &SshChannel::onFinished);
    connect(worker, &detail::WorkerChannel::failed, this, &SshChannel::onFailed);
}

void SshChannel::detach(const SshError &why)
{
    m_worker = nullptr; // deleted with the worker thread's pump
    m_session = nullptr;
    onFailed(why);
}

template <typename F> void SshChannel::post(F work)
{
    if (!m_worker || m_ended)
        return;
    detail::WorkerChannel *w = m_worker;
    QMetaObject::invokeMethod(w, [w, work] {
        work(w);
        if (w->pump)
            w->pump->pumpAll();
    });
}

void SshChannel::write(const QByteArray &data)
{
    if (!data.isEmpty())
        post([data](detail::WorkerChannel *w) { w->pendingWrite += data; });
}

void SshChannel::sendEof()
{
    post([](detail::WorkerChannel *w) { w->eofRequested = true; });
}

void SshChannel::resize(int cols, int rows)
{
    post([cols, rows](detail::WorkerChannel *w) { w->pendingResize = qMakePair(cols, rows); });
}

void SshChannel::sendSignal(const QString &name)
{
    const QByteArray sig = name.toLatin1();
    post([sig](detail::WorkerChannel *w) { w->pendingSignals.append(sig); });
}

void SshChannel::close()
{
    post([](detail::WorkerChannel *w) { w->closeRequested = true; });
    m_ended = true;
}

void SshChannel::onOpened()
{
    if (m_ended)
        return;
    m_opened = true;
    Q_EMIT opened();
}

void SshChannel::onData(const QByteArray &data, bool isStderr)
{
    const qint64 before = m_inFlight->load();
    if (!m_ended) {
        if (isStderr)
            Q_EMIT stderrReceived(data);
        else
            Q_EMIT stdoutReceived(data);
    }
    const qint64 after = (*m_inFlight -= data.size());
    // The worker stopped reading at the limit: wake it now rather than at
    // its next tick.
    if (before >= kMaxInFlight && after < kMaxInFlight)
        post([](detail::WorkerChannel *) {});
}

void SshChannel::onFinished(int exitStatus)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT finished(exitStatus);
}

void SshChannel::onFailed(const SshError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT failed(error);
}

} // namespace sloop::ssh
