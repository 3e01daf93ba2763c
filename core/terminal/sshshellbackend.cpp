#include "sshshellbackend.h"

#include "ssh/sshchannel.h"
#include "ssh/sshsession.h"

namespace sloop::terminal {

SshShellBackend::SshShellBackend(ssh::SshSession *session, QString hostName, QObject *parent)
    : TerminalBackend(parent)
    , m_session(session)
    , m_host(std::move(hostName))
{
    if (!m_session) {
        m_closed = true;
        return;
    }
    m_channel = m_session->openShell(ssh::PtyRequest{}, this);
    connect(m_channel, &ssh::SshChannel::stdoutReceived, this, &TerminalBackend::received);
    // A PTY merges the streams; whatever comes on stderr is shown the same.
    connect(m_channel, &ssh::SshChannel::stderrReceived, this, &TerminalBackend::received);
    connect(m_channel, &ssh::SshChannel::finished, this, [this](int status) {
        m_closed = true;
        Q_EMIT closed(status > 0
                          ? tr("the shell on %1 ended with status %2").arg(m_host).arg(status)
                          : QString());
    });
    connect(m_channel, &ssh::SshChannel::failed, this, [this](const ssh::SshError &error) {
        m_closed = true;
        Q_EMIT closed(error.message);
    });
}

SshShellBackend::~SshShellBackend()
{
    if (m_channel)
        m_channel->close();
}

void SshShellBackend::send(const QByteArray &bytes)
{
    if (!m_closed && m_channel)
        m_channel->write(bytes);
}

void SshShellBackend::resize(int columns, int rows)
{
    if (!m_closed && m_channel && columns > 0 && rows > 0)
        m_channel->resize(columns, rows);
}

TerminalBackend *SshShellBackend::duplicate(QObject *parent) const
{
    return new SshShellBackend(m_session, m_host, parent);
}

} // namespace sloop::terminal
