// BatchRepository: fair-share scheduling policies, and what the dispatcher
// reads to serve a fair-share queue by share.
#include "batchrepository.h"

#include "batchrows.h"
#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

namespace sloop::batch {

using namespace rows;

namespace {

const QString kPolicyColumns =
    QStringLiteral("name, share_decay_seconds, compute_reservation, shares, created_ms");

} // namespace

Result<SchedulingPolicy> BatchRepository::addPolicy(SchedulingPolicy policy)
{
    if (auto ok = validate(policy); !ok)
        return Result<SchedulingPolicy>::failure(ok.problem());
    policy.createdMs = nowOr(policy.createdMs);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO batch_scheduling_policies (") + kPolicyColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(policy.name);
    q.addBindValue(policy.shareDecaySeconds);
    q.addBindValue(policy.computeReservation);
    q.addBindValue(sharesToJson(policy.shares));
    q.addBindValue(policy.createdMs);
    if (!q.exec()) {
        if (store::isUniqueViolation(q.lastError()))
            return Result<SchedulingPolicy>::failure(
                ErrorKind::Conflict,
                RepoText::tr("There is already a scheduling policy called \"%1\".")
                    .arg(policy.name));
        return sqlFailure<SchedulingPolicy>(q);
    }
    return policy;
}

Result<QList<SchedulingPolicy>> BatchRepository::policies()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kPolicyColumns +
              QStringLiteral(" FROM batch_scheduling_policies ORDER BY name COLLATE NOCASE"));
    return store::selectRows<SchedulingPolicy>(q, policyFromRow);
}

Result<std::optional<SchedulingPolicy>> BatchRepository::findPolicy(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kPolicyColumns +
              QStringLiteral(" FROM batch_scheduling_policies WHERE name = ?"));
    q.addBindValue(name);
    auto rows = store::selectRows<SchedulingPolicy>(q, policyFromRow);
    if (!rows)
        return Result<std::optional<SchedulingPolicy>>::failure(rows.problem());
    if (rows->isEmpty())
        return std::optional<SchedulingPolicy>();
    return std::optional<SchedulingPolicy>(rows->first());
}

VoidResult BatchRepository::updatePolicy(const SchedulingPolicy &policy)
{
    if (auto ok = validate(policy); !ok)
        return ok;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE batch_scheduling_policies SET share_decay_seconds = ?,"
                             " compute_reservation = ?, shares = ? WHERE name = ?"));
    q.addBindValue(policy.shareDecaySeconds);
    q.addBindValue(policy.computeReservation);
    q.addBindValue(sharesToJson(policy.shares));
    q.addBindValue(policy.name);
    return changeOne(q, noPolicy(policy.name));
}

VoidResult BatchRepository::removePolicy(const QString &name)
{
    QSqlQuery used(m_db.connection());
    used.prepare(QStringLiteral("SELECT name FROM batch_queues WHERE scheduling_policy = ?"
                                " COLLATE NOCASE LIMIT 1"));
    used.addBindValue(name);
    if (!used.exec())
        return VoidResult::failure(used.lastError().text());
    if (used.next())
        return VoidResult::failure(
            ErrorKind::Conflict,
            RepoText::tr("The job queue \"%1\" uses the scheduling policy \"%2\": remove the "
                         "queue first.")
                .arg(used.value(0).toString(), name));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM batch_scheduling_policies WHERE name = ?"));
    q.addBindValue(name);
    return changeOne(q, noPolicy(name));
}

Result<QStringList> BatchRepository::sharesWith(const QString &queue,
                                                const QList<JobStatus> &statuses)
{
    // A skip scan over batch_jobs_by_share: the next share after the last
    // one found, one index seek each.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT min(share_identifier) FROM batch_jobs WHERE status = ?"
                             " AND queue = ? AND share_identifier > ?"));
    QStringList out;
    for (const JobStatus status : statuses) {
        QString after;
        for (;;) {
            q.addBindValue(statusName(status));
            q.addBindValue(queue);
            q.addBindValue(store::sqlText(after));
            if (!q.exec())
                return sqlFailure<QStringList>(q);
            if (!q.next() || q.value(0).isNull())
                break;
            after = q.value(0).toString();
            if (!out.contains(after))
                out << after;
        }
    }
    return out;
}

Result<QList<Job>> BatchRepository::runnableShareHead(const QString &queue, const QString &share,
                                                      int limit)
{
    return selectJobs(
        QStringLiteral("WHERE j.status = 'RUNNABLE' AND j.queue = ?"
                       " AND j.share_identifier = ?"),
        {queue, share},
        QStringLiteral(" ORDER BY j.scheduling_priority DESC, j.seq LIMIT %1").arg(limit));
}

Result<qint64> BatchRepository::runnableShareHeadSeq(const QString &queue, const QString &share)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT seq FROM batch_jobs WHERE status = 'RUNNABLE' AND queue = ?"
                             " AND share_identifier = ?"
                             " ORDER BY scheduling_priority DESC, seq LIMIT 1"));
    q.addBindValue(queue);
    q.addBindValue(share);
    if (!q.exec())
        return sqlFailure<qint64>(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<ShareAttempt>> BatchRepository::shareAttempts(qint64 sinceMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT j.queue, j.share_identifier, a.started_ms, a.stopped_ms,"
        " json_extract(CASE WHEN length(j.spec) = 0 THEN p.spec ELSE j.spec END, '$.vcpus')"
        " FROM batch_attempts a JOIN batch_jobs j ON j.id = a.job"
        " LEFT JOIN batch_jobs p ON j.parent <> '' AND p.id = j.parent"
        " WHERE j.share_identifier <> '' AND a.started_ms > 0 AND a.stopped_ms >= ?"));
    q.addBindValue(sinceMs);
    return store::selectRows<ShareAttempt>(q, [](const QSqlQuery &row) {
        ShareAttempt a;
        a.queue = row.value(0).toString();
        a.share = row.value(1).toString();
        a.startedMs = row.value(2).toLongLong();
        a.stoppedMs = row.value(3).toLongLong();
        a.vcpus = row.value(4).toDouble();
        return a;
    });
}

} // namespace sloop::batch
