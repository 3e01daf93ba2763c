#include "common/displaytext.h"
#include "common/tones.h"
#include "swarmmodels.h"

namespace sloop::models {

using swarm::SwarmTask;

TaskListModel::TaskListModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SwarmTask &t = item(index.row());
    const QString problem = t.error.isEmpty() ? QString() : t.error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Task:
            return text::cell(m_service + QLatin1Char('.') +
                              (t.slot > 0 ? QString::number(t.slot) : t.nodeId.left(12)));
        case Node:
            return text::cell(m_hostnames.value(t.nodeId, t.nodeId.left(12)));
        case State:
            return text::cell(t.state);
        case Desired:
            return text::cell(t.desiredState);
        case Since:
            return text::relativeTime(t.timestamp);
        case Error:
            return text::cell(problem);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Task)
            return text::tooltip(
                tr("Task %1\nContainer %2\nImage %3").arg(t.id, t.containerId.left(12), t.image));
        if (index.column() == State)
            return text::tooltip(t.message);
        return text::tooltip(data(index, Qt::DisplayRole).toString());
    case SortRole:
        switch (index.column()) {
        case Task:
            return t.slot;
        case Since:
            return t.timestamp;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == State)
            return t.state == QLatin1String("running") ? QVariant(toneColor(Tone::Ok))
                   : t.state == QLatin1String("failed") || t.state == QLatin1String("rejected")
                       ? QVariant(toneColor(Tone::Error))
                       : QVariant(toneColor(Tone::Info));
        break;
    case IdRole:
        return t.id;
    }
    return {};
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Task:
        return tr("Task");
    case Node:
        return tr("Node");
    case State:
        return tr("State");
    case Desired:
        return tr("Desired");
    case Since:
        return tr("Since");
    case Error:
        return tr("Error");
    }
    return {};
}

} // namespace sloop::models
