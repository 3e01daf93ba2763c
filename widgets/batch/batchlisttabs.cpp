#include "batchpage.h"

#include "batchdialogs.h"
#include "batchtables.h"
#include "jobdetailpane.h"
#include "queuedepthchart.h"

#include "batch/batchdispatcher.h"
#include "batch/batchjobmodel.h"
#include "batch/batchquickstart.h"
#include "batch/batchrepository.h"
#include "common/listpage.h"
#include "common/noticebanner.h"
#include "common/prompter.h"
#include "controlplane/controlplane.h"
#include "controlplane/ownerlease.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "swarm/swarmapi.h"
#include "util/futures.h"
#include "util/paths.h"
#include "util/shellwords.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

// BatchPage's list tabs: job queues, compute environments and job
// definitions, with their forms (batchpage.cpp has the jobs).
namespace sloop::widgets {

using namespace batch;

using namespace batchtables;

void BatchPage::actOnSelected(QTableWidget *table, const QString &failure,
                              const std::function<VoidResult(const QString &)> &change,
                              const std::function<Confirmation(const QString &)> &question)
{
    const QString name = currentName(table);
    if (name.isEmpty())
        return;
    if (question && !promptWith(m_prompter).confirm(this, question(name)))
        return;
    if (const VoidResult ok = change(name); !ok)
        m_problem->showProblem(ok.problem(), failure);
    toldOwner();
}

QWidget *BatchPage::buildQueuesTab()
{
    m_queues =
        makeTable(QStringLiteral("queueList"), tr("Job queues"),
                  {tr("Queue"), tr("State"), tr("Priority"), tr("Runs on"), tr("Order"),
                   tr("Waiting"), tr("Runnable"), tr("Running"), tr("Succeeded"), tr("Failed")},
                  3);
    auto *create = button(tr("Create &queue…"), QStringLiteral("createQueue"));
    auto *toggle = button(tr("Enable or disable"), QStringLiteral("toggleQueue"),
                          tr("A disabled queue takes jobs but starts none"));
    auto *remove = button(tr("Delete"), QStringLiteral("deleteQueue"));
    connect(create, &QPushButton::clicked, this, &BatchPage::createQueue);
    connect(toggle, &QPushButton::clicked, this, [this] {
        actOnSelected(m_queues, tr("The queue cannot be changed"), [this](const QString &name) {
            const auto queue = m_repo->findQueue(name);
            if (!queue || !*queue)
                return queue ? VoidResult() : VoidResult::failure(queue.problem());
            return m_repo->setQueueEnabled(name, !(*queue)->enabled);
        });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        actOnSelected(
            m_queues, tr("The queue cannot be deleted"),
            [this](const QString &name) { return m_repo->removeQueue(name); },
            [](const QString &name) {
                Confirmation question;
                question.title = tr("Delete job queue?");
                question.text =
                    tr("Delete the job queue %1? Its finished jobs stay listed.").arg(name);
                question.acceptLabel = tr("Delete");
                return question;
            });
    });
    m_depth = new QueueDepthChart;
    connect(m_queues, &QTableWidget::itemSelectionChanged, this, &BatchPage::showQueueDepth);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_depthShownMs = 0; // drawn afresh when the tab shows
        showQueueDepth();
    });
    // The table over its chart.
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_queues);
    split->addWidget(m_depth);
    split->setChildrenCollapsible(false);
    return listTab(split, {create, toggle, remove});
}

QWidget *BatchPage::buildEnvironmentsTab()
{
    m_environments = makeTable(
        QStringLiteral("environmentList"), tr("Compute environments"),
        {tr("Environment"), tr("State"), tr("vCPUs in use"), tr("Memory in use"), tr("Engines")},
        4);
    auto *create = button(tr("Create &environment…"), QStringLiteral("createEnvironment"));
    auto *toggle = button(tr("Enable or disable"), QStringLiteral("toggleEnvironment"),
                          tr("A disabled environment starts nothing new; what runs finishes"));
    auto *remove = button(tr("Delete"), QStringLiteral("deleteEnvironment"));
    connect(create, &QPushButton::clicked, this, &BatchPage::createEnvironment);
    connect(toggle, &QPushButton::clicked, this, [this] {
        actOnSelected(m_environments, tr("The environment cannot be changed"),
                      [this](const QString &name) {
                          const auto found = m_repo->findEnvironment(name);
                          if (!found || !*found)
                              return found ? VoidResult() : VoidResult::failure(found.problem());
                          return m_repo->setEnvironmentEnabled(name, !(*found)->enabled);
                      });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        actOnSelected(
            m_environments, tr("The environment cannot be deleted"),
            [this](const QString &name) { return m_repo->removeEnvironment(name); },
            [](const QString &name) {
                Confirmation question;
                question.title = tr("Delete compute environment?");
                question.text = tr("Delete the compute environment %1?").arg(name);
                question.acceptLabel = tr("Delete");
                return question;
            });
    });
    return listTab(m_environments, {create, toggle, remove});
}

QWidget *BatchPage::buildDefinitionsTab()
{
    m_definitions = makeTable(QStringLiteral("definitionList"), tr("Job definitions"),
                              {tr("Definition"), tr("Image"), tr("vCPUs"), tr("Memory"),
                               tr("Attempts"), tr("Timeout"), tr("Command")},
                              6);
    auto *create = button(tr("&Register definition…"), QStringLiteral("registerDefinition"));
    auto *remove = button(tr("Deregister"), QStringLiteral("deregisterDefinition"),
                          tr("The revision takes no new jobs; jobs already submitted run"));
    connect(create, &QPushButton::clicked, this, &BatchPage::registerDefinition);
    connect(remove, &QPushButton::clicked, this, [this] {
        actOnSelected(
            m_definitions, tr("The definition cannot be deregistered"),
            [this](const QString &reference) { return m_repo->deregisterDefinition(reference); });
    });
    return listTab(m_definitions, {create, remove});
}

void BatchPage::showQueues()
{
    const auto queues = m_repo->queues();
    const auto counts = m_repo->queueCounts();
    if (!queues || !counts) {
        m_problem->showProblem(!queues ? queues.problem() : counts.problem(),
                               tr("The queues cannot be read"));
        return;
    }
    QList<QStringList> rows;
    for (const JobQueue &q : *queues) {
        const StatusSummary c = counts->value(q.name.toLower());
        auto n = [](int v) {
            return QLocale().toString(v);
        };
        rows << QStringList{q.name,
                            q.enabled ? tr("Enabled") : tr("Disabled"),
                            QString::number(q.priority),
                            q.environments.join(QStringLiteral(" → ")),
                            q.schedulingPolicy.isEmpty()
                                ? tr("First in, first out")
                                : tr("Fair share (%1)").arg(q.schedulingPolicy),
                            n(c.value(JobStatus::Submitted) + c.value(JobStatus::Pending)),
                            n(c.value(JobStatus::Runnable)),
                            n(c.value(JobStatus::Starting) + c.value(JobStatus::Running)),
                            n(c.value(JobStatus::Succeeded)),
                            n(c.value(JobStatus::Failed))};
    }
    fill(m_queues, rows);
    showQueueDepth();
    // The queue filter follows the queues, keeping its choice.
    const QString chosen = m_queueFilter->currentData().toString();
    QStringList names;
    for (const JobQueue &q : *queues)
        names << q.name;
    QStringList shown;
    for (int i = 1; i < m_queueFilter->count(); ++i)
        shown << m_queueFilter->itemData(i).toString();
    if (shown != names || m_queueFilter->count() == 0) {
        const QSignalBlocker block(m_queueFilter);
        m_queueFilter->clear();
        m_queueFilter->addItem(tr("All queues"), QString());
        for (const QString &name : names)
            m_queueFilter->addItem(name, name);
        m_queueFilter->setCurrentIndex(qMax(0, m_queueFilter->findData(chosen)));
    }
}

void BatchPage::showQueueDepth()
{
    if (!m_depth || !m_depth->isVisible())
        return;
    const QString queue = currentName(m_queues);
    // Every few refreshes is enough for a chart of an hour, unless the
    // queue shown changed.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (queue == m_depthQueue && now - m_depthShownMs < 10'000)
        return;
    m_depthQueue = queue;
    m_depthShownMs = now;
    const qint64 from = now - QueueDepthChart::kWindowMs;
    const auto spans = m_repo->jobSpans(queue, from);
    if (!spans)
        return;
    m_depth->setDepth(queue.isEmpty() ? tr("Jobs in every queue, the last hour")
                                      : tr("Jobs in %1, the last hour").arg(queue),
                      queueDepth(*spans, from, now, QueueDepthChart::kPoints));
}

void BatchPage::showEnvironments()
{
    const auto environments = m_repo->environments();
    const auto flying = m_repo->inFlight();
    if (!environments || !flying)
        return;
    QHash<QString, std::pair<double, qint64>> used; // environment → vCPUs, MiB
    QHash<QString, QHash<QString, double>> perEngine;
    for (const Job &job : *flying) {
        auto &u = used[job.environment.toLower()];
        u.first += job.container.vcpus;
        u.second += job.container.memoryMb;
        perEngine[job.environment.toLower()][job.engine] += job.container.vcpus;
    }
    QList<QStringList> rows;
    for (const ComputeEnvironment &e : *environments) {
        const auto u = used.value(e.name.toLower());
        QStringList engines;
        for (const QString &engine : e.engines) {
            const double onIt = perEngine.value(e.name.toLower()).value(engine);
            const QString shown =
                isSwarmTarget(engine) ? tr("Swarm (manager %1)").arg(managerOf(engine)) : engine;
            engines << (onIt > 0 ? tr("%1 (%2 vCPU)").arg(shown, vcpuText(onIt)) : shown);
        }
        rows << QStringList{e.name, e.enabled ? tr("Enabled") : tr("Disabled"),
                            tr("%1 of %2").arg(vcpuText(u.first), vcpuText(e.maxVcpus)),
                            e.maxMemoryMb > 0 ? tr("%1 of %2 MiB")
                                                    .arg(QLocale().toString(u.second),
                                                         QLocale().toString(e.maxMemoryMb))
                                              : tr("%1 MiB").arg(QLocale().toString(u.second)),
                            engines.join(QStringLiteral(", "))};
    }
    fill(m_environments, rows);
}

void BatchPage::showDefinitions()
{
    const auto definitions = m_repo->definitions();
    if (!definitions)
        return;
    QList<QStringList> rows;
    for (const JobDefinition &d : *definitions)
        rows << QStringList{d.reference(),
                            d.container.image,
                            vcpuText(d.container.vcpus),
                            tr("%1 MiB").arg(QLocale().toString(d.container.memoryMb)),
                            QString::number(d.container.attempts),
                            d.container.timeoutSeconds > 0
                                ? tr("%1 s").arg(d.container.timeoutSeconds)
                                : tr("none"),
                            joinShellWords(d.container.command)};
    fill(m_definitions, rows);
}

void BatchPage::createEnvironment()
{
    QStringList names;
    for (const engine::EngineEndpoint &e : m_plane->engines()->engines())
        names << e.name;
    const auto made = askEnvironment(this, names, 2);
    if (!made)
        return;
    const QString manager = made->swarmManager();
    engine::DockerClient *client =
        manager.isEmpty() ? nullptr : m_plane->engines()->client(manager);
    if (manager.isEmpty())
        return addEnvironment(*made);
    if (!client)
        return m_problem->showInfo(tr("There is no engine named %1.").arg(manager));
    // Said now, not when its first job waits.
    whenFinished(swarm::SwarmApi(client).state(), this,
                 [this, made, manager](const Result<swarm::SwarmState> &state) {
                     if (!state)
                         return m_problem->showProblem(state.problem(),
                                                       tr("The environment was not created"));
                     if (!state->active() || !state->manager)
                         return m_problem->showInfo(
                             tr("Engine %1 does not manage a swarm, so it cannot place jobs. "
                                "Create a swarm on the Swarm page (one node is enough), or "
                                "check its manager.")
                                 .arg(manager));
                     addEnvironment(*made);
                 });
}

void BatchPage::addEnvironment(const ComputeEnvironment &environment)
{
    if (const auto added = m_repo->addEnvironment(environment); !added) {
        m_problem->showProblem(added.problem(), tr("The environment was not created"));
        return;
    }
    toldOwner();
    m_tabs->setCurrentIndex(2);
}

void BatchPage::createQueue()
{
    QStringList names;
    if (const auto all = m_repo->environments())
        for (const ComputeEnvironment &e : *all)
            names << e.name;
    if (names.isEmpty()) {
        m_problem->showInfo(
            tr("A queue runs its jobs in a compute environment: create one first."));
        m_tabs->setCurrentIndex(2);
        return;
    }
    QStringList policies;
    if (const auto all = m_repo->policies())
        for (const SchedulingPolicy &p : *all)
            policies << p.name;
    const auto made = askQueue(this, names, policies);
    if (!made)
        return;
    if (const auto added = m_repo->addQueue(*made); !added) {
        m_problem->showProblem(added.problem(), tr("The queue was not created"));
        return;
    }
    toldOwner();
}

void BatchPage::registerDefinition()
{
    // The form offers the images the engine has.
    auto ask = [this](QStringList images) {
        images.sort();
        const auto made = askDefinition(this, images);
        if (!made)
            return;
        const auto added = m_repo->registerDefinition(*made);
        if (!added) {
            m_problem->showProblem(added.problem(), tr("The definition was not registered"));
            return;
        }
        m_problem->showInfo(tr("Registered %1.").arg(added->reference()));
        refresh();
    };
    engine::DockerClient *client = m_plane->engines()->client(m_plane->engines()->defaultEngine());
    if (!client) {
        ask({});
        return;
    }
    whenFinished(client->listImages(), this,
                 [ask](const Result<QList<engine::ImageSummary>> &listed) {
                     QStringList images;
                     if (listed)
                         for (const engine::ImageSummary &i : *listed)
                             for (const QString &tag : i.repoTags)
                                 if (!tag.startsWith(QLatin1String("<none>")) &&
                                     !tag.startsWith(QLatin1String("sloop-fn/")))
                                     images << tag;
                     ask(images);
                 });
}

QString BatchPage::currentName(QTableWidget *table) const
{
    const int row = table->currentRow();
    return row >= 0 && table->item(row, 0) ? table->item(row, 0)->text() : QString();
}

} // namespace sloop::widgets
