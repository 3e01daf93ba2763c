#pragma once

#include "common/keyedtablemodel.h"
#include "common/tableroles.h"
#include "registry/registrytypes.h"

namespace sloop::models {

// One repository's tags with their manifests' facts, one row per tag.
class TagModel : public KeyedTableModel<registry::TagInfo>
{
    Q_OBJECT
public:
    enum Column
    {
        Tag,
        Digest,
        Size,
        Layers,
        Platforms,
        Created,
        ColumnCount
    };
    explicit TagModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // One tag's manifest as it arrives: that row alone changes.
    void setManifest(const QString &tag, const registry::ManifestInfo &manifest);

protected:
    QString keyOf(const registry::TagInfo &t) const override { return t.tag; }
};

} // namespace sloop::models
