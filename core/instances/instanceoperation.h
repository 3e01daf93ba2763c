#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace sloop::instances {

// The visible progress of one long action on an instance (create, retry,
// restore, firewall change): an ordered list of steps, each with its state
// and its own log, and the whole log. Made and driven by InstanceService;
// the wizard's progress page and the instance's history tab show it.
class InstanceOperation : public QObject
{
    Q_OBJECT
public:
    enum StepState
    {
        Waiting,
        Running,
        Succeeded,
        Failed,
        Skipped,
    };
    Q_ENUM(StepState)

    struct Step
    {
        QString title;
        StepState state = Waiting;
        QString log;
    };

    InstanceOperation(QString instanceName, QString action, QObject *parent = nullptr);

    const QString &instanceName() const { return m_instance; }
    const QString &action() const { return m_action; } // "create", "retry"...
    const QList<Step> &steps() const { return m_steps; }
    QString log() const { return m_log; }
    bool isRunning() const { return m_running; }
    bool succeeded() const { return !m_running && m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    int failedStep() const { return m_failedStep; }

    void cancel();

    // For the service driving it.
    int addStep(const QString &title);
    void setStep(int index, StepState state);
    void appendLog(int index, const QString &text);
    void finish(const QString &error); // empty: success
    void setCancelHandler(std::function<void()> handler) { m_onCancel = std::move(handler); }
    bool cancelRequested() const { return m_cancelRequested; }

Q_SIGNALS:
    void stepAdded(int index);
    void stepChanged(int index);
    void logAppended(int index, const QString &text);
    void finished(bool ok, const QString &error);

private:
    QString m_instance;
    QString m_action;
    QList<Step> m_steps;
    QString m_log;
    QString m_error;
    int m_failedStep = -1;
    bool m_running = true;
    bool m_cancelRequested = false;
    std::function<void()> m_onCancel;
};

} // namespace sloop::instances
