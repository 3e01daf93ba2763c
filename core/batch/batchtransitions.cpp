// BatchRepository: the dispatcher's reads and moves, each guarded by the
// status it expects.
#include "batchrepository.h"

#include "batchrows.h"
#include "pricing/batchprice.h"
#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

#include <QUuid>

namespace sloop::batch {

using namespace rows;

Result<QList<Job>> BatchRepository::submitted(int limit)
{
    return selectJobs(QStringLiteral("WHERE j.status = 'SUBMITTED' AND j.array_size = 0"), {},
                      QStringLiteral(" ORDER BY j.seq LIMIT %1").arg(limit));
}

Result<QList<Job>> BatchRepository::pending(bool onlyMarked, int limit)
{
    return selectJobs(
        QStringLiteral("WHERE j.status = 'PENDING' AND j.array_size = 0") +
            (onlyMarked ? QStringLiteral(" AND j.terminate_reason <> ''") : QString()),
        {}, QStringLiteral(" ORDER BY j.seq LIMIT %1").arg(limit));
}

Result<int> BatchRepository::releaseFreeSubmitted()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE batch_jobs SET status = 'RUNNABLE' WHERE status = 'SUBMITTED' AND array_size = 0"
        " AND NOT EXISTS (SELECT 1 FROM batch_dependencies d WHERE d.job = batch_jobs.id)"));
    if (!q.exec())
        return sqlFailure<int>(q);
    return q.numRowsAffected();
}

Result<QList<Job>> BatchRepository::runnableHead(const QString &queue, int limit)
{
    return selectJobs(QStringLiteral("WHERE j.status = 'RUNNABLE' AND j.queue = ?"), {queue},
                      QStringLiteral(" ORDER BY j.seq LIMIT %1").arg(limit));
}

Result<QList<Job>> BatchRepository::inFlight()
{
    return selectJobs(QStringLiteral("WHERE j.status IN ('STARTING', 'RUNNING')"), {},
                      QStringLiteral(" ORDER BY j.seq"));
}

Result<QStringList> BatchRepository::openArrayParents()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM batch_jobs WHERE status IN ('SUBMITTED', 'PENDING')"
                             " AND array_size > 0 ORDER BY seq"));
    return store::selectRows<QString>(q,
                                      [](const QSqlQuery &row) { return row.value(0).toString(); });
}

Result<QStringList> BatchRepository::dependencyIds(const QString &jobId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT depends_on FROM batch_dependencies WHERE job = ?"));
    q.addBindValue(jobId);
    return store::selectRows<QString>(q,
                                      [](const QSqlQuery &row) { return row.value(0).toString(); });
}

Result<QStringList> BatchRepository::dependents(const QString &jobId, int limit)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT job FROM batch_dependencies WHERE depends_on = ? LIMIT ?"));
    q.addBindValue(jobId);
    q.addBindValue(limit);
    return store::selectRows<QString>(q,
                                      [](const QSqlQuery &row) { return row.value(0).toString(); });
}

Result<QStringList> BatchRepository::waitingOn(const QString &jobId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT d.job FROM batch_dependencies d JOIN batch_jobs j ON j.id = d.job"
                       " WHERE d.depends_on = ? AND j.status IN ('SUBMITTED', 'PENDING')"));
    q.addBindValue(jobId);
    return store::selectRows<QString>(q,
                                      [](const QSqlQuery &row) { return row.value(0).toString(); });
}

Result<QMap<QString, JobStatus>> BatchRepository::statuses(const QStringList &ids)
{
    QMap<QString, JobStatus> out;
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QStringList chunk = ids.mid(from, 500);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, status FROM batch_jobs WHERE id IN (") +
                  marks(int(chunk.size())) + QLatin1Char(')'));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return sqlFailure<QMap<QString, JobStatus>>(q);
        while (q.next())
            if (auto s = statusFromName(q.value(1).toString()))
                out.insert(q.value(0).toString(), *s);
    }
    return out;
}

Result<bool> BatchRepository::move(const QString &id, JobStatus from, JobStatus to,
                                   const QString &reason, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE batch_jobs SET status = ?, status_reason = ?,"
                             " stopped_ms = CASE WHEN ? THEN ? ELSE stopped_ms END"
                             " WHERE id = ? AND status = ?"));
    q.addBindValue(statusName(to));
    q.addBindValue(store::sqlText(reason));
    q.addBindValue(isFinished(to));
    q.addBindValue(nowOr(nowMs));
    q.addBindValue(id);
    q.addBindValue(statusName(from));
    if (!q.exec())
        return sqlFailure<bool>(q);
    return q.numRowsAffected() > 0;
}

VoidResult BatchRepository::setReason(const QString &id, const QString &reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE batch_jobs SET status_reason = ? WHERE id = ?"));
    q.addBindValue(store::sqlText(reason));
    q.addBindValue(id);
    return store::execute(q);
}

Result<bool> BatchRepository::beginAttempt(const Job &job, const QString &engine,
                                           const QString &environment, qint64 nowMs)
{
    bool began = false;
    const VoidResult done = m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "UPDATE batch_jobs SET status = 'STARTING', status_reason = '', attempts = attempts + "
            "1,"
            " engine = ?, environment = ? WHERE id = ? AND status = 'RUNNABLE' AND attempts = ?"));
        q.addBindValue(engine);
        q.addBindValue(environment);
        q.addBindValue(job.id);
        q.addBindValue(job.attemptCount);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        if (q.numRowsAffected() == 0)
            return {};
        QSqlQuery a(m_db.connection());
        a.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO batch_attempts (job, attempt, engine, container, started_ms,"
            " stopped_ms, exit_code, reason, status_reason, log, log_cut)"
            " VALUES (?, ?, ?, '', 0, 0, -1, '', '', X'', 0)"));
        a.addBindValue(job.id);
        a.addBindValue(job.attemptCount + 1);
        a.addBindValue(engine);
        if (auto ok = store::execute(a); !ok)
            return ok;
        began = true;
        (void)nowMs;
        return {};
    });
    if (!done)
        return Result<bool>::failure(done.problem());
    return began;
}

VoidResult BatchRepository::markRunning(const QString &id, int attempt, const QString &containerId,
                                        qint64 nowMs)
{
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        // A reason from the wait (Swarm's "no suitable node") is over.
        q.prepare(QStringLiteral("UPDATE batch_jobs SET status = 'RUNNING', status_reason = '',"
                                 " started_ms = CASE WHEN started_ms = 0 THEN ? ELSE started_ms END"
                                 " WHERE id = ? AND status IN ('STARTING', 'RUNNING')"));
        q.addBindValue(nowMs);
        q.addBindValue(id);
        if (auto ok = store::execute(q); !ok)
            return ok;
        QSqlQuery a(m_db.connection());
        a.prepare(QStringLiteral("UPDATE batch_attempts SET container = ?, started_ms = ? WHERE "
                                 "job = ? AND attempt = ?"));
        a.addBindValue(containerId);
        a.addBindValue(nowMs);
        a.addBindValue(id);
        a.addBindValue(attempt);
        return store::execute(a);
    });
}

VoidResult BatchRepository::finishAttempt(const QString &id, const Attempt &attempt, JobStatus next,
                                          const QString &statusReason, qint64 nowMs)
{
    return m_db.transaction([&]() -> VoidResult {
        QSqlQuery a(m_db.connection());
        a.prepare(QStringLiteral(
            "UPDATE batch_attempts SET container = CASE WHEN ? = '' THEN container ELSE ? END,"
            " engine = CASE WHEN ? = '' THEN engine ELSE ? END,"
            " started_ms = CASE WHEN started_ms = 0 THEN ? ELSE started_ms END, stopped_ms = ?,"
            " exit_code = ?, reason = ?, status_reason = ?, log = ?, log_cut = ?"
            " WHERE job = ? AND attempt = ?"));
        a.addBindValue(store::sqlText(attempt.containerId));
        a.addBindValue(store::sqlText(attempt.containerId));
        // A swarm's attempt learns its node only at the end.
        a.addBindValue(store::sqlText(attempt.engine));
        a.addBindValue(store::sqlText(attempt.engine));
        a.addBindValue(attempt.startedMs);
        a.addBindValue(nowMs);
        a.addBindValue(attempt.exitCode);
        a.addBindValue(store::sqlText(attempt.reason));
        a.addBindValue(store::sqlText(statusReason));
        a.addBindValue(attempt.log.isNull() ? QByteArray("") : attempt.log);
        a.addBindValue(attempt.logCut);
        a.addBindValue(id);
        a.addBindValue(attempt.number);
        if (auto ok = store::execute(a); !ok)
            return ok;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "UPDATE batch_jobs SET status = ?, status_reason = ?, engine = '', environment = '',"
            " terminate_reason = '', stopped_ms = CASE WHEN ? THEN ? ELSE 0 END"
            " WHERE id = ? AND status IN ('STARTING', 'RUNNING')"));
        q.addBindValue(statusName(next));
        q.addBindValue(store::sqlText(statusReason));
        q.addBindValue(isFinished(next));
        q.addBindValue(nowMs);
        q.addBindValue(id);
        return store::execute(q);
    });
}

Result<JobStatus> BatchRepository::settleParent(const QString &parentId, qint64 nowMs)
{
    auto parent = job(parentId);
    if (!parent)
        return Result<JobStatus>::failure(parent.problem());
    if (!*parent)
        return Result<JobStatus>::failure(ErrorKind::NotFound, noJob(parentId));
    if (isFinished((*parent)->status))
        return (*parent)->status;
    auto summary = childSummary(parentId);
    if (!summary)
        return Result<JobStatus>::failure(summary.problem());
    const int succeeded = summary->value(JobStatus::Succeeded);
    const int failed = summary->value(JobStatus::Failed);
    JobStatus next = (*parent)->status;
    QString reason;
    if (succeeded + failed == (*parent)->arraySize) {
        next = failed > 0 ? JobStatus::Failed : JobStatus::Succeeded;
        // Data, as AWS keeps it: English whatever the reader's language.
        reason =
            failed > 0
                ? QStringLiteral("%1 of %2 child jobs failed").arg(failed).arg((*parent)->arraySize)
                : QString();
    } else if (summary->value(JobStatus::Submitted) < (*parent)->arraySize) {
        next = JobStatus::Pending;
    }
    if (next == (*parent)->status)
        return next;
    auto moved = move(parentId, (*parent)->status, next, reason, nowMs);
    if (!moved)
        return Result<JobStatus>::failure(moved.problem());
    return next;
}

} // namespace sloop::batch
