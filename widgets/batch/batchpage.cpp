#include "batchpage.h"

#include "batchdialogs.h"
#include "jobdetailpane.h"

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

namespace sloop::widgets {

using namespace batch;

namespace {

enum StackPage
{
    EmptyPage,
    TabsPage
};

QString jobCountText(int n)
{
    return n == 0   ? BatchPage::tr("No jobs")
           : n == 1 ? BatchPage::tr("1 job")
                    : BatchPage::tr("%1 jobs").arg(QLocale().toString(n));
}

} // namespace

BatchPage::BatchPage(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_problem(new NoticeBanner)
    , m_owner(new NoticeBanner)
    , m_stack(new QStackedWidget)
    , m_tabs(new QTabWidget)
    , m_jobs(new models::BatchJobModel(this))
    , m_jobView(new QTableView)
    , m_queueFilter(new QComboBox)
    , m_statusFilter(new QComboBox)
    , m_search(new QLineEdit)
    , m_shown(new QLabel)
    , m_submit(new QPushButton(tr("&Submit job…")))
    , m_cancel(new QPushButton(tr("&Cancel")))
    , m_terminate(new QPushButton(tr("&Terminate")))
    , m_detail(new JobDetailPane)
    , m_queues(nullptr)
    , m_environments(nullptr)
    , m_definitions(nullptr)
    , m_policies(nullptr)
{
    setObjectName(QStringLiteral("batchPage"));
    m_problem->setObjectName(QStringLiteral("batchProblem"));
    m_owner->setObjectName(QStringLiteral("batchOwner"));
    m_owner->setDismissible(false);
    m_owner->hide();
    m_submit->setObjectName(QStringLiteral("submitJobButton"));
    m_submit->setAccessibleName(tr("Submit a job"));
    m_cancel->setObjectName(QStringLiteral("cancelJobs"));
    m_cancel->setAccessibleName(tr("Cancel the selected jobs"));
    m_cancel->setToolTip(tr("Jobs not yet starting fail with the reason \"Cancelled\"; "
                            "running jobs go on (terminate stops them)"));
    m_terminate->setObjectName(QStringLiteral("terminateJobs"));
    m_terminate->setAccessibleName(tr("Terminate the selected jobs"));
    m_terminate->setToolTip(tr("Stops the selected jobs, running or not; they are not retried"));
    auto *sample = new QPushButton(tr("Try the word-count sample"));
    sample->setObjectName(QStringLiteral("batchSample"));
    sample->setToolTip(tr("An array job of 10 children, each counting the words of one file"));
    auto *learn = new QPushButton(tr("Learn about Batch"));
    learn->setObjectName(QStringLiteral("learnBatch"));
    learn->setFlat(true);
    connect(learn, &QPushButton::clicked, this,
            [this] { Q_EMIT learnRequested(QStringLiteral("batch")); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_terminate);
    buttons->addStretch();
    buttons->addWidget(sample);
    buttons->addWidget(learn);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addWidget(m_owner);
    layout->addWidget(m_stack, 1);
    if (!plane->database()) {
        m_submit->hide();
        m_cancel->hide();
        m_terminate->hide();
        sample->hide();
        m_problem->showError(tr("Batch needs Sloop's store, which could not be opened: %1")
                                 .arg(plane->storeProblem()));
        m_stack->addWidget(new QWidget);
        return;
    }
    m_repo = std::make_unique<BatchRepository>(*plane->database());
    m_tabs->setObjectName(QStringLiteral("batchTabs"));
    m_tabs->addTab(buildJobsTab(), tr("Jobs"));
    m_tabs->addTab(buildQueuesTab(), tr("Job queues"));
    m_tabs->addTab(buildEnvironmentsTab(), tr("Compute environments"));
    m_tabs->addTab(buildDefinitionsTab(), tr("Job definitions"));
    m_tabs->addTab(buildPoliciesTab(), tr("Scheduling policies"));
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(m_tabs);

    connect(m_submit, &QPushButton::clicked, this, &BatchPage::submitJob);
    connect(m_cancel, &QPushButton::clicked, this, [this] { stopSelected(false); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { stopSelected(true); });
    connect(sample, &QPushButton::clicked, this, &BatchPage::startSample);
    connect(m_detail, &JobDetailPane::openJob, this, &BatchPage::openJob);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_refresh.start();
    // The dispatcher's changes come in bursts: one refresh a burst.
    m_soon.setSingleShot(true);
    m_soon.setInterval(300);
    connect(&m_soon, &QTimer::timeout, this, &BatchPage::refresh);
    if (BatchDispatcher *dispatcher = plane->batchDispatcher())
        connect(dispatcher, &BatchDispatcher::changed, this, [this] {
            if (isVisible() && !m_soon.isActive())
                m_soon.start();
        });
    applyFilter();
    refresh();
}

BatchPage::~BatchPage() = default;

QWidget *BatchPage::buildEmptyState()
{
    auto *sample = new QPushButton(tr("Run the word-count sample"));
    sample->setObjectName(QStringLiteral("batchEmptySample"));
    sample->setToolTip(tr("Makes a compute environment on the local engine, a queue and a "
                          "definition, then submits an array of 10 children that count words"));
    connect(sample, &QPushButton::clicked, this, &BatchPage::startSample);
    auto *create = new QPushButton(tr("Create a compute environment…"));
    create->setObjectName(QStringLiteral("batchEmptyEnvironment"));
    connect(create, &QPushButton::clicked, this, &BatchPage::createEnvironment);
    return emptyStatePage(
        QStringLiteral("batchEmpty"), tr("Run work that starts, works and finishes"),
        tr("Batch runs jobs as containers on your engines, as AWS Batch does: jobs wait in "
           "queues by priority and start where a compute environment has room, with retries, "
           "arrays of up to 10,000 children and jobs that wait for others. Start with a compute "
           "environment (where jobs may run and how much of it), a queue and a job definition, "
           "or let the sample make them."),
        640, {sample, create});
}

QWidget *BatchPage::buildJobsTab()
{
    m_queueFilter->setObjectName(QStringLiteral("jobQueueFilter"));
    m_queueFilter->setAccessibleName(tr("Show the jobs of"));
    m_statusFilter->setObjectName(QStringLiteral("jobStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Show jobs in the status"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (JobStatus s : allStatuses())
        m_statusFilter->addItem(models::statusText(s), int(s));
    m_search->setObjectName(QStringLiteral("jobSearch"));
    m_search->setAccessibleName(tr("Search jobs by name or ID"));
    m_search->setPlaceholderText(tr("Search by name or ID"));
    m_search->setClearButtonEnabled(true);
    m_shown->setObjectName(QStringLiteral("jobsShown"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_queueFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_shown);
    connect(m_queueFilter, &QComboBox::currentIndexChanged, this, &BatchPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &BatchPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &BatchPage::applyFilter);

    m_jobView->setObjectName(QStringLiteral("jobList"));
    m_jobView->setAccessibleName(tr("Jobs"));
    m_jobView->setModel(m_jobs);
    m_jobView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jobView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_jobView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_jobView->verticalHeader()->hide();
    m_jobView->setWordWrap(false); // one line a job; the reason's tooltip has it all
    m_jobView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_jobView->horizontalHeader()->setStretchLastSection(true);
    m_jobView->setColumnWidth(models::BatchJobModel::Name, 150);
    m_jobView->setColumnWidth(models::BatchJobModel::Status, 85);
    m_jobView->setColumnWidth(models::BatchJobModel::Queue, 80);
    m_jobView->setColumnWidth(models::BatchJobModel::Created, 85);
    m_jobView->setColumnWidth(models::BatchJobModel::Attempts, 70);
    // The ID is long and shown beside the list; a cell's copy still has it.
    m_jobView->hideColumn(models::BatchJobModel::Id);
    connect(m_jobView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchPage::showCurrentJob);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_jobView);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    return tab;
}

void BatchPage::applyFilter()
{
    if (!m_repo)
        return;
    JobFilter filter;
    filter.queue = m_queueFilter->currentData().toString();
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0)
        filter.status = JobStatus(status);
    filter.search = m_search->text().trimmed();
    BatchRepository *repo = m_repo.get();
    m_jobs->setSource(
        [repo, filter](int offset, int limit) {
            JobFilter page = filter;
            page.offset = offset;
            page.limit = limit;
            models::BatchJobModel::Page out;
            if (const auto jobs = repo->jobs(page))
                out.jobs = *jobs;
            for (const Job &job : std::as_const(out.jobs))
                if (job.isArrayParent())
                    if (const auto summary = repo->childSummary(job.id))
                        out.summaries.insert(job.id, *summary);
            return out;
        },
        [repo, filter] { return repo->countJobs(filter).value(); });
    m_shown->setText(jobCountText(m_jobs->total()));
    if (m_jobs->rowCount() > 0 && !m_jobView->currentIndex().isValid())
        m_jobView->selectRow(0);
    showCurrentJob();
}

void BatchPage::refresh()
{
    if (!m_repo)
        return;
    const auto environments = m_repo->environments();
    const int jobCount = m_repo->countJobs({}).value();
    const bool empty = environments && environments->isEmpty() && jobCount == 0;
    m_stack->setCurrentIndex(empty ? EmptyPage : TabsPage);
    m_cancel->setVisible(!empty);
    m_terminate->setVisible(!empty);
    // Who runs the jobs: this window, another process, or nobody.
    const auto holder = OwnerLease::holder();
    if (m_plane->batchDispatcher() && m_plane->batchDispatcher()->running()) {
        m_owner->hide();
    } else if (holder) {
        m_owner->showInfo(tr("Jobs run in the Sloop process that owns the data folder (pid %1).")
                              .arg(holder->pid));
    } else {
        m_owner->showMessage(NoticeBanner::Kind::Warning,
                             tr("Nothing runs jobs now: they wait until this window or "
                                "\"sloop serve\" owns the data folder."));
    }
    showQueues();
    showEnvironments();
    showDefinitions();
    showPolicies();
    m_jobs->refresh();
    m_shown->setText(jobCountText(m_jobs->total()));
    if (m_jobs->rowCount() > 0 && !m_jobView->currentIndex().isValid())
        m_jobView->selectRow(0);
    m_detail->showJob(m_repo.get(), m_detail->jobId());
}

void BatchPage::showCurrentJob()
{
    const QModelIndex index = m_jobView->currentIndex();
    m_detail->showJob(m_repo.get(), index.isValid()
                                        ? index.data(models::BatchJobModel::IdRole).toString()
                                        : QString());
}

void BatchPage::openJob(const QString &id)
{
    m_tabs->setCurrentIndex(0);
    const int row = m_jobs->rowOfId(id);
    if (row >= 0) {
        m_jobView->selectRow(row);
        return;
    }
    // An array's child is not in the top-level list: show it beside it.
    m_detail->showJob(m_repo.get(), id);
}

QStringList BatchPage::selectedJobs() const
{
    QStringList ids;
    for (const QModelIndex &index : m_jobView->selectionModel()->selectedRows())
        ids << index.data(models::BatchJobModel::IdRole).toString();
    const QString shown = m_detail->jobId();
    if (ids.isEmpty() && !shown.isEmpty())
        ids << shown;
    // A child shown beside its parent's row is what the person means.
    if (shown.contains(QLatin1Char(':')) && ids.size() == 1 &&
        shown.startsWith(ids.first() + QLatin1Char(':')))
        ids = {shown};
    return ids;
}

void BatchPage::stopSelected(bool terminate)
{
    const QStringList ids = selectedJobs();
    if (ids.isEmpty())
        return;
    Confirmation question;
    question.title = terminate ? tr("Terminate jobs?") : tr("Cancel jobs?");
    question.text = terminate
                        ? tr("Stop %n job(s), running or not? They fail and are not retried.",
                             nullptr, int(ids.size()))
                        : tr("Cancel %n job(s)? Jobs not yet starting fail; running jobs go on.",
                             nullptr, int(ids.size()));
    question.details = ids.join(QLatin1Char('\n'));
    question.acceptLabel = terminate ? tr("Terminate") : tr("Cancel jobs");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    int changed = 0;
    for (const QString &id : ids) {
        const auto done = terminate
                              ? m_repo->terminate(id, QStringLiteral("Terminated by the user"))
                              : m_repo->cancel(id, QStringLiteral("Cancelled by the user"));
        if (!done) {
            m_problem->showProblem(done.problem(), tr("%1 cannot be stopped").arg(id));
            continue;
        }
        changed += *done;
    }
    if (changed == 0 && !terminate)
        m_problem->showInfo(tr("Nothing was cancelled: the jobs had started or finished. "
                               "Terminate stops a running job."));
    toldOwner();
}

void BatchPage::submitJob()
{
    const auto queues = m_repo->queues();
    const auto definitions = m_repo->definitions();
    if (!queues || !definitions)
        return;
    if (queues->isEmpty() || definitions->isEmpty()) {
        m_problem->showInfo(tr("A job needs a queue and a job definition first: create them on "
                               "their tabs, or run the word-count sample."));
        m_tabs->setCurrentIndex(queues->isEmpty() ? 1 : 3);
        return;
    }
    SubmitJobDialog dialog(*queues, *definitions, this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        const auto request = dialog.request(&error);
        if (!request) {
            m_problem->showError(error);
            continue;
        }
        const auto job = m_repo->submit(*request);
        if (!job) {
            m_problem->showProblem(job.problem(), tr("The job was not submitted"));
            continue;
        }
        m_problem->clear();
        toldOwner();
        applyFilter();
        openJob(job->id);
        return;
    }
}

void BatchPage::startSample()
{
    engine::EngineManager *engines = m_plane->engines();
    const QString engineName = engines->defaultEngine();
    engine::DockerClient *client = engines->client(engineName);
    if (!client) {
        m_problem->showError(tr("The sample runs on the local engine, and there is none."));
        return;
    }
    m_problem->showInfo(tr("Setting up the word-count sample…"));
    auto images = client->listImages();
    auto info = client->systemInfo();
    whenFinished(images, this, [this, client, engineName, info](const auto &listed) {
        if (!listed) {
            m_problem->showProblem(listed.problem(), tr("The engine's images cannot be listed"));
            return;
        }
        // An image with a shell and wc: Sloop's own runtime first.
        QString image;
        for (const QString &wanted :
             {QStringLiteral("sloop/runtime:bookworm"), QStringLiteral("busybox"),
              QStringLiteral("debian"), QStringLiteral("alpine"), QStringLiteral("ubuntu")})
            for (const engine::ImageSummary &i : *listed)
                for (const QString &tag : i.repoTags)
                    if (image.isEmpty() && tag.contains(wanted))
                        image = tag;
        if (image.isEmpty()) {
            m_problem->showError(
                tr("The sample needs an image with a shell, such as sloop/runtime:bookworm "
                   "(scripts/build-runtime-images.sh makes it) or busybox."));
            return;
        }
        whenFinished(info, this, [this, engineName, image](const auto &system) {
            const double cpus = system ? double(system->cpus) : 1.0;
            const auto started = startWordCountSample(
                *m_repo, engineName, cpus, image,
                QDir(paths::dataDir()).filePath(QStringLiteral("batch-sample")));
            if (!started) {
                m_problem->showProblem(started.problem(), tr("The sample could not start"));
                return;
            }
            m_problem->showInfo(
                tr("Submitted count-words: 10 children, each counting the words of one file in "
                   "%1. Click a cell of the grid to see what a child wrote.")
                    .arg(started->folder));
            toldOwner();
            refresh();
            applyFilter();
            openJob(started->jobId);
        });
    });
}

void BatchPage::toldOwner()
{
    if (BatchDispatcher *dispatcher = m_plane->batchDispatcher();
        dispatcher && dispatcher->running())
        dispatcher->wake();
    else
        BatchDispatcher::tellOwner();
    refresh();
}

} // namespace sloop::widgets
