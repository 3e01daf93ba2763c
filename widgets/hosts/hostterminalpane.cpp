#include "hostterminalpane.h"

#include "ssh/sshsession.h"
#include "terminal/sshshellbackend.h"
#include "terminal/terminaltabs.h"
#include "terminal/terminalwidget.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

HostTerminalPane::HostTerminalPane(ssh::SshSession *session, QString hostName, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_host(std::move(hostName))
    , m_stack(new QStackedWidget)
    , m_tabs(new TerminalTabs)
{
    setObjectName(QStringLiteral("hostTerminalPane"));
    auto *start = new QWidget;
    auto *startLayout = new QVBoxLayout(start);
    startLayout->addStretch();
    auto *text = new QLabel(tr("A shell on %1 over its SSH session (xterm-256color). Several "
                               "shells can be open in tabs; they share one connection.")
                                .arg(m_host.toHtmlEscaped()));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(420);
    text->setMinimumHeight(text->heightForWidth(420));
    auto *open = new QPushButton(tr("Open a shell"));
    open->setObjectName(QStringLiteral("openShellButton"));
    open->setAccessibleName(tr("Open a shell on %1").arg(m_host));
    connect(open, &QPushButton::clicked, this, &HostTerminalPane::openShell);
    startLayout->addWidget(text, 0, Qt::AlignHCenter);
    startLayout->addSpacing(8);
    startLayout->addWidget(open, 0, Qt::AlignHCenter);
    startLayout->addStretch();

    m_stack->addWidget(start);
    m_stack->addWidget(m_tabs);
    connect(m_tabs, &TerminalTabs::countChanged, this,
            [this](int count) { m_stack->setCurrentIndex(count > 0 ? 1 : 0); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void HostTerminalPane::openShell()
{
    if (!m_session)
        return;
    TerminalWidget *terminal =
        m_tabs->openTerminal(new terminal::SshShellBackend(m_session, m_host));
    m_stack->setCurrentIndex(1);
    terminal->setFocus();
}

} // namespace sloop::widgets
