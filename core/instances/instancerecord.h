#pragma once

#include "portmapping.h"
#include "util/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::instances {

// A whole server reached over SSH, or a system container on an engine.
enum class InstanceKind
{
    Container,
    Server
};

// Where an instance is in its life. Pending: recorded, nothing made yet;
// Provisioning: its blueprint's steps are running; Failed: a step failed
// (stateReason and failedStep say which; a retry resumes there); Deleting:
// removal started and may have been cut short.
enum class InstanceState
{
    Pending,
    Provisioning,
    Running,
    Stopped,
    Failed,
    Deleting
};

// "container", "server"; "pending", "provisioning", ... as the store and
// --json write them. The from-functions take exactly those words. (Not
// named toString: QTest finds that by ADL and wants a char* back.)
QString instanceKindToString(InstanceKind kind);
QString instanceStateToString(InstanceState state);
std::optional<InstanceKind> instanceKindFromString(const QString &text);
std::optional<InstanceState> instanceStateFromString(const QString &text);
// "Running", "Failed": for people (translated).
QString displayName(InstanceState state);

// An address range in CIDR notation: "203.0.113.0/24", "2001:db8::/32",
// "0.0.0.0/0" (everyone over IPv4), "::/0" (everyone over IPv6).
struct Cidr
{
    QHostAddress network;
    int prefixLength = 0;

    // "203.0.113.0/24": the canonical spelling (IPv6 compressed, lower case).
    QString toString() const;
    bool isIPv6() const { return network.protocol() == QAbstractSocket::IPv6Protocol; }
    bool operator==(const Cidr &other) const = default;
};

// Reads "ADDRESS/PREFIX" or a bare address (a single host: /32 or /128).
// Refuses a prefix out of range, bits set past the prefix ("10.0.0.1/8":
// the message suggests "10.0.0.0/8"), scope ids and anything else.
Result<Cidr> parseCidr(const QString &text);

// Who may reach which ports of an instance. Protocol "tcp", "udp" or "all"
// (every protocol and port: the port fields are then ignored, 0-65535).
struct FirewallRule
{
    QString protocol = QStringLiteral("tcp");
    int fromPort = 0;
    int toPort = 0;
    QString source = QStringLiteral("0.0.0.0/0"); // CIDR

    bool operator==(const FirewallRule &other) const = default;
};

// A message naming the rule's problem, or success.
VoidResult validate(const FirewallRule &rule);
// Source in canonical CIDR form, "all" rules as 0-65535. Call on a valid rule.
FirewallRule normalized(const FirewallRule &rule);

// One instance as the store keeps it. The instance service fills in what
// it learns as it goes (containerId, address, sshPort...); empty fields are
// "not yet known".
struct InstanceRecord
{
    qint64 id = 0; // set by the store; 0 until saved
    QString name;  // unique whatever the case; also the container's name
    InstanceKind kind = InstanceKind::Container;
    QString location;    // the engine ("local") or the SSH host ("web-1") it runs on
    QString blueprintId; // "nginx"
    QString planId;      // "small"
    QString containerId; // the engine's container id (container instances)
    QString hostName;    // the hosts-table record Sloop dials to log in
    QString address;     // where it answers SSH
    int sshPort = 22;
    QString loginUser; // "root", "admin"
    QString keyFile;   // private key file Sloop logs in with
    InstanceState state = InstanceState::Pending;
    QString stateReason; // why it is in that state ("runcmd step 2 exited with 1")
    int stepsDone = 0;   // provisioning steps finished, so a retry resumes after them
    QString failedStep;  // title of the step that failed; empty when none
    QByteArray userData; // the cloud-config it was provisioned with
    QStringList tags;
    QList<FirewallRule> firewall;
    QList<PortMapping> ports;
    bool autoSnapshot = false; // daily automatic snapshots, keeping the last 7
    qint64 createdMs = 0;      // set by the store
    qint64 updatedMs = 0;      // set by the store

    bool operator==(const InstanceRecord &other) const = default;
};

// Checks a record before it reaches the store; the message names the field.
// Names follow the host-name rule (a letter or digit, then letters, digits,
// '_', '.', '-'; at most 64), so they are safe as container names, CLI
// arguments and in shell commands. Tags: a letter or digit, then letters,
// digits and "_.:=+@/-" (no spaces, quotes, commas, '$' or other characters
// a shell or a label would read), at most 64. Firewall rules and port
// mappings are checked one by one and against each other (no published
// host port twice).
VoidResult validate(const InstanceRecord &record);

// The rules for names and tags alone (the wizard checks as the person types).
bool isValidInstanceName(const QString &name);
bool isValidTag(const QString &tag);

// Tags trimmed, de-duplicated and sorted, as the store keeps them.
QStringList normalizedTags(const QStringList &tags);

} // namespace sloop::instances
