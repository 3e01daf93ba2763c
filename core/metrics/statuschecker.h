#pragma once

#include "instances/healthtarget.h"
#include "metrics/metricpoint.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace sloop::metrics {

// Lightsail-style status checks of one target, from this machine:
//   status_reachable  a TCP connection to address:port opened within the
//                     timeout, or the host refused it (it answered: up, but
//                     nothing listens there)
//   status_ssh        the server's first bytes were an SSH banner ("SSH-")
//   status_health     the optional health check's answer (an instance's
//                     blueprint health check); absent without one
//   status_check_failed  1 when any of them failed
// One check at a time: a tick that finds the previous one still running is
// skipped, so a dead host never piles up sockets.
//
// Thread-safety: use from the thread that created it (its event loop).
class StatusChecker : public QObject
{
    Q_OBJECT
public:
    StatusChecker(QString targetKey, QString address, int port, QObject *parent = nullptr);
    ~StatusChecker() override;

    const QString &targetKey() const { return m_targetKey; }
    void setIntervalSeconds(int seconds); // default 60 like Lightsail; tests use 1
    int intervalSeconds() const { return m_interval; }
    // How long a check waits for the connection and the banner; default
    // 10 s, never more than the interval.
    void setTimeoutMs(int ms);
    using HealthCheck = std::function<QFuture<instances::HealthAnswer>()>;
    void setHealthCheck(HealthCheck check);
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    void checkNow();
    // The last check's findings for people ("no answer from 10.0.0.5:22 in 10 s").
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void checked(const sloop::metrics::MetricBatch &batch);

private:
    int timeoutMs() const;
    void onConnected();
    void onSocketError();
    void onBanner();
    void onTimeout();
    void finishTransport(bool reachable, bool ssh, const QString &problem);
    void finish();

    QString m_targetKey;
    QString m_address;
    int m_port;
    int m_interval = 60;
    int m_timeoutMs = 10000;
    HealthCheck m_health;
    QTimer m_timer;
    QTimer m_deadline;
    QPointer<QTcpSocket> m_socket;
    bool m_busy = false;
    qint64 m_startedMs = 0;
    int m_generation = 0;
    // The check in progress.
    bool m_reachable = false;
    bool m_ssh = false;
    bool m_transportDone = false;
    std::optional<bool> m_healthy;
    bool m_healthDone = true;
    QString m_problem;
    QString m_pendingProblem;
    QString m_healthProblem;
};

} // namespace sloop::metrics
