#pragma once

#include <QSqlError>

namespace sloop::store {

// Qt binds a null QString as SQL NULL; text columns are NOT NULL and may be
// empty.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A UNIQUE or PRIMARY KEY constraint refused the row: the name is taken.
// Qt's SQLite driver turns on extended result codes, so the native code says
// which constraint (SQLITE_CONSTRAINT_UNIQUE 2067, _PRIMARYKEY 1555) without
// reading the message.
inline bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("2067") || code == QLatin1String("1555");
}

} // namespace sloop::store
