#pragma once

#include "alarms/alarmtypes.h"
#include "common/prompter.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace sloop::alarms {
class AlarmService;
}
namespace sloop::models {
class AlarmListModel;
}

namespace sloop::widgets {

class NoticeBanner;

class AlarmDialog;

// The alarms: a list with state lights (and the state in words), Add, Edit,
// Delete (after a confirmation), and the history of state changes of the
// selected alarm (of all alarms when none is selected). Follows the
// service's signals, so states change in place while the page is open.
class AlarmsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlarmsPage(alarms::AlarmService *service, QWidget *parent = nullptr);

    models::AlarmListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTreeWidget *historyView() const { return m_history; }
    std::optional<alarms::AlarmDefinition> currentAlarm() const;
    void selectAlarm(const QString &name);

    // Who asks before a delete (tests answer without a dialog).
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    // Tests: see each dialog before it opens (instead of open()).
    void setDialogHook(std::function<void(AlarmDialog *)> hook) { m_dialogHook = std::move(hook); }

public Q_SLOTS:
    void addAlarm();
    void editAlarm();
    void removeAlarm();
    void reload();

private:
    void openDialog(const std::optional<alarms::AlarmDefinition> &existing);
    void reloadHistory();
    void updateActions();

    alarms::AlarmService *m_service;
    models::AlarmListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QTreeWidget *m_history;
    QLabel *m_historyTitle;
    NoticeBanner *m_problem;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    Prompter *m_prompter = nullptr;
    std::function<void(AlarmDialog *)> m_dialogHook;
};

} // namespace sloop::widgets
