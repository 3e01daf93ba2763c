#pragma once

#include "common/prompter.h"
#include "swarm/serviceform.h"
#include "swarm/swarmtypes.h"
#include "util/result.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace sloop {
class ControlPlane;
}

namespace sloop::engine {
class DockerClient;
}

namespace sloop::models {
class NodeListModel;
class ServiceListModel;
class TaskListModel;
} // namespace sloop::models

namespace sloop::swarm {
class SwarmApi;
struct StackSummary;
} // namespace sloop::swarm

namespace sloop::widgets {

class NoticeBanner;

// Swarm: the active engine's swarm, as ECS shows a cluster. Not in a swarm:
// what Swarm is, with "Create a swarm" and "Join a swarm". A worker: which
// managers it follows. A manager: the services (running of desired, image,
// ports, the last rolling update) with their tasks on each node and their
// merged logs, and the nodes with drain, pause and activate. Swarm places
// and replaces tasks; the page asks the engine every two seconds.
class SwarmPage : public QWidget
{
    Q_OBJECT
public:
    explicit SwarmPage(ControlPlane *plane, QWidget *parent = nullptr);
    ~SwarmPage() override;
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    void setEngine(const QString &engineName);
    QString engine() const { return m_engine; }

    static constexpr int kRefreshMs = 2000;

    // What the buttons do once their dialogs are answered (and what tests
    // call): each reports a failure in the page's banner.
    void createSwarm(const QString &advertiseAddress);
    void joinEngine(const QString &engineName, bool asManager);
    void createService(const swarm::ServiceForm &form);
    void scaleService(const QString &name, int replicas);
    void updateService(const QString &name, const QString &image, bool restartAll);
    void rollbackService(const QString &name);
    void setNodeAvailability(const QString &availability);
    // Deploys a Compose file as stack `name`; its warnings go to the banner.
    void deployStack(const QString &name, const QString &composeFile);
    // The Secrets tab's (swarmsecretstab.cpp): store one, read the list again.
    void createSwarmFile(bool secret, const QString &name, const QByteArray &data);
    void refreshSwarmFiles();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void learnRequested(const QString &card);
    // After each refresh that reached the engine (tests wait on it).
    void refreshed();
    void swarmFilesShown();

private:
    // A sortable single-row list over `model` (the services, tasks and nodes).
    static QTableView *makeTable(QAbstractItemModel *model, int sortColumn, int stretchColumn,
                                 const QString &objectName, QObject *owner);
    QWidget *buildEmptyState();
    QWidget *buildWorkerState();
    QWidget *buildServicesTab();
    QWidget *buildNodesTab();
    QWidget *buildStacksTab();
    QWidget *buildSecretsTab(); // swarmsecretstab.cpp
    void askSwarmFile(bool secret);
    void removeSelectedSwarmFile();
    void askDeployStack();
    void removeSelectedStack();
    void showStacks(const QList<swarm::StackSummary> &stacks); // swarmstackstab.cpp
    void showState(const swarm::SwarmState &state);
    void refreshTasks();
    void showLogs();
    void askCreateSwarm();
    void askJoin();
    void askCreateService();
    void askScale();
    void askUpdate();
    void removeSelected();
    void leaveSwarm();
    void updateButtons();
    QString selectedService() const;
    QString selectedNode() const;
    // Runs a call that changes the swarm: the banner says a failure under
    // `context`; a success refreshes.
    void act(QFuture<VoidResult> call, const QString &context);

    ControlPlane *m_plane;
    Prompter *m_prompter = nullptr;
    QString m_engine;
    QPointer<engine::DockerClient> m_client;
    std::unique_ptr<swarm::SwarmApi> m_api;
    swarm::SwarmState m_state;
    bool m_refreshing = false;
    QTimer m_timer;

    NoticeBanner *m_problem;
    QStackedWidget *m_stack;
    QLabel *m_workerText;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    models::ServiceListModel *m_services;
    models::NodeListModel *m_nodes;
    models::TaskListModel *m_tasks;
    QTableView *m_serviceView;
    QTableView *m_nodeView;
    QTableView *m_taskView;
    QTableWidget *m_stacks = nullptr;
    QTableWidget *m_files = nullptr;
    QLabel *m_noServices;
    QLabel *m_tasksTitle;
    QPlainTextEdit *m_logs;
    QPushButton *m_scale;
    QPushButton *m_update;
    QPushButton *m_rollback;
    QPushButton *m_remove;
    QPushButton *m_logsButton;
    QPushButton *m_drain;
    QPushButton *m_pause;
    QPushButton *m_activate;
};

} // namespace sloop::widgets
