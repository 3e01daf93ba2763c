#pragma once

#include "batchtypes.h"
#include "queuedepth.h"
#include "schedulingpolicy.h"

#include <QList>
#include <QMap>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::pricing {
struct BatchUsage;
}

namespace sloop::batch {

// What `submit` takes: the queue, the definition (NAME or NAME:REVISION) and
// the overrides AWS's SubmitJob allows.
struct SubmitRequest
{
    QString name;
    QString queue;
    QString definition;
    QMap<QString, QString> parameters;
    std::optional<QStringList> command;
    QMap<QString, QString> env; // added to the definition's
    std::optional<double> vcpus;
    std::optional<qint64> memoryMb;
    std::optional<int> attempts;
    std::optional<QList<ExitRule>> evaluateOnExit;
    std::optional<int> timeoutSeconds;
    int arraySize = 0; // 0: not an array
    QList<Dependency> dependsOn;
    QString shareIdentifier;               // required by a fair-share queue, else refused
    std::optional<int> schedulingPriority; // over the definition's
};

// A finished attempt in a fair-share queue, as the dispatcher's ledger
// counts it.
struct ShareAttempt
{
    QString queue;
    QString share;
    qint64 startedMs = 0;
    qint64 stoppedMs = 0;
    double vcpus = 0;
};

struct JobFilter
{
    QString queue;                   // empty: every queue
    std::optional<JobStatus> status; // none: every status
    QString search;                  // in the name or the id
    std::optional<QString> parent;   // none: top-level jobs; else that array's children
    int limit = 100;
    int offset = 0;
};

// The batch_* tables (schema step 19). Every change that moves a job is one
// transaction, guarded by the status it expects, so two writers (the CLI
// cancelling, the owner's dispatcher starting) never both win.
//
// Thread-safety: use on the thread of its Database.
class BatchRepository
{
public:
    explicit BatchRepository(store::Database &db)
        : m_db(db)
    {
    }

    // Compute environments: their engines must be named; removing one a
    // queue still lists is refused.
    Result<ComputeEnvironment> addEnvironment(ComputeEnvironment environment);
    Result<QList<ComputeEnvironment>> environments();
    Result<std::optional<ComputeEnvironment>> findEnvironment(const QString &name);
    VoidResult setEnvironmentEnabled(const QString &name, bool enabled);
    VoidResult setEnvironmentCapacity(const QString &name, double maxVcpus, qint64 maxMemoryMb);
    VoidResult removeEnvironment(const QString &name);

    // Job queues: their environments must exist; removing one with jobs
    // not finished is refused.
    Result<JobQueue> addQueue(JobQueue queue);
    Result<QList<JobQueue>> queues(); // by priority, highest first
    Result<std::optional<JobQueue>> findQueue(const QString &name);
    VoidResult setQueueEnabled(const QString &name, bool enabled);
    VoidResult setQueuePriority(const QString &name, int priority);
    VoidResult removeQueue(const QString &name);

    // Fair-share scheduling policies: a queue names one when it is made;
    // removing one a queue uses is refused.
    Result<SchedulingPolicy> addPolicy(SchedulingPolicy policy);
    Result<QList<SchedulingPolicy>> policies(); // by name
    Result<std::optional<SchedulingPolicy>> findPolicy(const QString &name);
    // Its decay, reservation and shares (AWS's UpdateSchedulingPolicy).
    VoidResult updatePolicy(const SchedulingPolicy &policy);
    VoidResult removePolicy(const QString &name);

    // Job definitions: registering a name again makes the next revision.
    Result<JobDefinition> registerDefinition(JobDefinition definition);
    Result<QList<JobDefinition>> definitions(bool withInactive = false); // by name, revision
    // "NAME" (its latest active revision) or "NAME:REVISION".
    Result<std::optional<JobDefinition>> findDefinition(const QString &reference);
    VoidResult deregisterDefinition(const QString &reference);

    // A new job (and an array's children, and what each waits for) in one
    // transaction, checked as SubmitJob checks it.
    Result<Job> submit(const SubmitRequest &request, qint64 nowMs = 0);
    Result<std::optional<Job>> job(const QString &id);
    Result<QList<Job>> jobs(const JobFilter &filter);
    Result<int> countJobs(const JobFilter &filter);
    // An array's children by status.
    Result<StatusSummary> childSummary(const QString &parentId);
    // An array's children's statuses, by index (light: no properties read).
    Result<QList<JobStatus>> childStatuses(const QString &parentId);
    // Jobs that run (not array parents) by queue and status.
    Result<QMap<QString, StatusSummary>> queueCounts();
    // The spans of a queue's jobs (every queue's, when empty) that had not
    // finished by sinceMs: what its depth chart is drawn from.
    Result<QList<JobSpan>> jobSpans(const QString &queue, qint64 sinceMs);
    Result<QList<Attempt>> attempts(const QString &jobId, bool withLogs = true);
    // One attempt's kept log (empty when there is none).
    Result<QByteArray> attemptLog(const QString &jobId, int attempt);
    // The finished attempts' sizes and seconds (one entry an attempt), of
    // those that ended since sinceMs; of one queue, or of one job (an
    // array's children too), when named. What `batch cost` prices.
    Result<QList<pricing::BatchUsage>> usage(qint64 sinceMs, const QString &queue = {},
                                             const QString &jobId = {});

    // CancelJob: a SUBMITTED or RUNNABLE job fails with the reason (an
    // array's children too); a PENDING one is marked, and fails once what it
    // depends on has finished, as Batch does; a STARTING or RUNNING one is
    // left alone. How many changed or were marked.
    Result<int> cancel(const QString &id, const QString &reason, qint64 nowMs = 0);
    // TerminateJob: as cancel, and a STARTING or RUNNING job is marked for
    // the dispatcher to stop. How many changed or were marked.
    Result<int> terminate(const QString &id, const QString &reason, qint64 nowMs = 0);

    // For the dispatcher.
    Result<QList<Job>> submitted(int limit);
    // PENDING jobs (only those a cancel marked, when asked), by submission.
    Result<QList<Job>> pending(bool onlyMarked, int limit);
    // SUBMITTED jobs without dependencies become RUNNABLE, at once.
    Result<int> releaseFreeSubmitted();
    Result<QList<Job>> runnableHead(const QString &queue, int limit);
    // A fair-share queue's share identifiers that have jobs in one of these
    // statuses (an index seek per share, not a scan of the queue).
    Result<QStringList> sharesWith(const QString &queue, const QList<JobStatus> &statuses);
    // One share's RUNNABLE jobs, higher scheduling priority first, then FIFO.
    Result<QList<Job>> runnableShareHead(const QString &queue, const QString &share, int limit);
    // The seq of that share's first job in that order, read from the index
    // alone (no job is read); 0 when it has none.
    Result<qint64> runnableShareHeadSeq(const QString &queue, const QString &share);
    // Attempts of fair-share queues' jobs that ended since sinceMs.
    Result<QList<ShareAttempt>> shareAttempts(qint64 sinceMs);
    Result<QList<Job>> inFlight(); // STARTING and RUNNING
    // Array parents not finished yet (SUBMITTED or PENDING), by id only.
    Result<QStringList> openArrayParents();
    Result<QStringList> dependencyIds(const QString &jobId);
    // The SUBMITTED or PENDING jobs waiting for this one.
    Result<QStringList> waitingOn(const QString &jobId);
    // Every job that depends on this one, whatever its status (at most `limit`).
    Result<QStringList> dependents(const QString &jobId, int limit);
    Result<QMap<QString, JobStatus>> statuses(const QStringList &ids);
    // Moves a job from `from` to `to`; false when it was no longer in `from`.
    Result<bool> move(const QString &id, JobStatus from, JobStatus to, const QString &reason,
                      qint64 nowMs = 0);
    VoidResult setReason(const QString &id, const QString &reason);
    // RUNNABLE → STARTING with its next attempt on that engine; false when
    // it was no longer RUNNABLE (cancelled meanwhile).
    Result<bool> beginAttempt(const Job &job, const QString &engine, const QString &environment,
                              qint64 nowMs);
    VoidResult markRunning(const QString &id, int attempt, const QString &containerId,
                           qint64 nowMs);
    // The attempt in flight ended: recorded, and the job goes to `next`
    // (RUNNABLE for a retry, SUCCEEDED or FAILED).
    VoidResult finishAttempt(const QString &id, const Attempt &attempt, JobStatus next,
                             const QString &statusReason, qint64 nowMs);
    // An array's parent follows its children: PENDING once any runs on,
    // SUCCEEDED when all did, FAILED when all finished and one failed.
    // The status it has now.
    Result<JobStatus> settleParent(const QString &parentId, qint64 nowMs);

private:
    Result<QList<Job>> selectJobs(const QString &where, const QVariantList &values,
                                  const QString &tail = {});
    store::Database &m_db;
};

} // namespace sloop::batch
