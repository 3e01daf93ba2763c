#pragma once

#include "commandlog/commandlog.h"

#include <QAbstractTableModel>

namespace sloop::models {

// The command log as a table, newest last. Appends rows as calls happen and
// drops the oldest past a cap, so it never grows without end.
class CommandLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Target, Call, Duration, Result, ColumnCount };

    explicit CommandLogModel(QObject *parent = nullptr);
    void setLog(CommandLog *log);
    void appendEntries(const QList<CommandLogEntry> &entries);
    void clear();
    void setCap(int cap) { m_cap = cap; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CommandLogEntry> m_entries;
    int m_cap = 5000;
};

} // namespace sloop::models
