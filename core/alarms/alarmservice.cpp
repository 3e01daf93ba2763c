#include "alarmservice.h"

#include "alarmcommandrunner.h"
#include "alarmrepository.h"
#include "alarmslogging.h"
#include "alarmstext.h"

#include "metrics/metricnames.h"
#include "metrics/metricpoint.h"

#include <QDateTime>
#include <QSet>

namespace sloop::alarms {

namespace {

int severity(AlarmState s)
{
    switch (s) {
    case AlarmState::Ok:
        return 0;
    case AlarmState::InsufficientData:
        return 1;
    case AlarmState::Alarm:
        return 2;
    }
    return 0;
}

} // namespace

AlarmService::AlarmService(AlarmRepository *repo, metrics::MetricStore *store, QObject *parent)
    : QObject(parent)
    , m_repo(repo)
    , m_store(store)
    , m_commands(new AlarmCommandRunner(this))
{
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &AlarmService::evaluateDue);
    connect(
        m_commands, &AlarmCommandRunner::finished, this, [this](const AlarmHistoryEntry &entry) {
            if (const VoidResult noted = m_repo->setHistoryNote(entry.id, entry.note); !noted)
                qCWarning(lcAlarms).noquote() << "cannot note the command's end:" << noted.error();
            Q_EMIT commandFinished(entry);
        });
    refreshStates();
}

AlarmService::~AlarmService() = default;

void AlarmService::setIntervalSeconds(int seconds)
{
    m_timer.setInterval(std::clamp(seconds, 1, 3600) * 1000);
}

void AlarmService::setCommandTimeoutMs(int ms)
{
    m_commands->setTimeoutMs(std::max(100, ms));
}

void AlarmService::start()
{
    m_timer.start();
    evaluateDue();
}

void AlarmService::stop()
{
    m_timer.stop();
}

int AlarmService::runningCommands() const
{
    return m_commands->running();
}

int AlarmService::pruneHistory(qint64 nowMs)
{
    m_prunedMs = nowMs;
    const Result<int> removed = m_repo->pruneHistory(nowMs - kHistoryKeptMs);
    if (!removed) {
        qCWarning(lcAlarms).noquote() << "cannot prune the alarm history:" << removed.error();
        return 0;
    }
    if (*removed > 0)
        qCInfo(lcAlarms) << "alarm history: removed" << *removed << "entries older than 30 days";
    return *removed;
}

qint64 AlarmService::newestPeriodEnd(const AlarmDefinition &alarm, qint64 nowMs) const
{
    const qint64 periodMs = qint64(std::max(1, alarm.periodSeconds)) * 1000;
    const qint64 settled = nowMs - m_settleMs;
    // Floor division that also holds before the epoch (tests use small times).
    qint64 n = settled / periodMs;
    if (settled < 0 && settled % periodMs != 0)
        --n;
    return n * periodMs;
}

void AlarmService::evaluateDue()
{
    if (!m_store)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_prunedMs >= 24LL * 3600 * 1000)
        pruneHistory(now);
    const auto all = m_repo->list();
    if (!all) {
        qCWarning(lcAlarms).noquote() << "cannot read the alarms:" << all.error();
        return;
    }
    for (const AlarmDefinition &a : all.value()) {
        if (!a.enabled)
            continue;
        const qint64 end = newestPeriodEnd(a, now);
        if (m_evaluatedEnd.value(a.id, -1) == end)
            continue;
        evaluate(a, now);
    }
}

void AlarmService::evaluateNow(qint64 nowMs)
{
    if (!m_store)
        return;
    const auto all = m_repo->list();
    if (!all) {
        qCWarning(lcAlarms).noquote() << "cannot read the alarms:" << all.error();
        return;
    }
    for (const AlarmDefinition &a : all.value()) {
        if (a.enabled)
            evaluate(a, nowMs);
    }
}

void AlarmService::evaluate(AlarmDefinition alarm, qint64 nowMs)
{
    const qint64 end = newestPeriodEnd(alarm, nowMs);
    const auto periods = periodStatistics(alarm, end);
    if (!periods) {
        // A store that cannot answer says nothing about the target: keep the
        // state and try again next time.
        qCWarning(lcAlarms).noquote()
            << "alarm" << alarm.name << "not evaluated:" << periods.error();
        return;
    }
    m_evaluatedEnd.insert(alarm.id, end);
    const Evaluation e = evaluateAlarm(alarm, periods.value());
    qCDebug(lcAlarms).noquote() << "alarm" << alarm.name << toString(e.state) << e.reason;
    if (e.state == alarm.state)
        return;

    const AlarmState from = alarm.state;
    AlarmHistoryEntry entry;
    entry.alarmId = alarm.id;
    entry.alarmName = alarm.name;
    entry.timeMs = nowMs;
    entry.from = from;
    entry.to = e.state;
    entry.reason = e.reason;
    const auto recorded = m_repo->recordTransition(entry);
    if (!recorded) {
        qCWarning(lcAlarms).noquote()
            << "alarm" << alarm.name << "changed state but it cannot be saved:" << recorded.error();
        return;
    }
    alarm.state = e.state;
    alarm.stateReason = e.reason;
    alarm.stateSinceMs = nowMs;
    qCInfo(lcAlarms).noquote() << "alarm" << alarm.name << toString(from) << "->"
                               << toString(e.state) << e.reason;
    refreshStates();
    Q_EMIT stateChanged(alarm, from, recorded.value());
    if (!alarm.command.trimmed().isEmpty())
        m_commands->run(alarm, recorded.value(), e.value);
}

Result<QList<AlarmDefinition>> AlarmService::alarms() const
{
    return m_repo->list();
}

Result<std::optional<AlarmDefinition>> AlarmService::find(const QString &name) const
{
    return m_repo->find(name);
}

Result<AlarmDefinition> AlarmService::addAlarm(const AlarmDefinition &alarm)
{
    const auto added = m_repo->add(alarm);
    if (added) {
        refreshStates();
        Q_EMIT alarmsChanged();
    }
    return added;
}

Result<AlarmDefinition> AlarmService::updateAlarm(const AlarmDefinition &alarm)
{
    const auto updated = m_repo->update(alarm);
    if (updated) {
        // A changed definition is looked at again at the next tick.
        m_evaluatedEnd.remove(alarm.id);
        refreshStates();
        Q_EMIT alarmsChanged();
    }
    return updated;
}

VoidResult AlarmService::removeAlarm(const QString &name)
{
    const auto found = m_repo->find(name);
    const VoidResult removed = m_repo->remove(name);
    if (removed) {
        if (found && found->has_value())
            m_evaluatedEnd.remove(found->value().id);
        refreshStates();
        Q_EMIT alarmsChanged();
    }
    return removed;
}

Result<QList<AlarmHistoryEntry>> AlarmService::history(const QString &name, int limit) const
{
    return m_repo->history(name, limit);
}

QList<AlarmDefinition> AlarmService::defaultAlarmsFor(const metrics::Target &target)
{
    namespace n = metrics::names;
    QList<AlarmDefinition> out;
    if (target.kind == metrics::TargetKind::Engine)
        return out;
    const QString who = target.kind == metrics::TargetKind::Host ? target.name : target.label();
    auto make = [&](const QString &name, QLatin1StringView metric, metrics::Statistic s,
                    Comparison c, double threshold, int periodSeconds, int n, int m,
                    MissingData missing) {
        AlarmDefinition a;
        a.name = name;
        a.target = target.key();
        a.metric = metric;
        a.statistic = s;
        a.comparison = c;
        a.threshold = threshold;
        a.periodSeconds = periodSeconds;
        a.evaluationPeriods = n;
        a.datapointsToAlarm = m;
        a.missingData = missing;
        out.append(a);
    };
    if (target.kind == metrics::TargetKind::Api) {
        // Any 5xx answer: the API's own failures, not its callers'.
        make(AlarmsText::tr("%1 5xx errors").arg(who), n::kApi5xx, metrics::Statistic::Maximum,
             Comparison::GreaterOrEqual, 1, 60, 1, 1, MissingData::NotBreaching);
        return out;
    }
    if (target.kind == metrics::TargetKind::Service) {
        // ECS's "running below desired": any task missing for two minutes.
        make(AlarmsText::tr("%1 tasks missing").arg(who), n::kTasksMissing,
             metrics::Statistic::Minimum, Comparison::GreaterOrEqual, 1, 60, 2, 2,
             MissingData::Missing);
        return out;
    }
    if (target.kind == metrics::TargetKind::Function) {
        // As Lambda's console recommends: any error, any throttle. Minutes
        // without invocations have no points and leave the alarm as it is.
        make(AlarmsText::tr("%1 errors").arg(who), n::kErrors, metrics::Statistic::Maximum,
             Comparison::GreaterOrEqual, 1, 60, 1, 1, MissingData::NotBreaching);
        make(AlarmsText::tr("%1 throttled").arg(who), n::kThrottles, metrics::Statistic::Maximum,
             Comparison::GreaterOrEqual, 1, 60, 1, 1, MissingData::NotBreaching);
        return out;
    }
    make(AlarmsText::tr("%1 CPU over 80%").arg(who), n::kCpu, metrics::Statistic::Average,
         Comparison::Greater, 80, 300, 3, 3, MissingData::Missing);
    if (target.kind == metrics::TargetKind::Host) {
        make(AlarmsText::tr("%1 status check failed").arg(who), n::kStatusCheckFailed,
             metrics::Statistic::Maximum, Comparison::GreaterOrEqual, 1, 60, 1, 1,
             MissingData::Breaching);
        make(AlarmsText::tr("%1 disk over 90%").arg(who), n::kDisk, metrics::Statistic::Maximum,
             Comparison::Greater, 90, 300, 1, 1, MissingData::Missing);
    } else {
        make(AlarmsText::tr("%1 memory over 90%").arg(who), n::kMemory, metrics::Statistic::Average,
             Comparison::Greater, 90, 300, 3, 3, MissingData::Missing);
    }
    return out;
}

Result<QList<AlarmDefinition>> AlarmService::addDefaultsFor(const metrics::Target &target)
{
    using R = Result<QList<AlarmDefinition>>;
    const auto existing = m_repo->list();
    if (!existing)
        return R::failure(existing.problem());
    QList<AlarmDefinition> added;
    for (const AlarmDefinition &d : defaultAlarmsFor(target)) {
        bool present = false;
        for (const AlarmDefinition &e : existing.value()) {
            if (e.name.compare(d.name, Qt::CaseInsensitive) == 0 ||
                (e.target == d.target && e.metric == d.metric))
                present = true;
        }
        if (present)
            continue;
        const auto a = m_repo->add(d);
        if (!a)
            return R::failure(a.problem());
        added.append(a.value());
    }
    if (!added.isEmpty()) {
        refreshStates();
        Q_EMIT alarmsChanged();
    }
    return added;
}

void AlarmService::refreshStates()
{
    m_targetStates.clear();
    const auto all = m_repo->list();
    if (!all)
        return;
    for (const AlarmDefinition &a : all.value()) {
        if (!a.enabled)
            continue;
        m_targetStates[a.target] = std::max(m_targetStates.value(a.target, 0), severity(a.state));
    }
}

int AlarmService::targetState(const QString &targetKey) const
{
    return m_targetStates.value(targetKey, 0);
}

} // namespace sloop::alarms
