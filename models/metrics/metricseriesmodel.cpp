#include "metrics/metricseriesmodel.h"

#include "metrics/downsample.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace sloop::models {

using metrics::SeriesPoint;

MetricSeriesModel::MetricSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MetricSeriesModel::setMetric(const QString &target, const QString &metric)
{
    m_target = target;
    m_metric = metric;
    m_unit = unitOfMetric(metric);
    if (!m_points.isEmpty())
        Q_EMIT dataChanged(index(0, AverageColumn), index(rowCount() - 1, MaximumColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, AverageColumn, MaximumColumn);
}

void MetricSeriesModel::setSeries(const QList<SeriesPoint> &points, qint64 stepMs)
{
    beginResetModel();
    m_points = points;
    m_stepMs = stepMs;
    endResetModel();
}

int MetricSeriesModel::appendLive(const SeriesPoint &point)
{
    return appendLive(QList<SeriesPoint>{point});
}

int MetricSeriesModel::appendLive(const QList<SeriesPoint> &points)
{
    QList<SeriesPoint> fresh;
    for (const SeriesPoint &p : points) {
        const qint64 newest = !fresh.isEmpty()      ? fresh.last().timeMs
                              : !m_points.isEmpty() ? m_points.last().timeMs
                                                    : std::numeric_limits<qint64>::min();
        if (p.timeMs > newest) {
            fresh.append(p);
        } else if (p.timeMs == newest) {
            if (!fresh.isEmpty()) {
                fresh.last() = p;
            } else {
                m_points.last() = p;
                const int row = rowCount() - 1;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    }
    if (fresh.isEmpty())
        return 0;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_points.append(fresh);
    endInsertRows();
    return int(fresh.size());
}

void MetricSeriesModel::removeBefore(qint64 timeMs)
{
    const auto end = std::lower_bound(m_points.cbegin(), m_points.cend(), timeMs,
                                      [](const SeriesPoint &p, qint64 t) { return p.timeMs < t; });
    const int count = int(end - m_points.cbegin());
    if (count == 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_points.remove(0, count);
    endRemoveRows();
}

void MetricSeriesModel::clear()
{
    if (m_points.isEmpty())
        return;
    beginRemoveRows({}, 0, rowCount() - 1);
    m_points.clear();
    endRemoveRows();
}

qint64 MetricSeriesModel::stepMs() const
{
    return m_stepMs > 0 ? m_stepMs : metrics::medianSpacing(m_points);
}

int MetricSeriesModel::nearestRow(qint64 timeMs) const
{
    if (m_points.isEmpty())
        return -1;
    const auto it = std::lower_bound(m_points.cbegin(), m_points.cend(), timeMs,
                                     [](const SeriesPoint &p, qint64 t) { return p.timeMs < t; });
    int row = int(it - m_points.cbegin());
    if (row == rowCount())
        return row - 1;
    if (row > 0 && timeMs - m_points.at(row - 1).timeMs <= m_points.at(row).timeMs - timeMs)
        --row;
    return row;
}

int MetricSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int MetricSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SeriesPoint &p = m_points.at(index.row());
    const double value = index.column() == MinimumColumn   ? p.min
                         : index.column() == MaximumColumn ? p.max
                                                           : p.avg;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TimeColumn) {
            const QLocale locale;
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(p.timeMs);
            return QString(locale.toString(time.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                           locale.toString(time.time(), QStringLiteral("HH:mm:ss")));
        }
        return formatMetricValue(value, m_unit);
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case TimeMsRole:
        return p.timeMs;
    case ValueRole:
    case Qt::EditRole:
        if (index.column() == TimeColumn && role == Qt::EditRole)
            return QDateTime::fromMSecsSinceEpoch(p.timeMs);
        return value;
    default:
        return {};
    }
}

QVariant MetricSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AverageColumn:
        return tr("Average");
    case MinimumColumn:
        return tr("Minimum");
    case MaximumColumn:
        return tr("Maximum");
    default:
        return {};
    }
}

} // namespace sloop::models
