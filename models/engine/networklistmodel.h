#pragma once

#include "common/keyedtablemodel.h"
#include "common/tableroles.h"
#include "engine/dockertypes.h"

namespace sloop::models {

// The networks of one engine, one row per network id.
class NetworkListModel : public KeyedTableModel<engine::NetworkSummary>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Driver,
        Scope,
        Subnets,
        Internal,
        ColumnCount
    };

    explicit NetworkListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // bridge, host and none: the engine makes them and refuses to remove them.
    static bool isBuiltIn(const QString &name);

protected:
    QString keyOf(const engine::NetworkSummary &network) const override { return network.id; }
};

} // namespace sloop::models
