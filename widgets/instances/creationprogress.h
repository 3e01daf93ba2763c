#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace sloop::instances {
class InstanceOperation;
class InstanceService;
} // namespace sloop::instances

namespace sloop {
class JobView;
}

namespace sloop::widgets {

// After Create: one tab per instance with its job's steps and log. Cancel
// stops the shown instance's job; a failed one offers Retry (from the step
// that failed) and Delete. The jobs belong to the service: closing the
// wizard leaves them running, and the Instances page shows them.
class CreationProgress : public QWidget
{
    Q_OBJECT
public:
    explicit CreationProgress(instances::InstanceService *service, QWidget *parent = nullptr);

    void setJobs(const QList<instances::InstanceOperation *> &jobs);
    JobView *view(int index) const;
    int count() const;
    bool allDone() const;
    bool anyRunning() const;

    void cancelCurrent();
    void retryCurrent();
    void deleteCurrent();

Q_SIGNALS:
    void stateChanged();

private:
    void watch(JobView *view, instances::InstanceOperation *job);
    void updateButtons();
    void updateTab(int index);

    instances::InstanceService *m_service;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QLabel *m_message;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_delete;
    QList<JobView *> m_views;
};

} // namespace sloop::widgets
