#include "metrics/statuschecker.h"

#include "metrics/metricnames.h"
#include "metrics/metricslogging.h"

#include <QDateTime>
#include <QTcpSocket>

namespace sloop::metrics {

StatusChecker::StatusChecker(QString targetKey, QString address, int port, QObject *parent)
    : QObject(parent)
    , m_targetKey(std::move(targetKey))
    , m_address(std::move(address))
    , m_port(port)
{
    connect(&m_timer, &QTimer::timeout, this, &StatusChecker::checkNow);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &StatusChecker::onTimeout);
}

StatusChecker::~StatusChecker()
{
    if (m_socket)
        m_socket->abort();
}

void StatusChecker::setIntervalSeconds(int seconds)
{
    m_interval = std::clamp(seconds, 1, 3600);
    if (m_timer.isActive())
        m_timer.start(m_interval * 1000);
}

void StatusChecker::setTimeoutMs(int ms)
{
    m_timeoutMs = std::max(100, ms);
}

int StatusChecker::timeoutMs() const
{
    // A check ends before the next one is due, so each interval has a figure.
    return std::min(m_timeoutMs, std::max(100, m_interval * 1000 - 100));
}

void StatusChecker::setHealthCheck(HealthCheck check)
{
    m_health = std::move(check);
}

void StatusChecker::start()
{
    m_timer.start(m_interval * 1000);
    checkNow();
}

void StatusChecker::stop()
{
    m_timer.stop();
    m_deadline.stop();
    ++m_generation; // late answers of the running check are ignored
    if (m_socket) {
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_busy = false;
}

void StatusChecker::checkNow()
{
    if (m_busy)
        return;
    m_busy = true;
    ++m_generation;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_reachable = m_ssh = m_transportDone = false;
    m_healthy.reset();
    m_healthDone = !m_health;
    m_pendingProblem.clear();
    m_healthProblem.clear();

    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, &StatusChecker::onConnected);
    connect(socket, &QTcpSocket::readyRead, this, &StatusChecker::onBanner);
    connect(socket, &QTcpSocket::errorOccurred, this, &StatusChecker::onSocketError);
    m_deadline.start(timeoutMs());
    socket->connectToHost(m_address, quint16(m_port));

    if (m_health) {
        const int generation = m_generation;
        m_health()
            .then(this,
                  [this, generation](const instances::HealthAnswer &answer) {
                      if (generation != m_generation)
                          return;
                      m_healthy = answer.healthy;
                      m_healthDone = true;
                      if (!answer.healthy && !answer.detail.isEmpty())
                          m_healthProblem = tr("Health check: %1").arg(answer.detail);
                      finish();
                  })
            .onFailed(this, [this, generation] {
                if (generation != m_generation)
                    return;
                m_healthy = false;
                m_healthDone = true;
                finish();
            });
    }
}

void StatusChecker::onConnected()
{
    m_reachable = true;
    onBanner(); // the banner may already be there
}

void StatusChecker::onBanner()
{
    if (!m_socket || m_transportDone || m_socket->bytesAvailable() < 4)
        return;
    const QByteArray head = m_socket->read(4);
    finishTransport(true, head == "SSH-",
                    head == "SSH-"
                        ? QString()
                        : tr("%1:%2 answers, but not with SSH.").arg(m_address).arg(m_port));
}

void StatusChecker::onSocketError()
{
    if (!m_socket || m_transportDone)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    // A refusal comes from the host itself: it is up, its sshd is not.
    const bool refused = error == QAbstractSocket::ConnectionRefusedError;
    finishTransport(refused || m_reachable, false,
                    tr("%1:%2: %3").arg(m_address).arg(m_port).arg(m_socket->errorString()));
}

void StatusChecker::onTimeout()
{
    if (m_transportDone) {
        // The transport is done; only the health check is late.
        m_healthy = false;
        m_healthDone = true;
        m_pendingProblem = tr("The health check did not answer within %1 ms.").arg(timeoutMs());
        finish();
        return;
    }
    finishTransport(
        m_reachable, false,
        m_reachable
            ? tr("%1:%2 sent no SSH banner within %3 ms.")
                  .arg(m_address)
                  .arg(m_port)
                  .arg(timeoutMs())
            : tr("No answer from %1:%2 within %3 ms.").arg(m_address).arg(m_port).arg(timeoutMs()));
}

void StatusChecker::finishTransport(bool reachable, bool ssh, const QString &problem)
{
    m_transportDone = true;
    m_reachable = reachable;
    m_ssh = ssh;
    if (!problem.isEmpty())
        m_pendingProblem = problem;
    if (m_socket) {
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    if (m_healthDone)
        m_deadline.stop();
    finish();
}

void StatusChecker::finish()
{
    if (!m_busy || !m_transportDone || !m_healthDone)
        return;
    m_deadline.stop();
    m_busy = false;
    const auto point = [this](QLatin1StringView metric, bool value) {
        return MetricPoint{m_targetKey, metric, m_startedMs, value ? 1.0 : 0.0};
    };
    MetricBatch batch{point(names::kStatusReachable, m_reachable), point(names::kStatusSsh, m_ssh)};
    bool failed = !m_reachable || !m_ssh;
    if (m_healthy.has_value()) {
        batch.append(point(names::kStatusHealth, *m_healthy));
        failed = failed || !*m_healthy;
        if (!*m_healthy && m_pendingProblem.isEmpty())
            m_pendingProblem =
                m_healthProblem.isEmpty() ? tr("The health check failed.") : m_healthProblem;
    }
    batch.append(point(names::kStatusCheckFailed, failed));
    if (m_pendingProblem != m_problem && !m_pendingProblem.isEmpty())
        qCInfo(lcMetrics) << m_targetKey << "status check:" << m_pendingProblem;
    m_problem = m_pendingProblem;
    Q_EMIT checked(batch);
}

} // namespace sloop::metrics
