#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::store {

// Runs a prepared statement; SQLite's complaint becomes the failure.
inline VoidResult execute(QSqlQuery &q)
{
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    return {};
}

// Runs a prepared SELECT and makes one T of each row with fromRow.
template <typename T, typename FromRow> Result<QList<T>> selectRows(QSqlQuery &q, FromRow fromRow)
{
    if (!q.exec())
        return Result<QList<T>>::failure(q.lastError().text());
    QList<T> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

// The first port from `first` up that no row of `table` has in its `port`
// column (the gateway's APIs, the container services' endpoints).
inline Result<quint16> firstFreePort(QSqlDatabase &db, const QString &table, quint16 first)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT port FROM %1 ORDER BY port").arg(table)))
        return Result<quint16>::failure(q.lastError().text());
    quint16 port = first;
    while (q.next()) {
        const quint16 taken = quint16(q.value(0).toUInt());
        if (taken == port)
            ++port;
        else if (taken > port)
            break;
    }
    return port;
}

} // namespace sloop::store
