#include "batchdispatcher.h"

#include "batchrepository.h"
#include "dispatchsupport.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "swarm/swarmapi.h"
#include "util/futures.h"

#include <QPointer>
#include <QTimer>

// BatchDispatcher on a Swarm compute environment: each attempt is a
// replicated-job service of one task with the job's vCPUs and memory as
// reservations and limits, so Swarm places it on a node with room; its
// outcome is read from the task, its log from the service, and the service
// is removed once the outcome is stored. No event tells a task's end: the
// services and their tasks are read on each tick, and every kSwarmLookMs
// while jobs run there (two calls each time; the nodes every few seconds).
namespace sloop::batch {

using namespace dispatch;

namespace {

// Lines of a finished attempt's log read back (its end; the rest is cut).
constexpr int kSwarmLogLines = 20'000;
// How often a swarm with jobs in flight is looked at, and its nodes read.
constexpr int kSwarmLookMs = 100;
constexpr qint64 kSwarmNodesMs = 5000;
// Failed reads of an ended attempt's log before its end is stored without it.
constexpr int kLogReadTries = 3;

bool taskEnded(const QString &state)
{
    return state == QLatin1String("complete") || state == QLatin1String("failed") ||
           state == QLatin1String("rejected") || state == QLatin1String("shutdown") ||
           state == QLatin1String("orphaned") || state == QLatin1String("remove");
}

swarm::SwarmApi quietApi(engine::DockerClient *client)
{
    swarm::SwarmApi api(client);
    api.setQuiet(true); // polled every second: kept out of the command log
    return api;
}

} // namespace

void BatchDispatcher::measureSwarm(const QString &target)
{
    engine::DockerClient *client = m_engines.client(managerOf(target));
    if (!client)
        return;
    m_measuring.insert(target);
    whenFinished(quietApi(client).nodes(), this,
                 [this, target](const Result<QList<swarm::SwarmNode>> &nodes) {
                     m_measuring.remove(target);
                     if (!m_running)
                         return;
                     if (!nodes) {
                         qCWarning(lcBatch)
                             << "cannot read the nodes of" << target << ":" << nodes.error();
                         m_planner.forgetEngine(target);
                         return;
                     }
                     applyNodes(target, *nodes);
                     schedulePass();
                 });
}

void BatchDispatcher::applyNodes(const QString &target, const QList<swarm::SwarmNode> &nodes)
{
    m_measuredMs.insert(target, now());
    // What the nodes that take tasks have: ready and active ones.
    CapacityPlanner::Size total;
    QList<CapacityPlanner::Size> units;
    QHash<QString, QString> names;
    for (const swarm::SwarmNode &n : nodes) {
        names.insert(n.id, n.hostname);
        if (n.state == QLatin1String("ready"))
            m_nodeDownSince.remove(n.id);
        else if (!m_nodeDownSince.contains(n.id))
            m_nodeDownSince.insert(n.id, now());
        if (n.state != QLatin1String("ready") || n.availability != QLatin1String("active"))
            continue;
        const CapacityPlanner::Size unit{double(n.nanoCpus) / 1e9, n.memoryBytes / (1024 * 1024)};
        total.vcpus += unit.vcpus;
        total.memoryMb += unit.memoryMb;
        units.append(unit);
    }
    m_nodeNames.insert(target, names);
    if (units.isEmpty())
        m_planner.forgetEngine(target); // all drained or down: wait, not misconfigured
    else
        m_planner.setEngineSize(target, total, units);
}

void BatchDispatcher::launchOnSwarm(const Job &current, const QString &target)
{
    engine::DockerClient *client = m_engines.client(managerOf(target));
    if (!client) {
        failAttempt(current, {}, engineLostReason(target), true);
        return;
    }
    const int attempt = current.attemptCount;
    swarm::ServiceSpec spec;
    spec.name = swarmServiceName(m_folderTag, current.id, attempt);
    spec.image = current.container.image;
    spec.command = current.container.command;
    spec.env = attemptEnvironment(current, attempt);
    spec.job = true;
    spec.replicas = 1;
    spec.restartCondition = QStringLiteral("none"); // retries are the job's, not Swarm's
    // Terminate and timeouts remove the service: its container is then
    // killed at once, as the engine path kills one (exit 137).
    spec.stopSignal = QStringLiteral("SIGKILL");
    spec.stopGraceMs = 0;
    spec.cpuReservation = spec.cpuLimit = current.container.vcpus;
    spec.memoryReservation = spec.memoryLimit = current.container.memoryMb * 1024 * 1024;
    spec.user = current.container.user;
    spec.workingDir = current.container.workingDir;
    for (const QString &v : current.container.volumes) {
        const QStringList parts = v.split(QLatin1Char(':'));
        swarm::MountSpec mount;
        mount.type = parts.value(0).startsWith(QLatin1Char('/')) ? QStringLiteral("bind")
                                                                 : QStringLiteral("volume");
        mount.source = parts.value(0);
        mount.target = parts.value(1);
        mount.readOnly = parts.value(2) == QLatin1String("ro");
        spec.mounts.append(mount);
    }
    const QMap<QString, QString> labels{
        {QString::fromLatin1(kFolderLabel), m_folderTag},
        {QString::fromLatin1(kJobLabel), current.id},
        {QString::fromLatin1(kAttemptLabel), QString::number(attempt)}};
    spec.labels = labels;
    // Not the folder's label: the containers' sweep (batchwatch.cpp) would
    // take the task's container for a leftover attempt and remove it.
    spec.containerLabels.insert(QStringLiteral("sloop.batch.swarm-job"), current.id);
    whenFinished(
        quietApi(client).createService(spec), this, [this, current](const Result<QString> &made) {
            if (!m_running || !m_flights.contains(current.id))
                return;
            m_flights[current.id].launching = false;
            if (made) {
                // STARTING until the watch sees its task run.
                wake();
                return;
            }
            const ErrorKind kind = made.problem().kind;
            if (kind == ErrorKind::Conflict || kind == ErrorKind::Unreachable ||
                kind == ErrorKind::TimedOut) {
                // Made before a crash, or perhaps made with the answer lost:
                // the watch finds it by name, or makes it again (a second
                // create of the same name fails).
                wake();
                return;
            }
            const QString why = QStringLiteral("CannotCreateContainerError: ") + made.error();
            failAttempt(current, why, why, true);
        });
}

void BatchDispatcher::watchSwarm(const QString &target, const std::function<void()> &done)
{
    // Three reads: this folder's services, their tasks, and the nodes (a
    // task on a node gone down stays "running"); `done` once at the end.
    struct Read
    {
        QHash<QString, QString> services; // name → id
        QList<swarm::SwarmTask> tasks;
    };
    auto read = std::make_shared<Read>();
    QPointer<engine::DockerClient> client = m_engines.client(managerOf(target));
    auto failed = [this, target, done](const QString &error) {
        done();
        if (m_running)
            noteUnreachable(target, error);
    };
    if (!client)
        return failed(QStringLiteral("no engine named ") + managerOf(target));
    auto readNodes = [this, target, client, done, read] {
        // The nodes change rarely: read again every few seconds, not each look.
        if (now() - m_measuredMs.value(target) < kSwarmNodesMs) {
            done();
            m_unreachableSince.remove(target);
            return watchSwarmJobs(target, read->services, read->tasks);
        }
        whenFinished(quietApi(client).nodes(), this,
                     [this, target, done, read](const Result<QList<swarm::SwarmNode>> &nodes) {
                         done();
                         if (!m_running)
                             return;
                         m_unreachableSince.remove(target);
                         if (nodes)
                             applyNodes(target, *nodes);
                         watchSwarmJobs(target, read->services, read->tasks);
                     });
    };
    auto readTasks = [this, client, failed, read, readNodes] {
        whenFinished(quietApi(client).tasksOf(read->services.values()), this,
                     [failed, read, readNodes](const Result<QList<swarm::SwarmTask>> &tasks) {
                         if (!tasks)
                             return failed(tasks.error());
                         read->tasks = *tasks;
                         readNodes();
                     });
    };
    whenFinished(quietApi(client).services(), this,
                 [this, client, failed, read,
                  readTasks](const Result<QList<swarm::ServiceSummary>> &listed) {
                     if (!listed || !client)
                         return failed(listed ? QStringLiteral("engine gone") : listed.error());
                     for (const swarm::ServiceSummary &s : *listed)
                         if (s.labels.value(QString::fromLatin1(kFolderLabel)) == m_folderTag)
                             read->services.insert(s.name, s.id);
                     readTasks();
                 });
}

void BatchDispatcher::watchSwarmJobs(const QString &target,
                                     const QHash<QString, QString> &serviceIds,
                                     const QList<swarm::SwarmTask> &tasks)
{
    QHash<QString, swarm::SwarmTask> newest; // service id → its latest task
    for (const swarm::SwarmTask &t : tasks) {
        const auto it = newest.constFind(t.serviceId);
        if (it == newest.cend() || t.timestamp > it->timestamp)
            newest.insert(t.serviceId, t);
    }
    // Every attempt in flight, whatever its target: two environments may
    // name two managers of one swarm, and each lists all its services.
    const auto flying = flyingJobs();
    if (!flying)
        return; // no sweep either: a busy store must not end a live attempt
    QSet<QString> expected;
    QHash<QString, Job> mine;
    for (auto it = flying->cbegin(); it != flying->cend(); ++it) {
        expected.insert(swarmServiceName(m_folderTag, it.key(), it->attemptCount));
        if (m_flights.value(it.key()).engine == target)
            mine.insert(it.key(), *it);
    }
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const QString &id = it.key();
        const Job &job = it.value();
        const Flight flight = m_flights.value(id);
        if (flight.launching || flight.settling)
            continue;
        const QString name = swarmServiceName(m_folderTag, id, job.attemptCount);
        const auto service = serviceIds.constFind(name);
        if (service == serviceIds.cend()) {
            attemptVanished(job, target, flight.environment, QStringLiteral("the job's service"));
            continue;
        }
        const auto task = newest.constFind(*service);
        if (task == newest.cend())
            continue; // Swarm has not made the task yet
        if (taskEnded(task->state)) {
            settleSwarm(job, name, *task, {});
            continue;
        }
        // Its node went down: Swarm keeps the task "running" for a long
        // while, so the attempt is given up after the engine-lost wait.
        if (const auto down = m_nodeDownSince.constFind(task->nodeId);
            down != m_nodeDownSince.cend() && now() - *down >= m_engineLostMs) {
            const QString node = m_nodeNames.value(target).value(task->nodeId, task->nodeId);
            qCWarning(lcBatch) << "node" << node << "lost with" << id;
            failAttempt(job, {}, engineLostReason(node), true);
            if (engine::DockerClient *client = m_engines.client(managerOf(target)))
                quietApi(client).removeService(name);
            continue;
        }
        // Waiting for a node with room (or the image): Swarm says why.
        if (task->state == QLatin1String("pending") && !task->error.isEmpty() &&
            job.statusReason != task->error) {
            (void)m_repo.setReason(id, task->error);
            Q_EMIT changed();
        }
        const bool running = task->state == QLatin1String("running");
        if (running && job.status == JobStatus::Starting) {
            m_flights[id].attemptStartMs = now();
            (void)m_repo.markRunning(id, job.attemptCount, name, now());
            Q_EMIT changed();
        }
        QString killFor = job.terminateReason;
        if (killFor.isEmpty() && running && job.container.timeoutSeconds > 0 &&
            now() - m_flights.value(id).attemptStartMs >
                qint64(job.container.timeoutSeconds) * 1000)
            killFor = timeoutReason();
        if (!killFor.isEmpty()) {
            qCInfo(lcBatch) << "stopping" << id << ":" << killFor;
            settleSwarm(job, name, *task, killFor);
        }
    }
    // Jobs in flight here: look again soon, not at the next tick (no events
    // tell a task's end; a short job would wait up to a second each).
    if (!mine.isEmpty() && !m_swarmLookQueued) {
        m_swarmLookQueued = true;
        QTimer::singleShot(kSwarmLookMs, this, [this] {
            m_swarmLookQueued = false;
            m_watchDue = true;
            schedulePass();
        });
    }
    // A service whose outcome is stored (or that was given up): removed.
    engine::DockerClient *client = m_engines.client(managerOf(target));
    if (!client)
        return;
    for (auto it = serviceIds.cbegin(); it != serviceIds.cend(); ++it)
        if (!expected.contains(it.key()))
            quietApi(client).removeService(it.value());
}

void BatchDispatcher::settleSwarm(const Job &job, const QString &service,
                                  const swarm::SwarmTask &task, const QString &killReason)
{
    const QString target = m_flights.value(job.id).engine;
    QPointer<engine::DockerClient> client = m_engines.client(managerOf(target));
    if (!client)
        return;
    m_flights[job.id].settling = true;
    whenFinished(
        quietApi(client).logs(service, kSwarmLogLines), this,
        [this, job, service, task, killReason, target,
         client](const Result<QList<swarm::ServiceLogLine>> &lines) {
            if (!m_running || !m_flights.contains(job.id))
                return;
            if (!lines && ++m_logReads[job.id] < kLogReadTries) {
                m_flights[job.id].settling = false; // read again next tick
                return;
            }
            m_logReads.remove(job.id);
            Attempt attempt;
            attempt.number = job.attemptCount;
            const QString node = m_nodeNames.value(target).value(task.nodeId, task.nodeId);
            attempt.engine = node.isEmpty() ? target : target + QLatin1Char('@') + node;
            attempt.containerId = service; // `sloop batch logs` reads a running one by it
            attempt.startedMs = m_flights.value(job.id).attemptStartMs;
            QByteArray text;
            for (const swarm::ServiceLogLine &l : lines ? *lines : QList<swarm::ServiceLogLine>())
                text += l.text.toUtf8() + '\n';
            attempt.logCut =
                text.size() > kLogKeepBytes || (lines && lines->size() >= kSwarmLogLines);
            attempt.log = text.right(kLogKeepBytes);

            QString statusReason = killReason;
            bool mayRetry = killReason.isEmpty();
            if (!killReason.isEmpty()) {
                // How it ended if it ended first; else the SIGKILL its
                // service's removal sends (StopSignal, no grace).
                if (task.state == QLatin1String("complete"))
                    attempt.exitCode = 0;
                else if (task.state == QLatin1String("failed"))
                    attempt.exitCode = task.exitCode;
                else if (task.state == QLatin1String("running"))
                    attempt.exitCode = 128 + 9;
            } else {
                statusReason = essentialContainerExited();
                const QString &err = task.error;
                // Swarm takes a task off a node it has lost ("assigned node
                // no longer meets constraints"), at times before the node
                // is seen down here: the host went away, not the job.
                const auto down = m_nodeDownSince.constFind(task.nodeId);
                const bool nodeLost =
                    err.contains(QLatin1String("no longer meets constraints")) ||
                    (down != m_nodeDownSince.cend() && now() - *down >= m_engineLostMs &&
                     task.state != QLatin1String("failed"));
                if (task.state == QLatin1String("complete")) {
                    attempt.exitCode = 0;
                } else if (nodeLost) {
                    statusReason = engineLostReason(node.isEmpty() ? target : node);
                } else if (err.contains(QLatin1String("No such image"), Qt::CaseInsensitive) ||
                           err.contains(QLatin1String("pull access denied")) ||
                           err.contains(QLatin1String("manifest unknown"))) {
                    attempt.reason = QStringLiteral("CannotPullContainerError: ") + err;
                    statusReason = attempt.reason;
                } else if (task.state == QLatin1String("rejected") ||
                           err.startsWith(QLatin1String("starting container failed")) ||
                           (task.state == QLatin1String("failed") && task.exitCode == 0)) {
                    attempt.reason = QStringLiteral("CannotStartContainerError: ") + err;
                    statusReason = attempt.reason;
                } else if (task.state == QLatin1String("failed")) {
                    attempt.exitCode = task.exitCode;
                } else {
                    // orphaned or shut down by Swarm: its node went away.
                    statusReason = engineLostReason(node.isEmpty() ? target : node);
                }
            }
            recordEnd(job, attempt, statusReason, mayRetry);
            if (m_flights.contains(job.id))
                return; // not stored: kept, and tried again next pass
            // After the next pass has launched into the room freed.
            QTimer::singleShot(0, this, [client, service] {
                if (client)
                    quietApi(client).removeService(service);
            });
        });
}

} // namespace sloop::batch
