#pragma once

#include "terminalbackend.h"

#include <QPointer>

namespace sloop::ssh {
class SshChannel;
class SshSession;
} // namespace sloop::ssh

namespace sloop::terminal {

// A login shell on a PTY channel of the host's one SSH session
// (xterm-256color). The channel opens at once at 80×24 and follows the
// widget's size; when the session drops, the terminal says why.
class SshShellBackend : public TerminalBackend
{
    Q_OBJECT
public:
    SshShellBackend(ssh::SshSession *session, QString hostName, QObject *parent = nullptr);
    ~SshShellBackend() override;

    void send(const QByteArray &bytes) override;
    void resize(int columns, int rows) override;
    QString title() const override { return m_host; }
    bool canDuplicate() const override { return !m_session.isNull(); }
    TerminalBackend *duplicate(QObject *parent) const override;

private:
    QPointer<ssh::SshSession> m_session;
    QString m_host;
    QPointer<ssh::SshChannel> m_channel;
    bool m_closed = false;
};

} // namespace sloop::terminal
