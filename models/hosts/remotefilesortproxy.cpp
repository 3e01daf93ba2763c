#include "remotefilesortproxy.h"

#include "remotefilemodel.h"

#include <QDateTime>

namespace sloop::models {

RemoteFileSortProxy::RemoteFileSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RemoteFileModel::SortRole);
    setDynamicSortFilter(true);
}

bool RemoteFileSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftDir = left.data(RemoteFileModel::IsDirectoryRole).toBool();
    const bool rightDir = right.data(RemoteFileModel::IsDirectoryRole).toBool();
    if (leftDir != rightDir) // inverted in descending order, so folders stay on top
        return (sortOrder() == Qt::AscendingOrder) ? leftDir : rightDir;
    const QVariant a = left.data(RemoteFileModel::SortRole);
    const QVariant b = right.data(RemoteFileModel::SortRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    const QString leftName =
        left.siblingAtColumn(RemoteFileModel::Name).data(RemoteFileModel::SortRole).toString();
    const QString rightName =
        right.siblingAtColumn(RemoteFileModel::Name).data(RemoteFileModel::SortRole).toString();
    return leftName < rightName;
}

} // namespace sloop::models
