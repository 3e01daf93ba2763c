#include "functionmetrics.h"

#include "functionservice.h"
#include "metrics/metricnames.h"
#include "metrics/percentile.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace sloop::functions {

namespace names = metrics::names;

namespace {

constexpr qint64 kMinuteMs = 60'000;

} // namespace

FunctionMetrics::FunctionMetrics(FunctionService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_timer.setInterval(5'000); // a minute's points land within seconds of its end
    connect(&m_timer, &QTimer::timeout, this,
            [this] { flush(QDateTime::currentMSecsSinceEpoch()); });
    connect(&m_service, &FunctionService::invoked, this, &FunctionMetrics::record);
    connect(&m_service, &FunctionService::throttled, this, &FunctionMetrics::countThrottle);
}

void FunctionMetrics::start()
{
    m_timer.start();
}

void FunctionMetrics::stop()
{
    m_timer.stop();
    // The minute in progress too: its points are as far as it went.
    flush(QDateTime::currentMSecsSinceEpoch() + kMinuteMs);
}

FunctionMetrics::Minute &FunctionMetrics::minuteOf(const QString &function, qint64 timeMs)
{
    return m_minutes[function][timeMs - timeMs % kMinuteMs];
}

void FunctionMetrics::record(const InvocationRecord &r)
{
    Minute &m = minuteOf(r.function, r.startedMs + qint64(r.durationMs));
    ++m.invocations;
    if (!r.ok())
        ++m.errors;
    if (r.initMs)
        ++m.coldStarts;
    m.durations.append(r.durationMs);
    // The ones still running, this one among them (its environment is
    // released after its result is out).
    const PoolCounts counts = m_service.pool()->counts(r.function);
    m.concurrent = std::max({m.concurrent, counts.busy, 1});
}

void FunctionMetrics::countThrottle(const QString &function)
{
    ++minuteOf(function, QDateTime::currentMSecsSinceEpoch()).throttles;
}

void FunctionMetrics::countDeadLetterError(const QString &function)
{
    ++minuteOf(function, QDateTime::currentMSecsSinceEpoch()).deadLetterErrors;
}

void FunctionMetrics::flush(qint64 nowMs)
{
    metrics::MetricBatch batch;
    // The oldest queued Event of each function, as of now.
    QHash<QString, qint64> oldest;
    if (const auto waiting = m_service.asyncEvents().waiting(); waiting)
        for (const QueuedEvent &e : *waiting)
            if (!oldest.contains(e.function))
                oldest.insert(e.function, e.receivedMs);
    for (auto f = m_minutes.begin(); f != m_minutes.end();) {
        const QString target = QStringLiteral("function/") + f.key();
        for (auto it = f->begin(); it != f->end();) {
            if (it.key() + kMinuteMs > nowMs) {
                ++it;
                continue;
            }
            const Minute &m = *it;
            const qint64 t = it.key();
            const auto point = [&](QLatin1StringView metric, double value) {
                batch.append({target, QString(metric), t, value});
            };
            point(names::kInvocations, m.invocations);
            point(names::kErrors, m.errors);
            point(names::kThrottles, m.throttles);
            if (!m.durations.isEmpty()) {
                QList<double> sorted = m.durations;
                std::sort(sorted.begin(), sorted.end());
                double sum = 0;
                for (const double d : sorted)
                    sum += d;
                point(names::kDuration, sum / double(sorted.size()));
                point(names::kDurationP50, metrics::nearestRankPercentile(sorted, 50));
                point(names::kDurationP95, metrics::nearestRankPercentile(sorted, 95));
                point(names::kDurationP99, metrics::nearestRankPercentile(sorted, 99));
                point(names::kConcurrentExecutions, m.concurrent);
            }
            point(names::kColdStarts, m.coldStarts);
            if (m.deadLetterErrors > 0)
                point(names::kDeadLetterErrors, m.deadLetterErrors);
            it = f->erase(it);
        }
        if (f->isEmpty())
            f = m_minutes.erase(f);
        else
            ++f;
    }
    for (auto it = oldest.cbegin(); it != oldest.cend(); ++it)
        batch.append({QStringLiteral("function/") + it.key(), QString(names::kAsyncEventAge), nowMs,
                      double(nowMs - it.value()) / 1000.0});
    if (!batch.isEmpty())
        Q_EMIT collected(batch);
}

} // namespace sloop::functions
