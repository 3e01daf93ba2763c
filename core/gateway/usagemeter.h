#pragma once

#include "apikeys.h"
#include "tokenbucket.h"

#include <QHash>
#include <QSet>

namespace sloop::gateway {

// Admits requests to routes that need an API key, as API Gateway's usage
// plans do: the key must be a valid one in a plan for the API's stage; the
// plan's rate and burst throttle each key; its quota caps each key's
// requests a period. Counts are kept here and written to the store by
// flush(), so a quota holds across restarts.
//
// Thread-safety: use on the thread that made it.
class UsageMeter
{
public:
    explicit UsageMeter(ApiKeyRepository &repository)
        : m_repo(repository)
    {
    }

    // Keys and plans from the store (one was made, changed or removed).
    VoidResult reload();

    enum class Verdict
    {
        Allowed,
        Forbidden,  // 403 {"message":"Forbidden"}
        Throttled,  // 429 {"message":"Too Many Requests"}
        QuotaSpent, // 429 {"message":"Limit Exceeded"}
    };
    struct Decision
    {
        Verdict verdict = Verdict::Forbidden;
        QString keyId; // set when the key is valid
        QString planId;
    };
    Decision admit(const QString &apiId, const QString &stage, const QString &keyValue,
                   qint64 nowMs);

    VoidResult flush();
    // The id of the enabled key with this value, empty for none; nothing is
    // counted (a cache invalidation asks it).
    QString keyIdOf(const QString &keyValue);

private:
    const ApiKey *lookUp(const QString &keyValue);
    ApiKeyRepository &m_repo;
    QHash<QString, ApiKey> m_keysByHash;
    // Values the store had no key for since the last reload (a new key
    // comes with one): a client trying bad keys costs no query each.
    QSet<QString> m_unknownHashes;
    QList<UsagePlan> m_plans;
    QHash<QString, TokenBucket> m_buckets; // "plan/key"
    struct Quota
    {
        QDate start;
        qint64 used = 0;
    };
    QHash<QString, Quota> m_quotas; // "plan/key"
    QHash<ApiKeyRepository::UsageCount, qint64> m_pending;
};

} // namespace sloop::gateway
