#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::pricing {

// What the person says a host or engine really costs a month: the VPS they
// rent, a home server's power. The instances on it share this figure
// (costmodel.h).
struct HostCost
{
    QString location; // host or engine name ("web-1", "local")
    qint64 monthlyCents = 0;
    QString currency = QStringLiteral("USD");
    qint64 updatedMs = 0; // set by the store

    bool operator==(const HostCost &other) const = default;
};

// The location follows the host-name rule (a letter or digit, then letters,
// digits, '_', '.', '-'; at most 64); the amount is 0 to 1,000,000.00; the
// currency three capital letters.
VoidResult validate(const HostCost &cost);

// The host_costs table (schema step 4): one stated cost per location, names
// compared without regard to case. Whether a host or engine of that name
// exists is the caller's question: a cost may be stated before the host is
// added, and stays when it is removed.
//
// Thread-safety: like the Database, use it on the thread that opened it.
class CostRepository
{
public:
    explicit CostRepository(store::Database &db)
        : m_db(db)
    {
    }

    // Adds or replaces the cost of cost.location; returns it as stored.
    Result<HostCost> set(HostCost cost);
    VoidResult remove(const QString &location);
    Result<std::optional<HostCost>> find(const QString &location);
    Result<QList<HostCost>> all(); // by location

private:
    store::Database &m_db;
};

} // namespace sloop::pricing
