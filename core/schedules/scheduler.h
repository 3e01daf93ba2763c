#pragma once

#include "controlplane/ownerservice.h"
#include "schedule.h"
#include "schedulerepository.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace sloop::functions {
class FunctionService;
}

namespace sloop::schedules {

// Fires the schedules: the owner of a data folder runs it (one process, so
// a fire happens once). It sleeps until the earliest next fire, and at most
// kPollMs, so schedules another process added or changed are seen too.
//
// Each fire invokes the schedule's function (asynchronously, as EventBridge
// does) and its outcome is kept as a run. Fires whose time passed while no
// control plane ran are missed: reported as one run per gap, never silently
// dropped, and, for a schedule that asks for it, caught up with one
// invocation for the latest of them. A fire is on time within kGraceMs.
//
// Thread-safety: use on the thread that made it.
class Scheduler : public QObject, public OwnerService
{
    Q_OBJECT
public:
    Scheduler(ScheduleRepository &repository, functions::FunctionService &functions,
              QObject *parent = nullptr);
    ~Scheduler() override;

    static constexpr int kPollMs = 30'000;
    static constexpr qint64 kGraceMs = 60'000;
    // Missed fires are counted up to this many.
    static constexpr int kMaxCounted = 10'000;

    void start() override;
    void stop() override;
    bool running() const { return m_running; }

    // Reads the schedules again now (one was added, changed or removed).
    void reload();
    // An Event invocation is done with (AsyncDispatcher::finished): the
    // queued run with that request id gets its outcome.
    void eventFinished(const QString &requestId, const QString &function, const QString &condition,
                       const QString &lastError);
    // Tells the owner of the data folder, when another process is it, that
    // the schedules changed (through its admin API); without one, or when
    // it does not answer, its next poll sees them.
    static void tellOwner();

    // The clock it reads; tests set one.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Submits a Batch schedule's job (the control plane's batch store);
    // answers the job's id. Without one, Batch schedules fail their fires.
    using BatchSubmitter =
        std::function<Result<QString>(const Schedule &schedule, const QDateTime &scheduled)>;
    void setBatchSubmitter(BatchSubmitter submit) { m_submitBatch = std::move(submit); }
    // A job a fire submitted has finished: its run is settled.
    void jobFinished(const QString &jobId, bool succeeded, const QString &reason);
    // How a Batch job ended (succeeded, its reason), or nothing while it has
    // not; for jobs another process cancelled or terminated.
    using BatchOutcome =
        std::function<std::optional<std::pair<bool, QString>>(const QString &jobId)>;
    void setBatchOutcome(BatchOutcome outcome) { m_batchOutcome = std::move(outcome); }
    // Settles the queued runs whose jobs finished without this process
    // seeing it (a cancel from the CLI): on each poll, and when asked.
    void settleFinishedJobs();
    static constexpr int kSettleBatch = 200; // queued runs looked at per call

Q_SIGNALS:
    // A run was stored: a fire's outcome, or missed fires.
    void ran(const sloop::schedules::ScheduleRun &run);
    // A store or engine problem while firing, for the window's status line.
    void problem(const QString &message);

private:
    void wake();
    void handle(const Schedule &schedule, const QDateTime &now);
    void fire(const Schedule &schedule, const QDateTime &scheduled, bool caughtUp);
    void keep(ScheduleRun run);

    ScheduleRepository &m_repo;
    functions::FunctionService &m_functions;
    QTimer m_timer;
    BatchOutcome m_batchOutcome;
    bool m_running = false;
    BatchSubmitter m_submitBatch;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
};

} // namespace sloop::schedules
