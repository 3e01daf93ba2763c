#include "usagemeter.h"

#include <QDateTime>

namespace sloop::gateway {

VoidResult UsageMeter::reload()
{
    const auto plans = m_repo.plans();
    if (!plans)
        return VoidResult::failure(plans.problem());
    // Keys are found by the hash of their value as requests bring them.
    m_keysByHash.clear();
    m_unknownHashes.clear();
    m_plans = *plans;
    return {};
}

const ApiKey *UsageMeter::lookUp(const QString &keyValue)
{
    if (keyValue.isEmpty())
        return nullptr;
    const QString hash = hashKeyValue(keyValue);
    auto known = m_keysByHash.constFind(hash);
    if (known == m_keysByHash.cend()) {
        if (m_unknownHashes.contains(hash))
            return nullptr;
        // Not seen since the last reload: ask the store (a key made since).
        const auto found = m_repo.keyByValue(keyValue);
        if (!found || !found->has_value()) {
            if (found) {
                if (m_unknownHashes.size() >= 10000) // bounded, whatever is tried
                    m_unknownHashes.clear();
                m_unknownHashes.insert(hash);
            }
            return nullptr;
        }
        known = m_keysByHash.insert(hash, **found);
    }
    return known->enabled ? &known.value() : nullptr;
}

QString UsageMeter::keyIdOf(const QString &keyValue)
{
    const ApiKey *key = lookUp(keyValue);
    return key ? key->id : QString();
}

UsageMeter::Decision UsageMeter::admit(const QString &apiId, const QString &stage,
                                       const QString &keyValue, qint64 nowMs)
{
    Decision d;
    const ApiKey *found = lookUp(keyValue);
    if (!found)
        return d;
    const ApiKey &key = *found;
    d.keyId = key.id;
    const QString stageRef = apiId + QLatin1Char(':') + stage;
    const UsagePlan *plan = nullptr;
    for (const UsagePlan &p : m_plans) {
        if (p.stages.contains(stageRef) && p.keyIds.contains(key.id)) {
            plan = &p;
            break;
        }
    }
    if (!plan)
        return d;
    d.planId = plan->id;
    const QString slot = plan->id + QLatin1Char('/') + key.id;
    auto bucket = m_buckets.find(slot);
    if (bucket == m_buckets.end() || !bucket->sameLimits(plan->rateLimit, plan->burstLimit))
        bucket = m_buckets.insert(slot, TokenBucket(plan->rateLimit, plan->burstLimit, nowMs));
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    if (plan->quotaLimit > 0) {
        const QDate start = quotaPeriodStart(plan->quotaPeriod, today);
        Quota &quota = m_quotas[slot];
        if (quota.start != start) {
            // This period's count: what the store has and what is not yet in it.
            const auto stored = m_repo.usageSince(key.id, plan->id, start);
            quota.start = start;
            quota.used = stored ? *stored : 0;
            for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
                if (it.key().keyId == key.id && it.key().planId == plan->id &&
                    it.key().day >= start)
                    quota.used += it.value();
            }
        }
        if (quota.used >= plan->quotaLimit) {
            d.verdict = Verdict::QuotaSpent;
            return d;
        }
    }
    if (!bucket->take(nowMs)) {
        d.verdict = Verdict::Throttled;
        return d;
    }
    if (plan->quotaLimit > 0)
        ++m_quotas[slot].used;
    ++m_pending[ApiKeyRepository::UsageCount{key.id, plan->id, today}];
    d.verdict = Verdict::Allowed;
    return d;
}

VoidResult UsageMeter::flush()
{
    if (m_pending.isEmpty())
        return {};
    const auto pending = std::exchange(m_pending, {});
    const VoidResult written = m_repo.addUsage(pending);
    if (!written) {
        // Kept for the next flush; nothing counted is lost.
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            m_pending[it.key()] += it.value();
    }
    return written;
}

} // namespace sloop::gateway
