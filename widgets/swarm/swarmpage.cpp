#include "swarmpage.h"

#include "servicedialog.h"

#include "common/listpage.h"
#include "common/noticebanner.h"
#include "controlplane/controlplane.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "swarm/stacks.h"
#include "swarm/swarmapi.h"
#include "swarm/swarmmodels.h"
#include "util/futures.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sloop::widgets {

using namespace swarm;

namespace {

enum StackPage
{
    NotInSwarm,
    Worker,
    Manager
};

} // namespace

QTableView *SwarmPage::makeTable(QAbstractItemModel *model, int sortColumn, int stretchColumn,
                                 const QString &objectName, QObject *owner)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    auto *proxy = new QSortFilterProxyModel(owner);
    proxy->setSourceModel(model);
    setUpListView(view, proxy, models::SortRole, sortColumn, stretchColumn);
    return view;
}

SwarmPage::SwarmPage(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_problem(new NoticeBanner)
    , m_stack(new QStackedWidget)
    , m_workerText(new QLabel)
    , m_tabs(new QTabWidget)
    , m_summary(new QLabel)
    , m_services(new models::ServiceListModel(this))
    , m_nodes(new models::NodeListModel(this))
    , m_tasks(new models::TaskListModel(this))
    , m_serviceView(nullptr)
    , m_nodeView(nullptr)
    , m_taskView(nullptr)
    , m_noServices(new QLabel)
    , m_tasksTitle(new QLabel)
    , m_logs(new QPlainTextEdit)
    , m_scale(namedButton(tr("&Scale…"), QStringLiteral("scaleService"), tr("Scale the service")))
    , m_update(namedButton(tr("&Update…"), QStringLiteral("updateService"),
                           tr("Update the service's image")))
    , m_rollback(namedButton(tr("Roll &back"), QStringLiteral("rollbackService"),
                             tr("Roll the service back")))
    , m_remove(
          namedButton(tr("&Remove"), QStringLiteral("removeService"), tr("Remove the service")))
    , m_logsButton(namedButton(tr("Show &logs"), QStringLiteral("serviceLogs"),
                               tr("Show the service's logs")))
    , m_drain(namedButton(tr("&Drain"), QStringLiteral("drainNode"), tr("Drain the node")))
    , m_pause(namedButton(tr("&Pause"), QStringLiteral("pauseNode"), tr("Pause the node")))
    , m_activate(
          namedButton(tr("&Activate"), QStringLiteral("activateNode"), tr("Activate the node")))
{
    setObjectName(QStringLiteral("swarmPage"));
    m_problem->setObjectName(QStringLiteral("swarmProblem"));
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(buildWorkerState());
    m_tabs->setObjectName(QStringLiteral("swarmTabs"));
    m_tabs->addTab(buildServicesTab(), tr("Services"));
    m_tabs->addTab(buildNodesTab(), tr("Nodes"));
    m_tabs->addTab(buildStacksTab(), tr("Stacks"));
    m_tabs->addTab(buildSecretsTab(), tr("Secrets and configs"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == m_tabs->count() - 1)
            refreshSwarmFiles();
    });
    auto *managerPage = new QWidget;
    auto *managerLayout = new QVBoxLayout(managerPage);
    managerLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("swarmSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    managerLayout->addWidget(m_summary);
    managerLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(managerPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_stack, 1);

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer.start();
    updateButtons();
}

SwarmPage::~SwarmPage() = default;

QWidget *SwarmPage::buildEmptyState()
{
    auto *create = namedButton(tr("Create a swarm"), QStringLiteral("createSwarm"),
                               tr("Create a swarm on this engine"));
    auto *join = namedButton(tr("Join a swarm…"), QStringLiteral("joinSwarm"),
                             tr("Join this engine to a swarm"));
    auto *learn = namedButton(tr("Learn about ECS and Swarm"), QStringLiteral("learnSwarm"),
                              tr("Learn about ECS and Swarm"));
    learn->setFlat(true);
    connect(create, &QPushButton::clicked, this, &SwarmPage::askCreateSwarm);
    connect(join, &QPushButton::clicked, this, &SwarmPage::askJoin);
    connect(learn, &QPushButton::clicked, this,
            [this] { Q_EMIT learnRequested(QStringLiteral("ecs")); });
    return emptyStatePage(
        QStringLiteral("swarmEmpty"), tr("Run services across your engines"),
        tr("Docker Swarm, inside every Docker engine, makes several engines work as one: a "
           "service keeps the number of copies you ask for running across them, replaces any "
           "that stop, and updates them a few at a time — what ECS does in AWS. Make this "
           "engine a swarm's manager, then join your other engines to it."),
        520, {create, join, learn});
}

QWidget *SwarmPage::buildWorkerState()
{
    auto *leave = namedButton(tr("Leave the swarm"), QStringLiteral("leaveSwarmWorker"),
                              tr("Leave the swarm"));
    connect(leave, &QPushButton::clicked, this, &SwarmPage::leaveSwarm);
    m_workerText->setObjectName(QStringLiteral("swarmWorkerText"));
    m_workerText->setWordWrap(true);
    m_workerText->setAlignment(Qt::AlignCenter);
    m_workerText->setFixedWidth(520);
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("swarmWorker"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(emptyStateTitle(tr("This engine is a worker")));
    layout->addWidget(m_workerText, 0, Qt::AlignHCenter);
    layout->addWidget(leave, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QWidget *SwarmPage::buildServicesTab()
{
    auto *create = namedButton(tr("&Create service…"), QStringLiteral("createService"),
                               tr("Create a service"));
    connect(create, &QPushButton::clicked, this, &SwarmPage::askCreateService);
    connect(m_scale, &QPushButton::clicked, this, &SwarmPage::askScale);
    connect(m_update, &QPushButton::clicked, this, &SwarmPage::askUpdate);
    connect(m_rollback, &QPushButton::clicked, this,
            [this] { rollbackService(selectedService()); });
    connect(m_remove, &QPushButton::clicked, this, &SwarmPage::removeSelected);
    connect(m_logsButton, &QPushButton::clicked, this, &SwarmPage::showLogs);
    m_rollback->setToolTip(tr("Back to the spec before the last update"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {create, m_scale, m_update, m_rollback, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();

    m_serviceView =
        makeTable(m_services, models::ServiceListModel::Name, models::ServiceListModel::Image,
                  QStringLiteral("serviceTable"), this);
    m_serviceView->setAccessibleName(tr("Services"));
    m_taskView = makeTable(m_tasks, models::TaskListModel::Task, models::TaskListModel::Error,
                           QStringLiteral("taskTable"), this);
    m_taskView->setAccessibleName(tr("Tasks of the selected service"));
    connect(m_serviceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_tasks->setItems({});
        m_logs->clear();
        updateButtons();
        refreshTasks();
    });
    m_noServices->setObjectName(QStringLiteral("noServices"));
    m_noServices->setText(tr("No services yet. Create one: give it an image and a number of "
                             "replicas, and Swarm spreads the copies over the nodes."));
    m_noServices->setWordWrap(true);
    m_noServices->setForegroundRole(QPalette::PlaceholderText);
    m_tasksTitle->setText(tr("Select a service to see its tasks."));
    m_logs->setObjectName(QStringLiteral("serviceLogText"));
    m_logs->setReadOnly(true);
    m_logs->setAccessibleName(tr("Service logs"));
    m_logs->setPlaceholderText(tr("Every task's log, merged by time, appears here."));
    m_logs->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logs->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *tasksHeader = new QHBoxLayout;
    tasksHeader->addWidget(m_tasksTitle, 1);
    tasksHeader->addWidget(m_logsButton);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(tasksHeader);
    auto *lowerSplit = new QSplitter(Qt::Horizontal);
    lowerSplit->addWidget(m_taskView);
    lowerSplit->addWidget(m_logs);
    lowerSplit->setStretchFactor(0, 3);
    lowerSplit->setStretchFactor(1, 2);
    lowerLayout->addWidget(lowerSplit, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_serviceView);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_noServices);
    layout->addWidget(split, 1);
    return tab;
}

void SwarmPage::setEngine(const QString &engineName)
{
    if (engineName == m_engine && m_client)
        return;
    m_engine = engineName;
    m_client = m_plane->engines()->client(engineName);
    m_api = m_client ? std::make_unique<SwarmApi>(m_client) : nullptr;
    m_services->setItems({});
    m_nodes->setItems({});
    m_tasks->setItems({});
    m_logs->clear();
    m_problem->clear();
    m_state = {};
    refresh();
}

void SwarmPage::refresh()
{
    if (!m_api || m_refreshing)
        return;
    m_refreshing = true;
    whenFinished(m_api->state(), this, [this, api = m_api.get()](const Result<SwarmState> &state) {
        if (api != m_api.get()) { // the engine changed meanwhile
            m_refreshing = false;
            return;
        }
        if (!state) {
            m_refreshing = false;
            m_problem->showProblem(state.problem(), tr("Engine %1").arg(m_engine));
            return;
        }
        showState(*state);
        if (!state->manager) {
            m_refreshing = false;
            Q_EMIT refreshed();
            return;
        }
        whenFinished(m_api->nodes(), this, [this, api](const Result<QList<SwarmNode>> &nodes) {
            if (api != m_api.get()) { // the engine changed meanwhile
                m_refreshing = false;
                return;
            }
            if (nodes)
                m_nodes->setItems(*nodes);
            m_tasks->setHostnames(m_nodes->hostnames());
            whenFinished(m_api->services(), this,
                         [this, api](const Result<QList<ServiceSummary>> &services) {
                             m_refreshing = false;
                             if (api != m_api.get())
                                 return;
                             if (!services) {
                                 m_problem->showProblem(services.problem(), tr("List services"));
                                 return;
                             }
                             m_services->setItems(*services);
                             showStacks(stacksOf(*services));
                             m_noServices->setVisible(services->isEmpty());
                             updateButtons();
                             refreshTasks();
                             Q_EMIT refreshed();
                         });
        });
    });
}

void SwarmPage::showState(const SwarmState &state)
{
    m_state = state;
    if (!state.active()) {
        m_stack->setCurrentIndex(NotInSwarm);
        return;
    }
    if (!state.manager) {
        m_stack->setCurrentIndex(Worker);
        const QString managers = state.remoteManagers.join(QStringLiteral(", "));
        m_workerText->setText(tr("Engine %1 runs tasks for the swarm its managers (%2) lead. "
                                 "Choose a manager engine above to see and change its "
                                 "services.")
                                  .arg(m_engine, managers.isEmpty() ? tr("none known") : managers));
        return;
    }
    m_stack->setCurrentIndex(Manager);
    const QString nodes = state.nodes == 1 ? tr("1 node") : tr("%1 nodes").arg(state.nodes);
    const QString managers =
        state.managers == 1 ? tr("1 manager") : tr("%1 managers").arg(state.managers);
    m_summary->setText(
        tr("Engine %1 manages swarm %2 at %3 — %4, %5.")
            .arg(m_engine, state.clusterId.left(12), state.nodeAddress, nodes, managers));
}

void SwarmPage::refreshTasks()
{
    const QString service = selectedService();
    if (!m_api || service.isEmpty()) {
        m_tasksTitle->setText(tr("Select a service to see its tasks."));
        return;
    }
    m_tasksTitle->setText(tr("Tasks of %1").arg(service));
    m_tasks->setService(service);
    whenFinished(m_api->tasks(service, false), this,
                 [this, service](const Result<QList<SwarmTask>> &tasks) {
                     if (tasks && service == selectedService())
                         m_tasks->setItems(*tasks);
                 });
}

void SwarmPage::showLogs()
{
    const QString service = selectedService();
    if (!m_api || service.isEmpty())
        return;
    const QHash<QString, QString> hostnames = m_nodes->hostnames();
    whenFinished(m_api->logs(service, 200), this,
                 [this, hostnames](const Result<QList<ServiceLogLine>> &lines) {
                     if (!lines) {
                         m_problem->showProblem(lines.problem(), tr("Service logs"));
                         return;
                     }
                     QStringList text;
                     for (const ServiceLogLine &l : *lines)
                         text.append(l.task + QLatin1Char('@') +
                                     hostnames.value(l.nodeId, l.nodeId.left(12)) +
                                     QStringLiteral(" | ") + l.text);
                     m_logs->setPlainText(text.isEmpty() ? tr("(no output yet)")
                                                         : text.join(QLatin1Char('\n')));
                     m_logs->moveCursor(QTextCursor::End);
                 });
}

void SwarmPage::act(QFuture<VoidResult> call, const QString &context)
{
    whenFinished(call, this, [this, context](const VoidResult &r) {
        if (!r)
            m_problem->showProblem(r.problem(), context);
        else
            m_problem->clear();
        refresh();
    });
}

void SwarmPage::askCreateService()
{
    if (!m_client)
        return;
    whenFinished(m_client->listImages(), this,
                 [this](const Result<QList<engine::ImageSummary>> &list) {
                     QStringList images;
                     if (list)
                         for (const engine::ImageSummary &image : *list)
                             for (const QString &tag : image.repoTags)
                                 if (!tag.startsWith(QLatin1String("<none>")))
                                     images.append(tag);
                     images.sort();
                     ServiceDialog dialog(images, this);
                     if (dialog.exec() == QDialog::Accepted)
                         createService(dialog.form());
                 });
}

void SwarmPage::createService(const ServiceForm &form)
{
    const ParsedServiceForm parsed = parseServiceForm(form);
    if (!parsed.ok()) {
        m_problem->showProblem(Error{ErrorKind::InvalidInput, parsed.message()},
                               tr("Create service"));
        return;
    }
    if (!m_api)
        return;
    whenFinished(m_api->createService(parsed.spec), this,
                 [this, name = parsed.spec.name](const Result<QString> &id) {
                     if (!id)
                         m_problem->showProblem(id.problem(), tr("Create service %1").arg(name));
                     else
                         m_problem->clear();
                     refresh();
                 });
}

void SwarmPage::askScale()
{
    const QString service = selectedService();
    int current = 1;
    for (const ServiceSummary &s : m_services->items())
        if (s.name == service)
            current = s.desired;
    bool ok = false;
    const int n = QInputDialog::getInt(this, tr("Scale %1").arg(service),
                                       tr("Tasks to keep running:"), current, 0, 1000, 1, &ok);
    if (ok)
        scaleService(service, n);
}

void SwarmPage::scaleService(const QString &name, int replicas)
{
    if (m_api && !name.isEmpty())
        act(m_api->scale(name, replicas), tr("Scale %1").arg(name));
}

void SwarmPage::askUpdate()
{
    const QString service = selectedService();
    QString image;
    for (const ServiceSummary &s : m_services->items())
        if (s.name == service)
            image = s.image;
    bool ok = false;
    const QString next = QInputDialog::getText(
        this, tr("Update %1").arg(service),
        tr("Image to roll out, a few tasks at a time (the same image restarts every task):"),
        QLineEdit::Normal, image, &ok);
    if (ok && !next.trimmed().isEmpty())
        updateService(service, next.trimmed(), next.trimmed() == image);
}

void SwarmPage::updateService(const QString &name, const QString &image, bool restartAll)
{
    if (!m_api || name.isEmpty())
        return;
    ServiceChange change;
    change.image = image;
    change.forceUpdate = restartAll;
    act(m_api->updateService(name, change), tr("Update %1").arg(name));
}

void SwarmPage::rollbackService(const QString &name)
{
    if (m_api && !name.isEmpty())
        act(m_api->rollback(name), tr("Roll back %1").arg(name));
}

void SwarmPage::removeSelected()
{
    const QString service = selectedService();
    if (!m_api || service.isEmpty())
        return;
    Confirmation question;
    question.title = tr("Remove service %1?").arg(service);
    question.text = tr("Its tasks stop on every node and the service is gone. Images and "
                       "volumes stay.");
    question.acceptLabel = tr("Remove");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    act(m_api->removeService(service), tr("Remove %1").arg(service));
}

QString SwarmPage::selectedService() const
{
    if (!m_serviceView)
        return {};
    const QModelIndex current = m_serviceView->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(models::IdRole).toString()
                             : QString();
}

QString SwarmPage::selectedNode() const
{
    if (!m_nodeView)
        return {};
    const QModelIndex current = m_nodeView->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(models::IdRole).toString()
                             : QString();
}

void SwarmPage::updateButtons()
{
    const QString service = selectedService();
    bool canRollback = false;
    for (const ServiceSummary &s : m_services->items())
        if (s.name == service)
            canRollback = s.hasPreviousSpec;
    for (QPushButton *b : {m_scale, m_update, m_remove, m_logsButton})
        b->setEnabled(!service.isEmpty());
    m_rollback->setEnabled(canRollback);
    const bool node = !selectedNode().isEmpty();
    for (QPushButton *b : {m_drain, m_pause, m_activate})
        b->setEnabled(node);
}

} // namespace sloop::widgets
