// BatchRepository: jobs as people see them (submit, lists, counts,
// attempts, cancel and terminate).
#include "batchrepository.h"

#include "batchrows.h"
#include "pricing/batchprice.h"
#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

#include <QUuid>

namespace sloop::batch {

using namespace rows;

// --- jobs -------------------------------------------------------------------

Result<Job> BatchRepository::submit(const SubmitRequest &r, qint64 nowMs)
{
    auto fail = [](ErrorKind kind, const QString &message) {
        return Result<Job>::failure(kind, message);
    };
    const QString name = r.name.isEmpty() ? r.definition.section(QLatin1Char(':'), 0, 0) : r.name;
    if (!isValidName(name))
        return fail(ErrorKind::InvalidInput,
                    RepoText::tr("jobName: up to 128 letters, digits, '-' and '_', starting with a "
                                 "letter or digit."));
    if (r.arraySize != 0 && (r.arraySize < kMinArraySize || r.arraySize > kMaxArraySize))
        return fail(
            ErrorKind::InvalidInput,
            RepoText::tr("arrayProperties.size: from 2 to 10000 (not %1).").arg(r.arraySize));
    if (r.dependsOn.size() > kMaxDependencies)
        return fail(ErrorKind::InvalidInput, RepoText::tr("dependsOn: at most 20 jobs."));
    auto queue = findQueue(r.queue);
    if (!queue)
        return Result<Job>::failure(queue.problem());
    if (!*queue)
        return fail(ErrorKind::NotFound, noQueue(r.queue));
    auto definition = findDefinition(r.definition);
    if (!definition)
        return Result<Job>::failure(definition.problem());
    if (!*definition)
        return fail(ErrorKind::NotFound,
                    RepoText::tr("There is no active job definition \"%1\".").arg(r.definition));
    if (!(*definition)->active)
        return fail(ErrorKind::Conflict,
                    RepoText::tr("The job definition %1 was deregistered: submit with a revision "
                                 "that is active.")
                        .arg((*definition)->reference()));

    // As Batch: a fair-share queue's jobs name their share; a FIFO queue's
    // jobs may not.
    if ((*queue)->schedulingPolicy.isEmpty()) {
        if (!r.shareIdentifier.isEmpty() || r.schedulingPriority)
            return fail(ErrorKind::InvalidInput,
                        RepoText::tr("The job queue %1 has no scheduling policy: a share "
                                     "identifier and a scheduling priority are for fair-share "
                                     "queues.")
                            .arg((*queue)->name));
    } else if (r.shareIdentifier.isEmpty()) {
        return fail(ErrorKind::InvalidInput,
                    RepoText::tr("The job queue %1 shares its capacity by the scheduling policy "
                                 "%2: give the job a share identifier.")
                        .arg((*queue)->name, (*queue)->schedulingPolicy));
    } else if (auto ok = validateJobShare(r.shareIdentifier); !ok) {
        return Result<Job>::failure(ok.problem());
    }
    const int schedulingPriority = r.schedulingPriority.value_or((*definition)->schedulingPriority);
    if (auto ok = validateSchedulingPriority(schedulingPriority); !ok)
        return Result<Job>::failure(ok.problem());

    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.shareIdentifier = r.shareIdentifier;
    job.schedulingPriority = (*queue)->schedulingPolicy.isEmpty() ? 0 : schedulingPriority;
    job.name = name;
    job.queue = (*queue)->name;
    job.definition = (*definition)->reference();
    job.arraySize = r.arraySize;
    job.createdMs = nowOr(nowMs);
    job.dependsOn = r.dependsOn;
    ContainerProperties c = (*definition)->container;
    QMap<QString, QString> parameters = (*definition)->parameters;
    for (auto it = r.parameters.cbegin(); it != r.parameters.cend(); ++it)
        parameters.insert(it.key(), it.value());
    if (r.command)
        c.command = *r.command;
    c.command = substituteParameters(c.command, parameters);
    for (auto it = r.env.cbegin(); it != r.env.cend(); ++it)
        c.env.insert(it.key(), it.value());
    c.vcpus = r.vcpus.value_or(c.vcpus);
    c.memoryMb = r.memoryMb.value_or(c.memoryMb);
    c.attempts = r.attempts.value_or(c.attempts);
    c.timeoutSeconds = r.timeoutSeconds.value_or(c.timeoutSeconds);
    if (r.evaluateOnExit)
        c.evaluateOnExit = *r.evaluateOnExit;
    if (auto ok = validateContainer(c); !ok)
        return Result<Job>::failure(ok.problem());
    job.container = c;

    // What each job (each child of an array) waits for.
    QList<QString> plain;
    QList<std::pair<QString, int>> nToN; // other array, its size
    bool sequential = false;
    for (const Dependency &d : r.dependsOn) {
        if (d.type == DependencyType::Sequential) {
            if (r.arraySize == 0)
                return fail(ErrorKind::InvalidInput,
                            RepoText::tr("A SEQUENTIAL dependency is for array jobs."));
            sequential = true;
            continue;
        }
        auto target = this->job(d.jobId);
        if (!target)
            return Result<Job>::failure(target.problem());
        if (!*target)
            return fail(ErrorKind::NotFound,
                        RepoText::tr("dependsOn: there is no job %1.").arg(d.jobId));
        if (d.type == DependencyType::NToN) {
            if (r.arraySize == 0 || (*target)->arraySize != r.arraySize)
                return fail(ErrorKind::InvalidInput,
                            RepoText::tr("An N_TO_N dependency joins two array jobs of the same "
                                         "size (%1 has %2 children).")
                                .arg(d.jobId)
                                .arg((*target)->arraySize));
            nToN.append({(*target)->id, r.arraySize});
        } else {
            plain.append((*target)->id);
        }
    }

    const VoidResult stored = m_db.transaction([&]() -> VoidResult {
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO batch_jobs (id, name, queue, definition, status, status_reason, spec,"
            " array_size, array_index, parent, depends_on, created_ms, started_ms, stopped_ms,"
            " attempts, engine, environment, terminate_reason, share_identifier,"
            " scheduling_priority)"
            " VALUES (?, ?, ?, ?, 'SUBMITTED', '', ?, ?, ?, ?, ?, ?, 0, 0, 0, '', '', '', ?, ?)"));
        QSqlQuery dep(m_db.connection());
        dep.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO batch_dependencies (job, depends_on) VALUES (?, ?)"));
        auto addRow = [&](const QString &id, const QByteArray &spec, int size, int index,
                          const QString &parent, const QByteArray &deps) {
            insert.addBindValue(id);
            insert.addBindValue(job.name);
            insert.addBindValue(job.queue);
            insert.addBindValue(job.definition);
            insert.addBindValue(spec);
            insert.addBindValue(size);
            insert.addBindValue(index);
            insert.addBindValue(store::sqlText(parent));
            insert.addBindValue(deps);
            insert.addBindValue(job.createdMs);
            insert.addBindValue(store::sqlText(job.shareIdentifier));
            insert.addBindValue(job.schedulingPriority);
            return store::execute(insert);
        };
        auto addDep = [&](const QString &id, const QString &on) {
            dep.addBindValue(id);
            dep.addBindValue(on);
            return store::execute(dep);
        };
        if (auto ok = addRow(job.id, containerToJson(c), r.arraySize, -1, QString(),
                             dependenciesToJson(r.dependsOn));
            !ok)
            return ok;
        if (r.arraySize == 0) {
            for (const QString &on : plain)
                if (auto ok = addDep(job.id, on); !ok)
                    return ok;
            return {};
        }
        for (int i = 0; i < r.arraySize; ++i) {
            const QString child = job.id + QLatin1Char(':') + QString::number(i);
            QList<Dependency> childDeps;
            for (const QString &on : plain)
                childDeps.append({on, DependencyType::Plain});
            for (const auto &[other, size] : nToN)
                childDeps.append(
                    {other + QLatin1Char(':') + QString::number(i), DependencyType::Plain});
            if (sequential && i > 0)
                childDeps.append(
                    {job.id + QLatin1Char(':') + QString::number(i - 1), DependencyType::Plain});
            if (auto ok = addRow(child, QByteArrayLiteral(""), 0, i, job.id,
                                 childDeps.isEmpty() ? QByteArrayLiteral("[]")
                                                     : dependenciesToJson(childDeps));
                !ok)
                return ok;
            for (const Dependency &d : childDeps)
                if (auto ok = addDep(child, d.jobId); !ok)
                    return ok;
        }
        return {};
    });
    if (!stored)
        return Result<Job>::failure(stored.problem());
    auto made = this->job(job.id);
    if (!made || !*made)
        return Result<Job>::failure(RepoText::tr("The job %1 was not stored.").arg(job.id));
    return **made;
}

Result<QList<Job>> BatchRepository::selectJobs(const QString &where, const QVariantList &values,
                                               const QString &tail)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kJobColumns + where + tail);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return store::selectRows<Job>(q, jobFromRow);
}

Result<std::optional<Job>> BatchRepository::job(const QString &id)
{
    auto rows = selectJobs(QStringLiteral("WHERE j.id = ?"), {id});
    if (!rows)
        return Result<std::optional<Job>>::failure(rows.problem());
    if (rows->isEmpty())
        return std::optional<Job>();
    return std::optional<Job>(rows->first());
}

namespace {

// The WHERE of a filter and its values.
std::pair<QString, QVariantList> filterClause(const JobFilter &f)
{
    QStringList parts;
    QVariantList values;
    parts << QStringLiteral("j.parent = ?");
    values << (f.parent ? *f.parent : QStringLiteral(""));
    if (!f.queue.isEmpty()) {
        parts << QStringLiteral("j.queue = ?");
        values << f.queue;
    }
    if (f.status) {
        parts << QStringLiteral("j.status = ?");
        values << statusName(*f.status);
    }
    if (!f.search.isEmpty()) {
        parts << QStringLiteral("(j.name LIKE ? ESCAPE '\\' OR j.id LIKE ? ESCAPE '\\')");
        QString pattern = f.search;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        values << pattern << pattern;
    }
    return {QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND ")), values};
}

} // namespace

Result<QList<Job>> BatchRepository::jobs(const JobFilter &f)
{
    auto [where, values] = filterClause(f);
    // Children in index order; top-level jobs newest first, as consoles list them.
    const QString order = f.parent ? QStringLiteral(" ORDER BY j.array_index")
                                   : QStringLiteral(" ORDER BY j.seq DESC");
    return selectJobs(where, values,
                      order + QStringLiteral(" LIMIT %1 OFFSET %2")
                                  .arg(qBound(1, f.limit, 100'000))
                                  .arg(qMax(0, f.offset)));
}

Result<int> BatchRepository::countJobs(const JobFilter &f)
{
    auto [where, values] = filterClause(f);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM batch_jobs j ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlFailure<int>(q);
    return q.value(0).toInt();
}

Result<StatusSummary> BatchRepository::childSummary(const QString &parentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT status, count(*) FROM batch_jobs WHERE parent = ? GROUP BY status"));
    q.addBindValue(parentId);
    if (!q.exec())
        return sqlFailure<StatusSummary>(q);
    StatusSummary out;
    while (q.next())
        if (auto s = statusFromName(q.value(0).toString()))
            out.insert(*s, q.value(1).toInt());
    return out;
}

Result<QList<JobStatus>> BatchRepository::childStatuses(const QString &parentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT status FROM batch_jobs WHERE parent = ? ORDER BY array_index"));
    q.addBindValue(parentId);
    return store::selectRows<JobStatus>(q, [](const QSqlQuery &row) {
        return statusFromName(row.value(0).toString()).value_or(JobStatus::Failed);
    });
}

Result<QMap<QString, StatusSummary>> BatchRepository::queueCounts()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT queue, status, count(*) FROM batch_jobs WHERE array_size = 0"
                             " GROUP BY queue, status"));
    if (!q.exec())
        return sqlFailure<QMap<QString, StatusSummary>>(q);
    QMap<QString, StatusSummary> out;
    while (q.next())
        if (auto s = statusFromName(q.value(1).toString()))
            out[q.value(0).toString().toLower()].insert(*s, q.value(2).toInt());
    return out;
}

Result<QList<Attempt>> BatchRepository::attempts(const QString &jobId, bool withLogs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT attempt, engine, container, started_ms, stopped_ms,"
                             " exit_code, reason, status_reason, ") +
              (withLogs ? QStringLiteral("log") : QStringLiteral("''")) +
              QStringLiteral(", log_cut FROM batch_attempts WHERE job = ? ORDER BY attempt"));
    q.addBindValue(jobId);
    return store::selectRows<Attempt>(q, [](const QSqlQuery &row) {
        Attempt a;
        a.number = row.value(0).toInt();
        a.engine = row.value(1).toString();
        a.containerId = row.value(2).toString();
        a.startedMs = row.value(3).toLongLong();
        a.stoppedMs = row.value(4).toLongLong();
        a.exitCode = row.value(5).toInt();
        a.reason = row.value(6).toString();
        a.statusReason = row.value(7).toString();
        a.log = row.value(8).toByteArray();
        a.logCut = row.value(9).toBool();
        return a;
    });
}

Result<QByteArray> BatchRepository::attemptLog(const QString &jobId, int attempt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT log FROM batch_attempts WHERE job = ? AND attempt = ?"));
    q.addBindValue(jobId);
    q.addBindValue(attempt);
    if (!q.exec())
        return sqlFailure<QByteArray>(q);
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

Result<QList<JobSpan>> BatchRepository::jobSpans(const QString &queue, qint64 sinceMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT created_ms, started_ms, stopped_ms FROM batch_jobs"
                             " WHERE array_size = 0 AND (stopped_ms = 0 OR stopped_ms >= ?)") +
              (queue.isEmpty() ? QString() : QStringLiteral(" AND queue = ?")));
    q.addBindValue(sinceMs);
    if (!queue.isEmpty())
        q.addBindValue(queue);
    return store::selectRows<JobSpan>(q, [](const QSqlQuery &row) {
        return JobSpan{row.value(0).toLongLong(), row.value(1).toLongLong(),
                       row.value(2).toLongLong()};
    });
}

Result<QList<pricing::BatchUsage>> BatchRepository::usage(qint64 sinceMs, const QString &queue,
                                                          const QString &jobId)
{
    QString sql = QStringLiteral(
        "SELECT json_extract(CASE WHEN length(j.spec) = 0 THEN p.spec ELSE j.spec END, '$.vcpus'),"
        " json_extract(CASE WHEN length(j.spec) = 0 THEN p.spec ELSE j.spec END, '$.memory'),"
        " (a.stopped_ms - a.started_ms) / 1000.0"
        " FROM batch_attempts a JOIN batch_jobs j ON j.id = a.job"
        " LEFT JOIN batch_jobs p ON j.parent <> '' AND p.id = j.parent"
        " WHERE a.started_ms > 0 AND a.stopped_ms >= a.started_ms AND a.stopped_ms >= ?");
    QVariantList values{sinceMs};
    if (!queue.isEmpty()) {
        sql += QStringLiteral(" AND j.queue = ?");
        values << queue;
    }
    if (!jobId.isEmpty()) {
        sql += QStringLiteral(" AND (j.id = ? OR j.parent = ?)");
        values << jobId << jobId;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return store::selectRows<pricing::BatchUsage>(q, [](const QSqlQuery &row) {
        pricing::BatchUsage u;
        u.vcpus = row.value(0).toDouble();
        u.memoryMb = row.value(1).toLongLong();
        u.attempts = 1;
        u.seconds = row.value(2).toDouble();
        return u;
    });
}

Result<int> BatchRepository::cancel(const QString &id, const QString &reason, qint64 nowMs)
{
    auto found = job(id);
    if (!found)
        return Result<int>::failure(found.problem());
    if (!*found)
        return Result<int>::failure(ErrorKind::NotFound, noJob(id));
    int changed = 0;
    const VoidResult done = m_db.transaction([&]() -> VoidResult {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "UPDATE batch_jobs SET status = 'FAILED', status_reason = ?, stopped_ms = ?"
            " WHERE (id = ? OR parent = ?) AND array_size = 0"
            " AND status IN ('SUBMITTED', 'RUNNABLE')"));
        q.addBindValue(reason);
        q.addBindValue(nowOr(nowMs));
        q.addBindValue((*found)->id);
        q.addBindValue((*found)->id);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        changed = q.numRowsAffected();
        // As Batch: a PENDING job is cancelled once what it depends on has
        // finished; until then it only carries the request.
        QSqlQuery pending(m_db.connection());
        // (Counted again when asked again, so a second cancel says so too.)
        pending.prepare(QStringLiteral(
            "UPDATE batch_jobs SET terminate_reason = CASE WHEN terminate_reason = '' THEN ?"
            " ELSE terminate_reason END WHERE (id = ? OR parent = ?)"
            " AND array_size = 0 AND status = 'PENDING'"));
        pending.addBindValue(reason.isEmpty() ? QStringLiteral("Cancelled") : reason);
        pending.addBindValue((*found)->id);
        pending.addBindValue((*found)->id);
        if (!pending.exec())
            return VoidResult::failure(pending.lastError().text());
        changed += pending.numRowsAffected();
        return {};
    });
    if (!done)
        return Result<int>::failure(done.problem());
    return changed;
}

Result<int> BatchRepository::terminate(const QString &id, const QString &reason, qint64 nowMs)
{
    auto cancelled = cancel(id, reason, nowMs);
    if (!cancelled)
        return cancelled;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE batch_jobs SET terminate_reason = ? WHERE (id = ? OR parent = ?)"
        " AND array_size = 0 AND status IN ('STARTING', 'RUNNING') AND terminate_reason = ''"));
    q.addBindValue(reason.isEmpty() ? QStringLiteral("Terminated") : reason);
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure<int>(q);
    return *cancelled + q.numRowsAffected();
}

} // namespace sloop::batch
