// MetricStore's reading side: a series at one resolution. Rollups not yet
// written by compaction (the minutes after the watermark, the hours after
// it) are computed on the fly from the level below, the same way.
#include "metrics/metricstore.h"

#include "metrics/metricstoreinternal.h"
#include "store/database.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sloop::metrics {

using namespace rollup;

namespace {

qint64 ceilTo(qint64 ms, qint64 step)
{
    const qint64 f = floorTo(ms, step);
    return f == ms ? ms : f + step;
}

SeriesPoint pointOf(qint64 timeMs, const Accumulator &a)
{
    return {timeMs, a.average(), a.min, a.max, qint64(a.count)};
}

qint64 medianSpacing(const QList<SeriesPoint> &points)
{
    if (points.size() < 2)
        return 0;
    QList<qint64> gaps;
    gaps.reserve(points.size() - 1);
    for (qsizetype i = 1; i < points.size(); ++i)
        gaps.append(points.at(i).timeMs - points.at(i - 1).timeMs);
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    return gaps.at(gaps.size() / 2);
}

} // namespace

Resolution MetricStore::pick(const SeriesQuery &q) const
{
    if (q.resolution != Resolution::Auto)
        return q.resolution;
    const qint64 span = q.toMs - q.fromMs;
    if (span <= kRawKeepMs && q.fromMs >= horizon("raw_from_ms"))
        return Resolution::Raw;
    if (span <= kMinuteKeepMs && q.fromMs >= horizon("minutes_from_ms"))
        return Resolution::Minute;
    return Resolution::Hour;
}

Result<Series> MetricStore::query(const SeriesQuery &q) const
{
    if (q.toMs <= q.fromMs)
        return Result<Series>::failure(
            MetricsText::tr("The range of a metrics query must end after it starts."));
    Series out;
    out.target = q.target;
    out.metric = q.metric;
    out.resolution = pick(q);
    out.stepMs = out.resolution == Resolution::Minute ? kMinuteMs
                 : out.resolution == Resolution::Hour ? kHourMs
                                                      : 0;
    const std::optional<SeriesRef> s = findSeries(q.target, q.metric);
    if (!s)
        return out; // no data yet is not an error
    Result<QList<SeriesPoint>> points =
        out.resolution == Resolution::Raw      ? rawPoints(s->id, q.fromMs, q.toMs)
        : out.resolution == Resolution::Minute ? minutePoints(*s, q.fromMs, q.toMs)
                                               : hourPoints(*s, q.fromMs, q.toMs);
    if (!points)
        return Result<Series>::failure(points.problem());
    out.points = std::move(points.value());
    if (out.resolution == Resolution::Raw)
        out.stepMs = medianSpacing(out.points);
    return out;
}

Result<QList<SeriesPoint>> MetricStore::rawPoints(qint64 id, qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    // Samples since the last compaction are still in metric_raw_recent
    // (the second part: it scans that minute or so of every series).
    q.prepare(QStringLiteral("SELECT time_ms, value, 0 FROM metric_raw WHERE series_id = ?"
                             " AND time_ms >= ? AND time_ms < ? UNION ALL"
                             " SELECT time_ms, value, 1 FROM metric_raw_recent WHERE"
                             " time_ms >= ? AND time_ms < ? AND series_id = ?"
                             " ORDER BY 1, 3"));
    q.addBindValue(id);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    q.addBindValue(id);
    if (!q.exec())
        return Result<QList<SeriesPoint>>::failure(q.lastError().text());
    QList<SeriesPoint> out;
    while (q.next()) {
        const qint64 t = q.value(0).toLongLong();
        const double v = q.value(1).toDouble();
        // A sample written again after the move replaces the moved one.
        if (!out.isEmpty() && out.last().timeMs == t)
            out.removeLast();
        out.append({t, v, v, v, 1});
    }
    return out;
}

Result<QList<SeriesPoint>> MetricStore::minutePoints(const SeriesRef &s, qint64 fromMs,
                                                     qint64 toMs) const
{
    QList<SeriesPoint> out;
    // Stored minutes: those before the watermark.
    const qint64 storedTo = qMin(toMs, s.rolledToMs);
    if (fromMs < storedTo) {
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT key, data FROM metric_minutes WHERE key >= ? AND key <= ?"
                                 " ORDER BY key"));
        q.addBindValue(rowKey(s.id, floorTo(fromMs, kHourMs) / kHourMs));
        q.addBindValue(rowKey(s.id, floorTo(storedTo - 1, kHourMs) / kHourMs));
        if (!q.exec())
            return Result<QList<SeriesPoint>>::failure(q.lastError().text());
        Block block(slotsOf(Table::Minutes));
        while (q.next()) {
            const qint64 hour = q.value(0).toLongLong() & ((qint64(1) << kBucketBits) - 1);
            if (!block.decode(q.value(1).toByteArray()))
                continue;
            for (int i = 0; i < block.size(); ++i) {
                const Slot &slot = block.at(i);
                const qint64 t = hour * kHourMs + i * kMinuteMs;
                if (slot.count == 0 || t < fromMs || t >= storedTo)
                    continue;
                out.append({t, slot.avg, slot.min, slot.max, qint64(slot.count)});
            }
        }
    }
    // Minutes after the watermark, from raw samples (whole minutes whose
    // start lies in the range).
    const qint64 rawFrom = ceilTo(qMax(fromMs, s.rolledToMs), kMinuteMs);
    if (rawFrom < toMs) {
        const Result<QList<SeriesPoint>> raw = rawPoints(s.id, rawFrom, ceilTo(toMs, kMinuteMs));
        if (!raw)
            return raw;
        QMap<qint64, Accumulator> minutes;
        for (const SeriesPoint &p : raw.value())
            minutes[floorTo(p.timeMs, kMinuteMs)].add(p.avg);
        for (auto it = minutes.cbegin(); it != minutes.cend(); ++it) {
            if (it.key() < toMs)
                out.append(pointOf(it.key(), it.value()));
        }
    }
    return out;
}

Result<QList<SeriesPoint>> MetricStore::hourPoints(const SeriesRef &s, qint64 fromMs,
                                                   qint64 toMs) const
{
    QList<SeriesPoint> out;
    // Hours wholly before the watermark have been rolled up by compaction.
    const qint64 hoursRolledTo = floorTo(s.rolledToMs, kHourMs);
    const qint64 storedTo = qMin(toMs, hoursRolledTo);
    if (fromMs < storedTo) {
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT key, data FROM metric_hours WHERE key >= ? AND key <= ?"
                                 " ORDER BY key"));
        q.addBindValue(rowKey(s.id, floorTo(fromMs, kDayMs) / kDayMs));
        q.addBindValue(rowKey(s.id, floorTo(storedTo - 1, kDayMs) / kDayMs));
        if (!q.exec())
            return Result<QList<SeriesPoint>>::failure(q.lastError().text());
        Block block(slotsOf(Table::Hours));
        while (q.next()) {
            const qint64 day = q.value(0).toLongLong() & ((qint64(1) << kBucketBits) - 1);
            if (!block.decode(q.value(1).toByteArray()))
                continue;
            for (int i = 0; i < block.size(); ++i) {
                const Slot &slot = block.at(i);
                const qint64 t = day * kDayMs + i * kHourMs;
                if (slot.count == 0 || t < fromMs || t >= storedTo)
                    continue;
                out.append({t, slot.avg, slot.min, slot.max, qint64(slot.count)});
            }
        }
    }
    // The rest from minutes, merged with their counts.
    const qint64 restFrom = ceilTo(qMax(fromMs, hoursRolledTo), kHourMs);
    if (restFrom < toMs) {
        const Result<QList<SeriesPoint>> minutes = minutePoints(s, restFrom, ceilTo(toMs, kHourMs));
        if (!minutes)
            return minutes;
        QMap<qint64, Accumulator> hours;
        for (const SeriesPoint &p : minutes.value())
            hours[floorTo(p.timeMs, kHourMs)].merge(quint32(p.count), p.avg, p.min, p.max);
        for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
            if (it.key() < toMs)
                out.append(pointOf(it.key(), it.value()));
        }
    }
    return out;
}

} // namespace sloop::metrics
