#include "volumelistmodel.h"

#include "common/displaytext.h"

#include <QLocale>

namespace sloop::models {

using engine::VolumeSummary;

VolumeListModel::VolumeListModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int VolumeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VolumeSummary &volume = item(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return text::cell(volume.name);
        case Driver:
            return text::cell(volume.driver);
        case Mountpoint:
            return text::cell(volume.mountpoint);
        case Created:
            return text::relativeTime(volume.created);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return text::tooltip(volume.name);
        case Driver:
            return text::tooltip(volume.driver);
        case Mountpoint:
            return text::tooltip(volume.mountpoint);
        case Created:
            return volume.created.isValid()
                       ? QLocale().toString(volume.created, QLocale::LongFormat)
                       : tr("The engine did not say when this volume was created.");
        }
        break;
    case SortRole:
        switch (column) {
        case Name:
            return volume.name;
        case Driver:
            return volume.driver;
        case Mountpoint:
            return volume.mountpoint;
        case Created:
            return volume.created;
        }
        break;
    case IdRole:
        return volume.name;
    }
    return {};
}

QVariant VolumeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Driver:
        return tr("Driver");
    case Mountpoint:
        return tr("Mount point");
    case Created:
        return tr("Created");
    }
    return {};
}

} // namespace sloop::models
