#pragma once

#include "common/prompter.h"
#include "instances/instancerecord.h"
#include "machinecostdialog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace sloop {
class ControlPlane;
}

namespace sloop::instances {
class InstanceService;
class InstanceOperation;
} // namespace sloop::instances

namespace sloop::models {
class InstanceListModel;
struct InstanceRow;
} // namespace sloop::models

namespace sloop::widgets {

class DeleteInstanceDialog;
class HistoryPane;
class InstanceOverview;
class NetworkingPane;
class NoticeBanner;
class SnapshotsPane;
class TargetMonitor;

// Instances, as Lightsail shows them: a list (or cards) with state,
// blueprint, plan, address and ports and the monthly price; the chosen
// instance's overview, terminal, networking, snapshots and history; the
// lifecycle actions; and what it all costs a month in the footer.
class InstancesPage : public QWidget
{
    Q_OBJECT
public:
    explicit InstancesPage(ControlPlane *plane, QWidget *parent = nullptr);

    // Hooks so tests answer the dialogs instead of a person.
    using DeleteHook = std::function<void(DeleteInstanceDialog *dialog)>;
    using TextHook = std::function<std::optional<QString>(
        const QString &title, const QString &label, const QString &text)>;
    void setDeleteHook(DeleteHook hook) { m_deleteHook = std::move(hook); }
    // Who asks before a destructive step, here and in the snapshots pane.
    void setPrompter(Prompter *prompter);
    void setTextHook(TextHook hook) { m_textHook = std::move(hook); }

    models::InstanceListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QListView *cards() const { return m_cards; }
    QTabWidget *detailTabs() const { return m_tabs; }
    InstanceOverview *overview() const { return m_overview; }
    NetworkingPane *networking() const { return m_networking; }
    SnapshotsPane *snapshots() const { return m_snapshots; }
    HistoryPane *history() const { return m_history; }
    NoticeBanner *message() const { return m_message; }
    QString footerText() const;

    bool selectInstance(const QString &name);
    std::optional<instances::InstanceRecord> currentInstance() const;
    void showTab(const QString &objectName);

Q_SIGNALS:
    // The "Learn about instances" link of the empty state (a Learn card id).
    void learnRequested(const QString &cardId);

public Q_SLOTS:
    void reload();
    void createInstance();
    void connectToInstance();
    void startInstance();
    void stopInstance();
    void rebootInstance();
    void deleteInstance();
    void retryInstance();
    void editTags();
    void setCardsShown(bool cards);

public:
    // Tests answer the machine-cost question instead of a dialog.
    void setCostPrompt(MachineCostPrompt prompt) { m_costPrompt = std::move(prompt); }

private:
    void addDefaultAlarms(const QStringList &names);
    void showMonitoring(const instances::InstanceRecord &record);
    models::InstanceRow rowFor(const instances::InstanceRecord &record) const;
    void refreshInstance(const QString &name);
    void showSelected();
    void refreshCurrentTab();
    void updateActions();
    void updateCosts();
    // "What does LOCATION cost?": asked, stored, and the estimates redone.
    void editMachineCost(const QString &location);
    void refreshOverviewIfShown();
    void watchJob(instances::InstanceOperation *job);
    void
    runAction(const QString &verb,
              const std::function<Result<instances::InstanceOperation *>(const QString &)> &call);
    QString currentName() const;

    ControlPlane *m_plane;
    MachineCostPrompt m_costPrompt;
    instances::InstanceService *m_service;
    models::InstanceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QListView *m_cards;
    QStackedWidget *m_views;
    QWidget *m_left = nullptr;
    QLineEdit *m_filter;
    QStackedWidget *m_right;
    QTabWidget *m_tabs;
    InstanceOverview *m_overview;
    QWidget *m_connect;
    NetworkingPane *m_networking;
    SnapshotsPane *m_snapshots;
    HistoryPane *m_history;
    QWidget *m_monitoringTab = nullptr;
    TargetMonitor *m_monitor = nullptr;
    NoticeBanner *m_message;
    QLabel *m_problem;
    QLabel *m_footer;
    QAction *m_create;
    QAction *m_connectAction;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_reboot;
    QAction *m_delete;
    QAction *m_tags;
    QAction *m_cardsAction;
    QString m_connectFor; // the instance the Connect tab was built for
    // The overview's disk use: measured when an instance is opened, then at
    // most every kDiskMeasureMs (the engine walks the writable layer).
    void setUpDiskMeasuring(); // instancespagedisk.cpp
    void measureDisk(const instances::InstanceRecord &record);
    static constexpr int kDiskMeasureMs = 30000;
    QString m_diskMeasuredFor;
    QElapsedTimer m_diskMeasuredAt;
    QString m_diskInFlight;        // the measurement the engine is making now
    QTimer *m_diskTimer = nullptr; // measures again while the overview shows
    DeleteHook m_deleteHook;
    Prompter *m_prompter = nullptr;
    TextHook m_textHook;
};

} // namespace sloop::widgets
