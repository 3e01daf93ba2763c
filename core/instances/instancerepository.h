#pragma once

#include "instancerecord.h"

#include <QList>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::instances {

// One line of an instance's history: an action and what it printed.
struct InstanceEvent
{
    qint64 id = 0;     // set by the store; grows with each event
    qint64 timeMs = 0; // set by the store
    QString action;    // "create", "provision: packages", "stop"
    bool ok = true;
    QString log; // at most kMaxEventLogBytes (the end is kept)

    bool operator==(const InstanceEvent &other) const = default;
};

// A log longer than this keeps its last part (where a failure shows) after
// a line saying how much was cut.
inline constexpr qsizetype kMaxEventLogBytes = 256 * 1024;

// The instances table (schema step 4) with each instance's tags and
// history. Every write validates first and runs in one transaction. Names
// are unique without regard to case; find/remove/setState/appendEvent/
// events take any case. Removing an instance removes its tags and history
// (not its snapshots: see SnapshotRepository).
//
// Thread-safety: like the Database, use it on the thread that opened it.
class InstanceRepository
{
public:
    explicit InstanceRepository(store::Database &db)
        : m_db(db)
    {
    }

    // Returns the record as stored: with its id and times, tags normalized,
    // firewall sources in canonical CIDR form.
    Result<InstanceRecord> add(InstanceRecord record);
    // Updates by id (so a rename keeps the instance's identity and history).
    Result<InstanceRecord> update(InstanceRecord record);
    VoidResult remove(const QString &name);

    Result<std::optional<InstanceRecord>> find(const QString &name);
    Result<QList<InstanceRecord>> all();                               // by name
    Result<QList<InstanceRecord>> onLocation(const QString &location); // one engine or host
    Result<QList<InstanceRecord>> withTag(const QString &tag);

    // Sets state and stateReason (and updatedMs) alone.
    VoidResult setState(const QString &name, InstanceState state, const QString &reason = {});

    Result<InstanceEvent> appendEvent(const QString &instanceName, const QString &action, bool ok,
                                      const QString &log);
    // Oldest first; limit > 0 keeps only the newest `limit`.
    Result<QList<InstanceEvent>> events(const QString &instanceName, int limit = 0);

private:
    VoidResult writeTags(qint64 id, const QStringList &tags);
    Result<QList<InstanceRecord>> select(const QString &where, const QVariantList &binds);
    Result<qint64> idOf(const QString &name);

    store::Database &m_db;
};

} // namespace sloop::instances
