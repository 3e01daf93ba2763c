#include "commandlogrepository.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sloop::store {

VoidResult CommandLogRepository::append(const QList<CommandLogEntry> &entries)
{
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO command_log(time_ms, target, call, duration_ms, ok,"
                                 " result) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const CommandLogEntry &e : entries) {
            q.addBindValue(e.time.toMSecsSinceEpoch());
            // A null QString binds as SQL NULL; the columns are NOT NULL.
            q.addBindValue(e.target.isNull() ? QStringLiteral("") : e.target);
            q.addBindValue(e.call.isNull() ? QStringLiteral("") : e.call);
            q.addBindValue(e.durationMs);
            q.addBindValue(e.ok ? 1 : 0);
            q.addBindValue(e.result.isNull() ? QStringLiteral("") : e.result);
            if (!q.exec())
                return VoidResult::failure(q.lastError().text());
        }
        return {};
    });
}

Result<QList<CommandLogEntry>> CommandLogRepository::latest(int limit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, time_ms, target, call, duration_ms, ok, result"
                             " FROM command_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Result<QList<CommandLogEntry>>::failure(q.lastError().text());
    QList<CommandLogEntry> out;
    while (q.next()) {
        CommandLogEntry e;
        e.id = q.value(0).toLongLong();
        e.time = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
        e.target = q.value(2).toString();
        e.call = q.value(3).toString();
        e.durationMs = q.value(4).toLongLong();
        e.ok = q.value(5).toInt() != 0;
        e.result = q.value(6).toString();
        out.prepend(e); // oldest first
    }
    return out;
}

VoidResult CommandLogRepository::prune(int keep)
{
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM command_log WHERE id <= "
                                 "(SELECT id FROM command_log ORDER BY id DESC LIMIT 1 OFFSET ?)"));
        q.addBindValue(keep);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        return {};
    });
}

VoidResult CommandLogRepository::pruneOlderThan(qint64 cutoffMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM command_log WHERE time_ms < ?"));
    q.addBindValue(cutoffMs);
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    return {};
}

Result<qint64> CommandLogRepository::count()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM command_log")) || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    return q.value(0).toLongLong();
}

} // namespace sloop::store
