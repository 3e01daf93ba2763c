#pragma once

// What the dispatcher's two files share (batchdispatcher.cpp: passes,
// dependencies, scheduling and launching; batchwatch.cpp: watching attempts
// and recording how they ended). Internal to core/batch.
#include "batchtypes.h"
#include "capacityplanner.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace sloop::batch {

Q_DECLARE_LOGGING_CATEGORY(lcBatch)

namespace dispatch {

inline qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline CapacityPlanner::Size sizeOf(const Job &job)
{
    return {job.container.vcpus, job.container.memoryMb};
}

// What AWS Batch puts in every attempt's environment, after the job's own.
inline QStringList attemptEnvironment(const Job &job, int attempt)
{
    QStringList env;
    for (auto it = job.container.env.cbegin(); it != job.container.env.cend(); ++it)
        env << it.key() + QLatin1Char('=') + it.value();
    env << QStringLiteral("AWS_BATCH_JOB_ID=") + job.id
        << QStringLiteral("AWS_BATCH_JOB_ATTEMPT=") + QString::number(attempt)
        << QStringLiteral("AWS_BATCH_JQ_NAME=") + job.queue
        << QStringLiteral("AWS_BATCH_CE_NAME=") + job.environment;
    if (job.arrayIndex >= 0)
        env << QStringLiteral("AWS_BATCH_JOB_ARRAY_INDEX=") + QString::number(job.arrayIndex);
    return env;
}

inline bool isLive(const QString &state)
{
    return state == QLatin1String("running") || state == QLatin1String("paused") ||
           state == QLatin1String("restarting") || state == QLatin1String("removing");
}

} // namespace dispatch

} // namespace sloop::batch
