#include "store/commandlogrepository.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace sloop;
using namespace sloop::store;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void xdgPaths();
    void migratesToLatest();
    void refusesNewerSchema();
    void keepsACopyBeforeMigrating();
    void refusesToMigrateWithoutACopy();
    void commandLogRoundTrip();
    void pruneKeepsNewest();
    void pruneDropsOld();
    void killedWriterLosesNothingCommitted();
    void readThenWriteTransactionsFromTwoConnectionsAllCommit();

private:
    void childWriter();
    std::unique_ptr<test::IsolatedXdg> m_xdg;
};

void TestDatabase::initTestCase()
{
    if (qEnvironmentVariableIsSet("SLOOP_DB_CHILD")) {
        childWriter(); // never returns
    }
    m_xdg = std::make_unique<test::IsolatedXdg>();
}

void TestDatabase::xdgPaths()
{
    QCOMPARE(paths::dataDir(), m_xdg->path() + QStringLiteral("/data/sloop"));
    QCOMPARE(paths::configDir(), m_xdg->path() + QStringLiteral("/config/sloop"));
    QCOMPARE(paths::runtimeDir(), m_xdg->path() + QStringLiteral("/runtime/sloop"));
    qputenv("XDG_DATA_HOME", "relative/path"); // invalid per the spec: ignored
    QVERIFY(paths::dataDir().endsWith(QLatin1String("/.local/share/sloop")));
    qputenv("XDG_DATA_HOME", (m_xdg->path() + QStringLiteral("/data")).toUtf8());
}

void TestDatabase::migratesToLatest()
{
    QVERIFY(paths::ensureDir(paths::dataDir()));
    Database db;
    const auto opened = db.open(paths::databaseFile());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    db.close();
    // Opening again is a no-op for migrations.
    QVERIFY(db.open(paths::databaseFile()).ok());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::refusesNewerSchema()
{
    const QString file = m_xdg->path() + QStringLiteral("/newer.db");
    {
        Database db;
        QVERIFY(db.open(file).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=999")));
    }
    Database db;
    const auto opened = db.open(file);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QLatin1String("newer Sloop")), qPrintable(opened.error()));
}

// A database as an older Sloop left it: every migration but the last.
static QString makeOlderDatabase(const QString &file)
{
    const QString name = QStringLiteral("older-") + file;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        const int older = Database::latestSchemaVersion() - 1;
        for (int v = 1; v <= older; ++v)
            for (const QString &sql : migrations().at(v - 1))
                if (!q.exec(sql))
                    return q.lastError().text();
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(older)))
            return q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return {};
}

void TestDatabase::keepsACopyBeforeMigrating()
{
    const QString file = m_xdg->path() + QStringLiteral("/older.db");
    const QString error = makeOlderDatabase(file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int older = Database::latestSchemaVersion() - 1;
    Database db;
    QVERIFY(db.open(file).ok());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    const QString copy = db.backupFile(older);
    QVERIFY(QFile::exists(copy));
    QCOMPARE(QFile::permissions(copy) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    // Opening the copy would migrate it: read its version directly.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
        raw.setDatabaseName(copy);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), older);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    // Already the newest: no copy made again.
    QVERIFY(QFile::remove(copy));
    db.close();
    QVERIFY(db.open(file).ok());
    QVERIFY(!QFile::exists(copy));
}

void TestDatabase::refusesToMigrateWithoutACopy()
{
    const QString file = m_xdg->path() + QStringLiteral("/nocopy.db");
    const QString error = makeOlderDatabase(file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int older = Database::latestSchemaVersion() - 1;
    // The copy cannot be written (its name is taken by a folder with a file).
    const QString copy = file + QStringLiteral(".schema-%1.bak").arg(older);
    QVERIFY(QDir().mkpath(copy));
    QVERIFY(test::writeTestFile(copy + QStringLiteral("/keep"), "x"));
    Database db;
    const VoidResult opened = db.open(file);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("Nothing was changed")),
             qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), older);
}

void TestDatabase::commandLogRoundTrip()
{
    Database db;
    QVERIFY(db.open(paths::databaseFile()).ok());
    CommandLogRepository repo(db);
    CommandLogEntry e;
    e.time = QDateTime::fromMSecsSinceEpoch(1700000000123);
    e.target = QStringLiteral("local");
    e.call = QStringLiteral("GET /v1.41/containers/json?all=1 'quoted' \"double\"\n");
    e.durationMs = 12;
    e.ok = false;
    e.result = QStringLiteral("500: boom");
    QVERIFY(repo.append({e, e}).ok());
    const auto latest = repo.latest(1);
    QVERIFY(latest.ok());
    QCOMPARE(latest->size(), 1);
    QCOMPARE(latest->first().call, e.call);
    QCOMPARE(latest->first().time, e.time);
    QCOMPARE(latest->first().ok, false);
}

void TestDatabase::pruneKeepsNewest()
{
    Database db;
    QVERIFY(db.open(paths::databaseFile()).ok());
    CommandLogRepository repo(db);
    QList<CommandLogEntry> many;
    for (int i = 0; i < 50; ++i) {
        CommandLogEntry e;
        e.time = QDateTime::currentDateTime();
        e.target = QStringLiteral("local");
        e.call = QStringLiteral("call %1").arg(i);
        many.append(e);
    }
    QVERIFY(repo.append(many).ok());
    QVERIFY(repo.prune(10).ok());
    QCOMPARE(*repo.count(), 10);
    QCOMPARE(repo.latest(1)->first().call, QStringLiteral("call 49"));
}

void TestDatabase::pruneDropsOld()
{
    Database db;
    QVERIFY(db.open(paths::databaseFile()).ok());
    CommandLogRepository repo(db);
    QVERIFY(repo.prune(0).ok());
    const QDateTime now = QDateTime::currentDateTime();
    QList<CommandLogEntry> entries;
    for (int days : {40, 31, 29, 1, 0}) {
        CommandLogEntry e;
        e.time = now.addDays(-days);
        e.call = QStringLiteral("%1 days ago").arg(days);
        entries.append(e);
    }
    QVERIFY(repo.append(entries).ok());
    QVERIFY(repo.pruneOlderThan(now.addDays(-30).toMSecsSinceEpoch()).ok());
    QCOMPARE(*repo.count(), 3);
    QCOMPARE(repo.latest(3)->first().call, QStringLiteral("29 days ago"));
}

void TestDatabase::childWriter()
{
    // Writes entries one transaction at a time and reports each commit on
    // stdout, until the parent kills it.
    Database db;
    if (!db.open(qEnvironmentVariable("SLOOP_DB_CHILD")).ok())
        ::_exit(3);
    CommandLogRepository repo(db);
    for (int i = 0;; ++i) {
        CommandLogEntry e;
        e.time = QDateTime::currentDateTime();
        e.target = QStringLiteral("child");
        e.call = QStringLiteral("write %1").arg(i);
        if (!repo.append({e}).ok())
            ::_exit(4);
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}

void TestDatabase::killedWriterLosesNothingCommitted()
{
    const QString file = m_xdg->path() + QStringLiteral("/killed.db");
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SLOOP_DB_CHILD"), file);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("xdgPaths")});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).count('\n') > 200, 20000);
    child.kill(); // SIGKILL mid-stream
    child.waitForFinished();
    out += child.readAllStandardOutput();
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const int lastConfirmed = lines.last().toInt();

    Database db;
    QVERIFY(db.open(file).ok());
    CommandLogRepository repo(db);
    const auto count = repo.count();
    QVERIFY(count.ok());
    // Every write the child confirmed is there (at most one more, committed
    // but not yet printed when it died).
    QVERIFY2(
        *count >= lastConfirmed + 1,
        qPrintable(QStringLiteral("%1 rows, confirmed %2").arg(*count).arg(lastConfirmed + 1)));
    QVERIFY(*count <= lastConfirmed + 2);
}

// A transaction that reads and then writes must not fail because another
// connection committed in between: with a deferred BEGIN, SQLite answers
// SQLITE_BUSY at once (the busy timeout does not apply to a stale read
// snapshot), which a full CI run met as a GUI action failing now and then.
void TestDatabase::readThenWriteTransactionsFromTwoConnectionsAllCommit()
{
    const QString file = m_xdg->path() + QStringLiteral("/contended.db");
    {
        Database db;
        QVERIFY(db.open(file).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE counter (n INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO counter VALUES (0)")));
    }
    constexpr int kEach = 150;
    std::atomic<int> failures{0};
    QString firstError;
    std::mutex errorLock;
    auto increment = [&] {
        Database db;
        if (!db.open(file).ok()) {
            failures += kEach;
            return;
        }
        for (int i = 0; i < kEach; ++i) {
            const VoidResult done = db.transaction([&]() -> VoidResult {
                QSqlQuery q(db.connection());
                if (!q.exec(QStringLiteral("SELECT n FROM counter")) || !q.next())
                    return VoidResult::failure(q.lastError().text());
                const int n = q.value(0).toInt();
                q.finish();
                std::this_thread::yield();
                if (!q.exec(QStringLiteral("UPDATE counter SET n = %1").arg(n + 1)))
                    return VoidResult::failure(q.lastError().text());
                return {};
            });
            if (!done) {
                ++failures;
                const std::lock_guard<std::mutex> hold(errorLock);
                if (firstError.isEmpty())
                    firstError = done.error();
            }
        }
    };
    std::thread one(increment);
    std::thread two(increment);
    one.join();
    two.join();
    QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1 of %2 transactions failed, first: %3")
                                           .arg(failures.load())
                                           .arg(2 * kEach)
                                           .arg(firstError)));
    Database db;
    QVERIFY(db.open(file).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT n FROM counter")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2 * kEach);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
