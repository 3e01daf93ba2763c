#pragma once

#include <QSortFilterProxyModel>

namespace sloop::models {

// Folders before files in either sort direction, then by the column's raw
// value (bytes, time, case-folded name), then by name.
class RemoteFileSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RemoteFileSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace sloop::models
