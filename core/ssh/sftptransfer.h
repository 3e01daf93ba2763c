#pragma once

#include "ssherror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

namespace sloop::ssh {

class SshSession;
namespace detail {
class SftpChannel;
class SftpJob;
} // namespace detail

// One upload or download, made by SftpClient and already started. Lives on
// the caller's thread; the work runs on the session's worker in slices, each
// one queue item, each reporting progress. finished() comes exactly once,
// from the event loop: never inside upload()/download(), so connecting right
// after them is in time.
class SftpTransfer : public QObject
{
    Q_OBJECT
public:
    enum class Direction
    {
        Upload,
        Download,
    };

    SftpTransfer(SshSession *session, std::shared_ptr<detail::SftpChannel> channel,
                 Direction direction, QString localPath, QString remotePath,
                 QObject *parent = nullptr);
    ~SftpTransfer() override;

    Direction direction() const { return m_direction; }
    const QString &localPath() const { return m_local; }
    const QString &remotePath() const { return m_remote; }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }    // 0 until the first slice
    double bytesPerSecond() const { return m_rate; } // smoothed over the last seconds
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    bool isFinished() const { return m_finished; }
    const SshResult<void> &result() const { return m_result; }

    void start();

public Q_SLOTS:
    // Stops within one slice; partial files are removed, then finished()
    // says Cancelled.
    void cancel();

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(const sloop::ssh::SshResult<void> &result);

private:
    void runSlice();
    void cleanUpThenFinish(const SshResult<void> &result);
    void finish(const SshResult<void> &result);

    QPointer<SshSession> m_session;
    std::shared_ptr<detail::SftpChannel> m_channel;
    std::shared_ptr<detail::SftpJob> m_job;
    Direction m_direction;
    QString m_local;
    QString m_remote;
    qint64 m_done = 0;
    qint64 m_total = 0;
    double m_rate = 0;
    qint64 m_rateAtMs = 0;
    qint64 m_rateAtBytes = 0;
    QElapsedTimer m_clock;
    bool m_started = false;
    bool m_finished = false;
    SshResult<void> m_result;
};

} // namespace sloop::ssh

Q_DECLARE_METATYPE(sloop::ssh::SshResult<void>)
