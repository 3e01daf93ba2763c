#include "containerfilterproxy.h"

#include "containerlistmodel.h"

#include <QLocale>

namespace sloop::models {

ContainerFilterProxy::ContainerFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(ContainerListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    // The C locale's collator has no numeric mode; English orders the same.
    if (QLocale().language() == QLocale::C)
        m_collator = QCollator(QLocale(QLocale::English));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

bool ContainerFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

void ContainerFilterProxy::setFilterText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void ContainerFilterProxy::setShowStopped(bool show)
{
    if (m_showStopped == show)
        return;
    m_showStopped = show;
    invalidateRowsFilter();
}

bool ContainerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (row.data(ContainerListModel::IsGroupRole).toBool())
        return false; // shown when a child matches (recursive filtering)
    if (!m_showStopped && row.data(ContainerListModel::StateRole).toString() != QLatin1String("running"))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {ContainerListModel::Name, ContainerListModel::Image,
                       ContainerListModel::State, ContainerListModel::Ports}) {
        if (row.siblingAtColumn(column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return row.data(ContainerListModel::ProjectRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           row.data(ContainerListModel::IdRole).toString().startsWith(m_text);
}

} // namespace sloop::models
