#include "common/displaytext.h"
#include "common/tones.h"
#include "swarmmodels.h"

namespace sloop::models {

using swarm::SwarmNode;

NodeListModel::NodeListModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int NodeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<QString, QString> NodeListModel::hostnames() const
{
    QHash<QString, QString> out;
    for (const SwarmNode &n : items())
        out.insert(n.id, n.hostname);
    return out;
}

QVariant NodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SwarmNode &n = item(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Hostname:
            return text::cell(n.hostname);
        case Role:
            return n.leader                             ? tr("Manager (leader)")
                   : n.role == QLatin1String("manager") ? tr("Manager")
                                                        : tr("Worker");
        case State:
            return text::cell(n.state);
        case Availability:
            return text::cell(n.availability);
        case Address:
            return text::cell(n.address);
        case Resources:
            return tr("%1 vCPU, %2")
                .arg(double(n.nanoCpus) / 1e9, 0, 'g', 3)
                .arg(text::size(n.memoryBytes));
        case EngineVersion:
            return text::cell(n.engineVersion);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Hostname)
            return text::tooltip(tr("%1\nID: %2").arg(n.hostname, n.id));
        if (index.column() == Availability)
            return n.availability == QLatin1String("drain")
                       ? tr("Drained: its tasks moved to other nodes and none start here.")
                   : n.availability == QLatin1String("pause")
                       ? tr("Paused: its tasks keep running; no new ones start here.")
                       : tr("Active: Swarm places tasks here.");
        return text::tooltip(data(index, Qt::DisplayRole).toString());
    case SortRole:
        return index.column() == Resources ? QVariant(n.nanoCpus) : data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == State)
            return n.state == QLatin1String("ready") ? QVariant(toneColor(Tone::Ok))
                                                     : QVariant(toneColor(Tone::Error));
        if (index.column() == Availability && n.availability != QLatin1String("active"))
            return QVariant(toneColor(Tone::Info));
        break;
    case IdRole:
        return n.id;
    }
    return {};
}

QVariant NodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Hostname:
        return tr("Node");
    case Role:
        return tr("Role");
    case State:
        return tr("State");
    case Availability:
        return tr("Availability");
    case Address:
        return tr("Address");
    case Resources:
        return tr("Resources");
    case EngineVersion:
        return tr("Engine");
    }
    return {};
}

} // namespace sloop::models
