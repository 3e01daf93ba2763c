#include "historypane.h"

#include "instances/instanceoperation.h"
#include "instances/instancerepository.h"
#include "instances/instanceservice.h"
#include "jobview.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

HistoryPane::HistoryPane(instances::InstanceService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_jobTitle(new QLabel)
    , m_jobView(new JobView)
    , m_events(new QTreeWidget)
    , m_log(new QPlainTextEdit)
    , m_empty(new QLabel(tr("Nothing has been done to this instance yet.")))
{
    setObjectName(QStringLiteral("historyPane"));
    m_jobView->setObjectName(QStringLiteral("historyJobView"));
    m_jobView->setMinimumHeight(160);
    m_events->setObjectName(QStringLiteral("historyEvents"));
    m_events->setAccessibleName(tr("History"));
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({tr("Time"), tr("Action"), tr("Result")});
    m_events->header()->setStretchLastSection(true);
    m_events->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_events, &QTreeWidget::currentItemChanged, this, [this] {
        showEventLog(
            m_events->currentItem() ? m_events->indexOfTopLevelItem(m_events->currentItem()) : -1);
    });
    m_log->setObjectName(QStringLiteral("historyLog"));
    m_log->setAccessibleName(tr("Log of the chosen action"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Choose an action to see its log."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_events);
    split->addWidget(m_log);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_jobTitle);
    layout->addWidget(m_jobView, 1);
    layout->addWidget(m_empty);
    layout->addWidget(split, 2);
    m_jobTitle->hide();
    m_jobView->hide();

    if (m_service) {
        connect(m_service, &instances::InstanceService::operationStarted, this,
                [this](instances::InstanceOperation *job) {
                    if (job->instanceName().compare(m_name, Qt::CaseInsensitive) == 0)
                        showJob(job);
                });
    }
}

void HistoryPane::showInstance(const QString &name)
{
    if (name.compare(m_name, Qt::CaseInsensitive) != 0) {
        m_name = name;
        showJob(m_service ? m_service->operation(name) : nullptr);
    }
    reload();
}

void HistoryPane::showJob(instances::InstanceOperation *job)
{
    m_jobView->setJob(job);
    const bool shown = job != nullptr;
    m_jobTitle->setVisible(shown);
    m_jobView->setVisible(shown);
    if (!job)
        return;
    m_jobTitle->setText(tr("<b>Now: %1</b>").arg(job->action().toHtmlEscaped()));
    connect(
        job, &instances::InstanceOperation::finished, this, [this, job](bool ok, const QString &) {
            if (m_jobView->operation() != job)
                return;
            m_jobTitle->setText(ok ? tr("<b>%1: done</b>").arg(job->action().toHtmlEscaped())
                                   : tr("<b>%1: failed</b>").arg(job->action().toHtmlEscaped()));
            reload();
        });
}

void HistoryPane::reload()
{
    m_events->clear();
    m_logs.clear();
    m_log->clear();
    if (!m_service || m_name.isEmpty())
        return;
    const auto events = m_service->repository().events(m_name);
    if (!events) {
        m_log->setPlainText(events.error());
        return;
    }
    // Newest first: what just happened is what people look for.
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        const QString time =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(it->timeMs), QLocale::ShortFormat);
        auto *item = new QTreeWidgetItem({time, it->action, it->ok ? tr("ok") : tr("failed")});
        item->setIcon(2, style()->standardIcon(it->ok ? QStyle::SP_DialogApplyButton
                                                      : QStyle::SP_MessageBoxCritical));
        item->setToolTip(
            0, QLocale().toString(QDateTime::fromMSecsSinceEpoch(it->timeMs), QLocale::LongFormat));
        m_events->addTopLevelItem(item);
        m_logs.append(it->log);
    }
    m_empty->setVisible(events->isEmpty());
    if (m_events->topLevelItemCount() > 0)
        m_events->setCurrentItem(m_events->topLevelItem(0));
}

void HistoryPane::showEventLog(int row)
{
    const QString log = m_logs.value(row);
    m_log->setPlainText(row >= 0 && log.isEmpty() ? tr("(no output)") : log);
}

QString HistoryPane::shownLog() const
{
    return m_log->toPlainText();
}

} // namespace sloop::widgets
