#include "sshprobe.h"

#include "instanceslogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPromise>
#include <QTcpSocket>
#include <QTimer>

namespace sloop::instances {

namespace {

class BannerProbe : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(SystemContainers)
public:
    BannerProbe(QString address, quint16 port, int timeoutMs)
        : m_address(std::move(address))
        , m_port(port)
        , m_timeoutMs(timeoutMs)
    {
        m_promise.start();
        m_clock.start();
        m_attemptTimer.setSingleShot(true);
        connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
            // Connected but silent (or a connect that hangs): start over.
            m_lastError = tr("no banner within a second");
            retry();
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, &BannerProbe::onReadyRead);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            m_lastError = m_socket.errorString();
            retry();
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            m_lastError = tr("the connection was closed before a banner");
            retry();
        });
    }

    QFuture<VoidResult> future() { return m_promise.future(); }

    void attempt()
    {
        if (m_done)
            return;
        m_buffer.clear();
        m_socket.abort(); // here, not in the socket's own signal handlers
        m_attemptTimer.start(qMin(1000, qMax(1, remainingMs())));
        m_socket.connectToHost(m_address, m_port);
    }

private:
    int remainingMs() const { return int(m_timeoutMs - m_clock.elapsed()); }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        if (m_buffer.startsWith("SSH-2.0-") || m_buffer.startsWith("SSH-1.99-")) {
            qCDebug(lcSystemContainers)
                << "SSH banner on" << m_address << m_port << "after" << m_clock.elapsed() << "ms";
            finish({});
        } else if (m_buffer.size() >= 8 && !QByteArray("SSH-2.0-").startsWith(m_buffer.left(8))) {
            m_lastError = tr("the server is not an SSH server");
            retry();
        }
    }

    void retry()
    {
        if (m_done || m_retryQueued)
            return;
        m_attemptTimer.stop();
        if (remainingMs() <= 0) {
            finish(VoidResult::failure(tr("No SSH server answered on %1 port %2 within %3 s "
                                          "(last: %4).")
                                           .arg(m_address)
                                           .arg(m_port)
                                           .arg(m_timeoutMs / 1000.0)
                                           .arg(m_lastError)));
            return;
        }
        // Later, not now: this runs inside the socket's own signals.
        m_retryQueued = true;
        QTimer::singleShot(qMin(50, remainingMs()), this, [this] {
            m_retryQueued = false;
            attempt();
        });
    }

    void finish(const VoidResult &result)
    {
        if (m_done)
            return;
        m_done = true;
        m_attemptTimer.stop();
        m_socket.disconnect(this);
        m_socket.abort();
        m_promise.addResult(result);
        m_promise.finish();
        deleteLater();
    }

    QString m_address;
    quint16 m_port;
    int m_timeoutMs;
    QElapsedTimer m_clock;
    QTcpSocket m_socket{this};
    QTimer m_attemptTimer{this};
    QPromise<VoidResult> m_promise;
    QByteArray m_buffer;
    QString m_lastError;
    bool m_done = false;
    bool m_retryQueued = false;
};

} // namespace

QFuture<VoidResult> waitForSsh(const QString &address, quint16 port, int timeoutMs)
{
    auto *probe = new BannerProbe(address, port, timeoutMs);
    QFuture<VoidResult> future = probe->future();
    probe->attempt();
    return future;
}

} // namespace sloop::instances
