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

} // namespace sloop::store
