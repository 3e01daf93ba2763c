#include "tagmodel.h"

#include "common/displaytext.h"

namespace sloop::models {

TagModel::TagModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void TagModel::setManifest(const QString &tag, const registry::ManifestInfo &manifest)
{
    const int row = rowOfKey(tag);
    if (row < 0)
        return;
    registry::TagInfo info = item(row);
    info.manifest = manifest;
    replaceItem(row, info);
}

int TagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const registry::TagInfo &t = item(index.row());
    const registry::ManifestInfo &m = t.manifest;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Tag:
            return text::cell(t.tag);
        case Digest:
            return m.digest.isEmpty() ? tr("reading…") : m.digest;
        case Size:
            return m.digest.isEmpty() ? QString() : text::size(m.size);
        case Layers:
            return m.isIndex || m.digest.isEmpty() ? QString() : QString::number(m.layers);
        case Platforms:
            return m.isIndex ? m.platforms.join(QStringLiteral(", ")) : QString();
        case Created:
            return text::relativeTime(m.created);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Digest)
            return m.digest;
        if (index.column() == Created)
            return m.created.toLocalTime().toString(Qt::ISODate);
        return text::tooltip(data(index, Qt::DisplayRole).toString());
    case SortRole:
        switch (index.column()) {
        case Size:
            return m.size;
        case Layers:
            return m.layers;
        case Created:
            return m.created;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return t.tag;
    }
    return {};
}

QVariant TagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tag:
        return tr("Tag");
    case Digest:
        return tr("Digest");
    case Size:
        return tr("Size");
    case Layers:
        return tr("Layers");
    case Platforms:
        return tr("Platforms");
    case Created:
        return tr("Created");
    }
    return {};
}

} // namespace sloop::models
