// The statistics an alarm is evaluated on, from the metric store.
#include "alarmservice.h"

#include "alarmrepository.h"
#include "alarmstext.h"

#include "metrics/metricstore.h"

namespace sloop::alarms {

Result<QList<std::optional<double>>> AlarmService::periodStatistics(const AlarmDefinition &a,
                                                                    qint64 newestEndMs) const
{
    using R = Result<QList<std::optional<double>>>;
    if (!m_store)
        return R::failure(ErrorKind::NotFound, AlarmsText::tr("There is no metric store to read."));
    const qint64 periodMs = qint64(a.periodSeconds) * 1000;
    const int range = evaluationRange(a);
    QList<std::optional<double>> out;
    out.reserve(range);
    // Oldest first, one query per period: a handful of small indexed reads.
    for (int i = range; i >= 1; --i) {
        const qint64 from = newestEndMs - qint64(i) * periodMs;
        const auto value =
            m_store->statistic(a.target, a.metric, a.statistic, from, from + periodMs);
        if (!value)
            return R::failure(value.problem());
        out.append(value.value());
    }
    return out;
}

QStringList AlarmService::knownTargets() const
{
    QStringList out = m_store ? m_store->targets() : QStringList();
    if (const auto all = m_repo->list()) {
        for (const AlarmDefinition &a : all.value())
            out.append(a.target);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace sloop::alarms
