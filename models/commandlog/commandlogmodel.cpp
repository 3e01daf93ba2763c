#include "commandlogmodel.h"
#include "common/tones.h"

#include <QColor>

namespace sloop::models {

CommandLogModel::CommandLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CommandLogModel::setLog(CommandLog *log)
{
    connect(log, &CommandLog::recorded, this,
            [this](const CommandLogEntry &e) { appendEntries({e}); });
}

void CommandLogModel::appendEntries(const QList<CommandLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int overflow = int(m_entries.size() + entries.size()) - m_cap;
    if (overflow > 0) {
        const int drop = qMin(overflow, int(m_entries.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_entries.remove(0, drop);
            endRemoveRows();
        }
    }
    const QList<CommandLogEntry> tail = entries.mid(qMax(0, int(entries.size()) - m_cap));
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + tail.size()) - 1);
    m_entries.append(tail);
    endInsertRows();
}

void CommandLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
}

int CommandLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CommandLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CommandLogEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case Target:
            return e.target;
        case Call:
            return e.call;
        case Duration:
            return tr("%1 ms").arg(e.durationMs);
        case Result:
            return e.result;
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("%1\n%2 on %3\n%4 ms: %5")
            .arg(e.time.toString(Qt::ISODateWithMs), e.call, e.target)
            .arg(e.durationMs)
            .arg(e.result);
    } else if (role == Qt::ForegroundRole && index.column() == Result && !e.ok) {
        return models::toneColor(models::Tone::Error);
    } else if (role == Qt::TextAlignmentRole && index.column() == Duration) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CommandLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Target:
        return tr("Target");
    case Call:
        return tr("Call");
    case Duration:
        return tr("Duration");
    case Result:
        return tr("Result");
    }
    return {};
}

} // namespace sloop::models
