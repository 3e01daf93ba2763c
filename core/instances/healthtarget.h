#pragma once

#include "blueprints/blueprint.h"
#include "healthprobe.h"
#include "instancerecord.h"
#include "util/result.h"

#include <QFuture>

namespace sloop::ssh {
class SshSession;
}

namespace sloop::instances {

// Where the blueprint's health check of `record` looks: for a container
// instance, an HTTP or TCP check goes to the host port that publishes the
// checked port; a command check runs over `session`. Refused (with what to
// do) when a container does not publish the checked port. Kind None when the
// blueprint has no health check.
Result<ProbeTarget> healthProbeTarget(const InstanceRecord &record,
                                      const blueprints::HealthCheck &check,
                                      ssh::SshSession *session);

// One answer from `target`: healthy or not, with what it said. Used by the
// status checks, once a minute; the creation flow keeps asking instead.
struct HealthAnswer
{
    bool healthy = false;
    QString detail;
};
QFuture<HealthAnswer> probeOnce(const ProbeTarget &target, int timeoutMs);

} // namespace sloop::instances
