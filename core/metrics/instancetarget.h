#pragma once

#include "instances/instancerecord.h"
#include "metrics/metricpoint.h"

namespace sloop::metrics {

// Where an instance's numbers are kept: a container instance is its
// container on the engine it runs on (/proc inside it shows the machine's
// numbers, the engine's stats show its own); a server instance is the host
// Sloop logs in to.
inline Target targetForInstance(const instances::InstanceRecord &instance)
{
    if (instance.kind == instances::InstanceKind::Container)
        return Target::container(instance.location, instance.name);
    return Target::host(instance.hostName.isEmpty() ? instance.location : instance.hostName);
}

} // namespace sloop::metrics
