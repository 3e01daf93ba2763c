#pragma once

// Metrics for the monitoring widget suites, written into a real MetricStore:
// minute rollups for the days before the last hour (the bulk path), raw
// samples for the last 55 minutes (as the collector appends them).
#include "metrics/metricnames.h"
#include "metrics/metricstore.h"

#include <QList>
#include <QString>

#include <cmath>

namespace sloop::testing {

struct FixtureShape
{
    double cpu = 30;    // level the CPU wanders around
    double memory = 45; // memory percent
    bool host = true;   // hosts have a disk usage series
    int rawStepS = 10;
    int minuteDays = 0; // days of minute rollups before the last hour
};

inline QList<std::pair<QString, double>> fixtureValues(const FixtureShape &s, qint64 i)
{
    namespace n = metrics::names;
    const double wave = std::sin(double(i) / 40.0);
    const double burst = (i % 97) < 3 ? 35 : 0; // short peaks the charts must keep
    QList<std::pair<QString, double>> v{
        {n::kCpu, std::clamp(s.cpu + 15 * wave + burst, 0.0, 100.0)},
        {n::kMemory, std::clamp(s.memory + 5 * std::sin(double(i) / 300.0), 0.0, 100.0)},
        {n::kNetIn, 200'000 + 150'000 * wave + burst * 40'000},
        {n::kNetOut, 60'000 + 40'000 * std::cos(double(i) / 25.0)},
        {n::kDiskRead, 1'000'000 * std::max(0.0, wave)},
        {n::kDiskWrite, 400'000 + 300'000 * std::sin(double(i) / 11.0)},
    };
    if (s.host)
        v.append({n::kDisk, 62 + double(i % 5000) / 5000.0 * 6});
    return v;
}

inline bool fillTarget(metrics::MetricStore &store, const QString &key, qint64 nowMs,
                       const FixtureShape &shape = {})
{
    constexpr qint64 kMinute = 60'000;
    const qint64 rawFrom = nowMs - 55 * kMinute;
    if (shape.minuteDays > 0) {
        const qint64 lastMinute = (nowMs - 60 * kMinute) / kMinute * kMinute;
        const qint64 firstMinute = lastMinute - qint64(shape.minuteDays) * 24 * 60 * kMinute;
        QHash<QString, QList<metrics::MinuteRollup>> rollups;
        for (qint64 m = firstMinute; m <= lastMinute; m += kMinute) {
            for (const auto &[metric, value] : fixtureValues(shape, m / kMinute * 6))
                rollups[metric].append({m, 6, value, value * 0.8, value * 1.2});
        }
        for (auto it = rollups.cbegin(); it != rollups.cend(); ++it) {
            if (!store.importMinuteRollups(key, it.key(), it.value()).ok())
                return false;
        }
    }
    metrics::MetricBatch batch;
    for (qint64 t = rawFrom; t <= nowMs; t += shape.rawStepS * 1000) {
        for (const auto &[metric, value] : fixtureValues(shape, t / 10'000))
            batch.append({key, metric, t, value});
    }
    return store.append(batch).ok();
}

} // namespace sloop::testing
