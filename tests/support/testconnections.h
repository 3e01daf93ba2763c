#pragma once

#include "hosts/hostconnections.h"

#include <QString>

namespace sloop::test {

// Connections that trust only `knownHosts` (and an empty global file beside
// it) and try no agent and no default keys: what a test's host record names
// is all that is used, whatever the machine's ~/.ssh holds.
inline void isolateConnections(hosts::HostConnections *connections, const QString &knownHosts,
                               int connectTimeoutMs)
{
    ssh::SshOptions options = connections->baseOptions();
    options.knownHostsFile = knownHosts;
    options.globalKnownHostsFile = knownHosts + QStringLiteral(".global");
    options.useAgent = false;
    options.tryDefaultKeys = false;
    options.connectTimeoutMs = connectTimeoutMs;
    connections->setBaseOptions(options);
}

} // namespace sloop::test
