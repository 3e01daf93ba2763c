#pragma once

#include "instancerecord.h"

#include "hosts/hostrecord.h"
#include "util/result.h"

class QObject;

namespace sloop::engine {
class EngineManager;
}
namespace sloop::hosts {
class HostConnections;
class HostRepository;
} // namespace sloop::hosts

namespace sloop::instances {

class InstanceOperation;
class SystemContainers;

// What a flow that drives an operation (CreationFlow) needs of the service
// that runs it. The window and the CLI see only InstanceService's public
// face; these are for the flows, so they are not part of it.
class FlowHost
{
public:
    virtual ~FlowHost() = default;

    // Parents the flows: they end with the service.
    virtual QObject *flowOwner() = 0;
    virtual engine::EngineManager *flowEngines() const = 0;
    virtual hosts::HostRepository *flowHosts() const = 0;
    virtual hosts::HostConnections *connections() const = 0;
    // One SystemContainers per engine, so concurrent creates never pick the
    // same host port; null when the engine is unknown.
    virtual SystemContainers *containersOn(const QString &engineName) = 0;
    // The known_hosts file instance host keys are filed in: the one the
    // SSH hosts use (HostConnections' options), ~/.ssh/known_hosts by default.
    virtual QString knownHostsFile() const = 0;
    // The hosts-table record Sloop logs in to a container instance with
    // (named like the instance, tagged "instance"), made or updated.
    virtual Result<hosts::HostRecord> ensureLoginHost(const InstanceRecord &record) = 0;
    virtual Result<InstanceRecord> saveRecord(const InstanceRecord &record) = 0;
    // Ends an operation: its log goes to the instance's history.
    virtual void finishOperation(InstanceOperation *operation, const QString &error) = 0;
};

} // namespace sloop::instances
