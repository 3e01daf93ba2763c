#pragma once

#include <QLocalServer>
#include <QLocalSocket>
#include <QObject>

namespace sloop::test {

// Forwards a unix socket to another (the real /var/run/docker.sock), so a
// test can take the engine away and bring it back without stopping dockerd
// for every other suite running at the same time.
class SocketRelay : public QObject
{
public:
    SocketRelay(QString listenPath, QString targetPath);
    bool start();
    void stop(); // closes the listener and cuts every open connection

private:
    QString m_listen;
    QString m_target;
    QLocalServer m_server;
};

} // namespace sloop::test
