#pragma once

#include "common/keyedtablemodel.h"
#include "common/tableroles.h"
#include "engine/dockertypes.h"

namespace sloop::models {

// The volumes of one engine, one row per volume name (names are unique there).
class VolumeListModel : public KeyedTableModel<engine::VolumeSummary>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Driver,
        Mountpoint,
        Created,
        ColumnCount
    };

    explicit VolumeListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const engine::VolumeSummary &volume) const override { return volume.name; }
};

} // namespace sloop::models
