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
// is removed once the outcome is stored. Nothing here listens for events:
// the tick reads the services and their tasks (two calls per second).
namespace sloop::batch {

using namespace dispatch;

namespace {

// Lines of a finished attempt's log read back (its end; the rest is cut).
constexpr int kSwarmLogLines = 20'000;

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
    whenFinished(
        quietApi(client).nodes(), this,
        [this, target](const Result<QList<swarm::SwarmNode>> &nodes) {
            m_measuring.remove(target);
            if (!m_running)
                return;
            m_measuredMs.insert(target, now());
            if (!nodes) {
                qCWarning(lcBatch) << "cannot read the nodes of" << target << ":" << nodes.error();
                m_planner.forgetEngine(target);
                return;
            }
            // What the nodes that take tasks have: ready and active.
            CapacityPlanner::Size total;
            CapacityPlanner::Size largest;
            QHash<QString, QString> names;
            for (const swarm::SwarmNode &n : *nodes) {
                names.insert(n.id, n.hostname);
                if (n.state != QLatin1String("ready") || n.availability != QLatin1String("active"))
                    continue;
                const double cpus = double(n.nanoCpus) / 1e9;
                const qint64 memoryMb = n.memoryBytes / (1024 * 1024);
                total.vcpus += cpus;
                total.memoryMb += memoryMb;
                largest.vcpus = qMax(largest.vcpus, cpus);
                largest.memoryMb = qMax(largest.memoryMb, memoryMb);
            }
            m_nodeNames.insert(target, names);
            m_planner.setEngineSize(target, total, largest);
            schedulePass();
        });
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
    spec.containerLabels = labels;
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
            if (made.problem().kind == ErrorKind::Conflict) {
                wake(); // made before a crash: the watch carries on with it
                return;
            }
            const QString why = QStringLiteral("CannotCreateContainerError: ") + made.error();
            failAttempt(current, why, why, true);
        });
}

void BatchDispatcher::watchSwarm(const QString &target, const std::function<void()> &done)
{
    QPointer<engine::DockerClient> client = m_engines.client(managerOf(target));
    if (!client) {
        noteUnreachable(target, QStringLiteral("no engine named ") + managerOf(target));
        done();
        return;
    }
    whenFinished(quietApi(client).services(), this,
                 [this, target, client, done](const Result<QList<swarm::ServiceSummary>> &listed) {
                     if (!m_running || !client)
                         return done();
                     if (!listed) {
                         done();
                         return noteUnreachable(target, listed.error());
                     }
                     QHash<QString, QString> ours; // service name → id
                     for (const swarm::ServiceSummary &s : *listed)
                         if (s.labels.value(QString::fromLatin1(kFolderLabel)) == m_folderTag)
                             ours.insert(s.name, s.id);
                     whenFinished(
                         quietApi(client).tasksOf(ours.values()), this,
                         [this, target, ours, done](const Result<QList<swarm::SwarmTask>> &tasks) {
                             done();
                             if (!m_running)
                                 return;
                             if (!tasks)
                                 return noteUnreachable(target, tasks.error());
                             m_unreachableSince.remove(target);
                             watchSwarmJobs(target, ours, *tasks);
                         });
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
    QSet<QString> expected;
    const QList<QString> ids = m_flights.keys();
    for (const QString &id : ids) {
        const Flight flight = m_flights.value(id);
        if (flight.engine != target)
            continue;
        const auto found = m_repo.job(id);
        if (!found || !*found)
            continue;
        const Job &job = **found;
        if (!(job.status == JobStatus::Starting || job.status == JobStatus::Running)) {
            // Finished by another path (never expected): let its room go.
            m_flights.remove(id);
            m_planner.release(flight.environment, flight.engine, flight.size);
            continue;
        }
        const QString name = swarmServiceName(m_folderTag, id, job.attemptCount);
        expected.insert(name);
        if (flight.launching || flight.settling)
            continue;
        const auto service = serviceIds.constFind(name);
        if (service == serviceIds.cend()) {
            if (job.status == JobStatus::Starting) {
                launch(job, target, flight.environment); // never made: make it now
            } else {
                const QString why = QStringLiteral(
                    "CannotInspectContainerError: the job's service was removed while it ran");
                failAttempt(job, why, why, true);
            }
            continue;
        }
        const auto task = newest.constFind(*service);
        if (task == newest.cend())
            continue; // Swarm has not made the task yet
        if (taskEnded(task->state)) {
            settleSwarm(job, name, *task, {});
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
            (void)m_repo.markRunning(id, job.attemptCount, task->containerId, now());
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
            Attempt attempt;
            attempt.number = job.attemptCount;
            const QString node = m_nodeNames.value(target).value(task.nodeId, task.nodeId);
            attempt.engine = node.isEmpty() ? target : target + QLatin1Char('@') + node;
            attempt.containerId = task.containerId;
            attempt.startedMs = m_flights.value(job.id).attemptStartMs;
            QByteArray text;
            for (const swarm::ServiceLogLine &l : lines ? *lines : QList<swarm::ServiceLogLine>())
                text += l.text.toUtf8() + '\n';
            attempt.logCut =
                text.size() > kLogKeepBytes || (lines && lines->size() >= kSwarmLogLines);
            attempt.log = text.right(kLogKeepBytes);

            QString statusReason = killReason;
            bool mayRetry = killReason.isEmpty();
            if (killReason.isEmpty()) {
                statusReason = essentialContainerExited();
                const QString &err = task.error;
                if (task.state == QLatin1String("complete")) {
                    attempt.exitCode = 0;
                } else if (err.contains(QLatin1String("No such image"), Qt::CaseInsensitive) ||
                           err.contains(QLatin1String("pull access denied")) ||
                           err.contains(QLatin1String("manifest unknown"))) {
                    attempt.reason = QStringLiteral("CannotPullContainerError: ") + err;
                    statusReason = attempt.reason;
                } else if (task.state == QLatin1String("rejected") ||
                           err.startsWith(QLatin1String("starting container failed"))) {
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
