#include "instanceoperation.h"

namespace sloop::instances {

namespace {
// A step's log is kept whole up to this size; beyond it the middle goes, as
// the start (what ran) and the end (why it failed) are what people read.
constexpr qsizetype kMaxStepLog = 512 * 1024;
} // namespace

InstanceOperation::InstanceOperation(QString instanceName, QString action, QObject *parent)
    : QObject(parent)
    , m_instance(std::move(instanceName))
    , m_action(std::move(action))
{
}

void InstanceOperation::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_onCancel)
        m_onCancel();
}

int InstanceOperation::addStep(const QString &title)
{
    m_steps.append(Step{title, Waiting, {}});
    const int index = int(m_steps.size()) - 1;
    Q_EMIT stepAdded(index);
    return index;
}

void InstanceOperation::setStep(int index, StepState state)
{
    if (index < 0 || index >= m_steps.size() || m_steps[index].state == state)
        return;
    m_steps[index].state = state;
    if (state == Failed)
        m_failedStep = index;
    if (state == Running)
        m_log += QStringLiteral("==> %1\n").arg(m_steps[index].title);
    Q_EMIT stepChanged(index);
}

void InstanceOperation::appendLog(int index, const QString &text)
{
    if (text.isEmpty())
        return;
    if (index >= 0 && index < m_steps.size()) {
        QString &log = m_steps[index].log;
        log += text;
        if (log.size() > kMaxStepLog)
            log = log.left(kMaxStepLog / 4) + QStringLiteral("\n[... output cut ...]\n") +
                  log.right(kMaxStepLog / 2);
    }
    m_log += text;
    if (m_log.size() > 4 * kMaxStepLog)
        m_log = m_log.left(kMaxStepLog) + QStringLiteral("\n[... output cut ...]\n") +
                m_log.right(2 * kMaxStepLog);
    Q_EMIT logAppended(index, text);
}

void InstanceOperation::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_error = error;
    if (!error.isEmpty())
        m_log += QStringLiteral("\n%1\n").arg(error);
    for (Step &step : m_steps)
        if (step.state == Waiting || step.state == Running)
            step.state = error.isEmpty() ? Succeeded : Skipped;
    Q_EMIT finished(error.isEmpty(), error);
}

} // namespace sloop::instances
