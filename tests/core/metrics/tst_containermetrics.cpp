// Container samples → points: rates from counter deltas timed by the
// engine's stamps, restarts (counters that went down) give no rate, and the
// engine's sums count only fresh samples. Samples are built here.
#include "metrics/containermetrics.h"
#include "metrics/metricnames.h"

#include <QTest>

using namespace sloop;
using namespace sloop::metrics;
using sloop::engine::StatsSample;

namespace {

const QDateTime kStart = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, Qt::UTC);

StatsSample sample(const QString &id, qint64 offsetMs, quint64 net, quint64 block, double cpu = -1)
{
    StatsSample s;
    s.id = id;
    s.read = kStart.addMSecs(offsetMs);
    s.cpuTotal = 1'000'000ULL * quint64(offsetMs + 1);
    s.systemCpu = 10'000'000ULL * quint64(offsetMs + 1);
    s.onlineCpus = 2;
    s.cpuPercent = cpu;
    s.memoryUsage = 50 * 1024 * 1024;
    s.memoryLimit = 200 * 1024 * 1024;
    s.memoryPercent = 25;
    s.netRx = net;
    s.netTx = net * 2;
    s.blockRead = block;
    s.blockWrite = block * 3;
    s.pids = 7;
    return s;
}

std::optional<double> valueOf(const MetricBatch &batch, QLatin1StringView metric)
{
    for (const MetricPoint &p : batch) {
        if (p.metric == metric)
            return p.value;
    }
    return std::nullopt;
}

} // namespace

class TestContainerMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstSampleHasLevelsButNoRates();
    void ratesFromCounterDeltas();
    void restartGivesNoRateForThatPair();
    void sameOrMissingStampGivesNoRate();
    void hugeJumpIsRefused();
    void forgetStartsAfresh();
    void engineTotalsSumFreshSamples();
};

void TestContainerMetrics::firstSampleHasLevelsButNoRates()
{
    ContainerMetrics m(QStringLiteral("local"));
    const MetricBatch b =
        m.add(QStringLiteral("web"), sample(QStringLiteral("a"), 0, 100, 100), 42);
    QVERIFY(!b.isEmpty());
    for (const MetricPoint &p : b) {
        QCOMPARE(p.target, QStringLiteral("container/local/web"));
        QCOMPARE(p.timeMs, 42);
    }
    QVERIFY(!valueOf(b, names::kCpu)); // the sampler has no cpu figure yet
    QCOMPARE(valueOf(b, names::kMemory), 25.0);
    QCOMPARE(valueOf(b, names::kMemUsed), 50.0 * 1024 * 1024);
    QCOMPARE(valueOf(b, names::kMemTotal), 200.0 * 1024 * 1024);
    QCOMPARE(valueOf(b, names::kProcesses), 7.0);
    QVERIFY(!valueOf(b, names::kNetIn));
    QVERIFY(!valueOf(b, names::kDiskRead));
}

void TestContainerMetrics::ratesFromCounterDeltas()
{
    ContainerMetrics m(QStringLiteral("local"));
    m.add(QStringLiteral("web"), sample(QStringLiteral("a"), 0, 1000, 4096), 1);
    // 2 s later by the engine's clock, whatever the arrival time says.
    const MetricBatch b =
        m.add(QStringLiteral("web"), sample(QStringLiteral("a"), 2000, 3000, 8192, 55.5), 2);
    QCOMPARE(valueOf(b, names::kCpu), 55.5);
    QCOMPARE(valueOf(b, names::kNetIn), 1000.0);
    QCOMPARE(valueOf(b, names::kNetOut), 2000.0);
    QCOMPARE(valueOf(b, names::kDiskRead), 2048.0);
    QCOMPARE(valueOf(b, names::kDiskWrite), 6144.0);
}

void TestContainerMetrics::restartGivesNoRateForThatPair()
{
    ContainerMetrics m(QStringLiteral("local"));
    const QString id = QStringLiteral("a");
    m.add(QStringLiteral("web"), sample(id, 0, 1'000'000, 1'000'000), 1);
    // Restarted: the counters begin again near zero.
    StatsSample restarted = sample(id, 1000, 500, 100);
    restarted.cpuTotal = 10;
    MetricBatch b = m.add(QStringLiteral("web"), restarted, 2);
    QVERIFY(!valueOf(b, names::kNetIn));
    QVERIFY(!valueOf(b, names::kDiskWrite));
    QVERIFY(valueOf(b, names::kMemUsed)); // levels still come
    // Only one counter went back (network reset, block not): still no rates.
    m.add(QStringLiteral("web"), sample(id, 2000, 1500, 200), 3);
    b = m.add(QStringLiteral("web"), sample(id, 3000, 10, 300), 4);
    QVERIFY(!valueOf(b, names::kNetIn));
    QVERIFY(!valueOf(b, names::kDiskRead));
    // The pair after the restart has rates again.
    b = m.add(QStringLiteral("web"), sample(id, 4000, 1010, 400), 5);
    QCOMPARE(valueOf(b, names::kNetIn), 1000.0);
    QCOMPARE(valueOf(b, names::kDiskRead), 100.0);
}

void TestContainerMetrics::sameOrMissingStampGivesNoRate()
{
    ContainerMetrics m(QStringLiteral("local"));
    m.add(QStringLiteral("web"), sample(QStringLiteral("a"), 1000, 100, 100), 1);
    MetricBatch b = m.add(QStringLiteral("web"), sample(QStringLiteral("a"), 1000, 200, 200), 2);
    QVERIFY(!valueOf(b, names::kNetIn));
    StatsSample noStamp = sample(QStringLiteral("a"), 3000, 300, 300);
    noStamp.read = QDateTime();
    b = m.add(QStringLiteral("web"), noStamp, 3);
    QVERIFY(!valueOf(b, names::kNetIn));
    // The engine's clock went backwards: no rate either.
    m.add(QStringLiteral("web"), sample(QStringLiteral("a"), 5000, 400, 400), 4);
    b = m.add(QStringLiteral("web"), sample(QStringLiteral("a"), 4000, 500, 500), 5);
    QVERIFY(!valueOf(b, names::kNetIn));
}

void TestContainerMetrics::hugeJumpIsRefused()
{
    ContainerMetrics m(QStringLiteral("local"));
    m.add(QStringLiteral("web"), sample(QStringLiteral("a"), 0, 0, 0), 1);
    StatsSample jump = sample(QStringLiteral("a"), 1000, 0, 0);
    jump.netRx = std::numeric_limits<quint64>::max() / 2;
    const MetricBatch b = m.add(QStringLiteral("web"), jump, 2);
    QVERIFY(!valueOf(b, names::kNetIn));
    QCOMPARE(valueOf(b, names::kNetOut), 0.0);
}

void TestContainerMetrics::forgetStartsAfresh()
{
    ContainerMetrics m(QStringLiteral("local"));
    m.add(QStringLiteral("web"), sample(QStringLiteral("a"), 0, 0, 0), 1);
    QCOMPARE(m.trackedCount(), 1);
    m.forget(QStringLiteral("a"));
    QCOMPARE(m.trackedCount(), 0);
    const MetricBatch b =
        m.add(QStringLiteral("web"), sample(QStringLiteral("a"), 1000, 10, 10), 2);
    QVERIFY(!valueOf(b, names::kNetIn));
}

void TestContainerMetrics::engineTotalsSumFreshSamples()
{
    ContainerMetrics m(QStringLiteral("remote-1"));
    m.add(QStringLiteral("a"), sample(QStringLiteral("1"), 0, 0, 0, 30), 10'000);
    m.add(QStringLiteral("b"), sample(QStringLiteral("2"), 0, 0, 0, 12.5), 14'000);
    m.add(QStringLiteral("old"), sample(QStringLiteral("3"), 0, 0, 0, 99), 1'000); // stale
    m.add(QStringLiteral("c"), sample(QStringLiteral("4"), 0, 0, 0, -1), 14'000);  // no cpu yet
    const MetricBatch b = m.engineTotals(3, 15'000, 6'000);
    QCOMPARE(b.size(), 3);
    for (const MetricPoint &p : b) {
        QCOMPARE(p.target, QStringLiteral("engine/remote-1"));
        QCOMPARE(p.timeMs, 15'000);
    }
    QCOMPARE(valueOf(b, names::kCpu), 42.5);
    QCOMPARE(valueOf(b, names::kMemUsed), 3 * 50.0 * 1024 * 1024);
    QCOMPARE(valueOf(b, names::kContainersRunning), 3.0);
}

QTEST_GUILESS_MAIN(TestContainerMetrics)
#include "tst_containermetrics.moc"
