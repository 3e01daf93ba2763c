#pragma once

#include "containers/containerinventory.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>

#include <functional>

namespace sloop::containers {
class StatsSampler;
}

namespace sloop::models {

// The containers of one engine as a two-level tree: compose projects are
// group rows with their containers beneath; containers outside a project sit
// at the top level. Follows the inventory's deltas with targeted inserts,
// removals and dataChanged, never a reset after the first fill, so selection
// and scroll survive. Live CPU and memory come from a StatsSampler.
class ContainerListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Image,
        State,
        Status,
        Ports,
        Cpu,
        Memory,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // container id; empty for a group row
        StateRole,                 // "running", ...
        IsGroupRole,
        ProjectRole,
        SortRole,    // a value that sorts right (numbers for CPU/memory)
        HttpUrlRole, // first published port as http://host:port, if any
    };

    explicit ContainerListModel(QObject *parent = nullptr);

    void setInventory(containers::ContainerInventory *inventory);
    void setSampler(containers::StatsSampler *sampler);
    // What the inventory's changed() signal drives; public for tests.
    void apply(const containers::ContainerDelta &delta);
    containers::ContainerInventory *inventory() const { return m_inventory; }

    QModelIndex indexOfContainer(const QString &id, int column = 0) const;
    QString containerId(const QModelIndex &index) const;
    std::optional<engine::ContainerSummary> container(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString portsText(const engine::ContainerSummary &c);
    // Tests: the time the Status column counts to (the system's otherwise).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The Status column moves on (the engine's "Up 16 seconds" as of now);
    // the timer does it every kStatusRefreshMs.
    void refreshStatus();
    static constexpr int kStatusRefreshMs = 30'000;

private:
    struct Row
    {
        QString id;              // a container; empty for a group
        QString project;         // the group's name, or the container's project
        QList<QString> children; // group rows only: container ids
    };
    struct Stats
    {
        double cpu = -1;
        quint64 memory = 0;
        quint64 memoryLimit = 0;
    };

    void insertContainers(const QList<engine::ContainerSummary> &added);
    void removeContainer(const QString &id);
    void onSample(const engine::StatsSample &sample);
    int topRowOfGroup(const QString &project) const;
    int topRowOfContainer(const QString &id) const;
    QVariant containerData(const engine::ContainerSummary &c, int column, int role) const;
    QVariant groupData(const Row &group, int column, int role) const;
    void rebuildTopIndex();

    containers::ContainerInventory *m_inventory = nullptr;
    containers::StatsSampler *m_sampler = nullptr;
    QList<Row> m_top; // groups and ungrouped containers
    QHash<QString, engine::ContainerSummary> m_containers;
    QHash<QString, QDateTime> m_statusSaid; // when the engine said each one's status
    std::function<QDateTime()> m_clock;
    QTimer m_statusTimer;
    QHash<QString, Stats> m_stats;
    QHash<QString, int> m_topIndex; // container id or "group:<project>" -> top row
    // Children carry their group's key as internalId: stable while top rows
    // move, so persistent indexes of children stay right.
    QHash<QString, quintptr> m_groupKeys;
    QHash<quintptr, QString> m_groupByKey;
    quintptr m_nextGroupKey = 1;
};

} // namespace sloop::models
