#pragma once

#include "instancerecord.h"
#include "portmapping.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>

namespace sloop::instances {

// The rules every instance starts with: SSH (Sloop manages instances over
// it) and the blueprint's ports, open to everyone, as Lightsail opens 22 and
// the app's ports by default.
QList<FirewallRule> defaultFirewall(const QList<int> &tcpPorts, const QList<int> &udpPorts = {});

// Firewall rules as a container instance's published ports. The engine
// publishes a port on an address of this machine, not to a source range,
// so a rule's source may be everyone ("0.0.0.0/0", "::/0": every address)
// or this machine ("127.0.0.1/32", "::1/128": loopback only); other sources
// and "all" protocols need a server instance (nftables) and are refused
// with that said. Host ports in `current` are kept for the same container
// port and protocol, so addresses stay stable. SSH (22/tcp) must stay.
// Ranges are limited to kMaxRangePorts ports.
Result<QList<PortMapping>> containerPortsFor(const QList<FirewallRule> &rules,
                                             const QList<PortMapping> &current);
inline constexpr int kMaxRangePorts = 100;

// The nftables script for a server instance: an "inet sloop" table whose
// input chain drops what no rule allows (loopback, established flows and
// ICMP are always allowed). Refuses rule sets that would cut off SSH.
Result<QByteArray> nftablesScript(const QList<FirewallRule> &rules);

// The provisioning script that installs and loads it (nftables from apt when
// missing), keeping it across reboots through /etc/nftables.conf.
Result<QByteArray> applyNftablesStep(const QList<FirewallRule> &rules);

} // namespace sloop::instances
