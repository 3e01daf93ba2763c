#pragma once

#include "ssh/sshtypes.h"
#include "util/result.h"

#include <QStringList>

namespace sloop::hosts {

// A server the person added: what Sloop dials and as whom. Secrets are not
// here (they live in the keychain); identityFile is a path, not a key.
struct HostRecord
{
    qint64 id = 0; // set by the store; 0 until saved
    QString name;  // what people call it: "web-1"
    QString address;
    int port = 22;
    QString user;
    QString identityFile; // empty: agent and default keys
    QStringList tags;     // groups: "prod", "eu"

    bool operator==(const HostRecord &other) const = default;
};

// Checks a record before it reaches the store; the message names the field.
// Names follow the container-name rule (a letter or digit, then letters,
// digits, '_', '.', '-'; at most 64), so they work as CLI arguments and
// command-log targets. Addresses are host names or IP literals: non-empty,
// no spaces or control characters. Tags: non-empty, no commas, spaces or
// control characters, at most 64 each.
VoidResult validate(const HostRecord &host);

// Where and as whom to dial the host (the key file, when set, is the only
// one tried besides the agent).
ssh::SshTarget sshTargetOf(const HostRecord &host);

// Tags trimmed, de-duplicated and sorted, as the store keeps them.
QStringList normalizedTags(const QStringList &tags);

} // namespace sloop::hosts
