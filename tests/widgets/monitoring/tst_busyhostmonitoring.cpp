// One busy loop followed from the host to the chart: sloop-ns3 (a real sshd
// in a network namespace) is sampled every second by the MetricsCollector
// into a real MetricStore, and a MetricsDashboard on host/ns3 is fed live as
// the window feeds it. Two CPU hogs start on the host (cpuhogs.h): the rise
// shows in the store, in the dashboard's live CPU model, and again in the
// models after a reload from the store; when they end, the load falls.
#include "../../core/ssh/netnstestenv.h"
#include "../../core/ssh/sshtestsession.h"
#include "commandlog/commandlog.h"
#include "cpuhogs.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "metrics/metricnames.h"
#include "metrics/metricscollector.h"
#include "metrics/metricseriesmodel.h"
#include "metrics/metricstore.h"
#include "monitoring/metricsdashboard.h"
#include "store/database.h"
#include "store/storeworker.h"
#include "testconnections.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QDateTime>
#include <QTest>

using namespace sloop;
using namespace sloop::metrics;

class TestBusyHostMonitoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void busyLoopRisesInStoreAndChart();

private:
    // The mean of a metric's raw points in [fromMs, now) in the store.
    std::optional<double> storedMean(QLatin1StringView metric, qint64 fromMs) const
    {
        SeriesQuery q{m_target, QString(metric), fromMs, QDateTime::currentMSecsSinceEpoch() + 1,
                      Resolution::Raw};
        const auto series = m_store->query(q);
        if (!series || series->points.isEmpty())
            return std::nullopt;
        double sum = 0;
        for (const SeriesPoint &p : series->points)
            sum += p.avg;
        return sum / double(series->points.size());
    }
    // The mean of a model's rows at or after fromMs.
    static std::optional<double> modelMean(const models::MetricSeriesModel *model, qint64 fromMs)
    {
        double sum = 0;
        int n = 0;
        for (const SeriesPoint &p : model->points()) {
            if (p.timeMs >= fromMs) {
                sum += p.avg;
                ++n;
            }
        }
        return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
    }

    test::SshTestEnv m_env;
    test::NetnsHost m_ns3;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    CommandLog m_log;
    store::Database m_db;
    std::unique_ptr<hosts::HostRepository> m_hosts;
    std::unique_ptr<hosts::HostConnections> m_connections;
    std::unique_ptr<MetricStore> m_store;
    std::unique_ptr<store::StoreWorker> m_writer;
    std::unique_ptr<MetricsCollector> m_collector;
    std::unique_ptr<ssh::SshSession> m_shell; // the user's own login, for the hogs
    test::CpuHogs m_hogs;
    QString m_target;
};

void TestBusyHostMonitoring::initTestCase()
{
    const auto env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    const auto netns = test::loadNetnsTestEnv({3});
    QVERIFY2(netns.ok(), qPrintable(netns.error()));
    m_ns3 = netns->at(2);

    m_xdg = std::make_unique<test::IsolatedXdg>();
    QVERIFY(paths::ensureDir(paths::dataDir()));
    QVERIFY(m_db.open(paths::databaseFile()));
    const QString knownHosts = m_xdg->path() + QStringLiteral("/known_hosts");
    QVERIFY(test::writeKnownHosts(knownHosts, m_ns3.hostKey, {{m_ns3.address, 22}}));
    m_connections = std::make_unique<hosts::HostConnections>(&m_log);
    test::isolateConnections(m_connections.get(), knownHosts, 5000);
    m_hosts = std::make_unique<hosts::HostRepository>(m_db);
    hosts::HostRecord ns3{
        0, QStringLiteral("ns3"), m_ns3.address, 22, m_env.user, {m_env.key}, false, {}, {}};
    QVERIFY(m_hosts->add(ns3));
    m_store = std::make_unique<MetricStore>(&m_db);
    m_writer = std::make_unique<store::StoreWorker>();
    QVERIFY(m_writer->start(m_db.file()).ok());
    m_target = Target::host(QStringLiteral("ns3")).key();
    m_shell = test::testSession(m_env, knownHosts, m_ns3.address, 22, {});
    QVERIFY(m_shell);
}

void TestBusyHostMonitoring::cleanupTestCase()
{
    m_hogs.killLocally();
    m_collector.reset();
    m_shell.reset();
    m_writer.reset();
    m_store.reset();
}

void TestBusyHostMonitoring::busyLoopRisesInStoreAndChart()
{
    m_collector = std::make_unique<MetricsCollector>(m_hosts.get(), m_connections.get(), nullptr,
                                                     nullptr, m_writer.get());
    m_collector->setIntervalSeconds(1);
    widgets::MetricsDashboard dashboard(m_store.get());
    dashboard.resize(900, 700);
    dashboard.setTarget(Target::host(QStringLiteral("ns3")));
    dashboard.setCollectIntervalSeconds(1);
    QVERIFY(dashboard.isLive());
    connect(m_collector.get(), &MetricsCollector::sampled, &dashboard,
            &widgets::MetricsDashboard::addLive);
    m_collector->start();
    const models::MetricSeriesModel *cpu = dashboard.modelFor(QString(names::kCpu));
    QVERIFY(cpu);

    // A baseline of a few seconds, live in the chart as in the store.
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    QTRY_VERIFY2_WITH_TIMEOUT(cpu->rowCount() >= 4, qPrintable(m_collector->problem(m_target)),
                              30000);
    QTRY_VERIFY_WITH_TIMEOUT(storedMean(names::kCpuSystem, started).has_value(), 5000);
    const double baselineSystem = *storedMean(names::kCpuSystem, started);
    const double baselineCpu = *modelMean(cpu, started);

    const QString hogs = m_hogs.start(m_shell.get());
    QVERIFY2(hogs.isEmpty(), qPrintable(hogs));
    const qint64 busyFrom = QDateTime::currentMSecsSinceEpoch() + 1500; // after ramp-up
    const auto describe = [&] {
        // Every figure the wait below looks at, so a failure says which fell short.
        return QStringLiteral("cpu_system baseline %1, now %2; cpu baseline %3, stored now %4, "
                              "chart now %5; the chart's last point %6 ms after the busy start")
            .arg(baselineSystem)
            .arg(storedMean(names::kCpuSystem, busyFrom).value_or(-1))
            .arg(baselineCpu)
            .arg(storedMean(names::kCpu, busyFrom).value_or(-1))
            .arg(modelMean(cpu, busyFrom).value_or(-1))
            .arg(cpu->points().isEmpty() ? -1 : cpu->points().last().timeMs - busyFrom);
    };
    // In the store: system time far above its baseline, no idle core. In the
    // chart's live model: the same busy CPU.
    const bool busy = QTest::qWaitFor(
        [&] {
            const auto system = storedMean(names::kCpuSystem, busyFrom);
            const auto stored = storedMean(names::kCpu, busyFrom);
            const auto charted = modelMean(cpu, busyFrom);
            return system && stored && charted && *system >= baselineSystem + 30 && *stored >= 90 &&
                   *charted >= 90 && cpu->points().last().timeMs >= busyFrom + 2000;
        },
        30000);
    QVERIFY2(busy, qPrintable(describe()));
    qInfo("%s", qPrintable(describe()));

    // The chart shows what the store holds: reloaded from it, the same rise.
    dashboard.reload();
    QVERIFY(cpu->rowCount() >= 4);
    QVERIFY2(modelMean(cpu, busyFrom).value_or(0) >= 90, qPrintable(describe()));

    const QString stopped = m_hogs.stop(m_shell.get());
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    const double busySystem = *storedMean(names::kCpuSystem, busyFrom);
    const qint64 calmFrom = QDateTime::currentMSecsSinceEpoch() + 1500;
    const bool calm = QTest::qWaitFor(
        [&] {
            const auto system = storedMean(names::kCpuSystem, calmFrom);
            return system && QDateTime::currentMSecsSinceEpoch() > calmFrom + 3000 &&
                   *system <= busySystem - 20;
        },
        30000);
    QVERIFY2(calm, qPrintable(QStringLiteral("cpu_system with the hogs %1, after %2")
                                  .arg(busySystem)
                                  .arg(storedMean(names::kCpuSystem, calmFrom).value_or(-1))));
    m_collector->stop();
}

QTEST_MAIN(TestBusyHostMonitoring)
#include "tst_busyhostmonitoring.moc"
