#include "sshjumptunnel.h"

#include "sshconnection.h"
#include "sshlogging.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sloop::ssh::detail {

namespace {

// Texts are looked up, and filed by lupdate, under "Ssh".
struct SshText
{
    Q_DECLARE_TR_FUNCTIONS(Ssh)
};

constexpr int kTickMs = 100;                   // keepalives and stop checks between bytes
constexpr qsizetype kMaxBuffered = 256 * 1024; // channel bytes the next session has not read
constexpr int kChunk = 32 * 1024;

// The jump host's error, said as being the jump host's: the person added a
// host and may not know Sloop dials another one first.
SshError onTheWay(SshError error, const SshTarget &jump, const QString &destination)
{
    if (error.hop.isEmpty())
        error.hop = jump.name;
    error.message +=
        QLatin1Char(' ') +
        SshText::tr("%1 is the jump host on the way to %2.").arg(error.hop, destination);
    return error;
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

SshResult<std::unique_ptr<JumpTunnel>>
JumpTunnel::open(const SshTarget &jump, const SshTarget &next, const SshOptions &options,
                 HostKeyPolicy policy, const CancelCheck &cancelled, HostInfoOnConnect *jumpInfo)
{
    const QString &address = next.address;
    const quint16 port = next.port;
    const QString destination =
        next.name.isEmpty() || next.name == address
            ? QStringLiteral("%1:%2").arg(address).arg(port)
            : QStringLiteral("%1 (%2:%3)").arg(next.name, address).arg(port);
    std::unique_ptr<JumpTunnel> tunnel(new JumpTunnel);
    tunnel->m_jump = std::make_unique<SshConnection>(jump, options);
    SshResult<HostInfoOnConnect> connected = tunnel->m_jump->connect(policy, cancelled);
    if (!connected)
        return onTheWay(connected.error(), jump, destination);
    *jumpInfo = *connected;

    ssh_session s = tunnel->m_jump->handle();
    tunnel->m_channel.reset(ssh_channel_new(s));
    const QByteArray host = address.toUtf8();
    // The originator fields are informational for sshd; OpenSSH's -W sends these.
    if (!tunnel->m_channel || ssh_channel_open_forward(tunnel->m_channel.get(), host.constData(),
                                                       int(port), "127.0.0.1", 0) != SSH_OK) {
        SshError e = SshError::make(
            SshError::Network,
            SshText::tr("The jump host %1 could not connect to %2 port %3: %4. It looks the "
                        "address up and dials it itself: check that it can reach it, and that its "
                        "sshd allows forwarding (AllowTcpForwarding).")
                .arg(jump.name, address)
                .arg(port)
                .arg(lastError(s)));
        e.hop = jump.name;
        return e;
    }

    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
        pair[0] = pair[1] = -1;
    tunnel->m_outer = pair[0]; // closed by the destructor from here on
    tunnel->m_inner = pair[1];
    if (pair[0] < 0 || ::pipe2(tunnel->m_wake, O_CLOEXEC | O_NONBLOCK) != 0) {
        const int err = errno;
        return SshError::make(
            SshError::Network,
            SshText::tr("Cannot create the local end of the tunnel through %1: %2")
                .arg(jump.name, QString::fromLocal8Bit(strerror(err))));
    }
    ::fcntl(tunnel->m_inner, F_SETFL, ::fcntl(tunnel->m_inner, F_GETFL) | O_NONBLOCK);
    tunnel->m_clock.start();
    tunnel->m_thread = std::thread([t = tunnel.get()] { t->run(); });
    qCInfo(lcSsh) << "tunnel through" << jump.name << "to" << destination << "open";
    return tunnel;
}

JumpTunnel::~JumpTunnel()
{
    if (m_thread.joinable()) {
        const char stop = 's';
        [[maybe_unused]] const ssize_t n = ::write(m_wake[1], &stop, 1);
        // The pump may sit in a blocking libssh write to a jump host that no
        // longer answers: a dead socket ends that at once, where the wait
        // would last the session's timeout (on the owner's thread). The
        // target session is gone already; nothing graceful is left to send.
        if (const int fd = m_jump ? m_jump->socketFd() : -1; fd >= 0)
            ::shutdown(fd, SHUT_RDWR);
        m_thread.join();
    }
    // The jump session is back on this thread now: the channel first.
    m_channel.reset();
    m_jump.reset();
    closeFd(m_outer);
    closeFd(m_inner);
    closeFd(m_wake[0]);
    closeFd(m_wake[1]);
}

int JumpTunnel::takeSocket()
{
    return std::exchange(m_outer, -1);
}

qint64 JumpTunnel::silenceMs() const
{
    return m_clock.elapsed() - m_lastDataMs.load();
}

void JumpTunnel::run()
{
    ssh_channel channel = m_channel.get();
    QByteArray toSession;      // from the channel, not yet taken by the next session
    bool sessionEnded = false; // the next session closed its end (or it broke)
    bool channelEnded = false;
    char buffer[kChunk];
    const auto endSession = [&] {
        if (!sessionEnded)
            ssh_channel_send_eof(channel); // the far side sees it close
        sessionEnded = true;
        toSession.clear();
    };
    while (true) {
        const bool windowOpen = ssh_channel_window_size(channel) > 0;
        const bool wantChannel = !channelEnded && toSession.size() < kMaxBuffered;
        // Each fd is polled only for what this loop then does with it: a
        // hang-up is reported whatever was asked, and an unread socket stays
        // readable, so anything else would spin.
        const short innerEvents =
            short((windowOpen ? POLLIN : 0) | (toSession.isEmpty() ? 0 : POLLOUT));
        pollfd fds[3] = {
            {sessionEnded || innerEvents == 0 ? -1 : m_inner, innerEvents, 0},
            {wantChannel ? m_jump->socketFd() : -1, POLLIN, 0},
            {m_wake[0], POLLIN, 0},
        };
        // Bytes libssh already holds (read during a write or a keepalive)
        // do not make the socket readable: do not sleep on them.
        const bool buffered = wantChannel && ssh_channel_poll(channel, 0) > 0;
        if (::poll(fds, 3, buffered ? 0 : kTickMs) < 0 && errno != EINTR)
            break;
        if (fds[2].revents)
            break; // the owner stops the tunnel

        // Channel to session; the channel's window holds the rest back.
        while (!channelEnded && toSession.size() < kMaxBuffered) {
            const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 0);
            if (n > 0) {
                if (!sessionEnded)
                    toSession.append(buffer, n);
                m_lastDataMs = m_clock.elapsed();
                continue;
            }
            if (n == SSH_ERROR || n == SSH_EOF || ssh_channel_is_eof(channel) ||
                ssh_channel_is_closed(channel))
                channelEnded = true;
            break;
        }
        while (!toSession.isEmpty()) {
            // MSG_NOSIGNAL: the next session may close its end at any moment.
            const ssize_t w =
                ::send(m_inner, toSession.constData(), size_t(toSession.size()), MSG_NOSIGNAL);
            if (w > 0) {
                toSession.remove(0, w);
                continue;
            }
            if (w < 0 && (errno == EAGAIN || errno == EINTR))
                break;
            endSession();
        }
        if (channelEnded && toSession.isEmpty()) {
            ::shutdown(m_inner, SHUT_WR);
            if (sessionEnded)
                break;
        }

        // Session to channel, no more than the window takes without waiting.
        if (!sessionEnded && (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) && windowOpen) {
            const uint32_t window = ssh_channel_window_size(channel);
            const ssize_t r = ::read(m_inner, buffer, qMin<size_t>(sizeof buffer, window));
            if (r > 0) {
                if (ssh_channel_write(channel, buffer, uint32_t(r)) != int(r))
                    break;
            } else if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR)) {
                endSession();
                if (channelEnded)
                    break;
            }
        }
        if (!m_jump->keepAlive()) {
            qCWarning(lcSsh) << "tunnel: jump host lost:"
                             << (m_jump->lostError() ? m_jump->lostError()->message : QString());
            break;
        }
        if (!m_jump->isConnected())
            break;
    }
    // The next session sees the end of its connection, whatever ended it.
    ::shutdown(m_inner, SHUT_RDWR);
}

} // namespace sloop::ssh::detail
