// Where a deployment's public copies answer, and checking them as
// Lightsail's load balancer does (the deployer and the endpoint share it).
#include "targethealth.h"

#include "containerdeployer.h"
#include "engine/dockerclient.h"
#include "http/httpclient.h"
#include "swarm/swarmapi.h"
#include "util/futures.h"

#include <QCoreApplication>

#include <memory>

namespace sloop::containerservices {

using engine::DockerClient;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ContainerServices)
};

} // namespace

QFuture<Result<QList<Target>>> endpointTargets(DockerClient *client, const QString &service,
                                               int version, const PublicEndpoint &endpoint)
{
    PendingResult<Result<QList<Target>>> done;
    auto api = std::make_shared<swarm::SwarmApi>(client);
    api->setQuiet(true); // the endpoint asks every second
    const QString name = swarmServiceName(service, version, endpoint.containerName);
    whenFinished(
        api->tasks(name, false), client,
        [api, client, done, endpoint](const Result<QList<swarm::SwarmTask>> &tasks) {
            if (!tasks)
                return done.settle(Result<QList<Target>>::failure(tasks.problem()));
            whenFinished(
                api->nodes(), client,
                [done, endpoint, tasks = *tasks](const Result<QList<swarm::SwarmNode>> &nodes) {
                    if (!nodes)
                        return done.settle(Result<QList<Target>>::failure(nodes.problem()));
                    QHash<QString, QString> address;
                    for (const swarm::SwarmNode &n : *nodes)
                        address.insert(n.id, n.address);
                    QList<Target> out;
                    for (const swarm::SwarmTask &t : tasks) {
                        if (t.state != QLatin1String("running") ||
                            t.desiredState != QLatin1String("running"))
                            continue;
                        for (const swarm::PublishedPort &p : t.ports)
                            if (p.target == endpoint.containerPort && p.published > 0 &&
                                address.contains(t.nodeId))
                                out.append({address.value(t.nodeId), p.published, t.id});
                    }
                    done.settle(out);
                });
        });
    return done.future();
}

QFuture<ProbeResult> probe(http::HttpClient *http, const Target &target, const HealthCheck &check)
{
    http::ClientRequest request;
    request.url =
        QUrl(QStringLiteral("http://%1:%2%3").arg(target.address).arg(target.port).arg(check.path));
    request.headers.append({QByteArray("user-agent"), QByteArray("Sloop-HealthCheck/1.0")});
    request.connectTimeoutMs = request.timeoutMs = check.timeoutSeconds * 1000;
    request.maxBodyBytes = 1024 * 1024;
    PendingResult<ProbeResult> done;
    whenFinished(
        http->send(request), http, [done, check](const Result<http::ClientResponse> &answer) {
            ProbeResult r;
            if (!answer) {
                r.problem = answer.error();
            } else {
                r.status = answer->status;
                r.healthy = successCode(check.successCodes, r.status);
                if (!r.healthy)
                    r.problem =
                        Text::tr("HTTP %1, not one of %2").arg(r.status).arg(check.successCodes);
            }
            done.settle(r);
        });
    return done.future();
}

void HealthTally::add(const QString &target, const ProbeResult &result, const HealthCheck &check)
{
    State &s = m_state[target];
    if (result.healthy) {
        ++s.successes;
        s.failures = 0;
        if (s.successes >= check.healthyThreshold) {
            s.healthy = true;
            s.unhealthy = false;
        }
    } else {
        ++s.failures;
        s.successes = 0;
        s.problem = result.problem;
        if (s.failures >= check.unhealthyThreshold) {
            s.unhealthy = true;
            s.healthy = false;
        }
    }
}

void HealthTally::keepOnly(const QStringList &targets)
{
    for (auto it = m_state.begin(); it != m_state.end();)
        it = targets.contains(it.key()) ? std::next(it) : m_state.erase(it);
}

} // namespace sloop::containerservices
