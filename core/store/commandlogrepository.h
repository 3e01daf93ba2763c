#pragma once

#include "commandlog/commandlog.h"
#include "util/result.h"

namespace sloop::store {

class Database;

// Saves the command log so a learner can look back at yesterday's clicks.
class CommandLogRepository
{
public:
    explicit CommandLogRepository(Database &db)
        : m_db(db)
    {
    }

    VoidResult append(const QList<CommandLogEntry> &entries);
    Result<QList<CommandLogEntry>> latest(int limit);
    // Keeps the newest `keep` entries.
    VoidResult prune(int keep);
    // Drops entries older than `cutoffMs` (ms since the epoch).
    VoidResult pruneOlderThan(qint64 cutoffMs);
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace sloop::store
