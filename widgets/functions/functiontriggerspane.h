#pragma once

#include "common/prompter.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sloop {
class ControlPlane;
}

namespace sloop::widgets {

class AddFolderTriggerDialog;
class AddScheduleDialog;
class NoticeBanner;

// A function's triggers: its schedules (expression, time zone, next fire,
// last outcome), with Add, Turn on/off and Remove, and for the selected one
// what became of its latest fires, missed ones included; and its folder
// triggers (a folder bucket's object events). API routes join them with the
// gateway.
class FunctionTriggersPane : public QWidget
{
    Q_OBJECT
public:
    explicit FunctionTriggersPane(ControlPlane *plane, QWidget *parent = nullptr);

    void setFunction(const QString &name);
    QTreeWidget *schedulesView() const { return m_schedules; }
    QTreeWidget *runsView() const { return m_runs; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *toggleButton() const { return m_toggle; }
    QPushButton *removeButton() const { return m_remove; }
    QTreeWidget *folderTriggersView() const { return m_folderTriggers; }
    QPushButton *addFolderTriggerButton() const { return m_addFolder; }
    QPushButton *removeFolderTriggerButton() const { return m_removeFolder; }

    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // Tests: see the dialog before it opens (instead of open()).
    void setDialogHook(std::function<void(AddScheduleDialog *)> hook)
    {
        m_dialogHook = std::move(hook);
    }
    void setFolderDialogHook(std::function<void(AddFolderTriggerDialog *)> hook)
    {
        m_folderDialogHook = std::move(hook);
    }

public Q_SLOTS:
    void reload();
    void addSchedule();
    void toggleSchedule();
    void removeSchedule();
    void addFolderTrigger();
    void removeFolderTrigger();

private:
    QString currentSchedule() const;
    void showRuns();
    void changed();
    void reloadFolderTriggers();

    ControlPlane *m_plane;
    QString m_function;
    NoticeBanner *m_problem;
    QTreeWidget *m_schedules;
    QLabel *m_empty;
    QTreeWidget *m_runs;
    QPushButton *m_add;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QTreeWidget *m_folderTriggers;
    QPushButton *m_addFolder;
    QPushButton *m_removeFolder;
    QTimer m_refresh; // next fires move on; another process may fire them
    Prompter *m_prompter = nullptr;
    std::function<void(AddScheduleDialog *)> m_dialogHook;
    std::function<void(AddFolderTriggerDialog *)> m_folderDialogHook;
};

} // namespace sloop::widgets
