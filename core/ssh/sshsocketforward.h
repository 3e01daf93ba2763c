#pragma once

#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QLocalServer;
class QLocalSocket;

namespace sloop::ssh {

class SshChannel;
class SshSession;

// `ssh -L local.sock:/var/run/docker.sock`, on a session: listens on a local
// unix socket and, for each client, opens a direct-streamlocal channel to
// `remoteSocketPath` on the host, copying bytes both ways; when one side
// ends, the other is closed. A remote engine is reached this way: the
// DockerClient over UnixSocketTransport(localPath()) does not know the
// difference.
//
// The socket is created 0600 in a 0700 folder (by default under
// paths::runtimeDir()/forward/), and removed by close() or the destructor.
// While it listens the forward holds the session up: a lost session is
// reconnected with backoff, and clients that arrive in between get a channel
// once it is back (or are closed when it fails).
//
// Thread-safety: use from the session's thread.
class SshSocketForward : public QObject
{
    Q_OBJECT
public:
    SshSocketForward(SshSession *session, QString remoteSocketPath, QObject *parent = nullptr);
    ~SshSocketForward() override;

    // Empty localPath: <runtimeDir>/forward/<host>-<random>.sock.
    VoidResult listen(const QString &localPath = {});
    void close();
    QString localPath() const { return m_localPath; }
    const QString &remoteSocketPath() const { return m_remotePath; }
    int connectionCount() const { return int(m_pairs.size()); }

Q_SIGNALS:
    // A client's channel failed (the remote socket is missing, the session
    // dropped): for the log; the client was disconnected.
    void connectionFailed(const QString &message);

private:
    void onNewConnection();
    void drop(QLocalSocket *socket);

    QPointer<SshSession> m_session;
    QString m_remotePath;
    QString m_localPath;
    QLocalServer *m_server = nullptr;
    QHash<QLocalSocket *, QPointer<SshChannel>> m_pairs;
    bool m_retained = false;
};

} // namespace sloop::ssh
