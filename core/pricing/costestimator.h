#pragma once

#include "costmodel.h"
#include "util/result.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::pricing {

// A machine's memory in MiB: 0 when it cannot be known (no such engine or
// host, or it did not say), nullopt when not known now and mayConnect was
// false (a host not checked yet).
using MemoryLookup =
    std::function<QFuture<std::optional<qint64>>(const QString &location, bool mayConnect)>;

// The monthly estimates beside instances, one place for the create wizard,
// the instances page and `sloop costs ls`: the costs people stated
// (CostRepository), each machine's memory (a MemoryLookup, asked once per
// location and remembered) and estimateCosts' arithmetic. memoryKnown()
// announces each answer, so a page redraws; the CLI waits for learnMemory().
class CostEstimator : public QObject
{
    Q_OBJECT
public:
    CostEstimator(store::Database &db, MemoryLookup lookup, QObject *parent = nullptr);

    // MiB; nullopt while it is being asked (memoryKnown follows) or not
    // known yet; 0 when it cannot be known.
    std::optional<qint64> memoryMiB(const QString &location);
    // Estimates for `uses` from the stated costs and the memory known now;
    // asks for what is missing (without connecting).
    Result<CostSummary> estimate(const QList<InstanceUse> &uses);
    // Finishes when every named location's memory is known, connecting
    // where it has to.
    QFuture<void> learnMemory(const QStringList &locations);
    // Asks again about a location asked before (a host's facts changed);
    // memoryKnown follows when the answer differs.
    void refresh(const QString &location);

Q_SIGNALS:
    void memoryKnown(const QString &location);

private:
    QFuture<void> ask(const QString &location, bool mayConnect);

    store::Database &m_db;
    MemoryLookup m_lookup;
    QHash<QString, qint64> m_memoryMiB;     // by lower-case location
    QHash<QString, QFuture<void>> m_asking; // by lower-case location
    QSet<QString> m_asked;                  // every location asked about
};

} // namespace sloop::pricing
