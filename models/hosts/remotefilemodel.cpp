#include "remotefilemodel.h"

#include "common/displaytext.h"

#include <QLocale>

namespace sloop::models {

using ssh::SftpEntry;

RemoteFileModel::RemoteFileModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RemoteFileModel::setIcons(const QIcon &folder, const QIcon &file, const QIcon &link)
{
    m_folder = folder;
    m_file = file;
    m_link = link;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::DecorationRole});
}

int RemoteFileModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).name == name)
            return i;
    return -1;
}

void RemoteFileModel::setEntries(const QList<SftpEntry> &entries)
{
    QHash<QString, const SftpEntry *> incoming;
    for (const SftpEntry &e : entries)
        incoming.insert(e.name, &e);
    // Gone first (from the end, so rows stay valid), then changed, then new.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_entries.at(row).name))
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    QSet<QString> present;
    for (int row = 0; row < m_entries.size(); ++row) {
        SftpEntry &mine = m_entries[row];
        present.insert(mine.name);
        const SftpEntry &theirs = *incoming.value(mine.name);
        if (mine.type != theirs.type || mine.size != theirs.size ||
            mine.modified != theirs.modified || mine.permissions != theirs.permissions ||
            mine.owner != theirs.owner || mine.group != theirs.group || mine.path != theirs.path ||
            mine.linksToDirectory != theirs.linksToDirectory) {
            mine = theirs;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    QList<SftpEntry> added;
    for (const SftpEntry &e : entries)
        if (!present.contains(e.name))
            added << e;
    if (!added.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_entries << added;
        endInsertRows();
    }
}

int RemoteFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RemoteFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SftpEntry &e = m_entries.at(index.row());
    switch (role) {
    case EntryRole:
        return QVariant::fromValue(e);
    case IsDirectoryRole:
        return e.isDirectory();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return role == Qt::EditRole ? e.name : text::cell(e.name);
        case Size:
            if (e.isDirectory())
                return QString();
            if (e.size == 1)
                return tr("1 byte");
            return e.size < 1000 ? tr("%1 bytes").arg(e.size) : text::size(e.size);
        case Modified:
            return QLocale().toString(e.modified.toLocalTime(), QLocale::ShortFormat);
        case Permissions:
            return QString((e.type == SftpEntry::Type::Directory ? QLatin1Char('d')
                            : e.type == SftpEntry::Type::Symlink ? QLatin1Char('l')
                                                                 : QLatin1Char('-')) +
                           ssh::permissionString(e.permissions));
        case Owner:
            return QString(e.owner + QLatin1Char(':') + e.group);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return e.name.toCaseFolded();
        case Size:
            return e.size;
        case Modified:
            return e.modified;
        case Permissions:
            return e.permissions;
        case Owner:
            return e.owner;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Name)
            return e.type == SftpEntry::Type::Symlink && !e.isDirectory() ? m_link
                   : e.isDirectory()                                      ? m_folder
                                                                          : m_file;
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return text::tooltip(e.path);
        if (index.column() == Size && !e.isDirectory())
            return tr("%1 bytes").arg(QLocale().toString(e.size));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == Name)
            return e.isDirectory() ? tr("Folder %1").arg(e.name) : tr("File %1").arg(e.name);
        break;
    }
    return {};
}

QVariant RemoteFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Size:
        return tr("Size");
    case Modified:
        return tr("Modified");
    case Permissions:
        return tr("Permissions");
    case Owner:
        return tr("Owner");
    }
    return {};
}

Qt::ItemFlags RemoteFileModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RemoteFileModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Name)
        return false;
    const QString name = value.toString();
    const SftpEntry &e = m_entries.at(index.row());
    if (name.isEmpty() || name == e.name || name.contains(QLatin1Char('/')) ||
        name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    Q_EMIT renameRequested(e.path, name);
    return false; // the row changes when the folder is listed again
}

} // namespace sloop::models
