#include "invocationlog.h"

#include "store/database.h"
#include "store/sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace sloop::functions {

qint64 billedDuration(double durationMs)
{
    return qMax<qint64>(1, qint64(std::ceil(durationMs)));
}

QString reportLine(const InvocationRecord &r)
{
    QString line = QStringLiteral("REPORT RequestId: %1\tDuration: %2 ms\tBilled Duration: %3 ms"
                                  "\tMemory Size: %4 MB\tMax Memory Used: %5 MB")
                       .arg(r.requestId)
                       .arg(r.durationMs, 0, 'f', 2)
                       .arg(r.billedMs)
                       .arg(r.memoryMiB)
                       .arg(r.maxMemoryMiB);
    if (r.initMs)
        line += QStringLiteral("\tInit Duration: %1 ms").arg(*r.initMs, 0, 'f', 2);
    return line;
}

QString lambdaLog(const InvocationRecord &r, const QStringList &handlerLines)
{
    QStringList lines;
    lines << QStringLiteral("START RequestId: %1 Version: %2").arg(r.requestId, r.version);
    for (const QString &line : handlerLines) {
        // The agent sends lines without their end; a handler's own "\n" at
        // the end of a print is not a second line.
        lines << (line.endsWith(QLatin1Char('\n')) ? line.chopped(1) : line);
    }
    lines << QStringLiteral("END RequestId: %1").arg(r.requestId);
    lines << reportLine(r);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace {

InvocationRecord fromRow(const QSqlQuery &q)
{
    InvocationRecord r;
    r.id = q.value(0).toLongLong();
    r.function = q.value(1).toString();
    r.requestId = q.value(2).toString();
    r.version = q.value(3).toString();
    r.startedMs = q.value(4).toLongLong();
    r.durationMs = q.value(5).toDouble();
    r.billedMs = q.value(6).toLongLong();
    r.memoryMiB = q.value(7).toInt();
    r.maxMemoryMiB = q.value(8).toInt();
    if (!q.value(9).isNull())
        r.initMs = q.value(9).toDouble();
    r.errorType = q.value(10).toString();
    r.log = q.value(11).toString();
    return r;
}

} // namespace

VoidResult InvocationLog::append(const InvocationRecord &r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO function_invocations(function, request_id, version,"
                       " started_ms, duration_ms, billed_ms, memory_mib, max_memory_mib,"
                       " init_ms, error_type, log) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.function);
    q.addBindValue(r.requestId);
    q.addBindValue(r.version);
    q.addBindValue(r.startedMs);
    q.addBindValue(r.durationMs);
    q.addBindValue(r.billedMs);
    q.addBindValue(r.memoryMiB);
    q.addBindValue(r.maxMemoryMiB);
    q.addBindValue(r.initMs ? QVariant(*r.initMs) : QVariant());
    q.addBindValue(store::sqlText(r.errorType));
    q.addBindValue(store::sqlText(r.log));
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    return {};
}

Result<QList<InvocationRecord>> InvocationLog::recent(const QString &function, int limit,
                                                      qint64 sinceMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, function, request_id, version, started_ms, duration_ms,"
                             " billed_ms, memory_mib, max_memory_mib, init_ms, error_type, log"
                             " FROM function_invocations WHERE function = ? AND started_ms >= ?"
                             " ORDER BY started_ms DESC, id DESC LIMIT ?"));
    q.addBindValue(function);
    q.addBindValue(sinceMs);
    q.addBindValue(limit);
    if (!q.exec())
        return Result<QList<InvocationRecord>>::failure(q.lastError().text());
    QList<InvocationRecord> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<QList<InvocationRecord>> InvocationLog::search(const QString &function, const Search &search)
{
    // The store narrows by function, time, id, failure and the terms every
    // match has; the filter then checks line by line, a page at a time.
    QString sql = QStringLiteral(
        "SELECT id, function, request_id, version, started_ms, duration_ms, billed_ms,"
        " memory_mib, max_memory_mib, init_ms, error_type, log FROM function_invocations"
        " WHERE function = ? AND started_ms >= ? AND id > ?");
    if (search.errorsOnly)
        sql += QStringLiteral(" AND error_type != ''");
    if (search.upToId > 0)
        sql += QStringLiteral(" AND id <= %1").arg(search.upToId);
    for (qsizetype i = 0; i < search.filter.required().size(); ++i)
        sql += QStringLiteral(" AND instr(log, ?) > 0");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?");
    constexpr int kPage = 200;
    QList<InvocationRecord> out;
    for (int offset = 0; out.size() < search.limit; offset += kPage) {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        q.addBindValue(function);
        q.addBindValue(search.sinceMs);
        q.addBindValue(search.afterId);
        for (const QString &term : search.filter.required())
            q.addBindValue(term);
        q.addBindValue(kPage);
        q.addBindValue(offset);
        if (!q.exec())
            return Result<QList<InvocationRecord>>::failure(q.lastError().text());
        int rows = 0;
        while (q.next() && out.size() < search.limit) {
            ++rows;
            InvocationRecord r = fromRow(q);
            if (search.filter.matches(r.log))
                out.append(std::move(r));
        }
        if (rows < kPage)
            break;
    }
    return out;
}

Result<QHash<QString, InvocationSummary>> InvocationLog::summaries(qint64 sinceMs)
{
    using R = Result<QHash<QString, InvocationSummary>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT function, duration_ms, error_type, started_ms"
                             " FROM function_invocations WHERE started_ms >= ?"));
    q.addBindValue(sinceMs);
    if (!q.exec())
        return R::failure(q.lastError().text());
    QHash<QString, InvocationSummary> out;
    QHash<QString, QList<double>> durations;
    while (q.next()) {
        const QString key = q.value(0).toString().toLower();
        InvocationSummary &s = out[key];
        ++s.invocations;
        s.errors += q.value(2).toString().isEmpty() ? 0 : 1;
        s.lastMs = qMax(s.lastMs, q.value(3).toLongLong());
        durations[key].append(q.value(1).toDouble());
    }
    for (auto it = durations.begin(); it != durations.end(); ++it) {
        QList<double> &d = it.value();
        std::sort(d.begin(), d.end());
        const qsizetype rank = qsizetype(std::ceil(0.95 * double(d.size())));
        out[it.key()].p95Ms = d.at(qBound<qsizetype>(0, rank - 1, d.size() - 1));
    }
    return out;
}

Result<QHash<QString, pricing::FunctionUsage>> InvocationLog::usage(qint64 sinceMs)
{
    using R = Result<QHash<QString, pricing::FunctionUsage>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT lower(function), COUNT(*), SUM(billed_ms * memory_mib)"
                             " FROM function_invocations WHERE started_ms >= ?"
                             " GROUP BY lower(function)"));
    q.addBindValue(sinceMs);
    if (!q.exec())
        return R::failure(q.lastError().text());
    QHash<QString, pricing::FunctionUsage> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   pricing::FunctionUsage{q.value(1).toLongLong(),
                                          q.value(2).toDouble() / 1000.0 / 1024.0});
    return out;
}

VoidResult InvocationLog::prune(qint64 olderThanMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM function_invocations WHERE started_ms < ?"));
    q.addBindValue(olderThanMs);
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    return {};
}

VoidResult InvocationLog::keepDays(int days, qint64 nowMs)
{
    if (days <= 0)
        return {};
    return prune(nowMs - qint64(days) * 86'400'000);
}

VoidResult InvocationLog::removeFunction(const QString &function)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM function_invocations WHERE function = ?"));
    q.addBindValue(function);
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    return {};
}

} // namespace sloop::functions
