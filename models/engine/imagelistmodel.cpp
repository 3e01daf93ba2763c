#include "imagelistmodel.h"

#include "common/displaytext.h"

#include <QLocale>

namespace sloop::models {

using engine::ImageSummary;

ImageListModel::ImageListModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

int ImageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageListModel::tagsText(const ImageSummary &image)
{
    if (image.repoTags.isEmpty())
        return tr("<none>");
    return image.repoTags.join(QStringLiteral(", "));
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageSummary &image = item(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Tags:
            return text::cell(tagsText(image));
        case Id:
            return text::shortId(image.id);
        case Size:
            return text::size(image.size);
        case Created:
            return text::relativeTime(image.created);
        case Containers:
            // Docker counts only when asked for shared sizes, which costs a disk
            // scan; a dash says "not counted" rather than "none".
            return image.containers < 0 ? QString(QChar(0x2013))
                                        : QString::number(image.containers);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Tags:
            return text::tooltip(image.repoTags.isEmpty() ? tagsText(image)
                                                          : image.repoTags.join(QLatin1Char('\n')));
        case Id:
            return image.id;
        case Size:
            return tr("%1 (%2 bytes)").arg(text::size(image.size)).arg(image.size);
        case Created:
            return QLocale().toString(image.created, QLocale::LongFormat);
        case Containers:
            return image.containers < 0
                       ? tr("The engine did not count the containers.")
                       : tr("Containers using this image: %1").arg(image.containers);
        }
        break;
    case SortRole:
        switch (column) {
        case Tags:
            return tagsText(image);
        case Id:
            return text::shortId(image.id);
        case Size:
            return image.size;
        case Created:
            return image.created;
        case Containers:
            return image.containers;
        }
        break;
    case IdRole:
        return image.id;
    case Qt::TextAlignmentRole:
        if (column == Size || column == Containers)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ImageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tags:
        return tr("Repository:tag");
    case Id:
        return tr("Image ID");
    case Size:
        return tr("Size");
    case Created:
        return tr("Created");
    case Containers:
        return tr("Containers");
    }
    return {};
}

} // namespace sloop::models
