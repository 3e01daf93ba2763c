// Container metrics against the real dockerd: a container that turns into
// a busy loop shows its cpu point rise; the engine's sums count it; a
// restart gives no bogus rate.
#include "containers/containerinventory.h"
#include "containers/statssampler.h"
#include "engine/dockerclient.h"
#include "metrics/enginemetrics.h"
#include "metrics/metricnames.h"
#include "testsupport.h"

#include <QTest>

using namespace sloop;
using namespace sloop::metrics;

class TestEngineMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void busyLoopRaisesCpu();

private:
    QString run(const QString &tag, const QString &script);
    QList<double> values(const QString &target, QLatin1StringView metric) const;

    engine::DockerClient *m_client = nullptr;
    QStringList m_created;
    MetricBatch m_points;
};

void TestEngineMetrics::initTestCase()
{
    auto connected = test::connectTestEngine(this);
    QVERIFY2(connected.ok(), qPrintable(connected.error()));
    m_client = connected.value();
}

void TestEngineMetrics::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_created))
        test::await(m_client->removeContainer(id, true));
}

QString TestEngineMetrics::run(const QString &name, const QString &script)
{
    engine::ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = name;
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), script};
    const auto id = test::await(m_client->createContainer(spec));
    if (!id.ok())
        return {};
    m_created.append(*id);
    return test::await(m_client->startContainer(*id)).ok() ? *id : QString();
}

QList<double> TestEngineMetrics::values(const QString &target, QLatin1StringView metric) const
{
    QList<double> out;
    for (const MetricPoint &p : m_points) {
        if (p.target == target && p.metric == metric)
            out.append(p.value);
    }
    return out;
}

void TestEngineMetrics::busyLoopRaisesCpu()
{
    const QString busyName = test::uniqueName(QStringLiteral("busy"));
    const QString idleName = test::uniqueName(QStringLiteral("idle"));
    // Quiet for a few seconds, then a busy loop: the series shows the rise.
    const QString busyId = run(busyName, QStringLiteral("sleep 4; while :; do :; done"));
    QVERIFY(!busyId.isEmpty());
    QVERIFY(!run(idleName, QStringLiteral("sleep 600")).isEmpty());

    containers::ContainerInventory inventory(m_client);
    inventory.start();
    QTRY_COMPARE_WITH_TIMEOUT(inventory.state(), containers::ContainerInventory::State::Ready,
                              10000);
    containers::StatsSampler sampler(&inventory);
    EngineMetrics metrics(m_client->name(), &inventory, &sampler);
    metrics.setIntervalSeconds(1);
    connect(&metrics, &EngineMetrics::sampled, this,
            [this](const MetricBatch &b) { m_points.append(b); });
    metrics.start();
    QVERIFY(sampler.isActive());
    sampler.setActive(false); // a page hiding does not stop the collector's sampling
    QVERIFY(sampler.isActive());

    const QString busy = Target::container(m_client->name(), busyName).key();
    const QString idle = Target::container(m_client->name(), idleName).key();
    const QString engineKey = Target::engineTarget(m_client->name()).key();
    QTRY_VERIFY_WITH_TIMEOUT(!values(busy, names::kCpu).isEmpty(), 10000);
    const double before = values(busy, names::kCpu).first();
    QTRY_VERIFY_WITH_TIMEOUT(values(busy, names::kCpu).constLast() > 5, 20000);
    const double after = values(busy, names::kCpu).constLast();
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QVERIFY(!values(idle, names::kCpu).isEmpty());
    QVERIFY2(values(idle, names::kCpu).constLast() < after,
             qPrintable(QString::number(values(idle, names::kCpu).constLast())));
    QVERIFY(!values(busy, names::kNetIn).isEmpty());
    QVERIFY(!values(busy, names::kMemUsed).isEmpty());
    QVERIFY(!values(busy, names::kProcesses).isEmpty());
    // Other suites run containers on the same engine: at least ours.
    QTRY_VERIFY_WITH_TIMEOUT(!values(engineKey, names::kContainersRunning).isEmpty() &&
                                 values(engineKey, names::kContainersRunning).constLast() >= 2,
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(values(engineKey, names::kCpu).constLast() >= 5, 5000);

    // A restart: the counters begin again; no negative or absurd rates, and
    // points keep coming for the same name.
    const qsizetype seen = values(busy, names::kMemUsed).size();
    QVERIFY(test::await(m_client->restartContainer(busyId, 1)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(values(busy, names::kMemUsed).size() >= seen + 3, 15000);
    for (QLatin1StringView rate :
         {names::kNetIn, names::kNetOut, names::kDiskRead, names::kDiskWrite}) {
        for (double v : values(busy, rate))
            QVERIFY2(v >= 0 && v < 1e9, qPrintable(QStringLiteral("%1 %2").arg(rate).arg(v)));
    }
    metrics.stop();
    QVERIFY(!sampler.isActive());
}

QTEST_GUILESS_MAIN(TestEngineMetrics)
#include "tst_enginemetrics.moc"
