#include "batchjobmodel.h"

#include "common/tones.h"

#include <QDateTime>
#include <QLocale>

namespace sloop::models {

using batch::Job;
using batch::JobStatus;

QString statusText(JobStatus status)
{
    switch (status) {
    case JobStatus::Submitted:
        return BatchJobModel::tr("Submitted");
    case JobStatus::Pending:
        return BatchJobModel::tr("Pending");
    case JobStatus::Runnable:
        return BatchJobModel::tr("Runnable");
    case JobStatus::Starting:
        return BatchJobModel::tr("Starting");
    case JobStatus::Running:
        return BatchJobModel::tr("Running");
    case JobStatus::Succeeded:
        return BatchJobModel::tr("Succeeded");
    case JobStatus::Failed:
        return BatchJobModel::tr("Failed");
    }
    return {};
}

QColor statusColor(JobStatus status)
{
    switch (status) {
    case JobStatus::Succeeded:
        return toneColor(Tone::Ok);
    case JobStatus::Failed:
        return toneColor(Tone::Error);
    case JobStatus::Starting:
    case JobStatus::Running:
        return toneColor(Tone::Info);
    case JobStatus::Runnable:
        return toneColor(Tone::Warning);
    case JobStatus::Submitted:
    case JobStatus::Pending:
        break;
    }
    return toneColor(Tone::Muted);
}

QString summaryText(const batch::StatusSummary &summary)
{
    QStringList parts;
    for (JobStatus s : batch::allStatuses())
        if (summary.value(s) > 0)
            parts << BatchJobModel::tr("%1 %2").arg(QLocale().toString(summary.value(s)),
                                                    statusText(s).toLower());
    return parts.join(QStringLiteral(", "));
}

BatchJobModel::BatchJobModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BatchJobModel::setSource(Reader reader, Counter counter)
{
    beginResetModel();
    m_reader = std::move(reader);
    m_counter = std::move(counter);
    m_total = m_counter ? m_counter() : 0;
    Page first = m_reader ? m_reader(0, kPage) : Page();
    m_jobs = first.jobs;
    m_summaries = first.summaries;
    endResetModel();
}

void BatchJobModel::refresh()
{
    if (!m_reader)
        return;
    m_total = m_counter ? m_counter() : 0;
    const Page page = m_reader(0, qMax(kPage, int(m_jobs.size())));
    // New jobs come in at the top (newest first): insert those, then
    // compare the rest in place.
    qsizetype fresh = 0;
    const QString firstKnown = m_jobs.isEmpty() ? QString() : m_jobs.first().id;
    while (fresh < page.jobs.size() && page.jobs.at(fresh).id != firstKnown)
        ++fresh;
    if (fresh == page.jobs.size() && !m_jobs.isEmpty()) {
        // The first row is gone (removed or filtered out): start again.
        beginResetModel();
        m_jobs = page.jobs;
        m_summaries = page.summaries;
        endResetModel();
        return;
    }
    if (fresh > 0) {
        beginInsertRows({}, 0, int(fresh) - 1);
        m_jobs = page.jobs.mid(0, fresh) + m_jobs;
        endInsertRows();
    }
    int changedFrom = -1;
    int changedTo = -1;
    for (qsizetype i = fresh; i < page.jobs.size() && i < m_jobs.size(); ++i) {
        const Job &now = page.jobs.at(i);
        Job &shown = m_jobs[i];
        if (now.id != shown.id)
            break;
        const bool summaryChanged = m_summaries.value(now.id) != page.summaries.value(now.id);
        if (now.status == shown.status && now.statusReason == shown.statusReason &&
            now.attemptCount == shown.attemptCount && !summaryChanged)
            continue;
        shown = now;
        if (changedFrom < 0)
            changedFrom = int(i);
        changedTo = int(i);
    }
    m_summaries = page.summaries;
    if (changedFrom >= 0)
        Q_EMIT dataChanged(index(changedFrom, 0), index(changedTo, ColumnCount - 1));
}

const Job *BatchJobModel::job(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

int BatchJobModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_jobs.size(); ++row)
        if (m_jobs.at(row).id == id)
            return row;
    return -1;
}

int BatchJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int BatchJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BatchJobModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reader && m_jobs.size() < m_total;
}

void BatchJobModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const Page more = m_reader(int(m_jobs.size()), kPage);
    if (more.jobs.isEmpty()) {
        m_total = int(m_jobs.size());
        return;
    }
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size() + more.jobs.size()) - 1);
    m_jobs += more.jobs;
    for (auto it = more.summaries.cbegin(); it != more.summaries.cend(); ++it)
        m_summaries.insert(it.key(), it.value());
    endInsertRows();
}

QVariant BatchJobModel::data(const QModelIndex &index, int role) const
{
    const Job *j = job(index.row());
    if (!j)
        return {};
    if (role == IdRole)
        return j->id;
    if (role == StatusRole)
        return int(j->status);
    if (role == Qt::ForegroundRole && index.column() == Status)
        return statusColor(j->status);
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return j->statusReason;
    if (role == Qt::TextAlignmentRole && index.column() == Attempts)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return j->arrayIndex >= 0 ? tr("%1 [%2]").arg(j->name).arg(j->arrayIndex) : j->name;
    case Status:
        return statusText(j->status);
    case Queue:
        return j->queue;
    case Created: {
        // Today's by the time alone: the column stays one line.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(j->createdMs);
        return at.date() == QDate::currentDate()
                   ? QLocale().toString(at.time(), QLocale::ShortFormat)
                   : QLocale().toString(at, QLocale::ShortFormat);
    }
    case Attempts:
        return j->isArrayParent() ? QString() : QLocale().toString(j->attemptCount);
    case Reason:
        if (j->isArrayParent())
            return tr("Array of %1: %2")
                .arg(QLocale().toString(j->arraySize), summaryText(m_summaries.value(j->id)));
        return j->statusReason;
    case Id:
        return j->id;
    }
    return {};
}

QVariant BatchJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Job");
    case Status:
        return tr("Status");
    case Queue:
        return tr("Queue");
    case Created:
        return tr("Submitted");
    case Attempts:
        return tr("Attempts");
    case Reason:
        return tr("Reason");
    case Id:
        return tr("Job ID");
    }
    return {};
}

} // namespace sloop::models
