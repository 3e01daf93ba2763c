#pragma once

#include "metrics/hostframe.h"
#include "metrics/hostframeparser.h"
#include "metrics/metricpoint.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace sloop::ssh {
class SshChannel;
class SshSession;
struct SshError;
} // namespace sloop::ssh

namespace sloop::metrics {

// Samples one host through one long-lived exec channel on its SSH session:
// resources/metrics/sampler.sh runs there and prints a frame of raw counters
// per interval; each frame after the first becomes a MetricBatch
// (deriveHostMetrics). Nothing is polled from here: the host pushes.
//
// When the stream ends (the host closed it, the link dropped, no frame came
// for three intervals plus ten seconds) the sampler says so with
// streamingChanged(false, why) and opens it again after 1, 2, 4 ... 30 s,
// for as long as it is started; the first frame of a new stream resets that
// backoff and gives streamingChanged(true).
//
// Thread-safety: use from the session's thread (the one that created it).
class HostSampler : public QObject
{
    Q_OBJECT
public:
    HostSampler(QString targetKey, ssh::SshSession *session, QObject *parent = nullptr);
    ~HostSampler() override;

    const QString &targetKey() const { return m_targetKey; }
    void setIntervalSeconds(int seconds); // 1..60, default 5; restarts the stream when running
    int intervalSeconds() const { return m_interval; }
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isStreaming() const { return m_streaming; }
    QString problem() const { return m_problem; }
    // The next reopen's wait, for tests and the status line.
    int backoffSeconds() const { return m_backoffS; }

    // The script every sampler runs (from the resources).
    static QByteArray script();

Q_SIGNALS:
    void sampled(const sloop::metrics::MetricBatch &batch);
    void streamingChanged(bool streaming, const QString &problem);

private:
    void open();
    void closeChannel();
    void onData(const QByteArray &data);
    void onEnded(const QString &why);
    void onStall();
    void setStreaming(bool streaming, const QString &problem);
    void logProblems();

    QString m_targetKey;
    QPointer<ssh::SshSession> m_session;
    QPointer<ssh::SshChannel> m_channel;
    HostFrameParser m_parser;
    std::optional<HostFrame> m_previous;
    QByteArray m_stderr; // the last bytes, for the message when it ends
    QTimer m_reopen;
    QTimer m_watchdog;
    int m_interval = 5;
    int m_backoffS = 1;
    bool m_running = false;
    bool m_streaming = false;
    QString m_problem;
    QElapsedTimer m_lastProblemLog;
};

} // namespace sloop::metrics
