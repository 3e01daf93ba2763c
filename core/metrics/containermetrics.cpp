#include "containermetrics.h"

#include "metricnames.h"

#include <utility>

namespace sloop::metrics {

namespace {

// Faster than any link or disk a container has: a larger figure comes from
// a counter that jumped (an engine quirk), not from traffic.
constexpr double kMaxBytesPerSecond = 100e9;
// Two samples closer than this give rates made mostly of rounding.
constexpr qint64 kMinSpanMs = 100;

bool wentBackwards(const engine::StatsSample &previous, const engine::StatsSample &current)
{
    return current.cpuTotal < previous.cpuTotal || current.netRx < previous.netRx ||
           current.netTx < previous.netTx || current.blockRead < previous.blockRead ||
           current.blockWrite < previous.blockWrite;
}

} // namespace

ContainerMetrics::ContainerMetrics(QString engineName)
    : m_engine(std::move(engineName))
{
}

MetricBatch ContainerMetrics::add(const QString &name, const engine::StatsSample &sample,
                                  qint64 timeMs)
{
    const QString key = Target::container(m_engine, name).key();
    MetricBatch out;
    auto point = [&](QLatin1StringView metric, double value) {
        out.append(MetricPoint{key, QString(metric), timeMs, value});
    };
    if (sample.cpuPercent >= 0)
        point(names::kCpu, sample.cpuPercent);
    if (sample.memoryLimit > 0)
        point(names::kMemory, sample.memoryPercent);
    point(names::kMemUsed, double(sample.memoryUsage));
    if (sample.memoryLimit > 0)
        point(names::kMemTotal, double(sample.memoryLimit));
    point(names::kProcesses, double(sample.pids));

    const auto it = m_last.constFind(sample.id);
    if (it != m_last.cend()) {
        const engine::StatsSample &previous = it->sample;
        const qint64 spanMs = previous.read.isValid() && sample.read.isValid()
                                  ? previous.read.msecsTo(sample.read)
                                  : 0;
        if (spanMs >= kMinSpanMs && !wentBackwards(previous, sample)) {
            auto rate = [&](QLatin1StringView metric, quint64 before, quint64 now) {
                const double perSecond = double(now - before) * 1000.0 / double(spanMs);
                if (perSecond <= kMaxBytesPerSecond)
                    point(metric, perSecond);
            };
            rate(names::kNetIn, previous.netRx, sample.netRx);
            rate(names::kNetOut, previous.netTx, sample.netTx);
            rate(names::kDiskRead, previous.blockRead, sample.blockRead);
            rate(names::kDiskWrite, previous.blockWrite, sample.blockWrite);
        }
    }
    m_last.insert(sample.id, Last{sample, timeMs});
    return out;
}

void ContainerMetrics::forget(const QString &id)
{
    m_last.remove(id);
}

MetricBatch ContainerMetrics::engineTotals(int running, qint64 timeMs, qint64 maxAgeMs) const
{
    double cpu = 0;
    double memUsed = 0;
    for (const Last &last : m_last) {
        if (timeMs - last.seenMs > maxAgeMs)
            continue; // stopped answering; its old figures would linger in the sum
        if (last.sample.cpuPercent > 0)
            cpu += last.sample.cpuPercent;
        memUsed += double(last.sample.memoryUsage);
    }
    const QString key = Target::engineTarget(m_engine).key();
    return {
        MetricPoint{key, QString(names::kCpu), timeMs, cpu},
        MetricPoint{key, QString(names::kMemUsed), timeMs, memUsed},
        MetricPoint{key, QString(names::kContainersRunning), timeMs, double(running)},
    };
}

} // namespace sloop::metrics
