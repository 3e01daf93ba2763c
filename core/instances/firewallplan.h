#pragma once

#include "instancerecord.h"
#include "portmapping.h"
#include "util/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

namespace sloop::instances {

// The rules every instance starts with: SSH (Sloop manages instances over
// it, on `sshPort`, from `sshSource`) and the blueprint's ports, open to
// everyone, as Lightsail opens 22 and the app's ports by default.
QList<FirewallRule> defaultFirewall(const QList<int> &tcpPorts, const QList<int> &udpPorts = {},
                                    int sshPort = 22,
                                    const QString &sshSource = QStringLiteral("0.0.0.0/0"));

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

// How Sloop's own SSH connection reaches a server, as the server sees it
// ($SSH_CONNECTION: "client-address client-port server-address
// server-port"). The server port is the one its firewall must keep open,
// whatever port Sloop dialled (a NAT or a jump host may sit between).
struct SshArrival
{
    QHostAddress client;
    int serverPort = 22;
};
Result<SshArrival> parseSshConnection(const QByteArray &value);

// The nftables script for a server instance: an "inet sloop" table whose
// input chain drops what no rule allows (loopback, established flows and
// ICMP are always allowed). Refuses rule sets in which no rule opens the
// port Sloop reaches sshd on; whatever sources the rules name, the address
// Sloop connects from keeps that port (a rule of its own, first), so a
// rule limited to an office range cannot lock Sloop out.
Result<QByteArray> nftablesScript(const QList<FirewallRule> &rules, const SshArrival &sloop);

// The refusal nftablesScript gives when no rule opens `sshPort`, or none.
VoidResult keepsSshOpen(const QList<FirewallRule> &rules, int sshPort);

// The provisioning script that installs and loads it (nftables from apt when
// missing), keeping it across reboots through /etc/nftables.conf. As
// iptables-apply does, the confirmed rules come back after
// `rollbackSeconds` unless the confirm command (with the same token) runs
// first: Sloop runs it over a new connection, which proves the new rules
// let it in. Until then the rules at boot stay the confirmed ones.
Result<QByteArray> applyNftablesStep(const QList<FirewallRule> &rules, const SshArrival &sloop,
                                     int rollbackSeconds, const QByteArray &token);
// Keeps the new rules (argv; prefixed with sudo -n by the caller when needed).
QStringList confirmNftablesCommand(const QByteArray &token);
// Puts the rules from before back now (the new connection failed).
QStringList rollbackNftablesCommand(const QByteArray &token);
// Whether a rule of the person's own lets Sloop's address reach sshd (else
// only the rule Sloop keeps for itself does, for this address only).
bool rulesLetIn(const QList<FirewallRule> &rules, const SshArrival &sloop);

} // namespace sloop::instances
