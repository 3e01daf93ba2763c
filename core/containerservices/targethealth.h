#pragma once

#include "containerservice.h"
#include "util/result.h"

#include <QFuture>
#include <QHash>

namespace sloop::engine {
class DockerClient;
}
namespace sloop::http {
class HttpClient;
}

namespace sloop::containerservices {

// Where one copy of the public container answers: its node's address and
// the port Swarm gave it there.
struct Target
{
    QString address;
    int port = 0;
    QString task;
    bool operator==(const Target &) const = default;
};
QFuture<Result<QList<Target>>> endpointTargets(engine::DockerClient *client, const QString &service,
                                               int version, const PublicEndpoint &endpoint);

struct ProbeResult
{
    bool healthy = false;
    int status = 0;  // 0: no answer
    QString problem; // why not healthy
};
// One health check of one target: GET its path within the timeout.
QFuture<ProbeResult> probe(http::HttpClient *http, const Target &target, const HealthCheck &check);

// Consecutive results per target, as a load balancer counts them.
class HealthTally
{
public:
    // The target's new verdict: healthy after `healthyThreshold` successes
    // in a row, unhealthy after `unhealthyThreshold` failures in a row.
    void add(const QString &target, const ProbeResult &result, const HealthCheck &check);
    bool healthy(const QString &target) const { return m_state.value(target).healthy; }
    bool unhealthy(const QString &target) const { return m_state.value(target).unhealthy; }
    QString lastProblem(const QString &target) const { return m_state.value(target).problem; }
    void keepOnly(const QStringList &targets);

private:
    struct State
    {
        int successes = 0;
        int failures = 0;
        bool healthy = false;
        bool unhealthy = false;
        QString problem;
    };
    QHash<QString, State> m_state;
};

} // namespace sloop::containerservices
