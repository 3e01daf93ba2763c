#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace sloop::instances {
class InstanceOperation;
}

namespace sloop {

// The live progress of an instance job: its steps with a state icon and
// the time each took (the running one counting), and the log of the chosen
// step in a monospace pane, as it comes. Follows the running step unless
// the person picks another one to read.
class JobView : public QWidget
{
    Q_OBJECT
public:
    explicit JobView(QWidget *parent = nullptr);

    void setJob(instances::InstanceOperation *job);
    instances::InstanceOperation *operation() const { return m_job; }
    // What the view last knew of its job: the service deletes finished jobs
    // a while later, and the view goes on showing them.
    const QString &instanceName() const { return m_instance; }
    const QString &action() const { return m_action; }
    bool isRunning() const { return m_running; }
    bool hasFailed() const { return m_failed; }

    // For tests and the screenshots.
    QTreeWidget *stepList() const { return m_steps; }
    QPlainTextEdit *logView() const { return m_log; }
    QString statusText() const;
    bool isFollowing() const;

private:
    void addStep(int index);
    void updateStep(int index);
    void showStep(int index);
    void appendLog(int index, const QString &text);
    void updateStatus();
    void tick();

    QPointer<instances::InstanceOperation> m_job;
    QLabel *m_status;
    QTreeWidget *m_steps;
    QLabel *m_logTitle;
    QCheckBox *m_follow;
    QPlainTextEdit *m_log;
    QTimer m_ticker;
    QElapsedTimer m_jobClock;
    QHash<int, QElapsedTimer> m_started; // steps seen running
    QHash<int, qint64> m_tookMs;         // steps seen ending
    qint64 m_jobMs = -1;                 // when the job ended
    QString m_instance;
    QString m_action;
    bool m_running = false;
    bool m_failed = false;
    int m_shown = -1;
    bool m_selecting = false;
};

} // namespace sloop
