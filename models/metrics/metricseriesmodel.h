#pragma once

#include "metrics/metricunits.h"
#include "metrics/seriespoint.h"

#include <QAbstractTableModel>
#include <QList>

namespace sloop::models {

// One metric series of one target as a table: a row per point (oldest
// first), columns time, average, minimum, maximum. A query's answer replaces
// the rows (a reset); live samples are appended with beginInsertRows and old
// ones dropped from the front with beginRemoveRows, so views and charts follow
// without a reset every few seconds.
class MetricSeriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        AverageColumn,
        MinimumColumn,
        MaximumColumn,
        ColumnCount
    };
    enum Role
    {
        TimeMsRole = Qt::UserRole + 1, // qint64, any column
        ValueRole,                     // double: the column's value (avg for the time column)
    };

    explicit MetricSeriesModel(QObject *parent = nullptr);

    // What the series is, for units and exports; the metric picks the unit.
    void setMetric(const QString &target, const QString &metric);
    QString target() const { return m_target; }
    QString metric() const { return m_metric; }
    MetricUnit unit() const { return m_unit; }

    // A query's answer (sorted by time). stepMs: the series' step, 0 when
    // unknown (the median spacing is used then).
    void setSeries(const QList<metrics::SeriesPoint> &points, qint64 stepMs);
    // Live samples: those newer than the last row are appended in one insert;
    // one at the last row's time replaces it; older ones are dropped (a late
    // sample of a past interval has no place in a sorted series). Returns how
    // many rows were added.
    int appendLive(const QList<metrics::SeriesPoint> &points);
    int appendLive(const metrics::SeriesPoint &point);
    // Drops the rows older than `timeMs` (a live window sliding on).
    void removeBefore(qint64 timeMs);
    void clear();

    const QList<metrics::SeriesPoint> &points() const { return m_points; }
    qint64 stepMs() const; // as set, or the median spacing
    // The row whose time is nearest to `timeMs`; -1 when empty.
    int nearestRow(qint64 timeMs) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_target;
    QString m_metric;
    MetricUnit m_unit = MetricUnit::Number;
    QList<metrics::SeriesPoint> m_points;
    qint64 m_stepMs = 0;
};

} // namespace sloop::models
