#include "metrics/metricpoint.h"
#include "metrics/metricstore.h"
#include "store/commandlogrepository.h"
#include "store/database.h"
#include "store/storeworker.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace sloop;
using namespace sloop::store;

// The store's disk fills while metrics and the command log are written
// (issue 15's fault suite): the writes wait and say why (submit never
// blocks the caller), and once there is room again every write that was
// acknowledged is there, in full. A real tmpfs of 3 MiB holds the data
// folder; a file fills what is left of it.
class TestStoreDiskFull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writesWaitOutAFullDiskAndLoseNothing();

private:
    qint64 rows(const QString &table);
    QTemporaryDir m_dir;
    QString m_mount;
    bool m_mounted = false;
    Database m_db;
};

void TestStoreDiskFull::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "mounting the small data folder needs root, as .ci/run has");
    // A mount namespace of the test's own: the tmpfs goes with the process,
    // however it ends.
    QVERIFY2(::unshare(CLONE_NEWNS) == 0, std::strerror(errno));
    QVERIFY2(::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0,
             std::strerror(errno));
    m_mount = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_mount));
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=3m"), QStringLiteral("tmpfs"), m_mount});
    QVERIFY(mount.waitForFinished(10000));
    QVERIFY2(mount.exitCode() == 0, mount.readAllStandardError().constData());
    m_mounted = true;
    const VoidResult opened = m_db.open(m_mount + QStringLiteral("/sloop.db"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestStoreDiskFull::cleanupTestCase()
{
    m_db.close();
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mount});
}

qint64 TestStoreDiskFull::rows(const QString &table)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestStoreDiskFull::writesWaitOutAFullDiskAndLoseNothing()
{
    StoreWorker worker;
    // Tried again every 100–400 ms, far past the test's wait.
    worker.setRetryPolicy({1000, 100, 400});
    QVERIFY(worker.start(m_db.file()).ok());
    // Counted on this thread (the signal comes from the worker's).
    QStringList delays;
    connect(
        &worker, &StoreWorker::writeDelayed, this,
        [&delays](const QString &, const Error &problem, int) { delays.append(problem.message); },
        Qt::QueuedConnection);
    QSignalSpy failed(&worker, &StoreWorker::writeFailed);

    // Fill the folder to the last byte.
    const QString fillerName = m_mount + QStringLiteral("/filler");
    {
        QFile filler(fillerName);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }

    constexpr int kBatches = 40;
    constexpr int kPoints = 250;
    constexpr int kEntries = 25;
    int stored = 0;
    int lost = 0;
    for (int b = 0; b < kBatches; ++b) {
        metrics::MetricBatch batch;
        for (int i = 0; i < kPoints; ++i)
            batch.append({QStringLiteral("web-%1").arg(i % 5), QStringLiteral("cpu"),
                          1'700'000'000'000LL + qint64(b) * 1000 * kPoints + i * 1000, double(i)});
        worker.submit(
            QStringLiteral("metrics %1").arg(b),
            [batch](StoreWriteContext &c) {
                return c.resident<metrics::MetricStore>().append(batch);
            },
            this, [&](const VoidResult &r) { r ? ++stored : ++lost; });
        QList<CommandLogEntry> entries;
        for (int i = 0; i < kEntries; ++i) {
            CommandLogEntry e;
            e.time = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + b * kEntries + i);
            e.target = QStringLiteral("local");
            e.call = QStringLiteral("GET /containers/json #%1.%2 ").arg(b).arg(i) +
                     QString(200, QLatin1Char('p'));
            entries.append(e);
        }
        worker.submit(
            QStringLiteral("log %1").arg(b),
            [entries](StoreWriteContext &c) {
                return c.resident<CommandLogRepository>().append(entries);
            },
            this, [&](const VoidResult &r) { r ? ++stored : ++lost; });
    }

    // The disk is full: a write waits, and says why, again and again.
    QTRY_VERIFY2_WITH_TIMEOUT(!delays.isEmpty(), "no write waited although the disk is full",
                              20000);
    QVERIFY2(delays.first().contains(QLatin1String("full"), Qt::CaseInsensitive),
             qPrintable(delays.first()));
    QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 3, 20000);
    QVERIFY(worker.pending() > 0);
    QCOMPARE(lost, 0);

    // Room again: everything that waited is stored, in full.
    QVERIFY(QFile::remove(fillerName));
    QVERIFY2(worker.sync(60000), "the writes did not resume once there was room");
    QTRY_COMPARE_WITH_TIMEOUT(stored + lost, 2 * kBatches, 10000);
    QCOMPARE(lost, 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(rows(QStringLiteral("metric_raw_recent")), qint64(kBatches) * kPoints);
    QCOMPARE(rows(QStringLiteral("command_log")), qint64(kBatches) * kEntries);
}

QTEST_GUILESS_MAIN(TestStoreDiskFull)
#include "tst_storediskfull.moc"
