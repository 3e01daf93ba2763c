#include "costestimator.h"

#include "costrepository.h"

#include <QPromise>

#include <memory>

namespace sloop::pricing {

using Memory = std::optional<qint64>;

CostEstimator::CostEstimator(store::Database &db, MemoryLookup lookup, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_lookup(std::move(lookup))
{
}

std::optional<qint64> CostEstimator::memoryMiB(const QString &location)
{
    const QString key = location.toLower();
    if (!m_memoryMiB.contains(key))
        ask(location, false);
    if (auto it = m_memoryMiB.constFind(key); it != m_memoryMiB.cend())
        return *it;
    return std::nullopt;
}

Result<CostSummary> CostEstimator::estimate(const QList<InstanceUse> &uses)
{
    const auto costs = CostRepository(m_db).all();
    if (!costs)
        return Result<CostSummary>::failure(costs.problem());
    QList<MachineCost> machines;
    for (const HostCost &c : *costs) {
        // Memory is asked only of machines with a stated cost and an
        // instance on them: nothing to share otherwise.
        bool used = false;
        for (const InstanceUse &u : uses)
            used = used || u.location.compare(c.location, Qt::CaseInsensitive) == 0;
        const qint64 memory = used ? memoryMiB(c.location).value_or(0) : 0;
        machines.append({c.location, memory, c.monthlyCents, c.currency});
    }
    return estimateCosts(machines, uses);
}

QFuture<void> CostEstimator::learnMemory(const QStringList &locations)
{
    QList<QFuture<void>> waits;
    for (const QString &location : locations)
        if (!m_memoryMiB.contains(location.toLower()))
            waits.append(ask(location, true));
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto left = std::make_shared<qsizetype>(waits.size());
    if (waits.isEmpty())
        promise->finish();
    for (const QFuture<void> &w : std::as_const(waits)) {
        QFuture<void>(w).then(this, [promise, left] {
            if (--*left == 0)
                promise->finish();
        });
    }
    return promise->future();
}

void CostEstimator::refresh(const QString &location)
{
    const QString key = location.toLower();
    if (m_memoryMiB.contains(key) || m_asked.contains(key))
        ask(location, false);
}

QFuture<void> CostEstimator::ask(const QString &location, bool mayConnect)
{
    const QString key = location.toLower();
    if (auto it = m_asking.constFind(key); it != m_asking.cend())
        return *it;
    // Registered before the question goes out: an answer that is already
    // there arrives inside then(), and must find it.
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    const QFuture<void> done = promise->future();
    m_asking.insert(key, done);
    m_asked.insert(key);
    m_lookup(location, mayConnect).then(this, [this, key, promise](const Memory &mib) {
        m_asking.remove(key);
        if (mib && m_memoryMiB.value(key, -1) != qMax<qint64>(0, *mib)) {
            m_memoryMiB.insert(key, qMax<qint64>(0, *mib));
            Q_EMIT memoryKnown(key);
        }
        promise->finish();
    });
    return done;
}

} // namespace sloop::pricing
