#include "sshsocketforward.h"

#include "sshchannel.h"
#include "sshlogging.h"
#include "sshsession.h"
#include "util/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QUuid>

#include <sys/stat.h>

namespace sloop::ssh {

SshSocketForward::SshSocketForward(SshSession *session, QString remoteSocketPath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_remotePath(std::move(remoteSocketPath))
{
}

SshSocketForward::~SshSocketForward()
{
    close();
}

VoidResult SshSocketForward::listen(const QString &localPath)
{
    if (m_server)
        return VoidResult::failure(tr("The forward already listens on %1.").arg(m_localPath));
    if (!m_session)
        return VoidResult::failure(tr("The SSH session is gone."));
    QString path = localPath;
    if (path.isEmpty()) {
        QString host = m_session->target().name;
        host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
        path = paths::runtimeDir() + QStringLiteral("/forward/") + host + QLatin1Char('-') +
               QUuid::createUuid().toString(QUuid::Id128).left(12) + QStringLiteral(".sock");
    }
    const QString dir = QFileInfo(path).absolutePath();
    // Anyone who can connect to the socket speaks to the remote engine as
    // the SSH user: only this user may reach it.
    if (const VoidResult ok = paths::ensurePrivateFolder(paths::runtimeDir()); !ok)
        return ok;
    if (const VoidResult ok = paths::ensurePrivateFolder(dir); !ok)
        return ok;
    if (QFileInfo(path).exists() && !QFile::remove(path))
        return VoidResult::failure(tr("%1 exists and cannot be replaced.").arg(path));
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(path)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return VoidResult::failure(tr("Cannot listen on %1: %2").arg(path, why));
    }
    ::chmod(QFile::encodeName(path).constData(), 0600);
    m_localPath = path;
    connect(m_server, &QLocalServer::newConnection, this, &SshSocketForward::onNewConnection);
    m_session->retainConnection();
    m_retained = true;
    qCInfo(lcSsh) << "forwarding" << path << "to" << m_session->target().name << m_remotePath;
    return {};
}

void SshSocketForward::close()
{
    const QList<QLocalSocket *> sockets = m_pairs.keys();
    for (QLocalSocket *socket : sockets)
        drop(socket);
    if (m_server) {
        m_server->close(); // removes the socket file
        delete m_server;
        m_server = nullptr;
        QFile::remove(m_localPath);
    }
    if (m_retained && m_session)
        m_session->releaseConnection();
    m_retained = false;
}

void SshSocketForward::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (!m_session) {
            socket->deleteLater();
            continue;
        }
        SshChannel *channel = m_session->openStreamLocal(m_remotePath, this);
        m_pairs.insert(socket, channel);
        // Local → remote: the channel queues what arrives before it opens.
        connect(socket, &QLocalSocket::readyRead, channel,
                [socket, channel] { channel->write(socket->readAll()); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] { drop(socket); });
        // Remote → local.
        connect(channel, &SshChannel::stdoutReceived, socket,
                [socket](const QByteArray &data) { socket->write(data); });
        connect(channel, &SshChannel::finished, socket,
                [socket] { socket->disconnectFromServer(); });
        connect(channel, &SshChannel::failed, socket, [this, socket](const SshError &error) {
            qCInfo(lcSsh) << "forward connection failed:" << error.message;
            Q_EMIT connectionFailed(error.message);
            socket->disconnectFromServer();
        });
        if (socket->bytesAvailable() > 0)
            channel->write(socket->readAll());
    }
}

void SshSocketForward::drop(QLocalSocket *socket)
{
    const QPointer<SshChannel> channel = m_pairs.take(socket);
    if (channel) {
        channel->close();
        channel->deleteLater();
    }
    socket->disconnect(this);
    if (socket->state() != QLocalSocket::UnconnectedState)
        socket->abort();
    socket->deleteLater();
}

} // namespace sloop::ssh
