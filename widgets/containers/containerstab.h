#pragma once

#include "common/prompter.h"
#include "containers/containerinventory.h"
#include "util/result.h"

#include <QFuture>

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTreeView;

namespace sloop {
class ControlPlane;
}
namespace sloop::containers {
class StatsSampler;
}
namespace sloop::models {
class ContainerListModel;
class ContainerFilterProxy;
} // namespace sloop::models

namespace sloop::widgets {

class ContainerDetailPane;
class NoticeBanner;
class TerminalTabs;

// The containers of the active engine: a live table grouped by compose
// project, actions on the selection, and the detail pane beside it.
class ContainersTab : public QWidget
{
    Q_OBJECT
public:
    using RunDialogHook = std::function<void(class RunContainerDialog *dialog)>;

    explicit ContainersTab(QWidget *parent = nullptr);
    void setEngine(const QString &name, containers::ContainerInventory *inventory,
                   containers::StatsSampler *sampler);

    // Tests answer questions and fill the Run dialog through these.
    // Who asks before a destructive step (tests answer without a dialog).
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    void setRunDialogHook(RunDialogHook hook) { m_runDialogHook = std::move(hook); }

    QTreeView *view() const { return m_view; }
    models::ContainerListModel *model() const { return m_model; }
    ContainerDetailPane *detail() const { return m_detail; }
    void setControlPlane(ControlPlane *plane); // the detail pane's History tab
    NoticeBanner *banner() const { return m_banner; }
    // The terminal panel below the table; hidden while it has no tabs.
    TerminalTabs *terminals() const { return m_terminals; }
    QString message() const;
    QAction *action(const QString &objectName) const;
    QStringList selectedIds() const;
    bool selectContainer(const QString &id);

    void runContainer();
    void startSelected();
    void stopSelected();
    void restartSelected();
    void togglePauseSelected();
    void removeSelected();
    void openInBrowser();
    // A shell in the selected running container, in a new terminal tab.
    void openTerminal();

Q_SIGNALS:
    void statusChanged(const QString &text);

private:
    using Call = std::function<QFuture<VoidResult>(const QString &id)>;
    void act(const QString &verb, const QStringList &ids, const Call &call);
    void onStateChanged();
    void showEngineProblem(const QString &problem);
    void showConnecting();
    void updateEmptyText();
    void selectWhenListed(const QString &id);
    void updateActions();
    void updateStatus();
    void showMessage(const QString &text, bool error);
    QAction *makeAction(const QString &name, const QString &text, const QString &tip,
                        const QIcon &icon, const QKeySequence &key = {});

    QString m_engine;
    QPointer<containers::ContainerInventory> m_inventory;
    containers::StatsSampler *m_sampler = nullptr;
    models::ContainerListModel *m_model;
    models::ContainerFilterProxy *m_proxy;
    QTreeView *m_view;
    ContainerDetailPane *m_detail;
    NoticeBanner *m_banner;
    QLabel *m_message;
    QLabel *m_empty;
    QLineEdit *m_filter;
    QCheckBox *m_showStopped;
    TerminalTabs *m_terminals;
    QList<QAction *> m_actions;
    Prompter *m_prompter = nullptr;
    RunDialogHook m_runDialogHook;
};

} // namespace sloop::widgets
