#pragma once

#include "metrics/metricpoint.h"
#include "metrics/seriespoint.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace sloop::store {
class Database;
}

namespace sloop::metrics {

namespace rollup {
class StatementCache;
}

enum class Resolution
{
    Auto,
    Raw,
    Minute,
    Hour,
};

enum class Statistic
{
    Average,
    Minimum,
    Maximum,
};

struct SeriesQuery
{
    QString target;
    QString metric;
    qint64 fromMs = 0; // inclusive
    qint64 toMs = 0;   // exclusive
    Resolution resolution = Resolution::Auto;
};

// Gaps are absent points: a consumer breaks the line where two neighbours
// are more than 2.5 × stepMs apart (stepMs for raw = the median spacing
// seen). Points are sorted by time; nothing is ever invented.
struct Series
{
    QString target;
    QString metric;
    Resolution resolution = Resolution::Raw;
    qint64 stepMs = 0;
    QList<SeriesPoint> points;
};

// A minute's rollup as compaction writes it, for the bulk path.
struct MinuteRollup
{
    qint64 minuteMs = 0; // start of the minute
    quint32 count = 1;
    double avg = 0;
    double min = 0;
    double max = 0;
};

// The time series of every target (schema step 5). Raw samples are kept one
// hour; compact() rolls finished minutes into minute rollups (avg, min, max,
// count; kept 14 days) and finished hours into hour rollups (kept 365 days).
// Rollups are packed, one row per series and hour or day (metricrollup.h),
// so 50 hosts × 25 series × 14 days of minutes stay in the low hundreds of
// MB.
//
// Retention is by whole rows: a minute goes once its whole hour is older
// than 14 days, an hour once its whole day is older than 365 days; raw
// samples go by the minute once older than an hour.
//
// Thread-safety: use it on the thread of its Database, and destroy it
// before the Database closes (it keeps prepared statements).
class MetricStore
{
public:
    static constexpr qint64 kRawKeepMs = 3600LL * 1000;
    static constexpr qint64 kMinuteKeepMs = 14LL * 24 * 3600 * 1000;
    static constexpr qint64 kHourKeepMs = 365LL * 24 * 3600 * 1000;

    explicit MetricStore(store::Database *db);
    ~MetricStore();
    MetricStore(const MetricStore &) = delete;
    MetricStore &operator=(const MetricStore &) = delete;

    // One transaction per call. Points that cannot be stored (a value that
    // is NaN, infinite or beyond float range, an empty target or metric, a
    // time before 1970, a sample for a minute whose raw samples are already
    // pruned) are skipped; the rest are stored, and the result then fails
    // with a message naming what was skipped. A second point of a series at
    // the same millisecond replaces the first.
    VoidResult append(const MetricBatch &points);
    // 1-min rollups (avg, min, max) of finished minutes, 1-h rollups of
    // finished hours from those, then pruning: raw > 1 h, minutes > 14 d,
    // hours > 365 d. Idempotent; one transaction; safe every minute and
    // after a restart with hours missing.
    VoidResult compact(qint64 nowMs);
    // Auto: a range ≤ 1 h whose raw samples are still kept → raw; ≤ 14 d and
    // not older than the minutes kept → minute; else hour. Minutes and hours
    // that are not compacted yet are rolled up on the fly, so the newest
    // data shows at every resolution. A bucket belongs to the range when
    // its start does.
    Result<Series> query(const SeriesQuery &q) const;
    // One statistic over [fromMs, toMs) at the resolution Auto picks (the
    // average weighted by sample counts): nullopt when no point lies in it.
    Result<std::optional<double>> statistic(const QString &target, const QString &metric,
                                            Statistic s, qint64 fromMs, qint64 toMs) const;
    // The newest value of a metric (overview cards); nullopt when none in
    // the last `maxAgeMs` (by the system clock).
    std::optional<MetricPoint> latest(const QString &target, const QString &metric,
                                      qint64 maxAgeMs) const;
    QStringList targets() const;
    QStringList metrics(const QString &target) const;
    VoidResult forgetTarget(const QString &target);
    // The whole database's size (page count × page size).
    Result<qint64> sizeBytes() const;

    // Bulk path for imports and the bench: writes minute rollups into the
    // same rows compaction writes, rolls up the hours they touch, and moves
    // the series' watermark past them (raw samples older than the newest
    // imported minute are then treated as late). Minutes must be sorted.
    VoidResult importMinuteRollups(const QString &target, const QString &metric,
                                   const QList<MinuteRollup> &minutes);

private:
    struct SeriesRef
    {
        qint64 id = 0;
        qint64 rolledToMs = 0;
    };

    VoidResult loadCache();
    Result<SeriesRef *> seriesForWrite(const QString &target, const QString &metric);
    std::optional<SeriesRef> findSeries(const QString &target, const QString &metric) const;
    qint64 horizon(const char *name) const;
    Resolution pick(const SeriesQuery &q) const;

    // Reading (metricstorequery.cpp)
    Result<QList<SeriesPoint>> rawPoints(qint64 id, qint64 fromMs, qint64 toMs) const;
    Result<QList<SeriesPoint>> minutePoints(const SeriesRef &s, qint64 fromMs, qint64 toMs) const;
    Result<QList<SeriesPoint>> hourPoints(const SeriesRef &s, qint64 fromMs, qint64 toMs) const;

    // Compaction (metriccompaction.cpp)
    VoidResult rollMinutes(qint64 id, qint64 fromMs, qint64 toMs, QList<qint64> *hoursTouched);
    VoidResult rollHour(qint64 id, qint64 hour);
    VoidResult prune(qint64 id, qint64 rawFromMs, qint64 minuteHour, qint64 hourDay);
    VoidResult setHorizon(const char *name, qint64 value);
    rollup::StatementCache &statements();

    store::Database *m_db;
    QHash<QString, SeriesRef> m_series; // writer's cache: "target\x1fmetric"
    bool m_cacheLoaded = false;
    qint64 m_rawFromMs = 0;
    std::unique_ptr<QSqlQuery> m_insertRaw;
    std::unique_ptr<rollup::StatementCache> m_statements; // rollups and pruning
};

QString toString(Statistic s);
std::optional<Statistic> statisticFromString(const QString &text);
QString toString(Resolution r);

} // namespace sloop::metrics
