#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace sloop::store {

// The one SQLite database under the XDG data folder (WAL, foreign keys on),
// brought to the newest schema by numbered migrations on open (after a copy
// of the older one is kept beside it). Repositories
// take a Database and keep all SQL to themselves.
//
// Thread-safety: a connection belongs to the thread that opened it.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A statement waits up to busyTimeoutMs for another connection's write
    // (SQLITE_BUSY) before it fails.
    VoidResult open(const QString &file, int busyTimeoutMs = kBusyTimeoutMs);
    static constexpr int kBusyTimeoutMs = 5000;
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &connection() { return m_db; }
    int schemaVersion();
    const QString &file() const { return m_file; }

    // Runs `work` in a transaction; rolls back when it returns a failure.
    VoidResult transaction(const std::function<VoidResult()> &work);

    static int latestSchemaVersion();
    // Where open() keeps a copy of a database at `schema` before migrating
    // it to a newer one ("FILE.schema-N.bak").
    QString backupFile(int schema) const;

private:
    VoidResult migrate();
    VoidResult backUpBeforeMigrating(int schema);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_file;
};

} // namespace sloop::store
