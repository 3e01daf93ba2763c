#pragma once

#include "util/result.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace sloop::store {
class Database;
}

namespace sloop::gateway {

// One request through the gateway, in API Gateway's $context terms.
struct AccessLogEntry
{
    QString apiId;
    QString stage;
    QString requestId;
    qint64 timeMs = 0;
    QString method;
    QString path;
    QString routeKey; // "-" when no route matched
    int status = 0;
    double latencyMs = 0;
    double integrationLatencyMs = 0;
    QString apiKeyId;
    QString sourceIp;
    QString error; // why a 4xx or 5xx, for the person reading the log
    enum class Cache
    {
        Off, // the stage has no cache, or the request is not a GET
        Hit,
        Miss,
    };
    Cache cache = Cache::Off; // counted in the metrics, not kept in the log
};

// The api_access_log table (schema step 18).
class AccessLog
{
public:
    explicit AccessLog(store::Database &db)
        : m_db(db)
    {
    }
    static constexpr int kKeepDays = 30;

    VoidResult append(const QList<AccessLogEntry> &entries); // one transaction
    // Newest first; an empty stage: all of the API's.
    Result<QList<AccessLogEntry>> recent(const QString &apiId, const QString &stage, int limit);
    // Requests since sinceMs, per API.
    struct Summary
    {
        qint64 requests = 0;
        qint64 clientErrors = 0; // 4xx
        qint64 serverErrors = 0; // 5xx
        double p99LatencyMs = 0;
    };
    Result<Summary> summary(const QString &apiId, qint64 sinceMs);
    // What API Gateway would bill since sinceMs: HTTP and REST requests,
    // WebSocket messages both ways (received, and sent with @connections),
    // and connection minutes (a disconnect's entry carries how long the
    // connection lasted).
    struct Usage
    {
        qint64 requests = 0;
        qint64 messages = 0;
        double connectionMinutes = 0;
    };
    Result<Usage> usage(const QString &apiId, qint64 sinceMs);
    VoidResult prune(qint64 beforeMs);
    VoidResult removeApi(const QString &apiId);

private:
    store::Database &m_db;
};

} // namespace sloop::gateway

Q_DECLARE_METATYPE(sloop::gateway::AccessLogEntry)
