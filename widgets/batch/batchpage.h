#pragma once

#include "common/prompter.h"
#include "util/result.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace sloop {
class ControlPlane;
}

namespace sloop::batch {
class BatchRepository;
struct ComputeEnvironment;
} // namespace sloop::batch

namespace sloop::models {
class BatchJobModel;
}

namespace sloop::widgets {

class JobDetailPane;
class QueueDepthChart;
class NoticeBanner;

// Batch: jobs that start, work and finish, as AWS Batch runs them. Tabs for
// the jobs (filtered by queue and status, searched, paged from the store,
// cancel and terminate on a selection, one job's attempts and log), the
// queues with their counts, the compute environments with what they use of
// their maximum, the job definitions and the fair-share scheduling policies. Submitting and the
// word-count sample are one click each; the owner of the data folder runs the jobs.
class BatchPage : public QWidget
{
    Q_OBJECT
public:
    explicit BatchPage(ControlPlane *plane, QWidget *parent = nullptr);
    ~BatchPage() override;
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

    static constexpr int kRefreshMs = 2000;

public Q_SLOTS:
    void submitJob();
    // Learn's "try it": an array of 10 children counting words in 10 files.
    void startSample();
    void refresh();
    void openJob(const QString &id);

Q_SIGNALS:
    void learnRequested(const QString &card);

private:
    QWidget *buildEmptyState();
    QWidget *buildJobsTab();
    QWidget *buildQueuesTab();
    QWidget *buildEnvironmentsTab();
    QWidget *buildDefinitionsTab();
    QWidget *buildPoliciesTab(); // batchpoliciestab.cpp
    void applyFilter();
    void showQueues();
    void showEnvironments();
    void showDefinitions();
    void showPolicies();
    void showQueueDepth(); // the chart, for the selected queue or all
    void showCurrentJob();
    void stopSelected(bool terminate);
    void createEnvironment();
    void addEnvironment(const batch::ComputeEnvironment &environment);
    void createQueue();
    void registerDefinition();
    void createPolicy();
    void editPolicy();
    void toldOwner();
    QStringList selectedJobs() const;
    QString currentName(QTableWidget *table) const;
    // Runs `change` on the selected row's name (after `question`, when
    // given), says a failure under `failure`, and tells the owner.
    void actOnSelected(QTableWidget *table, const QString &failure,
                       const std::function<VoidResult(const QString &)> &change,
                       const std::function<Confirmation(const QString &)> &question = {});

    ControlPlane *m_plane;
    std::unique_ptr<batch::BatchRepository> m_repo;
    Prompter *m_prompter = nullptr;
    NoticeBanner *m_problem;
    NoticeBanner *m_owner;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    models::BatchJobModel *m_jobs;
    QTableView *m_jobView;
    QComboBox *m_queueFilter;
    QComboBox *m_statusFilter;
    QLineEdit *m_search;
    QLabel *m_shown;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    QPushButton *m_terminate;
    JobDetailPane *m_detail;
    QTableWidget *m_queues;
    QTableWidget *m_environments;
    QTableWidget *m_definitions;
    QTableWidget *m_policies;
    QueueDepthChart *m_depth = nullptr;
    qint64 m_depthShownMs = 0;
    QString m_depthQueue;
    QTimer m_refresh;
    QTimer m_soon;
};

} // namespace sloop::widgets
