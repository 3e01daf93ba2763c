#include "networklistmodel.h"

#include "common/displaytext.h"

namespace sloop::models {

using engine::NetworkSummary;

NetworkListModel::NetworkListModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int NetworkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool NetworkListModel::isBuiltIn(const QString &name)
{
    return name == QLatin1String("bridge") || name == QLatin1String("host") ||
           name == QLatin1String("none");
}

QVariant NetworkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NetworkSummary &network = item(index.row());
    const int column = index.column();
    const QString subnets = network.subnets.join(QStringLiteral(", "));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return text::cell(network.name);
        case Driver:
            return text::cell(network.driver);
        case Scope:
            return text::cell(network.scope);
        case Subnets:
            return text::cell(subnets);
        case Internal:
            return network.internal ? tr("Yes") : tr("No");
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return text::tooltip(tr("%1\nID: %2").arg(network.name, network.id));
        case Driver:
            return text::tooltip(network.driver);
        case Scope:
            return text::tooltip(network.scope);
        case Subnets:
            return text::tooltip(network.subnets.join(QLatin1Char('\n')));
        case Internal:
            return network.internal ? tr("Internal: containers here cannot reach outside.")
                                    : tr("Containers here can reach outside networks.");
        }
        break;
    case SortRole:
        switch (column) {
        case Name:
            return network.name;
        case Driver:
            return network.driver;
        case Scope:
            return network.scope;
        case Subnets:
            return subnets;
        case Internal:
            return network.internal;
        }
        break;
    case IdRole:
        return network.id;
    }
    return {};
}

QVariant NetworkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Driver:
        return tr("Driver");
    case Scope:
        return tr("Scope");
    case Subnets:
        return tr("Subnets");
    case Internal:
        return tr("Internal");
    }
    return {};
}

} // namespace sloop::models
