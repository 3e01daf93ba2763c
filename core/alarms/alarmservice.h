#pragma once

#include "alarmevaluator.h"
#include "alarmtypes.h"
#include "controlplane/ownerservice.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace sloop::metrics {
class MetricStore;
struct Target;
} // namespace sloop::metrics

namespace sloop::alarms {

class AlarmRepository;
class AlarmCommandRunner;

// Evaluates the enabled alarms against the metric store and keeps their
// state, CloudWatch style. Periods are aligned to the Unix epoch (a 5-minute
// alarm's periods start at :00, :05, ...); a period counts once it has
// ended plus a short settling time for late batches. On a state change the
// state and a history entry are written in one transaction, stateChanged is
// emitted and the alarm's command, if any, is started (never awaited).
//
// The CRUD calls go through here, not the repository, so that pages and
// the evaluation see the same alarms and hear alarmsChanged().
//
// Thread-safety: lives on the thread of the Database and MetricStore.
class AlarmService : public QObject, public OwnerService
{
    Q_OBJECT
public:
    // `store` may be null: nothing is evaluated then (the CLI edits alarms).
    AlarmService(AlarmRepository *repo, metrics::MetricStore *store, QObject *parent = nullptr);
    ~AlarmService() override;

    void setIntervalSeconds(int seconds); // how often due alarms are looked at; default 10
    int intervalSeconds() const { return m_timer.interval() / 1000; }
    void setSettleMs(qint64 ms) { m_settleMs = ms; } // default 2000
    void setCommandTimeoutMs(int ms);                // default 30000

    // Evaluates every interval the alarms whose newest period just ended.
    void start() override;
    void stop() override;
    bool isRunning() const { return m_timer.isActive(); }
    // Evaluates every enabled alarm as of `nowMs` (tests; the timer uses it too).
    void evaluateNow(qint64 nowMs);

    Result<QList<AlarmDefinition>> alarms() const;
    Result<std::optional<AlarmDefinition>> find(const QString &name) const;
    Result<AlarmDefinition> addAlarm(const AlarmDefinition &alarm);
    Result<AlarmDefinition> updateAlarm(const AlarmDefinition &alarm);
    VoidResult removeAlarm(const QString &name);
    Result<QList<AlarmHistoryEntry>> history(const QString &name = {}, int limit = 100) const;
    // History is kept 30 days, as CloudWatch keeps it; older entries go once
    // a day while the service runs. Returns how many went.
    static constexpr qint64 kHistoryKeptMs = 30LL * 24 * 3600 * 1000;
    int pruneHistory(qint64 nowMs);

    // The default alarms for a target (see defaultAlarmsFor); those that
    // exist already (same name, or the same target and metric) are skipped.
    // Returns the alarms it added: none when called again.
    Result<QList<AlarmDefinition>> addDefaultsFor(const metrics::Target &target);
    // Hosts: "NAME CPU over 80%" (avg > 80, 3 of 3 × 5 min), "NAME status check
    // failed" (max >= 1, 1 of 1 × 1 min, missing data breaching: a silent host
    // is a failing one), "NAME disk over 90%" (max > 90, 1 of 1 × 5 min).
    // Containers have no status check or disk figure of their own: CPU and
    // "NAME memory over 90%" instead. Engines: none.
    static QList<AlarmDefinition> defaultAlarmsFor(const metrics::Target &target);

    // Targets the store has data for, and those alarms watch; sorted.
    QStringList knownTargets() const;
    // The worst state of a target's enabled alarms for overview cards:
    // 0 OK (or no alarm), 1 insufficient data, 2 alarm.
    int targetState(const QString &targetKey) const;

    // Commands started and not finished yet (tests wait for 0).
    int runningCommands() const;

Q_SIGNALS:
    void stateChanged(const sloop::alarms::AlarmDefinition &alarm, sloop::alarms::AlarmState from,
                      const sloop::alarms::AlarmHistoryEntry &entry);
    void alarmsChanged(); // added, changed or removed
    // An alarm's command ended; `entry.note` says how.
    void commandFinished(const sloop::alarms::AlarmHistoryEntry &entry);

private:
    void evaluateDue();
    void evaluate(AlarmDefinition alarm, qint64 nowMs);
    // The newest complete period's end as of `nowMs`.
    qint64 newestPeriodEnd(const AlarmDefinition &alarm, qint64 nowMs) const;
    // One statistic per period of the alarm's evaluation range, oldest first
    // (alarmperiods.cpp).
    Result<QList<std::optional<double>>> periodStatistics(const AlarmDefinition &alarm,
                                                          qint64 newestEndMs) const;
    void refreshStates();

    AlarmRepository *m_repo;
    metrics::MetricStore *m_store;
    AlarmCommandRunner *m_commands;
    QTimer m_timer;
    qint64 m_settleMs = 2000;
    qint64 m_prunedMs = 0;                // when history was last pruned
    QHash<qint64, qint64> m_evaluatedEnd; // alarm id -> newest period end evaluated
    QHash<QString, int> m_targetStates;   // cached for targetState()
};

} // namespace sloop::alarms
