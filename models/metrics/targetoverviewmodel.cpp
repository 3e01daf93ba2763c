#include "targetoverviewmodel.h"

#include "metrics/metricnames.h"
#include "metrics/metricunits.h"

#include <algorithm>

namespace sloop::models {

namespace names = metrics::names;

namespace {

// Digits compare as numbers ("web-4" before "web-14"), the rest without
// case. QCollator's numeric mode needs ICU, which the C locale lacks.
int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ie = i, je = j;
            while (ie < a.size() && a[ie].isDigit())
                ++ie;
            while (je < b.size() && b[je].isDigit())
                ++je;
            const QStringView da = QStringView(a).mid(i, ie - i);
            const QStringView db = QStringView(b).mid(j, je - j);
            const qulonglong na = da.toULongLong(), nb = db.toULongLong();
            if (na != nb)
                return na < nb ? -1 : 1;
            i = ie;
            j = je;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j ? -1 : (a.size() - i > b.size() - j ? 1 : 0);
}

} // namespace

TargetOverviewModel::TargetOverviewModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TargetOverviewModel::setTargets(const QList<TargetOverview> &targets)
{
    beginResetModel();
    m_targets = targets;
    endResetModel();
}

int TargetOverviewModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].key == key)
            return int(i);
    }
    return -1;
}

bool TargetOverviewModel::updateValue(const QString &key, const QString &metric, qint64 timeMs,
                                      double value)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    TargetOverview &t = m_targets[row];
    if (metric == names::kCpu) {
        t.cpu = value;
        // Samples come in time order; a late one is not worth a sort.
        if (t.sparkline.isEmpty() || t.sparkline.last().x() < double(timeMs))
            t.sparkline.append(QPointF(double(timeMs), value));
        const double from = double(timeMs - kSparklineSpanMs);
        const auto old = std::find_if(t.sparkline.cbegin(), t.sparkline.cend(),
                                      [from](const QPointF &p) { return p.x() >= from; });
        t.sparkline.erase(t.sparkline.cbegin(), old);
    } else if (metric == names::kMemory) {
        t.memory = value;
    } else {
        return true;
    }
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
    return true;
}

void TargetOverviewModel::setAlarmState(int row, int state)
{
    if (row < 0 || row >= m_targets.size() || m_targets[row].alarmState == state)
        return;
    m_targets[row].alarmState = state;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {AlarmStateRole, Qt::DisplayRole});
}

QString TargetOverviewModel::alarmStateText(int state)
{
    switch (state) {
    case 0:
        return tr("OK");
    case 2:
        return tr("ALARM");
    default:
        return tr("Insufficient data");
    }
}

int TargetOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

QVariant TargetOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TargetOverview &t = m_targets[index.row()];
    const auto optional = [](const std::optional<double> &v) {
        return v ? QVariant(*v) : QVariant();
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // What a screen reader says of the card: every number in words.
        const QString none = tr("no data");
        return tr("%1, %2, CPU %3, memory %4, %5")
            .arg(t.name, t.kind, t.cpu ? formatMetricValue(*t.cpu, MetricUnit::Percent) : none,
                 t.memory ? formatMetricValue(*t.memory, MetricUnit::Percent) : none,
                 alarmStateText(t.alarmState));
    }
    case Qt::ToolTipRole:
        return t.key;
    case KeyRole:
        return t.key;
    case NameRole:
        return t.name;
    case KindRole:
        return t.kind;
    case CpuRole:
        return optional(t.cpu);
    case MemoryRole:
        return optional(t.memory);
    case AlarmStateRole:
        return t.alarmState;
    case SparklineRole:
        return QVariant::fromValue(t.sparkline);
    case FilterRole:
        return QStringList{t.name, t.kind, t.key}.join(QLatin1Char(' '));
    }
    return {};
}

QHash<int, QByteArray> TargetOverviewModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert({{KeyRole, "key"},
                  {NameRole, "name"},
                  {KindRole, "kind"},
                  {CpuRole, "cpu"},
                  {MemoryRole, "memory"},
                  {AlarmStateRole, "alarmState"},
                  {SparklineRole, "sparkline"}});
    return roles;
}

TargetOverviewSortModel::TargetOverviewSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(TargetOverviewModel::FilterRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(0);
}

void TargetOverviewSortModel::setSortKey(SortKey key)
{
    m_key = key;
    invalidate();
    sort(0);
}

bool TargetOverviewSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Bigger first for numbers (the busiest card leads); unknown last.
    const auto byNumber = [&](int role) -> std::optional<bool> {
        const QVariant a = left.data(role), b = right.data(role);
        if (a.isValid() != b.isValid())
            return a.isValid();
        if (a.isValid() && a.toDouble() != b.toDouble())
            return a.toDouble() > b.toDouble();
        return std::nullopt;
    };
    std::optional<bool> decided;
    switch (m_key) {
    case SortKey::Name:
        break;
    case SortKey::Cpu:
        decided = byNumber(TargetOverviewModel::CpuRole);
        break;
    case SortKey::Memory:
        decided = byNumber(TargetOverviewModel::MemoryRole);
        break;
    case SortKey::AlarmState:
        decided = byNumber(TargetOverviewModel::AlarmStateRole); // 2 ALARM, 1, 0 OK
        break;
    }
    if (decided)
        return *decided;
    const QString a = left.data(TargetOverviewModel::NameRole).toString();
    const QString b = right.data(TargetOverviewModel::NameRole).toString();
    if (const int c = naturalCompare(a, b); c != 0)
        return c < 0; // "app-4" before "app-14"
    return left.data(TargetOverviewModel::KeyRole).toString() <
           right.data(TargetOverviewModel::KeyRole).toString();
}

} // namespace sloop::models
