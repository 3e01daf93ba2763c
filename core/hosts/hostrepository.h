#pragma once

#include "hostrecord.h"

#include <QList>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::hosts {

// The hosts table (schema step 3) and each host's tags. Every write
// validates first and runs in one transaction. Names are unique without
// regard to case ("Web-1" and "web-1" are the same host).
//
// Thread-safety: like the Database, use it on the thread that opened it.
class HostRepository
{
public:
    explicit HostRepository(store::Database &db)
        : m_db(db)
    {
    }

    // Returns the record as stored (with its id, tags normalized).
    Result<HostRecord> add(HostRecord host);
    // Updates by id (so a rename keeps the host's identity).
    Result<HostRecord> update(HostRecord host);
    VoidResult remove(const QString &name);

    Result<std::optional<HostRecord>> find(const QString &name);
    Result<QList<HostRecord>> all(); // by name
    Result<QList<HostRecord>> withTag(const QString &tag);
    // find() as a HostLookup (for the hops of a ProxyJump); the lookup reads
    // this repository's database, so it must not outlive it.
    HostLookup lookup();

private:
    VoidResult writeTags(qint64 id, const QStringList &tags);
    Result<QList<HostRecord>> select(const QString &where, const QVariantList &binds);

    store::Database &m_db;
};

} // namespace sloop::hosts
