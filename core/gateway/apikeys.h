#pragma once

#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::gateway {

// An API key: its value is shown once, when it is made, and kept only as a
// SHA-256 hash.
struct ApiKey
{
    QString id; // 10 characters [a-z0-9]
    QString name;
    bool enabled = true;
    qint64 createdMs = 0;
};

enum class QuotaPeriod
{
    Day,
    Week, // from Monday, UTC
    Month,
};

// Rate, burst and quota for the keys in it, on the stages it names.
struct UsagePlan
{
    QString id;
    QString name;
    double rateLimit = 10; // requests a second, per key
    int burstLimit = 20;
    qint64 quotaLimit = 0; // requests a period, per key; 0: none
    QuotaPeriod quotaPeriod = QuotaPeriod::Day;
    QStringList stages; // "API_ID:STAGE"
    QStringList keyIds;
    qint64 createdMs = 0;
};

// Requests counted for one key under one plan on one day (UTC).
struct UsageRow
{
    QString keyId;
    QString planId;
    QDate day;
    qint64 requests = 0;
};

QString quotaPeriodName(QuotaPeriod period); // "day", "week", "month"
std::optional<QuotaPeriod> quotaPeriodFromName(const QString &name);
// The first day the quota of a period containing `day` counts.
QDate quotaPeriodStart(QuotaPeriod period, const QDate &day);
QString hashKeyValue(const QString &value);
// "day,key_id,key_name,plan_id,requests" and a line a row; names by key id.
// Ids and key names are [A-Za-z0-9_.-]: nothing needs quoting.
QByteArray usageCsv(const QList<UsageRow> &rows, const QHash<QString, QString> &keyNames);

// The api_keys, usage_plans, usage_plan_keys and api_usage tables (schema
// step 18).
class ApiKeyRepository
{
public:
    explicit ApiKeyRepository(store::Database &db)
        : m_db(db)
    {
    }

    // The key and its value (40 characters), which is not kept.
    Result<QPair<ApiKey, QString>> createKey(const QString &name);
    Result<QList<ApiKey>> keys(); // by name
    Result<ApiKey> requireKey(const QString &idOrName);
    // The enabled key with this value, if any.
    Result<std::optional<ApiKey>> keyByValue(const QString &value);
    VoidResult removeKey(const QString &id); // and from its plans

    Result<UsagePlan> createPlan(UsagePlan plan);
    Result<QList<UsagePlan>> plans(); // by name, with their keys
    Result<UsagePlan> requirePlan(const QString &idOrName);
    VoidResult addKeyToPlan(const QString &planId, const QString &keyId);
    VoidResult removePlan(const QString &id);

    // Adds counts (key, plan, day) → requests, in one transaction.
    struct UsageCount
    {
        QString keyId;
        QString planId;
        QDate day;
        bool operator==(const UsageCount &) const = default;
    };
    VoidResult addUsage(const QHash<UsageCount, qint64> &counts);
    // Requests from `from` on, for one key and plan.
    Result<qint64> usageSince(const QString &keyId, const QString &planId, const QDate &from);
    // Day by day, oldest first; an empty keyId: every key.
    Result<QList<UsageRow>> usage(const QString &keyId, const QDate &from, const QDate &to);

private:
    store::Database &m_db;
};

inline size_t qHash(const ApiKeyRepository::UsageCount &c, size_t seed = 0)
{
    return qHashMulti(seed, c.keyId, c.planId, c.day);
}

} // namespace sloop::gateway
