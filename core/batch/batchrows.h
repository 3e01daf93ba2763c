#pragma once

// What the batch repository's files share (batchrepository.cpp for the
// environments, queues and definitions, batchjobs.cpp for jobs as people
// see them, batchtransitions.cpp for the dispatcher's moves): reading rows
// and the usual failures. Internal to core/batch.
#include "batchjson.h"
#include "batchtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sloop::batch::rows {

struct RepoText
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

inline qint64 nowOr(qint64 ms)
{
    return ms > 0 ? ms : QDateTime::currentMSecsSinceEpoch();
}

template <typename T> Result<T> sqlFailure(const QSqlQuery &q)
{
    return Result<T>::failure(q.lastError().text());
}

inline QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(','));
}

inline QStringList split(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

inline ComputeEnvironment environmentFromRow(const QSqlQuery &q)
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

inline JobQueue queueFromRow(const QSqlQuery &q)
{
    JobQueue j;
    j.name = q.value(0).toString();
    j.priority = q.value(1).toInt();
    j.enabled = q.value(2).toBool();
    j.environments = split(q.value(3).toString());
    j.createdMs = q.value(4).toLongLong();
    j.schedulingPolicy = q.value(5).toString();
    return j;
}

inline const QString kQueueColumns =
    QStringLiteral("name, priority, enabled, environments, created_ms, scheduling_policy");

inline SchedulingPolicy policyFromRow(const QSqlQuery &q)
{
    SchedulingPolicy p;
    p.name = q.value(0).toString();
    p.shareDecaySeconds = q.value(1).toInt();
    p.computeReservation = q.value(2).toInt();
    p.shares = sharesFromJson(q.value(3).toByteArray());
    p.createdMs = q.value(4).toLongLong();
    return p;
}

inline JobDefinition definitionFromRow(const QSqlQuery &q)
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
inline const QString kJobColumns = QStringLiteral(
    "j.seq, j.id, j.name, j.queue, j.definition, j.status, j.status_reason,"
    " CASE WHEN length(j.spec) = 0 THEN p.spec ELSE j.spec END, j.array_size, j.array_index,"
    " j.parent, j.depends_on, j.created_ms, j.started_ms, j.stopped_ms, j.attempts, j.engine,"
    " j.environment, j.terminate_reason, j.share_identifier, j.scheduling_priority"
    " FROM batch_jobs j LEFT JOIN batch_jobs p ON j.parent <> '' AND p.id = j.parent ");

inline Job jobFromRow(const QSqlQuery &q)
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
    j.shareIdentifier = q.value(19).toString();
    j.schedulingPriority = q.value(20).toInt();
    return j;
}

inline VoidResult changeOne(QSqlQuery &q, const QString &notFound)
{
    if (!q.exec())
        return VoidResult::failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return VoidResult::failure(ErrorKind::NotFound, notFound);
    return {};
}

inline QString noEnvironment(const QString &name)
{
    return RepoText::tr("There is no compute environment called \"%1\".").arg(name);
}

inline QString noQueue(const QString &name)
{
    return RepoText::tr("There is no job queue called \"%1\".").arg(name);
}

inline QString noPolicy(const QString &name)
{
    return RepoText::tr("There is no scheduling policy called \"%1\".").arg(name);
}

inline QString noJob(const QString &id)
{
    return RepoText::tr("There is no job %1.").arg(id);
}

// "?, ?, ?" for n values.
inline QString marks(int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return out;
}

} // namespace sloop::batch::rows
