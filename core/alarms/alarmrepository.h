#pragma once

#include "alarmtypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::alarms {

// The alarms and alarm_history tables. No SQL elsewhere.
// Thread-safety: like the Database (the thread that opened it).
class AlarmRepository
{
public:
    explicit AlarmRepository(store::Database *db)
        : m_db(db)
    {
    }

    // Validates; a new alarm starts in INSUFFICIENT_DATA (since now unless
    // stateSinceMs is set). Names are unique whatever their case.
    Result<AlarmDefinition> add(AlarmDefinition alarm);
    // The definition of the alarm with `alarm.id` (name included); its state
    // is kept, as CloudWatch keeps it when an alarm is changed.
    Result<AlarmDefinition> update(const AlarmDefinition &alarm);
    VoidResult remove(const QString &name); // with its history
    Result<QList<AlarmDefinition>> list();  // by name
    Result<QList<AlarmDefinition>> forTarget(const QString &target);
    Result<std::optional<AlarmDefinition>> find(const QString &name);
    Result<std::optional<AlarmDefinition>> findById(qint64 id);

    VoidResult setState(qint64 id, AlarmState state, const QString &reason, qint64 sinceMs);
    Result<AlarmHistoryEntry> appendHistory(AlarmHistoryEntry entry);
    // A state change: the alarm's state and its history entry in one transaction.
    Result<AlarmHistoryEntry> recordTransition(AlarmHistoryEntry entry);
    VoidResult setHistoryNote(qint64 entryId, const QString &note);
    // Newest first; one alarm's when `name` is set.
    Result<QList<AlarmHistoryEntry>> history(const QString &name = {}, int limit = 100);
    // Drops entries older than `beforeMs`; returns how many went.
    Result<int> pruneHistory(qint64 beforeMs);

private:
    Result<QList<AlarmDefinition>> select(const QString &where, const QVariantList &binds);
    VoidResult writeState(qint64 id, AlarmState state, const QString &reason, qint64 sinceMs);
    Result<qint64> insertHistory(const AlarmHistoryEntry &entry);

    store::Database *m_db;
};

} // namespace sloop::alarms
