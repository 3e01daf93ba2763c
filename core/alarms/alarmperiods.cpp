// PLACEHOLDER until core/metrics/metricstore lands (helper "store"): the
// statistics per period come from MetricStore::statistic().
#include "alarmservice.h"

#include "alarmrepository.h"
#include "alarmstext.h"

namespace sloop::alarms {

Result<QList<std::optional<double>>> AlarmService::periodStatistics(const AlarmDefinition &,
                                                                    qint64) const
{
    return Result<QList<std::optional<double>>>::failure(
        AlarmsText::tr("The metric store is not available yet."));
}

QStringList AlarmService::knownTargets() const
{
    QStringList out;
    if (const auto all = m_repo->list()) {
        for (const AlarmDefinition &a : all.value()) {
            if (!out.contains(a.target))
                out.append(a.target);
        }
    }
    out.sort();
    return out;
}

} // namespace sloop::alarms
