#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointF>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace sloop::models {

// What an overview card shows of one monitored target.
struct TargetOverview
{
    QString key;  // host/NAME, container/ENGINE/NAME, engine/NAME
    QString name; // for people (a container's "NAME on ENGINE")
    QString kind; // "Host", "Container", "Engine", translated
    std::optional<double> cpu;
    std::optional<double> memory;
    int alarmState = 1;       // 0 OK, 1 insufficient data, 2 ALARM
    QList<QPointF> sparkline; // CPU over the last hour: x = epoch ms, y = %
};

// The targets of the monitoring overview, one row each. Live samples update
// a row's numbers in place (dataChanged), so the cards repaint without a
// reset; the list itself is replaced only by a full refresh.
class TargetOverviewModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        CpuRole,        // double, or invalid when unknown
        MemoryRole,     // double, or invalid when unknown
        AlarmStateRole, // int
        SparklineRole,  // QList<QPointF>
        FilterRole,     // the text a filter matches: name, kind and key
    };
    static constexpr qint64 kSparklineSpanMs = 3600LL * 1000;

    explicit TargetOverviewModel(QObject *parent = nullptr);

    void setTargets(const QList<TargetOverview> &targets);
    const QList<TargetOverview> &targets() const { return m_targets; }
    int rowOf(const QString &key) const;
    // A live sample of cpu or memory; false when the target has no row.
    bool updateValue(const QString &key, const QString &metric, qint64 timeMs, double value);
    void setAlarmState(int row, int state);

    static QString alarmStateText(int state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<TargetOverview> m_targets;
};

// Sorting and filtering of the overview: by name, by CPU or memory (busiest
// first, unknown last) or by alarm state (ALARM, then insufficient data,
// then OK); ties go by name so the order never jumps about.
class TargetOverviewSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortKey
    {
        Name,
        Cpu,
        Memory,
        AlarmState,
    };
    explicit TargetOverviewSortModel(QObject *parent = nullptr);
    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_key; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    SortKey m_key = SortKey::Name;
};

} // namespace sloop::models
