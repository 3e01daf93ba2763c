#pragma once

#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sloop::batch {

// AWS Batch's model (core/batch): compute environments, job queues, job
// definitions and jobs, with AWS's names, limits and reason texts, so a
// person who learns them here meets the same words on AWS.

// Where jobs may run: one engine or several, and how much of them Sloop may
// use at once. A DISABLED environment starts nothing new; what runs finishes.
//
// Or a Swarm: its one entry is swarmTarget(MANAGER), and jobs run as
// replicated-job services that Swarm places on its nodes.
struct ComputeEnvironment
{
    QString name;
    QStringList engines; // engine names (the local one, a host's, Podman's)
    double maxVcpus = 0;
    qint64 maxMemoryMb = 0; // 0: only what each engine has
    bool enabled = true;
    qint64 createdMs = 0;
    // The manager engine when the environment is a Swarm, else empty.
    QString swarmManager() const;
};

// "swarm:MANAGER": where a Swarm environment's jobs go (an engine name has
// no ':', so the two never meet).
QString swarmTarget(const QString &managerEngine);
bool isSwarmTarget(const QString &engine);
QString managerOf(const QString &swarmTargetName); // the engine after "swarm:"

// FIFO within a queue (or, with a scheduling policy, fair share between its
// share identifiers: schedulingpolicy.h); across the queues sharing an
// environment, the higher priority first.
struct JobQueue
{
    QString name;
    int priority = 1;
    bool enabled = true;
    QStringList environments; // tried in this order
    QString schedulingPolicy; // empty: FIFO
    qint64 createdMs = 0;
};

// One rule of a retry strategy's evaluateOnExit: patterns may end with '*'.
struct ExitRule
{
    QString onExitCode;
    QString onReason;
    QString onStatusReason;
    bool retry = true; // RETRY or EXIT
    bool operator==(const ExitRule &) const = default;
};

// What a job runs: a definition's container properties, or a job's after
// its overrides.
struct ContainerProperties
{
    QString image;
    QStringList command;        // may hold Ref::name parameters
    QMap<QString, QString> env; // NAME → value
    double vcpus = 1;           // 0.25 steps
    qint64 memoryMb = 2048;     // hard limit
    int attempts = 1;           // 1–10
    QList<ExitRule> evaluateOnExit;
    int timeoutSeconds = 0; // 0: none; else ≥ 60
    QString user;
    QString workingDir;
    QStringList volumes; // "SOURCE:TARGET[:ro]"
    bool operator==(const ContainerProperties &) const = default;
};

// A named, versioned job definition; registering a name again makes the
// next revision. A deregistered (INACTIVE) revision takes no new jobs.
struct JobDefinition
{
    QString name;
    int revision = 0;
    bool active = true;
    ContainerProperties container;
    QMap<QString, QString> parameters; // defaults for Ref::name
    QMap<QString, QString> tags;
    int schedulingPriority = 0; // within a share of a fair-share queue, higher first
    qint64 createdMs = 0;
    QString reference() const { return name + QLatin1Char(':') + QString::number(revision); }
};

enum class JobStatus
{
    Submitted,
    Pending,
    Runnable,
    Starting,
    Running,
    Succeeded,
    Failed
};
QString statusName(JobStatus status); // "SUBMITTED"…
std::optional<JobStatus> statusFromName(const QString &name);
bool isFinished(JobStatus status);
const QList<JobStatus> &allStatuses();

enum class DependencyType
{
    Plain,     // the job (all of an array's children) must succeed first
    NToN,      // child i waits for child i of the other array
    Sequential // child i waits for child i-1 of its own array
};
struct Dependency
{
    QString jobId; // empty for SEQUENTIAL
    DependencyType type = DependencyType::Plain;
    bool operator==(const Dependency &) const = default;
};
QString dependencyTypeName(DependencyType type); // "", "N_TO_N", "SEQUENTIAL"

// One run of a job's container.
struct Attempt
{
    int number = 0; // 1…
    QString engine;
    QString containerId;
    qint64 startedMs = 0;
    qint64 stoppedMs = 0;
    int exitCode = -1;    // -1: none (never started, engine lost)
    QString reason;       // the container's: "OutOfMemoryError…", "CannotPullContainerError…"
    QString statusReason; // the job's after this attempt
    QByteArray log;       // the end of what it wrote (kLogKeepBytes at most)
    bool logCut = false;
};

struct Job
{
    QString id; // a UUID; an array child is "ID:INDEX"
    QString name;
    QString queue;
    QString definition; // NAME:REVISION
    JobStatus status = JobStatus::Submitted;
    QString statusReason;
    ContainerProperties container; // after overrides, parameters substituted
    int arraySize = 0;             // > 0 on an array's parent
    int arrayIndex = -1;           // ≥ 0 on an array's child
    QString parentId;              // on a child
    QList<Dependency> dependsOn;
    qint64 seq = 0; // FIFO order within the queue
    qint64 createdMs = 0;
    qint64 startedMs = 0;
    qint64 stoppedMs = 0;
    int attemptCount = 0;
    QString engine;          // of the attempt in flight
    QString environment;     // of the attempt in flight
    QString terminateReason; // asked while STARTING or RUNNING, or cancel while PENDING
    QString shareIdentifier; // in a fair-share queue
    int schedulingPriority = 0;
    bool isArrayParent() const { return arraySize > 0; }
};

// A parent's children by status.
using StatusSummary = QMap<JobStatus, int>;

// AWS's limits and texts.
constexpr int kMaxAttempts = 10;
constexpr int kMinTimeoutSeconds = 60;
constexpr int kMinArraySize = 2;
constexpr int kMaxArraySize = 10'000;
constexpr int kMaxDependencies = 20;
constexpr int kMaxExitRules = 5;
constexpr qint64 kLogKeepBytes = 1 << 20;
QString essentialContainerExited();              // "Essential container in task exited"
QString timeoutReason();                         // "Job attempt duration exceeded timeout"
QString dependencyFailedReason();                // "Dependent Job failed"
QString resourceMisconfiguredReason();           // MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT - …
QString engineLostReason(const QString &engine); // "Host EC2 (engine E) terminated."

// The checks AWS makes on create/register/submit; the message names the field.
VoidResult validate(const ComputeEnvironment &environment);
VoidResult validate(const JobQueue &queue);
VoidResult validate(const JobDefinition &definition);
VoidResult validateContainer(const ContainerProperties &container);
bool isValidName(const QString &name); // [A-Za-z0-9_-]{1,128}, a letter or digit first

// Ref::name in the command replaced by the parameter's value (AWS leaves an
// unknown reference as it is).
QStringList substituteParameters(const QStringList &command,
                                 const QMap<QString, QString> &parameters);

// "sloop-batch-…": the container of one attempt, unique per data folder,
// so that creating it twice fails instead of running it twice.
QString containerName(const QString &folderTag, const QString &jobId, int attempt);
// The same for a Swarm environment's attempt: a service name, which Swarm
// keeps to 63 characters ("sloop-TAG-UUID[-INDEX]-ATTEMPT").
QString swarmServiceName(const QString &folderTag, const QString &jobId, int attempt);
// A short tag of the data folder's database: two data folders sharing an
// engine never take each other's containers.
QString folderTag(const QString &databaseFile);

} // namespace sloop::batch
