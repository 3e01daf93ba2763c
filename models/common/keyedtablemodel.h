#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace sloop::models {

// A table model over a list of records that each carry a unique key (an image
// id, a volume name). setItems() compares the new list with the rows shown and
// reports only what changed, so views keep their selection and scroll position
// across refreshes: removed rows in contiguous runs, new rows in one batch at
// the end (a proxy sorts them), changed rows as targeted dataChanged ranges.
// No Q_OBJECT here: moc does not handle templates; subclasses declare it.
template <typename T> class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    const T &item(int row) const { return m_items.at(row); }
    const QList<T> &items() const { return m_items; }
    int rowOfKey(const QString &key) const
    {
        for (int row = 0; row < m_items.size(); ++row)
            if (keyOf(m_items.at(row)) == key)
                return row;
        return -1;
    }

    void setItems(const QList<T> &incoming)
    {
        // The engine should never list a key twice; if it does, the first wins
        // so rows stay unique and lookups stay stable.
        QHash<QString, qsizetype> wanted;
        QList<T> fresh;
        for (const T &item : incoming) {
            const QString key = keyOf(item);
            if (wanted.contains(key))
                continue;
            wanted.insert(key, fresh.size());
            fresh.append(item);
        }
        removeMissing(wanted);
        updateChanged(wanted, fresh);
        appendNew(fresh);
    }

protected:
    // One row's new value (its key unchanged): a dataChanged for that row.
    void replaceItem(int row, const T &item)
    {
        if (row < 0 || row >= m_items.size() || m_items.at(row) == item)
            return;
        m_items[row] = item;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    virtual QString keyOf(const T &item) const = 0;

private:
    void removeMissing(const QHash<QString, qsizetype> &wanted)
    {
        // From the end, so earlier row numbers stay valid while removing.
        int row = int(m_items.size()) - 1;
        while (row >= 0) {
            if (wanted.contains(keyOf(m_items.at(row)))) {
                --row;
                continue;
            }
            const int last = row;
            while (row > 0 && !wanted.contains(keyOf(m_items.at(row - 1))))
                --row;
            beginRemoveRows({}, row, last);
            m_items.remove(row, last - row + 1);
            endRemoveRows();
            --row;
        }
    }

    void updateChanged(const QHash<QString, qsizetype> &wanted, const QList<T> &fresh)
    {
        const int lastColumn = columnCount() - 1;
        int runStart = -1;
        auto flush = [&](int endRow) {
            if (runStart >= 0)
                Q_EMIT dataChanged(index(runStart, 0), index(endRow, lastColumn));
            runStart = -1;
        };
        for (int row = 0; row < m_items.size(); ++row) {
            const T &next = fresh.at(wanted.value(keyOf(m_items.at(row))));
            if (next == m_items.at(row)) {
                flush(row - 1);
                continue;
            }
            m_items[row] = next;
            if (runStart < 0)
                runStart = row;
        }
        flush(int(m_items.size()) - 1);
    }

    void appendNew(const QList<T> &fresh)
    {
        QSet<QString> present;
        for (const T &item : std::as_const(m_items))
            present.insert(keyOf(item));
        QList<T> added;
        for (const T &item : fresh)
            if (!present.contains(keyOf(item)))
                added.append(item);
        if (added.isEmpty())
            return;
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_items.append(added);
        endInsertRows();
    }

    QList<T> m_items;
};

} // namespace sloop::models
