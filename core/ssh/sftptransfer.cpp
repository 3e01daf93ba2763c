#include "sftptransfer.h"

#include "sftpjob.h"
#include "sshlogging.h"
#include "sshsession.h"
#include "util/futures.h"

#include <QCoreApplication>

namespace sloop::ssh {

SftpTransfer::SftpTransfer(SshSession *session, std::shared_ptr<detail::SftpChannel> channel,
                           Direction direction, QString localPath, QString remotePath,
                           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_channel(std::move(channel))
    , m_direction(direction)
    , m_local(std::move(localPath))
    , m_remote(std::move(remotePath))
{
    const QString host = m_channel->hostName();
    m_job = direction == Direction::Download ? detail::makeDownloadJob(host, m_remote, m_local)
                                             : detail::makeUploadJob(host, m_local, m_remote);
}

SftpTransfer::~SftpTransfer()
{
    // Slices still queued see this and stop; their clean-up runs there.
    if (!m_finished && m_session) {
        m_job->cancelRequested = true;
        auto job = m_job;
        auto channel = m_channel;
        m_session->runOnWorker<bool>(
            [job, channel](detail::SshConnection &c, const detail::CancelCheck &) {
                job->abort(c, *channel);
                return SshResult<bool>(true);
            });
    }
}

void SftpTransfer::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (!m_session) {
        // Later, not now: start() runs inside upload()/download(), before
        // the caller could connect to finished().
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(SshError::make(SshError::Network, tr("The host's session is closed.")));
            },
            Qt::QueuedConnection);
        return;
    }
    runSlice();
}

void SftpTransfer::cancel()
{
    if (!m_finished)
        m_job->cancelRequested = true;
}

void SftpTransfer::runSlice()
{
    if (!m_session) {
        finish(SshError::make(SshError::Network, tr("The host's session is closed.")));
        return;
    }
    auto job = m_job;
    auto channel = m_channel;
    const QFuture<SshResult<SftpProgress>> slice = m_session->runOnWorker<SftpProgress>(
        [job, channel](detail::SshConnection &c, const detail::CancelCheck &cancelled) {
            const detail::CancelCheck either = [&] {
                return job->cancelRequested.load() || cancelled();
            };
            return job->step(c, *channel, either);
        });
    // Never inside start(): see whenFinished.
    whenFinished(slice, this, [this](const SshResult<SftpProgress> &r) {
        if (!r) {
            cleanUpThenFinish(r.error());
            return;
        }
        m_done = r->done;
        m_total = r->total;
        const qint64 now = m_clock.elapsed();
        // The rate over roughly the last second, for "12.3 MB/s".
        if (now - m_rateAtMs >= 500 || r->finished) {
            const double instant =
                double(m_done - m_rateAtBytes) * 1000.0 / double(qMax<qint64>(1, now - m_rateAtMs));
            m_rate = m_rate == 0 ? instant : 0.5 * m_rate + 0.5 * instant;
            m_rateAtMs = now;
            m_rateAtBytes = m_done;
        }
        Q_EMIT progress(m_done, m_total);
        if (r->finished)
            finish({});
        else
            runSlice();
    });
}

void SftpTransfer::cleanUpThenFinish(const SshResult<void> &result)
{
    if (!m_session) {
        finish(result);
        return;
    }
    auto job = m_job;
    auto channel = m_channel;
    const QFuture<SshResult<bool>> aborted = m_session->runOnWorker<bool>(
        [job, channel](detail::SshConnection &c, const detail::CancelCheck &) {
            job->abort(c, *channel);
            return SshResult<bool>(true);
        });
    whenFinished(aborted, this, [this, result](const SshResult<bool> &) { finish(result); });
}

void SftpTransfer::finish(const SshResult<void> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    const bool up = m_direction == Direction::Upload;
    if (m_session)
        m_session->record(up ? QStringLiteral("sftp put %1 %2").arg(m_local, m_remote)
                             : QStringLiteral("sftp get %1 %2").arg(m_remote, m_local),
                          m_clock.elapsed(), result.ok(),
                          result.ok()
                              ? tr("%n byte(s)", nullptr, int(qMin<qint64>(m_done, INT_MAX)))
                              : result.message());
    qCDebug(lcSsh) << (up ? "upload" : "download") << m_local << m_remote << result.ok() << m_done
                   << m_clock.elapsed() << "ms";
    Q_EMIT finished(result);
}

} // namespace sloop::ssh
