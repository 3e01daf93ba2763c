#pragma once

#include "common/keyedtablemodel.h"
#include "common/tableroles.h"
#include "engine/dockertypes.h"

namespace sloop::models {

// The images of one engine, one row per image id (all its tags in one cell).
class ImageListModel : public KeyedTableModel<engine::ImageSummary>
{
    Q_OBJECT
public:
    enum Column
    {
        Tags,
        Id,
        Size,
        Created,
        Containers,
        ColumnCount
    };

    explicit ImageListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "repo:tag, repo:tag" or "<none>" for a dangling image.
    static QString tagsText(const engine::ImageSummary &image);

protected:
    QString keyOf(const engine::ImageSummary &image) const override { return image.id; }
};

} // namespace sloop::models
