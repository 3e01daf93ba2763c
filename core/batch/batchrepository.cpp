#include "batchrepository.h"

#include "batchjson.h"
#include "pricing/batchprice.h"
#include "store/database.h"
#include "store/queryrows.h"
#include "store/sqlerrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sloop::batch {

namespace {

struct RepoText
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

qint64 nowOr(qint64 ms)
{
    return ms > 0 ? ms : QDateTime::currentMSecsSinceEpoch();
}

template <typename T> Result<T> sqlFailure(const QSqlQuery &q)
{
    return Result<T>::failure(q.lastError().text());
}

QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(','));
}

QStringList split(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

ComputeEnvironment environmentFromRow(const QSqlQuery &q)
{
    ComputeEnvironment e;
    e.name = q.value(0).toString();
    e.engines = split(q.value(1).toString());
    e.maxVcpus = q.value(2).toDouble();
    e.maxMemoryMb = q.value(3).toLongLong();
    e.enabled = q.value(4).toBool();
    e.createdMs = q.value(5).toLongLong();
    return e;
}

JobQueue queueFromRow(const QSqlQuery &q)
{
    JobQueue j;
    j.name = q.value(0).toString();
    j.priority = q.value(1).toInt();
    j.enabled = q.value(2).toBool();
    j.environments = split(q.value(3).toString());
    j.createdMs = q.value(4).toLongLong();
    return j;
}

JobDefinition definitionFromRow(const QSqlQuery &q)
{
    JobDefinition d;
    d.name = q.value(0).toString();
    d.revision = q.value(1).toInt();
    d.active = q.value(2).toBool();
    d.createdMs = q.value(4).toLongLong();
    (void)definitionSpecFromJson(q.value(3).toByteArray(), d);
    return d;
}

// A child's spec is its parent's (empty in its own row).
const QString kJobColumns = QStringLiteral(
    "j.seq, j.id, j.name, j.queue, j.definition, j.status, j.status_reason,"
    " CASE WHEN length(j.spec) = 0 THEN p.spec ELSE j.spec END, j.array_size, j.array_index,"
    " j.parent, j.depends_on, j.created_ms, j.started_ms, j.stopped_ms, j.attempts, j.engine,"
    " j.environment, j.terminate_reason"
    " FROM batch_jobs j LEFT JOIN batch_jobs p ON j.parent <> '' AND p.id = j.parent ");

Job jobFromRow(const QSqlQuery &q)
{
    Job j;
    j.seq = q.value(0).toLongLong();
    j.id = q.value(1).toString();
    j.name = q.value(2).toString();
    j.queue = q.value(3).toString();
    j.definition = q.value(4).toString();
    j.status = statusFromName(q.value(5).toString()).value_or(JobStatus::Failed);
    j.statusReason = q.value(6).toString();
    if (auto c = containerFromJson(q.value(7).toByteArray()))
        j.container = *c;
    j.arraySize = q.value(8).toInt();
    j.arrayIndex = q.value(9).toInt();
    j.parentId = q.value(10).toString();
    j.dependsOn = dependenciesFromJson(q.value(11).toByteArray());
    j.createdMs = q.value(12).toLongLong();
    j.startedMs = q.value(13).toLongLong();
    j.stoppedMs = q.value(14).toLongLong();
    j.attemptCount = q.value(15).toInt();
    j.engine = q.value(16).toString();
    j.environment = q.value(17).toString();
    j.terminateReason = q.value(18).toString();
    return j;
}

VoidResult changeOne(QSqlQuery &q, const QString &notFound)
{
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(ErrorKind::NotFound, notFound);
    return {};
}

QString noEnvironment(const QString &name)
{
    return RepoText::tr("There is no compute environment called \"%1\".").arg(name);
}

QString noQueue(const QString &name)
{
    return RepoText::tr("There is no job queue called \"%1\".").arg(name);
}

QString noJob(const QString &id)
{
    return RepoText::tr("There is no job %1.").arg(id);
}

// "?, ?, ?" for n values.
QString marks(int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return out;
}

} // namespace

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
    q.prepare(QStringLiteral("INSERT INTO batch_queues (name, priority, enabled, environments,"
                             " created_ms) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(queue.name);
    q.addBindValue(queue.priority);
    q.addBindValue(queue.enabled);
    q.addBindValue(joined(queue.environments));
    q.addBindValue(queue.createdMs);
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
    q.prepare(QStringLiteral("SELECT name, priority, enabled, environments, created_ms"
                             " FROM batch_queues ORDER BY priority DESC, created_ms, name"));
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

    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
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
            " attempts, engine, environment, terminate_reason)"
            " VALUES (?, ?, ?, ?, 'SUBMITTED', '', ?, ?, ?, ?, ?, ?, 0, 0, 0, '', '', '')"));
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
            " AND status IN ('SUBMITTED', 'PENDING', 'RUNNABLE')"));
        q.addBindValue(reason);
        q.addBindValue(nowOr(nowMs));
        q.addBindValue((*found)->id);
        q.addBindValue((*found)->id);
        if (!q.exec())
            return VoidResult::failure(q.lastError().text());
        changed = q.numRowsAffected();
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

Result<QList<Job>> BatchRepository::submitted(int limit)
{
    return selectJobs(QStringLiteral("WHERE j.status = 'SUBMITTED' AND j.array_size = 0"), {},
                      QStringLiteral(" ORDER BY j.seq LIMIT %1").arg(limit));
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
        q.prepare(QStringLiteral("UPDATE batch_jobs SET status = 'RUNNING',"
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
            " started_ms = CASE WHEN started_ms = 0 THEN ? ELSE started_ms END, stopped_ms = ?,"
            " exit_code = ?, reason = ?, status_reason = ?, log = ?, log_cut = ?"
            " WHERE job = ? AND attempt = ?"));
        a.addBindValue(store::sqlText(attempt.containerId));
        a.addBindValue(store::sqlText(attempt.containerId));
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
