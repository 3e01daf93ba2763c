#include "metrics/hostsampler.h"

#include "metrics/hostmetrics.h"
#include "metrics/metricslogging.h"
#include "ssh/remotecommand.h"
#include "ssh/sshchannel.h"
#include "ssh/sshsession.h"

#include <QDateTime>
#include <QFile>

namespace sloop::metrics {

namespace {
constexpr int kMaxBackoffS = 30;
constexpr qsizetype kStderrKept = 2000;
} // namespace

HostSampler::HostSampler(QString targetKey, ssh::SshSession *session, QObject *parent)
    : QObject(parent)
    , m_targetKey(std::move(targetKey))
    , m_session(session)
{
    m_reopen.setSingleShot(true);
    connect(&m_reopen, &QTimer::timeout, this, &HostSampler::open);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &HostSampler::onStall);
    m_problem = tr("Not started.");
}

HostSampler::~HostSampler()
{
    closeChannel();
}

QByteArray HostSampler::script()
{
    static const QByteArray text = [] {
        QFile f(QStringLiteral(":/sloop/metrics/sampler.sh"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return text;
}

void HostSampler::setIntervalSeconds(int seconds)
{
    seconds = std::clamp(seconds, 1, 60);
    if (seconds == m_interval)
        return;
    m_interval = seconds;
    if (m_running) {
        closeChannel();
        m_reopen.stop();
        open();
    }
}

void HostSampler::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoffS = 1;
    open();
}

void HostSampler::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_reopen.stop();
    closeChannel();
    setStreaming(false, tr("Stopped."));
}

void HostSampler::open()
{
    if (!m_running)
        return;
    if (!m_session) {
        setStreaming(false, tr("The host's session is gone."));
        return;
    }
    closeChannel();
    m_parser.reset();
    m_previous.reset();
    m_stderr.clear();
    // `sh -c SCRIPT NAME INTERVAL`: the script is an argument, so its stdin
    // stays free and nothing lands on the host's disk. The login shell hands
    // it to sh, whatever the login shell is.
    const ssh::RemoteCommand command = ssh::RemoteCommand::argvBytes(
        {"sh", "-c", script(), "sloop-sampler", QByteArray::number(m_interval)});
    ssh::SshChannel *channel = m_session->openExecStream(command, this);
    m_channel = channel;
    connect(channel, &ssh::SshChannel::opened, this, [this] {
        // The first frame comes at once; a stalled host shows after this.
        m_watchdog.start((m_interval * 3 + 10) * 1000);
    });
    connect(channel, &ssh::SshChannel::stdoutReceived, this, &HostSampler::onData);
    connect(channel, &ssh::SshChannel::stderrReceived, this, [this](const QByteArray &data) {
        m_stderr = QByteArray(m_stderr + data).right(kStderrKept);
    });
    connect(channel, &ssh::SshChannel::finished, this, [this](int exitStatus) {
        const QString err = QString::fromUtf8(m_stderr).trimmed();
        onEnded(err.isEmpty()
                    ? tr("The sampler on the host ended (exit status %1).").arg(exitStatus)
                    : tr("The sampler on the host ended (exit status %1): %2")
                          .arg(exitStatus)
                          .arg(err.right(300)));
    });
    connect(channel, &ssh::SshChannel::failed, this,
            [this](const ssh::SshError &error) { onEnded(error.message); });
}

void HostSampler::closeChannel()
{
    m_watchdog.stop();
    if (m_channel) {
        ssh::SshChannel *channel = m_channel;
        m_channel = nullptr;
        channel->disconnect(this);
        channel->close();
        channel->deleteLater();
    }
}

void HostSampler::onData(const QByteArray &data)
{
    m_parser.feed(data);
    const QList<HostFrame> frames = m_parser.takeFrames();
    logProblems();
    if (frames.isEmpty())
        return;
    m_watchdog.start((m_interval * 3 + 10) * 1000);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (HostFrame frame : frames) {
        frame.receivedMs = now;
        if (m_previous) {
            const MetricBatch batch = deriveHostMetrics(m_targetKey, *m_previous, frame);
            if (!batch.isEmpty())
                Q_EMIT sampled(batch);
        }
        m_previous = std::move(frame);
    }
    m_backoffS = 1;
    setStreaming(true, {});
}

void HostSampler::onEnded(const QString &why)
{
    closeChannel();
    if (!m_running)
        return;
    qCInfo(lcMetrics) << m_targetKey << "sampler stream ended:" << why << "- again in" << m_backoffS
                      << "s";
    setStreaming(false, why);
    m_reopen.start(m_backoffS * 1000);
    m_backoffS = std::min(m_backoffS * 2, kMaxBackoffS);
}

void HostSampler::onStall()
{
    onEnded(tr("No numbers from the host for %1 seconds.").arg(m_interval * 3 + 10));
}

void HostSampler::setStreaming(bool streaming, const QString &problem)
{
    if (streaming == m_streaming && problem == m_problem)
        return;
    m_streaming = streaming;
    m_problem = problem;
    Q_EMIT streamingChanged(streaming, problem);
}

void HostSampler::logProblems()
{
    const QStringList problems = m_parser.takeProblems();
    if (problems.isEmpty())
        return;
    // A host that prints junk every second would flood the log otherwise.
    if (m_lastProblemLog.isValid() && m_lastProblemLog.elapsed() < 60000)
        return;
    m_lastProblemLog.start();
    qCWarning(lcMetrics) << m_targetKey << "sampler output:" << problems.join(QLatin1Char(' '));
}

} // namespace sloop::metrics
