#pragma once

#include "batch/batchtypes.h"

#include <QAbstractTableModel>

#include <functional>

namespace sloop::models {

// One page of a queue's jobs (newest first) for the Batch page, read from
// the store as the view scrolls (canFetchMore/fetchMore), so 10,000 jobs
// cost what the screen shows. refresh() reads the rows already loaded again
// in one batch and reports only those that changed.
class BatchJobModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Status,
        Queue,
        Created,
        Attempts,
        Reason,
        Id,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole,
        StatusRole, // the JobStatus as an int
    };
    struct Page
    {
        QList<batch::Job> jobs;
        QHash<QString, batch::StatusSummary> summaries; // of array parents
    };
    // Reads `limit` jobs from `offset` as the filter in force says.
    using Reader = std::function<Page(int offset, int limit)>;
    using Counter = std::function<int()>;

    explicit BatchJobModel(QObject *parent = nullptr);
    static constexpr int kPage = 200;

    // A new filter: the rows start again from the first page.
    void setSource(Reader reader, Counter counter);
    // The rows loaded so far, read again; new jobs at the top come in.
    void refresh();
    int total() const { return m_total; }
    const batch::Job *job(int row) const;
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Reader m_reader;
    Counter m_counter;
    QList<batch::Job> m_jobs;
    QHash<QString, batch::StatusSummary> m_summaries;
    int m_total = 0;
};

// For people: "RUNNABLE" → "Runnable"; and a status's tone.
QString statusText(batch::JobStatus status);
QColor statusColor(batch::JobStatus status);
// "4 succeeded, 2 running" of an array's children.
QString summaryText(const batch::StatusSummary &summary);

} // namespace sloop::models
