#pragma once

#include "ssh/sftptypes.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace sloop::models {

// One remote folder's entries for a table. setEntries() updates row by row
// (by name), so selection and scroll survive a refresh. Editing the name
// does not rename anything: it asks with renameRequested(), and the browser
// lists again once the server agreed.
class RemoteFileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Size,
        Modified,
        Permissions,
        Owner,
        ColumnCount
    };
    enum Role
    {
        EntryRole = Qt::UserRole + 1, // the SftpEntry
        IsDirectoryRole,
        SortRole, // raw values: size in bytes, time, name folded
    };

    explicit RemoteFileModel(QObject *parent = nullptr);

    // Icons come from the widget's style (models have no QStyle).
    void setIcons(const QIcon &folder, const QIcon &file, const QIcon &link);
    void setEntries(const QList<ssh::SftpEntry> &entries);
    void clear() { setEntries({}); }
    const ssh::SftpEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void renameRequested(const QString &path, const QString &newName);

private:
    QList<ssh::SftpEntry> m_entries;
    QIcon m_folder;
    QIcon m_file;
    QIcon m_link;
};

} // namespace sloop::models
