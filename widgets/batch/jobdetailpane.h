#pragma once

#include "batch/batchtypes.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace sloop::batch {
class BatchRepository;
}

namespace sloop::widgets {

class ArrayGrid;
class DependencyGraph;
class JobTimeline;

// One job on the Batch page: what it runs, where it stands and why, its
// attempts with each one's log, its timeline, what it waits for and what
// waits for it as a small graph, and an array's children as a grid (click a
// child or a job in the graph to open it).
class JobDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit JobDetailPane(QWidget *parent = nullptr);
    // Shows the job (read again from the store); an empty id clears the pane.
    void showJob(batch::BatchRepository *repo, const QString &id);
    QString jobId() const { return m_id; }

Q_SIGNALS:
    void openJob(const QString &id);

private:
    void showAttemptLog();
    void showDependencies(const batch::Job &job);

    QString m_id;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_facts;
    JobTimeline *m_timeline;
    DependencyGraph *m_graph;
    QLabel *m_arrayTitle;
    ArrayGrid *m_grid;
    QTreeWidget *m_attempts;
    QPlainTextEdit *m_log;
    QList<batch::Attempt> m_tries;
    batch::BatchRepository *m_repo = nullptr;
    QString m_logKey; // the attempt whose log is shown: job/attempt/stoppedMs
    batch::JobStatus m_jobStatus = batch::JobStatus::Submitted;
};

} // namespace sloop::widgets
