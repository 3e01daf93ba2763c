#pragma once

#include <QWidget>

class QTabWidget;
class QToolButton;

namespace sloop::terminal {
class TerminalBackend;
}

namespace sloop::widgets {

class TerminalWidget;

// Several terminals side by side in closable tabs. Each tab owns its widget
// and the widget owns its backend, so closing a tab ends that session.
class TerminalTabs : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalTabs(QWidget *parent = nullptr);

    // Takes ownership of the backend; returns the new, current terminal.
    TerminalWidget *openTerminal(terminal::TerminalBackend *backend);
    int count() const;
    TerminalWidget *terminal(int index) const;
    TerminalWidget *currentTerminal() const;
    void closeTab(int index);
    // Another session to the same place as the current tab, when its
    // backend can make one.
    TerminalWidget *newTab();
    QTabWidget *tabWidget() const { return m_tabs; }

Q_SIGNALS:
    void countChanged(int count); // 0: the last tab was closed

private:
    void updateNewTab();

    QTabWidget *m_tabs;
    QToolButton *m_newTab;
};

} // namespace sloop::widgets
