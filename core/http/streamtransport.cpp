#include "streamtransport.h"

#include <QCoreApplication>
#include <QLocalSocket>

namespace sloop::http {

namespace {

Error explain(QLocalSocket::LocalSocketError error, const QString &path, const QString &raw)
{
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        return Error::make(
            ErrorKind::Unreachable,
            QCoreApplication::translate("Engine",
                                        "No container engine is listening at %1. Start Docker with "
                                        "\"sudo systemctl start docker\" (or Podman's socket with "
                                        "\"systemctl --user start podman.socket\").")
                .arg(path));
    case QLocalSocket::ConnectionRefusedError:
        return Error::make(ErrorKind::Unreachable,
                           QCoreApplication::translate(
                               "Engine",
                               "The socket %1 exists but nothing accepts connections: the engine "
                               "is stopped or restarting. Start it with \"sudo systemctl start "
                               "docker\".")
                               .arg(path));
    case QLocalSocket::SocketAccessError:
        return Error::make(ErrorKind::Refused,
                           QCoreApplication::translate(
                               "Engine",
                               "Permission denied on %1. Add your user to the docker group "
                               "(\"sudo usermod -aG docker $USER\", then log in again). Be aware "
                               "that members of that group can become root on this machine.")
                               .arg(path));
    case QLocalSocket::SocketTimeoutError:
        return Error::make(
            ErrorKind::TimedOut,
            QCoreApplication::translate("Engine", "The engine at %1 did not answer in time.")
                .arg(path));
    case QLocalSocket::PeerClosedError:
        return Error::make(
            ErrorKind::Unreachable,
            QCoreApplication::translate("Engine", "The engine at %1 closed the connection.")
                .arg(path));
    default:
        return Error::make(
            ErrorKind::Unreachable,
            QCoreApplication::translate("Engine", "Cannot talk to the engine at %1: %2")
                .arg(path, raw));
    }
}

} // namespace

QIODevice *UnixSocketTransport::open(QObject *parent, Ready ready)
{
    auto *socket = new QLocalSocket(parent);
    auto done = std::make_shared<bool>(false);
    // connectToServer() can connect (or fail) before it returns; the caller
    // is promised its callback only after open() has returned.
    QObject::connect(
        socket, &QLocalSocket::connected, socket,
        [ready, done] {
            if (!*done) {
                *done = true;
                ready(Error::make(ErrorKind::Internal, {}));
            }
        },
        Qt::QueuedConnection);
    QObject::connect(
        socket, &QLocalSocket::errorOccurred, socket,
        [socket, ready, done, path = m_path](QLocalSocket::LocalSocketError e) {
            if (*done)
                return;
            *done = true;
            ready(explain(e, path, socket->errorString()));
        },
        Qt::QueuedConnection);
    socket->connectToServer(m_path);
    return socket;
}

} // namespace sloop::http
