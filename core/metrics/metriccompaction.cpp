// MetricStore's compaction: raw samples → minute rollups → hour rollups, and
// pruning by age. Everything here is recomputed from the level below, so
// running it twice writes the same bytes.
#include "metrics/metricstore.h"

#include "metrics/metricstoreinternal.h"
#include "store/database.h"

#include <QMap>

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace sloop::metrics {

using namespace rollup;

namespace rollup {

namespace {
QString tableName(Table t)
{
    return t == Table::Minutes ? QStringLiteral("metric_minutes") : QStringLiteral("metric_hours");
}
} // namespace

int slotsOf(Table t)
{
    return t == Table::Minutes ? 60 : 24;
}

Result<QSqlQuery *> StatementCache::get(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &q = m_queries[sql];
    if (!q) {
        auto made = std::make_unique<QSqlQuery>(m_db);
        if (!made->prepare(sql))
            return Result<QSqlQuery *>::failure(made->lastError().text());
        q = std::move(made);
    }
    return q.get();
}

namespace {
// Runs a cached statement with `values` bound in order; the caller reads
// its rows (if any) and finishes it.
Result<QSqlQuery *> run(StatementCache &sql, const QString &text, const QVariantList &values)
{
    const Result<QSqlQuery *> q = sql.get(text);
    if (!q)
        return q;
    for (int i = 0; i < values.size(); ++i)
        (*q)->bindValue(i, values.at(i));
    if (!(*q)->exec())
        return Result<QSqlQuery *>::failure((*q)->lastError().text());
    return q;
}

VoidResult runOnly(StatementCache &sql, const QString &text, const QVariantList &values)
{
    const Result<QSqlQuery *> q = run(sql, text, values);
    if (!q)
        return VoidResult::failure(q.problem());
    (*q)->finish();
    return {};
}
} // namespace

Result<Block> readBlock(StatementCache &sql, Table t, qint64 key)
{
    const Result<QSqlQuery *> q =
        run(sql, QStringLiteral("SELECT data FROM %1 WHERE key = ?").arg(tableName(t)), {key});
    if (!q)
        return Result<Block>::failure(q.problem());
    Block block(slotsOf(t));
    if ((*q)->next() && !block.decode((*q)->value(0).toByteArray()))
        qCWarning(lcMetricStore) << "unreadable rollup row" << key << "in" << tableName(t)
                                 << "is replaced";
    (*q)->finish();
    return block;
}

VoidResult writeBlock(StatementCache &sql, Table t, qint64 key, const Block &block)
{
    if (block.isEmpty())
        return runOnly(sql, QStringLiteral("DELETE FROM %1 WHERE key = ?").arg(tableName(t)),
                       {key});
    return runOnly(
        sql, QStringLiteral("INSERT OR REPLACE INTO %1(key, data) VALUES (?, ?)").arg(tableName(t)),
        {key, block.encode()});
}

} // namespace rollup

VoidResult MetricStore::setHorizon(const char *name, qint64 value)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO metric_meta(name, value) VALUES (?, ?) ON CONFLICT(name)"
                             " DO UPDATE SET value = max(value, excluded.value)"));
    q.addBindValue(QString::fromLatin1(name));
    q.addBindValue(value);
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    return {};
}

VoidResult MetricStore::rollMinutes(qint64 id, qint64 fromMs, qint64 toMs,
                                    QList<qint64> *hoursTouched)
{
    StatementCache &sql = statements();
    const Result<QSqlQuery *> q =
        run(sql,
            QStringLiteral("SELECT time_ms, value FROM metric_raw WHERE series_id = ?"
                           " AND time_ms >= ? AND time_ms < ? ORDER BY time_ms"),
            {id, fromMs, toMs});
    if (!q)
        return VoidResult::failure(q.problem());
    QMap<qint64, Accumulator> minutes; // by minute start
    while ((*q)->next())
        minutes[floorTo((*q)->value(0).toLongLong(), kMinuteMs)].add((*q)->value(1).toDouble());
    (*q)->finish();
    // Minutes without samples are left alone: a gap stays a gap.
    auto it = minutes.cbegin();
    while (it != minutes.cend()) {
        const qint64 hour = it.key() / kHourMs;
        Result<Block> block = readBlock(sql, Table::Minutes, rowKey(id, hour));
        if (!block)
            return VoidResult::failure(block.problem());
        for (; it != minutes.cend() && it.key() / kHourMs == hour; ++it)
            block.value().set(int((it.key() % kHourMs) / kMinuteMs), it.value());
        if (const VoidResult w = writeBlock(sql, Table::Minutes, rowKey(id, hour), *block); !w)
            return w;
        hoursTouched->append(hour);
    }
    return {};
}

VoidResult MetricStore::rollHour(qint64 id, qint64 hour)
{
    StatementCache &sql = statements();
    const Result<Block> minutes = readBlock(sql, Table::Minutes, rowKey(id, hour));
    if (!minutes)
        return VoidResult::failure(minutes.problem());
    const Accumulator total = minutes->total();
    const qint64 day = hour / 24;
    Result<Block> days = readBlock(sql, Table::Hours, rowKey(id, day));
    if (!days)
        return VoidResult::failure(days.problem());
    if (total.isEmpty() && days->at(int(hour % 24)).count == 0)
        return {}; // nothing was there, nothing to write
    days.value().set(int(hour % 24), total);
    return writeBlock(sql, Table::Hours, rowKey(id, day), *days);
}

VoidResult MetricStore::prune(qint64 id, qint64 rawFromMs, qint64 minuteHour, qint64 hourDay)
{
    StatementCache &sql = statements();
    if (const VoidResult r = runOnly(
            sql, QStringLiteral("DELETE FROM metric_raw WHERE series_id = ? AND time_ms < ?"),
            {id, rawFromMs});
        !r)
        return r;
    // Rollup rows go by whole hours and days: nothing to do until the
    // horizon crosses one (0 = not this time).
    if (minuteHour == 0 && hourDay == 0)
        return {};
    if (const VoidResult r =
            runOnly(sql, QStringLiteral("DELETE FROM metric_minutes WHERE key >= ? AND key < ?"),
                    {rowKey(id, 0), rowKey(id, qMax<qint64>(0, minuteHour))});
        !r)
        return r;
    return runOnly(sql, QStringLiteral("DELETE FROM metric_hours WHERE key >= ? AND key < ?"),
                   {rowKey(id, 0), rowKey(id, qMax<qint64>(0, hourDay))});
}

VoidResult MetricStore::compact(qint64 nowMs)
{
    // Minutes before the current one are finished; raw samples are kept to
    // the minute an hour back; minutes by whole hours older than 14 days,
    // hours by whole days older than 365 days.
    const qint64 cutoff = floorTo(nowMs, kMinuteMs);
    const qint64 rawFrom = floorTo(nowMs - kRawKeepMs, kMinuteMs);
    const qint64 minuteHour = floorTo(nowMs - kMinuteKeepMs, kHourMs) / kHourMs;
    const qint64 hourDay = floorTo(nowMs - kHourKeepMs, kDayMs) / kDayMs;
    m_cacheLoaded = false; // watermarks move
    return m_db->transaction([&]() -> VoidResult {
        // Appends went to the time-ordered table; finished minutes move to
        // the series-ordered one, one page write per series a minute
        // instead of one per append.
        QSqlQuery move(m_db->connection());
        move.prepare(QStringLiteral("INSERT OR REPLACE INTO metric_raw(series_id, time_ms, value)"
                                    " SELECT series_id, time_ms, value FROM metric_raw_recent"
                                    " WHERE time_ms < ? ORDER BY series_id, time_ms"));
        move.addBindValue(cutoff);
        if (!move.exec())
            return VoidResult::failure(move.lastError().text());
        move.prepare(QStringLiteral("DELETE FROM metric_raw_recent WHERE time_ms < ?"));
        move.addBindValue(cutoff);
        if (!move.exec())
            return VoidResult::failure(move.lastError().text());
        QSqlQuery series(m_db->connection());
        if (!series.exec(QStringLiteral("SELECT id, rolled_to_ms FROM metric_series")))
            return VoidResult::failure(series.lastError().text());
        QList<SeriesRef> all;
        while (series.next())
            all.append({series.value(0).toLongLong(), series.value(1).toLongLong()});
        series.finish();
        const Result<QSqlQuery *> marker = statements().get(
            QStringLiteral("UPDATE metric_series SET rolled_to_ms = ? WHERE id = ?"));
        if (!marker)
            return VoidResult::failure(marker.problem());
        QSqlQuery &mark = **marker;
        // New series need every horizon applied; the others only when the
        // minute or hour horizon moved past a row since the last time.
        const bool minutesMoved = minuteHour * kHourMs > horizon("minutes_from_ms");
        const bool hoursMoved = hourDay * kDayMs > horizon("hours_from_ms");
        for (const SeriesRef &s : all) {
            if (s.rolledToMs < cutoff) {
                // The hour of the old watermark may have finished since,
                // even with no new samples (a restart after hours away).
                QList<qint64> hours{s.rolledToMs / kHourMs};
                if (const VoidResult r = rollMinutes(s.id, s.rolledToMs, cutoff, &hours); !r)
                    return r;
                std::sort(hours.begin(), hours.end());
                hours.erase(std::unique(hours.begin(), hours.end()), hours.end());
                for (const qint64 hour : hours) {
                    if ((hour + 1) * kHourMs > cutoff)
                        continue; // not finished
                    if (const VoidResult r = rollHour(s.id, hour); !r)
                        return r;
                }
                mark.bindValue(0, cutoff);
                mark.bindValue(1, s.id);
                if (!mark.exec())
                    return VoidResult::failure(mark.lastError().text());
            }
            const bool fresh = s.rolledToMs == 0;
            if (const VoidResult r = prune(s.id, rawFrom, fresh || minutesMoved ? minuteHour : 0,
                                           fresh || hoursMoved ? hourDay : 0);
                !r)
                return r;
        }
        for (const auto &[name, value] :
             {std::pair{"raw_from_ms", rawFrom}, std::pair{"minutes_from_ms", minuteHour * kHourMs},
              std::pair{"hours_from_ms", hourDay * kDayMs}}) {
            if (const VoidResult r = setHorizon(name, value); !r)
                return r;
        }
        return {};
    });
}

} // namespace sloop::metrics
