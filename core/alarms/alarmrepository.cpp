#include "alarmrepository.h"
#include "store/sqlerrors.h"

#include "alarmstext.h"

#include "store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sloop::alarms {

namespace {

bool isUniqueViolation(const QSqlQuery &q)
{
    return store::isUniqueViolation(q.lastError());
}

void bindDefinition(QSqlQuery &q, const AlarmDefinition &a)
{
    q.addBindValue(a.name);
    q.addBindValue(a.target);
    q.addBindValue(a.metric);
    q.addBindValue(statisticKey(a.statistic));
    q.addBindValue(toString(a.comparison));
    q.addBindValue(a.threshold);
    q.addBindValue(a.periodSeconds);
    q.addBindValue(a.evaluationPeriods);
    q.addBindValue(a.datapointsToAlarm);
    q.addBindValue(toString(a.missingData));
    q.addBindValue(store::sqlText(a.command));
    q.addBindValue(a.enabled ? 1 : 0);
}

} // namespace

Result<AlarmDefinition> AlarmRepository::add(AlarmDefinition a)
{
    using R = Result<AlarmDefinition>;
    if (const VoidResult valid = validate(a); !valid)
        return R::failure(valid.problem());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    a.state = AlarmState::InsufficientData;
    if (a.stateSinceMs == 0)
        a.stateSinceMs = now;
    if (a.stateReason.isEmpty())
        a.stateReason = AlarmsText::tr("Not evaluated yet.");
    const VoidResult written = m_db->transaction([&]() -> VoidResult {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "INSERT INTO alarms(name, target, metric, statistic, comparison, threshold, period_s,"
            " evaluation_periods, datapoints_to_alarm, missing_data, command, enabled, state,"
            " state_reason, state_since_ms, created_ms, updated_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindDefinition(q, a);
        q.addBindValue(toString(a.state));
        q.addBindValue(a.stateReason);
        q.addBindValue(a.stateSinceMs);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return VoidResult::failure(
                isUniqueViolation(q) ? ErrorKind::Conflict : ErrorKind::Internal,
                isUniqueViolation(q)
                    ? AlarmsText::tr("There is already an alarm named \"%1\".").arg(a.name)
                    : q.lastError().text());
        a.id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!written)
        return R::failure(written.problem());
    return a;
}

Result<AlarmDefinition> AlarmRepository::update(const AlarmDefinition &a)
{
    using R = Result<AlarmDefinition>;
    if (const VoidResult valid = validate(a); !valid)
        return R::failure(valid.problem());
    const VoidResult written = m_db->transaction([&]() -> VoidResult {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "UPDATE alarms SET name = ?, target = ?, metric = ?, statistic = ?, comparison = ?,"
            " threshold = ?, period_s = ?, evaluation_periods = ?, datapoints_to_alarm = ?,"
            " missing_data = ?, command = ?, enabled = ?, updated_ms = ? WHERE id = ?"));
        bindDefinition(q, a);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(a.id);
        if (!q.exec())
            return VoidResult::failure(
                isUniqueViolation(q) ? ErrorKind::Conflict : ErrorKind::Internal,
                isUniqueViolation(q)
                    ? AlarmsText::tr("There is already an alarm named \"%1\".").arg(a.name)
                    : q.lastError().text());
        if (q.numRowsAffected() == 0)
            return VoidResult::failure(
                AlarmsText::tr("The alarm \"%1\" no longer exists.").arg(a.name));
        return {};
    });
    if (!written)
        return R::failure(written.problem());
    const auto stored = findById(a.id);
    if (!stored)
        return R::failure(stored.problem());
    if (!stored->has_value())
        return R::failure(AlarmsText::tr("The alarm \"%1\" no longer exists.").arg(a.name));
    return **stored;
}

VoidResult AlarmRepository::remove(const QString &name)
{
    return m_db->transaction([&]() -> VoidResult {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("DELETE FROM alarms WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        if (q.numRowsAffected() == 0)
            return VoidResult::failure(ErrorKind::NotFound,
                                       AlarmsText::tr("There is no alarm named \"%1\".").arg(name));
        return {};
    });
}

Result<QList<AlarmDefinition>> AlarmRepository::select(const QString &where,
                                                       const QVariantList &binds)
{
    using R = Result<QList<AlarmDefinition>>;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, name, target, metric, statistic, comparison, threshold,"
                             " period_s, evaluation_periods, datapoints_to_alarm, missing_data,"
                             " command, enabled, state, state_reason, state_since_ms"
                             " FROM alarms ") +
              where + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(q.lastError().text());
    QList<AlarmDefinition> out;
    while (q.next()) {
        AlarmDefinition a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.target = q.value(2).toString();
        a.metric = q.value(3).toString();
        const auto statistic = statisticFromKey(q.value(4).toString());
        const auto comparison = comparisonFromString(q.value(5).toString());
        a.threshold = q.value(6).toDouble();
        a.periodSeconds = q.value(7).toInt();
        a.evaluationPeriods = q.value(8).toInt();
        a.datapointsToAlarm = q.value(9).toInt();
        const auto missing = missingDataFromString(q.value(10).toString());
        a.command = q.value(11).toString();
        a.enabled = q.value(12).toInt() != 0;
        const auto state = alarmStateFromString(q.value(13).toString());
        a.stateReason = q.value(14).toString();
        a.stateSinceMs = q.value(15).toLongLong();
        if (!statistic || !comparison || !missing || !state)
            return R::failure(
                AlarmsText::tr("The stored alarm \"%1\" cannot be read (written by a newer "
                               "Sloop?).")
                    .arg(a.name));
        a.statistic = *statistic;
        a.comparison = *comparison;
        a.missingData = *missing;
        a.state = *state;
        out.append(a);
    }
    return out;
}

Result<QList<AlarmDefinition>> AlarmRepository::list()
{
    return select({}, {});
}

Result<QList<AlarmDefinition>> AlarmRepository::forTarget(const QString &target)
{
    return select(QStringLiteral("WHERE target = ?"), {target});
}

Result<std::optional<AlarmDefinition>> AlarmRepository::find(const QString &name)
{
    using R = Result<std::optional<AlarmDefinition>>;
    const auto found = select(QStringLiteral("WHERE name = ?"), {name});
    if (!found)
        return R::failure(found.problem());
    if (found->isEmpty())
        return std::optional<AlarmDefinition>{};
    return std::optional<AlarmDefinition>{found->first()};
}

Result<std::optional<AlarmDefinition>> AlarmRepository::findById(qint64 id)
{
    using R = Result<std::optional<AlarmDefinition>>;
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return R::failure(found.problem());
    if (found->isEmpty())
        return std::optional<AlarmDefinition>{};
    return std::optional<AlarmDefinition>{found->first()};
}

VoidResult AlarmRepository::writeState(qint64 id, AlarmState state, const QString &reason,
                                       qint64 sinceMs)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "UPDATE alarms SET state = ?, state_reason = ?, state_since_ms = ? WHERE id = ?"));
    q.addBindValue(toString(state));
    q.addBindValue(store::sqlText(reason));
    q.addBindValue(sinceMs);
    q.addBindValue(id);
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(AlarmsText::tr("The alarm no longer exists."));
    return {};
}

VoidResult AlarmRepository::setState(qint64 id, AlarmState state, const QString &reason,
                                     qint64 sinceMs)
{
    return m_db->transaction([&] { return writeState(id, state, reason, sinceMs); });
}

Result<qint64> AlarmRepository::insertHistory(const AlarmHistoryEntry &e)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO alarm_history(alarm_id, time_ms, from_state, to_state,"
                             " reason, note) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.alarmId);
    q.addBindValue(e.timeMs);
    q.addBindValue(toString(e.from));
    q.addBindValue(toString(e.to));
    q.addBindValue(store::sqlText(e.reason));
    q.addBindValue(store::sqlText(e.note));
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Result<AlarmHistoryEntry> AlarmRepository::appendHistory(AlarmHistoryEntry entry)
{
    const VoidResult written = m_db->transaction([&]() -> VoidResult {
        const auto id = insertHistory(entry);
        if (!id)
            return VoidResult::failure(id.problem());
        entry.id = id.value();
        return {};
    });
    if (!written)
        return Result<AlarmHistoryEntry>::failure(written.problem());
    return entry;
}

Result<AlarmHistoryEntry> AlarmRepository::recordTransition(AlarmHistoryEntry entry)
{
    const VoidResult written = m_db->transaction([&]() -> VoidResult {
        if (const VoidResult state =
                writeState(entry.alarmId, entry.to, entry.reason, entry.timeMs);
            !state)
            return state;
        const auto id = insertHistory(entry);
        if (!id)
            return VoidResult::failure(id.problem());
        entry.id = id.value();
        return {};
    });
    if (!written)
        return Result<AlarmHistoryEntry>::failure(written.problem());
    return entry;
}

VoidResult AlarmRepository::setHistoryNote(qint64 entryId, const QString &note)
{
    return m_db->transaction([&]() -> VoidResult {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE alarm_history SET note = ? WHERE id = ?"));
        q.addBindValue(store::sqlText(note));
        q.addBindValue(entryId);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        return {};
    });
}

Result<QList<AlarmHistoryEntry>> AlarmRepository::history(const QString &name, int limit)
{
    using R = Result<QList<AlarmHistoryEntry>>;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT h.id, h.alarm_id, a.name, h.time_ms, h.from_state,"
                             " h.to_state, h.reason, h.note"
                             " FROM alarm_history h JOIN alarms a ON a.id = h.alarm_id") +
              (name.isEmpty() ? QString() : QStringLiteral(" WHERE a.name = ?")) +
              QStringLiteral(" ORDER BY h.time_ms DESC, h.id DESC LIMIT ?"));
    if (!name.isEmpty())
        q.addBindValue(name);
    q.addBindValue(std::max(0, limit));
    if (!q.exec())
        return R::failure(q.lastError().text());
    QList<AlarmHistoryEntry> out;
    while (q.next()) {
        AlarmHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.alarmId = q.value(1).toLongLong();
        e.alarmName = q.value(2).toString();
        e.timeMs = q.value(3).toLongLong();
        const auto from = alarmStateFromString(q.value(4).toString());
        const auto to = alarmStateFromString(q.value(5).toString());
        e.reason = q.value(6).toString();
        e.note = q.value(7).toString();
        if (!from || !to)
            return R::failure(AlarmsText::tr("A stored history entry of \"%1\" cannot be read.")
                                  .arg(e.alarmName));
        e.from = *from;
        e.to = *to;
        out.append(e);
    }
    return out;
}

Result<int> AlarmRepository::pruneHistory(qint64 beforeMs)
{
    int removed = 0;
    const VoidResult done = m_db->transaction([&]() -> VoidResult {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("DELETE FROM alarm_history WHERE time_ms < ?"));
        q.addBindValue(beforeMs);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        removed = q.numRowsAffected();
        return {};
    });
    if (!done)
        return Result<int>::failure(done.problem());
    return removed;
}

} // namespace sloop::alarms
