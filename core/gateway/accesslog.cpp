#include "accesslog.h"

#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sloop::gateway {

VoidResult AccessLog::append(const QList<AccessLogEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO api_access_log (api, stage, request_id, time_ms, method, path,"
            " route_key, status, latency_ms, integration_latency_ms, key_id, source_ip, error)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const AccessLogEntry &e : entries) {
            q.addBindValue(store::sqlText(e.apiId));
            q.addBindValue(store::sqlText(e.stage));
            q.addBindValue(store::sqlText(e.requestId));
            q.addBindValue(e.timeMs);
            q.addBindValue(store::sqlText(e.method));
            q.addBindValue(store::sqlText(e.path));
            q.addBindValue(store::sqlText(e.routeKey));
            q.addBindValue(e.status);
            q.addBindValue(e.latencyMs);
            q.addBindValue(e.integrationLatencyMs);
            q.addBindValue(store::sqlText(e.apiKeyId));
            q.addBindValue(store::sqlText(e.sourceIp));
            q.addBindValue(store::sqlText(e.error));
            if (auto done = store::execute(q); !done)
                return done;
        }
        return {};
    });
}

Result<QList<AccessLogEntry>> AccessLog::recent(const QString &apiId, const QString &stage,
                                                int limit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT api, stage, request_id, time_ms, method, path, route_key,"
                             " status, latency_ms, integration_latency_ms, key_id, source_ip,"
                             " error FROM api_access_log WHERE api = ?") +
              (stage.isEmpty() ? QString() : QStringLiteral(" AND stage = ?")) +
              QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    q.addBindValue(apiId);
    if (!stage.isEmpty())
        q.addBindValue(stage);
    q.addBindValue(limit);
    return store::selectRows<AccessLogEntry>(q, [](const QSqlQuery &row) {
        AccessLogEntry e;
        e.apiId = row.value(0).toString();
        e.stage = row.value(1).toString();
        e.requestId = row.value(2).toString();
        e.timeMs = row.value(3).toLongLong();
        e.method = row.value(4).toString();
        e.path = row.value(5).toString();
        e.routeKey = row.value(6).toString();
        e.status = row.value(7).toInt();
        e.latencyMs = row.value(8).toDouble();
        e.integrationLatencyMs = row.value(9).toDouble();
        e.apiKeyId = row.value(10).toString();
        e.sourceIp = row.value(11).toString();
        e.error = row.value(12).toString();
        return e;
    });
}

Result<AccessLog::Summary> AccessLog::summary(const QString &apiId, qint64 sinceMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(status >= 400 AND status < 500), 0),"
                             " COALESCE(SUM(status >= 500), 0) FROM api_access_log"
                             " WHERE api = ? AND time_ms >= ?"));
    q.addBindValue(apiId);
    q.addBindValue(sinceMs);
    if (!q.exec() || !q.next())
        return Result<Summary>::failure(q.lastError().text());
    Summary s;
    s.requests = q.value(0).toLongLong();
    s.clientErrors = q.value(1).toLongLong();
    s.serverErrors = q.value(2).toLongLong();
    if (s.requests == 0)
        return s;
    // The latency 99 in 100 requests were at or under, counted from the
    // slow end: SQLite then keeps only the slowest 1 % in its sorter, not
    // the whole day.
    const qint64 fromBottom = qMin(s.requests - 1, qint64(double(s.requests) * 0.99));
    QSqlQuery p(m_db.connection());
    p.prepare(QStringLiteral("SELECT latency_ms FROM api_access_log WHERE api = ? AND time_ms >= ?"
                             " ORDER BY latency_ms DESC LIMIT 1 OFFSET ?"));
    p.addBindValue(apiId);
    p.addBindValue(sinceMs);
    p.addBindValue(s.requests - 1 - fromBottom);
    if (p.exec() && p.next())
        s.p99LatencyMs = p.value(0).toDouble();
    return s;
}

Result<AccessLog::Usage> AccessLog::usage(const QString &apiId, qint64 sinceMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(method <> 'WS' AND route_key <> '@connections'), 0),"
        " COALESCE(SUM((method = 'WS' AND route_key NOT IN ('$connect', '$disconnect'))"
        " OR (method = 'POST' AND route_key = '@connections')), 0),"
        " COALESCE(SUM(CASE WHEN method = 'WS' AND route_key = '$disconnect'"
        " THEN latency_ms ELSE 0 END), 0)"
        " FROM api_access_log WHERE api = ? AND time_ms >= ?"));
    q.addBindValue(apiId);
    q.addBindValue(sinceMs);
    if (!q.exec() || !q.next())
        return Result<Usage>::failure(q.lastError().text());
    Usage u;
    u.requests = q.value(0).toLongLong();
    u.messages = q.value(1).toLongLong();
    u.connectionMinutes = q.value(2).toDouble() / 60000.0;
    return u;
}

VoidResult AccessLog::prune(qint64 beforeMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM api_access_log WHERE time_ms < ?"));
    q.addBindValue(beforeMs);
    return store::execute(q);
}

VoidResult AccessLog::removeApi(const QString &apiId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM api_access_log WHERE api = ?"));
    q.addBindValue(apiId);
    return store::execute(q);
}

} // namespace sloop::gateway
