#include "metrics/metricnames.h"
#include "metrics/metricstore.h"
#include "store/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace sloop;
using namespace sloop::metrics;

namespace {
constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
// 2024-01-10 00:00 UTC: a whole day, so minutes and hours line up.
constexpr qint64 kT0 = 1704844800000;
const QString kHost = QStringLiteral("host/web-1");
const QString kCpu = QString(names::kCpu);
} // namespace

class TestMetricStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void minuteRollups();
    void hourAverageIsWeighted();
    void gapsStayGaps();
    void restartLeavesGap();
    void compactAfterHoursAway();
    void latePointIsRolledAgain();
    void pruningBoundaries();
    void compactIsIdempotent();
    void autoResolution();
    void statisticOverWindow();
    void latest();
    void forgetTarget();
    void persistsAcrossReopen();
    void hostileNames_data();
    void hostileNames();
    void values();
    void importWritesWhatCompactionWrites();

private:
    void open();
    void close();
    void add(const QString &metric, qint64 t, double v, const QString &target = kHost);
    Series get(qint64 from, qint64 to, Resolution r, const QString &metric = kCpu,
               const QString &target = kHost);
    QList<QByteArray> dump();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<MetricStore> m_store;
};

void TestMetricStore::open()
{
    m_db = std::make_unique<store::Database>();
    const VoidResult opened = m_db->open(m_dir->filePath(QStringLiteral("sloop.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_store = std::make_unique<MetricStore>(m_db.get());
}

void TestMetricStore::close()
{
    m_store.reset(); // before the database: it holds prepared statements
    m_db.reset();
}

void TestMetricStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    open();
}

void TestMetricStore::cleanup()
{
    close();
    m_dir.reset();
}

void TestMetricStore::add(const QString &metric, qint64 t, double v, const QString &target)
{
    const VoidResult r = m_store->append({MetricPoint{target, metric, t, v}});
    QVERIFY2(r.ok(), qPrintable(r.error()));
}

Series TestMetricStore::get(qint64 from, qint64 to, Resolution r, const QString &metric,
                            const QString &target)
{
    const Result<Series> s = m_store->query({target, metric, from, to, r});
    if (!s) {
        qWarning() << s.error();
        return {};
    }
    return s.value();
}

QList<QByteArray> TestMetricStore::dump()
{
    QList<QByteArray> rows;
    QSqlQuery q(m_db->connection());
    for (const char *sql : {"SELECT key, data FROM metric_minutes ORDER BY key",
                            "SELECT key, data FROM metric_hours ORDER BY key",
                            "SELECT series_id, time_ms, value FROM metric_raw ORDER BY 1, 2",
                            "SELECT id, rolled_to_ms FROM metric_series ORDER BY id"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return {};
        while (q.next())
            rows.append(q.value(0).toByteArray() + '|' + q.value(1).toByteArray() + '|' +
                        q.value(2).toByteArray());
    }
    return rows;
}

void TestMetricStore::minuteRollups()
{
    // Minute 0: 10, 20, 60 → avg 30, min 10, max 60. Minute 1: 5 alone.
    const MetricBatch batch{{kHost, kCpu, kT0 + 1000, 10},
                            {kHost, kCpu, kT0 + 20000, 20},
                            {kHost, kCpu, kT0 + 59999, 60},
                            {kHost, kCpu, kT0 + kMin + 5000, 5}};
    QVERIFY(m_store->append(batch).ok());
    // Long after: raw is pruned, so what is read are the stored rollups.
    QVERIFY(m_store->compact(kT0 + 3 * kHour).ok());
    QVERIFY(get(kT0, kT0 + kHour, Resolution::Raw).points.isEmpty());
    const Series s = get(kT0, kT0 + kHour, Resolution::Minute);
    QCOMPARE(s.stepMs, kMin);
    QCOMPARE(s.points.size(), 2);
    QCOMPARE(s.points[0].timeMs, kT0);
    QCOMPARE(s.points[0].avg, 30.0);
    QCOMPARE(s.points[0].min, 10.0);
    QCOMPARE(s.points[0].max, 60.0);
    QCOMPARE(s.points[0].count, 3);
    QCOMPARE(s.points[1].timeMs, kT0 + kMin);
    QCOMPARE(s.points[1].avg, 5.0);
    QCOMPARE(s.points[1].count, 1);
}

void TestMetricStore::hourAverageIsWeighted()
{
    // Minute 0: three samples of 10; minute 1: one of 50. The hour's average
    // is 80 / 4 = 20, not the mean of the minutes (30).
    for (int i = 0; i < 3; ++i)
        add(kCpu, kT0 + i * 10000, 10);
    add(kCpu, kT0 + kMin, 50);
    // Next hour: 2 samples (1 and 3) and 1 sample (8): (4 + 8) / 3 = 4.
    add(kCpu, kT0 + kHour + 1000, 1);
    add(kCpu, kT0 + kHour + 2000, 3);
    add(kCpu, kT0 + kHour + 30 * kMin, 8);
    QVERIFY(m_store->compact(kT0 + 5 * kHour).ok());
    const Series h = get(kT0, kT0 + kDay, Resolution::Hour);
    QCOMPARE(h.stepMs, kHour);
    QCOMPARE(h.points.size(), 2);
    QCOMPARE(h.points[0].timeMs, kT0);
    QCOMPARE(h.points[0].avg, 20.0);
    QCOMPARE(h.points[0].min, 10.0);
    QCOMPARE(h.points[0].max, 50.0);
    QCOMPARE(h.points[0].count, 4);
    QCOMPARE(h.points[1].timeMs, kT0 + kHour);
    QCOMPARE(h.points[1].avg, 4.0);
    QCOMPARE(h.points[1].min, 1.0);
    QCOMPARE(h.points[1].max, 8.0);
    // The weighted statistic over the two hours: (80 + 12) / 7.
    const auto avg = m_store->statistic(kHost, kCpu, Statistic::Average, kT0, kT0 + 2 * kHour);
    QVERIFY(avg.ok() && avg->has_value());
    QCOMPARE(avg->value(), 92.0 / 7.0);
}

void TestMetricStore::gapsStayGaps()
{
    // Samples in minutes 0, 1, 2 and 5; none in minutes 3 and 4.
    for (const qint64 m : {0, 1, 2, 5})
        add(kCpu, kT0 + m * kMin + 10000, double(m));
    QVERIFY(m_store->compact(kT0 + 10 * kMin).ok());
    const Series s = get(kT0, kT0 + 10 * kMin, Resolution::Minute);
    QCOMPARE(s.points.size(), 4);
    QCOMPARE(s.points[2].timeMs, kT0 + 2 * kMin);
    QCOMPARE(s.points[3].timeMs, kT0 + 5 * kMin); // nothing invented for minutes 3 and 4
    // Raw keeps them as they came; the step is their median spacing.
    const Series raw = get(kT0, kT0 + 10 * kMin, Resolution::Raw);
    QCOMPARE(raw.points.size(), 4);
    QCOMPARE(raw.stepMs, kMin);
}

void TestMetricStore::restartLeavesGap()
{
    for (int i = 0; i < 5; ++i)
        add(kCpu, kT0 + i * kMin, 1);
    QVERIFY(m_store->compact(kT0 + 5 * kMin).ok());
    close();
    open();
    // Back 20 minutes later.
    for (int i = 25; i < 30; ++i)
        add(kCpu, kT0 + i * kMin, 2);
    QVERIFY(m_store->compact(kT0 + 30 * kMin + 1).ok());
    const Series s = get(kT0, kT0 + kHour, Resolution::Minute);
    QCOMPARE(s.points.size(), 10);
    QCOMPARE(s.points[4].timeMs, kT0 + 4 * kMin);
    QCOMPARE(s.points[5].timeMs, kT0 + 25 * kMin);
}

void TestMetricStore::compactAfterHoursAway()
{
    // Samples for half an hour, compacted only partly, then the app is gone
    // five hours: the first compaction after the restart rolls up the rest
    // (the raw samples are still there) and the finished hour.
    for (int i = 0; i < 30; ++i)
        add(kCpu, kT0 + i * kMin, i < 15 ? 10 : 20);
    QVERIFY(m_store->compact(kT0 + 10 * kMin).ok());
    close();
    open();
    QVERIFY(m_store->compact(kT0 + 5 * kHour).ok());
    QVERIFY(get(kT0, kT0 + kHour, Resolution::Raw).points.isEmpty());
    QCOMPARE(get(kT0, kT0 + kHour, Resolution::Minute).points.size(), 30);
    const Series h = get(kT0, kT0 + kDay, Resolution::Hour);
    QCOMPARE(h.points.size(), 1);
    QCOMPARE(h.points[0].avg, 15.0);
    QCOMPARE(h.points[0].count, 30);
}

void TestMetricStore::latePointIsRolledAgain()
{
    add(kCpu, kT0 + 1000, 10);
    QVERIFY(m_store->compact(kT0 + 2 * kMin).ok());
    add(kCpu, kT0 + 2000, 30); // arrives after its minute was rolled up
    QVERIFY(m_store->compact(kT0 + 2 * kMin).ok());
    QVERIFY(m_store->compact(kT0 + 3 * kHour).ok()); // raw pruned: rollups only
    const Series s = get(kT0, kT0 + kMin, Resolution::Minute);
    QCOMPARE(s.points.size(), 1);
    QCOMPARE(s.points[0].avg, 20.0);
    QCOMPARE(s.points[0].count, 2);
    // Now its raw samples are gone: a late sample for that minute is refused.
    const VoidResult late = m_store->append({{kHost, kCpu, kT0 + 3000, 99}});
    QVERIFY(!late.ok());
    QVERIFY2(late.error().contains(QLatin1String("older than the raw samples kept")),
             qPrintable(late.error()));
}

void TestMetricStore::pruningBoundaries()
{
    const qint64 now = kT0 + 400 * kDay + 30 * kMin + 15000;
    add(kCpu, now - 61 * kMin, 1);  // raw: gone
    add(kCpu, now - 59 * kMin, 2);  // raw: kept
    add(kCpu, now - 15 * kDay, 3);  // minute: gone, hour kept
    add(kCpu, now - 13 * kDay, 4);  // minute kept
    add(kCpu, now - 366 * kDay, 5); // hour gone
    add(kCpu, now - 300 * kDay, 6); // hour kept
    QVERIFY(m_store->compact(now).ok());

    const Series raw = get(now - 2 * kHour, now, Resolution::Raw);
    QCOMPARE(raw.points.size(), 1);
    QCOMPARE(raw.points[0].avg, 2.0);
    // Raw goes by the minute: the horizon is the minute an hour back.
    QCOMPARE(get(now - kHour - kMin, now - kHour + kMin, Resolution::Raw).points.size(), 0);

    auto minutesAround = [&](qint64 t) {
        return get(t - kHour, t + kHour, Resolution::Minute).points;
    };
    QVERIFY(minutesAround(now - 15 * kDay).isEmpty());
    QCOMPARE(minutesAround(now - 13 * kDay).size(), 1);
    // Whole hours: the minute row of the hour 14 days back is kept until
    // that hour is entirely older than 14 days.
    auto hoursAround = [&](qint64 t) {
        return get(t - kDay, t + kDay, Resolution::Hour).points;
    };
    QCOMPARE(hoursAround(now - 15 * kDay).size(), 1);
    QCOMPARE(hoursAround(now - 15 * kDay).first().avg, 3.0);
    QVERIFY(hoursAround(now - 366 * kDay).isEmpty());
    QCOMPARE(hoursAround(now - 300 * kDay).size(), 1);

    // Old samples arriving after the raw hour was pruned are refused.
    QVERIFY(!m_store->append({{kHost, kCpu, now - 2 * kHour, 7}}).ok());
}

void TestMetricStore::compactIsIdempotent()
{
    for (int i = 0; i < 200; ++i)
        add(kCpu, kT0 + i * 17000, std::sin(i) * 50 + 50);
    QVERIFY(m_store->compact(kT0 + 70 * kMin).ok());
    const QList<QByteArray> once = dump();
    QVERIFY(!once.isEmpty());
    QVERIFY(m_store->compact(kT0 + 70 * kMin).ok());
    QCOMPARE(dump(), once);
    QVERIFY(m_store->compact(kT0 + 70 * kMin + 30000).ok()); // same minute
    QCOMPARE(dump(), once);
    // Called every minute afterwards, or once much later: the same rollups.
    const Series minutes = get(kT0, kT0 + kHour, Resolution::Minute);
    for (qint64 t = kT0 + 71 * kMin; t < kT0 + 3 * kHour; t += kMin)
        QVERIFY(m_store->compact(t).ok());
    const Series later = get(kT0, kT0 + kHour, Resolution::Minute);
    QCOMPARE(later.points.size(), minutes.points.size());
    for (qsizetype i = 0; i < later.points.size(); ++i) {
        QCOMPARE(later.points[i].timeMs, minutes.points[i].timeMs);
        QCOMPARE(later.points[i].avg, minutes.points[i].avg);
    }
}

void TestMetricStore::autoResolution()
{
    const qint64 now = kT0 + 30 * kDay;
    for (qint64 t = now - 20 * kDay; t < now; t += 10 * kMin)
        add(kCpu, t, 1);
    for (qint64 t = now - kHour; t < now; t += 5000)
        add(kCpu, t, 2);
    QVERIFY(m_store->compact(now).ok());
    QCOMPARE(toString(get(now - 30 * kMin, now, Resolution::Auto).resolution),
             toString(Resolution::Raw));
    QCOMPARE(toString(get(now - kHour + kMin, now, Resolution::Auto).resolution),
             toString(Resolution::Raw));
    QCOMPARE(toString(get(now - 6 * kHour, now, Resolution::Auto).resolution),
             toString(Resolution::Minute));
    QCOMPARE(toString(get(now - 14 * kDay, now, Resolution::Auto).resolution),
             toString(Resolution::Minute));
    QCOMPARE(toString(get(now - 20 * kDay, now, Resolution::Auto).resolution),
             toString(Resolution::Hour));
    // Short but older than the raw hour: minutes.
    const Series old = get(now - 3 * kHour, now - 150 * kMin, Resolution::Auto);
    QCOMPARE(toString(old.resolution), toString(Resolution::Minute));
    QCOMPARE(old.points.size(), 3);
    // Short but older than 14 days: hours.
    QCOMPARE(toString(get(now - 16 * kDay, now - 16 * kDay + kHour, Resolution::Auto).resolution),
             toString(Resolution::Hour));
    // The minute view of the last hours ends with minutes not yet compacted
    // (rolled up from raw on the fly), sorted by time.
    add(kCpu, now + 5000, 2);
    const Series six = get(now - 6 * kHour, now + kMin, Resolution::Auto);
    QCOMPARE(six.points.last().timeMs, now);
    for (qsizetype i = 1; i < six.points.size(); ++i)
        QVERIFY(six.points[i - 1].timeMs < six.points[i].timeMs);
}

void TestMetricStore::statisticOverWindow()
{
    add(kCpu, kT0 + 1000, 10);
    add(kCpu, kT0 + 61000, 20);
    add(kCpu, kT0 + 121000, 30);
    auto stat = [&](Statistic s, qint64 from, qint64 to) {
        const auto r = m_store->statistic(kHost, kCpu, s, from, to);
        if (!r.ok())
            qWarning() << r.error();
        return r.ok() ? r.value() : std::optional<double>{-1.0};
    };
    QVERIFY(stat(Statistic::Average, kT0, kT0 + 5 * kMin) == std::optional<double>(20));
    QVERIFY(stat(Statistic::Minimum, kT0, kT0 + 5 * kMin) == std::optional<double>(10));
    QVERIFY(stat(Statistic::Maximum, kT0, kT0 + 5 * kMin) == std::optional<double>(30));
    QVERIFY(stat(Statistic::Maximum, kT0, kT0 + 61000) == std::optional<double>(10)); // [from, to)
    QVERIFY(stat(Statistic::Average, kT0 + kHour, kT0 + 2 * kHour) == std::nullopt);
    const auto unknown =
        m_store->statistic(QStringLiteral("host/none"), kCpu, Statistic::Average, kT0, kT0 + kHour);
    QVERIFY(unknown.ok() && !unknown->has_value());
    QVERIFY(statisticFromString(QStringLiteral("max")) == Statistic::Maximum);
    QVERIFY(statisticFromString(toString(Statistic::Average)) == Statistic::Average);
    QVERIFY(statisticFromString(QStringLiteral("median")) == std::nullopt);
}

void TestMetricStore::latest()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    add(kCpu, now - 20000, 41);
    add(kCpu, now - 5000, 42);
    const auto p = m_store->latest(kHost, kCpu, 60000);
    QVERIFY(p.has_value());
    QCOMPARE(p->value, 42.0);
    QCOMPARE(p->timeMs, now - 5000);
    QVERIFY(!m_store->latest(kHost, kCpu, 1000).has_value());
    QVERIFY(!m_store->latest(kHost, QStringLiteral("memory"), 60000).has_value());
}

void TestMetricStore::forgetTarget()
{
    const QString other = QStringLiteral("container/local/db");
    add(kCpu, kT0, 1);
    add(QStringLiteral("memory"), kT0, 2);
    add(kCpu, kT0, 3, other);
    QVERIFY(m_store->compact(kT0 + 2 * kHour).ok());
    add(kCpu, kT0 + 2 * kHour, 1);
    QCOMPARE(m_store->targets(), (QStringList{other, kHost}));
    QCOMPARE(m_store->metrics(kHost), (QStringList{kCpu, QStringLiteral("memory")}));
    QVERIFY(m_store->forgetTarget(kHost).ok());
    QCOMPARE(m_store->targets(), QStringList{other});
    QVERIFY(get(kT0, kT0 + 3 * kHour, Resolution::Minute).points.isEmpty());
    QVERIFY(get(kT0, kT0 + 3 * kHour, Resolution::Hour).points.isEmpty());
    QCOMPARE(get(kT0, kT0 + 3 * kHour, Resolution::Hour, kCpu, other).points.size(), 1);
    // Nothing of it is left behind in the packed tables.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM metric_minutes) +"
                                  " (SELECT count(*) FROM metric_hours) +"
                                  " (SELECT count(*) FROM metric_raw)")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 2); // the other target's minute and hour rows
    // Writing to it again starts a new series.
    add(kCpu, kT0 + 3 * kHour, 9);
    QCOMPARE(get(kT0, kT0 + 4 * kHour, Resolution::Raw).points.size(), 1);
}

void TestMetricStore::persistsAcrossReopen()
{
    add(kCpu, kT0 + 1000, 10);
    add(kCpu, kT0 + 2 * kHour, 20);
    QVERIFY(m_store->compact(kT0 + 2 * kHour + kMin).ok());
    close();
    open();
    QCOMPARE(get(kT0, kT0 + kMin, Resolution::Minute).points.size(), 1);
    QCOMPARE(get(kT0, kT0 + kDay, Resolution::Hour).points.size(), 2);
    QCOMPARE(get(kT0 + kHour, kT0 + 3 * kHour, Resolution::Raw).points.size(), 1);
    // The horizons survive too: the 1-h window at T0 is not raw any more.
    QCOMPARE(toString(get(kT0, kT0 + kHour, Resolution::Auto).resolution),
             toString(Resolution::Minute));
    add(kCpu, kT0 + 2 * kHour + 30000, 30); // the writer's cache starts afresh
    QCOMPARE(get(kT0 + 2 * kHour, kT0 + 3 * kHour, Resolution::Raw).points.size(), 2);
}

void TestMetricStore::hostileNames_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("metric");
    QTest::newRow("quotes") << QStringLiteral("host/it's \"web\"") << QStringLiteral("cpu'--");
    QTest::newRow("sql") << QStringLiteral("host/x'); DROP TABLE metric_series; --")
                         << QStringLiteral("cpu; DELETE FROM metric_raw");
    QTest::newRow("unicode") << QStringLiteral("host/сервер-日本-🚀")
                             << QStringLiteral("disk_used_pct:/média");
    QTest::newRow("control") << QStringLiteral("host/a\x1f b\n\t%1")
                             << QStringLiteral("net_in:eth0\\x");
}

void TestMetricStore::hostileNames()
{
    QFETCH(QString, target);
    QFETCH(QString, metric);
    add(metric, kT0 + 1000, 1.5, target);
    add(metric, kT0 + 2000, 2.5, target);
    QVERIFY(m_store->compact(kT0 + 2 * kHour).ok());
    QCOMPARE(m_store->targets(), QStringList{target});
    QCOMPARE(m_store->metrics(target), QStringList{metric});
    const Series s = get(kT0, kT0 + kHour, Resolution::Minute, metric, target);
    QCOMPARE(s.points.size(), 1);
    QCOMPARE(s.points[0].avg, 2.0);
    QVERIFY(get(kT0, kT0 + kHour, Resolution::Minute, metric, kHost).points.isEmpty());
    QVERIFY(m_store->forgetTarget(target).ok());
    QVERIFY(m_store->targets().isEmpty());
}

void TestMetricStore::values()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const MetricBatch batch{{kHost, kCpu, kT0 + 1000, 0},
                            {kHost, kCpu, kT0 + 2000, nan},
                            {kHost, kCpu, kT0 + 3000, inf},
                            {kHost, kCpu, kT0 + 4000, -inf},
                            {kHost, kCpu, kT0 + 5000, 1e300},
                            {kHost, kCpu, kT0 + 6000, 1e30},
                            {kHost, kCpu, kT0 + 7000, -2.5e12},
                            {kHost, QString(), kT0 + 8000, 1},
                            {kHost, kCpu, -5, 1}};
    const VoidResult r = m_store->append(batch);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("Skipped 6 point")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(QLatin1String("not a finite number")), qPrintable(r.error()));
    const Series raw = get(kT0, kT0 + kMin, Resolution::Raw);
    QCOMPARE(raw.points.size(), 3); // 0, 1e30 and -2.5e12 are stored
    QCOMPARE(raw.points[0].avg, 0.0);
    QCOMPARE(raw.points[1].avg, 1e30);
    QCOMPARE(raw.points[2].avg, -2.5e12);
    QVERIFY(m_store->compact(kT0 + 2 * kHour).ok());
    const Series m = get(kT0, kT0 + kMin, Resolution::Minute);
    QCOMPARE(m.points.size(), 1);
    QVERIFY(std::isfinite(m.points[0].avg));
    QCOMPARE(m.points[0].min, double(float(-2.5e12)));
    QCOMPARE(m.points[0].max, double(float(1e30)));
}

void TestMetricStore::importWritesWhatCompactionWrites()
{
    // The same minutes, once through raw samples and compaction, once
    // through the bulk path: the same packed rows.
    for (int i = 0; i < 90; ++i)
        add(kCpu, kT0 + i * kMin, i);
    QVERIFY(m_store->compact(kT0 + 90 * kMin).ok());
    QList<MinuteRollup> minutes;
    for (int i = 0; i < 90; ++i)
        minutes.append({kT0 + i * kMin, 1, double(i), double(i), double(i)});
    const QString other = QStringLiteral("host/imported");
    QVERIFY(m_store->importMinuteRollups(other, kCpu, minutes).ok());
    const Series a = get(kT0, kT0 + 2 * kHour, Resolution::Hour);
    const Series b = get(kT0, kT0 + 2 * kHour, Resolution::Hour, kCpu, other);
    QCOMPARE(a.points.size(), 2);
    QCOMPARE(b.points.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(b.points[i].avg, a.points[i].avg);
        QCOMPARE(b.points[i].count, a.points[i].count);
    }
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT data), count(*) FROM metric_minutes")) &&
            q.next());
    QCOMPARE(q.value(1).toInt(), 4);
    QCOMPARE(q.value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
