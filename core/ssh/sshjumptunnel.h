#pragma once

#include "ssherror.h"
#include "sshhandles.h"
#include "sshtypes.h"

#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace sloop::ssh::detail {

class SshConnection;
using CancelCheck = std::function<bool()>;

// The way to a host through a jump host (OpenSSH's ProxyJump, `ssh -W`):
// the jump host's own connection (its host key checked, logged in, itself
// reached through earlier hops when there are any), a direct-tcpip channel
// from it to the next address, and a socket pair. The next libssh session
// uses one end as its socket; a thread of the tunnel's own copies bytes
// between the other end and the channel. It has to be a thread: the next
// session's blocking calls run on the worker thread and would wait for
// bytes the worker itself would have to copy.
//
// From open() on, the jump host's libssh session is used on the tunnel's
// thread only (it also sends the jump host's keepalives). The destructor
// stops the thread and closes the channel and the jump session.
class JumpTunnel
{
public:
    ~JumpTunnel();

    // `jump` is the last hop as a target (earlier hops in its own jumps);
    // `next`'s address and port are dialled from it (its name is for
    // messages). The jump host's host key goes through `policy` like a
    // target's.
    static SshResult<std::unique_ptr<JumpTunnel>>
    open(const SshTarget &jump, const SshTarget &next, const SshOptions &options,
         HostKeyPolicy policy, const CancelCheck &cancelled, HostInfoOnConnect *jumpInfo);

    // The end for the next libssh session (SSH_OPTIONS_FD); it owns it then.
    int takeSocket();
    // How long the channel has brought nothing, in ms (the TCP_INFO of a
    // direct connection has no meaning on a socket pair).
    qint64 silenceMs() const;

private:
    JumpTunnel() = default;
    void run();

    std::unique_ptr<SshConnection> m_jump;
    ChannelPtr m_channel;
    int m_outer = -1; // handed to the next session
    int m_inner = -1; // the thread's end
    int m_wake[2] = {-1, -1};
    std::thread m_thread;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastDataMs{0};
};

} // namespace sloop::ssh::detail
