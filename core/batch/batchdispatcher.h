#pragma once

#include "batchtypes.h"
#include "capacityplanner.h"
#include "controlplane/ownerservice.h"
#include "schedulingpolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace sloop::swarm {
struct SwarmNode;
struct SwarmTask;
} // namespace sloop::swarm

namespace sloop::engine {
class EngineManager;
class EngineStream;
struct ContainerSummary;
} // namespace sloop::engine

namespace sloop::batch {

class BatchRepository;

// Runs Batch's jobs while this process owns the data folder (only the owner
// dispatches). Each pass: SUBMITTED jobs move on once what they depend on
// succeeded (or fail when it failed); queues, highest priority first, start
// their RUNNABLE jobs in FIFO order wherever they fit (CapacityPlanner); the
// containers of jobs in flight are watched through the engine (labels) and
// each ended attempt is recorded, retried as its retry strategy says, or
// finished.
//
// Exactly once, by construction: an attempt is written as STARTING before
// its container is made, and the container's name is the attempt's, so a
// second create fails instead of running it twice. After a crash the next
// owner finds each STARTING or RUNNING job's container by that name and
// carries on (starts it, waits for it, or records how it ended); an
// attempt's container is removed only after its outcome is stored.
//
// A Swarm environment's attempts are replicated-job services of one task,
// named and labelled like the containers (batchswarm.cpp): Swarm places
// them by their reservations, and their outcome is read from the task.
//
// Thread-safety: use on the thread that made it.
class BatchDispatcher : public QObject, public OwnerService
{
    Q_OBJECT
public:
    BatchDispatcher(BatchRepository &repo, engine::EngineManager &engines, QString folderTag,
                    QObject *parent = nullptr);
    ~BatchDispatcher() override;

    static constexpr int kTickMs = 1000;
    static constexpr int kHeadPerQueue = 64; // a queue's head looked at per pass
    static constexpr int kShareBatch = 8;    // a fair-share queue's share's jobs read at a time
    static constexpr int kSubmittedPerPass = 2000;
    static constexpr qint64 kSwarmMeasureMs = 15'000; // nodes join, leave, drain

    void start() override;
    void stop() override;
    bool running() const { return m_running; }
    // Looks again now, engines too (a job was submitted, cancelled or
    // terminated).
    void wake();
    // Tells the owner, if another process is the owner, through its admin API.
    static void tellOwner();

    // How long an engine may be unreachable before its attempts are lost
    // (tests shorten it).
    void setEngineLostMs(qint64 ms) { m_engineLostMs = ms; }
    const CapacityPlanner &planner() const { return m_planner; }
    // The label that tells this data folder's containers from another's.
    static constexpr auto kFolderLabel = "sloop.batch.folder";
    static constexpr auto kJobLabel = "sloop.batch.job";
    static constexpr auto kAttemptLabel = "sloop.batch.attempt";

Q_SIGNALS:
    // Something about jobs changed (the window refreshes).
    void changed();
    // A job (an array: its parent) reached SUCCEEDED or FAILED here.
    void jobFinished(const QString &id, bool succeeded, const QString &reason);
    void problem(const QString &message);

private:
    struct Flight
    {
        QString environment;
        QString engine;
        QString queue;
        QString share; // in a fair-share queue
        CapacityPlanner::Size size;
        bool launching = false; // create/start in progress
        bool killing = false;
        bool settling = false;
        QString killReason;
        qint64 attemptStartMs = 0;
    };

    enum class Waiting
    {
        Waiting, // what it depends on has not all finished
        Ready,   // all succeeded
        Failed   // one failed
    };
    Result<Waiting> dependencies(const QString &jobId);
    void pass();
    void schedulePass(); // a pass soon, without listing the engines
    void onEngineEvent(const QString &engine, const QByteArray &event);
    void releaseSubmitted();
    void resolveWaiting(const QString &finishedId);
    // PENDING jobs whose dependencies all finished without this process
    // resolving them (a cancel from elsewhere failed one, or they finished
    // before a restart): moved on now. All of them at start; those a cancel
    // marked on each pass.
    void resolvePending(bool onlyMarked);
    static constexpr int kPendingPerPass = 2000;
    void settleParents();
    void schedule();
    enum class Placement
    {
        Placed,
        NoRoom,    // not now: the queue (or the share) waits for room
        NeverFits, // bigger than every environment the queue has
    };
    // Starts the job on the first of its queue's environments with room,
    // leaving `reserve(environment)` vCPUs of each environment free.
    Placement place(const Job &job, const JobQueue &queue,
                    const QHash<QString, ComputeEnvironment> &environments,
                    const std::function<double(const ComputeEnvironment &)> &reserve = {});
    // A fair-share queue's pass (batchfairshare.cpp).
    void scheduleFairShare(const JobQueue &queue, const SchedulingPolicy &policy,
                           const QHash<QString, ComputeEnvironment> &environments);
    void seedShareLedger();
    void watch();
    void watchEngine(const QString &engine, const QList<engine::ContainerSummary> &containers);
    void launch(const Job &job, const QString &engine, const QString &environment);
    void settle(const Job &job, const QString &containerId);
    // An attempt in flight whose container (or service, `what`) is not
    // there: made now when it never was, else lost.
    // The jobs of the attempts in flight, by id, read in one query; a flight
    // whose job finished by another path lets its room go. Nothing when the
    // store cannot be read.
    std::optional<QHash<QString, Job>> flyingJobs();
    void attemptVanished(const Job &job, const QString &engine, const QString &environment,
                         const QString &what);
    // The attempt in flight ended without an exit code (could not be made,
    // started, or its engine was lost).
    void failAttempt(const Job &job, const QString &reason, const QString &statusReason,
                     bool mayRetry);
    void recordEnd(const Job &job, Attempt attempt, const QString &statusReason, bool mayRetry);
    void measureEngine(const QString &engine);
    // The engine's attempts are lost once it has been unreachable long enough.
    void noteUnreachable(const QString &engine, const QString &error);
    // Swarm environments (batchswarm.cpp); `target` is swarmTarget(manager).
    void measureSwarm(const QString &target);
    void applyNodes(const QString &target, const QList<swarm::SwarmNode> &nodes);
    void launchOnSwarm(const Job &job, const QString &target);
    void watchSwarm(const QString &target, const std::function<void()> &done);
    void watchSwarmJobs(const QString &target, const QHash<QString, QString> &serviceIds,
                        const QList<swarm::SwarmTask> &tasks);
    // Reads the attempt's log, records how it ended and removes its service.
    void settleSwarm(const Job &job, const QString &service, const swarm::SwarmTask &task,
                     const QString &killReason);
    void followEvents(const QString &engine);
    void loadInFlight();

    BatchRepository &m_repo;
    engine::EngineManager &m_engines;
    QString m_folderTag;
    CapacityPlanner m_planner;
    QTimer m_timer;
    bool m_running = false;
    bool m_passQueued = false;
    bool m_watching = false;
    bool m_watchAgain = false;
    bool m_watchDue = true;
    QHash<QString, Flight> m_flights; // job id → its attempt in flight
    ShareUsageLedger m_ledger;        // fair-share queues' recent attempts
    QSet<QString> m_measuring;
    QHash<QString, qint64> m_unreachableSince; // engine → ms
    QHash<QString, qint64> m_measuredMs;       // swarm target → when its nodes were read
    QHash<QString, QHash<QString, QString>> m_nodeNames; // swarm target → node id → hostname
    QHash<QString, qint64> m_nodeDownSince;              // swarm node id → ms
    QHash<QString, int> m_logReads;                      // job id → failed log reads
    bool m_swarmLookQueued = false;
    QHash<QString, QPointer<engine::EngineStream>> m_events;
    QSet<QString> m_finishedParentsPending; // parents whose children moved
    qint64 m_engineLostMs = 30'000;
};

} // namespace sloop::batch
