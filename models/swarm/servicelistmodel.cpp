#include "common/displaytext.h"
#include "common/tones.h"
#include "swarmmodels.h"

namespace sloop::models {

using swarm::ServiceSummary;

namespace {

QString portsText(const QList<swarm::PublishedPort> &ports)
{
    QStringList out;
    for (const swarm::PublishedPort &p : ports)
        out.append(
            (p.published > 0 ? QString::number(p.published) + QStringLiteral("→") : QString()) +
            QString::number(p.target) +
            (p.protocol == QLatin1String("tcp") ? QString() : QLatin1Char('/') + p.protocol));
    return out.join(QStringLiteral(", "));
}

} // namespace

ServiceListModel::ServiceListModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int ServiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceSummary &s = item(index.row());
    const bool short_ = s.running < s.desired;
    const bool updating = s.updateState == QLatin1String("updating") ||
                          s.updateState == QLatin1String("rollback_started");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return text::cell(s.name);
        case Mode:
            return s.mode == QLatin1String("global") ? tr("Global") : tr("Replicated");
        case Replicas:
            return tr("%1 of %2").arg(s.running).arg(s.desired);
        case Image:
            return text::cell(s.image);
        case Ports:
            return portsText(s.ports);
        case Update:
            return s.updateState.isEmpty()
                       ? QString()
                       : text::cell(s.updateState).replace(QLatin1Char('_'), QLatin1Char(' '));
        case Updated:
            return text::relativeTime(s.updated);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return text::tooltip(tr("%1\nID: %2").arg(s.name, s.id));
        case Replicas:
            return short_ ? tr("Fewer tasks run than the service wants: see its tasks below.")
                          : tr("Every task the service wants is running.");
        case Update:
            return text::tooltip(s.updateMessage);
        case Updated:
            return s.updated.toLocalTime().toString(Qt::ISODate);
        default:
            return text::tooltip(data(index, Qt::DisplayRole).toString());
        }
    case SortRole:
        switch (index.column()) {
        case Replicas:
            return s.desired - s.running;
        case Updated:
            return s.updated;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == Replicas)
            return short_ ? (updating ? QVariant(toneColor(Tone::Info))
                                      : QVariant(toneColor(Tone::Error)))
                          : QVariant(toneColor(Tone::Ok));
        if (index.column() == Update && s.updateState.contains(QLatin1String("paused")))
            return QVariant(toneColor(Tone::Error));
        break;
    case IdRole:
        return s.name;
    }
    return {};
}

QVariant ServiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Service");
    case Mode:
        return tr("Mode");
    case Replicas:
        return tr("Tasks running");
    case Image:
        return tr("Image");
    case Ports:
        return tr("Published ports");
    case Update:
        return tr("Last update");
    case Updated:
        return tr("Changed");
    }
    return {};
}

} // namespace sloop::models
