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

// BatchDispatcher: watching the attempts in flight through their engines,
// and recording how each ended (batchdispatcher.cpp has the rest).
namespace sloop::batch {

using namespace dispatch;

// --- watching -----------------------------------------------------------------

void BatchDispatcher::watch()
{
    if (m_watching) {
        m_watchAgain = true; // an exit came in meanwhile: look again at once after
        return;
    }
    QSet<QString> engines;
    for (const Flight &f : std::as_const(m_flights))
        engines.insert(f.engine);
    if (const auto environments = m_repo.environments())
        for (const ComputeEnvironment &e : *environments)
            for (const QString &engine : e.engines)
                engines.insert(engine);
    if (engines.isEmpty())
        return;
    auto remaining = std::make_shared<int>(int(engines.size()));
    m_watching = true;
    for (const QString &engineName : std::as_const(engines)) {
        auto done = [this, remaining] {
            if (--*remaining > 0)
                return;
            m_watching = false;
            if (m_watchAgain) {
                m_watchAgain = false;
                wake(); // and watch again
            }
        };
        if (isSwarmTarget(engineName)) {
            watchSwarm(engineName, done);
            continue;
        }
        engine::DockerClient *client = m_engines.client(engineName);
        if (!client) {
            watchEngine(engineName, {}); // gone from the list: lost after a while
            done();
            continue;
        }
        whenFinished(
            client->listContainers(
                true, {{QStringLiteral("label"),
                        {QString::fromLatin1(kFolderLabel) + QLatin1Char('=') + m_folderTag}}}),
            this, [this, engineName, done](const Result<QList<engine::ContainerSummary>> &listed) {
                done();
                if (!m_running)
                    return;
                if (!listed)
                    return noteUnreachable(engineName, listed.error());
                m_unreachableSince.remove(engineName);
                watchEngine(engineName, *listed);
            });
    }
}

void BatchDispatcher::noteUnreachable(const QString &engineName, const QString &error)
{
    const qint64 since = m_unreachableSince.value(engineName, now());
    m_unreachableSince.insert(engineName, since);
    m_planner.forgetEngine(engineName);
    if (now() - since < m_engineLostMs)
        return;
    qCWarning(lcBatch) << "engine" << engineName << "lost:" << error;
    const QList<QString> ids = m_flights.keys();
    for (const QString &id : ids) {
        if (m_flights.value(id).engine != engineName)
            continue;
        const auto job = m_repo.job(id);
        if (job && *job)
            failAttempt(**job, {}, engineLostReason(engineName), true);
    }
}

void BatchDispatcher::watchEngine(const QString &engineName,
                                  const QList<engine::ContainerSummary> &containers)
{
    engine::DockerClient *client = m_engines.client(engineName);
    QHash<QString, engine::ContainerSummary> byName;
    for (const engine::ContainerSummary &c : containers)
        byName.insert(c.name, c);
    // Every attempt in flight, on any engine: two engine entries may name
    // one daemon, and a container is judged by its name, not by who lists it.
    const auto flying = flyingJobs();
    if (!flying)
        return; // no sweep either: a busy store must not end a live attempt
    const QHash<QString, Job> &jobs = *flying;
    QSet<QString> expected;
    for (auto it = jobs.cbegin(); it != jobs.cend(); ++it)
        expected.insert(containerName(m_folderTag, it.key(), it->attemptCount));
    for (auto it = jobs.cbegin(); it != jobs.cend(); ++it) {
        const QString &id = it.key();
        const Job &job = it.value();
        const Flight flight = m_flights.value(id);
        if (flight.engine != engineName)
            continue;
        const QString name = containerName(m_folderTag, id, job.attemptCount);
        if (flight.launching || flight.settling || !client)
            continue;
        const auto c = byName.constFind(name);
        if (c == byName.cend()) {
            attemptVanished(job, engineName, flight.environment, QStringLiteral("the container"));
            continue;
        }
        if (c->state == QLatin1String("created")) {
            m_flights[id].launching = true;
            whenFinished(client->startContainer(c->id), this,
                         [this, job, cid = c->id](const VoidResult &ok) {
                             if (!m_running || !m_flights.contains(job.id))
                                 return;
                             m_flights[job.id].launching = false;
                             if (!ok) {
                                 const QString why =
                                     QStringLiteral("CannotStartContainerError: ") + ok.error();
                                 failAttempt(job, why, why, true);
                                 return;
                             }
                             m_flights[job.id].attemptStartMs = now();
                             (void)m_repo.markRunning(job.id, job.attemptCount, cid, now());
                             Q_EMIT changed();
                         });
            continue;
        }
        if (isLive(c->state)) {
            if (job.status == JobStatus::Starting) {
                (void)m_repo.markRunning(id, job.attemptCount, c->id, now());
                Q_EMIT changed();
            }
            QString killFor;
            if (!job.terminateReason.isEmpty())
                killFor = job.terminateReason;
            else if (job.container.timeoutSeconds > 0 &&
                     now() - flight.attemptStartMs > qint64(job.container.timeoutSeconds) * 1000)
                killFor = timeoutReason();
            if (!killFor.isEmpty() && !flight.killing) {
                m_flights[id].killing = true;
                m_flights[id].killReason = killFor;
                qCInfo(lcBatch) << "stopping" << id << ":" << killFor;
                client->killContainer(c->id);
            }
            continue;
        }
        settle(job, c->id); // exited or dead
    }
    // An attempt's container whose outcome is stored (or that was given up
    // when its engine was lost): removed, stopped first if it still runs.
    if (!client)
        return;
    for (const engine::ContainerSummary &c : containers)
        if (!expected.contains(c.name))
            client->removeContainer(c.id, true);
}

void BatchDispatcher::attemptVanished(const Job &job, const QString &engine,
                                      const QString &environment, const QString &what)
{
    if (job.status == JobStatus::Starting) {
        launch(job, engine, environment); // never made: make it now
        return;
    }
    const QString why =
        QStringLiteral("CannotInspectContainerError: %1 was removed while it ran").arg(what);
    failAttempt(job, why, why, true);
}

std::optional<QHash<QString, Job>> BatchDispatcher::flyingJobs()
{
    // One query for all of them: a swarm is looked at ten times a second.
    const auto stored = m_repo.inFlight();
    if (!stored)
        return std::nullopt;
    QHash<QString, Job> jobs;
    for (const Job &job : *stored)
        if (m_flights.contains(job.id))
            jobs.insert(job.id, job);
    const QList<QString> ids = m_flights.keys();
    for (const QString &id : ids) {
        if (jobs.contains(id))
            continue;
        // Finished by another path (never expected): let its room go.
        const Flight flight = m_flights.take(id);
        m_planner.release(flight.environment, flight.engine, flight.size);
    }
    return jobs;
}

void BatchDispatcher::settle(const Job &job, const QString &containerId)
{
    engine::DockerClient *client = m_engines.client(m_flights.value(job.id).engine);
    if (!client)
        return;
    m_flights[job.id].settling = true;
    whenFinished(
        client->inspectContainer(containerId), this,
        [this, job, containerId, client](const Result<engine::ContainerDetails> &details) {
            if (!m_running || !m_flights.contains(job.id))
                return;
            if (!details) {
                m_flights[job.id].settling = false; // again next pass
                return;
            }
            Attempt attempt;
            attempt.number = job.attemptCount;
            attempt.engine = m_flights.value(job.id).engine;
            attempt.containerId = containerId;
            attempt.exitCode = details->exitCode;
            attempt.startedMs =
                details->startedAt.isValid() ? details->startedAt.toMSecsSinceEpoch() : 0;
            const QJsonObject state = QJsonDocument::fromJson(details->rawJson)
                                          .object()
                                          .value(QStringLiteral("State"))
                                          .toObject();
            if (state.value(QStringLiteral("OOMKilled")).toBool())
                attempt.reason =
                    QStringLiteral("OutOfMemoryError: Container killed due to memory usage");
            whenFinished(readAttemptLog(client, containerId, kLogKeepBytes), this,
                         [this, job, attempt, containerId, client](const AttemptLog &log) mutable {
                             if (!m_running || !m_flights.contains(job.id))
                                 return;
                             attempt.log = log.text;
                             attempt.logCut = log.cut;
                             const QString killReason = m_flights.value(job.id).killReason;
                             recordEnd(job, attempt,
                                       killReason.isEmpty() ? essentialContainerExited()
                                                            : killReason,
                                       killReason.isEmpty());
                             // After the next pass has launched into the room
                             // freed: removing takes the engine a while.
                             QTimer::singleShot(0, client, [client, containerId] {
                                 client->removeContainer(containerId, true);
                             });
                         });
        });
}

void BatchDispatcher::failAttempt(const Job &job, const QString &reason,
                                  const QString &statusReason, bool mayRetry)
{
    Attempt attempt;
    attempt.number = job.attemptCount;
    attempt.engine = m_flights.value(job.id).engine;
    attempt.reason = reason;
    recordEnd(job, attempt, statusReason, mayRetry);
}

void BatchDispatcher::recordEnd(const Job &job, Attempt attempt, const QString &statusReason,
                                bool mayRetry)
{
    JobStatus next = JobStatus::Failed;
    if (attempt.exitCode == 0 && mayRetry)
        next = JobStatus::Succeeded;
    else if (mayRetry && shouldRetry(job.container, job.attemptCount, attempt.exitCode,
                                     attempt.reason, statusReason))
        next = JobStatus::Runnable;
    const auto stored = m_repo.finishAttempt(job.id, attempt, next, statusReason, now());
    if (!stored) {
        // Kept in flight: the next pass tries again (nothing is lost).
        qCWarning(lcBatch) << "cannot store the end of" << job.id << ":" << stored.error();
        m_flights[job.id].settling = false;
        Q_EMIT problem(stored.error());
        return;
    }
    const Flight flight = m_flights.take(job.id);
    m_planner.release(flight.environment, flight.engine, flight.size);
    if (!job.shareIdentifier.isEmpty())
        m_ledger.add(job.queue, job.shareIdentifier,
                     attempt.startedMs > 0 ? attempt.startedMs : flight.attemptStartMs,
                     attempt.stoppedMs > 0 ? attempt.stoppedMs : now(), flight.size.vcpus);
    qCInfo(lcBatch) << job.id << "attempt" << attempt.number << "ended:" << statusName(next)
                    << "exit" << attempt.exitCode << statusReason;
    if (isFinished(next)) {
        Q_EMIT jobFinished(job.id, next == JobStatus::Succeeded, statusReason);
        resolveWaiting(job.id);
    }
    Q_EMIT changed();
    schedulePass(); // its room is free
}

} // namespace sloop::batch
