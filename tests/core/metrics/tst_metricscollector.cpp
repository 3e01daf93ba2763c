// MetricsCollector against real servers: the namespace host sloop-ns3 is
// sampled over SSH every second, the login host of a container instance
// (pointed at sloop-ns4) gets the status check only, and the local engine's
// containers appear as container/ENGINE/NAME; all of it lands in a real
// MetricStore, appended at most once a second.
#include "../ssh/netnstestenv.h"
#include "../ssh/sshtestsession.h"
#include "commandlog/commandlog.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "instances/instancerepository.h"
#include "instances/instanceservice.h"
#include "metrics/metricnames.h"
#include "metrics/metricscollector.h"
#include "metrics/metricstore.h"
#include "store/database.h"
#include "store/storeworker.h"
#include "testconnections.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using namespace sloop::metrics;

namespace {
constexpr qint64 kFresh = 60 * 1000;
}

class TestMetricsCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void collectsHostsAndContainers();
    void followsHostChanges();
    void stopEndsCollection();

private:
    std::optional<double> latest(const QString &target, QLatin1StringView metric) const
    {
        const auto p = m_store->latest(target, QString(metric), kFresh);
        return p ? std::optional<double>(p->value) : std::nullopt;
    }

    test::SshTestEnv m_env;
    test::NetnsHost m_ns3;
    test::NetnsHost m_ns4;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    CommandLog m_log;
    store::Database m_db;
    std::unique_ptr<hosts::HostRepository> m_hosts;
    std::unique_ptr<hosts::HostConnections> m_connections;
    std::unique_ptr<engine::EngineManager> m_engines;
    std::unique_ptr<instances::InstanceService> m_instances;
    std::unique_ptr<MetricStore> m_store; // reads, on this thread
    std::unique_ptr<store::StoreWorker> m_writer;
    std::unique_ptr<MetricsCollector> m_collector;
    engine::DockerClient *m_client = nullptr;
    QString m_containerId;
    QString m_containerName;
};

void TestMetricsCollector::initTestCase()
{
    const auto env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    const auto netns = test::loadNetnsTestEnv({3, 4});
    QVERIFY2(netns.ok(), qPrintable(netns.error()));
    m_ns3 = netns->at(2);
    m_ns4 = netns->at(3);
    auto connected = test::connectTestEngine(this);
    QVERIFY2(connected.ok(), qPrintable(connected.error()));
    m_client = *connected;

    m_xdg = std::make_unique<test::IsolatedXdg>();
    QVERIFY(paths::ensureDir(paths::dataDir()));
    QVERIFY(m_db.open(paths::databaseFile()));
    const QString knownHosts = m_xdg->path() + QStringLiteral("/known_hosts");
    QVERIFY(test::writeKnownHosts(knownHosts, m_ns3.hostKey, {{m_ns3.address, 22}}));
    QVERIFY(test::writeKnownHosts(knownHosts, m_ns4.hostKey, {{m_ns4.address, 22}}));
    m_connections = std::make_unique<hosts::HostConnections>(&m_log);
    test::isolateConnections(m_connections.get(), knownHosts, 5000);
    m_hosts = std::make_unique<hosts::HostRepository>(m_db);
    m_engines = std::make_unique<engine::EngineManager>(&m_log);
    m_instances = std::make_unique<instances::InstanceService>(
        m_db, m_engines.get(), m_connections.get(), m_hosts.get(), &m_log);
    m_store = std::make_unique<MetricStore>(&m_db);
    m_writer = std::make_unique<store::StoreWorker>();
    QVERIFY(m_writer->start(m_db.file()).ok());

    // ns3 as an SSH host; ns4 as the login host of a container instance.
    hosts::HostRecord ns3{
        0, QStringLiteral("ns3"), m_ns3.address, 22, m_env.user, {m_env.key}, false, {}, {}};
    QVERIFY(m_hosts->add(ns3));
    hosts::HostRecord login{
        0,  QStringLiteral("ci-login"),  m_ns4.address, 22, m_env.user, {m_env.key}, false,
        {}, {QStringLiteral("instance")}};
    QVERIFY(m_hosts->add(login));
    instances::InstanceRecord instance;
    instance.name = QStringLiteral("ci-login");
    instance.kind = instances::InstanceKind::Container;
    instance.location = m_client->name();
    instance.blueprintId = QStringLiteral("debian");
    instance.planId = QStringLiteral("nano");
    instance.hostName = QStringLiteral("ci-login");
    instance.address = m_ns4.address;
    instance.loginUser = m_env.user;
    instance.state = instances::InstanceState::Running;
    const auto added = m_instances->repository().add(instance);
    QVERIFY2(added.ok(), qPrintable(added.error()));

    // A container on the local engine.
    m_containerName = test::uniqueName(QStringLiteral("collect"));
    engine::ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = m_containerName;
    spec.command = {QStringLiteral("sleep"), QStringLiteral("300")};
    const auto id = test::await(m_client->createContainer(spec));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_containerId = *id;
    QVERIFY(test::await(m_client->startContainer(m_containerId)).ok());
}

void TestMetricsCollector::cleanupTestCase()
{
    m_collector.reset();
    if (!m_containerId.isEmpty())
        test::await(m_client->removeContainer(m_containerId, true));
    m_writer.reset();
    m_store.reset();
    m_instances.reset();
}

void TestMetricsCollector::collectsHostsAndContainers()
{
    m_collector = std::make_unique<MetricsCollector>(
        m_hosts.get(), m_connections.get(), m_engines.get(), m_instances.get(), m_writer.get());
    m_collector->setIntervalSeconds(1);
    m_collector->setStatusIntervalSeconds(1);
    QList<qint64> appendTimes;
    int unstored = 0; // points `sampled` announced before the store had them
    QObject context;  // the counting ends with this function
    connect(m_collector.get(), &MetricsCollector::sampled, &context,
            [this, &appendTimes, &unstored](const MetricBatch &batch) {
                appendTimes.append(QDateTime::currentMSecsSinceEpoch());
                const MetricPoint &p = batch.last();
                const auto stored = m_store->latest(p.target, p.metric, kFresh);
                if (!stored || stored->timeMs < p.timeMs)
                    ++unstored;
            });
    m_collector->start();

    const QString host = Target::host(QStringLiteral("ns3")).key();
    const QString login = Target::host(QStringLiteral("ci-login")).key();
    const QString container = Target::container(m_client->name(), m_containerName).key();
    const QString engineKey = Target::engineTarget(m_client->name()).key();
    QVERIFY(m_collector->targets().contains(host));
    QVERIFY(m_collector->targets().contains(login));

    QTRY_VERIFY2_WITH_TIMEOUT(latest(host, names::kCpu).has_value(),
                              qPrintable(m_collector->problem(host)), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(latest(host, names::kNetIn).has_value(), 5000);
    QVERIFY(latest(host, names::kMemory).has_value());
    QVERIFY(latest(host, names::kDisk).has_value());
    QVERIFY(*latest(host, names::kCpu) >= 0 && *latest(host, names::kCpu) <= 100);
    QTRY_COMPARE_WITH_TIMEOUT(latest(host, names::kStatusCheckFailed), std::optional<double>(0),
                              5000);
    QCOMPARE(latest(host, names::kStatusSsh), std::optional<double>(1));

    // The container instance's login host: status only, never /proc numbers.
    QTRY_COMPARE_WITH_TIMEOUT(latest(login, names::kStatusCheckFailed), std::optional<double>(0),
                              5000);
    QVERIFY(!latest(login, names::kCpu).has_value());
    QVERIFY(!m_store->metrics(login).contains(QString(names::kMemory)));

    // The engine's containers.
    QTRY_VERIFY_WITH_TIMEOUT(latest(container, names::kCpu).has_value(), 15000);
    QVERIFY(latest(container, names::kMemUsed).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(latest(engineKey, names::kContainersRunning).value_or(0) >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_collector->targets().contains(container), 5000);

    // Buffered: appends at most about once a second (a timer's slack aside).
    appendTimes.clear();
    QTest::qWait(5000);
    QVERIFY2(appendTimes.size() <= 6, qPrintable(QString::number(appendTimes.size())));
    for (qsizetype i = 1; i < appendTimes.size(); ++i)
        QVERIFY2(appendTimes.at(i) - appendTimes.at(i - 1) >= 900,
                 qPrintable(QString::number(appendTimes.at(i) - appendTimes.at(i - 1))));
    QCOMPARE(unstored, 0);
}

void TestMetricsCollector::followsHostChanges()
{
    QVERIFY(m_collector && m_collector->isRunning());
    const QString host = Target::host(QStringLiteral("ns3")).key();
    QSignalSpy changed(m_collector.get(), &MetricsCollector::targetsChanged);
    QVERIFY(m_hosts->remove(QStringLiteral("ns3")));
    m_collector->refreshTargets();
    QVERIFY(!m_collector->targets().contains(host));
    QVERIFY(changed.count() >= 1);

    hosts::HostRecord ns3{
        0, QStringLiteral("ns3"), m_ns3.address, 22, m_env.user, {m_env.key}, false, {}, {}};
    QVERIFY(m_hosts->add(ns3));
    m_collector->refreshTargets();
    QVERIFY(m_collector->targets().contains(host));
    const qint64 since = QDateTime::currentMSecsSinceEpoch();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_store->latest(host, QString(names::kCpu), kFresh).value_or(MetricPoint{}).timeMs > since,
        20000);
}

void TestMetricsCollector::stopEndsCollection()
{
    QVERIFY(m_collector);
    const QString host = Target::host(QStringLiteral("ns3")).key();
    m_collector->stop();
    QVERIFY(!m_collector->isRunning());
    QVERIFY(m_collector->targets().isEmpty());
    const auto last = m_store->latest(host, QString(names::kCpu), kFresh);
    QVERIFY(last);
    QTest::qWait(2500);
    QCOMPARE(m_store->latest(host, QString(names::kCpu), kFresh)->timeMs, last->timeMs);
}

QTEST_GUILESS_MAIN(TestMetricsCollector)
#include "tst_metricscollector.moc"
