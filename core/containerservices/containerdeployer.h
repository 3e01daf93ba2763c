#pragma once

#include "containerservice.h"
#include "swarm/swarmtypes.h"
#include "targethealth.h"
#include "util/result.h"

#include <QFuture>
#include <QHash>

#include <functional>
#include <optional>

namespace sloop::engine {
class DockerClient;
}
namespace sloop::pricing {
struct ContainerPower;
}

namespace sloop::containerservices {

class ContainerServiceRepository;

// A container service on an engine's swarm: each container of a deployment
// is a Swarm service "NAME_vVERSION_CONTAINER" with `scale` replicas sized
// by the power (limits and reservations, so Swarm places copies where
// there is room), the public container's port published on its node in
// host mode. A new deployment runs beside the active one; Sloop checks its
// public container the way Lightsail's load balancer does (path, interval,
// timeout, thresholds, success codes) and makes it active only when every
// copy is healthy, else removes it and the active one stays. Swarm's
// routing mesh is not used: the public endpoint is Sloop's own (see
// ContainerEndpoints), so it switches from one deployment to the next at
// once.
inline const QString kServiceLabel = QStringLiteral("sloop.container-service");
inline const QString kVersionLabel = QStringLiteral("sloop.container-service.version");
inline const QString kContainerLabel = QStringLiteral("sloop.container-service.container");

QString swarmServiceName(const QString &service, int version, const QString &container);
QString networkName(const QString &service, int version);
swarm::ServiceSpec swarmSpecFor(const ContainerService &service,
                                const pricing::ContainerPower &power, int version,
                                const DeploymentSpec &deployment, const Container &container);

struct DeployOptions
{
    int timeoutSeconds = 300;
    std::function<void(const QString &)> progress; // one line per step, for a person
};

// Runs `spec` as the service's next deployment; the answer is that
// deployment, ACTIVE or FAILED (with why). Only errors that left nothing
// running (no swarm, a bad spec, another deployment activating) fail.
QFuture<Result<Deployment>> deploy(engine::DockerClient *client, ContainerServiceRepository &repo,
                                   const QString &name, const DeploymentSpec &spec,
                                   DeployOptions options = {});

// Power, scale, or disabling: the active deployment's services changed in
// place (a new power is a rolling update), then the record.
struct CapacityChange
{
    std::optional<QString> power;
    std::optional<int> scale;
    std::optional<bool> disabled;
};
QFuture<VoidResult> changeCapacity(engine::DockerClient *client, ContainerServiceRepository &repo,
                                   const QString &name, const CapacityChange &change);

// Every Swarm service and network of the container service, then its record.
QFuture<VoidResult> removeContainerService(engine::DockerClient *client,
                                           ContainerServiceRepository &repo, const QString &name);

// Copies running and wanted of each container service's active deployment
// on this engine, by service name.
struct Copies
{
    int desired = 0;
    int running = 0;
};
QFuture<Result<QHash<QString, Copies>>> runningCopies(engine::DockerClient *client);

} // namespace sloop::containerservices
