#pragma once

#include "schedule.h"
#include "util/result.h"

#include <QList>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::schedules {

// The schedules and schedule_runs tables (schema step 12). Each schedule
// keeps its latest kKeepRuns runs.
class ScheduleRepository
{
public:
    explicit ScheduleRepository(store::Database &db)
        : m_db(db)
    {
    }
    static constexpr int kKeepRuns = 200;

    // Checks (validate) and stores a new schedule; Conflict when the name is
    // taken. createdMs 0: now.
    Result<Schedule> add(Schedule schedule);
    Result<std::optional<Schedule>> find(const QString &name);
    Result<QList<Schedule>> all(); // by name
    Result<QList<Schedule>> forFunction(const QString &function);
    // Turning a schedule on starts it from now: fires while it was off are
    // not missed, they were not wanted.
    VoidResult setEnabled(const QString &name, bool enabled);
    VoidResult setLastHandled(const QString &name, qint64 scheduledMs);
    VoidResult remove(const QString &name); // NotFound when there is none
    // A deleted function's schedules go with it; how many did.
    Result<int> removeForFunction(const QString &function);

    Result<ScheduleRun> addRun(ScheduleRun run);
    // A queued run's outcome, once its Event invocation is done with; none
    // when no queued run has that request id.
    Result<std::optional<ScheduleRun>>
    settleRun(const QString &requestId, ScheduleRun::Outcome outcome, const QString &message);
    Result<QList<ScheduleRun>> runs(const QString &schedule, int limit = 50); // newest first
    // The job ids of Batch schedules' runs still queued (oldest first).
    Result<QStringList> queuedBatchJobs(int limit);

private:
    store::Database &m_db;
};

} // namespace sloop::schedules
