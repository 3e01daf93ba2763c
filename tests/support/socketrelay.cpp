#include "socketrelay.h"

namespace sloop::test {

SocketRelay::SocketRelay(QString listenPath, QString targetPath)
    : m_listen(std::move(listenPath)), m_target(std::move(targetPath))
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *in = m_server.nextPendingConnection()) {
            in->setParent(this);
            auto *out = new QLocalSocket(in);
            connect(in, &QLocalSocket::readyRead, out, [in, out] { out->write(in->readAll()); });
            connect(out, &QLocalSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
            connect(out, &QLocalSocket::connected, out, [in, out] { out->write(in->readAll()); });
            connect(out, &QLocalSocket::disconnected, in, &QLocalSocket::disconnectFromServer);
            connect(in, &QLocalSocket::disconnected, in, &QObject::deleteLater);
            out->connectToServer(m_target);
        }
    });
}

bool SocketRelay::start()
{
    QLocalServer::removeServer(m_listen);
    return m_server.listen(m_listen);
}

void SocketRelay::stop()
{
    m_server.close();
    for (QLocalSocket *s : findChildren<QLocalSocket *>(QString(), Qt::FindDirectChildrenOnly))
        s->abort();
}

} // namespace sloop::test
