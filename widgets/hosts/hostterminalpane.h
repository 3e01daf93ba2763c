#pragma once

#include <QPointer>
#include <QWidget>

class QStackedWidget;

namespace sloop::ssh {
class SshSession;
}

namespace sloop::widgets {

class TerminalTabs;

// A host's Terminal tab: shells on the host's SSH session, in tabs. Nothing
// connects until the person asks for a shell.
class HostTerminalPane : public QWidget
{
    Q_OBJECT
public:
    HostTerminalPane(ssh::SshSession *session, QString hostName, QWidget *parent = nullptr);

    TerminalTabs *tabs() const { return m_tabs; }

public Q_SLOTS:
    void openShell();

private:
    QPointer<ssh::SshSession> m_session;
    QString m_host;
    QStackedWidget *m_stack;
    TerminalTabs *m_tabs;
};

} // namespace sloop::widgets
