#pragma once

#include "ssh/sshtypes.h"
#include "util/result.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace sloop::hosts {

// A server the person added: what Sloop dials and as whom. Secrets are not
// here (they live in the keychain); identityFiles are paths, not keys.
struct HostRecord
{
    qint64 id = 0; // set by the store; 0 until saved
    QString name;  // what people call it: "web-1"
    QString address;
    int port = 22;
    QString user;
    QStringList identityFiles;   // tried in order after the agent; empty: default keys
    bool identitiesOnly = false; // OpenSSH's IdentitiesOnly: these keys, not the agent's
    // OpenSSH's ProxyJump as written: "[user@]host[:port]" hops separated by
    // commas, dialled in order; a hop that names another Sloop host is
    // dialled with that host's address, user and keys. Empty: directly.
    QString proxyJump;
    QStringList tags; // groups: "prod", "eu"

    bool operator==(const HostRecord &other) const = default;
};

// Checks a record before it reaches the store; the message names the field.
// Names follow the container-name rule (a letter or digit, then letters,
// digits, '_', '.', '-'; at most 64), so they work as CLI arguments and
// command-log targets. Addresses are host names or IP literals: non-empty,
// no spaces or control characters. Tags: non-empty, no commas, spaces or
// control characters, at most 64 each.
VoidResult validate(const HostRecord &host);

// One hop of a ProxyJump value.
struct JumpSpec
{
    QString user; // empty: the hop's own (or the local user)
    QString host; // a Sloop host's name, or an address the previous hop dials
    int port = 0; // 0: the hop's own (or 22)
};
// "bastion", "ops@bastion:2200,10.0.0.7", "ssh://ops@bastion:2200"; an
// IPv6 address with a port in brackets. The message says what is wrong.
Result<QList<JumpSpec>> parseProxyJump(const QString &value);

// Finds another host by name (case-insensitive) for the hops of a ProxyJump.
using HostLookup = std::function<std::optional<HostRecord>(const QString &name)>;

// Where and as whom to dial the host (its key files are tried in order
// after the agent). Hops that name a host `lookup` knows take its address,
// user and keys, and the first hop's own ProxyJump is followed (as OpenSSH
// does), never around a loop; other hops are dialled by the name as written.
ssh::SshTarget sshTargetOf(const HostRecord &host, const HostLookup &lookup = {});

// The tag of the login host Sloop keeps for each container instance; its
// key is filed in paths::instanceKnownHostsFile(), not the user's.
inline const QString kInstanceLoginTag = QStringLiteral("instance");
bool isInstanceLogin(const HostRecord &host);
// `base` with the known_hosts file the host's key is filed in.
ssh::SshOptions sshOptionsFor(const HostRecord &host, ssh::SshOptions base);

// Tags trimmed, de-duplicated and sorted, as the store keeps them.
QStringList normalizedTags(const QStringList &tags);

} // namespace sloop::hosts
