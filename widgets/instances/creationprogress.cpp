#include "creationprogress.h"

#include "jobview.h"

#include "instances/instanceoperation.h"
#include "instances/instanceservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

QString tabTitle(const JobView *view)
{
    const QString mark = view->isRunning()   ? QStringLiteral("● ")
                         : view->hasFailed() ? QStringLiteral("✗ ")
                                             : QStringLiteral("✓ ");
    if (view->action() == QLatin1String("delete") && !view->isRunning() && !view->hasFailed())
        return CreationProgress::tr("%1 (deleted)").arg(view->instanceName());
    return mark + view->instanceName();
}

} // namespace

CreationProgress::CreationProgress(instances::InstanceService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_message(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel creation"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("progressTabs"));
    m_tabs->setAccessibleName(tr("Instances being created"));
    m_tabs->setDocumentMode(true);
    m_message->setObjectName(QStringLiteral("progressMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(QStringLiteral("progressCancel"));
    m_cancel->setAccessibleName(tr("Cancel the shown instance's creation"));
    m_retry->setObjectName(QStringLiteral("progressRetry"));
    m_retry->setAccessibleName(tr("Retry the shown instance from the step that failed"));
    m_delete->setObjectName(QStringLiteral("progressDelete"));
    m_delete->setAccessibleName(tr("Delete the shown failed instance"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_tabs, &QTabWidget::currentChanged, this, &CreationProgress::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, &CreationProgress::cancelCurrent);
    connect(m_retry, &QPushButton::clicked, this, &CreationProgress::retryCurrent);
    connect(m_delete, &QPushButton::clicked, this, &CreationProgress::deleteCurrent);
}

void CreationProgress::setJobs(const QList<instances::InstanceOperation *> &jobs)
{
    m_tabs->clear();
    qDeleteAll(m_views);
    m_views.clear();
    for (instances::InstanceOperation *job : jobs) {
        auto *view = new JobView;
        view->setObjectName(QStringLiteral("jobView-%1").arg(job->instanceName()));
        m_views.append(view);
        m_tabs->addTab(view, QString());
        watch(view, job);
    }
    m_tabs->tabBar()->setVisible(jobs.size() > 1);
    updateButtons();
}

void CreationProgress::watch(JobView *view, instances::InstanceOperation *job)
{
    view->setJob(job);
    updateTab(int(m_views.indexOf(view)));
    connect(job, &instances::InstanceOperation::finished, this, [this, view] {
        updateTab(int(m_views.indexOf(view)));
        updateButtons();
        Q_EMIT stateChanged();
    });
}

JobView *CreationProgress::view(int index) const
{
    return m_views.value(index);
}

int CreationProgress::count() const
{
    return int(m_views.size());
}

bool CreationProgress::anyRunning() const
{
    for (JobView *view : m_views)
        if (view->isRunning())
            return true;
    return false;
}

bool CreationProgress::allDone() const
{
    for (JobView *view : m_views)
        if (view->isRunning() || view->hasFailed())
            return false;
    return true;
}

void CreationProgress::updateTab(int index)
{
    if (JobView *view = m_views.value(index))
        m_tabs->setTabText(index, tabTitle(view));
}

void CreationProgress::updateButtons()
{
    int running = 0, failed = 0, done = 0;
    for (JobView *view : m_views) {
        if (view->isRunning())
            ++running;
        else if (view->hasFailed())
            ++failed;
        else
            ++done;
    }
    QStringList parts;
    if (running)
        parts << tr("%1 running").arg(running);
    if (done)
        parts << tr("%1 done").arg(done);
    if (failed)
        parts << tr("%1 failed").arg(failed);
    m_summary->setText(m_views.size() == 1 ? QString() : parts.join(QStringLiteral(" · ")));
    m_summary->setVisible(m_views.size() > 1);

    JobView *view = m_views.value(m_tabs->currentIndex());
    const instances::InstanceOperation *job = view ? view->operation() : nullptr;
    const bool isDelete = view && view->action() == QLatin1String("delete");
    const bool failedHere = view && view->hasFailed();
    m_cancel->setVisible(view && view->isRunning() && !isDelete);
    m_cancel->setEnabled(job && !job->cancelRequested());
    m_retry->setVisible(failedHere && !isDelete);
    m_delete->setVisible(failedHere && !isDelete);
    Q_EMIT stateChanged();
}

void CreationProgress::cancelCurrent()
{
    JobView *view = m_views.value(m_tabs->currentIndex());
    if (!view || !view->operation() || !view->operation()->isRunning())
        return;
    view->operation()->cancel();
    m_message->setText(tr("Cancelling %1: the running step is stopped, and the instance is "
                          "left failed so it can be retried or deleted.")
                           .arg(view->operation()->instanceName()));
    updateButtons();
}

void CreationProgress::retryCurrent()
{
    JobView *view = m_views.value(m_tabs->currentIndex());
    if (!view || !view->hasFailed())
        return;
    const QString name = view->instanceName();
    const Result<instances::InstanceOperation *> job = m_service->retry(name);
    if (!job) {
        m_message->setText(job.error());
        return;
    }
    m_message->clear();
    watch(view, *job);
    updateButtons();
}

void CreationProgress::deleteCurrent()
{
    JobView *view = m_views.value(m_tabs->currentIndex());
    if (!view || !view->hasFailed())
        return;
    const QString name = view->instanceName();
    const Result<instances::InstanceOperation *> job = m_service->remove(name);
    if (!job) {
        m_message->setText(job.error());
        return;
    }
    m_message->setText(tr("Deleting %1…").arg(name));
    watch(view, *job);
    connect(*job, &instances::InstanceOperation::finished, m_message,
            [this, name](bool ok, const QString &error) {
                m_message->setText(ok ? tr("%1 was deleted.").arg(name)
                                      : tr("Deleting %1 failed: %2").arg(name, error));
            });
    updateButtons();
}

} // namespace sloop::widgets
