#pragma once

#include "ssh/ssherror.h"
#include "ssh/sshtypes.h"

#include <QThread>

namespace sloop {
class CommandLog;
}

namespace sloop::ssh {
class SshSession;
class SshSocketForward;
} // namespace sloop::ssh

namespace sloop::hosts {

// A host's session and an engine-socket forward on a thread of their own,
// for callers that block their own thread while they use the forwarded
// socket (the command line waits on futures). The GUI needs none of this:
// its forwards live on its event loop (RemoteEngines).
class RemoteEngineTunnel
{
public:
    RemoteEngineTunnel(ssh::SshTarget target, ssh::SshOptions options, CommandLog *log = nullptr);
    ~RemoteEngineTunnel();
    RemoteEngineTunnel(const RemoteEngineTunnel &) = delete;
    RemoteEngineTunnel &operator=(const RemoteEngineTunnel &) = delete;

    // Connects (a host key must already be trusted) and forwards
    // `remoteSocket`; blocks the caller. Returns the local socket's path.
    ssh::SshResult<QString> open(const QString &remoteSocket);

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    ssh::SshSession *m_session = nullptr;
    ssh::SshSocketForward *m_forward = nullptr;
};

} // namespace sloop::hosts
