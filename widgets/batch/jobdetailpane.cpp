#include "jobdetailpane.h"

#include "arraygrid.h"
#include "jobtimeline.h"

#include "batch/batchjobmodel.h"
#include "batch/batchrepository.h"
#include "common/tones.h"
#include "pricing/batchprice.h"
#include "pricing/lambdaprice.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

using batch::Attempt;
using batch::isFinished;
using batch::Job;
using batch::JobStatus;

namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat)
                  : QStringLiteral("–");
}

QString secondsText(qint64 fromMs, qint64 toMs)
{
    if (fromMs <= 0 || toMs <= 0)
        return QStringLiteral("–");
    return JobDetailPane::tr("%1 s").arg(
        QLocale().toString(double(toMs - fromMs) / 1000.0, 'f', 1));
}

} // namespace

JobDetailPane::JobDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_status(new QLabel)
    , m_facts(new QLabel)
    , m_timeline(new JobTimeline)
    , m_graph(new DependencyGraph)
    , m_arrayTitle(new QLabel)
    , m_grid(new ArrayGrid)
    , m_attempts(new QTreeWidget)
    , m_log(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("jobDetail"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("jobStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(QStringLiteral("jobFacts"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    // Never squeezed under its text: the attempts and the log give way.
    m_facts->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_arrayTitle->setObjectName(QStringLiteral("arraySummary"));
    connect(m_grid, &ArrayGrid::childClicked, this, [this](int index) {
        Q_EMIT openJob(m_id + QLatin1Char(':') + QString::number(index));
    });
    auto *gridScroll = new QScrollArea;
    gridScroll->setWidget(m_grid);
    gridScroll->setWidgetResizable(true);
    gridScroll->setFrameShape(QFrame::NoFrame);
    gridScroll->setMinimumHeight(60);
    m_attempts->setObjectName(QStringLiteral("jobAttempts"));
    m_attempts->setAccessibleName(tr("Attempts"));
    m_attempts->setRootIsDecorated(false);
    m_attempts->setHeaderLabels(
        {tr("Attempt"), tr("Engine"), tr("Started"), tr("Took"), tr("Exit code"), tr("Reason")});
    m_attempts->header()->setStretchLastSection(true);
    m_attempts->setMinimumHeight(70);
    connect(m_attempts, &QTreeWidget::currentItemChanged, this, &JobDetailPane::showAttemptLog);
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setAccessibleName(tr("The attempt's log"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("What the selected attempt wrote appears here once it ends."));

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_status);
    topLayout->addWidget(m_facts);
    topLayout->addWidget(m_timeline);
    topLayout->addWidget(m_graph);
    connect(m_graph, &DependencyGraph::jobClicked, this, &JobDetailPane::openJob);
    topLayout->addWidget(m_arrayTitle);
    topLayout->addWidget(gridScroll, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_attempts);
    split->addWidget(m_log);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);
    m_grid->parentWidget()->parentWidget()->hide(); // the scroll area, until an array shows
    showJob(nullptr, {});
}

void JobDetailPane::showJob(batch::BatchRepository *repo, const QString &id)
{
    const bool same = id == m_id;
    m_id = id;
    const auto found =
        repo && !id.isEmpty() ? repo->job(id) : Result<std::optional<Job>>(std::nullopt);
    QWidget *gridArea = m_grid->parentWidget()->parentWidget();
    if (!found || !*found) {
        m_title->setText(tr("No job selected"));
        m_status->setText(
            tr("Select a job to see its attempts, its log and why it is where it is."));
        m_facts->clear();
        m_arrayTitle->hide();
        gridArea->hide();
        m_timeline->hide();
        m_graph->hide();
        m_attempts->clear();
        m_log->clear();
        m_logKey.clear();
        m_tries.clear();
        return;
    }
    const Job &job = **found;
    m_jobStatus = job.status;
    m_title->setText(job.arrayIndex >= 0 ? tr("%1, child %2").arg(job.name).arg(job.arrayIndex)
                                         : job.name);
    m_status->setText(QStringLiteral("<b style=\"color:%1\">%2</b>%3")
                          .arg(models::statusColor(job.status).name(),
                               models::statusText(job.status).toHtmlEscaped(),
                               job.statusReason.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" — ") + job.statusReason.toHtmlEscaped()));
    QStringList rows;
    auto row = [&rows](const QString &label, const QString &value) {
        rows << QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Job ID"), job.id);
    row(tr("Queue"), job.queue);
    row(tr("Definition"), job.definition);
    if (!job.shareIdentifier.isEmpty())
        row(tr("Share"),
            tr("%1, scheduling priority %2").arg(job.shareIdentifier).arg(job.schedulingPriority));
    row(tr("Image"), job.container.image);
    row(tr("Command"), job.container.command.isEmpty()
                           ? tr("the image's own")
                           : job.container.command.join(QLatin1Char(' ')));
    row(tr("Resources"), tr("%1 vCPU, %2 MiB, %n attempt(s)", nullptr, job.container.attempts)
                             .arg(QLocale().toString(job.container.vcpus))
                             .arg(QLocale().toString(job.container.memoryMb)));
    row(tr("Submitted"), timeText(job.createdMs));
    if (job.startedMs > 0)
        row(tr("Started"), timeText(job.startedMs));
    if (job.stoppedMs > 0)
        row(tr("Stopped"), timeText(job.stoppedMs));
    // What its compute would have cost on AWS Batch, once it has run.
    if (isFinished(job.status) && repo) {
        static const auto prices = pricing::loadBatchPrices();
        const auto usage = repo->usage(0, {}, job.id);
        if (prices && usage && !usage->isEmpty()) {
            const pricing::BatchBill bill = pricing::batchBill(*prices, *usage);
            row(tr("On AWS"), tr("about %1 with Fargate, %2 with EC2 (%3), at the prices of %4")
                                  .arg(pricing::dollars(bill.fargate), pricing::dollars(bill.ec2),
                                       bill.ec2Types.isEmpty() ? tr("no type fits") : bill.ec2Types,
                                       prices->takenOn));
        }
    }
    m_facts->setText(QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));

    if (job.isArrayParent()) {
        const auto statuses = repo->childStatuses(job.id);
        QList<JobStatus> list = statuses ? *statuses : QList<JobStatus>();
        batch::StatusSummary summary;
        for (JobStatus s : list)
            ++summary[s];
        m_grid->setStatuses(list);
        m_arrayTitle->setText(
            tr("%1 children: %2. Click a cell to open that child.")
                .arg(QLocale().toString(job.arraySize), models::summaryText(summary)));
        m_arrayTitle->show();
        gridArea->show();
    } else {
        m_arrayTitle->hide();
        gridArea->hide();
    }

    // Without their logs: the pane reads again every two seconds, and a log
    // (up to 1 MiB) is read only for the attempt shown, once it has ended.
    m_repo = repo;
    const auto tries = repo->attempts(job.id, false);
    const int selected = same && m_attempts->currentItem()
                             ? m_attempts->indexOfTopLevelItem(m_attempts->currentItem())
                             : -1;
    m_tries = tries ? *tries : QList<Attempt>();
    m_attempts->clear();
    for (const Attempt &a : std::as_const(m_tries)) {
        auto *item = new QTreeWidgetItem(
            {QLocale().toString(a.number), a.engine, timeText(a.startedMs),
             a.stoppedMs > 0 ? secondsText(a.startedMs, a.stoppedMs) : tr("running"),
             a.exitCode >= 0 ? QString::number(a.exitCode) : QStringLiteral("–"),
             a.reason.isEmpty() ? a.statusReason : a.reason});
        item->setToolTip(5, item->text(5));
        m_attempts->addTopLevelItem(item);
    }
    m_attempts->setVisible(!job.isArrayParent());
    m_log->setVisible(!job.isArrayParent());
    m_timeline->setJob(job, m_tries, QDateTime::currentMSecsSinceEpoch());
    m_timeline->setVisible(!job.isArrayParent());
    showDependencies(job);
    for (int c = 0; c < 5; ++c)
        m_attempts->resizeColumnToContents(c);
    if (!m_tries.isEmpty())
        m_attempts->setCurrentItem(m_attempts->topLevelItem(
            selected >= 0 && selected < m_tries.size() ? selected : int(m_tries.size()) - 1));
    else {
        m_logKey.clear();
        m_log->setPlainText(job.status == JobStatus::Runnable || job.status == JobStatus::Pending ||
                                    job.status == JobStatus::Submitted
                                ? tr("Not started yet.")
                                : tr("It never ran."));
    }
}

void JobDetailPane::showDependencies(const batch::Job &job)
{
    auto node = [this](const QString &id) {
        DependencyGraph::Node n;
        n.id = id;
        const auto found = m_repo->job(id);
        if (found && *found) {
            const Job &j = **found;
            n.status = j.status;
            n.label = j.arrayIndex >= 0 ? tr("%1 [%2]").arg(j.name).arg(j.arrayIndex) : j.name;
        } else {
            n.label = id;
        }
        return n;
    };
    QList<DependencyGraph::Node> upstream;
    for (const batch::Dependency &d : job.dependsOn)
        if (!d.jobId.isEmpty() && upstream.size() < DependencyGraph::kMaxPerSide + 1) {
            upstream << node(d.jobId);
            if (d.type != batch::DependencyType::Plain)
                upstream.last().label += QLatin1Char(' ') + batch::dependencyTypeName(d.type);
        }
    QList<DependencyGraph::Node> downstream;
    if (const auto ids = m_repo->dependents(job.id, DependencyGraph::kMaxPerSide + 1))
        for (const QString &id : *ids)
            downstream << node(id);
    m_graph->setGraph(node(job.id), upstream, downstream);
    m_graph->setVisible(!m_graph->isEmpty());
}

void JobDetailPane::showAttemptLog()
{
    const int index = m_attempts->indexOfTopLevelItem(m_attempts->currentItem());
    if (index < 0 || index >= m_tries.size())
        return;
    const Attempt &a = m_tries.at(index);
    if (a.stoppedMs == 0) {
        m_logKey.clear();
        m_log->setPlainText(tr("This attempt is running; its log is kept when it ends. To follow "
                               "it now: sloop batch logs %1 -f")
                                .arg(m_id));
        return;
    }
    const QString key = QStringLiteral("%1/%2/%3").arg(m_id).arg(a.number).arg(a.stoppedMs);
    if (key == m_logKey)
        return; // shown already; an ended attempt's log does not change
    m_logKey = key;
    const auto log = m_repo ? m_repo->attemptLog(m_id, a.number) : Result<QByteArray>(QByteArray());
    QString text = log ? QString::fromUtf8(*log) : log.error();
    if (a.logCut)
        text = tr("[The start of this log was cut: the last %1 MiB are kept.]\n")
                   .arg(batch::kLogKeepBytes / (1024 * 1024)) +
               text;
    if (text.isEmpty())
        text = tr("(It wrote nothing.)");
    m_log->setPlainText(text);
}

} // namespace sloop::widgets
