#pragma once

#include "portmapping.h"
#include "util/result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace sloop::instances {

// Host ports for system containers: chosen from a range outside Linux's
// ephemeral ports (32768-60999), starting at a place derived from the
// instance's name and the container port, so the same instance asks for the
// same port each time (a stable "address") while two instances rarely meet.

struct PortRange
{
    int first = 20000;
    int last = 29999;
    int size() const { return last - first + 1; }
};

// "tcp/20022": a host port as the engine allocates it (per protocol).
QString portKey(const QString &protocol, int hostPort);

// The first port tried for a mapping; the same for the same arguments on
// every machine and run.
int preferredHostPort(const QString &instanceName, int containerPort, const QString &protocol,
                      const PortRange &range);

// Whether this machine could listen on hostIp:port now (empty hostIp: every
// address). Only meaningful when the engine runs on this machine.
bool canBindLocally(const QString &hostIp, int port, const QString &protocol);

// Ports 1-65535, protocol tcp or udp, a host address that parses, no
// container port/protocol or host port/protocol twice.
VoidResult validatePortMappings(const QList<PortMapping> &mappings);

// Gives every mapping with hostPort 0 a port: the preferred one, or the next
// in the range (wrapping) that is not in `taken` (portKey values) and that
// `isFree` accepts. Explicit host ports are checked against `taken` and
// `isFree` too. Chosen ports are added to `taken`.
Result<QList<PortMapping>> assignHostPorts(const QString &instanceName, QList<PortMapping> mappings,
                                           QSet<QString> &taken, const PortRange &range,
                                           const std::function<bool(const PortMapping &)> &isFree);

// The mappings as the sloop.ports label keeps them, in docker's -p syntax
// separated by spaces: "127.0.0.1:20022:22/tcp [::1]:20080:80/tcp 20053:53/udp".
QString encodePortMappings(const QList<PortMapping> &mappings);
Result<QList<PortMapping>> decodePortMappings(const QString &text);

} // namespace sloop::instances
