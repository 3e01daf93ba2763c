#include "terminaltabs.h"

#include "terminal/terminalbackend.h"
#include "terminalwidget.h"

#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sloop::widgets {

TerminalTabs::TerminalTabs(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_newTab(new QToolButton)
{
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Terminals"));
    m_tabs->tabBar()->setElideMode(Qt::ElideMiddle);
    m_newTab->setIcon(QIcon::fromTheme(QStringLiteral("tab-new")));
    m_newTab->setText(tr("New tab"));
    m_newTab->setToolTip(tr("Open another terminal to the same place"));
    m_newTab->setAccessibleName(tr("New terminal tab"));
    m_newTab->setAutoRaise(true);
    m_newTab->setToolButtonStyle(m_newTab->icon().isNull() ? Qt::ToolButtonTextOnly
                                                           : Qt::ToolButtonIconOnly);
    m_tabs->setCornerWidget(m_newTab, Qt::TopRightCorner);
    connect(m_newTab, &QToolButton::clicked, this, &TerminalTabs::newTab);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TerminalTabs::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateNewTab();
        if (TerminalWidget *t = currentTerminal())
            t->setFocus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    updateNewTab();
}

TerminalWidget *TerminalTabs::openTerminal(terminal::TerminalBackend *backend)
{
    auto *t = new TerminalWidget;
    t->setBackend(backend);
    const int index = m_tabs->addTab(t, t->title());
    m_tabs->setTabToolTip(index, t->title());
    connect(t, &TerminalWidget::titleChanged, this, [this, t](const QString &title) {
        const int i = m_tabs->indexOf(t);
        if (i < 0)
            return;
        m_tabs->setTabText(i, title);
        m_tabs->setTabToolTip(i, title);
    });
    connect(t, &TerminalWidget::sessionClosed, this, [this, t] {
        const int i = m_tabs->indexOf(t);
        if (i >= 0)
            m_tabs->setTabText(i, tr("%1 (ended)").arg(t->title()));
    });
    m_tabs->setCurrentIndex(index);
    t->setFocus();
    updateNewTab();
    Q_EMIT countChanged(count());
    return t;
}

int TerminalTabs::count() const
{
    return m_tabs->count();
}

TerminalWidget *TerminalTabs::terminal(int index) const
{
    return qobject_cast<TerminalWidget *>(m_tabs->widget(index));
}

TerminalWidget *TerminalTabs::currentTerminal() const
{
    return qobject_cast<TerminalWidget *>(m_tabs->currentWidget());
}

void TerminalTabs::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    if (!w)
        return;
    m_tabs->removeTab(index);
    delete w; // ends the session now, not at the next event loop turn
    updateNewTab();
    Q_EMIT countChanged(count());
}

TerminalWidget *TerminalTabs::newTab()
{
    TerminalWidget *current = currentTerminal();
    if (!current || !current->backend() || !current->backend()->canDuplicate())
        return nullptr;
    terminal::TerminalBackend *sibling = current->backend()->duplicate(nullptr);
    return sibling ? openTerminal(sibling) : nullptr;
}

void TerminalTabs::updateNewTab()
{
    const TerminalWidget *current = currentTerminal();
    m_newTab->setEnabled(current && current->backend() && current->backend()->canDuplicate());
}

} // namespace sloop::widgets
