#include "tagtable.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sloop::store {

VoidResult replaceTags(Database &db, const char *table, const char *idColumn, qint64 id,
                       const QStringList &tags)
{
    const QString t = QString::fromLatin1(table);
    const QString c = QString::fromLatin1(idColumn);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(t, c));
    q.addBindValue(id);
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO %1(%2, tag) VALUES (?, ?)").arg(t, c));
    for (const QString &tag : tags) {
        q.addBindValue(id);
        q.addBindValue(tag);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
    }
    return {};
}

} // namespace sloop::store
