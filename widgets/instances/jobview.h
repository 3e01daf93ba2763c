#pragma once

#include <QPointer>
#include <QWidget>

class QListWidget;
class QPlainTextEdit;

namespace sloop::instances {
class InstanceJob;
}

namespace sloop {

// The live progress of an instance job: its steps with their state, and
// the log of the chosen step (the running one by default), as it comes.
class JobView : public QWidget
{
    Q_OBJECT
public:
    explicit JobView(QWidget *parent = nullptr);

    void setJob(instances::InstanceJob *job);
    instances::InstanceJob *job() const { return m_job; }

private:
    void rebuild();
    void showStep(int index);

    QPointer<instances::InstanceJob> m_job;
    QListWidget *m_steps;
    QPlainTextEdit *m_log;
};

} // namespace sloop
