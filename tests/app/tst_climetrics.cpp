// `sloop metrics ...`, run as a process against a private data folder whose
// metric store the test fills through MetricStore. Needs no service.
#include "cliprocess.h"

#include "metrics/metricstore.h"
#include "store/database.h"
#include "util/paths.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::metrics;

using Outcome = test::CliOutcome;
using test::describe;

namespace {
constexpr qint64 kMin = 60 * 1000;
}

class TestCliMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void table();
    void json();
    void olderRangeUsesMinutes();
    void containerKey();
    void unknownTarget();
    void unknownMetric();
    void noData();
    void badInput_data();
    void badInput();
    void help();

private:
    Outcome sloop(const QStringList &args);

    QString m_binary;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    qint64 m_now = 0;
};

Outcome TestCliMetrics::sloop(const QStringList &args)
{
    return test::runCli(m_binary, QStringList{QStringLiteral("metrics")} + args, m_env, 60000);
}

void TestCliMetrics::initTestCase()
{
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
    QVERIFY(m_home.isValid());
    const QString data = m_home.filePath(QStringLiteral("data"));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
    m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.remove(QStringLiteral("LC_ALL"));
    m_env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));

    // The same store the command opens: this process's XDG data folder.
    qputenv("XDG_DATA_HOME", data.toUtf8());
    QVERIFY(paths::ensureDir(paths::dataDir()));
    store::Database db;
    const VoidResult opened = db.open(paths::databaseFile());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    MetricStore store(&db);
    m_now = QDateTime::currentMSecsSinceEpoch() / kMin * kMin;
    MetricBatch batch;
    // cpu: the last 30 minutes, one sample a minute, 10, 11, ... 39.
    for (int i = 0; i < 30; ++i)
        batch.append({QStringLiteral("host/web-1"), QStringLiteral("cpu"),
                      m_now - (30 - i) * kMin + 1000, 10.0 + i});
    // memory: three to two hours ago, two samples a minute (40 and 60).
    for (qint64 t = m_now - 3 * 60 * kMin; t < m_now - 2 * 60 * kMin; t += 30000)
        batch.append({QStringLiteral("host/web-1"), QStringLiteral("memory"), t,
                      (t / 30000) % 2 ? 40.0 : 60.0});
    batch.append({QStringLiteral("container/local/db"), QStringLiteral("net_in"), m_now - 5 * kMin,
                  123456.0});
    const VoidResult appended = store.append(batch);
    QVERIFY2(appended.ok(), qPrintable(appended.error()));
    QVERIFY(store.compact(m_now).ok());
}

void TestCliMetrics::table()
{
    const Outcome o = sloop({QStringLiteral("web-1")}); // a bare name is a host
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QString out = QString::fromUtf8(o.out);
    QVERIFY2(out.startsWith(QLatin1String("host/web-1 cpu, last 1h (raw, 30 point")),
             qPrintable(out));
    QVERIFY(out.contains(QLatin1String("TIME")) && out.contains(QLatin1String("AVG")));
    const QString first = QDateTime::fromMSecsSinceEpoch(m_now - 30 * kMin + 1000, Qt::UTC)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(out.contains(first + QLatin1String("  10.00  10.00  10.00")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("39.00")));
    QCOMPARE(out.count(QLatin1Char('\n')), 32); // title, header, 30 rows
}

void TestCliMetrics::json()
{
    const Outcome o =
        sloop({QStringLiteral("host/web-1"), QStringLiteral("--metric"), QStringLiteral("cpu"),
               QStringLiteral("--since"), QStringLiteral("30m"), QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonObject doc = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(doc.value(QLatin1String("target")).toString(), QStringLiteral("host/web-1"));
    QCOMPARE(doc.value(QLatin1String("metric")).toString(), QStringLiteral("cpu"));
    QCOMPARE(doc.value(QLatin1String("resolution")).toString(), QStringLiteral("raw"));
    QCOMPARE(doc.value(QLatin1String("stepMs")).toInteger(), kMin);
    const QJsonArray points = doc.value(QLatin1String("points")).toArray();
    // 30 minutes back from a moment after m_now: the first sample may fall out.
    QVERIFY2(points.size() == 29 || points.size() == 30, qPrintable(QString::fromUtf8(o.out)));
    const QJsonObject last = points.last().toObject();
    QCOMPARE(last.value(QLatin1String("avg")).toDouble(), 39.0);
    QCOMPARE(last.value(QLatin1String("timeMs")).toInteger(), m_now - kMin + 1000);
    QVERIFY(last.value(QLatin1String("time")).toString().endsWith(QLatin1Char('Z')));
}

void TestCliMetrics::olderRangeUsesMinutes()
{
    const Outcome o =
        sloop({QStringLiteral("web-1"), QStringLiteral("-m"), QStringLiteral("memory"),
               QStringLiteral("--since"), QStringLiteral("6h"), QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonObject doc = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(doc.value(QLatin1String("resolution")).toString(), QStringLiteral("minute"));
    const QJsonArray points = doc.value(QLatin1String("points")).toArray();
    QCOMPARE(points.size(), 60);
    const QJsonObject p = points.first().toObject();
    QCOMPARE(p.value(QLatin1String("avg")).toDouble(), 50.0);
    QCOMPARE(p.value(QLatin1String("min")).toDouble(), 40.0);
    QCOMPARE(p.value(QLatin1String("max")).toDouble(), 60.0);
    QCOMPARE(p.value(QLatin1String("count")).toInt(), 2);
    // Over two weeks: hours.
    const Outcome w =
        sloop({QStringLiteral("web-1"), QStringLiteral("-m"), QStringLiteral("memory"),
               QStringLiteral("--since"), QStringLiteral("3w"), QStringLiteral("--json")});
    QVERIFY2(w.exitCode == 0, qPrintable(describe(w)));
    const QJsonObject hours = QJsonDocument::fromJson(w.out).object();
    QCOMPARE(hours.value(QLatin1String("resolution")).toString(), QStringLiteral("hour"));
    QVERIFY(!hours.value(QLatin1String("points")).toArray().isEmpty());
}

void TestCliMetrics::containerKey()
{
    const Outcome o = sloop({QStringLiteral("container/local/db"), QStringLiteral("--metric"),
                             QStringLiteral("net_in")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY2(o.out.contains("123456  123456  123456"), qPrintable(describe(o)));
}

void TestCliMetrics::unknownTarget()
{
    const Outcome o = sloop({QStringLiteral("web-2")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY(o.out.isEmpty());
    QVERIFY2(o.err.contains("no metrics for host/web-2") &&
                 o.err.contains("container/local/db, host/web-1"),
             qPrintable(describe(o)));
}

void TestCliMetrics::unknownMetric()
{
    const Outcome o =
        sloop({QStringLiteral("web-1"), QStringLiteral("--metric"), QStringLiteral("disk")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains("has no metric \"disk\"") && o.err.contains("cpu, memory"),
             qPrintable(describe(o)));
}

void TestCliMetrics::noData()
{
    // memory stopped two hours ago: nothing in the last 30 minutes.
    const Outcome o =
        sloop({QStringLiteral("web-1"), QStringLiteral("--metric"), QStringLiteral("memory"),
               QStringLiteral("--since"), QStringLiteral("30m")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(o.out, QByteArray("No data for host/web-1 memory in the last 30m.\n"));
    const Outcome j =
        sloop({QStringLiteral("web-1"), QStringLiteral("--metric"), QStringLiteral("memory"),
               QStringLiteral("--since"), QStringLiteral("30m"), QStringLiteral("--json")});
    QVERIFY2(j.exitCode == 0, qPrintable(describe(j)));
    QVERIFY(
        QJsonDocument::fromJson(j.out).object().value(QLatin1String("points")).toArray().isEmpty());
}

void TestCliMetrics::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no target") << QStringList{} << QByteArray("takes one TARGET");
    QTest::newRow("two targets") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                 << QByteArray("takes one TARGET");
    QTest::newRow("bad key") << QStringList{QStringLiteral("container/only-one")}
                             << QByteArray("is not a target");
    QTest::newRow("bad since") << QStringList{QStringLiteral("web-1"), QStringLiteral("--since"),
                                              QStringLiteral("yesterday")}
                               << QByteArray("--since takes a duration");
    QTest::newRow("zero since") << QStringList{QStringLiteral("web-1"), QStringLiteral("--since"),
                                               QStringLiteral("0h")}
                                << QByteArray("--since takes a duration");
    QTest::newRow("too long") << QStringList{QStringLiteral("web-1"), QStringLiteral("--since"),
                                             QStringLiteral("400d")}
                              << QByteArray("at most 365 days");
}

void TestCliMetrics::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Outcome o = sloop(args);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(message), qPrintable(describe(o)));
}

void TestCliMetrics::help()
{
    const Outcome o = sloop({QStringLiteral("--help")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY(o.out.startsWith("Usage: sloop metrics TARGET"));
    const Outcome h =
        test::runCli(m_binary, {QStringLiteral("help"), QStringLiteral("metrics")}, m_env);
    QCOMPARE(h.out, o.out);
}

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_climetrics.moc"
