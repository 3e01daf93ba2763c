#include "metrics/metricstore.h"

#include "metrics/metricstoreinternal.h"
#include "store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

Q_LOGGING_CATEGORY(sloop::metrics::lcMetricStore, "sloop.metrics.store", QtInfoMsg)

namespace sloop::metrics {

using namespace rollup;

namespace {

// Rollups keep float32 (metricrollup.h): larger values would become
// infinite there.
constexpr double kLargest = 3.0e38;
// Bucket numbers must fit the low bits of a row key.
constexpr qint64 kLatestMs = (qint64(1) << kBucketBits) * kHourMs - 1;

QString cacheKey(const QString &target, const QString &metric)
{
    return target + QChar(0x1f) + metric;
}

QString describe(const MetricPoint &p)
{
    return MetricsText::tr("%1 %2 at %3")
        .arg(p.target, p.metric,
             QDateTime::fromMSecsSinceEpoch(p.timeMs, Qt::UTC).toString(Qt::ISODateWithMs));
}

// Why a point cannot be stored; empty when it can.
QString refusal(const MetricPoint &p)
{
    if (p.target.isEmpty() || p.metric.isEmpty())
        return MetricsText::tr("a point without a target or metric name");
    if (!std::isfinite(p.value))
        return MetricsText::tr("%1: %2 is not a finite number").arg(describe(p)).arg(p.value);
    if (std::fabs(p.value) > kLargest)
        return MetricsText::tr("%1: %2 is beyond the range kept (±3e38)")
            .arg(describe(p))
            .arg(p.value);
    if (p.timeMs <= 0 || p.timeMs > kLatestMs)
        return MetricsText::tr("%1: the time is out of range").arg(describe(p));
    return {};
}

} // namespace

MetricStore::MetricStore(store::Database *db)
    : m_db(db)
{
}

MetricStore::~MetricStore() = default;

rollup::StatementCache &MetricStore::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<rollup::StatementCache>(m_db->connection());
    return *m_statements;
}

qint64 MetricStore::horizon(const char *name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT value FROM metric_meta WHERE name = ?"));
    q.addBindValue(QString::fromLatin1(name));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

VoidResult MetricStore::loadCache()
{
    if (m_cacheLoaded)
        return {};
    m_series.clear();
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id, target, metric, rolled_to_ms FROM metric_series")))
        return VoidResult::failure(q.lastError().text());
    while (q.next())
        m_series.insert(cacheKey(q.value(1).toString(), q.value(2).toString()),
                        SeriesRef{q.value(0).toLongLong(), q.value(3).toLongLong()});
    m_rawFromMs = horizon("raw_from_ms");
    m_cacheLoaded = true;
    return {};
}

Result<MetricStore::SeriesRef *> MetricStore::seriesForWrite(const QString &target,
                                                             const QString &metric)
{
    const QString key = cacheKey(target, metric);
    auto it = m_series.find(key);
    if (it != m_series.end())
        return &it.value();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO metric_series(target, metric) VALUES (?, ?)"));
    q.addBindValue(target);
    q.addBindValue(metric);
    if (!q.exec())
        return Result<SeriesRef *>::failure(MetricsText::tr("Cannot add the series %1 %2: %3")
                                                .arg(target, metric, q.lastError().text()));
    it = m_series.insert(key, SeriesRef{q.lastInsertId().toLongLong(), 0});
    return &it.value();
}

std::optional<MetricStore::SeriesRef> MetricStore::findSeries(const QString &target,
                                                              const QString &metric) const
{
    // Read from the database, not the writer's cache: another process (a
    // `sloop serve`) may be the one writing.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT id, rolled_to_ms FROM metric_series WHERE target = ? AND metric = ?"));
    q.addBindValue(target);
    q.addBindValue(metric);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SeriesRef{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

VoidResult MetricStore::append(const MetricBatch &points)
{
    if (points.isEmpty())
        return {};
    QStringList skipped;
    const VoidResult written = m_db->transaction([&]() -> VoidResult {
        if (const VoidResult loaded = loadCache(); !loaded)
            return loaded;
        if (!m_insertRaw) {
            m_insertRaw = std::make_unique<QSqlQuery>(m_db->connection());
            if (!m_insertRaw->prepare(
                    QStringLiteral("INSERT OR REPLACE INTO metric_raw_recent("
                                   "series_id, time_ms, value) VALUES (?, ?, ?)")))
                return VoidResult::failure(m_insertRaw->lastError().text());
        }
        for (const MetricPoint &p : points) {
            if (const QString why = refusal(p); !why.isEmpty()) {
                skipped.append(why);
                continue;
            }
            const Result<SeriesRef *> series = seriesForWrite(p.target, p.metric);
            if (!series)
                return VoidResult::failure(series.problem());
            SeriesRef *s = series.value();
            if (p.timeMs < s->rolledToMs) {
                // A late sample for a minute already rolled up: the minute
                // is rolled again from its raw samples, unless they are gone.
                if (p.timeMs < m_rawFromMs) {
                    skipped.append(
                        MetricsText::tr("%1: older than the raw samples kept").arg(describe(p)));
                    continue;
                }
                const qint64 minute = floorTo(p.timeMs, kMinuteMs);
                QSqlQuery lower(m_db->connection());
                lower.prepare(
                    QStringLiteral("UPDATE metric_series SET rolled_to_ms = ? WHERE id = ?"));
                lower.addBindValue(minute);
                lower.addBindValue(s->id);
                if (!lower.exec())
                    return VoidResult::failure(lower.lastError().text());
                s->rolledToMs = minute;
            }
            m_insertRaw->bindValue(0, s->id);
            m_insertRaw->bindValue(1, p.timeMs);
            m_insertRaw->bindValue(2, p.value);
            if (!m_insertRaw->exec())
                return VoidResult::failure(MetricsText::tr("Cannot store %1: %2")
                                               .arg(describe(p), m_insertRaw->lastError().text()));
        }
        return {};
    });
    if (!written) {
        // The cache may hold series or watermarks the rollback undid.
        m_cacheLoaded = false;
        return written;
    }
    if (skipped.isEmpty())
        return {};
    const int shown = qMin(3, int(skipped.size()));
    QString message = MetricsText::tr("Skipped %n point(s) that cannot be stored: %1", nullptr,
                                      int(skipped.size()))
                          .arg(skipped.first(shown).join(QStringLiteral("; ")));
    if (skipped.size() > shown)
        message += MetricsText::tr(" (and %n more)", nullptr, int(skipped.size() - shown));
    qCWarning(lcMetricStore).noquote() << message;
    return VoidResult::failure(ErrorKind::InvalidInput, message);
}

Result<std::optional<double>> MetricStore::statistic(const QString &target, const QString &metric,
                                                     Statistic s, qint64 fromMs, qint64 toMs) const
{
    const Result<Series> series = query({target, metric, fromMs, toMs, Resolution::Auto});
    if (!series)
        return Result<std::optional<double>>::failure(series.problem());
    if (series->points.isEmpty())
        return std::optional<double>{};
    Accumulator a;
    for (const SeriesPoint &p : series->points)
        a.merge(quint32(p.count), p.avg, p.min, p.max);
    switch (s) {
    case Statistic::Average:
        return std::optional<double>{a.average()};
    case Statistic::Minimum:
        return std::optional<double>{a.min};
    case Statistic::Maximum:
        return std::optional<double>{a.max};
    }
    return std::optional<double>{};
}

std::optional<MetricPoint> MetricStore::latest(const QString &target, const QString &metric,
                                               qint64 maxAgeMs) const
{
    const std::optional<SeriesRef> s = findSeries(target, metric);
    if (!s)
        return std::nullopt;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - maxAgeMs;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT time_ms, value FROM (SELECT time_ms, value FROM metric_raw"
                             " WHERE series_id = ? ORDER BY time_ms DESC LIMIT 1) UNION ALL"
                             " SELECT time_ms, value FROM (SELECT time_ms, value FROM"
                             " metric_raw_recent WHERE series_id = ? ORDER BY time_ms DESC"
                             " LIMIT 1) ORDER BY time_ms DESC LIMIT 1"));
    q.addBindValue(s->id);
    q.addBindValue(s->id);
    if (q.exec() && q.next()) {
        if (q.value(0).toLongLong() < since)
            return std::nullopt;
        return MetricPoint{target, metric, q.value(0).toLongLong(), q.value(1).toDouble()};
    }
    // No raw samples: the newest minute, when recent enough.
    q.prepare(QStringLiteral("SELECT key, data FROM metric_minutes WHERE key >= ? AND key < ?"
                             " ORDER BY key DESC LIMIT 1"));
    q.addBindValue(rowKey(s->id, 0));
    q.addBindValue(rowKey(s->id + 1, 0));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Block block(slotsOf(Table::Minutes));
    if (!block.decode(q.value(1).toByteArray()))
        return std::nullopt;
    const qint64 hour = q.value(0).toLongLong() & ((qint64(1) << kBucketBits) - 1);
    for (int i = block.size() - 1; i >= 0; --i) {
        if (block.at(i).count == 0)
            continue;
        const qint64 t = hour * kHourMs + i * kMinuteMs;
        if (t < since)
            return std::nullopt;
        return MetricPoint{target, metric, t, block.at(i).avg};
    }
    return std::nullopt;
}

QStringList MetricStore::targets() const
{
    QStringList out;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT DISTINCT target FROM metric_series ORDER BY target"))) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

QStringList MetricStore::metrics(const QString &target) const
{
    QStringList out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT metric FROM metric_series WHERE target = ? ORDER BY metric"));
    q.addBindValue(target);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

VoidResult MetricStore::forgetTarget(const QString &target)
{
    m_cacheLoaded = false;
    return m_db->transaction([&]() -> VoidResult {
        QSqlQuery ids(m_db->connection());
        ids.prepare(QStringLiteral("SELECT id FROM metric_series WHERE target = ?"));
        ids.addBindValue(target);
        if (!ids.exec())
            return VoidResult::failure(ids.lastError().text());
        QList<qint64> found;
        while (ids.next())
            found.append(ids.value(0).toLongLong());
        QSqlQuery q(m_db->connection());
        for (const qint64 id : found) {
            for (const QString &table :
                 {QStringLiteral("metric_raw"), QStringLiteral("metric_raw_recent")}) {
                q.prepare(QStringLiteral("DELETE FROM %1 WHERE series_id = ?").arg(table));
                q.addBindValue(id);
                if (!q.exec())
                    return VoidResult::failure(q.lastError().text());
            }
            for (const QString &table :
                 {QStringLiteral("metric_minutes"), QStringLiteral("metric_hours")}) {
                q.prepare(QStringLiteral("DELETE FROM %1 WHERE key >= ? AND key < ?").arg(table));
                q.addBindValue(rowKey(id, 0));
                q.addBindValue(rowKey(id + 1, 0));
                if (!q.exec())
                    return VoidResult::failure(q.lastError().text());
            }
            q.prepare(QStringLiteral("DELETE FROM metric_series WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec())
                return VoidResult::failure(q.lastError().text());
        }
        return {};
    });
}

Result<qint64> MetricStore::sizeBytes() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    const qint64 pages = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    return pages * q.value(0).toLongLong();
}

VoidResult MetricStore::importMinuteRollups(const QString &target, const QString &metric,
                                            const QList<MinuteRollup> &minutes)
{
    if (minutes.isEmpty())
        return {};
    for (const MinuteRollup &m : minutes) {
        const QString why = refusal({target, metric, m.minuteMs, m.avg}) +
                            refusal({target, metric, m.minuteMs, m.min}) +
                            refusal({target, metric, m.minuteMs, m.max});
        if (!why.isEmpty())
            return VoidResult::failure(why);
        if (m.count == 0 || m.min > m.avg || m.avg > m.max)
            return VoidResult::failure(
                MetricsText::tr("A minute rollup needs a count and min ≤ avg ≤ max."));
    }
    const VoidResult written = m_db->transaction([&]() -> VoidResult {
        if (const VoidResult loaded = loadCache(); !loaded)
            return loaded;
        const Result<SeriesRef *> series = seriesForWrite(target, metric);
        if (!series)
            return VoidResult::failure(series.problem());
        SeriesRef *s = series.value();
        QSqlDatabase &db = m_db->connection();
        qint64 hour = -1;
        Block block(slotsOf(Table::Minutes));
        QList<qint64> hours;
        auto flush = [&]() -> VoidResult {
            if (hour < 0)
                return {};
            hours.append(hour);
            return writeBlock(statements(), Table::Minutes, rowKey(s->id, hour), block);
        };
        for (const MinuteRollup &m : minutes) {
            const qint64 minute = floorTo(m.minuteMs, kMinuteMs);
            if (minute / kHourMs != hour) {
                if (const VoidResult f = flush(); !f)
                    return f;
                hour = minute / kHourMs;
                Result<Block> existing =
                    readBlock(statements(), Table::Minutes, rowKey(s->id, hour));
                if (!existing)
                    return VoidResult::failure(existing.problem());
                block = existing.value();
            }
            block.set(int((minute % kHourMs) / kMinuteMs),
                      Slot{m.count, float(m.avg), float(m.min), float(m.max)});
        }
        if (const VoidResult f = flush(); !f)
            return f;
        for (const qint64 h : hours) {
            if (const VoidResult rolled = rollHour(s->id, h); !rolled)
                return rolled;
        }
        const qint64 end = floorTo(minutes.last().minuteMs, kMinuteMs) + kMinuteMs;
        if (end > s->rolledToMs) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE metric_series SET rolled_to_ms = ? WHERE id = ?"));
            q.addBindValue(end);
            q.addBindValue(s->id);
            if (!q.exec())
                return VoidResult::failure(q.lastError().text());
            s->rolledToMs = end;
        }
        return {};
    });
    if (!written)
        m_cacheLoaded = false;
    return written;
}

QString toString(Statistic s)
{
    switch (s) {
    case Statistic::Average:
        return QStringLiteral("Average");
    case Statistic::Minimum:
        return QStringLiteral("Minimum");
    case Statistic::Maximum:
        return QStringLiteral("Maximum");
    }
    return {};
}

std::optional<Statistic> statisticFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("average") || t == QLatin1String("avg"))
        return Statistic::Average;
    if (t == QLatin1String("minimum") || t == QLatin1String("min"))
        return Statistic::Minimum;
    if (t == QLatin1String("maximum") || t == QLatin1String("max"))
        return Statistic::Maximum;
    return std::nullopt;
}

QString toString(Resolution r)
{
    switch (r) {
    case Resolution::Auto:
        return QStringLiteral("auto");
    case Resolution::Raw:
        return QStringLiteral("raw");
    case Resolution::Minute:
        return QStringLiteral("minute");
    case Resolution::Hour:
        return QStringLiteral("hour");
    }
    return {};
}

} // namespace sloop::metrics
