#include "batchrepository.h"

#include "batchrows.h"
#include "pricing/batchprice.h"
#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

#include <QUuid>

namespace sloop::batch {

using namespace rows;

// --- compute environments ---------------------------------------------------

Result<ComputeEnvironment> BatchRepository::addEnvironment(ComputeEnvironment e)
{
    if (auto ok = validate(e); !ok)
        return Result<ComputeEnvironment>::failure(ok.problem());
    e.createdMs = nowOr(e.createdMs);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO batch_environments (name, engines, max_vcpus,"
                             " max_memory_mb, enabled, created_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.name);
    q.addBindValue(joined(e.engines));
    q.addBindValue(e.maxVcpus);
    q.addBindValue(e.maxMemoryMb);
    q.addBindValue(e.enabled);
    q.addBindValue(e.createdMs);
    if (!q.exec()) {
        if (store::isUniqueViolation(q.lastError()))
            return Result<ComputeEnvironment>::failure(
                ErrorKind::Conflict,
                RepoText::tr("There is already a compute environment called \"%1\".").arg(e.name));
        return sqlFailure<ComputeEnvironment>(q);
    }
    return e;
}

Result<QList<ComputeEnvironment>> BatchRepository::environments()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, engines, max_vcpus, max_memory_mb, enabled, created_ms"
                             " FROM batch_environments ORDER BY name COLLATE NOCASE"));
    return store::selectRows<ComputeEnvironment>(q, environmentFromRow);
}

Result<std::optional<ComputeEnvironment>> BatchRepository::findEnvironment(const QString &name)
{
    auto all = environments();
    if (!all)
        return Result<std::optional<ComputeEnvironment>>::failure(all.problem());
    for (const ComputeEnvironment &e : *all)
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::optional<ComputeEnvironment>(e);
    return std::optional<ComputeEnvironment>();
}

VoidResult BatchRepository::setEnvironmentEnabled(const QString &name, bool enabled)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE batch_environments SET enabled = ? WHERE name = ?"));
    q.addBindValue(enabled);
    q.addBindValue(name);
    return changeOne(q, noEnvironment(name));
}

VoidResult BatchRepository::setEnvironmentCapacity(const QString &name, double maxVcpus,
                                                   qint64 maxMemoryMb)
{
    auto found = findEnvironment(name);
    if (!found)
        return VoidResult::failure(found.problem());
    if (!*found)
        return VoidResult::failure(ErrorKind::NotFound, noEnvironment(name));
    ComputeEnvironment e = **found;
    e.maxVcpus = maxVcpus;
    e.maxMemoryMb = maxMemoryMb;
    if (auto ok = validate(e); !ok)
        return ok;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE batch_environments SET max_vcpus = ?, max_memory_mb = ? WHERE name = ?"));
    q.addBindValue(maxVcpus);
    q.addBindValue(maxMemoryMb);
    q.addBindValue(name);
    return changeOne(q, noEnvironment(name));
}

VoidResult BatchRepository::removeEnvironment(const QString &name)
{
    auto all = queues();
    if (!all)
        return VoidResult::failure(all.problem());
    for (const JobQueue &queue : *all)
        for (const QString &e : queue.environments)
            if (e.compare(name, Qt::CaseInsensitive) == 0)
                return VoidResult::failure(
                    ErrorKind::Conflict,
                    RepoText::tr("The job queue \"%1\" uses the compute environment \"%2\": "
                                 "remove the queue first.")
                        .arg(queue.name, name));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM batch_environments WHERE name = ?"));
    q.addBindValue(name);
    return changeOne(q, noEnvironment(name));
}

// --- job queues -------------------------------------------------------------

Result<JobQueue> BatchRepository::addQueue(JobQueue queue)
{
    if (auto ok = validate(queue); !ok)
        return Result<JobQueue>::failure(ok.problem());
    if (!queue.schedulingPolicy.isEmpty()) {
        auto policy = findPolicy(queue.schedulingPolicy);
        if (!policy)
            return Result<JobQueue>::failure(policy.problem());
        if (!*policy)
            return Result<JobQueue>::failure(ErrorKind::NotFound, noPolicy(queue.schedulingPolicy));
        queue.schedulingPolicy = (*policy)->name;
    }
    for (QString &name : queue.environments) {
        auto found = findEnvironment(name);
        if (!found)
            return Result<JobQueue>::failure(found.problem());
        if (!*found)
            return Result<JobQueue>::failure(ErrorKind::NotFound, noEnvironment(name));
        name = (*found)->name;
    }
    queue.createdMs = nowOr(queue.createdMs);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO batch_queues (") + kQueueColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(queue.name);
    q.addBindValue(queue.priority);
    q.addBindValue(queue.enabled);
    q.addBindValue(joined(queue.environments));
    q.addBindValue(queue.createdMs);
    q.addBindValue(store::sqlText(queue.schedulingPolicy));
    if (!q.exec()) {
        if (store::isUniqueViolation(q.lastError()))
            return Result<JobQueue>::failure(
                ErrorKind::Conflict,
                RepoText::tr("There is already a job queue called \"%1\".").arg(queue.name));
        return sqlFailure<JobQueue>(q);
    }
    return queue;
}

Result<QList<JobQueue>> BatchRepository::queues()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kQueueColumns +
              QStringLiteral(" FROM batch_queues ORDER BY priority DESC, created_ms, name"));
    return store::selectRows<JobQueue>(q, queueFromRow);
}

Result<std::optional<JobQueue>> BatchRepository::findQueue(const QString &name)
{
    auto all = queues();
    if (!all)
        return Result<std::optional<JobQueue>>::failure(all.problem());
    for (const JobQueue &queue : *all)
        if (queue.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::optional<JobQueue>(queue);
    return std::optional<JobQueue>();
}

VoidResult BatchRepository::setQueueEnabled(const QString &name, bool enabled)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE batch_queues SET enabled = ? WHERE name = ?"));
    q.addBindValue(enabled);
    q.addBindValue(name);
    return changeOne(q, noQueue(name));
}

VoidResult BatchRepository::setQueuePriority(const QString &name, int priority)
{
    JobQueue check;
    check.name = name;
    check.priority = priority;
    check.environments = {name};
    if (auto ok = validate(check); !ok)
        return ok;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE batch_queues SET priority = ? WHERE name = ?"));
    q.addBindValue(priority);
    q.addBindValue(name);
    return changeOne(q, noQueue(name));
}

VoidResult BatchRepository::removeQueue(const QString &name)
{
    QSqlQuery busy(m_db.connection());
    busy.prepare(QStringLiteral("SELECT count(*) FROM batch_jobs WHERE queue = ?"
                                " AND status NOT IN ('SUCCEEDED', 'FAILED')"));
    busy.addBindValue(name);
    if (!busy.exec() || !busy.next())
        return VoidResult::failure(busy.lastError().text());
    if (const int n = busy.value(0).toInt(); n > 0)
        return VoidResult::failure(
            ErrorKind::Conflict,
            RepoText::tr("The job queue \"%1\" has %n unfinished job(s): cancel or terminate "
                         "them first.",
                         nullptr, n)
                .arg(name));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM batch_queues WHERE name = ?"));
    q.addBindValue(name);
    return changeOne(q, noQueue(name));
}

// --- job definitions --------------------------------------------------------

Result<JobDefinition> BatchRepository::registerDefinition(JobDefinition d)
{
    if (auto ok = validate(d); !ok)
        return Result<JobDefinition>::failure(ok.problem());
    d.createdMs = nowOr(d.createdMs);
    d.active = true;
    const VoidResult stored = m_db.transaction([&]() -> VoidResult {
        QSqlQuery last(m_db.connection());
        last.prepare(QStringLiteral(
            "SELECT coalesce(max(revision), 0), min(name) FROM batch_definitions WHERE name = ?"));
        last.addBindValue(d.name);
        if (!last.exec() || !last.next())
            return VoidResult::failure(last.lastError().text());
        d.revision = last.value(0).toInt() + 1;
        if (!last.value(1).toString().isEmpty())
            d.name = last.value(1).toString(); // the spelling it was first registered with
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO batch_definitions (name, revision, active, spec,"
                                 " created_ms) VALUES (?, ?, 1, ?, ?)"));
        q.addBindValue(d.name);
        q.addBindValue(d.revision);
        q.addBindValue(definitionSpecToJson(d));
        q.addBindValue(d.createdMs);
        return store::execute(q);
    });
    if (!stored)
        return Result<JobDefinition>::failure(stored.problem());
    return d;
}

Result<QList<JobDefinition>> BatchRepository::definitions(bool withInactive)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, revision, active, spec, created_ms FROM"
                             " batch_definitions ") +
              (withInactive ? QString() : QStringLiteral("WHERE active = 1 ")) +
              QStringLiteral("ORDER BY name COLLATE NOCASE, revision"));
    return store::selectRows<JobDefinition>(q, definitionFromRow);
}

Result<std::optional<JobDefinition>> BatchRepository::findDefinition(const QString &reference)
{
    const int colon = reference.lastIndexOf(QLatin1Char(':'));
    bool numbered = false;
    const int revision = colon > 0 ? reference.mid(colon + 1).toInt(&numbered) : 0;
    QSqlQuery q(m_db.connection());
    if (numbered) {
        q.prepare(QStringLiteral("SELECT name, revision, active, spec, created_ms FROM"
                                 " batch_definitions WHERE name = ? AND revision = ?"));
        q.addBindValue(reference.left(colon));
        q.addBindValue(revision);
    } else {
        q.prepare(QStringLiteral("SELECT name, revision, active, spec, created_ms FROM"
                                 " batch_definitions WHERE name = ? AND active = 1"
                                 " ORDER BY revision DESC LIMIT 1"));
        q.addBindValue(reference);
    }
    auto rows = store::selectRows<JobDefinition>(q, definitionFromRow);
    if (!rows)
        return Result<std::optional<JobDefinition>>::failure(rows.problem());
    if (rows->isEmpty())
        return std::optional<JobDefinition>();
    return std::optional<JobDefinition>(rows->first());
}

VoidResult BatchRepository::deregisterDefinition(const QString &reference)
{
    auto found = findDefinition(reference);
    if (!found)
        return VoidResult::failure(found.problem());
    if (!*found)
        return VoidResult::failure(
            ErrorKind::NotFound,
            RepoText::tr("There is no active job definition \"%1\".").arg(reference));
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE batch_definitions SET active = 0 WHERE name = ? AND revision = ?"));
    q.addBindValue((*found)->name);
    q.addBindValue((*found)->revision);
    return store::execute(q);
}

} // namespace sloop::batch
