#pragma once

#include "ssh/remotecommand.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace sloop::ssh {
class SshSession;
}

namespace sloop::instances {

// What "healthy" means for an instance, resolved to where to look: an HTTP
// answer through a published port (any 2xx or 3xx status), a TCP port that
// accepts, or a command on the instance that exits 0 (for services that
// listen on localhost only, such as databases).
struct ProbeTarget
{
    enum Kind
    {
        None,
        Http,
        Tcp,
        Command,
    };
    Kind kind = None;
    QString address; // Http, Tcp
    int port = 0;
    QString path = QStringLiteral("/");
    QString hostHeader = QStringLiteral("localhost");
    ssh::RemoteCommand command; // Command: run over `session`
    QPointer<ssh::SshSession> session;
    bool viaSudo = false;

    QString describe() const; // "HTTP 127.0.0.1:32768/", "pg_isready"
};

// Asks again every `intervalMs` until the target answers or `timeoutMs`
// passes; finished() once, with the last answer or refusal as the detail.
class HealthProbe : public QObject
{
    Q_OBJECT
public:
    explicit HealthProbe(ProbeTarget target, QObject *parent = nullptr);
    ~HealthProbe() override;

    void start(int timeoutMs, int intervalMs = 1000);
    void cancel();

Q_SIGNALS:
    void attempt(int number, const QString &answer);
    void finished(bool healthy, const QString &detail);

private:
    void tryOnce();
    void answered(bool ok, const QString &detail);
    void tryHttpOrTcp();
    void tryCommand();

    ProbeTarget m_target;
    QTimer m_retry;
    QElapsedTimer m_clock;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_reply;
    int m_timeoutMs = 0;
    int m_attempts = 0;
    bool m_running = false;
    bool m_waiting = false; // an attempt is out
};

} // namespace sloop::instances
