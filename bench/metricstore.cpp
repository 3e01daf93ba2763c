// The metric store at the size the monitoring issue names: 50 hosts × 25
// series × 14 days of minute rollups, written through the store's bulk path
// (MetricStore::importMinuteRollups, the same packed rows compaction
// writes), then the last hour as raw samples appended in batches of 1,250
// points (one per series, every 5 s, as the collector batches them).
//   sloop-bench-metricstore [--hosts 50] [--series 25] [--days 14] [--noisy]
//                           [--keep DIR]
// Prints the database size, the append cost per point, compaction time and
// query times for 1 h (raw), 1 d and 2 w (minutes). By default 8 of the 25
// series are constant within a minute (totals, swap, status checks), as on
// real hosts; --noisy makes every series noisy (the worst case for size).

#include "metrics/metricstore.h"
#include "store/database.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace sloop;
using namespace sloop::metrics;
using sloop::bench::say;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;
constexpr int kPerMinute = 12; // samples a minute at the default 5 s

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

QString mb(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int hosts = intOption(args, QStringLiteral("--hosts"), 50);
    const int seriesPerHost = intOption(args, QStringLiteral("--series"), 25);
    const int days = intOption(args, QStringLiteral("--days"), 14);
    const bool noisy = args.contains(QStringLiteral("--noisy"));
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));

    QTemporaryDir tmp;
    const QString dir = keepAt >= 0 && keepAt + 1 < args.size() ? args.at(keepAt + 1) : tmp.path();
    const QString file = dir + QStringLiteral("/metrics-bench.db");
    QFile::remove(file);
    store::Database db;
    if (const VoidResult opened = db.open(file); !opened)
        qFatal("bench: %s", qPrintable(opened.error()));
    MetricStore store(&db);

    const qint64 now = QDateTime::currentMSecsSinceEpoch() / kMin * kMin;
    const qint64 rawFrom = now - kHour;
    const qint64 from = now - days * kDay;
    QRandomGenerator rng(42);
    QList<std::pair<QString, QString>> series;
    for (int h = 0; h < hosts; ++h)
        for (int s = 0; s < seriesPerHost; ++s)
            series.append({QStringLiteral("host/bench-%1").arg(h), QStringLiteral("m%1").arg(s)});

    say(QStringLiteral("== metric store: %1 hosts × %2 series × %3 days of minute rollups (%4)")
            .arg(hosts)
            .arg(seriesPerHost)
            .arg(days)
            .arg(noisy ? QStringLiteral("every series noisy")
                       : QStringLiteral("8 of 25 series constant within a minute")));
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < series.size(); ++i) {
        const bool constant = !noisy && (i % seriesPerHost) % 25 >= 17;
        QList<MinuteRollup> minutes;
        minutes.reserve((rawFrom - from) / kMin);
        for (qint64 t = from; t < rawFrom; t += kMin) {
            if (constant) {
                minutes.append({t, kPerMinute, 100, 100, 100});
                continue;
            }
            // A value like a CPU percentage with its spread in the minute.
            const double avg = 5 + rng.generateDouble() * 60;
            const double lo = avg - rng.generateDouble() * 5;
            const double hi = avg + rng.generateDouble() * 20;
            minutes.append({t, kPerMinute, avg, lo, hi});
        }
        if (const VoidResult r =
                store.importMinuteRollups(series[i].first, series[i].second, minutes);
            !r)
            qFatal("bench: %s", qPrintable(r.error()));
    }
    say(QStringLiteral("filled %1 series in %2 s")
            .arg(series.size())
            .arg(double(clock.elapsed()) / 1000, 0, 'f', 1));

    // The last hour as raw samples: one batch of one point per series every
    // 5 s, compacted every minute as the collector does.
    QList<double> batchMs;
    QList<double> compactMs;
    for (qint64 t = rawFrom; t < now; t += 5000) {
        if (t % kMin == 0 && t > rawFrom) {
            QElapsedTimer c;
            c.start();
            if (const VoidResult r = store.compact(t); !r)
                qFatal("bench: %s", qPrintable(r.error()));
            compactMs.append(double(c.nsecsElapsed()) / 1e6);
        }
        MetricBatch batch;
        batch.reserve(series.size());
        for (const auto &[target, metric] : series)
            batch.append({target, metric, t, rng.generateDouble() * 100});
        QElapsedTimer b;
        b.start();
        if (const VoidResult r = store.append(batch); !r)
            qFatal("bench: %s", qPrintable(r.error()));
        batchMs.append(double(b.nsecsElapsed()) / 1e6);
    }
    if (const VoidResult r = store.compact(now); !r)
        qFatal("bench: %s", qPrintable(r.error()));
    const bench::Figures append = bench::figures(batchMs);
    say(QStringLiteral("append: %1 batches of %2 points; per batch median %3, p90 %4;"
                       " per point %5 µs (median)")
            .arg(batchMs.size())
            .arg(series.size())
            .arg(bench::ms(append.median), bench::ms(append.p90))
            .arg(append.median * 1000 / series.size(), 0, 'f', 2));
    const bench::Figures compaction = bench::figures(compactMs);
    say(QStringLiteral("compact every minute (%1 series, %2 new samples each): median %3, p90 %4")
            .arg(series.size())
            .arg(series.size() * 12)
            .arg(bench::ms(compaction.median), bench::ms(compaction.p90)));

    QSqlQuery checkpoint(db.connection());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const Result<qint64> size = store.sizeBytes();
    say(QStringLiteral("database size: %1 (file %2), %3 bytes per series-day of minutes")
            .arg(mb(size ? size.value() : -1), mb(fileSize(file)))
            .arg(size ? double(size.value()) / series.size() / days : 0, 0, 'f', 0));

    const QList<std::pair<QString, qint64>> ranges{
        {QStringLiteral("1h"), kHour},
        {QStringLiteral("1d"), kDay},
        {QStringLiteral("2w"), qMin<qint64>(14, days) * kDay}};
    for (const auto &[name, span] : ranges) {
        QList<double> samples;
        qsizetype n = 0;
        Resolution resolution = Resolution::Auto;
        for (int i = 0; i < 20; ++i) {
            const auto &[target, metric] = series.at(rng.bounded(int(series.size())));
            QElapsedTimer q;
            q.start();
            const Result<Series> s = store.query({target, metric, now + kMin - span, now + kMin});
            samples.append(double(q.nsecsElapsed()) / 1e6);
            if (!s)
                qFatal("bench: %s", qPrintable(s.error()));
            n = s->points.size();
            resolution = s->resolution;
        }
        const bench::Figures f = bench::figures(samples);
        say(QStringLiteral("query %1 (%2, %3 points): median %4, p90 %5")
                .arg(name, toString(resolution))
                .arg(n)
                .arg(bench::ms(f.median), bench::ms(f.p90)));
    }
    say(QStringLiteral("reproduce: %1").arg(bench::commandLine()));
    say(bench::machineLoad());
    return 0;
}
