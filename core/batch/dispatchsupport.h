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

inline bool isLive(const QString &state)
{
    return state == QLatin1String("running") || state == QLatin1String("paused") ||
           state == QLatin1String("restarting") || state == QLatin1String("removing");
}

} // namespace dispatch

} // namespace sloop::batch
