#include "store/commandlogrepository.h"
#include "store/database.h"
#include "store/storeworker.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace sloop;
using namespace sloop::store;

namespace {

CommandLogEntry entry(int n)
{
    CommandLogEntry e;
    e.time = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + n);
    e.target = QStringLiteral("local");
    e.call = QStringLiteral("GET /v1.41/_ping #%1").arg(n);
    e.result = QStringLiteral("200");
    return e;
}

StoreWorker::Write appendEntry(int n)
{
    return [n](StoreWriteContext &c) {
        return c.resident<CommandLogRepository>().append({entry(n)});
    };
}

} // namespace

// The store worker against a real SQLite file, with a second connection
// holding the write lock as another process would (SQLITE_BUSY).
class TestStoreWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void writesInOrderOffTheCallersThread();
    void busyDatabaseIsRetriedInOrder();
    void givesUpAfterRetriesAndSaysSo();
    void invalidInputIsNotRetried();
    void notStartedFailsEveryWrite();
    void destructionStoresWhatIsQueued();

private:
    QList<QString> savedCalls();
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    Database m_db; // the owner's connection, as ControlPlane keeps it
};

void TestStoreWorker::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    QVERIFY(paths::ensureDir(paths::dataDir()));
    const VoidResult opened = m_db.open(paths::databaseFile());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestStoreWorker::init()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM command_log")));
}

QList<QString> TestStoreWorker::savedCalls()
{
    CommandLogRepository repo(m_db);
    const auto latest = repo.latest(10000);
    QList<QString> calls;
    if (latest)
        for (const CommandLogEntry &e : *latest)
            calls.append(e.call);
    return calls;
}

void TestStoreWorker::writesInOrderOffTheCallersThread()
{
    StoreWorker worker;
    QVERIFY(worker.start(paths::databaseFile()).ok());
    QThread *writerThread = nullptr;
    int done = 0;
    for (int i = 0; i < 200; ++i) {
        worker.submit(
            QStringLiteral("entry %1").arg(i),
            [i, &writerThread](StoreWriteContext &c) {
                writerThread = QThread::currentThread();
                return c.resident<CommandLogRepository>().append({entry(i)});
            },
            this, [&done](const VoidResult &r) { done += r.ok() ? 1 : 0; });
    }
    QVERIFY(worker.sync());
    QCOMPARE(worker.pending(), 0);
    QVERIFY(writerThread && writerThread != QThread::currentThread());
    const QList<QString> calls = savedCalls();
    QCOMPARE(calls.size(), 200);
    for (int i = 0; i < 200; ++i)
        QCOMPARE(calls.at(i), entry(i).call);
    // The callbacks come on this thread's event loop.
    QTRY_COMPARE(done, 200);
}

void TestStoreWorker::busyDatabaseIsRetriedInOrder()
{
    StoreWorker worker;
    worker.setRetryPolicy({20, 50, 200});
    QVERIFY(worker.start(paths::databaseFile(), 20).ok());
    QSignalSpy failed(&worker, &StoreWorker::writeFailed);

    QSqlQuery lock(m_db.connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    worker.submit(QStringLiteral("first"), appendEntry(1));
    worker.submit(QStringLiteral("second"), appendEntry(2));
    QVERIFY(!worker.sync(800)); // still being retried behind the lock
    QCOMPARE(worker.pending(), 2);
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));

    QVERIFY(worker.sync(5000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(savedCalls(), (QList<QString>{entry(1).call, entry(2).call}));
}

void TestStoreWorker::givesUpAfterRetriesAndSaysSo()
{
    StoreWorker worker;
    worker.setRetryPolicy({3, 10, 20});
    QVERIFY(worker.start(paths::databaseFile(), 10).ok());
    QSignalSpy failed(&worker, &StoreWorker::writeFailed);
    std::optional<VoidResult> outcome;

    QSqlQuery lock(m_db.connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    worker.submit(QStringLiteral("the held entry"), appendEntry(7), this,
                  [&outcome](const VoidResult &r) { outcome = r; });
    QVERIFY(worker.sync(5000));
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));

    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the held entry"));
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QVERIFY2(outcome->error().contains(QLatin1String("locked")), qPrintable(outcome->error()));
    QVERIFY(savedCalls().isEmpty());
}

void TestStoreWorker::invalidInputIsNotRetried()
{
    StoreWorker worker;
    QVERIFY(worker.start(paths::databaseFile()).ok());
    QSignalSpy failed(&worker, &StoreWorker::writeFailed);
    int attempts = 0;
    std::optional<VoidResult> outcome;
    worker.submit(
        QStringLiteral("a bad point"),
        [&attempts](StoreWriteContext &) {
            ++attempts;
            return VoidResult::failure(ErrorKind::InvalidInput, QStringLiteral("NaN"));
        },
        this, [&outcome](const VoidResult &r) { outcome = r; });
    QVERIFY(worker.sync(1000));
    QCOMPARE(attempts, 1);
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->kind(), ErrorKind::InvalidInput);
    QCOMPARE(failed.count(), 0); // the store names skipped points itself
}

void TestStoreWorker::notStartedFailsEveryWrite()
{
    StoreWorker worker;
    std::optional<VoidResult> outcome;
    worker.submit(QStringLiteral("an entry"), appendEntry(1), this,
                  [&outcome](const VoidResult &r) { outcome = r; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QVERIFY(worker.sync(0));
}

void TestStoreWorker::destructionStoresWhatIsQueued()
{
    {
        StoreWorker worker;
        QVERIFY(worker.start(paths::databaseFile()).ok());
        for (int i = 0; i < 50; ++i)
            worker.submit(QStringLiteral("entry"), appendEntry(i));
    }
    QCOMPARE(savedCalls().size(), 50);
}

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
