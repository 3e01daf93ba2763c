#include "apimetrics.h"

#include "metrics/metricnames.h"
#include "metrics/percentile.h"

#include <algorithm>

namespace sloop::gateway {

namespace names = metrics::names;

void ApiMetrics::record(const QString &apiName, const AccessLogEntry &e)
{
    if (e.stage.isEmpty())
        return; // no stage matched: nothing to file it under
    const QString target = metrics::Target::apiTarget(apiName, e.stage).key();
    Minute &m = m_minutes[target][e.timeMs - e.timeMs % kMinuteMs];
    ++m.requests;
    if (e.status >= 400 && e.status < 500)
        ++m.clientErrors;
    else if (e.status >= 500)
        ++m.serverErrors;
    m.latencies.append(e.latencyMs);
    if (e.cache == AccessLogEntry::Cache::Hit)
        ++m.cacheHits;
    else if (e.cache == AccessLogEntry::Cache::Miss)
        ++m.cacheMisses;
    if (e.integrationLatencyMs > 0) {
        m.integrationSum += e.integrationLatencyMs;
        ++m.integrations;
    }
}

metrics::MetricBatch ApiMetrics::take(qint64 nowMs)
{
    metrics::MetricBatch batch;
    for (auto t = m_minutes.begin(); t != m_minutes.end();) {
        for (auto it = t->begin(); it != t->end();) {
            if (it.key() + kMinuteMs > nowMs) {
                ++it;
                continue;
            }
            Minute &m = *it;
            const auto point = [&](QLatin1StringView metric, double value) {
                batch.append({t.key(), QString(metric), it.key(), value});
            };
            std::sort(m.latencies.begin(), m.latencies.end());
            point(names::kApiCount, m.requests);
            point(names::kApi4xx, m.clientErrors);
            point(names::kApi5xx, m.serverErrors);
            point(names::kApiLatencyP50, metrics::nearestRankPercentile(m.latencies, 50));
            point(names::kApiLatencyP90, metrics::nearestRankPercentile(m.latencies, 90));
            point(names::kApiLatencyP99, metrics::nearestRankPercentile(m.latencies, 99));
            if (m.integrations > 0)
                point(names::kApiIntegrationLatency, m.integrationSum / m.integrations);
            if (m.cacheHits + m.cacheMisses > 0) {
                point(names::kApiCacheHits, m.cacheHits);
                point(names::kApiCacheMisses, m.cacheMisses);
            }
            it = t->erase(it);
        }
        t = t->isEmpty() ? m_minutes.erase(t) : std::next(t);
    }
    return batch;
}

} // namespace sloop::gateway
