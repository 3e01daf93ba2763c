#pragma once

#include "alarmtypes.h"

#include <QObject>
#include <QSet>

#include <optional>

class QProcess;

namespace sloop::alarms {

// Runs an alarm's command on a state change: `/bin/sh -c COMMAND` with the
// alarm in its environment (SLOOP_ALARM_NAME, _STATE, _PREVIOUS_STATE,
// _REASON, _TARGET, _METRIC, _THRESHOLD, _VALUE), stdin closed, output
// kept up to 4 KiB, killed after the time limit. Nothing waits for it: when
// it ends, `finished` carries the history entry with a note saying how.
//
// The command is the person's own (like a cron line): it runs as them, and
// only the alarm's values reach it, through the environment, never spliced
// into the command text.
class AlarmCommandRunner : public QObject
{
    Q_OBJECT
public:
    explicit AlarmCommandRunner(QObject *parent = nullptr);
    ~AlarmCommandRunner() override; // kills what still runs

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void run(const AlarmDefinition &alarm, const AlarmHistoryEntry &entry,
             std::optional<double> value);
    int running() const { return int(m_running.size()); }

Q_SIGNALS:
    void finished(const sloop::alarms::AlarmHistoryEntry &entry);

private:
    int m_timeoutMs = 30000;
    QSet<QProcess *> m_running;
};

} // namespace sloop::alarms
