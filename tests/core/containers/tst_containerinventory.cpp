// The live container list against the real dockerd: events drive small
// deltas; an engine that goes away is reported and recovered from.
#include "containers/containerinventory.h"
#include "containers/statssampler.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "http/streamtransport.h"
#include "socketrelay.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::engine;
using sloop::containers::ContainerDelta;
using sloop::containers::ContainerInventory;

class TestContainerInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void followsEvents();
    void samplesStats();
    void recoversWhenEngineReturns();

private:
    QString create(const QString &tag, const QStringList &cmd);
    DockerClient *m_client = nullptr;
    QStringList m_created;
};

void TestContainerInventory::initTestCase()
{
    auto connected = test::connectTestEngine(this);
    QVERIFY2(connected.ok(), qPrintable(connected.error()));
    m_client = connected.value();
}

void TestContainerInventory::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_created))
        test::await(m_client->removeContainer(id, true));
}

QString TestContainerInventory::create(const QString &tag, const QStringList &cmd)
{
    ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = test::uniqueName(tag);
    spec.command = cmd;
    const auto id = test::await(m_client->createContainer(spec));
    if (id.ok())
        m_created.append(*id);
    return id.ok() ? *id : QString();
}

void TestContainerInventory::followsEvents()
{
    ContainerInventory inventory(m_client);
    QSignalSpy state(&inventory, &ContainerInventory::stateChanged);
    inventory.start();
    QTRY_COMPARE_WITH_TIMEOUT(inventory.state(), ContainerInventory::State::Ready, 10000);

    QList<ContainerDelta> deltas;
    connect(&inventory, &ContainerInventory::changed, this,
            [&deltas](const ContainerDelta &d) { deltas.append(d); });
    const QString id =
        create(QStringLiteral("inv"), {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(inventory.container(id).has_value(), 5000);
    // No count check: other suites create and remove containers on the
    // same engine at the same time.
    QCOMPARE(inventory.container(id)->state, QStringLiteral("created"));

    QVERIFY(test::await(m_client->startContainer(id)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(inventory.container(id)->state, QStringLiteral("running"), 5000);
    QVERIFY(test::await(m_client->removeContainer(id, true)).ok());
    m_created.removeAll(id);
    QTRY_VERIFY_WITH_TIMEOUT(!inventory.container(id).has_value(), 5000);
    // Small deltas for the containers events named (other suites' too),
    // never a full re-list of everything.
    for (const ContainerDelta &d : std::as_const(deltas)) {
        QVERIFY(d.added.size() + d.updated.size() + d.removed.size() <= 5);
    }
}

void TestContainerInventory::samplesStats()
{
    const QString id = create(QStringLiteral("busy"), {QStringLiteral("sh"), QStringLiteral("-c"),
                                                       QStringLiteral("while :; do :; done")});
    QVERIFY(test::await(m_client->startContainer(id)).ok());
    ContainerInventory inventory(m_client);
    inventory.start();
    QTRY_COMPARE_WITH_TIMEOUT(inventory.state(), ContainerInventory::State::Ready, 10000);
    containers::StatsSampler sampler(&inventory);
    sampler.setInterval(500);
    sampler.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(sampler.history(id).size() >= 3, 10000);
    const StatsSample last = *sampler.latest(id);
    // A busy loop; the bound is low because CI runs two suites at once on
    // two cores, and the point is that CPU% comes from our own deltas.
    QVERIFY2(last.cpuPercent > 5, qPrintable(QString::number(last.cpuPercent)));
    QVERIFY(last.memoryUsage > 0);
}

void TestContainerInventory::recoversWhenEngineReturns()
{
    QTemporaryDir dir;
    const QString relayPath = dir.filePath(QStringLiteral("relay.sock"));
    const QString target = discoverLocalEngines().first().socketPath;
    DockerClient client(QStringLiteral("relayed"),
                        std::make_shared<http::UnixSocketTransport>(relayPath));
    ContainerInventory inventory(&client);
    inventory.setRetryInterval(200);
    inventory.start();
    // Nothing listens yet: a clear reason, and it keeps trying.
    QTRY_COMPARE_WITH_TIMEOUT(inventory.state(), ContainerInventory::State::Unavailable, 5000);
    QVERIFY2(inventory.problem().contains(QLatin1String("No container engine is listening")),
             qPrintable(inventory.problem()));

    // One container of this test's own is there when the engine answers:
    // the first list is read, not only the state set.
    const QString before = create(QStringLiteral("before"), {QStringLiteral("true")});
    QVERIFY(!before.isEmpty());
    test::SocketRelay relay(relayPath, target);
    QVERIFY(relay.start());
    QTRY_COMPARE_WITH_TIMEOUT(inventory.state(), ContainerInventory::State::Ready, 10000);
    QVERIFY(inventory.container(before).has_value());
    const int count = inventory.count();

    relay.stop(); // the engine goes away: the event stream is cut
    QTRY_COMPARE_WITH_TIMEOUT(inventory.state(), ContainerInventory::State::Unavailable, 5000);
    QCOMPARE(inventory.count(), count); // what was known stays shown

    QVERIFY(relay.start());
    QTRY_COMPARE_WITH_TIMEOUT(inventory.state(), ContainerInventory::State::Ready, 10000);
    // And it follows events again.
    ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = test::uniqueName(QStringLiteral("back"));
    const auto id = test::await(m_client->createContainer(spec));
    QVERIFY(id.ok());
    m_created.append(*id);
    QTRY_VERIFY_WITH_TIMEOUT(inventory.container(*id).has_value(), 5000);
}

QTEST_GUILESS_MAIN(TestContainerInventory)
#include "tst_containerinventory.moc"
