#include "schedulerepository.h"

#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::schedules {

namespace {

struct RepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(Schedules)
};

const QString kColumns = QStringLiteral(
    "name, expression, time_zone, function, qualifier, input, description, enabled, catch_up,"
    " created_ms, last_handled_ms, batch_queue, batch_definition");
const QString kRunColumns =
    QStringLiteral("id, schedule, scheduled_ms, handled_ms, outcome, missed, last_missed_ms,"
                   " caught_up, request_id, message");

Schedule fromRow(const QSqlQuery &q)
{
    Schedule s;
    s.name = q.value(0).toString();
    s.expression = q.value(1).toString();
    s.timeZone = q.value(2).toString();
    s.function = q.value(3).toString();
    s.qualifier = q.value(4).toString();
    s.input = q.value(5).toString();
    s.description = q.value(6).toString();
    s.enabled = q.value(7).toBool();
    s.catchUp = q.value(8).toBool();
    s.createdMs = q.value(9).toLongLong();
    s.lastHandledMs = q.value(10).toLongLong();
    s.batchQueue = q.value(11).toString();
    s.batchDefinition = q.value(12).toString();
    return s;
}

ScheduleRun runFromRow(const QSqlQuery &q)
{
    ScheduleRun r;
    r.id = q.value(0).toLongLong();
    r.schedule = q.value(1).toString();
    r.scheduledMs = q.value(2).toLongLong();
    r.handledMs = q.value(3).toLongLong();
    r.outcome = outcomeFromName(q.value(4).toString());
    r.missed = q.value(5).toInt();
    r.lastMissedMs = q.value(6).toLongLong();
    r.caughtUp = q.value(7).toBool();
    r.requestId = q.value(8).toString();
    r.message = q.value(9).toString();
    return r;
}

Result<QList<Schedule>> select(store::Database &db, const QString &where, const QString &value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM schedules ") + where +
              QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    if (!value.isNull())
        q.addBindValue(value);
    return store::selectRows<Schedule>(q, fromRow);
}

VoidResult changeOne(QSqlQuery &q, const QString &name)
{
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(
            ErrorKind::NotFound,
            RepositoryText::tr("There is no schedule called \"%1\".").arg(name));
    return {};
}

} // namespace

Result<Schedule> ScheduleRepository::add(Schedule s)
{
    if (auto valid = validate(s); !valid)
        return Result<Schedule>::failure(valid.problem());
    if (s.createdMs == 0)
        s.createdMs = QDateTime::currentMSecsSinceEpoch();
    if (s.timeZone.isEmpty())
        s.timeZone = QStringLiteral("UTC");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO schedules (") + kColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.name);
    q.addBindValue(s.expression.trimmed());
    q.addBindValue(s.timeZone);
    q.addBindValue(store::sqlText(s.function));
    q.addBindValue(store::sqlText(s.qualifier));
    q.addBindValue(store::sqlText(s.input));
    q.addBindValue(store::sqlText(s.description));
    q.addBindValue(s.enabled);
    q.addBindValue(s.catchUp);
    q.addBindValue(s.createdMs);
    q.addBindValue(s.lastHandledMs);
    q.addBindValue(store::sqlText(s.batchQueue));
    q.addBindValue(store::sqlText(s.batchDefinition));
    if (!q.exec()) {
        if (store::isUniqueViolation(q.lastError()))
            return Result<Schedule>::failure(
                ErrorKind::Conflict,
                RepositoryText::tr("There is already a schedule called \"%1\".").arg(s.name));
        return Result<Schedule>::failure(q.lastError().text());
    }
    s.expression = s.expression.trimmed();
    return s;
}

Result<std::optional<Schedule>> ScheduleRepository::find(const QString &name)
{
    auto found = select(m_db, QStringLiteral("WHERE name = ?"), name);
    if (!found)
        return Result<std::optional<Schedule>>::failure(found.problem());
    if (found->isEmpty())
        return std::optional<Schedule>();
    return std::optional<Schedule>(found->first());
}

Result<QList<Schedule>> ScheduleRepository::all()
{
    return select(m_db, {}, {});
}

Result<QList<Schedule>> ScheduleRepository::forFunction(const QString &function)
{
    return select(m_db, QStringLiteral("WHERE function = ?"), function);
}

VoidResult ScheduleRepository::setEnabled(const QString &name, bool enabled)
{
    QSqlQuery q(m_db.connection());
    // Switched on, it starts from now; switched off, nothing moves.
    q.prepare(QStringLiteral("UPDATE schedules SET enabled = ?,"
                             " last_handled_ms = CASE WHEN ? AND NOT enabled THEN ?"
                             " ELSE last_handled_ms END WHERE name = ?"));
    q.addBindValue(enabled);
    q.addBindValue(enabled);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(name);
    return changeOne(q, name);
}

VoidResult ScheduleRepository::setLastHandled(const QString &name, qint64 scheduledMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE schedules SET last_handled_ms = ? WHERE name = ?"));
    q.addBindValue(scheduledMs);
    q.addBindValue(name);
    return changeOne(q, name);
}

VoidResult ScheduleRepository::remove(const QString &name)
{
    QSqlQuery runs(m_db.connection());
    runs.prepare(QStringLiteral("DELETE FROM schedule_runs WHERE schedule = ?"));
    runs.addBindValue(name);
    if (!runs.exec())
        return VoidResult::failure(runs.lastError().text());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM schedules WHERE name = ?"));
    q.addBindValue(name);
    return changeOne(q, name);
}

Result<int> ScheduleRepository::removeForFunction(const QString &function)
{
    auto schedules = forFunction(function);
    if (!schedules)
        return Result<int>::failure(schedules.problem());
    for (const Schedule &s : *schedules) {
        if (auto r = remove(s.name); !r)
            return Result<int>::failure(r.problem());
    }
    return int(schedules->size());
}

Result<ScheduleRun> ScheduleRepository::addRun(ScheduleRun run)
{
    if (run.handledMs == 0)
        run.handledMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO schedule_runs (schedule, scheduled_ms, handled_ms,"
                             " outcome, missed, last_missed_ms, caught_up, request_id, message)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(run.schedule);
    q.addBindValue(run.scheduledMs);
    q.addBindValue(run.handledMs);
    q.addBindValue(outcomeName(run.outcome));
    q.addBindValue(run.missed);
    q.addBindValue(run.lastMissedMs);
    q.addBindValue(run.caughtUp);
    q.addBindValue(store::sqlText(run.requestId));
    q.addBindValue(store::sqlText(run.message));
    if (!q.exec())
        return Result<ScheduleRun>::failure(q.lastError().text());
    run.id = q.lastInsertId().toLongLong();
    QSqlQuery prune(m_db.connection());
    prune.prepare(QStringLiteral("DELETE FROM schedule_runs WHERE schedule = ? AND id NOT IN"
                                 " (SELECT id FROM schedule_runs WHERE schedule = ?"
                                 " ORDER BY id DESC LIMIT ?)"));
    prune.addBindValue(run.schedule);
    prune.addBindValue(run.schedule);
    prune.addBindValue(kKeepRuns);
    if (!prune.exec())
        return Result<ScheduleRun>::failure(prune.lastError().text());
    return run;
}

Result<std::optional<ScheduleRun>> ScheduleRepository::settleRun(const QString &requestId,
                                                                 ScheduleRun::Outcome outcome,
                                                                 const QString &message)
{
    using R = Result<std::optional<ScheduleRun>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE schedule_runs SET outcome = ?, message = ?"
                             " WHERE request_id = ? AND outcome = ?"));
    q.addBindValue(outcomeName(outcome));
    q.addBindValue(store::sqlText(message));
    q.addBindValue(requestId);
    q.addBindValue(outcomeName(ScheduleRun::Outcome::Queued));
    if (!q.exec())
        return R::failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return std::optional<ScheduleRun>{};
    QSqlQuery read(m_db.connection());
    read.prepare(
        QStringLiteral("SELECT ") + kRunColumns +
        QStringLiteral(" FROM schedule_runs WHERE request_id = ? ORDER BY id DESC LIMIT 1"));
    read.addBindValue(requestId);
    const auto rows = store::selectRows<ScheduleRun>(read, runFromRow);
    if (!rows)
        return R::failure(rows.problem());
    return rows->isEmpty() ? std::optional<ScheduleRun>{} : std::optional(rows->first());
}

Result<QStringList> ScheduleRepository::queuedBatchJobs(int limit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT r.request_id FROM schedule_runs r JOIN schedules s"
                             " ON s.name = r.schedule WHERE r.outcome = ? AND s.batch_queue <> ''"
                             " AND r.request_id <> '' ORDER BY r.id LIMIT ?"));
    q.addBindValue(outcomeName(ScheduleRun::Outcome::Queued));
    q.addBindValue(limit);
    return store::selectRows<QString>(q,
                                      [](const QSqlQuery &row) { return row.value(0).toString(); });
}

Result<QList<ScheduleRun>> ScheduleRepository::runs(const QString &schedule, int limit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kRunColumns +
              QStringLiteral(" FROM schedule_runs WHERE schedule = ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(schedule);
    q.addBindValue(limit);
    return store::selectRows<ScheduleRun>(q, runFromRow);
}

} // namespace sloop::schedules
