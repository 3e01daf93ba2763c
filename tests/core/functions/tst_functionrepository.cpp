// The functions table: Lambda's limits checked before anything is stored,
// names unique whatever the case, a round trip that keeps every field.
#include "functions/functionjson.h"
#include "functions/functionrepository.h"
#include "functions/invocationlog.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QDateTime>
#include <QTest>

using namespace sloop;
using namespace sloop::functions;

class TestFunctionRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void namesAreUniqueWhateverTheCase();
    void refusesWhatLambdaRefuses_data();
    void refusesWhatLambdaRefuses();
    void updateAndRemove();
    void invocationLogsAreKeptForTheRetention();

private:
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    store::Database m_db;
};

void TestFunctionRepository::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    QVERIFY(paths::ensureDir(paths::dataDir()));
    const VoidResult opened = m_db.open(paths::databaseFile());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestFunctionRepository::roundTrip()
{
    FunctionRecord r;
    r.name = QStringLiteral("thumbnailer");
    r.handler = QStringLiteral("thumbs.make");
    r.memoryMiB = 512;
    r.timeoutSeconds = 30;
    r.ephemeralMiB = 1024;
    r.environment = {{QStringLiteral("SIZE"), QStringLiteral("128x128")},
                     {QStringLiteral("OUT_DIR"), QStringLiteral("/tmp/out")}};
    r.engine = QStringLiteral("web-1");
    r.extraEngines = {QStringLiteral("web-2"), QStringLiteral("local")};
    r.network = false;
    r.reservedConcurrency = 5;
    r.description = QStringLiteral("makes thumbnails — of images");
    FunctionRepository repo(m_db);
    const auto added = repo.add(r);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(added->id > 0);
    QVERIFY(added->createdMs > 0);
    const auto found = repo.find(QStringLiteral("thumbnailer"));
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(found->value(), added.value());
    FunctionRecord provided;
    provided.name = QStringLiteral("go-fn");
    provided.runtime = Runtime::Provided;
    provided.handler = QStringLiteral("bootstrap");
    QVERIFY(repo.add(provided).ok());
    const auto all = repo.all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("go-fn"));
    QCOMPARE(all->at(0).runtime, Runtime::Provided);
    QVERIFY(!all->at(0).reservedConcurrency.has_value());
    QVERIFY(all->at(0).extraEngines.isEmpty());
    // An image function, on a user network, and what its JSON keeps.
    FunctionRecord image;
    image.name = QStringLiteral("img-fn");
    image.runtime = Runtime::Image;
    image.imageUri = QStringLiteral("registry.local:5000/team/api:7");
    image.handler.clear();
    image.dockerNetwork = QStringLiteral("apps");
    const auto stored = repo.add(image);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(repo.find(QStringLiteral("img-fn"))->value(), *stored);
    const auto back = functionFromJson(functionToJson(*stored));
    QVERIFY(back.ok());
    QCOMPARE(back->imageUri, image.imageUri);
    QCOMPARE(back->dockerNetwork, image.dockerNetwork);
    QCOMPARE(functionFromJson(functionToJson(*added))->extraEngines, r.extraEngines);
}

void TestFunctionRepository::namesAreUniqueWhateverTheCase()
{
    FunctionRecord r;
    r.name = QStringLiteral("Thumbnailer");
    const auto again = FunctionRepository(m_db).add(r);
    QCOMPARE(again.kind(), ErrorKind::Conflict);
    QVERIFY2(again.error().contains(QLatin1String("exists already")), qPrintable(again.error()));
}

void TestFunctionRepository::refusesWhatLambdaRefuses_data()
{
    QTest::addColumn<FunctionRecord>("record");
    QTest::addColumn<QString>("says");
    const auto make = [](auto change) {
        FunctionRecord r;
        r.name = QStringLiteral("ok-name");
        change(r);
        return r;
    };
    QTest::newRow("hostile name") << make([](FunctionRecord &r) {
        r.name = QStringLiteral("a;rm -rf /");
    }) << QStringLiteral("not a function name");
    QTest::newRow("long name") << make([](FunctionRecord &r) {
        r.name = QString(65, QLatin1Char('a'));
    }) << QStringLiteral("not a function name");
    QTest::newRow("memory low") << make([](FunctionRecord &r) { r.memoryMiB = 64; })
                                << QStringLiteral("Memory");
    QTest::newRow("memory high") << make([](FunctionRecord &r) { r.memoryMiB = 20000; })
                                 << QStringLiteral("Memory");
    QTest::newRow("timeout") << make([](FunctionRecord &r) { r.timeoutSeconds = 901; })
                             << QStringLiteral("timeout");
    QTest::newRow("tmp") << make([](FunctionRecord &r) { r.ephemeralMiB = 100; })
                         << QStringLiteral("Ephemeral");
    QTest::newRow("host network") << make([](FunctionRecord &r) {
        r.dockerNetwork = QStringLiteral("host");
    }) << QStringLiteral("sandboxed");
    QTest::newRow("network name") << make([](FunctionRecord &r) {
        r.dockerNetwork = QStringLiteral("a b");
    }) << QStringLiteral("not a Docker network");
    QTest::newRow("network while off") << make([](FunctionRecord &r) {
        r.network = false;
        r.dockerNetwork = QStringLiteral("apps");
    }) << QStringLiteral("without network");
    QTest::newRow("handler") << make([](FunctionRecord &r) {
        r.handler = QStringLiteral("app handler");
    }) << QStringLiteral("not a handler");
    QTest::newRow("env name") << make([](FunctionRecord &r) {
        r.environment.insert(QStringLiteral("1BAD"), {});
    }) << QStringLiteral("not an environment variable name");
    QTest::newRow("reserved env") << make([](FunctionRecord &r) {
        r.environment.insert(QStringLiteral("AWS_REGION"), {});
    }) << QStringLiteral("set by the runtime");
    QTest::newRow("env too big") << make([](FunctionRecord &r) {
        r.environment.insert(QStringLiteral("BIG"), QString(5000, QLatin1Char('x')));
    }) << QStringLiteral("4 KB");
}

void TestFunctionRepository::refusesWhatLambdaRefuses()
{
    QFETCH(FunctionRecord, record);
    QFETCH(QString, says);
    const auto refused = FunctionRepository(m_db).add(record);
    QCOMPARE(refused.kind(), ErrorKind::InvalidInput);
    QVERIFY2(refused.error().contains(says), qPrintable(refused.error()));
    QVERIFY(!FunctionRepository(m_db).find(record.name)->has_value());
}

void TestFunctionRepository::updateAndRemove()
{
    FunctionRepository repo(m_db);
    FunctionRecord r = repo.find(QStringLiteral("thumbnailer"))->value();
    r.memoryMiB = 1024;
    r.environment.remove(QStringLiteral("SIZE"));
    const auto updated = repo.update(r);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(updated->memoryMiB, 1024);
    QCOMPARE(updated->environment.size(), 1);
    QCOMPARE(updated->createdMs, r.createdMs);
    FunctionRecord missing;
    missing.name = QStringLiteral("nobody-home");
    QCOMPARE(repo.update(missing).kind(), ErrorKind::NotFound);
    QVERIFY(repo.remove(QStringLiteral("THUMBNAILER")).ok()); // any case, as names go
    QCOMPARE(repo.remove(QStringLiteral("thumbnailer")).kind(), ErrorKind::NotFound);
}

void TestFunctionRepository::invocationLogsAreKeptForTheRetention()
{
    InvocationLog log(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const qint64 age : {qint64(0), 29 * 86'400'000LL, 31 * 86'400'000LL}) {
        InvocationRecord r;
        r.function = QStringLiteral("kept");
        r.requestId = QString::number(age);
        r.startedMs = now - age;
        r.log = QStringLiteral("START\n");
        QVERIFY(log.append(r).ok());
    }
    QVERIFY(log.keepDays(0, now).ok()); // 0: forever
    QCOMPARE(log.recent(QStringLiteral("kept"), 10)->size(), 3);
    QVERIFY(log.keepDays(30, now).ok());
    const auto left = log.recent(QStringLiteral("kept"), 10);
    QCOMPARE(left->size(), 2);
    QCOMPARE(left->last().requestId, QString::number(29 * 86'400'000LL));
    // This month's usage counts what is kept.
    QCOMPARE(log.usage(now - 30 * 86'400'000LL)->value(QStringLiteral("kept")).requests, 2);
}

QTEST_GUILESS_MAIN(TestFunctionRepository)
#include "tst_functionrepository.moc"
