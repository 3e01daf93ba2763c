// API Gateway's metrics per API stage and minute, from access log entries.
#include "gateway/apimetrics.h"
#include "metrics/metricnames.h"

#include <QTest>

using namespace sloop;
using namespace sloop::gateway;

class TestApiMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aMinuteOfRequests();
    void cacheHitsAndMisses();
    void targetKeys();
};

namespace {

AccessLogEntry entry(qint64 timeMs, int status, double latency, double integration = 0)
{
    AccessLogEntry e;
    e.apiId = QStringLiteral("abc");
    e.stage = QStringLiteral("prod");
    e.timeMs = timeMs;
    e.status = status;
    e.latencyMs = latency;
    e.integrationLatencyMs = integration;
    return e;
}

double valueOf(const metrics::MetricBatch &batch, QLatin1StringView metric)
{
    for (const metrics::MetricPoint &p : batch) {
        if (p.metric == metric)
            return p.value;
    }
    return -1;
}

} // namespace

void TestApiMetrics::aMinuteOfRequests()
{
    ApiMetrics m;
    const qint64 minute = 1'800'000'000'000 - 1'800'000'000'000 % ApiMetrics::kMinuteMs;
    for (int i = 1; i <= 100; ++i)
        m.record(QStringLiteral("shop"), entry(minute + i,
                                               i <= 90   ? 200
                                               : i <= 97 ? 429
                                                         : 502,
                                               i, 2));
    AccessLogEntry noStage = entry(minute, 404, 1);
    noStage.stage.clear();
    m.record(QStringLiteral("shop"), noStage);
    // Nothing while the minute runs.
    QVERIFY(m.take(minute + 30'000).isEmpty());
    const metrics::MetricBatch batch = m.take(minute + ApiMetrics::kMinuteMs);
    QVERIFY(!batch.isEmpty());
    for (const metrics::MetricPoint &p : batch) {
        QCOMPARE(p.target, QStringLiteral("api/shop/prod"));
        QCOMPARE(p.timeMs, minute);
    }
    QCOMPARE(valueOf(batch, metrics::names::kApiCount), 100.0);
    QCOMPARE(valueOf(batch, metrics::names::kApi4xx), 7.0);
    QCOMPARE(valueOf(batch, metrics::names::kApi5xx), 3.0);
    QCOMPARE(valueOf(batch, metrics::names::kApiLatencyP50), 50.0);
    QCOMPARE(valueOf(batch, metrics::names::kApiLatencyP90), 90.0);
    QCOMPARE(valueOf(batch, metrics::names::kApiLatencyP99), 99.0);
    QCOMPARE(valueOf(batch, metrics::names::kApiIntegrationLatency), 2.0);
    // Without a cache on the stage there are no cache counts (not zeros).
    QVERIFY(std::none_of(batch.cbegin(), batch.cend(), [](const metrics::MetricPoint &p) {
        return p.metric == metrics::names::kApiCacheHits;
    }));
    // Taken once.
    QVERIFY(m.take(minute + 10 * ApiMetrics::kMinuteMs).isEmpty());
}

void TestApiMetrics::cacheHitsAndMisses()
{
    ApiMetrics m;
    const qint64 minute = 1'800'000'000'000 - 1'800'000'000'000 % ApiMetrics::kMinuteMs;
    for (int i = 0; i < 10; ++i) {
        AccessLogEntry e = entry(minute + i, 200, 1);
        e.cache = i < 7 ? AccessLogEntry::Cache::Hit : AccessLogEntry::Cache::Miss;
        m.record(QStringLiteral("shop"), e);
    }
    const metrics::MetricBatch batch = m.take(minute + ApiMetrics::kMinuteMs);
    QCOMPARE(valueOf(batch, metrics::names::kApiCacheHits), 7.0);
    QCOMPARE(valueOf(batch, metrics::names::kApiCacheMisses), 3.0);
}

void TestApiMetrics::targetKeys()
{
    const auto t = metrics::Target::fromKey(QStringLiteral("api/shop/$default"));
    QVERIFY(t);
    QCOMPARE(t->kind, metrics::TargetKind::Api);
    QCOMPARE(t->name, QStringLiteral("shop"));
    QCOMPARE(t->engine, QStringLiteral("$default"));
    QCOMPARE(t->key(), QStringLiteral("api/shop/$default"));
    QVERIFY(!metrics::Target::fromKey(QStringLiteral("api/shop")));
    QVERIFY(!metrics::Target::fromKey(QStringLiteral("api/shop/a/b")));
}

QTEST_GUILESS_MAIN(TestApiMetrics)
#include "tst_apimetrics.moc"
