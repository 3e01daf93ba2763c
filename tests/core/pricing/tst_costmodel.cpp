#include "pricing/costmodel.h"
#include "pricing/costrepository.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QTest>

using namespace sloop;
using namespace sloop::pricing;

class TestCostModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void instanceShare_data();
    void instanceShare();
    void summaryPerInstanceHostAndTotal();
    void machinesWithoutCostOrMemory();
    void overcommittedHostIsCappedAtItsCost();
    void repositorySetReplaceRemove();
    void repositoryRefusesBadInput_data();
    void repositoryRefusesBadInput();
};

void TestCostModel::instanceShare_data()
{
    QTest::addColumn<qint64>("hostCents");
    QTest::addColumn<qint64>("hostMiB");
    QTest::addColumn<qint64>("planMiB");
    QTest::addColumn<qint64>("expected"); // -1: no estimate
    QTest::newRow("a quarter") << qint64(2000) << qint64(8192) << qint64(2048) << qint64(500);
    QTest::newRow("the whole") << qint64(2000) << qint64(8192) << qint64(8192) << qint64(2000);
    QTest::newRow("bigger than the host is capped")
        << qint64(2000) << qint64(4096) << qint64(65536) << qint64(2000);
    QTest::newRow("rounds half up") << qint64(1) << qint64(2) << qint64(1) << qint64(1);
    QTest::newRow("rounds down") << qint64(10) << qint64(3) << qint64(1) << qint64(3);
    QTest::newRow("third of a euro") << qint64(100) << qint64(3) << qint64(2) << qint64(67);
    QTest::newRow("free host") << qint64(0) << qint64(1024) << qint64(512) << qint64(0);
    QTest::newRow("memory unknown") << qint64(2000) << qint64(0) << qint64(512) << qint64(-1);
    QTest::newRow("negative plan") << qint64(2000) << qint64(1024) << qint64(-5) << qint64(0);
    QTest::newRow("big numbers") << qint64(100000000) << qint64(1) << qint64(1)
                                 << qint64(100000000);
    QTest::newRow("home server 512 MiB of 31.3 GiB")
        << qint64(1500) << qint64(32051) << qint64(512) << qint64(24);
}

void TestCostModel::instanceShare()
{
    QFETCH(qint64, hostCents);
    QFETCH(qint64, hostMiB);
    QFETCH(qint64, planMiB);
    QFETCH(qint64, expected);
    const std::optional<qint64> share = instanceEstimateCents(hostCents, hostMiB, planMiB);
    if (expected < 0) {
        QVERIFY(!share.has_value());
    } else {
        QVERIFY(share.has_value());
        QCOMPARE(*share, expected);
    }
}

void TestCostModel::summaryPerInstanceHostAndTotal()
{
    // A VPS for 20 USD with 8 GiB, the local engine on a home server whose
    // power costs 15 EUR, 16 GiB.
    const QList<MachineCost> machines = {
        {QStringLiteral("vps"), 8192, 2000, QStringLiteral("USD")},
        {QStringLiteral("local"), 16384, 1500, QStringLiteral("EUR")},
    };
    const QList<InstanceUse> instances = {
        {QStringLiteral("web"), QStringLiteral("vps"), 2048, 1200},        // small
        {QStringLiteral("db"), QStringLiteral("VPS"), 4096, 2400},         // medium; any case
        {QStringLiteral("lab"), QStringLiteral("local"), 512, 500},        // nano
        {QStringLiteral("stray"), QStringLiteral("elsewhere"), 1024, 700}, // micro
    };
    const CostSummary s = estimateCosts(machines, instances);

    QCOMPARE(s.instances.size(), 4);
    QCOMPARE(s.instances.at(0).cents, std::optional<qint64>(500));
    QCOMPARE(s.instances.at(0).currency, QStringLiteral("USD"));
    QCOMPARE(s.instances.at(0).lightsailCents, 1200);
    QCOMPARE(s.instances.at(1).cents, std::optional<qint64>(1000));
    QCOMPARE(s.instances.at(2).cents, std::optional<qint64>(47)); // 1500 * 512 / 16384 = 46.875
    QCOMPARE(s.instances.at(2).currency, QStringLiteral("EUR"));
    QVERIFY(!s.instances.at(3).cents.has_value());

    QCOMPARE(s.machines.size(), 3);
    const MachineEstimate &vps = s.machines.at(0);
    QCOMPARE(vps.location, QStringLiteral("vps"));
    QCOMPARE(vps.statedCents, std::optional<qint64>(2000));
    QCOMPARE(vps.instances, 2);
    QCOMPARE(vps.instanceCents, 1500);
    QCOMPARE(vps.planMemoryMiB, 6144);
    QCOMPARE(vps.lightsailCents, 3600);
    QCOMPARE(s.machines.at(1).instanceCents, 47);
    const MachineEstimate &elsewhere = s.machines.at(2);
    QCOMPARE(elsewhere.location, QStringLiteral("elsewhere"));
    QVERIFY(!elsewhere.statedCents.has_value());
    QCOMPARE(elsewhere.instances, 1);
    QCOMPARE(elsewhere.lightsailCents, 700);

    QCOMPARE(s.statedTotal.value(QStringLiteral("USD")), 2000);
    QCOMPARE(s.statedTotal.value(QStringLiteral("EUR")), 1500);
    QCOMPARE(s.instanceTotal.value(QStringLiteral("USD")), 1500);
    QCOMPARE(s.instanceTotal.value(QStringLiteral("EUR")), 47);
    QCOMPARE(s.lightsailTotalCents, 1200 + 2400 + 500 + 700);
}

void TestCostModel::machinesWithoutCostOrMemory()
{
    const QList<MachineCost> machines = {
        {QStringLiteral("nocost"), 4096, std::nullopt, QStringLiteral("USD")},
        {QStringLiteral("nomem"), 0, 900, QStringLiteral("USD")},
        {QStringLiteral("NoCost"), 1, 1, QStringLiteral("USD")}, // named twice: the first counts
    };
    const CostSummary s =
        estimateCosts(machines, {{QStringLiteral("a"), QStringLiteral("nocost"), 512, 500},
                                 {QStringLiteral("b"), QStringLiteral("nomem"), 512, 500}});
    QCOMPARE(s.machines.size(), 2);
    QVERIFY(!s.instances.at(0).cents.has_value());
    QVERIFY(!s.instances.at(1).cents.has_value());
    QCOMPARE(s.machines.at(1).instanceCents, 0);
    QCOMPARE(s.statedTotal.value(QStringLiteral("USD")), 900);
    QCOMPARE(s.lightsailTotalCents, 1000);
}

void TestCostModel::overcommittedHostIsCappedAtItsCost()
{
    const CostSummary s =
        estimateCosts({{QStringLiteral("tiny"), 1024, 1000, QStringLiteral("USD")}},
                      {{QStringLiteral("a"), QStringLiteral("tiny"), 1024, 700},
                       {QStringLiteral("b"), QStringLiteral("tiny"), 1024, 700},
                       {QStringLiteral("c"), QStringLiteral("tiny"), 2048, 1200}});
    for (const InstanceEstimate &e : s.instances)
        QCOMPARE(e.cents, std::optional<qint64>(1000));
    QCOMPARE(s.machines.first().instanceCents, 1000);
    QCOMPARE(s.machines.first().planMemoryMiB, 4096);
    QCOMPARE(s.instanceTotal.value(QStringLiteral("USD")), 1000);
}

void TestCostModel::repositorySetReplaceRemove()
{
    test::IsolatedXdg xdg;
    QVERIFY(paths::ensureDir(paths::dataDir()));
    store::Database db;
    QVERIFY(db.open(paths::databaseFile()).ok());
    CostRepository repo(db);
    QVERIFY(repo.all()->isEmpty());

    const auto set = repo.set({QStringLiteral("web-1"), 1250, QStringLiteral("USD"), 0});
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QVERIFY(set->updatedMs > 0);
    QVERIFY(repo.set({QStringLiteral("local"), 0, QStringLiteral("EUR"), 0}).ok());
    // Same place in another case: replaced, not added.
    QVERIFY(repo.set({QStringLiteral("WEB-1"), 900, QStringLiteral("EUR"), 0}).ok());

    const auto all = repo.all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).location, QStringLiteral("local"));
    QCOMPARE(all->at(1).location, QStringLiteral("WEB-1"));
    QCOMPARE(all->at(1).monthlyCents, 900);
    QCOMPARE(all->at(1).currency, QStringLiteral("EUR"));

    const auto found = repo.find(QStringLiteral("web-1"));
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->monthlyCents, 900);
    QVERIFY(!repo.find(QStringLiteral("nope"))->has_value());

    QVERIFY(repo.remove(QStringLiteral("Web-1")).ok());
    const VoidResult again = repo.remove(QStringLiteral("web-1"));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("web-1")), qPrintable(again.error()));
    QCOMPARE(repo.all()->size(), 1);

    // Survives closing and reopening.
    db.close();
    QVERIFY(db.open(paths::databaseFile()).ok());
    QCOMPARE(CostRepository(db).all()->first().currency, QStringLiteral("EUR"));
}

void TestCostModel::repositoryRefusesBadInput_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::newRow("empty name") << "" << qint64(100) << "USD";
    QTest::newRow("shell name") << "web;rm -rf" << qint64(100) << "USD";
    QTest::newRow("option name") << "-x" << qint64(100) << "USD";
    QTest::newRow("negative") << "web" << qint64(-1) << "USD";
    QTest::newRow("too much") << "web" << qint64(100000001) << "USD";
    QTest::newRow("currency symbol") << "web" << qint64(100) << "$";
    QTest::newRow("lower-case currency") << "web" << qint64(100) << "usd";
}

void TestCostModel::repositoryRefusesBadInput()
{
    QFETCH(QString, location);
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    test::IsolatedXdg xdg;
    QVERIFY(paths::ensureDir(paths::dataDir()));
    store::Database db;
    QVERIFY(db.open(paths::databaseFile()).ok());
    CostRepository repo(db);
    const auto set = repo.set({location, cents, currency, 0});
    QVERIFY(!set.ok());
    QVERIFY(!set.error().isEmpty());
    QVERIFY(repo.all()->isEmpty());
}

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
