#include "healthprobe.h"

#include "ssh/sshsession.h"
#include "util/logging.h"

#include <QTcpSocket>

namespace sloop::instances {

namespace {
constexpr int kAttemptTimeoutMs = 5000;
constexpr qsizetype kMaxReply = 8192;
} // namespace

QString ProbeTarget::describe() const
{
    switch (kind) {
    case Http:
        return QStringLiteral("HTTP %1:%2%3").arg(address).arg(port).arg(path);
    case Tcp:
        return QStringLiteral("TCP %1:%2").arg(address).arg(port);
    case Command:
        return command.display();
    case None:
        break;
    }
    return HealthProbe::tr("none");
}

HealthProbe::HealthProbe(ProbeTarget target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HealthProbe::tryOnce);
}

HealthProbe::~HealthProbe() = default;

void HealthProbe::start(int timeoutMs, int intervalMs)
{
    m_timeoutMs = timeoutMs;
    m_retry.setInterval(intervalMs);
    m_attempts = 0;
    m_running = true;
    m_clock.start();
    if (m_target.kind == ProbeTarget::None) {
        m_running = false;
        Q_EMIT finished(true, tr("No health check: running counts as healthy."));
        return;
    }
    tryOnce();
}

void HealthProbe::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_retry.stop();
    if (m_socket)
        m_socket->abort();
    Q_EMIT finished(false, tr("Cancelled."));
}

void HealthProbe::tryOnce()
{
    if (!m_running)
        return;
    ++m_attempts;
    m_waiting = true;
    if (m_target.kind == ProbeTarget::Command)
        tryCommand();
    else
        tryHttpOrTcp();
}

void HealthProbe::tryHttpOrTcp()
{
    delete m_socket;
    m_socket = new QTcpSocket(this);
    m_reply.clear();
    auto *socket = m_socket;
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket] {
        if (socket == m_socket)
            answered(false, tr("no answer within %1 s").arg(kAttemptTimeoutMs / 1000));
        socket->abort();
    });
    deadline->start(kAttemptTimeoutMs);
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        if (m_target.kind == ProbeTarget::Tcp) {
            answered(true, tr("port %1 accepts connections").arg(m_target.port));
            socket->abort();
            return;
        }
        socket->write("GET " + m_target.path.toUtf8() +
                      " HTTP/1.0\r\nHost: " + m_target.hostHeader.toUtf8() +
                      "\r\nUser-Agent: Sloop-health-check\r\nConnection: close\r\n\r\n");
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_reply += socket->read(kMaxReply - m_reply.size());
        const qsizetype eol = m_reply.indexOf("\r\n");
        if (eol < 0 && m_reply.size() < kMaxReply)
            return;
        const QByteArray statusLine = m_reply.left(eol < 0 ? 80 : eol);
        const QList<QByteArray> parts = statusLine.split(' ');
        const int status = parts.size() >= 2 ? parts.at(1).toInt() : 0;
        const QString line = QString::fromLatin1(statusLine).left(80);
        answered(status >= 200 && status < 400, line);
        socket->abort();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
        if (socket == m_socket && m_waiting)
            answered(false, socket->errorString());
    });
    socket->connectToHost(m_target.address, quint16(m_target.port));
}

void HealthProbe::tryCommand()
{
    if (!m_target.session) {
        answered(false, tr("no SSH session to run the check on"));
        return;
    }
    ssh::RemoteCommand command = m_target.command;
    if (m_target.viaSudo) {
        auto shell = command.toShell();
        command = ssh::RemoteCommand::argv({QStringLiteral("sudo"), QStringLiteral("-n"),
                                            QStringLiteral("sh"), QStringLiteral("-c"),
                                            QString::fromUtf8(shell ? *shell : QByteArray())});
    }
    m_target.session->exec(command, kAttemptTimeoutMs * 2)
        .then(this, [this](const ssh::SshResult<ssh::ExecResult> &result) {
            if (!result.ok()) {
                answered(false, result.message());
                return;
            }
            const QString said =
                QString::fromUtf8(result->stdOut + result->stdErr).trimmed().left(200);
            answered(result->exitStatus == 0,
                     said.isEmpty() ? tr("exit status %1").arg(result->exitStatus) : said);
        });
}

void HealthProbe::answered(bool ok, const QString &detail)
{
    if (!m_running || !m_waiting)
        return;
    m_waiting = false;
    Q_EMIT attempt(m_attempts, detail);
    if (ok) {
        m_running = false;
        Q_EMIT finished(true, detail);
        return;
    }
    if (m_clock.elapsed() + m_retry.interval() >= m_timeoutMs) {
        m_running = false;
        qCInfo(lcInstances) << "health check gave up:" << m_target.describe() << detail;
        Q_EMIT finished(false, tr("%1 did not answer within %2 s; last answer: %3")
                                   .arg(m_target.describe())
                                   .arg(m_timeoutMs / 1000)
                                   .arg(detail));
        return;
    }
    m_retry.start();
}

} // namespace sloop::instances
