#pragma once

#include "common/keyedtablemodel.h"
#include "common/tableroles.h"
#include "swarm/swarmtypes.h"

#include <QHash>

namespace sloop::models {

// A swarm's services, one row per service id; the count cell reads
// "running of desired" in the error tone while fewer run than wanted.
class ServiceListModel : public KeyedTableModel<swarm::ServiceSummary>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Mode,
        Replicas,
        Image,
        Ports,
        Update,
        Updated,
        ColumnCount
    };
    explicit ServiceListModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const swarm::ServiceSummary &s) const override { return s.id; }
};

// The swarm's nodes, one row per node id.
class NodeListModel : public KeyedTableModel<swarm::SwarmNode>
{
    Q_OBJECT
public:
    enum Column
    {
        Hostname,
        Role,
        State,
        Availability,
        Address,
        Resources,
        EngineVersion,
        ColumnCount
    };
    explicit NodeListModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Node id → hostname, for the task table's node column.
    QHash<QString, QString> hostnames() const;

protected:
    QString keyOf(const swarm::SwarmNode &n) const override { return n.id; }
};

// One service's tasks (the latest of each slot first), with the node's name.
class TaskListModel : public KeyedTableModel<swarm::SwarmTask>
{
    Q_OBJECT
public:
    enum Column
    {
        Task,
        Node,
        State,
        Desired,
        Since,
        Error,
        ColumnCount
    };
    explicit TaskListModel(QObject *parent = nullptr);
    void setService(const QString &name) { m_service = name; }
    void setHostnames(const QHash<QString, QString> &names) { m_hostnames = names; }
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const swarm::SwarmTask &t) const override { return t.id; }

private:
    QString m_service;
    QHash<QString, QString> m_hostnames;
};

} // namespace sloop::models
