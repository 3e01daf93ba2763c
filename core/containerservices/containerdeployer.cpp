#include "containerdeployer.h"

#include "containerservicerepository.h"
#include "deploysupport.h"
#include "engine/dockerclient.h"
#include "http/httpclient.h"
#include "pricing/containerpowers.h"
#include "swarm/swarmapi.h"
#include "swarm/swarmjson.h"
#include "util/futures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcContainerServices, "sloop.containerservices")

namespace sloop::containerservices {

using engine::DockerClient;
using http::HttpRequest;

using namespace detail;

namespace {

constexpr int kTickMs = 1000;
// A task that failed this often means the container cannot start (a bad
// image, a command that exits).
constexpr int kMaxFailedTasks = 3;
// Long enough for the endpoint (which reads the services every second and
// then asks the engine for the new deployment's tasks) to move to it before
// the old one's tasks go.
constexpr int kDrainMs = 5000;

HttpRequest engineRequest(QByteArray method, QByteArray path, QByteArray body = {})
{
    HttpRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = std::move(body);
    return r;
}

VoidResult ignoreBody(QByteArrayView)
{
    return {};
}

bool ended(const QString &state)
{
    return state == QLatin1String("failed") || state == QLatin1String("rejected") ||
           state == QLatin1String("complete") || state == QLatin1String("orphaned");
}

// The steps one after another; the first failure ends the chain.
} // namespace

namespace detail {

QFuture<VoidResult> inOrder(QObject *context, QList<std::function<QFuture<VoidResult>()>> steps,
                            bool stopOnFailure)
{
    PendingResult<VoidResult> done;
    auto next = std::make_shared<std::function<void(int, VoidResult)>>();
    *next = [context, steps, stopOnFailure, done, next](int i, VoidResult sofar) {
        if (i == steps.size() || (!sofar && stopOnFailure)) {
            done.settle(sofar);
            *next = nullptr; // the cycle through the capture ends here
            return;
        }
        whenFinished(steps.at(i)(), context,
                     [next, i, sofar](const VoidResult &r) { (*next)(i + 1, sofar ? r : sofar); });
    };
    (*next)(0, VoidResult());
    return done.future();
}

QList<int> versionsOf(const ContainerService &s)
{
    QList<int> out;
    for (const Deployment &d : s.deployments)
        out.append(d.version);
    return out;
}

QFuture<VoidResult> removeVersions(DockerClient *client, const QString &name, QList<int> versions,
                                   int keep)
{
    PendingResult<VoidResult> done;
    auto api = std::make_shared<swarm::SwarmApi>(client);
    whenFinished(api->services(), client,
                 [client, api, name, versions, keep,
                  done](const Result<QList<swarm::ServiceSummary>> &services) {
                     if (!services)
                         return done.settle(VoidResult::failure(services.problem()));
                     QList<std::function<QFuture<VoidResult>()>> steps;
                     for (const swarm::ServiceSummary &s : *services) {
                         if (s.labels.value(kServiceLabel) != name ||
                             s.labels.value(kVersionLabel) == QString::number(keep))
                             continue;
                         steps.append([api, id = s.id] { return api->removeService(id); });
                     }
                     for (int v : versions) {
                         if (v == keep)
                             continue;
                         steps.append([client, net = networkName(name, v)] {
                             PendingResult<VoidResult> gone;
                             whenFinished(client->call<void>(
                                              engineRequest("DELETE", "/networks/" + net.toUtf8()),
                                              ignoreBody),
                                          client, [gone](const VoidResult &) {
                                              gone.settle(VoidResult()); // absent is fine
                                          });
                             return gone.future();
                         });
                     }
                     whenFinished(inOrder(client, steps, false), client,
                                  [done](const VoidResult &r) { done.settle(r); });
                 });
    return done.future();
}

} // namespace detail

namespace {

// One version's Swarm services (and its network), by their labels.
void removeVersion(DockerClient *client, const QString &name, int version)
{
    auto api = std::make_shared<swarm::SwarmApi>(client);
    whenFinished(
        api->services(), client,
        [client, api, name, version](const Result<QList<swarm::ServiceSummary>> &all) {
            for (const swarm::ServiceSummary &s : all ? *all : QList<swarm::ServiceSummary>())
                if (s.labels.value(kServiceLabel) == name &&
                    s.labels.value(kVersionLabel) == QString::number(version))
                    api->removeService(s.id);
            client->call<void>(
                engineRequest("DELETE", "/networks/" + networkName(name, version).toUtf8()),
                ignoreBody);
        });
}

// One deployment's life: started beside the active one, watched and
// checked until healthy (made active, the old one removed) or not (removed).
class DeployRun : public QObject
{
public:
    DeployRun(DockerClient *client, ContainerServiceRepository &repo, QString name,
              DeploymentSpec spec, DeployOptions options)
        : QObject(client)
        , m_client(client)
        , m_api(client)
        , m_repo(repo)
        , m_name(std::move(name))
        , m_spec(std::move(spec))
        , m_options(std::move(options))
        , m_http(new http::HttpClient(this))
    {
    }

    QFuture<Result<Deployment>> start()
    {
        auto service = m_repo.require(m_name);
        if (!service)
            return refuse(service.problem());
        m_service = *service;
        if (auto ok = validate(m_spec); !ok)
            return refuse(ok.problem());
        const auto powers = pricing::loadContainerPowers();
        if (!powers)
            return refuse(powers.problem());
        const pricing::ContainerPower *power = powers->find(m_service.power);
        if (!power)
            return refuse(Error{ErrorKind::InvalidInput,
                                Text::tr("Container service %1 has power \"%2\", which the price "
                                         "file does not list.")
                                    .arg(m_name, m_service.power)});
        m_power = *power;
        if (m_service.disabled)
            return refuse(
                Error{ErrorKind::Conflict,
                      Text::tr("Container service %1 is disabled; enable it first.").arg(m_name)});
        if (const Deployment *busy = m_service.activating())
            return refuse(
                Error{ErrorKind::Conflict, Text::tr("Deployment %1 of %2 is still activating.")
                                               .arg(busy->version)
                                               .arg(m_name)});
        m_version = m_service.nextVersion();
        for (const Container &c : m_spec.containers)
            if (const QString bad =
                    swarm::checkServiceName(swarmServiceName(m_name, m_version, c.name));
                !bad.isEmpty())
                return refuse(Error{ErrorKind::InvalidInput, bad});
        whenFinished(m_api.state(), this, [this](const Result<swarm::SwarmState> &state) {
            if (!state)
                return settleRefusal(state.problem());
            if (!state->active() || !state->manager)
                return settleRefusal(Error{
                    ErrorKind::Unsupported,
                    Text::tr("Engine %1 is not a swarm manager, and container services run as "
                             "Swarm services. Make it one with \"sloop swarm init --engine %1\" "
                             "(one node is enough) or on the Swarm page.")
                        .arg(m_service.engine)});
            begin();
        });
        return m_pending.future();
    }

private:
    QFuture<Result<Deployment>> refuse(const Error &e)
    {
        settleRefusal(e);
        return m_pending.future();
    }

    void settleRefusal(const Error &e)
    {
        m_pending.settle(Result<Deployment>::failure(e));
        deleteLater();
    }

    void say(const QString &line)
    {
        qCInfo(lcContainerServices).noquote() << m_name << line;
        if (m_options.progress)
            m_options.progress(line);
    }

    void begin()
    {
        // Read again: another process may have deployed or changed the
        // service while this one asked the engine.
        auto fresh = m_repo.require(m_name);
        if (!fresh)
            return settleRefusal(fresh.problem());
        m_service = *fresh;
        if (const Deployment *busy = m_service.activating())
            return settleRefusal(
                Error{ErrorKind::Conflict, Text::tr("Deployment %1 of %2 is still activating.")
                                               .arg(busy->version)
                                               .arg(m_name)});
        // One left ACTIVATING by a process that ended: FAILED, and its
        // services go.
        const QList<int> stale = m_service.staleVersions();
        for (Deployment &d : m_service.deployments)
            if (stale.contains(d.version)) {
                d.state = DeploymentState::Failed;
                d.reason = Text::tr("interrupted: the process deploying it ended");
            }
        m_version = m_service.nextVersion();
        m_deployment.version = m_version;
        m_deployment.state = DeploymentState::Activating;
        m_deployment.createdMs = QDateTime::currentMSecsSinceEpoch();
        m_deployment.deadlineMs =
            m_deployment.createdMs + (m_options.timeoutSeconds + 60) * 1000LL + kDrainMs;
        m_deployment.spec = m_spec;
        m_service.deployments.append(m_deployment);
        if (auto saved = m_repo.save(m_service); !saved)
            return settleRefusal(saved.problem());
        say(Text::tr("deployment %1: starting %n container(s), %2 copies each", nullptr,
                     int(m_spec.containers.size()))
                .arg(m_version)
                .arg(m_service.scale));
        m_clock.start();
        for (int v : stale)
            removeVersion(m_client, m_name, v);
        if (m_spec.containers.size() < 2)
            return createNext(0);
        // Containers of one deployment find each other by name on a network
        // of their own.
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("Name"), networkName(m_name, m_version)},
                            {QStringLiteral("Driver"), QStringLiteral("overlay")},
                            {QStringLiteral("Labels"), QJsonObject{{kServiceLabel, m_name}}}})
                .toJson(QJsonDocument::Compact);
        whenFinished(
            m_client->call<void>(engineRequest("POST", "/networks/create", body), ignoreBody), this,
            [this](const VoidResult &made) {
                if (!made)
                    return abandon(Text::tr("its network could not be made: %1").arg(made.error()));
                createNext(0);
            });
    }

    void createNext(int i)
    {
        if (i == m_spec.containers.size()) {
            say(Text::tr("deployment %1: waiting for every copy to run%2")
                    .arg(m_version)
                    .arg(m_spec.publicEndpoint ? Text::tr(" and pass its health check")
                                               : QString()));
            return tick();
        }
        const Container &c = m_spec.containers.at(i);
        whenFinished(
            m_api.createService(swarmSpecFor(m_service, m_power, m_version, m_spec, c)), this,
            [this, i, name = c.name](const Result<QString> &id) {
                if (!id)
                    return abandon(
                        Text::tr("container %1 could not be started: %2").arg(name, id.error()));
                m_containerOf.insert(*id, name);
                createNext(i + 1);
            });
    }

    void tick()
    {
        if (m_clock.elapsed() > m_options.timeoutSeconds * 1000LL)
            return abandon(
                Text::tr("it was not healthy within %1 s").arg(m_options.timeoutSeconds));
        QJsonArray services;
        for (const QString &id : m_containerOf.keys())
            services.append(id);
        const QByteArray filters = QJsonDocument(QJsonObject{{QStringLiteral("service"), services}})
                                       .toJson(QJsonDocument::Compact);
        whenFinished(m_client->call<QList<swarm::SwarmTask>>(
                         engineRequest("GET", "/tasks?filters=" + DockerClient::encode(filters)),
                         swarm::parseTasks),
                     this, [this](const Result<QList<swarm::SwarmTask>> &tasks) {
                         if (!tasks)
                             return later(); // a manager busy electing; try again
                         judge(*tasks);
                     });
    }

    void later()
    {
        QTimer::singleShot(kTickMs, this, [this] { tick(); });
    }

    void judge(const QList<swarm::SwarmTask> &tasks)
    {
        QHash<QString, int> running;
        QList<swarm::SwarmTask> publicTasks;
        const QString publicName =
            m_spec.publicEndpoint ? m_spec.publicEndpoint->containerName : QString();
        for (const swarm::SwarmTask &t : tasks) {
            const QString container = m_containerOf.value(t.serviceId);
            if (ended(t.state) && t.state != QLatin1String("complete") &&
                !m_failedTasks.contains(t.id)) {
                m_failedTasks.insert(t.id);
                const int failures = ++m_failures[container];
                const QString why = t.error.isEmpty() ? t.message : t.error;
                say(Text::tr("deployment %1: a copy of %2 failed: %3")
                        .arg(m_version)
                        .arg(container, why));
                if (failures >= kMaxFailedTasks ||
                    why.contains(QLatin1String("No such image"), Qt::CaseInsensitive))
                    return abandon(Text::tr("container %1 does not start: %2").arg(container, why));
            }
            if (t.desiredState == QLatin1String("running") && t.state == QLatin1String("running")) {
                running[container] += 1;
                if (container == publicName)
                    publicTasks.append(t);
            }
        }
        bool allRunning = true;
        for (const Container &c : m_spec.containers)
            allRunning = allRunning && running.value(c.name) >= m_service.scale;
        if (!m_spec.publicEndpoint) {
            // Nothing to check from outside: running a few seconds is healthy.
            if (!allRunning) {
                m_steadySince.invalidate();
            } else if (!m_steadySince.isValid()) {
                m_steadySince.start();
            } else if (m_steadySince.elapsed() >= 5000) {
                return activate();
            }
            return later();
        }
        checkTargets(publicTasks, allRunning);
    }

    void checkTargets(const QList<swarm::SwarmTask> &tasks, bool allRunning)
    {
        const PublicEndpoint &endpoint = *m_spec.publicEndpoint;
        const HealthCheck &check = endpoint.healthCheck;
        QList<Target> targets;
        QStringList unknownNodes;
        for (const swarm::SwarmTask &t : tasks) {
            for (const swarm::PublishedPort &p : t.ports)
                if (p.target == endpoint.containerPort && p.published > 0) {
                    if (!m_nodeAddress.contains(t.nodeId))
                        unknownNodes.append(t.nodeId);
                    else
                        targets.append({m_nodeAddress.value(t.nodeId), p.published, t.id});
                }
        }
        if (!unknownNodes.isEmpty()) {
            whenFinished(m_api.nodes(), this, [this](const Result<QList<swarm::SwarmNode>> &nodes) {
                for (const swarm::SwarmNode &n : nodes ? *nodes : QList<swarm::SwarmNode>())
                    m_nodeAddress.insert(n.id, n.address);
                later();
            });
            return;
        }
        QStringList keys;
        int healthy = 0;
        for (const Target &t : targets) {
            keys.append(t.task);
            if (m_tally.unhealthy(t.task))
                return abandon(Text::tr("a copy of %1 failed its health check (%2 on %3:%4): %5")
                                   .arg(endpoint.containerName, check.path, t.address)
                                   .arg(t.port)
                                   .arg(m_tally.lastProblem(t.task)));
            if (m_tally.healthy(t.task))
                ++healthy;
            // The first check one interval after the copy runs, as a load
            // balancer registering a new target would.
            auto &seen = m_seen[t.task];
            if (!seen.isValid())
                seen.start();
            if (seen.elapsed() >= check.intervalSeconds * 1000LL && !m_probing.contains(t.task)) {
                m_probing.insert(t.task);
                seen.restart();
                whenFinished(probe(m_http, t, check), this,
                             [this, task = t.task, check](const ProbeResult &r) {
                                 m_probing.remove(task);
                                 m_tally.add(task, r, check);
                             });
            }
        }
        m_tally.keepOnly(keys);
        if (allRunning && healthy >= m_service.scale)
            return activate();
        later();
    }

    void activate()
    {
        auto found = m_repo.require(m_name);
        if (!found)
            return abandon(found.error());
        ContainerService service = *found;
        for (Deployment &d : service.deployments) {
            if (d.version == m_version)
                d.state = DeploymentState::Active;
            else if (d.state == DeploymentState::Active)
                d.state = DeploymentState::Inactive;
        }
        if (auto saved = m_repo.save(service); !saved)
            return abandon(saved.error());
        m_deployment.state = DeploymentState::Active;
        say(Text::tr("deployment %1 is active after %2 s")
                .arg(m_version)
                .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1));
        const QList<int> versions = versionsOf(service);
        QTimer::singleShot(kDrainMs, this, [this, versions] {
            whenFinished(removeVersions(m_client, m_name, versions, m_version), this,
                         [this](const VoidResult &) { finish(); });
        });
    }

    void abandon(const QString &reason)
    {
        say(Text::tr("deployment %1 failed: %2; removing it").arg(m_version).arg(reason));
        m_deployment.state = DeploymentState::Failed;
        m_deployment.reason = reason;
        whenFinished(removeOnly(m_version), this, [this, reason](const VoidResult &) {
            if (auto found = m_repo.require(m_name)) {
                ContainerService service = *found;
                for (Deployment &d : service.deployments)
                    if (d.version == m_version) {
                        d.state = DeploymentState::Failed;
                        d.reason = reason;
                    }
                if (auto saved = m_repo.save(service); !saved)
                    qCWarning(lcContainerServices).noquote() << saved.error();
            }
            finish();
        });
    }

    QFuture<VoidResult> removeOnly(int version)
    {
        QList<std::function<QFuture<VoidResult>()>> steps;
        for (const QString &id : m_containerOf.keys())
            steps.append([this, id] { return m_api.removeService(id); });
        if (m_spec.containers.size() > 1)
            steps.append([this, version] {
                return m_client->call<void>(
                    engineRequest("DELETE", "/networks/" + networkName(m_name, version).toUtf8()),
                    ignoreBody);
            });
        return inOrder(this, steps, false);
    }

    void finish()
    {
        m_pending.settle(m_deployment);
        deleteLater();
    }

    QPointer<DockerClient> m_client;
    swarm::SwarmApi m_api;
    ContainerServiceRepository &m_repo;
    QString m_name;
    DeploymentSpec m_spec;
    DeployOptions m_options;
    http::HttpClient *m_http;
    ContainerService m_service;
    pricing::ContainerPower m_power;
    int m_version = 0;
    Deployment m_deployment;
    QHash<QString, QString> m_containerOf; // Swarm service id → container name
    QHash<QString, QString> m_nodeAddress; // node id → address
    QHash<QString, int> m_failures;        // by container
    QSet<QString> m_failedTasks;
    QHash<QString, QElapsedTimer> m_seen; // by task: since its last check
    QSet<QString> m_probing;
    HealthTally m_tally;
    QElapsedTimer m_clock;
    QElapsedTimer m_steadySince;
    PendingResult<Result<Deployment>> m_pending;
};

} // namespace

QString swarmServiceName(const QString &service, int version, const QString &container)
{
    return QStringLiteral("%1_v%2_%3").arg(service).arg(version).arg(container);
}

QString networkName(const QString &service, int version)
{
    return QStringLiteral("%1_v%2").arg(service).arg(version);
}

swarm::ServiceSpec swarmSpecFor(const ContainerService &service,
                                const pricing::ContainerPower &power, int version,
                                const DeploymentSpec &deployment, const Container &container)
{
    swarm::ServiceSpec spec;
    spec.name = swarmServiceName(service.name, version, container.name);
    spec.image = container.image;
    spec.command = container.command;
    for (auto it = container.environment.cbegin(); it != container.environment.cend(); ++it)
        spec.env.append(it.key() + QLatin1Char('=') + it.value());
    spec.replicas = service.disabled ? 0 : service.scale;
    // A node's worth each: Lightsail's power is what every copy gets.
    spec.cpuLimit = spec.cpuReservation = power.vcpus;
    spec.memoryLimit = spec.memoryReservation = power.memoryMiB * 1024 * 1024;
    spec.restartCondition = QStringLiteral("any");
    spec.update.order = QStringLiteral("start-first");
    spec.update.failureAction = QStringLiteral("rollback");
    spec.labels.insert(kServiceLabel, service.name);
    spec.labels.insert(kVersionLabel, QString::number(version));
    spec.labels.insert(kContainerLabel, container.name);
    if (deployment.publicEndpoint && deployment.publicEndpoint->containerName == container.name) {
        swarm::PublishedPort port;
        port.target = deployment.publicEndpoint->containerPort;
        port.published = 0; // each copy a port of its own on its node
        port.mode = QStringLiteral("host");
        spec.ports.append(port);
    }
    if (deployment.containers.size() > 1)
        spec.networks.append({networkName(service.name, version), {container.name}});
    return spec;
}

QFuture<Result<Deployment>> deploy(DockerClient *client, ContainerServiceRepository &repo,
                                   const QString &name, const DeploymentSpec &spec,
                                   DeployOptions options)
{
    if (!client)
        return ready(Result<Deployment>::failure(ErrorKind::NotFound,
                                                 Text::tr("The service's engine is not known.")));
    return (new DeployRun(client, repo, name, spec, std::move(options)))->start();
}

} // namespace sloop::containerservices
