#include "sshconnection.h"

#include "knownhosts.h"
#include "sshjumptunnel.h"
#include "sshlogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libssh/server.h> // ssh_send_keepalive: a plain global request, fine for clients
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
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

constexpr int kSliceMs = 50; // how often long waits look at cancellation

void initLibssh()
{
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
}

QString addressText(const sockaddr *sa, socklen_t len)
{
    char host[NI_MAXHOST] = {};
    if (getnameinfo(sa, len, host, sizeof host, nullptr, 0, NI_NUMERICHOST) != 0)
        return {};
    return QString::fromLatin1(host);
}

} // namespace

SshConnection::SshConnection(SshTarget target, SshOptions options)
    : m_target(std::move(target))
    , m_options(std::move(options))
{
    initLibssh();
    m_clock.start();
    if (m_options.knownHostsFile.isEmpty())
        m_options.knownHostsFile = defaultKnownHostsFile();
    if (m_target.name.isEmpty())
        m_target.name = m_target.address;
}

SshConnection::~SshConnection()
{
    // No reset hook here: what it would tell may be gone already.
    m_session.reset();
    m_tunnel.reset();
}

QString SshConnection::label() const
{
    return m_target.name;
}

bool SshConnection::isConnected() const
{
    return m_session && ssh_is_connected(m_session.get());
}

void SshConnection::disconnect()
{
    resetSession();
}

void SshConnection::resetSession()
{
    if (m_session && m_resetHook)
        m_resetHook();
    m_session.reset();
    m_tunnel.reset(); // after the session that used its socket
}

int SshConnection::socketFd() const
{
    return m_session ? int(ssh_get_fd(m_session.get())) : -1;
}

qint64 SshConnection::silenceMs() const
{
    const int fd = socketFd();
    if (fd < 0)
        return -1;
    if (m_tunnel)
        return m_tunnel->silenceMs();
    // The kernel knows when the last data segment arrived, whoever read it:
    // libssh reads the socket inside every blocking call too.
    tcp_info info{};
    socklen_t len = sizeof info;
    if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0)
        return -1;
    return info.tcpi_last_data_recv;
}

void SshConnection::sendKeepalive()
{
    ssh_session s = m_session.get();
    // Non-blocking, so the worker never waits for the answer here: the
    // answer shows up as received data (silenceMs). libssh keeps one global
    // request in flight: the first call may only collect the previous
    // answer, the second then sends.
    ssh_set_blocking(s, 0);
    ssh_send_keepalive(s);
    ssh_send_keepalive(s);
    ssh_set_blocking(s, 1);
    m_keepaliveSentAt = m_clock.elapsed();
}

bool SshConnection::keepAlive()
{
    if (m_lost)
        return false;
    const qint64 interval = m_options.keepAliveIntervalMs;
    if (interval <= 0 || !isConnected())
        return true;
    const qint64 silence = silenceMs();
    if (silence < 0)
        return true;
    const qint64 now = m_clock.elapsed();
    const qint64 window = interval * qMax(1, m_options.keepAliveCountMax);
    const bool asked = m_keepaliveSentAt > now - silence; // sent after the last data
    if (silence >= window && asked && now - m_keepaliveSentAt >= qMin<qint64>(interval, window)) {
        m_lost = SshError::make(SshError::Network,
                                SshText::tr("connection to %1 lost: no answer for %2 s")
                                    .arg(label())
                                    .arg(silence / 1000.0, 0, 'f', 1));
        qCWarning(lcSsh) << m_lost->message;
        return false;
    }
    if (silence >= interval && (!asked || now - m_keepaliveSentAt >= interval))
        sendKeepalive();
    return true;
}

void SshConnection::noteFailure()
{
    if (m_lost || m_options.keepAliveIntervalMs <= 0)
        return;
    const qint64 silence = silenceMs();
    const qint64 window =
        qint64(m_options.keepAliveIntervalMs) * qMax(1, m_options.keepAliveCountMax);
    // The failed call was itself a request the server did not answer.
    if (silence >= window)
        m_lost = SshError::make(SshError::Network,
                                SshText::tr("connection to %1 lost: no answer for %2 s")
                                    .arg(label())
                                    .arg(silence / 1000.0, 0, 'f', 1));
}

SshResult<void> SshConnection::ensureConnected(const CancelCheck &cancelled)
{
    if (isConnected())
        return {};
    resetSession();
    const SshResult<HostInfoOnConnect> connected = connect(HostKeyPolicy::Strict, cancelled);
    if (!connected)
        return connected.error();
    return {};
}

SshError SshConnection::sessionError(SshError::Kind kind, const QString &what) const
{
    return SshError::make(kind, what + QStringLiteral(": ") + lastError(m_session.get()));
}

// Our own resolve + connect, handed to libssh with SSH_OPTIONS_FD, so DNS
// failures, refusals and timeouts come back as kinds, not as libssh prose.
SshResult<int> SshConnection::openSocket(const QDeadlineTimer &deadline,
                                         const CancelCheck &cancelled, QString *address)
{
    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *found = nullptr;
    const QByteArray host = m_target.address.toUtf8();
    const QByteArray port = QByteArray::number(m_target.port);
    // getaddrinfo has no timeout of its own; it blocks this worker only.
    const int gai = getaddrinfo(host.constData(), port.constData(), &hints, &found);
    if (gai != 0) {
        const QString why = QString::fromLocal8Bit(gai_strerror(gai));
        if (gai == EAI_NONAME || gai == EAI_AGAIN || gai == EAI_FAIL
#ifdef EAI_NODATA
            || gai == EAI_NODATA
#endif
        )
            return SshError::make(
                SshError::Dns,
                SshText::tr("The name %1 of host %2 does not resolve (%3). Check the "
                            "address, or the network's DNS.")
                    .arg(m_target.address, label(), why));
        return SshError::make(SshError::Network,
                              SshText::tr("Cannot look up %1: %2").arg(m_target.address, why));
    }
    const std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> list(found, &freeaddrinfo);

    int lastErrno = 0;
    bool timedOut = false;
    for (addrinfo *ai = found; ai; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                                ai->ai_protocol);
        if (fd < 0) {
            lastErrno = errno;
            continue;
        }
        *address = addressText(ai->ai_addr, ai->ai_addrlen);
        int err = 0;
        if (::connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
            err = errno;
            if (err == EINPROGRESS) {
                pollfd p = {fd, POLLOUT, 0};
                int ready = 0;
                while (ready == 0 && !deadline.hasExpired() && !cancelled()) {
                    const int wait = int(qMin<qint64>(kSliceMs, deadline.remainingTime()));
                    ready = ::poll(&p, 1, wait);
                    if (ready < 0 && errno == EINTR)
                        ready = 0;
                }
                if (cancelled()) {
                    ::close(fd);
                    return SshError::make(SshError::Cancelled, SshText::tr("Cancelled."));
                }
                if (ready <= 0) {
                    timedOut = true;
                    ::close(fd);
                    break; // the deadline is for the whole connect
                }
                socklen_t len = sizeof err;
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
            }
        }
        if (err == 0) {
            // Small requests (channel open, exec, window adjusts) must not
            // wait for Nagle and the peer's delayed ACK: 40 ms per step.
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            // libssh drives the socket with poll() itself; it expects blocking mode.
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            return fd;
        }
        lastErrno = err;
        ::close(fd);
    }
    if (timedOut)
        return SshError::make(
            SshError::Timeout,
            SshText::tr("%1 (%2 port %3) did not answer within %4 s. The host may be "
                        "down, or a firewall drops the connection.")
                .arg(label(), m_target.address)
                .arg(m_target.port)
                .arg(m_options.connectTimeoutMs / 1000.0));
    if (lastErrno == ECONNREFUSED)
        return SshError::make(
            SshError::Refused,
            SshText::tr("%1 (%2) refused the connection on port %3: no SSH server "
                        "listens there, or a firewall rejects it.")
                .arg(label(), m_target.address)
                .arg(m_target.port));
    return SshError::make(SshError::Network,
                          SshText::tr("Cannot reach %1 (%2 port %3): %4")
                              .arg(label(), m_target.address)
                              .arg(m_target.port)
                              .arg(QString::fromLocal8Bit(std::strerror(lastErrno))));
}

SshResult<HostInfoOnConnect> SshConnection::connect(HostKeyPolicy policy,
                                                    const CancelCheck &cancelled)
{
    const HostKeyPolicy original = policy; // the hops judge it for themselves
    resetSession();
    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer deadline(m_options.connectTimeoutMs);
    QString address;
    QList<HopInfo> via;
    // An approval shown for another host on the way is not this one's.
    if (policy.approvedFor && policy.approvedFor->compare(m_target.name, Qt::CaseInsensitive) != 0)
        policy = HostKeyPolicy::Strict;
    const SshResult<int> fd = m_target.jumps.isEmpty()
                                  ? openSocket(deadline, cancelled, &address)
                                  : openTunnel(original, &policy, cancelled, &via);
    if (!fd)
        return fd.error();
    if (address.isEmpty())
        address = m_target.address; // resolved by the last jump host
    SshResult<HostInfoOnConnect> info = handshake(*fd, policy);
    if (!info) {
        resetSession();
        return info;
    }
    ++m_connects;
    m_lost.reset();
    m_keepaliveSentAt = -1;
    if (m_options.keepAliveIntervalMs > 0) {
        // A blocking call (channel open, a request) on a dead link should
        // fail within the keepalive window, not the longer connect timeout.
        const qint64 window =
            qint64(m_options.keepAliveIntervalMs) * qMax(1, m_options.keepAliveCountMax);
        const qint64 ms = qMin<qint64>(m_options.connectTimeoutMs, window);
        const long seconds = long(ms / 1000);
        const long usec = long(ms % 1000) * 1000L;
        ssh_options_set(m_session.get(), SSH_OPTIONS_TIMEOUT, &seconds);
        ssh_options_set(m_session.get(), SSH_OPTIONS_TIMEOUT_USEC, &usec);
    }
    info->address = address;
    info->port = m_target.port;
    info->via = via;
    info->elapsedMs = clock.elapsed();
    m_info = *info;
    return info;
}

// Through the jump hosts: the last one as a target of its own (reached
// through the ones before it), whose channel to this target becomes the
// socket. A key the person approved may be for any hop; once a hop has
// taken it, an unknown key further on is asked about, not called a swap.
SshResult<int> SshConnection::openTunnel(const HostKeyPolicy &original, HostKeyPolicy *policy,
                                         const CancelCheck &cancelled, QList<HopInfo> *via)
{
    const SshHop &last = m_target.jumps.constLast();
    SshTarget jump;
    jump.name = last.name.isEmpty() ? last.address : last.name;
    jump.address = last.address;
    jump.port = last.port;
    jump.user = last.user;
    jump.identityFiles = last.identityFiles;
    jump.identitiesOnly = last.identitiesOnly;
    jump.jumps = m_target.jumps.mid(0, m_target.jumps.size() - 1);
    HostKeyPolicy hopPolicy = original;
    if (!original.approvedFor)
        hopPolicy.askAboutOtherKeys = true; // the approval may be for a later hop
    HostInfoOnConnect jumpInfo;
    SshResult<std::unique_ptr<JumpTunnel>> tunnel =
        JumpTunnel::open(jump, m_target, m_options, hopPolicy, cancelled, &jumpInfo);
    if (!tunnel)
        return tunnel.error();
    *via = jumpInfo.via;
    via->append({jump.name, jumpInfo.hostKeyType, jumpInfo.fingerprint,
                 jumpInfo.hostKeyNewlyTrusted, jumpInfo.authMethod});
    for (const HopInfo &hop : std::as_const(*via)) {
        if (!original.approvedFor && hop.hostKeyNewlyTrusted &&
            hop.fingerprint == policy->approvedFingerprint)
            policy->askAboutOtherKeys = true; // a hop took it
    }
    m_tunnel = std::move(*tunnel);
    return m_tunnel->takeSocket();
}

SshResult<HostInfoOnConnect> SshConnection::handshake(int fd, HostKeyPolicy policy)
{
    m_session.reset(ssh_new());
    if (!m_session) {
        ::close(fd);
        return SshError::make(SshError::Protocol,
                              SshText::tr("libssh could not create a session."));
    }
    ssh_session s = m_session.get();
    // libssh's timeout is in whole seconds plus microseconds; it bounds each
    // blocking step (key exchange, every auth round trip, channel requests).
    const long seconds = m_options.connectTimeoutMs / 1000;
    const long usec = (m_options.connectTimeoutMs % 1000) * 1000L;
    const QByteArray host = m_target.address.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(m_options.knownHostsFile);
    const QByteArray globalKnownHosts = QFile::encodeName(m_options.globalKnownHostsFile);
    const QByteArray agent = QFile::encodeName(m_options.agentSocket);
    const unsigned int port = m_target.port;
    socket_t socket = fd;
    const int no = 0;
    bool ok = ssh_options_set(s, SSH_OPTIONS_HOST, host.constData()) == 0 &&
              ssh_options_set(s, SSH_OPTIONS_PORT, &port) == 0 &&
              ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &seconds) == 0 &&
              ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &usec) == 0 &&
              ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData()) == 0 &&
              // ~/.ssh/config is imported into the store, not read behind
              // the user's back on every connect.
              ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no) == 0;
    if (ok && !user.isEmpty())
        ok = ssh_options_set(s, SSH_OPTIONS_USER, user.constData()) == 0;
    if (ok && !globalKnownHosts.isEmpty())
        ok = ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, globalKnownHosts.constData()) == 0;
    if (ok && !agent.isEmpty())
        ok = ssh_options_set(s, SSH_OPTIONS_IDENTITY_AGENT, agent.constData()) == 0;
    if (ok) // from here libssh owns (and closes) the socket
        ok = ssh_options_set(s, SSH_OPTIONS_FD, &socket) == 0;
    else
        ::close(fd);
    if (!ok)
        return sessionError(SshError::Protocol,
                            SshText::tr("Cannot set up the SSH session for %1").arg(label()));

    QElapsedTimer step;
    step.start();
    if (ssh_connect(s) != SSH_OK) {
        const bool slow = step.elapsed() + 100 >= m_options.connectTimeoutMs;
        return sessionError(slow ? SshError::Timeout : SshError::Protocol,
                            slow ? SshText::tr("%1 did not finish the SSH handshake within %2 s")
                                       .arg(label())
                                       .arg(m_options.connectTimeoutMs / 1000.0)
                                 : SshText::tr("The SSH handshake with %1 failed").arg(label()));
    }
    SshResult<HostInfoOnConnect> info =
        verifyHostKey(s, m_target, m_options.knownHostsFile, policy);
    if (!info)
        return info;
    if (const char *banner = ssh_get_serverbanner(s))
        info->serverBanner = QString::fromUtf8(banner);

    const SshResult<QString> method = authenticate(s, m_target, m_options);
    if (!method)
        return method.error();
    info->authMethod = *method;
    return info;
}

SshResult<ExecResult> SshConnection::exec(const QByteArray &command, int timeoutMs,
                                          const CancelCheck &cancelled, qsizetype maxOutput)
{
    const bool fresh = !isConnected();
    if (fresh) {
        const SshResult<HostInfoOnConnect> connected = connect(HostKeyPolicy::Strict, cancelled);
        if (!connected)
            return connected.error();
    }
    bool sent = false;
    SshResult<ExecResult> result = runOnChannel(command, timeoutMs, cancelled, maxOutput, &sent);
    if (!result && result.error().kind != SshError::Cancelled)
        noteFailure();
    if (m_lost)
        return *m_lost; // the caller (SshSession) resets the session
    if (!result && !isConnected()) {
        resetSession(); // the next call reconnects
        // A session that died while idle (server restart, NAT timeout) fails
        // at channel open, before anything ran: one retry on a new one. A
        // command that was already sent is never run twice.
        if (!fresh && !sent && !cancelled()) {
            qCInfo(lcSsh) << "session to" << label() << "dropped; reconnecting";
            const SshResult<HostInfoOnConnect> again = connect(HostKeyPolicy::Strict, cancelled);
            if (!again)
                return again.error();
            result = runOnChannel(command, timeoutMs, cancelled, maxOutput, &sent);
        }
    }
    return result;
}

SshResult<ExecResult> SshConnection::runOnChannel(const QByteArray &command, int timeoutMs,
                                                  const CancelCheck &cancelled, qsizetype maxOutput,
                                                  bool *sent)
{
    QElapsedTimer clock;
    clock.start();
    ssh_session s = m_session.get();
    const ChannelPtr channel(ssh_channel_new(s));
    if (!channel)
        return sessionError(SshError::Channel,
                            SshText::tr("Cannot create a channel to %1").arg(label()));
    if (ssh_channel_open_session(channel.get()) != SSH_OK)
        return sessionError(isConnected() ? SshError::Channel : SshError::Network,
                            SshText::tr("%1 did not open a channel").arg(label()));
    *sent = true;
    if (ssh_channel_request_exec(channel.get(), command.constData()) != SSH_OK)
        return sessionError(isConnected() ? SshError::Channel : SshError::Network,
                            SshText::tr("%1 did not start the command").arg(label()));
    // No stdin: commands that read it (cat, sh) see end of file, not a hang.
    ssh_channel_send_eof(channel.get());

    ExecResult out;
    QDeadlineTimer deadline(timeoutMs);
    char buffer[64 * 1024];
    auto stop = [&](SshError error) -> SshResult<ExecResult> {
        // Ask sshd to end the remote process; closing the channel alone
        // would leave it running until it writes to the closed pipe.
        ssh_channel_request_send_signal(channel.get(), "KILL");
        return error;
    };
    while (true) {
        if (m_sliceHook)
            m_sliceHook();
        if (!keepAlive())
            return *m_lost;
        if (cancelled())
            return stop(SshError::make(
                SshError::Cancelled, SshText::tr("The command on %1 was cancelled.").arg(label())));
        if (deadline.hasExpired())
            return stop(SshError::make(
                SshError::Timeout,
                SshText::tr("The command on %1 did not finish within %2 s; it was stopped.")
                    .arg(label())
                    .arg(timeoutMs / 1000.0)));
        const int wait = int(qMin<qint64>(kSliceMs, qMax<qint64>(1, deadline.remainingTime())));
        // Waits on stdout; stderr is drained without waiting each slice.
        const int n = ssh_channel_read_timeout(channel.get(), buffer, sizeof buffer, 0, wait);
        if (n == SSH_ERROR)
            return sessionError(
                isConnected() ? SshError::Channel : SshError::Network,
                SshText::tr("The connection to %1 failed while the command ran").arg(label()));
        if (n > 0)
            out.stdOut.append(buffer, n);
        int e = 0;
        while ((e = ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, 1)) > 0)
            out.stdErr.append(buffer, e);
        if (e == SSH_ERROR)
            return sessionError(
                isConnected() ? SshError::Channel : SshError::Network,
                SshText::tr("The connection to %1 failed while the command ran").arg(label()));
        if (out.stdOut.size() > maxOutput || out.stdErr.size() > maxOutput)
            return stop(SshError::make(
                SshError::Channel,
                SshText::tr("The command on %1 printed more than %2, the most this call takes; "
                            "it was stopped.")
                    .arg(label(), QLocale::system().formattedDataSize(maxOutput))));
        // read_nonblocking says SSH_EOF (not 0) once the stream has ended.
        if (n == 0 && (e == 0 || e == SSH_EOF) &&
            (ssh_channel_is_eof(channel.get()) || ssh_channel_is_closed(channel.get())))
            break;
    }
    out.exitStatus = ssh_channel_get_exit_status(channel.get());
    out.elapsedMs = clock.elapsed();
    return out;
}

} // namespace sloop::ssh::detail
