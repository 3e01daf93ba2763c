#include "batchdispatcher.h"

#include "attemptlog.h"
#include "batchrepository.h"
#include "controlplane/adminapi.h"
#include "controlplane/ownerlease.h"
#include "dispatchsupport.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "engine/streamdecoders.h"
#include "exitrules.h"
#include "util/futures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace sloop::batch {

Q_LOGGING_CATEGORY(lcBatch, "sloop.batch")

using namespace dispatch;

BatchDispatcher::BatchDispatcher(BatchRepository &repo, engine::EngineManager &engines,
                                 QString folderTag, QObject *parent)
    : QObject(parent)
    , m_repo(repo)
    , m_engines(engines)
    , m_folderTag(std::move(folderTag))
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_watchDue = true;
        pass();
    });
}

BatchDispatcher::~BatchDispatcher()
{
    stop();
}

void BatchDispatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_planner.clear();
    m_flights.clear();
    loadInFlight();
    seedShareLedger();
    resolvePending(false);
    m_timer.start();
    wake();
    qCInfo(lcBatch) << "dispatching batch jobs," << m_flights.size() << "in flight";
}

void BatchDispatcher::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    for (const QPointer<engine::EngineStream> &stream : std::as_const(m_events))
        if (stream)
            stream->deleteLater();
    m_events.clear();
    // Containers keep running: the next owner finds them by name.
    m_flights.clear();
    m_planner.clear();
    m_measuring.clear();
    m_unreachableSince.clear();
}

void BatchDispatcher::wake()
{
    m_watchDue = true; // from outside: a terminate may wait for the watch
    schedulePass();
}

void BatchDispatcher::schedulePass()
{
    if (!m_running || m_passQueued)
        return;
    m_passQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_passQueued = false;
        pass();
    });
}

void BatchDispatcher::tellOwner()
{
    const auto owner = OwnerLease::holder();
    if (owner && owner->pid != QCoreApplication::applicationPid() && !owner->adminSocket.isEmpty())
        adminRequest(owner->adminSocket, "POST", "/v1/batch/wake", 2000);
}

void BatchDispatcher::loadInFlight()
{
    const auto jobs = m_repo.inFlight();
    if (!jobs) {
        Q_EMIT problem(jobs.error());
        return;
    }
    for (const Job &job : *jobs) {
        Flight f;
        f.environment = job.environment;
        f.engine = job.engine;
        f.queue = job.queue;
        f.share = job.shareIdentifier;
        f.size = sizeOf(job);
        f.attemptStartMs = now();
        if (const auto tries = m_repo.attempts(job.id, false);
            tries && !tries->isEmpty() && tries->last().startedMs > 0)
            f.attemptStartMs = tries->last().startedMs;
        m_flights.insert(job.id, f);
        m_planner.hold(f.environment, f.engine, f.size);
    }
}

void BatchDispatcher::pass()
{
    if (!m_running)
        return;
    releaseSubmitted();
    resolvePending(true);
    settleParents();
    schedule();
    // The engines are listed on the tick and when asked from outside; an
    // exit is heard from the engine's events in between (onEngineEvent).
    if (m_watchDue) {
        m_watchDue = false;
        watch();
    }
}

// --- dependencies -------------------------------------------------------------

Result<BatchDispatcher::Waiting> BatchDispatcher::dependencies(const QString &jobId)
{
    const auto deps = m_repo.dependencyIds(jobId);
    if (!deps)
        return Result<Waiting>::failure(deps.problem());
    const auto known = m_repo.statuses(*deps);
    if (!known)
        return Result<Waiting>::failure(known.problem());
    bool allDone = true;
    for (const QString &dep : *deps) {
        const JobStatus s = known->value(dep, JobStatus::Failed); // gone: failed
        if (s == JobStatus::Failed)
            return Waiting::Failed;
        allDone = allDone && s == JobStatus::Succeeded;
    }
    return allDone ? Waiting::Ready : Waiting::Waiting;
}

void BatchDispatcher::releaseSubmitted()
{
    const auto freed = m_repo.releaseFreeSubmitted();
    if (!freed) {
        Q_EMIT problem(freed.error());
        return;
    }
    bool moved = *freed > 0;
    const auto waiting = m_repo.submitted(kSubmittedPerPass);
    if (!waiting) {
        Q_EMIT problem(waiting.error());
        return;
    }
    QStringList failed;
    for (const Job &job : *waiting) {
        const auto verdict = dependencies(job.id);
        if (!verdict)
            continue;
        if (*verdict == Waiting::Failed) {
            (void)m_repo.move(job.id, JobStatus::Submitted, JobStatus::Failed,
                              dependencyFailedReason());
            Q_EMIT jobFinished(job.id, false, dependencyFailedReason());
            failed << job.id;
        } else {
            (void)m_repo.move(job.id, JobStatus::Submitted,
                              *verdict == Waiting::Ready ? JobStatus::Runnable : JobStatus::Pending,
                              {});
        }
        moved = true;
    }
    for (const QString &id : std::as_const(failed))
        resolveWaiting(id);
    if (moved)
        Q_EMIT changed();
}

void BatchDispatcher::resolveWaiting(const QString &finishedId)
{
    // A queue, not recursion: a failure runs down a chain of 10,000
    // SEQUENTIAL children.
    QStringList todo{finishedId};
    while (!todo.isEmpty()) {
        const QString done = todo.takeFirst();
        const auto waiting = m_repo.waitingOn(done);
        if (!waiting)
            continue;
        for (const QString &id : *waiting) {
            const auto verdict = dependencies(id);
            const auto job = m_repo.job(id);
            if (!verdict || !job || !*job)
                continue;
            if (*verdict == Waiting::Failed) {
                // A cancel asked while it waited says why, before the failure.
                const QString reason = (*job)->terminateReason.isEmpty() ? dependencyFailedReason()
                                                                         : (*job)->terminateReason;
                if (const auto moved = m_repo.move(id, (*job)->status, JobStatus::Failed, reason);
                    moved && *moved) {
                    Q_EMIT jobFinished(id, false, reason);
                    todo << id;
                }
            } else if (*verdict == Waiting::Ready && !(*job)->terminateReason.isEmpty()) {
                // Cancelled while it waited: it fails now, as Batch cancels
                // a PENDING job once its dependencies have finished.
                const QString reason = (*job)->terminateReason;
                if (const auto moved = m_repo.move(id, (*job)->status, JobStatus::Failed, reason);
                    moved && *moved) {
                    Q_EMIT jobFinished(id, false, reason);
                    todo << id;
                }
            } else if (*verdict == Waiting::Ready) {
                (void)m_repo.move(id, (*job)->status, JobStatus::Runnable, {});
            }
        }
    }
    Q_EMIT changed();
}

void BatchDispatcher::resolvePending(bool onlyMarked)
{
    const auto waiting = m_repo.pending(onlyMarked, kPendingPerPass);
    if (!waiting)
        return;
    for (const Job &job : *waiting) {
        const auto verdict = dependencies(job.id);
        if (!verdict || *verdict == Waiting::Waiting)
            continue;
        // As if the last of them had just finished: this job moves on, and
        // what waits for it (a cancelled array's later children) follows.
        const auto deps = m_repo.dependencyIds(job.id);
        if (deps && !deps->isEmpty())
            resolveWaiting(deps->first());
    }
}

void BatchDispatcher::settleParents()
{
    // Only the arrays still open: a queue of 10,000 single jobs costs nothing here.
    const auto parents = m_repo.openArrayParents();
    if (!parents)
        return;
    for (const QString &id : *parents) {
        const auto before = m_repo.job(id);
        const auto settled = m_repo.settleParent(id, now());
        if (!before || !*before || !settled)
            continue;
        if (*settled == (*before)->status)
            continue;
        Q_EMIT changed();
        if (isFinished(*settled)) {
            const auto after = m_repo.job(id);
            Q_EMIT jobFinished(id, *settled == JobStatus::Succeeded,
                               after && *after ? (*after)->statusReason : QString());
            resolveWaiting(id);
        }
    }
}

// --- scheduling ---------------------------------------------------------------

void BatchDispatcher::schedule()
{
    const auto environments = m_repo.environments();
    const auto queues = m_repo.queues();
    if (!environments || !queues)
        return;
    QHash<QString, ComputeEnvironment> byName;
    for (const ComputeEnvironment &e : *environments) {
        byName.insert(e.name.toLower(), e);
        if (!e.enabled)
            continue;
        for (const QString &engine : e.engines) {
            if (!m_planner.knowsEngine(engine) ||
                (isSwarmTarget(engine) && now() - m_measuredMs.value(engine) > kSwarmMeasureMs))
                measureEngine(engine);
            followEvents(engine);
        }
    }
    QHash<QString, SchedulingPolicy> policies;
    for (const JobQueue &queue : *queues) { // highest priority first
        if (!queue.enabled)
            continue;
        if (!queue.schedulingPolicy.isEmpty()) {
            const QString key = queue.schedulingPolicy.toLower();
            if (!policies.contains(key)) {
                const auto policy = m_repo.findPolicy(queue.schedulingPolicy);
                if (!policy || !*policy)
                    continue; // a queue without its policy waits (removal is refused)
                policies.insert(key, **policy);
                // A policy changed elsewhere may look further back now.
                m_ledger.setKeepSeconds(qMax(m_ledger.keepSeconds(), (*policy)->shareDecaySeconds));
            }
            scheduleFairShare(queue, policies.value(key), byName);
            continue;
        }
        const auto head = m_repo.runnableHead(queue.name, kHeadPerQueue);
        if (!head)
            continue;
        for (const Job &job : *head)
            if (place(job, queue, byName) == Placement::NoRoom)
                break; // FIFO: the queue waits for room for its head
    }
}

BatchDispatcher::Placement
BatchDispatcher::place(const Job &job, const JobQueue &queue,
                       const QHash<QString, ComputeEnvironment> &environments,
                       const std::function<double(const ComputeEnvironment &)> &reserve)
{
    bool couldFit = false;
    for (const QString &name : queue.environments) {
        const auto it = environments.constFind(name.toLower());
        if (it == environments.cend() || !it->enabled)
            continue;
        if (!m_planner.couldFit(*it, sizeOf(job)))
            continue;
        couldFit = true;
        ComputeEnvironment room = *it;
        if (reserve)
            room.maxVcpus -= reserve(*it);
        const QString engine = m_planner.place(room, sizeOf(job));
        if (engine.isEmpty())
            continue;
        launch(job, engine, it->name);
        return Placement::Placed;
    }
    if (couldFit)
        return Placement::NoRoom;
    // Never silently stuck: it says why, and the rest go on.
    if (job.statusReason != resourceMisconfiguredReason())
        (void)m_repo.setReason(job.id, resourceMisconfiguredReason());
    return Placement::NeverFits;
}

void BatchDispatcher::measureEngine(const QString &engineName)
{
    if (m_measuring.contains(engineName))
        return;
    if (isSwarmTarget(engineName))
        return measureSwarm(engineName);
    engine::DockerClient *client = m_engines.client(engineName);
    if (!client)
        return;
    m_measuring.insert(engineName);
    whenFinished(client->systemInfo(), this,
                 [this, engineName](const Result<engine::EngineSystemInfo> &info) {
                     m_measuring.remove(engineName);
                     if (!m_running || !info)
                         return;
                     m_planner.setEngineSize(
                         engineName, {double(info->cpus), info->memoryBytes / (1024 * 1024)});
                     schedulePass();
                 });
}

void BatchDispatcher::followEvents(const QString &engineName)
{
    if (m_events.value(engineName) || isSwarmTarget(engineName))
        return; // a swarm's tasks are read on each tick
    engine::DockerClient *client = m_engines.client(engineName);
    if (!client)
        return;
    engine::EngineStream *stream = client->events(
        this, {{QStringLiteral("type"), {QStringLiteral("container")}},
               {QStringLiteral("event"), {QStringLiteral("die")}},
               {QStringLiteral("label"),
                {QString::fromLatin1(kFolderLabel) + QLatin1Char('=') + m_folderTag}}});
    m_events.insert(engineName, stream);
    auto lines = std::make_shared<engine::LineSplitter>();
    connect(stream, &engine::EngineStream::data, this,
            [this, engineName, lines](const QByteArray &bytes) {
                QList<QByteArray> events;
                lines->feed(bytes, &events);
                for (const QByteArray &event : std::as_const(events))
                    onEngineEvent(engineName, event);
            });
    connect(stream, &engine::EngineStream::finished, this, [this, engineName, stream] {
        if (m_events.value(engineName) == stream)
            m_events.remove(engineName);
        stream->deleteLater();
    });
}

void BatchDispatcher::onEngineEvent(const QString &engineName, const QByteArray &event)
{
    // {"status":"die","id":…,"Actor":{"Attributes":{"exitCode":…, labels…}}}
    const QJsonObject e = QJsonDocument::fromJson(event).object();
    const QJsonObject attributes =
        e.value(QStringLiteral("Actor")).toObject().value(QStringLiteral("Attributes")).toObject();
    const QString jobId = attributes.value(QString::fromLatin1(kJobLabel)).toString();
    const auto it = m_flights.constFind(jobId);
    if (it == m_flights.cend() || it->engine != engineName || it->launching || it->settling) {
        m_watchDue = true; // not ours to settle now: the watch looks
        schedulePass();
        return;
    }
    const auto job = m_repo.job(jobId);
    if (!job || !*job ||
        attributes.value(QString::fromLatin1(kAttemptLabel)).toString().toInt() !=
            (*job)->attemptCount)
        return;
    settle(**job, e.value(QStringLiteral("id")).toString());
}

void BatchDispatcher::launch(const Job &job, const QString &engineName, const QString &environment)
{
    const bool resumed = m_flights.contains(job.id); // STARTING after a crash, container gone
    Job current = job;
    if (!resumed) {
        const auto began = m_repo.beginAttempt(job, engineName, environment, now());
        if (!began) {
            Q_EMIT problem(began.error());
            return;
        }
        if (!*began)
            return; // cancelled meanwhile
        current.attemptCount = job.attemptCount + 1;
        current.engine = engineName;
        current.environment = environment;
        Flight f;
        f.environment = environment;
        f.engine = engineName;
        f.queue = job.queue;
        f.share = job.shareIdentifier;
        f.size = sizeOf(job);
        m_flights.insert(job.id, f);
        m_planner.hold(environment, engineName, f.size);
        Q_EMIT changed();
    }
    Flight &flight = m_flights[job.id];
    flight.launching = true;
    flight.attemptStartMs = now();
    if (isSwarmTarget(engineName))
        return launchOnSwarm(current, engineName);

    engine::DockerClient *client = m_engines.client(engineName);
    if (!client) {
        failAttempt(current, {}, engineLostReason(engineName), true);
        return;
    }
    const int attempt = current.attemptCount;
    engine::ContainerSpec spec;
    spec.image = current.container.image;
    spec.name = containerName(m_folderTag, current.id, attempt);
    spec.command = current.container.command;
    spec.env = attemptEnvironment(current, attempt);
    spec.cpus = current.container.vcpus;
    spec.memoryBytes = current.container.memoryMb * 1024 * 1024;
    spec.user = current.container.user;
    spec.workingDir = current.container.workingDir;
    // No init process in front: a command that is not there fails the start
    // (CannotStartContainerError, as on AWS) instead of exiting 127.
    for (const QString &v : current.container.volumes) {
        const QStringList parts = v.split(QLatin1Char(':'));
        spec.volumes.append(
            {parts.value(0), parts.value(1), parts.value(2) == QLatin1String("ro")});
    }
    spec.labels.insert(QString::fromLatin1(kFolderLabel), m_folderTag);
    spec.labels.insert(QString::fromLatin1(kJobLabel), current.id);
    spec.labels.insert(QString::fromLatin1(kAttemptLabel), QString::number(attempt));

    auto started = [this, current, attempt, client](const QString &containerId) {
        whenFinished(
            client->startContainer(containerId), this,
            [this, current, attempt, containerId, client](const VoidResult &ok) {
                if (!m_running || !m_flights.contains(current.id))
                    return;
                m_flights[current.id].launching = false;
                if (!ok) {
                    failAttempt(current, QStringLiteral("CannotStartContainerError: ") + ok.error(),
                                QStringLiteral("CannotStartContainerError: ") + ok.error(), true);
                    client->removeContainer(containerId, true);
                    return;
                }
                m_flights[current.id].attemptStartMs = now();
                (void)m_repo.markRunning(current.id, attempt, containerId, now());
                Q_EMIT changed();
            });
    };
    whenFinished(
        client->createContainer(spec), this, [this, current, started](const Result<QString> &made) {
            if (!m_running || !m_flights.contains(current.id))
                return;
            if (!made) {
                if (made.problem().kind == ErrorKind::Conflict) {
                    // Made before (a crash between create and start):
                    // the watch finds it by name and carries on.
                    m_flights[current.id].launching = false;
                    wake();
                    return;
                }
                const QString why = (made.problem().kind == ErrorKind::NotFound
                                         ? QStringLiteral("CannotPullContainerError: ")
                                         : QStringLiteral("CannotCreateContainerError: ")) +
                                    made.error();
                m_flights[current.id].launching = false;
                failAttempt(current, why, why, true);
                return;
            }
            started(*made);
        });
}

} // namespace sloop::batch
