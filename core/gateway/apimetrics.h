#pragma once

#include "accesslog.h"
#include "metrics/metricpoint.h"

#include <QHash>

namespace sloop::gateway {

// API Gateway's CloudWatch metrics for each API stage, one point a metric a
// minute while it is called (none for a quiet minute, as CloudWatch): the
// requests, 4xx and 5xx answers, latency p50/p90/p99 and the average
// integration latency, cache hits and misses (when the stage caches),
// under api/NAME/STAGE. They go to the metric store
// with the rest, so they chart and alarm the same way.
class ApiMetrics
{
public:
    void record(const QString &apiName, const AccessLogEntry &entry);
    // The points of every minute that ended by nowMs.
    metrics::MetricBatch take(qint64 nowMs);

    static constexpr qint64 kMinuteMs = 60'000;

private:
    struct Minute
    {
        int requests = 0;
        int clientErrors = 0;
        int serverErrors = 0;
        QList<double> latencies;
        double integrationSum = 0;
        int integrations = 0;
        int cacheHits = 0;
        int cacheMisses = 0;
    };
    // target key → minute start → what happened in it
    QHash<QString, QHash<qint64, Minute>> m_minutes;
};

} // namespace sloop::gateway
